//! Reading labelled fields from positioned lines and form fields.
//!
//! Per document type, `schemes/fields.toml` lists the fields, their label
//! synonyms and the type of their value. A field is looked for in this
//! order, the way established key-value readers do it:
//! 1. a filled-in form field whose name matches a synonym;
//! 2. a segment that starts with a synonym ([`label::match_label`]), the
//!    value being the rest of that segment, else the next segment of the
//!    line (the cell to the right), else the line below (the cell below);
//!    a candidate that fails the value's type falls through to the next.
//!
//! Each field comes back found (with its value, page, box, the synonym it
//! matched, the score and how it was captured), weak (a label only just
//! similar enough), ambiguous (two different values equally well placed)
//! or missing. A reader never turns a missing field into "" or 0.

use super::notation::dates::find_dates;
use super::notation::hours::{parse_hours, HoursError};
use crate::extract::positioned::{Line, Segment};
use crate::extract::{Extracted, FormField};
use crate::text::label::{self, LabelText, Synonym};
use serde::Deserialize;
use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// What a field's value must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueType {
    /// A date or a date range in any notation of the notation module.
    Date,
    /// A duration, or a word that names one without a length ("dagdeel").
    Hours,
    /// A number (PE points, an appointment).
    Number,
    /// A person's name: letters, at most a few words, no date.
    Name,
    /// Any text with letters; may continue on the following lines.
    Text,
}

/// One field of a document type.
#[derive(Debug, Clone, Deserialize)]
pub struct FieldSpec {
    /// Prepared when the TOML is read, once per run.
    pub labels: Vec<Synonym>,
    #[serde(rename = "type")]
    pub value: ValueType,
}

/// The fields of one document type.
#[derive(Debug, Clone, Deserialize)]
pub struct DocumentFields {
    pub fields: BTreeMap<String, FieldSpec>,
    /// Per field, phrases that lead into its value in running text
    /// ("verklaren wij dat" → the participant): a certificate is a sentence,
    /// not a form. Used when no label is found.
    #[serde(default)]
    pub lead_ins: BTreeMap<String, Vec<String>>,
}

/// Score thresholds, from the TOML.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Thresholds {
    /// A label at least this similar is found.
    pub accept: f64,
    /// Between `weak` and `accept`: read, and marked weak.
    pub weak: f64,
    /// Two different values whose scores differ less than this are ambiguous.
    pub ambiguous_margin: f64,
}

/// The whole `fields.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct FieldsConfig {
    pub thresholds: Thresholds,
    pub documents: BTreeMap<String, DocumentFields>,
}

/// Why `fields.toml` could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum FieldsError {
    /// The TOML does not have the expected shape.
    #[error("schemes/fields.toml is not valid: {0}")]
    Parse(#[from] toml::de::Error),
}

pub(crate) const SHIPPED: &str = include_str!("../../schemes/fields.toml");

/// Lines of a document the field reader looks at: the work per document is
/// bounded, whatever was uploaded.
const MAX_FIELD_LINES: usize = 800;

/// The shipped field definitions. The file is part of the binary and
/// pinned by a unit test, so it always parses.
pub static SHIPPED_FIELDS: LazyLock<FieldsConfig> = LazyLock::new(|| {
    FieldsConfig::from_toml(SHIPPED).unwrap_or_else(|e| panic!("{e}")) // ok: embedded file, pinned by tests
});

impl FieldsConfig {
    pub fn from_toml(text: &str) -> Result<FieldsConfig, FieldsError> {
        Ok(toml::from_str(text)?)
    }

    /// The fields of a document type (`opgaveformulier_activiteit`, …).
    pub fn document(&self, doc_type: &str) -> Option<&DocumentFields> {
        self.documents.get(doc_type)
    }
}

/// How a value was captured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capture {
    FormField,
    /// The rest of the label's own segment.
    SameSegment,
    /// The next segment of the line: the cell to the right.
    Right,
    /// The line below: the cell below, or a value under its label.
    Below,
    /// After a phrase that leads into the value in running text.
    LeadIn,
}

/// A value read for a field.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub value: String,
    pub page: u32,
    /// `[x0, top, x1, bottom]` of the value, in points from the top-left.
    pub bbox: [f32; 4],
    /// The synonym that matched.
    pub label: String,
    pub score: f64,
    pub capture: Capture,
    /// The label was only just similar enough.
    pub weak: bool,
}

