//! The word lists the recognisers share, loaded from `data/lexicon/`: organisational forms,
//! industry words, heads of organization and project names, person cues, surnames, generic
//! modifiers and stop words. General knowledge only: no list names a particular entity.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How strongly a project head marks a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadStrength {
    /// Any specific modifier makes a project (产业园, 新城).
    Strong,
    /// The modifier must hold a proper name, place or company (项目, 中心).
    Weak,
}

/// Where a person cue stands relative to the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueSide {
    /// The cue may come before the name (记者 张三).
    pub before: bool,
    /// The cue may come after the name (张三 摄).
    pub after: bool,
    /// The cue is an action many nouns also take (出席, 一行) or a title that also heads other
    /// words (会长, 专家): it confirms a word jieba tags as a name, never a run of characters
    /// next to it.
    pub tagged_only: bool,
    /// The cue counts only right next to the name (总统 普京), not a few words away: a title
    /// that also names the office in other sentences (总统 发来 贺函).
    pub adjacent: bool,
    /// The cue is a role anyone may have (村民, 农民): it confirms no dictionary word of two
    /// characters, which after it is a thing as often as a name (农民 玉米).
    pub role: bool,
}

/// A set of words looked up by the end of a text: which of them the text ends with, longest
/// first, walking a trie of the words read backwards one character at a time (most texts stop
/// at their last character).
#[derive(Debug, Clone)]
pub struct SuffixIndex {
    /// The trie's edges: (node, character) to the node one character further back.
    children: rustc_hash::FxHashMap<(u32, char), u32>,
    /// For each node, the word that ends there, if one does.
    words: Vec<Option<&'static str>>,
}

impl Default for SuffixIndex {
    fn default() -> Self {
        Self { children: Default::default(), words: vec![None] }
    }
}

impl SuffixIndex {
    /// Indexes `words`.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w &'static str>) -> Self {
        let mut index = Self::default();
        for &w in words {
            let mut node = 0u32;
            for c in w.chars().rev() {
                let next = index.words.len() as u32;
                node = *index.children.entry((node, c)).or_insert(next);
                if node == next {
                    index.words.push(None);
                }
            }
            if node != 0 {
                index.words[node as usize] = Some(w);
            }
        }
        index
    }

    /// The longest word of the set that `text` ends with.
    pub fn longest_suffix(&self, text: &str) -> Option<&'static str> {
        let mut node = 0u32;
        let mut longest = None;
        for c in text.chars().rev() {
            match self.children.get(&(node, c)) {
                Some(&next) => node = next,
                None => break,
            }
            longest = self.words[node as usize].or(longest);
        }
        longest
    }
}

