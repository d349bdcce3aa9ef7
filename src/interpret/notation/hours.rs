//! Hours in every notation of SPEC §4, normalised to whole minutes.
//!
//! `2,5` `2.5` `2½` `2 uur` `2 uur en 30 minuten` `2u30` `2:30` `150 min`
//! `09:00-12:30` `09.00 – 12.30 uur`, spreadsheet numbers, time cells and
//! duration cells. `dagdeel`, `hele dag` and other words without an agreed
//! number of hours are refused, never guessed.

use crate::extract::Cell;
use crate::text::pattern::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

/// Why a text is not read as hours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    /// A word for a span of time with no agreed length (dagdeel, hele dag).
    #[error("ambiguous duration '{0}'")]
    Ambiguous(String),
    /// Nothing that reads as a duration.
    #[error("not a duration: '{0}'")]
    NotHours(String),
}

/// Words that name a span of time without saying how long it is.
pub(crate) const AMBIGUOUS: [&str; 10] = [
    "dagdeel",
    "dagdelen",
    "hele dag",
    "halve dag",
    "gehele dag",
    "ochtend",
    "middag",
    "avond",
    "dag",
    "dagen",
];

static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    // 09:00-12:30, 9.00 – 12.30 uur, 13u00-16u30, van 9 tot 12 uur
    constant_regex(
        r"^(?:van\s+)?(\d{1,2})(?:[:.u](\d{2}))?\s*(?:-|–|—|tot|t/m)\s*(\d{1,2})(?:[:.u](\d{2}))?\s*(?:uur|u)?$",
    )
});

static HOURS_MINUTES: LazyLock<Regex> = LazyLock::new(|| {
    // 2u30, 2h30, 2:30, 2 uur en 30 minuten, 2 uur 30 min
    constant_regex(
        r"^(\d{1,3})\s*(?::|u|h|uur|uren)\s*(?:en\s*)?(\d{1,2})\s*(?:m|min|min\.|minuten|minuut)?$",
    )
});

static DECIMAL_HOURS: LazyLock<Regex> = LazyLock::new(|| {
    // 2,5  2.5  2½  ½  2 1/2  2 uur  2,5u  3 hours
    constant_regex(
        r"^(\d{1,3}(?:[.,]\d{1,4})?)?\s*(½|¼|¾|1/2|1/4|3/4)?\s*(?:u|h|uur|uren|hours?|klokuur|klokuren)?\.?$",
    )
});

static MINUTES: LazyLock<Regex> = LazyLock::new(|| {
    // 150 min, 150 minuten, 90 min.
    constant_regex(r"^(\d{1,4})\s*(?:m|min|min\.|minuten|minuut|minutes)$")
});

/// A break written beside the hours: "09.00 – 16.00 uur, 1 uur pauze",
/// "9:00-12:30 (incl. 30 min. pauze)", "7 uur waarvan 45 minuten pauze".
static PAUSE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"^(.+?)\s*[,;(]?\s*(incl\.?|inclusief|waarvan|excl\.?|exclusief|minus|min\.|-)?\s*(?:(\d{1,3}(?:[.,]\d{1,2})?\s*(?:uur|u|minuten|minuut|min\.?))\s+(?:pauze|lunchpauze|lunch)|(?:pauze|lunchpauze|lunch)\s*:?\s*(\d{1,3}(?:[.,]\d{1,2})?\s*(?:uur|u|minuten|minuut|min\.?)))\s*\)?$",
    )
});

/// Bijlage 4 counts attendance without the break: a clock range minus the
/// break written beside it, and a duration that says it includes one
/// ("incl.", "waarvan") minus that break. A duration that says it excludes
/// the break, or only mentions one, is the attendance as written.
fn without_pause(t: &str) -> Option<Result<u32, HoursError>> {
    let c = PAUSE.captures(t)?;
    let main = c.get(1)?.as_str().trim();
    let pause_text = c.get(3).or_else(|| c.get(4))?.as_str();
    let pause = match parse_hours(pause_text) {
        Ok(minutes) => minutes,
        Err(e) => return Some(Err(e)),
    };
    let qualifier = c.get(2).map_or("", |m| m.as_str());
    let whole = match parse_hours(main) {
        Ok(minutes) => minutes,
        Err(e) => return Some(Err(e)),
    };
    let is_range = RANGE.is_match(main);
    let includes = matches!(qualifier, "incl" | "incl." | "inclusief" | "waarvan");
    Some(if is_range || includes {
        whole
            .checked_sub(pause)
            .filter(|m| *m > 0)
            .ok_or_else(|| HoursError::Ambiguous(t.to_string()))
    } else {
        Ok(whole)
    })
}