/// What reading one field gave.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldRead {
    Found(Found),
    /// Two different values, equally well placed: the first and the other.
    Ambiguous(Found, Found),
    /// No label of the field, or none with a value of the right type.
    Missing,
}

impl FieldRead {
    /// The value when found (the first when ambiguous: the caller decides
    /// whether that is good enough).
    pub fn found(&self) -> Option<&Found> {
        match self {
            FieldRead::Found(f) | FieldRead::Ambiguous(f, _) => Some(f),
            FieldRead::Missing => None,
        }
    }

    pub fn value(&self) -> Option<&str> {
        self.found().map(|f| f.value.as_str())
    }

    pub fn page(&self) -> Option<u32> {
        self.found().map(|f| f.page)
    }
}

/// Reads the fields of one document.
pub struct FieldReader<'a> {
    lines: Vec<Line>,
    form_fields: &'a [FormField],
    spec: &'a DocumentFields,
    thresholds: Thresholds,
    /// Synonyms of every field, for telling labels from values.
    all_synonyms: Vec<&'a Synonym>,
    /// Each segment of each line prepared for matching, once: every field
    /// compares its synonyms with every segment.
    segments: OnceCell<Vec<Vec<LabelText>>>,
    /// Whether a text is a label, remembered: every field asks it of the
    /// same segments.
    label_memo: RefCell<HashMap<String, bool>>,
    /// The field each line names when it is a label alone, computed once.
    line_labels: OnceCell<Vec<Option<String>>>,
}

impl<'a> FieldReader<'a> {
    pub fn new(extracted: &'a Extracted, doc_type: &str) -> Option<FieldReader<'a>> {
        Self::with_config(extracted, doc_type, &SHIPPED_FIELDS)
    }

    pub fn with_config(
        extracted: &'a Extracted,
        doc_type: &str,
        config: &'a FieldsConfig,
    ) -> Option<FieldReader<'a>> {
        let spec = config.document(doc_type)?;
        Some(FieldReader::from_parts(
            extracted.layout(),
            &extracted.form_fields,
            spec,
            config.thresholds,
        ))
    }

