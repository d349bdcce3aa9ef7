//! Burgerservicenummers: found with the 11-proef, never printed in full.

use crate::interpret::text::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

static NINE_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    // Eight or nine digits, optionally grouped as
    // 1234.56.782 or 123 456 782, not part of a longer number or of a word
    // (a hash, a code); an underscore or other punctuation may touch it, as in
    // a file name `werkverklaring_123456782.pdf`.
    constant_regex(r"(?:^|[^\p{L}\d.])(\d{3,4}[ .]?\d{2}[ .]?\d{3})(?:$|[^\p{L}\d])")
});

/// Whether nine digits pass the 11-proef for a BSN (an eight-digit number
/// gets a leading zero; all zeros is not a BSN).
pub fn is_valid_bsn(digits: &str) -> bool {
    let mut d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() == 8 {
        d.insert(0, 0);
    }
    if d.len() != 9 || d.iter().all(|&x| x == 0) {
        return false;
    }
    let sum: i64 = d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&x, w)| x as i64 * w)
        .sum::<i64>()
        - d[8] as i64;
    sum % 11 == 0
}

/// Every valid BSN in a text, as (byte range, digits).
pub fn find_bsns(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    NINE_DIGITS
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .filter_map(|m| {
            let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
            (matches!(digits.len(), 8 | 9) && is_valid_bsn(&digits)).then(|| (m.range(), digits))
        })
        .collect()
}

/// The BSN with all but the last three digits hidden: `******782`.
pub fn masked(digits: &str) -> String {
    let tail: String = digits
        .chars()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("******{tail}")
}

/// The text with every valid BSN masked.
pub fn mask_bsn(text: &str) -> String {
    let found = find_bsns(text);
    if found.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (range, digits) in found {
        out.push_str(&text[last..range.start]);
        out.push_str(&masked(&digits));
        last = range.end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_test_examples_from_the_domain_notes() {
        assert!(is_valid_bsn("123456782"));
        assert!(is_valid_bsn("249566758"));
        assert!(is_valid_bsn("111222333"));
        assert!(!is_valid_bsn("123456789"));
        assert!(!is_valid_bsn("000000000"));
        assert!(!is_valid_bsn("12345"));
    }

    #[test]
    fn masking_keeps_the_last_three_digits() {
        assert_eq!(mask_bsn("BSN: 123456782."), "BSN: ******782.");
        assert_eq!(mask_bsn("bsn 1234.56.782"), "bsn ******782");
        assert_eq!(mask_bsn("telefoon 0612345678"), "telefoon 0612345678");
        assert_eq!(mask_bsn("bedrag 123456789"), "bedrag 123456789");
        assert_eq!(
            mask_bsn("werkverklaring_123456782.pdf"),
            "werkverklaring_******782.pdf"
        );
        let hash = "c6306b123456782db5";
        assert_eq!(mask_bsn(hash), hash, "part of a hex hash, not a BSN");
    }
}
