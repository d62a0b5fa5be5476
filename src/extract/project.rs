//! Projects: names grown leftwards from a project head (项目, 产业园, 新城, 高铁, 东站), kept
//! when the modifier makes them a name rather than a generic phrase (新能源项目) or a slogan
//! (“一号开放工程”).

use super::candidate::Candidate;
use super::gazetteer::PlaceLevel;
use super::lexicon::{HeadStrength, Lexicon};
use super::names::{DIRECTIONS, extend_left, is_generic_modifier, is_name_part, tokens_between};
use super::tagger::{Tagger, Token, is_han};
use super::view::View;
use super::{EntityType, PRIORITY_MODEL, PRIORITY_PROJECT, company, organization};

/// The longest project name kgraph accepts, in characters.
const MAX_CHARS: usize = 24;
/// Tags of words that make a modifier specific: proper nouns, places, names, abbreviations.
const SPECIFIC_TAGS: &[&str] = &["ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "m"];

/// Generic facility words: after a company's name they name the company's plant, not a
/// project (三一重工履带吊生产基地 is the company).
const FACILITY_HEADS: &[&str] = &["生产基地", "基地", "工厂", "厂区", "总部", "生产中心", "研发中心", "中心"];

/// Words that before a project's head alone give a kind of facility, not a name (国际机场,
/// 城市绿道, 城市轨道交通); with a place they are part of one (北京城市副中心).
const FACILITY_KINDS: &[&str] = &["国际", "城市", "都市", "市域", "乡村", "农村"];

/// Verbs a project's name does not run across (德惠市 | 建设 | 国家现代农业产业园).
const PROJECT_STOPS: &[&str] = &["建设", "推进", "谋划", "招引"];

/// Endings of government bodies (交通运输局, 区政府, 管委会): a project's name does not start
/// before them. Universities and institutes may own projects (浙江大学嘉兴数字经济产业园).
const BODY_ENDINGS: &[&str] = &["局", "厅", "委", "政府", "委员会", "办公室", "人大", "政协"];

/// Where a project named by a school or hospital starts (某州市第一人民 | 医院 项目, 某区人民医院
/// 迁建 项目): at the body whose name the project's words start inside, or that stands right
/// before the head with at most a word of building between.
fn body_before(view: &View<'_>, named: &[Candidate], start: usize, head_start: usize) -> Option<usize> {
    let body = named.iter().find(|c| {
        let between = if c.end <= head_start { view.slice(c.end, head_start) } else { "" };
        let straddles = c.start < start && start < c.end && c.end == head_start;
        let follows = c.end <= start && (between.is_empty() || BUILDING_WORDS.contains(&between));
        c.kind == EntityType::Organization
            && (straddles || follows)
            && c.end <= head_start
            && BUILT_BODIES.iter().any(|b| view.slice(c.start, c.end).ends_with(b))
    })?;
    Some(body.start)
}

/// Heads of the bodies whose buildings are projects named after them (某某医院项目, 某某中学
/// 扩建工程).
const BUILT_BODIES: &[&str] = &["医院", "学校", "中学", "小学", "大学", "学院", "幼儿园"];

/// Words of building between a body and 项目 or 工程 (迁建, 扩建).
const BUILDING_WORDS: &[&str] = &["新建", "迁建", "扩建", "改建", "改扩建", "建设", "改造", "提升改造"];

/// True for a word that names a government body or ends one (交通运输 局, 铁道部; not the
/// directions 东部, 西部).
fn names_a_body(word: &str) -> bool {
    BODY_ENDINGS.iter().any(|e| word.ends_with(e)) || word.chars().count() >= 3 && word.ends_with('部')
}

/// Project candidates of one sentence; `named` are the places and companies found in it,
/// `places` its places with their levels.
pub fn recognise(
    view: &View<'_>,
    lex: &Lexicon,
    named: &[Candidate],
    places: &[(Candidate, PlaceLevel)],
    tagger: &Tagger,
    out: &mut Vec<Candidate>,
) {
    for (i, token) in view.tokens.iter().enumerate() {
        if let Some(start) = numbered_line(view, named, i) {
            out.push(Candidate::new(start, with_phases(view, token.end), EntityType::Project, PRIORITY_PROJECT));
            continue;
        }
        let before = view.slice(0, token.end);
        let Some(head) = lex.project_head_index.longest_suffix(before) else { continue };
        // A department the segmenter knows whole (疾病预防控制中心/nt) is a body, not a project.
        if lex.departments.contains(&token.word) {
            continue;
        }
        let strength = &lex.project_heads[head];
        let head_start = token.end - head.chars().count();
        // A one-character head inside an everyday noun of two (五谷, 峡谷) ends no name after
        // common words (高山 峡谷, 行业 低谷); after a place or a proper noun it may (某家门 渔港).
        let proper_before = || {
            i.checked_sub(1)
                .is_some_and(|k| matches!(view.tokens[k].tag, "ns" | "nr" | "nrt" | "nz" | "nt" | "j" | "eng"))
        };
        if head.chars().count() == 1
            && token.len() == 2
            && !proper_before()
            && tagger.dictionary_tag(token.word) == Some("n")
        {
            continue;
        }
        // An extension of a project just named is part of it (申嘉湖高速 西延工程).
        if let Some(k) = extension_of(view, out, head_start) {
            let extended = out.remove(k);
            out.push(Candidate::new(extended.start, token.end, EntityType::Project, PRIORITY_PROJECT));
            continue;
        }
        // A head that ends a place's name is part of it (港 in 香港, 中国香港/ns), and 港 after
        // a verb of going, governing or loving is Hong Kong (来港, 赴港, 爱国者治港, 爱国爱港).
        if named.iter().any(|c| c.kind == EntityType::Place && c.start < head_start && c.end == token.end)
            || head == "港" && token.word.ends_with("香港")
            // Two places' abbreviation (深港/ns, 粤港, 沪港) is no port.
            || head == "港"
                && token.len() == 2
                && matches!(token.tag, "ns" | "j")
                && token.word.starts_with(|c| "深粤沪京津澳台穗".contains(c))
            || head == "港"
                && head_start > 0
                && view.char(head_start - 1).is_some_and(|c| "来赴回离抵访返驻在留治爱乱援涉".contains(c))
        {
            continue;
        }
        let grown = extend_left(view, lex, head_start, token.end, MAX_CHARS, &|t| {
            let stops = t.end < head_start && lex.project_heads.get(t.word) == Some(&HeadStrength::Strong)
                || PROJECT_STOPS.contains(&t.word)
                || names_a_body(t.word)
                || company::is_trade(t.word);
            stops.then_some(false)
        });
        // 项目组 is a project's team, not a project.
        if head == "项目" && view.char(token.end) == Some('组') {
            continue;
        }
        let Some(start) = after_bracketed_place(view, places, grown.unwrap_or(head_start))
            .or(grown)
            .or_else(|| body_before(view, named, head_start, head_start).filter(|_| matches!(head, "项目" | "工程")))
        else {
            continue;
        };
        let start = across_capacity(view, lex, named, start).unwrap_or(start);
        let start = without_glued_preposition(view, tagger, start, head_start);
        // A level cut from the word before it (本 市 | 某南区) is no part of the name.
        let start = if view.char(start).is_some_and(|c| "省市区县".contains(c))
            && !view.is_boundary(start)
            && named.iter().any(|c| c.kind == EntityType::Place && c.start == start + 1)
        {
            start + 1
        } else {
            start
        };
        let start = with_opening_brand(view, tagger, start);
        // A body whose name the project's words start inside or right after names the project
        // (某州市第一人民 | 医院 项目, 某区人民医院 迁建 项目): a school's or hospital's building.
        let built = matches!(head, "项目" | "工程");
        let start = body_before(view, named, start, head_start).filter(|_| built).unwrap_or(start);
        let tokens = tokens_between(view, start, head_start);
        let modifier = view.slice(start, head_start);
        // A line named by another kind of line is a kind too (高速 铁路, 城际 铁路).
        let kind_of_line = LINE_HEADS.contains(&head) && lex.project_heads.contains_key(modifier);
        let kind_of_facility = tokens.iter().all(|t| FACILITY_KINDS.contains(&t.word));
        // A superlative describes, it does not name (全国 最大 海上风电场, 世界 海拔 最高 民用机场).
        let superlative = tokens.iter().any(|t| t.word.starts_with('最') && matches!(t.tag, "a" | "d" | "ad"));
        // A kind of locality and common words name a programme of every such place (城镇 保障性
        // 安居 工程, 农村 饮水 安全 工程, 城镇 公园), not one project.
        let locality_kind = tokens.first().is_some_and(|t| organization::LOCALITY_KINDS.contains(&t.word))
            && !tokens.iter().skip(1).any(|t| SPECIFIC_TAGS.contains(&t.tag) && t.tag != "m");
        if is_slogan(modifier)
            || is_quantity(modifier)
            || superlative
            || locality_kind
            || is_generic_modifier(modifier, tokens, lex)
            || kind_of_facility
            || kind_of_line
        {
            continue;
        }
        // A country's or province's lines are its network, not one line (摩洛哥高铁, 福建省
        // 高速公路); a city's may be one (温州高铁).
        // So are its lines in general words (四川 境内 局部 高速公路, 比利时 全国 高速公路).
        let broad = |(c, level): &(Candidate, PlaceLevel)| {
            let rest = tokens_between(view, c.end, head_start);
            c.start == start
                && c.end <= head_start
                && (c.end == head_start || is_generic_modifier(view.slice(c.end, head_start), rest, lex))
                && matches!(level, PlaceLevel::Country | PlaceLevel::Province)
        };
        if LINE_HEADS.contains(&head) && places.iter().any(broad) {
            continue;
        }
        // One character before the head is an abbreviation or a word cut in two (津项目,
        // 深港), not a project's name.
        if head_start - start < 2 {
            continue;
        }
        // The centre of a city or a square is a part of it, no facility (大马士革 市中心,
        // 天安门广场 中心).
        let after_square = i.checked_sub(1).is_some_and(|k| view.tokens[k].word.ends_with("广场"));
        if head == "中心" && (token.word == "市中心" || after_square) {
            continue;
        }
        // A head that goes on into a noun of time or effect is a modifier (高铁 时代), into a
        // branch's form a part of its name (城市中心 支行).
        if view.tokens.get(i + 1).is_some_and(|next| HEAD_CONTINUATIONS.contains(&next.word)) {
            continue;
        }
        if FACILITY_HEADS.contains(&head)
            && named.iter().any(|c| c.kind == EntityType::Company && (c.end == head_start || c.start == start))
        {
            continue;
        }
        let inside = |c: &&Candidate| start <= c.start && c.end <= head_start;
        // The head's own word counts by what stands before the head in it: one character
        // makes a compound (加工厂/nt, 超高速/nz), not a name (京沪高铁/nz); a one-character
        // head keeps its word (武汉 新港/ns).
        let specific = named.iter().filter(inside).any(|c| c.kind != EntityType::Place)
            || tokens.iter().any(|t| {
                let is_place =
                    named.iter().any(|c| c.kind == EntityType::Place && c.start <= t.start && t.end <= c.end);
                let compound =
                    head.chars().count() >= 2 && t.end == token.end && t.start < head_start && head_start - t.start < 2;
                // Nor is an everyday word before the head inside it (交易中心/nt): the tag is the
                // whole word's, not its modifier's (京沪高铁/nz keeps 京沪/j, 大连港/ns its 大连).
                let common_inside = t.end == token.end && t.start + 2 <= head_start && {
                    let part = view.slice(t.start, head_start);
                    tagger.is_frequent(part)
                        && matches!(tagger.dictionary_tag(part), Some("n" | "v" | "vn" | "a" | "d"))
                };
                SPECIFIC_TAGS.contains(&t.tag)
                    && !is_place
                    && !compound
                    && !common_inside
                    && !lex.generic.contains(t.word)
                    && !is_count(t.word)
            });
        let placed = named.iter().filter(inside).any(|c| c.kind == EntityType::Place);
        // A short name quoted whole right after its place is one (海宁“时尚谷”): the quotes
        // name it (a longer quote is more often a slogan).
        let quoted = token.end - start <= 4 && placed_quote(view, named, start, token.end).is_some();
        let specific = specific || quoted;
        // A weak head (项目, 中心) needs a name beyond a place: 湖州中心 is no project; an
        // industrial zone goes by the place right before it (某庄 工业区, not 某西 老 工业区).
        let place_named = PLACE_NAMED_HEADS.contains(&head)
            && named.iter().any(|c| c.kind == EntityType::Place && c.end == head_start && start <= c.start);
        if *strength == HeadStrength::Weak && !specific && !place_named {
            continue;
        }
        // A line is named by its places or their abbreviations (京沪高铁, 温州高铁), not by
        // common nouns (货运铁路, 港口航空铁路).
        if LINE_HEADS.contains(&head) && !specific && !placed {
            continue;
        }
        if !specific && !placed && (head_start - start < 2 || describes(tokens, lex)) {
            continue;
        }
        let end = with_phases(view, token.end);
        // A quoted name right after its place is named with it (东麓“科学谷”, 余杭“梦想小镇”).
        let (start, end) = match placed_quote(view, named, start, end) {
            Some(place_start) => (place_start, end + 1),
            None => (start, end),
        };
        out.push(Candidate::new(start, end, EntityType::Project, PRIORITY_PROJECT));
    }
}

/// Where the place starts that stands right before a name quoted whole (`start..end` inside
/// “ ”); `None` when the name is not quoted or no place stands there.
fn placed_quote(view: &View<'_>, named: &[Candidate], start: usize, end: usize) -> Option<usize> {
    let open = start.checked_sub(1)?;
    if view.char(open) != Some('“') || view.char(end) != Some('”') {
        return None;
    }
    named.iter().find(|c| c.kind == EntityType::Place && c.end == open).map(|c| c.start)
}

/// Where a name starts when a brand opens its sentence that jieba guessed as a verb (久立/v
/// 特材 … 未来工厂): two characters the dictionary does not hold, the first no function word.
fn with_opening_brand(view: &View<'_>, tagger: &Tagger, start: usize) -> usize {
    let k = view.token_at(start);
    let Some(brand) = k.checked_sub(1).map(|b| &view.tokens[b]) else { return start };
    let opens = k == 1 || !view.tokens[k - 2].is_han();
    let first = brand.word.chars().next().map(String::from).unwrap_or_default();
    let is_brand = brand.end == start
        && brand.len() == 2
        && brand.tag == "v"
        && brand.is_han()
        && !tagger.has_word(brand.word)
        && !matches!(tagger.dictionary_tag(&first), Some("r" | "m" | "d" | "p" | "c" | "f" | "u" | "v"));
    if opens && is_brand { brand.start } else { start }
}

/// Prepositions of a route that jieba glues to the name after them (起 自津塘/j 公路); 从, 经
/// and 由 are among the particles `extend_left` already trims.
const GLUED_PREPOSITIONS: &str = "自至往";

/// Where a name starting at `start` starts without a preposition glued to its first word, when
/// that word is none the dictionary holds (自津塘 → 津塘; not 自贸区).
fn without_glued_preposition(view: &View<'_>, tagger: &Tagger, start: usize, head_start: usize) -> usize {
    let first = &view.tokens[view.token_at(start)];
    let glued = first.start == start
        && first.len() >= 3
        && first.end <= head_start
        && first.word.starts_with(|c: char| GLUED_PREPOSITIONS.contains(c))
        && !tagger.has_word(first.word);
    if glued { start + 1 } else { start }
}

/// Weak heads that a place alone names (某庄工业区, 某台工业区).
const PLACE_NAMED_HEADS: &[&str] = &["工业区"];

/// Words of urban rail that a numbered line follows (地铁 3 号线).
const RAIL_WORDS: &[&str] = &["地铁", "轨道交通", "轻轨", "城轨", "市域铁路"];

/// Where a numbered rail line whose 号线 is token `i` starts: at its rail word, or at the place
/// right before that (杭州 地铁 3 号线). `None` without a number and a rail word before 号线.
fn numbered_line(view: &View<'_>, named: &[Candidate], i: usize) -> Option<usize> {
    if view.tokens[i].word != "号线" || i < 2 {
        return None;
    }
    let number = &view.tokens[i - 1];
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    if number.len() > 3 || !number.word.chars().all(numeral) || !RAIL_WORDS.contains(&view.tokens[i - 2].word) {
        return None;
    }
    let rail = view.tokens[i - 2].start;
    let place = named.iter().find(|c| c.kind == EntityType::Place && c.end == rail);
    Some(place.map_or(rail, |p| p.start))
}

/// The index in `found` of the project that a direction of extension (西延, 东延伸) right
/// before `head_start` extends: the part of that project now built.
fn extension_of(view: &View<'_>, found: &[Candidate], head_start: usize) -> Option<usize> {
    let word = &view.tokens[view.token_at(head_start.checked_sub(1)?)];
    let mut chars = word.word.chars();
    let extension = word.end == head_start
        && chars.next().is_some_and(|c| "东西南北".contains(c))
        && matches!(chars.as_str(), "延" | "延伸");
    if !extension {
        return None;
    }
    found.iter().rposition(|c| c.end == word.start)
}

/// Where a project's name ends when phases follow its head (环湖工业园 一期 二期, 研发中心 四期
/// 项目): after them and a 项目 or 工程 closing them.
fn with_phases(view: &View<'_>, end: usize) -> usize {
    let is_phase = |w: &str| {
        let chars: Vec<char> = w.chars().collect();
        chars.len() == 2 && "一二三四五六七八九十".contains(chars[0]) && chars[1] == '期'
    };
    let mut end = end;
    let mut phased = false;
    while view.is_boundary(end) && end < view.len() {
        let next = &view.tokens[view.token_at(end)];
        if is_phase(next.word) {
            phased = true;
            end = next.end;
        } else {
            if phased && matches!(next.word, "项目" | "工程") {
                end = next.end;
            }
            break;
        }
    }
    end
}

/// Units of a plant's capacity: a project's name may give its size (博源集团30万吨合成氨项目,
/// 华能2×35万千瓦热电项目, 华星光电8.5代液晶面板项目); money, dates and areas are no part of a name.
const CAPACITY_UNITS: &[&str] =
    &["吨", "件", "瓦", "台", "辆", "套", "头", "只", "片", "标箱", "W", "Wh", "w", "wh", "代", "英寸", "纳米"];

/// Where a project's name starts when a size stands between its product and the company, place
/// or project that owns it (鄂尔多斯羊绒集团 年产 40 万件 | 羊绒衫加工项目): at the owner, when one
/// ends within reach over the size and name parts only. `None` when no size stands there.
fn across_capacity(view: &View<'_>, lex: &Lexicon, named: &[Candidate], start: usize) -> Option<usize> {
    let mut at = start;
    let mut sized = false;
    let mut k = view.token_at(start.checked_sub(1)?);
    let number = |c: char| c.is_ascii_digit() || ".×xX*".contains(c) || "一二两三四五六七八九十百千万亿".contains(c);
    loop {
        if let Some(owner) =
            named.iter().filter(|c| c.end == at && c.start < at && c.kind != EntityType::Person).min_by_key(|c| c.start)
        {
            if !sized {
                return None;
            }
            // Places and companies before the owner belong to the name too (上海 东海 大桥).
            let mut start = owner.start;
            while let Some(before) =
                named.iter().find(|c| c.end == start && matches!(c.kind, EntityType::Place | EntityType::Company))
            {
                start = before.start;
            }
            return Some(start);
        }
        let t = &view.tokens[k];
        if t.end != at || start - t.start > MAX_CHARS / 2 {
            return None;
        }
        let rest = t.word.trim_start_matches(number);
        let yearly = t.len() <= 3 && t.word.starts_with(['年', '日']) && at == start;
        if rest.is_empty() || yearly {
            // A bare number, a 年产 before it.
        } else if (matches!(t.tag, "m" | "q" | "eng" | "x") || CAPACITY_UNITS.contains(&t.word))
            && CAPACITY_UNITS.iter().any(|u| rest.ends_with(u))
        {
            sized = true;
        } else if !is_name_part(t, lex) || !sized {
            return None;
        }
        at = t.start;
        k = k.checked_sub(1)?;
    }
}

/// True when the modifier only describes: adjectives, verbs, locatives and industry words
/// (海边小镇, 大小开发区, 跨省域高新区, 光伏基地), or a quantity (600MW项目).
fn describes(tokens: &[Token<'_>], lex: &Lexicon) -> bool {
    // Not `a` of two characters: jieba tags names it does not know so (雄安/a).
    const DESCRIPTIVE_TAGS: &[&str] = &["s", "f", "ad", "an", "b", "d", "v", "vn", "l", "i", "z"];
    let quantity = |t: &Token<'_>| {
        t.word.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
            && t.word.starts_with(|c: char| c.is_ascii_digit())
    };
    let describing = |t: &Token<'_>| {
        DESCRIPTIVE_TAGS.contains(&t.tag) && !DIRECTIONS.contains(&t.word) || t.tag == "a" && t.len() == 1
    };
    tokens.iter().all(|t| describing(t) || lex.industries.contains(t.word) || quantity(t))
}

