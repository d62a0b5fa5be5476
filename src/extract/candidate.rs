//! Candidate names and the choice among overlapping ones: the longest name wins, then the
//! recogniser with the higher priority, then the earlier start.

use super::EntityType;
use super::gazetteer::PlaceId;
use super::view::{View, occurrences_in};

/// A possible entity in one sentence, by character offsets into the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The type the recogniser gives it.
    pub kind: EntityType,
    /// Breaks ties between candidates of the same length (higher wins).
    pub priority: u8,
    /// The gazetteer place, for places from the gazetteer.
    pub place: Option<PlaceId>,
    /// The canonical name, where the recogniser knows it (user dictionary entries).
    pub canonical: Option<String>,
}

impl Candidate {
    /// A candidate without a gazetteer place.
    pub fn new(start: usize, end: usize, kind: EntityType, priority: u8) -> Self {
        Self { start, end, kind, priority, place: None, canonical: None }
    }

    /// Length in characters.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    fn overlaps(&self, other: &Candidate) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Keeps a set of non-overlapping candidates, longest first, and returns them in text order.
pub fn select(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.retain(|c| !c.is_empty());
    candidates.sort_by(|a, b| {
        b.len().cmp(&a.len()).then(b.priority.cmp(&a.priority)).then(a.start.cmp(&b.start)).then(a.kind.cmp(&b.kind))
    });
    let mut chosen: Vec<Candidate> = Vec::new();
    for c in candidates {
        if !chosen.iter().any(|k| k.overlaps(&c)) {
            chosen.push(c);
        }
    }
    chosen.sort_by_key(|c| (c.start, c.end));
    chosen
}

/// Names of `kind` of `min_chars` characters or more that the rules found (not the model) are
/// the same entity wherever their words stand again as whole words in the document (某某周报
/// named once after 据 and again where a title's words run into it: 某某周报记者).
pub fn rule_names_again(views: &[View<'_>], chosen: &mut [Vec<Candidate>], kind: EntityType, min_chars: usize) {
    let mut names: Vec<&str> = Vec::new();
    for (view, candidates) in views.iter().zip(chosen.iter()) {
        for c in candidates.iter().filter(|c| c.kind == kind && c.priority > super::PRIORITY_MODEL) {
            if c.len() >= min_chars {
                names.push(view.slice(c.start, c.end));
            }
        }
    }
    let priority = match kind {
        EntityType::Project => super::PRIORITY_PROJECT,
        _ => super::PRIORITY_ORGANIZATION,
    };
    find_again(views, chosen, names, kind, priority, &|_, _| false);
}

/// Marks `names` as entities of `kind` wherever their words stand again as whole words,
/// also where another recogniser read shorter words inside them (林 福川/ns → 林福川); a
/// candidate over the same words (青岛 the city) or reaching beyond them stands, and so do
/// places `skip` leaves out (a name opening a work's title).
pub fn find_again(
    views: &[View<'_>],
    chosen: &mut [Vec<Candidate>],
    names: Vec<&str>,
    kind: EntityType,
    priority: u8,
    skip: &dyn Fn(&View<'_>, usize) -> bool,
) {
    for (sentence, start, end) in occurrences_in(views, names) {
        let view = &views[sentence];
        if !skip(view, start) {
            place_over(view, &mut chosen[sentence], Candidate::new(start, end, kind, priority), false);
        }
    }
}

/// Puts `new` among a sentence's `candidates` (kept in text order) over the shorter ones inside
/// it, where it spans whole words and no candidate reaches beyond its edges; one over the same
/// words stands unless `over_same` (then `new` takes its place).
pub fn place_over(view: &View<'_>, candidates: &mut Vec<Candidate>, new: Candidate, over_same: bool) {
    let (start, end) = (new.start, new.end);
    let inside = |c: &Candidate| start <= c.start && c.end <= end && (over_same || c.len() < end - start);
    let held = candidates.iter().any(|c| c.start < end && start < c.end && !inside(c));
    if held || !(view.is_boundary(start) && view.is_boundary(end)) {
        return;
    }
    candidates.retain(|c| !inside(c));
    let at = candidates.partition_point(|c| c.start < start);
    candidates.insert(at, new);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_wins_then_priority() {
        let chosen = select(vec![
            Candidate::new(0, 3, EntityType::Place, 5),
            Candidate::new(0, 7, EntityType::Organization, 1),
            Candidate::new(8, 10, EntityType::Person, 1),
            Candidate::new(8, 10, EntityType::Place, 2),
        ]);
        assert_eq!(
            chosen,
            [Candidate::new(0, 7, EntityType::Organization, 1), Candidate::new(8, 10, EntityType::Place, 2)]
        );
    }
}
