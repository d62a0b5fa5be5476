//! `graph.json`: networkx node-link data, read as is by `networkx.node_link_graph(data)`
//! (networkx 3.6+; `edges="edges"`, the default there). Written as a stream: the graph is
//! never copied into a JSON tree.

use std::collections::BTreeSet;
use std::io::Write;

use petgraph::graph::{EdgeIndex, NodeIndex};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::Formatter;

use crate::analyse::NodeMetrics;
use crate::extract::EntityType;
use crate::extract::gazetteer::PlaceLevel;
use crate::graph::{Evidence, KnowledgeGraph};

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

/// Elements serialized per parallel task: enough to outweigh a task's cost, few enough that
/// the tasks of a batch stay small beside the graph.
const ELEMENTS_PER_TASK: usize = 512;
/// Tasks serialized at once before their bytes are written in order.
const TASKS_PER_BATCH: usize = 8;

/// serde_json's pretty layout (one space per level) starting at a given depth, so that an
/// element serialized on its own lines up with the array around it.
struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    fn at(depth: usize) -> Self {
        Self { depth, has_value: false }
    }

    fn newline<W: ?Sized + Write>(&self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.depth {
            w.write_all(b" ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)
    }
}

impl Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Serializes `value` laid out at `depth` onto the end of `buf`.
fn serialize_at(value: &impl Serialize, depth: usize, buf: &mut Vec<u8>) -> std::io::Result<()> {
    value
        .serialize(&mut serde_json::Serializer::with_formatter(&mut *buf, Indented::at(depth)))
        .map_err(std::io::Error::other)
}

/// Writes a JSON array of `count` elements at `depth` (its elements one level deeper), the
/// elements serialized in parallel tasks and written in order, so that the bytes are those of
/// one serializer whatever the threads.
fn write_array<T: Serialize>(
    out: &mut dyn Write,
    count: usize,
    depth: usize,
    element: impl Fn(usize) -> T + Sync,
) -> std::io::Result<()> {
    if count == 0 {
        return out.write_all(b"[]");
    }
    let layout = Indented::at(depth + 1);
    out.write_all(b"[")?;
    let tasks: Vec<usize> = (0..count).step_by(ELEMENTS_PER_TASK).collect();
    for batch in tasks.chunks(TASKS_PER_BATCH) {
        let parts: Vec<std::io::Result<Vec<u8>>> = batch
            .par_iter()
            .map(|&from| {
                let mut buf = Vec::new();
                for i in from..(from + ELEMENTS_PER_TASK).min(count) {
                    layout.item(&mut buf, i == 0)?;
                    serialize_at(&element(i), depth + 1, &mut buf)?;
                }
                Ok(buf)
            })
            .collect();
        for part in parts {
            out.write_all(&part?)?;
        }
    }
    Indented::at(depth).newline(out)?;
    out.write_all(b"]")
}

/// The node at index `i` as written.
fn node_out<'a>(kg: &'a KnowledgeGraph, metrics: &[NodeMetrics], i: usize) -> NodeOut<'a> {
    let n = &kg.graph[NodeIndex::new(i)];
    let place = n.stats.place.as_ref();
    let m = metrics.get(i).copied().unwrap_or_default();
    NodeOut {
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
    }
}

/// The edge at index `i` as written; `multigraph` repeats the relation as networkx's key.
fn edge_out(kg: &KnowledgeGraph, multigraph: bool, i: usize) -> EdgeOut<'_> {
    let g = &kg.graph;
    let e = EdgeIndex::new(i);
    let (a, b) = g.edge_endpoints(e).expect("edge indices are dense");
    let stats = &g[e].stats;
    let relation = g[e].relation.as_str();
    EdgeOut {
        source: &g[a].id,
        target: &g[b].id,
        key: multigraph.then_some(relation),
        relation,
        weight: stats.weight,
        documents: &stats.documents,
        evidence: &stats.evidence,
    }
}

/// Writes the graph as node-link JSON, one space of indent per level (serde_json's pretty
/// layout); nodes and edges are serialized on all threads.
pub fn write(kg: &KnowledgeGraph, metrics: &[NodeMetrics], out: &mut dyn Write) -> std::io::Result<()> {
    let multigraph = kg.has_hierarchy();
    let info =
        GraphInfo { scope: kg.scope.to_string(), documents: kg.documents, kgraph_version: env!("CARGO_PKG_VERSION") };
    let mut head = format!("{{\n \"directed\": false,\n \"multigraph\": {multigraph},\n \"graph\": ").into_bytes();
    serialize_at(&info, 1, &mut head)?;
    head.extend_from_slice(b",\n \"nodes\": ");
    out.write_all(&head)?;
    write_array(out, kg.graph.node_count(), 1, |i| node_out(kg, metrics, i))?;
    out.write_all(b",\n \"edges\": ")?;
    write_array(out, kg.graph.edge_count(), 1, |i| edge_out(kg, multigraph, i))?;
    out.write_all(b"\n}\n")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Element {
        id: String,
        empty: Vec<u8>,
        nested: Vec<Vec<u32>>,
        inner: std::collections::BTreeMap<String, bool>,
    }

    fn element(i: usize) -> Element {
        let inner = (0..i % 3).map(|k| (format!("键{k}"), k % 2 == 0)).collect();
        Element { id: format!("节点\"{i}\"\n"), empty: Vec::new(), nested: vec![vec![]; i % 2], inner }
    }

    #[test]
    fn parallel_arrays_are_laid_out_as_one_pretty_serializer_would() {
        // More elements than one task takes, so that several tasks' bytes are joined.
        for count in [0, 1, ELEMENTS_PER_TASK + 5] {
            let mut ours = b"{\n \"items\": ".to_vec();
            write_array(&mut ours, count, 1, element).expect("writes to memory");
            ours.extend_from_slice(b"\n}");

            #[derive(Serialize)]
            struct Whole {
                items: Vec<Element>,
            }
            let whole = Whole { items: (0..count).map(element).collect() };
            let mut pretty = Vec::new();
            let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
            whole.serialize(&mut serde_json::Serializer::with_formatter(&mut pretty, formatter)).expect("serializes");
            assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&pretty), "{count} elements");
        }
    }
}
