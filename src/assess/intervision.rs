//! The intervision rules: enough valid reports (`INT-COUNT`), each within
//! the period, complete, not too long, not a copy of another, and not
//! casuïstiek filed as intervision (`INT-*`).

use super::period::ReferencePeriod;
use crate::interpret::casuistiek::{self, Verdict};
use crate::interpret::intervision::IntervisionReport;
use crate::model::{Finding, Message};
use crate::scheme::Scheme;
use crate::text::pattern::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

/// The verdict on one report, for `intervisions.csv`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IntervisionRow {
    pub document: String,
    pub date: Option<jiff::civil::Date>,
    pub pages: u32,
    pub verdict: Verdict,
    pub casuistiek_score: Option<f64>,
    pub missing_sections: Vec<String>,
    pub counted: bool,
}

/// Intervision figures of a dossier.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IntervisionFigures {
    pub submitted: usize,
    pub valid: usize,
    pub casuistiek: usize,
}

pub fn check(
    reports: &[IntervisionReport],
    period: &ReferencePeriod,
    scheme: &Scheme,
    findings: &mut Vec<Finding>,
) -> (Vec<IntervisionRow>, IntervisionFigures) {
    let mut rows = Vec::new();
    let mut figures = IntervisionFigures {
        submitted: reports.len(),
        ..IntervisionFigures::default()
    };
    let shingles: Vec<Shingles> = reports.iter().map(|r| shingle(&r.text, 5)).collect();
    let pairs: Vec<Shingles> = reports.iter().map(|r| shingle(&r.text, 2)).collect();
    let rules = &scheme.intervision;
    let same_report = |i: usize, j: usize| {
        let shorter = pairs[i].len().min(pairs[j].len());
        reports[i].sha256 == reports[j].sha256
            || jaccard(&shingles[i], &shingles[j]) >= rules.duplicate_similarity
            || shorter >= rules.duplicate_min_pairs
                && containment(&pairs[i], &pairs[j]) >= rules.duplicate_containment
    };
    for (i, report) in reports.iter().enumerate() {
        let mut counted = true;
        let doc = report.document.as_str();
        let mut missing = report.missing.clone();
        match report.date {
            Some(d) if !period.contains(d.date) => {
                counted = false;
                findings.push(
                    Finding::document(
                        "INT-OUT-OF-PERIOD",
                        doc,
                        Message::from_catalogue(
                            "INT-OUT-OF-PERIOD",
                            "outside",
                            &[
                                ("date", &d.date),
                                ("start", &period.start),
                                ("end", &period.end),
                            ],
                        ),
                    )
                    .with_page(Some(1))
                    .with_evidence(d.date.to_string()),
                );
            }
            Some(_) => {}
            None => missing.insert(0, "datum".to_string()),
        }
        if !missing.is_empty() {
            counted = false;
            findings.push(
                Finding::document(
                    "INT-SECTIONS",
                    doc,
                    Message::from_catalogue(
                        "INT-SECTIONS",
                        "missing",
                        &[("missing", &missing.join(", "))],
                    ),
                )
                .with_evidence(sections_evidence(&missing, &report.unnamed))
                .unsure_if(report.missing_unsure),
            );
        }
        if report.pages > scheme.intervision.max_pages {
            findings.push(
                Finding::document(
                    "INT-TOO-LONG",
                    doc,
                    Message::from_catalogue(
                        "INT-TOO-LONG",
                        "too-long",
                        &[
                            ("pages", &report.pages),
                            ("max_pages", &scheme.intervision.max_pages),
                        ],
                    ),
                )
                .with_page(Some(report.pages))
                .with_evidence(format!("{} pagina's", report.pages)),
            );
        }
        // The copy is the report whose name says it is one ("(1)",
        // "kopie"), else the photo or scan of a file, else the later one.
        let rank = |k: usize| (is_copy_name(&reports[k].document), reports[k].scanned, k);
        let original = (0..reports.len())
            .filter(|&j| j != i && rank(j) < rank(i))
            .find(|&j| same_report(i, j));
        if let Some(j) = original {
            counted = false;
            findings.push(
                Finding::document(
                    "INT-DUPLICATE",
                    doc,
                    Message::from_catalogue(
                        "INT-DUPLICATE",
                        "same-as",
                        &[("other", &reports[j].document)],
                    ),
                )
                .with_evidence(reports[j].document.clone()),
            );
        }
        let judgement = casuistiek::judge(&report.text);
        let verdict = judgement.as_ref().map_or(Verdict::Onzeker, |j| j.verdict);
        if let Some(j) = judgement
            .as_ref()
            .filter(|j| j.verdict == Verdict::Casuistiek)
        {
            figures.casuistiek += 1;
            if !scheme.intervision.casuistiek_counts {
                counted = false;
                let signals = j
                    .signals
                    .iter()
                    .map(|(phrase, w)| format!("\"{phrase}\" {w:+.1}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                findings.push(
                    Finding::document(
                        "INT-CASUISTIEK",
                        doc,
                        Message::from_catalogue(
                            "INT-CASUISTIEK",
                            "casework",
                            &[("score", &format!("{:.2}", j.score))],
                        ),
                    )
                    .with_page(Some(1))
                    .with_evidence(format!("score {:.2}: {signals}", j.score)),
                );
            }
        }
        if counted {
            figures.valid += 1;
        }
        rows.push(IntervisionRow {
            document: report.document.clone(),
            date: report.date.map(|d| d.date),
            pages: report.pages,
            verdict,
            casuistiek_score: judgement.map(|j| j.score),
            missing_sections: missing,
            counted,
        });
    }
    if figures.valid < scheme.intervision.min_count {
        findings.push(
            Finding::dossier(
                "INT-COUNT",
                Message::from_catalogue(
                    "INT-COUNT",
                    "too-few",
                    &[
                        ("valid", &figures.valid),
                        ("minimum", &scheme.intervision.min_count),
                    ],
                ),
            )
            .with_evidence(format!("{} van {}", figures.valid, figures.submitted)),
        );
    }
    (rows, figures)
}

/// What was looked for and what stood there instead: the parts not found,
/// and the opening words of the blocks no part took.
fn sections_evidence(missing: &[String], unnamed: &[String]) -> String {
    let mut evidence = missing.join(", ");
    if !unnamed.is_empty() {
        let quoted: Vec<String> = unnamed.iter().map(|u| format!("\"{u}…\"")).collect();
        evidence.push_str(&format!("; niet benoemd: {}", quoted.join(", ")));
    }
    evidence
}

/// Whether a file name marks a copy as systems and people name one: a
/// counter a browser or file manager adds ("verslag (1).pdf",
/// "verslag(2).docx", "verslag - kopie.pdf", "Copy of verslag.pdf").
fn is_copy_name(document: &str) -> bool {
    static COPY: LazyLock<Regex> =
        LazyLock::new(|| constant_regex(r"(?i)\(\d{1,2}\)\s*\.\w+$|\b(?:kopie|copy)\b"));
    let name = document.rsplit(['/', '\\']).next().unwrap_or(document);
    COPY.is_match(name)
}

/// The word n-grams of a text, each as a 64-bit hash, sorted and once
/// each: comparing every report of a dossier with every other is a merge of
/// two integer lists, not of two sets of strings.
type Shingles = Vec<u64>;

/// Word n-grams of a text, normalised.
fn shingle(text: &str, n: usize) -> Shingles {
    use std::hash::{Hash, Hasher};
    let folded = crate::text::fold::normalize(text);
    let w: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Shingles = w
        .windows(n)
        .map(|g| {
            // Fixed keys: the same text hashes the same in every run.
            let mut h = std::hash::DefaultHasher::new();
            g.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// How many shingles two sorted lists share.
fn common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The share of the smaller set that stands in the other.
fn containment(a: &[u64], b: &[u64]) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    common(a, b) as f64 / smaller as f64
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = common(a, b);
    common as f64 / (a.len() + b.len() - common) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "Casusbeschrijving Meneer D. werkte als heftruckchauffeur en is uitgevallen met rugklachten. \
        Zijn werkgever heeft geen passend werk. Opmerkingen van collega's Een collega vroeg wat ik zelf voelde als hij een \
        afspraak afzegt; ik merkte dat ik vooral geïrriteerd raak. Leervragen Hoe blijf ik nieuwsgierig naar de klant als \
        ik zelf gefrustreerd raak? Leereffect Ik merk dat ik een afwijzing persoonlijk opvat. Door dat te herkennen kan ik \
        rustiger blijven en beter doorvragen. Oordeelsvorming Ik heb afgewogen of ik de druk moest opvoeren door te wijzen \
        op zijn verplichtingen. Ik kies er eerst voor om de relatie te herstellen, omdat druk nu alleen meer weerstand \
        oplevert. Initiatief Ik bel meneer D. zelf op en stel voor om af te spreken op een plek die hij kiest. Pas daarna \
        bespreek ik het vervolg met hem en met zijn werkgever. Eigen bijdrage Ik heb de groep gevraagd mij te helpen mijn \
        eigen irritatie te onderzoeken in plaats van meteen oplossingen te bedenken.";

    #[test]
    fn a_lightly_edited_copy_is_a_duplicate() {
        let edited = BODY
            .replace("rugklachten", "rugklachten en nekklachten")
            .replace("Leereffect", "Leereffect:");
        let a = shingle(&format!("Datum: 12 maart 2024\n{BODY}"), 5);
        let b = shingle(&format!("Datum: 12-03-2024\n{edited}"), 5);
        assert!(jaccard(&a, &b) >= 0.8, "{}", jaccard(&a, &b));
    }

    #[test]
    fn a_photo_of_the_printout_is_the_same_report() {
        // OCR reads a two-column form column by column and misreads a
        // few words: the 5-grams break up, the word pairs stay.
        let words: Vec<&str> = BODY.split_whitespace().collect();
        let (left, right) = words.split_at(words.len() / 2);
        let photo = format!("{}\n{}", right.join(" "), left.join(" "))
            .replace("rugklachten", "rugk1achten")
            .replace("irritatie", "irritatle");
        let (a, b) = (shingle(BODY, 2), shingle(&photo, 2));
        assert!(containment(&a, &b) >= 0.85, "{}", containment(&a, &b));
    }

    #[test]
    fn the_copy_is_the_file_named_as_one() {
        assert!(is_copy_name("K1/intervisie/verslag maart (1).pdf"));
        assert!(is_copy_name("K1/verslag(2).docx"));
        assert!(is_copy_name("K1/verslag maart - Kopie.pdf"));
        assert!(is_copy_name("K1/Copy of verslag.pdf"));
        assert!(!is_copy_name("K1/intervisie 1.pdf"));
        assert!(!is_copy_name("K1/(1) intervisie maart.pdf"));
    }

    #[test]
    fn two_reports_on_one_template_are_not() {
        let template = "Casusbeschrijving\nOpmerkingen van collega's\nEigen bijdrage aan het oplossen van de casus\nLeervragen\nLeereffect voor mijn eigen werk\nOordeelsvorming (eigen afwegingen bij het probleem)\nInitiatief: welke acties had ik zelf ondernomen?\n";
        let other = "Mevrouw A. meldde zich ziek na een conflict met haar leidinggevende. Collega's merkten op dat ik de werkgever \
            negatief neerzette. Hoe houd ik afstand als een casus dicht bij mijn eigen ervaringen komt? Ik ben mij bewuster van mijn kleuring.";
        let a = shingle(&format!("{template}{BODY}"), 5);
        let b = shingle(&format!("{template}{other}"), 5);
        assert!(jaccard(&a, &b) < 0.3, "{}", jaccard(&a, &b));
        let (a, b) = (
            shingle(&format!("{template}{BODY}"), 2),
            shingle(&format!("{template}{other}"), 2),
        );
        assert!(containment(&a, &b) < 0.6, "{}", containment(&a, &b));
    }
}