/// All word lists, parsed once.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Organisational forms that end a company name (有限公司).
    pub company_forms: Vec<&'static str>,
    /// Industry words (科技, 重工).
    pub industries: HashSet<&'static str>,
    /// Industry words that end a company's short name after a brand (重工 in 三一重工).
    pub short_name_heads: HashSet<&'static str>,
    /// Words of a company's relation or role that stand before its name (大股东, 被告, 中标人).
    pub company_relations: HashSet<&'static str>,
    /// Heads of organization names (局, 研究院).
    pub organization_heads: Vec<&'static str>,
    /// Government bodies known by their short names (省委, 区政府).
    pub organization_names: HashSet<&'static str>,
    /// Bodies by short name that no place before them belongs to (联合国, 新华社).
    pub unplaced_bodies: HashSet<&'static str>,
    /// Companies by short forms no rule reads (工行, 招行).
    pub company_names: HashSet<&'static str>,
    /// Heads of project names and how strong they are.
    pub project_heads: HashMap<&'static str, HeadStrength>,
    /// `company_forms` by suffix.
    pub company_form_index: SuffixIndex,
    /// `organization_heads` by suffix.
    pub organization_head_index: SuffixIndex,
    /// `project_heads` by suffix.
    pub project_head_index: SuffixIndex,
    /// Person cues.
    pub person_cues: HashMap<&'static str, CueSide>,
    /// Family names, single and compound.
    pub surnames: HashSet<&'static str>,
    /// Modifiers that make a phrase generic (上市, 重点).
    pub generic: HashSet<&'static str>,
    /// Words a name never starts with or runs across.
    pub stop_words: HashSet<&'static str>,
    /// Government departments whose names jieba cuts at 和 (住房和城乡建设局), for the segmenter.
    pub departments: Vec<&'static str>,
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn words(text: &'static str) -> impl Iterator<Item = &'static str> {
    lines(text).flat_map(str::split_whitespace)
}

impl Lexicon {
    /// Parses the embedded lists.
    pub fn new() -> Self {
        let mut company_forms: Vec<&str> = words(include_str!("../../data/lexicon/company_forms.txt")).collect();
        company_forms.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mut organization_heads: Vec<&str> =
            words(include_str!("../../data/lexicon/organization_heads.txt")).collect();
        organization_heads.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let project_heads = lines(include_str!("../../data/lexicon/project_heads.txt"))
            .filter_map(|l| {
                let (word, strength) = l.split_once('\t')?;
                Some((word, if strength.trim() == "strong" { HeadStrength::Strong } else { HeadStrength::Weak }))
            })
            .collect();
        let person_cues = lines(include_str!("../../data/lexicon/person_cues.txt"))
            .filter_map(|l| {
                let (word, side) = l.split_once('\t')?;
                let side = side.trim();
                let side = CueSide {
                    before: matches!(side, "before" | "both" | "title" | "role"),
                    after: !matches!(side, "before" | "title" | "role"),
                    tagged_only: matches!(side, "action" | "title" | "role"),
                    adjacent: matches!(side, "title" | "role"),
                    role: side == "role",
                };
                Some((word, side))
            })
            .collect();
        let project_heads: HashMap<&'static str, HeadStrength> = project_heads;
        Self {
            company_form_index: SuffixIndex::new(&company_forms),
            organization_head_index: SuffixIndex::new(&organization_heads),
            project_head_index: SuffixIndex::new(project_heads.keys()),
            company_forms,
            industries: words(include_str!("../../data/lexicon/company_industries.txt")).collect(),
            short_name_heads: words(include_str!("../../data/lexicon/company_short_heads.txt")).collect(),
            company_relations: words(include_str!("../../data/lexicon/company_relations.txt")).collect(),
            organization_heads,
            organization_names: words(include_str!("../../data/lexicon/organization_names.txt")).collect(),
            unplaced_bodies: words(include_str!("../../data/lexicon/unplaced_bodies.txt")).collect(),
            company_names: words(include_str!("../../data/lexicon/company_names.txt")).collect(),
            project_heads,
            person_cues,
            surnames: words(include_str!("../../data/lexicon/surnames.txt")).collect(),
            generic: words(include_str!("../../data/lexicon/generic_modifiers.txt")).collect(),
            stop_words: words(include_str!("../../data/lexicon/stop_words.txt")).collect(),
            departments: words(include_str!("../../data/lexicon/government_departments.txt")).collect(),
        }
    }

    /// The person cues `word` is or ends in, by its tails of two characters or more (书记; 本报
    /// 记者 by 记者, 总队长 by 队长).
    pub fn cues_ending<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a CueSide> + 'a {
        word.char_indices()
            .filter(move |&(b, _)| b == 0 || word[b..].chars().count() >= 2)
            .filter_map(move |(b, _)| self.person_cues.get(&word[b..]))
    }

    /// True when `word` is or ends in a title or role that comes before a person's name (人大代表,
    /// 政协委员, 交警): a person's office, not a company or body.
    pub fn is_title(&self, word: &str) -> bool {
        self.cues_ending(word).any(|c| c.before)
    }

    /// True when `word` is or ends in an office or title before a person's name, not a role
    /// anyone may have (副总经理, 外长; not 村民).
    pub fn is_office(&self, word: &str) -> bool {
        self.cues_ending(word).any(|c| c.before && !c.role)
    }

    /// The family name `name` starts with, compound names first.
    pub fn surname_of<'a>(&self, name: &'a str) -> Option<&'a str> {
        let mut ends = name.char_indices().map(|(i, _)| i).skip(1).chain(std::iter::once(name.len()));
        let one = ends.next()?;
        let two = ends.next();
        if let Some(two) = two {
            if self.surnames.contains(&name[..two]) {
                return Some(&name[..two]);
            }
        }
        self.surnames.contains(&name[..one]).then(|| &name[..one])
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unplaced_body_is_a_body_by_its_short_name() {
        let lex = Lexicon::new();
        let strays: Vec<&&str> = lex.unplaced_bodies.iter().filter(|b| !lex.organization_names.contains(*b)).collect();
        assert!(strays.is_empty(), "{strays:?}");
    }

    #[test]
    fn suffix_index_finds_the_longest_word() {
        let index = SuffixIndex::new(&["公司", "有限公司", "股份有限公司", "局"]);
        assert_eq!(index.longest_suffix("浙江三一装备有限公司"), Some("有限公司"));
        assert_eq!(index.longest_suffix("金洲股份有限公司"), Some("股份有限公司"));
        assert_eq!(index.longest_suffix("商务局"), Some("局"));
        assert_eq!(index.longest_suffix("局长"), None);
        assert_eq!(index.longest_suffix(""), None);
    }

    #[test]
    fn lists_load_and_sort_longest_first() {
        let lex = Lexicon::new();
        assert_eq!(lex.company_forms[0].chars().count(), 8);
        assert!(lex.industries.contains("重工"));
        assert_eq!(lex.project_heads.get("产业园"), Some(&HeadStrength::Strong));
        assert!(lex.person_cues["摄"].after && !lex.person_cues["摄"].before);
        assert_eq!(lex.surname_of("欧阳修"), Some("欧阳"));
        assert_eq!(lex.surname_of("范晓伟"), Some("范"));
        assert_eq!(lex.surname_of("的确"), None);
    }
}
