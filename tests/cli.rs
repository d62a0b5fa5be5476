//! The binary end to end: building the seeds, reading the outputs back with the programs users
//! read them with (Graphviz's dot, networkx), and errors on bad input.
//!
//! The round trips need `dot` and Python's networkx; where one is missing the test says so and
//! passes, unless `KGRAPH_REQUIRE_TOOLS=1` (set by `.ci/run`) makes a missing tool a failure.

use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::cargo_bin_cmd;
use predicates::prelude::*;

fn tool_available(program: &str, args: &[&str]) -> bool {
    let ok = Command::new(program).args(args).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("KGRAPH_REQUIRE_TOOLS").is_err(),
            "{program} is required (KGRAPH_REQUIRE_TOOLS) but missing"
        );
        eprintln!("skipping: {program} is not installed");
    }
    ok
}

fn seeds() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
}

fn build(inputs: &[&Path], out: &Path, extra: &[&str]) -> serde_json::Value {
    let mut cmd = cargo_bin_cmd!("kgraph");
    cmd.arg("build").args(inputs).arg("-o").arg(out).args(extra);
    cmd.assert().success();
    let text = std::fs::read_to_string(out.join("graph.json")).expect("graph.json written");
    serde_json::from_str(&text).expect("graph.json is JSON")
}

#[test]
fn build_on_the_seeds_writes_a_graph_of_real_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let g = build(&[seeds()], dir.path(), &[]);
    assert!(dir.path().join("graph.dot").exists());
    let nodes = g["nodes"].as_array().expect("nodes");
    let edges = g["edges"].as_array().expect("edges");
    assert!(nodes.len() >= 100, "{} nodes", nodes.len());
    assert!(edges.len() >= 100, "{} edges", edges.len());
    assert!(nodes.iter().any(|n| n["label"] == "织里镇" && n["type"] == "place"), "织里镇 is a place node");
    assert_eq!(g["graph"]["documents"], 5);
    let e = &edges[0];
    assert!(e["weight"].as_u64().is_some_and(|w| w >= 1));
    assert!(e["evidence"][0]["doc"].as_str().is_some_and(|d| d.ends_with(".txt")));
}

#[test]
fn build_is_deterministic() {
    let (a, b) = (tempfile::tempdir().expect("tempdir"), tempfile::tempdir().expect("tempdir"));
    build(&[seeds()], a.path(), &["--threads", "1"]);
    build(&[seeds()], b.path(), &["--threads", "2"]);
    for f in ["graph.json", "graph.dot"] {
        assert_eq!(std::fs::read(a.path().join(f)).ok(), std::fs::read(b.path().join(f)).ok(), "{f} differs");
    }
}

