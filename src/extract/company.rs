//! Companies: full names that end in an organisational form (有限公司, 集团, 合作社), short
//! names made of a brand and an industry word (三一重工), names listed beside a company
//! (远帆、恒能、晨曦), and the short names a text uses for a company it gave in full.

use std::collections::{BTreeMap, HashSet};

use super::candidate::{Candidate, find_again};
use super::gazetteer::{Gazetteer, PlaceLevel};
use super::lexicon::Lexicon;
use super::names::{
    LEADING_PARTICLES, conjunction_after_head, extend_left, is_generic_modifier, is_name_part, tokens_between,
};
use super::tagger::{Tagger, Token, is_han};
use super::view::View;
use super::{EntityType, PRIORITY_COMPANY, PRIORITY_MODEL};

/// The longest company name kgraph accepts, in characters.
const MAX_CHARS: usize = 30;
/// Common words that name the large commercial banks before 银行 (建设银行, 招商银行).
const BANK_WORDS: &[&str] = &[
    "工商",
    "农业",
    "建设",
    "交通",
    "招商",
    "民生",
    "光大",
    "华夏",
    "兴业",
    "中信",
    "平安",
    "广发",
    "浙商",
    "恒丰",
    "渤海",
    "邮储",
    "邮政储蓄",
];
/// Nouns after a brand and an industry word that make the pair a kind of market, not a
/// company (储能市场, 汽车行业).
const CATEGORY_NOUNS: &[&str] = &["市场", "行业", "产业", "领域", "赛道", "板块", "概念", "产业链", "产品"];
/// Conjunctions and prepositions jieba glues to a brand after them (而晓清/nr 环保); not
/// characters that also open foreign names (达芬奇).
const GLUED_CONJUNCTIONS: &str = "而且并但又即还则在将把被由从向对与及为如据";
/// Tags a brand may carry when jieba knows it as a word: proper nouns and numerals.
const BRAND_TAGS: &[&str] = &["nz", "nr", "nrt", "nrfg", "j", "nt", "ns", "m", "eng"];

/// Full company names: a modifier grown leftwards from an organisational form.
pub fn full_names(
    view: &View<'_>,
    lex: &Lexicon,
    gazetteer: &Gazetteer,
    tagger: &Tagger,
    places: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for (i, token) in view.tokens.iter().enumerate() {
        let before = view.slice(0, token.end);
        let Some(form) = lex.company_form_index.longest_suffix(before) else { continue };
        // 股份 before a cooperative's form is its kind (村股份 | 经济合作社), not a company's;
        // 控股 before 股东 is a controlling shareholder (某某控股股东), no holding company.
        if view.tokens.get(i + 1).is_some_and(|next| next.word.ends_with("合作社"))
            || form == "控股" && view.slice(token.end, (token.end + 2).min(view.len())) == "股东"
        {
            continue;
        }
        let form_start = token.end - form.chars().count();
        // A place or 集团 in brackets before the form belongs to the name (恒通电气绿能科技
        // （苏州）有限公司, 海尔（集团）股份有限公司): the name grows from the bracket.
        let head_start = bracket_before(view, form_start).unwrap_or(form_start);
        // A name jieba read whole (中国光大银行/nt) grows only by the proper nouns before it.
        let whole = token.tag == "nt" && token.len() >= 4 && token.word != form;
        let part = |t: &Token<'_>| name_part(t, lex, tagger, whole);
        let grown = extend_left(view, lex, head_start, token.end, MAX_CHARS, &part)
            .or_else(|| business_words_after_bracket(view, lex, gazetteer, head_start));
        // A brand jieba cut into pieces is whatever jieba made of it: nothing is trimmed.
        let cut_brand = match grown {
            Some(_) => None,
            None => brand_cut_before_registered_form(view, tagger, form, head_start),
        };
        let Some(mut start) = grown.or(cut_brand) else {
            continue;
        };
        // A level's character jieba glued to the verb or word before it (建强区/v 人才发展集团,
        // 做 优区/n 城投集团) opens the name: the district's group.
        let glued_level =
            |t: &Token<'_>| t.len() >= 2 && t.word.ends_with(['区', '市', '县', '省']) && !tagger.has_word(t.word);
        let first = &view.tokens[view.token_at(start)];
        let verb = view.token_at(start).checked_sub(1).map(|k| &view.tokens[k]);
        if first.start == start
            && first.len() == 2
            && first.end < head_start
            && glued_level(first)
            && !places.iter().any(|p| p.start <= first.start && first.end <= p.end)
        {
            start += 1;
        } else if verb.is_some_and(|v| v.end == start && v.tag.starts_with('v') && glued_level(v)) {
            start -= 1;
        } else if let Some(brand) = group_brand_before(view, tagger, start) {
            start = brand;
        }
        // A branch named right after its parent's full name is the parent's branch (…股份有限公司
        // 织里 支行, …有限公司 余杭 分公司, …有限公司 某兰铁矿 分公司): the name starts with the
        // parent's.
        if matches!(form, "分公司" | "分行" | "支行") {
            if let Some(parent_start) = parent_before_branch(view, lex, tagger, start) {
                start = parent_start;
            }
        }
        // A bracketed place inside the name, too (华能(杭州)城市建设投资有限公司).
        // Generic words trimmed between the bracket and the rest are part of a registered
        // name (中节能(湖州) 科技 城…有限公司).
        let after_bracket = (start.saturating_sub(4)..start).find(|&k| {
            bracketed_place(view, gazetteer, k).is_some() && (k..start).all(|i| view.char(i).is_some_and(is_han))
        });
        if let Some(k) = after_bracket {
            start = k;
        }
        let mut bracket_brand = cut_brand;
        // A byline in brackets (电（记者谭晶晶）…公司) is no part of a name.
        let byline = |open: usize| {
            let inside = view.slice(open + 1, start - 1);
            lex.person_cues.keys().any(|cue| cue.chars().count() >= 2 && inside.contains(cue))
        };
        if let Some(open) = bracket_before(view, start).filter(|&open| !byline(open)) {
            if let Some(further) = extend_left(view, lex, open, token.end, MAX_CHARS, &part) {
                start = further;
            } else if bracketed_place(view, gazetteer, start).is_some() {
                bracket_brand = brand_before_bracket(view, open);
            }
        }
        let start = match bracket_brand {
            // The brand is whatever jieba made of it: no verb or stray character is trimmed.
            Some(brand) => brand,
            None => {
                let start = match form.contains("有限") || form.ends_with("合作社") {
                    true => brand_opening_phrase(view, tagger, start)
                        .or_else(|| placed_brand(view, tagger, places, start))
                        .unwrap_or(start),
                    false => start,
                };
                let start = brand_after_place(view, lex, tagger, places, start, head_start);
                let start = place_order_start(gazetteer, places, start, head_start);
                let start =
                    opening_brand(view, start).unwrap_or_else(|| without_stray_first_char(view, start, head_start));
                let start = after_apposition(view, lex, start, head_start);
                let start = without_leading_verbs(view, lex, tagger, places, start, head_start);
                let start = after_joined_company(view, lex, start, head_start);
                match form.contains("有限") {
                    true => brand_across_conjunction(view, lex, places, start).unwrap_or(start),
                    false => start,
                }
            }
        };
        // A registered form (有限公司, 股份有限公司) after a place names a company even
        // with industry words alone between (某市城乡建设集团有限公司).
        let placed = places.iter().any(|p| start <= p.start && p.end <= head_start);
        let registered = (form.contains("有限") || form.contains("股份")) && placed;
        // So does 集团 after a division and an industry (山东能源集团, 中国出版集团, 重庆燃气
        // 集团): a group the division owns; not 广州集团, nor a kind (大型煤炭企业集团).
        let state_group = form.ends_with("集团")
            && places.iter().any(|p| {
                p.start == start
                    && p.place.is_some()
                    && head_start >= p.end + 2
                    && !view.slice(p.end, head_start).contains("企业")
            });
        let modifier = view.slice(start, head_start);
        // A group of countries is a body of their governments (二十国集团): an organization.
        if is_group_of_countries(view.slice(start, token.end)) {
            let mut first = start;
            while first > 0 && view.char(first - 1).is_some_and(is_numeral) {
                first -= 1;
            }
            out.push(Candidate::new(first, token.end, EntityType::Organization, PRIORITY_COMPANY));
            continue;
        }
        // 银行间 is between banks (上海银行间同业拆放利率): no bank's name.
        if form == "银行" && view.char(token.end) == Some('间') {
            continue;
        }
        // A central bank is a public body (欧洲中央银行), and so are the central bank's
        // branches (人民银行成都分行): organizations.
        let central_branch = matches!(form, "分行" | "支行") && modifier.contains("人民银行");
        if form == "银行" && modifier.ends_with("中央") && modifier.len() > "中央".len() || central_branch {
            out.push(Candidate::new(start, token.end, EntityType::Organization, PRIORITY_COMPANY));
            continue;
        }
        // A kind of business after a body's name is the body's field (某某大学 信托 与 理财
        // 研究所, 某研究院 证券 研究): no company.
        if WEAK_FORMS.contains(&form) && lex.organization_head_index.longest_suffix(modifier).is_some() {
            continue;
        }
        // A count of the biggest (两大, 五大) makes what follows a kind of company the brands
        // before it belong to (中国石油 两大 集团, 某虹 三大 家电 集团): the brand is the company.
        if let Some(count) = (start + 1..head_start).find(|&k| counts_the_biggest(view, k)) {
            let brand = tokens_between(view, start, count);
            let proper = |t: &Token<'_>| {
                BRAND_TAGS.contains(&t.tag) && !places.iter().any(|p| p.start <= t.start && t.end <= p.end)
            };
            let named =
                brand.iter().all(proper) || lex.company_form_index.longest_suffix(view.slice(start, count)).is_some();
            if view.is_boundary(count) && named && has_specific_core(view, lex, places, start, count) {
                out.push(Candidate::new(start, count, EntityType::Company, PRIORITY_COMPANY - 1));
            }
            continue;
        }
        let bank = form == "银行" && names_a_bank(modifier, places, start, head_start);
        // A broker is named by a region, province or city alone (西南证券, 某江证券), where the
        // securities go on into no market, trade or body (中国证券 市场, 上海证券 交易所).
        let broker = form == "证券"
            && places.iter().any(|p| {
                p.start == start
                    && p.end == head_start
                    && p.place.is_some_and(|id| gazetteer.place(id).level != PlaceLevel::Country)
            })
            && view.tokens.get(i + 1).is_none_or(|next| !SECURITIES_GO_ON.iter().any(|w| next.word.starts_with(w)));
        // An exchange is named by its place and what it trades (上海数据交易所, 某州商品交易所).
        let exchange = form == "交易所" && placed;
        // A branch (分行, 支行) is one of a bank the name gives first (工行北京分行).
        if matches!(form, "分行" | "支行") && (!modifier.contains('行') || modifier.starts_with("银行")) {
            continue;
        }
        // A subsidiary after a word of ownership is a relation, not a name (某集团全资子公司).
        let owned = tokens_between(view, start, head_start).last().is_some_and(|t| lex.generic.contains(t.word));
        if matches!(form, "子公司" | "分公司" | "总公司") && owned {
            continue;
        }
        if head_start - start < 2
            || !(registered
                || state_group
                || bank
                || broker
                || exchange
                || brand_glued_to_form(view, lex, tagger, head_start)
                || has_specific_core(view, lex, places, start, head_start))
        {
            continue;
        }
        // A bare 公司 after common nouns only is a kind of company (化妆品公司, 机器人上市公司),
        // not a name; a word the form ends inside counts by what stands before the form, and a
        // noun rare in jieba's dictionary right after a place is a brand (新疆天泓公司).
        let common = tokens_between(view, start, head_start)
            .iter()
            .filter(|t| !places.iter().any(|p| p.start <= t.start && t.end <= p.end) && !lex.generic.contains(t.word))
            .all(|t| {
                let prefix = view.slice(t.start, head_start.min(t.end));
                let after_place = places.iter().any(|p| p.end == t.start);
                let rare_noun = after_place && t.end <= head_start && t.len() >= 2 && tagger.is_rare(t.word);
                matches!(t.tag, "n" | "vn" | "v" | "a" | "b" | "l" | "i" | "mq") && !rare_noun
                    || t.end > head_start && lex.generic.contains(prefix)
            });
        // So is an office, studio, shop or hotel after common words and no place (律师事务所,
        // 艺术工作室, 五星级酒店); with a place it is a business's name (北京辽海律师事务所).
        let premises = matches!(form, "事务所" | "工作室" | "超市" | "商场" | "酒店" | "宾馆");
        // So is insurance after common words and no place (医疗保险, 渔业保险, 大病保险): a
        // kind of policy, not an insurer; a kind the dictionary holds whole (新型农村 养老保险/n)
        // is one whatever stands before it.
        let policy = form == "保险" && !placed;
        // So are securities a person holds (高级管理人员证券, 名下证券, 旗下证券): no broker.
        let holder = tokens_between(view, start, head_start)
            .last()
            .is_some_and(|t| t.word.ends_with(['人', '员', '下']) || matches!(t.tag, "f" | "r"));
        if form == "证券" && holder {
            continue;
        }
        // A form before 办 names a government office's field (市证券 办, 地方金融证券 办/v): no company.
        let office = view.tokens.get(view.token_at(token.end)).is_some_and(|t| {
            t.start == token.end && t.word.starts_with('办') && (t.len() == 1 || !tagger.has_word(t.word))
        });
        if office {
            continue;
        }
        if common && (form == "公司" || policy || premises && !placed) || policy && is_kind_of_policy(token, tagger) {
            continue;
        }
        // A common word of the dictionary made of an industry and the form is a kind of
        // company (汽车集团/n, 矿业集团/n; not 银河证券, 万向集团).
        let industry_word = lex.industries.contains(modifier) || lex.generic.contains(modifier);
        if start == token.start && industry_word && is_common_word(token.word, tagger) {
            continue;
        }
        out.push(Candidate::new(start, token.end, EntityType::Company, PRIORITY_COMPANY));
    }
}

