//! The intervisieverslag (bijlage 5): its date, its length, and which of the
//! parts the scheme asks for it holds.

use super::fields::FieldReader;
use super::notation::dates::{find_dates, ParsedDate};
use super::sections::{self, PartSpec, PartsSpec, SHIPPED_SECTIONS};
use crate::dossier::DocumentRecord;
use crate::scheme::Section;
use crate::text::label::Synonym;

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
    /// Whether some of `missing` may be there after all: a block of the
    /// report could not be named (see `sections::Naming::unsure`).
    pub missing_unsure: bool,
    /// The opening words of the blocks no part took, for the assessor.
    pub unnamed: Vec<String>,
    /// The body text, for the casuïstiek and duplicate checks.
    pub text: String,
    /// Read by OCR (a photo or a scan): of a report uploaded twice, the
    /// picture is the copy of the file.
    pub scanned: bool,
}

/// Reads a report: its date (a labelled field, else the first date in the
/// text) and which of the scheme's parts it holds, found by headings of any
/// style and wording, inline labels, or, for a section whose heading names
/// no part, by what the section is about (`schemes/sections.toml`).
pub fn read(doc: &DocumentRecord, sections: &[Section]) -> IntervisionReport {
    let text = doc.extracted.full_text();
    let lines = doc.extracted.layout();
    // A report sent as an e-mail carries the day it was sent in its
    // header; the meeting's date is in the body.
    let date = match mail_body(&text) {
        Some(body) => find_dates(body).into_iter().next(),
        None => FieldReader::new(&doc.extracted, "intervisieverslag")
            .and_then(|r| r.read("date").value().map(find_dates))
            .and_then(|d| d.into_iter().next())
            .or_else(|| find_dates(&text).into_iter().next()),
    };
    let spec = parts_spec(sections);
    let accept = SHIPPED_SECTIONS.accept;
    let blocks = sections::split(&lines, &spec, accept);
    let naming = sections::assign_parts(&blocks, &spec, accept);
    let absent_or_unsure = |key: &str| naming.absent.iter().chain(&naming.unsure).any(|k| k == key);
    let (missing, present): (Vec<&Section>, Vec<&Section>) =
        sections.iter().partition(|s| absent_or_unsure(&s.key));
    IntervisionReport {
        document: doc.document.clone(),
        sha256: doc.extracted.sha256.clone(),
        date,
        pages: doc.extracted.pages.len() as u32,
        sections: present.into_iter().map(|s| s.key.clone()).collect(),
        missing: missing.into_iter().map(|s| s.key.clone()).collect(),
        missing_unsure: !naming.unsure.is_empty(),
        unnamed: naming
            .unnamed
            .iter()
            .filter_map(|&i| blocks.get(i))
            .map(opening_words)
            .collect(),
        text,
        scanned: doc.extracted.ocr,
    }
}

/// The parts the scheme asks for, with the scheme's labels and the
/// synonyms and cue words of `sections.toml`.
pub fn parts_spec(required: &[Section]) -> PartsSpec {
    let shipped = SHIPPED_SECTIONS.documents.get("intervisieverslag");
    let parts = required
        .iter()
        .map(|s| {
            let known = shipped.and_then(|d| d.parts.iter().find(|p| p.key == s.key));
            let mut labels: Vec<Synonym> = s.labels.iter().map(|l| Synonym::new(l)).collect();
            labels.extend(known.map(|p| p.labels.clone()).unwrap_or_default());
            PartSpec {
                key: s.key.clone(),
                labels,
                cues: known.map(|p| p.cues.clone()).unwrap_or_default(),
            }
        })
        .collect();
    PartsSpec {
        min_cue_score: shipped.map_or(2.0, |d| d.min_cue_score),
        parts,
    }
}

/// The fields of an e-mail's header, as mail programs print them.
const MAIL_HEADER: [&str; 10] = [
    "van:",
    "aan:",
    "onderwerp:",
    "verzonden:",
    "datum:",
    "from:",
    "to:",
    "subject:",
    "sent:",
    "date:",
];

/// The text after an e-mail's header, when the document opens with one
/// (two or more header fields among its first lines).
fn mail_body(text: &str) -> Option<&str> {
    let mut end = None;
    let mut fields = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n').take(8) {
        let lower = line.trim_start().to_lowercase();
        if MAIL_HEADER.iter().any(|f| lower.starts_with(f)) {
            fields += 1;
            end = Some(at + line.len());
        }
        at += line.len();
    }
    end.filter(|_| fields >= 2).map(|e| &text[e..])
}

/// The first words of a block: its heading, else its text.
fn opening_words(block: &sections::Section) -> String {
    let text = if block.heading.is_empty() {
        block.content()
    } else {
        block.heading.clone()
    };
    text.split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::tests_support::text_record;
    use crate::model::DocType;
    use crate::scheme::Scheme;
    use jiff::civil::date;

    #[test]
    fn a_report_sent_as_an_e_mail_is_dated_by_its_meeting_not_its_sending() {
        let text = "Van: A. Jansen\nVerzonden: maandag 11 maart 2024 20:02\nAan: intervisiegroep Oost\n\
                    Onderwerp: verslag\nHoi allen,\nHierbij mijn verslag van onze bijeenkomst van 7 maart 2024.\n";
        assert_eq!(
            mail_body(text).map(|b| find_dates(b)[0].date),
            Some(date(2024, 3, 7))
        );
        assert_eq!(
            mail_body("Intervisie 7 maart 2024\nVan de groep kreeg ik ..."),
            None
        );
    }

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
}
