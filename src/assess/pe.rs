//! The PE ledger: every claimed activity matched to its opgaveformulier and
//! its attendance proof (by date, title and organiser, never by file name),
//! hours normalised, PE computed, capped and counted (SPEC §3, `PE-*` and
//! `PROOF-*`).

mod pairing;

use super::period::{days_between, ReferencePeriod};
use crate::interpret::bewijs::AttendanceProof;
use crate::interpret::interpreted::Activity;
use crate::interpret::overzicht::Overview;
use crate::interpret::text::{same_person, squeezed, words};
use crate::model::{Finding, Message};
use crate::scheme::Scheme;
use jiff::civil::Date;
use pairing::{assign_proofs, mentioned_anywhere, pair_rows_with_forms, Pairing};

/// One activity as `activities.csv` shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LedgerRow {
    /// 1-based number in date order.
    pub activity: usize,
    /// The opgaveformulier, or the overview when there is no form.
    pub document: String,
    pub date: Option<Date>,
    pub title: String,
    pub kind: String,
    pub minutes_attendance: Option<u32>,
    pub minutes_preparation: Option<u32>,
    pub pe_computed: Option<f64>,
    pub pe_counted: f64,
    pub proof_document: Option<String>,
    pub counted: bool,
    pub vakoverleg: bool,
}

/// The dossier's PE figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeFigures {
    pub pe_counted: f64,
    pub pe_claimed: f64,
    pub pe_vakoverleg_counted: f64,
    pub activities: usize,
    pub activities_counted: usize,
}

/// Everything the ledger needs from the dossier.
pub struct LedgerInput<'a> {
    pub overview: Option<&'a Overview>,
    /// One activity per opgaveformulier.
    pub forms: &'a [Activity],
    pub proofs: &'a [AttendanceProof],
    /// Documents no type took, read as proofs: one backs an activity only
    /// when it names the activity's title and date.
    pub unplaced: &'a [AttendanceProof],
    pub candidate_name: Option<&'a str>,
    pub period: ReferencePeriod,
    pub scheme: &'a Scheme,
}