    pub fn from_parts(
        mut lines: Vec<Line>,
        form_fields: &'a [FormField],
        spec: &'a DocumentFields,
        thresholds: Thresholds,
    ) -> FieldReader<'a> {
        // A form's fields are on its first pages; a long document that was
        // classified as a form must not cost more than a form.
        lines.truncate(MAX_FIELD_LINES);
        let all_synonyms = spec.fields.values().flat_map(|f| &f.labels).collect();
        FieldReader {
            lines,
            form_fields,
            spec,
            thresholds,
            all_synonyms,
            segments: OnceCell::new(),
            label_memo: RefCell::default(),
            line_labels: OnceCell::new(),
        }
    }

    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// The segments of every line, prepared for matching on first use.
    fn segments(&self) -> &[Vec<LabelText>] {
        self.segments.get_or_init(|| {
            self.lines
                .iter()
                .map(|line| {
                    line.segments
                        .iter()
                        .map(|s| LabelText::new(&s.text))
                        .collect()
                })
                .collect()
        })
    }

    /// Reads one field by its key in `fields.toml`. An unknown key is missing.
    pub fn read(&self, key: &str) -> FieldRead {
        let Some(spec) = self.spec.fields.get(key) else {
            return FieldRead::Missing;
        };
        if let Some(found) = self.in_form_fields(&spec.labels, spec.value) {
            return FieldRead::Found(found);
        }
        if let Some(found) = self.in_label_block(key) {
            return FieldRead::Found(found);
        }
        let mut candidates: Vec<Found> = Vec::new();
        for (li, (line, prepared)) in self.lines.iter().zip(self.segments()).enumerate() {
            for (si, seg) in prepared.iter().enumerate() {
                let whole =
                    si + 1 < line.segments.len() || label::label_colon(seg.text()).is_some();
                let best = spec
                    .labels
                    .iter()
                    .filter_map(|synonym| seg.matches(synonym, whole).map(|m| (synonym, m)))
                    .max_by(|a, b| {
                        a.1.score
                            .total_cmp(&b.1.score)
                            .then(b.1.value_start.cmp(&a.1.value_start).reverse())
                    });
                let Some((name, m)) = best else { continue };
                if m.score < self.thresholds.weak {
                    continue;
                }
                if let Some(found) = self.value_for(li, si, &m, spec.value) {
                    candidates.push(Found {
                        label: name.label().to_string(),
                        score: m.score * capture_prior(found.capture),
                        weak: m.score < self.thresholds.accept,
                        ..found
                    });
                }
            }
        }
        match self.decide(candidates) {
            FieldRead::Missing => self.after_lead_in(key, spec.value),
            read => read,
        }
    }

    /// The value after a lead-in phrase: the rest of its line, else the
    /// next line ("Hierbij verklaren wij dat" / "P. de Vries" / "heeft
    /// deelgenomen aan" / "Studiemiddag …").
    fn after_lead_in(&self, key: &str, ty: ValueType) -> FieldRead {
        let Some(phrases) = self.spec.lead_ins.get(key) else {
            return FieldRead::Missing;
        };
        let phrases: Vec<String> = phrases
            .iter()
            .map(|p| {
                label::tokens(p)
                    .into_iter()
                    .map(|t| t.word)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        for (li, line) in self.lines.iter().enumerate() {
            let text = line.text();
            let toks = label::tokens(&text);
            for phrase in &phrases {
                let Some(end) = phrase_end(&toks, phrase) else {
                    continue;
                };
                let rest = text[end..].trim_start_matches([':', ',', ' ']).trim();
                // "deelgenomen aan de" / "workshop X": an article alone
                // belongs to the next line's value.
                let only_articles = label::tokens(rest)
                    .iter()
                    .all(|t| ["de", "het", "een", "the", "a"].contains(&t.word.as_str()));
                let candidate = if only_articles {
                    self.line_below(li).map(|b| (b.text(), b))
                } else {
                    Some((rest.to_string(), line))
                };
                let Some((value, at)) = candidate else {
                    continue;
                };
                let value = trim_sentence(&value, ty);
                if type_fits(&value, ty) {
                    let seg = at.segments.first();
                    return FieldRead::Found(Found {
                        value,
                        page: at.page,
                        bbox: seg.map_or([0.0; 4], |s| [s.x0, s.top, s.x1, s.bottom]),
                        label: phrase.clone(),
                        score: self.thresholds.accept,
                        capture: Capture::LeadIn,
                        weak: true,
                    });
                }
            }
        }
        FieldRead::Missing
    }

    /// The best candidate; a runner-up with another value and nearly the
    /// same score makes the field ambiguous. Earlier wins a tie.
    fn decide(&self, candidates: Vec<Found>) -> FieldRead {
        let mut best: Option<&Found> = None;
        for c in &candidates {
            if best.is_none_or(|b| c.score > b.score + 1e-9) {
                best = Some(c);
            }
        }
        let Some(best) = best else {
            return FieldRead::Missing;
        };
        let rival = candidates.iter().find(|c| {
            !std::ptr::eq(*c, best)
                && c.score >= best.score - self.thresholds.ambiguous_margin
                && normalize_value(&c.value) != normalize_value(&best.value)
        });
        match rival {
            Some(r) => FieldRead::Ambiguous(best.clone(), r.clone()),
            None => FieldRead::Found(best.clone()),
        }
    }

    /// A two-column form read column by column (OCR, or text without
    /// layout): a run of lines that are each only a label, then as many
    /// lines of values in the same order. The field's value is the line
    /// that pairs with its label, when every pair fits its field's type.
    fn in_label_block(&self, key: &str) -> Option<Found> {
        const MIN_BLOCK: usize = 3;
        let labels = self.line_labels.get_or_init(|| {
            self.segments()
                .iter()
                .map(|l| self.label_alone(l))
                .collect()
        });
        let label_of = |i: usize| labels.get(i).and_then(|l| l.as_deref());
        // The rest of a label that wrapped ("inloop) - A", "=C/2") belongs
        // to the label above it: it is neither a label nor a value.
        let residue = |i: usize| {
            i > 0
                && label_of(i).is_none()
                && self
                    .lines
                    .get(i)
                    .is_some_and(|l| label::is_label_residue(&l.text()))
        };
        let mut i = 0;
        while i < self.lines.len() {
            let mut run: Vec<&str> = Vec::new();
            let mut end = i;
            while end < self.lines.len() {
                match label_of(end) {
                    Some(key) => run.push(key),
                    None if !run.is_empty() && residue(end) => {}
                    None => break,
                }
                end += 1;
            }
            if run.len() < MIN_BLOCK {
                i = end.max(i + 1);
                continue;
            }
            let values = self.lines.get(end..end + run.len())?;
            let fits = run.iter().zip(values).enumerate().all(|(k, (key, line))| {
                self.spec.fields.get(*key).is_some_and(|f| {
                    type_fits(&line.text(), f.value) && label_of(end + k).is_none()
                })
            });
            if let (true, Some(at)) = (fits, run.iter().position(|k| *k == key)) {
                let line = values.get(at)?;
                let seg = line.segments.first()?;
                return Some(Found {
                    label: key.to_string(),
                    score: 1.0,
                    ..found(line.text(), line.page, seg, Capture::Below)
                });
            }
            i = end;
        }
        None
    }

    /// A form field whose name matches a synonym and whose value has the
    /// right type.
    fn in_form_fields(&self, synonyms: &[Synonym], ty: ValueType) -> Option<Found> {
        let mut best: Option<Found> = None;
        for field in self.form_fields {
            let name = LabelText::new(&split_field_name(&field.name));
            for synonym in synonyms {
                let Some(m) = name.matches(synonym, true) else {
                    continue;
                };
                if m.score < self.thresholds.accept || !type_fits(&field.value, ty) {
                    continue;
                }
                if best.as_ref().is_none_or(|b| m.score > b.score) {
                    best = Some(Found {
                        value: field.value.trim().to_string(),
                        page: field.page.unwrap_or(1),
                        bbox: [0.0; 4],
                        label: synonym.label().to_string(),
                        score: m.score,
                        capture: Capture::FormField,
                        weak: false,
                    });
                }
            }
        }
        best
    }

    /// The value of a label found at segment `si` of line `li`.
    fn value_for(
        &self,
        li: usize,
        si: usize,
        m: &label::LabelMatch,
        ty: ValueType,
    ) -> Option<Found> {
        let line = self.lines.get(li)?;
        let seg = line.segments.get(si)?;
        let rest = seg.text.get(m.value_start..).unwrap_or("").trim();
        if !rest.is_empty() && type_fits(rest, ty) {
            let mut value = rest.to_string();
            if ty == ValueType::Text {
                // Where the value starts on the segment, by its share of
                // the characters.
                let total = seg.text.chars().count().max(1) as f32;
                let before = seg.text[..m.value_start].chars().count() as f32;
                let x = seg.x0 + (seg.x1 - seg.x0) * before / total;
                value = self.with_continuation(li, x, value);
            }
            return Some(found(value, line.page, seg, Capture::SameSegment));
        }
        if !rest.is_empty() && m.separated && ty != ValueType::Text {
            // "Datum: onbekend": the label has a value, of the wrong type.
            return None;
        }
        // In a header row (two or more labels side by side) values stand
        // under their labels, not beside them.
        let header_row = line
            .segments
            .iter()
            .filter(|s| self.is_label(&s.text))
            .count()
            >= 2;
        if let Some(next) = line.segments.get(si + 1).filter(|_| !header_row) {
            if !self.is_label(&next.text)
                && !label::is_label_residue(&next.text)
                && type_fits(&next.text, ty)
            {
                let mut value = next.text.trim().to_string();
                if ty == ValueType::Text {
                    value = self.with_continuation(li, next.x0, value);
                }
                return Some(found(value, line.page, next, Capture::Right));
            }
        }
        // The line below: the segment under the label or its value column.
        let below = self.line_below(li)?;
        let column = line.segments.get(si + 1).map_or(seg.x0, |n| n.x0);
        let under = below
            .segments
            .iter()
            .find(|s| s.x0 <= column + 4.0 && s.x1 >= seg.x0.min(column))
            .or_else(|| {
                (line.segments.len() == si + 1)
                    .then(|| below.segments.first())
                    .flatten()
            })?;
        if self.is_label(&under.text) || label::is_label_residue(&under.text) {
            return None;
        }
        if !type_fits(&under.text, ty) {
            return None;
        }
        Some(found(
            under.text.trim().to_string(),
            below.page,
            under,
            Capture::Below,
        ))
    }

    /// The next line on the same page, if it is close (a value under its
    /// label, not the next paragraph).
    fn line_below(&self, li: usize) -> Option<&Line> {
        let line = self.lines.get(li)?;
        let next = self.lines.get(li + 1)?;
        let height = (line.bottom() - line.top()).max(6.0);
        (next.page == line.page && next.top() - line.bottom() < 2.0 * height).then_some(next)
    }

    /// A text value that wraps: the following lines that start in the
    /// value's column and have nothing in the label column.
    fn with_continuation(&self, li: usize, column: f32, mut value: String) -> String {
        for at in li..li + 3 {
            let Some(next) = self.line_below(at) else {
                break;
            };
            let Some(first) = next.segments.first() else {
                break;
            };
            if (first.x0 - column).abs() > 4.0 || next.segments.len() > 1 {
                break;
            }
            if self.is_label(&first.text) || label::is_label_residue(&first.text) {
                break;
            }
            value.push(' ');
            value.push_str(first.text.trim());
        }
        value
    }

    /// The field a line (its prepared segments) names when it is one
    /// segment that is only a label.
    fn label_alone(&self, line: &[LabelText]) -> Option<String> {
        let [seg] = line else {
            return None;
        };
        self.spec.fields.iter().find_map(|(key, f)| {
            f.labels
                .iter()
                .any(|l| {
                    seg.matches(l, true).is_some_and(|m| {
                        m.score >= self.thresholds.accept
                            && seg
                                .text()
                                .get(m.value_start..)
                                .is_none_or(|r| r.trim().is_empty())
                    })
                })
                .then(|| key.clone())
        })
    }

    /// Whether a text starts with a label of any field of this type: the
    /// whole text, or a label and a separator. Remembered per text.
    fn is_label(&self, text: &str) -> bool {
        if let Some(&known) = self.label_memo.borrow().get(text) {
            return known;
        }
        let answer = self.is_label_uncached(text);
        self.label_memo
            .borrow_mut()
            .insert(text.to_string(), answer);
        answer
    }

    fn is_label_uncached(&self, text: &str) -> bool {
        let prepared = LabelText::new(text);
        self.all_synonyms.iter().any(|synonym| {
            prepared.matches(synonym, true).is_some_and(|m| {
                m.score >= self.thresholds.accept
                    && (m.separated
                        || text
                            .get(m.value_start..)
                            .is_none_or(|r| r.trim().is_empty()))
            })
        })
    }
}

/// Where a phrase ends in a line's tokens: its words in order, with at most
/// one other word between two of them ("bevestigen wij dat" for
/// "bevestigen dat").
fn phrase_end(toks: &[label::Token], phrase: &str) -> Option<usize> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let first = words.first()?;
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.word == *first)
        .find_map(|(start, _)| {
            let mut at = start;
            for w in words.iter().skip(1) {
                let next = toks
                    .iter()
                    .enumerate()
                    .skip(at + 1)
                    .take(2)
                    .find(|(_, t)| t.word == *w)?;
                at = next.0;
            }
            toks.get(at).map(|t| t.end)
        })
}

