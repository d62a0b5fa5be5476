//! Word segmentation and part-of-speech tags from jieba-rs, as plain tokens with offsets.

use jieba_rs::Jieba;

/// The dictionary frequency up to which a word counts as rare (common nouns such as 化妆品
/// have hundreds; brands such as 天业 a few dozen).
pub const RARE_FREQUENCY: usize = 30;
/// The dictionary frequency above which a word is an everyday word (普通 6768), not a brand
/// (华为 373, 海尔 230).
pub const COMMON_FREQUENCY: usize = 3000;
/// The dictionary frequency above which a word is too common to be a brand even where a full
/// name of the text holds it (茶叶 1496, 酒店 2524; brands such as 波音 363, 青松 75 fall below).
pub const BRAND_FREQUENCY: usize = 500;

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
    /// most [`RARE_FREQUENCY`]): brands and names jieba learned from few examples (潜航 of 潜航集团).
    pub fn is_rare(&self, word: &str) -> bool {
        !self.jieba.has_word(word) || self.jieba.suggest_freq(word) <= RARE_FREQUENCY + 1
    }

    /// True when jieba's dictionary holds `word` with a frequency above
    /// [`COMMON_FREQUENCY`]: an everyday word, whatever its tag (普通/nz).
    pub fn is_frequent(&self, word: &str) -> bool {
        self.jieba.has_word(word) && self.jieba.suggest_freq(word) > COMMON_FREQUENCY + 1
    }

    /// True when jieba's dictionary holds `word` with a frequency above [`BRAND_FREQUENCY`].
    pub fn is_too_common_for_a_brand(&self, word: &str) -> bool {
        self.jieba.has_word(word) && self.jieba.suggest_freq(word) > BRAND_FREQUENCY + 1
    }

    /// The tag jieba gives `word` on its own when its dictionary holds the word (联系 → n, 超越 →
    /// v), whatever it guessed in context; `None` for a word it does not know.
    pub fn dictionary_tag<'a>(&'a self, word: &'a str) -> Option<&'a str> {
        if !self.jieba.has_word(word) {
            return None;
        }
        self.tag(word).first().map(|t| t.tag)
    }

    /// Tags one sentence (HMM on, so unknown names come out as words); a body's last
    /// character glued to the title after it comes apart (信息化 局局长 → 局 局长, 南山 区委书记
    /// → 区委 书记, 交通 大学教授 → 大学 教授).
    pub fn tag<'a>(&'a self, sentence: &'a str) -> Vec<Token<'a>> {
        let tagged = self.jieba.tag(sentence, true);
        let mut tokens = Vec::with_capacity(tagged.len() + 2);
        for t in tagged {
            let token = Token { word: t.word, tag: t.tag, start: t.start, end: t.end };
            let split = split_glued_title(token)
                .or_else(|| split_glued_conjunction(token))
                .or_else(|| split_glued_officer(&tokens, token));
            match split {
                Some((first, second)) => tokens.extend([first, second]),
                None => tokens.push(token),
            }
        }
        tokens
    }
}

/// Ends of bodies' names that jieba glues to the title after them (局局长, 区委书记, 市委常委,
/// 大学教授).
const GLUED_BODY_ENDS: &[&str] = &[
    "局",
    "厅",
    "处",
    "部",
    "院",
    "所",
    "站",
    "校",
    "行",
    "会",
    "社",
    "科",
    "委",
    "办",
    "区委",
    "市委",
    "县委",
    "省委",
    "州委",
    "镇委",
    "乡委",
    "大学",
    "学院",
    "医院",
    "中学",
    "小学",
    "事务所",
];
/// Titles a body's name is glued to.
const GLUED_TITLES: &[&str] = &[
    "局长",
    "副局长",
    "厅长",
    "副厅长",
    "处长",
    "副处长",
    "部长",
    "副部长",
    "院长",
    "副院长",
    "所长",
    "站长",
    "校长",
    "行长",
    "会长",
    "社长",
    "科长",
    "主任",
    "副主任",
    "书记",
    "副书记",
    "常委",
    "教授",
    "老师",
    "教师",
    "律师",
    "会计师",
];

