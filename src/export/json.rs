//! `graph.json`: networkx node-link data, read as is by `networkx.node_link_graph(data)`
//! (networkx 3.6+; `edges="edges"`, the default there).

use std::io::Write;

use serde::Serialize;
use serde_json::{Value, json};

use crate::graph::KnowledgeGraph;

/// The node-link document of the graph.
pub fn to_value(kg: &KnowledgeGraph) -> Value {
    let g = &kg.graph;
    let nodes: Vec<Value> = g
        .node_indices()
        .map(|i| {
            let n = &g[i];
            let mut v = json!({
                "id": n.id,
                "label": n.key.name,
                "type": n.key.kind,
                "aliases": n.stats.aliases,
                "count": n.stats.count,
                "documents": n.stats.documents,
            });
            if let Some(place) = &n.stats.place {
                let map = v.as_object_mut().expect("node is an object");
                map.insert("level".into(), json!(place.level));
                if let Some(code) = &place.code {
                    map.insert("code".into(), json!(code));
                }
                if let Some(parent) = &place.parent {
                    map.insert("parent".into(), json!(parent));
                }
            }
            v
        })
        .collect();
    let edges: Vec<Value> = g
        .edge_indices()
        .map(|e| {
            let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
            let s = &g[e].stats;
            json!({
                "source": g[a].id,
                "target": g[b].id,
                "relation": "cooccurs",
                "weight": s.weight,
                "documents": s.documents,
                "evidence": s.evidence,
            })
        })
        .collect();
    json!({
        "directed": false,
        "multigraph": false,
        "graph": {
            "scope": kg.scope.to_string(),
            "documents": kg.documents,
            "kgraph_version": env!("CARGO_PKG_VERSION"),
        },
        "nodes": nodes,
        "edges": edges,
    })
}

/// Writes the graph as pretty-printed node-link JSON.
pub fn write(kg: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let value = to_value(kg);
    let mut ser =
        serde_json::Serializer::with_formatter(&mut *out, serde_json::ser::PrettyFormatter::with_indent(b" "));
    value.serialize(&mut ser).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}
