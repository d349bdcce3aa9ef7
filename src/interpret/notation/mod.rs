//! Notations people write: hours, dates, appointment size, PE points. Each
//! parser returns exact values (minutes, calendar dates) or says why it
//! cannot; ambiguous notations are never guessed.

pub mod dates;
pub mod fte;
pub mod hours;
pub mod pe;
