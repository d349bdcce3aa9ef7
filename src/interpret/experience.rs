//! The ervaringsverklaring (bijlage 2): per competency of the scheme, how
//! many STARR examples, strong points and development points it gives.

use super::sections::SHIPPED_SECTIONS;
use crate::dossier::DocumentRecord;
use crate::text::dutch;
use crate::text::label::{match_label, tokens, LabelText, Synonym};
use crate::text::pattern::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

/// What the statement gives for one competency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompetencyEvidence {
    pub competency: String,
    /// Not found as a heading at all.
    pub absent: bool,
    pub examples: usize,
    pub strong_points: usize,
    pub development_points: usize,
    /// 1-based page of the competency's heading.
    pub page: Option<u32>,
}

/// What the whole statement gives.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperienceStatement {
    pub document: String,
    pub competencies: Vec<CompetencyEvidence>,
}

/// Lines of a statement read at most (eight competencies of two examples
/// fill some ten pages): the work per document is bounded.
const MAX_STATEMENT_LINES: usize = 3_000;

/// A line of the statement: its page and text.
struct Line {
    page: u32,
    text: String,
    /// The text from the second cell on, where the line is a table row
    /// ("Reflectie op de competentie | Mijn sterke punten zijn ..."): a
    /// label may open the value cell rather than the line.
    after_first_cell: Option<String>,
}

/// Reads, per competency of the scheme, what the statement gives for it.
/// A competency's block starts at a heading that names it ("Competentie 3:
/// Samenwerken", "3. Samenwerken", "Samenwerken (bedrijfscompetentie)")
/// and runs to the next. Inside it, examples are counted by their
/// "Situatie" or "Voorbeeld" labels, strong points and the development
/// point by the items under or after their label, whatever its wording
/// (`schemes/sections.toml`), as a list or in one sentence.
pub fn read(doc: &DocumentRecord, competencies: &[String]) -> ExperienceStatement {
    // A label may open a sentence as well as a line ("... en 2) rustig
    // blijven. Mijn ontwikkelpunt: ..."): lines are cut at sentence ends.
    let lines: Vec<Line> = doc
        .extracted
        .layout()
        .iter()
        .flat_map(|l| {
            let text = l.text();
            let after_first_cell = (l.segments.len() > 1).then(|| {
                l.segments[1..]
                    .iter()
                    .map(|s| s.text.trim())
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            let sentences: Vec<Line> = sentences_of(text.trim())
                .into_iter()
                .map(|s| Line {
                    page: l.page,
                    text: s.to_string(),
                    after_first_cell: None,
                })
                .collect();
            let mut sentences = sentences;
            if let Some(first) = sentences.first_mut() {
                first.after_first_cell = after_first_cell;
            }
            sentences
        })
        .filter(|l| !l.text.is_empty())
        .take(MAX_STATEMENT_LINES)
        .collect();
    let starts: Vec<Option<usize>> = competencies
        .iter()
        .map(|c| {
            let competency = Synonym::new(c);
            lines
                .iter()
                .position(|l| is_competency_heading(&l.text, &competency))
        })
        .collect();
    let mut boundaries: Vec<usize> = starts.iter().flatten().copied().collect();
    boundaries.sort_unstable();
    let end_of_block = |start: usize| {
        boundaries
            .iter()
            .find(|&&b| b > start)
            .copied()
            .or_else(|| {
                lines
                    .iter()
                    .skip(start + 1)
                    .position(|l| is_signing_block(&l.text))
                    .map(|p| p + start + 1)
            })
            .unwrap_or(lines.len())
    };
    let competencies = competencies
        .iter()
        .zip(starts)
        .map(|(name, start)| match start {
            None => CompetencyEvidence {
                competency: name.clone(),
                absent: true,
                examples: 0,
                strong_points: 0,
                development_points: 0,
                page: None,
            },
            Some(start) => {
                let heading = &lines[start];
                // A heading may carry text after it ("Samenwerken: ...").
                let block = &lines[start + 1..end_of_block(start)];
                count_block(name, block, heading.page)
            }
        })
        .collect();
    ExperienceStatement {
        document: doc.document.clone(),
        competencies,
    }
}

/// The sentences of a line: cut after ". ", "! " or "? " where a capital
/// follows, and after "; ", not after a number ("2. Samenwerken") or an
/// initial ("J. de").
fn sentences_of(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, mark) in line.match_indices(['.', '!', '?', ';']) {
        let after = &line[i + 1..];
        let Some(rest) = after.strip_prefix(' ') else {
            continue;
        };
        // "J. de Vries", "2. Samenwerken" go on; "ik wacht niet af. Mijn"
        // ends a sentence.
        let word_before = line[start..i].rsplit(' ').next().unwrap_or("");
        let initial = word_before.chars().count() <= 2
            && word_before
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        // A clause after ";" opens in lower case ("...; mijn ontwikkelpunt").
        let opens = rest.starts_with(char::is_uppercase) || mark == ";";
        if opens && !initial {
            out.push(line[start..=i].trim());
            start = i + 2;
        }
    }
    out.push(line[start..].trim());
    out
}

/// A short line that names the competency, with or without "Competentie",
/// numbering, a colon or a qualifier in brackets.
fn is_competency_heading(text: &str, competency: &Synonym) -> bool {
    if text.split_whitespace().count() > 8 {
        return false;
    }
    // "Competentie 3:", "Competentie:" and numbering go before the name.
    let mut rest = text.trim();
    if rest.len() >= 11
        && rest.is_char_boundary(11)
        && rest[..11].eq_ignore_ascii_case("competentie")
    {
        rest = rest[11..].trim_start();
    }
    let rest = rest
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['.', ':', ')', '-', '–'])
        .trim_start();
    match_label(rest, competency, false).is_some_and(|m| {
        let after = rest[m.value_start..].trim();
        m.score >= 0.9 && (after.is_empty() || m.separated || after.starts_with('('))
    })
}

