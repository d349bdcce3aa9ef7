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

use crate::text::fold::normalize;
use serde::Deserialize;

/// Words that carry no meaning in a label ("datum van de activiteit" is
/// "datum activiteit").
const STOP_WORDS: [&str; 22] = [
    "de", "het", "een", "van", "der", "den", "en", "of", "voor", "per", "in", "op", "te", "uw",
    "je", "mijn", "onze", "twee", "drie", "vier", "vijf", "zes",
];

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

/// Two tokens at least this similar (Jaro-Winkler) count as the same word,
/// which forgives one typo in a word of six letters or more.
const TOKEN_SIMILARITY: f64 = 0.93;

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

/// How alike two folded words are, in [0, 1]: 1 when equal, Jaro-Winkler
/// above the threshold for words long enough to hold a typo, else 0.
pub fn word_similarity(a: &str, b: &str) -> f64 {
    similarity(a, a.chars().count(), b, b.chars().count())
}

/// [`word_similarity`] of words whose lengths in characters are known: a
/// prepared synonym and text count them once, not per comparison.
fn similarity(a: &str, la: usize, b: &str, lb: usize) -> f64 {
    if a == b {
        return 1.0;
    }
    // A typo changes a letter or two, not a word's length: "intervisie" is
    // no "intervisievraag", however alike their starts.
    if la < 5 || lb < 5 || la.abs_diff(lb) > 2 || !may_be_alike(a, la, b, lb) {
        return 0.0;
    }
    // Jaro-Winkler forgives a swapped pair ("aanwezighied"); in long words
    // one misread letter anywhere, the first included ("fe-integratie…"),
    // is an edit distance of one in ten.
    let jw = strsim::jaro_winkler(a, b);
    let lev = if la >= 8 && lb >= 8 {
        strsim::normalized_levenshtein(a, b)
    } else {
        0.0
    };
    if jw >= TOKEN_SIMILARITY || lev >= 0.9 {
        jw.max(lev)
    } else {
        0.0
    }
}

/// Below a threshold by more than this, a bound is surely below it,
/// whatever the rounding of the measure it bounds.
const BOUND_MARGIN: f64 = 1e-9;

/// Whether two words have enough letters in common for [`similarity`] to
/// reach a threshold. Nearly every word of a text is compared with some
/// synonym word of a like length, and the string measures allocate; the
/// profile of a demo audit had them on top. Both measures are bounded by
/// the letters the words share, counted as a multiset (`c`): Jaro by
/// (c/la + c/lb + 1) / 3, Jaro-Winkler by 0.6 + 0.4 Jaro (a prefix of at
/// most four letters, weight 0.1), normalised Levenshtein by c / max(la,
/// lb). A pair this rejects scores 0 either way, so results are unchanged.
fn may_be_alike(a: &str, la: usize, b: &str, lb: usize) -> bool {
    // Letters beyond ASCII share one slot: counting them alike only
    // loosens the bound.
    let slot = |c: char| if c.is_ascii() { c as usize } else { 0 };
    let mut counts = [0u32; 128];
    for c in a.chars() {
        counts[slot(c)] += 1;
    }
    let mut common = 0usize;
    for c in b.chars() {
        let n = &mut counts[slot(c)];
        if *n > 0 {
            *n -= 1;
            common += 1;
        }
    }
    let (c, la, lb) = (common as f64, la as f64, lb as f64);
    let jaro = (c / la + c / lb + 1.0) / 3.0;
    let jaro_winkler = 0.6 + 0.4 * jaro;
    let levenshtein = if la >= 8.0 && lb >= 8.0 {
        c / la.max(lb)
    } else {
        0.0
    };
    jaro_winkler >= TOKEN_SIMILARITY - BOUND_MARGIN || levenshtein >= 0.9 - BOUND_MARGIN
}

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

/// The colon that ends a label: not one inside a clock time ("13:30").
pub fn label_colon(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    text.match_indices(':').map(|(i, _)| i).find(|&i| {
        let digit_before = i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_digit);
        let digit_after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        !(digit_before && digit_after)
    })
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

/// What is left of a label that wrapped or carries only its arithmetic
/// ("inloop) - A", "=C/2"): never a value.
pub fn is_label_residue(text: &str) -> bool {
    let t = text.trim();
    is_wrapped_tail(t) || (!t.is_empty() && peel_qualifiers(t, 0).0 >= t.len())
}