/// True for a count or a measure (一次, 一线, 533MHz): it makes no name specific.
fn is_count(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let counted = chars.len() == 2
        && "一二两三四五六七八九十几".contains(chars[0])
        && "次线批期个项条座家年届轮".contains(chars[1]);
    counted || chars.iter().any(char::is_ascii_digit)
}

/// True for a number with a unit (600MW, 10万吨): a size, not a name.
fn is_quantity(modifier: &str) -> bool {
    let unit = modifier.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    unit.len() < modifier.len() && unit.chars().count() <= 2
}

/// Slogans and campaigns count things: 一号工程, 八大专班, 十项工程.
fn is_slogan(modifier: &str) -> bool {
    let chars: Vec<char> = modifier.chars().collect();
    chars.windows(2).any(|w| "一二三四五六七八九十百千万".contains(w[0]) && "号大项个条".contains(w[1]))
}

/// Projects named in the 、-lists of a sentence: items beside a project the rules found, and
/// items of a list closed by a kind of development. The lists are read once for both.
pub fn listed(view: &View<'_>, lex: &Lexicon, tagger: &Tagger, selected: &mut Vec<Candidate>) {
    if !view.text.contains('、') {
        return;
    }
    let items = list_items(view);
    beside_projects(view, lex, &items, selected);
    development_lists(view, tagger, &items, selected);
}

