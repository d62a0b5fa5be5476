#!/usr/bin/env bash
# Benchmark a full build on a news corpus against the jieba-rs floor: MB/s of text, the ratio
# to jieba-rs POS-tagging the same text on the same threads, and peak memory.
#
# usage: scripts/bench.sh [CORPUS.jsonl.xz] [THREADS...]
# default corpus: ../shared/corpus/xwlb-news.jsonl.xz; default threads: 1 2
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/xwlb-news.jsonl.xz}
shift || true
threads=("$@"); [ ${#threads[@]} -gt 0 ] || threads=(1 2)
work=${TMPDIR:-/tmp}/kgraph-bench
mkdir -p "$work"
jsonl="$work/$(basename "${corpus%.xz}")"
[ -f "$jsonl" ] || xz -dc "$corpus" > "$jsonl"
cargo build --release --quiet --bin kgraph --example jieba_floor
mb=$(python3 -c "import json,sys; print(sum(len(json.loads(l).get('text','').encode()) for l in open(sys.argv[1], encoding='utf-8'))/1e6)" "$jsonl")
echo "corpus: $jsonl ($mb MB of text)"
for t in "${threads[@]}"; do
  floor=$(./target/release/examples/jieba_floor "$jsonl" "$t" | awk '{print $1}')
  KGRAPH_TIMINGS=1 /usr/bin/time -v ./target/release/kgraph build "$jsonl" -o "$work/out-$t" --threads "$t" --quiet \
    --format json,dot 2> "$work/time-$t.txt"
  secs=$(grep "Elapsed (wall clock)" "$work/time-$t.txt" | awk -F': ' '{print $2}' \
    | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$work/time-$t.txt" | awk -F': ' '{print $2}')
  python3 -c "
import sys
mb, s, rss, t, floor = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
rate = mb / s
print(f'threads={t}: build {s:.1f} s, {rate:.2f} MB/s; jieba-rs floor {floor:.2f} MB/s; ratio {floor / rate:.1f}x; peak RSS {rss / 1024:.0f} MB')
" "$mb" "$secs" "$rss" "$t" "$floor"
  grep "kgraph: timing:" "$work/time-$t.txt" | sed 's/^kgraph: timing: /    /'
done