#[test]
fn graphviz_renders_the_dot_file() {
    if !tool_available("dot", &["-V"]) {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    build(&[seeds()], dir.path(), &[]);
    let out = Command::new("dot").arg("-Tsvg").arg(dir.path().join("graph.dot")).output().expect("dot runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("<svg") && svg.contains("织里镇"));
    assert!(dir.path().join("graph.svg").exists(), "build writes graph.svg when dot is installed");
}

#[test]
fn networkx_reads_the_json_file() {
    if !tool_available("python3", &["-c", "import networkx"]) {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let g = build(&[seeds()], dir.path(), &[]);
    let script = r#"
import json, sys, networkx as nx
g = nx.node_link_graph(json.load(open(sys.argv[1], encoding="utf-8")))
assert not g.is_directed()
assert g.nodes["织里镇"]["type"] == "place"
u, v, d = next(iter(g.edges(data=True)))
assert d["weight"] >= 1 and d["relation"] == "cooccurs"
print(g.number_of_nodes(), g.number_of_edges())
"#;
    let out =
        Command::new("python3").arg("-c").arg(script).arg(dir.path().join("graph.json")).output().expect("python");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let expected =
        format!("{} {}\n", g["nodes"].as_array().map_or(0, Vec::len), g["edges"].as_array().map_or(0, Vec::len));
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

#[test]
fn extract_prints_one_line_per_document() {
    let out = cargo_bin_cmd!("kgraph").arg("extract").arg(seeds()).output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert_eq!(lines.len(), 5);
    let entities = lines[0]["entities"].as_array().expect("entities");
    assert!(!entities.is_empty());
    let starts: Vec<u64> = entities.iter().map(|e| e["start"].as_u64().expect("start")).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "entities in text order");
}

#[test]
fn extract_reads_stdin_with_exact_entities() {
    cargo_bin_cmd!("kgraph")
        .args(["extract", "-"])
        .write_stdin("湖州市商务局支持织里镇发展。")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            r#"{"end":6,"name":"湖州市商务局","start":0,"text":"湖州市商务局","type":"organization"}"#,
        ))
        .stdout(predicate::str::contains(r#""text":"织里镇","type":"place""#));
}

#[test]
fn a_label_with_quotes_and_backslashes_stays_valid_dot() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dict = dir.path().join("dict.tsv");
    std::fs::write(&dict, "星\"河\\能源\tcompany\n").expect("dict");
    let input = dir.path().join("a.txt");
    std::fs::write(&input, "星\"河\\能源落户湖州市。").expect("input");
    let g = build(&[&input], &dir.path().join("out"), &["--dict", dict.to_str().expect("utf-8 path")]);
    assert!(g["nodes"].as_array().expect("nodes").iter().any(|n| n["label"] == "星\"河\\能源"));
    if tool_available("dot", &["-V"]) {
        let out = Command::new("dot").arg("-Tsvg").arg(dir.path().join("out/graph.dot")).output().expect("dot");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn a_missing_input_fails_naming_it_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    cargo_bin_cmd!("kgraph")
        .args(["build", "no/such/file.txt", "-o"])
        .arg(dir.path().join("out"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no/such/file.txt"));
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_bad_dictionary_line_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dict = dir.path().join("dict.tsv");
    std::fs::write(&dict, "甲公司\tcompany\n乙\tplanet\n").expect("dict");
    cargo_bin_cmd!("kgraph")
        .args(["extract", "-", "--dict"])
        .arg(&dict)
        .write_stdin("甲")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("dict.tsv:2"));
}

#[test]
fn a_binary_file_in_a_folder_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), "湖州市吴兴区织里镇。").expect("write");
    std::fs::write(dir.path().join("b.txt"), b"\x00\x01\x02\x03binary").expect("write");
    let out = dir.path().join("out");
    cargo_bin_cmd!("kgraph")
        .arg("build")
        .arg(dir.path())
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("b.txt").and(predicate::str::contains("warning")));
    let g: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("graph.json")).expect("json")).expect("json");
    assert_eq!(g["graph"]["documents"], 1);
    cargo_bin_cmd!("kgraph").arg("build").arg(dir.path()).arg("-o").arg(&out).arg("--strict").assert().code(1);
}

#[test]
fn an_empty_folder_gives_an_empty_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("empty")).expect("mkdir");
    let g = build(&[&dir.path().join("empty")], &dir.path().join("out"), &[]);
    assert_eq!(g["nodes"].as_array().map(Vec::len), Some(0));
    assert_eq!(g["edges"].as_array().map(Vec::len), Some(0));
}

