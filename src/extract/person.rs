//! Persons: words jieba tags as personal names that start with a family name, kept when a cue
//! (记者, 书记, 摄, 表示) stands next to them or the name has three characters; names beside a
//! cue that jieba split; and bylines (a line of names only).

use super::candidate::{Candidate, find_again};
use super::lexicon::{CueSide, Lexicon};
use super::names::is_country_abbreviation;
use super::tagger::{Tagger, Token, is_han};
use super::view::View;
use super::{EntityType, PRIORITY_COMPANY, PRIORITY_MODEL, PRIORITY_PERSON};

/// How many tokens away a cue may stand.
const CUE_WINDOW: usize = 3;
/// The most names a byline holds.
const MAX_BYLINE_NAMES: usize = 6;

/// Person candidates of one sentence.
pub fn recognise(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<Candidate>) {
    if byline(view, lex, tagger, out) {
        return;
    }
    let from = out.len();
    spaced_after_titles(view, lex, tagger, out);
    names(view, lex, tagger, out);
    transliterated_names(view, lex, out);
    for c in &mut out[from..] {
        c.end = with_whole_given_name(view, lex, tagger, c);
        c.start = with_family_name_before(view, lex, c);
    }
}

/// True when titles frame the dictionary name of three characters at token `i`, whatever its
/// given name reads as: a title right before it and a cue after it (总队长 X建华 介绍), or a
/// title right before or after it (委员长 宋建康 15日, 温某某 总理) where the name does not end
/// like a word (平 does so only where the given name is one: 高水平, not 近平), opens its phrase
/// (not 某坦/ns 巴耶夫/nr 总统, 驻 韩美军) and is no preposition jieba glued to a name it knows
/// (向普京/nr 总统).
fn framed_by_titles(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, i: usize, cue_after: bool) -> bool {
    let tokens = &view.tokens;
    let token = &tokens[i];
    if token.len() != 3 {
        return false;
    }
    let is_title = |t: &Token<'_>| lex.is_title(t.word);
    let titled = i > 0 && is_title(&tokens[i - 1]);
    if titled && cue_after {
        return true;
    }
    if !titled && !tokens.get(i + 1).is_some_and(is_title) {
        return false;
    }
    let given = lex.surname_of(token.word).map_or("", |s| &token.word[s.len()..]);
    let ends_like_word = token.word.ends_with(|c| NOT_NAME_ENDINGS.contains(c))
        && (!token.word.ends_with('平') || tagger.has_word(given));
    let opens = opens_phrase(tokens, i);
    let preposition = token.word.starts_with(|c| GLUED_ENDINGS.contains(c))
        && token.word.char_indices().nth(1).is_some_and(|(b, _)| tagger.has_word(&token.word[b..]));
    !ends_like_word && opens && !preposition
}

/// True when the token at `i` opens its phrase: nothing Han stands before it, or a word of two
/// characters or more that is no part of a name (not 阿坦/ns 巴耶夫, 古特 雷斯说).
fn opens_phrase(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1).is_none_or(|k| {
        let before = &tokens[k];
        !before.is_han() || before.len() >= 2 && !matches!(before.tag, "nr" | "nrt" | "nrfg" | "nz" | "ns" | "x")
    })
}

/// Where a name of two characters starts when jieba glued its family name to the title
/// before it or tagged it alone (负责人 谢/v 靖远/nr, 法定代表人马/n 凤兰/nr): one character
/// earlier, when that is a family name right after a title.
fn with_family_name_before(view: &View<'_>, lex: &Lexicon, c: &Candidate) -> usize {
    if c.end - c.start != 2 || c.start < 3 {
        return c.start;
    }
    let family = view.slice(c.start - 1, c.start);
    let title = view.slice(c.start.saturating_sub(7), c.start - 1);
    let titled = lex.is_title(title);
    // Prepositions and conjunctions that are family names too join titles to names (主席 和
    // 张三) more often than they name anyone.
    let function = family.starts_with(is_function_character);
    if lex.surname_of(family) == Some(family) && titled && !function { c.start - 1 } else { c.start }
}

/// Where a name of a family name and one character ends when jieba cut the last character of
/// the given name off: a single character before a cue or a stop (赵双 连 出席), or the first of
/// a word that is that character and a cue or function character (李学 明说, 张喜 武在).
fn with_whole_given_name(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, c: &Candidate) -> usize {
    let name = view.slice(c.start, c.end);
    if c.end - c.start != 2 || c.kind != EntityType::Person || lex.surname_of(name).map(str::len) != Some(3) {
        return c.end;
    }
    let Some(next) = view.tokens.get(view.token_at(c.end)).filter(|t| t.start == c.end) else { return c.end };
    let chars: Vec<char> = next.word.chars().collect();
    // A cue right after, or after an adverb (柏望 岭/n 公开/ad 表示).
    let cue_after = |k: usize| {
        let cue = |k: usize| view.tokens.get(k).is_some_and(|t| lex.person_cues.get(t.word).is_some_and(|s| s.after));
        cue(k) || view.tokens.get(k).is_some_and(|t| matches!(t.tag, "d" | "ad")) && cue(k + 1)
    };
    let stop_after = |k: usize| view.tokens.get(k).is_none_or(|t| !t.is_han()) || cue_after(k);
    let cut = match chars.as_slice() {
        [one] => {
            let k = view.token_at(c.end) + 1;
            // A noun or adjective character counts only before a cue or the end of the line
            // (区长 沈月 娥/n 一行, 朱文 良/a 介绍, 监制｜沈静 文/n).
            let line_end = view.tokens.get(k).is_none_or(|t| !t.is_han());
            // So does a verb character before the 、 of a list of names (陈立 希/v 、李若琳).
            let listed = view.tokens.get(k).is_some_and(|t| t.word == "、");
            // A title after it opens the next credit (主编/江永 韬/n 编辑/贾宏伟).
            let next_credit = view.tokens.get(k).is_some_and(|t| lex.person_cues.get(t.word).is_some_and(|s| s.before));
            may_end_given_name(*one)
                && (matches!(next.tag, "nr" | "ng" | "x" | "nz") && stop_after(k)
                    || matches!(next.tag, "n" | "a") && (cue_after(k) || line_end || next_credit)
                    || next.tag == "v" && listed
                    // 一 ends given names too (朱中 一/m ：).
                    || next.word == "一" && stop_after(k))
        }
        // A word jieba knows (获得, 正在, 参与) is that word, unless it ends in a cue (明说).
        [first, rest] => {
            let cue = is_cue_after(lex, *rest);
            let glued = GLUED_ENDINGS.contains(*rest) || ADVERBS.contains(*rest);
            may_end_given_name(*first) && (cue || glued && !tagger.has_word(next.word))
        }
        _ => false,
    };
    if cut { c.end + 1 } else { c.end }
}

