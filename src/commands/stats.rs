//! `hercert stats DIR... --out DIR [--state PATH]`: checks the options,
//! builds the statistics ([`crate::stats`]), publishes `stats.csv` and
//! `dashboard.html` as one set, and prints a summary.

use crate::report::publish;
use crate::stats::{self, canonical, StatsConfig, StatsError, StatsSummary};
use crate::ui;

/// Builds the statistics and publishes `stats.csv` and `dashboard.html`.
pub fn run(config: &StatsConfig) -> Result<StatsSummary, StatsError> {
    refuse_out_as_input(config)?;
    publish::preflight(&config.out, None)?;
    let output = stats::build(config)?;
    for warning in &output.summary.warnings {
        // Warnings go out even with --quiet: they say a figure is incomplete.
        ui::say(false, &format!("hercert: warning: {warning}"));
    }
    let csv = output
        .stats_csv
        .to_csv(config.dialect)
        .map_err(StatsError::Csv)?;
    publish::publish(
        &config.out,
        &[
            ("stats.csv", csv),
            ("dashboard.html", output.dashboard_html.into_bytes()),
        ],
    )?;
    let s = &output.summary;
    ui::say(
        config.quiet,
        &format!(
            "hercert: statistics over {} report sets ({} cohorts, {} dossiers, {} runs): {} rows; written to {}",
            s.report_sets,
            s.cohorts,
            s.dossiers,
            s.runs,
            s.rows,
            config.out.display()
        ),
    );
    Ok(output.summary)
}

/// Publishing replaces `--out` whole; if it is one of the inputs, the audit
/// reports would be lost.
fn refuse_out_as_input(config: &StatsConfig) -> Result<(), StatsError> {
    let out = canonical(&config.out);
    for dir in &config.report_sets {
        if canonical(dir) == out {
            return Err(StatsError::OutIsInput(config.out.clone()));
        }
    }
    Ok(())
}