/// Items of a 、-list one of whose items is a project the rules found are projects too when they end in
/// a project head (东湖数字金融中心、工大智能装备产业园项目、全民冰雪运动中心): in a list of
/// projects, a head needs no proper noun before it. Places and persons inside such an item
/// give way to it; an item another recogniser named is left alone.
fn beside_projects(view: &View<'_>, lex: &Lexicon, items: &[(usize, usize)], selected: &mut Vec<Candidate>) {
    let found = |&(start, end): &(usize, usize)| {
        selected
            .iter()
            .any(|c| c.kind == EntityType::Project && c.priority > PRIORITY_MODEL && start <= c.start && c.end == end)
    };
    if !items.iter().any(found) {
        return;
    }
    for &(start, end) in items {
        let Some(head) = lex.project_head_index.longest_suffix(view.slice(start, end)) else { continue };
        let head_start = end - head.chars().count();
        if !(3..=MAX_CHARS).contains(&(end - start)) || head_start <= start {
            continue;
        }
        // The whole item when it is all words of a name (国民 水上运动 中心: jieba's idiom tag
        // would stop the usual growth), else the name grown from the head.
        let words = tokens_between(view, start, end);
        let whole = words.iter().all(|t| t.is_han() && !lex.stop_words.contains(t.word))
            && !matches!(words[0].tag, "v" | "vn" | "p" | "c" | "d" | "r" | "m" | "q");
        let name_start = if whole {
            start
        } else {
            let Some(grown) = extend_left(view, lex, head_start, end, MAX_CHARS, &|_| None) else { continue };
            grown.max(start)
        };
        let modifier = view.slice(name_start, head_start);
        let modifier_words = tokens_between(view, name_start, head_start);
        if is_slogan(modifier) || is_generic_modifier(modifier, modifier_words, lex) {
            continue;
        }
        // One common word before the head is a kind, not a name (白酒项目, 交通枢纽).
        if modifier_words.len() < 2 && !modifier_words.iter().any(|t| SPECIFIC_TAGS.contains(&t.tag)) {
            continue;
        }
        let overlapping: Vec<&Candidate> = selected.iter().filter(|c| c.start < end && name_start < c.end).collect();
        let yields = |c: &&Candidate| {
            name_start <= c.start
                && c.end <= end
                && (matches!(c.kind, EntityType::Place | EntityType::Person) || c.priority == PRIORITY_MODEL)
        };
        if overlapping.iter().all(yields) && !overlapping.iter().any(|c| c.start == name_start && c.end == end) {
            selected.retain(|c| !(name_start <= c.start && c.end <= end));
            selected.push(Candidate::new(name_start, end, EntityType::Project, PRIORITY_PROJECT));
        }
    }
    selected.sort_by_key(|c| (c.start, c.end));
}

