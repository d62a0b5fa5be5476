//! Spans whose names are not annotated on their own (the entity guide's borderline cases):
//! event names (第六届中国国际进口博览会, 王家大闸蟹投苗仪式) and quoted slogans or titles
//! (“在湖州看见美丽中国”, “中国好声音”). A place or person that stands only inside such a
//! span is dropped.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::lexicon::{Lexicon, SuffixIndex};
use super::names::extend_left;
use super::tagger::Token;
use super::view::{View, occurrences_in};
use super::{EntityType, Mention};
use crate::text::Sentence;

/// Words that end the name of an event.
const EVENT_HEADS: &[&str] = &[
    "博览会",
    "交易会",
    "进博会",
    "论坛",
    "大会",
    "峰会",
    "展会",
    "展览会",
    "运动会",
    "锦标赛",
    "公开赛",
    "联赛",
    "选拔赛",
    "嘉年华",
    "文化节",
    "艺术节",
    "旅游节",
    "音乐节",
    "电影节",
    "马拉松",
    "年会",
    "发布会",
    "推介会",
    "洽谈会",
    "招商会",
    "座谈会",
    "研讨会",
    "全体会议",
    "全会",
    "次会议",
    "(扩大)会议",
    "（扩大）会议",
    "仪式",
    "选品汇",
    "大赛",
    "展销会",
    "对接会",
];
/// Products named by their place of origin (太湖蟹, 西湖龙井): the place stands only in the
/// product's name.
const PRODUCT_WORDS: &[&str] =
    &["蟹", "大闸蟹", "螃蟹", "龙井", "银鱼", "白虾", "青虾", "毛峰", "白茶", "红茶", "绿茶"];

/// Opening and closing quotation marks.
const QUOTES: &[(char, char)] = &[('“', '”'), ('『', '』'), ('「', '」'), ('《', '》'), ('"', '"')];
/// The longest quoted span taken for a slogan or title, in characters.
const MAX_QUOTED: usize = 20;
/// The longest quoted span with no break of a sentence, which is a title or a ranking rather
/// than speech (“2022年度浙江省营商环境企业满意度综合前10强”).
const MAX_QUOTED_TITLE: usize = 32;
/// Words after a quoted name that make it a brand's, a campaign's or a series' (“…”品牌).
const CAMPAIGN_WORDS: &[&str] = &["品牌", "系列", "活动", "行动", "计划", "杯"];
/// The longest event name, in characters.
const MAX_EVENT: usize = 30;

/// What an excluded span hides of the names that stand inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hides {
    /// Places only (a long quotation, a product's origin).
    Places,
    /// Every name (an event, a slogan, a title).
    Names,
    /// Every name but a body's: a title with its brackets, so that a name the brackets hold
    /// whole is hidden too (《某光大道》 a show), while a newspaper stays (《某某日报》).
    AllButBodies,
}

