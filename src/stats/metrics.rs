//! The figures of `stats.csv` (defined in the module doc of `stats`),
//! computed once and shared by the CSV and the dashboard.

use super::history::Run;
use super::input::{Document, Dossier, Finding, ReportSet};
use crate::report::table::{Field, Table};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// The header of `stats.csv`.
pub(super) const HEADER: &[&str] = &["metric", "scope", "value"];

/// How many finding codes each scope lists.
pub(super) const TOP_FINDINGS: usize = 10;

/// The outcomes, in the order they are reported and stacked.
pub(super) const OUTCOMES: [&str; 3] = ["toekenning", "aanvulling", "afwijzing"];

/// Every figure of a stats run.
#[derive(Debug, Clone)]
pub(super) struct Stats {
    /// Every dossier of every report set.
    pub all: ScopeStats,
    /// One per cohort, by name.
    pub cohorts: Vec<ScopeStats>,
    /// `None` without a (usable) run history; runs in `run_id` order.
    pub runs: Option<Vec<RunStats>>,
    /// The dossiers that need action: afwijzing first, then aanvulling.
    pub action: Vec<Action>,
}

/// A dossier that is rejected or waits for supplements.
#[derive(Debug, Clone)]
pub(super) struct Action {
    pub cohort: String,
    pub candidate: String,
    pub outcome: String,
    /// The codes that decide it (severity reject or supplement), each once,
    /// in the order of `findings.csv`.
    pub reasons: Vec<String>,
    /// The dossier's page, when the report set has one.
    pub page: Option<std::path::PathBuf>,
}

/// The figures of one scope (`all` or a cohort).
#[derive(Debug, Clone, Default)]
pub(super) struct ScopeStats {
    pub name: String,
    pub dossiers: usize,
    /// Dossiers per outcome, in the order of [`OUTCOMES`].
    pub outcomes: [usize; 3],
    /// `None` when a report set of the scope had no `findings.csv`.
    pub findings_total: Option<usize>,
    /// The most frequent codes: (code, findings, dossiers).
    pub top_findings: Vec<(String, usize, usize)>,
    /// The worst severity each code was reported with.
    pub finding_severity: BTreeMap<String, String>,
    /// `pe_counted` of every dossier that has one, ascending.
    pub pe_values: Vec<f64>,
    pub pe_p10: Option<f64>,
    pub pe_median: Option<f64>,
    pub pe_p90: Option<f64>,
    pub vakoverleg_share: Option<f64>,
    pub misfiling_rate: Option<f64>,
    pub documents_total: Option<f64>,
    pub documents_per_dossier: Option<f64>,
    /// `None` when a report set of the scope had no `documents.csv`.
    pub documents_unreadable: Option<usize>,
}

impl ScopeStats {
    /// Outcome count / dossiers.
    pub fn outcome_rate(&self, i: usize) -> Option<f64> {
        ratio(self.outcomes[i] as f64, self.dossiers as f64)
    }
}

/// One run of the history with its derived figures.
#[derive(Debug, Clone)]
pub(super) struct RunStats {
    pub run: Run,
    pub seconds: Option<f64>,
    pub ms_per_document: Option<f64>,
}

impl RunStats {
    pub fn outcomes(&self) -> [Option<i64>; 3] {
        [self.run.toekenning, self.run.aanvulling, self.run.afwijzing]
    }

    pub fn outcome_rate(&self, i: usize) -> Option<f64> {
        let count = self.outcomes()[i]?;
        ratio(count as f64, self.run.candidates? as f64)
    }
}