/// A token that is a body's end and a title (局局长) as two tokens; `None` for any other.
fn split_glued_title(token: Token<'_>) -> Option<(Token<'_>, Token<'_>)> {
    // Every title ends in 长, 任, 记, 委, 授 or 师: most tokens are out at one test.
    if token.len() < 3 || !token.word.ends_with(['长', '任', '记', '委', '授', '师']) {
        return None;
    }
    let title = GLUED_TITLES
        .iter()
        .filter(|t| token.word.len() > t.len() && token.word.ends_with(*t))
        .max_by_key(|t| t.len())?;
    let body = &token.word[..token.word.len() - title.len()];
    if !GLUED_BODY_ENDS.contains(&body) {
        return None;
    }
    let middle = token.start + body.chars().count();
    Some((
        Token { word: body, tag: "n", start: token.start, end: middle },
        Token { word: &token.word[body.len()..], tag: "n", start: middle, end: token.end },
    ))
}

/// The 官 of a chief officer's title (首席 执行 官, 首席 品牌 官) that jieba glued to the name
/// after it (官柏旻/x, 官晏/nr, 官 being a family name too) as two tokens, given the tokens
/// before; `None` for any other token.
fn split_glued_officer<'a>(before: &[Token<'a>], token: Token<'a>) -> Option<(Token<'a>, Token<'a>)> {
    let rest = token.word.strip_prefix('官').filter(|rest| !rest.is_empty())?;
    let [.., chief, _field] = before else { return None };
    if chief.word != "首席" {
        return None;
    }
    let middle = token.start + 1;
    Some((
        Token { word: &token.word[..'官'.len_utf8()], tag: "n", start: token.start, end: middle },
        Token { word: rest, tag: if token.tag == "nr" { "nr" } else { "x" }, start: middle, end: token.end },
    ))
}

/// A committee's 委 that jieba glued to the conjunction after it (吉林省/ns 委和/c 省政府) as two
/// tokens; `None` for any other token.
fn split_glued_conjunction(token: Token<'_>) -> Option<(Token<'_>, Token<'_>)> {
    if !matches!(token.word, "委和" | "委与" | "委及") {
        return None;
    }
    let middle = token.start + 1;
    Some((
        Token { word: &token.word[..'委'.len_utf8()], tag: "n", start: token.start, end: middle },
        Token { word: &token.word['委'.len_utf8()..], tag: "c", start: middle, end: token.end },
    ))
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tagger")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_glued_to_its_title_comes_apart() {
        let token = Token { word: "区委书记", tag: "n", start: 2, end: 6 };
        let Some((body, title)) = split_glued_title(token) else { panic!("区委书记 stays one token") };
        assert_eq!((body.word, body.start, body.end), ("区委", 2, 4));
        assert_eq!((title.word, title.start, title.end), ("书记", 4, 6));
        assert!(split_glued_title(Token { word: "副局长", tag: "n", start: 0, end: 3 }).is_none());
        assert!(split_glued_title(Token { word: "党委书记", tag: "n", start: 0, end: 4 }).is_none());
    }

    #[test]
    fn a_committee_glued_to_a_conjunction_comes_apart() {
        let token = Token { word: "委和", tag: "c", start: 3, end: 5 };
        let Some((body, and)) = split_glued_conjunction(token) else { panic!("委和 stays one token") };
        assert_eq!((body.word, body.start, body.end), ("委", 3, 4));
        assert_eq!((and.word, and.tag, and.start, and.end), ("和", "c", 4, 5));
        assert!(split_glued_conjunction(Token { word: "和", tag: "c", start: 0, end: 1 }).is_none());
    }
}
