//! Regression check of extraction quality on the seeds: F1 per type, scored as
//! `../shared/tools/score.py` scores it, must not fall below what kgraph has reached.
//! The gold (`tests/data/seeds_gold.json`) is a copy of `../shared/gold/seeds.json`.

use std::collections::{HashMap, HashSet};

use kgraph::{EntityType, Extractor};
use serde::Deserialize;

#[derive(Deserialize)]
struct GoldDoc {
    doc: String,
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldEntity {
    name: String,
    #[serde(rename = "type")]
    kind: EntityType,
    #[serde(default)]
    aliases: Vec<String>,
}

/// The F1 reached per type when this check was last raised.
const FLOORS: [(EntityType, f64); 5] = [
    (EntityType::Company, 0.75),
    (EntityType::Place, 0.86),
    (EntityType::Project, 0.70),
    (EntityType::Organization, 0.82),
    (EntityType::Person, 0.89),
];

#[test]
fn seeds_f1_per_type_holds() {
    let root = env!("CARGO_MANIFEST_DIR");
    let gold: Vec<GoldDoc> =
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/tests/data/seeds_gold.json")).expect("gold"))
            .expect("gold parses");
    let extractor = Extractor::default();
    let mut counts: HashMap<EntityType, [usize; 4]> = HashMap::new();
    for doc in &gold {
        let text = std::fs::read_to_string(format!("{root}/seeds/{}", doc.doc)).expect("seed text");
        let predicted: HashSet<(String, EntityType)> =
            extractor.extract(&text).mentions.into_iter().map(|m| (m.text, m.kind)).collect();
        for (kind, _) in FLOORS {
            let forms: Vec<HashSet<&str>> = doc
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)).collect())
                .collect();
            let all: HashSet<&str> = forms.iter().flatten().copied().collect();
            let mine: Vec<&String> = predicted.iter().filter(|(_, k)| *k == kind).map(|(t, _)| t).collect();
            let c = counts.entry(kind).or_default();
            c[0] += mine.iter().filter(|t| all.contains(t.as_str())).count();
            c[1] += mine.len();
            c[2] += forms.iter().filter(|f| mine.iter().any(|t| f.contains(t.as_str()))).count();
            c[3] += forms.len();
        }
    }
    let mut report = Vec::new();
    let mut failed = false;
    for (kind, floor) in FLOORS {
        let [tp_p, n_p, tp_r, n_r] = counts[&kind];
        let p = tp_p as f64 / n_p.max(1) as f64;
        let r = tp_r as f64 / n_r.max(1) as f64;
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        report.push(format!("{kind}: P={p:.3} R={r:.3} F1={f1:.3} (floor {floor})"));
        failed |= f1 < floor;
    }
    assert!(!failed, "seed F1 fell below its floor:\n{}", report.join("\n"));
    eprintln!("{}", report.join("\n"));
}
