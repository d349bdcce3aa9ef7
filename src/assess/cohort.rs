//! Cohort-wide rules: the same attendance proof (same file, or same
//! certificate number) in two candidates' dossiers is reported in both
//! (`PROOF-REUSED`).

use crate::assess::{Assessed, Outcome, RatedFinding};
use crate::model::{Finding, Message};
use crate::scheme::SchemeSet;
use std::collections::BTreeMap;

pub fn check_shared_proofs(dossiers: &mut [Assessed], schemes: &SchemeSet) {
    // proof identity → (dossier index, document)
    let mut by_key: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for (i, a) in dossiers.iter().enumerate() {
        for p in &a.proofs {
            if !p.sha256.is_empty() {
                by_key
                    .entry(format!("file:{}", p.sha256))
                    .or_default()
                    .push((i, p.document.clone()));
            }
            if let Some(c) = &p.certificate {
                let c = c.trim().to_uppercase();
                if c.len() >= 4 {
                    by_key
                        .entry(format!("certificate:{c}"))
                        .or_default()
                        .push((i, p.document.clone()));
                }
            }
        }
    }
    let mut added: BTreeMap<usize, BTreeMap<String, String>> = BTreeMap::new();
    for users in by_key.values() {
        let candidates: std::collections::BTreeSet<usize> = users.iter().map(|(i, _)| *i).collect();
        if candidates.len() < 2 {
            continue;
        }
        for (i, document) in users {
            let mut others: Vec<String> = users
                .iter()
                .filter(|(j, _)| j != i)
                .map(|(j, _)| dossiers[*j].candidate_id.clone())
                .collect();
            others.sort();
            others.dedup();
            added
                .entry(*i)
                .or_default()
                .insert(document.clone(), name_a_few(&others));
        }
    }
    for (i, documents) in added {
        let Some(a) = dossiers.get_mut(i) else {
            continue;
        };
        let Some(scheme) = schemes.get(&a.scheme_id) else {
            continue;
        };
        for (document, others) in documents {
            let already = a.findings.iter().any(|f| {
                f.finding.code == "PROOF-REUSED"
                    && f.finding.document.as_deref() == Some(document.as_str())
            });
            if already {
                continue;
            }
            a.findings.push(RatedFinding {
                severity: scheme.severity("PROOF-REUSED"),
                finding: Finding::document(
                    "PROOF-REUSED",
                    &document,
                    Message::from_catalogue(
                        "PROOF-REUSED",
                        "other-dossier",
                        &[("others", &others)],
                    ),
                )
                .with_evidence(others),
            });
        }
        a.findings
            .sort_by(|x, y| x.finding.sort_key().cmp(&y.finding.sort_key()));
        a.outcome = Outcome::from_severities(a.findings.iter().map(|f| f.severity));
    }
}

/// At most five candidate ids, then how many more: a proof shared by a
/// whole cohort must not make every message list every candidate.
fn name_a_few(ids: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = ids
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > SHOWN {
        text.push_str(&format!(" en {} andere", ids.len() - SHOWN));
    }
    text
}
