//! The sequence model's spans where the rules found nothing: a company named by its brand
//! alone (恒能, 晨曦), a person with no cue word, an organization the rules cut short. Each
//! must still look like its type, so that the model fills gaps rather than overrules.

use super::candidate::Candidate;
use super::lexicon::Lexicon;
use super::model::{self, Model};
use super::tagger::{Tagger, Token, is_han};
use super::view::View;
use super::{EntityType, PRIORITY_MODEL, company, names, organization, person};

/// Characters read either side of a word that may be a name.
const WINDOW_MARGIN: usize = 10;

/// Adds to `selected` the model's spans of `view` that overlap none of it and pass the
/// checks of their type.
pub fn fill(view: &View<'_>, model: &Model, lex: &Lexicon, tagger: &Tagger, selected: &mut Vec<Candidate>) {
    // The model reads only around the words jieba takes for a name or does not know, a few
    // characters either side, in windows merged where they meet.
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for t in &view.tokens {
        let named = matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j" | "eng")
            || t.tag == "x" && t.len() >= 2 && t.is_han();
        if !named {
            continue;
        }
        let (start, end) = (t.start.saturating_sub(WINDOW_MARGIN), (t.end + WINDOW_MARGIN).min(view.len()));
        match windows.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => windows.push((start, end)),
        }
    }
    for mut span in model.spans_in(view, &windows) {
        // A company's own site (某某官网, 某某网站) is where the text looks; the company is the name.
        if span.kind == EntityType::Company
            && span.end - span.start >= 4
            && ["官网", "网站"].iter().any(|w| view.slice(span.start, span.end).ends_with(w))
        {
            span.end -= 2;
        }
        // Nor does a span go on from a company or body the rules named (…有限公司 | 卫星智能
        // 制造车间): that is its plant or its part.
        let goes_on =
            |c: &Candidate| c.end == span.start && matches!(c.kind, EntityType::Company | EntityType::Organization);
        let text = view.slice(span.start, span.end);
        if span.kind == EntityType::Person && completes_a_name(view, &span, text, lex, tagger, selected) {
            continue;
        }
        if selected.iter().any(|c| c.start < span.end && span.start < c.end || goes_on(c)) {
            continue;
        }
        let whole_words = view.is_boundary(span.start) && view.is_boundary(span.end);
        // A name after a count of the biggest (两大 | 化妆品集团, 五大 | 发电集团) is a kind.
        let counted = span.start >= 2 && company::counts_the_biggest(view, span.start - 2);
        let body = matches!(span.kind, EntityType::Company | EntityType::Organization);
        let keep = whole_words
            && !counted
            && !(body && (lex.is_title(text) || holds_copula(view, &span)))
            && !lex.stop_words.contains(text)
            && !lex.generic.contains(text)
            && !lex.industries.contains(text)
            && match span.kind {
                EntityType::Company => plausible_company(view, span.start, span.end, lex, tagger),
                EntityType::Person => {
                    plausible_person(text, lex, tagger)
                        || unknown_two_character_name(view, &span, lex, tagger)
                        || known_three_character_name(view, &span, lex, tagger)
                }
                EntityType::Organization => {
                    plausible_organization(text, lex, tagger)
                        && !organization::learned_as_verb(view, span.end)
                        && !(text.ends_with("政府") && procurement_after(view, span.end))
                }
                _ => false,
            };
        if keep {
            selected.push(Candidate::new(span.start, span.end, span.kind, PRIORITY_MODEL));
        }
    }
    // A name among persons listed (刘延东、张高丽、万钢) is one of them, whether the rules or
    // the model found the others.
    let listed_persons: Vec<usize> = (0..selected.len())
        .filter(|&k| {
            let c = &selected[k];
            c.priority == PRIORITY_MODEL
                && c.kind == EntityType::Company
                && person::looks_like_name(view.slice(c.start, c.end), lex)
                && beside_listed_person(c.start, c.end, view, selected)
        })
        .collect();
    for k in listed_persons {
        selected[k].kind = EntityType::Person;
    }
    selected.sort_by_key(|c| (c.start, c.end));
}

/// True when 政府采购 (government procurement) goes on at `end`: a government's name the model
/// cut before 采购 names the business (中央国家机关政府 | 采购中心), not the government.
fn procurement_after(view: &View<'_>, end: usize) -> bool {
    view.tokens.get(view.token_at(end)).is_some_and(|t| t.start == end && t.word == "采购")
}