/// Where a registered name starts whose brand jieba cut at a conjunction inside it (北京 合天 和
/// 信 | 房地产开发有限公司): the name after the conjunction opens with one character before an
/// industry word, which no brand is; the word before the conjunction, and a place right before
/// that, belong to it.
fn brand_across_conjunction(view: &View<'_>, lex: &Lexicon, places: &[Candidate], start: usize) -> Option<usize> {
    let k = view.token_at(start);
    let first = &view.tokens[k];
    let next = view.tokens.get(k + 1)?;
    let conjunction = &view.tokens[k.checked_sub(1)?];
    let before = &view.tokens[k.checked_sub(2)?];
    let one_character_brand = first.start == start && first.len() == 1 && first.is_han();
    let joined = matches!(conjunction.word, "和" | "与");
    let brand_before = before.is_han() && (2..=3).contains(&before.len()) && !lex.stop_words.contains(before.word);
    if !(one_character_brand && joined && brand_before && lex.industries.contains(next.word)) {
        return None;
    }
    let place = places.iter().find(|p| p.end == before.start).map(|p| p.start);
    Some(place.unwrap_or(before.start))
}

/// True when a name is a group of a number of countries, a body of their governments and no
/// company (二十国集团, 七国集团, 77国集团; 十国集团 cut from 二十国集团 too).
pub(crate) fn is_group_of_countries(name: &str) -> bool {
    name.strip_suffix("国集团").is_some_and(|m| !m.is_empty() && m.chars().all(is_numeral))
}

/// True when a count of the biggest starts at `at` (两大, 五大, 几大): what follows is a kind
/// of company, not one.
pub(crate) fn counts_the_biggest(view: &View<'_>, at: usize) -> bool {
    view.char(at).is_some_and(|c| "两二三四五六七八九十几多数".contains(c)) && view.char(at + 1) == Some('大')
}

/// True for a digit or a Chinese numeral.
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "一二三四五六七八九十百".contains(c)
}

/// True when a word ending in 保险 is a kind of policy the dictionary holds whole (养老保险,
/// 医疗保险), not an insurer's name.
pub(crate) fn is_kind_of_policy(token: &Token<'_>, tagger: &Tagger) -> bool {
    token.word.len() > "保险".len() && token.word.ends_with("保险") && tagger.has_word(token.word)
}

/// Words that describe the company named after them (美国航天企业 | 蓝色起源公司, 龙头企业 |
/// 某讯精密), beside the trades of [`TRADES`] (零售巨头 | 欧图集团).
const APPOSITIONS: &[&str] = &["企业", "厂家", "龙头", "房企", "央企", "国企", "民企"];

/// True when `word` is a word that describes the company named after it, or a trade.
fn describes_a_company(word: &str) -> bool {
    APPOSITIONS.contains(&word) || TRADES.contains(&word)
}

/// True when `word` ends in a word that describes the company named after it (龙头企业).
fn is_apposition(word: &str) -> bool {
    APPOSITIONS.iter().chain(TRADES).any(|a| word.ends_with(a))
}

/// Where a name starts that a describing word stands inside of (…航天 企业 蓝色起源 公司):
/// after the last such word, when two characters or more of the name stay.
fn after_apposition(view: &View<'_>, lex: &Lexicon, start: usize, head_start: usize) -> usize {
    let tokens = tokens_between(view, start, head_start);
    // 企业 before a business word is part of the business (丽行 企业 管理 咨询有限公司).
    let describes = |k: usize| {
        let t = &tokens[k];
        let business = tokens.get(k + 1).is_some_and(|next| lex.industries.contains(next.word));
        t.start > start && t.end + 2 <= head_start && describes_a_company(t.word) && !business
    };
    // A relation to another company stands before the name, first word or not (股东 | 某松证券).
    let relates = |k: usize| tokens[k].end + 2 <= head_start && lex.company_relations.contains(tokens[k].word);
    (0..tokens.len()).filter(|&k| describes(k) || relates(k)).map(|k| tokens[k].end).next_back().unwrap_or(start)
}

/// Where a name starts that grew across another company's name and a conjunction jieba glued
/// to this one's brand (某松集团 与阳禾/nr 集团): after the conjunction.
fn after_joined_company(view: &View<'_>, lex: &Lexicon, start: usize, head_start: usize) -> usize {
    let tokens = tokens_between(view, start, head_start);
    let joined = |k: usize| k > 0 && conjunction_after_head(&tokens[k - 1], &tokens[k], &lex.company_form_index);
    (0..tokens.len()).filter(|&k| joined(k)).map(|k| tokens[k].start + 1).next_back().unwrap_or(start)
}

/// Where the parent company's full name starts when its form (有限公司, 公司) ends right before
/// the branch's name at `start` (…有限公司 | 织里 支行, …有限公司 | 某兰铁矿 分公司).
fn parent_before_branch(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, start: usize) -> Option<usize> {
    let parent = &view.tokens[view.token_at(start.checked_sub(1)?)];
    if parent.end != start || !parent.word.ends_with("公司") || parent.word.ends_with("分公司") {
        return None;
    }
    let form = lex.company_form_index.longest_suffix(view.slice(0, parent.end))?;
    let form_start = parent.end - form.chars().count();
    let part = |t: &Token<'_>| name_part(t, lex, tagger, false);
    let parent_start = extend_left(view, lex, form_start, parent.end, MAX_CHARS, &part)?;
    Some(group_brand_before(view, tagger, parent_start).unwrap_or(parent_start))
}

/// How a token stands in a company's full name, where it differs from other names (`None`
/// leaves it to [`is_name_part`]). Industry and business words run on even where they are
/// also verbs (城市建设投资集团, 港口开发有限公司), and so do fixed phrases (国有资本/l) and
/// words jieba does not know or rarely saw, whatever their tag (远度/d 互联 科技); one at the
/// name's edge is dropped as a verb there. Another company's form ends the name
/// (…有限公司由 | 某某投资有限公司), and a name jieba read `whole` grows only by proper nouns
/// (光耀/nr 东方集团/nt, 工行/j 北京分行/nt), not by common words (电话 升级 中国光大银行).
fn name_part(t: &Token<'_>, lex: &Lexicon, tagger: &Tagger, whole: bool) -> Option<bool> {
    let proper = matches!(t.tag, "ns" | "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j");
    if t.word.ends_with("公司") || whole && !proper {
        return Some(false);
    }
    if lex.industries.contains(t.word) {
        return Some(true);
    }
    let unknown = t.len() >= 2
        && t.is_han()
        && !matches!(t.tag, "p" | "c" | "r" | "u" | "uj" | "ul" | "uz" | "ud")
        && !(t.len() >= 3 && t.word.starts_with(|c| LEADING_PARTICLES.contains(c)))
        && !lex.stop_words.contains(t.word)
        && tagger.is_rare(t.word);
    let phrase = t.tag == "l" && !lex.stop_words.contains(t.word);
    (phrase || unknown).then_some(true)
}