/// The excluded spans of a sentence, by character offsets: (start, end, what it hides).
pub fn spans(view: &View<'_>, lex: &Lexicon) -> Vec<(usize, usize, Hides)> {
    static HEADS: OnceLock<SuffixIndex> = OnceLock::new();
    let heads = HEADS.get_or_init(|| SuffixIndex::new(EVENT_HEADS));
    let mut out = Vec::new();
    for token in &view.tokens {
        let Some(head) = heads.longest_suffix(view.slice(0, token.end)) else { continue };
        let head_start = token.end - head.chars().count();
        // An event's name runs across fixed phrases (水上运动/l).
        let part = |t: &Token<'_>| (t.tag == "l").then_some(true);
        if let Some(start) = extend_left(view, lex, head_start, token.end, MAX_EVENT, &part) {
            out.push((start, token.end, Hides::Names));
        }
    }
    for pair in view.tokens.windows(2) {
        // A division by its full name is no product's origin (花溪区 龙井布依村).
        let division = pair[0].word.ends_with(['区', '县', '市', '省', '镇', '乡', '村']);
        if pair[0].tag == "ns" && !division && PRODUCT_WORDS.contains(&pair[1].word) {
            out.push((pair[0].start, pair[1].end, Hides::Places));
        }
    }
    if !view.text.contains(|c: char| QUOTES.iter().any(|(open, _)| *open == c)) {
        return out;
    }
    let chars: Vec<char> = view.text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let Some(&(_, close)) = QUOTES.iter().find(|(open, _)| *open == c) else { continue };
        if let Some(len) = chars[i + 1..].iter().take(MAX_QUOTED_TITLE + 1).position(|&d| d == close) {
            let unbroken = !chars[i + 1..i + 1 + len].iter().any(|c| "，,。；;！？".contains(*c));
            if len >= 2 && (len <= MAX_QUOTED || unbroken) {
                // A short quoted phrase is a title or slogan for every type (“千年吴韵”), so is
                // a book or document title (《…管理办法》); a longer quotation may be speech
                // that names people and things, and hides only places.
                let phrase = !chars[i + 1..i + 1 + len].iter().any(|c| "，,。".contains(*c));
                // So is a list of four-character slogans (“生态吴兴、科创新城、产业强区”).
                let content: String = chars[i + 1..i + 1 + len].iter().collect();
                let slogans = content.contains('、') && content.split('、').all(|p| p.chars().count() == 4);
                // A quoted name followed by the word for a brand, campaign or series (“某耀青村”
                // 品牌, “某某杯”活动) is that brand's name, whatever it looks like: the span takes
                // the quotes, so that a name the quotes hold whole is inside it too.
                let after: String = chars[i + 2 + len..].iter().take(2).collect();
                if CAMPAIGN_WORDS.iter().any(|w| after.starts_with(w)) {
                    out.push((i, i + 2 + len, Hides::Names));
                    continue;
                }
                let hides = if phrase && len <= 12 || slogans || c == '《' { Hides::Names } else { Hides::Places };
                out.push((i + 1, i + 1 + len, hides));
                if c == '《' {
                    out.push((i, i + 2 + len, Hides::AllButBodies));
                }
            }
        }
    }
    out
}

/// A short phrase the document quotes as a title or slogan (“中国好声音”) is one too where it
/// stands again without its quotes (承办中国好声音、…): adds those spans to `spans`, hiding
/// places only (a company quoted once by its name is still named where the quotes are gone).
pub fn titles_again(views: &[View<'_>], spans: &mut [Vec<(usize, usize, Hides)>]) {
    let mut titles: Vec<&str> = Vec::new();
    for (view, found) in views.iter().zip(spans.iter()) {
        for &(start, end, hides) in found {
            let quoted = start > 0 && QUOTES.iter().any(|(open, _)| view.char(start - 1) == Some(*open));
            // Not a short name the text gives something (以下简称“某某控股”).
            let alias = view.slice(start.saturating_sub(4), start).contains('称');
            if hides == Hides::Names && quoted && !alias && end - start >= 4 {
                titles.push(view.slice(start, end));
            }
        }
    }
    for (sentence, start, end) in occurrences_in(views, titles) {
        let found = &mut spans[sentence];
        if !found.iter().any(|&(s, e, _)| s <= start && end <= e) {
            found.push((start, end, Hides::Places));
        }
    }
}

/// Drops the places (and, inside events, any entity) all of whose mentions in the document
/// stand inside an excluded span: 中国 only in “中国好声音” and
/// 中国国际进口博览会 is no entity of the text; one mention elsewhere keeps them all.
pub fn apply(mentions: &mut Vec<Mention>, sentences: &[Sentence], spans: &[Vec<(usize, usize, Hides)>]) {
    let inside = |m: &Mention| {
        let offset = sentences[m.sentence].start;
        let (start, end) = (m.start - offset, m.end - offset);
        spans[m.sentence].iter().any(|&(s, e, hides)| {
            let hidden = match hides {
                Hides::Places => m.kind == EntityType::Place,
                Hides::Names => true,
                Hides::AllButBodies => m.kind != EntityType::Organization,
            };
            s <= start && end <= e && e - s > end - start && hidden
        })
    };
    let outside: HashSet<(EntityType, String)> =
        mentions.iter().filter(|m| !inside(m)).map(|m| (m.kind, m.name.clone())).collect();
    mentions.retain(|m| outside.contains(&(m.kind, m.name.clone())));
}