/// Where the rules found a person by a family name and one character (书记 李俊/nr 峰 在) and
/// the model reads one more character as the given name's last, the name takes it, when it
/// reads as a name the dictionary does not hold. True when it did.
fn completes_a_name(
    view: &View<'_>,
    span: &model::Span,
    text: &str,
    lex: &Lexicon,
    tagger: &Tagger,
    selected: &mut [Candidate],
) -> bool {
    let mut overlapping = selected.iter_mut().filter(|c| c.start < span.end && span.start < c.end);
    let (Some(c), None) = (overlapping.next(), overlapping.next()) else { return false };
    let cut = c.kind == EntityType::Person && c.start == span.start && c.end + 1 == span.end && c.end - c.start == 2;
    let closes = text.chars().last().is_some_and(person::may_end_given_name);
    if cut && closes && view.is_boundary(span.end) && plausible_person(text, lex, tagger) {
        c.end = span.end;
        return true;
    }
    false
}

/// Two to twenty characters of Han, Latin letters or digits that start with no verb or
/// pronoun (某 国有银行), are no
/// common word, and are not an organisational form after generic words only (科技有限公司).
fn plausible_company(view: &View<'_>, start: usize, end: usize, lex: &Lexicon, tagger: &Tagger) -> bool {
    let text = view.slice(start, end);
    let chars = end - start;
    let first = &view.tokens[view.token_at(start)];
    let core = match lex.company_form_index.longest_suffix(text) {
        Some(form) => &text[..text.len() - form.len()],
        None => text,
    };
    let generic_core = core.is_empty()
        || lex.generic.contains(core)
        || lex.industries.contains(core)
        || names::tokens_between(view, start, start + core.chars().count())
            .iter()
            .all(|t| lex.generic.contains(t.word) || lex.industries.contains(t.word));
    let words = names::tokens_between(view, start, end);
    // A name ends in a form, an industry word or a brand, not in an everyday noun after common
    // words (黄金 价格; 雷曼/nr 兄弟 is a name).
    let proper = |t: &Token<'_>| matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz" | "ns" | "nt" | "j" | "eng");
    let everyday_end = words.len() >= 2
        && !words[..words.len() - 1].iter().any(proper)
        && words.last().is_some_and(|t| {
            tagger.is_frequent(t.word)
                && !lex.industries.contains(t.word)
                && !lex.short_name_heads.contains(t.word)
                && lex.company_form_index.longest_suffix(t.word).is_none()
        });
    (2..=20).contains(&chars)
        && !everyday_end
        && !words.last().is_some_and(|t| t.end == end && company::is_kind_of_policy(t, tagger))
        && !company::is_group_of_countries(text)
        && (!text.ends_with("银行") || view.char(end) != Some('间'))
        && text.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric() || "（）()".contains(c))
        && text.starts_with(|c: char| is_han(c) || c.is_ascii_alphanumeric())
        && text.chars().any(is_han)
        && !words.iter().any(|t| lex.stop_words.contains(t.word))
        && !matches!(first.tag, "v" | "vn" | "vd" | "d" | "p" | "c" | "a" | "ad" | "r")
        && !generic_core
        && lex.project_head_index.longest_suffix(text).is_none()
        && lex.organization_head_index.longest_suffix(text).is_none()
        && !company::is_common_word(text, tagger)
        && !starts_with_dictionary_verb(first.word, tagger)
        && !starts_with_person_name(view, start, end, lex)
        && !beside_common_list_items(view, start, end, tagger)
        && !closes_a_list_of_things(view, end)
}

/// True when the span holds the copula 是 as a word of its own (中试 是 实验室): a clause, not
/// a name.
fn holds_copula(view: &View<'_>, span: &model::Span) -> bool {
    names::tokens_between(view, span.start, span.end).iter().any(|t| t.word == "是")
}

/// Nouns of things that a list closes with (红外热成像仪和激光雷达 等 设备): its items are things,
/// not companies.
const THINGS: &[&str] = &["设备", "装备", "产品", "材料", "仪器", "工具", "器材", "部件", "技术", "作物", "农作物"];

/// True when a list that the span ends an item of closes with 等 and a noun of things.
fn closes_a_list_of_things(view: &View<'_>, end: usize) -> bool {
    if view.char(end) != Some('等') || !view.is_boundary(end) {
        return false;
    }
    let k = view.token_at(end);
    let after = if view.tokens[k].word == "等" { view.tokens.get(k + 1) } else { None };
    after.is_some_and(|t| THINGS.contains(&t.word))
}

/// True when the span opens with a full personal name of three characters that jieba tags as
/// names (王/nr 宇航/nr 同事): a person and a word after, not a company.
fn starts_with_person_name(view: &View<'_>, start: usize, end: usize, lex: &Lexicon) -> bool {
    let mut to = start;
    for t in names::tokens_between(view, start, end) {
        if !t.tag.starts_with("nr") || t.end - start > 3 {
            break;
        }
        to = t.end;
    }
    to < end && to - start == 3 && person::looks_like_name(view.slice(start, to), lex)
}

