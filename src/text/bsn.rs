//! Burgerservicenummers: found with the 11-proef, never printed in full.
//!
//! This is the one BSN detector of hercert: reports, stderr lines, the
//! `extract` output, the shard record and the state file all mask through
//! it. It depends on nothing else in the crate, so that every stage can use
//! it.
//!
//! # What counts as a candidate
//!
//! Text is read as *groups*: maximal runs of digits (ASCII or fullwidth
//! `０`–`９`), separated by exactly one separator character (space, no-break
//! space, `.`, `-`, `_` or their fullwidth forms). A candidate is any run of
//! consecutive groups of one *number* — groups joined by one and the same
//! separator — whose digits add up to nine (`330.035.022`, `876 693 898`,
//! `882-839-238`, `1234.56.782`, `123456782`), or eight as one group or as
//! `123.45.678` (old eight-digit numbers, read with a leading zero).
//!
//! - Any neighbour is allowed: a letter (`BSN860038427`, `532311310a.pdf`),
//!   a dot (`bsn.163215224`), an underscore, a bracket.
//! - A digit boundary is explicit: a group of more than nine digits
//!   (`0612345678`, an IBAN's account part) is never cut into a candidate;
//!   a candidate is made of whole groups only.
//! - Candidates may overlap or touch (`123456782 111222333`): each one that
//!   passes the 11-proef is masked, so the second of two adjacent numbers is
//!   found as well as the first.
//! - An underscore joins groups only in the shapes a BSN is written in
//!   (`123_456_782`, `1234_56_782`): in a name it mostly joins the parts of
//!   a time stamp, and a phone's `IMG_20250314_101512.jpg` must keep naming
//!   its file (issue 21).
//! - A time stamp is not a BSN: an eight-digit group that reads as a date
//!   (`20250314`) is never an old eight-digit number, and a clock group
//!   (`101512`, `101512345`) right after such a date is never a candidate.
//!   This keeps `IMG_…`, `PXL_…`, `Scan_…` and `IMG-…-WA…` names whole.
//!
//! A content hash is not text: report columns that hold one are written
//! without masking (see `report::table::Field::Hash`), so the detector does
//! not need to guess what a hexadecimal string is.

use std::ops::Range;

/// Whether nine digits pass the 11-proef for a BSN (an eight-digit number
/// gets a leading zero; all zeros is not a BSN).
pub fn is_valid_bsn(digits: &str) -> bool {
    let mut d: Vec<u32> = digits.chars().filter_map(digit_value).collect();
    if d.len() == 8 {
        d.insert(0, 0);
    }
    if d.len() != 9 || d.iter().all(|&x| x == 0) {
        return false;
    }
    let sum: i64 = d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&x, w)| x as i64 * w)
        .sum::<i64>()
        - d[8] as i64;
    sum % 11 == 0
}

/// The value of an ASCII or fullwidth decimal digit.
fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{ff10}'..='\u{ff19}' => Some(c as u32 - 0xff10),
        _ => None,
    }
}

/// Characters that may join two digit groups of one number.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '.'
            | '-'
            | '_'
            | '\u{a0}'
            | '\u{202f}'
            | '\u{2009}'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2013}'
            | '\u{3000}'
            | '\u{ff0e}'
            | '\u{ff0d}'
            | '\u{ff3f}'
    )
}

/// A maximal run of digits.
#[derive(Debug, Clone)]
struct Group {
    bytes: Range<usize>,
    digits: String,
    /// The separator that joins this group to the next one, if exactly one
    /// separator character stands between them.
    joiner: Option<char>,
}

fn groups(text: &str) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let Some(first) = digit_value(c) else {
            continue;
        };
        let mut digits = String::new();
        digits.push(char::from_digit(first, 10).unwrap_or('0'));
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            match digit_value(next) {
                Some(v) => {
                    digits.push(char::from_digit(v, 10).unwrap_or('0'));
                    end = i + next.len_utf8();
                    chars.next();
                }
                None => break,
            }
        }
        // One separator followed by a digit joins this group to the next.
        let joiner = text[end..].chars().next().filter(|&s| {
            is_separator(s)
                && text[end + s.len_utf8()..]
                    .chars()
                    .next()
                    .and_then(digit_value)
                    .is_some()
        });
        out.push(Group {
            bytes: start..end,
            digits,
            joiner,
        });
    }
    out
}

/// Whether eight digits read as a calendar date `YYYYMMDD` (1900–2099).
fn reads_as_date(digits: &str) -> bool {
    let field = |r: Range<usize>| digits.get(r).and_then(|s| s.parse::<u32>().ok());
    digits.len() == 8
        && matches!(field(0..4), Some(1900..=2099))
        && matches!(field(4..6), Some(1..=12))
        && matches!(field(6..8), Some(1..=31))
}

