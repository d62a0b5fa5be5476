//! Linking: turns each document's mentions into entity counts and co-occurrence edges (a
//! [`Partial`] that merges with any other in any order), then into the final graph with one
//! node per entity.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use petgraph::graph::{NodeIndex, UnGraph};
use serde::{Deserialize, Serialize};

use crate::extract::{EntityType, Extraction, PlaceInfo};

/// The unit inside which two entities are linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// The same sentence (the default).
    Sentence,
    /// The same paragraph (line).
    Paragraph,
    /// The same document.
    Document,
    /// The same window of this many consecutive sentences; the weight counts the windows.
    Window(usize),
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sentence => f.write_str("sentence"),
            Self::Paragraph => f.write_str("paragraph"),
            Self::Document => f.write_str("document"),
            Self::Window(n) => write!(f, "window:{n}"),
        }
    }
}

/// An entity, identified by its type and canonical name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityKey {
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The canonical name.
    pub name: String,
}

/// What is known of an entity across the documents merged so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityStats {
    /// The other surface forms it was written as.
    pub aliases: BTreeSet<String>,
    /// How many mentions.
    pub count: u64,
    /// The documents that mention it.
    pub documents: BTreeSet<String>,
    /// For places: level, code and parent (the smallest by order when documents disagree).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub place: Option<PlaceInfo>,
}

impl EntityStats {
    /// Adds what `other` knows of the same entity; the place info kept is the smallest, so
    /// the result does not depend on the order of absorbing.
    pub fn absorb(&mut self, other: EntityStats) {
        self.count += other.count;
        self.aliases.extend(other.aliases);
        self.documents.extend(other.documents);
        if other.place.is_some() && (self.place.is_none() || other.place < self.place) {
            self.place = other.place;
        }
    }
}

/// One span of text that produced an edge. The document and the text are shared by the edges
/// one unit makes (a sentence naming five entities gives ten edges and one text).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The document.
    pub doc: Arc<str>,
    /// Character offset of the unit (sentence, paragraph ...) in the document.
    pub start: usize,
    /// Character offset one past its end.
    pub end: usize,
    /// The unit's text (cut at [`EVIDENCE_TEXT_CHARS`] characters).
    pub text: Arc<str>,
}

/// The longest evidence text kept, in characters.
pub const EVIDENCE_TEXT_CHARS: usize = 200;

/// What is known of an edge across the documents merged so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EdgeStats {
    /// How many units the two entities share.
    pub weight: u64,
    /// The documents where they do.
    pub documents: BTreeSet<String>,
    /// The first spans (by document and offset) that produced the edge, at most the cap.
    pub evidence: Vec<Evidence>,
}

impl EdgeStats {
    /// Adds what `other` knows of the same edge, keeping the first `evidence_cap` spans by
    /// (document, offset).
    pub fn absorb(&mut self, other: EdgeStats, evidence_cap: usize) {
        self.weight += other.weight;
        self.documents.extend(other.documents);
        self.evidence.extend(other.evidence);
        self.evidence.sort();
        self.evidence.dedup();
        self.evidence.truncate(evidence_cap);
    }
}

/// Entities and edges of some documents: the result of one document, or of many merged.
/// Merging is commutative and associative, so documents may be processed in any order, on
/// any number of threads or machines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partial {
    /// How many documents went into it.
    pub documents: u64,
    /// The entities.
    #[serde(with = "entity_list")]
    pub entities: BTreeMap<EntityKey, EntityStats>,
    /// The edges, each pair ordered (smaller key first).
    #[serde(with = "edge_list")]
    pub edges: BTreeMap<(EntityKey, EntityKey), EdgeStats>,
}

