//! `graph.gexf`: GEXF 1.3, Gephi's own format, with typed attributes and edge weights.

use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

use crate::analyse::NodeMetrics;
use crate::export::dot::style;
use crate::graph::KnowledgeGraph;

/// Node attributes: (id, title, GEXF type).
const NODE_ATTRIBUTES: &[(&str, &str, &str)] = &[
    ("0", "type", "string"),
    ("1", "aliases", "string"),
    ("2", "count", "integer"),
    ("3", "documents", "integer"),
    ("4", "degree", "integer"),
    ("5", "weighted_degree", "double"),
    ("6", "pagerank", "double"),
    ("7", "community", "integer"),
    ("8", "component", "integer"),
    ("9", "level", "string"),
];

fn start<'a>(name: &'a str, attrs: &[(&'a str, &'a str)]) -> BytesStart<'a> {
    BytesStart::new(name).with_attributes(attrs.iter().copied())
}

/// Writes the graph as GEXF 1.3.
pub fn write(kg: &KnowledgeGraph, metrics: &[NodeMetrics], out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(start(
        "gexf",
        &[("xmlns", "http://gexf.net/1.3"), ("xmlns:viz", "http://gexf.net/1.3/viz"), ("version", "1.3")],
    )))?;
    w.write_event(Event::Start(start("meta", &[])))?;
    w.create_element("creator")
        .write_text_content(quick_xml::events::BytesText::new(concat!("kgraph ", env!("CARGO_PKG_VERSION"))))?;
    w.write_event(Event::End(BytesEnd::new("meta")))?;
    w.write_event(Event::Start(start("graph", &[("defaultedgetype", "undirected"), ("mode", "static")])))?;
    w.write_event(Event::Start(start("attributes", &[("class", "node")])))?;
    for (id, title, ty) in NODE_ATTRIBUTES {
        w.write_event(Event::Empty(start("attribute", &[("id", id), ("title", title), ("type", ty)])))?;
    }
    w.write_event(Event::End(BytesEnd::new("attributes")))?;
    w.write_event(Event::Start(start("nodes", &[])))?;
    let g = &kg.graph;
    for (i, n) in g.node_weights().enumerate() {
        let m = metrics.get(i).copied().unwrap_or_default();
        w.write_event(Event::Start(start("node", &[("id", &n.id), ("label", &n.key.name)])))?;
        w.write_event(Event::Start(start("attvalues", &[])))?;
        let aliases = n.stats.aliases.iter().cloned().collect::<Vec<_>>().join("|");
        let values = [
            n.key.kind.as_str().to_owned(),
            aliases,
            n.stats.count.to_string(),
            n.stats.documents.len().to_string(),
            m.degree.to_string(),
            format!("{:.1}", m.weighted_degree as f64),
            format!("{:.8}", m.pagerank),
            m.community.to_string(),
            m.component.to_string(),
            n.stats.place.as_ref().map_or("", |p| p.level.as_str()).to_owned(),
        ];
        for ((id, _, _), value) in NODE_ATTRIBUTES.iter().zip(&values) {
            w.write_event(Event::Empty(start("attvalue", &[("for", id), ("value", value)])))?;
        }
        w.write_event(Event::End(BytesEnd::new("attvalues")))?;
        let (fill, _) = style(n.key.kind);
        let rgb = |k: usize| u8::from_str_radix(&fill[k..k + 2], 16).unwrap_or(128).to_string();
        let (r, gr, b) = (rgb(1), rgb(3), rgb(5));
        w.write_event(Event::Empty(start("viz:color", &[("r", &r), ("g", &gr), ("b", &b)])))?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    w.write_event(Event::End(BytesEnd::new("nodes")))?;
    w.write_event(Event::Start(start("edges", &[])))?;
    for e in g.edge_indices() {
        let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
        let id = e.index().to_string();
        let weight = format!("{:.1}", g[e].stats.weight as f64);
        w.write_event(Event::Empty(start(
            "edge",
            &[
                ("id", &id),
                ("source", &g[a].id),
                ("target", &g[b].id),
                ("label", g[e].relation.as_str()),
                ("weight", &weight),
            ],
        )))?;
    }
    w.write_event(Event::End(BytesEnd::new("edges")))?;
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("gexf")))?;
    w.into_inner().write_all(b"\n")
}
