#!/usr/bin/env python3
"""Run kgraph's map step on Spark and its reduce step on one machine.

usage: spark-submit examples/spark/kgraph_spark.py INPUT.jsonl PARTIALS_DIR
       kgraph merge PARTIALS_DIR/part-* -o output

Each executor pipes its share of the JSON Lines corpus through `kgraph extract --partial
--jsonl`, which prints one mergeable partial graph per document; `kgraph merge` reduces the
partials to the same graph.json and graph.dot that one `kgraph build` of the whole corpus gives.
`kgraph` must be on the executors' PATH (or set KGRAPH to its path).
"""
import os
import sys

from pyspark.sql import SparkSession


def main():
    source, target = sys.argv[1], sys.argv[2]
    kgraph = os.environ.get("KGRAPH", "kgraph")
    spark = SparkSession.builder.appName("kgraph-map").getOrCreate()
    lines = spark.sparkContext.textFile(source)
    partials = lines.pipe(f"{kgraph} extract --partial --jsonl --quiet")
    partials.saveAsTextFile(target)
    spark.stop()


if __name__ == "__main__":
    main()
