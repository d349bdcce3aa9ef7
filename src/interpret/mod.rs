//! Interpret: what the documents say, in the terms of the rules. One module
//! per document type; this first version reads the candidate's name from the
//! aanvraagformulier.

pub mod aanvraag;
pub mod bewijs;
pub mod casuistiek;
pub mod ervaring;
pub mod intervisie;
pub mod notation;
pub mod opgave;
pub mod overzicht;
pub mod text;
pub mod werkverklaring;
