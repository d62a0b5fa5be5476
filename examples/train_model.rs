//! Trains the sequence model (`src/extract/model.rs`) on CLUENER2020's training split and
//! writes `data/model/ner.bin`. Companies are CLUENER's `company`, organizations its
//! `government` and `organization`, persons its `name`; its other labels are outside.
//!
//! usage: cargo run --release --example train_model -- TRAIN.json OUT.bin [LINES] [EPOCHS]
//!        [MIN_WEIGHT] [SILVER.jsonl SILVER_SENTENCES]
//! (LINES: train on the first LINES lines only, default all; the rest are held out, and the
//! model's span precision, recall and F1 on them are printed. SILVER.jsonl: news, one
//! `{"text": ...}` per line, labelled by kgraph's rules alone; SILVER_SENTENCES of its
//! sentences that name a company, organization or person are trained on too, so that the
//! model learns the entity guide's names beside CLUENER's.)

use std::io::BufRead;

use kgraph::extract::EntityType;
use kgraph::extract::model::{FEATURES, Label, Trainer, features};
use kgraph::extract::view::View;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        eprintln!("usage: train_model TRAIN.json OUT.bin [LINES] [EPOCHS] [MIN_WEIGHT] [SILVER.jsonl N]");
        std::process::exit(2);
    };
    let lines: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(usize::MAX);
    let epochs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let min_weight: f32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(0.05);
    let silver_path = args.next();
    let silver_count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(6000);
    let extractor = kgraph::Extractor::default();
    let file = std::fs::File::open(&input).expect("training file");
    let all: Vec<String> = std::io::BufReader::new(file).lines().map_while(Result::ok).collect();
    let split = lines.min(all.len());
    let mut examples: Vec<(Vec<[u64; FEATURES]>, Vec<Label>)> =
        all[..split].iter().filter_map(|line| example(line, &extractor)).collect();
    if let Some(path) = &silver_path {
        let silver = silver(path, silver_count, &extractor);
        eprintln!("{} silver sentences", silver.len());
        examples.extend(silver);
    }
    let held_out: Vec<(Vec<[u64; FEATURES]>, Vec<Label>)> =
        all[split..].iter().filter_map(|line| example(line, &extractor)).collect();
    eprintln!("{} sentences", examples.len());
    let mut trainer = Trainer::default();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for epoch in 0..epochs {
        // A fixed shuffle per epoch, so that training is repeatable.
        for i in (1..order.len()).rev() {
            let j = (next_random(&mut seed) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let right = order.iter().filter(|&&i| trainer.learn(&examples[i].0, &examples[i].1)).count();
        eprintln!("epoch {}: {:.1}% of sentences right", epoch + 1, 100.0 * right as f64 / examples.len() as f64);
    }
    let model = trainer.finish();
    let bytes = model.to_bytes(min_weight);
    let model = kgraph::extract::model::Model::from_bytes(&bytes).expect("model reads back");
    if !held_out.is_empty() {
        evaluate(&model, &held_out);
    }
    std::fs::write(&output, &bytes).expect("write model");
    eprintln!("wrote {} ({} bytes)", output, bytes.len());
}

/// A fixed pseudo-random sequence (xorshift), so that training is repeatable.
fn next_random(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// Sentences of a news corpus labelled by the rules alone: those that name a company, an
/// organization or a person, 8 to 160 characters long; `count` of them, drawn repeatably.
fn silver(path: &str, count: usize, extractor: &kgraph::Extractor) -> Vec<(Vec<[u64; FEATURES]>, Vec<Label>)> {
    let rules = kgraph::Extractor::default().without_model();
    let file = std::fs::File::open(path).expect("silver corpus");
    let mut sentences: Vec<(String, Vec<Label>)> = Vec::new();
    for line in std::io::BufReader::new(file).lines().map_while(Result::ok) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(text) = value["text"].as_str() else { continue };
        let text = kgraph::text::normalize_for_matching(text).into_owned();
        let extraction = rules.extract(&text);
        let chars: Vec<char> = text.chars().collect();
        for (i, sentence) in extraction.sentences.iter().enumerate() {
            let len = sentence.end - sentence.start;
            let mut gold = vec![Label::Outside; len];
            let mut named = false;
            for m in extraction.mentions.iter().filter(|m| m.sentence == i) {
                if m.kind == EntityType::Place || m.kind == EntityType::Project {
                    continue;
                }
                named = true;
                let (s, e) = (m.start - sentence.start, m.end - sentence.start);
                gold[s] = Label::Begin(m.kind);
                for g in &mut gold[s + 1..e] {
                    *g = Label::Inside(m.kind);
                }
            }
            if named && (8..=160).contains(&len) {
                sentences.push((chars[sentence.start..sentence.end].iter().collect(), gold));
            }
        }
    }
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for i in (1..sentences.len()).rev() {
        let j = (next_random(&mut seed) % (i as u64 + 1)) as usize;
        sentences.swap(i, j);
    }
    sentences.truncate(count);
    sentences
        .into_iter()
        .map(|(text, gold)| {
            let view = View::new(&text, extractor.tagger());
            (features(&view), gold)
        })
        .collect()
}

/// One CLUENER line as features and gold labels.
fn example(line: &str, extractor: &kgraph::Extractor) -> Option<(Vec<[u64; FEATURES]>, Vec<Label>)> {
    let value = serde_json::from_str::<serde_json::Value>(line).ok()?;
    let text = kgraph::text::normalize_for_matching(value["text"].as_str()?).into_owned();
    let n = text.chars().count();
    let mut gold = vec![Label::Outside; n];
    for (name, spans) in value["label"].as_object().into_iter().flatten() {
        let kind = match name.as_str() {
            "company" => EntityType::Company,
            "government" | "organization" => EntityType::Organization,
            "name" => EntityType::Person,
            _ => continue,
        };
        for ranges in spans.as_object().into_iter().flat_map(|m| m.values()) {
            for range in ranges.as_array().into_iter().flatten() {
                let (Some(s), Some(e)) = (range[0].as_u64(), range[1].as_u64()) else { continue };
                let (s, e) = (s as usize, e as usize + 1);
                if s < e && e <= n {
                    gold[s] = Label::Begin(kind);
                    for g in &mut gold[s + 1..e] {
                        *g = Label::Inside(kind);
                    }
                }
            }
        }
    }
    let view = View::new(&text, extractor.tagger());
    Some((features(&view), gold))
}

/// Prints span precision, recall and F1 per type on held-out sentences.
fn evaluate(model: &kgraph::extract::model::Model, held_out: &[(Vec<[u64; FEATURES]>, Vec<Label>)]) {
    use kgraph::extract::model::spans_of;
    for kind in [EntityType::Company, EntityType::Organization, EntityType::Person] {
        let (mut right, mut found, mut gold) = (0usize, 0usize, 0usize);
        for (features, labels) in held_out {
            let predicted: Vec<_> = spans_of(&model.decode(features)).into_iter().filter(|s| s.kind == kind).collect();
            let expected: Vec<_> = spans_of(labels).into_iter().filter(|s| s.kind == kind).collect();
            right += predicted.iter().filter(|s| expected.contains(s)).count();
            found += predicted.len();
            gold += expected.len();
        }
        let (p, r) = (right as f64 / found.max(1) as f64, right as f64 / gold.max(1) as f64);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        eprintln!("held out {kind}: P={p:.3} R={r:.3} F1={f:.3} ({found} found, {gold} gold)");
    }
}