/// True when the span is an item of a 、-list next to a person the rules found, or of one
/// two other items of which are such persons (记者：陈立希、李若琳、沙达提、陈霄).
fn beside_listed_person(start: usize, end: usize, view: &View<'_>, selected: &[Candidate]) -> bool {
    let listed = |a: usize, b: usize| view.char(a.wrapping_sub(1)) == Some('、') || view.char(b) == Some('、');
    if !listed(start, end) {
        return false;
    }
    let in_list = |c: Option<char>| c.is_some_and(|c| is_han(c) || c == '·' || c == '、');
    let mut from = start;
    while from > 0 && in_list(view.char(from - 1)) {
        from -= 1;
    }
    let mut to = end;
    while in_list(view.char(to)) {
        to += 1;
    }
    let persons: Vec<&Candidate> = selected
        .iter()
        .filter(|c| c.kind == EntityType::Person && from <= c.start && c.end <= to && listed(c.start, c.end))
        .collect();
    let neighbour = |c: &&Candidate| {
        c.end + 1 == start && view.char(c.end) == Some('、') || c.start == end + 1 && view.char(end) == Some('、')
    };
    persons.len() >= 2 || persons.iter().any(neighbour)
}

/// True when the dictionary tags `word` alone as a verb, whatever jieba guessed in context
/// (拓宽/nr 联通 is 拓宽/v).
fn starts_with_dictionary_verb(word: &str, tagger: &Tagger) -> bool {
    tagger.dictionary_tag(word).is_some_and(|tag| tag.starts_with('v'))
}

/// True when the span is an item of a 、-list whose next or previous item is common words
/// only (社保、医保、公积金; 鲜花、汉服): a list of things, not of companies.
fn beside_common_list_items(view: &View<'_>, start: usize, end: usize, tagger: &Tagger) -> bool {
    let is_item_edge = |c: Option<char>| c.is_none_or(|c| "、，,。；;：:（）()“”\"等".contains(c));
    let common = |from: usize, to: usize| {
        from < to
            && to - from <= 8
            && names::tokens_between(view, from, to).iter().all(|t| {
                t.is_han()
                    && tagger.has_word(t.word)
                    && matches!(t.tag, "n" | "vn" | "an" | "ng" | "nl" | "a" | "l" | "i")
            })
    };
    let mut neighbours = Vec::new();
    if start > 0 && view.char(start - 1) == Some('、') {
        let to = start - 1;
        let mut from = to;
        while from > 0 && !is_item_edge(view.char(from - 1)) {
            from -= 1;
        }
        neighbours.push((from, to));
    }
    if view.char(end) == Some('、') {
        let from = end + 1;
        let mut to = from;
        while to < view.len() && !is_item_edge(view.char(to)) {
            to += 1;
        }
        neighbours.push((from, to));
    }
    neighbours.into_iter().any(|(from, to)| common(from, to))
}

/// A Chinese name of three characters or more that jieba's dictionary does not hold (family
/// name, a given name that reads as one), or a foreign one written with a middle dot.
fn plausible_person(text: &str, lex: &Lexicon, tagger: &Tagger) -> bool {
    if text.contains('·') {
        let whole = !text.starts_with('·') && !text.ends_with('·');
        return whole && text.chars().all(|c| is_han(c) || c == '·') && text.chars().count() <= 12;
    }
    // Two characters without a cue are as often a word (张力) as a name: the rules decide those,
    // but for a name jieba reads too (unknown_two_character_name).
    text.chars().count() >= 3
        && !person::ends_glued(text)
        && person::looks_like_name(text, lex)
        && !tagger.has_word(text)
        && person::plausible_given_name(text, lex, tagger)
}

/// A name of two characters the model reads as a person where jieba, too, reads the two as one
/// name it does not know (某玲/nr 的 存单): two readings agree on a word no dictionary holds.
fn unknown_two_character_name(view: &View<'_>, span: &model::Span, lex: &Lexicon, tagger: &Tagger) -> bool {
    name_token(view, span, 2).is_some_and(|(i, token)| {
        token.tag == "nr"
            && !tagger.has_word(token.word)
            && !token.word.ends_with(|c| KIN_AND_RANK.contains(c))
            && !lex.person_cues.contains_key(token.word)
            && reads_as_name(view, i, lex, tagger)
    })
}

