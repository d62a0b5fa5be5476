//! Organizations: government bodies known by their short names (省委, 区政府), and names
//! grown leftwards from an organization head (商务局, 研究院, 大学, 日报).

use super::candidate::Candidate;
use super::lexicon::Lexicon;
use super::names::{LEADING_PARTICLES, conjunction_after_head, extend_left, is_generic_modifier, tokens_between};
use super::tagger::{Tagger, Token, is_han};
use super::view::View;
use super::{EntityType, PRIORITY_ORGANIZATION};

/// The longest organization name kgraph accepts, in characters.
const MAX_CHARS: usize = 24;
/// Words that end in a one-character head but name no organization (干部, 东部, 布局).
const NOT_ORGANIZATIONS: &[&str] = &[
    "干部",
    "全部",
    "内部",
    "外部",
    "局部",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "总部",
    "本部",
    "俱乐部",
    "部委",
    "头部",
    "底部",
    "顶部",
    "腹部",
    "面部",
    "格局",
    "布局",
    "结局",
    "大局",
    "全局",
    "出局",
    "开局",
    "破局",
    "变局",
    "当局",
    "餐厅",
    "客厅",
    "报告厅",
    "音乐厅",
    "会议厅",
    "宴会厅",
    "大厅",
    "展厅",
    "门厅",
    "大学生",
    "新局",
    "好局",
    "支部",
    "部署",
    "签署",
    "主委",
    "编委",
    "常委",
    "村委",
    "居委",
    "评委",
    "立委",
    "困局",
    "定局",
    "乱局",
    "迷局",
    "僵局",
    "危局",
    "残局",
    "棋局",
    "时局",
    "骗局",
    "饭局",
    "赌局",
    "一厅",
    "布署",
    "大部",
    "中小学",
    "之局",
    "平局",
    "终局",
    "胜局",
    "败局",
    "对局",
    "牌局",
];

/// True when a word is a place and a body's short name after it (中国证监会, 日本央行).
fn placed_short_name(token: &Token<'_>, lex: &Lexicon, tagger: &Tagger) -> bool {
    token.word.char_indices().skip(1).any(|(b, _)| {
        let name = &token.word[b..];
        lex.organization_names.contains(name)
            && !lex.unplaced_bodies.contains(name)
            && tagger.dictionary_tag(&token.word[..b]) == Some("ns")
    })
}

/// Words that are a head's whole word but name no organization (日本 政局, 日本 特使团).
const NOT_ORGANIZATION_WORDS: &[&str] = &["政局", "战局", "特使团"];

/// Reports and notices that end in 报 like a newspaper's title (《政府工作报告》 ends otherwise).
const NOT_PAPERS: &[&str] = &[
    "年报", "季报", "简报", "通报", "公报", "战报", "情报", "海报", "喜报", "电报", "汇报", "捷报", "警报", "预报",
    "专报",
];

/// Newspapers by their titles in book-title marks (《检察日报》, 《东方早报》, 《经济观察报》):
/// three to ten characters, Han only, ending in 报 and no report's word.
fn titled_papers(view: &View<'_>, out: &mut Vec<Candidate>) {
    for (byte, _) in view.text.match_indices('《') {
        let open = view.char_at_byte(byte);
        let Some(close) = (open + 1..view.len().min(open + 12)).find(|&k| view.char(k) == Some('》')) else {
            continue;
        };
        let title = view.slice(open + 1, close);
        if (3..=10).contains(&(close - open - 1))
            && title.ends_with('报')
            && title.chars().all(is_han)
            && !NOT_PAPERS.iter().any(|w| title.ends_with(w))
        {
            out.push(Candidate::new(open + 1, close, EntityType::Organization, PRIORITY_ORGANIZATION));
        }
    }
}

/// Academies whose institutes go by a short name ending in 所 (中国科学院 大连 化物所).
const ACADEMIES: &[&str] = &["科学院", "中科院", "社科院", "农科院", "医科院", "工程院"];

/// An academy's institute by its short name: the academy, its city if given, and two to five
/// characters ending in 所 (中国科学院大连化物所, 中国科学院上海 硅酸盐/nz 所/c, 中科院物理所).
fn academy_institutes(view: &View<'_>, places: &[Candidate], out: &mut Vec<Candidate>) {
    let tokens = &view.tokens;
    for academy in tokens {
        if !ACADEMIES.iter().any(|a| academy.word.ends_with(a)) {
            continue;
        }
        let mut from = academy.end;
        if let Some(place) = places.iter().find(|p| p.start == from) {
            from = place.end;
        }
        if from >= view.len() || !view.is_boundary(from) {
            continue;
        }
        let mut k = view.token_at(from);
        while let Some(t) = tokens.get(k).filter(|t| t.is_han() && t.end - from <= 5) {
            if t.word.ends_with('所') && t.end - from >= 2 {
                out.push(Candidate::new(academy.start, t.end, EntityType::Organization, PRIORITY_ORGANIZATION));
                break;
            }
            // A function word ends the search (工程院 以及 各所).
            if matches!(t.tag, "c" | "p" | "r" | "d" | "u" | "uj" | "ul" | "m" | "q" | "v") {
                break;
            }
            k += 1;
        }
    }
}