/// The names of one sentence (no byline).
fn names(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<Candidate>) {
    foreign_names(view, lex, tagger, out);
    let tokens = &view.tokens;
    let mut joined_until = 0;
    for (i, token) in tokens.iter().enumerate() {
        if i < joined_until {
            continue;
        }
        // A family name jieba cut from its given name (副主任 李/nr 石柱/nr 介绍) joins it
        // beside a cue.
        if let Some(c) = split_name(view, lex, tagger, i) {
            out.push(c);
            joined_until = i + 2;
            continue;
        }
        // The 民 of a role jieba glued to the name after it (武汉市/ns 民X瑾/nr 萱): the rest of
        // the word is the name.
        if let Some(rest) = token.word.strip_prefix('民').filter(|_| token.tag.starts_with("nr") && i > 0) {
            let before = tokens[i - 1].word.chars().last().map(|c| format!("{c}民"));
            let role = before.is_some_and(|r| lex.person_cues.get(r.as_str()).is_some_and(|s| s.before));
            if role && looks_like_name(rest, lex) && !tagger.has_word(rest) {
                out.push(Candidate::new(token.start + 1, token.end, EntityType::Person, PRIORITY_PERSON));
                continue;
            }
        }
        // A title jieba tags as a name (顾问/nr) is the cue, not the person; nor is a body
        // whose first character is a family name (宣传部/nr).
        let title = lex.person_cues.contains_key(token.word)
            || lex.organization_head_index.longest_suffix(token.word).is_some();
        if let Some(c) = three_characters_glued(view, lex, tagger, i).or_else(|| titled_name_making(view, lex, i)) {
            out.push(c);
            continue;
        }
        if token.tag.starts_with("nr")
            && token.is_han()
            && looks_like_name(token.word, lex)
            && !title
            && !makes_a_report(view, lex, i)
        {
            // jieba's dictionary tags some common words as names (安全感, 高水平): without a
            // cue, a three-character name must have a plausible given name.
            // Words the dictionary holds as names are mostly things and brands (玉米 说,
            // 梅花鹿, 西门子): they need a title before them (书记 金明), or a cue after them
            // and three characters that read as a name.
            // A brand before its industry word (惠达/nr 卫浴 总裁) is a company's short name.
            if tokens.get(i + 1).is_some_and(|t| lex.short_name_heads.contains(t.word)) {
                continue;
            }
            // A verb of saying jieba glued to a name of two characters is the cue (高博说/nr),
            // where no part of a longer name stands before it (古特 雷斯说).
            let whole = opens_phrase(tokens, i) && i.checked_sub(1).is_none_or(|k| tokens[k].tag != "j");
            let name = token.word.strip_suffix(['说', '称']).filter(|n| n.chars().count() == 2 && whole);
            if let Some(name) = name.filter(|n| !tagger.has_word(token.word) && looks_like_name(n, lex)) {
                if !tagger.has_word(name) || tagger.tag(name).first().is_some_and(|t| t.tag.starts_with("nr")) {
                    out.push(Candidate::new(token.start, token.end - 1, EntityType::Person, PRIORITY_PERSON));
                }
                continue;
            }
            // A common word of two the dictionary tags as a name (祝贺, 关怀, 师生) is a name only
            // with its cue right beside it (朱某 同志, 列某 说), not a few words away.
            // A family name right before it makes it a given name (罗 明星, 万 卫星).
            if token.len() == 2 && tagger.is_too_common_for_a_brand(token.word) {
                let beside_cue = i > 0 && lex.is_title(tokens[i - 1].word)
                    || tokens.get(i + 1).is_some_and(|t| lex.person_cues.get(t.word).is_some_and(|c| c.after));
                let family_before = i > 0 && tokens[i - 1].len() == 1 && lex.surnames.contains(tokens[i - 1].word);
                if !beside_cue && !family_before {
                    continue;
                }
            }
            let (title, cue_after) = cues_around(view, lex, i, i + 1);
            let cue = title || cue_after;
            let unknown = !tagger.has_word(token.word);
            let plausible = token.len() == 3 && plausible_given_name(token.word, lex, tagger);
            let framed = framed_by_titles(view, lex, tagger, i, cue_after);
            let role = i > 0 && lex.person_cues.get(tokens[i - 1].word).is_some_and(|s| s.role);
            let titled_name = title && !(role && token.len() == 2);
            let known_name =
                (titled_name || cue_after && token.len() == 3) && plausible_given_name(token.word, lex, tagger);
            // A word after a number is a count (600 余人), one ending in a function character
            // is glued to the next word (连战在 致辞).
            let counted = token.start > 0 && view.char(token.start - 1).is_some_and(|c| c.is_ascii_digit());
            let glued =
                token.len() == 3 && token.word.ends_with(|c| GLUED_ENDINGS.contains(c) || GLUED_ADVERBS.contains(c));
            // A title names the whole name, not the part of one jieba cut (总统 马克/nr 龙/n,
            // 外长 巴伊/nr 拉莫夫): the model reads those.
            // A title that counts only right before a name (总统, 副总理, 外长).
            let office = i > 0 && lex.cues_ending(tokens[i - 1].word).any(|s| s.adjacent);
            let titled_only_by_office = office && !cue_after;
            let cut = titled_only_by_office && name_goes_on(view, lex, i + 1);
            // Without a cue, a name right before a word of areas and waterworks is a place's
            // (某旗岭 尾矿库, 某口河 地区).
            let of_place = !cue && tokens.get(i + 1).is_some_and(|t| AREA_WORDS.contains(&t.word));
            if (unknown && (cue || plausible) && !counted && !glued && !of_place || known_name || framed && !glued)
                && !cut
            {
                out.push(Candidate::new(token.start, token.end, EntityType::Person, PRIORITY_PERSON));
            }
            continue;
        }
        // A cue with a name jieba split (何岚 吧 摄): take the characters next to the cue.
        // A word that ends in a title counts as that title before a name (新闻记者 | 张三).
        let tail = || {
            let title = if token.len() >= 3 { lex.cues_ending(token.word).find(|s| s.before) } else { None };
            title.map(|s| CueSide { after: false, ..*s })
        };
        let Some(side) = lex.person_cues.get(token.word).copied().or_else(tail) else { continue };
        if side.after && !side.tagged_only && i > 0 {
            // A photo credit names a person whatever the dictionary holds the words as (江浪/nz 摄).
            let credit =
                token.word == "摄" && view.char(token.start.saturating_sub(1)).is_some_and(char::is_whitespace);
            let named = |c: &Candidate| credit || reads_as_name(view, lex, tagger, c);
            // A title with a name after it (某某 总裁 张三) names that person: what stands before
            // is where the person works.
            let names_next = side.before && tokens.get(i + 1).is_some_and(|t| t.tag.starts_with("nr"));
            if let Some(c) = name_before(view, lex, tagger, token.start).filter(named).filter(|_| !names_next) {
                out.push(c);
            }
        }
        if side.before && !side.tagged_only {
            // A reporter's credit closed by its bracket names a person whatever the dictionary
            // holds the words as (（记者 高兴）).
            let credit = |c: &Candidate| token.word.ends_with("记者") && matches!(view.char(c.end), Some('）' | ')'));
            let named = |c: &Candidate| credit(c) || reads_as_name(view, lex, tagger, c);
            let mut next = name_after(view, lex, token.end).filter(named);
            while let Some(c) = next {
                let end = c.end;
                out.push(c);
                // The cue reaches along a 、-list of whole names (文字记者：胡昕、易涨/v、顾小岚).
                next = (view.char(end) == Some('、'))
                    .then(|| name_after(view, lex, end + 1))
                    .flatten()
                    .filter(|n| view.char(n.end).is_none_or(|ch| !is_han(ch)) && reads_as_name(view, lex, tagger, n));
            }
        }
    }
}

/// A verb of saying, a function character or an adverb jieba glued to a name of three
/// characters (赵X伊说/nr, 贺X嘉以/nr), where no part of a longer name stands before it and the
/// given name reads as one: the name.
fn three_characters_glued(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, i: usize) -> Option<Candidate> {
    let token = &view.tokens[i];
    if !(token.tag.starts_with("nr")
        && token.len() == 4
        && !tagger.has_word(token.word)
        && opens_phrase(&view.tokens, i))
    {
        return None;
    }
    let name =
        token.word.strip_suffix(|c| "说称".contains(c) || GLUED_ENDINGS.contains(c) || GLUED_ADVERBS.contains(c))?;
    (looks_like_name(name, lex) && plausible_given_name(name, lex, tagger) && !tagger.has_word(name))
        .then(|| Candidate::new(token.start, token.end - 1, EntityType::Person, PRIORITY_PERSON))
}

/// A name of two characters right after a title with 作 glued on (市长 李某作/nr 政府工作报告,
/// 副市长 万某作/nr 招商项目推介): the official makes a report; 作 is the verb, not the given
/// name's end.
fn titled_name_making(view: &View<'_>, lex: &Lexicon, i: usize) -> Option<Candidate> {
    let token = &view.tokens[i];
    let titled = || i > 0 && lex.is_office(view.tokens[i - 1].word);
    (makes_a_report(view, lex, i) && titled())
        .then(|| Candidate::new(token.start, token.end - 1, EntityType::Person, PRIORITY_PERSON))
}

/// True when the token at `i` is a name of two characters with 作 glued on and what is made
/// after it (李某作/nr 政府/n 工作报告).
fn makes_a_report(view: &View<'_>, lex: &Lexicon, i: usize) -> bool {
    let token = &view.tokens[i];
    // Or 的 and what the report is about (某晨作 的 关于…的报告).
    let object = || {
        view.tokens.get(i + 1).is_some_and(|t| t.is_han() && matches!(t.tag, "n" | "vn" | "l" | "nz" | "j"))
            || view.tokens.get(i + 1).is_some_and(|t| t.word == "的")
                && view.tokens.get(i + 2).is_some_and(|t| t.word == "关于")
    };
    token.len() == 3
        && token.tag.starts_with("nr")
        && token.word.strip_suffix('作').is_some_and(|name| looks_like_name(name, lex))
        && object()
}

