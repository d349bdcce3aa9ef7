//! hercert audits recertification dossiers of Dutch re-integration
//! professionals. The data flows one way:
//!
//! discover → extract → classify → interpret → assess → report
//!
//! and the imports follow it: a module imports only the layers below it
//! (`tests/architecture.rs` checks this). Bottom first: `text` (folding,
//! regexes, the BSN detector); `model` (the shared vocabulary); `scheme` and
//! `ui`; `discover`; `extract`; `classify`; `dossier` (the read and
//! classified documents); `interpret`; `assess` (whose output is
//! `Assessed`); `report`; `state`; `pipeline` and `stats` (management
//! statistics over report sets); `commands`.
//!
//! Each stage owns its output type, and the next stage reads only that:
//! [`discover::Discovered`] (the candidates and their files) →
//! [`extract::Extracted`] (per file: text, lines, cells, fields) →
//! [`dossier::Dossier`] (the documents, classified) →
//! [`interpret::interpreted::Interpreted`] (what the documents say) →
//! [`assess::assessed::Assessed`] (figures, findings, outcome) → the rows
//! and pages of [`report`].
//!
//! Each stage is a module; [`pipeline`] runs them for a whole cohort. The
//! command line (`src/main.rs`) only turns flags into a
//! [`pipeline::audit::AuditConfig`], and each of [`commands`] makes one call
//! into the library and prints a summary.

pub mod assess;

pub mod classify;
pub mod commands;
pub mod discover;
pub mod dossier;
pub mod extract;
pub mod interpret;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod scheme;
pub mod state;
pub mod stats;
pub mod text;
pub mod ui;
