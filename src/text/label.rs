//! Labels as people write them: matching a label synonym at the start of a
//! segment, whatever its case, accents, numbering, punctuation, suffixes or
//! small typos.
//!
//! "3. Tijd aanwezigheid (excl. pauze & inloop) - A:", "A) Tijd van
//! aanwezigheid" and "tijd aanwezighied" all open the field whose synonym
//! is "tijd aanwezigheid". The match works on folded word tokens: stop
//! words are skipped, a token matches another exactly or by Jaro-Winkler
//! similarity, and the label must start the segment (after numbering), so
//! a body sentence that merely contains the words is no label.
//!
//! This module matches a synonym at the start of a text; `words` cuts texts
//! into tokens, `similarity` compares two words, and `qualifiers` reads the
//! punctuation and arithmetic between a label and its value.

mod qualifiers;
mod similarity;
mod words;

use qualifiers::is_qualifier_word;
pub use qualifiers::{is_label_residue, is_wrapped_tail, label_colon, peel_qualifiers};
use serde::Deserialize;
use similarity::similarity;
pub use similarity::word_similarity;
use words::STOP_WORDS;
pub use words::{is_stop_word, label_words, tokens, Token};

/// Words that say which event a label is about ("Onderwerp van de
/// bijeenkomst", "Datum cursus") without changing what it asks for.
const CONTEXT_WORDS: [&str; 9] = [
    "activiteit",
    "bijeenkomst",
    "cursus",
    "training",
    "intervisie",
    "sessie",
    "workshop",
    "opleiding",
    "webinar",
];

/// Where a label was found at the start of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelMatch {
    /// In [0, 1]: mean word similarity, lowered for label words the
    /// synonym does not have.
    pub score: f64,
    /// Byte offset in the text where the label, its qualifiers and its
    /// separator end: the value (if on this segment) starts here.
    pub value_start: usize,
    /// The label ended with `:`, `?` or `=`: what follows is its value.
    pub separated: bool,
}

/// A word of a prepared synonym, with its length in characters.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    text: String,
    chars: usize,
}

/// A label synonym as the scheme writes it, with its words (see
/// [`label_words`]) folded once when the scheme is loaded: a synonym is
/// compared with every segment of every document, and folding it per
/// comparison made the field stage the slowest of a born-digital audit.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "String")]
pub struct Synonym {
    label: String,
    words: Vec<Word>,
}

impl Synonym {
    pub fn new(label: &str) -> Synonym {
        let words = label_words(label)
            .into_iter()
            .map(|text| Word {
                chars: text.chars().count(),
                text,
            })
            .collect();
        Synonym {
            label: label.to_string(),
            words,
        }
    }

    /// The synonym as written in the scheme: what a found field reports.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// How many words the synonym is compared on (stop words left out): of
    /// two synonyms that match, the longer says more.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }
}

impl From<String> for Synonym {
    fn from(label: String) -> Synonym {
        Synonym::new(&label)
    }
}

/// A text to find labels in, tokenised and folded once: a segment is
/// compared with every synonym of every field, and what depends on the
/// text alone (its tokens, its numbering, the words a question asks) need
/// not be worked out again per synonym.
#[derive(Debug, Clone)]
pub struct LabelText {
    text: String,
    toks: Vec<Token>,
    /// Length in characters of each token's word.
    chars: Vec<usize>,
    /// Index of the first token after leading numbering.
    first: usize,
    /// When the text opens with a question: where its `?` stands and the
    /// indices of the tokens that say what it asks.
    question: Option<(usize, Vec<usize>)>,
}

