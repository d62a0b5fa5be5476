//! Paragraphs and sentences with their offsets; nothing here knows about entities.
//!
//! Sentences end at 。！？!?；; and at line breaks, as the entity guide says. A paragraph is a
//! line. Offsets are kept both in characters (what users and `extract` see) and in bytes (what
//! slicing needs).

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// The text with each character replaced by its NFKC form where that form is one character
/// (full-width Ｃ → C, １ → 1, the ideographic space → a space), so that matching sees one
/// spelling while character offsets stay those of the original text.
pub fn normalize_for_matching(text: &str) -> Cow<'_, str> {
    // Only full-width forms (U+FF01..U+FF5E), the ideographic space and compatibility
    // ideographs change; CJK punctuation such as ，and 。 is matched as it is.
    let changes = |c: char| {
        matches!(c, '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}' | '\u{3000}' | '\u{f900}'..='\u{faff}' | '\u{2460}'..='\u{24ff}')
            && single_nfkc(c) != c
    };
    if !text.chars().any(changes) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if changes(c) { single_nfkc(c) } else { c }).collect())
}

/// The NFKC form of one character when it is one character, else the character itself.
fn single_nfkc(c: char) -> char {
    let mut forms = std::iter::once(c).nfkc();
    match (forms.next(), forms.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

/// Characters that end a sentence besides the line break.
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?', '；', ';'];

/// A sentence of a document, by offsets into the document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based index of the paragraph (line) the sentence stands in.
    pub paragraph: usize,
    /// 0-based index of the sentence in the document.
    pub index: usize,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset one past the last character.
    pub byte_end: usize,
}

impl Sentence {
    /// The sentence's text inside `text`, the document it was split from.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.byte_start..self.byte_end]
    }
}

/// Splits `text` into sentences, trimmed of surrounding white space; empty ones are dropped.
///
/// A run of more than `max_chars` characters without a sentence end is cut into pieces of at
/// most `max_chars`, so that work on one sentence stays bounded on any input.
pub fn sentences(text: &str, max_chars: usize) -> Vec<Sentence> {
    let max_chars = max_chars.max(1);
    let mut out = Vec::new();
    let mut paragraph = 0;
    // (char offset, byte offset) where the current piece starts, and its length in chars.
    let mut piece_start = (0usize, 0usize);
    let mut piece_len = 0usize;
    let mut char_pos = 0usize;
    let push = |out: &mut Vec<Sentence>, from: (usize, usize), to: (usize, usize), paragraph| {
        if let Some(s) = trimmed(text, from, to, paragraph, out.len()) {
            out.push(s);
        }
    };
    for (byte_pos, c) in text.char_indices() {
        if c == '\n' || SENTENCE_ENDS.contains(&c) {
            push(&mut out, piece_start, (char_pos, byte_pos), paragraph);
            if c == '\n' {
                paragraph += 1;
            }
            piece_start = (char_pos + 1, byte_pos + c.len_utf8());
            piece_len = 0;
        } else {
            if piece_len == max_chars {
                push(&mut out, piece_start, (char_pos, byte_pos), paragraph);
                piece_start = (char_pos, byte_pos);
                piece_len = 0;
            }
            piece_len += 1;
        }
        char_pos += 1;
    }
    push(&mut out, piece_start, (char_pos, text.len()), paragraph);
    out
}

/// The sentence between two offsets without its leading and trailing white space.
fn trimmed(
    text: &str,
    (char_start, byte_start): (usize, usize),
    (char_end, byte_end): (usize, usize),
    paragraph: usize,
    index: usize,
) -> Option<Sentence> {
    let raw = &text[byte_start..byte_end];
    let body = raw.trim_start();
    let lead_bytes = raw.len() - body.len();
    let lead_chars = raw[..lead_bytes].chars().count();
    let body = body.trim_end();
    if body.is_empty() {
        return None;
    }
    let trail_chars = raw[lead_bytes + body.len()..].chars().count();
    Some(Sentence {
        paragraph,
        index,
        start: char_start + lead_chars,
        end: char_end - trail_chars,
        byte_start: byte_start + lead_bytes,
        byte_end: byte_start + lead_bytes + body.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, max: usize) -> Vec<&str> {
        sentences(text, max).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn splits_at_sentence_ends_and_line_breaks() {
        let text = "吴兴区在湖州。织里镇有童装！对吗？是的；好\n  新的一段 \n\n最后";
        assert_eq!(texts(text, 100), ["吴兴区在湖州", "织里镇有童装", "对吗", "是的", "好", "新的一段", "最后"]);
    }

    #[test]
    fn offsets_are_characters_and_paragraphs_count_lines() {
        let text = "甲乙。\n  丙丁";
        let s = sentences(text, 100);
        assert_eq!((s[1].start, s[1].end, s[1].paragraph, s[1].index), (6, 8, 1, 1));
        assert_eq!(s[1].text(text), "丙丁");
    }

    #[test]
    fn long_runs_are_capped() {
        let text = "一二三四五六七";
        assert_eq!(texts(text, 3), ["一二三", "四五六", "七"]);
    }

    #[test]
    fn normalisation_keeps_character_count() {
        let text = "ＣＢＤ项目１期\u{3000}湖州";
        let norm = normalize_for_matching(text);
        assert_eq!(norm, "CBD项目1期 湖州");
        assert_eq!(norm.chars().count(), text.chars().count());
        assert!(matches!(normalize_for_matching("湖州市"), Cow::Borrowed(_)));
    }

    #[test]
    fn empty_and_blank_text_give_no_sentences() {
        assert!(sentences("", 10).is_empty());
        assert!(sentences(" \n。\n", 10).is_empty());
    }
}
