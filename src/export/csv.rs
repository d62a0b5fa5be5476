//! `nodes.csv` and `edges.csv`: the headers `neo4j-admin database import` expects
//! (`id:ID(Entity)`, `:LABEL`, `:START_ID(Entity)`, `:END_ID(Entity)`, `:TYPE`), plain
//! enough for pandas (`pd.read_csv`).

use std::io::Write;

use crate::analyse::NodeMetrics;
use crate::graph::KnowledgeGraph;

/// Writes `nodes.csv`.
pub fn write_nodes(kg: &KnowledgeGraph, metrics: &[NodeMetrics], out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id:ID(Entity)",
        "name",
        ":LABEL",
        "aliases:string[]",
        "count:int",
        "documents:int",
        "degree:int",
        "weighted_degree:double",
        "pagerank:double",
        "community:int",
        "component:int",
        "level",
        "code",
        "parent",
    ])?;
    for (i, n) in kg.graph.node_weights().enumerate() {
        let m = metrics.get(i).copied().unwrap_or_default();
        let place = n.stats.place.as_ref();
        // Neo4j labels are names: Company, Place ...
        let kind = n.key.kind.as_str();
        let label = kind[..1].to_ascii_uppercase() + &kind[1..];
        w.write_record([
            n.id.as_str(),
            &n.key.name,
            &format!("Entity;{label}"),
            &n.stats.aliases.iter().cloned().collect::<Vec<_>>().join(";"),
            &n.stats.count.to_string(),
            &n.stats.documents.len().to_string(),
            &m.degree.to_string(),
            &format!("{:.1}", m.weighted_degree as f64),
            &format!("{:.8}", m.pagerank),
            &m.community.to_string(),
            &m.component.to_string(),
            place.map_or("", |p| p.level.as_str()),
            place.and_then(|p| p.code.as_deref()).unwrap_or(""),
            place.and_then(|p| p.parent.as_deref()).unwrap_or(""),
        ])?;
    }
    w.flush()
}

/// Writes `edges.csv`.
pub fn write_edges(kg: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "weight:double", "documents:int", "evidence"])?;
    let g = &kg.graph;
    for e in g.edge_indices() {
        let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
        let s = &g[e].stats;
        w.write_record([
            g[a].id.as_str(),
            g[b].id.as_str(),
            &g[e].relation.as_str().to_uppercase(),
            &format!("{:.1}", s.weight as f64),
            &s.documents.len().to_string(),
            s.evidence.first().map_or("", |ev| &*ev.text),
        ])?;
    }
    w.flush()
}
