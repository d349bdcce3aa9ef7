//! `hercert audit COHORT --out DIR`: the whole pipeline for a cohort; see
//! [`crate::pipeline`].

pub use crate::pipeline::audit::{AuditConfig, AuditSummary};
use crate::pipeline::{audit, PipelineError};
use crate::ui;

/// `--fail-on`: which outcomes make the run exit non-zero, so that cron
/// notices dossiers that need action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Any afwijzing.
    Reject,
    /// Any afwijzing or aanvulling.
    Supplement,
}

impl AuditSummary {
    /// Whether the outcomes trip `--fail-on`.
    pub fn fails(&self, fail_on: Option<FailOn>) -> bool {
        match fail_on {
            None => false,
            Some(FailOn::Reject) => self.afwijzing > 0,
            Some(FailOn::Supplement) => self.afwijzing + self.aanvulling > 0,
        }
    }
}

/// Runs the audit and prints the summary line.
pub fn run(config: &AuditConfig) -> Result<AuditSummary, PipelineError> {
    let summary = audit::run(config)?;
    ui::say(
        config.quiet,
        &format!(
            "hercert: {} dossiers ({} assessed, {} unchanged), {} documents ({} readable, {} unreadable; {} parsed in this run): {} toekenning, {} aanvulling, {} afwijzing; reports in {} ({:.1} s)",
            summary.candidates,
            summary.reassessed,
            summary.candidates - summary.reassessed,
            summary.documents,
            summary.documents - summary.unreadable,
            summary.unreadable,
            summary.parsed,
            summary.toekenning,
            summary.aanvulling,
            summary.afwijzing,
            config.out.display(),
            summary.elapsed.as_secs_f64()
        ),
    );
    Ok(summary)
}