/// Words that make 证券 after a place the securities of a market, trade or body rather than a
/// broker's name (上海证券 交易所, 中国证券 市场, 某地证券 业协会, 欧洲证券 和 市场管理局).
const SECURITIES_GO_ON: &[&str] = &[
    "交易", "市场", "业", "行业", "投资", "登记", "监督", "监管", "金融", "期货", "法", "账户", "时报", "报", "日报",
    "和", "与", "及",
];

/// True when `modifier` before 银行 names a bank: one of the common words the large banks go by
/// (建设银行, 民生银行) or a place alone (宁波银行); other words name a kind of bank (商业银行,
/// 网上银行) or the central bank, a public body (人民银行).
fn names_a_bank(modifier: &str, places: &[Candidate], start: usize, end: usize) -> bool {
    BANK_WORDS.contains(&modifier) || places.iter().any(|p| p.start == start && p.end == end && p.place.is_some())
}

/// The start of a bracket of two to six Han characters that ends right at `end`
/// (（苏州）, (中国)).
fn bracket_before(view: &View<'_>, end: usize) -> Option<usize> {
    if !view.char(end.checked_sub(1)?).is_some_and(|c| c == '）' || c == ')') {
        return None;
    }
    let close = end - 1;
    let mut open = close;
    while open > 0 && close - open <= 6 {
        open -= 1;
        match view.char(open) {
            Some('（' | '(') => return (close - open > 2).then_some(open),
            Some(c) if is_han(c) => {}
            _ => return None,
        }
    }
    None
}

/// Where the business words before a form start when a bracket stands before them
/// (…(湖州) 投资 建设 发展 | 有限公司): words that are verbs too, which no name starts with
/// unless the bracket's brand comes first.
fn business_words_after_bracket(
    view: &View<'_>,
    lex: &Lexicon,
    gazetteer: &Gazetteer,
    head_start: usize,
) -> Option<usize> {
    let mut start = head_start;
    let mut k = view.token_at(head_start.checked_sub(1)?);
    while view.tokens[k].end == start && lex.industries.contains(view.tokens[k].word) {
        start = view.tokens[k].start;
        k = k.checked_sub(1)?;
    }
    (start < head_start && bracketed_place(view, gazetteer, start).is_some()).then_some(start)
}

/// The start of a bracket that ends right at `end` and holds a place's name (（湖州）).
fn bracketed_place(view: &View<'_>, gazetteer: &Gazetteer, end: usize) -> Option<usize> {
    let open = bracket_before(view, end)?;
    let inner = view.slice(open + 1, end - 1);
    gazetteer.is_form(inner).then_some(open)
}

/// The brand before a bracketed place in a registered name when jieba cut it into words no
/// name is made of (中/f 节能/v (湖州) 科技城…有限公司): the two to four Han characters before
/// the bracket, back to a function word or punctuation.
fn brand_before_bracket(view: &View<'_>, open: usize) -> Option<usize> {
    let mut start = open;
    let mut k = view.token_at(open.checked_sub(1)?);
    loop {
        let t = &view.tokens[k];
        let function = matches!(t.tag, "p" | "c" | "u" | "uj" | "ul" | "d" | "r" | "m" | "q" | "x" | "w");
        if t.end != start || !t.is_han() || function || open - t.start > 4 {
            break;
        }
        start = t.start;
        if k == 0 {
            break;
        }
        k -= 1;
    }
    (open - start >= 2).then_some(start)
}

/// Where a name starts whose brand jieba cut into single characters at the opening of its
/// phrase (中/f 电/n 湖滨风电公司): at the first of two or three such characters, none a
/// function word, when the name starts among them.
fn opening_brand(view: &View<'_>, start: usize) -> Option<usize> {
    let single = |t: &Token<'_>| {
        t.len() == 1
            && t.is_han()
            && !matches!(t.tag, "p" | "c" | "u" | "uj" | "ul" | "ud" | "uz" | "d" | "r" | "y" | "v" | "a" | "b" | "m")
    };
    let k = view.token_at(start);
    if view.tokens[k].start != start || !single(&view.tokens[k]) {
        return None;
    }
    let mut first = k;
    while first > 0 && single(&view.tokens[first - 1]) {
        first -= 1;
    }
    let opens = first == 0 || !view.tokens[first - 1].is_han();
    let mut last = k;
    while view.tokens.get(last + 1).is_some_and(single) {
        last += 1;
    }
    let chars = last + 1 - first;
    (first < k && opens && (2..=3).contains(&chars)).then(|| view.tokens[first].start)
}

/// The most characters of a brand between a place and the rest of a registered name.
const MAX_PLACED_BRAND: usize = 6;

/// Where a registered name starts whose brand jieba read as a verb, an idiom or an adverb
/// (北京 大道 必/d 成 科技有限公司, 北京 马到成功/i 文化传播有限公司) and which opens its clause
/// with its place (：北京…): at the place, when at most six Han characters stand between, none
/// a function word, a place, a name or a verb too common for a brand (北京 成立 | 文化传播有限公司).
fn placed_brand(view: &View<'_>, tagger: &Tagger, places: &[Candidate], start: usize) -> Option<usize> {
    let opens_clause = |at: usize| at == 0 || view.char(at - 1).is_some_and(|c| !c.is_alphanumeric());
    let place = places.iter().filter(|p| p.end < start && start - p.end <= MAX_PLACED_BRAND).max_by_key(|p| p.end)?;
    // The place may close a chain of places that opens the clause (：某县 某镇 | 正/d 元/m …).
    let mut opening = place.start;
    while let Some(before) = places.iter().find(|p| p.end == opening) {
        opening = before.start;
    }
    if !opens_clause(opening) {
        return None;
    }
    let brand = tokens_between(view, place.end, start);
    // A numeral tag on a character that is no number (元/m) says nothing of a brand.
    let numeral = |t: &Token<'_>| t.tag == "m" && t.word.chars().any(|c| is_numeral(c) || "几多数余".contains(c));
    let no_brand = |t: &Token<'_>| {
        !t.is_han()
            || matches!(t.tag, "p" | "c" | "u" | "uj" | "ul" | "ud" | "uz" | "r" | "q" | "t" | "f" | "y" | "ns")
            || numeral(t)
            || t.tag.starts_with("nr")
            || t.len() == 1 && "是有为在将把被让给对向从与和及或也都就到来去赴已又再并".contains(t.word)
            || matches!(tagger.dictionary_tag(t.word), Some("v" | "vn" | "vd"))
                && tagger.is_too_common_for_a_brand(t.word)
    };
    (!brand.is_empty() && brand.first().is_some_and(|t| t.start == place.end) && !brand.iter().any(no_brand))
        .then_some(opening)
}

/// Where a registered name starts whose brand jieba cut into pieces no name is made of, right
/// between punctuation and the form (，正/d 大康/nz 地/uv 有限公司): at the punctuation, when two
/// to four Han characters stand between, no pronoun, function word of two or everyday word
/// among them and one a proper noun or a word jieba does not know.
fn brand_cut_before_registered_form(view: &View<'_>, tagger: &Tagger, form: &str, head_start: usize) -> Option<usize> {
    if !form.contains("有限") || head_start == 0 {
        return None;
    }
    let k = view.token_at(head_start - 1);
    let mut first = k;
    while first > 0 && view.tokens[first - 1].is_han() && head_start - view.tokens[first - 1].start <= MAX_OPENING_BRAND
    {
        first -= 1;
    }
    let opens = first == 0 || view.tokens[first - 1].word.chars().all(|c| !c.is_alphanumeric());
    let brand = &view.tokens[first..=k];
    let chars = head_start - view.tokens[first].start;
    let plain = |t: &Token<'_>| {
        !t.is_han()
            || t.tag == "r"
            || t.len() >= 2
                && (matches!(t.tag, "p" | "c" | "u" | "d" | "m" | "q" | "t" | "f" | "v" | "vn")
                    || tagger.is_frequent(t.word))
    };
    let proper =
        |t: &Token<'_>| t.len() >= 2 && (matches!(t.tag, "nz" | "nr" | "nrt" | "x" | "j") || tagger.is_rare(t.word));
    (opens
        && view.tokens[k].end == head_start
        && (2..=MAX_OPENING_BRAND).contains(&chars)
        && !brand.iter().any(plain)
        && brand.iter().any(proper))
    .then(|| view.tokens[first].start)
}

/// The most characters of a brand that opens its phrase before a company's name.
const MAX_OPENING_BRAND: usize = 4;