impl Partial {
    /// The entities and edges of one document.
    pub fn from_document(doc: &str, text: &str, extraction: &Extraction, scope: Scope, evidence_cap: usize) -> Self {
        let mut partial = Partial { documents: 1, ..Partial::default() };
        for m in &extraction.mentions {
            let stats = partial.entities.entry(EntityKey { kind: m.kind, name: m.name.clone() }).or_default();
            stats.count += 1;
            if m.text != m.name {
                stats.aliases.insert(m.text.clone());
            }
            if stats.documents.is_empty() {
                stats.documents.insert(doc.to_owned());
            }
            if m.place.is_some() && (stats.place.is_none() || m.place < stats.place) {
                stats.place.clone_from(&m.place);
            }
        }
        let doc_id: Arc<str> = Arc::from(doc);
        for (span, keys) in units(extraction, scope) {
            let keys: Vec<&EntityKey> = keys.iter().collect();
            // One unit's evidence is shared by all the edges it makes.
            let mut shared: Option<Evidence> = None;
            for (i, a) in keys.iter().enumerate() {
                for b in &keys[i + 1..] {
                    let edge = partial.edges.entry(((*a).clone(), (*b).clone())).or_default();
                    edge.weight += 1;
                    if edge.documents.is_empty() {
                        edge.documents.insert(doc.to_owned());
                    }
                    if edge.evidence.len() < evidence_cap {
                        edge.evidence.push(shared.get_or_insert_with(|| evidence(&doc_id, text, span)).clone());
                    }
                }
            }
        }
        partial
    }

    /// Adds `other` into `self`. Evidence keeps the first spans by (document, offset), so the
    /// result does not depend on the order of merging.
    pub fn merge(&mut self, mut other: Partial, evidence_cap: usize) {
        // Merging is commutative: the smaller result goes into the larger one.
        if other.edges.len() + other.entities.len() > self.edges.len() + self.entities.len() {
            std::mem::swap(self, &mut other);
        }
        self.documents += other.documents;
        for (key, stats) in other.entities {
            self.entities.entry(key).or_default().absorb(stats);
        }
        for (key, stats) in other.edges {
            let mine = self.edges.entry(key).or_default();
            mine.absorb(stats, evidence_cap);
        }
    }
}

/// The units of a document with the entities in each: (char span, entity keys).
fn units(extraction: &Extraction, scope: Scope) -> Vec<((usize, usize), BTreeSet<EntityKey>)> {
    let sentences = &extraction.sentences;
    let unit_of_sentence: Vec<usize> = match scope {
        Scope::Sentence | Scope::Window(_) => (0..sentences.len()).collect(),
        Scope::Paragraph => sentences.iter().map(|s| s.paragraph).collect(),
        Scope::Document => vec![0; sentences.len()],
    };
    let mut by_unit: BTreeMap<usize, ((usize, usize), BTreeSet<EntityKey>)> = BTreeMap::new();
    for s in sentences {
        let unit = by_unit.entry(unit_of_sentence[s.index]).or_insert(((s.start, s.end), BTreeSet::new()));
        unit.0 = (unit.0.0.min(s.start), unit.0.1.max(s.end));
    }
    for m in &extraction.mentions {
        if let Some(unit) = by_unit.get_mut(&unit_of_sentence[m.sentence]) {
            unit.1.insert(EntityKey { kind: m.kind, name: m.name.clone() });
        }
    }
    match scope {
        Scope::Window(n) if n > 1 => {
            let per_sentence: Vec<_> = by_unit.into_values().collect();
            (0..per_sentence.len())
                .map(|i| {
                    let last = (i + n).min(per_sentence.len()) - 1;
                    let keys = per_sentence[i..=last].iter().flat_map(|u| u.1.iter().cloned()).collect();
                    ((per_sentence[i].0.0, per_sentence[last].0.1), keys)
                })
                .collect()
        }
        _ => by_unit.into_values().collect(),
    }
}

fn evidence(doc: &Arc<str>, text: &str, (start, end): (usize, usize)) -> Evidence {
    let body: String = text.chars().skip(start).take((end - start).min(EVIDENCE_TEXT_CHARS)).collect();
    Evidence { doc: Arc::clone(doc), start, end, text: body.into() }
}