/// Last characters of the parties, press agencies, publishers and federations jieba's
/// dictionary knows by name (某某党, 某联社, 某某出版社, 中国某协, 全国某联).
const KNOWN_BODY_ENDS: &[char] = &['党', '社', '协', '联'];

/// Words of that kind that name a company, a kind of body or no body: a Japanese company's form
/// (株式会社), a news agency of any country (通讯社), cooperatives and a card network, which the
/// guide counts as companies (农信社, 信用社, 中国银联), communes (人民公社), chemistry (抗原交联),
/// and 中央党, which jieba cuts from 中央 | 党的建设 far more often than it names a party.
const NOT_KNOWN_BODY_ENDS: &[&str] =
    &["株式会社", "通讯社", "信社", "信用社", "合作社", "银联", "公社", "交联", "中央党"];

/// True when `token` is a party, press agency, publisher or federation jieba's dictionary holds
/// as an organization's name (民进党/nt, 共同社/nt, 中国足协/nt, 全国侨联/nt); not several of
/// them (朝野两党).
fn known_body(token: &Token<'_>, tagger: &Tagger) -> bool {
    token.len() >= 3
        && token.word.ends_with(KNOWN_BODY_ENDS)
        && !token.word.contains("两党")
        && !NOT_KNOWN_BODY_ENDS.iter().any(|e| token.word.ends_with(e))
        && tagger.dictionary_tag(token.word) == Some("nt")
}

/// True when the token at `next` goes on with the body's name before it: a term (第十八届),
/// 中央 or a body's head (某党 中央委员会, 某工党 政府).
fn body_goes_on(view: &View<'_>, lex: &Lexicon, next: usize) -> bool {
    view.tokens.get(next).is_some_and(|t| {
        t.word.starts_with('第')
            || t.word == "中央"
            || lex.organization_head_index.longest_suffix(t.word) == Some(t.word)
    })
}

