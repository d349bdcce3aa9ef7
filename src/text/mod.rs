//! Text tools every stage may use, at the bottom of the house: nothing
//! here imports a pipeline stage.

pub mod label;
