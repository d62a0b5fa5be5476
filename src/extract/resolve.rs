//! One document's mentions and their canonical names: places take their gazetteer name
//! (吴兴 → 吴兴区), short company names the full name the text gives (金洲管道 →
//! 金洲管道科技股份有限公司), and a name that is a longer one without its place prefix joins it
//! (科技城 → 湖州科技城), as does an organization or project named by the end of its name
//! (口腔医院 → 北京大学口腔医院).

use std::collections::BTreeMap;

use super::candidate::{self, Candidate};
use super::lexicon::Lexicon;
use super::organization::is_kind_of_body;
use super::view::View;
use super::{
    EntityType, Extractor, Mention, PRIORITY_COMPANY, PRIORITY_MODEL, PRIORITY_PROJECT, PlaceInfo, company, person,
};
use crate::text::Sentence;

/// Turns each sentence's chosen candidates into document mentions with canonical names.
pub fn mentions(
    ex: &Extractor,
    sentences: &[Sentence],
    views: &[View<'_>],
    mut chosen: Vec<Vec<Candidate>>,
) -> Vec<Mention> {
    add_company_aliases(ex, views, &mut chosen);
    add_project_stems(ex, views, &mut chosen);
    complete_person_names(views, &mut chosen);
    follow_rules_types(ex.lexicon(), views, &mut chosen);
    given_names_ending_in_he(views, &mut chosen);
    let gazetteer = ex.gazetteer();
    let mut out = Vec::new();
    for ((sentence, view), candidates) in sentences.iter().zip(views).zip(chosen) {
        for c in candidates {
            let text = view.slice(c.start, c.end).to_owned();
            let place = c.place.map(|id| {
                let p = gazetteer.place(id);
                PlaceInfo {
                    level: p.level,
                    code: p.code.clone(),
                    parent: p.parent.map(|parent| gazetteer.place(parent).name.clone()),
                }
            });
            let name = c
                .canonical
                .clone()
                .or_else(|| c.place.map(|id| gazetteer.place(id).name.clone()))
                .unwrap_or_else(|| name_of(c.kind, &text));
            let place = place.or_else(|| (c.kind == EntityType::Place).then(|| rule_place_info(&text)));
            if ex.user().is_stopped(&name) {
                continue;
            }
            out.push(Mention {
                start: sentence.start + c.start,
                end: sentence.start + c.end,
                text,
                kind: c.kind,
                name,
                sentence: sentence.index,
                place,
            });
        }
    }
    join_place_prefixed(ex, &mut out);
    // A kind of school or hospital (口腔医院) that no longer name of the document ends in is
    // no body.
    out.retain(|m| !(m.kind == EntityType::Organization && m.name == m.text && is_kind_of_body(&m.text, ex.tagger())));
    out
}

/// A person of a family name and one character right before 和 that ends its clause (刘其 和/c
/// 。) is named with it: a conjunction ends no clause, a given name may.
fn given_names_ending_in_he(views: &[View<'_>], chosen: &mut [Vec<Candidate>]) {
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        for c in candidates.iter_mut().filter(|c| c.kind == EntityType::Person && c.end - c.start == 2) {
            let clause_end = view.char(c.end + 1).is_none_or(|ch| "。，；！？,;!?".contains(ch));
            if view.char(c.end) == Some('和') && clause_end && view.is_boundary(c.end + 1) {
                c.end += 1;
            }
        }
    }
}

/// A name the model found takes the type the rules gave the same name elsewhere in the
/// document when the rules read it as a company or an organization (某某网 a company to the
/// model in a headline, a news site in the dateline; 某普 a person to the model, a company to
/// the rules); a person by the rules' cue may be a brand (某某德 表示), and so may a person of
/// the rules that reads as no Chinese name (某亚迪 表示 beside 某亚迪公司).
fn follow_rules_types(lex: &Lexicon, views: &[View<'_>], chosen: &mut [Vec<Candidate>]) {
    let mut by_rules: BTreeMap<&str, EntityType> = BTreeMap::new();
    for (view, candidates) in views.iter().zip(chosen.iter()) {
        let ruled = candidates.iter().filter(|c| {
            c.priority != PRIORITY_MODEL && matches!(c.kind, EntityType::Company | EntityType::Organization)
        });
        for c in ruled {
            by_rules.entry(view.slice(c.start, c.end)).or_insert(c.kind);
        }
    }
    if by_rules.is_empty() {
        return;
    }
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        let foreign =
            |c: &Candidate| c.kind == EntityType::Person && !person::looks_like_name(view.slice(c.start, c.end), lex);
        for c in candidates.iter_mut().filter(|c| c.priority == PRIORITY_MODEL || foreign(c)) {
            if let Some(kind) = by_rules.get(view.slice(c.start, c.end)) {
                c.kind = *kind;
            }
        }
    }
}

/// A person found cut short where the text goes on into a longer name the document gives
/// (孙纯|新表示 beside 孙纯新) is that name: jieba cut the given name there.
fn complete_person_names(views: &[View<'_>], chosen: &mut [Vec<Candidate>]) {
    let mut names: Vec<String> = views
        .iter()
        .zip(chosen.iter())
        .flat_map(|(view, candidates)| {
            candidates.iter().filter(|c| c.kind == EntityType::Person).map(|c| view.slice(c.start, c.end).to_owned())
        })
        .collect();
    names.sort();
    names.dedup();
    if names.len() < 2 {
        return;
    }
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        for i in 0..candidates.len() {
            let c = &candidates[i];
            if c.kind != EntityType::Person {
                continue;
            }
            let surface = view.slice(c.start, c.end);
            let longer = names.iter().filter(|n| n.len() > surface.len() && n.starts_with(surface)).find(|n| {
                let end = c.start + n.chars().count();
                end <= view.len() && view.slice(c.start, end) == n.as_str()
            });
            if let Some(name) = longer {
                let end = c.start + name.chars().count();
                let free = candidates.iter().enumerate().all(|(j, o)| j == i || o.end <= c.start || end <= o.start);
                if free {
                    candidates[i].end = end;
                }
            }
        }
    }
}

/// A project the document names with 项目 also goes by that name without 项目 (三一装载机项目,
/// then 三一装载机等一批项目): where such a stem stands over a shorter name (三一), the stem is
/// the project. Stems of fewer than four characters, places, stems that read as a company (an
/// industry word or a company form at the end: 吉利汽车 of 吉利汽车项目), stems of two projects
/// and stems that name another entity of the document are left alone.
fn add_project_stems(ex: &Extractor, views: &[View<'_>], chosen: &mut [Vec<Candidate>]) {
    let lex = ex.lexicon();
    let mut stems: BTreeMap<String, Option<String>> = BTreeMap::new();
    for (view, candidates) in views.iter().zip(chosen.iter()) {
        for c in candidates.iter().filter(|c| c.kind == EntityType::Project) {
            let full = view.slice(c.start, c.end);
            let Some(stem) = full.strip_suffix("项目") else { continue };
            let industry_end = stem.char_indices().skip(1).any(|(i, _)| lex.industries.contains(&stem[i..]));
            if stem.chars().count() < 4
                || industry_end
                || lex.company_form_index.longest_suffix(stem).is_some()
                || ex.gazetteer().is_form(stem)
            {
                continue;
            }
            let name = c.canonical.clone().unwrap_or_else(|| full.to_owned());
            stems
                .entry(stem.to_owned())
                .and_modify(|known| {
                    if known.as_ref() != Some(&name) {
                        *known = None;
                    }
                })
                .or_insert(Some(name));
        }
    }
    for (view, candidates) in views.iter().zip(chosen.iter()) {
        for c in candidates.iter().filter(|c| c.kind != EntityType::Project) {
            if let Some(known) = stems.get_mut(view.slice(c.start, c.end)) {
                *known = None;
            }
        }
    }
    let stems: Vec<(String, String)> = stems.into_iter().filter_map(|(stem, name)| Some((stem, name?))).collect();
    if stems.is_empty() {
        return;
    }
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        for (stem, name) in &stems {
            for (start, end) in view.occurrences(stem) {
                if !view.is_boundary(start) || !view.is_boundary(end) {
                    continue;
                }
                let inside = |c: &Candidate| c.start < end && start < c.end;
                let mut overlapping = candidates.iter().filter(|c| inside(c)).peekable();
                let names_a_part = overlapping.peek().is_some();
                let within = overlapping.all(|c| {
                    c.start >= start && c.end <= end && c.kind != EntityType::Project && c.len() < end - start
                });
                if names_a_part && within {
                    candidates.retain(|c| !inside(c));
                    let mut project = Candidate::new(start, end, EntityType::Project, PRIORITY_PROJECT);
                    project.canonical = Some(name.clone());
                    candidates.push(project);
                    candidates.sort_by_key(|c| (c.start, c.end));
                }
            }
        }
    }
}

/// The level of a place found by a rule rather than the gazetteer.
fn rule_place_info(text: &str) -> PlaceInfo {
    use super::gazetteer::PlaceLevel;
    let level = if text.ends_with('村') || text.ends_with("社区") {
        PlaceLevel::Village
    } else if text.ends_with(['山', '峰', '岭']) {
        PlaceLevel::Mountain
    } else if text.ends_with('岛') {
        PlaceLevel::Region
    } else {
        PlaceLevel::Water
    };
    PlaceInfo { level, code: None, parent: None }
}

/// Finds, in every sentence, the short names of the companies the document gives in full, and
/// points the company mentions that are such short names at their full name.
fn add_company_aliases(ex: &Extractor, views: &[View<'_>], chosen: &mut [Vec<Candidate>]) {
    let lex = ex.lexicon();
    let mut fulls: Vec<String> = Vec::new();
    // Short names the text gives its companies (…有限公司（下称“某某”）), first given first.
    let mut given: Vec<(String, String)> = Vec::new();
    for (view, candidates) in views.iter().zip(chosen.iter()) {
        for c in candidates.iter().filter(|c| c.kind == EntityType::Company) {
            let text = view.slice(c.start, c.end);
            if lex.company_form_index.longest_suffix(text).is_some() && !fulls.iter().any(|f| f == text) {
                fulls.push(text.to_owned());
            }
            if let Some((start, end)) = company::given_short_name(view, c.end) {
                let short = view.slice(start, end);
                let full = c.canonical.clone().unwrap_or_else(|| text.to_owned());
                if short != full && !given.iter().any(|(s, _)| s == short) {
                    given.push((short.to_owned(), full));
                }
            }
        }
    }
    given.retain(|(short, _)| company::names_its_own(short, lex, ex.tagger()));
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        name_given_short_names(view, &given, candidates);
    }
    if fulls.is_empty() {
        return;
    }
    fulls.sort();
    let mut table = company::alias_table(&fulls, lex, ex.gazetteer(), ex.tagger());
    // A short form that also starts another company the document names by a short name of
    // its own (三一 of 浙江三一装备有限公司 beside 三一重工) could mean either: it is still a
    // company wherever it stands, but its own entity, no alias.
    let others: Vec<&str> = views
        .iter()
        .zip(chosen.iter())
        .flat_map(|(view, candidates)| {
            candidates.iter().filter(|c| c.kind == EntityType::Company).map(|c| view.slice(c.start, c.end))
        })
        .filter(|name| !fulls.iter().any(|f| f == name) && !table.contains_key(*name))
        .collect();
    for (short, full) in table.iter_mut() {
        let shared = others.iter().any(|other| {
            other.len() > short.len()
                && other.starts_with(short.as_str())
                && !company::short_forms(full, lex, ex.gazetteer()).iter().any(|s| s == other)
        });
        if shared {
            full.clone_from(short);
        }
    }
    // Longer short forms first, so that 拓克新能源 stands where 拓克 would fit too.
    let mut by_length: Vec<(&String, &String)> = table.iter().collect();
    by_length.sort_by_key(|(short, _)| std::cmp::Reverse(short.len()));
    for (view, candidates) in views.iter().zip(chosen.iter_mut()) {
        for c in candidates.iter_mut().filter(|c| c.kind == EntityType::Company && c.canonical.is_none()) {
            if let Some(full) = table.get(view.slice(c.start, c.end)) {
                c.canonical = Some(full.clone());
            }
        }
        // A short form read as a foreign person's name by its cue (某萨尔斯基 表示) is the
        // company; a Chinese name stays its bearer's.
        for c in candidates.iter_mut().filter(|c| c.kind == EntityType::Person) {
            let text = view.slice(c.start, c.end);
            if let Some(full) = table.get(text).filter(|_| !person::looks_like_name(text, lex)) {
                c.kind = EntityType::Company;
                c.canonical = Some(full.clone());
            }
        }
        let mut added = Vec::new();
        for &(short, full) in &by_length {
            for (start, end) in view.occurrences(short) {
                let free = !candidates.iter().chain(&added).any(|c: &Candidate| c.start < end && start < c.end);
                if free && view.is_boundary(start) && view.is_boundary(end) {
                    let mut c = Candidate::new(start, end, EntityType::Company, PRIORITY_COMPANY);
                    c.canonical = Some(full.clone());
                    added.push(c);
                }
            }
        }
        if !added.is_empty() {
            candidates.extend(added);
            candidates.sort_by_key(|c| (c.start, c.end));
        }
    }
}

/// Marks, in one sentence, each whole-word occurrence of a short name the text gives a company
/// as that company, over the shorter names found inside it (湖州|place 青禾|company in “湖州青禾”),
/// where no name crosses its edges.
fn name_given_short_names(view: &View<'_>, given: &[(String, String)], candidates: &mut Vec<Candidate>) {
    for (short, full) in given {
        for (start, end) in view.occurrences(short) {
            let mut c = Candidate::new(start, end, EntityType::Company, PRIORITY_COMPANY);
            c.canonical = Some(full.clone());
            candidate::place_over(view, candidates, c, true);
        }
    }
}

/// A mention that is another mention of its type without the place prefix (科技城 beside
/// 湖州科技城, 南太湖新区 beside 浙江南太湖新区) takes that mention's name, when only one
/// longer name fits.
fn join_place_prefixed(ex: &Extractor, mentions: &mut [Mention]) {
    let gazetteer = ex.gazetteer();
    let mut longer: BTreeMap<(EntityType, String), Vec<String>> = BTreeMap::new();
    for m in mentions.iter().filter(|m| m.kind != EntityType::Place && m.kind != EntityType::Person) {
        for hit in gazetteer.find_all(&m.name) {
            if hit.byte_start == 0 && hit.byte_end < m.name.len() {
                let rest = &m.name[hit.byte_end..];
                if rest.chars().count() >= 2 {
                    let names = longer.entry((m.kind, rest.to_owned())).or_default();
                    if !names.contains(&m.name) {
                        names.push(m.name.clone());
                    }
                }
            }
        }
    }
    // Organizations and projects also go by the end of their name (口腔医院 for
    // 北京大学口腔医院, 青年创业中心 for 嘉兴青年创业中心): three characters or more, one longer name.
    let names: std::collections::BTreeSet<(EntityType, String)> = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityType::Organization | EntityType::Project))
        .map(|m| (m.kind, m.name.clone()))
        .collect();
    for (kind, name) in &names {
        for (other_kind, other) in &names {
            if kind == other_kind
                && other.len() < name.len()
                && other.chars().count() >= 3
                && name.ends_with(other.as_str())
            {
                let entry = longer.entry((*kind, other.clone())).or_default();
                if !entry.contains(name) {
                    entry.push(name.clone());
                }
            }
        }
    }
    for m in mentions.iter_mut() {
        if let Some([full]) = longer.get(&(m.kind, m.name.clone())).map(Vec::as_slice) {
            m.name = full.clone();
        }
    }
}

/// The name a mention's text gives: the text, but for a person's name spaced out in a byline
/// (柯 琰), which is the name without its spaces.
fn name_of(kind: EntityType, text: &str) -> String {
    if kind == EntityType::Person && text.contains(char::is_whitespace) {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        text.to_owned()
    }
}