/// Whether six or nine digits read as a clock time `HHMMSS[mmm]`.
fn reads_as_clock(digits: &str) -> bool {
    let field = |r: Range<usize>| digits.get(r).and_then(|s| s.parse::<u32>().ok());
    matches!(digits.len(), 6 | 9)
        && matches!(field(0..2), Some(0..=23))
        && matches!(field(2..4), Some(0..=59))
        && matches!(field(4..6), Some(0..=59))
}

/// The groups that belong to a date-time stamp: a date group, and a clock
/// group that follows it after one separator character.
fn time_stamp_groups(text: &str, groups: &[Group]) -> Vec<bool> {
    let mut stamp = vec![false; groups.len()];
    for (i, group) in groups.iter().enumerate() {
        if !reads_as_date(&group.digits) {
            continue;
        }
        stamp[i] = true;
        if let Some(next) = groups.get(i + 1) {
            let between = text.get(group.bytes.end..next.bytes.start).unwrap_or("");
            if between.chars().count() == 1 && reads_as_clock(&next.digits) {
                stamp[i + 1] = true;
            }
        }
    }
    stamp
}

/// The digit counts of the groups a BSN is written in when an underscore
/// joins them.
const UNDERSCORE_SHAPES: [&[usize]; 3] = [&[3, 3, 3], &[4, 2, 3], &[3, 2, 3]];

/// Every valid BSN in a text, as (byte range, digits), in order of start.
/// Candidates may overlap.
pub fn find_bsns(text: &str) -> Vec<(Range<usize>, String)> {
    let groups = groups(text);
    let stamp = time_stamp_groups(text, &groups);
    let mut found = Vec::new();
    for first in 0..groups.len() {
        let mut digits = String::new();
        let mut lens = Vec::new();
        let mut joiner: Option<char> = None;
        for (offset, group) in groups[first..].iter().enumerate() {
            if offset > 0 {
                // The previous group must be joined to this one by the same
                // separator as the groups before it.
                let prev = groups[first + offset - 1].joiner;
                match (prev, joiner) {
                    (Some(p), None) => joiner = Some(p),
                    (Some(p), Some(j)) if p == j => {}
                    _ => break,
                }
            }
            digits.push_str(&group.digits);
            lens.push(group.digits.len());
            if digits.len() > 9 {
                break;
            }
            let eight = digits.len() == 8
                && (lens.len() == 1 || lens == [3, 2, 3])
                && !(lens.len() == 1 && reads_as_date(&digits));
            let shaped = joiner != Some('_') || UNDERSCORE_SHAPES.contains(&lens.as_slice());
            let in_stamp = lens.len() == 1 && stamp[first];
            if (digits.len() == 9 || eight) && shaped && !in_stamp && is_valid_bsn(&digits) {
                found.push((groups[first].bytes.start..group.bytes.end, digits.clone()));
            }
        }
    }
    found
}

/// The BSN with all but the last three digits hidden: `******782`.
pub fn masked(digits: &str) -> String {
    let tail: String = digits
        .chars()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("******{tail}")
}

