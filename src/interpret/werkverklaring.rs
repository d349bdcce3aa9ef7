//! The werkverklaring (werkgeversverklaring, bijlage 1): the periods worked,
//! in which role, with which appointment, and whether the candidate is still
//! employed.
//!
//! Employers fill the template's table, so a period is a line holding a
//! start date followed by an end date or "heden", with the role before the
//! dates and the appointment (FTE or hours a week) after them.

use super::fields::{FieldReader, SHIPPED_FIELDS};
use super::notation::dates::{find_dates, find_dates_at, ParsedDate};
use super::notation::fte::{find_appointment, find_full_time_week, Appointment};
use super::table::find_table;
use crate::dossier::DocumentRecord;
use crate::extract::positioned::{Line, Segment};
use crate::text::fold::normalize;
use crate::text::pattern::constant_regex;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

/// One period of employment as the statement gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Employment {
    pub role: String,
    pub start: Date,
    /// `None`: still employed ("heden").
    pub end: Option<Date>,
    pub appointment: Option<Appointment>,
    /// 1-based page the period was read from.
    pub page: u32,
}

/// What a werkverklaring says.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkStatement {
    pub document: String,
    pub periods: Vec<Employment>,
    /// The full-time week the statement names, if any.
    pub full_time_week: Option<f64>,
    /// "nog steeds in dienst" (true), "uit dienst" (false), or silent.
    pub still_employed: Option<bool>,
}

static ONGOING: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(r"(?i)\b(heden|nu|tot op heden|present|nog in dienst|lopend|onbepaald)\b")
});

static STILL_EMPLOYED: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?i)\b(nog steeds|nog altijd|thans|momenteel)\b[^.\n]{0,60}\b(?:in dienst|werkzaam)\b|\bis in dienst\b",
    )
});

static LEFT: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"(?i)\buit dienst\b"));

/// Columns a table of periods must have: a start or a period, and a role
/// or an end.
const TABLE_REQUIRED: [&[&str]; 2] = [&["start", "period"], &["role", "end"]];

/// Reads the periods of a werkverklaring, whichever way the employer wrote
/// them: a table under headers (Van | Tot en met | Functie | Uren), labelled
/// fields (Functie: …, In dienst sinds: …), sentences ("Sinds 1 augustus
/// 2010 is hij bij ons werkzaam als casemanager, voor 0,89 FTE."), or lines
/// holding a role and two dates.
pub fn read(doc: &DocumentRecord) -> WorkStatement {
    let text = doc.extracted.full_text();
    let lines = doc.extracted.layout();
    let mut periods = periods_in_table(&lines);
    if periods.is_empty() {
        periods = periods_in_fields(doc);
    }
    if periods.is_empty() {
        periods = periods_in_sentences(&text);
    }
    if periods.is_empty() {
        for line in &lines {
            if let Some(period) = period_on_line(&line.text(), line.page) {
                periods.push(period);
            }
        }
    }
    let still_employed = ticked_answer(&lines).or_else(|| {
        if STILL_EMPLOYED.is_match(&text) {
            Some(true)
        } else if LEFT.is_match(&text) {
            Some(false)
        } else {
            None
        }
    });
    // A statement may give the appointment once, below the table, and
    // the role once, above it.
    let document_appointment = find_appointment(&text);
    // The field stage runs again only where a period lacks its role.
    let document_role = periods
        .iter()
        .any(|p| !is_role_text(&p.role))
        .then(|| statement_role(doc))
        .flatten();
    for p in &mut periods {
        if p.appointment.is_none() {
            p.appointment = document_appointment;
        }
        if !is_role_text(&p.role) {
            if let Some(role) = &document_role {
                p.role = role.clone();
            }
        }
    }
    WorkStatement {
        document: doc.document.clone(),
        periods,
        full_time_week: find_full_time_week(&text),
        still_employed,
    }
}

