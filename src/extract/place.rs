//! Places: gazetteer forms settled by the document's context, villages and communities by
//! their heads (村, 社区), and the geographic names jieba tags `ns`.
//!
//! A short form is a place only where the document backs it: 吴兴 counts where 湖州 or 吴兴区
//! is named too, 织里 where its district or 织里镇 is. Where several places share a name
//! (hundreds of 城关镇) the one whose parents the document names wins.

use std::collections::HashSet;

use super::candidate::Candidate;
use super::gazetteer::{Gazetteer, PlaceId, PlaceLevel, Reading};
use super::lexicon::Lexicon;
use super::names::{LEADING_PARTICLES, is_country_abbreviation};
use super::tagger::Tagger;
use super::view::{View, occurrences_in};
use super::{EntityType, PRIORITY_PLACE};

/// A gazetteer form found in one sentence.
#[derive(Debug, Clone, Copy)]
struct Hit {
    sentence: usize,
    start: usize,
    end: usize,
    form: u32,
    /// True when this hit and one beside it, a place and a place inside it, make up one
    /// word of jieba's (广西南宁/ns): each counts as a whole word.
    paired: bool,
}

/// Heads of village and community names.
const VILLAGE_HEADS: &[&str] = &["村", "社区"];
/// Endings of natural places jieba tags `ns`.
const NATURAL_ENDINGS: &[(&str, PlaceLevel)] = &[
    ("山", PlaceLevel::Mountain),
    ("峰", PlaceLevel::Mountain),
    ("岭", PlaceLevel::Mountain),
    ("湖", PlaceLevel::Water),
    ("江", PlaceLevel::Water),
    ("河", PlaceLevel::Water),
    ("溪", PlaceLevel::Water),
    ("漾", PlaceLevel::Water),
    ("淀", PlaceLevel::Water),
    ("湾", PlaceLevel::Water),
    ("海", PlaceLevel::Water),
    ("海峡", PlaceLevel::Water),
    ("水库", PlaceLevel::Water),
    ("岛", PlaceLevel::Region),
];