/// A value taken from running text ends where its sentence goes on: a
/// name before "heeft", "op", "attended"; a title before " op <date>" or
/// ", <date>".
fn trim_sentence(value: &str, ty: ValueType) -> String {
    const NAME_STOPS: [&str; 9] = [
        " heeft ",
        " op ",
        " is ",
        " was ",
        " d.d. ",
        " has ",
        " attended ",
        " aanwezig ",
        " met ",
    ];
    const DATE_STOPS: [&str; 5] = [" op ", ", ", " d.d. ", " gehouden ", " on "];
    let mut v = format!("{} ", value.trim());
    match ty {
        ValueType::Name => {
            for stop in NAME_STOPS {
                if let Some(i) = v.find(stop) {
                    v.truncate(i);
                }
            }
        }
        ValueType::Text => {
            for stop in DATE_STOPS {
                if let Some(i) = v.find(stop) {
                    if !find_dates(&v[i..]).is_empty() {
                        v.truncate(i);
                    }
                }
            }
        }
        _ => {}
    }
    v.trim()
        .trim_end_matches(['.', ',', ';'])
        .trim()
        .to_string()
}

/// A sentence's full stop is not part of a value ("Kennisnet Werk."); an
/// abbreviation's is ("B.V.", "mrt.").
fn without_full_stop(value: String) -> String {
    let last_word = value
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let letters = last_word.chars().filter(|c| c.is_alphabetic()).count();
    if value.ends_with('.') && letters >= 4 && !last_word[..last_word.len() - 1].contains('.') {
        value[..value.len() - 1].to_string()
    } else {
        value
    }
}

