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

    /// The finding message, in both report languages: the catalogue's
    /// `DOC-UNREADABLE` variant for this reason. The English text is the
    /// reason as a sentence (a test holds the two together).
    pub fn message(&self) -> Message {
        match self {
            Unreadable::Empty => Message::from_catalogue("DOC-UNREADABLE", "empty", &[]),
            Unreadable::TooLarge { bytes, limit } => Message::from_catalogue(
                "DOC-UNREADABLE",
                "too-large",
                &[("bytes", bytes), ("limit", limit)],
            ),
            Unreadable::MemoryCeiling { limit } => {
                Message::from_catalogue("DOC-UNREADABLE", "memory-ceiling", &[("limit", limit)])
            }
            Unreadable::OverBudget(d) => {
                Message::from_catalogue("DOC-UNREADABLE", "over-budget", &[("detail", d)])
            }
            Unreadable::Timeout(s) => {
                Message::from_catalogue("DOC-UNREADABLE", "timeout", &[("seconds", s)])
            }
            Unreadable::Encrypted => Message::from_catalogue("DOC-UNREADABLE", "encrypted", &[]),
            Unreadable::Truncated(d) => {
                Message::from_catalogue("DOC-UNREADABLE", "truncated", &[("detail", d)])
            }
            Unreadable::Corrupt(d) => {
                Message::from_catalogue("DOC-UNREADABLE", "corrupt", &[("detail", d)])
            }
            Unreadable::Unsupported(f) => {
                Message::from_catalogue("DOC-UNREADABLE", "unsupported", &[("format", f)])
            }
            Unreadable::LinkOutsideCohort => {
                Message::from_catalogue("DOC-UNREADABLE", "link-outside-cohort", &[])
            }
            Unreadable::DanglingLink => {
                Message::from_catalogue("DOC-UNREADABLE", "dangling-link", &[])
            }
            Unreadable::NotAFile => Message::from_catalogue("DOC-UNREADABLE", "not-a-file", &[]),
            Unreadable::Io(d) => Message::from_catalogue("DOC-UNREADABLE", "io", &[("detail", d)]),
            Unreadable::Panic(d) => {
                Message::from_catalogue("DOC-UNREADABLE", "panic", &[("detail", d)])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each reason, with details as the readers write them.
    fn every_reason() -> Vec<Unreadable> {
        vec![
            Unreadable::Empty,
            Unreadable::TooLarge {
                bytes: 300,
                limit: 200,
            },
            Unreadable::MemoryCeiling { limit: 1024 },
            Unreadable::OverBudget("more than 10 shared strings".into()),
            Unreadable::Timeout(30),
            Unreadable::Encrypted,
            Unreadable::Truncated("no end of file".into()),
            Unreadable::Corrupt("bad xref".into()),
            Unreadable::Unsupported("wpd".into()),
            Unreadable::LinkOutsideCohort,
            Unreadable::DanglingLink,
            Unreadable::NotAFile,
            Unreadable::Io("permission denied".into()),
            Unreadable::Panic("index out of bounds".into()),
        ]
    }

    /// The English message says what `describe` and the error column say:
    /// the reason, with a capital and a full stop.
    #[test]
    fn the_english_message_is_the_reason_as_a_sentence() {
        for reason in every_reason() {
            let text = reason.to_string();
            let mut chars = text.chars();
            let first = chars.next().expect("a reason has words"); // ok: test
            let sentence = format!("{}{}.", first.to_uppercase(), chars.as_str());
            let m = reason.message();
            assert_eq!(m.en, sentence);
            assert!(m.nl.ends_with('.') && !m.nl.contains('{'), "{}", m.nl);
        }
    }
}