/// Computes every scope from the report sets and the runs.
pub(super) fn compute(sets: &[ReportSet], runs: Option<&[Run]>) -> Stats {
    let dossiers: Vec<&Dossier> = sets.iter().flat_map(|s| &s.dossiers).collect();
    // A scope's finding (document) figures are known only if every report
    // set that contributes to it had a findings.csv (documents.csv).
    let mut findings_missing: BTreeSet<&str> = BTreeSet::new();
    let mut documents_missing: BTreeSet<&str> = BTreeSet::new();
    for set in sets {
        for d in &set.dossiers {
            if set.findings.is_none() {
                findings_missing.insert(&d.cohort);
            }
            if set.documents.is_none() {
                documents_missing.insert(&d.cohort);
            }
        }
    }
    let findings: Vec<&Finding> = sets
        .iter()
        .flat_map(|s| s.findings.iter().flatten())
        .collect();
    let documents: Vec<&Document> = sets
        .iter()
        .flat_map(|s| s.documents.iter().flatten())
        .collect();
    let all = scope(
        "all",
        &dossiers,
        sets.iter()
            .all(|s| s.findings.is_some())
            .then_some(&findings[..]),
        sets.iter()
            .all(|s| s.documents.is_some())
            .then_some(&documents[..]),
    );
    let names: BTreeSet<&str> = dossiers
        .iter()
        .map(|d| d.cohort.as_str())
        .chain(findings.iter().map(|f| f.cohort.as_str()))
        .chain(documents.iter().map(|d| d.cohort.as_str()))
        .collect();
    let cohorts = names
        .into_iter()
        .map(|name| {
            let own_dossiers: Vec<&Dossier> = dossiers
                .iter()
                .copied()
                .filter(|d| d.cohort == name)
                .collect();
            let own_findings: Vec<&Finding> = findings
                .iter()
                .copied()
                .filter(|f| f.cohort == name)
                .collect();
            let own_documents: Vec<&Document> = documents
                .iter()
                .copied()
                .filter(|d| d.cohort == name)
                .collect();
            scope(
                name,
                &own_dossiers,
                (!findings_missing.contains(name)).then_some(&own_findings[..]),
                (!documents_missing.contains(name)).then_some(&own_documents[..]),
            )
        })
        .collect();
    Stats {
        all,
        cohorts,
        runs: runs.map(|runs| runs.iter().map(run_stats).collect()),
        action: action(&dossiers, &findings),
    }
}

fn scope(
    name: &str,
    dossiers: &[&Dossier],
    findings: Option<&[&Finding]>,
    documents: Option<&[&Document]>,
) -> ScopeStats {
    let mut outcomes = [0; 3];
    for d in dossiers {
        if let Some(i) = OUTCOMES.iter().position(|o| *o == d.outcome) {
            outcomes[i] += 1;
        }
    }
    let mut pe_values: Vec<f64> = dossiers.iter().filter_map(|d| d.pe_counted).collect();
    pe_values.sort_by(f64::total_cmp);
    let sum_both = |a: fn(&Dossier) -> Option<f64>, b: fn(&Dossier) -> Option<f64>| {
        dossiers
            .iter()
            .filter_map(|d| Some((a(d)?, b(d)?)))
            .fold((0.0, 0.0), |(x, y), (a, b)| (x + a, y + b))
    };
    let (vakoverleg, pe) = sum_both(|d| d.pe_vakoverleg_counted, |d| d.pe_counted);
    let (casuistiek, submitted) =
        sum_both(|d| d.intervisions_casuistiek, |d| d.intervisions_submitted);
    let document_counts: Vec<f64> = dossiers.iter().filter_map(|d| d.documents).collect();
    let documents_total = (!document_counts.is_empty()).then(|| document_counts.iter().sum());
    ScopeStats {
        name: name.to_string(),
        dossiers: dossiers.len(),
        outcomes,
        findings_total: findings.map(<[_]>::len),
        top_findings: findings.map(top_findings).unwrap_or_default(),
        finding_severity: findings.map(worst_severity).unwrap_or_default(),
        pe_p10: percentile(&pe_values, 0.10),
        pe_median: percentile(&pe_values, 0.50),
        pe_p90: percentile(&pe_values, 0.90),
        pe_values,
        vakoverleg_share: ratio(vakoverleg, pe),
        misfiling_rate: ratio(casuistiek, submitted),
        documents_total,
        documents_per_dossier: documents_total.and_then(|t| ratio(t, document_counts.len() as f64)),
        documents_unreadable: documents.map(|d| d.iter().filter(|d| d.unreadable).count()),
    }
}

/// The most frequent codes, by count and then code, with the number of
/// dossiers (cohort and candidate) each occurs in.
fn top_findings(findings: &[&Finding]) -> Vec<(String, usize, usize)> {
    /// Findings of a code and the (cohort, candidate) pairs they occur in.
    type Tally<'a> = (usize, HashSet<(&'a str, &'a str)>);
    let mut per_code: BTreeMap<&str, Tally> = BTreeMap::new();
    for f in findings {
        let entry = per_code.entry(&f.code).or_default();
        entry.0 += 1;
        entry.1.insert((&f.cohort, &f.candidate));
    }
    let mut ranked: Vec<(String, usize, usize)> = per_code
        .into_iter()
        .map(|(code, (count, dossiers))| (code.to_string(), count, dossiers.len()))
        .collect();
    // Stable sort: equal counts stay in code order.
    ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
    ranked.truncate(TOP_FINDINGS);
    ranked
}

