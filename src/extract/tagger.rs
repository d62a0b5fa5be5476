//! Word segmentation and part-of-speech tags from jieba-rs, as plain tokens with offsets.

use jieba_rs::Jieba;

/// The dictionary frequency up to which a word counts as rare (common nouns such as 化妆品
/// have hundreds; brands such as 天业 a few dozen).
pub const RARE_FREQUENCY: usize = 30;
/// The dictionary frequency above which a word is an everyday word (普通 6768), not a brand
/// (华为 373, 海尔 230).
pub const COMMON_FREQUENCY: usize = 3000;

/// A word of a sentence with its part-of-speech tag (jieba's ICTCLAS-style tag set).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word.
    pub word: &'a str,
    /// Its tag: `ns` place, `nr` person, `nt` organisation, `nz` other proper noun, `v` verb ...
    pub tag: &'a str,
    /// Character offset in the sentence.
    pub start: usize,
    /// Character offset one past the end.
    pub end: usize,
}

impl Token<'_> {
    /// Length in characters.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for a token of no characters (jieba never gives one).
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// True when the word is made only of CJK ideographs.
    pub fn is_han(&self) -> bool {
        self.word.chars().all(is_han)
    }
}

/// True for a CJK unified ideograph.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// The segmenter: jieba-rs with its default dictionary plus the words kgraph adds.
pub struct Tagger {
    jieba: Jieba,
}

impl Tagger {
    /// Loads jieba's default dictionary and adds `words` (word, tag) so that names from the
    /// gazetteers come out of segmentation whole.
    pub fn new<'w>(words: impl IntoIterator<Item = (&'w str, &'w str)>) -> Self {
        Self::with_dictionary(Jieba::new(), words)
    }

    /// Adds `words` to a jieba already loaded (so that loading can run beside other work).
    pub(crate) fn with_dictionary<'w>(mut jieba: Jieba, words: impl IntoIterator<Item = (&'w str, &'w str)>) -> Self {
        for (word, tag) in words {
            if !jieba.has_word(word) {
                jieba.add_word(word, None, Some(tag));
            }
        }
        Self { jieba }
    }

    /// True when jieba's dictionary holds `word`.
    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// True when `word` is missing from jieba's dictionary or rare in it (a frequency of at
    /// most [`RARE_FREQUENCY`]): brands and names jieba learned from few examples (天业, 攀钢).
    pub fn is_rare(&self, word: &str) -> bool {
        !self.jieba.has_word(word) || self.jieba.suggest_freq(word) <= RARE_FREQUENCY + 1
    }

    /// True when jieba's dictionary holds `word` with a frequency above
    /// [`COMMON_FREQUENCY`]: an everyday word, whatever its tag (普通/nz).
    pub fn is_frequent(&self, word: &str) -> bool {
        self.jieba.has_word(word) && self.jieba.suggest_freq(word) > COMMON_FREQUENCY + 1
    }

    /// The tag jieba gives `word` on its own when its dictionary holds the word (联系 → n, 超越 →
    /// v), whatever it guessed in context; `None` for a word it does not know.
    pub fn dictionary_tag<'a>(&'a self, word: &'a str) -> Option<&'a str> {
        if !self.jieba.has_word(word) {
            return None;
        }
        self.tag(word).first().map(|t| t.tag)
    }

    /// Tags one sentence (HMM on, so unknown names come out as words).
    pub fn tag<'a>(&'a self, sentence: &'a str) -> Vec<Token<'a>> {
        self.jieba
            .tag(sentence, true)
            .into_iter()
            .map(|t| Token { word: t.word, tag: t.tag, start: t.start, end: t.end })
            .collect()
    }
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tagger")
    }
}
