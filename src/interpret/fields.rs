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
//!
//! This module decides between the candidates; `config` is what
//! `fields.toml` says, `labels` finds labels, `placement` reads the value
//! beside or under one, `lead_in` reads values in running text, and
//! `values` judges a value by its type.

mod config;
mod labels;
mod lead_in;
mod placement;
mod values;

use crate::extract::positioned::Line;
use crate::extract::{Extracted, FormField};
use crate::text::label::{self, LabelText, Synonym};
pub(crate) use config::SHIPPED;
pub use config::{
    DocumentFields, FieldSpec, FieldsConfig, FieldsError, Thresholds, ValueType, SHIPPED_FIELDS,
};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
pub use values::{looks_like_name, type_fits, without_ocr_fence};

/// Lines of a document the field reader looks at: the work per document is
/// bounded, whatever was uploaded.
const MAX_FIELD_LINES: usize = 800;

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
}

/// A value beside its label is likelier than one under it.
fn capture_prior(capture: Capture) -> f64 {
    match capture {
        Capture::FormField | Capture::SameSegment | Capture::Right => 1.0,
        Capture::Below | Capture::LeadIn => 0.95,
    }
}

fn normalize_value(v: &str) -> String {
    crate::text::fold::normalize(v)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}