/// Serialises the entity map as a list (JSON keys must be strings).
mod entity_list {
    use super::*;
    use serde::{Deserializer, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Row {
        #[serde(flatten)]
        key: EntityKey,
        #[serde(flatten)]
        stats: EntityStats,
    }

    pub fn serialize<S: Serializer>(map: &BTreeMap<EntityKey, EntityStats>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter().map(|(k, v)| Row { key: k.clone(), stats: v.clone() }))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<EntityKey, EntityStats>, D::Error> {
        Ok(Vec::<Row>::deserialize(d)?.into_iter().map(|r| (r.key, r.stats)).collect())
    }
}

/// Serialises the edge map as a list.
mod edge_list {
    use super::*;
    use serde::{Deserializer, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Row {
        a: EntityKey,
        b: EntityKey,
        #[serde(flatten)]
        stats: EdgeStats,
    }

    pub fn serialize<S: Serializer>(
        map: &BTreeMap<(EntityKey, EntityKey), EdgeStats>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter().map(|((a, b), v)| Row { a: a.clone(), b: b.clone(), stats: v.clone() }))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<(EntityKey, EntityKey), EdgeStats>, D::Error> {
        Ok(Vec::<Row>::deserialize(d)?.into_iter().map(|r| ((r.a, r.b), r.stats)).collect())
    }
}

/// A node of the final graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The node's id in outputs: its label, or `label (type)` where two types share a label.
    pub id: String,
    /// Type and canonical name.
    pub key: EntityKey,
    /// What is known of it.
    pub stats: EntityStats,
}

/// What an edge of the final graph says of its two entities.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    /// They appear together in the same unit (sentence, paragraph ...): the weighted edges.
    #[default]
    Cooccurs,
    /// The first place lies in the second (town → district → city → province); weight 0.
    LocatedIn,
}

impl Relation {
    /// The name used in outputs: `cooccurs` or `located_in`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cooccurs => "cooccurs",
            Self::LocatedIn => "located_in",
        }
    }

    /// Reads a name written by [`Relation::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "cooccurs" => Some(Self::Cooccurs),
            "located_in" => Some(Self::LocatedIn),
            _ => None,
        }
    }
}

/// An edge of the final graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// What the edge says.
    pub relation: Relation,
    /// What is known of it (for `located_in`: weight 0, no documents, no evidence).
    pub stats: EdgeStats,
}

impl Edge {
    /// True for a co-occurrence edge.
    pub fn cooccurs(&self) -> bool {
        self.relation == Relation::Cooccurs
    }
}

/// The knowledge graph: entities as nodes, co-occurrences as weighted edges.
#[derive(Debug, Clone)]
pub struct KnowledgeGraph {
    /// The graph (node and edge order follow entity and pair order: deterministic).
    pub graph: UnGraph<Node, Edge>,
    /// How many documents were read.
    pub documents: u64,
    /// The unit of co-occurrence.
    pub scope: Scope,
}

