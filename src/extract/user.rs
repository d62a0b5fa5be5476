//! What the user knows: `--dict` entries (name, type, aliases) that are always recognised and
//! `--stop` names that never are.

use std::collections::HashSet;
use std::path::Path;

use aho_corasick::{AhoCorasick, MatchKind};

use super::EntityType;
use crate::error::{Error, Result};

/// One form of a user entry, as matched in text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Form {
    kind: EntityType,
    canonical: String,
}

/// The user's dictionary and stop list.
#[derive(Debug, Default, Clone)]
pub struct UserKnowledge {
    forms: Vec<Form>,
    automaton: Option<AhoCorasick>,
    stop: HashSet<String>,
}

/// A user entry found in a sentence, by byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserMatch {
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset one past the end.
    pub byte_end: usize,
    /// The entry's type.
    pub kind: EntityType,
    /// The entry's canonical name.
    pub canonical: String,
}

impl UserKnowledge {
    /// Builds the knowledge from entries `(name, type, aliases)` and stop names.
    pub fn new(entries: Vec<(String, EntityType, Vec<String>)>, stop: HashSet<String>) -> Self {
        let mut patterns = Vec::new();
        let mut forms = Vec::new();
        for (name, kind, aliases) in entries {
            for form in std::iter::once(name.clone()).chain(aliases) {
                patterns.push(form);
                forms.push(Form { kind, canonical: name.clone() });
            }
        }
        let automaton = (!patterns.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .expect("user dictionary builds an automaton")
        });
        Self { forms, automaton, stop }
    }

    /// Reads a dictionary file (`name<TAB>type[<TAB>alias,alias]` per line, `#` comments).
    pub fn read_dict(path: &Path) -> Result<Vec<(String, EntityType, Vec<String>)>> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read { path: path.to_path_buf(), source: e })?;
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |reason: String| Error::BadDictionary { path: path.to_path_buf(), line: i + 1, reason };
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or("").trim();
            let kind = cols.next().map(str::trim).unwrap_or("");
            if name.is_empty() {
                return Err(bad("empty name".into()));
            }
            let kind: EntityType = kind.parse().map_err(|_| {
                bad(format!("type must be one of company, place, project, organization, person, not {kind:?} (columns are TAB-separated)"))
            })?;
            let aliases = cols
                .next()
                .unwrap_or("")
                .split([',', '，'])
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect();
            entries.push((name.to_owned(), kind, aliases));
        }
        Ok(entries)
    }

    /// Reads a stop list: one name per line, `#` comments.
    pub fn read_stop(path: &Path) -> Result<HashSet<String>> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read { path: path.to_path_buf(), source: e })?;
        Ok(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect())
    }

    /// The user's entries in `text`, leftmost-longest.
    pub fn find(&self, text: &str) -> Vec<UserMatch> {
        let Some(automaton) = &self.automaton else { return Vec::new() };
        automaton
            .find_iter(text)
            .map(|m| {
                let form = &self.forms[m.pattern().as_usize()];
                UserMatch {
                    byte_start: m.start(),
                    byte_end: m.end(),
                    kind: form.kind,
                    canonical: form.canonical.clone(),
                }
            })
            .collect()
    }

    /// True when the user asked never to recognise `name`.
    pub fn is_stopped(&self, name: &str) -> bool {
        self.stop.contains(name)
    }
}
