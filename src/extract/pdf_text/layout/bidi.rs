//! Right-to-left text: which characters run right to left, and how a
//! visually ordered line is put back into logical order, as pdftotext does.
//!
//! Separate because it is about Unicode's character classes, not about
//! positions on the page; layout only asks it for one line at a time.

/// Strong right-to-left characters (Hebrew, Arabic, Syriac, Thaana, NKo…).
pub(super) fn is_rtl(c: char) -> bool {
    (matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        || matches!(c, '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}'))
        && !is_arabic_digit(c)
}

fn is_arabic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Strong left-to-right letters and digits (never also right-to-left).
fn is_ltr_or_number(c: char) -> bool {
    (c.is_alphabetic() && !is_rtl(c)) || c.is_ascii_digit() || is_arabic_digit(c)
}

/// Put visually ordered right-to-left runs into logical order, as
/// pdftotext does: on a left-to-right page each right-to-left run
/// (with the neutrals that follow it) is reversed; on a right-to-left page
/// the whole line is reversed except its left-to-right/number runs.
pub(super) fn reorder_bidi(text: &str, primary_ltr: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(text.len());
    if primary_ltr {
        let mut i = 0;
        while i < n {
            let mut j = i;
            while j < n && !chars.get(j).copied().is_some_and(is_rtl) {
                j += 1;
            }
            out.extend(chars.get(i..j).unwrap_or(&[]));
            i = j;
            while j < n && !chars.get(j).copied().is_some_and(is_ltr_or_number) {
                j += 1;
            }
            out.extend(chars.get(i..j).unwrap_or(&[]).iter().rev());
            // Always advance, whatever the character classes say.
            i = j.max(i + 1);
        }
    } else {
        let mut i = n;
        while i > 0 {
            let mut j = i;
            while j > 0 && !chars.get(j - 1).copied().is_some_and(is_ltr_or_number) {
                j -= 1;
            }
            out.extend(chars.get(j..i).unwrap_or(&[]).iter().rev());
            i = j;
            while j > 0 && !chars.get(j - 1).copied().is_some_and(is_rtl) {
                j -= 1;
            }
            out.extend(chars.get(j..i).unwrap_or(&[]));
            // Always advance, whatever the character classes say.
            i = j.min(i.saturating_sub(1));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_runs_are_reversed() {
        // Neutrals after a right-to-left run travel with it (as in pdftotext).
        assert_eq!(reorder_bidi("abc ابحرم xyz", true), "abc  مرحباxyz");
        assert_eq!(reorder_bidi("abc ابحرم", true), "abc مرحبا");
        // Arabic-Indic digits must not stall the scan.
        assert_eq!(reorder_bidi("\u{0661}\u{0662} ب", true).chars().count(), 4);
        assert_eq!(reorder_bidi("\u{0661}\u{0662} ب", false).chars().count(), 4);
        assert_eq!(
            reorder_bidi("ملاعلاب 2024 ابحرم", false),
            "مرحبا  2024بالعالم"
        );
    }
}
