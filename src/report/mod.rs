//! Report: the five CSV files of SPEC §8 and the assessor's HTML view,
//! built from assessed dossiers and published as one set.

pub mod html;
pub mod publish;
pub mod table;

use crate::assess::Assessed;
use crate::model::{Lang, Severity};
use table::{CsvDialect, Field, Table};

pub const DOSSIERS: &[&str] = &[
    "candidate_id",
    "scheme",
    "outcome",
    "pe_counted",
    "pe_claimed",
    "pe_vakoverleg_counted",
    "activities",
    "activities_counted",
    "intervisions_submitted",
    "intervisions_valid",
    "intervisions_casuistiek",
    "work_years",
    "avg_fte",
    "currently_employed",
    "findings_reject",
    "findings_supplement",
    "findings_warning",
    "documents",
];

pub const FINDINGS: &[&str] = &[
    "candidate_id",
    "code",
    "severity",
    "document",
    "page",
    "message",
    "evidence",
    "certainty",
];

pub const ACTIVITIES: &[&str] = &[
    "candidate_id",
    "activity",
    "document",
    "date",
    "title",
    "kind",
    "hours_attendance",
    "hours_preparation",
    "hours_total",
    "pe_computed",
    "pe_counted",
    "proof_document",
    "counted",
];

pub const INTERVISIONS: &[&str] = &[
    "candidate_id",
    "document",
    "date",
    "pages",
    "verdict",
    "casuistiek_score",
    "missing_sections",
    "counted",
];

pub const DOCUMENTS: &[&str] = &[
    "candidate_id",
    "document",
    "sha256",
    "format",
    "doc_type",
    "confidence",
    "pages",
    "text_chars",
    "ocr",
    "signature",
    "language",
    "error",
];

/// How the reports are written.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions {
    pub dialect: CsvDialect,
    pub lang: Lang,
}

/// The report set for a cohort: file name and table, in a fixed order.
pub fn build(dossiers: &[Assessed], options: &ReportOptions) -> Vec<(&'static str, Table)> {
    vec![
        ("dossiers.csv", dossiers_table(dossiers)),
        ("findings.csv", findings_table(dossiers, options.lang)),
        ("activities.csv", activities_table(dossiers)),
        ("intervisions.csv", intervisions_table(dossiers)),
        ("documents.csv", documents_table(dossiers)),
    ]
}

fn dossiers_table(dossiers: &[Assessed]) -> Table {
    let mut t = Table::new(DOSSIERS);
    for a in dossiers {
        let f = &a.figures;
        t.push(vec![
            Field::text(&a.candidate_id),
            Field::text(&a.scheme_id),
            Field::text(a.outcome.as_str()),
            Field::opt_decimal(f.pe_counted, 2),
            Field::opt_decimal(f.pe_claimed, 2),
            Field::opt_decimal(f.pe_vakoverleg_counted, 2),
            Field::opt_int(f.activities),
            Field::opt_int(f.activities_counted),
            Field::count(f.intervisions_submitted),
            Field::opt_int(f.intervisions_valid),
            Field::opt_int(f.intervisions_casuistiek),
            Field::opt_decimal(f.work_years, 2),
            Field::opt_decimal(f.avg_fte, 2),
            f.currently_employed.map_or(Field::Empty, Field::Bool),
            Field::count(a.count(Severity::Reject)),
            Field::count(a.count(Severity::Supplement)),
            Field::count(a.count(Severity::Warning)),
            Field::count(a.documents.len()),
        ]);
    }
    t
}

fn findings_table(dossiers: &[Assessed], lang: Lang) -> Table {
    let mut t = Table::new(FINDINGS);
    for a in dossiers {
        for rated in &a.findings {
            let f = &rated.finding;
            t.push(vec![
                Field::text(&a.candidate_id),
                Field::text(&f.code),
                Field::text(rated.severity.as_str()),
                Field::text(f.document.clone().unwrap_or_default()),
                f.page.map_or(Field::Empty, |p| Field::Int(p as i64)),
                Field::text(f.message.get(lang)),
                Field::text(short_evidence(&f.evidence)),
                Field::text(f.certainty.as_str()),
            ]);
        }
    }
    t
}

/// Evidence is a short quote: at most this many characters.
const MAX_EVIDENCE_CHARS: usize = 160;

pub(crate) fn short_evidence(evidence: &str) -> String {
    let flat = evidence.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX_EVIDENCE_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(MAX_EVIDENCE_CHARS - 1).collect();
    format!("{cut}…")
}

fn intervisions_table(dossiers: &[Assessed]) -> Table {
    let mut t = Table::new(INTERVISIONS);
    for a in dossiers {
        for row in &a.intervisions {
            t.push(vec![
                Field::text(&a.candidate_id),
                Field::text(&row.document),
                row.date
                    .map_or(Field::Empty, |d| Field::text(d.to_string())),
                Field::Int(row.pages as i64),
                Field::text(row.verdict.as_str()),
                Field::opt_decimal(row.casuistiek_score, 2),
                Field::text(row.missing_sections.join(" ")),
                Field::Bool(row.counted),
            ]);
        }
    }
    t
}

fn activities_table(dossiers: &[Assessed]) -> Table {
    let hours = |m: Option<u32>| Field::opt_decimal(m.map(|m| m as f64 / 60.0), 2);
    let mut t = Table::new(ACTIVITIES);
    for a in dossiers {
        // SPEC §8: rows sorted by candidate, then document.
        let mut ledger: Vec<_> = a.ledger.iter().collect();
        ledger.sort_by(|x, y| (&x.document, x.activity).cmp(&(&y.document, y.activity)));
        for row in ledger {
            let total = match (row.minutes_attendance, row.minutes_preparation) {
                (Some(x), Some(y)) => Some(x + y),
                _ => None,
            };
            t.push(vec![
                Field::text(&a.candidate_id),
                Field::Int(row.activity as i64),
                Field::text(&row.document),
                row.date
                    .map_or(Field::Empty, |d| Field::text(d.to_string())),
                Field::text(&row.title),
                Field::text(&row.kind),
                hours(row.minutes_attendance),
                hours(row.minutes_preparation),
                hours(total),
                Field::opt_decimal(row.pe_computed, 2),
                Field::Decimal(row.pe_counted, 2),
                Field::text(row.proof_document.clone().unwrap_or_default()),
                Field::Bool(row.counted),
            ]);
        }
    }
    t
}

fn documents_table(dossiers: &[Assessed]) -> Table {
    let mut t = Table::new(DOCUMENTS);
    for a in dossiers {
        for d in &a.documents {
            t.push(vec![
                Field::text(&a.candidate_id),
                Field::text(&d.document),
                Field::hash(&d.sha256),
                Field::text(&d.format),
                Field::text(d.doc_type.as_str()),
                Field::Decimal(d.confidence, 2),
                Field::count(d.pages),
                Field::count(d.text_chars),
                Field::Bool(d.ocr),
                Field::text(&d.signature),
                Field::text(&d.language),
                Field::text(&d.error),
            ]);
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_kept_short() {
        let long = "woord ".repeat(100);
        let short = short_evidence(&long);
        assert_eq!(short.chars().count(), MAX_EVIDENCE_CHARS);
        assert!(short.ends_with('…'));
        assert_eq!(short_evidence("  a \n b "), "a b");
    }
}
