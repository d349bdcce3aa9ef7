//! The reference period: the years before the application date, both ends
//! inclusive (SPEC §3).

use jiff::civil::Date;
use jiff::Span;

/// `[application_date − years, application_date]`, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferencePeriod {
    pub start: Date,
    pub end: Date,
}

impl ReferencePeriod {
    /// A 29 February application date looks back to 28 February.
    pub fn before(application_date: Date, years: i16) -> ReferencePeriod {
        let start = application_date
            .checked_sub(Span::new().years(years))
            .unwrap_or(Date::MIN);
        ReferencePeriod {
            start,
            end: application_date,
        }
    }

    pub fn contains(&self, d: Date) -> bool {
        self.start <= d && d <= self.end
    }

    /// Days in the period, both ends counted.
    pub fn days(&self) -> i64 {
        days_between(self.start, self.end) + 1
    }
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map(|s| s.get_days() as i64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn four_years_back_both_ends_inclusive() {
        let p = ReferencePeriod::before(date(2026, 10, 1), 4);
        assert_eq!(p.start, date(2022, 10, 1));
        assert!(p.contains(date(2022, 10, 1)));
        assert!(p.contains(date(2026, 10, 1)));
        assert!(!p.contains(date(2022, 9, 30)));
        assert!(!p.contains(date(2026, 10, 2)));
        assert_eq!(p.days(), 1462);
    }

    #[test]
    fn leap_day_application() {
        let p = ReferencePeriod::before(date(2028, 2, 29), 4);
        assert_eq!(p.start, date(2024, 2, 29));
        let p = ReferencePeriod::before(date(2028, 2, 29), 3);
        assert_eq!(p.start, date(2025, 2, 28));
    }
}
