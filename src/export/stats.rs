//! `kgraph stats`: a terminal summary of a graph — counts by type, the top entities of each
//! type by weighted degree and PageRank, the heaviest edges with one evidence sentence each,
//! and the communities with their leading members.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::analyse::{self, by_weighted_degree};
use crate::extract::EntityType;
use crate::graph::KnowledgeGraph;

/// The summary as text, `top` entries per list.
pub fn summary(kg: &KnowledgeGraph, top: usize) -> String {
    let g = &kg.graph;
    let metrics = analyse::metrics(kg);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} documents, {} entities, {} edges (scope: {})",
        kg.documents,
        g.node_count(),
        g.edge_weights().filter(|e| e.cooccurs()).count(),
        kg.scope
    );
    let order = by_weighted_degree(kg);
    for kind in EntityType::ALL {
        let of_kind: Vec<_> = order.iter().filter(|&&i| g[i].key.kind == kind).collect();
        let _ = writeln!(s, "\n{kind}: {}", of_kind.len());
        for &&i in of_kind.iter().take(top) {
            let m = metrics[i.index()];
            let _ = writeln!(
                s,
                "  {:<24} weighted degree {:>6}  pagerank {:.4}  mentions {}",
                g[i].key.name, m.weighted_degree, m.pagerank, g[i].stats.count
            );
        }
    }
    let mut edges: Vec<_> = g.edge_indices().filter(|&e| g[e].cooccurs()).collect();
    edges.sort_by(|&a, &b| g[b].stats.weight.cmp(&g[a].stats.weight).then(a.cmp(&b)));
    let _ = writeln!(s, "\nheaviest edges:");
    for e in edges.into_iter().take(top) {
        let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
        let stats = &g[e].stats;
        let _ = writeln!(s, "  {} — {}  ({})", g[a].key.name, g[b].key.name, stats.weight);
        if let Some(ev) = stats.evidence.first() {
            let text: String = ev.text.chars().take(80).collect();
            let _ = writeln!(s, "      「{text}」 ({})", ev.doc);
        }
    }
    let mut communities: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in &order {
        communities.entry(metrics[i.index()].community).or_default().push(i.index());
    }
    let _ = writeln!(s, "\ncommunities: {}", communities.len());
    for (c, members) in communities.iter().take(top) {
        let names: Vec<&str> =
            members.iter().take(6).map(|&i| g[petgraph::graph::NodeIndex::new(i)].key.name.as_str()).collect();
        let _ = writeln!(s, "  #{c} ({} members): {}", members.len(), names.join("、"));
    }
    s
}
