//! A learned sequence labeller beside the rules: an averaged structured perceptron over the
//! characters of a sentence, their neighbours and the jieba word and tag each stands in,
//! decoded with Viterbi into BIO spans of companies, organizations and persons.
//!
//! The weights are data (`data/model/ner.bin`), trained by `examples/train_model.rs` on
//! CLUENER2020's training split; see `data/README.md`. The same feature code serves training
//! and recognition, so the two cannot drift apart.

use std::hash::{BuildHasher, Hasher};

use rustc_hash::{FxBuildHasher, FxHashMap};

use super::EntityType;
use super::view::View;

/// The labels, in weight order: outside, then begin and inside of each type.
pub const LABELS: [Label; 7] = [
    Label::Outside,
    Label::Begin(EntityType::Company),
    Label::Inside(EntityType::Company),
    Label::Begin(EntityType::Organization),
    Label::Inside(EntityType::Organization),
    Label::Begin(EntityType::Person),
    Label::Inside(EntityType::Person),
];
/// How many labels.
pub const N: usize = LABELS.len();

/// One character's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// No entity.
    Outside,
    /// The first character of an entity.
    Begin(EntityType),
    /// A later character of an entity.
    Inside(EntityType),
}

impl Label {
    /// The label's index in [`LABELS`] (types the model does not know are outside).
    pub fn index(self) -> usize {
        LABELS.iter().position(|l| *l == self).unwrap_or(0)
    }

    /// True when this label may follow `previous` (inside only continues its own type).
    fn may_follow(self, previous: Label) -> bool {
        match self {
            Label::Inside(t) => matches!(previous, Label::Begin(p) | Label::Inside(p) if p == t),
            _ => true,
        }
    }
}

/// A labelled span: character offsets in the sentence and a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The type.
    pub kind: EntityType,
}

/// How many features each character has.
pub const FEATURES: usize = 15;

/// The feature hashes of every character of a sentence (none when jieba gave no tokens).
pub fn features(view: &View<'_>) -> Vec<[u64; FEATURES]> {
    let chars: Vec<char> = view.text.chars().map(fold).collect();
    features_of(view, &chars, 0, chars.len())
}

/// The feature hashes of the characters `from..to` of a sentence whose folded characters are
/// `chars`, in the context of the whole sentence.
fn features_of(view: &View<'_>, chars: &[char], from: usize, to: usize) -> Vec<[u64; FEATURES]> {
    if view.tokens.is_empty() || from >= to {
        return Vec::new();
    }
    let n = chars.len();
    let to = to.min(n);
    let at = |i: isize| -> char { if i < 0 { '\u{2}' } else { chars.get(i as usize).copied().unwrap_or('\u{3}') } };
    let mut out = Vec::with_capacity(to.saturating_sub(from));
    for i in from..to {
        let p = i as isize;
        let (c0, l1, r1, l2, r2) = (at(p), at(p - 1), at(p + 1), at(p - 2), at(p + 2));
        let token_index = view.token_at(i);
        let token = &view.tokens[token_index];
        let position = match (token.start == i, token.end == i + 1) {
            (true, true) => 'S',
            (true, false) => 'B',
            (false, true) => 'E',
            (false, false) => 'M',
        };
        let previous_tag = if token_index > 0 { view.tokens[token_index - 1].tag } else { "^" };
        let next_tag = view.tokens.get(token_index + 1).map_or("$", |t| t.tag);
        let word = if token.len() <= 4 { token.word } else { "" };
        out.push([
            hash(0, &[], ""),
            hash(1, &[c0], ""),
            hash(2, &[l1], ""),
            hash(3, &[r1], ""),
            hash(4, &[l2], ""),
            hash(5, &[r2], ""),
            hash(6, &[l1, c0], ""),
            hash(7, &[c0, r1], ""),
            hash(8, &[l2, l1, c0], ""),
            hash(9, &[c0, r1, r2], ""),
            hash(10, &[position], token.tag),
            hash(11, &[position], word),
            hash(12, &[position, c0], ""),
            hash(13, &[position], previous_tag),
            hash(14, &[position], next_tag),
        ]);
    }
    out
}