/// The text with every valid BSN masked. Overlapping candidates are masked
/// as one stretch that keeps the last three digits of the last one.
pub fn mask_bsn(text: &str) -> String {
    let found = find_bsns(text);
    if found.is_empty() {
        return text.to_string();
    }
    // Merge overlapping ranges; a merged stretch shows the tail of its last
    // candidate.
    let mut merged: Vec<(Range<usize>, String)> = Vec::new();
    for (range, digits) in found {
        match merged.last_mut() {
            Some((last, tail)) if range.start < last.end => {
                if range.end >= last.end {
                    last.end = range.end;
                    *tail = digits;
                }
            }
            _ => merged.push((range, digits)),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (range, digits) in merged {
        out.push_str(&text[last..range.start]);
        out.push_str(&masked(&digits));
        last = range.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Masks every string of a JSON value in place (object keys included), so
/// that a record written at rest or printed holds no full BSN while numbers
/// stay numbers. Strings under a key named `sha256` are content hashes and
/// are left alone.
pub fn mask_json(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            let m = mask_bsn(s);
            if m != *s {
                *s = m;
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(mask_json),
        serde_json::Value::Object(map) => {
            let entries = std::mem::take(map);
            for (key, mut v) in entries {
                if key != "sha256" {
                    mask_json(&mut v);
                }
                map.insert(mask_bsn(&key), v);
            }
        }
        _ => {}
    }
}

/// A value serialised to JSON with every string masked.
pub fn to_masked_json<T: serde::Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut v = serde_json::to_value(value)?;
    mask_json(&mut v);
    serde_json::to_string(&v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_test_examples_from_the_domain_notes() {
        assert!(is_valid_bsn("123456782"));
        assert!(is_valid_bsn("249566758"));
        assert!(is_valid_bsn("111222333"));
        assert!(!is_valid_bsn("123456789"));
        assert!(!is_valid_bsn("000000000"));
        assert!(!is_valid_bsn("12345"));
    }

    #[test]
    fn masking_keeps_the_last_three_digits() {
        assert_eq!(mask_bsn("BSN: 123456782."), "BSN: ******782.");
        assert_eq!(mask_bsn("bsn 1234.56.782"), "bsn ******782");
        assert_eq!(mask_bsn("telefoon 0612345678"), "telefoon 0612345678");
        assert_eq!(mask_bsn("bedrag 123456789"), "bedrag 123456789");
        assert_eq!(
            mask_bsn("werkverklaring_123456782.pdf"),
            "werkverklaring_******782.pdf"
        );
    }

    #[test]
    fn every_grouping_and_neighbour_is_found() {
        // The file and folder names of the attack suite (valid 11-proef).
        for (text, tail) in [
            ("330.035.022.pdf", "022"),
            ("876 693 898.pdf", "898"),
            ("882-839-238.pdf", "238"),
            ("BSN860038427.pdf", "427"),
            ("bsn.163215224.pdf", "224"),
            ("532311310a.pdf", "310"),
            ("kandidaat 847.959.430", "430"),
            ("123_456_782", "782"),
            ("１２３４５６７８２", "782"),
            ("１２３.４５６.７８２", "782"),
            ("x\u{a0}123\u{a0}456\u{a0}782", "782"),
            ("c6306b123456782db5", "782"),
        ] {
            let out = mask_bsn(text);
            assert!(out.contains(&format!("******{tail}")), "{text} -> {out}");
            assert_eq!(find_bsns(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn adjacent_and_overlapping_numbers_are_all_masked() {
        assert_eq!(
            mask_bsn("123456782 111222333"),
            "******782 ******333",
            "the second of two adjacent numbers"
        );
        assert_eq!(mask_bsn("123456782,111222333"), "******782,******333");
        // Two 3-3-3 numbers in a row: the windows overlap.
        let text = "330 035 022 876 693 898";
        let out = mask_bsn(text);
        assert!(!out.contains("330 035 022"), "{out}");
        assert!(!out.contains("876 693 898"), "{out}");
        assert!(out.ends_with("898"), "{out}");
    }

    #[test]
    fn long_digit_runs_and_mixed_separators_are_not_cut_up() {
        assert_eq!(mask_bsn("NL91ABNA0417164300"), "NL91ABNA0417164300");
        assert_eq!(mask_bsn("06-12 34 56 78"), "06-12 34 56 78");
        assert_eq!(mask_bsn("12-03-2024 om 10.30"), "12-03-2024 om 10.30");
    }

    #[test]
    fn phone_and_scanner_names_are_not_masked() {
        for name in [
            "IMG_20250314_101512.jpg",
            "PXL_20231015_123456789.jpg",
            "Scan_20240102_0001.pdf",
            "IMG-20250314-WA0012.jpg",
            "VID_20220630_235959.mp4",
        ] {
            assert_eq!(mask_bsn(name), name);
        }
        // Every stamp of two years of days at a spread of times.
        let mut day = 0u32;
        while day < 2 * 366 {
            let (y, m, d) = (2024 + day / 366, 1 + (day / 31) % 12, 1 + day % 31);
            for t in [0u32, 101_512, 123_059, 235_959, 80_001] {
                let name = format!("IMG_{y}{m:02}{d:02}_{t:06}.jpg");
                assert_eq!(mask_bsn(&name), name);
                let pxl = format!("PXL_{y}{m:02}{d:02}_{t:06}{:03}.jpg", day % 1000);
                assert_eq!(mask_bsn(&pxl), pxl);
            }
            day += 1;
        }
    }

    #[test]
    fn an_underscore_joins_only_the_shapes_a_bsn_is_written_in() {
        assert_eq!(mask_bsn("kandidaat_123_456_782"), "kandidaat_******782");
        assert_eq!(mask_bsn("1234_56_782.pdf"), "******782.pdf");
        // A BSN beside a time stamp is still found.
        assert_eq!(
            mask_bsn("IMG_20250314_101512_123456782.jpg"),
            "IMG_20250314_101512_******782.jpg"
        );
        assert_eq!(mask_bsn("12_3456782"), "12_3456782");
    }

    #[test]
    fn json_strings_are_masked_and_numbers_kept() {
        let mut v = serde_json::json!({
            "text": ["BSN 123456782"],
            "bytes": 123456782,
            "sha256": "00123456782",
            "123456782.pdf": 1
        });
        mask_json(&mut v);
        let s = v.to_string();
        assert!(s.contains("******782"));
        assert!(s.contains("\"bytes\":123456782"));
        assert!(s.contains("00123456782"));
        assert!(!s.contains("\"123456782.pdf\""));
    }
}
