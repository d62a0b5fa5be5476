//! Metrics on the graph's nodes: degree, weighted degree, PageRank (weighted), connected
//! component and community (Louvain modularity, deterministic), and the filters that keep
//! pictures readable. Nothing here reads text or writes files.

use std::collections::BTreeMap;

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use crate::extract::EntityType;
use crate::graph::KnowledgeGraph;

/// The metrics of one node.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NodeMetrics {
    /// Number of neighbours.
    pub degree: usize,
    /// Sum of the weights of its edges.
    pub weighted_degree: u64,
    /// Weighted PageRank (damping 0.85); the values of a graph sum to 1.
    pub pagerank: f64,
    /// Community number (Louvain), 0 for the largest.
    pub community: usize,
    /// Connected component number, 0 for the largest.
    pub component: usize,
}

/// Metrics of every node, by node index, over the co-occurrence edges only (`located_in`
/// edges do not count).
pub fn metrics(kg: &KnowledgeGraph) -> Vec<NodeMetrics> {
    if kg.has_hierarchy() {
        return metrics(&kg.cooccurrences());
    }
    let g = &kg.graph;
    // Louvain takes the longest: the rest is computed beside it.
    let (communities, (pagerank, (weighted, components))) = rayon::join(
        || renumber_by_size(&louvain(kg)),
        || {
            rayon::join(
                || pagerank(kg, 0.85, 100, 1e-12),
                || (kg.weighted_degrees(), renumber_by_size(&components(kg))),
            )
        },
    );
    g.node_indices()
        .map(|i| NodeMetrics {
            degree: g.neighbors(i).count(),
            weighted_degree: weighted[i.index()],
            pagerank: pagerank[i.index()],
            community: communities[i.index()],
            component: components[i.index()],
        })
        .collect()
}

/// Weighted PageRank by power iteration over the edge list (linear in the edges per step).
/// Dangling nodes spread their rank evenly.
pub fn pagerank(kg: &KnowledgeGraph, damping: f64, max_iterations: usize, tolerance: f64) -> Vec<f64> {
    let g = &kg.graph;
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let strength: Vec<f64> = kg.weighted_degrees().into_iter().map(|w| w as f64).collect();
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..max_iterations {
        let dangling: f64 = (0..n).filter(|&i| strength[i] == 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - damping) / n as f64 + damping * dangling / n as f64;
        let mut next = vec![base; n];
        for e in g.edge_references() {
            let (a, b) = (e.source().index(), e.target().index());
            let w = e.weight().stats.weight as f64;
            next[b] += damping * rank[a] * w / strength[a];
            next[a] += damping * rank[b] * w / strength[b];
        }
        let delta: f64 = next.iter().zip(&rank).map(|(x, y)| (x - y).abs()).sum();
        rank = next;
        if delta < tolerance {
            break;
        }
    }
    rank
}

/// Connected components: each node's component, numbered in node order.
pub fn components(kg: &KnowledgeGraph) -> Vec<usize> {
    let g = &kg.graph;
    let mut component = vec![usize::MAX; g.node_count()];
    let mut next = 0;
    for start in g.node_indices() {
        if component[start.index()] != usize::MAX {
            continue;
        }
        let mut stack = vec![start];
        component[start.index()] = next;
        while let Some(i) = stack.pop() {
            for j in g.neighbors(i) {
                if component[j.index()] == usize::MAX {
                    component[j.index()] = next;
                    stack.push(j);
                }
            }
        }
        next += 1;
    }
    component
}

/// Louvain community detection on the weighted graph: nodes move, in index order, to the
/// neighbouring community that gains the most modularity; communities are then merged into
/// nodes and the step repeats. Deterministic: the same graph gives the same communities.
pub fn louvain(kg: &KnowledgeGraph) -> Vec<usize> {
    let g = &kg.graph;
    let n = g.node_count();
    // The current level's graph as adjacency lists of (neighbour, weight), self-loops kept.
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for e in g.edge_references() {
        let (a, b, w) = (e.source().index(), e.target().index(), e.weight().stats.weight as f64);
        adjacency[a].push((b, w));
        adjacency[b].push((a, w));
    }
    let mut membership: Vec<usize> = (0..n).collect();
    loop {
        let (level, moved) = one_level(&adjacency);
        if !moved {
            break;
        }
        for m in membership.iter_mut() {
            *m = level[*m];
        }
        let communities = level.iter().max().map_or(0, |m| m + 1);
        let mut merged: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); communities];
        for (i, neighbours) in adjacency.iter().enumerate() {
            for &(j, w) in neighbours {
                *merged[level[i]].entry(level[j]).or_default() += w;
            }
        }
        adjacency = merged.into_iter().map(|m| m.into_iter().collect()).collect();
    }
    membership
}

/// One Louvain pass: the community of each node (renumbered 0..), and whether any node moved.
fn one_level(adjacency: &[Vec<(usize, f64)>]) -> (Vec<usize>, bool) {
    let n = adjacency.len();
    let strength: Vec<f64> = adjacency.iter().map(|a| a.iter().map(|(_, w)| w).sum()).collect();
    let total: f64 = strength.iter().sum();
    let mut community: Vec<usize> = (0..n).collect();
    let mut community_strength = strength.clone();
    let mut moved_any = false;
    if total == 0.0 {
        return (community, false);
    }
    for _ in 0..32 {
        let mut moved = false;
        for i in 0..n {
            let current = community[i];
            let mut links: BTreeMap<usize, f64> = BTreeMap::new();
            for &(j, w) in &adjacency[i] {
                if j != i {
                    *links.entry(community[j]).or_default() += w;
                }
            }
            community_strength[current] -= strength[i];
            let gain = |c: usize, link: f64| link - community_strength[c] * strength[i] / total;
            let mut best = (current, gain(current, links.get(&current).copied().unwrap_or(0.0)));
            for (&c, &link) in &links {
                let g = gain(c, link);
                if g > best.1 + 1e-12 {
                    best = (c, g);
                }
            }
            community_strength[best.0] += strength[i];
            if best.0 != current {
                community[i] = best.0;
                moved = true;
                moved_any = true;
            }
        }
        if !moved {
            break;
        }
    }
    let mut renumber: BTreeMap<usize, usize> = BTreeMap::new();
    for c in &community {
        let next = renumber.len();
        renumber.entry(*c).or_insert(next);
    }
    (community.iter().map(|c| renumber[c]).collect(), moved_any)
}

