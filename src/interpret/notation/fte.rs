//! The size of an appointment: `0,8 fte`, `32 uur per week`, `32 u/w`, and
//! the full-time week a statement names (`36-urige werkweek`).

use crate::text::pattern::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

/// An appointment as written: a fraction of full time, or weekly hours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Appointment {
    Fte(f64),
    HoursPerWeek(f64),
}

impl Appointment {
    /// The FTE against a full-time week of `full_time` hours.
    pub fn fte(self, full_time: f64) -> f64 {
        match self {
            Appointment::Fte(f) => f,
            Appointment::HoursPerWeek(h) if full_time > 0.0 => h / full_time,
            Appointment::HoursPerWeek(_) => 0.0,
        }
    }
}

static FTE: LazyLock<Regex> = LazyLock::new(|| {
    // 0,8 fte, 1.0 FTE, fte: 0,8
    constant_regex(r"(?i)(?:\b(\d(?:[.,]\d{1,3})?)\s*fte\b|\bfte\s*[:=]?\s*(\d(?:[.,]\d{1,3})?)\b)")
});

static WEEKLY: LazyLock<Regex> = LazyLock::new(|| {
    // 32 uur per week, 32 uren/week, 32 u/w, 32 uur p/w, 24 uur in de week;
    // OCR reads the slash of "u/w" as f, l, I, 1 or |: "12 ufw".
    constant_regex(
        r"(?i)\b(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:uur|uren|u)\s*(?:per\s+week|/\s*week|p/w|p\.w\.|/w|[fl1|]\s?w|in\s+de\s+week|per\s+wk|pw)\b",
    )
});

static FULL_TIME: LazyLock<Regex> = LazyLock::new(|| {
    // 36-urige werkweek, voltijd is 38 uur, fulltime 40 uur, volledige werkweek van 36 uur
    constant_regex(
        r"(?i)(?:\b(\d{2})[- ]?urige\s+werkweek|(?:voltijd|fulltime|full-time|volledige\s+werkweek)\D{0,80}?(\d{2})\s*(?:uur|uren))",
    )
});

fn number(s: &str) -> Option<f64> {
    s.replace(',', ".").parse().ok()
}

/// The first appointment size named in a text.
pub fn find_appointment(text: &str) -> Option<Appointment> {
    let fte = FTE.captures(text).and_then(|c| {
        let m = c.get(1).or_else(|| c.get(2))?;
        let f = number(m.as_str())?;
        (0.0..=1.5)
            .contains(&f)
            .then_some((c.get(0)?.start(), Appointment::Fte(f)))
    });
    let weekly = WEEKLY.captures(text).and_then(|c| {
        let h = number(c.get(1)?.as_str())?;
        (0.0..=60.0)
            .contains(&h)
            .then_some((c.get(0)?.start(), Appointment::HoursPerWeek(h)))
    });
    match (fte, weekly) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
        (a, b) => a.or(b).map(|x| x.1),
    }
}

/// The full-time week a statement names, in hours.
pub fn find_full_time_week(text: &str) -> Option<f64> {
    let c = FULL_TIME.captures(text)?;
    let h = number(c.get(1).or_else(|| c.get(2))?.as_str())?;
    (24.0..=48.0).contains(&h).then_some(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appointment_notations() {
        assert_eq!(
            find_appointment("aanstelling 0,8 fte"),
            Some(Appointment::Fte(0.8))
        );
        assert_eq!(find_appointment("1.0 FTE"), Some(Appointment::Fte(1.0)));
        assert_eq!(find_appointment("FTE: 0,5"), Some(Appointment::Fte(0.5)));
        assert_eq!(
            find_appointment("32 uur per week"),
            Some(Appointment::HoursPerWeek(32.0))
        );
        assert_eq!(
            find_appointment("24 uren/week"),
            Some(Appointment::HoursPerWeek(24.0))
        );
        assert_eq!(
            find_appointment("12 ufw"),
            Some(Appointment::HoursPerWeek(12.0)),
            "OCR's f for the slash"
        );
        assert_eq!(
            find_appointment("28,5 u/w"),
            Some(Appointment::HoursPerWeek(28.5))
        );
        assert_eq!(
            find_appointment("20 uur in de week"),
            Some(Appointment::HoursPerWeek(20.0))
        );
        assert_eq!(find_appointment("geen omvang genoemd"), None);
    }

    #[test]
    fn full_time_week_named_in_the_statement() {
        assert_eq!(find_full_time_week("bij een 36-urige werkweek"), Some(36.0));
        assert_eq!(find_full_time_week("38 urige werkweek"), Some(38.0));
        assert_eq!(find_full_time_week("voltijd is 40 uur"), Some(40.0));
        assert_eq!(find_full_time_week("32 uur per week"), None);
    }

    #[test]
    fn fte_from_hours_uses_the_full_time_week() {
        assert_eq!(Appointment::HoursPerWeek(18.0).fte(36.0), 0.5);
        assert_eq!(Appointment::Fte(0.8).fte(36.0), 0.8);
    }
}