/// Builds the ledger and adds the `PE-*` and `PROOF-*` findings.
pub fn ledger(input: &LedgerInput, findings: &mut Vec<Finding>) -> (Vec<LedgerRow>, PeFigures) {
    let scheme = input.scheme;
    let activities = pair_rows_with_forms(input.overview, input.forms);
    let overview_doc = input.overview.map(|o| o.document.as_str());
    let mut rows = Vec::new();
    let mut proof_users: Vec<(usize, usize)> = Vec::new();
    let mut figures = PeFigures {
        activities: activities.len(),
        ..PeFigures::default()
    };
    let mut vakoverleg_pe = 0.0;
    let mut other_pe = 0.0;
    let titles: Vec<String> = activities.iter().map(Pairing::title).collect();
    let candidates: Vec<AttendanceProof> =
        input.proofs.iter().chain(input.unplaced).cloned().collect();
    let proof_of = assign_proofs(&activities, &titles, &candidates, input.proofs.len());
    for (index, act) in activities.iter().enumerate() {
        let form_doc = act.form.map(Activity::document);
        let at = form_doc.or(overview_doc).unwrap_or("");
        let title = act.title();
        let date = act.date();
        let label = format!(
            "{} ({})",
            title,
            date.map_or("zonder datum".to_string(), |d| d.to_string())
        );
        let mut counted = true;
        let vakoverleg = is_vakoverleg(&act.kind(), &title, scheme);

        if act.form.is_none() {
            counted = false;
            findings.push(
                Finding::document(
                    "PE-NO-FORM",
                    overview_doc.unwrap_or(at),
                    Message::from_catalogue("PE-NO-FORM", "no-form", &[("activity", &label)]),
                )
                .with_evidence(label.clone()),
            );
        }
        match date {
            Some(d)
                if !input.period.contains(d)
                    || act.end_date().is_some_and(|e| !input.period.contains(e)) =>
            {
                counted = false;
                findings.push(
                    Finding::document(
                        "PE-OUT-OF-PERIOD",
                        at,
                        Message::from_catalogue(
                            "PE-OUT-OF-PERIOD",
                            "outside",
                            &[
                                ("activity", &label),
                                ("start", &input.period.start),
                                ("end", &input.period.end),
                            ],
                        ),
                    )
                    .with_evidence(d.to_string()),
                );
            }
            _ => {}
        }
        let attendance = act.attendance();
        let preparation = act.preparation().unwrap_or(Ok(0));
        let minutes = match (&attendance, &preparation) {
            (Some(Ok(a)), Ok(b)) => Some((*a, *b)),
            _ => None,
        };
        if minutes.is_none() {
            counted = false;
            let what = match (&attendance, &preparation) {
                (Some(Err(e)), _) | (_, Err(e)) => e.to_string(),
                _ => "geen uren ingevuld".to_string(),
            };
            findings.push(
                Finding::document(
                    "PE-HOURS-UNREADABLE",
                    at,
                    Message::from_catalogue(
                        "PE-HOURS-UNREADABLE",
                        "ambiguous",
                        &[("activity", &label)],
                    ),
                )
                .with_evidence(what),
            );
        }
        let raw_pe = minutes.map(|(a, b)| (a + b) as f64 / 60.0 / scheme.pe.hours_per_pe);
        let pe = raw_pe.map(|p| p.min(scheme.pe.per_activity_cap));
        if let Some(raw) = raw_pe.filter(|r| *r > scheme.pe.per_activity_cap + 1e-9) {
            findings.push(
                Finding::document(
                    "PE-ACTIVITY-CAP",
                    at,
                    Message::from_catalogue(
                        "PE-ACTIVITY-CAP",
                        "capped",
                        &[
                            ("activity", &label),
                            ("pe", &format!("{raw:.2}")),
                            ("cap", &scheme.pe.per_activity_cap),
                        ],
                    ),
                )
                .with_evidence(format!("{raw:.2} PE")),
            );
        }
        let cap = scheme.pe.per_activity_cap;
        check_mismatch(act, pe, cap, &label, overview_doc.unwrap_or(at), findings);
        if let Some(claimed) = act.pe_claimed() {
            figures.pe_claimed += claimed;
        }
        if is_long_course(act, &title, scheme) {
            findings.push(
                Finding::document(
                    "PE-LONG-COURSE",
                    at,
                    Message::from_catalogue("PE-LONG-COURSE", "by-hand", &[("activity", &label)]),
                )
                .with_evidence(title.clone()),
            );
        }
        let proof = proof_of[index];
        match proof {
            None => {
                counted = false;
                findings.push(
                    Finding::document(
                        "PE-NO-PROOF",
                        at,
                        Message::from_catalogue("PE-NO-PROOF", "no-proof", &[("activity", &label)]),
                    )
                    .with_evidence(label.clone())
                    .unsure_if(mentioned_anywhere(act, &title, &candidates)),
                );
            }
            Some(p) => {
                proof_users.push((p, index));
                check_proof(
                    &candidates[p],
                    date,
                    act.end_date(),
                    input.candidate_name,
                    &label,
                    findings,
                );
            }
        }
        if counted {
            figures.activities_counted += 1;
            if vakoverleg {
                vakoverleg_pe += pe.unwrap_or(0.0);
            } else {
                other_pe += pe.unwrap_or(0.0);
            }
        }
        rows.push(LedgerRow {
            activity: index + 1,
            document: at.to_string(),
            date,
            title,
            kind: act.kind(),
            minutes_attendance: minutes.map(|m| m.0),
            minutes_preparation: minutes.map(|m| m.1),
            pe_computed: pe,
            pe_counted: if counted { pe.unwrap_or(0.0) } else { 0.0 },
            proof_document: proof.map(|p| candidates[p].document.clone()),
            counted,
            vakoverleg,
        });
    }
    report_reused_proofs(&proof_users, &candidates, &rows, findings);
    let vak_counted = vakoverleg_pe.min(scheme.pe.vakoverleg_cap);
    if vakoverleg_pe > scheme.pe.vakoverleg_cap + 1e-9 {
        findings.push(
            Finding::dossier(
                "PE-VAKOVERLEG-CAP",
                Message::from_catalogue(
                    "PE-VAKOVERLEG-CAP",
                    "capped",
                    &[
                        ("pe", &format!("{vakoverleg_pe:.2}")),
                        ("cap", &scheme.pe.vakoverleg_cap),
                    ],
                ),
            )
            .with_evidence(format!("{vakoverleg_pe:.2} PE vakoverleg")),
        );
        // The excess is not counted: take it off the vakoverleg rows, last first.
        let mut excess = vakoverleg_pe - vak_counted;
        for row in rows.iter_mut().rev().filter(|r| r.counted && r.vakoverleg) {
            let cut = excess.min(row.pe_counted);
            row.pe_counted -= cut;
            excess -= cut;
        }
    }
    figures.pe_vakoverleg_counted = vak_counted;
    figures.pe_counted = other_pe + vak_counted;
    if figures.pe_counted + 1e-9 < scheme.pe.min_total {
        findings.push(
            Finding::dossier(
                "PE-TOTAL",
                Message::from_catalogue(
                    "PE-TOTAL",
                    "too-few",
                    &[
                        ("counted", &format!("{:.2}", figures.pe_counted)),
                        ("minimum", &scheme.pe.min_total),
                    ],
                ),
            )
            .with_evidence(format!("{:.2} PE", figures.pe_counted)),
        );
    }
    (rows, figures)
}