/// Names the document gives as persons name the same person wherever they stand again as
/// whole words, also where jieba or another recogniser read them otherwise there (主席 林/nr
/// 福川/ns; 林福川 说 later): Han names of three characters or more, and each part of a
/// transliterated name (雅洛克 of 雅洛克·拉塔涅夫); names of two that the rules found, where
/// jieba reads the two as a name again. A longer name holding the words wins.
pub fn repeated(views: &[View<'_>], lex: &Lexicon, tagger: &Tagger, chosen: &mut [Vec<Candidate>]) {
    let mut names: Vec<&str> = Vec::new();
    let mut short_names: Vec<&str> = Vec::new();
    for (view, candidates) in views.iter().zip(chosen.iter()) {
        for c in candidates.iter().filter(|c| c.kind == EntityType::Person) {
            let name = view.slice(c.start, c.end);
            if name.chars().all(is_han) {
                match name.chars().count() {
                    3.. => names.push(name),
                    // Not a country's side (某方 of 中方, 美方).
                    2 if c.priority > PRIORITY_MODEL && !tagger.has_word(name) && !name.ends_with('方') => {
                        short_names.push(name);
                    }
                    _ => {}
                }
            } else if NAME_DOTS.iter().any(|d| name.contains(d)) {
                let parts = name.split(|ch: char| NAME_DOTS.iter().any(|d| d.starts_with(ch)));
                names.extend(parts.filter(|p| p.chars().count() >= 2 && p.chars().all(is_han)));
            }
        }
    }
    let full_names: Vec<&str> = names.iter().copied().filter(|n| n.chars().count() == 3).collect();
    find_again(views, chosen, names, EntityType::Person, PRIORITY_PERSON, &in_title);
    glued_names_again(views, chosen, &full_names);
    two_character_names_again(views, lex, chosen, short_names);
}

/// Characters that end the name of a place, route, venue or event after a modifier.
const NAMED_THING_HEADS: &str = "山河湖江海岛峰岭洋路街桥港赛杯节馆园厂省市县区镇乡村州";

/// A full name of three characters named elsewhere in the document is a person where jieba
/// glued the next character to it and read the four as one name (某嘉豪学/nr 的是): the name is
/// known, the glued character is not part of it. Not where that character is the head of a
/// place, route or event the three name (某贾尔山, 某拉松赛): there they are its modifier.
fn glued_names_again(views: &[View<'_>], chosen: &mut [Vec<Candidate>], names: &[&str]) {
    if names.is_empty() {
        return;
    }
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        for token in view.tokens.iter().filter(|t| t.len() == 4 && t.tag.starts_with("nr")) {
            let end = token.end - 1;
            let glued = view.char(end).is_some_and(|c| !NAMED_THING_HEADS.contains(c))
                && names.contains(&view.slice(token.start, end));
            if !glued || candidates.iter().any(|c| c.start < token.end && token.start < c.end) {
                continue;
            }
            let at = candidates.partition_point(|c| c.start < token.start);
            candidates.insert(at, Candidate::new(token.start, end, EntityType::Person, PRIORITY_PERSON));
        }
    }
}

/// What follows a political body's short name in the name of one of its organs or forces
/// (某马斯 政治局, 某塞 武装 政治局); not a government, which a leader gives his name (某朗普 政府).
const BODY_ORGANS: &[&str] = &["武装", "政治局", "运动", "组织", "媒体办公室"];

/// A transliterated name the document gives as a person is a political body where the
/// document also names one of its organs or forces right after it (某马斯 表示; 某马斯武装,
/// 某马斯政治局) or gives it in brackets after a movement's full name: a movement, not a person.
/// Its mentions become the organization's.
pub fn bodies_named_as_persons(views: &[View<'_>], chosen: &mut [Vec<Candidate>]) {
    let mut names: Vec<&str> = Vec::new();
    for (view, candidates) in views.iter().zip(chosen.iter()) {
        for c in candidates.iter().filter(|c| c.kind == EntityType::Person) {
            let name = view.slice(c.start, c.end);
            if name.chars().count() >= 2 && name.chars().all(is_transliteration) && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    // Or the short name in brackets after the body's full name (伊斯兰抵抗运动（某马斯）).
    let organ_after = |name: &str| {
        views.iter().any(|view| {
            view.text.match_indices(name).any(|(at, _)| {
                BODY_ORGANS.iter().any(|o| view.text[at + name.len()..].starts_with(o))
                    || view.text[..at].ends_with('（')
                        && ["运动", "组织", "阵线", "党"].iter().any(|h| view.text[..at - '（'.len_utf8()].ends_with(h))
            })
        })
    };
    let bodies: Vec<String> = names.into_iter().filter(|n| organ_after(n)).map(str::to_owned).collect();
    if bodies.is_empty() {
        return;
    }
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        for c in candidates.iter_mut().filter(|c| c.kind == EntityType::Person) {
            if bodies.iter().any(|b| b == view.slice(c.start, c.end)) {
                c.kind = EntityType::Organization;
            }
        }
    }
}

/// Words that join the items of a list of persons (梁某根、宗某后和李某宏).
const LIST_JOINS: &[&str] = &["、", "和", "与", "及"];

/// A name the dictionary holds (a public figure: 李某宏/nr) is a person where it stands in a
/// list right beside a person the rules or the model found, joined by 、, 和, 与 or 及: the list
/// is the cue. Three characters of a family name and a given name that reads as one, or two
/// the dictionary does not hold.
pub fn listed(views: &[View<'_>], lex: &Lexicon, tagger: &Tagger, chosen: &mut [Vec<Candidate>]) {
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        if view.text.contains('、') {
            lists_of_names(view, lex, tagger, candidates);
        }
        let tokens = &view.tokens;
        let person_at = |k: usize, candidates: &[Candidate]| {
            tokens.get(k).is_some_and(|t| {
                candidates.iter().any(|c| c.kind == EntityType::Person && c.start == t.start && c.end == t.end)
            })
        };
        // Twice, so that a name reaches the ones beside it either way along the list.
        for (i, token) in tokens.iter().enumerate().chain(tokens.iter().enumerate().rev()) {
            let name = token.tag.starts_with("nr")
                && token.is_han()
                && looks_like_name(token.word, lex)
                && (token.len() == 3 && plausible_given_name(token.word, lex, tagger)
                    || token.len() == 2 && !tagger.has_word(token.word));
            if !name || candidates.iter().any(|c| c.start < token.end && token.start < c.end) {
                continue;
            }
            let joined = |k: usize| tokens.get(k).is_some_and(|t| LIST_JOINS.contains(&t.word));
            // A name of two stands whole between the list's joins or punctuation (not 某国 of
            // 某国强, cut before its last character).
            let edge = |k: Option<usize>| {
                k.and_then(|k| tokens.get(k)).is_none_or(|t| LIST_JOINS.contains(&t.word) || !t.is_han())
            };
            if token.len() == 2 && !(edge(i.checked_sub(1)) && edge(Some(i + 1))) {
                continue;
            }
            let before = i >= 2 && joined(i - 1) && person_at(i - 2, candidates);
            let after = joined(i + 1) && person_at(i + 2, candidates);
            if before || after {
                candidates.push(Candidate::new(token.start, token.end, EntityType::Person, PRIORITY_PERSON));
            }
        }
        candidates.sort_by_key(|c| (c.start, c.end));
        split_names_listed(view, lex, candidates);
    }
}

/// The fewest items of a 、-list of names that make it a list of persons by itself.
const MIN_LISTED_NAMES: usize = 3;

/// A 、-list of three names or more, each a word jieba tags as a name that reads as one or a
/// family name and the one or two characters jieba cut from it (王某宁、汪某、栗/nr 某书/n), is a
/// list of persons: the list is the cue. Its items become persons, over the model's guesses of
/// another type.
fn lists_of_names(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, candidates: &mut Vec<Candidate>) {
    let tokens = &view.tokens;
    let family = |k: usize| {
        tokens.get(k).is_some_and(|t| t.len() == 1 && t.tag.starts_with("nr") && lex.surnames.contains(t.word))
    };
    // An item: one token, or a family name and the token after it.
    let item_at = |k: usize| -> Option<(usize, usize)> {
        let t = tokens.get(k)?;
        let end = if family(k) && tokens.get(k + 1).is_some_and(|n| n.is_han() && n.len() <= 2 && n.word != "等") {
            k + 2
        } else {
            k + 1
        };
        let (start, stop) = (t.start, tokens[end - 1].end);
        // The item stands whole: a join, 等 or no Han word after it (not 钟声/nr 坚, 陈图 南),
        // and no single character glued before it (万/m 鄂湘).
        let ends = tokens.get(end).is_none_or(|n| !n.is_han() || matches!(n.word, "等" | "和" | "及" | "与"));
        let glued_before = k > 0 && tokens[k - 1].len() == 1 && tokens[k - 1].is_han() && tokens[k - 1].word != "、";
        if !ends || glued_before {
            return None;
        }
        let text = view.slice(start, stop);
        let whole_word = end == k + 1;
        let name = text.chars().all(is_han)
            && (2..=3).contains(&(stop - start))
            && looks_like_name(text, lex)
            && if whole_word {
                t.tag.starts_with("nr")
                    && (t.len() == 3
                        && (plausible_given_name(t.word, lex, tagger) || tagger.dictionary_tag(t.word) == Some("nr"))
                        || t.len() == 2 && !tagger.is_too_common_for_a_brand(t.word))
            } else {
                !matches!(tokens[k + 1].tag, "v" | "d" | "p" | "c" | "u" | "uj" | "r" | "m" | "q" | "f")
            };
        name.then_some((k, end))
    };
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].word != "、" {
            i += 1;
            continue;
        }
        // The item before the first 、: a family name and a word, or one word.
        let first = (i >= 2)
            .then(|| i - 2)
            .and_then(|k| item_at(k).filter(|&(_, e)| e == i))
            .or_else(|| i.checked_sub(1).and_then(item_at).filter(|&(_, e)| e == i));
        let Some(first) = first else {
            i += 1;
            continue;
        };
        let mut items = vec![first];
        let mut sep = i;
        while tokens.get(sep).is_some_and(|t| t.word == "、") {
            let Some(next) = item_at(sep + 1) else { break };
            items.push(next);
            sep = next.1;
        }
        // The whole list must be names: one item of something else (美元、韩元、卢布) makes it a
        // list of things.
        let opens = first.0 == 0 || tokens[first.0 - 1].word != "、";
        let closes = tokens.get(sep).is_none_or(|t| t.word != "、");
        if items.len() >= MIN_LISTED_NAMES && opens && closes {
            for &(k, end) in &items {
                let (start, stop) = (tokens[k].start, tokens[end - 1].end);
                let held = candidates.iter().any(|c| {
                    c.start < stop && start < c.end && !(c.priority == PRIORITY_MODEL && c.kind != EntityType::Person)
                });
                if !held {
                    candidates.retain(|c| !(c.start < stop && start < c.end));
                    candidates.push(Candidate::new(start, stop, EntityType::Person, PRIORITY_PERSON));
                }
            }
            candidates.sort_by_key(|c| (c.start, c.end));
        }
        i = sep.max(i + 1);
    }
}

/// A family name jieba cut from the given name after it (张/q 某豪/n, 范/nr 某天/nz) is a
/// person where the two stand whole as an item of a list right beside a person: the list
/// is the cue.
fn split_names_listed(view: &View<'_>, lex: &Lexicon, candidates: &mut Vec<Candidate>) {
    if !view.text.contains(['、', '和', '与', '及']) {
        return;
    }
    let tokens = &view.tokens;
    let joined = |k: usize| tokens.get(k).is_some_and(|t| LIST_JOINS.contains(&t.word));
    // Punctuation or a join, not a number (6 位/q 用户).
    let edge = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .is_none_or(|t| LIST_JOINS.contains(&t.word) || t.word.chars().all(|c| !c.is_alphanumeric()))
    };
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (family, given) = (&tokens[i], &tokens[i + 1]);
        // Not a preposition before a name (由/p 某梦), nor a place after a family name (陈 刚果/ns).
        let name = family.len() == 1
            && !LIST_JOINS.contains(&family.word)
            && !matches!(family.tag, "p" | "c" | "d" | "u" | "r")
            && lex.surnames.contains(family.word)
            && given.is_han()
            && (1..=2).contains(&given.len())
            && !matches!(
                given.tag,
                "v" | "vd" | "d" | "p" | "c" | "u" | "uj" | "ul" | "r" | "m" | "q" | "f" | "t" | "y" | "zg" | "ns"
            );
        if !(name && edge(i.checked_sub(1)) && edge(Some(i + 2))) {
            continue;
        }
        let (start, end) = (family.start, given.end);
        if candidates.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let person = |c: &&Candidate| c.kind == EntityType::Person;
        let before = i >= 1 && joined(i - 1) && candidates.iter().filter(person).any(|c| c.end == tokens[i - 1].start);
        let after = joined(i + 2) && candidates.iter().filter(person).any(|c| c.start == tokens[i + 2].end);
        if before || after {
            found.push(Candidate::new(start, end, EntityType::Person, PRIORITY_PERSON));
        }
    }
    if !found.is_empty() {
        candidates.extend(found);
        candidates.sort_by_key(|c| (c.start, c.end));
    }
}