/// Where a registered name starts whose brand jieba cut into words no name is made of, right
/// after punctuation (”瑞X/q 达/v 听力技术（中国）有限公司): at the punctuation, when two to four
/// Han characters stand between, no function, time or place word, copula or everyday word
/// among them, one a word jieba does not know or rarely saw, and the name opens with a common
/// word.
fn brand_opening_phrase(view: &View<'_>, tagger: &Tagger, start: usize) -> Option<usize> {
    let k = view.token_at(start);
    // Only a name that opens with a common word lost its brand; one that opens with a place or
    // a brand is whole (某某是 | 丹麦大北集团, 这是 | 南某电网有限公司).
    let opening = view.tokens.get(k)?;
    if opening.start != start || k == 0 || !matches!(opening.tag, "n" | "vn") || tagger.is_rare(opening.word) {
        return None;
    }
    let mut first = k;
    while first > 0 && view.tokens[first - 1].is_han() && start - view.tokens[first - 1].start <= MAX_OPENING_BRAND {
        first -= 1;
    }
    // Punctuation opens the phrase, not a number (…17日到 | 某某有限公司).
    let opens = first == 0 || view.tokens[first - 1].word.chars().all(|c| !c.is_alphanumeric());
    let brand = &view.tokens[first..k];
    let no_word = |t: &&Token<'_>| {
        matches!(t.tag, "p" | "c" | "u" | "uj" | "ul" | "ud" | "uz" | "d" | "r" | "m" | "q" | "t" | "f" | "y" | "ns")
            && !(t.tag == "q" && tagger.is_rare(t.word))
            || t.len() >= 2 && (tagger.is_frequent(t.word) || matches!(tagger.dictionary_tag(t.word), Some("v" | "r")))
            || t.len() == 1 && "是有为在将把被让给对向从与和及或也都就到来去赴".contains(t.word)
            || t.tag.starts_with("nr") && t.len() >= 2
    };
    let rare = brand.iter().any(|t| t.len() >= 2 && tagger.is_rare(t.word));
    let chars = start - view.tokens[first].start;
    (opens && (2..=MAX_OPENING_BRAND).contains(&chars) && rare && !brand.iter().any(|t| no_word(&t)))
        .then(|| view.tokens[first].start)
}

/// A name whose first token is a single character glued to the word before it (发行 方|江苏…,
/// 明月 湖|商业…) starts after that character: jieba cut a word there, not a name's edge.
fn without_stray_first_char(view: &View<'_>, start: usize, end: usize) -> usize {
    let index = view.token_at(start);
    let first = &view.tokens[index];
    let glued = index > 0 && {
        let before = &view.tokens[index - 1];
        before.end == start && before.is_han() && !matches!(before.tag, "p" | "c" | "u" | "uj" | "ul" | "r")
    };
    if first.start == start && first.len() == 1 && first.is_han() && glued && first.end < end {
        first.end
    } else {
        start
    }
}

/// True when the token at `k` is a word jieba rarely saw and took for a verb right before 集团
/// (某钢/v 集团 矿业有限公司): the group's brand, for a verb does not govern a bare 集团.
fn brand_of_group(view: &View<'_>, tagger: &Tagger, k: usize) -> bool {
    let token = &view.tokens[k];
    token.tag == "v"
        && token.len() == 2
        && view.tokens.get(k + 1).is_some_and(|t| t.word == "集团" && t.start == token.end)
        && tagger.is_rare(token.word)
}

/// Where the brand of a group starts when the name starts at or right after its 集团 (某钢/v |
/// 集团 矿业有限公司, trimmed as a verb and a generic word).
fn group_brand_before(view: &View<'_>, tagger: &Tagger, start: usize) -> Option<usize> {
    let k = view.token_at(start);
    if view.tokens[k].start != start {
        return None;
    }
    let group = if view.tokens[k].word == "集团" { k } else { k.checked_sub(1)? };
    let brand = group.checked_sub(1)?;
    (view.tokens[group].word == "集团" && brand_of_group(view, tagger, brand)).then(|| view.tokens[brand].start)
}

/// A name does not open with a word the dictionary holds as a verb, adverb or preposition,
/// whatever jieba guessed in context (联系/n 比亚迪公司, 委托/n 深圳…事务所), nor with a
/// preposition glued to an unknown word (由山钢/n 集团, 对明家/n): those are dropped while
/// a specific core stays.
fn without_leading_verbs(
    view: &View<'_>,
    lex: &Lexicon,
    tagger: &Tagger,
    places: &[Candidate],
    mut start: usize,
    head_start: usize,
) -> usize {
    loop {
        let k = view.token_at(start);
        let token = &view.tokens[k];
        if token.start != start || token.end > head_start {
            return start;
        }
        // An everyday noun before a name (该项/r 目的/n | 某森/nr（福建）…) is the sentence's.
        let noun_before_name = token.tag == "n"
            && token.len() >= 2
            && tagger.is_frequent(token.word)
            && view.tokens.get(k + 1).is_some_and(|t| matches!(t.tag, "nr" | "nrt" | "nrfg"));
        let verb = token.end < head_start
            && !lex.industries.contains(token.word)
            && !brand_of_group(view, tagger, k)
            && (matches!(tagger.dictionary_tag(token.word), Some("v" | "d" | "p" | "c" | "l")) || noun_before_name);
        // A glued 以 takes a longer word (以长盈/nr), as brands open with it (以岭).
        let glued = token.len() >= 2
            && !tagger.has_word(token.word)
            && token.word.starts_with(|c| GLUED_CONJUNCTIONS.contains(c) || c == '以' && token.len() >= 3);
        let next = if verb {
            token.end
        } else if glued {
            start + 1
        } else {
            return start;
        };
        if !has_specific_core(view, lex, places, next, head_start) {
            return start;
        }
        start = next;
    }
}

/// A brand jieba did not read as a name between a place and the rest of a company's name
/// (湖北 新/a 日/m 电动车有限公司, 湖南 新月/t 电动车有限公司) belongs to the name: the name
/// starts at the place. Two or three characters, no function word, stop word or everyday word.
fn brand_after_place(
    view: &View<'_>,
    lex: &Lexicon,
    tagger: &Tagger,
    places: &[Candidate],
    start: usize,
    head_start: usize,
) -> usize {
    let mut from = start;
    let mut k = view.token_at(start);
    if view.tokens[k].start != start {
        return start;
    }
    while k > 0 && start - view.tokens[k - 1].start <= 3 {
        let t = &view.tokens[k - 1];
        let function_word = matches!(t.tag, "p" | "c" | "u" | "uj" | "ul" | "uz" | "ud" | "r" | "y" | "e" | "q");
        let ordinary = t.len() >= 2
            && (lex.stop_words.contains(t.word) || lex.generic.contains(t.word) || tagger.is_frequent(t.word));
        let counting = t.word.chars().any(|c| "两三四五六七八九十几各全每".contains(c));
        // Nor is a copula or another everyday verb of one character (某庄 煤矿 是 | 山煤集团).
        let verb = t.len() == 1 && t.tag == "v" && "是有为在到成".contains(t.word);
        if !t.is_han() || function_word || ordinary || counting || verb || LEADING_PARTICLES.contains(t.word) {
            break;
        }
        from = t.start;
        k -= 1;
    }
    let brand = start - from;
    let place = places.iter().find(|p| p.end == from && p.kind == EntityType::Place);
    match place {
        Some(place) if (2..=3).contains(&brand) && from < head_start => place.start,
        _ => start,
    }
}

/// A company name names its places from large to small (浙江湖州...): where a smaller place
/// stands right before a larger one (吴兴区浙江三一...), the name starts at the larger one.
fn place_order_start(gazetteer: &Gazetteer, places: &[Candidate], start: usize, end: usize) -> usize {
    let level = |c: &Candidate| c.place.map(|id| gazetteer.place(id).level);
    let mut inside: Vec<&Candidate> = places.iter().filter(|p| start <= p.start && p.end <= end).collect();
    inside.sort_by_key(|p| p.start);
    let mut begin = start;
    for pair in inside.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if let (Some(la), Some(lb)) = (level(a), level(b)) {
            if a.end == b.start && la > lb && la <= PlaceLevel::Town {
                begin = b.start;
            }
        }
    }
    begin
}

/// True when the span holds something beyond places, industry words and generic words.
fn has_specific_core(view: &View<'_>, lex: &Lexicon, places: &[Candidate], start: usize, end: usize) -> bool {
    let tokens = tokens_between(view, start, end);
    let rest: Vec<_> = tokens
        .iter()
        .filter(|t| !places.iter().any(|p| p.start <= t.start && t.end <= p.end))
        .filter(|t| !lex.industries.contains(t.word))
        .copied()
        .collect();
    let modifier = view.slice(start, end);
    !rest.is_empty() && !is_generic_modifier("", &rest, lex) && !lex.generic.contains(modifier)
}

/// True when the word the form starts inside is a brand jieba glued to it (雀巢公司/nt, 惠普公司/nt):
/// two characters or more before the form, a proper noun or no word of the dictionary, no
/// place, generic or industry word (not 美国公司, 外贸公司).
fn brand_glued_to_form(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, form_start: usize) -> bool {
    let token = &view.tokens[view.token_at(form_start)];
    if token.start >= form_start || token.tag != "nt" {
        return false;
    }
    let brand = view.slice(token.start, form_start);
    brand.chars().count() >= 2
        && brand.chars().all(super::tagger::is_han)
        && !lex.generic.contains(brand)
        && !lex.industries.contains(brand)
        && tagger.dictionary_tag(brand).is_none_or(|tag| BRAND_TAGS.contains(&tag) && !matches!(tag, "ns" | "m"))
}

