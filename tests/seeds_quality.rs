//! Regression check of extraction quality on the seeds: F1 per type and of sentence
//! co-occurrence edges, scored as `../shared/tools/score.py` scores them, must not fall below
//! what kgraph has reached.
//! The gold (`tests/data/seeds_gold.json`) is a copy of `../shared/gold/seeds.json`.

use std::collections::{HashMap, HashSet};

use kgraph::{EntityType, Extractor, Partial, Scope};
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
    (EntityType::Company, 0.89),
    (EntityType::Place, 0.92),
    (EntityType::Project, 0.84),
    (EntityType::Organization, 0.97),
    (EntityType::Person, 0.95),
];

/// The seeds' gold annotation.
fn gold() -> Vec<GoldDoc> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds_gold.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("gold")).expect("gold parses")
}

#[test]
fn seeds_f1_per_type_holds() {
    let root = env!("CARGO_MANIFEST_DIR");
    let gold = gold();
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

/// The F1 of sentence co-occurrence edges reached when this check was last raised.
const EDGE_FLOOR: f64 = 0.86;

/// Union-find over gold entity ids: entities of two documents that share a form and a type
/// are one.
fn find(parent: &mut [usize], x: usize) -> usize {
    let mut root = x;
    while parent[root] != root {
        root = parent[root];
    }
    parent[x] = root;
    root
}

#[test]
fn seeds_edge_f1_holds() {
    let root = env!("CARGO_MANIFEST_DIR");
    let gold = gold();
    // Gold entities, unified across documents by (type, form).
    let mut ids: Vec<(usize, &GoldEntity)> = Vec::new();
    for (d, doc) in gold.iter().enumerate() {
        ids.extend(doc.entities.iter().map(|e| (d, e)));
    }
    let mut parent: Vec<usize> = (0..ids.len()).collect();
    let mut by_form: HashMap<(EntityType, &str), usize> = HashMap::new();
    for (i, (_, e)) in ids.iter().enumerate() {
        for form in std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)) {
            if let Some(&j) = by_form.get(&(e.kind, form)) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a] = b;
            } else {
                by_form.insert((e.kind, form), i);
            }
        }
    }
    let roots: Vec<usize> = (0..ids.len()).map(|i| find(&mut parent, i)).collect();
    let gid = |kind: EntityType, form: &str| by_form.get(&(kind, form)).map(|&i| roots[i]);
    // Gold edges: leftmost-longest matches of every gold form of the document, per sentence.
    let mut gold_edges: HashSet<(usize, usize)> = HashSet::new();
    let extractor = Extractor::default();
    let mut partial = Partial::default();
    for (d, doc) in gold.iter().enumerate() {
        let text = std::fs::read_to_string(format!("{root}/seeds/{}", doc.doc)).expect("seed text");
        let extraction = extractor.extract(&text);
        partial.merge(Partial::from_document(&doc.doc, &text, &extraction, Scope::Sentence, 1), 1);
        let mut patterns: Vec<(&str, usize)> = ids
            .iter()
            .enumerate()
            .filter(|(_, (doc_index, _))| *doc_index == d)
            .flat_map(|(i, (_, e))| {
                std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)).map(move |f| (f, i))
            })
            .filter(|(f, _)| !f.is_empty())
            .map(|(f, i)| (f, roots[i]))
            .collect();
        patterns.sort_by_key(|(f, _)| std::cmp::Reverse(f.chars().count()));
        for sentence in text.split(['。', '！', '？', '!', '?', '；', ';', '\n']) {
            let chars: Vec<char> = sentence.chars().collect();
            let mut taken = vec![false; chars.len()];
            let mut found: Vec<usize> = Vec::new();
            for &(form, id) in &patterns {
                let form: Vec<char> = form.chars().collect();
                let mut at = 0;
                while at + form.len() <= chars.len() {
                    let span = at..at + form.len();
                    if chars[span.clone()] == form[..] && !taken[span.clone()].iter().any(|&t| t) {
                        taken[span].iter_mut().for_each(|t| *t = true);
                        if !found.contains(&id) {
                            found.push(id);
                        }
                    }
                    at += 1;
                }
            }
            for (i, a) in found.iter().enumerate() {
                for b in &found[i + 1..] {
                    gold_edges.insert(((*a).min(*b), (*a).max(*b)));
                }
            }
        }
    }
    // Predicted edges, their ends mapped to gold entities by name, then by alias.
    let node = |key: &kgraph::graph::EntityKey| {
        let stats = &partial.entities[key];
        std::iter::once(key.name.as_str())
            .chain(stats.aliases.iter().map(String::as_str))
            .find_map(|form| gid(key.kind, form))
    };
    let predicted: Vec<Option<(usize, usize)>> = partial
        .edges
        .keys()
        .map(|(a, b)| match (node(a), node(b)) {
            (Some(a), Some(b)) if a != b => Some((a.min(b), a.max(b))),
            _ => None,
        })
        .collect();
    let true_positives = predicted.iter().filter(|e| e.is_some_and(|e| gold_edges.contains(&e))).count();
    let found: HashSet<(usize, usize)> =
        predicted.iter().flatten().filter(|e| gold_edges.contains(e)).copied().collect();
    let p = true_positives as f64 / predicted.len().max(1) as f64;
    let r = found.len() as f64 / gold_edges.len().max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    let report = format!(
        "edges: P={p:.3} R={r:.3} F1={f1:.3} (pred {}, gold {}, floor {EDGE_FLOOR})",
        predicted.len(),
        gold_edges.len()
    );
    assert!(f1 >= EDGE_FLOOR, "seed edge F1 fell below its floor: {report}");
    eprintln!("{report}");
}
