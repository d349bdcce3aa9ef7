//! `hercert review COHORT --decisions FILE --out DIR`: decisions taken in
//! the past, recomputed; see [`crate::pipeline::review`].

use crate::pipeline::review;
pub use crate::pipeline::review::{ReviewConfig, ReviewError, ReviewSummary};
use crate::ui;

/// Runs the review and prints the summary line.
pub fn run(config: &ReviewConfig) -> Result<ReviewSummary, ReviewError> {
    let summary = review::review(config)?;
    ui::say(
        config.quiet,
        &format!(
            "hercert review: {} decisions, {} agree with the recomputed outcome; reports in {}",
            summary.decisions,
            summary.agreeing,
            config.out.display()
        ),
    );
    Ok(summary)
}