/// Words that qualify a label rather than name it.
fn is_qualifier_word(word: &str) -> bool {
    word.chars().count() == 1
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

/// After a label: brackets, a dash with a letter, a formula, a colon or
/// question mark, and white space. Returns where the value starts and
/// whether a separator was seen. An unclosed bracket (a label wrapped onto
/// the next line) runs to the end of the text.
pub fn peel_qualifiers(text: &str, mut at: usize) -> (usize, bool) {
    let mut separated = false;
    loop {
        let rest = &text[at..];
        let trimmed = rest.trim_start();
        let skip = rest.len() - trimmed.len();
        let consumed = if let Some(inner) = trimmed.strip_prefix('(') {
            match inner.find(')') {
                Some(close) => 1 + close + 1,
                // Unclosed: the label wrapped, or OCR lost the bracket. It
                // runs to the end, or to a value that follows it ("(excl.
                // pauze & 6 uur"), a "max. 4" inside excepted.
                None => 1 + unclosed_len(inner),
            }
        } else if let Some(n) = formula_len(trimmed) {
            separated = true;
            n
        } else if let Some(n) = dash_letter_len(trimmed) {
            n
        } else if let Some(n) = alternative_len(trimmed) {
            n
        } else if trimmed.starts_with([':', '?', '=']) {
            separated = true;
            1
        } else {
            return (at + skip, separated);
        };
        at += skip + consumed;
    }
}

/// The part of an unclosed bracket's text that is still label: up to the
/// first number that is not a "max. N".
fn unclosed_len(inner: &str) -> usize {
    let lower = inner.to_lowercase();
    let mut from = 0;
    if let Some(i) = lower.find("max") {
        let after = &inner[i..];
        let digits_end = after
            .char_indices()
            .skip_while(|(_, c)| !c.is_ascii_digit())
            .find(|(_, c)| !c.is_ascii_digit())
            .map_or(after.len(), |(j, _)| j);
        from = i + digits_end;
    }
    inner[from..]
        .find(|c: char| c.is_ascii_digit())
        .map_or(inner.len(), |i| from + i)
}

/// `/zelfstudie`, `/ inloop`: an alternative wording joined by a slash.
fn alternative_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('/')?;
    let body = rest.trim_start();
    let word_len = body
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic() && *c != '-')
        .map_or(body.len(), |(i, _)| i);
    (word_len > 0).then(|| 1 + (rest.len() - body.len()) + word_len)
}

/// `- A`, `– B`, `(C)` handled elsewhere: a dash and one letter ending a label.
fn dash_letter_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, dash) = chars.next()?;
    if !matches!(dash, '-' | '–' | '—') {
        return None;
    }
    let rest = &s[dash.len_utf8()..];
    let body = rest.trim_start();
    let mut letters = body.char_indices();
    let (_, letter) = letters.next()?;
    if !(letter.is_ascii_alphabetic() || is_form_variable(letter)) {
        return None;
    }
    let after = body[letter.len_utf8()..].chars().next();
    if after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(dash.len_utf8() + (rest.len() - body.len()) + letter.len_utf8())
}

/// `C = A + B`, `= C / 2`, `=C/2`: the form's arithmetic beside a label.
/// OCR may put an accent on a letter ("C = À + B").
fn formula_len(s: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let skip_ws = |i: &mut usize| {
        while at(*i) == Some(' ') {
            *i += 1;
        }
    };
    let mut i = 0;
    if at(i).is_some_and(is_form_variable) {
        i += 1;
        skip_ws(&mut i);
    }
    if at(i) != Some('=') {
        return None;
    }
    i += 1;
    skip_ws(&mut i);
    if !at(i).is_some_and(is_form_variable) {
        return None;
    }
    i += 1;
    loop {
        let mut j = i;
        skip_ws(&mut j);
        if !matches!(at(j), Some('+' | '/' | '*')) {
            break;
        }
        j += 1;
        skip_ws(&mut j);
        match at(j) {
            Some(c) if is_form_variable(c) || c.is_ascii_digit() => i = j + 1,
            _ => break,
        }
    }
    Some(chars.get(i).map_or(s.len(), |(b, _)| *b))
}

/// A, B or C of the form's arithmetic, also with an accent OCR added.
fn is_form_variable(c: char) -> bool {
    matches!(
        c,
        'A'..='C' | 'a'..='c' | 'À' | 'Á' | 'Â' | 'Ä' | 'Å' | 'à' | 'á' | 'â' | 'ä' | 'Ç' | 'ç'
    )
}

/// Whether a text reads as a wrapped label's tail ("inloop) - A"): a
/// closing bracket without an opening one.
pub fn is_wrapped_tail(text: &str) -> bool {
    match (text.find(')'), text.find('(')) {
        (Some(close), None) => close < 40,
        (Some(close), Some(open)) => close < open,
        _ => false,
    }
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
    fn the_letter_bound_never_rejects_a_similar_pair() {
        let words = [
            "aanwezigheid",
            "aanwezighied",
            "aanwezig",
            "voorbereiding",
            "voorbereidng",
            "fe-integratie",
            "re-integratie",
            "intervisie",
            "intervisievraag",
            "onderwerp",
            "onderwerpen",
            "organisatie",
            "organisator",
            "handtekening",
            "ondertekening",
            "casuïstiek",
            "casuistiek",
            "activiteit",
            "activiteiten",
        ];
        for a in words {
            for b in words {
                let (la, lb) = (a.chars().count(), b.chars().count());
                let jw = strsim::jaro_winkler(a, b);
                let lev = strsim::normalized_levenshtein(a, b);
                let alike = jw >= TOKEN_SIMILARITY || (la >= 8 && lb >= 8 && lev >= 0.9);
                assert!(!alike || may_be_alike(a, la, b, lb), "{a} / {b}");
            }
        }
        assert!(!may_be_alike("aanwezigheid", 12, "activiteit", 10));
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