fn check_proof(
    proof: &AttendanceProof,
    date: Option<Date>,
    end_date: Option<Date>,
    candidate: Option<&str>,
    label: &str,
    findings: &mut Vec<Finding>,
) {
    if let (Some(on_proof), Some(candidate)) = (&proof.participant, candidate) {
        // An attendance list names the candidate among others.
        let listed = proof.listed.iter().any(|l| same_person(l, candidate));
        if !same_person(on_proof, candidate) && !listed {
            findings.push(
                Finding::document(
                    "PROOF-NAME-MISMATCH",
                    &proof.document,
                    Message::from_catalogue(
                        "PROOF-NAME-MISMATCH",
                        "other-participant",
                        &[("activity", &label)],
                    ),
                )
                .with_evidence(on_proof.clone()),
            );
        }
    }
    if let Some(date) = date {
        let within = |d: Date| d == date || end_date.is_some_and(|e| d >= date && d <= e);
        if !proof.dates.is_empty() && !proof.dates.iter().any(|d| within(d.date)) {
            let shown = proof
                .dates
                .first()
                .map(|d| d.date.to_string())
                .unwrap_or_default();
            findings.push(
                Finding::document(
                    "PROOF-DATE-MISMATCH",
                    &proof.document,
                    Message::from_catalogue(
                        "PROOF-DATE-MISMATCH",
                        "other-date",
                        &[("date", &shown), ("activity", &label)],
                    ),
                )
                .with_evidence(shown),
            );
        }
    }
}

/// A proof that backs two activities, or two proof files with the same
/// content or certificate number within the dossier.
fn report_reused_proofs(
    users: &[(usize, usize)],
    proofs: &[AttendanceProof],
    rows: &[LedgerRow],
    findings: &mut Vec<Finding>,
) {
    let mut reported = std::collections::BTreeSet::new();
    for (p, _) in users {
        let backing: Vec<usize> = users
            .iter()
            .filter(|(q, _)| q == p)
            .map(|(_, a)| *a)
            .collect();
        if backing.len() > 1 && reported.insert(proofs[*p].document.clone()) {
            let titles: Vec<String> = backing
                .iter()
                .filter_map(|a| rows.get(*a))
                .map(|r| r.title.clone())
                .collect();
            findings.push(
                Finding::document(
                    "PROOF-REUSED",
                    &proofs[*p].document,
                    Message::from_catalogue(
                        "PROOF-REUSED",
                        "several-activities",
                        &[("count", &backing.len())],
                    ),
                )
                .with_evidence(titles.join(" / ")),
            );
        }
    }
    for (i, a) in proofs.iter().enumerate() {
        for b in proofs.iter().skip(i + 1) {
            let same_file = !a.sha256.is_empty() && a.sha256 == b.sha256;
            let same_certificate = a.certificate.is_some() && a.certificate == b.certificate;
            if (same_file || same_certificate) && reported.insert(b.document.clone()) {
                findings.push(
                    Finding::document(
                        "PROOF-REUSED",
                        &b.document,
                        Message::from_catalogue(
                            "PROOF-REUSED",
                            "same-as",
                            &[("other", &a.document)],
                        ),
                    )
                    .with_evidence(
                        b.certificate
                            .clone()
                            .unwrap_or_else(|| "zelfde bestand".to_string()),
                    ),
                );
            }
        }
    }
}

