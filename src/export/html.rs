//! `graph.html`: one self-contained page that opens from disk and loads nothing remote. Node
//! positions are computed here (a deterministic force-directed layout); a small script of the
//! project's own (`assets/graph.js`) draws them as SVG with pan and zoom, a search box, a type
//! filter, an edge-weight slider and a side panel of aliases, neighbours and evidence.

use std::io::Write;

use serde_json::json;

use crate::analyse::NodeMetrics;
use crate::export::dot::style;
use crate::extract::EntityType;
use crate::graph::KnowledgeGraph;

const SCRIPT: &str = include_str!("assets/graph.js");

/// Positions by Fruchterman-Reingold: nodes start on a spiral in index order, repel each
/// other and are pulled along their edges (more for heavier ones); the same graph always
/// gives the same picture.
pub fn layout(kg: &KnowledgeGraph) -> Vec<(f64, f64)> {
    let g = &kg.graph;
    let n = g.node_count();
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = i as f64 * 2.399_963; // the golden angle
            let r = 10.0 * (i as f64 + 1.0).sqrt();
            (r * a.cos(), r * a.sin())
        })
        .collect();
    if n < 2 {
        return pos;
    }
    let area = 400.0 * 400.0 * (n as f64 / 50.0).max(1.0);
    let k = (area / n as f64).sqrt();
    let radius = area.sqrt() / 2.0;
    let edges: Vec<(usize, usize, f64)> = g
        .edge_indices()
        .filter(|&e| g[e].cooccurs())
        .filter_map(|e| g.edge_endpoints(e).map(|(a, b)| (a.index(), b.index(), (g[e].stats.weight as f64).ln_1p())))
        .collect();
    let iterations = 300;
    let mut temperature = k * 2.0;
    for _ in 0..iterations {
        let mut shift = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(0.01);
                let f = k * k / d2;
                shift[i].0 += dx * f;
                shift[i].1 += dy * f;
                shift[j].0 -= dx * f;
                shift[j].1 -= dy * f;
            }
        }
        for &(a, b, w) in &edges {
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            let f = d * w / k;
            shift[a].0 -= dx * f;
            shift[a].1 -= dy * f;
            shift[b].0 += dx * f;
            shift[b].1 += dy * f;
        }
        for i in 0..n {
            // A weak pull to the centre keeps components together.
            shift[i].0 -= pos[i].0 * 0.05;
            shift[i].1 -= pos[i].1 * 0.05;
            let len = (shift[i].0 * shift[i].0 + shift[i].1 * shift[i].1).sqrt().max(1e-9);
            let step = len.min(temperature);
            pos[i].0 += shift[i].0 / len * step;
            pos[i].1 += shift[i].1 / len * step;
            // Keep every node inside the frame, so that isolated ones do not drift away.
            let r = (pos[i].0 * pos[i].0 + pos[i].1 * pos[i].1).sqrt();
            if r > radius {
                pos[i].0 *= radius / r;
                pos[i].1 *= radius / r;
            }
        }
        temperature *= 0.985;
    }
    pos
}

/// Writes the page.
pub fn write(kg: &KnowledgeGraph, metrics: &[NodeMetrics], note: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &kg.graph;
    let positions = layout(kg);
    let nodes: Vec<_> = g
        .node_weights()
        .enumerate()
        .map(|(i, n)| {
            let m = metrics.get(i).copied().unwrap_or_default();
            json!({
                "id": n.id, "label": n.key.name, "type": n.key.kind, "aliases": n.stats.aliases,
                "count": n.stats.count, "weighted_degree": m.weighted_degree, "pagerank": m.pagerank,
                "community": m.community, "level": n.stats.place.as_ref().map(|p| p.level.as_str()),
                "x": (positions[i].0 * 100.0).round() / 100.0, "y": (positions[i].1 * 100.0).round() / 100.0,
            })
        })
        .collect();
    let edges: Vec<_> = g
        .edge_indices()
        .map(|e| {
            let (a, b) = g.edge_endpoints(e).expect("edge has endpoints");
            let s = &g[e].stats;
            json!({"source": g[a].id, "target": g[b].id, "relation": g[e].relation.as_str(),
                "weight": s.weight, "evidence": s.evidence})
        })
        .collect();
    let colors: serde_json::Map<String, serde_json::Value> =
        EntityType::ALL.iter().map(|t| (t.as_str().to_owned(), json!(style(*t).0))).collect();
    let data = json!({"nodes": nodes, "edges": edges, "colors": colors});
    // `</` inside a script element would end it: escape the slash.
    let data = serde_json::to_string(&data).map_err(std::io::Error::other)?.replace("</", "<\\/");
    let checkboxes: String = EntityType::ALL
        .iter()
        .map(|t| {
            format!(
                "<label><input type=\"checkbox\" value=\"{t}\" checked><span class=\"swatch\" style=\"background:{}\"></span>{t}</label>",
                style(*t).0
            )
        })
        .collect();
    write!(
        out,
        r#"<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kgraph</title>
<style>
body {{ margin: 0; font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", sans-serif; display: flex; height: 100vh; }}
#kg-main {{ flex: 1; display: flex; flex-direction: column; min-width: 0; }}
#kg-bar {{ padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; font-size: 14px; }}
#kg-svg {{ flex: 1; width: 100%; cursor: grab; background: #fcfcfc; }}
#kg-panel {{ width: 340px; overflow-y: auto; border-left: 1px solid #ddd; padding: 10px; font-size: 14px; }}
.edge {{ stroke: #888; stroke-opacity: 0.45; }}
.node circle {{ stroke: #333; stroke-width: 0.8; cursor: pointer; }}
.node text {{ font-size: 11px; text-anchor: middle; pointer-events: none; }}
.node.match circle {{ stroke: #e63946; stroke-width: 3; }}
.node.selected circle {{ stroke: #000; stroke-width: 3; }}
.swatch {{ display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin: 0 3px; }}
blockquote {{ margin: 4px 0 8px 10px; color: #555; font-size: 12px; }}
</style>
</head>
<body>
<div id="kg-main">
<div id="kg-bar">
<input id="kg-search" type="search" placeholder="搜索 / search">
<span id="kg-types">{checkboxes}</span>
<label>min weight <input id="kg-weight" type="range" min="1" value="1" step="1"> <span id="kg-weight-value">1</span></label>
<span id="kg-stats"></span>
<span id="kg-note">{note}</span>
</div>
<svg id="kg-svg" xmlns="http://www.w3.org/2000/svg"></svg>
</div>
<div id="kg-panel"><p>Click a node to see its aliases, neighbours and the sentences that link them.</p></div>
<script type="application/json" id="kg-data">{data}</script>
<script>
{SCRIPT}
</script>
</body>
</html>
"#,
        note = note.replace('&', "&amp;").replace('<', "&lt;"),
    )
}
