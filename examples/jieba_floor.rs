//! The throughput floor kgraph is measured against: jieba-rs alone POS-tagging the texts of a
//! JSON Lines corpus on the given number of threads.
//!
//! usage: cargo run --release --example jieba_floor -- CORPUS.jsonl THREADS

use std::io::BufRead;
use std::time::Instant;

use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: jieba_floor CORPUS.jsonl THREADS");
    let threads: usize = args.next().and_then(|t| t.parse().ok()).unwrap_or(1);
    rayon::ThreadPoolBuilder::new().num_threads(threads).build_global().expect("threads");
    let file = std::fs::File::open(&path).expect("corpus");
    let texts: Vec<String> = std::io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let jieba = jieba_rs::Jieba::new();
    let started = Instant::now();
    let tokens: usize = texts.par_iter().map(|t| jieba.tag(t, true).len()).sum();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{:.2} MB/s ({tokens} tokens, {:.1} MB in {secs:.2} s, {threads} threads)",
        bytes as f64 / 1e6 / secs,
        bytes as f64 / 1e6
    );
}
