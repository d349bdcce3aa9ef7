//! Sections of a free-text document, found by typography and named by
//! their heading or, failing that, by their content.
//!
//! A heading is a short line of its own that stands out: bold, larger than
//! the body, ending in `:` or `?`, or numbered ("3.", "B)"); or a short
//! label followed by a colon that opens the line ("Mijn eigen bijdrage:
//! ik vroeg door", inline); or a short label in a table's left column. A
//! body sentence that happens to start with a label word is none of these.
//!
//! Sections are matched to parts one-to-one ([`assign_parts`]): by their
//! heading when it matches a part's synonym, else by a small explainable
//! model over cue words (`schemes/sections.toml`), with the template's
//! order to break ties, and by elimination. A section that cannot be named
//! is unnamed, never a missing part: a part is absent only when no text
//! outside the named sections does its job.

use crate::extract::positioned::{Line, SYNTHETIC_LINE_HEIGHT, SYNTHETIC_SIZE};
use crate::text::dutch;
use crate::text::label::{label_words, tokens, LabelText, Synonym};
use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;
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

/// Words an inline label ("Wat ik hiervan leer voor mijn eigen werk: …")
/// may have: a question in the first person runs to nine or ten.
const MAX_INLINE_LABEL_WORDS: usize = 10;

/// How a line reads as a heading: the heading text and any inline text.
fn as_heading(
    line: &Line,
    body_size: f32,
    synonyms: &[&Synonym],
    accept: f64,
    gap_before: bool,
) -> Option<(String, String)> {
    let first = line.segments.first()?;
    // A bullet or dash before a label ("— Mijn leervraag: ...") is no part
    // of it.
    let text = first.text.trim().trim_start_matches(BULLETS).trim_start();
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
        if (1..=MAX_INLINE_LABEL_WORDS).contains(&words)
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
    // "Mijn leervraag was deze. Waarom stel ik ...?": two sentences are
    // text, not a heading.
    let two_sentences = text
        .match_indices(". ")
        .any(|(i, _)| text[i + 2..].chars().next().is_some_and(char::is_uppercase));
    let ends_sentence = (text.ends_with('.') || two_sentences) && !is_numbered(text);
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

/// Whether a line is set as a heading by more than its punctuation: in
/// another face or size, numbered, or naming a part.
fn is_set_as_heading(line: &Line, body_size: f32, synonyms: &[&Synonym], accept: f64) -> bool {
    let Some(first) = line.segments.first() else {
        return false;
    };
    let text = first.text.trim().trim_start_matches(BULLETS).trim_start();
    let label = text.split(':').next().unwrap_or(text);
    let heading = LabelText::new(label);
    first.bold
        || first.size >= body_size * 1.12
        || is_numbered(text)
        || synonyms
            .iter()
            .any(|w| heading.matches(w, false).is_some_and(|m| m.score >= accept))
}

/// Marks that open a list item.
const BULLETS: [char; 9] = ['•', '-', '–', '—', '*', '·', '▪', '◦', '●'];

/// Whether `line` goes on with the sentence `prev` left open: `prev` ends
/// without a sentence or label end and `line` opens in lower case, in the
/// same face. A lettered heading ("a) Casus") or one set in another face or size
/// is not taken for a continuation.
fn continues_sentence(prev: &Line, line: &Line) -> bool {
    let prev_text = prev.text();
    let text = line.text();
    let text = text.trim_start();
    let open = !prev_text.trim_end().ends_with(['.', ':', '?', '!', ';']);
    let lower = text.chars().next().is_some_and(char::is_lowercase);
    let same_face = match (prev.segments.last(), line.segments.first()) {
        (Some(p), Some(l)) => p.bold == l.bold && (p.size - l.size).abs() < 0.5,
        _ => false,
    };
    open && lower && same_face && !is_numbered(text)
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

/// The usual distance from one line's top to the next's within a page:
/// the median, so that paragraph gaps and headings do not move it.
fn line_pitch(lines: &[Line]) -> Option<f32> {
    let mut steps: Vec<f32> = lines
        .windows(2)
        .filter(|w| w[0].page == w[1].page)
        .map(|w| w[1].top() - w[0].top())
        .filter(|d| *d > 0.0)
        .collect();
    if steps.len() < 3 {
        return None;
    }
    steps.sort_by(f32::total_cmp);
    Some(steps[steps.len() / 2])
}

/// Whether a paragraph ends between two lines: the gap is clearly wider
/// than the usual line pitch, or, in a layout made from text lines (a
/// docx gives a paragraph as one line), the line before ends a sentence.
fn paragraph_break(prev: &Line, line: &Line, pitch: Option<f32>, synthetic: bool) -> bool {
    if prev.page != line.page {
        return false;
    }
    if synthetic {
        return prev.text().trim_end().ends_with(['.', '?', '!']);
    }
    let height = (prev.bottom() - prev.top()).max(4.0);
    let blank_line = line.top() - prev.bottom() > 1.2 * height;
    let wide_pitch = pitch.is_some_and(|p| line.top() - prev.top() > 1.25 * p);
    blank_line || wide_pitch || ends_paragraph(prev, line)
}

/// A line that ends a sentence well short of the line after it, which
/// opens with a capital, ends its paragraph: the classic paragraph end of
/// running text set without space between paragraphs.
fn ends_paragraph(prev: &Line, line: &Line) -> bool {
    let (Some(p), Some(l)) = (prev.segments.last(), line.segments.last()) else {
        return false;
    };
    let (p_left, l_left) = (
        prev.segments.first().map_or(p.x0, |s| s.x0),
        line.segments.first().map_or(l.x0, |s| s.x0),
    );
    let prev_width = p.x1 - p_left;
    let next_width = l.x1 - l_left;
    prev.text().trim_end().ends_with(['.', '!', '?'])
        && line.text().trim_start().starts_with(char::is_uppercase)
        && prev_width < 0.75 * next_width
}

/// A layout made from text lines (docx, plain text), not measured on a
/// page: every line one synthetic line height below the last.
fn is_synthetic(lines: &[Line]) -> bool {
    lines
        .windows(2)
        .filter(|w| w[0].page == w[1].page)
        .all(|w| (w[1].top() - w[0].top() - SYNTHETIC_LINE_HEIGHT).abs() < 0.01)
        && lines
            .iter()
            .flat_map(|l| &l.segments)
            .all(|s| s.size == SYNTHETIC_SIZE)
}

/// Lines split into sections at most: a report is two pages; a long
/// upload costs no more than a long report.
const MAX_SECTION_LINES: usize = 1_500;

/// Splits lines into sections at headings.
pub fn split(lines: &[Line], spec: &PartsSpec, accept: f64) -> Vec<Section> {
    let lines = &lines[..lines.len().min(MAX_SECTION_LINES)];
    let synonyms: Vec<&Synonym> = spec.parts.iter().flat_map(|p| &p.labels).collect();
    let body = body_size(lines);
    let pitch = line_pitch(lines);
    let synthetic = is_synthetic(lines);
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
        // A line that goes on with the sentence of the line before ("Ik
        // bracht deze / casus in.") is no heading, whatever word opens it.
        let continues = i
            .checked_sub(1)
            .and_then(|j| lines.get(j))
            .filter(|prev| prev.page == line.page)
            .is_some_and(|prev| continues_sentence(prev, line));
        // The first line under a heading is its text, not a heading of
        // its own, unless it looks like one by more than its question
        // mark or colon: a face, a number, a part's name ("4. Leervragen"
        // over "Hoe check ik beter of ...?", "Wat levert het op?" over
        // "Ik vraag vaker: wat wil jij?").
        let under_empty_heading = !current.heading.is_empty()
            && current.inline.is_empty()
            && current.body.is_empty()
            && !is_set_as_heading(line, body, &synonyms, accept);
        let heading = if continues {
            None
        } else {
            as_heading(line, body, &synonyms, accept, gap_before).filter(|_| !under_empty_heading)
        };
        match heading {
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
                // A paragraph break (a gap wider than the line pitch, or
                // a paragraph the extractor gave unwrapped) in a report
                // without headings still separates its parts.
                let gap = i
                    .checked_sub(1)
                    .and_then(|j| lines.get(j))
                    .is_some_and(|prev| paragraph_break(prev, line, pitch, synthetic));
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

/// How the sections of a document were matched to the parts it should
/// have.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Naming {
    /// Per part key, the index of the section that holds it.
    pub named: BTreeMap<String, usize>,
    /// Sections with text of some length that no part took: shown to the
    /// assessor, never taken for "missing".
    pub unnamed: Vec<usize>,
    /// Parts with positive evidence of absence: no section holds them and
    /// no text outside the sections named by a heading does their job.
    pub absent: Vec<String>,
    /// Parts no section holds whose job no text does either, while a
    /// section is left that could not be named: perhaps the part is
    /// there, under words the reader does not know.
    pub unsure: Vec<String>,
}

/// A section shorter than this many words is a title, a name or a date
/// line, not a part of the report.
const MIN_PART_WORDS: usize = 6;

/// Weights of the assignment: a heading that names a part outweighs any
/// content, and content outweighs the template's order, which only breaks
/// ties between sections that say the same.
const HEADING_WEIGHT: f64 = 100.0;
const ORDER_WEIGHT: f64 = 0.5;

/// Which section is which part, found one-to-one: every (section, part)
/// pair gets a score from the heading (a synonym, as `sections.toml` has
/// it), the content (the part's cue words) and the position in the
/// template's order, and the Hungarian method picks the assignment with
/// the highest total. A section is named only by a pair that reached the
/// heading threshold or the cue minimum.
///
/// Then elimination: the parts left go to the blocks of some length left
/// after the report's header, one-to-one, by cue score and position;
/// where the named parts follow the template's order, only a block
/// between a part's named neighbours can take it.
///
/// A part still left is absent only on positive evidence: no text outside
/// the sections a heading named does the part's job (its cue score stays
/// under the minimum). It is unsure rather than absent when elimination
/// named other parts, since which part is gone is then a guess.
pub fn assign_parts(sections: &[Section], spec: &PartsSpec, accept: f64) -> Naming {
    let parts = &spec.parts;
    let (n, p) = (sections.len(), parts.len());
    if n == 0 || p == 0 {
        return Naming {
            absent: parts.iter().map(|x| x.key.clone()).collect(),
            ..Naming::default()
        };
    }
    let prepared: Vec<(CueText, CueText)> = sections
        .iter()
        .map(|s| (CueText::new(&s.heading), CueText::new(&s.content())))
        .collect();
    let headed: Vec<Option<(usize, f64)>> = sections
        .iter()
        .map(|s| heading_part(s, spec, accept))
        .collect();
    let content_words: Vec<usize> = sections.iter().map(|s| word_count(&s.content())).collect();
    let score = |i: usize, k: usize| -> f64 {
        // A heading with nothing under it (the report's title, a part
        // left empty) holds no part, whatever it is called.
        if content_words[i] == 0 {
            return 0.0;
        }
        if let Some((part, label_score)) = headed[i] {
            // Of two blocks whose headings name one part, the one with
            // text under it ("3. Eigen bijdrage ...") beats a header line
            // ("Rol: casusinbrenger").
            let text = content_words[i].min(50) as f64 / 50.0;
            return if part == k {
                HEADING_WEIGHT * label_score + text
            } else {
                0.0
            };
        }
        let cues = cues_of(&prepared[i], &parts[k]);
        if cues < spec.min_cue_score {
            return 0.0;
        }
        cues + ORDER_WEIGHT * order_fit(i, n, k, p)
    };
    // Sections are rows; the parts and one "unnamed" column per section
    // are columns, so that every section can stay unnamed.
    let weights = Matrix::from_fn(n, p + n, |(i, k)| {
        if k < p {
            (score(i, k) * 1000.0).round() as i64
        } else {
            0
        }
    });
    let (_, columns) = kuhn_munkres(&weights);
    let mut naming = Naming::default();
    for (i, &k) in columns.iter().enumerate() {
        if k < p && weights[(i, k)] > 0 {
            naming.named.insert(parts[k].key.clone(), i);
        }
    }
    let is_named = |i: usize, naming: &Naming| naming.named.values().any(|&j| j == i);
    // Blocks before the first named one are the report's header (title,
    // date, group, names), not parts.
    let first_part = naming.named.values().min().copied().unwrap_or(0);
    // A block whose heading names a part another block holds is that
    // part again, not one left over.
    naming.unnamed = (first_part..n)
        .filter(|&i| {
            !is_named(i, &naming) && headed[i].is_none() && content_words[i] >= MIN_PART_WORDS
        })
        .collect();
    // Elimination: the parts left go to the blocks left, one-to-one, by
    // what they say and where they stand ("when six blocks are named, the
    // seventh names itself").
    let left: Vec<usize> = (0..p)
        .filter(|&k| !naming.named.contains_key(&parts[k].key))
        .collect();
    let eliminated = eliminate(&left, &naming.unnamed, &naming, &prepared, spec);
    let by_elimination = !eliminated.is_empty();
    for (k, i) in eliminated {
        naming.named.insert(parts[k].key.clone(), i);
        naming.unnamed.retain(|&u| u != i);
    }
    // The text not under a heading that named a part: where a part the
    // reader could not place may still do its job.
    let loose = CueText::new(
        &(0..n)
            .filter(|&i| headed[i].is_none())
            .map(|i| format!("{}\n{}", sections[i].heading, sections[i].content()))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    for part in parts.iter().filter(|x| !naming.named.contains_key(&x.key)) {
        if loose.score(part) >= spec.min_cue_score {
            continue;
        }
        // Fewer blocks than parts: a part is surely gone, but which one
        // is a guess when some were named by elimination.
        if by_elimination {
            naming.unsure.push(part.key.clone());
        } else {
            naming.absent.push(part.key.clone());
        }
    }
    naming
}

/// The parts left (`left`, indices into the spec) matched one-to-one to
/// the blocks left (`blocks`, indices into the sections), by cue score
/// and by how near a block stands to where the template puts the part.
/// Where the named parts stand in the template's order, a part left can
/// only take a block between its named neighbours: a report that numbers
/// its headings 1, 2, 3, 4, 6, 7 has no place for part 5, however many
/// paragraphs part 2 runs to. Returns (part, section) pairs.
fn eliminate(
    left: &[usize],
    blocks: &[usize],
    naming: &Naming,
    prepared: &[(CueText, CueText)],
    spec: &PartsSpec,
) -> Vec<(usize, usize)> {
    if left.is_empty() || blocks.is_empty() {
        return Vec::new();
    }
    let (n, p) = (prepared.len(), spec.parts.len());
    // Named parts by their place in the template, with their blocks.
    let placed: Vec<(usize, usize)> = (0..p)
        .filter_map(|k| naming.named.get(&spec.parts[k].key).map(|&i| (k, i)))
        .collect();
    let in_order = placed.windows(2).all(|w| w[0].1 < w[1].1);
    let room = |k: usize, i: usize| {
        if !in_order {
            return true;
        }
        let after = placed
            .iter()
            .rev()
            .find(|(pk, _)| *pk < k)
            .map(|&(_, pi)| pi);
        let before = placed.iter().find(|(pk, _)| *pk > k).map(|&(_, pi)| pi);
        after.is_none_or(|a| i > a) && before.is_none_or(|b| i < b)
    };
    // Rows must not outnumber columns: the shorter list is the rows.
    let parts_are_rows = left.len() <= blocks.len();
    let (rows, columns) = if parts_are_rows {
        (left.len(), blocks.len())
    } else {
        (blocks.len(), left.len())
    };
    let weight = |k: usize, i: usize| {
        if !room(k, i) {
            return -1;
        }
        let cues = cues_of(&prepared[i], &spec.parts[k]);
        ((cues + order_fit(i, n, k, p)) * 1000.0).round() as i64
    };
    let pair = |r: usize, c: usize| {
        if parts_are_rows {
            (left[r], blocks[c])
        } else {
            (left[c], blocks[r])
        }
    };
    let weights = Matrix::from_fn(rows, columns, |(r, c)| {
        let (k, i) = pair(r, c);
        weight(k, i)
    });
    let (_, assigned) = kuhn_munkres(&weights);
    assigned
        .iter()
        .enumerate()
        .map(|(r, &c)| pair(r, c))
        .filter(|&(k, i)| room(k, i))
        .collect()
}

/// A block's cue score for a part: the heading's cues count double.
fn cues_of(block: &(CueText, CueText), part: &PartSpec) -> f64 {
    block.0.score(part) * 2.0 + block.1.score(part)
}

/// How near block `i` of `n` stands to where the template puts part `k`
/// of `p`, in [0, 1].
fn order_fit(i: usize, n: usize, k: usize, p: usize) -> f64 {
    let at = i as f64 / (n.max(2) - 1) as f64;
    let expected = k as f64 / (p.max(2) - 1) as f64;
    1.0 - (at - expected).abs()
}

/// The part a section's heading names, with the label score: of two
/// synonyms that match, the one that covers more of the heading
/// ("Inbreng collega's" is the colleagues' input, not "(mijn) inbreng").
fn heading_part(section: &Section, spec: &PartsSpec, accept: f64) -> Option<(usize, f64)> {
    if section.heading.is_empty() {
        return None;
    }
    let heading = LabelText::new(&section.heading);
    spec.parts
        .iter()
        .enumerate()
        .flat_map(|(k, p)| {
            let heading = &heading;
            p.labels.iter().filter_map(move |l| {
                heading
                    .matches(l, false)
                    .filter(|m| m.score >= accept)
                    .map(|m| (m.score, l.word_count(), k))
            })
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)))
        .map(|(score, _, k)| (k, score))
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The weighted cues of a part found in a text, each counted once.
pub fn cue_score(text: &str, part: &PartSpec) -> f64 {
    CueText::new(text).score(part)
}

/// A text prepared once for its cue scores against every part: its folded
/// words, their Dutch stems, and its content words joined for phrases.
pub struct CueText {
    has_question: bool,
    words: Vec<String>,
    stems: Vec<String>,
    joined: String,
}

impl CueText {
    pub fn new(text: &str) -> CueText {
        let words: Vec<String> = tokens(text).into_iter().map(|t| t.word).collect();
        // Phrases are compared without stop words on either side, as
        // labels are: "ging het over" is "ging over".
        let content: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| !crate::text::label::is_stop_word(w))
            .collect();
        CueText {
            has_question: text.contains('?'),
            joined: format!(" {} ", content.join(" ")),
            stems: words.iter().map(|w| dutch::stem(w)).collect(),
            words,
        }
    }

    /// The weighted cues of `part` this text holds, each counted once. A
    /// one-word cue is a word prefix ("afweg" in "afwegingen"), or an
    /// inflection ("afweeg") or compound part of a word.
    pub fn score(&self, part: &PartSpec) -> f64 {
        if self.words.is_empty() {
            return 0.0;
        }
        part.cues
            .iter()
            .filter(|(cue, _)| {
                let cue_words = label_words(cue);
                if cue_words.len() > 1 {
                    self.joined.contains(&format!(" {} ", cue_words.join(" ")))
                } else if cue.ends_with('?') {
                    self.has_question
                } else {
                    cue_words.first().is_some_and(|c| {
                        let stem = dutch::stem(c);
                        self.words.iter().zip(&self.stems).any(|(w, ws)| {
                            w.starts_with(c.as_str()) || dutch::holds_stemmed(w, ws, c, &stem)
                        })
                    })
                }
            })
            .map(|(_, weight)| weight)
            .sum()
    }
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

    fn naming(text: &str) -> Naming {
        let spec = &SHIPPED_SECTIONS.documents["intervisieverslag"];
        let lines = lines_from_text(1, text);
        let blocks = split(&lines, spec, SHIPPED_SECTIONS.accept);
        assign_parts(&blocks, spec, SHIPPED_SECTIONS.accept)
    }

    #[test]
    fn when_six_parts_are_named_the_seventh_names_itself() {
        // The fifth heading is in words no list holds.
        let n = naming(
            "Verslag intervisie 4 maart 2025\n\
             1. Casusbeschrijving\nEen klant van 58 zit al een jaar thuis en wil niet meer praten met zijn werkgever.\n\
             2. Opmerkingen van collega's\nDe groep vroeg of ik zelf ook boos werd op de werkgever en waarom.\n\
             3. Eigen bijdrage\nIk heb de tijdlijn van het traject op het bord gezet en mijn twijfels benoemd.\n\
             4. Leervragen\nHoe blijf ik neutraal als ik de werkgever niet vertrouw in dit gesprek?\n\
             5. Wat het mij oplevert\nIk wacht met oordelen tot ik beide kanten heb gehoord van het verhaal.\n\
             6. Oordeelsvorming\nIk woog de druk van de termijnen tegen het vertrouwen van de klant af.\n\
             7. Initiatief\nIk zou eerder een driegesprek voorstellen met klant en werkgever samen.\n",
        );
        assert_eq!(n.named.len(), 7, "{n:?}");
        assert!(n.absent.is_empty() && n.unsure.is_empty());
    }

    #[test]
    fn a_skipped_number_is_an_absent_part_however_long_the_others_run() {
        let n = naming(
            "1. Casusbeschrijving\nEen klant van 58 zit al een jaar thuis en wil niet meer praten.\n\
             2. Opmerkingen van collega's\nDe groep vroeg of ik zelf ook boos werd op de werkgever.\n\
             Een ander vond dat ik te veel over regels sprak en te weinig over hem zelf.\n\
             3. Eigen bijdrage\nIk heb de tijdlijn van het traject op het bord gezet en toegelicht.\n\
             4. Leervragen\nHoe blijf ik neutraal als ik de werkgever niet vertrouw?\n\
             6. Oordeelsvorming\nIk woog de druk van de termijnen tegen het vertrouwen af.\n\
             7. Initiatief\nIk zou eerder een driegesprek voorstellen met klant en werkgever.\n",
        );
        assert_eq!(n.absent, ["leereffect"], "{n:?}");
        assert!(n.unsure.is_empty());
    }

    #[test]
    fn a_block_that_cannot_be_named_is_never_a_missing_part() {
        // Seven paragraphs, no headings; two say their part in words the
        // cue lists lack: they stay unnamed, or are named by elimination,
        // but no part is reported absent.
        let n = naming(
            "Intervisie 12 mei 2025\n\
             De casus ging over een klant die na een reorganisatie geen passend werk meer had.\n\
             Mijn collega's vroegen wat dit met mij deed en merkten op dat ik snel oplossingen bood.\n\
             Ik heb zelf de vraag ingebracht en de tijdlijn van het traject geschetst voor de groep.\n\
             Mijn leervraag: hoe ga ik om met een klant die elk voorstel afwijst?\n\
             Sindsdien stel ik eerst vragen over wat de klant kwijt is, voordat ik vacatures noem.\n\
             Ik heb afgewogen of druk zetten zou helpen, maar koos voor meer tijd.\n\
             Volgende keer zou ik eerder een gesprek met de werkgever erbij organiseren.\n",
        );
        assert!(n.absent.is_empty(), "{n:?}");
    }

    #[test]
    fn a_wrapped_line_is_no_heading_and_a_bullet_is_no_part_of_a_label() {
        let spec = &SHIPPED_SECTIONS.documents["intervisieverslag"];
        let lines = lines_from_text(
            1,
            "Op 6 juli kwamen we bij elkaar en ik bracht deze\n\
             casus in over een klant die steeds afzegt\n\
             — Mijn leervraag: hoe blijf ik geduldig?\n",
        );
        let sections = split(&lines, spec, SHIPPED_SECTIONS.accept);
        let headings: Vec<&str> = sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["", "Mijn leervraag"]);
    }

    #[test]
    fn a_heading_with_nothing_under_it_holds_no_part() {
        let n = naming(
            "Intervisieverslag\n\nCasus\nEen klant met rugklachten wil niet terug naar zijn werk.\n\
             Opmerkingen van collega's\nDe groep vroeg wat ik zelf dacht dat hij nodig had.\n\
             Eigen bijdrage\nIk heb mijn twijfel over de planning met de groep gedeeld.\n\
             Leervragen\n\
             Leereffect\nIk merk dat ik sneller oplossingen aandraag dan de klant wil.\n\
             Oordeelsvorming\nIk heb afgewogen of ik de werkgever moest inlichten of niet.\n\
             Initiatief\nIk plan een gesprek met de klant en de bedrijfsarts samen in.\n",
        );
        assert!(n.absent.contains(&"leervragen".to_string()), "{n:?}");
        assert!(!n.named.contains_key("leervragen"), "{n:?}");
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
        // The last line is a paragraph of its own (the line before ends a
        // sentence, in a layout of text lines), without a heading: a
        // sentence that opens with a part's word is body text.
        assert_eq!(headings, ["1. Wat speelde er?", "Mijn eigen bijdrage", ""]);
        assert_eq!(sections[1].inline, "ik vroeg door.");
        assert!(
            sections[2].body.contains("opmerkingen"),
            "a sentence is body text"
        );
    }
}
