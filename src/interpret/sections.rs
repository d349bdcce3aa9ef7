//! Sections of a free-text document, found by typography and named by
//! their heading or, failing that, by their content.
//!
//! A heading is a short line of its own that stands out: bold, larger than
//! the body, ending in `:` or `?`, or numbered ("3.", "B)"); or a short
//! label followed by a colon that opens the line ("Mijn eigen bijdrage:
//! ik vroeg door", inline); or a short label in a table's left column. A
//! body sentence that happens to start with a label word is none of these.
//!
//! A section is named by its heading when the heading matches a part's
//! synonym. Otherwise a small explainable model over cue words decides:
//! each part has weighted cue words (`schemes/sections.toml`), counted in
//! the heading (double) and the text; the best-scoring unclaimed part
//! above a minimum takes the section. A part is missing only when no
//! section holds it.

use crate::extract::positioned::Line;
use crate::text::label::{label_words, tokens, LabelText, Synonym};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A part a document should have, with its heading synonyms and cue words.
#[derive(Debug, Clone, Deserialize)]
pub struct PartSpec {
    pub key: String,
    /// Heading synonyms, prepared when the TOML is read.
    pub labels: Vec<Synonym>,
    /// Word prefixes (or phrases) that tell this part's content, with a weight.
    #[serde(default)]
    pub cues: BTreeMap<String, f64>,
}

/// The parts of one kind of document.
#[derive(Debug, Clone, Deserialize)]
pub struct PartsSpec {
    /// Cue score a section needs to be named by its content.
    pub min_cue_score: f64,
    pub parts: Vec<PartSpec>,
}

/// The whole `sections.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct SectionsConfig {
    /// Label score at which a heading names a part.
    pub accept: f64,
    pub documents: BTreeMap<String, PartsSpec>,
}

pub(crate) const SHIPPED: &str = include_str!("../../schemes/sections.toml");

/// The shipped section definitions; embedded and pinned by a unit test.
pub static SHIPPED_SECTIONS: LazyLock<SectionsConfig> = LazyLock::new(|| {
    toml::from_str(SHIPPED).unwrap_or_else(|e| panic!("schemes/sections.toml: {e}"))
    // ok: embedded file, pinned by tests
});

/// A stretch of a document under one heading.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading as written (empty for text before the first heading).
    pub heading: String,
    /// Text on the heading's own line after it (an inline heading).
    pub inline: String,
    /// The lines under the heading, joined.
    pub body: String,
    pub page: u32,
    /// Index of the heading line in the document's lines.
    pub line: usize,
}

impl Section {
    /// The inline text and the body together.
    pub fn content(&self) -> String {
        match (self.inline.is_empty(), self.body.is_empty()) {
            (true, _) => self.body.clone(),
            (false, true) => self.inline.clone(),
            (false, false) => format!("{}\n{}", self.inline, self.body),
        }
    }
}

/// How a line reads as a heading: the heading text and any inline text.
fn as_heading(
    line: &Line,
    body_size: f32,
    synonyms: &[&Synonym],
    accept: f64,
    gap_before: bool,
) -> Option<(String, String)> {
    let first = line.segments.first()?;
    let text = first.text.trim();
    let rest_of_line: Vec<&str> = line
        .segments
        .iter()
        .skip(1)
        .map(|s| s.text.trim())
        .collect();
    // Inline: "Label: text" with a short label.
    if let Some(colon) = text.find(':') {
        let (label, after) = (text[..colon].trim(), text[colon + 1..].trim());
        let words = label.split_whitespace().count();
        // A heading starts with a capital or a number; "onderzoeken: hoe
        // …" is a sentence that wrapped before its colon.
        let capitalised = label
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !capitalised && !is_numbered(label) {
            return None;
        }
        if (1..=7).contains(&words)
            && label.chars().any(char::is_alphabetic)
            && !label.contains(['.', ','])
            || is_numbered(label) && words <= 8
        {
            let mut inline = after.to_string();
            for r in &rest_of_line {
                if !inline.is_empty() {
                    inline.push(' ');
                }
                inline.push_str(r);
            }
            return Some((label.to_string(), inline));
        }
    }
    // Inline question: "Waar ging het over? De klant zegt …".
    if let Some(q) = text.find('?') {
        let (question, after) = (&text[..=q], text[q + 1..].trim());
        let capitalised = question.chars().next().is_some_and(char::is_uppercase);
        if capitalised
            && !after.is_empty()
            && (2..=8).contains(&question.split_whitespace().count())
        {
            let mut inline = after.to_string();
            for r in &rest_of_line {
                inline.push(' ');
                inline.push_str(r);
            }
            return Some((question.to_string(), inline));
        }
    }
    let words = text.split_whitespace().count();
    if words == 0 || words > 12 || text.chars().count() > 90 {
        return None;
    }
    let ends_sentence = text.ends_with('.') && !is_numbered(text);
    let styled = first.bold || first.size >= body_size * 1.12;
    let marked = text.ends_with(':') || text.ends_with('?') || is_numbered(text);
    // A heading may say more than its synonym ("Eigen bijdrage aan het
    // oplossen van de casus"): the synonym must open it.
    let heading = LabelText::new(text);
    let names_part = synonyms
        .iter()
        .any(|w| heading.matches(w, false).is_some_and(|m| m.score >= accept));
    let alone = rest_of_line.is_empty();
    // A short capitalised line of its own after a blank (a title in plain
    // type): few words, no sentence end, no comma.
    let set_apart = gap_before
        && words <= 8
        && !text.contains(',')
        && !text.ends_with(['.', ';'])
        && text.chars().next().is_some_and(char::is_uppercase);
    let heading = if alone {
        (styled || marked || names_part || set_apart) && !ends_sentence
    } else {
        // A table row: a short label cell that names a part, text beside it.
        names_part && words <= 6
    };
    heading.then(|| {
        (
            text.trim_end_matches(':').trim().to_string(),
            rest_of_line.join(" "),
        )
    })
}

