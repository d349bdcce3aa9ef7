//! How alike two folded words are: equal, or one typo apart by
//! Jaro-Winkler (or Levenshtein in long words), with a cheap bound that
//! rejects most pairs before either measure runs.
//!
//! Separate because it knows nothing of labels: it is the one place that
//! decides what counts as a typo, and the hot path of the field stage.

/// Two tokens at least this similar (Jaro-Winkler) count as the same word,
/// which forgives one typo in a word of six letters or more.
const TOKEN_SIMILARITY: f64 = 0.93;

/// How alike two folded words are, in [0, 1]: 1 when equal, Jaro-Winkler
/// above the threshold for words long enough to hold a typo, else 0.
pub fn word_similarity(a: &str, b: &str) -> f64 {
    similarity(a, a.chars().count(), b, b.chars().count())
}

/// [`word_similarity`] of words whose lengths in characters are known: a
/// prepared synonym and text count them once, not per comparison.
pub(super) fn similarity(a: &str, la: usize, b: &str, lb: usize) -> f64 {
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
    if !(jw >= TOKEN_SIMILARITY || lev >= 0.9) {
        return 0.0;
    }
    // Jaro-Winkler rewards a shared start, and a Dutch compound puts its
    // modifier first: "intervisieverslag" and "intervisievraag" share ten
    // letters and differ in the word that says what they are. A typo is a
    // few edits, wherever it stands.
    if la >= 8 && lb >= 8 && strsim::levenshtein(a, b) > MAX_TYPO_EDITS.max(la.min(lb) / 6) {
        return 0.0;
    }
    jw.max(lev)
}

/// Edits a typo in a long word may take at least (more in words of
/// eighteen letters or longer: one in six).
const MAX_TYPO_EDITS: usize = 2;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_with_another_head_are_other_words() {
        assert_eq!(word_similarity("intervisieverslag", "intervisievraag"), 0.0);
        assert!(word_similarity("aanwezighied", "aanwezigheid") > 0.9);
        assert!(word_similarity("casusbeschrijvinq", "casusbeschrijving") > 0.9);
        assert!(word_similarity("fe-integratie", "re-integratie") > 0.9);
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
}
