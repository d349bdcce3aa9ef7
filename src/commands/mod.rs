//! One module per subcommand: its validated options and its `run`. The
//! command line in `src/main.rs` builds these options from flags.

pub mod audit;
pub mod explain;
pub mod extract;
pub mod merge;
pub mod review;
pub mod stats;