/// Organization candidates of one sentence.
pub fn recognise(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, places: &[Candidate], out: &mut Vec<Candidate>) {
    let from = out.len();
    titled_papers(view, out);
    academy_institutes(view, places, out);
    let quoted_work = quoted_work_names(view);
    source_line(view, lex, tagger, out);
    news_sites(view, out);
    news_agencies(view, out);
    news_outlets(view, lex, out);
    level_offices(view, lex, tagger, out);
    for (i, token) in view.tokens.iter().enumerate() {
        if lex.organization_names.contains(token.word) {
            // The country or province right before a body's short name is part of the name
            // (中国/ns 银监会, 日本/ns 央行).
            // Not the party's national bodies (在 京 | 中共中央政治局).
            let placed = !lex.unplaced_bodies.contains(token.word) && !token.word.starts_with("中共");
            let place = i.checked_sub(1).map(|k| &view.tokens[k]).filter(|t| {
                placed
                    && t.tag == "ns"
                    && places.iter().any(|p| p.start == t.start && p.end == t.end && p.end == token.start)
            });
            let start = place.map_or(token.start, |t| t.start);
            out.push(Candidate::new(start, token.end, EntityType::Organization, PRIORITY_ORGANIZATION));
        } else if token.tag == "nt"
            && (placed_short_name(token, lex, tagger) || known_body(token, tagger) && !body_goes_on(view, lex, i + 1))
        {
            // jieba's one word for the two (中国证监会/nt, 日本央行/nt), or a party, agency or
            // federation its dictionary knows.
            out.push(Candidate::new(token.start, token.end, EntityType::Organization, PRIORITY_ORGANIZATION));
        }
        let before = view.slice(0, token.end);
        let Some(head) = lex.organization_head_index.longest_suffix(before) else { continue };
        let head_start = token.end - head.chars().count();
        if head.chars().count() == 1 && NOT_ORGANIZATIONS.iter().any(|w| token.word.ends_with(w)) {
            continue;
        }
        if NOT_ORGANIZATION_WORDS.contains(&token.word) {
            continue;
        }
        if head == "学会" && learned_as_verb(view, token.end) {
            continue;
        }
        // 部门 is any department (住房和城乡建设部|门), no ministry.
        if head.ends_with('部') && view.char(token.end) == Some('门') {
            continue;
        }
        if let Some(start) = after_bracketed_place(view, places, head_start) {
            out.push(Candidate::new(start, token.end, EntityType::Organization, PRIORITY_ORGANIZATION));
            continue;
        }
        // A faculty joins two fields with 与 or 和 (新闻与传播学院, 党史和文献研究院).
        let academic = ACADEMIC_HEADS.contains(&head);
        let part = |t: &Token<'_>| {
            // The quoted name of a piece of work a body is set up for (省“五水共治”工作领导小组
            // 办公室), the verb that opens it (推进“…”工作) and its joint meeting (联席会议/l).
            let in_work_name = quoted_work.iter().any(|&(open, close)| {
                open <= t.start && t.end <= close + 1 || t.end == open && t.tag == "v" && t.len() == 2
            });
            if in_work_name || t.tag == "l" && t.word == "联席会议" {
                return Some(true);
            }
            // A function word jieba took for a family name (连/nr 国台办) opens no body's name.
            let particle = t.len() == 1 && t.tag.starts_with("nr") && t.word.starts_with(|c| "连就都也".contains(c));
            // A news agency's dateline (新华社 电 | 新加坡金融管理局) ends before the body.
            let dateline = t.word == "电"
                && view.token_at(t.start).checked_sub(1).is_some_and(|k| view.tokens[k].word.ends_with('社'));
            // A conjunction jieba glued to the level of the next body (…局 和县/ns 市场监管局)
            // ends the name: two bodies side by side.
            let joined = view
                .token_at(t.start)
                .checked_sub(1)
                .is_some_and(|k| conjunction_after_head(&view.tokens[k], t, &lex.organization_head_index));
            if glued_particle(t, tagger) || particle || dateline || joined {
                Some(false)
            } else if DEPARTMENT_ABBREVIATIONS.contains(&t.word) && GOVERNMENT_HEADS.contains(&head) {
                // Merged departments join the short names of their fields (发改/v 经信局).
                Some(true)
            } else if is_ordinal(t.word) && NUMBERED_HEADS.contains(&head) {
                // Hospitals and schools are numbered (第一人民医院, 第二中学).
                Some(true)
            } else if academic && matches!(t.word, "与" | "和") && joins_fields(view, lex, t.start, head_start)
                || t.end == head_start
                    && t.tag == "v"
                    && t.len() == 2
                    && !t.word.ends_with(['到', '进', '在', '于', '入', '出'])
                    && !lex.person_cues.contains_key(t.word)
                    && GOVERNMENT_HEADS.contains(&head)
            {
                // A verb right before a department's head names its work (科技创新局,
                // 投资促进局, 行政审批局, 城管执法委), not a verb of saying (某国 表示 委).
                Some(true)
            } else {
                None
            }
        };
        let Some(mut start) = extend_left(view, lex, head_start, token.end, MAX_CHARS, &part) else {
            continue;
        };
        // (和 only as a word of its own: 和平 opens names.)
        let and = view.tokens.get(view.token_at(start)).is_some_and(|t| t.start == start && t.word == "和");
        if view.char(start) == Some('与') || and {
            start += 1;
        }
        // A division or country the name starts inside of is the name's place (中/f 宁/j 县委:
        // 中宁县委; 以/p 色列…).
        let inside = |p: &&Candidate| p.place.is_some() && p.start < start && start < p.end && p.end <= token.end;
        if let Some(place) = places.iter().find(inside) {
            start = place.start;
            // The party or league whose committee it is stays (共青团 | 中江县委).
            let k = view.token_at(start);
            if k > 0 && view.tokens[k - 1].end == start && matches!(view.tokens[k - 1].word, "共青团" | "中共") {
                start = view.tokens[k - 1].start;
            }
        }
        // Two bodies joined by 和 that jieba glued into one word (某州 十一 中和某西/ns 学校):
        // the first is a numbered school, the second starts after the conjunction.
        if let Some(and) = (start + 2..head_start).find(|&k| {
            matches!(view.char(k), Some('和' | '与'))
                && matches!(view.char(k - 1), Some('中' | '小'))
                && view.char(k - 2).is_some_and(|c| "一二三四五六七八九十".contains(c))
        }) {
            out.push(Candidate::new(start, and, EntityType::Organization, PRIORITY_ORGANIZATION));
            start = and + 1;
        }
        if LEVEL_COMMITTEES.contains(&head) {
            start = committee_start(view, places, start, head_start);
        }
        start = stationed_start(view, places, start);
        // The party's national bodies (中共中央…) take no place before them (在 京 | 中共中央
        // 政治局); its local committees name their place after 中共 (中共某某市委).
        let first = &view.tokens[view.token_at(start)];
        if first.start == start && first.tag == "ns" && view.slice(first.end, token.end).starts_with("中共") {
            start = first.end;
        }
        // A national body keeps the 国家 that generic words at a name's start lose (国家卫生
        // 健康委, 国家市场监管总局).
        if start >= 2 && view.slice(start - 2, start) == "国家" && view.is_boundary(start - 2) && national(head) {
            start -= 2;
        }
        // So does a central body its 中央 (中央 党史和文献研究院, 中央 财经委员会).
        if start >= 2 && start < head_start && view.slice(start - 2, start) == "中央" && view.is_boundary(start - 2) {
            start -= 2;
        }
        // A title that ends like a body (政委, 主委) names a person's post.
        if lex.person_cues.contains_key(view.slice(start, token.end)) {
            continue;
        }
        let tokens = tokens_between(view, start, head_start);
        let modifier = view.slice(start, head_start);
        let has_place = places.iter().any(|p| start <= p.start && p.end <= head_start);
        // A count just before the name counts bodies too (两 | 国高层协调委员会).
        let counted = counts_bodies(modifier) || start > 0 && counts_bodies(view.slice(start - 1, start + 1));
        // A level alone names the body of its own place (省社科院, 市科协, 县医院), as 省委 and
        // 区政府 do.
        let level_only = matches!(modifier, "省" | "市" | "区" | "县" | "镇" | "乡");
        // So does a level standing alone before a department's field (市 中小企业 局).
        let level_led = GOVERNMENT_HEADS.contains(&head)
            && tokens.first().is_some_and(|t| matches!(t.word, "省" | "市" | "区" | "县"))
            && tokens.len() >= 2;
        if !has_place && !level_only && !level_led && is_generic_modifier(modifier, tokens, lex) || counted {
            continue;
        }
        // A kind of locality and common words name the body of every such place (社区卫生/n 服务
        // 中心, 乡村 学校, 基层 法院), not one: no proper noun, no place.
        let proper = |t: &Token<'_>| matches!(t.tag, "ns" | "nr" | "nrt" | "nz" | "nt" | "j" | "eng");
        if !has_place
            && tokens.first().is_some_and(|t| LOCALITY_KINDS.iter().any(|k| t.word.starts_with(k)))
            && !tokens.iter().skip(1).any(proper)
        {
            continue;
        }
        // A school, hospital or institute that is one common noun of the dictionary is a kind
        // where it is counted (百余家 口腔医院); elsewhere it may be a longer name's short form
        // (see `resolve`).
        let counted_kind = start == token.start
            && start > 0
            && view.char(start - 1).is_some_and(|c| "家所个些类多".contains(c))
            && is_kind_of_body(token.word, tagger);
        if counted_kind {
            continue;
        }
        // 部 names a ministry or a party department only under a government or party body
        // (嘉善县委宣传部, 中共中央组织部); 资本市场部 is a company's department.
        // A company jieba tags as a body (招商银行/nt, 某为公司/nt) keeps its departments its own;
        // the central bank and its branches are public bodies (人民银行某某中心支行 外汇管理部).
        let central_bank = modifier.contains("人民银行") || modifier.contains("中央银行");
        let company = |t: &&Token<'_>| lex.company_form_index.longest_suffix(t.word).is_some() && !central_bank;
        let under_government =
            tokens.iter().any(|t| t.word.ends_with('委') || t.word.ends_with("中央") || t.tag == "nt" && !company(&t));
        // A company's own department is the company's (某某有限公司 销售部), unless it is its party
        // committee's (某钢集团党委 宣传部).
        let company_department = tokens.iter().any(|t| company(&t)) && !tokens.iter().any(|t| t.word.ends_with('委'));
        if head == "部" && (!has_place && !under_government || company_department) {
            continue;
        }
        // A government is named by its place or level (湖州市政府, 市政府), not by the words
        // that happen to stand before it (积极响应|市政府 is 市政府; 借力政府 names none).
        // Nor by another body (河南省财政厅|政府): two bodies side by side.
        if head.ends_with("政府") {
            let place_word = tokens.last().is_some_and(|t| t.tag == "ns" && t.end == head_start);
            let named = has_place || place_word || names_a_government(modifier);
            if !named || lex.organization_head_index.longest_suffix(modifier).is_some() {
                continue;
            }
        }
        out.push(Candidate::new(start, token.end, EntityType::Organization, PRIORITY_ORGANIZATION));
    }
    schools(view, out);
    sub_units(view, lex, from, out);
}