/// Short names: a brand of two or three characters that jieba does not know as a common word,
/// directly followed by an industry word (德马科技, 立讯精密, 三一重工), and the short forms of
/// the word list (工行).
pub fn short_names(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, places: &[Candidate], out: &mut Vec<Candidate>) {
    for (i, token) in view.tokens.iter().enumerate() {
        if lex.company_names.contains(token.word) {
            out.push(Candidate::new(token.start, token.end, EntityType::Company, PRIORITY_COMPANY));
            continue;
        }
        if i == 0 || !lex.short_name_heads.contains(token.word) {
            continue;
        }
        // The brand: one token, or two single-character tokens (三 一).
        let mut brand_start = view.tokens[i - 1].start;
        let mut first = i - 1;
        // Single characters that are function words or verbs (则/d 是/v, 的/uj 大/a) are none.
        let brand_char = |t: &Token<'_>| {
            t.len() == 1 && !matches!(t.tag, "v" | "d" | "p" | "c" | "u" | "uj" | "ul" | "r" | "f" | "q" | "y" | "a")
        };
        if brand_char(&view.tokens[i - 1]) && i >= 2 && brand_char(&view.tokens[i - 2]) {
            brand_start = view.tokens[i - 2].start;
            first = i - 2;
        }
        // A function character jieba glued to the brand (而晓清/nr 环保) is not part of it.
        let glued = view.tokens[first].len() == 3 && view.tokens[first].end == token.start;
        if glued && view.char(brand_start).is_some_and(|c| GLUED_CONJUNCTIONS.contains(c)) {
            brand_start += 1;
        }
        let brand = view.slice(brand_start, token.start);
        let brand_chars = brand.chars().count();
        if !(2..=3).contains(&brand_chars) || !brand.chars().all(super::tagger::is_han) {
            continue;
        }
        let function_start = brand.starts_with([
            '将', '在', '一', '这', '那', '该', '其', '每', '各', '有', '是', '再', '又', '更', '还', '也', '都', '就',
            '已',
        ]);
        // Nor a count or ordinal with the copula (七是 电缆: the seventh point is).
        if function_start
            || brand.ends_with('是')
            || lex.generic.contains(brand)
            || lex.stop_words.contains(brand)
            || lex.industries.contains(brand)
        {
            continue;
        }
        // Nor is a body a brand (农业部 食品价格).
        if places.iter().any(|p| p.start <= brand_start && brand_start < p.end)
            || lex.organization_head_index.longest_suffix(brand).is_some()
        {
            continue;
        }
        let known = tagger.has_word(brand);
        let tag = view.tokens[first].tag;
        // One word that the dictionary holds as a common word, whatever jieba guessed here
        // (普通/nz 水泥), is no brand.
        let one_word = view.tokens[first].len() == brand_chars;
        let function_word = matches!(tag, "p" | "c" | "d" | "u" | "uj" | "ul" | "r" | "f" | "q" | "y");
        // Nor a brand that opens with a verb of the dictionary (开发新/nz 能源).
        let opens_with_verb = brand_chars == 3 && {
            let two: String = brand.chars().take(2).collect();
            tagger.dictionary_tag(&two) == Some("v")
        };
        let common = one_word && (is_common_word(brand, tagger) || tagger.is_frequent(brand) || function_word);
        // Nor a kind of market or trade (欧美储能市场, 智能汽车行业).
        let category = view.tokens.get(i + 1).is_some_and(|t| CATEGORY_NOUNS.contains(&t.word));
        if category
            || common
            || opens_with_verb
            || known && !BRAND_TAGS.contains(&tag)
            || brand.chars().any(|c| "第个首几多两全整各每本该这那有了篇种类项批轮".contains(c))
        {
            continue;
        }
        // The brand must be the whole modifier: the token before it is not part of a name.
        // (A place right before it is fine: 东林镇禾丰农业.)
        let after_place = places.iter().any(|p| p.end == brand_start);
        let after_kind = first > 0 && is_apposition(view.tokens[first - 1].word);
        if first > 0
            && is_name_part(&view.tokens[first - 1], lex)
            && view.tokens[first - 1].tag != "v"
            && !after_place
            && !after_kind
        {
            continue;
        }
        // A farm, plant or school named by the words (某罕坝 机械 林场) is their whole name.
        if view.tokens.get(i + 1).is_some_and(|n| UNITS_AFTER_SHORT_NAMES.contains(&n.word)) {
            continue;
        }
        out.push(Candidate::new(brand_start, token.end, EntityType::Company, PRIORITY_COMPANY - 1));
    }
}

/// Farms, plants and schools whose names hold a short name's words (某罕坝 机械 林场).
const UNITS_AFTER_SHORT_NAMES: &[&str] = &["林场", "农场", "牧场", "渔场", "学校", "学院", "研究所", "研究院"];

/// Titles of a company's officers: a brand before one, with the officer's name after it, is
/// the company (海某 总裁 张某某, 华某 创始人 任某某).
const OFFICERS: &[&str] = &[
    "董事长",
    "总裁",
    "副总裁",
    "总经理",
    "副总经理",
    "创始人",
    "联合创始人",
    "首席执行官",
    "首席财务官",
    "首席技术官",
    "CEO",
    "CFO",
    "CTO",
    "董事局主席",
    "董事会主席",
];

/// The regions a company's officers answer for (亚太 总裁), which are no brands.
const REGIONS_OF_BUSINESS: &[&str] = &["亚太", "大中华", "全球", "海外", "国际", "中国", "北美", "欧洲"];

/// Words that modify an officer's title (荣誉 董事长), which are no brands.
const TITLE_MODIFIERS: &[&str] = &["荣誉", "名誉", "执行", "常务", "首席", "高级", "资深", "现任", "时任", "前任"];

/// Brands of one sentence named by the officer after them: a proper noun of two to four Han
/// characters, a company title, then a name (海某/nrt 总裁 张某某/nr).
pub fn before_officers(
    view: &View<'_>,
    lex: &Lexicon,
    tagger: &Tagger,
    places: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    let tokens = &view.tokens;
    for (i, brand) in tokens.iter().enumerate() {
        let proper = matches!(brand.tag, "nz" | "nr" | "nrt" | "nrfg" | "nt" | "j")
            || brand.tag == "x" && brand.is_han() && !tagger.has_word(brand.word);
        if !proper {
            continue;
        }
        // The title, one token or two (首席 执行官), then the name.
        let is_title = |n: usize| {
            tokens.get(i + 1..i + 1 + n).is_some_and(|ts| match ts {
                [one] => OFFICERS.contains(&one.word),
                [a, b] => OFFICERS
                    .iter()
                    .any(|o| o.len() == a.word.len() + b.word.len() && o.starts_with(a.word) && o.ends_with(b.word)),
                _ => false,
            })
        };
        let Some(n) = (1..=2).find(|&n| is_title(n)) else { continue };
        if !tokens.get(i + 1 + n).is_some_and(|t| t.tag.starts_with("nr")) {
            continue;
        }
        // Not an everyday word (通讯, 荣誉), a body or party (某民党 总裁), a company's region
        // (中国区, 亚太 总裁) or a title run on (总裁兼).
        let word = brand.word;
        let plain = lex.generic.contains(word)
            || lex.stop_words.contains(word)
            || lex.industries.contains(word)
            || is_common_word(word, tagger)
            || tagger.is_frequent(word)
            || lex.organization_head_index.longest_suffix(word).is_some()
            || word.ends_with(['区', '党'])
            || REGIONS_OF_BUSINESS.contains(&word)
            || TITLE_MODIFIERS.contains(&word)
            || lex.company_form_index.longest_suffix(word).is_some()
            || OFFICERS.iter().any(|o| word.contains(o));
        let placed = places.iter().any(|p| p.start < brand.end && brand.start < p.end);
        // The brand must open its phrase (中兴 通讯 总裁 is no 通讯): a function word, a
        // verb or no Han word stands before it.
        let opens = i == 0 || {
            let b = &tokens[i - 1];
            !b.is_han() || matches!(b.tag, "p" | "c" | "uj" | "ul" | "u" | "v" | "vn" | "d" | "r" | "f" | "t")
        };
        if (2..=4).contains(&brand.len()) && brand.is_han() && !plain && !placed && opens {
            // A Latin brand right before it is its first part (ABC通讯 CEO).
            let latin = (i > 0).then(|| &tokens[i - 1]).filter(|b| {
                b.end == brand.start && b.word.chars().all(|c| c.is_ascii_alphanumeric()) && !b.word.is_empty()
            });
            let start = latin.map_or(brand.start, |b| b.start);
            out.push(Candidate::new(start, brand.end, EntityType::Company, PRIORITY_COMPANY));
        }
    }
}

/// Words of a trade that name the company right after them by its brand alone (芯片制造商 |
/// 某特尔, 零部件供应商 | 某世): makers, suppliers, dealers and giants.
const TRADES: &[&str] = &[
    "巨头",
    "厂商",
    "车企",
    "药企",
    "制造商",
    "供应商",
    "运营商",
    "开发商",
    "生产商",
    "服务商",
    "提供商",
    "经销商",
    "零售商",
    "承包商",
];

/// The most characters of a brand named after its trade.
const MAX_TRADED_BRAND: usize = 6;

/// True when `word` ends in a word of a trade (芯片制造商, 供应商): the company or project named
/// after it starts after it.
pub(crate) fn is_trade(word: &str) -> bool {
    // Every trade ends in one of these; the check runs on every word.
    word.ends_with(['商', '头', '企']) && TRADES.iter().any(|t| word.ends_with(t))
}

/// Companies named by their brand right after their trade (汽车零部件供应商 某世 宣布, 芯片
/// 制造商 某特尔 表示): one or two proper nouns or words jieba does not know, two to six
/// characters, no place and no person's name, and then the clause goes on with a verb, a
/// preposition, 的 or punctuation. A form after the brand is [`full_names`]' to read.
pub fn after_trades(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, places: &[Candidate], out: &mut Vec<Candidate>) {
    let tokens = &view.tokens;
    for (k, trade) in tokens.iter().enumerate() {
        if !is_trade(trade.word) {
            continue;
        }
        let brand_word = |t: &Token<'_>| {
            (t.is_han() || t.tag == "eng")
                && matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz" | "ns" | "j" | "eng" | "x")
                && !tagger.is_frequent(t.word)
                && !lex.generic.contains(t.word)
                && !lex.stop_words.contains(t.word)
                && !places.iter().any(|p| p.start < t.end && t.start < p.end)
        };
        // A brand jieba read whole with its form (波音公司/nt) is the company too.
        let with_form = tokens.get(k + 1).is_some_and(|t| {
            t.tag == "nt"
                && t.len() >= 4
                && lex.company_form_index.longest_suffix(t.word).is_some_and(|f| f.len() < t.word.len())
        });
        let mut end = k + 1;
        if with_form {
            end += 1;
        }
        while !with_form && end < tokens.len() && end < k + 3 && brand_word(&tokens[end]) {
            end += 1;
        }
        if end == k + 1 {
            continue;
        }
        let (start, stop) = (tokens[k + 1].start, tokens[end - 1].end);
        let name = view.slice(start, stop);
        let goes_on = tokens.get(end).is_none_or(|t| {
            !(t.is_han() || t.tag == "eng") || matches!(t.tag, "v" | "vd" | "p" | "uj" | "c" | "d") || t.word == "等"
        });
        let person = end == k + 2
            && tokens[k + 1].tag == "nr"
            && (super::person::looks_like_name(name, lex) || name.ends_with('某'));
        // A word the dictionary holds may be the trade's predicate instead (厂商 云集, 巨头
        // 抗衡, 经销商 掌控。, 巨头 之列 的): it names a brand only where it is no everyday word,
        // no phrase of four, and the clause goes on after it with more than 的 or a stop.
        let known = (k + 1..end).any(|j| tokens[j].is_han() && tagger.has_word(tokens[j].word));
        let predicate = known
            && (name.chars().count() >= 4 && end == k + 2
                || (k + 1..end).any(|j| tagger.is_too_common_for_a_brand(tokens[j].word))
                || tokens.get(end).is_none_or(|t| {
                    matches!(t.word, "的" | "了" | "着" | "过" | "，" | "。" | "、" | "；" | "！" | "？" | "”")
                }));
        if goes_on && !person && !predicate && (2..=MAX_TRADED_BRAND).contains(&(stop - start)) {
            out.push(Candidate::new(start, stop, EntityType::Company, PRIORITY_COMPANY - 1));
        }
    }
}