/// Rows of a table of periods.
///
/// The header says which column is which, but a cell is read by what it
/// holds: the dates of a row, wherever they stand, give its start and end
/// (the earlier one is the start: a header "Periode van | tot en met" may
/// map the start to the period column); a role cell that holds no word (a
/// row number, an OCR mark) gives way to the words of the row, else to the
/// statement's own "Functie"; an hours cell left empty gives way to the
/// number of the row that is no date. A role still missing is taken from
/// the statement's own "Functie" in [`read`].
fn periods_in_table(lines: &[Line]) -> Vec<Employment> {
    let Some(spec) = SHIPPED_FIELDS.document("werkverklaring") else {
        return Vec::new();
    };
    let Some(table) = find_table(
        lines,
        spec,
        SHIPPED_FIELDS.thresholds.accept,
        &TABLE_REQUIRED,
    ) else {
        return Vec::new();
    };
    table
        .rows
        .iter()
        .filter_map(|row| {
            let cell = |k: &str| row.cells.get(k).map(|s| s.text.as_str()).unwrap_or("");
            let mut span = format!("{} {} {}", cell("period"), cell("start"), cell("end"));
            if UNTIL.is_match(span.trim_end_matches([' ', '-', '–', '—']))
                || span.trim_end().ends_with(['-', '–', '—'])
            {
                // "01-09-2015 t/m" with the end date wrapped onto the
                // cell's next line.
                for key in ["period", "start", "end"] {
                    if let Some(seg) = row.cells.get(key) {
                        span.push(' ');
                        span.push_str(&wrapped_below(lines, row.line, seg));
                    }
                }
            }
            let (start, end) = start_and_end(&span)?;
            let row_text = lines.get(row.line).map(Line::text).unwrap_or_default();
            let role = Some(cell("role").to_string())
                .filter(|r| is_role_text(r))
                .or_else(|| role_in_row(&row_text))
                .unwrap_or_default();
            let appointment = appointment_cell(cell("hours")).or_else(|| number_in_row(&row_text));
            Some(Employment {
                role,
                start,
                end,
                appointment,
                page: row.page,
            })
        })
        .collect()
}

/// Lines a table cell wraps onto: the next (at most two) lines that hold
/// nothing but text under the cell, in its column, close below it. The
/// table reader takes such a line for a row of its own, which has no
/// period and is dropped.
fn wrapped_below(lines: &[Line], row_line: usize, cell: &Segment) -> String {
    let height = (cell.bottom - cell.top).max(1.0);
    let mut out = Vec::new();
    let mut bottom = cell.bottom;
    for line in lines.iter().skip(row_line + 1).take(2) {
        let in_column =
            |s: &Segment| s.x0 < cell.x1 && s.x1 > cell.x0 && s.top - bottom < 1.5 * height;
        if line.segments.is_empty() || !line.segments.iter().all(in_column) {
            break;
        }
        for s in &line.segments {
            bottom = bottom.max(s.bottom);
            out.push(s.text.as_str());
        }
    }
    out.join(" ")
}

/// The role the statement names in a labelled field ("Functie: ...").
fn statement_role(doc: &DocumentRecord) -> Option<String> {
    FieldReader::new(&doc.extracted, "werkverklaring")
        .and_then(|r| r.read("role").value().map(str::to_string))
        .filter(|r| is_role_text(r))
}

/// A role is words: at least three letters in a row.
fn is_role_text(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 3)
}

/// The words of a table row that are neither a date nor an ongoing word.
fn role_in_row(row: &str) -> Option<String> {
    let without_dates = DATE_LIKE.replace_all(row, " ");
    let without_ongoing = ONGOING.replace_all(&without_dates, " ");
    let words: Vec<&str> = without_ongoing
        .split_whitespace()
        .filter(|w| is_role_text(w) && !MONTHS.is_match(w))
        .collect();
    Some(words.join(" ")).filter(|r| is_role_text(r))
}