/// The most characters of a body's field between a bracketed place and its head.
const MAX_BRACKETED_FIELD: usize = 8;

/// Where a body's name starts that runs from a country or province through a bracketed place
/// to its head (中国（某圳）综合开发研究院, 中国（某南）改革发展研究院): the field between the
/// bracket and the head may be verbs, which no name otherwise starts with.
fn after_bracketed_place(view: &View<'_>, places: &[Candidate], head_start: usize) -> Option<usize> {
    let mut k = view.token_at(head_start.checked_sub(1)?);
    let mut field_start = head_start;
    while view.tokens[k].end == field_start
        && view.tokens[k].is_han()
        && !matches!(view.tokens[k].tag, "p" | "c" | "u" | "uj" | "ul" | "d" | "r" | "m" | "q")
        && head_start - view.tokens[k].start <= MAX_BRACKETED_FIELD
    {
        field_start = view.tokens[k].start;
        k = k.checked_sub(1)?;
    }
    let close = field_start.checked_sub(1)?;
    if field_start == head_start || !matches!(view.char(close), Some('）' | ')')) {
        return None;
    }
    let inner = places.iter().find(|p| p.end == close && p.start >= 1 && close - p.start <= 6)?;
    let open = inner.start - 1;
    if !matches!(view.char(open), Some('（' | '(')) {
        return None;
    }
    places.iter().find(|p| p.end == open).map(|outer| outer.start)
}

/// True when 学会 ending at `end` is the verb, 了 or 过 after it (中学/n 会/v 了, 某某 学会 了),
/// not a society.
pub(crate) fn learned_as_verb(view: &View<'_>, end: usize) -> bool {
    end >= 2
        && view.slice(end - 2, end) == "学会"
        && view.tokens.get(view.token_at(end)).is_some_and(|t| t.start == end && matches!(t.word, "了" | "过"))
}

