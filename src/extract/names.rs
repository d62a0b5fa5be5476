//! Growing a name leftwards from its head word (有限公司, 局, 项目) over the tokens that can
//! belong to a name, and testing whether what was found is a name or a generic phrase.

use super::lexicon::{Lexicon, SuffixIndex};
use super::tagger::Token;
use super::view::View;

/// Tags that never belong inside a name: prepositions, conjunctions, particles, adverbs,
/// pronouns, interjections, onomatopoeia, punctuation, measure words and suffixes (们/k).
const DENIED_TAGS: &[&str] = &[
    "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "y", "e", "o", "w", "q", "x", "v", "vd", "i", "l", "k",
];
/// Direction words that do belong to names (嘉善东部新城, 南太湖).
pub const DIRECTIONS: &[&str] =
    &["东", "西", "南", "北", "东部", "西部", "南部", "北部", "中部", "东南", "西南", "东北", "西北", "东方", "南方"];
/// Tags a name does not start with: verbs, adverbial forms and pronouns (我局/r, 该校/r).
const NO_START_TAGS: &[&str] = &["v", "vd", "vg", "vn", "ad", "f", "t", "r"];
/// Measure words that jieba tags as nouns before a name (是 条/n 高速铁路); a name does not
/// start with one standing alone.
const MEASURE_WORDS: &[&str] = &["条", "座", "个", "项", "批", "所", "家"];

/// True when `token` opens with a conjunction jieba glued to the name after it (与阳/b 煤集团,
/// 和县/ns 市场监管局) and `before`, the word right before it, ends in one of `heads` (…集团,
/// …局): two names side by side, the second starting after the conjunction.
pub fn conjunction_after_head(before: &Token<'_>, token: &Token<'_>, heads: &SuffixIndex) -> bool {
    token.len() >= 2 && token.word.starts_with(['与', '和', '及']) && heads.longest_suffix(before.word).is_some()
}

/// Ages of life, which jieba tags as times (青年/t) but which name the people a body serves.
const AGES: &[&str] = &["青年", "少年", "中年", "老年", "幼年", "童年"];

/// True when `token` may stand inside a name.
pub fn is_name_part(token: &Token<'_>, lex: &Lexicon) -> bool {
    if lex.stop_words.contains(token.word) {
        return false;
    }
    // A unit is a role (施工单位, 承建单位): a name stops before it.
    if token.word.ends_with("单位") {
        return false;
    }
    let alnum = token.word.chars().all(|c| c.is_ascii_alphanumeric());
    if !(token.is_han() || alnum) {
        return false;
    }
    if alnum {
        // Codes and Latin names (G60, CBD) belong to names; bare numbers (years) do not.
        return !token.word.chars().all(|c| c.is_ascii_digit());
    }
    match token.tag {
        // jieba gives unknown Han words no tag of their own (杨渎/x): they may be names.
        "x" => true,
        "m" => !token.word.chars().any(|c| "第几多余半个首百千万亿两家所座批项条名位份年月日架辆艘笔片".contains(c)),
        "f" => DIRECTIONS.contains(&token.word),
        // A ring of a city or economy (都市/ns 圈/q, 经济 圈) is a region, no measure.
        "q" => token.word == "圈",
        // Ages of life are groups of people, no time (青年/t 创业促进会, 老年/t 大学).
        "t" => {
            AGES.contains(&token.word)
                || !token
                    .word
                    .chars()
                    .any(|c| matches!(c, '年' | '月' | '日' | '时' | '天' | '今' | '昨' | '明' | '前' | '后'))
        }
        tag => !DENIED_TAGS.contains(&tag),
    }
}

