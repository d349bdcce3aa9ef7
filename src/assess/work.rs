//! The work rules: still working in the role at the application date
//! (`WORK-CURRENT`), and enough years at a sufficient appointment within the
//! reference period (`WORK-YEARS`).
//!
//! work_years = days worked in the role within the period / 365.25;
//! avg_fte = the mean FTE over those days (time-weighted). Overlapping
//! periods count each day once and add their FTE.

use super::period::{days_between, ReferencePeriod};
use crate::interpret::werkverklaring::{is_scheme_role, WorkStatement};
use crate::model::{Finding, Message};
use crate::scheme::Scheme;

/// What the work rules found, for `dossiers.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkFigures {
    pub work_years: f64,
    pub avg_fte: f64,
    pub currently_employed: bool,
}

pub fn check(
    statement: &WorkStatement,
    period: &ReferencePeriod,
    scheme: &Scheme,
    findings: &mut Vec<Finding>,
) -> Option<WorkFigures> {
    let full_time = statement
        .full_time_week
        .unwrap_or(scheme.work.full_time_hours_per_week);
    let in_role: Vec<_> = statement
        .periods
        .iter()
        .filter(|p| is_scheme_role(&p.role, &scheme.work.roles) || p.role.trim().is_empty())
        .collect();
    if statement.periods.is_empty() {
        findings.push(
            Finding::document(
                "WORK-YEARS",
                &statement.document,
                Message::from_catalogue("WORK-YEARS", "no-period", &[]),
            )
            .with_page(Some(1)),
        );
        return None;
    }
    let total_days = period.days().max(0) as usize;
    let mut fte_per_day = vec![0.0f64; total_days];
    let mut worked = vec![false; total_days];
    for p in &in_role {
        let start = p.start.max(period.start);
        let end = p.end.unwrap_or(period.end).min(period.end);
        if end < start {
            continue;
        }
        let fte = p.appointment.map(|a| a.fte(full_time)).unwrap_or(0.0);
        let first = days_between(period.start, start).max(0) as usize;
        let last = days_between(period.start, end).max(0) as usize;
        for day in first..=last.min(total_days.saturating_sub(1)) {
            worked[day] = true;
            fte_per_day[day] += fte;
        }
    }
    let days = worked.iter().filter(|&&w| w).count();
    let work_years = days as f64 / 365.25;
    let avg_fte = if days == 0 {
        0.0
    } else {
        fte_per_day.iter().sum::<f64>() / days as f64
    };
    // An ongoing period counts as current unless the text says the
    // candidate left ("uit dienst").
    let current = in_role.iter().any(|p| {
        p.start <= period.end
            && p.end
                .map_or(statement.still_employed != Some(false), |e| e >= period.end)
    });
    let evidence = statement
        .periods
        .iter()
        .take(3)
        .map(|p| {
            let end = p.end.map_or("heden".to_string(), |e| e.to_string());
            format!("{} {} – {end}", p.role, p.start)
        })
        .collect::<Vec<_>>()
        .join("; ");
    let page = statement.periods.first().map(|p| p.page);
    if !current {
        findings.push(
            Finding::document(
                "WORK-CURRENT",
                &statement.document,
                Message::from_catalogue(
                    "WORK-CURRENT",
                    "not-working",
                    &[
                        (
                            "role",
                            &scheme.work.roles.first().map_or("", String::as_str),
                        ),
                        ("date", &period.end),
                    ],
                ),
            )
            .with_page(page)
            .with_evidence(evidence.clone()),
        );
    }
    if work_years < scheme.work.min_years || avg_fte < scheme.work.min_avg_fte {
        findings.push(
            Finding::document(
                "WORK-YEARS",
                &statement.document,
                Message::from_catalogue(
                    "WORK-YEARS",
                    "too-little",
                    &[
                        ("years", &format!("{work_years:.2}")),
                        ("fte", &format!("{avg_fte:.2}")),
                        ("min_years", &scheme.work.min_years),
                        ("min_fte", &scheme.work.min_avg_fte),
                    ],
                ),
            )
            .with_page(page)
            .with_evidence(evidence),
        );
    }
    Some(WorkFigures {
        work_years,
        avg_fte,
        currently_employed: current,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interpret::notation::fte::Appointment;
    use crate::interpret::werkverklaring::Employment;
    use jiff::civil::{date, Date};

    fn statement(periods: &[(&str, Date, Option<Date>, Appointment)]) -> WorkStatement {
        WorkStatement {
            document: "K01/werk.pdf".into(),
            periods: periods
                .iter()
                .map(|(role, start, end, a)| Employment {
                    role: role.to_string(),
                    start: *start,
                    end: *end,
                    appointment: Some(*a),
                    page: 1,
                })
                .collect(),
            full_time_week: None,
            still_employed: None,
        }
    }

    fn run(s: &WorkStatement) -> (Option<WorkFigures>, Vec<String>) {
        let scheme = Scheme::load("rib").expect("rib"); // ok: test
        let period = ReferencePeriod::before(date(2026, 10, 1), 4);
        let mut findings = Vec::new();
        let figures = check(s, &period, &scheme, &mut findings);
        (figures, findings.into_iter().map(|f| f.code).collect())
    }

    #[test]
    fn a_long_full_appointment_passes() {
        let s = statement(&[(
            "Re-integratiebegeleider",
            date(2015, 1, 1),
            None,
            Appointment::HoursPerWeek(32.0),
        )]);
        let (fig, codes) = run(&s);
        let fig = fig.expect("figures"); // ok: test
        assert!(codes.is_empty(), "{codes:?}");
        assert!((fig.work_years - 1462.0 / 365.25).abs() < 1e-9);
        assert!((fig.avg_fte - 32.0 / 36.0).abs() < 1e-9);
        assert!(fig.currently_employed);
    }

    #[test]
    fn time_weighted_fte_over_two_periods() {
        let s = statement(&[
            (
                "Re-integratiebegeleider",
                date(2018, 5, 1),
                Some(date(2024, 9, 30)),
                Appointment::HoursPerWeek(36.0),
            ),
            (
                "Re-integratiebegeleider",
                date(2024, 10, 1),
                None,
                Appointment::HoursPerWeek(9.0),
            ),
        ]);
        let (fig, _) = run(&s);
        let fig = fig.expect("figures"); // ok: test
        let first = days_between(date(2022, 10, 1), date(2024, 9, 30)) + 1;
        let second = days_between(date(2024, 10, 1), date(2026, 10, 1)) + 1;
        let want = (first as f64 * 1.0 + second as f64 * 0.25) / (first + second) as f64;
        assert!(
            (fig.avg_fte - want).abs() < 1e-9,
            "{} vs {want}",
            fig.avg_fte
        );
    }

    #[test]
    fn left_before_the_application_date_is_rejected_twice_over() {
        let s = statement(&[(
            "Re-integratiebegeleider",
            date(2021, 1, 1),
            Some(date(2024, 6, 30)),
            Appointment::Fte(1.0),
        )]);
        let (fig, codes) = run(&s);
        assert_eq!(codes, ["WORK-CURRENT", "WORK-YEARS"]);
        assert_eq!(fig.map(|f| f.currently_employed), Some(false));
    }

    #[test]
    fn too_small_an_appointment_or_another_role() {
        let s = statement(&[(
            "Re-integratiebegeleider",
            date(2015, 1, 1),
            None,
            Appointment::Fte(0.4),
        )]);
        assert_eq!(run(&s).1, ["WORK-YEARS"]);
        let s = statement(&[(
            "Medewerker planning",
            date(2015, 1, 1),
            None,
            Appointment::Fte(1.0),
        )]);
        assert_eq!(run(&s).1, ["WORK-CURRENT", "WORK-YEARS"]);
    }
}
