//! The place gazetteer: China's administrative divisions (province to town) and the other
//! places of `data/places.tsv`, with the short forms people write (湖州 for 湖州市), matched
//! with one Aho-Corasick automaton.
//!
//! The gazetteer only finds and describes candidates; which of several same-named places a
//! document means, and whether a short form is a place at all, is decided in `place.rs`.

use std::collections::HashMap;

use daachorse::CharwiseDoubleArrayAhoCorasick;
use serde::{Deserialize, Serialize};

/// Administrative divisions, one `code<TAB>name` per line (see `data/README.md`).
const DIVISIONS: &str = include_str!("../../data/divisions.tsv");
/// Countries, regions, waters, mountains and world cities.
const OTHER_PLACES: &str = include_str!("../../data/places.tsv");
/// China's 56 ethnic groups, stripped from autonomous areas' names for their short forms.
const ETHNIC_GROUPS: &str = include_str!("../../data/lexicon/ethnic_groups.txt");

/// How big a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceLevel {
    /// A country or territory.
    Country,
    /// A province, autonomous region or municipality.
    Province,
    /// A prefecture-level city (or a well-known city abroad).
    City,
    /// A county, county-level city or district.
    District,
    /// A town, township or subdistrict (镇, 乡, 街道).
    Town,
    /// A village or community (村, 社区).
    Village,
    /// A region spanning divisions (长三角).
    Region,
    /// A river, lake or sea.
    Water,
    /// A mountain.
    Mountain,
    /// An existing named venue or site.
    Landmark,
}

impl PlaceLevel {
    /// The level's name as written in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::Province => "province",
            Self::City => "city",
            Self::District => "district",
            Self::Town => "town",
            Self::Village => "village",
            Self::Region => "region",
            Self::Water => "water",
            Self::Mountain => "mountain",
            Self::Landmark => "landmark",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "country" => Self::Country,
            "province" => Self::Province,
            "city" => Self::City,
            "district" => Self::District,
            "town" => Self::Town,
            "village" => Self::Village,
            "region" => Self::Region,
            "water" => Self::Water,
            "mountain" => Self::Mountain,
            "landmark" => Self::Landmark,
            _ => return None,
        })
    }
}

/// Index of a place in the gazetteer.
pub type PlaceId = u32;

/// A place of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The official or usual full name (湖州市).
    pub name: String,
    /// Its level.
    pub level: PlaceLevel,
    /// The statistical division code, for Chinese divisions.
    pub code: Option<String>,
    /// The division it belongs to.
    pub parent: Option<PlaceId>,
}

/// One of the places a written form may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The place.
    pub place: PlaceId,
    /// True when the form is a short form (湖州 for 湖州市), false for the full name or an
    /// alias listed in the data.
    pub short: bool,
}

/// A gazetteer form found in a text, by byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormMatch {
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset one past the end.
    pub byte_end: usize,
    /// Index of the form, for [`Gazetteer::readings`].
    pub form: u32,
}

/// All places and their written forms.
pub struct Gazetteer {
    places: Vec<Place>,
    /// Abbreviations that are names of their own (科右前旗), for the segmenter.
    abbreviations: Vec<String>,
    readings: Vec<Vec<Reading>>,
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gazetteer({} places, {} forms)", self.places.len(), self.readings.len())
    }
}