/// A name of three characters the model reads as a person where jieba's dictionary holds the
/// word as a name (a public figure), standing as a word between its neighbours: the model
/// judges whether the characters read as a name (not 安全带, 夏令营 of the same dictionary).
fn known_three_character_name(view: &View<'_>, span: &model::Span, lex: &Lexicon, tagger: &Tagger) -> bool {
    name_token(view, span, 3).is_some_and(|(i, token)| {
        !token.word.ends_with(|c| THING_ENDINGS.contains(c) || KIN_AND_RANK.contains(c))
            && !token.word.contains(|c| TRANSLITERATION.contains(c))
            && person::dictionary_person(token.word, tagger)
            && reads_as_name(view, i, lex, tagger)
    })
}

/// The token (and its index) that `span` covers exactly, when it is a word of `chars` Han
/// characters.
fn name_token<'v, 'a>(view: &'v View<'a>, span: &model::Span, chars: usize) -> Option<(usize, &'v Token<'a>)> {
    let i = view.token_at(span.start);
    let token = &view.tokens[i];
    let whole = token.start == span.start && token.end == span.end && span.end - span.start == chars;
    (whole && token.is_han()).then_some((i, token))
}

/// True when the token at `i` reads as a family name and a given name and stands as a word
/// between its neighbours.
fn reads_as_name(view: &View<'_>, i: usize, lex: &Lexicon, tagger: &Tagger) -> bool {
    let word = view.tokens[i].word;
    person::looks_like_name(word, lex)
        && person::plausible_given_name(word, lex, tagger)
        && person::stands_alone(view, i)
}

/// Last characters of things, foods, places and times jieba's dictionary tags as names (宣传画,
/// 吉普车, 黄瓜汁, 龙井茶, 黄尾屿, 林子里, 唐末至): no given name ends in them as often.
const THING_ENDINGS: &str = "画册团镜瓦汁营车信屿泊井奶茶鱼熊铁布族彩录烯恋者酒油药糖衣鞋灯里时至灿您";

/// Characters of transliterated names, which the dictionary holds for brands and places as
/// often as for persons (巴斯夫, 明斯克, 史丹利 beside 霍姆斯).
const TRANSLITERATION: &str = "斯姆夫尔耶丹";

/// Characters of kinship, rank and clan after a family name (某氏, 某女, 某王, 某家), and
/// classical particles (古之, 于世): a person unnamed, a house or a phrase, not a given name.
const KIN_AND_RANK: &str = "氏女王家帝公侯子夫妇姐妹哥嫂爷奶娘婆叔伯姨兄弟哉之世乎矣也";

/// A modifier and a head of two characters or more (研究院, 管委会), the modifier not generic
/// (当地政府); a government named by its place, level or leader alone (美国政府, 市政府,
/// 拜登政府; not 规范政府).
fn plausible_organization(text: &str, lex: &Lexicon, tagger: &Tagger) -> bool {
    let Some(head) = lex.organization_head_index.longest_suffix(text) else { return false };
    let modifier = &text[..text.len() - head.len()];
    // Places, their short forms and leaders name governments (美国联邦政府, 英政府, 拜登政府).
    let placed = || {
        tagger
            .tag(modifier)
            .iter()
            .all(|t| matches!(t.tag, "ns" | "j" | "nt" | "nrt" | "nrfg" | "nr") || t.word == "联邦")
    };
    let government = head.ends_with("政府");
    // Nor by words of acting jieba glued into one (努力实现/nr 政府).
    let acting = || lex.stop_words.iter().any(|w| w.chars().count() >= 2 && modifier.contains(w));
    head.chars().count() >= 2
        && !(government && acting())
        && !modifier.is_empty()
        && (!government || placed() || organization::names_a_government(modifier))
        && !lex.generic.contains(modifier)
        && !lex.stop_words.contains(modifier)
        && !["当地", "地方", "基层", "各级", "有关"].contains(&modifier)
        && !organization::counts_bodies(modifier)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(start: usize, end: usize) -> Candidate {
        Candidate::new(start, end, EntityType::Person, PRIORITY_MODEL)
    }

    #[test]
    fn a_name_in_a_list_of_persons_is_one_of_them() {
        let tagger = Tagger::new(std::iter::empty());
        let text = "记者：陈立希、李若琳、沙达提、陈霜、于艾岑";
        let view = View::new(text, &tagger);
        // 陈霜 (15..17) beside 于艾岑, found after it: a neighbour.
        assert!(beside_listed_person(15, 17, &view, &[person(18, 21)]));
        // Two persons elsewhere in the list count too, one does not.
        assert!(beside_listed_person(15, 17, &view, &[person(3, 6), person(7, 10)]));
        assert!(!beside_listed_person(15, 17, &view, &[person(3, 6)]));
        // Nor does a person outside the list.
        let view = View::new("陈立希说，李若琳、陈霜。", &tagger);
        assert!(!beside_listed_person(9, 11, &view, &[person(0, 3)]));
    }
}