/// The most characters between a bracketed place opening a name and the words the name grew to.
const BRACKET_GAP: usize = 6;

/// Where a name starts when a place in brackets after 中国 or a brand opens it: a national
/// pilot zone (中国（某省）自由贸易试验区, 中国（某市）跨境电子商务综合试验区) at 中国, a
/// company's park (青禾（湖州）智能制造产业园区) at the brand, a proper noun of two to four
/// characters that opens its phrase.
fn after_bracketed_place(view: &View<'_>, places: &[(Candidate, PlaceLevel)], start: usize) -> Option<usize> {
    // The bracket closes right before the name or a few words before it (中国（某市）跨境 | 电子商务…).
    let close = (start.saturating_sub(BRACKET_GAP)..start)
        .rev()
        .take_while(|&k| k + 1 == start || view.char(k + 1).is_some_and(is_han))
        .find(|&k| matches!(view.char(k), Some('）' | ')')))?;
    let (place, _) = places.iter().find(|(p, _)| p.end == close)?;
    let open = place.start.checked_sub(1)?;
    if !matches!(view.char(open), Some('（' | '(')) {
        return None;
    }
    if open >= 2 && view.slice(open - 2, open) == "中国" {
        return Some(open - 2);
    }
    let k = view.token_at(open.checked_sub(1)?);
    let brand = &view.tokens[k];
    let proper = matches!(brand.tag, "nz" | "nr" | "nrt" | "nt" | "j" | "eng");
    let opens = k == 0
        || !view.tokens[k - 1].is_han()
        || view.tokens[k - 1].len() >= 2 && view.tokens[k - 1].tag.starts_with('v');
    (brand.end == open && proper && (2..=4).contains(&brand.len()) && opens).then_some(brand.start)
}

