//! Entity recognition: from a document's text to typed mentions with character offsets and
//! the canonical name each stands for in that document.
//!
//! Each sentence is tagged by jieba-rs (`tagger`); the recognisers (`place`, `company`,
//! `organization`, `project`, `person`, and the user's dictionary) propose candidates; the
//! longest non-overlapping ones are kept (`candidate`); document-level passes add what needs
//! the whole text (companies listed together, short names of companies given in full) and
//! settle canonical names (`resolve`). Linking mentions into a graph is not done here.

pub mod candidate;
pub mod company;
pub mod exclusion;
pub mod gazetteer;
pub mod learned;
pub mod lexicon;
pub mod model;
pub mod names;
pub mod organization;
pub mod person;
pub mod place;
pub mod project;
pub mod resolve;
pub mod tagger;
pub mod user;
pub mod view;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::text::{self, Sentence};
use candidate::Candidate;
use gazetteer::{Gazetteer, PlaceLevel};
use lexicon::Lexicon;
use tagger::Tagger;
use user::UserKnowledge;
use view::View;

/// Ties between candidates of one length go to the higher priority.
pub(crate) const PRIORITY_USER: u8 = 9;
pub(crate) const PRIORITY_ORGANIZATION: u8 = 6;
pub(crate) const PRIORITY_COMPANY: u8 = 5;
pub(crate) const PRIORITY_PROJECT: u8 = 4;
pub(crate) const PRIORITY_PLACE: u8 = 3;
pub(crate) const PRIORITY_PERSON: u8 = 1;
/// Below every rule: the sequence model's spans never displace a rule's candidate.
pub(crate) const PRIORITY_MODEL: u8 = 0;

/// The longest sentence the recognisers look at at once, in characters.
pub const MAX_SENTENCE_CHARS: usize = 512;

/// The five entity types of the entity guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A for-profit enterprise or group.
    Company,
    /// A named geopolitical or geographic location.
    Place,
    /// A named concrete undertaking: an investment, a park, a line, a plant.
    Project,
    /// A non-company body: government, party, research, school, media.
    Organization,
    /// A named individual.
    Person,
}

impl EntityType {
    /// All types, in output order.
    pub const ALL: [EntityType; 5] = [Self::Company, Self::Place, Self::Project, Self::Organization, Self::Person];

    /// The type's name as written in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::Place => "place",
            Self::Project => "project",
            Self::Organization => "organization",
            Self::Person => "person",
        }
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for EntityType {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|t| t.as_str() == s).ok_or_else(|| format!("unknown entity type {s:?}"))
    }
}

/// What the gazetteer says of a place mention.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PlaceInfo {
    /// Its level (town, district, city ...).
    pub level: PlaceLevel,
    /// Its division code, when the gazetteer settles which place is meant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The name of the division above it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
}

/// An entity mention in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Character offset in the document.
    pub start: usize,
    /// Character offset one past the end.
    pub end: usize,
    /// The text as written.
    pub text: String,
    /// The entity type.
    pub kind: EntityType,
    /// The canonical name of the entity it stands for (吴兴区 for 吴兴).
    pub name: String,
    /// Index of the sentence it stands in.
    pub sentence: usize,
    /// For places: level, code and parent.
    pub place: Option<PlaceInfo>,
}

/// A document's sentences and the mentions found in them, in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The sentences.
    pub sentences: Vec<Sentence>,
    /// The mentions.
    pub mentions: Vec<Mention>,
}

/// A name followed by a place in brackets keeps it (西部理工大学长江研究院(宜昌)), when
/// nothing else stands there.
fn bracketed_places(view: &View<'_>, gazetteer: &Gazetteer, chosen: &mut Vec<Candidate>) {
    let mut absorbed: Vec<(usize, usize)> = Vec::new();
    for c in chosen.iter_mut() {
        if matches!(c.kind, EntityType::Place | EntityType::Person) || !matches!(view.char(c.end), Some('(' | '（')) {
            continue;
        }
        let Some(close) = (c.end + 2..(c.end + 8).min(view.len())).find(|&k| matches!(view.char(k), Some(')' | '）')))
        else {
            continue;
        };
        let inner = view.slice(c.end + 1, close);
        if gazetteer.is_form(inner) {
            absorbed.push((c.end, close + 1));
            c.end = close + 1;
        }
    }
    // The bracketed place is now part of the name.
    chosen.retain(|c| !absorbed.iter().any(|&(start, end)| start < c.start && c.end <= end));
}

/// The recogniser: jieba, the gazetteer, the word lists and the user's knowledge, loaded once
/// and shared by every thread.
#[derive(Debug)]
pub struct Extractor {
    tagger: Tagger,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    model: model::Model,
    user: UserKnowledge,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new(UserKnowledge::default())
    }
}

impl Extractor {
    /// Loads everything; `user` adds the user's dictionary and stop list.
    pub fn new(user: UserKnowledge) -> Self {
        // jieba's dictionary and the gazetteer's automaton take the longest: load them at once.
        let (gazetteer, jieba) = rayon::join(Gazetteer::new, jieba_rs::Jieba::new);
        let lexicon = Lexicon::new();
        let words = gazetteer
            .words()
            .map(|w| (w, "ns"))
            .chain(lexicon.company_forms.iter().map(|w| (*w, "n")))
            .chain(lexicon.organization_names.iter().map(|w| (*w, "nt")))
            .chain(lexicon.company_names.iter().map(|w| (*w, "nt")))
            .chain(lexicon.departments.iter().map(|w| (*w, "nt")));
        let tagger = Tagger::with_dictionary(jieba, words);
        let model = model::Model::shipped();
        Self { tagger, gazetteer, lexicon, model, user }
    }