/// Severities from least to most serious.
const SEVERITIES: [&str; 4] = ["info", "warning", "supplement", "reject"];

fn worst_severity(findings: &[&Finding]) -> BTreeMap<String, String> {
    let rank = |s: &str| SEVERITIES.iter().position(|x| *x == s);
    let mut worst: BTreeMap<String, String> = BTreeMap::new();
    for f in findings {
        let Some(r) = rank(&f.severity) else {
            continue;
        };
        let entry = worst.entry(f.code.clone()).or_default();
        if rank(entry).is_none_or(|e| r > e) {
            *entry = f.severity.clone();
        }
    }
    worst
}

/// The dossiers rejected or waiting for supplements, with their deciding codes.
fn action(dossiers: &[&Dossier], findings: &[&Finding]) -> Vec<Action> {
    let mut reasons: BTreeMap<(&str, &str), Vec<String>> = BTreeMap::new();
    for f in findings {
        if matches!(f.severity.as_str(), "reject" | "supplement") {
            let codes = reasons.entry((&f.cohort, &f.candidate)).or_default();
            if !codes.contains(&f.code) {
                codes.push(f.code.clone());
            }
        }
    }
    let mut rows: Vec<Action> = dossiers
        .iter()
        .filter(|d| matches!(d.outcome.as_str(), "afwijzing" | "aanvulling"))
        .map(|d| Action {
            cohort: d.cohort.clone(),
            candidate: d.candidate.clone(),
            outcome: d.outcome.clone(),
            reasons: reasons
                .get(&(d.cohort.as_str(), d.candidate.as_str()))
                .cloned()
                .unwrap_or_default(),
            page: d.page.clone(),
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.outcome != "afwijzing", &a.cohort, &a.candidate).cmp(&(
            b.outcome != "afwijzing",
            &b.cohort,
            &b.candidate,
        ))
    });
    rows
}

fn run_stats(run: &Run) -> RunStats {
    let elapsed = run.elapsed_ms.filter(|ms| *ms >= 0).map(|ms| ms as f64);
    RunStats {
        seconds: elapsed.map(|ms| ms / 1000.0),
        ms_per_document: elapsed.and_then(|ms| ratio(ms, run.documents? as f64)),
        run: run.clone(),
    }
}

/// `a / b`, or `None` when `b` is not positive.
fn ratio(a: f64, b: f64) -> Option<f64> {
    (b > 0.0).then(|| a / b)
}

/// The `p`-quantile of ascending values by linear interpolation between
/// closest ranks (R type 7, Excel `PERCENTILE.INC`).
pub(super) fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p.clamp(0.0, 1.0);
    let lo = (h.floor() as usize).min(last);
    let hi = (h.ceil() as usize).min(last);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

/// `stats.csv`: scopes in order (`all`, cohorts, runs), metrics in the order
/// of the module doc.
pub(super) fn table(stats: &Stats) -> Table {
    let mut t = Table::new(HEADER);
    scope_rows(&mut t, "all", &stats.all);
    if let Some(runs) = &stats.runs {
        push(&mut t, "runs", "all", Field::count(runs.len()));
    }
    for cohort in &stats.cohorts {
        scope_rows(&mut t, &format!("cohort:{}", cohort.name), cohort);
    }
    for r in stats.runs.iter().flatten() {
        let scope = format!("run:{}", r.run.run_id);
        let text = |v: &Option<String>| v.as_ref().map_or(Field::Empty, Field::text);
        let int = |v: Option<i64>| v.map_or(Field::Empty, Field::Int);
        push(&mut t, "run.cohort", &scope, text(&r.run.cohort));
        push(&mut t, "run.started", &scope, text(&r.run.started));
        push(&mut t, "dossiers", &scope, int(r.run.candidates));
        for (i, outcome) in OUTCOMES.iter().enumerate() {
            push(
                &mut t,
                &format!("outcome.{outcome}"),
                &scope,
                int(r.outcomes()[i]),
            );
        }
        for (i, outcome) in OUTCOMES.iter().enumerate() {
            push(
                &mut t,
                &format!("outcome.rate.{outcome}"),
                &scope,
                Field::opt_decimal(r.outcome_rate(i), 4),
            );
        }
        push(&mut t, "documents.total", &scope, int(r.run.documents));
        push(
            &mut t,
            "processing.seconds",
            &scope,
            Field::opt_decimal(r.seconds, 3),
        );
        push(
            &mut t,
            "processing.ms_per_document",
            &scope,
            Field::opt_decimal(r.ms_per_document, 2),
        );
    }
    t
}