/// Names of two characters the rules found are persons again only where jieba reads the two
/// as one name (作为员工，郭X/nr 见证了), for two characters are often parts of other words; not
/// where the document also gives them as or inside something else (a brand: 某花, 某科 of 某科
/// 奶业, as a company), a longer name goes on after them (某瓦/nr 洛夫) or a character of one
/// stands before them (卡/nr 某略).
fn two_character_names_again(
    views: &[View<'_>],
    lex: &Lexicon,
    chosen: &mut [Vec<Candidate>],
    mut short_names: Vec<&str>,
) {
    let other_kind = |name: &&str| {
        views.iter().zip(chosen.iter()).any(|(view, candidates)| {
            candidates.iter().any(|c| c.kind != EntityType::Person && view.slice(c.start, c.end).contains(*name))
        })
    };
    short_names.retain(|name| !other_kind(name));
    let not_a_name_here = |view: &View<'_>, start: usize| {
        let k = view.token_at(start);
        let t = &view.tokens[k];
        let part_before = k.checked_sub(1).is_some_and(|b| {
            let before = &view.tokens[b];
            before.len() == 1
                && before.is_han()
                && matches!(before.tag, "nr" | "nrt" | "nrfg" | "x" | "n" | "ng" | "nz" | "j")
        });
        !(t.start == start && t.len() == 2 && t.tag.starts_with("nr")) || name_goes_on(view, lex, k + 1) || part_before
    };
    find_again(views, chosen, short_names, EntityType::Person, PRIORITY_PERSON, &not_a_name_here);
}

/// True when a name opens the title of a book or work (《论语•颜渊》, 《大藏经·甘珠尔》).
fn in_title(view: &View<'_>, start: usize) -> bool {
    start > 0 && view.char(start - 1) == Some('《')
}

/// Separators between the parts of a transliterated name (威廉·穆伦布齐).
const NAME_DOTS: &[&str] = &["·", "•", "・", "‧"];
/// The most characters of one side of a transliterated name.
const MAX_FOREIGN_PART: usize = 8;

