//! The ervaringsverklaring (bijlage 2): per competency of the scheme, how
//! many STARR examples, strong points and development points it gives.

use crate::classify::normalize;
use crate::dossier::DocumentRecord;

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

/// A line with its page, normalised.
struct Line {
    page: u32,
    norm: String,
}

pub fn read(doc: &DocumentRecord, competencies: &[String]) -> ExperienceStatement {
    let lines: Vec<Line> = doc
        .extracted
        .pages
        .iter()
        .enumerate()
        .flat_map(|(i, page)| {
            page.lines().map(move |l| Line {
                page: i as u32 + 1,
                norm: normalize(l.trim()),
            })
        })
        .filter(|l| !l.norm.is_empty())
        .collect();
    let wanted: Vec<String> = competencies.iter().map(|c| normalize(c)).collect();
    // Where each competency's section starts: its heading line.
    let starts: Vec<Option<usize>> = wanted
        .iter()
        .map(|c| lines.iter().position(|l| is_competency_heading(&l.norm, c)))
        .collect();
    let mut boundaries: Vec<usize> = starts.iter().flatten().copied().collect();
    boundaries.sort_unstable();
    let end_of_section = |start: usize| {
        boundaries
            .iter()
            .find(|&&b| b > start)
            .copied()
            .or_else(|| {
                lines
                    .iter()
                    .skip(start + 1)
                    .position(|l| l.norm.starts_with("ondertekening"))
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
                let section = &lines[start + 1..end_of_section(start)];
                count_section(name, section, lines[start].page)
            }
        })
        .collect();
    ExperienceStatement {
        document: doc.document.clone(),
        competencies,
    }
}

/// "Competentie 3: Samenwerken", "3. Samenwerken", "Samenwerken".
fn is_competency_heading(norm: &str, competency: &str) -> bool {
    let stripped = norm
        .trim_start_matches("competentie")
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || c == '.' || c == ':' || c == ' ' || c == ')'
        });
    stripped.starts_with(competency) && stripped.len() <= competency.len() + 30
}

fn count_section(name: &str, section: &[Line], page: u32) -> CompetencyEvidence {
    let situations = section
        .iter()
        .filter(|l| l.norm.starts_with("situatie"))
        .count();
    let examples_headed = section
        .iter()
        .filter(|l| l.norm.starts_with("voorbeeld"))
        .count();
    let strong_at = section
        .iter()
        .position(|l| l.norm.starts_with("sterke punt") || l.norm.starts_with("sterk punt"));
    let development_at = section.iter().position(|l| {
        l.norm.starts_with("ontwikkelpunt")
            || l.norm.starts_with("ontwikkelpunten")
            || l.norm.starts_with("verbeterpunt")
    });
    let strong_points = match (strong_at, development_at) {
        (Some(s), Some(d)) if d > s => list_items(&section[s + 1..d]),
        (Some(s), _) => list_items(&section[s + 1..]),
        _ => 0,
    };
    let development_points = match development_at {
        Some(d) => list_items(&section[d + 1..]),
        None => 0,
    };
    CompetencyEvidence {
        competency: name.to_string(),
        absent: false,
        // Each STARR example opens with its Situatie; a heading "Voorbeeld n"
        // stands in where the writer left the labels out.
        examples: if situations > 0 {
            situations
        } else {
            examples_headed
        },
        strong_points,
        development_points,
        page: Some(page),
    }
}

/// Items of a list: lines that start with a bullet or a number, or, for a
/// list without markers, its lines.
fn list_items(lines: &[Line]) -> usize {
    const BULLETS: [char; 8] = ['•', '-', '*', '–', '·', '▪', '◦', '●'];
    let marked = lines
        .iter()
        .filter(|l| {
            l.norm.starts_with(BULLETS)
                || l.norm
                    .split_once(['.', ')'])
                    .is_some_and(|(n, _)| n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()))
        })
        .count();
    if marked > 0 {
        marked
    } else {
        lines.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::tests_support::text_record;
    use crate::model::DocType;

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
