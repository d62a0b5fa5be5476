//! Benchmarks of the hot stages on real text: segmentation and tagging, gazetteer matching,
//! the whole recogniser, and merging partial graphs. The text is the seeds (committed); set
//! `KGRAPH_BENCH_CORPUS` to a JSON Lines file (e.g. unpacked from ../shared/corpus/) to use it.

#![allow(missing_docs)] // criterion_group! generates undocumented functions.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kgraph::{Extractor, Partial, Scope};

fn texts() -> Vec<String> {
    if let Ok(path) = std::env::var("KGRAPH_BENCH_CORPUS") {
        let text = std::fs::read_to_string(path).expect("corpus");
        return text
            .lines()
            .take(2000)
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_owned))
            .collect();
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("seeds").map(|e| e.expect("entry").path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("seed")).collect()
}

fn stages(c: &mut Criterion) {
    let texts = texts();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let extractor = Extractor::default();
    let tagger = jieba_rs::Jieba::new();
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("jieba_tag", |b| {
        b.iter(|| texts.iter().map(|t| tagger.tag(black_box(t), true).len()).sum::<usize>());
    });
    group.bench_function("gazetteer", |b| {
        b.iter(|| texts.iter().map(|t| extractor.gazetteer().find_all(black_box(t)).len()).sum::<usize>());
    });
    group.bench_function("extract", |b| {
        b.iter(|| texts.iter().map(|t| extractor.extract(black_box(t)).mentions.len()).sum::<usize>());
    });
    let partials: Vec<Partial> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Partial::from_document(&i.to_string(), t, &extractor.extract(t), Scope::Sentence, 3))
        .collect();
    group.bench_function("merge", |b| {
        b.iter(|| {
            let mut total = Partial::default();
            for p in &partials {
                total.merge(p.clone(), 3);
            }
            total.edges.len()
        });
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
