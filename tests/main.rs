//! Integration tests: the real `hercert` binary on cohorts built in the test
//! or taken from `fixtures/`, with assertions on the report rows.

mod support;

mod architecture;
mod broken_input;
mod casuistiek;
mod catalogue;
mod corpus;
mod demo_cohort;
mod extraction_kinds;
mod hostile;
mod html;
mod nightly;
mod reports_contract;
mod review;
mod stats;
mod vocabulary;