/// Renumbers groups so that 0 is the largest (ties: the one whose first node comes first).
fn renumber_by_size(groups: &[usize]) -> Vec<usize> {
    let mut size: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for (i, &g) in groups.iter().enumerate() {
        size.entry(g).or_insert((0, i)).0 += 1;
    }
    let mut order: Vec<(usize, (usize, usize))> = size.into_iter().collect();
    order.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.1.1.cmp(&b.1.1)));
    let rank: BTreeMap<usize, usize> = order.iter().enumerate().map(|(r, (g, _))| (*g, r)).collect();
    groups.iter().map(|g| rank[g]).collect()
}

/// What to keep of a graph.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Drop edges lighter than this.
    pub min_weight: u64,
    /// Drop entities mentioned fewer times.
    pub min_count: u64,
    /// Keep only these types (all when empty).
    pub types: Vec<EntityType>,
    /// Keep only the N entities of highest weighted degree.
    pub top: Option<usize>,
}

impl Filter {
    /// True when the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        self.min_weight <= 1 && self.min_count <= 1 && self.types.is_empty() && self.top.is_none()
    }

    /// The filtered graph: types and counts first, then edge weights, then the top N.
    pub fn apply(&self, kg: &KnowledgeGraph) -> KnowledgeGraph {
        let graph = kg.graph.filter_map(
            |_, n| {
                let keep =
                    n.stats.count >= self.min_count && (self.types.is_empty() || self.types.contains(&n.key.kind));
                keep.then(|| n.clone())
            },
            |_, e| (!e.cooccurs() || e.stats.weight >= self.min_weight).then(|| e.clone()),
        );
        let filtered = KnowledgeGraph { graph, documents: kg.documents, scope: kg.scope };
        match self.top {
            Some(n) => filtered.top(n, usize::MAX),
            None => filtered,
        }
    }
}

/// The node indices in order of weighted degree, highest first (ties: id order).
pub fn by_weighted_degree(kg: &KnowledgeGraph) -> Vec<NodeIndex> {
    let degrees = kg.weighted_degrees();
    let mut order: Vec<NodeIndex> = kg.graph.node_indices().collect();
    order.sort_by(|&a, &b| {
        degrees[b.index()].cmp(&degrees[a.index()]).then_with(|| kg.graph[a].id.cmp(&kg.graph[b].id))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{EdgeStats, EntityKey, EntityStats, Partial, Scope};

    /// Two triangles joined by one light edge.
    fn two_triangles() -> KnowledgeGraph {
        let mut p = Partial::default();
        let key = |n: &str| EntityKey { kind: EntityType::Place, name: n.into() };
        for n in ["a", "b", "c", "x", "y", "z", "lonely"] {
            p.entities.insert(key(n), EntityStats { count: 1, ..Default::default() });
        }
        for (a, b, w) in
            [("a", "b", 5), ("b", "c", 5), ("a", "c", 5), ("x", "y", 5), ("y", "z", 5), ("x", "z", 5), ("c", "x", 1)]
        {
            p.edges.insert((key(a), key(b)), EdgeStats { weight: w, ..Default::default() });
        }
        KnowledgeGraph::from_partial(p, Scope::Sentence, 3)
    }

    #[test]
    fn louvain_finds_the_two_triangles() {
        let kg = two_triangles();
        let m = metrics(&kg);
        let by_name = |n: &str| m[kg.graph.node_indices().find(|&i| kg.graph[i].id == n).expect("node").index()];
        assert_eq!(by_name("a").community, by_name("b").community);
        assert_eq!(by_name("a").community, by_name("c").community);
        assert_eq!(by_name("x").community, by_name("z").community);
        assert_ne!(by_name("a").community, by_name("x").community);
        assert_eq!(by_name("a").component, 0);
        assert_eq!(by_name("lonely").component, 1);
        assert_eq!((by_name("c").degree, by_name("c").weighted_degree), (3, 11));
    }

    #[test]
    fn pagerank_sums_to_one_and_favours_the_bridge() {
        let kg = two_triangles();
        let m = metrics(&kg);
        let sum: f64 = m.iter().map(|x| x.pagerank).sum();
        assert!((sum - 1.0).abs() < 1e-9, "{sum}");
        let rank = |n: &str| m[kg.graph.node_indices().find(|&i| kg.graph[i].id == n).expect("node").index()].pagerank;
        assert!(rank("c") > rank("a"));
    }

    #[test]
    fn filters_keep_types_weights_and_top() {
        let kg = two_triangles();
        let f = Filter { min_weight: 2, ..Default::default() };
        assert_eq!(f.apply(&kg).graph.edge_count(), 6);
        let f = Filter { top: Some(3), ..Default::default() };
        assert_eq!(f.apply(&kg).graph.node_count(), 3);
        let f = Filter { types: vec![EntityType::Company], ..Default::default() };
        assert_eq!(f.apply(&kg).graph.node_count(), 0);
    }
}
