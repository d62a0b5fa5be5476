//! `graph.json`: networkx node-link data, read as is by `networkx.node_link_graph(data)`
//! (networkx 3.6+; `edges="edges"`, the default there). Written as a stream: the graph is
//! never copied into a JSON tree.

use std::collections::BTreeSet;
use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use crate::extract::EntityType;
use crate::extract::gazetteer::PlaceLevel;
use crate::graph::{Evidence, KnowledgeGraph};

#[derive(Serialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphInfo,
    nodes: Nodes<'a>,
    edges: Edges<'a>,
}

#[derive(Serialize)]
struct GraphInfo {
    scope: String,
    documents: u64,
    kgraph_version: &'static str,
}

#[derive(Serialize)]
struct NodeOut<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: EntityType,
    aliases: &'a BTreeSet<String>,
    count: u64,
    documents: &'a BTreeSet<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<PlaceLevel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<&'a str>,
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    source: &'a str,
    target: &'a str,
    relation: &'static str,
    weight: u64,
    documents: &'a BTreeSet<String>,
    evidence: &'a [Evidence],
}

struct Nodes<'a>(&'a KnowledgeGraph);
struct Edges<'a>(&'a KnowledgeGraph);

impl Serialize for Nodes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let g = &self.0.graph;
        let mut seq = s.serialize_seq(Some(g.node_count()))?;
        for n in g.node_weights() {
            let place = n.stats.place.as_ref();
            seq.serialize_element(&NodeOut {
                id: &n.id,
                label: &n.key.name,
                kind: n.key.kind,
                aliases: &n.stats.aliases,
                count: n.stats.count,
                documents: &n.stats.documents,
                level: place.map(|p| p.level),
                code: place.and_then(|p| p.code.as_deref()),
                parent: place.and_then(|p| p.parent.as_deref()),
            })?;
        }
        seq.end()
    }
}

impl Serialize for Edges<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let g = &self.0.graph;
        let mut seq = s.serialize_seq(Some(g.edge_count()))?;
        for e in g.edge_indices() {
            let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
            let stats = &g[e].stats;
            seq.serialize_element(&EdgeOut {
                source: &g[a].id,
                target: &g[b].id,
                relation: "cooccurs",
                weight: stats.weight,
                documents: &stats.documents,
                evidence: &stats.evidence,
            })?;
        }
        seq.end()
    }
}

/// Writes the graph as node-link JSON, one space of indent per level.
pub fn write(kg: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let doc = Document {
        directed: false,
        multigraph: false,
        graph: GraphInfo {
            scope: kg.scope.to_string(),
            documents: kg.documents,
            kgraph_version: env!("CARGO_PKG_VERSION"),
        },
        nodes: Nodes(kg),
        edges: Edges(kg),
    };
    let mut ser =
        serde_json::Serializer::with_formatter(&mut *out, serde_json::ser::PrettyFormatter::with_indent(b" "));
    doc.serialize(&mut ser).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}
