//! `graph.dot`: Graphviz's language, built with graphviz-rust's AST. Every id and label is
//! quoted and escaped, so `dot` accepts any name.

use graphviz_rust::dot_structures::{Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use std::io::Write;

use crate::extract::EntityType;
use crate::graph::KnowledgeGraph;

/// Fill colour and shape of each type.
pub fn style(kind: EntityType) -> (&'static str, &'static str) {
    match kind {
        EntityType::Company => ("#8ecae6", "box"),
        EntityType::Place => ("#b7e4c7", "ellipse"),
        EntityType::Project => ("#ffd166", "hexagon"),
        EntityType::Organization => ("#cdb4db", "component"),
        EntityType::Person => ("#f4a3a3", "oval"),
    }
}

/// A quoted DOT string: backslashes and quotes escaped, line breaks as `\n`.
pub fn quote(s: &str) -> Id {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

fn attr(name: &str, value: Id) -> Attribute {
    Attribute(Id::Plain(name.to_owned()), value)
}

/// Statements printed at once when the DOT text is written: enough to amortise a print, few
/// enough that the AST of a large graph is never held whole.
const STATEMENTS_PER_CHUNK: usize = 4096;

/// The graph's statements in order: the default attributes, the nodes, the edges.
fn statements(kg: &KnowledgeGraph) -> impl Iterator<Item = Stmt> + '_ {
    let g = &kg.graph;
    let defaults = [
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("overlap", Id::Plain("false".into())),
            attr("fontname", quote("Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif")),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("style", quote("filled")),
            attr("fontname", quote("Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif")),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("color", quote("#00000066"))])),
    ];
    let nodes = g.node_indices().map(move |i| {
        let n = &g[i];
        let (fill, shape) = style(n.key.kind);
        Stmt::Node(Node::new(
            NodeId(quote(&n.id), None),
            vec![
                attr("label", quote(&n.key.name)),
                attr("type", quote(n.key.kind.as_str())),
                attr("fillcolor", quote(fill)),
                attr("shape", Id::Plain(shape.into())),
                attr("count", Id::Plain(n.stats.count.to_string())),
            ],
        ))
    });
    let edges = g.edge_indices().map(move |e| {
        let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
        let weight = g[e].stats.weight;
        let attributes = if g[e].cooccurs() {
            let pen = 1.0 + (weight as f64).log2();
            vec![attr("weight", Id::Plain(weight.to_string())), attr("penwidth", Id::Plain(format!("{pen:.2}")))]
        } else {
            vec![
                attr("relation", quote(g[e].relation.as_str())),
                attr("style", Id::Plain("dashed".into())),
                attr("color", quote("#888888")),
                attr("weight", Id::Plain("0".into())),
            ]
        };
        Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(NodeId(quote(&g[a].id), None)), Vertex::N(NodeId(quote(&g[b].id), None))),
            attributes,
        })
    });
    defaults.into_iter().chain(nodes).chain(edges)
}

/// The graph's name in the DOT text.
const GRAPH_ID: &str = "kgraph";

/// The graph as a graphviz-rust AST.
pub fn to_graph(kg: &KnowledgeGraph) -> Graph {
    Graph::Graph { id: quote(GRAPH_ID), strict: false, stmts: statements(kg).collect() }
}

/// Writes the graph in DOT, printed by graphviz-rust a chunk of statements at a time: the
/// same text as printing [`to_graph`] whole, without holding the whole AST or its lines.
pub fn write(kg: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
    let head = format!("graph {} {{\n", quote(GRAPH_ID).print(&mut PrinterContext::default()));
    out.write_all(head.as_bytes())?;
    let mut stmts = statements(kg);
    let mut first = true;
    loop {
        let chunk: Vec<Stmt> = stmts.by_ref().take(STATEMENTS_PER_CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        // Each chunk prints as a graph of its own; its body is the whole graph's lines.
        let printed =
            Graph::Graph { id: quote(GRAPH_ID), strict: false, stmts: chunk }.print(&mut PrinterContext::default());
        let body = printed
            .strip_prefix(head.as_str())
            .and_then(|rest| rest.strip_suffix("\n}"))
            .ok_or_else(|| std::io::Error::other("graphviz-rust printed a graph in an unexpected layout"))?;
        if !first {
            out.write_all(b"\n")?;
        }
        out.write_all(body.as_bytes())?;
        first = false;
    }
    out.write_all(b"\n}\n")
}

/// The graph in DOT.
pub fn to_string(kg: &KnowledgeGraph) -> String {
    let mut bytes = Vec::new();
    write(kg, &mut bytes).expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("DOT text is UTF-8")
}

/// True when Graphviz's `dot` is on the PATH.
pub fn graphviz_installed() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The most nodes a rendered picture shows unless asked for all.
pub const PICTURE_NODES: usize = 300;
/// The most edges a rendered picture shows: the heaviest.
pub const PICTURE_EDGES: usize = 1200;

/// Renders a graph to an image format (`svg`, `png`) with Graphviz: `dot` for small graphs,
/// `sfdp` (force-directed, made for large graphs) above 100 nodes.
pub fn render(kg: &KnowledgeGraph, format: graphviz_rust::cmd::Format) -> crate::Result<Vec<u8>> {
    use graphviz_rust::cmd::Layout;
    let layout = if kg.graph.node_count() > 100 { Layout::Sfdp } else { Layout::Dot };
    graphviz_rust::exec_dot(to_string(kg), vec![format.into(), layout.into()])
        .map_err(|e| crate::Error::Graphviz(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_backslashes_are_escaped() {
        let Id::Escaped(q) = quote("A\"B\\C\n") else { panic!("escaped id") };
        assert_eq!(q, r#""A\"B\\C\n""#);
    }

    #[test]
    fn the_text_written_in_chunks_is_the_whole_graph_printed_at_once() {
        use crate::graph::{Edge, EdgeStats, EntityKey, EntityStats, KnowledgeGraph, Node, Relation, Scope};
        // More statements than one chunk holds, so that several chunks are joined.
        let mut graph = petgraph::graph::UnGraph::new_undirected();
        let nodes: Vec<_> = (0..STATEMENTS_PER_CHUNK + 7)
            .map(|i| {
                let key = EntityKey { kind: EntityType::ALL[i % 5], name: format!("实体{i}") };
                graph.add_node(Node { id: format!("实体{i}"), key, stats: EntityStats::default() })
            })
            .collect();
        for pair in nodes.windows(2) {
            let stats = EdgeStats { weight: 3, ..EdgeStats::default() };
            graph.add_edge(pair[0], pair[1], Edge { relation: Relation::Cooccurs, stats });
        }
        let kg = KnowledgeGraph { graph, documents: 1, scope: Scope::Sentence };
        let mut whole = to_graph(&kg).print(&mut PrinterContext::default());
        whole.push('\n');
        assert_eq!(to_string(&kg), whole);
    }
}