/// Transliterated names: parts joined by a middle dot (汉弗莱·马库亚纳, 卡文斯·阿德希尔). Each
/// side is the words next to the dot that read as a name: proper nouns, words jieba does not
/// know, single characters that are no function words; titles and verbs end it.
fn foreign_names(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<Candidate>) {
    let tokens = &view.tokens;
    let part = |t: &super::tagger::Token<'_>| {
        t.is_han()
            && !lex.person_cues.contains_key(t.word)
            && !lex.stop_words.contains(t.word)
            && !(t.len() >= 2 && (tagger.is_frequent(t.word) || dictionary_common_noun(t.word, tagger)))
            && !(t.len() == 1 && "则也说而和与及就都还又式型们等".contains(t.word))
            // A trade describes the name after it (珠宝商/nz 哈利·…).
            && !(t.len() >= 2 && t.word.ends_with('商'))
            && (matches!(t.tag, "nr" | "nrt" | "nrfg" | "nz" | "ns" | "x" | "j" | "h" | "k")
                || t.len() == 1
                    && !matches!(t.tag, "p" | "v" | "c" | "u" | "uj" | "ul" | "uz" | "d" | "r" | "m" | "q" | "f" | "y"))
    };
    let mut i = 0;
    while i < tokens.len() {
        if !NAME_DOTS.contains(&tokens[i].word) || i == 0 {
            i += 1;
            continue;
        }
        let mut start = i;
        while start > 0 && part(&tokens[start - 1]) && tokens[i].start - tokens[start - 1].start <= MAX_FOREIGN_PART {
            start -= 1;
        }
        // The right side, and further dotted parts (A·B·C).
        let mut end = i;
        loop {
            let from = tokens[end].end;
            let mut k = end + 1;
            while k < tokens.len() && part(&tokens[k]) && tokens[k].end - from <= MAX_FOREIGN_PART {
                k += 1;
            }
            if k == end + 1 {
                break;
            }
            end = k - 1;
            // A double family name joins its two names with a hyphen (杜贝-恩库贝).
            let joint = |t: &Token<'_>| NAME_DOTS.contains(&t.word) || matches!(t.word, "-" | "－");
            if k + 1 < tokens.len() && joint(&tokens[k]) && part(&tokens[k + 1]) {
                end = k;
            } else {
                break;
            }
        }
        // A first part of one character is a dynasty or an initial (宋·方岳), not a given name.
        let first_part = tokens[i].start - tokens[start.min(i)].start;
        // A title's dot parts a work and its chapter (《论语•颜渊》).
        if start < i
            && first_part >= 2
            && end > i
            && NAME_DOTS.iter().all(|d| !tokens[end].word.ends_with(d))
            && !in_title(view, tokens[start].start)
        {
            out.push(Candidate::new(
                tokens[start].start,
                said_end(view, tagger, end),
                EntityType::Person,
                PRIORITY_PERSON + 1,
            ));
            // A company's form right after it makes the name a company's, named after its
            // founders (某格劳·希尔 公司).
            if let Some(form) = tokens.get(end + 1).filter(|t| lex.company_forms.contains(&t.word)) {
                out.push(Candidate::new(tokens[start].start, form.end, EntityType::Company, PRIORITY_COMPANY));
            }
        }
        i = end.max(i) + 1;
    }
}

/// The characters of transliterated foreign names (the standard renderings of syllables:
/// 阿 巴 达 ... 娃 耶 兹); a run of them between a title and a cue is a foreign name.
const TRANSLITERATION_CHARS: &str = "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕波玻伯博布查达黛戴丹道德登迪蒂丁杜敦多厄鄂恩尔法菲费芬丰佛夫弗福盖甘冈戈哥格根贡古瓜圭果哈海汉豪赫亨洪侯胡霍基吉加贾杰捷卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾黎里利莉丽连列林琳留卢鲁路伦罗洛马玛迈麦曼梅门蒙米密缪莫默姆穆娜纳乃奈南内尼妮涅宁纽努诺欧帕潘庞培佩彭皮珀普奇齐恰乔切钦琼丘萨塞赛桑瑟森沙莎善绍舍什施舒斯丝松苏索塔泰坦汤唐陶特提廷图托瓦旺威韦维温沃乌伍西希锡席夏谢辛休雅亚延扬耶伊依尤约泽扎詹兹佐祖娃娅卓契茨芙斐罕";

/// True for a character of [`TRANSLITERATION_CHARS`] (looked up in a set: the check runs on
/// every word).
fn is_transliteration(c: char) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<char>> =
        std::sync::LazyLock::new(|| TRANSLITERATION_CHARS.chars().collect());
    SET.contains(&c)
}

/// The fewest and the most characters of a transliterated name without a middle dot (with one,
/// each part may have [`MAX_FOREIGN_PART`]).
const TRANSLITERATED_CHARS: std::ops::RangeInclusive<usize> = 3..=7;

/// Transliterated names without a middle dot (发言人 扎/v 哈罗/nrt 娃/ng 表示, 外长 托/v 卡耶夫
/// 表示): whole words of transliteration characters only, right after a title or right before a
/// verb of saying (a date or an adverb may stand between: 某某 21日 表示, 某某 还 说), none of
/// them a place, a body, a brand or a title jieba knows or another recogniser found.
fn transliterated_names(view: &View<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    let tokens = &view.tokens;
    let part = |t: &Token<'_>| {
        (t.len() == 1 || matches!(t.tag, "nr" | "nrt" | "nrfg" | "ng" | "zg" | "x"))
            && t.word.chars().all(is_transliteration)
            && !lex.person_cues.contains_key(t.word)
    };
    // The parts of a name joined by a middle dot are one name (某尔夫·比/p 克尔).
    let dot = |k: usize| {
        NAME_DOTS.contains(&tokens[k].word) && k > 0 && part(&tokens[k - 1]) && tokens.get(k + 1).is_some_and(part)
    };
    let title = |t: &Token<'_>| lex.is_office(t.word);
    let cue_after = |k: usize| {
        let mut k = k;
        while tokens.get(k).is_some_and(|t| matches!(t.tag, "d" | "m" | "t") && !lex.person_cues.contains_key(t.word)) {
            k += 1;
        }
        // A title after a name is its body's or country's (某组织 发言人 某某 说).
        tokens
            .get(k)
            .is_some_and(|t| lex.person_cues.get(t.word).is_some_and(|c| c.after && !c.before && !c.tagged_only))
    };
    let mut i = 0;
    while i < tokens.len() {
        if !part(&tokens[i]) || i > 0 && part(&tokens[i - 1]) {
            i += 1;
            continue;
        }
        let mut end = i;
        let mut dotted = false;
        // A word jieba read as a place inside the run (米/q 亚斯/ns 尼/nr) is part of the name.
        let inner_place = |k: usize| {
            let t = &tokens[k];
            k > i
                && t.tag == "ns"
                && t.len() <= 3
                && t.word.chars().all(is_transliteration)
                && tokens.get(k + 1).is_some_and(part)
                && !out.iter().any(|c| c.kind == EntityType::Place && c.start < t.end && t.start < c.end)
        };
        while end < tokens.len() && (part(&tokens[end]) || dot(end) || inner_place(end)) {
            dotted |= dot(end);
            end += 1;
        }
        // A last part of one character is a name cut off (某哈伊尔·米 | 亚斯…): the name ends
        // before its dot.
        if let Some(d) = (i..end).rev().find(|&k| NAME_DOTS.contains(&tokens[k].word)) {
            if tokens[end - 1].end - tokens[d].end < 2 {
                end = d;
                dotted = (i..end).any(|k| NAME_DOTS.contains(&tokens[k].word));
            }
        }
        let (start, last) = (tokens[i].start, tokens[end - 1].end);
        let most = if dotted { MAX_FOREIGN_PART * 2 + 1 } else { *TRANSLITERATED_CHARS.end() };
        let framed = i > 0 && title(&tokens[i - 1]) || cue_after(end);
        // Places, bodies or companies another recogniser found there stand where they cover it
        // (克里米亚, 卡塔尔 多哈), not where the name holds one (莫斯科 维奇).
        let claimed =
            (start..last).all(|k| out.iter().any(|c| c.kind != EntityType::Person && c.start <= k && k < c.end));
        if (*TRANSLITERATED_CHARS.start()..=most).contains(&(last - start)) && framed && !claimed {
            out.push(Candidate::new(start, last, EntityType::Person, PRIORITY_PERSON));
        }
        i = end;
    }
}

/// Where a transliterated name whose last part is the token at `last` ends, where jieba glued a
/// verb of saying to its last character: to the name (某尔说/nr → 某尔) or from the name
/// (某达 韦说/v → 某达韦; not 某某 所说, 某某 时称, which the dictionary holds).
fn said_end(view: &View<'_>, tagger: &Tagger, last: usize) -> usize {
    let said = |t: &Token<'_>| t.len() >= 2 && t.word.ends_with(['说', '称']);
    let token = &view.tokens[last];
    if said(token) {
        return token.end - 1;
    }
    match view.tokens.get(last + 1) {
        Some(next)
            if said(next)
                && next.len() == 2
                && next.start == token.end
                && next.is_han()
                && !tagger.has_word(next.word)
                && !next.word.starts_with(|c| "他她它我你又还也就都则却便再曾并而时所自".contains(c)) =>
        {
            next.end - 1
        }
        _ => token.end,
    }
}

/// True when jieba's dictionary holds `word` as a person's name and its given name (all but
/// the first character) as no word of its own (not 石英砂, 单身汉).
pub(crate) fn dictionary_person(word: &str, tagger: &Tagger) -> bool {
    let given: String = word.chars().skip(1).collect();
    tagger.dictionary_tag(word).is_some_and(|t| t.starts_with("nr")) && !tagger.has_word(&given)
}