/// Digits and Latin letters are alike to the model (2023 → 0000, CSOL → aaaa).
fn fold(c: char) -> char {
    if c.is_ascii_digit() {
        '0'
    } else if c.is_ascii_alphabetic() {
        'a'
    } else {
        c
    }
}

/// The hash of one feature: its template, characters and text.
fn hash(template: u8, chars: &[char], text: &str) -> u64 {
    let mut h = FxBuildHasher.build_hasher();
    h.write_u8(template);
    for &c in chars {
        h.write_u32(c as u32);
    }
    h.write(text.as_bytes());
    h.finish()
}

/// The shipped model: per feature a quantized score per label, stored with its key (one
/// memory access per feature), and label-to-label transition scores.
#[derive(Debug, Clone, Default)]
pub struct Model {
    weights: FxHashMap<u64, [i16; N]>,
    /// Turns the quantized weights back into scores.
    scale: f32,
    transitions: [[f32; N]; N],
}

/// The file's first bytes.
const MAGIC: &[u8; 4] = b"KGM1";

impl Model {
    /// The model shipped in `data/model/ner.bin`.
    pub fn shipped() -> Self {
        Self::from_bytes(include_bytes!("../../data/model/ner.bin")).unwrap_or_default()
    }

    /// True when the model holds no weights (then it finds nothing).
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Reads a model written by [`Trained::to_bytes`]; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let mut r = Reader(bytes);
        if r.take(4)? != MAGIC || r.u8()? as usize != N {
            return None;
        }
        let mut model = Model { scale: r.f32()?, ..Model::default() };
        for row in model.transitions.iter_mut() {
            for w in row.iter_mut() {
                *w = r.f32()?;
            }
        }
        let count = r.u32()? as usize;
        model.weights.reserve(count);
        for _ in 0..count {
            let key = r.u64()?;
            let mut w = [0i16; N];
            for x in w.iter_mut() {
                *x = r.i16()?;
            }
            model.weights.insert(key, w);
        }
        Some(model)
    }

    /// The best labels of a sentence, given its features.
    pub fn decode(&self, features: &[[u64; FEATURES]]) -> Vec<Label> {
        if self.is_empty() {
            return vec![Label::Outside; features.len()];
        }
        let emissions: Vec<[f32; N]> = features
            .iter()
            .map(|f| {
                let mut sum = [0i32; N];
                for w in f.iter().filter_map(|key| self.weights.get(key)) {
                    for (x, w) in sum.iter_mut().zip(w) {
                        *x += i32::from(*w);
                    }
                }
                sum.map(|x| x as f32 / self.scale)
            })
            .collect();
        viterbi(&emissions, &self.transitions)
    }

    /// The spans the model finds in a sentence.
    pub fn spans(&self, view: &View<'_>) -> Vec<Span> {
        self.spans_in(view, &[(0, view.len())])
    }

    /// The spans the model finds in windows (`from..to` character ranges) of a sentence, each
    /// read in the sentence's context; a span cut by a window's edge (not the sentence's) is
    /// left out.
    pub fn spans_in(&self, view: &View<'_>, windows: &[(usize, usize)]) -> Vec<Span> {
        if self.is_empty() || view.tokens.is_empty() {
            return Vec::new();
        }
        let chars: Vec<char> = view.text.chars().map(fold).collect();
        let mut out = Vec::new();
        for &(from, to) in windows {
            let labels = self.decode(&features_of(view, &chars, from, to));
            let end = from + labels.len();
            out.extend(
                spans_of(&labels)
                    .into_iter()
                    .map(|s| Span { start: s.start + from, end: s.end + from, kind: s.kind })
                    .filter(|s| (s.start > from || from == 0) && (s.end < end || end == view.len())),
            );
        }
        out
    }
}

