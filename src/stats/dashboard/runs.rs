//! The run history on the dashboard: outcome rates per run for management,
//! and for whoever runs hercert the processing time per run and a table of
//! the latest runs.
//!
//! Separate because it reads the state file's runs, not the report sets:
//! without `--state` (or with `--no-state`) none of it is drawn.

use std::fmt::Write;
use std::path::Path;

use super::card;
use crate::stats::metrics::{RunStats, OUTCOMES};
use crate::stats::svg::{self, esc, nl, RatePoint, TrendPoint};

/// A timestamp from the history to the minute, in Dutch time when it
/// carries a zone (`2026-11-27T03:16:48.1234Z` → `2026-11-27 04:16`);
/// otherwise its first sixteen characters.
fn minute(started: &str) -> String {
    if let Ok(ts) = started.parse::<jiff::Timestamp>() {
        if let Ok(local) = ts.in_tz("Europe/Amsterdam") {
            return local.strftime("%Y-%m-%d %H:%M").to_string();
        }
    }
    started
        .chars()
        .take(16)
        .collect::<String>()
        .replacen('T', " ", 1)
}

/// Runs drawn on the trend chart at most (the CSV has them all).
const TREND_RUNS: usize = 100;

/// Runs listed in the table of recent runs.
const TABLE_RUNS: usize = 10;

fn run_label(r: &RunStats) -> String {
    let date = r
        .run
        .started
        .as_deref()
        .map(|s| s.chars().take(10).collect::<String>())
        .unwrap_or_default();
    format!("#{} {date}", r.run.run_id).trim().to_string()
}

/// When a run started, to the minute; `–` when the history does not say.
fn started(r: &RunStats) -> String {
    r.run
        .started
        .as_deref()
        .map_or_else(|| "–".to_string(), minute)
}

/// A cohort path from the history as the cohort folder's name.
fn cohort_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Outcome rates per run, the trend a manager follows.
pub(super) fn outcome_trend(html: &mut String, runs: &[RunStats]) {
    let shown = &runs[runs.len().saturating_sub(TREND_RUNS)..];
    let points: Vec<RatePoint> = shown
        .iter()
        .map(|r| RatePoint {
            label: run_label(r),
            title: format!(
                "run {} · {} · {}",
                r.run.run_id,
                started(r),
                r.run
                    .cohort
                    .as_deref()
                    .map_or_else(|| "–".to_string(), cohort_name),
            ),
            rates: [0, 1, 2].map(|i| r.outcome_rate(i)),
        })
        .collect();
    card(
        html,
        "wide",
        "Uitkomsten per run",
        &svg::rate_trend(&points, OUTCOMES),
        "Aandeel toekenning, aanvulling en afwijzing per run uit de runhistorie, oudste links.",
    );
}

pub(super) fn trend(html: &mut String, runs: &[RunStats]) {
    let shown = &runs[runs.len().saturating_sub(TREND_RUNS)..];
    let points: Vec<TrendPoint> = shown
        .iter()
        .map(|r| TrendPoint {
            label: run_label(r),
            title: format!(
                "run {} · {} · {} · {} s · {} ms per document",
                r.run.run_id,
                started(r),
                r.run.cohort.as_deref().unwrap_or("–"),
                r.seconds.map_or_else(|| "–".to_string(), |s| nl(s, 1)),
                r.ms_per_document
                    .map_or_else(|| "–".to_string(), |m| nl(m, 1))
            ),
            seconds: r.seconds,
            ms_per_document: r.ms_per_document,
        })
        .collect();
    let note = if shown.len() < runs.len() {
        format!(
            "De laatste {} van {} runs uit de runhistorie.",
            shown.len(),
            runs.len()
        )
    } else {
        format!(
            "{} runs uit de runhistorie, in volgorde van run-nummer.",
            runs.len()
        )
    };
    card(
        html,
        "wide",
        "Verwerkingstijd per run",
        &svg::trend(&points),
        &esc(&note),
    );
}

pub(super) fn run_table(html: &mut String, runs: &[RunStats]) {
    if runs.is_empty() {
        return;
    }
    let mut body = String::from(
        "<div class=\"scroll\"><table>\n<thead><tr><th>Run</th><th class=\"t\">Gestart</th><th class=\"t\">Cohort</th><th>Dossiers</th><th>Documenten</th><th>Toekenning</th><th>Aanvulling</th><th>Afwijzing</th><th>Duur (s)</th><th>ms per document</th></tr></thead>\n<tbody>\n",
    );
    let int = |v: Option<i64>| v.map_or_else(|| "–".to_string(), |n| n.to_string());
    let opt = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| nl(v, 1));
    for r in runs.iter().rev().take(TABLE_RUNS) {
        let [t, a, af] = r.outcomes();
        let cells = [
            r.run.run_id.to_string(),
            started(r),
            r.run
                .cohort
                .as_deref()
                .map_or_else(|| "–".into(), cohort_name),
            int(r.run.candidates),
            int(r.run.documents),
            int(t),
            int(a),
            int(af),
            opt(r.seconds),
            opt(r.ms_per_document),
        ];
        body.push_str("<tr>");
        for (i, cell) in cells.iter().enumerate() {
            let class = if matches!(i, 1 | 2) {
                " class=\"t\""
            } else {
                ""
            };
            let _ = write!(body, "<td{class}>{}</td>", esc(cell));
        }
        body.push_str("</tr>\n");
    }
    body.push_str("</tbody></table></div>");
    let title = format!("Laatste {} runs", runs.len().min(TABLE_RUNS));
    card(html, "wide", &title, &body, "Nieuwste run bovenaan.");
}