/// True when the dictionary holds `word` as a common noun or verb, whatever jieba guessed in
/// context (顾问/nr is 顾问/n).
fn dictionary_common_noun(word: &str, tagger: &Tagger) -> bool {
    matches!(tagger.dictionary_tag(word), Some("n" | "v" | "vn" | "a"))
}

/// A one-character family name tagged as a name and the one or two characters of name after
/// it (李/nr 石柱/nr), with a cue before or after, or a two-character word jieba takes for a
/// place before a verb: one person.
fn split_name(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, i: usize) -> Option<Candidate> {
    let (family, given) = (&view.tokens[i], view.tokens.get(i + 1)?);
    if let Some(c) = preposition_family_name(view, lex, tagger, i) {
        return Some(c);
    }
    if let Some(c) = family_name_before_glued_cue(view, lex, i) {
        return Some(c);
    }
    let joined = family.len() == 1
        && family.tag.starts_with("nr")
        && (given.tag.starts_with("nr") || matches!(given.tag, "ns" | "n" | "nz"))
        && given.is_han()
        && (1..=2).contains(&given.len())
        && lex.surname_of(family.word) == Some(family.word);
    if !joined {
        return None;
    }
    let word = view.slice(family.start, given.end);
    let (title, cue_after) = cues_around(view, lex, i, i + 2);
    let next = view.tokens.get(i + 2);
    // A verb after the name, or right after a title a time word before one (董秘 朱/nr 某滨/ns
    // 昨日 表示).
    let right_after_title = i > 0 && lex.is_title(view.tokens[i - 1].word);
    let verb_after = next.is_some_and(|t| t.tag == "v" || t.tag == "t" && right_after_title && t.is_han());
    // A word that ends like a place (松山) or a post (经理) is no given name.
    let place_ending = given.word.chars().last().is_some_and(|c| NOT_NAME_ENDINGS.contains(c));
    let plain_word = given.len() == 2 && !place_ending && !lex.person_cues.contains_key(given.word);
    let person = if given.tag == "ns" {
        // A word jieba takes for a place after the family name, then a verb (魏/nr 福海/ns 流转,
        // 李/nr 博亚/ns 静静), or between a title and a stop (秘书：王/nr 海洲/ns ，): the given
        // name, unless right after another name.
        let titled = title && next.is_none_or(|t| !t.is_han());
        let after_name = i > 0 && view.tokens[i - 1].tag.starts_with("nr") && !right_after_title;
        // Between a title right before and a verb, even a place's ending is the given name's
        // (县长 叶/nr 平山/ns 讲起).
        let framed = verb_after
            && i > 0
            && lex.is_title(view.tokens[i - 1].word)
            && given.len() == 2
            && !lex.person_cues.contains_key(given.word);
        (plain_word || framed) && (verb_after || titled) && !after_name && looks_like_name(word, lex)
    } else if matches!(given.tag, "n" | "nz") {
        // A common noun after the family name (书记 沈/nr 金华/nz 说, 教授 吴/nr 朝晖/n 认为) is
        // the given name between a title and a verb or cue.
        // Right after a title, the two read as a name whatever follows (总经理 陆/nr 舜X/n 上台).
        let titled = i > 0 && lex.is_title(view.tokens[i - 1].word);
        plain_word && (title && (cue_after || verb_after) || titled) && looks_like_name(word, lex)
    } else {
        (title || cue_after) && looks_like_name(word, lex) && plausible_given_name(word, lex, tagger)
    };
    person.then(|| Candidate::new(family.start, given.end, EntityType::Person, PRIORITY_PERSON))
}

/// True when one character is a cue that comes after a name (说, 称).
fn is_cue_after(lex: &Lexicon, c: char) -> bool {
    lex.person_cues.get(&*c.encode_utf8(&mut [0; 4])).is_some_and(|s| s.after)
}

/// A family name of one character right after a title, whatever jieba tagged it, before the
/// given name's one character glued to a verb of saying (副所长 路/n 明说/v): one person.
fn family_name_before_glued_cue(view: &View<'_>, lex: &Lexicon, i: usize) -> Option<Candidate> {
    let tokens = &view.tokens;
    let (family, given) = (&tokens[i], tokens.get(i + 1)?);
    if i == 0 || family.len() != 1 || given.len() != 2 || lex.surname_of(family.word) != Some(family.word) {
        return None;
    }
    let titled = lex.is_title(tokens[i - 1].word);
    let mut chars = given.word.chars();
    let (first, cue) = (chars.next()?, chars.next()?);
    let says = is_cue_after(lex, cue);
    (titled && says && may_end_given_name(first))
        .then(|| Candidate::new(family.start, family.start + 2, EntityType::Person, PRIORITY_PERSON))
}

/// A family name jieba took for a preposition (局长 向/p 天X/n 说) between a title right before
/// it and a verb of saying right after the two characters of the given name, where those are
/// no everyday word (局长 向 群众 说 speaks to people): one person.
fn preposition_family_name(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, i: usize) -> Option<Candidate> {
    let tokens = &view.tokens;
    let family = &tokens[i];
    if family.tag != "p" || family.len() != 1 || i == 0 {
        return None;
    }
    let (given, after) = (tokens.get(i + 1)?, tokens.get(i + 2)?);
    let titled = || lex.cues_ending(tokens[i - 1].word).any(|s| s.before && !s.tagged_only || s.adjacent);
    let saying = || lex.person_cues.get(after.word).is_some_and(|s| s.after && !s.before && !s.tagged_only);
    let name = lex.surname_of(family.word) == Some(family.word)
        && given.len() == 2
        && given.is_han()
        && matches!(given.tag, "n" | "nr" | "nz" | "ns" | "x")
        && !tagger.is_frequent(given.word)
        && !lex.person_cues.contains_key(given.word)
        && !AUDIENCES.contains(&given.word)
        && saying()
        && titled();
    name.then(|| Candidate::new(family.start, given.end, EntityType::Person, PRIORITY_PERSON))
}

/// Whom a speaker turns to (向 笔者 介绍, 向 大家 说): no given name.
const AUDIENCES: &[&str] = &["笔者", "大家", "群众", "媒体", "游客", "网友", "读者", "观众", "来宾", "客人"];

/// Forms of address after a family name (杨先生, 阮小姐, 王总): a person unnamed, not a name.
const HONORIFICS: &[&str] =
    &["先生", "小姐", "女士", "老师", "师傅", "同志", "阿姨", "大爷", "大妈", "大姐", "总", "老", "某", "某某"];

/// Characters that make abstract nouns (幸福感, 现代化, 可靠性): a dictionary word ending in one
/// is no name even beside a cue.
const ABSTRACT_ENDINGS: &str = "感化性率度型式";

/// Characters that end words, not given names (安全感, 高端化, 公开赛).
const NOT_NAME_ENDINGS: &str = "感化性率度赛型式戏质区省市县镇村庄屯路街站港湾园厂局部委会院校馆所处科室队组网台报刊社店场楼城平卡节岛寺宫周派塔湖山沟记经说称出为抱的共们人证素剂器机品物很也都就还在和是了以于与把被从向给让司院府作";

/// Adverbs and particles that open the word after a name, not end the name (王勇 已在, 吴旭
/// 正在).
const ADVERBS: &str = "已正更也都还就又才将曾均仍再便亦并而即则因现获值参地中";

/// True for a preposition or conjunction that is a family name too (和, 向, 于): after a title
/// it joins the title to what follows far more often than it opens a name.
fn is_function_character(c: char) -> bool {
    GLUED_ENDINGS.contains(c) || "于同以为及".contains(c)
}

/// True when the token at `i` stands as a word of its own between its neighbours: after a
/// punctuation, a word of two characters or more or a function character (的 某玲), and before a
/// punctuation, a function character or adverb (某玲 的, 某晶 对), or a verb, adverb or
/// conjunction of two characters or more (某棚 随即); not inside a longer word jieba cut (某 田某,
/// 普惠 性, 商超 专柜).
pub(crate) fn stands_alone(view: &View<'_>, i: usize) -> bool {
    let tokens = &view.tokens;
    let after = |t: &Token<'_>| {
        !t.is_han()
            || t.len() >= 2 && !t.tag.starts_with('n')
            || t.word
                .chars()
                .next()
                .is_some_and(|c| is_function_character(c) || ADVERBS.contains(c) || "说称".contains(c))
                && t.len() == 1
    };
    let before =
        |t: &Token<'_>| !t.is_han() || t.len() >= 2 || t.word.chars().next().is_some_and(is_function_character);
    i.checked_sub(1).is_none_or(|k| before(&tokens[k])) && tokens.get(i + 1).is_none_or(after)
}