/// The one number of a table row that is no part of a date: hours a week
/// or an FTE fraction.
fn number_in_row(row: &str) -> Option<Appointment> {
    let row = match ROW_NUMBER.captures(row).and_then(|c| c.get(1)) {
        Some(number) => &row[number.end()..],
        None => row,
    };
    let without_dates = DATE_LIKE.replace_all(row, " ");
    let numbers: Vec<&str> = without_dates
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    match numbers.as_slice() {
        [only] => appointment_cell(only),
        _ => None,
    }
}

/// A row number before the first date of a row ("1  01-03-2018 ...").
static ROW_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"^(\s*\d{1,2}[.)]?\s+)(?:\d{1,2}[-./]|\d{4}-)"));

/// Dates in numeric or written notation, for taking them out of a row.
static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?i)\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\b|\b[a-z]{3,9}\.?\s+\d{4}\b",
    )
});

/// Dutch month names and their abbreviations.
static MONTHS: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?i)^(jan|feb|mrt|maart|mar|apr|april|mei|jun|juni|jul|juli|aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december|januari|februari)\.?$",
    )
});

/// One period from labelled fields.
fn periods_in_fields(doc: &DocumentRecord) -> Vec<Employment> {
    let Some(reader) = FieldReader::new(&doc.extracted, "werkverklaring") else {
        return Vec::new();
    };
    let value = |k: &str| reader.read(k).value().unwrap_or("").to_string();
    // "In dienst sinds: …" with no end field is an ongoing period.
    let (start, end) = match start_and_end(&format!("{} {}", value("start"), value("end"))) {
        Some(found) => found,
        None => match find_dates(&value("start")).first() {
            Some(d) if value("end").is_empty() || ONGOING.is_match(&value("end")) => (d.date, None),
            _ => match start_and_end(&value("period")) {
                Some(found) => found,
                None => return Vec::new(),
            },
        },
    };
    let role = value("role");
    if role.is_empty() {
        return Vec::new();
    }
    vec![Employment {
        role,
        start,
        end,
        appointment: appointment_cell(&value("hours")),
        page: reader.read("start").page().unwrap_or(1),
    }]
}

/// A start date, then an end date or an ongoing word ("heden", "nu"),
/// or a start date alone after "sinds"/"vanaf".
fn start_and_end(text: &str) -> Option<(Date, Option<Date>)> {
    let dates = find_dates(text);
    let start = dates.first()?.date;
    let end = match dates.get(1) {
        Some(d) if d.date >= start => Some(d.date),
        Some(_) => return None,
        None => None,
    };
    let ongoing = ONGOING.is_match(text) || SINCE.is_match(text) || end.is_some();
    ongoing.then_some((start, end))
}

/// "32", "32 uur", "0,8", "0,8 fte", "32 u/w": hours a week above 1.5,
/// a fraction of full time at or below it.
fn appointment_cell(text: &str) -> Option<Appointment> {
    find_appointment(text).or_else(|| {
        let number: String = text
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        let n: f64 = number.replace(',', ".").parse().ok()?;
        match n {
            n if n > 1.5 && n <= 60.0 => Some(Appointment::HoursPerWeek(n)),
            n if n > 0.0 && n <= 1.5 => Some(Appointment::Fte(n)),
            _ => None,
        }
    })
}

static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(r"(?i)\b(sinds|vanaf|met ingang van|m\.i\.v\.|per|in dienst)\b")
});

/// "geboren op 3 juli 1984", "geb. 03-07-1981": a birth date.
static BORN: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(r"(?i)\b(?:geboren|geb\.)(?:\s+(?:op|te\s+\p{L}+\s+op))?\s+[^,;]{0,25}?\d{4}")
});

static AS_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    // "werkzaam als casemanager, voor 0,89 FTE", "in de functie van X"
    constant_regex(
        r"(?i)\b(?:als|in de functie van|functie van)\s+([\p{L}][\p{L}\- ]{2,60}?)(?:\s*[,(.;]|\s+(?:voor|met|bij|gedurende|sinds|vanaf|tot|van|in|werkzaam|werkt|is|was)\b|$)",
    )
});