/// Hours or PE on the form, in the overview and by the formula disagree.
fn check_mismatch(
    act: &Pairing,
    pe: Option<f64>,
    cap: f64,
    label: &str,
    at: &str,
    findings: &mut Vec<Finding>,
) {
    let mut differences = Vec::new();
    if let (Some(row), Some(pe)) = (act.in_overview, pe) {
        if let Some(claimed) = row.pe_claimed.filter(|c| (c - pe).abs() > 0.005) {
            differences.push(format!("overzicht {claimed:.2} PE, berekend {pe:.2} PE"));
        }
    }
    if let (Some(row), Some(form)) = (act.in_overview, act.form) {
        for (what, a, b) in [
            ("A", &row.attendance, &form.attendance),
            ("B", &row.preparation, &form.preparation),
        ] {
            if let (Some(Ok(x)), Some(Ok(y))) = (a, b) {
                if x != y {
                    differences.push(format!(
                        "{what}: overzicht {:.2} u, formulier {:.2} u",
                        *x as f64 / 60.0,
                        *y as f64 / 60.0
                    ));
                }
            }
        }
    }
    if let (Some(form), Some(pe)) = (act.form, pe) {
        // The form prints its maximum beside the field ("max. 4"): a number
        // above it is a misread scan far more often than a claim, and the
        // count takes the computed value either way.
        let claimed = form.pe_claimed.filter(|c| *c <= cap + 0.005);
        if let Some(claimed) = claimed.filter(|c| (c - pe).abs() > 0.005) {
            differences.push(format!("formulier {claimed:.2} PE, berekend {pe:.2} PE"));
        }
    }
    if !differences.is_empty() {
        findings.push(
            Finding::document(
                "PE-MISMATCH",
                at,
                Message::from_catalogue("PE-MISMATCH", "differ", &[("activity", &label)]),
            )
            .with_evidence(differences.join("; ")),
        );
    }
}

/// Whether the kind (else the title) names a vakoverleg. Compared without
/// spaces: a narrow overview column writes "vakoverl eg".
fn is_vakoverleg(kind: &str, title: &str, scheme: &Scheme) -> bool {
    let kind = squeezed(kind);
    let title = squeezed(title);
    scheme.pe.vakoverleg_kinds.iter().any(|k| {
        let k = squeezed(k);
        !k.is_empty() && (kind.contains(&k) || (kind.is_empty() && title.contains(&k)))
    })
}

/// Spanning more days than the scheme allows, or called a long course.
fn is_long_course(act: &Pairing, title: &str, scheme: &Scheme) -> bool {
    let span = match (act.date(), act.end_date()) {
        (Some(s), Some(e)) => days_between(s, e) + 1,
        _ => 1,
    };
    let says_so = act.form.is_some_and(|f| f.says_long_course);
    let title_words = words(title);
    let named = scheme
        .pe
        .long_course_words
        .iter()
        .any(|w| title_words.contains(&crate::text::fold::normalize(w)));
    span >= scheme.pe.long_course_min_days as i64 || says_so || named
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interpret::interpreted::ActivitySource;
    use crate::interpret::notation::dates::{ParsedDate, Precision};
    use jiff::civil::date;

    fn form(document: &str, hours: u32, pe_claimed: f64) -> Activity {
        Activity {
            source: ActivitySource::Form {
                document: document.to_string(),
            },
            date: Some(ParsedDate {
                date: date(2024, 4, 4),
                precision: Precision::Day,
            }),
            end_date: None,
            title: format!("Themamiddag {document}"),
            organiser: "Kenniskring Arbeid".to_string(),
            kind: "themabijeenkomst".to_string(),
            attendance: Some(Ok(hours * 60)),
            preparation: Some(Ok(0)),
            total: Some(Ok(hours * 60)),
            pe_claimed: Some(pe_claimed),
            says_long_course: false,
            mentions: Default::default(),
        }
    }

    fn mismatches(forms: &[Activity]) -> Vec<String> {
        let scheme = Scheme::load("rib").expect("the rib scheme is shipped"); // ok: test
        let input = LedgerInput {
            overview: None,
            forms,
            proofs: &[],
            unplaced: &[],
            candidate_name: None,
            period: ReferencePeriod {
                start: date(2022, 1, 1),
                end: date(2026, 1, 1),
            },
            scheme: &scheme,
        };
        let mut findings = Vec::new();
        ledger(&input, &mut findings);
        findings
            .iter()
            .filter(|f| f.code == "PE-MISMATCH")
            .map(|f| f.document.clone().unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_form_claim_above_the_printed_maximum_is_no_mismatch_but_a_lower_one_is() {
        // 7 hours is 3.5 PE. "9,5" on a form that prints "max. 4" is a
        // misread scan; "3" is a claim that differs.
        let found = mismatches(&[form("a.pdf", 7, 9.5), form("b.pdf", 7, 3.0)]);
        assert_eq!(found, ["b.pdf"]);
    }
}