/// Words of areas, stretches and waterworks that follow a place's name, not a person's.
const AREA_WORDS: &[&str] = &[
    "地区",
    "区域",
    "一带",
    "路段",
    "河段",
    "流域",
    "沿岸",
    "水库",
    "尾矿库",
    "大坝",
    "景区",
    "冰面",
    "教学点",
    "矿区",
    "隧道",
];

/// Adverbs jieba glues to the end of a name it does not know (某某则 认为), none of them the
/// end of a given name as often.
const GLUED_ADVERBS: &str = "则还也都就又曾仍便即并";

/// Function characters jieba glues to the end of a name it does not know (连战在).
const GLUED_ENDINGS: &str = "在把被从向给让对和与及是的了这那得率者以";

/// True when the token at `next` goes on with the name before it: a middle dot, a word
/// jieba takes for part of a name, or a single noun character (马克/nr 龙/n) that is no cue.
fn name_goes_on(view: &View<'_>, lex: &Lexicon, next: usize) -> bool {
    let Some(t) = view.tokens.get(next) else { return false };
    let named = (t.tag.starts_with("nr") || t.tag == "x" && t.is_han()) && t.len() <= 3;
    let noun_char = t.len() == 1 && t.is_han() && matches!(t.tag, "n" | "ng" | "nz" | "j" | "ns");
    t.word == "·" || (named || noun_char) && !lex.person_cues.contains_key(t.word)
}

/// True when a character may close a given name: Han, and no function character, adverb or
/// head of a place or body (李俊 峰 在; not 张建 曾 表示).
pub(crate) fn may_end_given_name(ch: char) -> bool {
    is_han(ch) && !GLUED_ENDINGS.contains(ch) && !NOT_NAME_ENDINGS.contains(ch) && !ADVERBS.contains(ch)
}

/// True when a word ends in a function character glued to a name (杨洪对, 于兹者, 吴王即); not
/// 得, which ends transliterations (熊彼得).
pub(crate) fn ends_glued(word: &str) -> bool {
    word.chars().last().is_some_and(|c| GLUED_ENDINGS.contains(c) && c != '得' || GLUED_ADVERBS.contains(c))
}

/// True when what follows the family name can be a given name: it does not end like a word
/// (化, 感, 赛 ...) and is not a dictionary word of another kind (水平 in 高水平).
pub(crate) fn plausible_given_name(word: &str, lex: &Lexicon, tagger: &Tagger) -> bool {
    let Some(surname) = lex.surname_of(word) else { return false };
    let given = &word[surname.len()..];
    if given.chars().last().is_some_and(|c| NOT_NAME_ENDINGS.contains(c)) {
        return false;
    }
    if given.chars().count() >= 2 && tagger.has_word(given) {
        let tags = tagger.tag(given);
        return tags.len() == 1 && tags[0].tag.starts_with("nr");
    }
    true
}

/// True when a name next to a cue is no common word, nor a dictionary word that ends like an
/// abstract noun (居民 幸福感/nr is no person), nor a body's name (宣传部 部长).
fn reads_as_name(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, c: &Candidate) -> bool {
    let word = view.slice(c.start, c.end);
    let word_ending = word.chars().last().is_some_and(|c| ABSTRACT_ENDINGS.contains(c));
    let body = lex.organization_head_index.longest_suffix(word).is_some();
    !(is_common_word(view, tagger, c) || word_ending && tagger.has_word(word) || body)
}

/// True when the candidate is a dictionary word not tagged as a name (全会, 融合).
fn is_common_word(view: &View<'_>, tagger: &Tagger, c: &Candidate) -> bool {
    let word = view.slice(c.start, c.end);
    tagger.has_word(word)
        && !view.tokens.iter().any(|t| t.start == c.start && t.end == c.end && t.tag.starts_with("nr"))
}

/// Documents that say things as persons do (贺信 说, 白皮书 指出), which jieba tags as names.
const SPEAKING_DOCUMENTS: &[&str] =
    &["贺信", "贺电", "贺词", "贺辞", "贺函", "白皮书", "蓝皮书", "绿皮书", "公报", "社论"];

/// True for two to four Han characters: a family name and a given name of one or two (four
/// only with a family name of two, 欧阳文忠), never one character doubled (殷殷, 刚刚).
pub(crate) fn looks_like_name(word: &str, lex: &Lexicon) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let Some(surname) = lex.surname_of(word) else { return false };
    let surname_chars = surname.chars().count();
    let doubled = chars.len() == 2 && chars[0] == chars[1];
    // Nor a form of address with a verb glued on (魏总讲, 张某说), nor a family name and a
    // title (王主任, 刘乡长).
    let given = &word[surname.len()..];
    // Nor a pronoun (来此, 但他), nor a classical particle or conjunction (明之哉, 信与诚,
    // 于欲利), which no given name holds.
    let pronoun = given.contains(|c| "此这那该他她我你们哉乎矣焉欤兮与欲".contains(c));
    // Nor a title jieba glued to the family name after it (董秘何/nr 某滨).
    let first_two = word.char_indices().nth(2).map_or(word, |(end, _)| &word[..end]);
    let titled = chars.len() == 3 && lex.person_cues.contains_key(first_two);
    // Nor a country's side (巴方, 马方) or one and the modal verb after it (巴方愿, 哈方将 同中方…).
    let side = chars.len() == 3 && chars[1] == '方' && "愿将也已还同就均都亦则表对".contains(chars[2])
        || chars.len() == 2 && chars[1] == '方' && is_country_abbreviation(chars[0]);
    // Nor a document that speaks (贺信 说, 白皮书 指出).
    let document =
        word.ends_with(['信', '电', '词', '辞', '函', '书', '报', '论']) && SPEAKING_DOCUMENTS.contains(&word);
    if HONORIFICS.contains(&given)
        || side
        || document
        || given.starts_with(['总', '某', '副', '老'])
        || lex.person_cues.contains_key(given)
        || pronoun
        || titled
    {
        return false;
    }
    (2..=4).contains(&chars.len()) && surname_chars < chars.len() && chars.len() - surname_chars <= 2 && !doubled
}

/// Whether a person cue stands within a few tokens before `first` (a title: 记者, 书记,
/// also at the end of a longer word: 本报记者) and after `end` (摄, 表示).
fn cues_around(view: &View<'_>, lex: &Lexicon, first: usize, end: usize) -> (bool, bool) {
    let tokens = &view.tokens;
    let is_title =
        |word: &str, next_to_name: bool| lex.cues_ending(word).any(|s| s.before && (next_to_name || !s.adjacent));
    // A cue reaches across a 、-list of names (刘延东、张高丽、万钢 出席; 记者 张三、李四).
    let listed = |k: usize| tokens[k].tag.starts_with("nr") && looks_like_name(tokens[k].word, lex);
    // The name must be a whole item: 王雨/nr 萧/nr is a name cut in two.
    let whole = tokens.get(end).is_none_or(|t| !t.is_han() || lex.person_cues.contains_key(t.word));
    let (mut first, mut end) = (first, end);
    while whole && first >= 2 && tokens[first - 1].word == "、" && listed(first - 2) {
        first -= 2;
    }
    while whole && end + 1 < tokens.len() && tokens[end].word == "、" && listed(end + 1) {
        end += 2;
    }
    // Titles in the plural (选手们, 记者们) name no one.
    let window = first.saturating_sub(CUE_WINDOW);
    let before = tokens[window..first].iter().enumerate().any(|(k, t)| {
        is_title(t.word, first.min(CUE_WINDOW) - k == 1) && tokens.get(window + k + 1).is_none_or(|n| n.word != "们")
    });
    let after = tokens[end..(end + CUE_WINDOW).min(tokens.len())]
        .iter()
        .any(|t| lex.person_cues.get(t.word).is_some_and(|s| s.after));
    (before, after)
}