/// Place candidates of every sentence, with the level of each.
pub fn recognise(
    gazetteer: &Gazetteer,
    lex: &Lexicon,
    tagger: &Tagger,
    views: &[View<'_>],
) -> Vec<Vec<(Candidate, PlaceLevel)>> {
    let mut hits = Vec::new();
    for (sentence, view) in views.iter().enumerate() {
        for m in gazetteer.find_all(view.text) {
            hits.push(Hit {
                sentence,
                start: view.char_at_byte(m.byte_start),
                end: view.char_at_byte(m.byte_end),
                form: m.form,
                paired: false,
            });
        }
    }
    pair_hits(gazetteer, views, &mut hits);
    let context = context(gazetteer, tagger, &hits, views);
    let mut out: Vec<Vec<(Candidate, PlaceLevel)>> = views.iter().map(|_| Vec::new()).collect();
    let mut unsure = Vec::new();
    for hit in &hits {
        let view = &views[hit.sentence];
        let readings = gazetteer.readings(hit.form);
        let Some(reading) = best_reading(gazetteer, readings, &context) else { continue };
        let level = gazetteer.place(reading.place).level;
        let mut c = Candidate::new(hit.start, hit.end, EntityType::Place, PRIORITY_PLACE);
        c.place = Some(reading.place);
        if level == PlaceLevel::Water {
            shores(view, &c, &mut out[hit.sentence]);
        }
        // A place before 式 makes a style, not a mention of the place (中国式现代化, 美国式).
        if view.char(hit.end) == Some('式') {
            continue;
        }
        if accepted(gazetteer, tagger, view, hit, reading, &context)
            || county_city(gazetteer, tagger, view, hit, readings)
        {
            out[hit.sentence].push((c, level));
        } else {
            unsure.push(*hit);
        }
    }
    listed_with_places(gazetteer, tagger, views, &unsure, &mut out);
    for (sentence, view) in views.iter().enumerate() {
        villages(view, lex, tagger, &mut out[sentence]);
        family_hamlets(view, lex, &mut out[sentence]);
        natural(view, lex, tagger, &mut out[sentence]);
    }
    villages_again(views, &mut out);
    out
}

/// Marks the hits that come in pairs making up one word (广西南宁/ns = 广西 + 南宁, 福建厦门/nz),
/// the second a place inside the first.
fn pair_hits(gazetteer: &Gazetteer, views: &[View<'_>], hits: &mut [Hit]) {
    let within = |inner: u32, outer: u32| {
        let outer = gazetteer.readings(outer);
        gazetteer
            .readings(inner)
            .iter()
            .any(|r| gazetteer.ancestors(r.place).skip(1).any(|a| outer.iter().any(|o| o.place == a)))
    };
    for i in 0..hits.len() {
        let a = hits[i];
        let view = &views[a.sentence];
        let token = &view.tokens[view.token_at(a.start)];
        // Not an organisation's name that opens with its place (上海石化/j).
        if token.start != a.start || token.end <= a.end || !matches!(token.tag, "ns" | "nz") {
            continue;
        }
        // Matches come in the order they end, so the second of a pair comes later.
        let second = hits[i + 1..]
            .iter()
            .take_while(|b| b.sentence == a.sentence)
            .position(|b| b.start == a.end && b.end == token.end && within(b.form, a.form));
        if let Some(j) = second {
            hits[i].paired = true;
            hits[i + 1 + j].paired = true;
        }
    }
}

/// A village the document names once (钱排镇 双合村, where its town vouches for an ordinary
/// word as its name) is the same words wherever else they stand as whole words (还有 双合村 的).
fn villages_again(views: &[View<'_>], out: &mut [Vec<(Candidate, PlaceLevel)>]) {
    let mut names: Vec<&str> = Vec::new();
    for (view, found) in views.iter().zip(out.iter()) {
        for (c, level) in found {
            if *level == PlaceLevel::Village {
                names.push(view.slice(c.start, c.end));
            }
        }
    }
    for (sentence, start, end) in occurrences_in(views, names) {
        let (view, found) = (&views[sentence], &mut out[sentence]);
        let covered = found.iter().any(|(c, _)| c.start < end && start < c.end);
        if !covered && view.is_boundary(start) && view.is_boundary(end) {
            found.push((Candidate::new(start, end, EntityType::Place, PRIORITY_PLACE), PlaceLevel::Village));
        }
    }
}

/// Short forms of cities and county-level cities that are everyday words or other names far
/// more often than the city (白银 silver, 来宾 guests, 安康 well-being, 阿里 Alibaba, 同仁
/// colleagues, 新星 a rising star, 海伦 Helen).
const COMMON_WORD_CITIES: &[&str] =
    &["白银", "来宾", "安康", "阿里", "同仁", "新星", "白杨", "海伦", "玉环", "阳春", "尚志", "东方", "合作"];

/// True when a district's full name is a common word: an old, new or main part of a city
/// (老城区 of 洛阳, 新城区 of 西安); it is the district only under its city.
fn is_common_word_district(name: &str) -> bool {
    name.chars().count() == 3 && name.ends_with("城区") && name.starts_with(['老', '新', '旧', '主'])
}

/// True when a hit is one of [`COMMON_WORD_CITIES`].
fn is_common_word_city(view: &View<'_>, hit: &Hit) -> bool {
    COMMON_WORD_CITIES.contains(&view.slice(hit.start, hit.end))
}

/// The places a document names without doubt, with all their ancestors: full names with a
/// single reading, and short forms of provinces and cities.
fn context(gazetteer: &Gazetteer, tagger: &Tagger, hits: &[Hit], views: &[View<'_>]) -> HashSet<PlaceId> {
    let mut named = HashSet::new();
    for hit in hits {
        // Only whole words of three characters or more, or province and city short forms,
        // vouch for a place: 兴城市 inside 新兴城市 or the district 东区 do not.
        let view = &views[hit.sentence];
        if !(hit.paired || view.is_boundary(hit.start) && view.is_boundary(hit.end)) {
            continue;
        }
        let readings = gazetteer.readings(hit.form);
        let sure: Vec<&Reading> = readings
            .iter()
            .filter(|r| {
                let place = gazetteer.place(r.place);
                if r.short {
                    place.level <= PlaceLevel::City && !is_common_word_city(view, hit)
                } else if place.level == PlaceLevel::Town && reads_as_phrase(tagger, &place.name)
                    || is_common_word_district(&place.name)
                {
                    false
                } else {
                    place.name.chars().count() >= 3 || place.code.is_none()
                }
            })
            .collect();
        if let [one] = sure.as_slice() {
            named.extend(gazetteer.ancestors(one.place));
        }
    }
    named
}

/// The reading whose ancestors (through its named parent) the document names most, a place
/// the document names in full counting as its own support (吉林 is 吉林省 beside 吉林省, not 吉林市
/// below it; 河北 beside 河北省 and 天津 is no 河北区); ties go to a full name over a short form
/// (太湖 the lake over 太湖县), then to the larger place (北京市 over 北京街道), then to the lower
/// code.
fn best_reading<'g>(gazetteer: &Gazetteer, readings: &'g [Reading], context: &HashSet<PlaceId>) -> Option<&'g Reading> {
    readings.iter().max_by_key(|r| {
        let place = gazetteer.place(r.place);
        let parent_named = place.parent.is_some_and(|p| context.contains(&p));
        let support = if parent_named {
            gazetteer.ancestors(r.place).filter(|a| context.contains(a)).count()
        } else {
            usize::from(context.contains(&r.place))
        };
        let level = gazetteer.place(r.place).level;
        (support, !r.short, std::cmp::Reverse(level), std::cmp::Reverse(r.place))
    })
}

/// Words of two countries' relation (两国, 关系, 友谊, 经济走廊).
const RELATION_WORDS: &[&str] = &["两国", "关系", "友谊", "友好", "经济走廊", "双方", "建交", "合作", "战略", "全天候"];

/// True when a word of two countries' relation starts at `at`.
fn relation_follows(view: &View<'_>, at: usize) -> bool {
    let rest = view.slice(at, (at + 4).min(view.len()));
    RELATION_WORDS.iter().any(|w| rest.starts_with(w))
}

/// Whether a hit is a place here: short forms need token boundaries and, below the city
/// level, backing from the document; everyday words, the full name.
fn accepted(
    gazetteer: &Gazetteer,
    tagger: &Tagger,
    view: &View<'_>,
    hit: &Hit,
    reading: &Reading,
    context: &HashSet<PlaceId>,
) -> bool {
    let place = gazetteer.place(reading.place);
    let chars = hit.end - hit.start;
    let aligned = hit.paired || view.is_boundary(hit.start) && view.is_boundary(hit.end);
    let parent_named = place.parent.is_some_and(|p| context.contains(&p));
    let self_named = context.contains(&reading.place);
    if !reading.short {
        if is_common_word_district(&place.name) && !parent_named {
            return false;
        }
        if chars <= 2 && place.code.is_some() {
            // Two-character division names (东区, 城区) are common words too. A county of two
            // that jieba reads as a place name whole (随县/ns) is one under its province or
            // right after a place (湖北 随县).
            let token = &view.tokens[view.token_at(hit.start)];
            // Not one that opens with a function word (指挥部 和县/ns 直 单位).
            let opens_with_function_word =
                place.name.chars().next().is_some_and(|c| "和与及或在从对向为把被将".contains(c));
            let county = place.name.ends_with('县')
                && !opens_with_function_word
                && token.start == hit.start
                && token.end == hit.end
                && token.tag == "ns"
                && (gazetteer.ancestors(reading.place).skip(1).any(|a| context.contains(&a))
                    || hit.start > 0 && view.tokens[view.token_at(hit.start - 1)].tag == "ns");
            return aligned && (parent_named || self_named && place.level <= PlaceLevel::City || county);
        }
        // A town that reads as a phrase (小城镇) needs a place before it or its county or city.
        let after_place = hit.start > 0 && view.tokens[view.token_at(hit.start - 1)].tag == "ns";
        if place.level == PlaceLevel::Town
            && reads_as_phrase(tagger, view.slice(hit.start, hit.end))
            && !after_place
            && !gazetteer
                .ancestors(reading.place)
                .skip(1)
                .any(|a| gazetteer.place(a).level >= PlaceLevel::City && context.contains(&a))
        {
            return false;
        }
        // A province or city by its full name needs no end of word (四川省阿坝藏族羌族自治州/ns).
        let full_division = chars >= 3 && place.level <= PlaceLevel::City && view.is_boundary(hit.start);
        // Nor does a division whose level jieba read with its committee (中 宁 县委 | 书记).
        let committee = chars >= 3 && view.is_boundary(hit.start) && level_of_committee(view, hit.end);
        return aligned
            || chars >= 4 && view.is_boundary(hit.start)
            || parent_named && chars >= 3
            || full_division
            || committee;
    }
    if !aligned {
        return false;
    }
    // China and a country by their one-character names before a word of their relation (巴中
    // 两国, 巴中 经济走廊) are the pair, not the city.
    let pair = view.slice(hit.start, hit.end);
    if chars == 2 && pair.contains('中') && pair.chars().all(is_country_abbreviation) && relation_follows(view, hit.end)
    {
        return false;
    }
    // A short form that jieba reads as an ordinary word here (建设, 联合, 新农) is that word.
    let token = &view.tokens[view.token_at(hit.start)];
    let ordinary =
        matches!(token.tag, "v" | "vn" | "a" | "ad" | "an" | "d" | "c" | "p" | "r" | "m" | "q" | "t" | "f" | "i" | "l");
    let split = token.end != hit.end && !hit.paired;
    // A short form jieba cut into words of one character each (中/f 宁/j) is the place where the
    // document names it in full (中宁县).
    let split_but_named =
        split && self_named && token.len() == 1 && view.tokens[view.token_at(hit.end - 1)].len() == 1 && chars == 2;
    if place.level >= PlaceLevel::District && !split_but_named && (split || ordinary) {
        return false;
    }
    // A city's short form that is an everyday word (白银 silver, 来宾 guests) needs the
    // document to name its province or the city in full.
    match place.level {
        PlaceLevel::Province => true,
        PlaceLevel::City => !is_common_word_city(view, hit) || parent_named || self_named,
        // A county's or town's short form that is an everyday word jieba does not read as a
        // place here (资源/n, 大方, 和平) needs its full name in the document, or a place right
        // before it (桂林 资源).
        _ if token.tag != "ns" && tagger.is_frequent(view.slice(hit.start, hit.end)) => {
            self_named || parent_named && hit.start > 0 && view.tokens[view.token_at(hit.start - 1)].tag == "ns"
        }
        _ => parent_named || self_named,
    }
}

/// True when the character before `end` is a division's level that jieba read with 委 after
/// it as one word (县委, 市委, 区委).
fn level_of_committee(view: &View<'_>, end: usize) -> bool {
    let Some(level) = end.checked_sub(1) else { return false };
    let token = &view.tokens[view.token_at(level)];
    token.start == level && matches!(token.word, "县委" | "市委" | "区委" | "旗委" | "州委")
}

/// True when a three-character name reads as a word of one character that describes,
/// counts or relates (小, 三, 于, 和, 占) and a common word of two (城镇, 村镇): a town of that
/// name is the phrase (小城镇 small towns, 农村人口向城镇集中) unless a place stands right before
/// it (忠县拔山镇) or the document names its county or city; its province is not enough (广东 …
/// 标准占城镇低保标准).
fn reads_as_phrase(tagger: &Tagger, name: &str) -> bool {
    if name.chars().count() != 3 {
        return false;
    }
    let (first, rest) = name.split_at(name.chars().next().map_or(0, char::len_utf8));
    // The dictionary's lookups first; tagging the character is dearer.
    tagger.has_word(rest)
        && !tagger.is_rare(rest)
        && matches!(
            tagger.dictionary_tag(first),
            Some("a" | "c" | "p" | "v" | "m" | "d" | "r" | "f" | "q" | "u" | "uj")
        )
}

/// A county-level city by its short form alone (张家港, 义乌, 昆山), without its province or
/// prefecture in the document: the only place of that form, a proper noun to jieba, no
/// everyday word and not the given name after a family name (洪/nr 瑞安).
fn county_city(gazetteer: &Gazetteer, tagger: &Tagger, view: &View<'_>, hit: &Hit, readings: &[Reading]) -> bool {
    let [reading] = readings else { return false };
    let place = gazetteer.place(reading.place);
    if !reading.short || place.level != PlaceLevel::District || !place.name.ends_with('市') {
        return false;
    }
    let k = view.token_at(hit.start);
    let token = &view.tokens[k];
    let after_family_name = k > 0 && view.tokens[k - 1].len() == 1 && view.tokens[k - 1].tag == "nr";
    token.start == hit.start
        && token.end == hit.end
        && matches!(token.tag, "ns" | "nr" | "nz" | "j")
        && !tagger.is_frequent(token.word)
        && !is_common_word_city(view, hit)
        && !after_family_name
}

/// A county or county-level city by its short form as an item of a 、-list right beside a
/// place found (梅河口、蒙自/nr、中宁): a list of places, whatever else the form may be
/// (蒙自乡 shares it); the county or city is meant.
fn listed_with_places(
    gazetteer: &Gazetteer,
    tagger: &Tagger,
    views: &[View<'_>],
    unsure: &[Hit],
    out: &mut [Vec<(Candidate, PlaceLevel)>],
) {
    for hit in unsure {
        let (view, found) = (&views[hit.sentence], &out[hit.sentence]);
        let token = &view.tokens[view.token_at(hit.start)];
        // A proper noun to jieba, not an everyday word (南部/f, 合作/vn, 公安/n, 红旗/nr).
        let proper = matches!(token.tag, "ns" | "nr" | "nz" | "j" | "x");
        let everyday = token.tag != "ns" && tagger.is_too_common_for_a_brand(token.word);
        // The whole item, between separators or a list's 和, 及, 等 (not 新 海港、).
        let edge = |c: Option<char>| c.is_none_or(|c| !super::tagger::is_han(c) || "和及与等".contains(c));
        let whole_item = edge(view.char(hit.start.wrapping_sub(1))) && edge(view.char(hit.end));
        if token.start != hit.start
            || token.end != hit.end
            || !proper
            || everyday
            || !whole_item
            || is_common_word_city(view, hit)
        {
            continue;
        }
        let place_at = |start: usize, end: usize| found.iter().any(|(c, _)| c.start == start && c.end == end);
        let item_before = |end: usize| {
            let k = view.token_at(end.saturating_sub(1));
            (end > 0).then(|| &view.tokens[k]).is_some_and(|t| t.end == end && place_at(t.start, t.end))
        };
        let item_after = |start: usize| {
            view.tokens.get(view.token_at(start)).is_some_and(|t| t.start == start && place_at(t.start, t.end))
        };
        let beside = view.char(hit.start.wrapping_sub(1)) == Some('、') && item_before(hit.start - 1)
            || view.char(hit.end) == Some('、') && item_after(hit.end + 1);
        let mut counties = gazetteer
            .readings(hit.form)
            .iter()
            .filter(|r| r.short && gazetteer.place(r.place).level == PlaceLevel::District);
        if let (true, Some(county), None) = (beside, counties.next(), counties.next()) {
            let mut c = Candidate::new(hit.start, hit.end, EntityType::Place, PRIORITY_PLACE);
            c.place = Some(county.place);
            out[hit.sentence].push((c, PlaceLevel::District));
        }
    }
}

/// Villages and communities: a name of two or three characters before 村 or 社区.
fn villages(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<(Candidate, PlaceLevel)>) {
    for (i, token) in view.tokens.iter().enumerate() {
        // The head ends the token (郭桃寨村), or jieba glued it to the word after (郭桃寨 村人).
        let (head_start, end) = match VILLAGE_HEADS.iter().find(|h| token.word.ends_with(**h)) {
            Some(head) => (token.end - head.chars().count(), token.end),
            None if i > 0
                && token.word.strip_prefix('村').is_some_and(|rest| AFTER_VILLAGE.contains(&rest))
                && glued_village_stem(&view.tokens[i - 1]) =>
            {
                (token.start, token.start + 1)
            }
            None => continue,
        };
        // The stem: the token's own characters before the head, then whole name tokens
        // before it, three characters at most.
        let mut start = token.start;
        let mut k = i;
        // A region or province already found (东北 雪村) is the village's parent, not part of
        // its name.
        let found = |t: &super::tagger::Token<'_>| {
            out.iter().any(|(c, level)| {
                c.start == t.start
                    && c.end == t.end
                    && matches!(level, PlaceLevel::Country | PlaceLevel::Province | PlaceLevel::Region)
            })
        };
        // A town or district found before the stem (奉化 区 东岙村), also one whose last
        // character jieba glued to the stem (奉化 区东 山村), ends where the stem begins.
        let parent_end_inside = |t: &super::tagger::Token<'_>| {
            out.iter()
                .filter(|(_, level)| matches!(level, PlaceLevel::District | PlaceLevel::Town))
                .find(|(c, _)| c.start < t.start && t.start < c.end && c.end <= t.end)
                .map(|(c, _)| c.end)
        };
        while k > 0
            && head_start - view.tokens[k - 1].start <= 3
            && village_stem_part(&view.tokens[k - 1], lex, tagger)
            && !found(&view.tokens[k - 1])
        {
            if let Some(parent_end) = parent_end_inside(&view.tokens[k - 1]) {
                start = parent_end;
                break;
            }
            start = view.tokens[k - 1].start;
            k -= 1;
        }
        // A function character jieba glued to an unknown village (于锡福村/nr) is not its name.
        let glued = view.tokens[k].start == start && view.tokens[k].len() >= 4;
        if glued && head_start - start == 3 && view.char(start).is_some_and(|c| LEADING_PARTICLES.contains(c)) {
            start += 1;
        }
        let stem = view.slice(start, head_start);
        let stem_chars = stem.chars().count();
        // A one-character stem (潞村) is a village only right after its town or district
        // (八里店镇潞村), not in a slogan (“兴村”).
        let after_place =
            out.iter().any(|(c, level)| c.end == start && matches!(level, PlaceLevel::District | PlaceLevel::Town));
        if stem_chars == 0 || stem_chars == 1 && !after_place {
            continue;
        }
        // A stem jieba knows as an ordinary word (网红, 旅居, 振兴) makes a kind of village.
        let ordinary = stem.chars().count() >= 2
            && tagger.has_word(stem)
            && (tagger.is_frequent(stem) || {
                let tags = tagger.tag(stem);
                !(tags.len() == 1 && matches!(tags[0].tag, "ns" | "nr" | "nz" | "nrt"))
            });
        // Right after its town, a village's name may be an ordinary word (武康街道 城北社区).
        if ordinary && !after_place
            || lex.generic.contains(stem)
            || lex.stop_words.contains(stem)
            || NOT_VILLAGE_STEMS.contains(&stem)
        {
            continue;
        }
        if stem.chars().any(|c| "镇乡县区市省各全该本每个些新先欠贫富强美示范重点农之的进户".contains(c))
        {
            continue;
        }
        out.push((Candidate::new(start, end, EntityType::Place, PRIORITY_PLACE), PlaceLevel::Village));
    }
}

/// Endings of villages named after a family (王家庄, 李家沟, 张家屯).
const HAMLET_ENDINGS: &str = "庄屯堡寨洼沟营";

/// Villages named after a family without 村: a family name, 家 and a hamlet's ending (王家庄,
/// 张家/nrfg 屯), a whole word of its own (not 王家 庄园).
fn family_hamlets(view: &View<'_>, lex: &Lexicon, out: &mut Vec<(Candidate, PlaceLevel)>) {
    if !view.text.contains('家') {
        return;
    }
    for start in 0..view.len().saturating_sub(2) {
        let end = start + 3;
        let named = view.char(start + 1) == Some('家')
            && view.char(start + 2).is_some_and(|c| HAMLET_ENDINGS.contains(c))
            && lex.surname_of(view.slice(start, start + 1)).is_some()
            && view.is_boundary(start)
            && view.is_boundary(end);
        if named && !out.iter().any(|(c, _)| c.start < end && start < c.end) {
            out.push((Candidate::new(start, end, EntityType::Place, PRIORITY_PLACE), PlaceLevel::Village));
        }
    }
}

/// What jieba glues to a village's 村 when it stands after the name (郭桃寨 村人, 村民).
const AFTER_VILLAGE: &[&str] = &["人", "民", "委", "委会", "干部", "支书", "两委", "集体", "农民", "里"];

/// True for a token before a glued 村 (郭桃寨/nr 村人) that names the village: a proper name,
/// not a village already (小岗村 村民) nor a people (藏族 村民).
fn glued_village_stem(token: &super::tagger::Token<'_>) -> bool {
    matches!(token.tag, "nr" | "ns" | "nz" | "nrt")
        && token.is_han()
        && !token.word.ends_with(['村', '族'])
        && !token.word.ends_with("社区")
}

/// Words after a lake or river that make a region of its shore (太湖南岸, 南太湖畔).
const SHORE_WORDS: &[&str] = &["南岸", "北岸", "东岸", "西岸", "沿岸", "两岸", "之滨", "流域", "畔", "沿线"];

/// A direction before a lake or river names part of it (南太湖); a shore word after it names
/// the region along it (太湖南岸, 南太湖畔).
fn shores(view: &View<'_>, water: &Candidate, out: &mut Vec<(Candidate, PlaceLevel)>) {
    let mut start = water.start;
    if start > 0 && matches!(view.char(start - 1), Some('东' | '西' | '南' | '北')) && view.is_boundary(start - 1) {
        start -= 1;
        out.push((Candidate::new(start, water.end, EntityType::Place, PRIORITY_PLACE), PlaceLevel::Water));
    } else if !view.is_boundary(start) {
        return;
    }
    let rest = view.slice(water.end, view.len());
    if let Some(word) = SHORE_WORDS.iter().find(|w| rest.starts_with(**w)) {
        let end = water.end + word.chars().count();
        out.push((Candidate::new(start, end, EntityType::Place, PRIORITY_PLACE), PlaceLevel::Region));
    }
}

/// Stems that make 村 or 社区 a kind of place rather than a name (乡村, 行政村).
const NOT_VILLAGE_STEMS: &[&str] = &[
    "乡",
    "农",
    "山",
    "渔",
    "行政",
    "自然",
    "城中",
    "中心",
    "美丽乡",
    "新农",
    "示范",
    "城乡",
    "整",
    "零碳",
    "低碳",
    "智慧",
    "数字",
    "未来",
    "共富",
];

/// True for a token that may be part of a village's name.
fn village_stem_part(token: &super::tagger::Token<'_>, lex: &Lexicon, tagger: &Tagger) -> bool {
    token.is_han()
        && !lex.stop_words.contains(token.word)
        && (matches!(token.tag, "n" | "nr" | "nz" | "ns" | "nrt" | "zg" | "ng" | "m" | "j" | "x" | "b" | "s")
            || token.len() >= 2 && !tagger.has_word(token.word))
}

/// Natural places jieba tags `ns` (a lake, a mountain) that the gazetteer does not hold.
fn natural(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<(Candidate, PlaceLevel)>) {
    for (i, token) in view.tokens.iter().enumerate() {
        // A place's or proper name before 水库 names the reservoir (兴隆/ns 水库, 某德根/nr 水库),
        // also one the gazetteer holds whatever jieba tagged it (a township's name).
        let reservoir = view.tokens.get(i + 1).filter(|next| next.word == "水库");
        let place = |t: &super::tagger::Token<'_>| {
            let glued = t.len() == 3 && t.word.starts_with(|c| LEADING_PARTICLES.contains(c));
            // A name right after a title is the person's (记者 某旗岭 | 水库边).
            let titled = i > 0 && lex.is_title(view.tokens[i - 1].word);
            t.tag == "ns"
                || matches!(t.tag, "nr" | "nrt" | "nz") && !glued && !titled
                || out.iter().any(|(c, _)| c.start == t.start && c.end == t.end)
        };
        if let Some(reservoir) = reservoir.filter(|_| place(token) && token.is_han() && (2..=3).contains(&token.len()))
        {
            out.push((
                Candidate::new(token.start, reservoir.end, EntityType::Place, PRIORITY_PLACE),
                PlaceLevel::Water,
            ));
            continue;
        }
        // A strait's name runs to four characters (琼州海峡, 台湾海峡).
        let longest = if token.word.ends_with("海峡") { 4 } else { 3 };
        if token.word == "海峡" {
            continue;
        }
        if token.tag != "ns" || !(2..=longest).contains(&token.len()) || lex.generic.contains(token.word) {
            continue;
        }
        // Two characters guessed as a place (铁海 in 铁海联运, 一江 in 一江清水) are not
        // enough: the dictionary must know the word.
        if token.len() == 2 && !tagger.has_word(token.word) {
            continue;
        }
        // Nor are two generic landscape characters (山海, 江海, 海岛, 山峰), nor one after a
        // word of size or kind (大山, 深海, 花海, 冰河): they name no place.
        let mut chars = token.word.chars();
        let (first, second) = (chars.next().unwrap_or(' '), chars.next().unwrap_or(' '));
        let landscape = |c: char| "山海江河湖陆峰岭川水天地林田岛湾".contains(c);
        // Nor one after a verb or word of place (入海, 出海, 远海, 内河), nor a colour's that
        // no water's ending follows (青山 环绕; 青峰 漾 is a lake).
        let ending_follows = view.tokens.get(i + 1).is_some_and(|t| t.len() == 1 && t.is_han());
        let colour = "青绿".contains(first) && !ending_follows;
        if token.len() == 2
            && landscape(second)
            && (landscape(first) || colour || "大小深浅高半冰沧花雪群荒孤蓝入出下远近内外跨沿".contains(first))
        {
            continue;
        }
        // Nor a given name after a family name jieba cut from it (王 东峰).
        if i > 0
            && view.tokens[i - 1].len() == 1
            && view.tokens[i - 1].end == token.start
            && lex.surnames.contains(view.tokens[i - 1].word)
            && view.tokens[i - 1].tag.starts_with("nr")
        {
            continue;
        }
        // Nor a word a function character starts (被益海: jieba glued 被 to a name).
        if token.len() == 3 && LEADING_PARTICLES.contains(first) {
            continue;
        }
        // A water's ending jieba cut off as a character of its own (西山/ns 漾/zg) belongs to
        // the name, where the gazetteer holds no place in those words.
        // (A name that goes on into a project's head, 东安/ns 湖/ns 体育 公园, is left to it.)
        let project_after = || {
            (i + 2..i + 4)
                .any(|k| view.tokens.get(k).is_some_and(|t| lex.project_head_index.longest_suffix(t.word).is_some()))
        };
        let gazetteer_place =
            || out.iter().any(|(c, _)| c.place.is_some() && c.start < token.end && token.start < c.end);
        // Not the same ending twice (渤海湾 湾).
        let ending = view.tokens.get(i + 1).filter(|t| {
            t.len() == 1 && matches!(t.tag, "zg" | "ng" | "n" | "ns" | "x" | "j") && !token.word.ends_with(t.word)
        });
        let water =
            ending.and_then(|t| NATURAL_ENDINGS.iter().find(|(e, level)| *level == PlaceLevel::Water && t.word == *e));
        let whole_water = ending.zip(water).filter(|_| !project_after() && !gazetteer_place());
        if let Some((t, (_, level))) = whole_water {
            out.push((Candidate::new(token.start, t.end, EntityType::Place, PRIORITY_PLACE - 1), *level));
            continue;
        }
        if let Some((_, level)) = NATURAL_ENDINGS.iter().find(|(e, _)| token.word.ends_with(e)) {
            out.push((Candidate::new(token.start, token.end, EntityType::Place, PRIORITY_PLACE - 1), *level));
        }
    }
}
