//! The catalogue's message templates: text with `{name}` placeholders that
//! a rule fills with values it has already formatted (`{:.2}` for PE), so
//! the catalogue decides the words and the rule the numbers.

use std::fmt::{Display, Write};

/// A value for one placeholder: its name and what to write there.
pub type Value<'a> = (&'a str, &'a dyn Display);

/// The placeholder names of a template, in order of appearance. An error
/// says which brace opens no well-formed `{name}` (a lower-case name of
/// letters, digits and `_`); a template has no other braces.
pub fn placeholders(template: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut rest = template;
    let stray = || format!("a stray brace in \"{template}\"");
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(stray());
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(stray());
        };
        let name = &after[..close];
        let well_formed = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !well_formed {
            return Err(format!("placeholder {{{name}}} in \"{template}\""));
        }
        names.push(name);
        rest = &after[close + 1..];
    }
    Ok(names)
}

/// The template with each placeholder replaced by its value. A placeholder
/// without a value is a programming error (the catalogue tests pin every
/// call); a release build leaves it standing rather than stop a run.
pub fn render(template: &str, values: &[Value]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let name = &after[..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}"); // ok: writing to a String cannot fail
            }
            None => {
                debug_assert!(false, "no value for {{{name}}} in \"{template}\"");
                out.push_str(&rest[open..open + close + 2]);
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A message is a sentence: its first letter is a capital, also when the
/// template starts with a value (`{detail}.` with "more than 5 sheets").
pub fn sentence(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_named_in_order() {
        assert_eq!(
            placeholders("{counted} PE; at least {minimum} PE.").as_deref(),
            Ok(&["counted", "minimum"][..])
        );
        assert_eq!(placeholders("No braces.").as_deref(), Ok(&[][..]));
        assert!(placeholders("a {Name}").is_err());
        assert!(placeholders("a {} b").is_err());
        assert!(placeholders("a {open").is_err());
        assert!(placeholders("a } b").is_err());
        assert!(placeholders("{a-b}").is_err());
    }

    #[test]
    fn render_writes_each_value_where_its_name_stands() {
        let pe = format!("{:.2}", 31.5);
        let text = render(
            "{counted} PE counted; at least {minimum} PE.",
            &[("minimum", &32), ("counted", &pe)],
        );
        assert_eq!(text, "31.50 PE counted; at least 32 PE.");
        assert_eq!(
            render("Twice {a} and {a}.", &[("a", &"x")]),
            "Twice x and x."
        );
    }

    #[test]
    fn a_sentence_starts_with_a_capital() {
        assert_eq!(
            sentence("more than 5 sheets.".into()),
            "More than 5 sheets."
        );
        assert_eq!(sentence("31.50 PE".into()), "31.50 PE");
        assert_eq!(sentence("Already.".into()), "Already.");
        assert_eq!(sentence(String::new()), "");
    }
}
