//! Why a file yields no content: found while discovering (links, folders,
//! I/O) or while extracting (formats, limits). Both stages and the reports
//! share it, so it lives with the vocabulary.

use super::Message;
use serde::{Deserialize, Serialize};

/// Why a file yields no content. Each becomes a `DOC-UNREADABLE` finding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum Unreadable {
    /// The file has zero bytes.
    #[error("empty file (0 bytes)")]
    Empty,
    /// Larger than `--max-file-size`.
    #[error("file of {bytes} bytes is larger than the limit of {limit} bytes")]
    TooLarge { bytes: u64, limit: u64 },
    /// Reading it would need more memory than one file may use, or more
    /// cells or text than the budget of a sheet.
    #[error("reading it needs more than the memory ceiling of {limit} bytes")]
    MemoryCeiling { limit: u64 },
    /// A workbook declares more cells or text than one file may hold.
    #[error("{0}")]
    OverBudget(String),
    /// Parsing took longer than `--file-timeout`.
    #[error("reading took longer than {0} s")]
    Timeout(u64),
    /// Needs a password we do not have.
    #[error("encrypted with a password")]
    Encrypted,
    /// The file ends before its structure does.
    #[error("truncated: {0}")]
    Truncated(String),
    /// The structure is damaged.
    #[error("corrupt: {0}")]
    Corrupt(String),
    /// A format hercert does not read.
    #[error("unsupported format: {0}")]
    Unsupported(String),
    /// A symbolic link whose target lies outside the cohort folder.
    #[error("symbolic link to a target outside the cohort, not followed")]
    LinkOutsideCohort,
    /// A symbolic link whose target does not exist.
    #[error("symbolic link to a target that does not exist")]
    DanglingLink,
    /// A folder link, device, socket or pipe.
    #[error("not a regular file")]
    NotAFile,
    /// The operating system refused to read it.
    #[error("cannot read: {0}")]
    Io(String),
    /// A parser panicked; a bug in hercert or a crate, reported not hidden.
    #[error("internal error while reading (panic): {0}")]
    Panic(String),
}

impl Unreadable {
    /// Whether the same file may read differently next time (a time-out, an
    /// I/O error, a panic): such results are not cached.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Unreadable::Timeout(_) | Unreadable::Io(_) | Unreadable::Panic(_)
        )
    }

    /// `keyword: reason`, as `documents.csv` and `hercert extract` show it.
    pub fn describe(&self) -> String {
        let text = self.to_string();
        if text.starts_with(self.keyword()) {
            text
        } else {
            format!("{}: {text}", self.keyword())
        }
    }

    /// The short keyword of `documents.csv`'s `error` column.
    pub fn keyword(&self) -> &'static str {
        match self {
            Unreadable::Empty => "empty",
            Unreadable::TooLarge { .. } => "too-large",
            Unreadable::MemoryCeiling { .. } => "too-large",
            Unreadable::OverBudget(_) => "too-large",
            Unreadable::Timeout(_) => "timeout",
            Unreadable::Encrypted => "encrypted",
            Unreadable::Truncated(_) => "truncated",
            Unreadable::Corrupt(_) => "corrupt",
            Unreadable::Unsupported(_) => "unsupported",
            Unreadable::LinkOutsideCohort => "symlink",
            Unreadable::DanglingLink => "symlink",
            Unreadable::NotAFile => "not-a-file",
            Unreadable::Io(_) => "io",
            Unreadable::Panic(_) => "internal-error",
        }
    }

    /// The finding message, in both report languages.
    pub fn message(&self) -> Message {
        let nl = match self {
            Unreadable::Empty => "Het bestand is leeg (0 bytes).".to_string(),
            Unreadable::TooLarge { bytes, limit } => {
                format!("Het bestand is te groot ({bytes} bytes; grens {limit} bytes).")
            }
            Unreadable::MemoryCeiling { limit } => {
                format!(
                    "Het lezen vraagt meer geheugen dan de grens van {limit} bytes per bestand."
                )
            }
            Unreadable::OverBudget(d) => format!("Het bestand is te groot om te lezen: {d}."),
            Unreadable::Timeout(s) => format!("Het lezen duurde langer dan {s} seconden."),
            Unreadable::Encrypted => "Het bestand is met een wachtwoord beveiligd.".to_string(),
            Unreadable::Truncated(d) => format!("Het bestand is afgebroken (onvolledig): {d}."),
            Unreadable::Corrupt(d) => format!("Het bestand is beschadigd: {d}."),
            Unreadable::Unsupported(f) => format!("Bestandsformaat wordt niet ondersteund: {f}."),
            Unreadable::LinkOutsideCohort => {
                "Snelkoppeling naar een bestand buiten het dossier; niet gevolgd.".to_string()
            }
            Unreadable::DanglingLink => {
                "Snelkoppeling naar een bestand dat niet bestaat.".to_string()
            }
            Unreadable::NotAFile => "Geen gewoon bestand.".to_string(),
            Unreadable::Io(d) => format!("Het bestand kan niet worden gelezen: {d}."),
            Unreadable::Panic(d) => format!("Interne fout bij het lezen: {d}."),
        };
        let mut en = self.to_string();
        if let Some(first) = en.get(..1) {
            en = format!("{}{}.", first.to_uppercase(), en.get(1..).unwrap_or(""));
        }
        Message::new(nl, en)
    }
}