/// Where a name whose head spans `head_start..head_end` begins: the head's token, and the
/// name parts before it, at most `max_chars` characters in all. `None` when the head does not
/// end at a token boundary (局 in 局长) or nothing stands before it. `part` overrides
/// [`is_name_part`] for the tokens it answers for: `Some(false)` stops the name there,
/// `Some(true)` lets it run on.
pub fn extend_left(
    view: &View<'_>,
    lex: &Lexicon,
    head_start: usize,
    head_end: usize,
    max_chars: usize,
    part: &dyn Fn(&Token<'_>) -> Option<bool>,
) -> Option<usize> {
    if !view.is_boundary(head_end) || head_start == 0 {
        return None;
    }
    let head_token = view.token_at(head_start);
    let mut start = view.tokens[head_token].start.min(head_start);
    let mut next = head_token;
    if view.tokens[head_token].start == head_start {
        // The head is a whole token: the modifier starts at the token before.
        if head_token == 0 {
            return None;
        }
    } else if !view.tokens[head_token].is_han() {
        return None;
    }
    while next > 0 {
        let t = &view.tokens[next - 1];
        if head_end - t.start > max_chars || !part(t).unwrap_or_else(|| is_name_part(t, lex)) {
            break;
        }
        // A full personal name after a title starts no name (主任 韩良率 | 滨江新城管委会,
        // 市长 陶鼎作 | 招商项目).
        let titled = next >= 2 && lex.person_cues.get(view.tokens[next - 2].word).is_some_and(|s| s.before);
        if titled && t.tag == "nr" && t.len() == 3 {
            break;
        }
        start = t.start;
        next -= 1;
    }
    // A name does not start with a verb or an adverbial word: drop such tokens at the edge.
    let mut first = view.token_at(start);
    while start < head_start
        && (NO_START_TAGS.contains(&view.tokens[first].tag) || MEASURE_WORDS.contains(&view.tokens[first].word))
        && !DIRECTIONS.contains(&view.tokens[first].word)
    {
        start = view.tokens[first].end;
        first += 1;
    }
    // 中 that opens a clause is no locative (在…中) but a name's first character (、中/f 房
    // 指数研究院): it belongs to the name.
    let k = view.token_at(start);
    if start < head_start && view.tokens[k].start == start && k > 0 {
        let opening = &view.tokens[k - 1];
        let clause_start = k == 1 || !view.tokens[k - 2].is_han();
        // Not the Chinese side, nor a size or a wing (中 方向…, 中 中国…, 中 高风险, 中 左翼), and
        // a name of two characters or more follows.
        let kind = view.char(start).is_some_and(|c| "方中高低左右小大".contains(c));
        if opening.word == "中" && opening.tag == "f" && clause_start && !kind && head_end - start >= 2 {
            start = opening.start;
        }
    }
    // Nor with generic words of two characters or more (产业龙头恒花集团 → 恒花集团), as
    // long as something stays before the head.
    while start < head_start {
        let token = &view.tokens[view.token_at(start)];
        if token.start == start && token.end < head_start && token.len() >= 2 && lex.generic.contains(token.word) {
            start = token.end;
        } else {
            break;
        }
    }
    // Nor with a word of degree glued to the first token (仅三一/m → 三一).
    if start < head_start {
        let token = &view.tokens[view.token_at(start)];
        // A division's full name is whole (和平区, 于都县): its first character is its own.
        let division = token.word.ends_with(|c| "区县市省州旗盟镇乡村".contains(c));
        let glued = matches!(token.tag, "x" | "m" | "nr" | "ns" | "nz" | "a" | "j")
            && token.len() >= 3
            && token.start == start
            && !division;
        // A particle or a pronoun glued to a level's one character (由区/n 人才发展集团, 本区/n
        // 政府 → 区…) is cut too.
        let glued_level = token.start == start
            && token.len() == 2
            && view.char(start + 1).is_some_and(|c| "省市区县镇乡".contains(c));
        let leading = |c: char| LEADING_PARTICLES.contains(c) || glued_level && DEICTICS.contains(c);
        if (glued || glued_level) && view.char(start).is_some_and(leading) {
            start += 1;
        } else if start > 0
            && view.char(start - 1).is_some_and(|c| c.is_ascii_digit())
            && view.char(start).is_some_and(|c| "年月日号".contains(c))
        {
            // A date's unit glued to the next word (2022 年省 → 省), and a dateline's 电
            // after it (13 日电 渣打银行 → 渣打银行).
            start += 1;
            if view.char(start - 1) == Some('日') && view.char(start) == Some('电') && start + 1 < head_start {
                start += 1;
            }
        }
    }
    (start < head_start).then_some(start)
}

/// One-character names of countries: a side is named by one (巴方, 马方), and two of them
/// name the pair (巴中 两国).
const COUNTRY_ABBREVIATIONS: &str = "中美俄日韩英法德巴马哈吉塔乌土伊印越泰老柬缅菲澳加意西荷比瑞挪丹芬波捷匈罗保塞希埃沙阿叙以黎约科卡也苏蒙朝古秘智墨委孟斯尼莫安汤肯赞津坦刚纳多汶乍厄圭毛贝冈佛";

/// True for a country's one-character name ([`COUNTRY_ABBREVIATIONS`]).
pub fn is_country_abbreviation(c: char) -> bool {
    COUNTRY_ABBREVIATIONS.contains(c)
}

/// Function characters that jieba glues to the start of a number or an unknown word
/// (仅三一/m, 在浒关/ns, 经淄博/x, 对雄安/a).
pub const LEADING_PARTICLES: &str = "仅约共近达超逾均在于为对和与及将把被由从向经以让给而且并但又即还则据";

/// Pronouns that jieba glues to the level after them (本区, 该县, 我市).
const DEICTICS: &str = "本该我其此这";

/// The tokens of `view` between two character offsets (tokens cut by the offsets included).
pub fn tokens_between<'v, 'a>(view: &'v View<'a>, start: usize, end: usize) -> &'v [Token<'a>] {
    if start >= end {
        return &[];
    }
    let first = view.token_at(start);
    let last = view.token_at(end - 1);
    &view.tokens[first..=last]
}

/// True when every word of the modifier is generic (上市, 重点, 新能源) or a place, so that
/// the whole is a description rather than a name.
pub fn is_generic_modifier(modifier: &str, tokens: &[Token<'_>], lex: &Lexicon) -> bool {
    if lex.generic.contains(modifier) {
        return true;
    }
    tokens.iter().all(|t| {
        lex.generic.contains(t.word)
            || lex.stop_words.contains(t.word)
            || ["企业", "公司", "机构", "单位"].iter().any(|w| t.word.ends_with(w))
    })
}