/// Reads a duration written as text, in minutes.
pub fn parse_hours(text: &str) -> Result<u32, HoursError> {
    let t = clean(text);
    if t.is_empty() {
        return Err(HoursError::NotHours(text.to_string()));
    }
    if let Some(read) = without_pause(&t) {
        return read;
    }
    let words: Vec<&str> = t.split(|c: char| !c.is_alphabetic()).collect();
    let names_span = |w: &&&str| {
        if w.contains(' ') {
            t.contains(**w)
        } else {
            words.contains(*w)
        }
    };
    if let Some(word) = AMBIGUOUS.iter().find(names_span) {
        // "1 dag" and "dagdeel" alike: never guessed.
        return Err(HoursError::Ambiguous((*word).to_string()));
    }
    if let Some(c) = RANGE.captures(&t) {
        let has_minutes = c.get(2).is_some() || c.get(4).is_some();
        let number = |i: usize| {
            c.get(i)
                .map_or(0, |m| m.as_str().parse::<u32>().unwrap_or(0))
        };
        let (h1, m1, h2, m2) = (number(1), number(2), number(3), number(4));
        // "2-3 uur" is a guess between two durations, not two clock times;
        // bare hours are a range only when both look like office hours.
        let clock_like = has_minutes || (6..=23).contains(&h1) && (7..=23).contains(&h2);
        if clock_like && h1 < 24 && h2 < 24 && m1 < 60 && m2 < 60 {
            let (start, end) = (h1 * 60 + m1, h2 * 60 + m2);
            if end > start {
                return Ok(end - start);
            }
        }
        return Err(HoursError::Ambiguous(text.trim().to_string()));
    }
    if let Some(c) = HOURS_MINUTES.captures(&t) {
        let h: u32 = c[1]
            .parse()
            .map_err(|_| HoursError::NotHours(text.to_string()))?;
        let m: u32 = c[2]
            .parse()
            .map_err(|_| HoursError::NotHours(text.to_string()))?;
        if m < 60 {
            return Ok(h * 60 + m);
        }
    }
    if let Some(c) = MINUTES.captures(&t) {
        return c[1]
            .parse()
            .map_err(|_| HoursError::NotHours(text.to_string()));
    }
    if let Some(c) = DECIMAL_HOURS.captures(&t) {
        let whole = c.get(1).map(|m| m.as_str().replace(',', "."));
        let fraction = c.get(2).map(|m| m.as_str());
        if whole.is_none() && fraction.is_none() {
            return Err(HoursError::NotHours(text.to_string()));
        }
        let mut minutes = match &whole {
            Some(w) => decimal_minutes(w).ok_or_else(|| HoursError::NotHours(text.to_string()))?,
            None => 0,
        };
        minutes += match fraction {
            Some("½" | "1/2") => 30,
            Some("¼" | "1/4") => 15,
            Some("¾" | "3/4") => 45,
            _ => 0,
        };
        return Ok(minutes);
    }
    Err(HoursError::NotHours(text.to_string()))
}

/// `2.25` → 135 minutes, exactly (no float rounding of the digits).
fn decimal_minutes(s: &str) -> Option<u32> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let int: u32 = int.parse().ok()?;
    let mut frac_digits = frac.to_string();
    frac_digits.truncate(4);
    let scale = 10u32.pow(frac_digits.len() as u32);
    let frac_value: u32 = if frac_digits.is_empty() {
        0
    } else {
        frac_digits.parse().ok()?
    };
    // minutes = (int + frac/scale) * 60, rounded to the nearest minute
    Some(int * 60 + (frac_value * 60 + scale / 2) / scale)
}

/// Lower case, non-breaking spaces folded, surrounding noise removed.
fn clean(text: &str) -> String {
    text.replace('\u{a0}', " ")
        .to_lowercase()
        .trim()
        .trim_end_matches(['.', ';'])
        .trim()
        .to_string()
}