impl Gazetteer {
    /// Builds the gazetteer from the embedded data.
    pub fn new() -> Self {
        let ethnic: Vec<&str> = ETHNIC_GROUPS.split_whitespace().filter(|w| !w.starts_with('#')).collect();
        let mut places = Vec::new();
        let mut abbreviations = Vec::new();
        let mut by_code: HashMap<&str, PlaceId> = HashMap::new();
        let mut forms: Vec<String> = Vec::new();
        let mut form_ids: HashMap<String, u32> = HashMap::new();
        let mut readings: Vec<Vec<Reading>> = Vec::new();
        let mut add_form = |text: &str, reading: Reading, readings: &mut Vec<Vec<Reading>>| {
            let id = *form_ids.entry(text.to_owned()).or_insert_with(|| {
                forms.push(text.to_owned());
                readings.push(Vec::new());
                (forms.len() - 1) as u32
            });
            let list = &mut readings[id as usize];
            if !list.iter().any(|r| r.place == reading.place) {
                list.push(reading);
            }
        };
        for line in DIVISIONS.lines() {
            let Some((code, name)) = line.split_once('\t') else { continue };
            let level = match code.len() {
                2 => PlaceLevel::Province,
                4 => PlaceLevel::City,
                6 => PlaceLevel::District,
                _ => PlaceLevel::Town,
            };
            let parent = parent_code(code).and_then(|p| {
                by_code.get(p).copied().or_else(|| parent_code(p).and_then(|pp| by_code.get(pp).copied()))
            });
            let id = places.len() as PlaceId;
            by_code.insert(code, id);
            places.push(Place { name: name.to_owned(), level, code: Some(code.to_owned()), parent });
            add_form(name, Reading { place: id, short: false }, &mut readings);
            for short in short_forms(name, level, &ethnic) {
                add_form(&short, Reading { place: id, short: true }, &mut readings);
            }
            if let Some(abbreviation) = banner_abbreviation(name) {
                add_form(&abbreviation, Reading { place: id, short: false }, &mut readings);
                abbreviations.push(abbreviation);
            }
        }
        for line in OTHER_PLACES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut cols = line.split('\t');
            let (Some(name), Some(level)) = (cols.next(), cols.next().and_then(PlaceLevel::from_name)) else {
                continue;
            };
            let id = places.len() as PlaceId;
            places.push(Place { name: name.to_owned(), level, code: None, parent: None });
            add_form(name, Reading { place: id, short: false }, &mut readings);
            for alias in cols.next().unwrap_or("").split(',').filter(|a| !a.is_empty()) {
                add_form(alias, Reading { place: id, short: false }, &mut readings);
            }
        }
        let automaton = CharwiseDoubleArrayAhoCorasick::with_values(forms.iter().zip(0u32..))
            .expect("gazetteer forms build an automaton");
        Self { places, abbreviations, readings, automaton }
    }

    /// The place with this id.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id as usize]
    }

    /// The places a matched form may name.
    pub fn readings(&self, form: u32) -> &[Reading] {
        &self.readings[form as usize]
    }

    /// True when the whole of `text` is a gazetteer form (湖州, 苏州市).
    pub fn is_form(&self, text: &str) -> bool {
        self.find_all(text).iter().any(|m| m.byte_start == 0 && m.byte_end == text.len())
    }

    /// Every gazetteer form in `text`, overlapping ones included.
    pub fn find_all(&self, text: &str) -> Vec<FormMatch> {
        self.automaton
            .find_overlapping_iter(text)
            .map(|m| FormMatch { byte_start: m.start(), byte_end: m.end(), form: m.value() })
            .collect()
    }

    /// The place and its ancestors, nearest first.
    pub fn ancestors(&self, id: PlaceId) -> impl Iterator<Item = PlaceId> + '_ {
        std::iter::successors(Some(id), move |&p| self.place(p).parent)
    }

    /// Every full name and short form with its tag, for the segmenter's dictionary.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        // Only towns: jieba knows the larger divisions, and adding 兴城市 would make it cut
        // 新兴城市 as 新/兴城市.
        self.places
            .iter()
            .filter(|p| p.level == PlaceLevel::Town && p.name.chars().count() >= 3)
            .map(|p| p.name.as_str())
            .chain(self.abbreviations.iter().map(String::as_str))
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

/// The code of the division above: 330502100 → 330502 → 3305 → 33.
fn parent_code(code: &str) -> Option<&str> {
    match code.len() {
        9 => Some(&code[..6]),
        6 => Some(&code[..4]),
        4 => Some(&code[..2]),
        _ => None,
    }
}

/// Suffixes that short forms drop, by level, longest first.
const PROVINCE_SUFFIXES: &[&str] = &["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"];
const CITY_SUFFIXES: &[&str] = &["自治州", "地区", "市", "盟"];
const DISTRICT_SUFFIXES: &[&str] = &["自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗"];
const TOWN_SUFFIXES: &[&str] = &["街道", "镇", "乡", "苏木"];

