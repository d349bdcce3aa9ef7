//! The intervisieverslag (bijlage 5): its date, its length, and which of the
//! parts the scheme asks for it holds.

use super::notation::dates::{find_dates, ParsedDate};
use super::text::labelled_value;
use crate::classify::normalize;
use crate::dossier::DocumentRecord;
use crate::scheme::Section;

/// What an intervision report holds.
#[derive(Debug, Clone, PartialEq)]
pub struct IntervisionReport {
    pub document: String,
    pub sha256: String,
    pub date: Option<ParsedDate>,
    pub pages: u32,
    /// Keys of the scheme's sections that were found.
    pub sections: Vec<String>,
    /// Keys of the scheme's sections that were not found.
    pub missing: Vec<String>,
    /// The body text, for the casuïstiek and duplicate checks.
    pub text: String,
}

pub fn read(doc: &DocumentRecord, sections: &[Section]) -> IntervisionReport {
    let text = doc.extracted.full_text();
    let date = labelled_value(
        &text,
        &[
            "Datum",
            "Datum intervisie",
            "Datum bijeenkomst",
            "Datum intervisiemoment",
        ],
    )
    .and_then(|(v, _)| find_dates(&v).into_iter().next())
    .or_else(|| find_dates(&text).into_iter().next());
    let headings: Vec<String> = text.lines().filter_map(heading).collect();
    let (found, missing): (Vec<&Section>, Vec<&Section>) = sections.iter().partition(|s| {
        s.labels
            .iter()
            .map(|l| normalize(l))
            .any(|label| headings.iter().any(|h| h.starts_with(&label)))
    });
    IntervisionReport {
        document: doc.document.clone(),
        sha256: doc.extracted.sha256.clone(),
        date,
        pages: doc.extracted.pages.len() as u32,
        sections: found.into_iter().map(|s| s.key.clone()).collect(),
        missing: missing.into_iter().map(|s| s.key.clone()).collect(),
        text,
    }
}

/// A line as a possible heading: normalised, its numbering ("3.", "B)")
/// removed. Templates put a part's heading at the start of a line, alone or
/// in a table's left column with the text beside it, so a line that starts
/// with a label opens that part.
fn heading(line: &str) -> Option<String> {
    let norm = normalize(line.trim());
    let without_number = norm
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')' || c == ' ')
        .to_string();
    (!without_number.is_empty()).then_some(without_number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::tests_support::text_record;
    use crate::model::DocType;
    use crate::scheme::Scheme;
    use jiff::civil::date;

    #[test]
    fn sections_are_found_by_their_headings() {
        let scheme = Scheme::load("rib").expect("rib"); // ok: test
        let text = "Opgaveformulier intervisiemoment (bijlage 5)\nDatum: 14 maart 2025\n1. Casusbeschrijving\nMeneer D. is uitgevallen.\n\
            2. Opmerkingen van collega's\nEen collega vroeg wat ik voelde.\n3. Eigen bijdrage aan het oplossen van de casus\nIk vroeg door.\n\
            4. Leervragen\nHoe blijf ik nieuwsgierig?\n5. Leereffect voor mijn eigen werk\nIk blijf rustiger.\n\
            Initiatief – wat had ik zelf gedaan?\nIk bel hem zelf op.\n";
        let r = read(
            &text_record("K01/iv.pdf", DocType::Intervisieverslag, text),
            &scheme.intervision.sections,
        );
        assert_eq!(r.date.map(|d| d.date), Some(date(2025, 3, 14)));
        assert_eq!(r.missing, ["oordeelsvorming"]);
        assert_eq!(r.sections.len(), 6);
    }

    #[test]
    fn a_sentence_mentioning_a_label_is_not_a_heading() {
        let line = heading("De opmerkingen van de groep waren nuttig.").unwrap_or_default();
        assert!(!line.starts_with("opmerkingen"));
        assert_eq!(
            heading("3. Eigen bijdrage").as_deref(),
            Some("eigen bijdrage")
        );
    }
}
