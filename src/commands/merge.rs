//! `hercert merge DIR... --out DIR`: the report sets of shards merged into
//! one; see [`crate::pipeline::shard`].

use crate::pipeline::shard;
pub use crate::pipeline::shard::{MergeConfig, MergeError};
use crate::ui;

/// Merges the shards and prints the summary line.
pub fn run(config: &MergeConfig) -> Result<usize, MergeError> {
    let merged = shard::merge(config)?;
    ui::say(
        config.quiet,
        &format!(
            "hercert merge: {} shards, {} dossiers; reports in {}",
            config.shards.len(),
            merged,
            config.out.display()
        ),
    );
    Ok(merged)
}