/// Labels of the signatures below the last competency, prepared once: every
/// line after a competency is compared with them.
static SIGNING_LABELS: LazyLock<[Synonym; 4]> = LazyLock::new(|| {
    [
        "ondertekening",
        "handtekening",
        "akkoord leidinggevende",
        "naam leidinggevende",
    ]
    .map(Synonym::new)
});

/// The signatures below the last competency end it.
fn is_signing_block(text: &str) -> bool {
    let line = LabelText::new(text);
    SIGNING_LABELS
        .iter()
        .any(|l| line.matches(l, false).is_some_and(|m| m.score >= 0.9))
}

/// The label a line opens with, else the label its value cell opens with
/// (a row of a two-column table), and the text after it.
fn unit_label<'a>(line: &'a Line, key: &str) -> Option<&'a str> {
    part_label(&line.text, key).or_else(|| {
        line.after_first_cell
            .as_deref()
            .and_then(|cells| part_label(sentences_of(cells).first()?, key))
    })
}

/// Which label of the statement's parts a line starts with, and the text
/// after the label on that line.
fn part_label<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let spec = SHIPPED_SECTIONS.documents.get("ervaringsverklaring")?;
    let part = spec.parts.iter().find(|p| p.key == key)?;
    let line = LabelText::new(text);
    part.labels
        .iter()
        .find_map(|l| {
            let m = line.matches(l, false)?;
            let rest = text[m.value_start..].trim();
            // A label opens the line: alone, before a colon, or as a short
            // heading ("Mijn sterke punten zijn: ..." too).
            let is_label = m.score >= SHIPPED_SECTIONS.accept
                && (m.separated
                || rest.is_empty()
                || text.split_whitespace().count() <= 4
                || rest.starts_with("zijn")
                || rest.starts_with("is ")
                // A sentence that introduces a numbered list ("Als sterke
                // punten noem ik 1) ... en 2) ...").
                || NUMBERED_ITEM.find_iter(rest).count() > 1
                || copula_value(rest).is_some());
            is_label.then_some(copula_value(rest).unwrap_or_else(|| {
                rest.trim_start_matches("zijn")
                    .trim_start_matches("is ")
                    .trim_start_matches(':')
                    .trim()
            }))
        })
        .or_else(|| lead_in_label(text, &part.labels))
}

/// The value after a label qualified before its verb ("Mijn sterke punten
/// bij samenwerken zijn geduld en humor"): the text after "zijn" or "is"
/// among the first five words.
fn copula_value(rest: &str) -> Option<&str> {
    let mut at = 0;
    for (n, word) in rest.split_inclusive(' ').enumerate() {
        if n >= 5 {
            break;
        }
        at += word.len();
        if matches!(word.trim(), "zijn" | "is" | "zijn:" | "is:") {
            return Some(rest[at..].trim()).filter(|v| !v.is_empty());
        }
    }
    None
}