/// The longest subject [`described`] takes for a company's name, in characters.
const MAX_DESCRIBED: usize = 10;

/// Names a clause describes as a company (某某电子是一家…电子配件企业, 某某是一家…公司): the
/// words between the clause's start and 是 一家, when the clause goes on to a word ending in 公司
/// or 企业 and the words are a name: Han or Latin, no pronoun, function word or verb, not a place
/// alone; a describing word before them (生产商) is no part of it.
pub fn described(view: &View<'_>, lex: &Lexicon, places: &[Candidate], out: &mut Vec<Candidate>) {
    let tokens = &view.tokens;
    let clause_break = |t: &Token<'_>| matches!(t.word, "，" | "," | "。" | "；" | ";" | "：" | ":" | "！" | "？");
    for j in 1..tokens.len() {
        if tokens[j].word != "是" || tokens.get(j + 1).is_none_or(|t| t.word != "一家") {
            continue;
        }
        let companies = tokens[j + 2..]
            .iter()
            .take_while(|t| !clause_break(t))
            .take(15)
            .any(|t| t.word.ends_with("公司") || t.word.ends_with("企业"));
        if !companies {
            continue;
        }
        let first =
            (0..j).rev().find(|&k| clause_break(&tokens[k]) || !tokens[k].word.chars().all(char::is_alphanumeric));
        let first = first.map_or(0, |k| k + 1);
        if first >= j {
            continue;
        }
        let (start, end) = (tokens[first].start, tokens[j - 1].end);
        let words = &tokens[first..j];
        let plain = words
            .iter()
            .any(|t| matches!(t.tag, "r" | "d" | "p" | "c" | "u" | "uj" | "ul" | "v" | "vn" | "m" | "f" | "t"))
            || words.len() == 1 && (lex.generic.contains(words[0].word) || lex.stop_words.contains(words[0].word))
            // A person is the company's owner or staff (某某是一家…企业的老板); 后者 and 前者 point back.
            || words.iter().any(|t| t.tag.starts_with("nr") && super::person::looks_like_name(t.word, lex))
            || words.iter().any(|t| matches!(t.word, "后者" | "前者"));
        let start = after_apposition(view, lex, start, end);
        let place_alone = places.iter().any(|p| p.start <= start && end <= p.end);
        if !plain && !place_alone && (2..=MAX_DESCRIBED).contains(&(end - start)) {
            out.push(Candidate::new(start, end, EntityType::Company, PRIORITY_COMPANY - 1));
        }
    }
}

/// Words that end a predicate saying what company its subject is (…是一家金融科技公司).
const COMPANY_KINDS: &[&str] =
    &["公司", "企业", "集团", "制造商", "供应商", "运营商", "服务商", "开发商", "生产商", "厂商", "零售商"];

/// A name that the clause it opens says is a company (某泊国际是总部位于香港的金融科技公司,
/// 某某是一家…企业): the subject before 是, one to three words and two to eight characters of
/// Han or Latin letters, no pronoun, function word, generic word or everyday word, when the
/// predicate describes (一家, 的) and ends in a word of kind.
pub fn defined(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, chosen: &mut Vec<Candidate>) {
    let tokens = &view.tokens;
    for (k, copula) in tokens.iter().enumerate().filter(|(_, t)| t.word == "是") {
        let first = tokens[..k].iter().rposition(|t| !(t.is_han() || t.tag == "eng")).map_or(0, |p| p + 1);
        let subject = &tokens[first..k];
        let (start, end) = match (subject.first(), subject.last()) {
            (Some(a), Some(b)) => (a.start, b.end),
            _ => continue,
        };
        let plain = |t: &Token<'_>| {
            matches!(
                t.tag,
                "r" | "p" | "c" | "d" | "v" | "m" | "q" | "t" | "f" | "u" | "uj" | "a" | "ad" | "vn" | "l" | "i"
            ) || lex.generic.contains(t.word)
                || lex.stop_words.contains(t.word)
        };
        let proper = |t: &Token<'_>| matches!(t.tag, "nz" | "nt" | "j" | "eng" | "x" | "nrt");
        // A word of the dictionary alone names a kind (棉纺厂 是 …企业), unless a proper noun.
        let everyday = subject.len() == 1 && tagger.has_word(subject[0].word) && !proper(&subject[0]);
        // Nor does a conjunction jieba glued to the name (而凯雷/nr) belong to it.
        let glued = subject[0].len() >= 3 && subject[0].word.starts_with(|c| GLUED_CONJUNCTIONS.contains(c));
        let start = if glued { start + 1 } else { start };
        if !(1..=3).contains(&subject.len())
            || !(2..=8).contains(&(end - start))
            || end - start == 2 && !proper(&subject[0])
            || subject.iter().any(plain)
            || everyday
            || chosen.iter().any(|c| c.start < end && start < c.end)
        {
            continue;
        }
        let clause_end = tokens[k + 1..].iter().position(|t| !(t.is_han() || t.tag == "eng" || t.tag == "m"));
        let predicate = &tokens[k + 1..k + 1 + clause_end.unwrap_or(tokens.len() - k - 1)];
        // One kind, not the first of a list (是众多 手机厂商、PC厂商 …).
        let listed = tokens.get(k + 1 + predicate.len()).is_some_and(|t| t.word == "、");
        let describes = predicate.iter().any(|t| matches!(t.word, "一家" | "的")) && !listed;
        let kind = predicate.last().is_some_and(|t| COMPANY_KINDS.iter().any(|w| t.word.ends_with(w)));
        if describes && kind && copula.end < view.len() {
            chosen.push(Candidate::new(start, end, EntityType::Company, PRIORITY_COMPANY));
        }
    }
    chosen.sort_by_key(|c| (c.start, c.end));
}

/// Names listed with 、 beside a company (引进了远帆、恒能、晨曦等) are companies too, when
/// they are single short words that nothing else claims. `brands` are words the document
/// uses to start a company's name (吉利 of 吉利商用车集团): a list holding one is a list of
/// companies.
pub fn listed(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, brands: &HashSet<String>, chosen: &mut Vec<Candidate>) {
    list_companies(view, lex, tagger, brands, chosen, false);
}

/// Names listed with 、 beside two companies or more that the model found, as many as half the
/// items (康X、科X、华X、腾X等): the others are companies too, under the checks of [`listed`].
pub fn listed_by_the_model(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, chosen: &mut Vec<Candidate>) {
    if view.text.contains('、') {
        list_companies(view, lex, tagger, &HashSet::new(), chosen, true);
    }
}