#[test]
fn every_format_is_read_back_by_its_consumer() {
    if !tool_available("python3", &["-c", "import networkx"]) {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let g = build(&[seeds()], dir.path(), &["--format", "json,graphml,gexf,csv,html,dot"]);
    let script = r#"
import csv, json, sys, networkx as nx
d = sys.argv[1]
j = nx.node_link_graph(json.load(open(d + "/graph.json", encoding="utf-8")))
gm = nx.read_graphml(d + "/graph.graphml")
gx = nx.read_gexf(d + "/graph.gexf")
for other in (gm, gx):
    assert set(other.nodes) == set(j.nodes), "nodes differ"
    assert other.number_of_edges() == j.number_of_edges(), "edge counts differ"
    for u, v, data in j.edges(data=True):
        w = other.edges[u, v]["weight"]
        assert isinstance(w, float) and w == float(data["weight"]), (u, v, w)
assert isinstance(gm.nodes["织里镇"]["count"], int)
assert gm.nodes["织里镇"]["type"] == "place" and gx.nodes["织里镇"]["type"] == "place"
nodes = list(csv.DictReader(open(d + "/nodes.csv", encoding="utf-8")))
edges = list(csv.DictReader(open(d + "/edges.csv", encoding="utf-8")))
assert len(nodes) == j.number_of_nodes() and len(edges) == j.number_of_edges()
assert {"id:ID(Entity)", ":LABEL", "pagerank:double"} <= set(nodes[0])
assert {":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "weight:double"} <= set(edges[0])
for n, data in j.nodes(data=True):
    assert {"degree", "weighted_degree", "pagerank", "community", "component"} <= set(data), n
print("ok")
"#;
    let out = Command::new("python3").arg("-c").arg(script).arg(dir.path()).output().expect("python");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(g["nodes"][0]["pagerank"].as_f64().is_some());
}

#[test]
fn hierarchy_adds_located_in_edges_that_networkx_and_dot_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("a.txt");
    std::fs::write(&input, "浙江省湖州市吴兴区织里镇的童装企业很多。织里镇有一家童装厂。").expect("write input");
    let out = dir.path().join("out");
    let g = build(&[&input], &out, &["--hierarchy", "--format", "json,dot,graphml"]);
    assert_eq!(g["multigraph"], true);
    let mut links: Vec<(String, String)> = g["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter(|e| e["relation"] == "located_in")
        .map(|e| (e["source"].as_str().unwrap_or("").to_owned(), e["target"].as_str().unwrap_or("").to_owned()))
        .collect();
    links.sort();
    let expected: Vec<(String, String)> = [("吴兴区", "湖州市"), ("湖州市", "浙江省"), ("织里镇", "吴兴区")]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(links, expected);
    // Metrics count co-occurrences only: 织里镇 co-occurs with the three others once.
    let zhili = g["nodes"].as_array().and_then(|n| n.iter().find(|n| n["id"] == "织里镇")).expect("织里镇");
    assert_eq!(zhili["degree"], 3);
    if tool_available("dot", &["-V"]) {
        let out = Command::new("dot").arg("-Tsvg").arg(out.join("graph.dot")).output().expect("dot runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    if !tool_available("python3", &["-c", "import networkx"]) {
        return;
    }
    let script = r#"
import json, sys, networkx as nx
d = sys.argv[1]
g = nx.node_link_graph(json.load(open(d + "/graph.json", encoding="utf-8")))
assert g.is_multigraph()
assert g.edges["织里镇", "吴兴区", "located_in"]["relation"] == "located_in"
assert g.edges["织里镇", "吴兴区", "cooccurs"]["weight"] == 1
gm = nx.read_graphml(d + "/graph.graphml")
assert gm.number_of_edges() == g.number_of_edges()
print(sum(1 for _, _, k in g.edges(keys=True) if k == "located_in"))
"#;
    let run = Command::new("python3").arg("-c").arg(script).arg(&out).output().expect("python");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(String::from_utf8_lossy(&run.stdout), "3\n");
}

#[test]
fn the_html_page_renders_in_chromium() {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()));
    let Some(chromium) = chromium else {
        assert!(
            std::env::var("KGRAPH_REQUIRE_TOOLS").is_err(),
            "chromium is required (KGRAPH_REQUIRE_TOOLS) but missing"
        );
        eprintln!("skipping: chromium is not installed");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let g = build(&[seeds()], dir.path(), &["--format", "json,html"]);
    let profile = tempfile::tempdir().expect("tempdir");
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", dir.path().join("graph.html").display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout);
    let expected = format!(
        "<span id=\"kg-stats\">{} nodes, {} edges</span>",
        g["nodes"].as_array().map_or(0, Vec::len),
        g["edges"].as_array().map_or(0, Vec::len)
    );
    assert!(dom.contains(&expected), "{expected} not in the rendered page: {}", &dom[..dom.len().min(2000)]);
    assert!(dom.contains("<circle"), "nodes drawn");
}

#[test]
fn render_and_stats_read_a_built_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    build(&[seeds()], dir.path(), &["--format", "json"]);
    let again = dir.path().join("again");
    cargo_bin_cmd!("kgraph")
        .arg("render")
        .arg(dir.path().join("graph.json"))
        .args(["--format", "json", "-o"])
        .arg(&again)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(dir.path().join("graph.json")).ok(),
        std::fs::read(again.join("graph.json")).ok(),
        "render gives the same graph.json"
    );
    cargo_bin_cmd!("kgraph")
        .arg("stats")
        .arg(dir.path().join("graph.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("place:").and(predicate::str::contains("heaviest edges")));
    cargo_bin_cmd!("kgraph").arg("stats").arg(dir.path().join("nope.json")).assert().code(1);
}

#[test]
fn merging_partials_of_a_split_corpus_gives_the_same_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let whole = dir.path().join("whole");
    build(&[seeds()], &whole, &["--format", "json,dot"]);
    let mut files: Vec<_> = std::fs::read_dir(seeds()).expect("seeds").map(|e| e.expect("entry").path()).collect();
    files.sort();
    let parts: Vec<Vec<_>> = vec![files[..2].to_vec(), files[2..4].to_vec(), files[4..].to_vec()];
    let mut partials = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let out = cargo_bin_cmd!("kgraph").arg("extract").arg("--partial").args(part).output().expect("runs");
        assert!(out.status.success());
        let path = dir.path().join(format!("part{i}.jsonl"));
        std::fs::write(&path, out.stdout).expect("write");
        partials.push(path);
    }
    partials.reverse();
    let merged = dir.path().join("merged");
    cargo_bin_cmd!("kgraph")
        .arg("merge")
        .args(&partials)
        .args(["--format", "json,dot", "-o"])
        .arg(&merged)
        .assert()
        .success();
    for f in ["graph.json", "graph.dot"] {
        assert_eq!(std::fs::read(whole.join(f)).ok(), std::fs::read(merged.join(f)).ok(), "{f} differs");
    }
}