/// A value without the bracket or bar OCR reads where a form's box
/// starts ("[Bas Peters", "|2"): values do not open with one.
pub fn without_ocr_fence(text: &str) -> &str {
    let t = text.trim();
    let fence = ['[', ']', '|', '{', '!', '„', '‚', '¦'];
    let rest = t.trim_start_matches(fence).trim_start();
    // A bracket that closes later is part of the value ("(2 dagdelen)").
    let opened_bracket = t.starts_with('(') && !t.contains(')');
    let rest = if opened_bracket {
        rest.trim_start_matches('(').trim_start()
    } else {
        rest
    };
    if rest.is_empty() {
        t
    } else {
        rest
    }
}

fn found(value: String, page: u32, seg: &Segment, capture: Capture) -> Found {
    Found {
        value: without_full_stop(without_ocr_fence(&value).to_string()),
        page,
        bbox: [seg.x0, seg.top, seg.x1, seg.bottom],
        label: String::new(),
        score: 0.0,
        capture,
        weak: false,
    }
}

/// A value beside its label is likelier than one under it.
fn capture_prior(capture: Capture) -> f64 {
    match capture {
        Capture::FormField | Capture::SameSegment | Capture::Right => 1.0,
        Capture::Below | Capture::LeadIn => 0.95,
    }
}

