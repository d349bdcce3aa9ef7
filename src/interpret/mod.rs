//! Interpret: what the documents say, in the terms of the rules. One module
//! per document type, on top of the field stage: labelled fields
//! (`fields`), sections (`sections`) and tables (`table`), with their
//! synonyms in `schemes/fields.toml` and `schemes/sections.toml`.

pub mod aanvraag;
pub mod bewijs;
pub mod casuistiek;
pub mod ervaring;
pub mod fields;
pub mod intervisie;
pub mod notation;
pub mod opgave;
pub mod overzicht;
pub mod sections;
pub mod table;
pub mod text;
#[cfg(test)]
mod variants;
pub mod werkverklaring;

use crate::classify::Classification;
use crate::extract::Extracted;
use crate::model::DocType;

/// A document the text classifier could not place, that holds a table of
/// activities (a header with a date, a title and hours or PE, and rows under
/// it), is an overzicht vakontwikkeling: candidates export such lists from
/// their own spreadsheets without any title.
pub fn refine_classification(extracted: &Extracted, found: Classification) -> Classification {
    if found.doc_type != DocType::Onbekend || extracted.error.is_some() {
        return found;
    }
    match overzicht::activity_table(extracted) {
        Some((table, _)) if table.rows.len() >= 2 => Classification {
            doc_type: DocType::OverzichtVakontwikkeling,
            confidence: 0.7,
        },
        _ => found,
    }
}