#[test]
fn filters_shrink_the_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    let g = build(&[seeds()], dir.path(), &["--format", "json", "--types", "place", "--min-weight", "2"]);
    let nodes = g["nodes"].as_array().expect("nodes");
    assert!(!nodes.is_empty() && nodes.iter().all(|n| n["type"] == "place"));
    assert!(g["edges"].as_array().expect("edges").iter().all(|e| e["weight"].as_u64() >= Some(2)));
    let g = build(&[seeds()], dir.path(), &["--format", "json", "--top", "10"]);
    assert_eq!(g["nodes"].as_array().map(Vec::len), Some(10));
}

#[test]
fn the_spark_example_maps_and_merge_reduces() {
    let pyspark_ok = Command::new("python3").args(["-c", "import pyspark"]).output().is_ok_and(|o| o.status.success());
    if !pyspark_ok {
        eprintln!("skipping: pyspark is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("news.jsonl");
    let lines: Vec<String> = std::fs::read_dir(seeds())
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .map(|p| serde_json::json!({"id": p.file_name().and_then(|n| n.to_str()), "text": std::fs::read_to_string(&p).expect("seed")}).to_string())
        .collect();
    std::fs::write(&corpus, lines.join("\n") + "\n").expect("write");
    let partials = dir.path().join("partials");
    let status = Command::new("python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/spark/kgraph_spark.py"))
        .arg(&corpus)
        .arg(&partials)
        .env("KGRAPH", env!("CARGO_BIN_EXE_kgraph"))
        .env("PYSPARK_PYTHON", "python3")
        .status()
        .expect("spark runs");
    assert!(status.success());
    let parts: Vec<_> = std::fs::read_dir(&partials)
        .expect("partials")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("part-")))
        .collect();
    let merged = dir.path().join("merged");
    cargo_bin_cmd!("kgraph").arg("merge").args(&parts).args(["--format", "json", "-o"]).arg(&merged).assert().success();
    let whole = dir.path().join("whole");
    build(&[&corpus], &whole, &["--format", "json"]);
    assert_eq!(std::fs::read(whole.join("graph.json")).ok(), std::fs::read(merged.join("graph.json")).ok());
}
