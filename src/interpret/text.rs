//! Small text tools the interpreters share: labelled values, similarity of
//! titles and names, quoted phrases.

use crate::text::fold::normalize;
use std::collections::BTreeSet;

/// The value after a label at the start of a line: `Label: value`, or
/// `Label value` in a table row without a colon. With a colon, the whole
/// text before it must be the label, so `Datum` does not match
/// `Datum activiteit: …`. Returns the value and its 1-based page.
pub fn labelled_value(text: &str, labels: &[&str]) -> Option<(String, u32)> {
    for (page_index, page) in text.split('\u{c}').enumerate() {
        for line in page.lines() {
            if let Some(value) = value_for_labels(line, labels) {
                return Some((value, page_index as u32 + 1));
            }
        }
    }
    None
}

/// The value of one line for any of the labels.
pub fn value_for_labels(line: &str, labels: &[&str]) -> Option<String> {
    let (head, tail) = match line.split_once(':') {
        Some((head, tail)) => (head, Some(tail)),
        None => (line, None),
    };
    let head_norm = normalize(head.trim());
    for label in labels {
        let label_norm = normalize(label);
        let value = match tail {
            Some(tail) if head_norm == label_norm => tail.trim().to_string(),
            None if head_norm.starts_with(&label_norm) => {
                let rest = &head_norm[label_norm.len()..];
                if !rest.starts_with([' ', '\t']) {
                    continue;
                }
                value_after_label(line, label)
            }
            _ => continue,
        };
        if !value.is_empty() {
            return Some(value);
        }
    }
    None
}

/// The original text of a line after its label and separator.
fn value_after_label(line: &str, label: &str) -> String {
    let label_chars = label.chars().filter(|c| !c.is_whitespace()).count();
    let mut seen = 0;
    let mut cut = line.len();
    for (i, c) in line.char_indices() {
        if seen == label_chars {
            cut = i;
            break;
        }
        if !c.is_whitespace() {
            seen += 1;
        }
    }
    line[cut..]
        .trim_start_matches(|c: char| c == ':' || c.is_whitespace())
        .trim()
        .to_string()
}

/// Words of at least three letters, normalised.
pub fn words(text: &str) -> BTreeSet<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

/// Overlap of the word sets of two texts, in [0, 1] (Dice coefficient).
/// Two texts with (nearly) the same letters also agree when their spaces
/// differ: a narrow table cell breaks words anywhere ("Vakinho udelijk
/// overleg Ziektewe t" is "Vakinhoudelijk overleg Ziektewet").
pub fn similarity(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let common = wa.intersection(&wb).count();
    let dice = 2.0 * common as f64 / (wa.len() + wb.len()) as f64;
    if dice >= 1.0 {
        return dice;
    }
    dice.max(same_letters(a, b))
}

/// Letters and digits only, normalised: a text without its spacing.
pub fn squeezed(text: &str) -> String {
    normalize(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// How nearly two texts have the same letters, spaces aside: the
/// normalised edit similarity when it is at least 0.9 (a typo or a lost
/// letter in ten), else 0.
fn same_letters(a: &str, b: &str) -> f64 {
    let (sa, sb) = (squeezed(a), squeezed(b));
    if sa.chars().count() < 6 || sb.chars().count() < 6 {
        return 0.0;
    }
    let score = strsim::normalized_levenshtein(&sa, &sb);
    if score >= 0.9 {
        score
    } else {
        0.0
    }
}

/// Phrases between quotes (“…”, "…", '…', «…»).
pub fn quoted(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let pairs = [('“', '”'), ('"', '"'), ('„', '”'), ('«', '»'), ('‘', '’')];
    for (open, close) in pairs {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(close) else { break };
            let phrase = after[..end].trim();
            if phrase.chars().count() >= 3 {
                out.push(phrase.to_string());
            }
            rest = &after[end + close.len_utf8()..];
        }
    }
    out
}

/// Whether two person names are the same person as far as text tells:
/// every word of the shorter name (initials match a word's first letter)
/// appears in the longer.
pub fn same_person(a: &str, b: &str) -> bool {
    let parts = |s: &str| -> Vec<String> {
        normalize(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (pa, pb) = (parts(a), parts(b));
    if pa.is_empty() || pb.is_empty() {
        return false;
    }
    let (short, long) = if pa.len() <= pb.len() {
        (&pa, &pb)
    } else {
        (&pb, &pa)
    };
    short.iter().all(|w| {
        long.iter().any(|l| {
            l == w
                || (w.chars().count() == 1 && l.starts_with(w.as_str()))
                || (l.chars().count() == 1 && w.starts_with(l.as_str()))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_values_in_forms_and_tables() {
        let text = "Opgaveformulier\nNaam: Zoë de Vries\nTitel activiteit\tMotiverende gespreksvoering\nOrganisator Kennisnet Werk\n";
        assert_eq!(
            labelled_value(text, &["Naam"]).map(|v| v.0).as_deref(),
            Some("Zoë de Vries")
        );
        assert_eq!(
            labelled_value(text, &["Titel activiteit"])
                .map(|v| v.0)
                .as_deref(),
            Some("Motiverende gespreksvoering")
        );
        assert_eq!(
            labelled_value(text, &["Organisator"])
                .map(|v| v.0)
                .as_deref(),
            Some("Kennisnet Werk")
        );
        assert_eq!(labelled_value(text, &["Datum"]), None);
        let form = "Datum activiteit: 12 maart 2024\nNaam werknemer: X";
        assert_eq!(labelled_value(form, &["Datum"]), None);
        assert_eq!(labelled_value(form, &["Naam"]), None);
        assert_eq!(
            labelled_value(form, &["Datum activiteit"])
                .map(|v| v.0)
                .as_deref(),
            Some("12 maart 2024")
        );
    }

    #[test]
    fn similar_titles_and_people() {
        assert!(
            similarity(
                "Motiverende gespreksvoering – verdieping",
                "Verdieping motiverende gespreksvoering"
            ) > 0.8
        );
        assert!(similarity("Wet verbetering poortwachter", "Omgaan met agressie") < 0.2);
        assert!(same_person("Zoë de Vries", "Z. de Vries"));
        assert!(same_person("Zoe de Vries", "Zoë de Vries"));
        assert!(!same_person("Zoë de Vries", "Anouk de Vries"));
    }

    #[test]
    fn quoted_phrases() {
        assert_eq!(
            quoted("deelgenomen aan de cursus “Omgaan met agressie”, georganiseerd"),
            ["Omgaan met agressie"]
        );
    }
}