/// The best label sequence for per-character label scores and transition scores (an inside
/// label only continues its own type).
fn viterbi(emissions: &[[f32; N]], transitions: &[[f32; N]; N]) -> Vec<Label> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    // A transition that may not be taken scores minus infinity, so the loop below needs no
    // test: it never beats the first allowed one, as skipping it would not.
    let mut allowed = *transitions;
    for (p, previous) in LABELS.iter().enumerate() {
        for (y, label) in LABELS.iter().enumerate() {
            if !label.may_follow(*previous) {
                allowed[p][y] = f32::NEG_INFINITY;
            }
        }
    }
    let mut score = vec![[f32::NEG_INFINITY; N]; n];
    let mut back = vec![[0u8; N]; n];
    for (y, label) in LABELS.iter().enumerate() {
        if !matches!(label, Label::Inside(_)) {
            score[0][y] = emissions[0][y];
        }
    }
    for i in 1..n {
        let previous = score[i - 1];
        for y in 0..N {
            let mut best = (f32::NEG_INFINITY, 0u8);
            for (p, row) in allowed.iter().enumerate() {
                let s = previous[p] + row[y];
                if s > best.0 {
                    best = (s, p as u8);
                }
            }
            score[i][y] = best.0 + emissions[i][y];
            back[i][y] = best.1;
        }
    }
    let mut y = (0..N).max_by(|&a, &b| score[n - 1][a].total_cmp(&score[n - 1][b])).unwrap_or(0);
    let mut labels = vec![Label::Outside; n];
    for i in (0..n).rev() {
        labels[i] = LABELS[y];
        y = back[i][y] as usize;
    }
    labels
}

/// Weights as training keeps them: each feature's row of full-precision scores.
#[derive(Debug, Clone, Default)]
pub struct Trained {
    index: FxHashMap<u64, u32>,
    weights: Vec<[f32; N]>,
    transitions: [[f32; N]; N],
}

impl Trained {
    /// The best labels of a sentence, given its features (all outside before any weight).
    pub fn decode(&self, features: &[[u64; FEATURES]]) -> Vec<Label> {
        if self.weights.is_empty() {
            return vec![Label::Outside; features.len()];
        }
        let emissions: Vec<[f32; N]> = features
            .iter()
            .map(|f| {
                let mut e = [0f32; N];
                for &i in f.iter().filter_map(|key| self.index.get(key)) {
                    for (x, w) in e.iter_mut().zip(&self.weights[i as usize]) {
                        *x += w;
                    }
                }
                e
            })
            .collect();
        viterbi(&emissions, &self.transitions)
    }

    /// The model as bytes for [`Model::from_bytes`]: weights quantized to 16 bits, features
    /// whose largest weight is below `min_weight` left out, keys sorted so that the same
    /// weights give the same bytes.
    pub fn to_bytes(&self, min_weight: f32) -> Vec<u8> {
        let max = self.weights.iter().flatten().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
        let scale = i16::MAX as f32 / max;
        let mut keys: Vec<(u64, u32)> = self
            .index
            .iter()
            .filter(|(_, i)| self.weights[**i as usize].iter().any(|w| w.abs() >= min_weight))
            .map(|(k, i)| (*k, *i))
            .collect();
        keys.sort_unstable();
        let mut out = Vec::with_capacity(16 + keys.len() * (8 + 2 * N));
        out.extend_from_slice(MAGIC);
        out.push(N as u8);
        out.extend_from_slice(&scale.to_le_bytes());
        for w in self.transitions.iter().flatten() {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for (key, i) in keys {
            out.extend_from_slice(&key.to_le_bytes());
            for w in self.weights[i as usize] {
                out.extend_from_slice(&((w * scale).round() as i16).to_le_bytes());
            }
        }
        out
    }
}

/// The spans a label sequence spells.
pub fn spans_of(labels: &[Label]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, label) in labels.iter().enumerate() {
        match *label {
            Label::Inside(t) if open.is_some_and(|(_, o)| o == t) => {}
            other => {
                if let Some((start, kind)) = open.take() {
                    out.push(Span { start, end: i, kind });
                }
                if let Label::Begin(t) = other {
                    open = Some((i, t));
                }
            }
        }
    }
    if let Some((start, kind)) = open {
        out.push(Span { start, end: labels.len(), kind });
    }
    out
}