/// "3.", "3)", "A.", "b)", "1.2" at the start.
fn is_numbered(text: &str) -> bool {
    let head: String = text.chars().take_while(|c| c.is_alphanumeric()).collect();
    let after = text[head.len()..].chars().next();
    !head.is_empty()
        && head.chars().count() <= 2
        && (head.chars().all(|c| c.is_ascii_digit()) || head.chars().count() == 1)
        && matches!(after, Some('.' | ')'))
}

/// The body font size: the size most characters are set in.
fn body_size(lines: &[Line]) -> f32 {
    let mut by_size: BTreeMap<i32, usize> = BTreeMap::new();
    for s in lines.iter().flat_map(|l| &l.segments) {
        *by_size.entry((s.size * 2.0).round() as i32).or_default() += s.text.chars().count();
    }
    by_size
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map_or(10.0, |(size, _)| size as f32 / 2.0)
}

/// Lines split into sections at most: a report is two pages; a long
/// upload costs no more than a long report.
const MAX_SECTION_LINES: usize = 1_500;

/// Splits lines into sections at headings.
pub fn split(lines: &[Line], spec: &PartsSpec, accept: f64) -> Vec<Section> {
    let lines = &lines[..lines.len().min(MAX_SECTION_LINES)];
    let synonyms: Vec<&Synonym> = spec.parts.iter().flat_map(|p| &p.labels).collect();
    let body = body_size(lines);
    let mut sections: Vec<Section> = Vec::new();
    let mut current = Section {
        heading: String::new(),
        inline: String::new(),
        body: String::new(),
        page: lines.first().map_or(1, |l| l.page),
        line: 0,
    };
    for (i, line) in lines.iter().enumerate() {
        let gap_before = i
            .checked_sub(1)
            .and_then(|j| lines.get(j))
            .filter(|prev| prev.page == line.page)
            .is_some_and(|prev| {
                let height = (prev.bottom() - prev.top()).max(4.0);
                line.top() - prev.bottom() > 0.8 * height
            });
        match as_heading(line, body, &synonyms, accept, gap_before) {
            Some((heading, inline)) => {
                sections.push(std::mem::replace(
                    &mut current,
                    Section {
                        heading,
                        inline,
                        body: String::new(),
                        page: line.page,
                        line: i,
                    },
                ));
            }
            None => {
                // A paragraph break (a gap of more than a blank line) in a
                // report without headings still separates its parts.
                let gap = i
                    .checked_sub(1)
                    .and_then(|j| lines.get(j))
                    .filter(|prev| prev.page == line.page)
                    .is_some_and(|prev| {
                        let height = (prev.bottom() - prev.top()).max(4.0);
                        line.top() - prev.bottom() > 1.2 * height
                    });
                // Under a heading too: a later paragraph that names another
                // part by its content is found by the cue words.
                if gap && (!current.body.is_empty() || !current.inline.is_empty()) {
                    sections.push(std::mem::replace(
                        &mut current,
                        Section {
                            heading: String::new(),
                            inline: String::new(),
                            body: String::new(),
                            page: line.page,
                            line: i,
                        },
                    ));
                }
                if !current.body.is_empty() {
                    current.body.push('\n');
                }
                current.body.push_str(&line.text());
            }
        }
    }
    sections.push(current);
    sections.retain(|s| !s.heading.is_empty() || !s.body.trim().is_empty());
    sections
}