/// Kinds of development a list of names closes with (…、青山等四个“百亿级”区块).
const DEVELOPMENT_KINDS: &[&str] = &["区块", "片区", "重大项目", "重点项目"];

/// The items of a 、-list that closes with 等, a count and a kind of development or 项目 (高铁新城、
/// 东湖漾、下河漾、青山等四个“百亿级”区块, 某渚工业园、某某寺等6个项目) are projects, whatever else
/// their words name, where each is a name.
fn development_lists(view: &View<'_>, tagger: &Tagger, items: &[(usize, usize)], selected: &mut Vec<Candidate>) {
    let tokens = &view.tokens;
    for (i, &(_, end)) in items.iter().enumerate() {
        let k = view.token_at(end);
        if end >= view.len() || !view.is_boundary(end) || tokens[k].word != "等" {
            continue;
        }
        // 等, then a count (四个, 6个), a quoted word (“百亿级”), and the kind.
        let mut j = k + 1;
        while tokens.get(j).is_some_and(|t| matches!(t.tag, "m" | "q") || t.word == "个") {
            j += 1;
        }
        if tokens.get(j).is_some_and(|t| t.word == "“") {
            let close = (j + 1..tokens.len().min(j + 6)).find(|&q| tokens[q].word == "”");
            j = close.map_or(j, |q| q + 1);
        }
        // The kind, or 项目 after a count (等6个项目; not 体操 等 项目, where 项目 is an event).
        let development = tokens.get(j).is_some_and(|t| DEVELOPMENT_KINDS.contains(&t.word));
        let kind_of_projects = j > k + 1 && tokens.get(j).is_some_and(|t| t.word == "项目");
        if !development && !kind_of_projects {
            continue;
        }
        // The list: the items before this one, each ending right before the next one's 、.
        let mut first = i;
        while first > 0 && items[first - 1].1 + 1 == items[first].0 && view.char(items[first - 1].1) == Some('、') {
            first -= 1;
        }
        // Bare 项目 also counts contests and treatments (跳水、体操等7个项目): the list must hold a
        // project the rules found.
        let has_project = || {
            items[first..=i].iter().any(|&(start, end)| {
                selected.iter().any(|c| {
                    c.kind == EntityType::Project && c.priority > PRIORITY_MODEL && start <= c.start && c.end <= end
                })
            })
        };
        if !development && !has_project() {
            continue;
        }
        for &(start, end) in &items[first..=i] {
            // A name: Han words, no function word or verb, at least one proper noun or word
            // jieba does not know (西湖/ns 漾/zg; not 能源, 铁路, 通信/j); no division (青岛).
            let words = tokens_between(view, start, end);
            let common_word =
                |w: &str| !tagger.is_rare(w) && !matches!(tagger.dictionary_tag(w), Some("ns" | "nr" | "nz" | "nrt"));
            let named = (2..=8).contains(&(end - start))
                && !(words.len() == 1 && common_word(words[0].word))
                && words.iter().all(|t| {
                    // A verb only as jieba guessed an unknown word (湖 东南 塘漾/v).
                    let verb = t.tag == "v" && tagger.has_word(t.word);
                    t.is_han() && !verb && !matches!(t.tag, "p" | "c" | "u" | "uj" | "d" | "r" | "l")
                })
                && words.iter().any(|t| SPECIFIC_TAGS.contains(&t.tag) || matches!(t.tag, "zg" | "x"));
            let division = selected.iter().any(|c| c.start == start && c.end == end && c.place.is_some());
            let held =
                division || selected.iter().any(|c| c.start < end && start < c.end && (c.start < start || c.end > end));
            if named && !held {
                selected.retain(|c| !(start <= c.start && c.end <= end));
                selected.push(Candidate::new(start, end, EntityType::Project, PRIORITY_PROJECT));
            }
        }
    }
    selected.sort_by_key(|c| (c.start, c.end));
}