/// Periods written as sentences: each sentence that names a role after
/// "als" and holds a date.
fn periods_in_sentences(text: &str) -> Vec<Employment> {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    for sentence in sentences(&flat) {
        let Some(role) = AS_ROLE
            .captures(sentence)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().trim().to_string())
        else {
            continue;
        };
        // A birth date is no start of employment; the rest of the
        // sentence still is ("mevrouw X, geboren op 3 juli 1984, is sinds
        // 1 september 2017 werkzaam als ...").
        let sentence = BORN.replace_all(sentence, " ");
        let sentence = sentence.as_ref();
        // The period opens at "sinds", "vanaf", "per", "van": a date
        // before that word (a letter's own date, run into the sentence
        // because it has no full stop) is not the start.
        let from = SINCE
            .find(sentence)
            .filter(|m| !find_dates(&sentence[m.start()..]).is_empty())
            .map_or(0, |m| m.start());
        let steps = period_steps(&sentence[from..]);
        let sentence_appointment = find_appointment(sentence);
        for (start, end, appointment) in periods_of_steps(&steps) {
            out.push(Employment {
                role: role.clone(),
                start,
                end,
                appointment: appointment.or(sentence_appointment),
                page: 1,
            });
        }
    }
    out
}

/// "tot", "tot en met", "t/m", "einde": the date after it closes a period.
static UNTIL: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(r"(?i)\b(?:tot(?:\s+en\s+met)?|t/m|t\.m\.|einde|eindigend\s+op)\s*$")
});

/// What a date in a sentence does to the periods.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    /// "sinds", "vanaf", "per": a period (or a new appointment) starts.
    Opens,
    /// "tot", "t/m": the period ends.
    Closes,
    /// A date without either word: the first opens, a later one closes.
    Plain,
}

/// The dates of a sentence, each with what it does and the appointment
/// written between it and the next date ("tot 31 augustus 2023 voor 32
/// uur per week en vanaf 1 september 2023 voor 36 uur per week").
fn period_steps(text: &str) -> Vec<(Step, ParsedDate, Option<Appointment>)> {
    let dates = find_dates_at(text);
    let mut steps = Vec::new();
    for (i, (at, date)) in dates.iter().enumerate() {
        let before_from = i.checked_sub(1).map_or(0, |j| dates[j].0);
        let before = text.get(before_from..*at).unwrap_or("");
        let step = if UNTIL.is_match(before) {
            Step::Closes
        } else if SINCE
            .find_iter(before)
            .any(|m| before[m.end()..].trim().len() <= 12)
        {
            Step::Opens
        } else {
            Step::Plain
        };
        let after_to = dates.get(i + 1).map_or(text.len(), |next| next.0);
        let after = text.get(*at..after_to).unwrap_or("");
        steps.push((step, *date, find_appointment(after)));
    }
    steps
}

/// Periods from a sentence's steps: a period opens at its first date and
/// at every later "vanaf"; it closes at "tot" or where the next one opens
/// (the day before). The appointment is the one written after the opening
/// date, else the one after the closing date.
fn periods_of_steps(
    steps: &[(Step, ParsedDate, Option<Appointment>)],
) -> Vec<(Date, Option<Date>, Option<Appointment>)> {
    let mut out = Vec::new();
    let mut open: Option<(Date, Option<Appointment>)> = None;
    for (i, (step, date, appointment)) in steps.iter().enumerate() {
        let date = date.date;
        let closes = match step {
            Step::Closes => true,
            Step::Plain => open.is_some(),
            Step::Opens => false,
        };
        match (closes, open.take()) {
            (true, Some((start, own))) => {
                if date >= start {
                    out.push((start, Some(date), own.or(*appointment)));
                } else {
                    open = Some((start, own));
                }
            }
            (true, None) => {}
            (false, Some((start, own))) => {
                // A new appointment from this date: the running one ends
                // the day before.
                let end = date.yesterday().ok().filter(|e| *e >= start);
                out.push((start, end, own));
                open = Some((date, *appointment));
            }
            (false, None) if i == 0 || *step == Step::Opens => open = Some((date, *appointment)),
            (false, None) => {}
        }
    }
    if let Some((start, own)) = open {
        out.push((start, None, own));
    }
    out
}