/// `datumActiviteit`, `tijd_aanwezigheid_A`, `form1[0].naam[0]` → words.
fn split_field_name(name: &str) -> String {
    let last = name.rsplit('.').next().unwrap_or(name);
    let mut out = String::new();
    let mut prev_lower = false;
    for c in last.chars() {
        if c == '[' {
            break;
        }
        if c.is_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_lowercase();
        out.push(if c == '_' || c == '-' { ' ' } else { c });
    }
    out
}

fn normalize_value(v: &str) -> String {
    crate::text::fold::normalize(v)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Whether a text can be a value of the type.
pub fn type_fits(text: &str, ty: ValueType) -> bool {
    let t = without_ocr_fence(text);
    if t.is_empty() {
        return false;
    }
    match ty {
        ValueType::Date => !find_dates(t).is_empty(),
        ValueType::Hours => {
            matches!(parse_hours(t), Ok(_) | Err(HoursError::Ambiguous(_)))
                || hours_words(t)
                // A date is no duration, other digits may be one that
                // OCR garbled ("0u30", "13:30-1 5:00").
                || (t.chars().any(|c| c.is_ascii_digit())
                    && (t.contains(':') || find_dates(t).is_empty()))
        }
        ValueType::Number => t.chars().any(|c| c.is_ascii_digit()),
        ValueType::Name => looks_like_name(t),
        ValueType::Text => t.chars().any(char::is_alphabetic) && !is_blank_line(t),
    }
}

/// Particles of Dutch (and other) surnames, written in lower case.
const NAME_PARTICLES: [&str; 18] = [
    "van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "la", "le", "el", "al", "bin",
    "da", "dos", "du", "von",
];

/// A person's name: at most seven words, each capitalised, an initial or a
/// particle ("van der", "el"), at least one capitalised, no digits. A
/// sentence ("was de volledige bijeenkomst aanwezig") is not a name.
pub fn looks_like_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut capitalised = 0;
    for w in &words {
        let w = w.trim_matches(|c: char| matches!(c, ',' | ';'));
        let first = w.chars().next();
        if first.is_some_and(char::is_uppercase) {
            capitalised += 1;
        } else if !NAME_PARTICLES.contains(&w.to_lowercase().as_str()) {
            return false;
        }
    }
    capitalised >= 1 && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// "geen", "n.v.t.": words that are a (zero) duration.
fn hours_words(t: &str) -> bool {
    let n = crate::text::fold::normalize(t);
    ["geen", "nvt", "n.v.t.", "n.v.t", "-"].contains(&n.as_str())
}

/// A line to write on: dots and underscores only.
fn is_blank_line(t: &str) -> bool {
    t.chars()
        .all(|c| matches!(c, '.' | '_' | '…' | ' ' | '-' | ':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_fields_parse() {
        let config = FieldsConfig::from_toml(SHIPPED).expect("fields.toml parses"); // ok: test
        assert!(config.document("opgaveformulier_activiteit").is_some());
        assert!(config.thresholds.weak < config.thresholds.accept);
    }

    #[test]
    fn form_field_names_split_into_words() {
        assert_eq!(split_field_name("datumActiviteit"), "datum Activiteit");
        assert_eq!(
            split_field_name("form1[0].tijd_aanwezigheid_A[0]"),
            "tijd aanwezigheid A"
        );
    }
}