/// The lists of companies of a sentence: by a company the rules found or a brand of the
/// document in the list, or, `by_the_model`, by two of the model's companies or more.
fn list_companies(
    view: &View<'_>,
    lex: &Lexicon,
    tagger: &Tagger,
    brands: &HashSet<String>,
    chosen: &mut Vec<Candidate>,
    by_the_model: bool,
) {
    let tokens = &view.tokens;
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].word != "、" {
            i += 1;
            continue;
        }
        // A run of items separated by 、: item, 、, item, 、, item ... An item is one token,
        // or a brand and an industry word (超越/v 数控).
        let mut items: Vec<(usize, usize)> = Vec::new();
        // The first item is one word, maybe after its country or province (韩国 三星、); two
        // proper nouns are a brand of two words (一汽/j 丰田/nz、); a word jieba knows after
        // another name part is the tail of a longer name (恒锐 风机 制造厂、).
        let tail = |t: &Token<'_>| t.is_han() && is_name_part(t, lex) && !matches!(t.tag, "v" | "ns");
        // A brand jieba cut in two: a word that is no everyday or generic word, then a rare
        // proper noun or bound morpheme (天枢 智芯/ng).
        let cut_brand = |k: usize| {
            let (first, second) = (&tokens[k], &tokens[k + 1]);
            tail(first)
                && tail(second)
                && first.len() >= 2
                && !tagger.is_frequent(first.word)
                && !lex.generic.contains(first.word)
                && !matches!(tagger.dictionary_tag(first.word), Some("c" | "p" | "d" | "v" | "a" | "ad" | "r" | "u"))
                && (tagger.has_word(first.word) || !first.word.starts_with(|c| LEADING_PARTICLES.contains(c)))
                && matches!(second.tag, "ng" | "x" | "nz" | "nr" | "nrt" | "j")
                && tagger.is_rare(second.word)
        };
        // A brand of three or four characters jieba cut into a word and a verb (星驰 聚能/v,
        // 智 必选/v), standing whole between separators, in a list that 等企业 closes.
        let closed_by_company_word = |k: usize| {
            let rest = &tokens[k..];
            let end = rest.iter().position(|t| !(t.is_han() || t.word == "、")).unwrap_or(rest.len());
            rest[..end].iter().position(|t| t.word == "等").is_some_and(|m| followed_by_company_word(tokens, k + m))
        };
        let glued_brand = |k: usize| {
            let (first, second) = (&tokens[k], &tokens[k + 1]);
            first.is_han()
                && second.is_han()
                && second.tag == "v"
                && (3..=4).contains(&(first.len() + second.len()))
                && !lex.stop_words.contains(first.word)
                && !lex.generic.contains(first.word)
                && !lex.industries.contains(first.word)
                && !matches!(tagger.dictionary_tag(first.word), Some("c" | "p" | "d" | "v" | "r" | "u" | "m" | "q"))
                && closed_by_company_word(k + 2)
        };
        // In a list that 等企业 closes, a brand and any industry word make an item (某影 影视、):
        // a Han word that is no everyday, generic or industry word (交通 运输, 酒店 餐饮 name
        // sectors).
        let industry_item = |k: usize| {
            let brand = &tokens[k];
            k + 1 < tokens.len()
                && lex.industries.contains(tokens[k + 1].word)
                && brand.is_han()
                && !tagger.is_too_common_for_a_brand(brand.word)
                && !lex.industries.contains(brand.word)
                && !lex.generic.contains(brand.word)
                && !lex.stop_words.contains(brand.word)
                && closed_by_company_word(k)
        };
        // A word jieba tags as a place that is none here and a proper noun make one item
        // (某阴 某化、): the company's place and brand.
        let placed_brand = |k: usize| {
            k + 1 < tokens.len()
                && tokens[k].tag == "ns"
                && !chosen.iter().any(|c| c.kind == EntityType::Place && c.start == tokens[k].start)
                && matches!(tokens[k + 1].tag, "nz" | "nr" | "nrt" | "ns" | "j" | "x")
                && tokens[k + 1].len() >= 2
                && tokens[k + 1].is_han()
        };
        if i >= 2 && tail(&tokens[i - 2]) && !tagger.is_rare(tokens[i - 1].word) {
            let proper = |t: &Token<'_>| matches!(t.tag, "nz" | "j" | "nt" | "x" | "nr" | "nrt");
            if matches!(tokens[i - 2].tag, "nz" | "j" | "nt" | "x") && proper(&tokens[i - 1])
                || (i == 2 || !tail(&tokens[i - 3])) && industry_item(i - 2)
            {
                items.push((i - 2, i));
            }
        } else if i >= 2 && cut_brand(i - 2) && (i == 2 || !tail(&tokens[i - 3])) {
            // A brand cut in two that opens the item (天枢/n 智芯/ng、).
            items.push((i - 2, i));
        } else if i > 0 {
            items.push((i - 1, i));
        }
        let ends_item = |k: usize| {
            tokens.get(k).is_none_or(|t| t.word == "、" || !t.is_han() || matches!(t.word, "等" | "和" | "及"))
        };
        let mut j = i;
        while j < tokens.len() && tokens[j].word == "、" && j + 1 < tokens.len() {
            // Two words make one item before a short-name head (惠达 卫浴), or when they are
            // the whole item and a brand cut in two (天枢 智芯).
            let two = j + 2 < tokens.len()
                && (lex.short_name_heads.contains(tokens[j + 2].word)
                    || cut_brand(j + 1)
                    || glued_brand(j + 1)
                    || industry_item(j + 1)
                    || placed_brand(j + 1))
                && ends_item(j + 3);
            let end = if two { j + 3 } else { j + 2 };
            items.push((j + 1, end));
            j = end;
        }
        i = j.max(i + 1);
        let spans: Vec<(usize, usize)> = items.iter().map(|&(a, b)| (tokens[a].start, tokens[b - 1].end)).collect();
        let is_company = |s: (usize, usize)| {
            // The rules' companies, not the model's guesses, make a list one of companies.
            chosen
                .iter()
                .any(|c| c.kind == EntityType::Company && c.priority > PRIORITY_MODEL && c.start <= s.0 && s.1 <= c.end)
                || brands.contains(view.slice(s.0, s.1))
        };
        let last = items.last().map_or(i, |&(_, end)| end - 1);
        // A list that 等企业 closes names companies even by everyday nouns (科某、百度、曙光等企业);
        // one only beside a company may be of things (中石油、煤炭等能源).
        let closed_as_companies = !by_the_model && followed_by_company_word(tokens, last + 1);
        // One that 等 and a field close (中石油、煤炭等能源行业) is a list of industries.
        let closed_as_fields = tokens.get(last + 1).is_some_and(|t| t.word == "等")
            && tokens.get(last + 2).is_some_and(|t| FIELDS.iter().any(|f| t.word.ends_with(f)));
        if closed_as_fields {
            continue;
        }
        if by_the_model {
            let model_company = |s: &(usize, usize)| {
                chosen.iter().any(|c| c.kind == EntityType::Company && c.start == s.0 && c.end == s.1)
            };
            let found = spans.iter().filter(|s| model_company(s)).count();
            if found < 2 || found * 2 < spans.len() || found == spans.len() {
                continue;
            }
        } else if !spans.iter().any(|&s| is_company(s)) && !closed_as_companies {
            continue;
        }
        // A list whose items are mostly places (北京、上海、中国香港) is a list of places.
        let is_place =
            |s: &(usize, usize)| chosen.iter().any(|c| c.kind == EntityType::Place && c.start <= s.0 && s.1 <= c.end);
        if spans.iter().filter(|s| is_place(s)).count() * 2 > spans.len() {
            continue;
        }
        for &(k, end) in &items {
            // A form alone is a kind of company (家庭农场, 合作社), no name.
            let item = view.slice(tokens[k].start, tokens[end - 1].end);
            if lex.company_form_index.longest_suffix(item) == Some(item) {
                continue;
            }
            if end == k + 2 {
                // A brand and an industry word: the brand is a Han word of two or three
                // characters that is no common or stop word.
                let (brand, head) = (&tokens[k], &tokens[k + 1]);
                let free = !chosen.iter().any(|c| c.start < head.end && brand.start < c.end);
                if free
                    && brand.is_han()
                    && ((2..=3).contains(&brand.len()) || head.tag == "v" && head.end - brand.start == 3)
                    && !lex.stop_words.contains(brand.word)
                    && !lex.generic.contains(brand.word)
                    && !lex.industries.contains(brand.word)
                {
                    chosen.push(Candidate::new(brand.start, head.end, EntityType::Company, PRIORITY_COMPANY));
                }
                continue;
            }
            let t = &tokens[k];
            let free = !chosen.iter().any(|c| c.start < t.end && t.start < c.end);
            let institution = INSTITUTIONS.iter().any(|h| t.word.ends_with(h));
            // A word before a kind of enterprise is the business (显示屏 企业 | 某拓电子); 龙头 is
            // also a tap (某恩 龙头).
            let business = tokens.get(k + 1).is_some_and(|n| n.word != "龙头" && describes_a_company(n.word));
            if free
                && !institution
                && !business
                && t.is_han()
                && (2..=4).contains(&t.len())
                && is_name_part(t, lex)
                && !lex.generic.contains(t.word)
                && !lex.industries.contains(t.word)
                && !lex.is_title(t.word)
                && t.tag != "v"
                && t.tag != "vn"
                && !(t.tag == "n" && tagger.is_frequent(t.word) && !closed_as_companies)
            {
                chosen.push(Candidate::new(t.start, t.end, EntityType::Company, PRIORITY_COMPANY));
            }
        }
        chosen.sort_by_key(|c| (c.start, c.end));
    }
}

/// The registered forms a subsidiary named after its group's brand ends in.
const SUBSIDIARY_FORMS: &[&str] = &["有限公司", "有限责任公司", "股份有限公司"];

/// The most characters between a group's brand and the form of a subsidiary named after it.
const MAX_SUBSIDIARY_NAME: usize = 4;

/// The brands longest first, then in their order: the order [`subsidiaries`] tries them in, so
/// that the same input always gives the same names.
pub fn longest_first(brands: &HashSet<String>) -> Vec<&str> {
    let mut ordered: Vec<&str> = brands.iter().map(String::as_str).collect();
    ordered.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    ordered
}

/// Subsidiaries named after a brand of the document's companies (`brands`, in
/// [`longest_first`] order) that jieba cut across their words (正/d 大康/nz 地/uv 有限公司
/// beside 正大集团): the brand, one to four Han characters and a registered form, where no
/// other name stands.
pub fn subsidiaries(view: &View<'_>, brands: &[&str], chosen: &mut Vec<Candidate>) {
    for brand in brands {
        for (byte, _) in view.text.match_indices(brand) {
            let start = view.char_at_byte(byte);
            let after = start + brand.chars().count();
            let opens = start == 0 || view.char(start - 1).is_none_or(|c| !is_han(c));
            if !opens && !view.is_boundary(start) {
                continue;
            }
            let found = SUBSIDIARY_FORMS.iter().find_map(|form| {
                (after + 1..=after + MAX_SUBSIDIARY_NAME).find_map(|form_start| {
                    let end = form_start + form.chars().count();
                    let middle_is_han = (after..form_start).all(|k| view.char(k).is_some_and(is_han));
                    (middle_is_han && end <= view.len() && view.slice(form_start, end) == *form).then_some(end)
                })
            });
            let Some(end) = found else { continue };
            if !chosen.iter().any(|c| c.start < end && start < c.end && c.kind != EntityType::Place) {
                chosen.retain(|c| !(c.start < end && start < c.end));
                chosen.push(Candidate::new(start, end, EntityType::Company, PRIORITY_COMPANY));
            }
        }
    }
    chosen.sort_by_key(|c| (c.start, c.end));
}

/// A person whose name is the brand of a company of the document (某亚迪 表示 beside 某亚迪汽车)
/// is that company: a cue of saying follows companies as well as persons. Not a Chinese name,
/// which opens the name of its bearer's studio (某全珍 工作室).
pub fn brands_named_as_persons(view: &View<'_>, lex: &Lexicon, brands: &HashSet<String>, chosen: &mut [Candidate]) {
    for c in chosen.iter_mut().filter(|c| c.kind == EntityType::Person) {
        let name = view.slice(c.start, c.end);
        if brands.contains(name) && !super::person::looks_like_name(name, lex) {
            c.kind = EntityType::Company;
        }
    }
}

