//! What `schemes/fields.toml` says: per document type, its fields, their
//! label synonyms and the type of their value, and the score thresholds.
//!
//! Separate from the reader because it is data (what varies per scheme),
//! loaded and checked once per run; the reader is one mechanism for all.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::text::label::Synonym;

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

pub(crate) const SHIPPED: &str = include_str!("../../../schemes/fields.toml");

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_fields_parse() {
        let config = FieldsConfig::from_toml(SHIPPED).expect("fields.toml parses"); // ok: test
        assert!(config.document("opgaveformulier_activiteit").is_some());
        assert!(config.thresholds.weak < config.thresholds.accept);
    }
}