/// The Han run (two or three characters, after spaces) that ends right before a cue.
fn name_before(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, cue_start: usize) -> Option<Candidate> {
    let mut end = cue_start;
    while end > 0 && view.char(end - 1).is_some_and(char::is_whitespace) {
        end -= 1;
    }
    // 副 before a title is part of it (江凌 副 主席).
    if end > 0 && view.char(end - 1) == Some('副') {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < 4 && view.char(start - 1).is_some_and(is_han) {
        start -= 1;
    }
    // The run must be the whole word: nothing Han before it, or a title right before it
    // (建筑师 X奕清/z 介绍).
    if start > 0 && view.char(start - 1).is_some_and(is_han) {
        let after_title = |s: usize| {
            let before = &view.tokens[view.token_at(s - 1)];
            view.is_boundary(s) && before.end == s && lex.is_office(before.word)
        };
        start = [3, 2].into_iter().map(|n| end.saturating_sub(n)).find(|&s| s > start && after_title(s))?;
        if view.char(start).is_some_and(is_function_character) {
            return None;
        }
    }
    let mut word = view.slice(start, end);
    // An adverb or function character glued on is no part of the name (李某也 表示): the two
    // characters before it are, when jieba reads them alone as a name.
    if word.chars().count() == 3 && ends_glued(word) {
        end -= 1;
        word = view.slice(start, end);
        if !tagger.tag(word).first().is_some_and(|t| t.word == word && t.tag.starts_with("nr")) {
            return None;
        }
    }
    (word.chars().count() <= 3 && looks_like_name(word, lex))
        .then(|| Candidate::new(start, end, EntityType::Person, PRIORITY_PERSON))
}

/// The name (two or three characters, after spaces) that follows a cue such as 记者.
fn name_after(view: &View<'_>, lex: &Lexicon, cue_end: usize) -> Option<Candidate> {
    // Spaces, a colon or a bar may stand between (记者 张三, 联系人：李四, 记者 | 张三).
    let mut start = cue_end;
    while view.char(start).is_some_and(|c| c.is_whitespace() || matches!(c, '：' | ':' | '|' | '｜')) {
        start += 1;
    }
    let k = view.token_at(start.min(view.len().saturating_sub(1)));
    let token = view.tokens.get(k)?;
    if token.start != start || start >= view.len() {
        return None;
    }
    // A family name jieba cut from a given name it reads as a word, the two closing a credit
    // (（记者 王/nr 传真/v ）): the name is both.
    // A family name of another word class only with a given name that is no verb or particle
    // (副总经理 乔/zg 保平/n ，; not 专家 来/v 讨论/v).
    let named = token.tag.starts_with("nr");
    let other_class = matches!(token.tag, "zg" | "ng" | "n" | "x" | "j" | "a" | "b");
    if token.len() == 1 && (named || other_class) && lex.surname_of(token.word).is_some() {
        if let Some(given) = view.tokens.get(k + 1).filter(|t| t.is_han() && (1..=2).contains(&t.len())) {
            let closes = view.char(given.end).is_none_or(|c| !is_han(c));
            let verbal = matches!(given.tag, "v" | "vn" | "vd" | "vi" | "y" | "e" | "f" | "t" | "ul" | "uz" | "ug");
            let function =
                matches!(given.tag, "p" | "c" | "u" | "uj" | "ul" | "d" | "r" | "m" | "q") || !named && verbal;
            let address = HONORIFICS.contains(&given.word) || lex.person_cues.contains_key(given.word);
            // A verb of saying glued to the given name's one character is the cue (研究员
            // 李/nr 明说/v ，): the name is the family name and that character.
            let mut chars = given.word.chars();
            let says = given.len() == 2
                && chars.next().is_some_and(may_end_given_name)
                && chars.next().is_some_and(|c| is_cue_after(lex, c));
            if closes && says {
                return Some(Candidate::new(token.start, token.start + 2, EntityType::Person, PRIORITY_PERSON));
            }
            if closes && !function && !address && !lex.stop_words.contains(given.word) {
                return Some(Candidate::new(token.start, given.end, EntityType::Person, PRIORITY_PERSON));
            }
        }
    }
    // A function character or a verb of saying glued to the given name is cut off (主任 韩良率
    // 滨江新城 → 韩良, 部长 马某称 → 马某).
    let glued = token.len() == 3 && token.word.ends_with(|c| GLUED_ENDINGS.contains(c) || matches!(c, '说' | '称'))
        || makes_a_report(view, lex, k);
    let end = if glued { token.end - 1 } else { token.end };
    let word = view.slice(token.start, end);
    // Nor is a title itself (策划 顾问/nr) a name.
    let is_name = token.is_han()
        && (2..=3).contains(&(end - token.start))
        && looks_like_name(word, lex)
        && !lex.person_cues.contains_key(word)
        && (token.tag.starts_with("nr")
            || !lex.stop_words.contains(word) && !word.ends_with(|c| NOT_NAME_ENDINGS.contains(c)));
    is_name.then(|| Candidate::new(token.start, end, EntityType::Person, PRIORITY_PERSON))
}

/// A line of two or three character names separated by spaces (徐岚 沈巍平 罗静安), where a
/// name of two characters may be spaced out to the width of three (白 杨, 游  仪) and titles may
/// stand before the names (本报记者  游  仪).
fn byline(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<Candidate>) -> bool {
    let text = view.text;
    if !text.contains(' ') && !text.contains('\u{3000}') {
        return false;
    }
    // Each part with its character offset.
    let mut parts: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for part in text.split(|c: char| c.is_whitespace()) {
        if !part.is_empty() {
            parts.push((offset, part));
        }
        offset += part.chars().count() + 1;
    }
    if parts.len() < 2 || parts.len() > 2 * MAX_BYLINE_NAMES || !parts.iter().all(|(_, p)| p.chars().all(is_han)) {
        return false;
    }
    let mut names = Vec::new();
    let mut k = 0;
    while k < parts.len() {
        let (start, part) = parts[k];
        let chars = part.chars().count();
        if (2..=3).contains(&chars) && looks_like_name(part, lex) {
            names.push((start, start + chars));
            k += 1;
        } else if let Some(&(next_start, next)) = parts.get(k + 1).filter(|_| chars == 1)
            && next.chars().count() == 1
            && spaced_name(part, next, lex, tagger)
        {
            names.push((start, next_start + 1));
            k += 2;
        } else if lex.cues_ending(part).any(|s| s.before && !s.tagged_only) {
            k += 1;
        } else {
            return false;
        }
    }
    if names.is_empty() || names.len() > MAX_BYLINE_NAMES {
        return false;
    }
    for (start, end) in names {
        out.push(Candidate::new(start, end, EntityType::Person, PRIORITY_PERSON + 1));
    }
    true
}

/// A name of two characters spaced out after a title in running text (（记者 柯 琰）, 记者  柯  琰摄):
/// the family name and the given name, each one character after spaces, closed by a space,
/// punctuation, the end or a photo credit (摄) glued on.
fn spaced_after_titles(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<Candidate>) {
    if !view.text.contains(' ') && !view.text.contains('\u{3000}') {
        return;
    }
    let is_space = |pos: usize| view.char(pos).is_some_and(char::is_whitespace);
    let past_spaces = |mut pos: usize| {
        while is_space(pos) {
            pos += 1;
        }
        pos
    };
    for title in &view.tokens {
        if !is_space(title.end) || !lex.cues_ending(title.word).any(|s| s.before && !s.tagged_only) {
            continue;
        }
        let family = past_spaces(title.end);
        let given = family + 1;
        let end = past_spaces(given);
        // One character, spaces, one character, then the line's end or a photo credit (摄).
        let shape = end > given
            && view.char(family).is_some_and(is_han)
            && view.char(end).is_some_and(is_han)
            && view
                .char(end + 1)
                .is_none_or(|c| !is_han(c) || c == '摄' && view.char(end + 2).is_none_or(|c| !is_han(c)));
        if shape && spaced_name(view.slice(family, given), view.slice(end, end + 1), lex, tagger) {
            out.push(Candidate::new(family, end + 1, EntityType::Person, PRIORITY_PERSON));
        }
    }
}

/// True when a family name and a given name of one character each, spaced apart, make a name:
/// one the dictionary holds as no other word than a name (白杨 is also a tree, but 公告 and 服务
/// are words only).
fn spaced_name(family: &str, given: &str, lex: &Lexicon, tagger: &Tagger) -> bool {
    let name = format!("{family}{given}");
    looks_like_name(&name, lex)
        && !given.starts_with(is_function_character)
        && tagger.dictionary_tag(&name).is_none_or(|tag| tag.starts_with("nr"))
}
