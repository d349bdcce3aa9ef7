//! What a value of each type looks like, and what is not part of one: a
//! date, a duration, a number, a person's name, a text; OCR's box fence
//! before it and a sentence's full stop after it.
//!
//! Separate from finding labels and values because it judges one text on
//! its own, wherever it stood; other readers (`opgave`) use it too.

use super::ValueType;
use crate::interpret::notation::dates::find_dates;
use crate::interpret::notation::hours::{parse_hours, HoursError};

/// A sentence's full stop is not part of a value ("Kennisnet Werk."); an
/// abbreviation's is ("B.V.", "mrt.").
pub(super) fn without_full_stop(value: String) -> String {
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