/// Trains a model: the averaged structured perceptron.
#[derive(Debug, Default)]
pub struct Trainer {
    model: Trained,
    /// Sums for averaging: each update weighted by the step it was made at.
    totals: Vec<[f32; N]>,
    transition_totals: [[f32; N]; N],
    step: f32,
}

impl Trainer {
    /// Learns from one sentence's features and gold labels; true when it was already right.
    pub fn learn(&mut self, features: &[[u64; FEATURES]], gold: &[Label]) -> bool {
        self.step += 1.0;
        let predicted = self.model.decode(features);
        if predicted == gold {
            return true;
        }
        let step = self.step;
        for (i, f) in features.iter().enumerate() {
            let (g, p) = (gold[i].index(), predicted[i].index());
            if g != p {
                for &key in f {
                    self.update(key, g, 1.0, step);
                    self.update(key, p, -1.0, step);
                }
            }
            if i > 0 {
                let (gp, pp) = (gold[i - 1].index(), predicted[i - 1].index());
                if (gp, g) != (pp, p) {
                    self.model.transitions[gp][g] += 1.0;
                    self.transition_totals[gp][g] += step;
                    self.model.transitions[pp][p] -= 1.0;
                    self.transition_totals[pp][p] -= step;
                }
            }
        }
        false
    }

    fn update(&mut self, key: u64, label: usize, delta: f32, step: f32) {
        let next = self.model.weights.len() as u32;
        let i = *self.model.index.entry(key).or_insert(next) as usize;
        if i == self.model.weights.len() {
            self.model.weights.push([0.0; N]);
            self.totals.push([0.0; N]);
        }
        self.model.weights[i][label] += delta;
        self.totals[i][label] += delta * step;
    }

    /// The averaged weights.
    pub fn finish(self) -> Trained {
        let Trainer { mut model, totals, transition_totals, step } = self;
        let c = step + 1.0;
        for (w, t) in model.weights.iter_mut().zip(&totals) {
            for (x, s) in w.iter_mut().zip(t) {
                *x -= s / c;
            }
        }
        for (row, totals) in model.transitions.iter_mut().zip(&transition_totals) {
            for (x, s) in row.iter_mut().zip(totals) {
                *x -= s / c;
            }
        }
        model
    }
}

/// A cursor over the model's bytes.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = (self.0.get(..n)?, self.0.get(n..)?);
        self.0 = rest;
        Some(head)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_follow_the_labels() {
        use EntityType::*;
        let labels = [
            Label::Outside,
            Label::Begin(Company),
            Label::Inside(Company),
            Label::Begin(Person),
            Label::Inside(Person),
            Label::Inside(Company),
        ];
        let spans = spans_of(&labels);
        assert_eq!(spans, [Span { start: 1, end: 3, kind: Company }, Span { start: 3, end: 5, kind: Person },]);
    }

    #[test]
    fn a_model_survives_its_bytes() {
        let mut trainer = Trainer::default();
        let features = vec![[1; FEATURES], [2; FEATURES]];
        let gold = [Label::Begin(EntityType::Person), Label::Inside(EntityType::Person)];
        for _ in 0..5 {
            trainer.learn(&features, &gold);
        }
        let model = trainer.finish();
        assert_eq!(model.decode(&features), gold);
        let read = Model::from_bytes(&model.to_bytes(0.0)).expect("reads back");
        assert_eq!(read.decode(&features), gold);
        assert!(Model::from_bytes(b"nonsense").is_none());
    }
}
