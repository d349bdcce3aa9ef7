//! Words as Dutch works: one entry of a list should match its inflections
//! ("leervraag", "leervragen"), its compounds ("verzuimcongres",
//! "congresdag", "aanwezigheidsbevestiging") and its folded spelling
//! ("Casuïstiek"), so that a list holds concepts, not the phrasings of
//! the documents it was tried on.
//!
//! Two mechanisms, both cheap and explainable:
//! - the Dutch Snowball stemmer (`rust-stemmers`, pinned at 1.2: Snowball
//!   3.0 changed the Dutch algorithm), on folded lower-case words;
//! - compound parts: Dutch writes compounds as one word, with the head
//!   last ("verzuim|congres") and a linking `s` or `e(n)` between parts
//!   ("aanwezigheid|s|bevestiging"). A word holds a part when it starts
//!   with it or ends with it (after a linking letter), the part being long
//!   enough that this is no accident.

use rust_stemmers::{Algorithm, Stemmer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

static DUTCH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Dutch));

/// A part must have this many letters to be found inside a compound:
/// "dag" in "vandaag" is no compound part, "congres" in "verzuimcongres" is.
pub const MIN_COMPOUND_PART: usize = 5;

/// Words stemmed per thread at most before the memo starts afresh: the
/// readers stem the same few thousand words (a report's, a proof's, the
/// lists') over and over, and a lookup is far cheaper than the stemmer.
const STEM_MEMO_LIMIT: usize = 50_000;

thread_local! {
    static STEM_MEMO: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The Dutch stem of a folded, lower-case word.
pub fn stem(word: &str) -> String {
    STEM_MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(stem) = memo.get(word) {
            return stem.clone();
        }
        if memo.len() >= STEM_MEMO_LIMIT {
            memo.clear();
        }
        let stem = DUTCH.stem(word).into_owned();
        memo.insert(word.to_string(), stem.clone());
        stem
    })
}

/// Whether a folded word is `part`, an inflection of it, or a compound
/// with it as its first or last part.
pub fn holds(word: &str, part: &str) -> bool {
    word == part || holds_stemmed(word, &stem(word), part, &stem(part))
}

/// [`holds`] for a caller that has the stems already (a text prepared
/// once, a list entry compared with many words).
pub fn holds_stemmed(word: &str, word_stem: &str, part: &str, part_stem: &str) -> bool {
    word == part
        || (part.chars().count() >= 3 && word.chars().count() >= 3 && word_stem == part_stem)
        || is_compound_of(word, part, part_stem)
}

/// Whether `word` is a compound with `part` (whose stem is `part_stem`)
/// as its last part (the head: "verzuim|congres") or its first part,
/// inflected or linked ("aanwezigheid|s|bevestiging"). No stemming of
/// `word`: the caller that compares one part with many words stems the
/// part once.
pub fn is_compound_of(word: &str, part: &str, part_stem: &str) -> bool {
    let (wl, pl) = (word.chars().count(), part.chars().count());
    if pl < MIN_COMPOUND_PART || wl <= pl {
        return false;
    }
    word.ends_with(part) || [part, part_stem].iter().any(|p| opens_with(word, p))
}

/// `word` opens with `prefix` followed by another part of at least three
/// letters, after an optional linking `s`, `e` or `en`.
fn opens_with(word: &str, prefix: &str) -> bool {
    word.strip_prefix(prefix).is_some_and(|rest| {
        let rest = rest
            .strip_prefix("en")
            .or_else(|| rest.strip_prefix('s'))
            .or_else(|| rest.strip_prefix('e'))
            .unwrap_or(rest);
        rest.chars().count() >= 3
    })
}

/// Whether any word of `words` holds `part` (see [`holds`]).
pub fn any_holds<'a>(words: impl IntoIterator<Item = &'a str>, part: &str) -> bool {
    words.into_iter().any(|w| holds(w, part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_meet_at_their_stem() {
        assert!(holds("leervragen", "leervraag"));
        assert!(holds("afwegingen", "afweging"));
        assert!(holds("opmerkingen", "opmerking"));
        assert!(holds("deelnemers", "deelnemer"));
        assert!(!holds("leereffect", "leervraag"));
    }

    #[test]
    fn compounds_hold_their_parts_first_or_last() {
        assert!(holds("verzuimcongres", "congres"));
        assert!(holds("themabijeenkomst", "bijeenkomst"));
        assert!(holds("aanwezigheidsbevestiging", "aanwezigheid"));
        assert!(holds("congresdag", "congres"));
        assert!(holds("casusbeschrijving", "casus"));
        assert!(holds("casusbeschrijving", "beschrijving"));
        // Short parts are not looked for inside words.
        assert!(!holds("vandaag", "dag"));
    }

    #[test]
    fn the_stemmer_is_the_pinned_dutch_snowball() {
        // Pinned so that a new stemmer version shows up here, not as a
        // silent change of what every list matches.
        assert_eq!(stem("leervragen"), stem("leervraag"));
        assert_eq!(stem("bevestigingen"), stem("bevestiging"));
    }
}