impl KnowledgeGraph {
    /// Builds the graph from merged results. Entities whose canonical name another entity of
    /// the same type uses as an alias, and only one, are joined to it first (吴兴 in one
    /// document, 吴兴区 / 吴兴 in another).
    pub fn from_partial(partial: Partial, scope: Scope, evidence_cap: usize) -> Self {
        let Partial { documents, entities, edges } = partial;
        let target = alias_targets(&entities);
        let resolve = |k: &EntityKey| target.get(k).cloned().unwrap_or_else(|| k.clone());
        let mut merged: BTreeMap<EntityKey, EntityStats> = BTreeMap::new();
        for (key, stats) in entities {
            let to = resolve(&key);
            let mine = merged.entry(to.clone()).or_default();
            if key != to {
                mine.aliases.insert(key.name.clone());
            }
            mine.absorb(stats);
        }
        for (key, stats) in merged.iter_mut() {
            stats.aliases.remove(&key.name);
        }
        let mut merged_edges: BTreeMap<(EntityKey, EntityKey), EdgeStats> = BTreeMap::new();
        for ((a, b), stats) in edges {
            let (a, b) = (resolve(&a), resolve(&b));
            if a == b {
                continue;
            }
            let pair = if a < b { (a, b) } else { (b, a) };
            let mine = merged_edges.entry(pair).or_default();
            mine.absorb(stats, evidence_cap);
        }
        let mut label_types: BTreeMap<&str, usize> = BTreeMap::new();
        for key in merged.keys() {
            *label_types.entry(key.name.as_str()).or_default() += 1;
        }
        let ids: Vec<String> = merged
            .keys()
            .map(|k| if label_types[k.name.as_str()] > 1 { format!("{} ({})", k.name, k.kind) } else { k.name.clone() })
            .collect();
        let mut graph = UnGraph::with_capacity(merged.len(), merged_edges.len());
        let mut index: BTreeMap<EntityKey, NodeIndex> = BTreeMap::new();
        for ((key, stats), id) in merged.into_iter().zip(ids) {
            let i = graph.add_node(Node { id, key: key.clone(), stats });
            index.insert(key, i);
        }
        for ((a, b), stats) in merged_edges {
            graph.add_edge(index[&a], index[&b], Edge { relation: Relation::Cooccurs, stats });
        }
        Self { graph, documents, scope }
    }
}

impl KnowledgeGraph {
    /// Adds a `located_in` edge from each place whose division code is known to the nearest
    /// division above it that is also a node (town → district → city → province; a level
    /// that no document names is skipped, no node is invented). Returns how many were added.
    pub fn add_hierarchy(&mut self) -> usize {
        let g = &mut self.graph;
        let mut by_code: BTreeMap<String, NodeIndex> = BTreeMap::new();
        for i in g.node_indices() {
            if let Some(code) = g[i].stats.place.as_ref().and_then(|p| p.code.clone()) {
                by_code.entry(code).or_insert(i);
            }
        }
        let mut links = Vec::new();
        for (code, &child) in &by_code {
            let parent = ancestor_codes(code).find_map(|c| by_code.get(c));
            if let Some(&parent) = parent {
                links.push((child, parent));
            }
        }
        links.sort();
        for &(child, parent) in &links {
            g.add_edge(child, parent, Edge { relation: Relation::LocatedIn, stats: EdgeStats::default() });
        }
        links.len()
    }

    /// The same nodes (same indices) with the co-occurrence edges only.
    pub fn cooccurrences(&self) -> KnowledgeGraph {
        let graph = self.graph.filter_map(|_, n| Some(n.clone()), |_, e| e.cooccurs().then(|| e.clone()));
        KnowledgeGraph { graph, documents: self.documents, scope: self.scope }
    }

    /// True when some edge is not a co-occurrence (the graph then has parallel edges).
    pub fn has_hierarchy(&self) -> bool {
        self.graph.edge_weights().any(|e| !e.cooccurs())
    }

    /// The weighted degree of each node: the sum of its edges' weights.
    pub fn weighted_degrees(&self) -> Vec<u64> {
        let g = &self.graph;
        g.node_indices().map(|i| g.edges(i).map(|e| e.weight().stats.weight).sum()).collect()
    }