/// The brands of a document's companies: the first word of each company name, when it is
/// a word of two to four Han characters that no place candidate covers and that is no common
/// or generic word (吉利 of 吉利商用车集团; not 浙江 of 浙江三一装备有限公司, nor 国家 of 国家电网).
pub fn brands(views: &[View<'_>], chosen: &[Vec<Candidate>], lex: &Lexicon, tagger: &Tagger) -> HashSet<String> {
    let mut out = HashSet::new();
    for (view, candidates) in views.iter().zip(chosen) {
        for c in candidates.iter().filter(|c| c.kind == EntityType::Company) {
            let first = &view.tokens[view.token_at(c.start)];
            let placed =
                candidates.iter().any(|p| p.kind == EntityType::Place && p.start <= first.start && first.start < p.end);
            let word = first.word;
            let plain = lex.generic.contains(word) || lex.industries.contains(word) || is_common_word(word, tagger);
            if first.start == c.start
                && first.end < c.end
                && (2..=4).contains(&first.len())
                && first.is_han()
                && !placed
                && !plain
            {
                out.insert(first.word.to_owned());
            }
        }
    }
    out
}

/// Brands and names the document gives as companies name the company wherever their words
/// stand again as whole words (星驰聚能 in a list of companies, then 创立了星驰聚能): Han
/// names of three characters or more that are no everyday word, found by the rules (the
/// model's guesses stay where it made them).
pub fn repeated(views: &[View<'_>], chosen: &mut [Vec<Candidate>], tagger: &Tagger) {
    let mut names: Vec<&str> = Vec::new();
    for (view, candidates) in views.iter().zip(chosen.iter()) {
        for c in candidates.iter().filter(|c| c.kind == EntityType::Company && c.priority > PRIORITY_MODEL) {
            let name = view.slice(c.start, c.end);
            if name.chars().count() >= 3 && name.chars().all(is_han) {
                names.push(name);
            }
        }
    }
    // Each name once: the common-word test tags the name.
    names.sort_unstable();
    names.dedup();
    names.retain(|name| !is_common_word(name, tagger));
    find_again(views, chosen, names, EntityType::Company, PRIORITY_COMPANY, &|_, _| false);
}

/// Endings of listed items that are institutions, not companies (当地政府, 金融机构).
const INSTITUTIONS: &[&str] = &["政府", "机构", "企业", "部门", "单位", "组织", "协会", "银行业"];

/// Words that say the list before them names companies: 远帆、恒能等企业.
const COMPANY_WORDS: &[&str] =
    &["企业", "公司", "集团", "龙头企业", "品牌", "车企", "药企", "房企", "厂商", "上市公司", "头部企业"];

/// Words after 等 that end the reading of a list as one of companies: a particle or a field.
const LIST_BREAKS: &[&str] = &["的", "和", "与", "及", "领域", "方面", "行业", "产业", "基础设施", "项目", "产品"];

/// Nouns of fields of business that close a list of industries (能源行业, 高端产业, 消费领域).
const FIELDS: &[&str] = &["行业", "产业", "领域", "板块", "部门"];

/// Particles of aspect after a verb (造就 了 企业): the list ends a clause's subject, not a
/// list of companies.
const ASPECT_PARTICLES: &[&str] = &["了", "着", "过"];

/// True when the tokens from `next` read 等企业, 等知名企业, 等公司 ...
fn followed_by_company_word(tokens: &[super::tagger::Token<'_>], next: usize) -> bool {
    let Some(first) = tokens.get(next) else { return false };
    if !matches!(first.word, "等" | "等等") {
        return false;
    }
    // A few words of kind may stand between (等知名民营企业), not a field or another noun
    // phrase (等领域的光伏企业, 等基础设施和企业设备). An internet or trading platform is a
    // company too (等互联网平台), a public one is not (等服务平台).
    let words: Vec<&str> = tokens[next + 1..]
        .iter()
        .take(5)
        .take_while(|t| {
            t.word.chars().any(super::tagger::is_han)
                && !LIST_BREAKS.contains(&t.word)
                && !ASPECT_PARTICLES.contains(&t.word)
        })
        .map(|t| t.word)
        .collect();
    let platform = words.windows(2).any(|w| w[1] == "平台" && COMMERCIAL_PLATFORMS.contains(&w[0]));
    platform || words.iter().any(|w| COMPANY_WORDS.contains(w) || w.ends_with("企业"))
}

/// What runs a platform for profit (互联网平台, 电商平台).
const COMMERCIAL_PLATFORMS: &[&str] = &["互联网", "电商", "网络", "电子商务", "外卖", "网购", "社交", "出行", "直播"];

/// The short names a full company name may go by in the same text: without its form, its
/// place prefix and its industry words (金洲管道科技股份有限公司 → 金洲管道科技, 金洲管道).
pub fn short_forms(name: &str, lex: &Lexicon, gazetteer: &Gazetteer) -> Vec<String> {
    let Some(form) = lex.company_form_index.longest_suffix(name) else { return Vec::new() };
    let mut core = &name[..name.len() - form.len()];
    // Drop a leading place (浙江, 湖州) or a bracketed one (中节能(湖州) keeps 中节能).
    loop {
        let prefix = gazetteer
            .find_all(core)
            .into_iter()
            .filter(|m| m.byte_start == 0 && m.byte_end < core.len())
            .filter(|m| {
                gazetteer
                    .readings(m.form)
                    .iter()
                    .any(|r| !r.short || gazetteer.place(r.place).level <= PlaceLevel::City)
            })
            .map(|m| m.byte_end)
            .max();
        match prefix {
            Some(end) if core[end..].chars().count() >= 2 => core = &core[end..],
            _ => break,
        }
    }
    // A bracketed place before the form is no part of the short names (拓克新能源科技（深圳）
    // goes by 拓克新能源).
    if let Some(open) = core.strip_suffix(['）', ')']).and_then(|inner| inner.rfind(['（', '('])) {
        if core[..open].chars().count() >= 2 {
            core = &core[..open];
        }
    }
    let mut out = Vec::new();
    let mut stem = core;
    loop {
        if stem.chars().count() >= 2 && stem != name && !lex.generic.contains(stem) && !lex.industries.contains(stem) {
            out.push(stem.to_owned());
        }
        match lex.industries.iter().filter(|w| stem.ends_with(**w) && stem.len() > w.len()).max_by_key(|w| w.len()) {
            Some(w) => stem = &stem[..stem.len() - w.len()],
            None => break,
        }
    }
    out
}

/// True for a word jieba's dictionary holds as something other than a proper noun (人才,
/// 发展): such a word is no company's short name.
pub(crate) fn is_common_word(word: &str, tagger: &Tagger) -> bool {
    if !tagger.has_word(word) {
        return false;
    }
    let tags = tagger.tag(word);
    !(tags.len() == 1 && BRAND_TAGS.contains(&tags[0].tag))
}

/// Forms that are also the name of a kind of business (信托, 证券, 保险): after a body's name
/// they name its field, not a company.
const WEAK_FORMS: &[&str] = &["信托", "证券", "保险", "股份", "控股", "基金"];

/// Words that give the short name a text uses for what it names before them (（以下简称“某某”）).
const SHORT_NAME_WORDS: &[&str] = &["以下简称", "以下称", "下称", "简称"];

/// The most characters of a short name a text gives in quotes.
const MAX_GIVEN_SHORT_NAME: usize = 12;

/// The short name a text gives, in brackets right after a name ending at `end`, for what it
/// names (某某电子有限公司（下称“某某电子”）): the quoted name's character span. `None` where
/// no such bracket follows.
pub fn given_short_name(view: &View<'_>, end: usize) -> Option<(usize, usize)> {
    if !matches!(view.char(end), Some('（' | '(')) {
        return None;
    }
    let rest = view.slice(end + 1, (end + 8).min(view.len()));
    let word = SHORT_NAME_WORDS.iter().find(|w| rest.starts_with(**w))?;
    let mut pos = end + 1 + word.chars().count();
    if matches!(view.char(pos), Some('：' | ':')) {
        pos += 1;
    }
    if !matches!(view.char(pos), Some('“' | '「' | '"')) {
        return None;
    }
    let start = pos + 1;
    let close = (start..(start + MAX_GIVEN_SHORT_NAME + 1).min(view.len()))
        .find(|&k| matches!(view.char(k), Some('”' | '」' | '"')))?;
    let name = view.slice(start, close);
    let plain = name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
    (close - start >= 2 && plain).then_some((start, close))
}

/// True when a short name a text gives is a company's own, not a word it uses for any company
/// (公司, 本公司, 上市公司, 标的公司, 发行人).
pub fn names_its_own(short: &str, lex: &Lexicon, tagger: &Tagger) -> bool {
    let core = match lex.company_form_index.longest_suffix(short) {
        Some(form) => &short[..short.len() - form.len()],
        None => short,
    };
    core.chars().count() >= 2
        && !lex.generic.contains(core)
        && !lex.stop_words.contains(core)
        && !lex.person_cues.contains_key(core)
        && (!is_common_word(core, tagger) || !tagger.is_too_common_for_a_brand(core))
}

/// Maps each short form to the one full name it abbreviates; a short form shared by two full
/// names of the document (金泓矿业 of 金泓矿业集团股份有限公司 and 江西金泓矿业有限公司) maps to
/// itself: a company wherever it stands, its own entity.
pub fn alias_table(
    full_names: &[String],
    lex: &Lexicon,
    gazetteer: &Gazetteer,
    tagger: &Tagger,
) -> BTreeMap<String, String> {
    let mut table: BTreeMap<String, Option<String>> = BTreeMap::new();
    let fulls: HashSet<&str> = full_names.iter().map(String::as_str).collect();
    for full in full_names {
        for short in short_forms(full, lex, gazetteer) {
            // A dictionary word is a short form only where it is an uncommon one (青松 of 青松集团;
            // not 发展 of 发展集团, nor 茶叶 of 某地茶叶有限公司).
            let everyday = is_common_word(&short, tagger) && tagger.is_too_common_for_a_brand(&short);
            if fulls.contains(short.as_str()) || everyday {
                continue;
            }
            table
                .entry(short)
                .and_modify(|e| {
                    if e.as_deref() != Some(full.as_str()) {
                        *e = None;
                    }
                })
                .or_insert_with(|| Some(full.clone()));
        }
    }
    table.into_iter().map(|(k, v)| (k.clone(), v.unwrap_or(k))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_of_full_names() {
        let (lex, gaz) = (Lexicon::new(), Gazetteer::new());
        assert_eq!(short_forms("金洲管道科技股份有限公司", &lex, &gaz), ["金洲管道科技", "金洲管道", "金洲"]);
        assert_eq!(short_forms("浙江三一装备有限公司", &lex, &gaz), ["三一装备", "三一"]);
        assert_eq!(short_forms("拓克新能源科技（深圳）有限公司", &lex, &gaz), ["拓克新能源科技", "拓克新能源", "拓克"]);
    }
}
