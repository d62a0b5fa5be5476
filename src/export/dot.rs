//! `graph.dot`: Graphviz's language, built with graphviz-rust's AST. Every id and label is
//! quoted and escaped, so `dot` accepts any name.

use graphviz_rust::dot_structures::{Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

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

/// The graph as a graphviz-rust AST.
pub fn to_graph(kg: &KnowledgeGraph) -> Graph {
    let g = &kg.graph;
    let mut stmts = vec![
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
    for i in g.node_indices() {
        let n = &g[i];
        let (fill, shape) = style(n.key.kind);
        stmts.push(Stmt::Node(Node::new(
            NodeId(quote(&n.id), None),
            vec![
                attr("label", quote(&n.key.name)),
                attr("type", quote(n.key.kind.as_str())),
                attr("fillcolor", quote(fill)),
                attr("shape", Id::Plain(shape.into())),
                attr("count", Id::Plain(n.stats.count.to_string())),
            ],
        )));
    }
    for e in g.edge_indices() {
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
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(NodeId(quote(&g[a].id), None)), Vertex::N(NodeId(quote(&g[b].id), None))),
            attributes,
        }));
    }
    Graph::Graph { id: quote("kgraph"), strict: false, stmts }
}

/// The graph in DOT.
pub fn to_string(kg: &KnowledgeGraph) -> String {
    let mut text = to_graph(kg).print(&mut PrinterContext::default());
    text.push('\n');
    text
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
}