/// Sentences of a flat text: split at ". " before a capital, not after a
/// number or an abbreviation.
fn sentences(flat: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in flat.match_indices(". ") {
        // The next sentence's first letter, past OCR's stray marks ("_ Sinds").
        let next = flat[i + 2..].chars().find(|c| c.is_alphanumeric());
        let prev_word = flat[start..i].rsplit(' ').next().unwrap_or("");
        let is_number = prev_word.chars().all(|c| c.is_ascii_digit());
        // "mevr. Jansen", "3. Rol" are no sentence ends; "in 1980. Van" is.
        let abbreviation = !is_number && (prev_word.len() <= 3 || prev_word.contains('.'));
        let ordinal = is_number && prev_word.len() <= 2;
        if next.is_some_and(char::is_uppercase) && !abbreviation && !ordinal {
            out.push(&flat[start..=i]);
            start = i + 2;
        }
    }
    out.push(&flat[start..]);
    out
}

/// The answer ticked to "nog in dienst … ja / nee": the option whose box
/// is checked (☒, ☑, ✓, [X], (x)), or the other one when only one box is
/// left empty (☐, [ ], O as OCR reads it).
fn ticked_answer(lines: &[Line]) -> Option<bool> {
    for line in lines {
        let text = line.text();
        let lower = text.to_lowercase();
        if !lower.contains("dienst") && !lower.contains("werkzaam") {
            continue;
        }
        let (Some(ja), Some(nee)) = (option_at(&lower, "ja"), option_at(&lower, "nee")) else {
            continue;
        };
        // Boxes stand before their answers ("☒ ja ☐ nee") or after them
        // ("Ja ☒ Nee ☐"): take the side where both answers have one.
        let before = (box_state(&lower[..ja]), box_state(&lower[..nee]));
        let after = (
            box_state_after(&lower[ja + 2..]),
            box_state_after(&lower[nee + 3..]),
        );
        let marks =
            if before.0.is_some() && before.1.is_some() || after.0.is_none() || after.1.is_none() {
                before
            } else {
                after
            };
        match marks {
            (Some(true), Some(false)) | (Some(true), None) | (None, Some(false)) => {
                return Some(true)
            }
            (Some(false), Some(true)) | (None, Some(true)) | (Some(false), None) => {
                return Some(false)
            }
            _ => {}
        }
    }
    None
}

/// Byte offset of an answer word ("ja", "nee") standing on its own or
/// glued to a box mark ("☒ja", "Klja" as OCR reads a ticked box).
fn option_at(lower: &str, word: &str) -> Option<usize> {
    lower.match_indices(word).map(|(i, _)| i).find(|&i| {
        let after = lower[i + word.len()..].chars().next();
        after.is_none_or(|c| !c.is_alphanumeric())
            && lower[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphabetic() || matches!(c, 'l' | 'o' | 'x'))
    })
}

/// Whether the box just after an answer is ticked, empty or not there.
fn box_state_after(after: &str) -> Option<bool> {
    let head: String = after.trim_start().chars().take(3).collect();
    if head.starts_with(['☒', '☑', '✓', '✔', '■', '⊠'])
        || head.starts_with("[x]")
        || head.starts_with("(x)")
    {
        Some(true)
    } else if head.starts_with(['☐', '□', '○'])
        || head.starts_with("[ ]")
        || head.starts_with("( )")
        || head.starts_with("[]")
    {
        Some(false)
    } else {
        None
    }
}