/// Nouns after a project head that make the head a modifier of them (高铁时代, 园区经济), or
/// a part of a bank's or company's name (省会城市中心 支行).
const HEAD_CONTINUATIONS: &[&str] =
    &["时代", "经济", "效应", "概念", "红利", "思维", "模式", "沿线", "周边", "支行", "分行", "分公司"];

/// Heads of lines that a list of short names shares (商合杭、宁杭、沪杭高铁).
const LINE_HEADS: &[&str] = &["高铁", "铁路", "城际", "城际铁路", "高速", "高速公路", "公路", "航线", "运河"];

/// Short names listed before a line that ends in a line head share that head: each names a line
/// of its own (京沪、京广高铁 names the 京沪 line too). An item is two to four Han characters
/// back to the previous 、 or to a word that is no part of a name.
pub fn shared_heads(view: &View<'_>, lex: &Lexicon, selected: &mut Vec<Candidate>) {
    let lines: Vec<usize> = selected
        .iter()
        .filter(|c| c.kind == EntityType::Project && c.priority > PRIORITY_MODEL)
        .filter(|c| LINE_HEADS.iter().any(|h| view.slice(c.start, c.end).ends_with(h)))
        .filter(|c| c.start > 0 && view.char(c.start - 1) == Some('、'))
        .map(|c| c.start)
        .collect();
    let mut added = Vec::new();
    for line_start in lines {
        let mut end = line_start - 1;
        loop {
            let mut k = view.token_at(end.saturating_sub(1));
            let mut start = end;
            while start > 0 && end - view.tokens[k].start <= 4 {
                let t = &view.tokens[k];
                let part = t.is_han()
                    && !lex.stop_words.contains(t.word)
                    && !matches!(t.tag, "p" | "c" | "d" | "u" | "uj" | "r" | "m");
                if !part || t.end > end {
                    break;
                }
                start = t.start;
                if k == 0 {
                    break;
                }
                k -= 1;
            }
            let free = !selected.iter().chain(&added).any(|c: &Candidate| {
                c.start < end && start < c.end && !(c.kind == EntityType::Place && start <= c.start && c.end <= end)
            });
            if !(2..=4).contains(&(end - start)) || !free {
                break;
            }
            added.push(Candidate::new(start, end, EntityType::Project, PRIORITY_PROJECT));
            if start == 0 || view.char(start - 1) != Some('、') {
                break;
            }
            end = start - 1;
        }
    }
    if !added.is_empty() {
        selected.retain(|c| !added.iter().any(|a| a.start <= c.start && c.end <= a.end));
        selected.extend(added);
        selected.sort_by_key(|c| (c.start, c.end));
    }
}

/// The items of the 、-lists of a sentence, by character offsets: what stands between two
/// 、, and the first and last items out to a comma, colon or 等.
fn list_items(view: &View<'_>) -> Vec<(usize, usize)> {
    let tokens = &view.tokens;
    let is_stop =
        |w: &str| matches!(w, "，" | "," | "。" | "：" | ":" | "；" | ";" | "等" | "等等" | "（" | "(" | "“" | "”");
    let mut items = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if tokens[k].word != "、" {
            k += 1;
            continue;
        }
        // The item before the first 、 reaches back to a stop.
        let mut first = k;
        while first > 0 && !is_stop(tokens[first - 1].word) && tokens[first - 1].word != "、" {
            first -= 1;
        }
        if first < k {
            items.push((tokens[first].start, tokens[k - 1].end));
        }
        // Then each item after a 、, out to the next 、 or a stop.
        while k < tokens.len() && tokens[k].word == "、" {
            let mut last = k + 1;
            while last < tokens.len() && tokens[last].word != "、" && !is_stop(tokens[last].word) {
                last += 1;
            }
            if last > k + 1 {
                items.push((tokens[k + 1].start, tokens[last - 1].end));
            }
            k = last;
        }
    }
    items
}