    /// The same recogniser without the sequence model: the rules alone (to make silver
    /// labels for training the model).
    pub fn without_model(mut self) -> Self {
        self.model = model::Model::default();
        self
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The segmenter (for training the sequence model on the same tokens).
    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// Finds the entity mentions of one document.
    pub fn extract(&self, original: &str) -> Extraction {
        let normalized = text::normalize_for_matching(original);
        let text: &str = &normalized;
        let sentences = text::sentences(text, MAX_SENTENCE_CHARS);
        let views: Vec<View<'_>> = sentences.iter().map(|s| View::new(s.text(text), &self.tagger)).collect();
        let places = place::recognise(&self.gazetteer, &self.lexicon, &self.tagger, &views);
        let mut chosen: Vec<Vec<Candidate>> = Vec::with_capacity(views.len());
        let mut excluded = Vec::with_capacity(views.len());
        for (view, places) in views.iter().zip(&places) {
            let place_candidates: Vec<Candidate> = places.iter().map(|(c, _)| c.clone()).collect();
            let mut candidates = place_candidates.clone();
            company::full_names(view, &self.lexicon, &self.gazetteer, &self.tagger, &place_candidates, &mut candidates);
            company::short_names(view, &self.lexicon, &self.tagger, &place_candidates, &mut candidates);
            company::before_officers(view, &self.lexicon, &self.tagger, &place_candidates, &mut candidates);
            company::described(view, &self.lexicon, &place_candidates, &mut candidates);
            company::after_trades(view, &self.lexicon, &self.tagger, &place_candidates, &mut candidates);
            organization::recognise(view, &self.lexicon, &self.tagger, &place_candidates, &mut candidates);
            let mut projects = Vec::new();
            project::recognise(view, &self.lexicon, &candidates, places, &self.tagger, &mut projects);
            candidates.append(&mut projects);
            person::recognise(view, &self.lexicon, &self.tagger, &mut candidates);
            for m in self.user.find(view.text) {
                let mut c = Candidate::new(
                    view.char_at_byte(m.byte_start),
                    view.char_at_byte(m.byte_end),
                    m.kind,
                    PRIORITY_USER,
                );
                c.canonical = Some(m.canonical);
                candidates.push(c);
            }
            candidates.retain(|c| !self.user.is_stopped(view.slice(c.start, c.end)));
            excluded.push(exclusion::spans(view, &self.lexicon));
            let mut selected = candidate::select(candidates);
            bracketed_places(view, &self.gazetteer, &mut selected);
            company::listed(view, &self.lexicon, &self.tagger, &HashSet::new(), &mut selected);
            company::defined(view, &self.lexicon, &self.tagger, &mut selected);
            project::listed(view, &self.lexicon, &self.tagger, &mut selected);
            project::shared_heads(view, &self.lexicon, &mut selected);
            learned::fill(view, &self.model, &self.lexicon, &self.tagger, &mut selected);
            company::listed_by_the_model(view, &self.lexicon, &self.tagger, &mut selected);
            selected.retain(|c| !self.user.is_stopped(view.slice(c.start, c.end)));
            chosen.push(selected);
        }
        // Lists that name a brand of a company given elsewhere in the document.
        let brands = company::brands(&views, &chosen, &self.lexicon, &self.tagger);
        if !brands.is_empty() {
            let ordered = company::longest_first(&brands);
            for (view, selected) in views.iter().zip(chosen.iter_mut()) {
                company::brands_named_as_persons(view, &self.lexicon, &brands, selected);
                if view.text.contains('、') {
                    company::listed(view, &self.lexicon, &self.tagger, &brands, selected);
                }
                if view.text.contains("公司") {
                    company::subsidiaries(view, &ordered, selected);
                }
            }
        }
        exclusion::titles_again(&views, &mut excluded);
        person::listed(&views, &self.lexicon, &self.tagger, &mut chosen);
        person::repeated(&views, &self.lexicon, &self.tagger, &mut chosen);
        person::bodies_named_as_persons(&views, &mut chosen);
        company::repeated(&views, &mut chosen, &self.tagger);
        candidate::rule_names_again(&views, &mut chosen, EntityType::Organization, 4);
        let mut mentions = resolve::mentions(self, &sentences, &views, chosen);
        exclusion::apply(&mut mentions, &sentences, &excluded);
        let mut sentences = sentences;
        if let std::borrow::Cow::Owned(_) = normalized {
            // Offsets are the same in both texts; the surfaces come from the original.
            let bytes: Vec<usize> = original.char_indices().map(|(i, _)| i).chain([original.len()]).collect();
            for m in &mut mentions {
                m.text = original[bytes[m.start]..bytes[m.end]].to_owned();
            }
            for s in &mut sentences {
                s.byte_start = bytes[s.start];
                s.byte_end = bytes[s.end];
            }
        }
        Extraction { sentences, mentions }
    }

    pub(crate) fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub(crate) fn user(&self) -> &UserKnowledge {
        &self.user
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn extractor() -> &'static Extractor {
        static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
        EXTRACTOR.get_or_init(Extractor::default)
    }

    fn found(text: &str) -> Vec<(String, EntityType, String)> {
        extractor().extract(text).mentions.into_iter().map(|m| (m.text, m.kind, m.name)).collect()
    }

    fn has(found: &[(String, EntityType, String)], text: &str, kind: EntityType) -> bool {
        found.iter().any(|(t, k, _)| t == text && *k == kind)
    }

    /// Asserts the texts of the mentions of one type that `text` gives, in text order.
    fn assert_texts(text: &str, kind: EntityType, expected: &[&str]) {
        let f = found(text);
        assert_eq!(texts_of(&f, kind), expected, "{f:?}");
    }

    /// The texts of the mentions of one type, in text order.
    fn texts_of(found: &[(String, EntityType, String)], kind: EntityType) -> Vec<&str> {
        found.iter().filter(|(_, k, _)| *k == kind).map(|(t, _, _)| t.as_str()).collect()
    }

    #[test]
    fn towns_districts_and_cities_with_canonical_names() {
        let f = found("湖州市吴兴区织里镇是童装之乡。吴兴和湖州都在太湖南岸，织里的企业很多。");
        assert!(has(&f, "织里镇", EntityType::Place), "{f:?}");
        assert!(f.contains(&("吴兴".into(), EntityType::Place, "吴兴区".into())), "{f:?}");
        assert!(f.contains(&("织里".into(), EntityType::Place, "织里镇".into())), "{f:?}");
        assert!(f.contains(&("湖州".into(), EntityType::Place, "湖州市".into())), "{f:?}");
    }

    #[test]
    fn a_province_named_in_full_is_its_short_form_over_a_city_below_it() {
        let f = found("河北省和天津市携手。河北和天津的企业，来到吉林东南部。吉林省梅河口市入选。");
        let names: Vec<&str> = f.iter().filter(|m| m.1 == EntityType::Place).map(|m| m.2.as_str()).collect();
        assert_eq!(names, ["河北省", "天津市", "河北省", "天津市", "吉林省", "吉林省", "梅河口市"], "{f:?}");
    }

    #[test]
    fn town_short_forms_need_their_district_in_the_document() {
        // 织里 alone, with no district or 织里镇 named, is not taken for the town.
        let f = found("织里的发展很快。");
        assert!(!has(&f, "织里", EntityType::Place), "{f:?}");
        // A county's short form in a list beside a place found is the county, whatever else the
        // form names (蒙自/nr: 蒙自市 and 蒙自乡); an everyday word is not (东部、南部).
        assert_texts("记者赴梅河口、蒙自、中宁3县市探访。", EntityType::Place, &["梅河口", "蒙自", "中宁"]);
        assert_texts("雨水落在梅河口、南部等地。", EntityType::Place, &["梅河口"]);
        // Named in full, a county is its short form also where jieba cut it in two (云/ns 和/c).
        assert_texts("云和县很好。在浙江云和，企业很多。", EntityType::Place, &["云和县", "浙江", "云和"]);
    }

    #[test]
    fn a_county_level_city_needs_no_province_when_its_short_form_is_a_name() {
        assert_texts("他在张家港和义乌开了工厂。", EntityType::Place, &["张家港", "义乌"]);
        // Not an everyday word, nor a given name after a family name.
        assert_texts("广大同仁有信心。今年64岁的洪瑞安先生到场。", EntityType::Place, &[]);
    }

    #[test]
    fn companies_whole_and_their_short_names() {
        let f = found("金洲管道科技股份有限公司今年扩产。金洲管道的订单增长了。");
        assert!(has(&f, "金洲管道科技股份有限公司", EntityType::Company), "{f:?}");
        assert!(f.contains(&("金洲管道".into(), EntityType::Company, "金洲管道科技股份有限公司".into())), "{f:?}");
        let f = found("湖州三一装载机有限公司正式投产。");
        assert!(has(&f, "湖州三一装载机有限公司", EntityType::Company), "{f:?}");
        // A particle glued to a level's character is no part of the name (由区/n).
        assert_texts("由区人才发展集团负责运营。", EntityType::Company, &["区人才发展集团"]);
        // Nor a word or verb jieba glued to it (做 优区/n 城投集团, 要做 强区/n).
        assert_texts(
            "做优区城投集团。要做强区国有资本投资集团。",
            EntityType::Company,
            &["区城投集团", "区国有资本投资集团"],
        );
    }

    #[test]
    fn a_company_named_once_is_the_same_words_elsewhere_in_the_document() {
        let text = "卓翼科技、星驰聚能等机器人上市公司茁壮成长。他创立了星驰聚能。";
        assert_texts(text, EntityType::Company, &["卓翼科技", "星驰聚能", "星驰聚能"]);
    }

    #[test]
    fn a_short_form_of_two_companies_is_a_company_of_its_own() {
        let text = "被告是江西金泓矿业有限公司、金泓矿业集团股份有限公司。金泓矿业尾矿事件引发赔偿案。";
        let f = found(text);
        assert_eq!(texts_of(&f, EntityType::Company), ["江西金泓矿业有限公司", "金泓矿业集团股份有限公司", "金泓矿业"]);
        assert!(f.contains(&("金泓矿业".into(), EntityType::Company, "金泓矿业".into())), "{f:?}");
    }

    #[test]
    fn the_longest_short_form_of_a_bracketed_name_stands_for_it() {
        let f = found("拓克新能源科技（深圳）有限公司主打电源。拓克新能源创始人介绍。");
        assert!(
            f.contains(&("拓克新能源".into(), EntityType::Company, "拓克新能源科技（深圳）有限公司".into())),
            "{f:?}"
        );
    }

    #[test]
    fn a_company_name_starts_at_its_largest_place() {
        let f = found("吴兴区浙江三一装备有限公司和湖州市吴兴区金洲管道科技股份有限公司");
        assert!(has(&f, "吴兴区", EntityType::Place), "{f:?}");
        assert!(has(&f, "浙江三一装备有限公司", EntityType::Company), "{f:?}");
        assert!(has(&f, "湖州市吴兴区金洲管道科技股份有限公司", EntityType::Company), "{f:?}");
    }

    #[test]
    fn places_only_inside_slogans_and_events_are_not_entities() {
        let f = found("“中国好声音”选拔赛开幕。第六届中国国际进口博览会召开。");
        assert!(!has(&f, "中国", EntityType::Place), "{f:?}");
        let f = found("“中国好声音”选拔赛开幕。中国经济稳步增长。");
        assert_eq!(f.iter().filter(|(t, k, _)| t == "中国" && *k == EntityType::Place).count(), 2, "{f:?}");
        // A place in the name of its product is none (太湖 in 太湖蟹, 西湖 in 西湖龙井).
        assert_texts(
            "拥有太湖蟹养殖面积，西湖龙井价格最高。在花溪区龙井村。",
            EntityType::Place,
            &["花溪区", "龙井村"],
        );
        // A quoted list of four-character slogans hides every type (智造新城 is no project here).
        let f = found("全力打造“绿色崛起、智造新城、文旅强县、宜居家园”品牌。");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Project), "{f:?}");
        // A body that stands only in the name of its session (…六届五次全体(扩大)会议, …第八次
        // 会议, …三次全会) is not annotated; where it acts, it is.
        let text = "县委六届五次全体(扩大)会议召开。市人大常委会第八次会议开幕。省委十五届三次全会闭幕。";
        assert_texts(text, EntityType::Organization, &[]);
        assert_texts("区委召开会议。", EntityType::Organization, &["区委"]);
    }

    #[test]
    fn a_place_before_a_style_is_no_mention_of_it() {
        assert_texts("采用荷兰式拍卖，推进中国式现代化。", EntityType::Place, &[]);
    }

    #[test]
    fn a_title_in_book_brackets_is_no_name_even_where_it_holds_one_whole() {
        // A show, a ballet, a play named after a place or person.
        let f = found("剧院上演了经典芭蕾舞剧《天鹅湖》和话剧《韩岚生》，节目《金鹭大道》也开播了。");
        assert_eq!(texts_of(&f, EntityType::Place), Vec::<&str>::new(), "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Person), Vec::<&str>::new(), "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Project), Vec::<&str>::new(), "{f:?}");
        // A newspaper in brackets is the newspaper.
        assert_texts("他在《人民日报》发表文章。", EntityType::Organization, &["人民日报"]);
    }

    #[test]
    fn a_quoted_title_hides_its_places_where_it_stands_again_unquoted() {
        assert_texts("“中国好声音”节目组来了。本台承办中国好声音。", EntityType::Place, &[]);
        // A short name the text gives in quotes is no title.
        let text = "湖光集团旗下的湖光电器第一控股(BVI)有限公司（以下简称“湖光电器第一控股”）出售股权。湖光电器第一控股表示欢迎。";
        let f = found(text);
        assert!(has(&f, "湖光电器", EntityType::Company), "{f:?}");
        // An event's name runs across a fixed phrase (水上运动/l).
        assert_texts("长三角高校水上运动公开赛开幕。", EntityType::Place, &[]);
        // A quoted name before the word for a brand or campaign is the brand's, even where the
        // quotes hold a village's name whole; elsewhere the quotes may hold a place.
        assert_texts("此次参访是丽水市“云耀青村”品牌系列活动之一。", EntityType::Place, &["丽水市"]);
        assert_texts("游客来到“鹤溪村”参观。", EntityType::Place, &["鹤溪村"]);
    }

    #[test]
    fn a_bracketed_place_before_the_form_belongs_to_the_company() {
        let f = found("恒芯电子（苏州）有限公司专业从事芯片封装。");
        assert_eq!(f, [("恒芯电子（苏州）有限公司".into(), EntityType::Company, "恒芯电子（苏州）有限公司".into())]);
        let f = found("银翼天擎（雄安）空间科技有限公司正式成立。");
        assert!(has(&f, "银翼天擎（雄安）空间科技有限公司", EntityType::Company), "{f:?}");
    }

    #[test]
    fn company_names_run_across_industry_verbs_and_stop_at_another_company() {
        let f = found("两位发行方安徽城北城乡投资发展集团有限公司发行了债券。");
        let companies = texts_of(&f, EntityType::Company);
        assert_eq!(companies, ["安徽城北城乡投资发展集团有限公司"], "{f:?}");
        let f = found("宏远科技股份有限公司由东华投资管理有限公司控股。");
        assert!(has(&f, "东华投资管理有限公司", EntityType::Company), "{f:?}");
        assert!(!f.iter().any(|(t, _, _)| t.contains("公司由")), "{f:?}");
    }

    #[test]
    fn registered_company_names_run_across_business_words_and_unknown_words() {
        for (text, name) in [
            ("债务人为诸暨市城乡建设集团有限公司。", "诸暨市城乡建设集团有限公司"),
            ("和象山县小塘湖湖区资源开发有限公司签约。", "象山县小塘湖湖区资源开发有限公司"),
            ("他加入上海一拓科技有限公司。", "上海一拓科技有限公司"),
            ("中国东方航空集团公司也已进驻。", "中国东方航空集团公司"),
            // An unknown brand of two characters may start like a particle (达能, 超日).
            ("法国达能集团宣布收购计划。", "法国达能集团"),
            // A branch named by its place after its parent's full name.
            ("杭州顺达物流有限公司宁波分公司参加。", "杭州顺达物流有限公司宁波分公司"),
            ("上海浦东发展银行股份有限公司湖州分行参加。", "上海浦东发展银行股份有限公司湖州分行"),
            // A group named by its division and industry is the division's company.
            ("走进云南大数据集团的调度平台。", "云南大数据集团"),
            ("山东能源集团加快转型。", "山东能源集团"),
            // A Japanese registered form, which jieba reads as a whole word (株式会社/nt).
            ("也成为日本东洋精工株式会社在海外最大的工厂。", "日本东洋精工株式会社"),
        ] {
            let f = found(text);
            assert!(has(&f, name, EntityType::Company), "{text}: {f:?}");
        }
        // A kind of company stays none, whatever words stand before it.
        let f = found("各大拍卖公司的成交额也在上升。");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Company), "{f:?}");
    }

    #[test]
    fn provinces_glued_to_their_prefecture_and_villages_of_unknown_words() {
        let f = found("与青海省果洛藏族自治州玛沁县结对。");
        for place in ["青海省", "果洛藏族自治州", "玛沁县"] {
            assert!(has(&f, place, EntityType::Place), "{place}: {f:?}");
        }
        let f = found("在河南省正阳县熊寨镇王大塘村，种植大户收获了花生。");
        assert!(has(&f, "王大塘村", EntityType::Place), "{f:?}");
    }

    #[test]
    fn two_countries_before_their_relation_are_no_city() {
        // 巴中: Pakistan (or Brazil) and China, not the city in Sichuan.
        assert_texts("总统表示，巴中两国友谊历久弥坚。", EntityType::Place, &[]);
        assert_texts("四川巴中到陕西汉中通了高速。", EntityType::Place, &["四川", "巴中", "陕西", "汉中"]);
    }

    #[test]
    fn a_province_and_city_jieba_read_as_one_proper_noun_are_two_places() {
        // 福建厦门/nz, not only 广西南宁/ns.
        assert_texts("第五届博览会正在福建厦门举行。", EntityType::Place, &["福建", "厦门"]);
    }

    #[test]
    fn water_and_mountains_jieba_guesses_are_no_places_after_a_verb_or_a_family_name() {
        // 入海/ns, 远海/ns, 青山/ns: a verb, a distance and a colour before the landscape.
        assert_texts("民警跳入海中，远海训练在青山环绕中进行。", EntityType::Place, &[]);
        // 吴/nr 秀山/ns: a given name after its family name.
        assert_texts("这一天，吴秀山和同事钻进了地沟。", EntityType::Place, &[]);
    }

    #[test]
    fn an_old_or_new_town_district_is_the_district_only_under_its_city() {
        assert_texts("河南省洛阳市老城区举行活动。", EntityType::Place, &["河南省", "洛阳市", "老城区"]);
        assert_texts("叙利亚政府军收复部分老城区。", EntityType::Place, &["叙利亚"]);
        assert_texts("在老城区内生活的市民，可以脚步慢些。", EntityType::Place, &[]);
    }

    #[test]
    fn a_county_of_two_characters_under_its_province_is_a_place() {
        assert_texts("湖北随县将近两万脱贫人口嵌入产业链。", EntityType::Place, &["湖北", "随县"]);
        assert_texts("河北省青县举行报告会。", EntityType::Place, &["河北省", "青县"]);
        // Not without its province, nor one that opens with a conjunction.
        assert_texts("随县将近两万脱贫人口嵌入产业链。", EntityType::Place, &[]);
        assert_texts("安徽各指挥部和县直单位都参加了。", EntityType::Place, &["安徽"]);
    }

    #[test]
    fn a_village_its_town_vouches_for_is_a_village_elsewhere_in_the_document() {
        let f = found("受暴雨影响，永安市槐南镇团圆村受灾最为严重。还有团圆村的村民连夜转移。");
        let villages = f.iter().filter(|(t, k, _)| t == "团圆村" && *k == EntityType::Place).count();
        assert_eq!(villages, 2, "{f:?}");
    }

    #[test]
    fn a_village_named_by_an_ordinary_word_right_after_its_town() {
        assert_texts("德清县武康街道城北社区开展志愿服务。", EntityType::Place, &["德清县", "武康街道", "城北社区"]);
        // Not without its town before it.
        assert_texts("城北社区开展志愿服务。", EntityType::Place, &[]);
        // A village's cooperative hides neither its places nor reads as a company by 股份.
        let f = found("吴兴区织里镇大港村股份经济合作社召开会议。");
        assert_eq!(texts_of(&f, EntityType::Place), ["吴兴区", "织里镇", "大港村"], "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Company), Vec::<&str>::new(), "{f:?}");
    }

    #[test]
    fn a_cooperative_after_its_county_and_town_keeps_a_brand_jieba_cut_into_function_words() {
        // 亦/d 元/m: an adverb and a numeral's tag on a character that counts nothing.
        assert_texts(
            "去年，梨树县林海镇亦元农民专业合作社通过验收。",
            EntityType::Company,
            &["梨树县林海镇亦元农民专业合作社"],
        );
        // Not a number between the places and the cooperative.
        assert_texts("去年，梨树县林海镇三家农民专业合作社通过验收。", EntityType::Company, &[]);
    }

    #[test]
    fn cooperation_zones_airport_economic_zones_and_eco_cities_are_projects() {
        assert_texts("黄石临空经济区协办推介会。", EntityType::Project, &["黄石临空经济区"]);
        assert_texts("中新天津生态城迎来新企业。", EntityType::Project, &["中新天津生态城"]);
        // Two places' abbreviation is no port, nor is Hong Kong after a verb.
        assert_texts("两地积极探索深港在金融领域的合作。", EntityType::Project, &[]);
        assert_texts("这与暴力乱港行为无关。", EntityType::Project, &[]);
    }

    #[test]
    fn a_registered_name_whose_brand_jieba_cut_into_pieces_opens_after_punctuation() {
        // 正/d 大禾/nz 地/uv: the pieces are the brand, none trimmed.
        assert_texts("1985年，正大禾地有限公司拿到证书。", EntityType::Company, &["正大禾地有限公司"]);
        // Not a pronoun before the form.
        assert_texts("1985年，该地有限公司拿到证书。", EntityType::Company, &[]);
    }

    #[test]
    fn a_family_farm_is_a_company_and_the_kind_alone_is_none() {
        assert_texts(
            "舒兰市平安镇禾丰家庭农场的水稻全部绿色种植。",
            EntityType::Company,
            &["舒兰市平安镇禾丰家庭农场"],
        );
        assert_texts("扶持禾川专业合作社、家庭农场等新型主体。", EntityType::Company, &["禾川专业合作社"]);
    }

    #[test]
    fn a_registered_name_runs_across_a_conjunction_inside_its_brand() {
        // 青禾 和 信/n | 房地产: a single character before the industry is no brand.
        assert_texts(
            "此次活动由苏州青禾和信房地产开发有限公司承办。",
            EntityType::Company,
            &["苏州青禾和信房地产开发有限公司"],
        );
        // Two companies joined by 和 stay two.
        assert_texts(
            "星澜科技有限公司和禾川房地产开发有限公司签约。",
            EntityType::Company,
            &["星澜科技有限公司", "禾川房地产开发有限公司"],
        );
    }

    #[test]
    fn lists_of_companies_not_of_things_fields_or_clauses() {
        // The national oil companies by their short names.
        assert_texts("中石油与中海油签署协议。", EntityType::Company, &["中石油", "中海油"]);
        // An everyday noun beside a company is a thing (财政、农行), unless 等企业 closes the list.
        assert_texts("由财政、农行、担保公司三家组成调查团队。", EntityType::Company, &["农行"]);
        assert_texts("他在星澜、海燕、曙光等企业调研。", EntityType::Company, &["星澜", "海燕", "曙光"]);
        // So does 等互联网平台, not a public platform (等服务平台).
        assert_texts("用户可在星澜、云阙等互联网平台开通账户。", EntityType::Company, &["星澜", "云阙"]);
        assert_texts("他在星澜、云阙等服务平台办事。", EntityType::Company, &[]);
        // A list that 等 and a field close names industries (等 能源行业).
        assert_texts("在工业用电中石油、煤炭等能源行业耗电占两成。", EntityType::Company, &["中石油"]);
        // A list that a clause goes on from past 等 names no companies (造就 了 企业).
        assert_texts(
            "采购、生产、库存、人力资源、营销、物流等高效管理造就了企业成本的大幅下降。",
            EntityType::Company,
            &[],
        );
        // A kind of producer before the name describes it (钾肥生产商 | 卡伦达…).
        assert_texts(
            "全球最大钾肥生产商卡伦达开放型股份公司宣布减产。",
            EntityType::Company,
            &["卡伦达开放型股份公司"],
        );
    }

    #[test]
    fn a_list_of_companies_runs_across_a_brand_and_industry_word() {
        let f = found("湖州吉利汽车有限公司落户后，园区又引进了吉利、奔腾数控、问天阁等一批企业。");
        for name in ["奔腾数控", "问天阁"] {
            assert!(has(&f, name, EntityType::Company), "{name}: {f:?}");
        }
        // Drug makers and cable makers go by a brand and their industry too; a point of a
        // list (二是) and a region (欧美) are no brands.
        let text = "园区引进了鲁宁制药、美通电缆等一批企业。二是装备技术落后。欧美制药巨头纷纷进入。";
        assert_texts(text, EntityType::Company, &["鲁宁制药", "美通电缆"]);
    }

    #[test]
    fn a_name_the_dictionary_holds_is_a_person_beside_a_person_in_a_list() {
        let text = "这是董事长陈立新、田福顺和孟洪涛的合影。";
        assert_texts(text, EntityType::Person, &["陈立新", "田福顺", "孟洪涛"]);
    }

    #[test]
    fn a_person_cut_short_takes_the_longer_name_the_text_goes_on_into() {
        let f = found("集团董事长孙纯新、总裁殷正安出席。孙纯新表示，昆山地处长三角。");
        let persons = texts_of(&f, EntityType::Person);
        assert_eq!(persons, ["孙纯新", "殷正安", "孙纯新"], "{f:?}");
    }

    #[test]
    fn a_title_reaches_along_a_list_of_names() {
        // 易涨 is no word jieba tags as a name (易涨/v), but it stands in the list after 记者.
        assert_texts("文字记者：胡昕、易涨、顾小岚", EntityType::Person, &["胡昕", "易涨", "顾小岚"]);
        // The list ends at a word that is no whole name.
        assert_texts("记者：胡昕、易涨报道组", EntityType::Person, &["胡昕"]);
        // A bar may stand between the title and the name.
        assert_texts("财经记者 | 张熹岚", EntityType::Person, &["张熹岚"]);
    }

    #[test]
    fn an_office_right_before_a_name_the_dictionary_holds_names_a_person() {
        assert_texts("协会会长刘玉林昨天到访。", EntityType::Person, &["刘玉林"]);
        // Only right before it: an office a few words away names no person (贺信/nr).
        assert_texts("该国总统发来贺信。", EntityType::Person, &[]);
        // Nor the part of a name jieba cut (马克/nr 林/ng): the whole transliterated name is.
        assert_texts("总统马克林出访。", EntityType::Person, &["马克林"]);
    }

    #[test]
    fn a_two_character_name_jieba_and_the_model_both_read_is_a_person_without_a_cue() {
        // 柏蕾/nr is no dictionary word, and the model reads a person there too.
        assert_texts("柏蕾随即报名参加了培训。", EntityType::Person, &["柏蕾"]);
        // Not a word jieba cut from a longer one (菇/ng 田米/nr), nor a house or rank (韩王, 曹家).
        assert_texts("菇田米随即上市。", EntityType::Person, &[]);
        assert_texts("韩王随即出兵。曹家随即搬走了。", EntityType::Person, &[]);
    }

    #[test]
    fn a_public_figure_jieba_knows_by_name_is_a_person_without_a_cue() {
        // 石声汉/nr and 王湘浩/nr are names of jieba's dictionary, and the model reads them as names.
        assert_texts("石声汉随后走进会场。", EntityType::Person, &["石声汉"]);
        assert_texts("王湘浩在会上发言。", EntityType::Person, &["王湘浩"]);
        // Things the same dictionary tags as names are not (宣传画/nr, 夏令营/nr).
        assert_texts("宣传画随后贴出。夏令营随后开幕。", EntityType::Person, &[]);
    }

    #[test]
    fn rarer_family_names_open_names_after_a_title() {
        assert_texts("证券分析师代澜举说，需求还会增长。", EntityType::Person, &["代澜举"]);
        assert_texts("副总经理庹明澜到会。", EntityType::Person, &["庹明澜"]);
    }

    #[test]
    fn a_school_or_hospital_glued_to_the_title_after_it_is_a_body() {
        // jieba holds 大学教授 and 学院院长 as words; the body comes apart from the title.
        let text = "澜江交通大学教授到会。澜江民族学院院长到会。澜江县人民医院院长到会。";
        assert_texts(text, EntityType::Organization, &["澜江交通大学", "澜江民族学院", "澜江县人民医院"]);
    }

    #[test]
    fn national_bodies_stand_by_their_short_names() {
        let text = "全国人大常委会审议了草案，审计署和最高检也发了文。";
        assert_texts(text, EntityType::Organization, &["全国人大常委会", "审计署", "最高检"]);
        // Ministries named by their field alone (卫生, 农业 are no name on their own).
        assert_texts("卫生部和农业部联合发文。", EntityType::Organization, &["卫生部", "农业部"]);
    }

    #[test]
    fn parties_agencies_and_federations_jieba_knows_are_bodies() {
        // 友爱新党/nt, 苏文协/nt and 民友联/nt are organizations of jieba's dictionary.
        let text = "友爱新党和苏文协发表声明，民友联表示支持。";
        assert_texts(text, EntityType::Organization, &["友爱新党", "苏文协", "民友联"]);
        // Not a company's form or a commune of the same dictionary.
        assert_texts("东京某株式会社发表声明。人民公社解散了。", EntityType::Organization, &[]);
        // 中央党/nt cut from 中央 | 党的 is no party.
        assert_texts("他主持召开中央党的群众路线教育总结大会。", EntityType::Organization, &[]);
        // A party's committee is the longer name.
        let text = "友爱新党第三届中央委员会召开会议。";
        assert_texts(text, EntityType::Organization, &["友爱新党第三届中央委员会"]);
    }

    #[test]
    fn a_title_then_a_family_name_and_a_place_like_word_before_a_time_is_a_person() {
        // 陈/nr 海洲/ns 昨日/t: right after the title, a time word stands where a verb would.
        assert_texts("该公司董秘陈海洲昨日在电话中告诉记者。", EntityType::Person, &["陈海洲"]);
        // A title jieba glued to the family name is no name (董秘何/nr).
        assert_texts("该公司董秘何江滨昨日在电话中告诉记者。", EntityType::Person, &[]);
    }

    #[test]
    fn posts_of_the_police_and_of_sport_are_titles() {
        // 张宁/nr is a dictionary word: only a title before it makes it a name.
        assert_texts("警长张宁在现场。", EntityType::Person, &["张宁"]);
        // So are posts of health and the military (护士长, 上校).
        assert_texts("护士长张旭正在病房。", EntityType::Person, &["张旭"]);
        // 名叫 (named) before a name is a title too.
        assert_texts("一位名叫张宁的老师来到这里。", EntityType::Person, &["张宁"]);
        // A title in the plural names no one (齐聚/nr is no name).
        assert_texts("记者们也齐聚这里。", EntityType::Person, &[]);
    }

    #[test]
    fn a_family_name_right_after_a_title_takes_the_noun_after_it_as_given_name() {
        // 鲁/nr 朝晖/n 上台/ns: no verb after the two, but the title stands right before them.
        assert_texts("总经理鲁朝晖上台。", EntityType::Person, &["鲁朝晖"]);
    }

    #[test]
    fn a_given_names_last_character_cut_off_before_an_adverb_and_a_cue_is_the_names() {
        // 柏望/nr 岭/n 公开/ad 表示: the cue stands after an adverb.
        assert_texts("副局长柏望岭公开表示。", EntityType::Person, &["柏望岭"]);
    }

    #[test]
    fn a_given_name_ending_like_a_place_between_a_title_and_a_verb_is_a_name() {
        // 叶/nr 平山/ns: 山 ends places, but a title stands right before and a verb after.
        assert_texts("县长叶平山讲起了故事。", EntityType::Person, &["叶平山"]);
    }

    #[test]
    fn a_function_character_glued_to_a_name_of_three_is_no_part_of_it() {
        // 贺思嘉以/nr: the name, then 以.
        assert_texts("选手贺思嘉以两分之差夺冠。", EntityType::Person, &["贺思嘉"]);
    }

    #[test]
    fn the_model_completes_a_given_name_jieba_cut_after_a_title() {
        // 王明/nr 渝/j: the model reads 渝 as the name's last character; 曾/d opens the verb.
        assert_texts("镇党委书记王明渝在会上讲话。", EntityType::Person, &["王明渝"]);
        assert_texts("公司总经理张建曾表示同意。", EntityType::Person, &["张建"]);
    }

    #[test]
    fn a_given_name_jieba_cut_off_before_a_cue_or_the_line_end_is_whole() {
        // 朱文/nr 良/a 介绍, 沈静/nr 文/n at the end of a credit line; 策划 credits a person.
        let text = "研究员朱文良介绍。\n监制｜沈静文\n策划：陈芳";
        assert_texts(text, EntityType::Person, &["朱文良", "沈静文", "陈芳"]);
        // 赵立/nr 希/v before the 、 of a list of names.
        assert_texts("（记者：赵立希、周晓琳）", EntityType::Person, &["赵立希", "周晓琳"]);
        // 刘正/nr 一/m before a colon.
        assert_texts("协会秘书长刘正一：市场发展。", EntityType::Person, &["刘正一"]);
        // 李/nr 传真/v closing a credit in brackets; not 从 新疆 after 记者.
        assert_texts("新华社北京电（记者李传真）今日消息。记者从新疆获悉。", EntityType::Person, &["李传真"]);
        // 明礼 则: an adverb jieba glued to the last character; 李永/nr 韬/n before the next
        // credit.
        assert_texts("会长宋明礼则提醒。", EntityType::Person, &["宋明礼"]);
        assert_texts("监制/李浙主编/李永韬编辑/王宏伟", EntityType::Person, &["李浙", "李永韬"]);
    }

    #[test]
    fn a_photo_credit_names_a_person_whatever_the_dictionary_says() {
        // 江浪/nz and 江汉 (a river) are dictionary words; before 摄 they are photographers.
        assert_texts("学校的同步课堂\n江浪 摄\n新华社记者 江汉 摄", EntityType::Person, &["江浪", "江汉"]);
    }

    #[test]
    fn a_verb_of_saying_glued_to_a_name_is_its_cue() {
        // 高博说/nr, 王伟称/nr; not the end of a longer name (古特 雷斯说).
        assert_texts("高博说，将引导企业。王伟称，价格上涨。", EntityType::Person, &["高博", "王伟"]);
        assert!(!found("。\n古特雷斯说，我们需要合作。").iter().any(|m| m.0 == "雷斯"));
    }

    #[test]
    fn a_name_without_a_cue_before_a_word_of_areas_is_no_person() {
        assert_texts("暴雨过后，罗旗岭水库开闸放水。", EntityType::Person, &[]);
        assert_texts("记者罗旗岭水库边报道。", EntityType::Person, &["罗旗岭"]);
    }

    #[test]
    fn a_verb_of_saying_glued_to_a_name_of_three_characters_is_its_cue() {
        assert_texts("“这座城市让人安心。”吴肖伊说。", EntityType::Person, &["吴肖伊"]);
    }

    #[test]
    fn a_family_name_jieba_tags_otherwise_after_a_title_opens_a_name() {
        // 副总经理 乔/zg 安平/nr ，: the name; not 专家 来/v 讨论/v.
        assert_texts("集团副总经理乔安平，自治区领导出席。请专家来讨论。", EntityType::Person, &["乔安平"]);
        // A proper name before 水库 names the reservoir (莫德根/nr 水库).
        assert_texts("听取了莫德根水库项目汇报。", EntityType::Place, &["莫德根水库"]);
    }

    #[test]
    fn an_official_making_a_report_is_named_without_the_verb() {
        // 作 glued to a name of two after a title is the verb (柯涛作/nr 动员 部署).
        assert_texts("区长柯涛作动员部署。副市长陶鼎作招商项目推介。", EntityType::Person, &["柯涛", "陶鼎"]);
    }

    #[test]
    fn a_name_of_two_characters_named_once_is_a_name_where_jieba_reads_it_so_again() {
        let f = found("车间主任柯涛正在调试设备。入职三年来，柯涛参与了五次技术改造。");
        assert_eq!(texts_of(&f, EntityType::Person), ["柯涛", "柯涛"], "{f:?}");
        // Not where the two characters are part of another name of the document.
        let f = found("车间主任柯涛正在调试设备。柯涛科技有限公司成立。入职三年来，柯涛参与了技术改造。");
        assert_eq!(texts_of(&f, EntityType::Person), ["柯涛"], "{f:?}");
    }

    #[test]
    fn a_full_name_named_once_is_a_name_where_jieba_glued_the_next_character_to_it() {
        let f = found("公司总经理邵启豪今年28岁。大学期间，邵启豪学的是数字媒体专业。");
        assert_eq!(texts_of(&f, EntityType::Person), ["邵启豪", "邵启豪"], "{f:?}");
        // Not where the name is nowhere else in the document.
        assert_texts("大学期间，邵启豪学的是数字媒体专业。", EntityType::Person, &[]);
        // Nor where the glued character heads the name of an event after it.
        assert_texts("邵启豪说，第三届邵启豪杯围棋赛开幕。", EntityType::Person, &["邵启豪"]);
    }

    #[test]
    fn a_list_of_three_names_or_more_is_a_list_of_persons() {
        // 韦/nr 长龙/ns between two names.
        assert_texts("邵启豪、韦长龙、韦岚生等陪同考察。", EntityType::Person, &["邵启豪", "韦长龙", "韦岚生"]);
        // Not a list with one item of something else (美元).
        assert_texts("美元、韩元、卢布、兰特都下跌。", EntityType::Person, &[]);
    }

    #[test]
    fn a_family_name_jieba_cut_from_its_given_name_is_a_person_in_a_list_of_persons() {
        // 张/q 雄鹰/n between a name and the list's end.
        assert_texts("本报记者吕松岚、张雄鹰，通讯员参与采写。", EntityType::Person, &["吕松岚", "张雄鹰"]);
        // Not a measure after a number, nor without a person beside it.
        assert_texts("当场共有6位用户与吕松岚签约。", EntityType::Person, &["吕松岚"]);
        assert_texts("记者、张雄鹰，通讯员参与采写。", EntityType::Person, &[]);
    }

    #[test]
    fn a_short_name_before_a_farm_is_the_farms_words() {
        assert_texts("国家林业局发布星澜机械林场的先进事迹。", EntityType::Company, &[]);
        assert_texts("星澜机械的订单增加了。", EntityType::Company, &["星澜机械"]);
    }

    #[test]
    fn a_brand_right_after_its_trade_is_a_company() {
        let f = found("德国汽车零部件供应商维欧兰宣布裁员。");
        assert_eq!(texts_of(&f, EntityType::Company), ["维欧兰"], "{f:?}");
        // A project of the company starts after the trade, not at the country before it.
        assert_texts("美国电动汽车制造商柯伦威上海超级工厂投产。", EntityType::Project, &["柯伦威上海超级工厂"]);
        // Not a word that is the trade's predicate, nor a person.
        assert_texts("这些厂商云集的展会。", EntityType::Company, &[]);
        assert_texts("医疗器械供应商王某得知医院要采购。", EntityType::Company, &[]);
    }

    #[test]
    fn a_government_the_model_cuts_before_procurement_is_none() {
        assert_texts("近日，中央国家机关政府采购中心对定点维修进行招标。", EntityType::Organization, &[]);
    }

    #[test]
    fn a_division_whose_field_holds_a_verb_is_named_with_its_body_before_its_staff() {
        // 外贸 采购/v 服务中心, then 工作人员: the division of the bureau.
        assert_texts(
            "县商务局外贸采购服务中心工作人员邵启豪介绍。",
            EntityType::Organization,
            &["县商务局外贸采购服务中心"],
        );
        // Not a verb that opens what follows the body.
        assert_texts("县商务局组织开展培训。", EntityType::Organization, &["县商务局"]);
    }

    #[test]
    fn a_transliterated_name_with_armed_forces_or_a_movement_in_brackets_is_a_body() {
        let f = found("萨兰斯表示将继续抵抗。萨兰斯武装人员发射火箭弹。");
        assert_eq!(texts_of(&f, EntityType::Organization), ["萨兰斯", "萨兰斯"], "{f:?}");
        let f = found("伊斯兰抵抗运动（萨兰斯）发表声明。萨兰斯表示将继续抵抗。");
        assert_eq!(texts_of(&f, EntityType::Person), Vec::<&str>::new(), "{f:?}");
        // Not a leader's government.
        assert_texts("萨兰斯表示将继续。萨兰斯政府宣布制裁。", EntityType::Person, &["萨兰斯"]);
    }

    #[test]
    fn a_transliterated_name_after_an_office_may_open_with_bao() {
        // 保 renders Pau- (保罗, 保尔森) as 鲍 renders Bau-.
        assert_texts("美国财政部长保德森和纽约储备银行行长会面。", EntityType::Person, &["保德森"]);
    }

    #[test]
    fn a_transliterated_name_before_a_company_form_is_the_company() {
        let f = found("美国珠宝商莫顿·斯坦曼公司以高价拍得钻石。");
        assert_eq!(texts_of(&f, EntityType::Company), ["莫顿·斯坦曼公司"], "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Person), Vec::<&str>::new(), "{f:?}");
        // Alone it is a person's.
        assert_texts("莫顿·斯坦曼说，钻石很贵。", EntityType::Person, &["莫顿·斯坦曼"]);
    }

    #[test]
    fn a_side_and_its_modal_verb_and_a_name_glued_to_the_report_it_makes() {
        // 巴方愿/nr: Pakistan's side is willing, no person; nor is 马方/nr, Malaysia's side.
        assert_texts("巴方愿与中方继续深化各领域友好合作。马方高度评价合作。", EntityType::Person, &[]);
        // A family name and a form of address (李老伯, 孙老汉) names no one.
        assert_texts("邻居李老伯说，今年收成好。", EntityType::Person, &[]);
        // Documents say things too (贺信/nr 说, 白皮书/nr 指出).
        assert_texts("贺信说，双方合作成果丰硕。白皮书指出，经济发展迅速。", EntityType::Person, &[]);
        // 某晨作/nr 的 关于…报告: the name makes the report.
        assert_texts("会议听取了秘书长邵岚作的关于代表资格的报告。", EntityType::Person, &["邵岚"]);
    }

    #[test]
    fn a_common_word_jieba_tags_as_a_name_needs_its_cue_right_beside_it() {
        // 祝贺/nr three words after a title, 关怀/nr after one: no persons.
        assert_texts("国务委员邵启豪致信祝贺书店创建八十周年。", EntityType::Person, &["邵启豪"]);
        assert_texts("总书记的亲切关怀和殷切期望鼓舞了干部。", EntityType::Person, &[]);
        // With the cue beside it, or a family name before it, it is a name.
        assert_texts("窦明星说，产量提高了。", EntityType::Person, &["窦明星"]);
    }

    #[test]
    fn a_family_name_jieba_took_for_a_preposition_between_a_title_and_saying_is_a_name() {
        assert_texts("市水利局局长向远舟说，今年汛期平稳。", EntityType::Person, &["向远舟"]);
        // Not where the director turns to people or the writer.
        assert_texts("市水利局局长向群众说，局长向笔者介绍。", EntityType::Person, &[]);
    }

    #[test]
    fn a_person_named_once_is_the_same_words_elsewhere_in_the_document() {
        // jieba reads 张从林 as 张/q 从林/nr after 对; the name given before stands for it.
        let text = "2008年年底，张从林接到了电话。华桂洋对张从林说。";
        assert_texts(text, EntityType::Person, &["张从林", "华桂洋", "张从林"]);
        // A transliterated name's parts stand for it; a work's title is no name.
        let text = "总经理雅洛克·拉塔涅夫看来，雅洛克说。见《论语•颜渊》，在《论语》里面。";
        assert_texts(text, EntityType::Person, &["雅洛克·拉塔涅夫", "雅洛克"]);
    }

    #[test]
    fn abstract_nouns_tagged_as_names_are_no_persons_even_after_a_cue() {
        let f = found("居民幸福感不断提升，居民张劲柏表示满意。");
        let persons = texts_of(&f, EntityType::Person);
        assert_eq!(persons, ["张劲柏"], "{f:?}");
        // Nor is a preposition and a level after 记者 (从/p 市 国资委).
        assert_texts("记者从市国资委获悉，记者从省财政厅了解到。", EntityType::Person, &[]);
        // A province of Thailand ends in 府, as no given name does.
        assert_texts("公司拟在泰国巴真府投资设立全资子公司。", EntityType::Person, &[]);
    }

    #[test]
    fn a_head_that_runs_on_into_a_noun_of_time_names_no_project() {
        let f = found("近年来，借势高铁时代的来临，该区引进了10个高精尖项目。");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Project), "{f:?}");
    }

    #[test]
    fn numbered_rail_lines_and_extensions_of_projects() {
        assert_texts(
            "杭州地铁3号线一期工程通车，地铁5号线东延项目开工，申嘉湖高速西延工程建成。",
            EntityType::Project,
            &["杭州地铁3号线一期工程", "地铁5号线东延项目", "申嘉湖高速西延工程"],
        );
        // A number of a line with no rail word before it is no name.
        assert_texts("乘坐2号线到达。", EntityType::Project, &[]);
    }

    #[test]
    fn short_names_listed_before_a_line_share_its_head() {
        let f = found("京沪、京广高铁和沪昆高速在此交汇。");
        let projects = texts_of(&f, EntityType::Project);
        assert_eq!(projects, ["京沪", "京广高铁", "沪昆高速"], "{f:?}");
    }

    #[test]
    fn banks_by_one_common_word_and_their_branches() {
        let f = found("去年，民生银行派员入户办理信用卡。建设银行拔得头筹。");
        assert!(has(&f, "民生银行", EntityType::Company), "{f:?}");
        assert!(has(&f, "建设银行", EntityType::Company), "{f:?}");
        let f = found("工行北京分行与一些银行的不同分行都在商业银行之列。");
        let companies = texts_of(&f, EntityType::Company);
        assert_eq!(companies, ["工行北京分行"], "{f:?}");
        let f = found("招行、建行和宁波银行都调整了个人银行业务，网上银行也在其列。");
        let companies = texts_of(&f, EntityType::Company);
        assert_eq!(companies, ["招行", "建行", "宁波银行"], "{f:?}");
        // A bank jieba reads whole grows by no common word, and a dateline's 电 starts no name.
        let f = found("他通过一个电话升级中国光大银行的信用卡。");
        assert!(has(&f, "中国光大银行", EntityType::Company), "{f:?}");
        let f = found("本报香港4月13日电渣打银行集团行政总裁去年获得最高薪。");
        assert!(has(&f, "渣打银行集团", EntityType::Company), "{f:?}");
        // 港 ends the name of a place here, not of a project.
        let f = found("星展银行香港起诉两名客户。");
        assert!(has(&f, "星展银行", EntityType::Company), "{f:?}");
        assert!(has(&f, "香港", EntityType::Place), "{f:?}");
    }

    #[test]
    fn a_short_form_two_companies_share_is_its_own_entity() {
        let f = found("浙江金洲管道科技股份有限公司成立。“金洲”列入名单。");
        assert!(f.contains(&("金洲".into(), EntityType::Company, "浙江金洲管道科技股份有限公司".into())), "{f:?}");
        let f = found("浙江金洲管道科技股份有限公司成立。金洲重工也来了。“金洲”列入名单。");
        assert!(f.contains(&("金洲".into(), EntityType::Company, "金洲".into())), "{f:?}");
    }

    #[test]
    fn kinds_of_things_markets_and_people_are_no_companies() {
        for text in [
            "夜里的商圈人潮涌动，潮玩、鲜花、汉服……各类店铺云集。",
            "一批机器人上市公司茁壮成长。",
            "除了传统的欧美储能市场，需求还在增长。",
            "他在淄博各大商场购物。",
            "王宇星同事、41岁的梁岚在上海工作。",
            "研发能力是大国科技自立自强的底气所在。",
        ] {
            let f = found(text);
            assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Company), "{text}: {f:?}");
        }
        // The items of a list of devices are things (激光雷达/nz 等 设备).
        assert_texts("无人机搭载红外热成像仪和激光雷达等设备。", EntityType::Company, &[]);
        // A title is a person's office, in a list beside a company too (人大代表/nz、).
        assert_texts("广东省人大代表、星澜科技集团董事长许望川说。", EntityType::Company, &["星澜科技集团"]);
        // A clause with the copula is no body (中试 是 实验室).
        assert_texts("中试是实验室试制产品迈向产业化的关键一环。", EntityType::Organization, &[]);
        // Kinds of companies, however jieba cut them (汽车集团/n, 零部件/mq), and 另一家 公司.
        assert_texts("各大汽车集团和跨国零部件公司纷纷投资，另一家公司也来了。", EntityType::Company, &[]);
        // An office or hotel after common words is a kind of business; with a place, a name.
        assert_texts("律师事务所为北京市中伦律师事务所。", EntityType::Company, &["北京市中伦律师事务所"]);
        assert_texts("他们住在五星级酒店，请了会计师事务所。", EntityType::Company, &[]);
        let f = found("债务人为扬州市小湖资源开发有限公司，后者系扬州建投全资子公司。");
        assert!(!f.iter().any(|(t, _, _)| t.ends_with("子公司")), "{f:?}");
    }

    #[test]
    fn names_stop_at_titles_and_at_the_person_they_name() {
        let f = found("滨江新城管委会主任韩立率滨江新城管委会全体人员出席。");
        let organizations = texts_of(&f, EntityType::Organization);
        assert_eq!(organizations, ["滨江新城管委会", "滨江新城管委会"], "{f:?}");
        let f = found("李文渠代表市委、市政府致辞。");
        assert!(has(&f, "市委", EntityType::Organization), "{f:?}");
        assert!(!f.iter().any(|(t, _, _)| t.contains("代表")), "{f:?}");
        // Nor does a project's name run into the person a title names.
        assert_texts("宜都市市长陶鼎作招商项目介绍。", EntityType::Project, &[]);
    }

    #[test]
    fn dictionary_words_tagged_as_names_need_a_title() {
        // jieba's dictionary tags 玉米 and 西门子 as names; 金明 after a title is one.
        let f = found("郭岚拿起一穗玉米说，好品种成就吨粮田。为飞利浦、西门子等配套生产。");
        assert!(!has(&f, "玉米", EntityType::Person) && !has(&f, "西门子", EntityType::Person), "{f:?}");
        let f = found("项目部党支部书记，金明盯工期、抓质量。");
        assert!(has(&f, "金明", EntityType::Person), "{f:?}");
    }

    #[test]
    fn project_names_stop_at_government_bodies_verbs_and_glued_particles() {
        let f = found("荆门市交通运输局高速公路协调办公室负责人介绍。德惠市建设国家现代农业产业园。");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Project), "{f:?}");
        let f = found("高新区重点工业项目开工奠基仪式在浒墅开发区恒达工业园举行。");
        assert!(has(&f, "浒墅开发区", EntityType::Project), "{f:?}");
    }

    #[test]
    fn a_brand_jieba_guessed_as_a_verb_opens_a_project_at_the_start_of_its_sentence() {
        // 速立/v is no word of the dictionary.
        assert_texts("速立智能装备产业园建成。", EntityType::Project, &["速立智能装备产业园"]);
    }

    #[test]
    fn a_ring_of_a_city_is_part_of_a_name() {
        // 都市/ns 圈/q: the ring is a region, no measure word that ends the name.
        assert_texts("项目——长沙都市圈环线高速公路湘潭北段。", EntityType::Project, &["长沙都市圈环线高速公路"]);
    }

    #[test]
    fn a_national_pilot_zone_opens_with_its_bracketed_place() {
        let text = "中国（云南）自由贸易试验区挂牌。中国（昆明）跨境电子商务综合试验区获批。";
        let expected = ["中国（云南）自由贸易试验区", "中国（昆明）跨境电子商务综合试验区"];
        assert_texts(text, EntityType::Project, &expected);
    }

    #[test]
    fn a_list_closed_by_a_kind_of_development_names_projects() {
        let text = "城东新区、白鹭湾、青山湖等三个“千亿级”片区加快建设。能源、交通、通信等重大项目有序推进。";
        assert_texts(text, EntityType::Project, &["城东新区", "白鹭湾", "青山湖"]);
        // So does a count of 项目 where the list holds a project the rules found (an unknown
        // word jieba guessed as a verb may end an item: 荷漾/v); contests are counted in 项目 too.
        let text = "青山工业园一期二期、溪东南荷漾、白云慈恩寺等6个项目基本完成。跳水、体操等7个项目开赛。";
        assert_texts(text, EntityType::Project, &["青山工业园一期二期", "溪东南荷漾", "白云慈恩寺"]);
    }

    #[test]
    fn descriptions_are_not_project_names() {
        let f = found("这里曾是普通的海边小镇。二期600MW项目投产，大数据产业园开园。");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Project), "{f:?}");
        // Nor is a programme of every town (城镇/ns is a kind of locality here).
        assert_texts("加快城镇保障性安居工程建设，路灯用于城镇公园。", EntityType::Project, &[]);
        let f = found("雄安新区和嘉兴东部新城加快建设。");
        assert!(has(&f, "雄安新区", EntityType::Project) && has(&f, "嘉兴东部新城", EntityType::Project), "{f:?}");
    }

    #[test]
    fn hong_kong_macao_and_taiwan_are_places() {
        let f = found("恒泊国际是总部位于香港的金融科技公司。");
        assert!(has(&f, "香港", EntityType::Place), "{f:?}");
    }

    #[test]
    fn the_model_finds_brands_the_rules_miss() {
        let f = found("为国际家电巨头飞利浦、西门子和伊莱克斯等配套生产。");
        assert!(has(&f, "伊莱克斯", EntityType::Company), "{f:?}");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Person), "{f:?}");
        let f = found("腾讯与华为签署合作协议。");
        assert!(has(&f, "腾讯", EntityType::Company), "{f:?}");
    }

    #[test]
    fn government_abbreviations_are_whole_and_names_stop_at_conjunctions() {
        let f = found("湖南省住建厅城管处处长介绍情况。农业农村部会同国家发展改革委印发通知。");
        // The division before the title is part of the name (…住建厅 城管处 处长).
        assert!(has(&f, "湖南省住建厅城管处", EntityType::Organization), "{f:?}");
        assert!(has(&f, "农业农村部", EntityType::Organization), "{f:?}");
        assert!(has(&f, "国家发展改革委", EntityType::Organization), "{f:?}");
    }

    #[test]
    fn a_pronoun_glued_to_a_body_or_its_level_names_none() {
        // 我局/r is "our bureau"; 本区/n 政府 is the county's government, named by its level.
        let f = found("近日，我局下发通知。本区政府发布公告。");
        assert_eq!(texts_of(&f, EntityType::Organization), ["区政府"], "{f:?}");
    }

    #[test]
    fn a_country_before_a_body_by_its_short_name_is_part_of_the_name() {
        let f = found("韩国央行宣布维持利率不变。中国证监会发布通知。中国欧盟峰会召开。");
        assert_eq!(texts_of(&f, EntityType::Organization), ["韩国央行", "中国证监会"], "{f:?}");
    }

    #[test]
    fn a_news_agencys_dateline_is_no_part_of_the_body_after_it() {
        let f = found("据新华社电泰国财政部昨日宣布。");
        assert_eq!(texts_of(&f, EntityType::Organization), ["新华社", "泰国财政部"], "{f:?}");
    }

    #[test]
    fn a_group_by_a_brand_jieba_reads_as_a_verb_and_its_branches() {
        // jieba's dictionary holds 潜航 as a verb; a verb does not govern a bare 集团.
        let f = found("潜航集团钒业有限公司白岩铁矿分公司今天投产。");
        assert_eq!(texts_of(&f, EntityType::Company), ["潜航集团钒业有限公司白岩铁矿分公司"], "{f:?}");
    }

    #[test]
    fn an_everyday_noun_jieba_cut_before_a_brand_is_no_part_of_the_name() {
        // 该项目的 reads 该项/r 目的/n: 目的 is no part of the brand after it.
        let f = found("参与该项目的岚森（福建）文旅有限公司已完成注册。");
        assert_eq!(texts_of(&f, EntityType::Company), ["岚森（福建）文旅有限公司"], "{f:?}");
    }

    #[test]
    fn a_lake_jieba_tags_as_a_place_is_a_place() {
        assert_texts("假日里，游客乘船游览荷花淀。", EntityType::Place, &["荷花淀"]);
        // Also where jieba cut the water's ending off (青峰/ns 漾/zg), not twice (渤海湾 湾口).
        assert_texts("游客在青峰漾散步。渔船停在渤海湾湾口。", EntityType::Place, &["青峰漾", "渤海湾"]);
    }

    #[test]
    fn a_bodys_name_holds_the_quoted_work_it_is_set_up_for() {
        let text = "江西省推进“三链融合”工作联席会议办公室印发通知。省“三改一拆”工作领导小组办公室发布公告。";
        let expected = ["江西省推进“三链融合”工作联席会议办公室", "省“三改一拆”工作领导小组办公室"];
        assert_texts(text, EntityType::Organization, &expected);
    }

    #[test]
    fn a_source_line_names_the_body_the_text_or_picture_comes_from() {
        let text = "图片来源：远景中国\n本报讯 新产品上市。\n来源：公告\n来源：远景新闻据内部资料整理";
        assert_texts(text, EntityType::Organization, &["远景中国"]);
        assert_texts(text, EntityType::Place, &[]);
    }

    #[test]
    fn international_bodies_by_their_short_names_hold_no_place() {
        let f = found("上海合作组织秘书长表示欢迎。东盟各国代表出席。");
        assert_eq!(texts_of(&f, EntityType::Organization), ["上海合作组织", "东盟"], "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Place), Vec::<&str>::new(), "{f:?}");
    }

    #[test]
    fn a_term_opens_no_bodys_name() {
        assert_texts("新一届全国人大召开首次会议。", EntityType::Organization, &["全国人大"]);
    }

    #[test]
    fn former_opens_no_bodys_name_and_a_title_ending_like_a_body_is_none() {
        // 原 (former) stands before the name; 政委 is a post, not a committee.
        let text = "原湖州市商务局局长表示。湖州市公安局原政委张宁出席。";
        assert_texts(text, EntityType::Organization, &["湖州市商务局", "湖州市公安局"]);
    }

    #[test]
    fn an_uncommon_dictionary_word_is_the_short_name_of_a_full_name_holding_it() {
        // 青松/n is a dictionary word, but a rare one: here the group's short name.
        let f = found("青松集团发布公告。青松今年营收增长。");
        assert_eq!(texts_of(&f, EntityType::Company), ["青松集团", "青松"], "{f:?}");
        // 茶叶 is too common a word to stand for the company named by it and a place.
        assert_texts("湖州茶叶有限公司成立。茶叶今年涨价。", EntityType::Company, &["湖州茶叶有限公司"]);
    }

    #[test]
    fn a_registered_name_that_opens_its_clause_with_its_place_keeps_a_brand_read_as_verbs() {
        let text =
            "■作废声明：杭州大道必胜科技有限公司作废合同专用章一枚。公告：宁波一帆风顺文化传播有限公司招聘客服。";
        assert_texts(text, EntityType::Company, &["杭州大道必胜科技有限公司", "宁波一帆风顺文化传播有限公司"]);
        // A verb too common for a brand is the sentence's.
        assert_texts("北京成立文化传播有限公司。", EntityType::Company, &[]);
    }

    #[test]
    fn a_short_name_the_text_gives_a_company_is_that_company() {
        let text = "湖州青禾电子有限公司(下称“湖州青禾”)发布年报。湖州青禾的营收增长。";
        let f = found(text);
        let companies: Vec<_> = f.iter().filter(|(_, kind, _)| *kind == EntityType::Company).collect();
        assert_eq!(companies.len(), 3, "{f:?}");
        assert!(companies.iter().all(|(_, _, name)| name == "湖州青禾电子有限公司"), "{f:?}");
        assert_texts(text, EntityType::Place, &[]);
        // A word for any company is no short name of its own.
        let text = "青禾电子股份有限公司（以下简称“公司”）发布公告。公司董事会同意。";
        assert_texts(text, EntityType::Company, &["青禾电子股份有限公司"]);
    }

    #[test]
    fn a_kind_of_enterprise_introduces_a_short_name_and_is_no_list_item() {
        // 龙头企业 is a name part jieba knows, yet a company's short name follows it.
        assert_texts("龙头企业凯讯精密落户本地。", EntityType::Company, &["凯讯精密"]);
        // In a list, the word before a kind of enterprise is its business (显示屏 企业), no company.
        assert_texts(
            "国内封装企业驾信光电、显示屏企业奥澜电子也分别上市。",
            EntityType::Company,
            &["驾信光电", "奥澜电子"],
        );
    }

    #[test]
    fn a_role_in_a_lawsuit_a_tender_or_an_issue_is_no_part_of_a_companys_name() {
        let text = "要求被告上海澜信商务有限公司赔礼道歉。中标人浙江澜信建设有限公司将于下月进场。";
        assert_texts(text, EntityType::Company, &["上海澜信商务有限公司", "浙江澜信建设有限公司"]);
        // A preposition jieba glued to the brand after the role is cut off too (向凯澜/nr).
        assert_texts("发行人向凯澜投资集团发行股份。", EntityType::Company, &["凯澜投资集团"]);
    }

    #[test]
    fn a_form_before_a_government_office_names_its_field() {
        // 证券 before 办 is the field of a government office (证券办), no broker.
        assert_texts("市金融办和市证券办联合发文。省地方金融证券办一位负责人表示。", EntityType::Company, &[]);
        // 办理 (to handle) after a broker is a verb.
        assert_texts("澜信证券办理了业务。", EntityType::Company, &["澜信证券"]);
    }

    #[test]
    fn an_exchange_is_named_by_its_place_and_what_it_trades() {
        assert_texts("温州数据交易所挂牌成立。", EntityType::Company, &["温州数据交易所"]);
        assert_texts("温州数据交易所挂牌成立。", EntityType::Place, &[]);
    }

    #[test]
    fn a_brand_jieba_glued_to_its_form_names_a_company() {
        // 沃台公司/nt is one word of jieba's dictionary: the form starts inside it.
        assert_texts("据悉，沃台公司发布公告。", EntityType::Company, &["沃台公司"]);
    }

    #[test]
    fn foreign_or_unlisted_companies_and_governments_are_kinds() {
        let text = "外国公司纷纷进入市场，外国政府表示关切。非上市公司也在观望。";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    #[test]
    fn a_relation_before_a_companys_name_is_no_part_of_it() {
        assert_texts("公司大股东青松证券退出。", EntityType::Company, &["青松证券"]);
        // 控股 before 股东 is a controlling shareholder, no holding company.
        assert_texts("此事已获青禾酒控股股东青松集团同意。", EntityType::Company, &["青松集团"]);
    }

    #[test]
    fn a_preposition_jieba_glued_to_a_brand_is_no_part_of_it() {
        // 据兴禾/n 证券, 据国/n 禾/n 证券: 据 (according to) opens the sentence, not the name.
        assert_texts("据兴禾证券分析，行业回暖。", EntityType::Company, &["兴禾证券"]);
        assert_texts("据国禾证券分析，行业回暖。", EntityType::Company, &["国禾证券"]);
    }

    #[test]
    fn a_conjunction_glued_to_a_brand_parts_two_companies() {
        // 与阳禾/nr: 与 joins 青松集团 to the next company.
        assert_texts("青松集团与阳禾集团合作。", EntityType::Company, &["青松集团", "阳禾集团"]);
    }

    #[test]
    fn a_brand_jieba_cut_into_single_characters_opens_the_name() {
        // 中/f 电/n 湖滨/ns 风电 公司: the brand's characters open the sentence.
        assert_texts("中电湖滨风电公司投产。", EntityType::Company, &["中电湖滨风电公司"]);
    }

    #[test]
    fn a_kind_of_business_after_a_bodys_name_is_no_company() {
        let text = "青禾师范学院信托与理财研究所专家认为，农业部食品价格上涨。";
        assert_texts(text, EntityType::Company, &[]);
    }

    #[test]
    fn securities_a_person_holds_are_no_broker() {
        let text = "要求董事及高管人员证券账户报备，持有人名下证券须申报。青松证券发布研报。";
        assert_texts(text, EntityType::Company, &["青松证券"]);
    }

    #[test]
    fn a_partnership_enterprise_is_a_company_unless_only_a_fund_names_it() {
        let text = "湖州青禾股权投资合伙企业完成备案。区里的创业投资引导基金合伙企业在该区注册。";
        assert_texts(text, EntityType::Company, &["湖州青禾股权投资合伙企业"]);
    }

    #[test]
    fn a_level_before_a_departments_field_names_it_and_a_glued_conjunction_parts_two_bodies() {
        // 县/zg 中小企业/j 局/n; 和县/ns is 和 and the next body's level, not a county.
        let text = "县中小企业局、区农业农村局和县市场监管局负责同志参加。";
        assert_texts(text, EntityType::Organization, &["县中小企业局", "区农业农村局", "市场监管局"]);
    }

    #[test]
    fn teams_of_enforcement_and_police_are_bodies() {
        assert_texts("朝阳街道执法队队员到场。", EntityType::Organization, &["朝阳街道执法队"]);
    }

    #[test]
    fn a_level_and_two_characters_of_work_before_ban_name_an_office() {
        let text = "市治水办发布通知。区创建办工作人员介绍。县里举办活动，市长办公会议召开。";
        assert_texts(text, EntityType::Organization, &["市治水办", "区创建办"]);
        // A committee's or the government's office, too (区委 改革/vn 办/v), not its verb in 办.
        assert_texts("区委改革办牵头。市政府将举办活动。", EntityType::Organization, &["区委改革办", "市政府"]);
        // A verb before 委 names its work (执法/v 委), a verb of saying none (表示 委方).
        assert_texts("市城管执法委发布通知。该国代总统表示委方没有让步。", EntityType::Organization, &["市城管执法委"]);
    }

    #[test]
    fn words_of_reference_and_kinds_of_deal_open_no_name() {
        // 上述, 一片 refer; IPO, EPC, AI are kinds of deal or trade; 大笔 counts money, 车企 is
        // a kind of company.
        let text = "据上述星澜协会人士透露，价格上涨。公司的IPO项目进展顺利。园区里有一片工业园区。\
                    银行把大笔贷款投向高铁。日本车企工厂停产。";
        let f = found(text);
        assert_eq!(texts_of(&f, EntityType::Organization), ["星澜协会"], "{f:?}");
        assert!(texts_of(&f, EntityType::Project).is_empty(), "{f:?}");
    }

    #[test]
    fn a_clause_opening_zhong_is_a_names_first_character() {
        // 、中/f 房 指数研究院: 中 after a separator is no locative.
        assert_texts("总经理、中房指数研究院院长致辞。", EntityType::Organization, &["中房指数研究院"]);
        // Not a wing or a size (中/f 左翼 联盟: the centre-left).
        assert_texts("会谈中，中左翼联盟表示支持。", EntityType::Organization, &["左翼联盟"]);
    }

    #[test]
    fn news_agencies_where_they_give_the_news() {
        // 某透社/n, 某博社/nr: words ending in 社 before a cue of news.
        assert_texts("据卡洛社报道，会谈推迟。", EntityType::Organization, &["卡洛社"]);
        // Not a kind of body, nor the agency's own mention or branch.
        assert_texts("据报社报道。该社记者报道。分社记者报道。", EntityType::Organization, &[]);
        // A place's name ending in its level names it too, but an adverb and a verb in 办 do not.
        let text = "杭州市人防办发布通知。湖州市将举办论坛。";
        assert_texts(text, EntityType::Organization, &["杭州市人防办"]);
    }

    #[test]
    fn a_list_holding_two_of_the_models_companies_is_a_list_of_companies() {
        let text = "康佳、科迅、华科、腾讯等都在这里起步。";
        assert_texts(text, EntityType::Company, &["康佳", "科迅", "华科", "腾讯"]);
    }

    #[test]
    fn a_body_the_rules_named_once_is_the_same_words_elsewhere_in_the_document() {
        // The division is named with its body before a title, and again without one.
        let text = "平阳市公安局网安支队负责人介绍情况。平阳市公安局网安支队随即展开调查。";
        let expected = ["平阳市公安局网安支队", "平阳市公安局网安支队"];
        assert_texts(text, EntityType::Organization, &expected);
    }

    #[test]
    fn landscape_words_and_halls_are_no_entities() {
        let f = found("江海之间焕新颜，山海相连。活动在报告厅举行。");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_list_naming_a_brand_of_the_document_is_a_list_of_companies() {
        let text = "远帆汽车集团有限公司落户嘉兴。引进了远帆、恒能、晨曦等一大批大项目。";
        let f = found(text);
        assert!(has(&f, "恒能", EntityType::Company) && has(&f, "晨曦", EntityType::Company), "{f:?}");
        // Without a company of that brand in the document, the list says nothing.
        let f = found("引进了远帆、恒能、晨曦等一大批大项目。");
        assert!(!has(&f, "晨曦", EntityType::Company), "{f:?}");
    }

    #[test]
    fn items_of_a_list_of_projects_are_projects() {
        let f = found("加快建设东湖数字金融中心、工大智能装备产业园项目、全民冰雪运动中心等一批项目。");
        for name in ["东湖数字金融中心", "工大智能装备产业园项目", "全民冰雪运动中心"] {
            assert!(has(&f, name, EntityType::Project), "{name}: {f:?}");
        }
        // Without a project the rules found, a list of such items is no list of projects;
        // and one common word before a head is a kind (白酒项目).
        let f = found("加快建设全民冰雪运动中心、白酒项目等。");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Project), "{f:?}");
    }

    #[test]
    fn a_division_before_a_bare_group_or_a_kind_of_group_names_no_company() {
        assert_texts("广州集团和山西省大型煤炭企业集团。", EntityType::Company, &[]);
    }

    #[test]
    fn industries_and_adverbs_are_no_company_names() {
        let f = found("组织家纺、纺织等企业赴英国参展，为发展再添动力。");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Company), "{f:?}");
    }

    #[test]
    fn a_firm_jieba_glued_to_the_title_after_it_comes_apart() {
        // 事务所律师/n: the firm, then the lawyer.
        let f = found("浙江明衡律师事务所律师章蔚涛说。");
        assert!(has(&f, "浙江明衡律师事务所", EntityType::Company), "{f:?}");
        assert!(has(&f, "章蔚涛", EntityType::Person), "{f:?}");
    }

    #[test]
    fn a_family_name_right_after_a_title_before_a_glued_verb_of_saying_is_a_name() {
        // 路/n 文说/n: the given name's one character and 说.
        assert_texts("农科院研究所副所长路文说，品种很好。", EntityType::Person, &["路文"]);
    }

    #[test]
    fn a_given_name_may_end_in_what_reads_as_a_conjunction() {
        // 孙其/nr 和/c before the end of the clause; not 张三 和 李四.
        assert_texts("记者联系到老职工孙其和。老职工张三和李四。", EntityType::Person, &["孙其和", "张三"]);
    }

    #[test]
    fn a_kind_of_company_after_a_place_and_a_count_is_no_name() {
        let text = "重庆一些汽车零部件配套公司也来了。北京一期货公司称。稳定一些保险公司的经营。";
        assert_texts(text, EntityType::Company, &[]);
    }

    #[test]
    fn a_list_that_names_companies_takes_brands_with_any_industry_word() {
        let text = "共有多家基地，星舟影视、晓禾文化、蜂鸟影业等一批短剧企业加速发展。";
        assert_texts(text, EntityType::Company, &["星舟影视", "晓禾文化", "蜂鸟影业"]);
        // Sectors are no companies (交通 运输, 酒店 餐饮).
        assert_texts("向物流商贸、交通运输、酒店餐饮等企业提供服务。", EntityType::Company, &[]);
        // A word jieba tags as a place that is none here opens the brand after it, and the list
        // goes on past a group (明辉 集团、).
        let text = "值得关注的有明辉集团、江阴江泰、凯睿等知名企业。";
        assert_texts(text, EntityType::Company, &["明辉集团", "江阴江泰", "凯睿"]);
    }

    #[test]
    fn an_industrial_zone_goes_by_the_place_before_it() {
        // Not 市 of 本市 either.
        assert_texts("企业位于本市北辰区双街工业区。", EntityType::Project, &["北辰区双街工业区"]);
    }

    #[test]
    fn a_chief_officer_s_name_is_not_glued_to_the_title() {
        // 官柏旻/x and 官晏/nr 旻/zg: 官 ends the title 首席…官, and is no family name here.
        let text = "公司首席品牌官柏旻说，订单已近14亿元。首席技术官晏旻说，系统已上线。";
        assert_texts(text, EntityType::Person, &["柏旻", "晏旻"]);
    }

    #[test]
    fn a_news_site_giving_the_news_is_an_organization() {
        let text = "据蓝鲸塑料网报道。湘江网武汉3月5日电。江淮网记者说。";
        assert_texts(text, EntityType::Organization, &["蓝鲸塑料网", "湘江网", "江淮网"]);
        // Not a network, nor the power grid's company.
        assert_texts("据互联网消息，电网记者说，国家电网记者说。", EntityType::Organization, &[]);
    }

    #[test]
    fn a_news_outlet_told_or_quoted_or_opening_a_byline_is_an_organization() {
        let text = "潮汐新闻记者 | 柯蔚\n公司总监周铭向潮汐新闻表示。据财经新闻报道。";
        assert_texts(text, EntityType::Organization, &["潮汐新闻", "潮汐新闻"]);
    }

    #[test]
    fn a_registered_name_keeps_the_brand_jieba_cut_into_words_after_punctuation() {
        let text = "“这款设备很小。”琪声达听力技术（中国）有限公司推出新品。”这是南澜电网有限公司的项目。";
        assert_texts(text, EntityType::Company, &["琪声达听力技术（中国）有限公司", "南澜电网有限公司"]);
    }

    #[test]
    fn a_hospital_or_school_that_is_one_common_noun_names_a_kind() {
        let text = "浙江大学口腔医院的医生说，百余家口腔医院和诊所引进了这款产品，基层医院也在用。";
        assert_texts(text, EntityType::Organization, &["浙江大学口腔医院"]);
    }

    #[test]
    fn a_central_body_keeps_its_zhongyang_and_fields_joined_by_he() {
        let text = "在京中共中央政治局委员出席。组建中央方志和档案研究院。北欧和平研究实验室发布报告。";
        assert_texts(text, EntityType::Organization, &["中共中央政治局", "中央方志和档案研究院", "北欧和平研究实验室"]);
    }

    #[test]
    fn a_numbered_school_and_a_school_jieba_glued_across_he_are_two_bodies() {
        // 十一/m 中和秀西/ns 学校/n; 公办 is no name.
        let text = "去年以来，宁州十一中和秀西学校结成教共体。作为区首个公办幼儿园试点。";
        assert_texts(text, EntityType::Organization, &["宁州十一中", "秀西学校"]);
    }

    #[test]
    fn a_level_committee_glued_to_its_member_is_named_by_its_places() {
        // 市委常委/n is one word to jieba; 全程参加/n before the place is the sentence's.
        let text = "主任陈晓全程参加河北省委常委班子专题民主生活会。福建省厦门市委常委、秘书长林涛出席。";
        assert_texts(text, EntityType::Organization, &["河北省委", "福建省厦门市委"]);
        assert_texts(text, EntityType::Person, &["陈晓", "林涛"]);
    }

    #[test]
    fn a_village_named_after_a_family_needs_no_cun() {
        let text = "他来自殷家屯，后来搬到柏家洼。殷家庄园很美。杜家庄煤矿是晋泓集团下属企业。";
        assert_texts(text, EntityType::Place, &["殷家屯", "柏家洼", "杜家庄"]);
        // The copula is no part of a brand between the place and the group.
        assert_texts(text, EntityType::Company, &["晋泓集团"]);
    }

    #[test]
    fn a_hospital_or_school_with_its_building_project_is_one_project() {
        let text = "桐溪区人民医院迁建项目开工。宁州市第一人民医院项目正式签约。浙江大学项目组成员说。";
        assert_texts(text, EntityType::Project, &["桐溪区人民医院迁建项目", "宁州市第一人民医院项目"]);
        assert_texts(text, EntityType::Organization, &["浙江大学"]);
    }

    #[test]
    fn a_verb_of_saying_glued_to_the_given_name_after_a_reporter_is_the_cue() {
        assert_texts("记者李明说，今年产量增加。", EntityType::Person, &["李明"]);
    }

    #[test]
    fn a_name_the_model_reads_takes_the_type_the_rules_give_it_in_the_document() {
        // The model reads the headline's site as a company; the dateline names a news site.
        let f = found("蓝鲸网观察丨武汉凭什么发展微短剧？\n蓝鲸网武汉1月28日电 近年来，微短剧迅速出圈。");
        let sites: Vec<_> = f.iter().filter(|(t, _, _)| t == "蓝鲸网").map(|(_, k, _)| *k).collect();
        assert_eq!(sites, [EntityType::Organization, EntityType::Organization], "{f:?}");
    }

    #[test]
    fn an_academy_institute_goes_by_its_short_name() {
        let text = "中国科学院上海硅酸盐所提供。中科院物理所研究员说。中国科学院院士和工程院以及各所出席。";
        assert_texts(text, EntityType::Organization, &["中国科学院上海硅酸盐所", "中科院物理所", "中国科学院"]);
    }

    #[test]
    fn a_newspaper_goes_by_its_title() {
        let text = "采访的《检察日报》记者称。据《东方早报》报道。《政府工作报告》提出。《四川发布暴雨警报》。";
        assert_texts(text, EntityType::Organization, &["检察日报", "东方早报"]);
    }

    #[test]
    fn an_organization_goes_by_the_end_of_its_name() {
        let f = found("北京大学口腔医院专家来到景德镇。口腔医院的医生开展义诊。");
        assert!(f.contains(&("口腔医院".into(), EntityType::Organization, "北京大学口腔医院".into())), "{f:?}");
    }

    #[test]
    fn a_subsidiary_named_after_a_group_s_brand_is_one_company() {
        // 鼎泰康/nr 地/uv 有限公司: jieba cut across the name; 鼎泰集团 gives the brand.
        let text = "鼎泰集团与美国康地集团共同投资，成立鼎泰康地有限公司。";
        assert_texts(text, EntityType::Company, &["鼎泰集团", "美国康地集团", "鼎泰康地有限公司"]);
    }

    #[test]
    fn a_name_its_clause_says_is_a_company_is_one() {
        let text = "鼎泊国际是总部位于香港的金融科技公司，其客户占比超过七成。鼎泊国际发布了报告。";
        assert_texts(text, EntityType::Company, &["鼎泊国际", "鼎泊国际"]);
        // Not a kind, a pronoun or the first of a list.
        let text = "棉纺厂是传统的劳动密集型企业。ARM架构处理器是众多手机厂商、PC厂商的选择。这是一家很大的公司。";
        assert_texts(text, EntityType::Company, &[]);
    }

    #[test]
    fn a_body_keeps_the_whole_place_its_name_starts_with() {
        // 中/f 江/nr 县委/n: the county 中江县, not 江县委, and the league's committee there; 以色列,
        // whose 以 opens phrases too.
        let text = "共青团中江县委书记说，以色列区域研究所所长也来了。";
        assert_texts(text, EntityType::Organization, &["共青团中江县委", "以色列区域研究所"]);
    }

    #[test]
    fn a_body_named_from_a_country_through_a_bracketed_place_is_one() {
        // 综合/vn 开发/v: the field's verbs belong to the name after the bracket.
        let text = "浙江（湖州）投资发展研究院成立，中国（宁波）综合开发研究院副院长说。";
        assert_texts(text, EntityType::Organization, &["浙江（湖州）投资发展研究院", "中国（宁波）综合开发研究院"]);
    }

    #[test]
    fn a_bracketed_place_after_a_name_belongs_to_it() {
        let f = found("西部理工大学长江研究院(宜昌)成立。");
        assert_eq!(
            f,
            [("西部理工大学长江研究院(宜昌)".into(), EntityType::Organization, "西部理工大学长江研究院(宜昌)".into())]
        );
    }

    #[test]
    fn a_head_inside_a_verb_at_the_end_does_not_panic() {
        // 后部 ends the sentence; 部 is an organization head inside a word that is trimmed.
        let f = found("此次事故发生在5号晚，当时一列列车进站后撞上了停在站台的另一列列车的后部");
        assert!(!f.iter().any(|(_, k, _)| *k == EntityType::Organization), "{f:?}");
    }

    #[test]
    fn a_division_named_after_its_body_before_a_title_is_one_organization() {
        let text = "湖州市发改委能源处负责人说。省公安厅经侦总队总队长介绍。浙江大学中文系主任出席。";
        assert_texts(text, EntityType::Organization, &["湖州市发改委能源处", "省公安厅经侦总队", "浙江大学中文系"]);
        // Not a word that only ends like a division (关系, 网站, 莫斯科), nor without a title.
        let text = "中国政府重视发展中日关系。据财政部网站消息。新华社莫斯科电。湖州市发改委能源处在推进。";
        assert_texts(text, EntityType::Organization, &["中国政府", "财政部", "新华社", "湖州市发改委"]);
    }

    #[test]
    fn politics_a_verb_of_learning_and_a_call_to_act_name_no_body() {
        let text = "这一动向对日本政局的影响值得关注。潮人在发展中学会了贩鱼。努力实现政府采购全流程电子化。";
        assert_texts(text, EntityType::Organization, &[]);
        // A learned society still is one.
        assert_texts("中国伦理学会召开年会。", EntityType::Organization, &["中国伦理学会"]);
    }

    #[test]
    fn organizations_stop_before_titles() {
        let f = found("湖州市商务局局长在会上讲话。");
        assert!(has(&f, "湖州市商务局", EntityType::Organization), "{f:?}");
        assert!(!f.iter().any(|(t, _, _)| t.contains("局长")), "{f:?}");
    }

    #[test]
    fn a_brand_and_a_bracketed_place_open_a_park() {
        let text = "双方就加快青禾（湖州）智能制造产业园区建设交换了意见。";
        assert_texts(text, EntityType::Project, &["青禾（湖州）智能制造产业园区"]);
    }

    #[test]
    fn an_everyday_noun_holding_a_one_character_head_and_a_suffix_end_no_name() {
        // 五谷 and 低谷 hold 谷 (科学谷), but name no valley here; 们/k and 型/k are suffixes.
        assert_texts("农民们种五谷，锂行业低谷已过。", EntityType::Project, &[]);
        assert_texts("这是一家创业型公司。", EntityType::Company, &[]);
    }

    #[test]
    fn projects_by_head_and_generic_ones_dropped() {
        let f = found("沪苏湖高铁建成后，嘉善东部新城发展加快，多个新能源项目开工。");
        assert!(has(&f, "沪苏湖高铁", EntityType::Project), "{f:?}");
        assert!(has(&f, "嘉善东部新城", EntityType::Project), "{f:?}");
        assert!(!f.iter().any(|(t, _, _)| t.ends_with("新能源项目")), "{f:?}");
        // An industrial zone named beyond its place is a project; an old one is none.
        assert_texts("公司落户青禾岭工业区，城区老工业区将搬迁。", EntityType::Project, &["青禾岭工业区"]);
        // Describing words name no facility (伟大工程, 军用机场).
        assert_texts("推进党的建设新的伟大工程，新建一批支线机场和军用机场。", EntityType::Project, &[]);
        assert_texts("实施城市更新项目，改造电气化铁路。", EntityType::Project, &[]);
        // Nor does an everyday word jieba reads whole with the head (交易中心/nt).
        assert_texts("交易中心的鲜花品种繁多。货轮驶入大连港。", EntityType::Project, &["大连港"]);
    }

    #[test]
    fn names_do_not_start_with_a_glued_particle() {
        let f = found("1至5月,仅三一装载机项目就已完成投资。");
        assert!(has(&f, "三一装载机项目", EntityType::Project), "{f:?}");
    }

    #[test]
    fn persons_by_cue() {
        let f = found("记者 陆英英\n风光旖旎的东部新城 范晓伟 摄");
        assert!(has(&f, "陆英英", EntityType::Person), "{f:?}");
        assert!(has(&f, "范晓伟", EntityType::Person), "{f:?}");
        // A colon after the cue, and the roles of a company's announcement.
        assert_texts("记者：熊争艳\n联系人：李建国\n董秘：王怿文", EntityType::Person, &["熊争艳", "李建国", "王怿文"]);
    }

    #[test]
    fn given_names_jieba_reads_as_common_nouns_between_a_title_and_a_verb() {
        assert_texts(
            "村党支部书记沈金华说，浙江大学教授吴朝晖认为，区长沈月娥一行调研。",
            EntityType::Person,
            &["沈金华", "吴朝晖", "沈月娥"],
        );
        // A post after the family name is no given name, and a body before a title is no person.
        assert_texts("公司总经理宋经理说，宣传部部长王纲出席。", EntityType::Person, &["王纲"]);
    }

    #[test]
    fn a_form_of_address_with_a_word_glued_on_is_no_name() {
        assert_texts("刚才魏总讲的，胡某还说过。", EntityType::Person, &[]);
        // A family name and a title address a person without naming one.
        assert_texts("王主任介绍，产量提高了。局长刘乡长表示同意。", EntityType::Person, &[]);
    }

    #[test]
    fn family_names_glued_to_a_title_or_rare_and_adverbs_glued_to_a_name() {
        // 赖 is a family name; 国家副 before 主席 is no name.
        assert_texts("国家副主席赖文明今天会见了代表团。", EntityType::Person, &["赖文明"]);
        // 谢/v 靖远/nr and 人马/n 凤兰/nr: the family name right after the title.
        let text = "市场研究部负责人谢靖远告诉记者。剩余股份由法定代表人马凤兰持有。";
        assert_texts(text, EntityType::Person, &["谢靖远", "马凤兰"]);
        // Not a preposition or conjunction that is a family name too.
        assert_texts("公司董事长和江岚表示，市场向好。", EntityType::Person, &["江岚"]);
        // 则 and 还 open the verb, they do not end the name.
        assert_texts("韩锐则认为，市场向好。周岚还表示，价格平稳。", EntityType::Person, &["韩锐", "周岚"]);
    }

    #[test]
    fn a_name_a_clause_describes_as_a_company_is_one() {
        let text = "青岭天擎是一家专注于卫星互联网建设的企业，总部在雄安。后者是一家港资背景的公司。";
        assert_texts(text, EntityType::Company, &["青岭天擎"]);
        // A person who runs one is no company.
        assert_texts("孙景涛是一家农产品加工企业的老板。", EntityType::Company, &[]);
    }

    #[test]
    fn a_brand_before_an_officer_and_a_name_is_a_company_and_no_person() {
        let text = "据悉，ABC通讯首席执行官张伟明说，销量增长。";
        assert_texts(text, EntityType::Company, &["ABC通讯"]);
        assert_texts(text, EntityType::Person, &["张伟明"]);
        // Not a company's region; what stands before a title and a name is no person.
        let text = "中国区总裁张伟明表示销量增长。昨天，海澜芯总裁韩立康表示。他说，应国家主席韩立康邀请出访。";
        assert_texts(text, EntityType::Company, &[]);
        assert_texts(text, EntityType::Person, &["张伟明", "韩立康", "韩立康"]);
    }

    #[test]
    fn a_name_between_a_title_and_a_cue_after_it_whatever_jieba_tagged() {
        // 钱奕澄/z, 罗传/nr 号/m: the characters between the title and 介绍.
        let text = "项目建筑师钱奕澄介绍，项目采用构件。公司副总裁罗传号介绍，项目进展顺利。";
        assert_texts(text, EntityType::Person, &["钱奕澄", "罗传号"]);
        // Not a conjunction that is a family name too.
        assert_texts("来自企业的工程师和媒体表示欢迎。", EntityType::Person, &[]);
    }

    #[test]
    fn a_reporters_credit_in_brackets_names_a_person_whatever_the_words_mean() {
        let text = "本报讯（记者高兴）昨日，市住保办负责人表示，措施正在推进。";
        assert_texts(text, EntityType::Person, &["高兴"]);
        // Not outside a credit.
        assert_texts("记者高兴地说道。", EntityType::Person, &[]);
    }

    #[test]
    fn a_word_ending_in_a_title_is_that_title_and_pronouns_are_no_names() {
        // 新闻记者 ends in 记者: the name after the bar is the byline's.
        assert_texts("界面新闻记者 | 周熹珑", EntityType::Person, &["周熹珑"]);
        assert_texts("但他表示，市场向好。", EntityType::Person, &[]);
        // Nor are phrases of classical Chinese that start like a family name.
        assert_texts("何以明之哉？其实信与诚是两个范畴，不免于欲利之心。", EntityType::Person, &[]);
    }

    #[test]
    fn a_role_anyone_may_have_names_the_person_after_it_but_no_dictionary_word() {
        // 吴洁 is no dictionary word; 玉米/nr is one.
        assert_texts("渔民吴洁今年收入增加。今年农民玉米丰收。", EntityType::Person, &["吴洁"]);
        // 武汉市/ns 民白瑾琳/nr: the 民 of 市民 is no part of the name.
        assert_texts("武汉市民白瑾琳说，作为第一批用户。", EntityType::Person, &["白瑾琳"]);
    }

    #[test]
    fn a_name_between_a_title_and_a_cue_is_whole_whatever_its_given_name_reads_as() {
        // 刘光华/nr, though 光华 is a word (nz): 车间主任 before it and 介绍 after it.
        assert_texts("车间主任刘光华介绍，产量提高了。", EntityType::Person, &["刘光华"]);
        // Not a name jieba glued the next verb to (吴文率/n).
        assert_texts("副部长吴文率代表团出席会议。", EntityType::Person, &["吴文"]);
        // A title right after the name (刘亚洲/nr, 亚洲 a place): not after a preposition glued
        // to a name jieba knows, nor the end of a longer name, nor a country.
        assert_texts("刘亚洲总理今天出访。", EntityType::Person, &["刘亚洲"]);
        // Or a title right before it, with no cue after (委员长 宋建康 15日).
        assert_texts("全国人大常委会委员长宋建康15日在北京会见了代表团。", EntityType::Person, &["宋建康"]);
        // 平 ends given names too (吴树平/nr), but not where the given name is a word (高水平/nr).
        assert_texts("吴树平总书记指出，要加快发展。高水平专家出席。", EntityType::Person, &["吴树平"]);
        let text = "他向普京总统表示敬意。阿斯巴耶夫总统会见了代表团。马其顿总理今天出访。";
        assert_texts(text, EntityType::Person, &[]);
        assert_texts("马其顿总理今天出访。", EntityType::Place, &["马其顿"]);
    }

    #[test]
    fn offsets_are_characters_into_the_document() {
        let text = "第一句。\n湖州市很美。";
        let e = extractor().extract(text);
        let m = e.mentions.iter().find(|m| m.text == "湖州市").expect("found");
        assert_eq!((m.start, m.end), (5, 8));
        assert_eq!(text.chars().skip(m.start).take(m.end - m.start).collect::<String>(), "湖州市");
    }

    #[test]
    fn a_government_is_named_by_its_place_or_level() {
        assert_texts("企业积极响应市政府号召，借力政府资源，落实政府要求。", EntityType::Organization, &["市政府"]);
    }

    #[test]
    fn standard_titles_of_bureaus_libraries_and_military_districts_are_bodies() {
        assert_texts(
            "上海出入境检验检疫局、吴兴区投资促进中心、湖州市图书馆和温州军分区参加。",
            EntityType::Organization,
            &["上海出入境检验检疫局", "吴兴区投资促进中心", "湖州市图书馆", "温州军分区"],
        );
        // A kind of library is no body.
        assert_texts("这里有一座公共图书馆。", EntityType::Organization, &[]);
        // Museums, galleries and archives are public institutions like libraries.
        assert_texts(
            "南浔县博物馆、青溪美术馆和临川市档案馆联合办展。",
            EntityType::Organization,
            &["南浔县博物馆", "青溪美术馆", "临川市档案馆"],
        );
        // Military regions, embassies, publishers, production and construction corps.
        let text = "湖州军区、瑞典大使馆和东湖出版社联合举办活动。新疆生产建设兵团第一师举办活动。";
        let bodies = ["湖州军区", "瑞典大使馆", "东湖出版社", "新疆生产建设兵团"];
        assert_texts(text, EntityType::Organization, &bodies);
        // A body stationed elsewhere is named from the place that sends it, before 驻 or 常驻.
        assert_texts(
            "瑞典驻冰岛使馆和丽水市驻兰州办事处联合举办活动。挪威常驻联合国内罗毕办事处代表发言。",
            EntityType::Organization,
            &["瑞典驻冰岛使馆", "丽水市驻兰州办事处", "挪威常驻联合国内罗毕办事处"],
        );
        // Ages of life that jieba tags as times name whom a body serves.
        assert_texts(
            "丽水市青年创业促进会和衢州市老年大学联合举办活动。",
            EntityType::Organization,
            &["丽水市青年创业促进会", "衢州市老年大学"],
        );
        // A kind of locality and common words name every such place's body, not one.
        assert_texts(
            "乡村学校、社区医院和基层法院都在努力，居民到社区卫生服务中心就诊。",
            EntityType::Organization,
            &[],
        );
        // A special envoy's party is no body.
        assert_texts("日本特使团抵达。", EntityType::Organization, &[]);
        // Academies by their short titles.
        assert_texts("浙江省农科院和中国社科院的专家出席。", EntityType::Organization, &["浙江省农科院", "中国社科院"]);
        // A level alone names its own place's body, as 省委 does.
        assert_texts("省社科院的专家和市科协的代表出席。", EntityType::Organization, &["省社科院", "市科协"]);
    }

    #[test]
    fn a_brand_jieba_cut_between_place_and_industry_belongs_to_the_name() {
        assert_texts("湖南新月电动车有限公司开业。", EntityType::Company, &["湖南新月电动车有限公司"]);
    }

    #[test]
    fn a_brand_before_its_industry_word_is_a_company_not_a_person() {
        assert_texts("对此，华达卫浴总裁王明表示。", EntityType::Company, &["华达卫浴"]);
        assert_texts("对此，华达卫浴总裁王明表示。", EntityType::Person, &["王明"]);
        // An industry word alone in a list of trades is no company.
        assert_texts("陶瓷、卫浴等建材企业。", EntityType::Company, &[]);
    }

    #[test]
    fn split_family_names_join_and_forms_of_address_name_nobody() {
        assert_texts("委员会副主任王石柱介绍说。", EntityType::Person, &["王石柱"]);
        assert_texts("杨先生表示，价格会涨。", EntityType::Person, &[]);
    }

    #[test]
    fn function_characters_glued_to_a_name_are_dropped() {
        assert_texts("而晓清环保的股价上涨。", EntityType::Company, &["晓清环保"]);
        assert_texts("于锡福村开展活动。", EntityType::Place, &["锡福村"]);
    }

    #[test]
    fn landscape_words_and_everyday_words_are_no_places() {
        assert_texts("大山深处的海岛上，白银价格上涨，中非贸易额突破三千亿，推动企业进村。", EntityType::Place, &[]);
        // The same short form is the city where the document names its province.
        assert_texts("甘肃白银的企业。", EntityType::Place, &["甘肃", "白银"]);
    }

    #[test]
    fn a_town_that_reads_as_a_phrase_needs_its_county() {
        // 小城镇, 占城镇 and 于城镇 are towns, but here small towns, 占 城镇 and 于 城镇.
        let text = "广东将农村低保标准占城镇低保标准的比例提高。农村和小城镇急需能源，农村收入增速快于城镇。";
        assert_texts(text, EntityType::Place, &["广东"]);
        assert_texts(
            "河北省邯郸市邱县邱城镇的村民。重庆忠县拔山镇的村民。",
            EntityType::Place,
            &["河北省", "邯郸市", "邱县", "邱城镇", "重庆", "忠县", "拔山镇"],
        );
    }

    #[test]
    fn a_village_whose_head_jieba_glued_to_the_next_word() {
        // 郭桃寨/nr 村人/n, 东山/ns 村民/n: the village is the name and 村.
        assert_texts(
            "他是邱城镇郭桃寨村人。溪口镇东山村民宿主说。",
            EntityType::Place,
            &["邱城镇", "郭桃寨村", "溪口镇", "东山村"],
        );
        // Not a village twice (小岗村 村民), nor a people (藏族 村民).
        assert_texts("小岗村村民和藏族村民都来了。", EntityType::Place, &["小岗村"]);
        // 唐楼/nr 村农民/n.
        assert_texts("大营镇唐楼村农民驾驶农机。", EntityType::Place, &["大营镇", "唐楼村"]);
    }

    #[test]
    fn provinces_named_together_by_their_short_characters_are_a_region() {
        // 苏浙皖/nr is no person; 川/j 渝/j.
        let text = "携手苏浙皖打造策源地；川渝两地合作，湘鄂赣三省联动。";
        assert_texts(text, EntityType::Place, &["苏浙皖", "川渝", "湘鄂赣"]);
    }

    #[test]
    fn a_province_and_a_city_jieba_reads_as_one_word_are_both_places() {
        // 辽宁抚顺/ns, 湖南永州/ns: each short form is a whole word of the pair.
        assert_texts("辽宁抚顺和湖南永州的企业。", EntityType::Place, &["辽宁", "抚顺", "湖南", "永州"]);
    }

    #[test]
    fn a_village_right_after_a_district_jieba_cut_inside() {
        // 奉化/v 区/n 东溪村/nr and 望/v 城区/n 西塘/ns 村/zg: the district ends where the
        // village's name begins.
        assert_texts(
            "奉化区东溪村凭借民宿出名，望城区西塘村依靠特色。",
            EntityType::Place,
            &["奉化区", "东溪村", "望城区", "西塘村"],
        );
    }

    #[test]
    fn a_region_before_a_village_word_is_its_parent_not_its_name() {
        assert_texts("尽显东北雪村冬日韵味。", EntityType::Place, &["东北"]);
    }

    #[test]
    fn transliterated_names_without_a_dot_between_a_title_and_a_cue() {
        // jieba cuts them into a verb and names (扎/v 洛米/nr 娃/ng); a date or an adverb may
        // stand before the cue.
        assert_texts(
            "外交部发言人扎洛米娃21日表示，谈判仍在继续。扎洛米娃还说，各方应保持克制。",
            EntityType::Person,
            &["扎洛米娃", "扎洛米娃"],
        );
        assert_texts("外长托巴耶科夫表示。", EntityType::Person, &["托巴耶科夫"]);
        // Across a middle dot and a word jieba read as a place (米/q 亚斯/ns 托维奇/nr).
        assert_texts("总理阿列克·米亚斯托维奇表示。", EntityType::Person, &["阿列克·米亚斯托维奇"]);
        // A company's short form with a cue of saying is the company.
        assert_texts("卡萨尔斯基股份有限公司销量增长。卡萨尔斯基表示，将扩产。", EntityType::Person, &[]);
    }

    #[test]
    fn transliterated_names_are_whole_without_their_titles() {
        assert_texts("老战士汉弗莱·马库亚纳告诉记者。", EntityType::Person, &["汉弗莱·马库亚纳"]);
        assert_texts("顾问加迪贾·布朗说。", EntityType::Person, &["加迪贾·布朗"]);
        assert_texts("一场詹姆斯·邦德式的冒险。", EntityType::Person, &["詹姆斯·邦德"]);
        // A verb of saying jieba glued to the last part (梅尔说/nr) or to its last character
        // (卡隆达 韦说/v) is no part of the name, nor of the name the dictionary's words leave.
        assert_texts("学员阿米娜·卡隆达韦说，收获很大。", EntityType::Person, &["阿米娜·卡隆达韦"]);
        assert_texts("来自乡镇的图米索·梅尔说，大家学习。", EntityType::Person, &["图米索·梅尔"]);
        assert_texts("约翰·史密斯所说的话。", EntityType::Person, &["约翰·史密斯"]);
        // A double family name joins its names with a hyphen.
        assert_texts("副部长诺拉·佩贝-马库贝在会上表示。", EntityType::Person, &["诺拉·佩贝-马库贝"]);
        // A name that ends the text.
        assert_texts("会见了诺拉·佩贝", EntityType::Person, &["诺拉·佩贝"]);
    }

    #[test]
    fn a_division_whose_name_starts_like_a_particle_keeps_it() {
        assert_texts("和平区人民政府发布通知。", EntityType::Organization, &["和平区人民政府"]);
    }

    #[test]
    fn a_project_named_by_its_owner_runs_across_its_size_and_phases() {
        assert_texts(
            "开工的有恒源集团20万吨合成氨40万吨尿素项目、浙江舟山大桥8万千瓦海上风电场项目。",
            EntityType::Project,
            &["恒源集团20万吨合成氨40万吨尿素项目", "浙江舟山大桥8万千瓦海上风电场项目"],
        );
        assert_texts(
            "推进环湖工业园一期二期和华为研发中心四期项目。",
            EntityType::Project,
            &["环湖工业园一期二期", "华为研发中心四期项目"],
        );
        // A preposition jieba glued to the name is no part of it; a bank's branch is no project.
        assert_texts("线路起自津塘公路互通式立交。", EntityType::Project, &["津塘公路"]);
        assert_texts("各分行、营业管理部，省会城市中心支行。", EntityType::Project, &[]);
        // A quoted name right after its place is named with it, quotes and all.
        assert_texts("杭州市余杭区建设余杭“梦想小镇”。", EntityType::Project, &["余杭“梦想小镇”"]);
        // The centre of a city is a part of it.
        assert_texts("大马士革市中心发生爆炸。", EntityType::Project, &[]);
        // A kind of facility is no name; with a place it is one.
        assert_texts("发展城市轨道交通，扩建国际机场，大部分项目已开工。", EntityType::Project, &[]);
        // A measure word jieba tags as a noun opens no name.
        assert_texts("这是条京沪高铁，也是一条高速铁路。", EntityType::Project, &["京沪高铁"]);
        assert_texts("北京城市副中心建设提速。", EntityType::Project, &["北京城市副中心"]);
        // A panel's generation is a size too.
        assert_texts("深圳华星光电8.5代液晶面板项目开工。", EntityType::Project, &["深圳华星光电8.5代液晶面板项目"]);
        // A year is no size: the park's name does not run back to the city.
        assert_texts("湖州市2023年重点项目", EntityType::Project, &[]);
    }

    #[test]
    fn a_list_of_projects_holds_a_project_among_its_items() {
        // The new district before the list makes no item of the list a project.
        assert_texts("南太湖新区拥有国家游泳中心、重要网络应用项目等设施。", EntityType::Project, &["南太湖新区"]);
    }

    #[test]
    fn a_name_before_an_action_is_a_person_a_count_or_a_glued_word_is_not() {
        assert_texts("李克强一行考察了热电项目。杨洁篪出席开幕式。", EntityType::Person, &["李克强", "杨洁篪"]);
        assert_texts("王晓明率队考察。来宾600余人出席开幕式。", EntityType::Person, &["王晓明"]);
        assert_texts("连战在致辞中说。莫不把主持战略的人物当作核心。", EntityType::Person, &[]);
        assert_texts("管委会主任韩良率滨江新城代表团前往长沙。", EntityType::Person, &["韩良"]);
    }

    #[test]
    fn a_banner_goes_by_its_abbreviation_and_a_list_item_is_no_tail_of_a_name() {
        let f = found("考察了科右前旗恒锐风机制造厂、科右前旗青山集团华康新药业公司。");
        assert!(f.contains(&("科右前旗".into(), EntityType::Place, "科尔沁右翼前旗".into())), "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Company), ["科右前旗青山集团华康新药业公司"], "{f:?}");
        assert_texts(
            "包括一汽丰田、华晨宝马、北京奔驰、一汽奥迪、神龙汽车等合资品牌。",
            EntityType::Company,
            &["一汽丰田", "华晨宝马", "一汽奥迪", "神龙汽车"],
        );
    }

    #[test]
    fn a_cue_reaches_across_a_list_of_names_and_a_listed_name_is_a_person() {
        assert_texts("王晓明、李华、张卫东出席了会议。", EntityType::Person, &["王晓明", "李华", "张卫东"]);
        let f = found("刘延东、张高丽、韩启德、万钢、王志珍出席了开幕式。");
        assert!(has(&f, "万钢", EntityType::Person) && !has(&f, "万钢", EntityType::Company), "{f:?}");
    }

    #[test]
    fn a_county_named_by_an_everyday_word_needs_its_full_name() {
        assert_texts("桂林市立足资源禀赋，发展旅游。", EntityType::Place, &["桂林市"]);
        assert_texts("桂林市资源县的山水，资源的旅游。", EntityType::Place, &["桂林市", "资源县", "资源"]);
    }

    #[test]
    fn the_model_names_no_item_of_a_list_of_things_nor_the_plant_of_a_company() {
        assert_texts("子女教育、医疗、住房、社保、医保、公积金等政策。", EntityType::Company, &[]);
        assert_texts(
            "银翼天擎（雄安）空间科技有限公司卫星智能制造车间内，韦鹏正与科研人员抓紧。",
            EntityType::Company,
            &["银翼天擎（雄安）空间科技有限公司"],
        );
    }

    #[test]
    fn a_faculty_joins_two_fields_with_yu() {
        assert_texts("广西大学新闻与传播学院院长王仕远介绍。", EntityType::Organization, &["广西大学新闻与传播学院"]);
        assert_texts("湖州市政府与浙江大学研究院签约。", EntityType::Organization, &["湖州市政府", "浙江大学研究院"]);
        assert_texts("猪舍与实验室都已建成。", EntityType::Organization, &[]);
    }

    #[test]
    fn names_only_inside_a_document_title_are_not_entities() {
        let f = found("会议学习了《国务院关于加快发展养老服务业的若干意见》。《浙江日报》报道了此事。");
        assert_eq!(texts_of(&f, EntityType::Organization), ["浙江日报"], "{f:?}");
    }

    #[test]
    fn a_listed_brand_jieba_cut_in_two_is_one_company() {
        assert_texts(
            "沐晖股份、英硕智能、壁岩科技、天枢智芯、稀岩科技等人工智能与集成电路科创企业密集登陆科创板。",
            EntityType::Company,
            &["沐晖股份", "英硕智能", "壁岩科技", "天枢智芯", "稀岩科技"],
        );
    }

    #[test]
    fn a_registered_name_runs_across_a_bracketed_place_to_its_brand() {
        assert_texts(
            "与恒泰(宁波)投资建设发展有限公司、汉升电梯(中国)投资有限公司签约。",
            EntityType::Company,
            &["恒泰(宁波)投资建设发展有限公司", "汉升电梯(中国)投资有限公司"],
        );
        // A bracket that holds no place is no part of a name (下称, 化名).
        let f = found("李元(化名)是锦湖轮胎有限公司的员工。");
        assert!(!f.iter().any(|(t, _, _)| t.contains("化名")), "{f:?}");
    }

    #[test]
    fn a_long_quoted_ranking_without_a_break_hides_its_places() {
        assert_texts("余姚市入选“2023年度宁波市营商环境群众满意度综合前20强”。", EntityType::Place, &["余姚市"]);
        // Speech, broken by commas, still names its places.
        assert_texts("他说：“我们在湖州，发展很好，湖州的环境越来越好。”", EntityType::Place, &["湖州", "湖州"]);
    }

    #[test]
    fn a_given_name_jieba_cut_short_is_whole() {
        assert_texts("自治区副主席赵双林出席开工仪式。", EntityType::Person, &["赵双林"]);
        assert_texts("农场负责人李学岚说，今年收成好。", EntityType::Person, &["李学岚"]);
        // A word after the name is that word (王勇 已在, 柳歌 参与).
        assert_texts("本报记者柳歌参与采写。局长王坚正在调研。", EntityType::Person, &["柳歌", "王坚"]);
    }

    #[test]
    fn counts_and_hong_kong_make_no_projects() {
        assert_texts("各大牌扎堆来港，一次抗旱工程完工。", EntityType::Project, &[]);
        assert_texts("坚持爱国者治港，团结爱国爱港力量。", EntityType::Project, &[]);
    }

    #[test]
    fn deadlocks_kinds_of_hospital_and_glued_prepositions_name_no_organization() {
        assert_texts("涨价已成定局，公立医院和乡镇卫生院都陷入困局。", EntityType::Organization, &[]);
        // Nor a draw, nor a verb the model reads as a society (学会 了).
        assert_texts("两队战成平局，科斯塔学会了耐心。", EntityType::Organization, &[]);
        assert_texts("本月19日，业委会向市住建局反映情况。", EntityType::Organization, &["住建局"]);
    }

    #[test]
    fn lists_of_fields_and_groups_of_interest_name_no_companies() {
        assert_texts(
            "广泛涉足多晶硅、薄膜、组件等领域的光伏企业，犯罪集团和利益集团受阻，三大公司表态。",
            EntityType::Company,
            &[],
        );
    }

    #[test]
    fn a_company_name_starts_after_verbs_and_glued_prepositions() {
        assert_texts(
            "记者今日联系华鼎科技有限公司。该项目由山钢集团承建。",
            EntityType::Company,
            &["华鼎科技有限公司", "山钢集团"],
        );
    }

    #[test]
    fn a_country_or_province_names_a_network_of_lines_not_a_line() {
        assert_texts(
            "摩洛哥高铁开通。福建省高速公路通车。温州高铁开工。货运铁路繁忙。",
            EntityType::Project,
            &["温州高铁"],
        );
        // Also in general words after the place, and then the places listed before it stay
        // places.
        let text = "受大雾影响封闭的河北、江苏、四川境内局部高速公路路段已恢复通行。";
        assert_texts(text, EntityType::Project, &[]);
        assert_texts(text, EntityType::Place, &["河北", "江苏", "四川"]);
    }

    #[test]
    fn a_byline_line_names_persons_spaced_out_or_after_a_title() {
        // A name of two characters is spaced out to the width of three; a title may lead.
        let f = found("乡村振兴新观察\n柯  琰\n本报记者  程  朗  许晓岚\n服 务 电 话\n");
        assert_eq!(texts_of(&f, EntityType::Person), ["柯  琰", "程  朗", "许晓岚"], "{f:?}");
        // Titles may stand between the names, and a spaced name may follow a title in running text.
        let f = found("记者 韦 岚 通讯员 许晓岚\n本报讯（记者 柯 琰）昨日，市里召开会议。");
        assert_eq!(texts_of(&f, EntityType::Person), ["韦 岚", "许晓岚", "柯 琰"], "{f:?}");
        // Spaced wider after a title, with the photo credit glued to the given name; the name
        // is the name without its spaces.
        let f = found("图为会场。\n新华社记者  柏  澜摄");
        let persons: Vec<_> = f.iter().filter(|(_, k, _)| *k == EntityType::Person).collect();
        assert_eq!(persons, [&("柏  澜".to_owned(), EntityType::Person, "柏澜".to_owned())], "{f:?}");
    }

    #[test]
    fn a_byline_in_brackets_is_no_part_of_a_company_name() {
        let f = found("新华社芝加哥1月30日电（记者王晓明）美国波音公司30日宣布。");
        assert_eq!(texts_of(&f, EntityType::Company), ["美国波音公司"], "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Person), ["王晓明"], "{f:?}");
    }

    #[test]
    fn a_describing_word_before_a_company_is_no_part_of_its_name() {
        let text = "汽车零部件供应商恒锐公司宣布。中国空调企业凯美集团回应。";
        assert_texts(text, EntityType::Company, &["恒锐公司", "凯美集团"]);
        // 企业 before a business word is the business (企业管理咨询).
        let text = "上海辅明企业管理咨询有限公司成立。";
        assert_texts(text, EntityType::Company, &["上海辅明企业管理咨询有限公司"]);
    }

    #[test]
    fn counts_of_vehicles_and_words_of_distance_or_belonging_open_no_name() {
        let text = "一架隶属于英国汤姆森航空公司的客机降落。警方在距离机场不远处发现嫌疑人。";
        let f = found(text);
        assert_eq!(texts_of(&f, EntityType::Company), ["英国汤姆森航空公司"], "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Project), Vec::<&str>::new(), "{f:?}");
    }

    #[test]
    fn a_central_bank_is_an_organization_and_interbank_names_no_bank() {
        let f = found("欧洲中央银行宣布降息。上海银行间同业拆放利率上升。人民银行成都分行发布数据。");
        assert_eq!(texts_of(&f, EntityType::Organization), ["欧洲中央银行", "人民银行成都分行"], "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Company), Vec::<&str>::new(), "{f:?}");
    }

    #[test]
    fn the_model_names_no_company_that_opens_with_a_pronoun() {
        assert_texts("某国有银行零售部高管告诉记者。", EntityType::Company, &[]);
    }

    #[test]
    fn a_group_of_countries_is_an_organization_not_a_company() {
        let f = found("双方同意加强在二十国集团、金砖国家等机制中的协调。");
        assert_eq!(texts_of(&f, EntityType::Organization), ["二十国集团"], "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Company), Vec::<String>::new(), "{f:?}");
    }

    #[test]
    fn a_count_of_the_biggest_makes_a_kind_the_brand_before_it_belongs_to() {
        let text = "随后莎蔻雅两大化妆品集团涨价，东部五大发电集团也涨价。";
        assert_texts(text, EntityType::Company, &["莎蔻雅"]);
    }

    #[test]
    fn a_companys_department_is_the_companys_but_its_party_committees_is_a_body() {
        let f = found("杭州鹤鸣电器有限公司销售部经理表示。江滨公司市场部经理表示。某钢集团党委宣传部部长表示。");
        assert_eq!(texts_of(&f, EntityType::Company), ["杭州鹤鸣电器有限公司", "江滨公司"], "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Organization), ["某钢集团党委宣传部"], "{f:?}");
    }

    #[test]
    fn a_broker_is_named_by_a_region_or_city_alone_but_no_market_is() {
        let text = "西北证券、绍兴证券发布公告。中国证券市场发展迅速，上海证券交易所开市。";
        assert_texts(text, EntityType::Company, &["西北证券", "绍兴证券", "上海证券交易所"]);
    }

    #[test]
    fn insurance_after_common_words_is_a_kind_of_policy_not_an_insurer() {
        let text = "发展与基本医疗保险相衔接的商业健康保险，推广渔业保险。新型农村养老保险将与城镇职工养老保险衔接。";
        assert_texts(text, EntityType::Company, &[]);
        // An insurer is named by its place or brand.
        assert_texts("中国人寿保险在湖州设点。", EntityType::Company, &["中国人寿保险"]);
    }

    #[test]
    fn a_short_name_quoted_after_its_place_is_a_project_even_with_a_weak_head() {
        assert_texts("以海宁“时尚谷”为支点。", EntityType::Project, &["海宁“时尚谷”"]);
        // A longer quote is a slogan.
        assert_texts("浙江实现“县县通高铁”。", EntityType::Project, &[]);
    }

    #[test]
    fn a_head_inside_a_compound_word_gives_no_name() {
        // 加工厂/nt and 超高速/nz hold the head after one character: a kind and a speed.
        let text = "当地在食品加工厂投资。掌握了高速切削技术、难加工材料超高速磨削技术。急于上马煤化工项目。";
        assert_texts(text, EntityType::Project, &[]);
        // A one-character head keeps its word, and a head the word only opens counts as before.
        assert_texts("武汉新港建设加快。", EntityType::Project, &["武汉新港"]);
    }

    #[test]
    fn a_superlative_or_a_call_to_act_describes_a_facility_it_does_not_name() {
        assert_texts("全国最大海上风电场全部投产。当地大力发展新能源项目。", EntityType::Project, &[]);
        let f = found("要大力宣传东北地区老工业基地振兴。");
        assert!(!f.iter().any(|(t, _, _)| t.starts_with("大力")), "{f:?}");
    }

    #[test]
    fn user_dictionary_and_stop_list() {
        let user = UserKnowledge::new(
            vec![("星河能源".into(), EntityType::Company, vec!["星河".into()])],
            ["湖州市".to_string()].into_iter().collect(),
        );
        let ex = Extractor::new(user);
        let f: Vec<_> =
            ex.extract("星河在湖州市投资。").mentions.into_iter().map(|m| (m.text, m.kind, m.name)).collect();
        assert_eq!(f, [("星河".to_string(), EntityType::Company, "星河能源".to_string())]);
    }

    #[test]
    fn a_project_goes_by_its_name_without_xiangmu_over_the_brand_inside_it() {
        let f = found("浙江恒丰装备有限公司投资建设恒丰挖掘机项目。今年推进恒丰挖掘机等一批重点项目，恒丰也在扩产。");
        assert_eq!(texts_of(&f, EntityType::Project), ["恒丰挖掘机项目", "恒丰挖掘机"], "{f:?}");
        assert!(f.iter().any(|(t, _, n)| t == "恒丰挖掘机" && n == "恒丰挖掘机项目"), "{f:?}");
        assert_eq!(texts_of(&f, EntityType::Company), ["浙江恒丰装备有限公司", "恒丰"], "{f:?}");
        // A stem that reads as a company stays the company (吉利汽车 of 吉利汽车项目).
        assert_texts(
            "湖州吉祥汽车有限公司的吉祥汽车项目开工。吉祥汽车等企业参加。",
            EntityType::Project,
            &["吉祥汽车项目"],
        );
    }

    #[test]
    fn departments_join_fields_with_he_and_come_apart_from_the_title_after_them() {
        assert_texts(
            "龙岗区工业和信息化局局长说，市住房和城乡建设局、省文化和旅游厅、龙岗区科技创新局联合发文。",
            EntityType::Organization,
            &["龙岗区工业和信息化局", "市住房和城乡建设局", "省文化和旅游厅", "龙岗区科技创新局"],
        );
        assert_texts("龙岗区委书记黄湘明说。", EntityType::Organization, &["龙岗区委"]);
        // 部门 is any department, and a verb of going before an office names none.
        assert_texts("住房和城乡建设部门要加强监管，他回到办公室。", EntityType::Organization, &[]);
    }

    #[test]
    fn public_bodies_with_standard_titles_numbers_and_the_state() {
        assert_texts(
            "湖州市退役军人事务局、长兴县行政审批服务局、湖州市疾病预防控制中心和湖州市妇幼保健院联合发文。",
            EntityType::Organization,
            &["湖州市退役军人事务局", "长兴县行政审批服务局", "湖州市疾病预防控制中心", "湖州市妇幼保健院"],
        );
        assert_texts(
            "湖州市第一人民医院、湖州市科协、浙江省残联、湖州市文明办参加。",
            EntityType::Organization,
            &["湖州市第一人民医院", "湖州市科协", "浙江省残联", "湖州市文明办"],
        );
        // A merged department joins the short names of its fields.
        assert_texts("德清县发改经信局牵头。", EntityType::Organization, &["德清县发改经信局"]);
        // A national body keeps 国家; 国家部委 and a ministry are named as before.
        assert_texts(
            "国家卫生健康委、国家市场监管总局和商务部表示，国家部委将加强指导。",
            EntityType::Organization,
            &["国家卫生健康委", "国家市场监管总局", "商务部"],
        );
        // A function word jieba tags as a family name, or glues to 经, opens no name.
        assert_texts(
            "林淑芬说连国台办都知道。后经苏州市疾病预防控制中心诊断为中毒。",
            EntityType::Organization,
            &["国台办", "苏州市疾病预防控制中心"],
        );
    }

    #[test]
    fn the_model_names_a_government_by_its_place_or_leader_only() {
        assert_texts(
            "美国政府和日本政府表示反对，拜登政府宣布制裁。",
            EntityType::Organization,
            &["美国政府", "日本政府", "拜登政府"],
        );
        assert_texts("他说，党和政府高度重视民生。", EntityType::Organization, &[]);
    }

    #[test]
    fn the_model_names_no_person_that_ends_in_a_glued_function_character() {
        assert_texts("”杨洪对《每日经济新闻》表示。", EntityType::Person, &[]);
    }

    #[test]
    fn a_brand_jieba_cut_before_a_verb_is_whole_in_a_list_of_companies() {
        assert_texts(
            "卓翼科技、星驰聚能、智必选等机器人上市公司茁壮成长。",
            EntityType::Company,
            &["卓翼科技", "星驰聚能", "智必选"],
        );
        // Not where nothing says the list names companies.
        assert_texts("要做到智必选、必做、可选。", EntityType::Company, &[]);
    }

    #[test]
    fn a_family_name_before_a_word_jieba_takes_for_a_place_is_a_person() {
        assert_texts("大户魏福海流转了土地。", EntityType::Person, &["魏福海"]);
        assert_texts("大户魏福海流转了土地。", EntityType::Place, &[]);
        // Not without a verb after it: the place stays a place.
        assert_texts("他在福海县工作，福海的冬天很冷。", EntityType::Person, &[]);
    }

    #[test]
    fn a_strait_is_a_place() {
        assert_texts("继续实施琼州海峡“预约过海”，海峡两岸关系。", EntityType::Place, &["琼州海峡"]);
    }

    #[test]
    fn a_place_before_shuiku_names_the_reservoir() {
        // Also a township's name the gazetteer holds that jieba takes for a person's (洪田/nr).
        assert_texts("永安市洪田水库开闸放水。", EntityType::Place, &["永安市", "洪田水库"]);
        assert_texts("天目山山脚下的青龙水库举办了放鱼仪式。", EntityType::Place, &["天目山", "青龙水库"]);
    }

    #[test]
    fn an_organization_does_not_start_with_the_tense_of_a_post_nor_after_a_count() {
        assert_texts(
            "时任广东省外经贸厅公平贸易局局长的李明表示。",
            EntityType::Organization,
            &["广东省外经贸厅公平贸易局"],
        );
        // Nor with a level a count before it counts (两国, 各部委).
        assert_texts("巴方希望加强两国高层协调委员会机制。", EntityType::Organization, &[]);
    }
}