/// Whether the box just before an answer is ticked (true), empty (false)
/// or not there (None).
fn box_state(before: &str) -> Option<bool> {
    let tail = before.trim_end();
    if tail.ends_with(['☒', '☑', '✓', '✔', '■', '⊠'])
        || tail.ends_with("[x]")
        || tail.ends_with("(x)")
        || tail.ends_with("kl")
        || tail.ends_with('x')
    {
        Some(true)
    } else if tail.ends_with(['☐', '□', '○'])
        || tail.ends_with("[ ]")
        || tail.ends_with("( )")
        || tail.ends_with("[]")
        || tail.ends_with('o')
        || tail.ends_with('0')
    {
        Some(false)
    } else {
        None
    }
}

/// A period: a start date, then an end date or an ongoing word.
fn period_on_line(line: &str, page: u32) -> Option<Employment> {
    let dates = find_dates(line);
    let start = dates.first()?.date;
    let lower = line.to_lowercase();
    let first_date_at = date_position(&lower)?;
    let after_first = &lower[first_date_at..];
    let end = match dates.get(1) {
        Some(d) => Some(d.date),
        None if ONGOING.is_match(after_first) => None,
        None => return None,
    };
    if end.is_some_and(|e| e < start) {
        return None;
    }
    let before_dates = line[..first_date_at.min(line.len())]
        .trim()
        .trim_end_matches([':', '-', '–', ','])
        .trim()
        .to_string();
    // A row number or an OCR mark before the dates is no role; the role
    // may stand after them.
    let role = Some(before_dates)
        .filter(|r| is_role_text(r))
        .or_else(|| role_in_row(line))
        .unwrap_or_default();
    // "Geboortedatum 1-1-1980 ... 1-1-2026" is not a period.
    if normalize(&role).contains("geboortedatum") {
        return None;
    }
    Some(Employment {
        role,
        start,
        end,
        appointment: find_appointment(line).or_else(|| number_in_row(line)),
        page,
    })
}

/// Byte offset of the first date-like token in a lower-cased line.
fn date_position(lower: &str) -> Option<usize> {
    static DATE_START: LazyLock<Regex> = LazyLock::new(|| {
        constant_regex(
            r"\b\d{1,2}(?:[-/.]\d{1,2}[-/.]\d{2,4}|\s+[a-z]{3,9}\.?\s+'?\d{2,4})|\b\d{4}-\d{2}-\d{2}\b",
        )
    });
    DATE_START.find(lower).map(|m| m.start())
}