/// Offices a level names by two characters of their work and 办 (省自贸办, 市治水办, 区创建办,
/// 某某区人防办, 区委改革办, 国务院医改办): a level's character standing alone or ending a
/// place's name, or its committee or government, two Han characters, then 办 ending a word.
fn level_offices(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<Candidate>) {
    // Or a committee or government of a level (区委 改革办, 国务院 医改办).
    let level = |t: &&Token<'_>| {
        matches!(
            t.word,
            "省" | "市"
                | "区"
                | "县"
                | "国务院"
                | "省委"
                | "市委"
                | "区委"
                | "县委"
                | "省政府"
                | "市政府"
                | "区政府"
                | "县政府"
        ) || t.tag == "ns" && t.word.ends_with(['省', '市', '区', '县'])
    };
    for t in view.tokens.iter().filter(level) {
        let end = t.end + 3;
        if end > view.len() || view.char(end - 1) != Some('办') || !view.is_boundary(end) || !view.is_boundary(t.end) {
            continue;
        }
        let work = view.slice(t.end, end - 1);
        let plain = work.chars().all(|c| is_han(c) && !"的了和与在是把被办".contains(c));
        // Nor a common verb in 办 after an adverb (省 将 举办, 县 已 承办).
        let last_two = view.slice(end - 2, end);
        let verb = !tagger.is_rare(last_two) && tagger.dictionary_tag(last_two).is_some_and(|t| matches!(t, "v" | "b"));
        if plain && !verb && !lex.stop_words.contains(work) {
            out.push(Candidate::new(t.start, end, EntityType::Organization, PRIORITY_ORGANIZATION));
        }
    }
}

/// Words ending in 社 that name a kind of body, not one (报社, 旅行社, 合作社).
const KINDS_OF_SOCIETY: &[&str] =
    &["报社", "杂志社", "通讯社", "出版社", "新闻社", "旅行社", "合作社", "公社", "结社", "诗社"];

/// News agencies where they give the news (据 某透社 消息, 某斯社 报道, 某博社 记者): a word of
/// two to four characters ending in 社 right before a cue or a dateline, no kind of body.
fn news_agencies(view: &View<'_>, out: &mut Vec<Candidate>) {
    for (k, t) in view.tokens.iter().enumerate() {
        let agency = (2..=4).contains(&t.len()) && t.is_han() && t.word.ends_with('社');
        // Nor the agency's own mention or part (该社, 本社, 分社).
        let own = t.len() == 2 && t.word.starts_with(['该', '本', '分', '总', '其', '此', '各']);
        if !agency || own || KINDS_OF_SOCIETY.iter().any(|w| t.word.ends_with(w)) {
            continue;
        }
        let cue = view.tokens.get(k + 1).is_some_and(|n| NEWS_CUES.contains(&n.word) || n.word == "报道");
        if cue || dateline(view, t.end) {
            out.push(Candidate::new(t.start, t.end, EntityType::Organization, PRIORITY_ORGANIZATION));
        }
    }
}

/// What follows a news site's name where it gives the news (某某网消息, 某某网记者, 据某某网报道).
const NEWS_CUES: &[&str] = &["消息", "记者", "讯", "报道", "评论员", "快讯", "专稿"];

/// Words before 网 that make a kind of network or a site's own mention, not a site's name
/// (互联网, 电网, 官网, 本网).
const NOT_NEWS_SITES: &[&str] =
    &["互联", "物联", "因特", "万维", "局域", "电", "管", "官", "本", "该", "全", "上", "联"];

/// News sites where they give the news (某某网消息, 某某网记者, 某某网 北京 3月5日电): the words
/// ending in 网 right before a cue or a dateline.
fn news_sites(view: &View<'_>, out: &mut Vec<Candidate>) {
    for (byte, _) in view.text.match_indices('网') {
        let net = view.char_at_byte(byte);
        if net < 2
            || !(NEWS_CUES.iter().any(|c| view.slice(net + 1, view.len()).starts_with(c)) || dateline(view, net + 1))
        {
            continue;
        }
        let k = view.token_at(net - 1);
        let mut start = view.tokens[k].start;
        let stem = view.slice(start, net);
        if net - start < 2 || !stem.chars().all(is_han) || NOT_NEWS_SITES.iter().any(|w| stem.ends_with(w)) {
            continue;
        }
        // A site jieba reads as a common noun (塑料网/n) takes the name before it (慧聪/nr 塑料网,
        // 中国/ns 经济网, 21/m 世纪网).
        let common = view.tokens[view.token_at(net)].tag == "n";
        let named = |t: &&Token<'_>| matches!(t.tag, "ns" | "nr" | "nz" | "nt" | "j" | "m" | "eng");
        if let Some(name) = k.checked_sub(1).map(|j| &view.tokens[j]).filter(|t| common && named(t)) {
            start = name.start;
            // Not a preposition jieba glued to the name (据慧聪/nr 塑料网).
            if name.len() >= 3 && view.char(start).is_some_and(|c| LEADING_PARTICLES.contains(c)) {
                start += 1;
            }
        }
        out.push(Candidate::new(start, net + 1, EntityType::Organization, PRIORITY_ORGANIZATION));
    }
}

/// Words before a news outlet's name that say it is told or quoted (向某某新闻表示, 据某某新闻报道).
const TOLD: &[&str] = &["向", "据", "告诉", "接受"];

/// Kinds of news, not outlets' names (国际新闻, 财经新闻).
const KINDS_OF_NEWS: &[&str] = &[
    "国际", "国内", "财经", "体育", "社会", "娱乐", "科技", "军事", "经济", "电视", "网络", "头条", "最新", "相关",
    "重要", "地方", "本地", "晚间", "早间", "大会", "时事", "热点", "官方", "媒体",
];

/// What follows a news outlet's name where it is told or quoted.
const NEWS_OUTLET_CUES: &[&str] = &["表示", "报道", "透露", "介绍", "称", "记者"];

