//! Interpret: what the documents say, in the terms of the rules. One module
//! per document type, on top of the field stage: labelled fields
//! (`fields`), sections (`sections`) and tables (`table`), with their
//! synonyms in `schemes/fields.toml` and `schemes/sections.toml`.
//! Where two document types state the same thing they give one type: the
//! opgaveformulier and each row of the overzicht give an `activity::Activity`
//! that knows its source.
//!
//! A concept has one name in code across the stages: `intervision` reads
//! the intervisieverslag and `assess::intervision` judges it; `experience`
//! reads the ervaringsverklaring and `assess::experience` judges it. The
//! Dutch terms stay in documents, messages and scheme keys.

pub mod aanvraag;
pub mod activity;
pub mod arithmetic;
pub mod bewijs;
pub mod casuistiek;
pub mod experience;
pub mod fields;
pub mod interpreted;
pub mod intervision;
pub mod mentions;
pub mod notation;
pub mod opgave;
pub mod overzicht;
pub mod roles;
pub mod sections;
pub mod table;
pub mod text;
#[cfg(test)]
mod variants;
pub mod werkverklaring;

use crate::classify::Classification;
use crate::extract::Extracted;
use crate::model::{DocType, LoadError};

/// Whether the files compiled in for reading load: the field labels
/// (`schemes/fields.toml`), the headings (`schemes/sections.toml`) and the
/// casuïstiek lexicon and model. A run calls this before it reads a
/// document, so a broken file stops it naming the file.
pub fn check_shipped() -> Result<(), LoadError> {
    fields::FieldsConfig::from_toml(fields::SHIPPED).map_err(|e| LoadError {
        file: "schemes/fields.toml",
        problem: e.to_string(),
    })?;
    toml::from_str::<sections::SectionsConfig>(sections::SHIPPED).map_err(|e| LoadError {
        file: "schemes/sections.toml",
        problem: e.to_string(),
    })?;
    roles::check_shipped().map_err(|e| LoadError {
        file: "schemes/classify.toml",
        problem: e.to_string(),
    })?;
    casuistiek::check_shipped()
}

/// A document the text classifier could not place, that holds a table of
/// activities (a header with a date, a title and hours or PE, and rows under
/// it), is an overzicht vakontwikkeling: candidates export such lists from
/// their own spreadsheets without any title. Failing that, a document is
/// what it does (`roles`): a form by its arithmetic, a proof by saying
/// that someone attended an event on a date. A document typed by its words
/// as a proof or as an overview is a form when its numbers hold a form's
/// arithmetic (and, for an overview, it lists no activities).
///
/// `text` is the document's full text, which the caller has at hand from
/// the classifier (`Extracted::full_text` joins every page anew).
/// The form's own fields, read by their labels, for one activity whose
/// arithmetic cannot be checked (its A in day parts, its C left open): a
/// date, the preparation time B and one more of A, C and PE. B is the
/// candidate's own self-study, which no organiser's proof states; an
/// overview holds a table of activities instead.
fn labelled_as_form(extracted: &Extracted, text: &str) -> Option<Classification> {
    // The field stage is the costly part; most proofs name no preparation
    // at all, which a look for the label's words tells first.
    let spec = fields::SHIPPED_FIELDS.document("opgaveformulier_activiteit")?;
    let folded = crate::text::fold::normalize(text);
    let names_preparation = spec.fields.get("preparation")?.labels.iter().any(|label| {
        let label = crate::text::fold::normalize(label.label());
        label.chars().count() >= 3 && folded.contains(&label)
    });
    if !names_preparation {
        return None;
    }
    let reader = fields::FieldReader::new(extracted, "opgaveformulier_activiteit")?;
    let has = |key: &str| reader.read(key).found().is_some();
    let others = ["attendance", "total", "pe"]
        .iter()
        .filter(|k| has(k))
        .count();
    (has("date") && has("preparation") && others >= 1).then_some(Classification {
        doc_type: DocType::OpgaveformulierActiviteit,
        confidence: roles::form_confidence()?,
    })
}

pub fn refine_classification(
    extracted: &Extracted,
    text: &str,
    found: Classification,
) -> Classification {
    if extracted.error.is_some() {
        return found;
    }
    // A proof's words ("deelnemer", "certificaat") on a page whose numbers
    // hold bijlage 4's arithmetic: the page is the form.
    if found.doc_type == DocType::BewijsDeelname {
        return roles::as_form(text)
            .or_else(|| labelled_as_form(extracted, text))
            .unwrap_or(found);
    }
    // An overview's words ("vakontwikkeling", "vakoverleg", "datum") on a
    // page that lists no activities but holds one form's arithmetic: the
    // page is that activity's form. An overview is a table of rows.
    if found.doc_type == DocType::OverzichtVakontwikkeling && extracted.sheets.is_empty() {
        let lists_activities =
            overzicht::activity_table(extracted).is_some_and(|(table, _)| table.rows.len() >= 2);
        if !lists_activities {
            return roles::as_form(text)
                .or_else(|| labelled_as_form(extracted, text))
                .unwrap_or(found);
        }
    }
    if found.doc_type != DocType::Onbekend {
        return found;
    }
    match overzicht::activity_table(extracted) {
        Some((table, _)) if table.rows.len() >= 2 => Classification {
            doc_type: DocType::OverzichtVakontwikkeling,
            confidence: 0.7,
        },
        _ => roles::as_form(text)
            .or_else(|| labelled_as_form(extracted, text))
            .or_else(|| roles::as_proof(text))
            .unwrap_or(found),
    }
}