/// Which part each section is, by heading synonym first, then by cue words.
/// Returns, per part key, the index of the section that holds it.
pub fn name_parts(sections: &[Section], spec: &PartsSpec, accept: f64) -> BTreeMap<String, usize> {
    let mut named: BTreeMap<String, usize> = BTreeMap::new();
    let mut claimed = vec![false; sections.len()];
    // 1. Headings that match a synonym; of two synonyms that match, the
    // one that covers more of the heading ("Inbreng collega's" is the
    // colleagues' input, not "(mijn) inbreng").
    for (i, s) in sections.iter().enumerate() {
        if s.heading.is_empty() {
            continue;
        }
        let heading = LabelText::new(&s.heading);
        let mut matches: Vec<(f64, usize, &PartSpec)> = spec
            .parts
            .iter()
            .flat_map(|p| {
                let heading = &heading;
                p.labels.iter().filter_map(move |l| {
                    heading
                        .matches(l, false)
                        .filter(|m| m.score >= accept)
                        .map(|m| (m.score, l.word_count(), p))
                })
            })
            .collect();
        matches.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
        if let Some((_, _, part)) = matches.iter().find(|m| !named.contains_key(&m.2.key)) {
            named.insert(part.key.clone(), i);
            claimed[i] = true;
        }
    }
    // 2. The cue-word model for the rest, best pairs first.
    let mut pairs: Vec<(f64, usize, &PartSpec)> = Vec::new();
    for (i, s) in sections.iter().enumerate() {
        if claimed[i] {
            continue;
        }
        for part in spec.parts.iter().filter(|p| !named.contains_key(&p.key)) {
            let score = cue_score(&s.heading, part) * 2.0 + cue_score(&s.content(), part);
            if score >= spec.min_cue_score {
                pairs.push((score, i, part));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i, part) in pairs {
        if claimed[i] || named.contains_key(&part.key) {
            continue;
        }
        named.insert(part.key.clone(), i);
        claimed[i] = true;
    }
    named
}

/// The weighted cues of a part found in a text, each counted once.
pub fn cue_score(text: &str, part: &PartSpec) -> f64 {
    if text.trim().is_empty() {
        return 0.0;
    }
    let words: Vec<String> = tokens(text).into_iter().map(|t| t.word).collect();
    // Phrases are compared without stop words on either side, as labels
    // are: "ging het over" is "ging over".
    let content: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !crate::text::label::is_stop_word(w))
        .collect();
    let joined = format!(" {} ", content.join(" "));
    part.cues
        .iter()
        .filter(|(cue, _)| {
            let cue_words = label_words(cue);
            if cue_words.len() > 1 {
                joined.contains(&format!(" {} ", cue_words.join(" ")))
            } else if cue.ends_with('?') {
                text.contains('?')
            } else {
                cue_words
                    .first()
                    .is_some_and(|c| words.iter().any(|w| w.starts_with(c.as_str())))
            }
        })
        .map(|(_, weight)| weight)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::positioned::lines_from_text;

    #[test]
    fn the_shipped_sections_parse() {
        let config: SectionsConfig = toml::from_str(SHIPPED).expect("sections.toml parses"); // ok: test
        assert!(config.documents.contains_key("intervisieverslag"));
    }

    #[test]
    fn numbered_and_question_headings() {
        assert!(is_numbered("3. Eigen bijdrage"));
        assert!(is_numbered("B) Leervragen"));
        assert!(!is_numbered("12 maart"));
        let lines = lines_from_text(1, "1. Wat speelde er?\nEen klant belde.\nMijn eigen bijdrage: ik vroeg door.\nDe opmerkingen van de groep waren nuttig en ik heb veel geleerd vandaag.");
        let spec = &SHIPPED_SECTIONS.documents["intervisieverslag"];
        let sections = split(&lines, spec, SHIPPED_SECTIONS.accept);
        let headings: Vec<&str> = sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["1. Wat speelde er?", "Mijn eigen bijdrage"]);
        assert_eq!(sections[1].inline, "ik vroeg door.");
        assert!(
            sections[1].body.contains("opmerkingen"),
            "a sentence is body text"
        );
    }
}
