//! `graph.graphml`: GraphML with typed keys (weight a double, count an int), for networkx
//! (`read_graphml`), Gephi, Cytoscape and yEd.

use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::analyse::NodeMetrics;
use crate::graph::KnowledgeGraph;

/// Node keys: (id, name, GraphML type).
const NODE_KEYS: &[(&str, &str, &str)] = &[
    ("d0", "label", "string"),
    ("d1", "type", "string"),
    ("d2", "aliases", "string"),
    ("d3", "count", "int"),
    ("d4", "documents", "int"),
    ("d5", "degree", "int"),
    ("d6", "weighted_degree", "double"),
    ("d7", "pagerank", "double"),
    ("d8", "community", "int"),
    ("d9", "component", "int"),
    ("d10", "level", "string"),
    ("d11", "code", "string"),
    ("d12", "parent", "string"),
];
/// Edge keys.
const EDGE_KEYS: &[(&str, &str, &str)] = &[
    ("e0", "weight", "double"),
    ("e1", "relation", "string"),
    ("e2", "documents", "int"),
    ("e3", "evidence", "string"),
];

fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> std::io::Result<()> {
    w.write_event(Event::Start(BytesStart::new("data").with_attributes([("key", key)])))?;
    w.write_event(Event::Text(BytesText::new(value)))?;
    w.write_event(Event::End(BytesEnd::new("data")))?;
    Ok(())
}

/// Writes the graph as GraphML.
pub fn write(kg: &KnowledgeGraph, metrics: &[NodeMetrics], out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(BytesStart::new("graphml").with_attributes([
        ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        (
            "xsi:schemaLocation",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
        ),
    ])))?;
    for (keys, domain) in [(NODE_KEYS, "node"), (EDGE_KEYS, "edge")] {
        for (id, name, ty) in keys {
            w.write_event(Event::Empty(BytesStart::new("key").with_attributes([
                ("id", *id),
                ("for", domain),
                ("attr.name", *name),
                ("attr.type", *ty),
            ])))?;
        }
    }
    w.write_event(Event::Start(
        BytesStart::new("graph").with_attributes([("id", "kgraph"), ("edgedefault", "undirected")]),
    ))?;
    let g = &kg.graph;
    for (i, n) in g.node_weights().enumerate() {
        let m = metrics.get(i).copied().unwrap_or_default();
        w.write_event(Event::Start(BytesStart::new("node").with_attributes([("id", n.id.as_str())])))?;
        data(&mut w, "d0", &n.key.name)?;
        data(&mut w, "d1", n.key.kind.as_str())?;
        data(&mut w, "d2", &n.stats.aliases.iter().cloned().collect::<Vec<_>>().join("|"))?;
        data(&mut w, "d3", &n.stats.count.to_string())?;
        data(&mut w, "d4", &n.stats.documents.len().to_string())?;
        data(&mut w, "d5", &m.degree.to_string())?;
        data(&mut w, "d6", &format!("{:.1}", m.weighted_degree as f64))?;
        data(&mut w, "d7", &format!("{:.8}", m.pagerank))?;
        data(&mut w, "d8", &m.community.to_string())?;
        data(&mut w, "d9", &m.component.to_string())?;
        if let Some(place) = &n.stats.place {
            data(&mut w, "d10", place.level.as_str())?;
            if let Some(code) = &place.code {
                data(&mut w, "d11", code)?;
            }
            if let Some(parent) = &place.parent {
                data(&mut w, "d12", parent)?;
            }
        }
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    for e in g.edge_indices() {
        let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
        let s = &g[e].stats;
        w.write_event(Event::Start(
            BytesStart::new("edge").with_attributes([("source", g[a].id.as_str()), ("target", g[b].id.as_str())]),
        ))?;
        data(&mut w, "e0", &format!("{:.1}", s.weight as f64))?;
        data(&mut w, "e1", g[e].relation.as_str())?;
        data(&mut w, "e2", &s.documents.len().to_string())?;
        if let Some(first) = s.evidence.first() {
            data(&mut w, "e3", &first.text)?;
        }
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    w.into_inner().write_all(b"\n")
}
