//! `graph.json`: networkx node-link data, read as is by `networkx.node_link_graph(data)`
//! (networkx 3.6+; `edges="edges"`, the default there). Written as a stream: the graph is
//! never copied into a JSON tree.

use std::collections::BTreeSet;
use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use crate::analyse::NodeMetrics;
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
    degree: usize,
    weighted_degree: u64,
    pagerank: f64,
    community: usize,
    component: usize,
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
    /// In a multigraph (with `located_in` edges), the relation again: networkx's edge key.
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<&'static str>,
    relation: &'static str,
    weight: u64,
    documents: &'a BTreeSet<String>,
    evidence: &'a [Evidence],
}

struct Nodes<'a>(&'a KnowledgeGraph, &'a [NodeMetrics]);
struct Edges<'a>(&'a KnowledgeGraph);

impl Serialize for Nodes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let g = &self.0.graph;
        let mut seq = s.serialize_seq(Some(g.node_count()))?;
        for (i, n) in g.node_weights().enumerate() {
            let place = n.stats.place.as_ref();
            let m = self.1.get(i).copied().unwrap_or_default();
            seq.serialize_element(&NodeOut {
                id: &n.id,
                label: &n.key.name,
                kind: n.key.kind,
                aliases: &n.stats.aliases,
                count: n.stats.count,
                documents: &n.stats.documents,
                degree: m.degree,
                weighted_degree: m.weighted_degree,
                pagerank: m.pagerank,
                community: m.community,
                component: m.component,
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
        let multigraph = self.0.has_hierarchy();
        let mut seq = s.serialize_seq(Some(g.edge_count()))?;
        for e in g.edge_indices() {
            let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
            let stats = &g[e].stats;
            let relation = g[e].relation.as_str();
            seq.serialize_element(&EdgeOut {
                source: &g[a].id,
                target: &g[b].id,
                key: multigraph.then_some(relation),
                relation,
                weight: stats.weight,
                documents: &stats.documents,
                evidence: &stats.evidence,
            })?;
        }
        seq.end()
    }
}

/// Writes the graph as node-link JSON, one space of indent per level.
pub fn write(kg: &KnowledgeGraph, metrics: &[NodeMetrics], out: &mut dyn Write) -> std::io::Result<()> {
    let doc = Document {
        directed: false,
        multigraph: kg.has_hierarchy(),
        graph: GraphInfo {
            scope: kg.scope.to_string(),
            documents: kg.documents,
            kgraph_version: env!("CARGO_PKG_VERSION"),
        },
        nodes: Nodes(kg, metrics),
        edges: Edges(kg),
    };
    let mut ser =
        serde_json::Serializer::with_formatter(&mut *out, serde_json::ser::PrettyFormatter::with_indent(b" "));
    doc.serialize(&mut ser).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

/// A node as read back from `graph.json`.
#[derive(serde::Deserialize)]
struct NodeIn {
    id: String,
    label: String,
    #[serde(rename = "type")]
    kind: EntityType,
    #[serde(default)]
    aliases: BTreeSet<String>,
    #[serde(default)]
    count: u64,
    #[serde(default)]
    documents: BTreeSet<String>,
    level: Option<PlaceLevel>,
    code: Option<String>,
    parent: Option<String>,
}

/// An edge as read back from `graph.json`.
#[derive(serde::Deserialize)]
struct EdgeIn {
    source: String,
    target: String,
    #[serde(default)]
    relation: Option<String>,
    weight: u64,
    #[serde(default)]
    documents: BTreeSet<String>,
    #[serde(default)]
    evidence: Vec<Evidence>,
}

#[derive(serde::Deserialize)]
struct GraphIn {
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    documents: u64,
}

#[derive(serde::Deserialize)]
struct DocumentIn {
    graph: GraphIn,
    nodes: Vec<NodeIn>,
    #[serde(alias = "links")]
    edges: Vec<EdgeIn>,
}

/// Reads a `graph.json` that kgraph wrote back into a graph (for `render` and `stats`).
pub fn read(path: &std::path::Path) -> crate::Result<KnowledgeGraph> {
    use crate::graph::{Edge, EdgeStats, EntityKey, EntityStats, Node, Relation, Scope};
    let bad = |reason: String| crate::Error::BadGraph { path: path.to_path_buf(), reason };
    let file = std::fs::File::open(path).map_err(|e| crate::Error::Read { path: path.to_path_buf(), source: e })?;
    let doc: DocumentIn = serde_json::from_reader(std::io::BufReader::new(file)).map_err(|e| bad(e.to_string()))?;
    let scope = match doc.graph.scope.as_deref() {
        None | Some("sentence") => Scope::Sentence,
        Some("paragraph") => Scope::Paragraph,
        Some("document") => Scope::Document,
        Some(other) => match other.strip_prefix("window:").and_then(|n| n.parse().ok()) {
            Some(n) => Scope::Window(n),
            None => return Err(bad(format!("unknown scope {other:?}"))),
        },
    };
    let mut graph = petgraph::graph::UnGraph::with_capacity(doc.nodes.len(), doc.edges.len());
    let mut index = std::collections::HashMap::new();
    for n in doc.nodes {
        let place = n.level.map(|level| crate::extract::PlaceInfo { level, code: n.code, parent: n.parent });
        let stats = EntityStats { aliases: n.aliases, count: n.count, documents: n.documents, place };
        let i = graph.add_node(Node { id: n.id.clone(), key: EntityKey { kind: n.kind, name: n.label }, stats });
        if index.insert(n.id.clone(), i).is_some() {
            return Err(bad(format!("node id {:?} appears twice", n.id)));
        }
    }
    for e in doc.edges {
        let relation = match e.relation.as_deref() {
            None => Relation::Cooccurs,
            Some(name) => Relation::parse(name).ok_or_else(|| bad(format!("unknown relation {name:?}")))?,
        };
        let (Some(&a), Some(&b)) = (index.get(&e.source), index.get(&e.target)) else {
            return Err(bad(format!("edge {} - {} names an unknown node", e.source, e.target)));
        };
        graph.add_edge(
            a,
            b,
            Edge { relation, stats: EdgeStats { weight: e.weight, documents: e.documents, evidence: e.evidence } },
        );
    }
    Ok(KnowledgeGraph { graph, documents: doc.graph.documents, scope })
}
