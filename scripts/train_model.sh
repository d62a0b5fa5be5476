#!/usr/bin/env bash
# Train the sequence model shipped in data/model/ner.bin on CLUENER2020's training split.
# The first 8,598 lines (four fifths) are trained on; the last 2,150 stay held out: the
# script prints the model's span precision, recall and F1 on them, and
# ../shared/tools/cluener_to_gold.py can turn them into a gold file for score.py.
#
# usage: scripts/train_model.sh [TRAIN.json]   (default ../shared/corpus/cluener/train.json)
set -euo pipefail
cd "$(dirname "$0")/.."
train=${1:-../shared/corpus/cluener/train.json}
cargo run --release --quiet --example train_model -- "$train" data/model/ner.bin 8598 10 2
