//! Interpret: what the documents say, in the terms of the rules. One module
//! per document type; this first version reads the candidate's name from the
//! aanvraagformulier.

pub mod aanvraag;
pub mod notation;
