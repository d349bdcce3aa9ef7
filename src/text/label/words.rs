//! The words of a label: a text cut into folded word tokens that remember
//! where they stood, and the stop words that labels are compared without.
//!
//! Separate from matching because other readers (sections, experience)
//! tokenise the same way without matching a synonym.

use crate::text::fold::normalize;

/// Words that carry no meaning in a label ("datum van de activiteit" is
/// "datum activiteit").
pub(super) const STOP_WORDS: [&str; 22] = [
    "de", "het", "een", "van", "der", "den", "en", "of", "voor", "per", "in", "op", "te", "uw",
    "je", "mijn", "onze", "twee", "drie", "vier", "vijf", "zes",
];

/// A folded word of a text with where it stands in the original.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub word: String,
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
}

/// The words of a text, folded (lower case, no accents), with their byte
/// ranges. A word is a run of letters and digits.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(token(text, s, i));
        }
    }
    if let Some(s) = start {
        out.push(token(text, s, text.len()));
    }
    out
}

fn token(text: &str, start: usize, end: usize) -> Token {
    Token {
        word: normalize(&text[start..end]),
        start,
        end,
    }
}

/// A label's words without stop words, folded; what synonyms are compared on.
pub fn label_words(label: &str) -> Vec<String> {
    let all: Vec<String> = tokens(label).into_iter().map(|t| t.word).collect();
    let meaningful: Vec<String> = all
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    // A label of stop words only ("Van", "Tot") is itself the label.
    if meaningful.is_empty() {
        all
    } else {
        meaningful
    }
}

/// Whether a folded word is one that labels and phrases are compared without.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}