/// Reads hours from a spreadsheet cell: a number is hours, a time cell is a
/// fraction of a day, a duration cell is days, text is parsed as above.
pub fn hours_from_cell(cell: &Cell) -> Result<u32, HoursError> {
    match cell {
        Cell::Number(n) if *n >= 0.0 && *n < 1000.0 => Ok((n * 60.0).round() as u32),
        // A time-formatted cell (02:30) holds 2.5/24.
        Cell::DateTime(serial) if (0.0..1.0).contains(serial) => {
            Ok((serial * 24.0 * 60.0).round() as u32)
        }
        Cell::Duration(days) if *days >= 0.0 => Ok((days * 24.0 * 60.0).round() as u32),
        Cell::Text(t) => parse_hours(t),
        other => Err(HoursError::NotHours(other.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notation_of_the_spec_reads_as_the_same_hours() {
        let cases: &[(&str, u32)] = &[
            ("2,5", 150),
            ("2.5", 150),
            ("2½", 150),
            ("2 ½", 150),
            ("2 1/2", 150),
            ("2 uur en 30 minuten", 150),
            ("2 uur 30 min", 150),
            ("2u30", 150),
            ("2h30", 150),
            ("2:30", 150),
            ("150 min", 150),
            ("150 minuten", 150),
            ("09:00-12:30", 210),
            ("09.00 – 12.30 uur", 210),
            ("9.00-12.30", 210),
            ("13u00 - 16u30", 210),
            ("van 9 tot 12 uur", 180),
            ("2 uur", 120),
            ("2,5 uur", 150),
            ("2.5u", 150),
            ("4", 240),
            ("½", 30),
            ("1,25", 75),
            ("0,75 uur", 45),
            ("3 klokuren", 180),
            (" 2,5\u{a0}uur ", 150),
        ];
        for (text, minutes) in cases {
            assert_eq!(parse_hours(text), Ok(*minutes), "{text}");
        }
    }

    #[test]
    fn ambiguous_notations_are_refused() {
        for text in [
            "dagdeel",
            "1 dagdeel",
            "hele dag",
            "halve dag",
            "2 dagen",
            "ochtend",
            "2-3 uur",
        ] {
            assert!(
                matches!(parse_hours(text), Err(HoursError::Ambiguous(_))),
                "{text}"
            );
        }
        for text in ["", "n.v.t.", "zie bijlage", "12:75"] {
            assert!(parse_hours(text).is_err(), "{text}");
        }
    }

    #[test]
    fn a_break_beside_the_hours_is_not_attendance() {
        for (text, minutes) in [
            ("09.00 – 16.00 uur, 1 uur pauze", 360),
            ("9:00-12:30 (incl. 30 min. pauze)", 180),
            ("13u00-17u00; pauze 15 minuten", 225),
            ("7 uur waarvan 45 minuten pauze", 375),
            ("6 uur (excl. 1 uur pauze)", 360),
            ("6 uur, 1 uur lunch", 360),
        ] {
            assert_eq!(parse_hours(text), Ok(minutes), "{text}");
        }
        assert!(parse_hours("10:00-10:30, 1 uur pauze").is_err());
    }

    #[test]
    fn spreadsheet_cells_read_as_hours() {
        assert_eq!(hours_from_cell(&Cell::Number(2.5)), Ok(150));
        assert_eq!(hours_from_cell(&Cell::DateTime(2.5 / 24.0)), Ok(150));
        assert_eq!(hours_from_cell(&Cell::Duration(2.5 / 24.0)), Ok(150));
        assert_eq!(hours_from_cell(&Cell::Text("2u30".into())), Ok(150));
        assert!(hours_from_cell(&Cell::Empty).is_err());
        // A full date in an hours column is not a duration.
        assert!(hours_from_cell(&Cell::DateTime(45363.0)).is_err());
    }

    #[test]
    fn decimal_hours_are_exact() {
        assert_eq!(decimal_minutes("2.25"), Some(135));
        assert_eq!(decimal_minutes("0.1"), Some(6));
        assert_eq!(decimal_minutes("1.333"), Some(80));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Every way SPEC §4 writes a duration, for a number of minutes.
    fn notations(minutes: u32) -> Vec<String> {
        let (h, m) = (minutes / 60, minutes % 60);
        let mut out = vec![
            format!("{h}u{m:02}"),
            format!("{h}:{m:02}"),
            format!("{minutes} min"),
            format!("{h} uur en {m} minuten"),
        ];
        if minutes.is_multiple_of(15) {
            let decimal = format!("{}", minutes as f64 / 60.0);
            out.push(decimal.clone());
            out.push(decimal.replace('.', ","));
            out.push(format!("{} uur", decimal.replace('.', ",")));
        }
        if m == 30 {
            out.push(format!("{h}½"));
        }
        if minutes > 0 && h < 10 {
            let start = 9 * 60;
            let end = start + minutes;
            out.push(format!(
                "{:02}:{:02}-{:02}:{:02}",
                start / 60,
                start % 60,
                end / 60,
                end % 60
            ));
            out.push(format!(
                "{:02}.{:02} – {:02}.{:02} uur",
                start / 60,
                start % 60,
                end / 60,
                end % 60
            ));
        }
        out
    }

    proptest! {
        #[test]
        fn all_notations_of_a_duration_read_the_same(minutes in 1u32..(14 * 60)) {
            for text in notations(minutes) {
                prop_assert_eq!(parse_hours(&text), Ok(minutes), "{}", text);
            }
        }

        #[test]
        fn no_text_panics(text in "\\PC{0,40}") {
            let _ = parse_hours(&text);
        }
    }
}
