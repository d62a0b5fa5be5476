#!/usr/bin/env bash
# Train the sequence model shipped in data/model/ner.bin.
#
# Gold: the first 8,598 lines (four fifths) of CLUENER2020's training split; the last 2,150
# stay held out, and the script prints the model's span precision, recall and F1 on them.
# Silver: 6,000 sentences of the portal news corpus that kgraph's rules alone label with a
# company, organization or person, so that the model learns the entity guide's names too.
#
# usage: scripts/train_model.sh [CLUENER_TRAIN.json] [NEWS.jsonl.xz]
# (defaults: ../shared/corpus/cluener/train.json, ../shared/corpus/portal-news.jsonl.xz)
set -euo pipefail
cd "$(dirname "$0")/.."
train=${1:-../shared/corpus/cluener/train.json}
news=${2:-../shared/corpus/portal-news.jsonl.xz}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
xz -dc "$news" > "$work/news.jsonl"
cargo run --release --quiet --example train_model -- "$train" data/model/ner.bin 8598 10 2 "$work/news.jsonl" 6000
