//! What follows a label before its value: qualifiers in brackets, a dash
//! and a letter, the form's arithmetic (`C = A + B`), an alternative
//! wording after a slash, and the separator — and the wrapped tail of a
//! label, which is never a value.
//!
//! Separate from matching words because this is about punctuation and the
//! notations of the forms, read character by character.

/// The colon that ends a label: not one inside a clock time ("13:30").
pub fn label_colon(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    text.match_indices(':').map(|(i, _)| i).find(|&i| {
        let digit_before = i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_digit);
        let digit_after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        !(digit_before && digit_after)
    })
}

/// What is left of a label that wrapped or carries only its arithmetic
/// ("inloop) - A", "=C/2"): never a value.
pub fn is_label_residue(text: &str) -> bool {
    let t = text.trim();
    is_wrapped_tail(t) || (!t.is_empty() && peel_qualifiers(t, 0).0 >= t.len())
}

/// Words that qualify a label rather than name it.
pub(super) fn is_qualifier_word(word: &str) -> bool {
    word.chars().count() == 1
}

/// After a label: brackets, a dash with a letter, a formula, a colon or
/// question mark, and white space. Returns where the value starts and
/// whether a separator was seen. An unclosed bracket (a label wrapped onto
/// the next line) runs to the end of the text.
pub fn peel_qualifiers(text: &str, mut at: usize) -> (usize, bool) {
    let mut separated = false;
    loop {
        let rest = &text[at..];
        let trimmed = rest.trim_start();
        let skip = rest.len() - trimmed.len();
        let consumed = if let Some(inner) = trimmed.strip_prefix('(') {
            match inner.find(')') {
                Some(close) => 1 + close + 1,
                // Unclosed: the label wrapped, or OCR lost the bracket. It
                // runs to the end, or to a value that follows it ("(excl.
                // pauze & 6 uur"), a "max. 4" inside excepted.
                None => 1 + unclosed_len(inner),
            }
        } else if let Some(n) = formula_len(trimmed) {
            separated = true;
            n
        } else if let Some(n) = dash_letter_len(trimmed) {
            n
        } else if let Some(n) = alternative_len(trimmed) {
            n
        } else if trimmed.starts_with([':', '?', '=']) {
            separated = true;
            1
        } else {
            return (at + skip, separated);
        };
        at += skip + consumed;
    }
}

/// The part of an unclosed bracket's text that is still label: up to the
/// first number that is not a "max. N".
fn unclosed_len(inner: &str) -> usize {
    let lower = inner.to_lowercase();
    let mut from = 0;
    if let Some(i) = lower.find("max") {
        let after = &inner[i..];
        let digits_end = after
            .char_indices()
            .skip_while(|(_, c)| !c.is_ascii_digit())
            .find(|(_, c)| !c.is_ascii_digit())
            .map_or(after.len(), |(j, _)| j);
        from = i + digits_end;
    }
    inner[from..]
        .find(|c: char| c.is_ascii_digit())
        .map_or(inner.len(), |i| from + i)
}

/// `/zelfstudie`, `/ inloop`: an alternative wording joined by a slash.
fn alternative_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('/')?;
    let body = rest.trim_start();
    let word_len = body
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic() && *c != '-')
        .map_or(body.len(), |(i, _)| i);
    (word_len > 0).then(|| 1 + (rest.len() - body.len()) + word_len)
}

/// `- A`, `– B`, `(C)` handled elsewhere: a dash and one letter ending a label.
fn dash_letter_len(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, dash) = chars.next()?;
    if !matches!(dash, '-' | '–' | '—') {
        return None;
    }
    let rest = &s[dash.len_utf8()..];
    let body = rest.trim_start();
    let mut letters = body.char_indices();
    let (_, letter) = letters.next()?;
    if !(letter.is_ascii_alphabetic() || is_form_variable(letter)) {
        return None;
    }
    let after = body[letter.len_utf8()..].chars().next();
    if after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(dash.len_utf8() + (rest.len() - body.len()) + letter.len_utf8())
}

/// `C = A + B`, `= C / 2`, `=C/2`: the form's arithmetic beside a label.
/// OCR may put an accent on a letter ("C = À + B").
fn formula_len(s: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let skip_ws = |i: &mut usize| {
        while at(*i) == Some(' ') {
            *i += 1;
        }
    };
    let mut i = 0;
    if at(i).is_some_and(is_form_variable) {
        i += 1;
        skip_ws(&mut i);
    }
    if at(i) != Some('=') {
        return None;
    }
    i += 1;
    skip_ws(&mut i);
    if !at(i).is_some_and(is_form_variable) {
        return None;
    }
    i += 1;
    loop {
        let mut j = i;
        skip_ws(&mut j);
        if !matches!(at(j), Some('+' | '/' | '*')) {
            break;
        }
        j += 1;
        skip_ws(&mut j);
        match at(j) {
            Some(c) if is_form_variable(c) || c.is_ascii_digit() => i = j + 1,
            _ => break,
        }
    }
    Some(chars.get(i).map_or(s.len(), |(b, _)| *b))
}

/// A, B or C of the form's arithmetic, also with an accent OCR added.
fn is_form_variable(c: char) -> bool {
    matches!(
        c,
        'A'..='C' | 'a'..='c' | 'À' | 'Á' | 'Â' | 'Ä' | 'Å' | 'à' | 'á' | 'â' | 'ä' | 'Ç' | 'ç'
    )
}

/// Whether a text reads as a wrapped label's tail ("inloop) - A"): a
/// closing bracket without an opening one.
pub fn is_wrapped_tail(text: &str) -> bool {
    match (text.find(')'), text.find('(')) {
        (Some(close), None) => close < 40,
        (Some(close), Some(open)) => close < open,
        _ => false,
    }
}