/// Whether a role as written is one of the scheme's roles.
/// A letter misread by OCR ("fe-integratiebegeleider") is forgiven.
pub fn is_scheme_role(role: &str, aliases: &[String]) -> bool {
    let role = normalize(role).replace('-', "");
    aliases.iter().any(|a| {
        let alias = normalize(a).replace('-', "");
        role.contains(&alias)
            || (!alias.contains(' ')
                && role
                    .split_whitespace()
                    .any(|w| crate::text::label::word_similarity(w, &alias) > 0.0))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn table_rows_become_periods() {
        let p = period_on_line(
            "Re-integratiebegeleider 1 mei 2016 31-12-2022 36 uur per week",
            1,
        )
        .expect("period"); // ok: test
        assert_eq!(p.role, "Re-integratiebegeleider");
        assert_eq!(p.start, date(2016, 5, 1));
        assert_eq!(p.end, Some(date(2022, 12, 31)));
        assert_eq!(p.appointment, Some(Appointment::HoursPerWeek(36.0)));
        let p = period_on_line("Klantmanager re-integratie\t01-01-2023\theden\t0,8 fte", 2)
            .expect("period"); // ok: test
        assert_eq!(p.end, None);
        assert_eq!(p.appointment, Some(Appointment::Fte(0.8)));
        assert_eq!(p.page, 2);
    }

    fn statement(text: &str) -> WorkStatement {
        read(&crate::dossier::tests_support::text_record(
            "K01/wgv.pdf",
            crate::model::DocType::Werkverklaring,
            text,
        ))
    }

    #[test]
    fn a_table_under_headers_whose_role_wraps() {
        let s = statement(
            "Werkgeversverklaring\nVan          Tot en met       Functie              Arbeidsduur\n\
             01-01-2016   heden            re-                  0,75 fte\n\
             \x20                             integratiebegeleider\n\
             Op de datum van de aanvraag nog in dienst in deze functie:   ☒ ja   ☐ nee\n",
        );
        assert_eq!(s.periods.len(), 1, "{:?}", s.periods);
        let p = &s.periods[0];
        assert_eq!(p.start, date(2016, 1, 1));
        assert_eq!(p.end, None);
        assert_eq!(p.appointment, Some(Appointment::Fte(0.75)));
        assert_eq!(s.still_employed, Some(true));
    }

    #[test]
    fn a_period_cell_whose_end_date_wraps_onto_the_next_line() {
        let s = statement(
            "Werkgeversverklaring\nPeriode            Functie              Uren per week\n\
             01-02-2016 t/m     jobcoach             32\n\
             30-04-2022\n\
             01-05-2022 heden   jobcoach             24\n\
             Getekend te Zwolle op 3 maart 2026.\n",
        );
        assert_eq!(s.periods.len(), 2, "{:?}", s.periods);
        assert_eq!(s.periods[0].start, date(2016, 2, 1));
        assert_eq!(s.periods[0].end, Some(date(2022, 4, 30)));
        assert_eq!(s.periods[1].end, None);
    }

    #[test]
    fn a_table_row_is_read_by_what_its_cells_hold() {
        // The start under "Periode van", a row number where the role
        // should be, the hours under a header that wrapped.
        let s = statement(
            "Verklaring van de werkgever\nFunctie: casemanager verzuim\n\
             Nr | Periode van      tot en met     Uren per   Functie\n\
             \x20                                    week\n\
             1    01-03-2018       30-06-2023     20\n\
             2    01-07-2023       heden          30         casemanager verzuim\n",
        );
        assert_eq!(s.periods.len(), 2, "{:?}", s.periods);
        let (first, second) = (&s.periods[0], &s.periods[1]);
        assert_eq!(
            (first.start, first.end),
            (date(2018, 3, 1), Some(date(2023, 6, 30)))
        );
        assert_eq!(first.role, "casemanager verzuim");
        assert_eq!(first.appointment, Some(Appointment::HoursPerWeek(20.0)));
        assert_eq!((second.start, second.end), (date(2023, 7, 1), None));
        assert_eq!(second.appointment, Some(Appointment::HoursPerWeek(30.0)));
    }

    #[test]
    fn a_birth_date_and_the_letter_date_are_no_start_of_the_period() {
        let s = statement(
            "Zwolle, 4 maart 2026\nBetreft: verklaring dienstverband\n\
             Hierbij bevestigen wij dat de heer P. Kuipers, geboren op 9 mei 1979, vanaf 1 oktober 2015 \
             bij ons in dienst is als re-integratiebegeleider voor 28 uur per week.\n",
        );
        assert_eq!(s.periods.len(), 1, "{:?}", s.periods);
        assert_eq!(s.periods[0].start, date(2015, 10, 1));
        assert_eq!(s.periods[0].role, "re-integratiebegeleider");
        assert_eq!(
            s.periods[0].appointment,
            Some(Appointment::HoursPerWeek(28.0))
        );
    }

    #[test]
    fn periods_written_as_sentences() {
        let s = statement(
            "Ondergetekende verklaart het volgende over de heer J. Bakker, geboren op 26 september 1980.\n\
             Van 1 maart 2014 tot en met 10-12-2022 werkte hij als medewerker klantcontact (32 uur per week). Vanaf\n\
             11-12-2022 is de heer Bakker bij ons werkzaam als re-integratiebegeleider, voor 0,89 FTE.\n\
             Nog in dienst: [ ] ja [X] nee\n",
        );
        assert_eq!(s.periods.len(), 2, "{:?}", s.periods);
        assert_eq!(s.periods[0].role, "medewerker klantcontact");
        assert_eq!(s.periods[0].end, Some(date(2022, 12, 10)));
        assert_eq!(s.periods[1].role, "re-integratiebegeleider");
        assert_eq!(s.periods[1].start, date(2022, 12, 11));
        assert_eq!(s.periods[1].appointment, Some(Appointment::Fte(0.89)));
        assert_eq!(s.still_employed, Some(false));
    }

    #[test]
    fn a_change_of_hours_in_one_sentence_is_no_end_of_employment() {
        let s = statement(
            "Den Haag, 4 mei 2026\n\
             Wij bevestigen dat de heer P. Smit per 1 februari 2020 als jobcoach werkzaam is, tot en met \n\
             30 juni 2022 voor 24 uur per week en met ingang van 1 juli 2022 voor 32 uur per week.\n\
             De heer Smit is momenteel nog in deze functie werkzaam.\n",
        );
        assert_eq!(s.periods.len(), 2, "{:?}", s.periods);
        assert_eq!(s.periods[0].start, date(2020, 2, 1));
        assert_eq!(s.periods[0].end, Some(date(2022, 6, 30)));
        assert_eq!(
            s.periods[0].appointment,
            Some(Appointment::HoursPerWeek(24.0))
        );
        assert_eq!(s.periods[1].start, date(2022, 7, 1));
        assert_eq!(s.periods[1].end, None);
        assert_eq!(
            s.periods[1].appointment,
            Some(Appointment::HoursPerWeek(32.0))
        );
        assert_eq!(s.periods[1].role, "jobcoach");
        assert_eq!(s.still_employed, Some(true));
    }

    #[test]
    fn a_new_appointment_from_a_date_ends_the_running_one_the_day_before() {
        let s = statement(
            "Mevrouw K. Ates werkt sinds 1 januari 2019 bij ons als casemanager voor 20 uur per week; \
             vanaf 1 maart 2024 voor 28 uur per week.\n",
        );
        assert_eq!(s.periods.len(), 2, "{:?}", s.periods);
        assert_eq!(s.periods[0].end, Some(date(2024, 2, 29)));
        assert_eq!(s.periods[1].start, date(2024, 3, 1));
        assert_eq!(
            s.periods[1].appointment,
            Some(Appointment::HoursPerWeek(28.0))
        );
    }

    #[test]
    fn labelled_fields_and_an_ocr_read_tick_box() {
        let s = statement(
            "Verklaring werkgever\nNaam werknemer: Z. de Vries\nFunctie: klantmanager re-integratie\n\
             In dienst sinds: 1 augustus 2010\nUren per week: 32\n\
             Op de datum van de aanvraag nog in dienst in deze functie: Klja Onee\n",
        );
        assert_eq!(s.periods.len(), 1, "{:?}", s.periods);
        assert_eq!(s.periods[0].role, "klantmanager re-integratie");
        assert_eq!(s.periods[0].start, date(2010, 8, 1));
        assert_eq!(
            s.periods[0].appointment,
            Some(Appointment::HoursPerWeek(32.0))
        );
        assert_eq!(s.still_employed, Some(true));
    }

    #[test]
    fn lines_that_are_not_periods() {
        assert_eq!(period_on_line("Geboortedatum: 12-03-1980", 1), None);
        assert_eq!(
            period_on_line("Plaats en datum: Deventer, 12 september 2026", 1),
            None
        );
        assert_eq!(
            period_on_line("Functie Van Tot en met Uren per week", 1),
            None
        );
    }

    #[test]
    fn role_aliases_match_loosely() {
        let aliases = vec![
            "re-integratiebegeleider".to_string(),
            "klantmanager re-integratie".to_string(),
        ];
        assert!(is_scheme_role("Re-integratiebegeleider", &aliases));
        assert!(is_scheme_role("Senior reintegratiebegeleider", &aliases));
        assert!(is_scheme_role("Klantmanager Re-integratie", &aliases));
        assert!(!is_scheme_role("Medewerker klantcontact", &aliases));
        assert!(
            is_scheme_role("fe-integratiebegeleider", &aliases),
            "OCR typo"
        );
    }
}
