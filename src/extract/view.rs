//! One sentence as the recognisers see it: its text, its tagged tokens and offset maps.

use super::tagger::{Tagger, Token};

/// A sentence with its tokens; all offsets are characters from the sentence's start.
#[derive(Debug)]
pub struct View<'a> {
    /// The sentence's text.
    pub text: &'a str,
    /// jieba's tokens, in order, covering the text.
    pub tokens: Vec<Token<'a>>,
    /// Byte offset of each character, plus the text's length at the end.
    char_bytes: Vec<usize>,
    /// For each character, the index of the token holding it.
    token_of_char: Vec<u32>,
}

impl<'a> View<'a> {
    /// Tags `text` and indexes it.
    pub fn new(text: &'a str, tagger: &'a Tagger) -> Self {
        let tokens = tagger.tag(text);
        let mut char_bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        char_bytes.push(text.len());
        let mut token_of_char = vec![0u32; char_bytes.len() - 1];
        for (i, t) in tokens.iter().enumerate() {
            for slot in token_of_char.iter_mut().take(t.end).skip(t.start) {
                *slot = i as u32;
            }
        }
        Self { text, tokens, char_bytes, token_of_char }
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.char_bytes.len() - 1
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text between two character offsets.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        &self.text[self.char_bytes[start]..self.char_bytes[end]]
    }

    /// The character offset of a byte offset that starts a character.
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.char_bytes.partition_point(|&b| b < byte)
    }

    /// The index of the token holding character `pos` (the last token for the end of the
    /// text).
    pub fn token_at(&self, pos: usize) -> usize {
        match self.token_of_char.get(pos) {
            Some(&t) => t as usize,
            None => self.tokens.len().saturating_sub(1),
        }
    }

    /// True when a token starts at `pos` (or `pos` is the start or end of the text).
    pub fn is_boundary(&self, pos: usize) -> bool {
        pos == 0 || pos >= self.len() || self.tokens[self.token_at(pos)].start == pos
    }

    /// The character at `pos`.
    pub fn char(&self, pos: usize) -> Option<char> {
        (pos < self.len()).then(|| self.slice(pos, pos + 1).chars().next()).flatten()
    }

    /// Where `words` stand in the text: the character offsets of each occurrence.
    pub fn occurrences<'w>(&'w self, words: &'w str) -> impl Iterator<Item = (usize, usize)> + 'w {
        let chars = words.chars().count();
        self.text.match_indices(words).map(move |(byte, _)| {
            let start = self.char_at_byte(byte);
            (start, start + chars)
        })
    }
}

/// Where `names` stand again in a document's sentences: (sentence, start, end) of each
/// occurrence, sentence by sentence and the names in sorted order, each name once.
pub fn occurrences_in(views: &[View<'_>], mut names: Vec<&str>) -> Vec<(usize, usize, usize)> {
    names.sort_unstable();
    names.dedup();
    let mut out = Vec::new();
    for (sentence, view) in views.iter().enumerate() {
        for name in &names {
            out.extend(view.occurrences(name).map(|(start, end)| (sentence, start, end)));
        }
    }
    out
}