/// A one-word label among the first three words of a sentence, after a
/// lead-in ("Als ontwikkelpunt zie ik ...", "Een verbeterpunt is ..."):
/// the text after it is the item.
fn lead_in_label<'a>(text: &'a str, labels: &[Synonym]) -> Option<&'a str> {
    let toks = tokens(text);
    toks.iter().take(3).skip(1).find_map(|t| {
        labels
            .iter()
            .filter(|l| l.word_count() == 1 && !l.label().contains(' '))
            .any(|l| dutch::holds(&t.word, &crate::text::fold::normalize(l.label())))
            .then(|| text[t.end..].trim_start_matches([':', ' ']).trim())
    })
}

fn count_block(name: &str, block: &[Line], page: u32) -> CompetencyEvidence {
    let situations = block
        .iter()
        .filter(|l| starts_with_word(&l.text, &["situatie", "s"]))
        .count();
    // "Voorbeeld 2", "Praktijkvoorbeeld 1", "STARR-voorbeeld 1".
    let examples_headed = block
        .iter()
        .filter(|l| {
            l.text.split_whitespace().count() <= 6
                && tokens(&l.text)
                    .iter()
                    .take(2)
                    .any(|t| dutch::holds(&t.word, "voorbeeld"))
        })
        .count();
    let strong_at = block
        .iter()
        .position(|l| unit_label(l, "sterke_punten").is_some());
    let development_at = block
        .iter()
        .position(|l| unit_label(l, "ontwikkelpunt").is_some());
    let items_after = |at: usize, key: &str, until: Option<usize>| -> usize {
        let inline = block.get(at).and_then(|l| unit_label(l, key)).unwrap_or("");
        let end = until.filter(|&u| u > at).unwrap_or(block.len());
        let following: Vec<&str> = block[at + 1..end]
            .iter()
            .map(|l| l.text.as_str())
            .take_while(|t| !starts_with_word(t, &["voorbeeld", "situatie"]))
            .collect();
        list_items(inline, &following)
    };
    let strong_points = strong_at.map_or(0, |s| items_after(s, "sterke_punten", development_at));
    let development_points =
        development_at.map_or(0, |d| items_after(d, "ontwikkelpunt", strong_at));
    CompetencyEvidence {
        competency: name.to_string(),
        absent: false,
        // Each STARR example opens with its Situatie; a heading "Voorbeeld n"
        // stands in where the writer left the labels out.
        examples: situations.max(examples_headed),
        strong_points,
        development_points,
        page: Some(page),
    }
}

/// Whether a line opens with one of the words as a label ("Situatie:",
/// "S:", "Voorbeeld 2").
fn starts_with_word(text: &str, words: &[&str]) -> bool {
    let toks = tokens(text);
    let Some(first) = toks.first() else {
        return false;
    };
    words.iter().any(|w| {
        first.word == *w
            && (w.len() > 1
                || text[first.end..]
                    .trim_start()
                    .starts_with([':', ')', '.', '-', '–', '—']))
    })
}

/// How many items a part lists: bullets or numbered lines under it, else
/// the items of its one sentence ("luisteren, doorvragen en geduld"),
/// else its lines.
fn list_items(inline: &str, following: &[&str]) -> usize {
    const BULLETS: [char; 9] = ['•', '-', '*', '–', '·', '▪', '◦', '●', '>'];
    let marked = following
        .iter()
        .filter(|l| {
            l.starts_with(BULLETS)
                || l.split_once(['.', ')'])
                    .is_some_and(|(n, _)| n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()))
        })
        .count();
    if marked > 0 {
        return marked + usize::from(!inline.is_empty());
    }
    let text = if inline.is_empty() {
        following.first().copied().unwrap_or("")
    } else {
        inline
    };
    // Numbered inline: "1) goed luisteren en 2) rustig blijven".
    let numbered = NUMBERED_ITEM.find_iter(text).count();
    if numbered > 1 {
        return numbered;
    }
    let in_sentence = sentence_items(text);
    if in_sentence > 1 {
        return in_sentence;
    }
    // Unmarked lines until the next label-like line.
    let lines = following.iter().take_while(|l| !l.contains(':')).count();
    usize::from(!inline.is_empty()) + lines
}

/// "1)", "2.", "(3)" opening an item inside a sentence.
static NUMBERED_ITEM: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?:^|\s)\(?\d\)\s|(?:^|\s)\d\.\s"));