impl LabelText {
    pub fn new(text: &str) -> LabelText {
        let toks = tokens(text);
        let chars = toks.iter().map(|t| t.word.chars().count()).collect();
        let first = skip_numbering(text, &toks);
        let question = asked_words(text, &toks);
        LabelText {
            text: text.to_string(),
            toks,
            chars,
            first,
            question,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Matches `synonym` at the start of the text: numbering ("3.", "A)",
    /// "b.") may come first, stop words are skipped, and after the label
    /// come qualifiers ("(excl. pauze)", "- A", "= C / 2", "(dd-mm-jjjj)")
    /// and a separator, all part of the label.
    ///
    /// `whole` says the caller knows the label part ends where the text
    /// ends or at its first colon (a table's label cell): extra words in it
    /// then lower the score, so "Datum ondertekening" is a weak "Datum".
    pub fn matches(&self, synonym: &Synonym, whole: bool) -> Option<LabelMatch> {
        let (text, toks) = (self.text.as_str(), self.toks.as_slice());
        let words = synonym.words.as_slice();
        if words.is_empty() {
            return None;
        }
        if let Some(m) = self.match_question(words) {
            return Some(m);
        }
        let first = self.first;
        if let [only] = words {
            if only.chars == 1 && !is_letter_label(text, toks, first, &only.text) {
                return None;
            }
        }
        let mut matched = 0.0;
        let mut at = first;
        let mut last_end = None;
        let mut skipped = 0usize;
        for word in words {
            // The synonym's next word must come next, after stop words or
            // one stray word at most.
            let mut found = None;
            for (k, t) in toks.iter().enumerate().skip(at).take(3) {
                let sim = similarity(&word.text, word.chars, &t.word, self.chars[k]);
                if sim > 0.0 {
                    found = Some((k, sim));
                    break;
                }
                if !STOP_WORDS.contains(&t.word.as_str()) {
                    skipped += 1;
                }
            }
            let (k, sim) = found?;
            matched += sim;
            at = k + 1;
            last_end = toks.get(k).map(|t| t.end);
        }
        let label_end = last_end?;
        let n = words.len();
        let mut score = matched / n as f64;
        score *= n as f64 / (n + skipped) as f64;
        let (value_start, separated) = peel_qualifiers(text, label_end);
        if whole {
            // Words of the label part that the synonym does not have.
            let label_part_end = if separated {
                value_start
            } else {
                label_colon(&text[value_start..]).map_or(text.len(), |i| value_start + i)
            };
            let extra = toks
                .iter()
                .skip(at)
                .filter(|t| t.start >= value_start && t.end <= label_part_end)
                .filter(|t| !STOP_WORDS.contains(&t.word.as_str()))
                .filter(|t| !CONTEXT_WORDS.contains(&t.word.as_str()))
                .filter(|t| !is_qualifier_word(&t.word))
                .count();
            score *= n as f64 / (n + extra) as f64;
            // "Onderwerp van de bijeenkomst: X": only label words before
            // the colon, so the value starts after it.
            let words_only = !text[value_start..label_part_end]
                .chars()
                .any(|c| c.is_ascii_digit());
            if extra == 0 && !separated && words_only && label_part_end < text.len() {
                let after = label_part_end + 1;
                let value_start = after + (text[after..].len() - text[after..].trim_start().len());
                return Some(LabelMatch {
                    score,
                    value_start,
                    separated: true,
                });
            }
        }
        Some(LabelMatch {
            score,
            value_start,
            separated,
        })
    }

    /// A label written as a question: the synonym's words all stand in the
    /// question, whose other words are question words. The value follows
    /// the question mark.
    fn match_question(&self, words: &[Word]) -> Option<LabelMatch> {
        let (q, asked) = self.question.as_ref()?;
        let all_found = words.iter().all(|w| {
            asked.iter().any(|&k| {
                let t = &self.toks[k].word;
                similarity(&w.text, w.chars, t, self.chars[k]) > 0.0
                    || t.starts_with(w.text.as_str()) && w.text.len() >= 4
            })
        });
        if !all_found {
            return None;
        }
        let extra = asked.len().saturating_sub(words.len());
        let after = &self.text[q + 1..];
        Some(LabelMatch {
            score: words.len() as f64 / (words.len() + extra) as f64,
            value_start: q + 1 + (after.len() - after.trim_start().len()),
            separated: true,
        })
    }
}

/// Matches `synonym` at the start of `text` (see [`LabelText::matches`]),
/// for a text compared once; a text compared with many synonyms is
/// prepared once as a [`LabelText`].
pub fn match_label(text: &str, synonym: &Synonym, whole: bool) -> Option<LabelMatch> {
    LabelText::new(text).matches(synonym, whole)
}

/// Words a question adds around what it asks for ("Wat was het onderwerp?",
/// "Hoeveel uur was u aanwezig?").
const QUESTION_WORDS: [&str; 27] = [
    "wat", "wanneer", "hoe", "hoeveel", "wie", "welke", "welk", "waar", "waarom", "is", "was",
    "waren", "zijn", "u", "jij", "ik", "vond", "plaats", "heeft", "hebt", "heb", "er", "uur",
    "uren", "lang", "aantal", "minuten",
];

/// The words of a question that opens a text ("Wat was het onderwerp?"):
/// where its `?` stands and which tokens are neither stop nor question
/// words. None when the text does not open with a question of such words.
fn asked_words(text: &str, toks: &[Token]) -> Option<(usize, Vec<usize>)> {
    let q = text.find('?').filter(|&q| q <= 100)?;
    let asked: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.end <= q)
        .filter(|(_, t)| !STOP_WORDS.contains(&t.word.as_str()))
        .filter(|(_, t)| !QUESTION_WORDS.contains(&t.word.as_str()))
        .map(|(k, _)| k)
        .collect();
    if asked.is_empty() || toks.first().is_some_and(|t| t.end > q) {
        return None;
    }
    Some((q, asked))
}

/// A one-letter label ("A", "B:", "C =") must be the whole start of the
/// text and stand alone, or every "c" of "=C/2" would be one.
fn is_letter_label(text: &str, toks: &[Token], first: usize, letter: &str) -> bool {
    let Some(t) = toks.get(first) else {
        return false;
    };
    let before = text[..t.start].trim();
    let after = text[t.end..].chars().next();
    t.word == letter
        && (before.is_empty() || first > 0)
        && after.is_none_or(|c| c.is_whitespace() || matches!(c, ':' | ')' | '.' | '='))
}

/// The index of the first token after leading numbering: "3.", "3)",
/// "A.", "b)", "A:" or "1.2".
fn skip_numbering(text: &str, toks: &[Token]) -> usize {
    let mut k = 0;
    while let Some(t) = toks.get(k) {
        let after = text[t.end..].chars().next();
        let short = t.word.chars().count() <= 2;
        let is_number = t.word.chars().all(|c| c.is_ascii_digit());
        let marked = matches!(after, Some('.' | ')' | ':'));
        let leading_text = text[..t.start].trim_start_matches(|c: char| {
            c.is_whitespace() || c == '(' || c == '.' || c.is_ascii_digit()
        });
        if leading_text.is_empty()
            && toks.len() > k + 1
            && ((short && marked) || (is_number && t.word.len() <= 2))
        {
            k += 1;
        } else {
            break;
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str, synonym: &str) -> Option<(f64, String)> {
        match_label(text, &Synonym::new(synonym), false)
            .map(|m| (m.score, text[m.value_start..].to_string()))
    }

    #[test]
    fn a_label_with_suffixes_and_numbering() {
        let (score, value) = m(
            "Tijd aanwezigheid (excl. pauze & inloop) - A 6 uur",
            "tijd aanwezigheid",
        )
        .expect("matches"); // ok: test
        assert_eq!(score, 1.0);
        assert_eq!(value, "6 uur");
        assert_eq!(
            m(
                "3. Tijd voorbereiding/zelfstudie - B: 2",
                "tijd voorbereiding"
            )
            .map(|v| v.1),
            Some("2".into())
        );
        assert_eq!(
            m(
                "Aantal PE-punten activiteit (max. 4) = C / 2   4",
                "aantal pe punten activiteit"
            )
            .map(|v| v.1),
            Some("4".into())
        );
        assert_eq!(
            m("Totaal aantal uren C = A + B 8", "totaal aantal uren").map(|v| v.1),
            Some("8".into())
        );
        assert_eq!(
            m("A) Casusbeschrijving", "casusbeschrijving").map(|v| v.0),
            Some(1.0)
        );
    }

    #[test]
    fn a_wrapped_label_leaves_no_value_on_its_segment() {
        assert_eq!(
            m("Tijd aanwezigheid (excl. pauze &", "tijd aanwezigheid").map(|v| v.1),
            Some(String::new())
        );
        assert!(is_wrapped_tail("inloop) - A"));
        assert!(!is_wrapped_tail("Academie (Utrecht)"));
    }

    #[test]
    fn typos_and_stop_words_are_forgiven_but_not_other_words() {
        assert!(m("Datum van de activiteit: 3-4-2024", "datum activiteit").is_some());
        let (score, _) = m("Tijd aanwezighied: 2", "tijd aanwezigheid").expect("typo"); // ok: test
        assert!(score > 0.9);
        assert!(m("De casus ging over", "opmerkingen").is_none());
        assert!(
            m("Organisatie", "organisator").is_none()
                || m("Organisatie", "organisator").is_some_and(|v| v.0 < 1.0)
        );
    }

    #[test]
    fn extra_words_in_a_label_cell_weaken_it() {
        let whole = match_label("Datum ondertekening:", &Synonym::new("datum"), true)
            .expect("prefix matches"); // ok: test
        assert!(whole.score <= 0.5);
        let exact = match_label("Datum:", &Synonym::new("datum"), true).expect("exact label"); // ok: test
        assert_eq!(exact.score, 1.0);
        assert!(exact.separated);
    }
}