    /// The subgraph of the `n` nodes of highest weighted degree (ties: the smaller id) and
    /// the heaviest edges among them (about `max_edges`), node order kept.
    pub fn top(&self, n: usize, max_edges: usize) -> KnowledgeGraph {
        let degrees = self.weighted_degrees();
        let mut order: Vec<NodeIndex> = self.graph.node_indices().collect();
        order.sort_by(|&a, &b| {
            degrees[b.index()].cmp(&degrees[a.index()]).then_with(|| self.graph[a].id.cmp(&self.graph[b].id))
        });
        let keep: std::collections::HashSet<NodeIndex> = order.into_iter().take(n).collect();
        let mut weights: Vec<u64> = self
            .graph
            .edge_indices()
            .filter(|&e| self.graph[e].cooccurs())
            .filter(|&e| self.graph.edge_endpoints(e).is_some_and(|(a, b)| keep.contains(&a) && keep.contains(&b)))
            .map(|e| self.graph[e].stats.weight)
            .collect();
        weights.sort_unstable_by(|a, b| b.cmp(a));
        // The lightest weight kept; edges of that weight are kept whole, so ties do not
        // depend on order.
        let min_weight = weights.get(max_edges.saturating_sub(1)).copied().unwrap_or(0);
        let graph = self.graph.filter_map(
            |i, node| keep.contains(&i).then(|| node.clone()),
            |_, edge| (!edge.cooccurs() || edge.stats.weight >= min_weight.max(1)).then(|| edge.clone()),
        );
        KnowledgeGraph { graph, documents: self.documents, scope: self.scope }
    }
}

/// The codes of the divisions above a division code, nearest first: a town's (9 or 12
/// digits) county (6), then city (4), then province (2).
fn ancestor_codes(code: &str) -> impl Iterator<Item = &str> {
    [6, 4, 2].into_iter().filter(move |&n| n < code.len()).filter_map(move |n| code.get(..n))
}

