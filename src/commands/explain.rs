//! `hercert explain CODE`: what a finding code means, from the one
//! catalogue the pages and letters use: its name, the rule, the severity each
//! shipped scheme gives it, what the candidate can do and the letter line.

use crate::model::catalogue::catalogue;
use crate::model::Lang;
use crate::scheme::{SchemeError, SchemeSet};
use std::fmt::Write;

/// Why a code cannot be explained (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum ExplainError {
    /// The code is not in the catalogue; the message lists the known ones.
    #[error("unknown finding code '{code}'; known codes: {known}")]
    Unknown { code: String, known: String },
    /// A shipped scheme could not be read (a broken build).
    #[error(transparent)]
    Scheme(#[from] SchemeError),
}

/// The explanation as text for the terminal.
pub fn run(code: &str, lang: Lang) -> Result<String, ExplainError> {
    let cat = catalogue();
    let code = code.trim().to_ascii_uppercase();
    let Some(entry) = cat.entry(&code) else {
        return Err(ExplainError::Unknown {
            code,
            known: cat.codes.keys().cloned().collect::<Vec<_>>().join(", "),
        });
    };
    let (schemes, _) = SchemeSet::new("rib")?;
    let severities: Vec<String> = ["rib", "rccm", "crov"]
        .iter()
        .filter_map(|id| schemes.get(id))
        .map(|s| {
            let severity = s.severity(&code);
            let key = format!("severity_{}", severity.as_str());
            format!(
                "{} ({}): {}",
                s.id,
                severity.as_str(),
                cat.label(&key, lang)
            )
        })
        .collect();
    let mut out = String::new();
    let _ = writeln!(out, "{code}: {}", entry.name.get(lang));
    out.push('\n');
    for (label, text) in [
        ("explain_rule", entry.rule.get(lang).to_string()),
        ("explain_severity", severities.join("; ")),
        ("explain_action", entry.action.get(lang).to_string()),
        ("explain_letter", entry.letter.get(lang).to_string()),
    ] {
        let _ = writeln!(out, "{}:", cat.label(label, lang));
        for line in wrap(&text, 76) {
            let _ = writeln!(out, "  {line}");
        }
    }
    Ok(out)
}

/// Words into lines of at most `width` characters (a longer word stays whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_explained_in_either_language() {
        let nl = run("pe-no-proof", Lang::Nl).expect("known code"); // ok: test
        assert!(
            nl.starts_with("PE-NO-PROOF: Geen bewijs van deelname\n"),
            "{nl}"
        );
        assert!(nl.contains("rib (supplement): aanvullen"), "{nl}");
        assert!(nl.contains("U dient bewijs te tonen van deelname"), "{nl}");
        let en = run("PE-NO-PROOF", Lang::En).expect("known code"); // ok: test
        assert!(en.contains("What the candidate can do:"), "{en}");
        assert!(!en.contains("Regel:"), "{en}");
    }

    #[test]
    fn an_unknown_code_lists_the_known_ones() {
        let err = run("NOPE", Lang::Nl).expect_err("unknown"); // ok: test
        assert!(err.to_string().contains("WORK-YEARS"));
    }

    #[test]
    fn long_texts_wrap_at_word_boundaries() {
        let lines = wrap("een twee drie vier", 9);
        assert_eq!(lines, ["een twee", "drie vier"]);
    }
}