fn scope_rows(t: &mut Table, scope: &str, s: &ScopeStats) {
    push(t, "dossiers", scope, Field::count(s.dossiers));
    for (i, outcome) in OUTCOMES.iter().enumerate() {
        push(
            t,
            &format!("outcome.{outcome}"),
            scope,
            Field::count(s.outcomes[i]),
        );
    }
    for (i, outcome) in OUTCOMES.iter().enumerate() {
        push(
            t,
            &format!("outcome.rate.{outcome}"),
            scope,
            Field::opt_decimal(s.outcome_rate(i), 4),
        );
    }
    push(t, "findings.total", scope, Field::opt_int(s.findings_total));
    for (code, count, dossiers) in &s.top_findings {
        push(
            t,
            &format!("finding.count.{code}"),
            scope,
            Field::count(*count),
        );
        push(
            t,
            &format!("finding.dossiers.{code}"),
            scope,
            Field::count(*dossiers),
        );
    }
    push(
        t,
        "pe_counted.dossiers",
        scope,
        Field::count(s.pe_values.len()),
    );
    push(t, "pe_counted.p10", scope, Field::opt_decimal(s.pe_p10, 2));
    push(
        t,
        "pe_counted.median",
        scope,
        Field::opt_decimal(s.pe_median, 2),
    );
    push(t, "pe_counted.p90", scope, Field::opt_decimal(s.pe_p90, 2));
    push(
        t,
        "vakoverleg.share",
        scope,
        Field::opt_decimal(s.vakoverleg_share, 4),
    );
    push(
        t,
        "casuistiek.misfiling_rate",
        scope,
        Field::opt_decimal(s.misfiling_rate, 4),
    );
    push(
        t,
        "documents.total",
        scope,
        s.documents_total
            .map_or(Field::Empty, |v| Field::Int(v.round() as i64)),
    );
    push(
        t,
        "documents.per_dossier.mean",
        scope,
        Field::opt_decimal(s.documents_per_dossier, 2),
    );
    push(
        t,
        "documents.unreadable",
        scope,
        Field::opt_int(s.documents_unreadable),
    );
}

fn push(t: &mut Table, metric: &str, scope: &str, value: Field) {
    t.push(vec![Field::text(metric), Field::text(scope), value]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_closest_ranks() {
        let v = [10.0, 20.0, 30.0, 40.0, 50.0];
        assert_eq!(percentile(&v, 0.5), Some(30.0));
        assert!((percentile(&v, 0.1).unwrap_or_default() - 14.0).abs() < 1e-9);
        assert!((percentile(&v, 0.9).unwrap_or_default() - 46.0).abs() < 1e-9);
        assert_eq!(percentile(&[7.0], 0.9), Some(7.0));
        assert_eq!(percentile(&[], 0.5), None);
        assert_eq!(percentile(&[1.0, 2.0], 0.5), Some(1.5));
    }

    fn finding(cohort: &str, candidate: &str, code: &str) -> Finding {
        Finding {
            cohort: cohort.into(),
            candidate: candidate.into(),
            code: code.into(),
            severity: "warning".into(),
        }
    }

    #[test]
    fn top_codes_rank_by_count_then_code_and_count_dossiers_per_cohort() {
        let rows = [
            finding("a", "K01", "PE-TOTAL"),
            finding("b", "K01", "PE-TOTAL"),
            finding("a", "K01", "DOC-MISSING"),
            finding("a", "K01", "DOC-MISSING"),
            finding("a", "K02", "SIG-MISSING"),
        ];
        let refs: Vec<&Finding> = rows.iter().collect();
        assert_eq!(
            top_findings(&refs),
            [
                ("DOC-MISSING".to_string(), 2, 1),
                ("PE-TOTAL".to_string(), 2, 2),
                ("SIG-MISSING".to_string(), 1, 1),
            ]
        );
    }
}