/// The short forms of a division's name: 湖州市 → 湖州, 阿坝藏族羌族自治州 → 阿坝,
/// 织里镇 → 织里. A short form keeps at least two characters.
pub fn short_forms(name: &str, level: PlaceLevel, ethnic: &[&str]) -> Vec<String> {
    let suffixes = match level {
        PlaceLevel::Province => PROVINCE_SUFFIXES,
        PlaceLevel::City => CITY_SUFFIXES,
        PlaceLevel::District => DISTRICT_SUFFIXES,
        PlaceLevel::Town => TOWN_SUFFIXES,
        _ => return Vec::new(),
    };
    let Some(mut stem) = suffixes.iter().find_map(|s| name.strip_suffix(s)) else {
        return Vec::new();
    };
    // Peel ethnic group names off autonomous areas: 阿坝藏族羌族 → 阿坝, 长阳土家族 → 长阳.
    while let Some(shorter) = ethnic.iter().find_map(|e| stem.strip_suffix(e)) {
        if shorter.chars().count() < 2 {
            break;
        }
        stem = shorter;
    }
    if stem.chars().count() >= 2 && stem != name { vec![stem.to_owned()] } else { Vec::new() }
}

/// The abbreviation of a banner of a wing: its first character, the wing's side and its
/// position (科尔沁右翼前旗 → 科右前旗, 察哈尔右翼中旗 → 察右中旗): a full name of its own,
/// ending in its level word.
pub fn banner_abbreviation(name: &str) -> Option<String> {
    let rest = name.strip_suffix('旗')?;
    let chars: Vec<char> = rest.chars().collect();
    let n = chars.len();
    if n < 4 || chars[n - 2] != '翼' || !matches!(chars[n - 3], '左' | '右') || !"前中后".contains(chars[n - 1]) {
        return None;
    }
    Some([chars[0], chars[n - 3], chars[n - 1], '旗'].iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ethnic() -> Vec<&'static str> {
        ETHNIC_GROUPS.split_whitespace().filter(|w| !w.starts_with('#')).collect()
    }

    #[test]
    fn short_forms_drop_level_words() {
        let e = ethnic();
        assert_eq!(short_forms("湖州市", PlaceLevel::City, &e), ["湖州"]);
        assert_eq!(short_forms("吴兴区", PlaceLevel::District, &e), ["吴兴"]);
        assert_eq!(short_forms("织里镇", PlaceLevel::Town, &e), ["织里"]);
        assert_eq!(short_forms("朝阳街道", PlaceLevel::Town, &e), ["朝阳"]);
        assert_eq!(short_forms("阿坝藏族羌族自治州", PlaceLevel::City, &e), ["阿坝"]);
        assert_eq!(short_forms("广西壮族自治区", PlaceLevel::Province, &e), ["广西"]);
        assert_eq!(short_forms("长阳土家族自治县", PlaceLevel::District, &e), ["长阳"]);
        assert!(short_forms("沙县", PlaceLevel::District, &e).is_empty());
        assert_eq!(banner_abbreviation("科尔沁右翼前旗").as_deref(), Some("科右前旗"));
        assert_eq!(banner_abbreviation("杭锦后旗"), None);
    }

    #[test]
    fn finds_divisions_with_codes_and_parents() {
        let g = Gazetteer::new();
        let text = "湖州市吴兴区织里镇";
        let found: Vec<&str> = g.find_all(text).iter().map(|m| &text[m.byte_start..m.byte_end]).collect();
        assert!(found.contains(&"织里镇") && found.contains(&"吴兴区") && found.contains(&"湖州"), "{found:?}");
        let m = g.find_all(text).into_iter().find(|m| &text[m.byte_start..m.byte_end] == "织里镇").expect("town");
        let town = g.readings(m.form)[0].place;
        let names: Vec<&str> = g.ancestors(town).map(|p| g.place(p).name.as_str()).collect();
        assert_eq!(names, ["织里镇", "吴兴区", "湖州市", "浙江省"]);
        assert_eq!(g.place(town).code.as_deref(), Some("330502100"));
    }
}
