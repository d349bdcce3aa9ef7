//! Text tools every stage may use, at the bottom of the house: nothing
//! here imports a pipeline stage.
//!
//! - [`fold`]: the one text folding (case, diacritics, spacing) matches use;
//! - [`pattern`]: regular expressions written in the source;
//! - [`bsn`]: the one BSN detector, and masking with it;
//! - [`decode`]: bytes to text, and the separator of a delimited text;
//! - [`label`]: labels and their synonyms, matched word by word;
//! - [`dutch`]: stems and compound parts, so one list entry matches its
//!   inflections and compounds.

pub mod bsn;
pub mod decode;
pub mod dutch;
pub mod fold;
pub mod label;
pub mod pattern;