/// For each entity whose name is an alias of exactly one other entity of its type, that entity.
fn alias_targets(entities: &BTreeMap<EntityKey, EntityStats>) -> BTreeMap<EntityKey, EntityKey> {
    let mut owners: BTreeMap<(EntityType, &str), Vec<&EntityKey>> = BTreeMap::new();
    for (key, stats) in entities {
        for alias in &stats.aliases {
            owners.entry((key.kind, alias.as_str())).or_default().push(key);
        }
    }
    let mut out = BTreeMap::new();
    for key in entities.keys() {
        if let Some([owner]) = owners.get(&(key.kind, key.name.as_str())).map(Vec::as_slice) {
            // Only join to an entity that is not itself joined elsewhere.
            if *owner != key && !owners.contains_key(&(owner.kind, owner.name.as_str())) {
                out.insert(key.clone(), (*owner).clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Extraction, Mention};
    use crate::text::sentences;

    fn mention(text: &str, doc: &str, kind: EntityType, sentence: usize) -> Mention {
        let start = doc.find(text).map(|b| doc[..b].chars().count()).expect("in doc");
        Mention {
            start,
            end: start + text.chars().count(),
            text: text.into(),
            kind,
            name: text.into(),
            sentence,
            place: None,
        }
    }

    fn doc() -> (&'static str, Extraction) {
        let text = "甲公司在乙镇。甲公司和丙局\n乙镇有丁项目";
        let mentions = vec![
            mention("甲公司", text, EntityType::Company, 0),
            mention("乙镇", text, EntityType::Place, 0),
            mention("丙局", text, EntityType::Organization, 1),
            mention("丁项目", text, EntityType::Project, 2),
        ];
        let mut mentions = mentions;
        // The second 甲公司 of sentence 1.
        mentions.insert(2, Mention { start: 7, end: 10, sentence: 1, ..mentions[0].clone() });
        (text, Extraction { sentences: sentences(text, 100), mentions })
    }

    fn pairs(p: &Partial) -> Vec<(String, String, u64)> {
        p.edges.iter().map(|((a, b), s)| (a.name.clone(), b.name.clone(), s.weight)).collect()
    }

    #[test]
    fn sentence_scope_links_within_sentences() {
        let (text, e) = doc();
        let p = Partial::from_document("d", text, &e, Scope::Sentence, 3);
        assert_eq!(pairs(&p), [("甲公司".into(), "乙镇".into(), 1), ("甲公司".into(), "丙局".into(), 1)]);
        let ev = &p.edges.values().next().expect("edge").evidence[0];
        assert_eq!((ev.start, ev.end, &*ev.text), (0, 6, "甲公司在乙镇"));
    }

    #[test]
    fn paragraph_and_document_scopes_widen_the_unit() {
        let (text, e) = doc();
        let p = Partial::from_document("d", text, &e, Scope::Paragraph, 3);
        assert_eq!(pairs(&p).len(), 3);
        let p = Partial::from_document("d", text, &e, Scope::Document, 3);
        assert_eq!(pairs(&p).len(), 6);
        // The six edges of the one unit share its text rather than hold six copies.
        let first = &p.edges.values().next().expect("edge").evidence[0];
        assert!(p.edges.values().all(|s| Arc::ptr_eq(&s.evidence[0].text, &first.text)));
        assert!(p.edges.values().all(|s| Arc::ptr_eq(&s.evidence[0].doc, &first.doc)));
    }

    #[test]
    fn merge_is_order_free() {
        let (text, e) = doc();
        let a = Partial::from_document("a", text, &e, Scope::Sentence, 1);
        let b = Partial::from_document("b", text, &e, Scope::Sentence, 1);
        let (mut ab, mut ba) = (a.clone(), b.clone());
        ab.merge(b, 1);
        ba.merge(a, 1);
        assert_eq!(ab, ba);
        assert_eq!(ab.edges.values().next().expect("edge").weight, 2);
        assert_eq!(ab.edges.values().next().expect("edge").evidence[0].doc, "a".into());
    }

    #[test]
    fn aliases_join_entities_across_documents() {
        let mut p = Partial::default();
        let key = |n: &str| EntityKey { kind: EntityType::Place, name: n.into() };
        p.entities
            .insert(key("吴兴区"), EntityStats { aliases: ["吴兴".into()].into(), count: 2, ..Default::default() });
        p.entities.insert(key("吴兴"), EntityStats { count: 1, ..Default::default() });
        let kg = KnowledgeGraph::from_partial(p, Scope::Sentence, 3);
        assert_eq!(kg.graph.node_count(), 1);
        assert_eq!(kg.graph.node_weights().next().map(|n| n.stats.count), Some(3));
    }

    #[test]
    fn hierarchy_links_each_place_to_the_nearest_named_division_above_it() {
        use crate::extract::gazetteer::PlaceLevel;
        let mut p = Partial::default();
        let mut place = |name: &str, level: PlaceLevel, code: &str| {
            let info = PlaceInfo { level, code: Some(code.into()), parent: None };
            let key = EntityKey { kind: EntityType::Place, name: name.into() };
            p.entities.insert(key, EntityStats { count: 1, place: Some(info), ..Default::default() });
        };
        place("浙江省", PlaceLevel::Province, "33");
        place("吴兴区", PlaceLevel::District, "330502");
        place("织里镇", PlaceLevel::Town, "330502100");
        place("杭州市", PlaceLevel::City, "3301");
        place("江苏省", PlaceLevel::Province, "32");
        let mut kg = KnowledgeGraph::from_partial(p, Scope::Sentence, 3);
        assert!(!kg.has_hierarchy());
        assert_eq!(kg.add_hierarchy(), 3);
        let g = &kg.graph;
        let mut links: Vec<(&str, &str)> = g
            .edge_indices()
            .filter(|&e| g[e].relation == Relation::LocatedIn)
            .filter_map(|e| g.edge_endpoints(e).map(|(a, b)| (g[a].id.as_str(), g[b].id.as_str())))
            .collect();
        links.sort();
        // 湖州市 (3305) is not a node: 吴兴区 links to the province; no node is invented.
        assert_eq!(links, [("吴兴区", "浙江省"), ("杭州市", "浙江省"), ("织里镇", "吴兴区")]);
        assert_eq!(g.node_count(), 5);
        assert!(kg.has_hierarchy());
        assert_eq!(kg.cooccurrences().graph.edge_count(), 0);
    }
}
