//! PE points as written on a form or in an overview cell: `1,75`,
//! `4 (maximum)`, `2 PE`, or a spreadsheet number. Words ("n.t.b.") are no
//! value.

use crate::extract::Cell;

/// The number a text starts with, with a decimal comma or point; what
/// follows it (a unit, a remark) is ignored.
pub fn parse_pe(text: &str) -> Option<f64> {
    let text = text.trim().replace(',', ".");
    let digits: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.parse().ok()
}

/// PE from a cell: a number as it is, text as [`parse_pe`] reads it.
pub fn pe_from_cell(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Number(n) => Some(*n),
        Cell::Text(t) => parse_pe(t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_comma_a_unit_or_a_remark_reads_and_words_do_not() {
        assert_eq!(parse_pe("1,75"), Some(1.75));
        assert_eq!(parse_pe(" 4 (maximum)"), Some(4.0));
        assert_eq!(parse_pe("2 PE"), Some(2.0));
        assert_eq!(parse_pe("n.t.b."), None);
        assert_eq!(parse_pe(""), None);
    }

    #[test]
    fn a_number_cell_is_taken_as_it_is_and_a_text_cell_is_parsed() {
        assert_eq!(pe_from_cell(&Cell::Number(2.0)), Some(2.0));
        assert_eq!(pe_from_cell(&Cell::Text("2,5".into())), Some(2.5));
        assert_eq!(pe_from_cell(&Cell::Empty), None);
    }
}