/// News outlets named by a word and 新闻 where they are told or quoted or open a byline
/// (向某面新闻表示, 据某面新闻报道, 告诉某视新闻记者, 某面新闻记者 | 张三): the one word of two or three characters before 新闻, a
/// noun or a proper name, no kind of news (国际新闻, 财经新闻).
fn news_outlets(view: &View<'_>, lex: &Lexicon, out: &mut Vec<Candidate>) {
    for (byte, _) in view.text.match_indices("新闻") {
        let news = view.char_at_byte(byte);
        let end = news + 2;
        if news == 0 || !NEWS_OUTLET_CUES.iter().any(|c| view.slice(end, view.len()).starts_with(c)) {
            continue;
        }
        let k = view.token_at(news - 1);
        let word = &view.tokens[k];
        // Told or quoted, or opening a byline (某面新闻记者 | 张三).
        let byline = k == 0 && view.slice(end, view.len()).starts_with("记者");
        let told = k > 0 && TOLD.contains(&view.tokens[k - 1].word) || byline;
        let name_like = matches!(word.tag, "n" | "nz" | "nt" | "j" | "nr" | "ns");
        if word.end == news
            && (2..=3).contains(&word.len())
            && told
            && name_like
            && !lex.generic.contains(word.word)
            && !KINDS_OF_NEWS.contains(&word.word)
        {
            out.push(Candidate::new(word.start, end, EntityType::Organization, PRIORITY_ORGANIZATION));
        }
    }
}

/// True when a dateline starts at `at`: a place name or none, then a day and 电 or 讯
/// (北京1月28日电, 3月5日讯).
fn dateline(view: &View<'_>, at: usize) -> bool {
    let mut k = at;
    if view.is_boundary(k) && k < view.len() {
        let t = &view.tokens[view.token_at(k)];
        if t.tag == "ns" && t.start == k {
            k = t.end;
        }
    }
    let rest: Vec<char> = view.slice(k, view.len().min(k + 8)).chars().collect();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let from = *i;
        while rest.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        (1..=2).contains(&(*i - from))
    };
    digits(&mut i)
        && rest.get(i) == Some(&'月')
        && {
            i += 1;
            digits(&mut i)
        }
        && rest.get(i) == Some(&'日')
        && matches!(rest.get(i + 1), Some('电' | '讯'))
}

/// Words that open a source line (来源：某某日报, 图片来源：某某图库).
const SOURCE_WORDS: &[&str] = &["来源", "图片来源", "稿件来源", "文章来源", "信息来源", "新闻来源"];

/// The longest name a source line gives, in characters.
const MAX_SOURCE: usize = 12;

/// A source line names the body the text or picture comes from (来源：某某日报, 图片来源：某某
/// 中国): the whole name after the colon, when it is one name (no space, no punctuation) and no
/// common word (来源：公告) or company's registered name.
fn source_line(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, out: &mut Vec<Candidate>) {
    if !SOURCE_WORDS.iter().any(|w| view.text.starts_with(w)) {
        return;
    }
    let Some(colon) = view.text.find(['：', ':']) else { return };
    if !SOURCE_WORDS.contains(&view.text[..colon].trim()) {
        return;
    }
    let rest_byte = colon + view.text[colon..].chars().next().map_or(1, char::len_utf8);
    let rest = view.text[rest_byte..].trim();
    let chars = rest.chars().count();
    let one_name = (2..=MAX_SOURCE).contains(&chars)
        && rest.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        && rest.chars().any(is_han);
    let common = tagger.has_word(rest) && !matches!(tagger.dictionary_tag(rest), Some("nz" | "nt" | "nr" | "j"))
        || lex.generic.contains(rest)
        || lex.company_form_index.longest_suffix(rest).is_some();
    if !one_name || common {
        return;
    }
    let start = view.char_at_byte(rest_byte + view.text[rest_byte..].find(rest).unwrap_or(0));
    // Nor a clause (某某新闻 据 内部资料 整理).
    let clause =
        tokens_between(view, start, start + chars).iter().any(|t| matches!(t.tag, "p" | "c" | "v" | "u" | "uj" | "d"));
    if !clause {
        out.push(Candidate::new(start, start + chars, EntityType::Organization, PRIORITY_ORGANIZATION));
    }
}

/// The most characters inside the quotes of a work's name in a body's name.
const MAX_WORK_NAME: usize = 8;

/// The quoted names of pieces of work that a body's name may hold (“五水共治”工作): the
/// character offsets of the opening and the closing quote, where 工作 follows the closing one.
fn quoted_work_names(view: &View<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if !view.text.contains('“') {
        return out;
    }
    for t in view.tokens.iter().filter(|t| t.word == "“") {
        let close = (t.end..(t.end + MAX_WORK_NAME + 1).min(view.len())).find(|&k| view.char(k) == Some('”'));
        if let Some(close) = close.filter(|&k| k > t.end && view.slice(k + 1, (k + 3).min(view.len())) == "工作") {
            out.push((t.start, close));
        }
    }
    out
}

/// The party committees of a level, named by their place (河北省委, 湖州市委).
const LEVEL_COMMITTEES: &[&str] = &["省委", "市委", "区委", "县委", "州委", "镇委", "乡委"];

