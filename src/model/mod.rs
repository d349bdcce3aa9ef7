//! The vocabulary shared by every stage: document types, formats, severities
//! and findings, and the catalogue of the texts findings carry. Kept free of
//! I/O so each stage can be read on its own.

pub mod catalogue;
pub mod template;
mod unreadable;

use serde::{Deserialize, Serialize};
use std::fmt;

pub use unreadable::Unreadable;

/// A file compiled into hercert (a lexicon, a model, reading settings) that
/// does not load. A run checks them all before it reads a document, and
/// stops (exit 2) naming the file, rather than reading with less.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file} does not load: {problem}")]
pub struct LoadError {
    /// The file, as the source tree names it (`schemes/casuistiek.toml`).
    pub file: &'static str,
    /// What the parser said.
    pub problem: String,
}

/// The file that marks a folder as hercert's own report folder: publish
/// writes it, discover skips a folder that holds it.
pub const REPORTS_MARKER: &str = ".hercert-reports";

/// How bad a broken rule is for the dossier (SPEC §3). The order matters:
/// the worst severity of a dossier decides its outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Supplement,
    Reject,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Supplement => "supplement",
            Severity::Reject => "reject",
        }
    }
}

/// The kinds of document a dossier holds (SPEC §2). The report value is the
/// snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    Aanvraagformulier,
    Certificatieovereenkomst,
    Werkverklaring,
    Ervaringsverklaring,
    OverzichtVakontwikkeling,
    OpgaveformulierActiviteit,
    BewijsDeelname,
    Intervisieverslag,
    Onbekend,
}

impl DocType {
    /// Every type a classifier can choose, `Onbekend` excluded.
    pub const KNOWN: [DocType; 8] = [
        DocType::Aanvraagformulier,
        DocType::Certificatieovereenkomst,
        DocType::Werkverklaring,
        DocType::Ervaringsverklaring,
        DocType::OverzichtVakontwikkeling,
        DocType::OpgaveformulierActiviteit,
        DocType::BewijsDeelname,
        DocType::Intervisieverslag,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocType::Aanvraagformulier => "aanvraagformulier",
            DocType::Certificatieovereenkomst => "certificatieovereenkomst",
            DocType::Werkverklaring => "werkverklaring",
            DocType::Ervaringsverklaring => "ervaringsverklaring",
            DocType::OverzichtVakontwikkeling => "overzicht_vakontwikkeling",
            DocType::OpgaveformulierActiviteit => "opgaveformulier_activiteit",
            DocType::BewijsDeelname => "bewijs_deelname",
            DocType::Intervisieverslag => "intervisieverslag",
            DocType::Onbekend => "onbekend",
        }
    }

    /// The Dutch name an assessor recognises, for messages.
    pub fn dutch_name(self) -> &'static str {
        match self {
            DocType::Aanvraagformulier => "aanvraagformulier",
            DocType::Certificatieovereenkomst => "certificatieovereenkomst",
            DocType::Werkverklaring => "werkverklaring",
            DocType::Ervaringsverklaring => "ervaringsverklaring",
            DocType::OverzichtVakontwikkeling => "overzicht vakontwikkeling",
            DocType::OpgaveformulierActiviteit => "opgaveformulier activiteit",
            DocType::BewijsDeelname => "bewijs van deelname",
            DocType::Intervisieverslag => "intervisieverslag",
            DocType::Onbekend => "onbekend document",
        }
    }

    pub fn parse(s: &str) -> Option<DocType> {
        DocType::KNOWN
            .into_iter()
            .chain([DocType::Onbekend])
            .find(|t| t.as_str() == s)
    }
}

impl fmt::Display for DocType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A file format as sniffed from the bytes; the extension is only a hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Format {
    Pdf,
    Xlsx,
    Xlsm,
    Xlsb,
    Xls,
    Ods,
    Csv,
    Docx,
    Doc,
    Odt,
    Jpeg,
    Png,
    Tiff,
    Zip,
    Text,
    Empty,
    Unknown,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Xlsx => "xlsx",
            Format::Xlsm => "xlsm",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
            Format::Csv => "csv",
            Format::Docx => "docx",
            Format::Doc => "doc",
            Format::Odt => "odt",
            Format::Jpeg => "jpeg",
            Format::Png => "png",
            Format::Tiff => "tiff",
            Format::Zip => "zip",
            Format::Text => "text",
            Format::Empty => "empty",
            Format::Unknown => "unknown",
        }
    }

    /// Whether calamine reads this format.
    pub fn is_workbook(self) -> bool {
        matches!(
            self,
            Format::Xlsx | Format::Xlsm | Format::Xlsb | Format::Xls | Format::Ods
        )
    }
}

/// Which kind of signature a document carries (SPEC §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SignatureKind {
    #[default]
    None,
    Digital,
    Form,
    Visual,
}

impl SignatureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureKind::None => "none",
            SignatureKind::Digital => "digital",
            SignatureKind::Form => "form",
            SignatureKind::Visual => "visual",
        }
    }
}

/// A text in the two report languages. Findings carry both so that `--lang`
/// is a choice made when writing, not when assessing. Made from the
/// catalogue's templates (`Message::from_catalogue`), so that every finding
/// text lives in `schemes/catalogue.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    pub nl: String,
    pub en: String,
}

impl Message {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

/// The language of report messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

/// One broken (or noteworthy) rule in one dossier. Severity is not stored
/// here: it comes from the scheme when the finding is reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub code: String,
    /// The document the finding is about, relative to the cohort folder;
    /// `None` for dossier-level findings such as `DOC-MISSING`.
    pub document: Option<String>,
    pub page: Option<u32>,
    pub message: Message,
    /// A short quote that shows why; never a whole paragraph (privacy).
    pub evidence: String,
    /// Whether the reading behind the finding is sure; an unsure finding
    /// is marked "te controleren" so that the assessor looks there first.
    #[serde(default)]
    pub certainty: Certainty,
}

/// How sure the reading behind a finding is (`findings.csv` `certainty`).
///
/// A finding against a candidate needs positive evidence. Where the
/// reader found something it could not place (a part it could not name, a
/// document that mentions an activity whose proof it could not match), the
/// finding still stands, since the outcome rule does not change, but it is
/// `Unsure`, and the page asks the assessor to check it first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    #[default]
    Sure,
    Unsure,
}

impl Certainty {
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Sure => "sure",
            Certainty::Unsure => "unsure",
        }
    }
}

impl Finding {
    pub fn dossier(code: &str, message: Message) -> Self {
        Finding {
            code: code.to_string(),
            document: None,
            page: None,
            message,
            evidence: String::new(),
            certainty: Certainty::Sure,
        }
    }

    pub fn document(code: &str, document: &str, message: Message) -> Self {
        Finding {
            code: code.to_string(),
            document: Some(document.to_string()),
            page: None,
            message,
            evidence: String::new(),
            certainty: Certainty::Sure,
        }
    }

    /// The report order: by document (dossier-level first), page, code.
    pub fn sort_key(&self) -> (&str, Option<u32>, &str) {
        (
            self.document.as_deref().unwrap_or(""),
            self.page,
            &self.code,
        )
    }

    pub fn with_page(mut self, page: Option<u32>) -> Self {
        self.page = page;
        self
    }

    pub fn with_evidence(mut self, evidence: impl Into<String>) -> Self {
        self.evidence = evidence.into();
        self
    }

    /// Marks the finding as resting on a reading hercert is not sure of.
    pub fn unsure_if(mut self, unsure: bool) -> Self {
        if unsure {
            self.certainty = Certainty::Unsure;
        }
        self
    }
}
