//! One activity of vakontwikkeling as a document states it: its date,
//! title, organiser, kind, hours and claimed PE. The opgaveformulier
//! (`opgave`) states one activity, the overzicht (`overzicht`) one per row;
//! both give this one type, and where it was read is its `source`.

use super::mentions::Mentions;
use super::notation::dates::ParsedDate;
use super::notation::hours::HoursError;

/// Where an activity was read: the document an assessor opens to check it.
#[derive(Debug, Clone, PartialEq)]
pub enum ActivitySource {
    /// An opgaveformulier activiteit (bijlage 4): one activity per document.
    Form { document: String },
    /// A row of an overzicht vakontwikkeling (bijlage 3).
    Overview {
        document: String,
        /// 1-based row in the sheet (what an assessor looks up).
        row: usize,
    },
}

/// What one document states about one activity.
///
/// A fact only one kind of document can state is a field all the same,
/// empty where the source cannot say it: `says_long_course` is false for
/// an overview row, which has no place to say so. Facts thus keep one name
/// wherever they were read, and `assess` compares a form with an overview
/// row field by field.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub source: ActivitySource,
    pub date: Option<ParsedDate>,
    /// Last day of a multi-day activity (`12-3-2024 t/m 14-5-2024`).
    pub end_date: Option<ParsedDate>,
    pub title: String,
    pub organiser: String,
    pub kind: String,
    /// A: hours present, excluding breaks.
    pub attendance: Option<Result<u32, HoursError>>,
    /// B: hours of preparation and self-study.
    pub preparation: Option<Result<u32, HoursError>>,
    /// C = A + B as written.
    pub total: Option<Result<u32, HoursError>>,
    /// The PE the document claims, as written.
    pub pe_claimed: Option<f64>,
    /// The document calls it a long course (langdurige opleiding); only a
    /// form has the words for it.
    pub says_long_course: bool,
    /// What a form says anywhere (empty for an overview row, which says
    /// nothing beyond its cells): a form whose title and date the field
    /// stage could not read is paired with its overview row on these.
    pub mentions: Mentions,
}

impl Activity {
    /// An activity of which nothing was read yet.
    pub fn blank(source: ActivitySource) -> Activity {
        Activity {
            source,
            date: None,
            end_date: None,
            title: String::new(),
            organiser: String::new(),
            kind: String::new(),
            attendance: None,
            preparation: None,
            total: None,
            pe_claimed: None,
            says_long_course: false,
            mentions: Mentions::default(),
        }
    }

    /// The document the activity was read from.
    pub fn document(&self) -> &str {
        match &self.source {
            ActivitySource::Form { document } | ActivitySource::Overview { document, .. } => {
                document
            }
        }
    }

    /// The overview row it was read from; none for a form.
    pub fn row(&self) -> Option<usize> {
        match self.source {
            ActivitySource::Overview { row, .. } => Some(row),
            ActivitySource::Form { .. } => None,
        }
    }
}