/// Where the name of a level's party committee whose head starts at `head_start` begins, the
/// name having grown back to `start`: at its places (福建省 福州 市委) and its party (中共, 共青团,
/// 团, 致公党) right before them; words before those are the sentence's (习近平 指导/n 河北 省委
/// 常委). `start` when no place stands right before the head.
fn committee_start(view: &View<'_>, places: &[Candidate], start: usize, head_start: usize) -> usize {
    let Some(place) = places.iter().find(|p| p.end == head_start && p.start > start) else { return start };
    let mut named = place.start;
    while let Some(outer) = places.iter().find(|p| p.end == named && p.start >= start && p.start < named) {
        named = outer.start;
    }
    let party = |t: &Token<'_>| matches!(t.word, "共青团" | "中共" | "团") || t.word.ends_with('党') && t.len() >= 2;
    let k = view.token_at(named);
    match k.checked_sub(1).map(|k| &view.tokens[k]) {
        Some(before) if before.end == named && before.start >= start && party(before) => before.start,
        _ => named,
    }
}

/// Where a body stationed elsewhere starts: at the country, region or city that sends it,
/// before 驻 or 常驻 (中国 驻 南非 大使馆, 中国 常驻 联合国日内瓦办事处, 某某市 驻 上海 办事处);
/// `start` where none stands right before.
fn stationed_start(view: &View<'_>, places: &[Candidate], start: usize) -> usize {
    let k = view.token_at(start);
    let Some(stationed) = k.checked_sub(1).map(|k| &view.tokens[k]) else { return start };
    if stationed.end != start || !matches!(stationed.word, "驻" | "常驻") {
        return start;
    }
    places.iter().find(|p| p.end == stationed.start).map_or(start, |p| p.start)
}

/// Kinds of locality a body of any place serves (社区医院, 乡村学校, 基层法院, 城镇银行).
pub(crate) const LOCALITY_KINDS: &[&str] = &["社区", "乡村", "农村", "城镇", "城乡", "基层"];

/// Heads of schools, hospitals and institutes, which the dictionary's common nouns of a kind
/// end in (口腔医院, 师范大学).
const KIND_HEADS: &[&str] = &["医院", "大学", "学院", "中学", "小学", "学校", "研究所", "研究院", "实验室"];

/// True when `word` is one short common noun of jieba's dictionary for a kind of school,
/// hospital or institute (口腔医院, 师范大学, 医学院), not one named by a proper noun (某武/nr
/// 医院, 香港某会大学/n).
pub(crate) fn is_kind_of_body(word: &str, tagger: &Tagger) -> bool {
    word.chars().count() <= 4
        && KIND_HEADS.iter().find(|h| word.ends_with(*h)).is_some_and(|h| {
            let field = &word[..word.len() - h.len()];
            !matches!(tagger.dictionary_tag(field), Some("ns" | "nr" | "nz" | "nt" | "j"))
        })
        && tagger.dictionary_tag(word) == Some("n")
}

/// Heads of a body's divisions (能源处, 经侦总队, 办公室, 服务中心).
const UNIT_HEADS: &[&str] =
    &["处", "科", "室", "办公室", "总队", "支队", "大队", "中队", "分局", "派出所", "中心", "站", "系"];

/// Words that end like a division's head but name none (关系, 网站, 会议室).
const NOT_UNITS: &[&str] =
    &["关系", "体系", "联系", "派系", "网站", "车站", "会议室", "教室", "图书室", "作战室", "手术室", "病房"];

/// The most characters between a body and its division's head.
const MAX_UNIT_CHARS: usize = 10;

/// A division named right after its body, before a title or the end of the words (湖州市发改委
/// 能源处 负责人, 省公安厅 经侦 总队 总队长, 区商务局 市场采购贸易 服务中心 负责人): the body
/// and the division are one name. Adds the longer names to `out` from `from` on.
fn sub_units(view: &View<'_>, lex: &Lexicon, from: usize, out: &mut Vec<Candidate>) {
    let bodies: Vec<usize> = out[from..]
        .iter()
        .filter(|c| c.kind == EntityType::Organization && view.is_boundary(c.end))
        .map(|c| c.end)
        .collect();
    let tokens = &view.tokens;
    let mut added = Vec::new();
    for body_end in bodies {
        let Some(body) = out[from..].iter().filter(|c| c.end == body_end).map(|c| c.start).min() else { continue };
        let mut k = view.token_at(body_end);
        if tokens.get(k).is_none_or(|t| t.start != body_end) {
            continue;
        }
        while let Some(t) = tokens.get(k) {
            if t.end - body_end > MAX_UNIT_CHARS {
                break;
            }
            let unit = UNIT_HEADS.iter().any(|h| t.word.ends_with(h))
                && !NOT_UNITS.iter().any(|w| t.word.ends_with(w))
                && matches!(t.tag, "n" | "nt" | "nz" | "j" | "vn" | "ng" | "x")
                && !lex.person_cues.contains_key(t.word);
            let closes = tokens.get(k + 1).is_none_or(|n| !n.is_han() || lex.cues_ending(n.word).next().is_some());
            if unit && closes {
                added.push(Candidate::new(body, t.end, EntityType::Organization, PRIORITY_ORGANIZATION));
                break;
            }
            // A field may hold a verb of two characters between nouns (市场 采购/v 贸易).
            let field_verb = t.tag == "v"
                && t.len() == 2
                && k > view.token_at(body_end)
                && tokens.get(k + 1).is_some_and(|n| matches!(n.tag, "n" | "vn"));
            let part = t.is_han()
                && (matches!(t.tag, "n" | "vn" | "j" | "nz" | "b") || field_verb)
                && !lex.stop_words.contains(t.word);
            if !part {
                break;
            }
            k += 1;
        }
    }
    out.extend(added);
}

