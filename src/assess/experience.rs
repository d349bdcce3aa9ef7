//! The ervaringsverklaring rule: per competency of the scheme, two STARR
//! examples, two strong points and one development point (`EXP-COMPETENCY`).

use crate::interpret::experience::ExperienceStatement;
use crate::model::{Finding, Message};
use crate::scheme::Scheme;

pub fn check(statement: &ExperienceStatement, scheme: &Scheme, findings: &mut Vec<Finding>) {
    let need = &scheme.experience;
    for c in &statement.competencies {
        let mut short = Vec::new();
        if c.absent {
            short.push("competentie niet beschreven".to_string());
        } else {
            if c.examples < need.starr_examples {
                short.push(format!(
                    "{} van {} STARR-voorbeelden",
                    c.examples, need.starr_examples
                ));
            }
            if c.strong_points < need.strong_points {
                short.push(format!(
                    "{} van {} sterke punten",
                    c.strong_points, need.strong_points
                ));
            }
            if c.development_points < need.development_points {
                short.push(format!(
                    "{} van {} ontwikkelpunten",
                    c.development_points, need.development_points
                ));
            }
        }
        if short.is_empty() {
            continue;
        }
        findings.push(
            Finding::document(
                "EXP-COMPETENCY",
                &statement.document,
                Message::from_catalogue(
                    "EXP-COMPETENCY",
                    "incomplete",
                    &[
                        ("competency", &c.competency),
                        ("missing", &short.join(", ")),
                    ],
                ),
            )
            .with_page(c.page)
            .with_evidence(format!("{}: {}", c.competency, short.join(", "))),
        );
    }
}