/// Items of one sentence: parts split by ";", ",", " en " or " and ".
fn sentence_items(text: &str) -> usize {
    let t = text.trim().trim_end_matches('.');
    if t.is_empty() {
        return 0;
    }
    t.split([';', ','])
        .flat_map(|p| p.split(" en "))
        .filter(|p| p.split_whitespace().count() >= 1)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::tests_support::text_record;
    use crate::model::DocType;

    #[test]
    fn points_after_a_reflection_heading_in_a_sentence_that_wraps() {
        let text = "Competentie: Verbinden\nVoorbeeld 1\nS – situatie\nTwee partijen spraken niet meer.\n\
            Reflectie op de\ncompetentie\n\
            Mijn sterke punten zijn 1) ik breng mensen samen en 2) ik\nblijf neutraal. Als ontwikkelpunt zie ik dat ik eerder mag ingrijpen.\n\
            Competentie: Signaleren\n";
        let s = read(
            &text_record("K01/erv.pdf", DocType::Ervaringsverklaring, text),
            &["verbinden".to_string(), "signaleren".to_string()],
        );
        let c = &s.competencies[0];
        assert_eq!((c.strong_points, c.development_points), (2, 1), "{c:?}");
    }

    #[test]
    fn a_label_qualified_before_its_verb_and_a_point_after_a_semicolon() {
        let text = "ORGANISEREN EIGEN WERK\nVoorbeeld 1\nSituatie: veel dossiers.\nVoorbeeld 2\nSituatie: een drukke week.\n\
            Mijn sterke punten bij dit onderwerp zijn planning en rust; mijn ontwikkelpunt is dat ik vaker nee zeg.\n";
        let s = read(
            &text_record("K01/erv.pdf", DocType::Ervaringsverklaring, text),
            &["organiseren eigen werk".to_string()],
        );
        let c = &s.competencies[0];
        assert_eq!(
            (c.examples, c.strong_points, c.development_points),
            (2, 2, 1),
            "{c:?}"
        );
    }

    #[test]
    fn lettered_starr_labels_and_points_inside_a_sentence() {
        let text = "Competentie 1: Netwerken\nSTARR-voorbeeld 1\nS – Situatie\nEen werkgever zocht mensen.\n\
            T – Taak\nIk moest kandidaten vinden.\nA – Activiteiten\nIk belde rond.\nR – Resultaat\nTwee plaatsingen.\n\
            R – Reflectie\nEerder bellen werkt.\nSTARR-voorbeeld 2\nS – Situatie\nEen gemeente vroeg hulp.\n\
            T – Taak\nIk zocht een partner.\n\
            Sterke punten vind ik 1) ik ken de regio en 2) ik ga erop af. Mijn ontwikkelpunt: ik mag vaker nee zeggen.\n";
        let s = read(
            &text_record("K01/erv.docx", DocType::Ervaringsverklaring, text),
            &["netwerken".to_string()],
        );
        let c = &s.competencies[0];
        assert_eq!(
            (c.examples, c.strong_points, c.development_points),
            (2, 2, 1)
        );
    }

    #[test]
    fn competencies_are_counted_per_section() {
        let text = "Ervaringsverklaring (bijlage 2)\n\
            Competentie 1: Klantgerichtheid\nVoorbeeld 1\nSituatie: a\nTaak: b\nActiviteiten: c\nResultaat: d\nReflectie: e\n\
            Voorbeeld 2\nSituatie: a\nTaak: b\nActiviteiten: c\nResultaat: d\nReflectie: e\n\
            Sterke punten\n• luisteren\n• geduld\nOntwikkelpunt\n• grenzen stellen\n\
            Competentie 2: Samenwerken\nVoorbeeld 1\nSituatie: a\nTaak: b\nSterke punten\n• overleg\n• delen\nOntwikkelpunt\n• feedback\n\
            Ondertekening door leidinggevende\nNaam leidinggevende: X\n";
        let comps = vec![
            "klantgerichtheid".to_string(),
            "samenwerken".to_string(),
            "netwerken".to_string(),
        ];
        let s = read(
            &text_record("K01/erv.pdf", DocType::Ervaringsverklaring, text),
            &comps,
        );
        let c = &s.competencies;
        assert_eq!(
            (c[0].examples, c[0].strong_points, c[0].development_points),
            (2, 2, 1)
        );
        assert_eq!(
            (c[1].examples, c[1].strong_points, c[1].development_points),
            (1, 2, 1)
        );
        assert!(c[2].absent);
    }
}