/// Heads of government departments, named by their work.
const GOVERNMENT_HEADS: &[&str] = &["局", "总局", "管理局", "委员会", "委"];

/// Short names of government fields that jieba tags as verbs (发改 for 发展和改革).
const DEPARTMENT_ABBREVIATIONS: &[&str] = &["发改", "经信", "应急", "市监", "综执"];

/// Heads of bodies that are numbered (第一人民医院, 第二中学).
const NUMBERED_HEADS: &[&str] = &["医院", "中学", "小学", "幼儿园", "学校", "研究所", "研究院"];

/// True for an ordinal in Chinese numerals (第一, 第十二).
fn is_ordinal(word: &str) -> bool {
    word.strip_prefix('第').is_some_and(|n| !n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c)))
}

/// True for the head of a national government body (局, 总局, 委, 署); not 部, which a
/// ministry's own name carries without 国家 (商务部), as does the generic 国家部委.
fn national(head: &str) -> bool {
    GOVERNMENT_HEADS.contains(&head) || matches!(head, "委" | "署")
}

/// Heads of faculties and institutes, whose names may join two fields with 与 or 和.
const ACADEMIC_HEADS: &[&str] = &["学院", "系", "研究院", "研究所", "研究中心", "实验室"];

/// True when the 与 or 和 at `at` stands between two fields, the second before the head that
/// starts at `head_start` (新闻 与 传播学院; not 猪舍 与 实验室).
fn joins_fields(view: &View<'_>, lex: &Lexicon, at: usize, head_start: usize) -> bool {
    let k = view.token_at(at);
    let field = |t: &Token<'_>| {
        t.len() >= 2
            && matches!(t.tag, "n" | "vn" | "nz")
            && lex.organization_head_index.longest_suffix(t.word).is_none()
    };
    // Two bodies side by side are no fields (研究中心 和 工程实验室). 和 joins more than
    // fields, so with it the fields are two nouns, the second right before the head (党史 和
    // 文献 研究院; not 规划 和 建设 高等级…实验室).
    let and = view.tokens.get(k).is_some_and(|t| t.word == "和");
    k > 0
        && lex.organization_head_index.longest_suffix(view.slice(0, at)).is_none()
        && field(&view.tokens[k - 1])
        && !(and && view.tokens[k - 1].tag == "vn")
        && view.tokens.get(k + 1).is_some_and(|t| {
            t.start < head_start && (t.tag == "n" || field(t)) && !(and && (t.end != head_start || t.tag == "vn"))
        })
}

/// True for a word jieba does not know that a preposition opens or ends (向市, 据美, 陈琦在,
/// 后经): a particle glued to a word, so no part of a name.
fn glued_particle(t: &Token<'_>, tagger: &Tagger) -> bool {
    t.len() >= 2
        && !tagger.has_word(t.word)
        && (t.word.starts_with(|c| "向据以在于对把被从将由".contains(c))
            || t.word.ends_with(|c| "在于向对把被从将由经".contains(c)))
}

/// True when a modifier counts several places or bodies (沪苏浙三地省级政府, 两省政府): a
/// collective reference, not a name.
pub(crate) fn counts_bodies(modifier: &str) -> bool {
    let chars: Vec<char> = modifier.chars().collect();
    chars.windows(2).any(|w| "两三四五六七八九十几多各".contains(w[0]) && "地省市县区方国家级部".contains(w[1]))
}

/// True when a modifier without a place still names a government by its level (市, 自治州,
/// 县人民): a level word at its end, the whole modifier short.
pub(crate) fn names_a_government(modifier: &str) -> bool {
    let modifier = modifier.strip_suffix("人民").unwrap_or(modifier);
    modifier.chars().count() <= 3
        && ["省", "市", "区", "县", "镇", "乡", "州", "旗", "盟", "村", "街道", "自治区"]
            .iter()
            .any(|level| modifier.ends_with(level))
}

/// Numbered schools: a place and a number before 中 or 小 (湖州十一中, 吴兴二小).
fn schools(view: &View<'_>, out: &mut Vec<Candidate>) {
    for (i, token) in view.tokens.iter().enumerate() {
        if !(token.word == "中" || token.word == "小") || i < 2 {
            continue;
        }
        let number = &view.tokens[i - 1];
        let place = &view.tokens[i - 2];
        let numeral = number.word.chars().all(|c| "一二三四五六七八九十".contains(c));
        if numeral && number.len() <= 3 && place.tag == "ns" {
            out.push(Candidate::new(place.start, token.end, EntityType::Organization, PRIORITY_ORGANIZATION));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::counts_bodies;

    #[test]
    fn counted_places_and_bodies_are_no_names() {
        assert!(counts_bodies("沪苏浙三地省级"));
        assert!(counts_bodies("两省"));
        assert!(counts_bodies("质量监督检验检疫总局四部"));
        assert!(!counts_bodies("湖州市"));
        assert!(!counts_bodies("三门县"));
    }
}
