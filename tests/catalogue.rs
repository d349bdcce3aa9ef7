//! Every finding message comes from `schemes/catalogue.toml`. This test reads
//! each `Message::from_catalogue("CODE", "variant", &[("name", value), ..])`
//! in `src/` and holds the calls and the templates together: each call names
//! a variant the catalogue has and passes exactly the placeholders of both
//! its languages; each variant is called; each code a rule raises has its
//! messages; and a message inside a `Finding` is of the finding's own code.
//! So a missing template or placeholder fails here, not on a user's file.

use hercert::model::catalogue::catalogue;
use hercert::model::template::placeholders;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const CALL: &str = "Message::from_catalogue(";

/// One call in the source: where, the code and variant, the names passed.
#[derive(Debug)]
struct Call {
    at: String,
    code: String,
    variant: String,
    names: Vec<String>,
}

/// The characters of `text` that are code, with their offsets: those of
/// string literals (quotes included) are left out, so a bracket or comma in
/// a message or format string counts for nothing.
fn code_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let (mut in_string, mut escaped) = (false, false);
    text.char_indices().filter(move |&(_, c)| {
        let code = !in_string && c != '"';
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            _ => {}
        }
        code
    })
}

/// The text from an opening bracket to its match (both excluded); `None`
/// when it does not close.
fn inside(text: &str) -> Option<&str> {
    let mut depth = 0usize;
    for (i, c) in code_chars(text) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(&text[1..i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// The comma-separated items of a bracket's inside, at its own level.
fn items(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in code_chars(text) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// A plain string literal's text.
fn literal(item: &str) -> Option<&str> {
    let text = item.strip_prefix('"')?.strip_suffix('"')?;
    (!text.contains(['"', '\\'])).then_some(text)
}

/// Where each occurrence of `needle` starts in code, not in a comment line.
fn occurrences<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(needle)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            !text[line_start..at].trim_start().starts_with("//")
        })
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// The call that starts at `text[at..]`, or what is wrong with it.
fn parse_call(text: &str, at: usize, file: &str) -> Result<Call, String> {
    let where_ = format!("{file}:{}", line_of(text, at));
    let open = at + CALL.len() - 1;
    let args = inside(&text[open..]).ok_or(format!("{where_}: the call does not close"))?;
    let args = items(args);
    let [code, variant, values] = args[..] else {
        return Err(format!("{where_}: not three arguments: {args:?}"));
    };
    let (Some(code), Some(variant)) = (literal(code), literal(variant)) else {
        return Err(format!(
            "{where_}: code and variant must be string literals"
        ));
    };
    let values = values
        .strip_prefix('&')
        .filter(|v| v.starts_with('['))
        .and_then(inside)
        .ok_or(format!("{where_}: the values must be a literal &[..]"))?;
    let mut names = Vec::new();
    for pair in items(values) {
        let name = inside(pair)
            .and_then(|p| items(p).first().copied())
            .and_then(literal)
            .ok_or(format!(
                "{where_}: a value is not (\"name\", value): {pair}"
            ))?;
        names.push(name.to_string());
    }
    Ok(Call {
        at: where_,
        code: code.to_string(),
        variant: variant.to_string(),
        names,
    })
}

struct Source {
    calls: Vec<Call>,
    /// The codes of `Finding::document`/`Finding::dossier` calls.
    raised: BTreeSet<String>,
    problems: Vec<String>,
}

fn read_source() -> Source {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut source = Source {
        calls: Vec::new(),
        raised: BTreeSet::new(),
        problems: Vec::new(),
    };
    for entry in walkdir::WalkDir::new(&src).sort_by_file_name() {
        let entry = entry.expect("src/ is readable"); // ok: test
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("source is UTF-8"); // ok: test
        let file = path
            .strip_prefix(&src)
            .unwrap_or(path)
            .display()
            .to_string();
        let calls: Vec<usize> = occurrences(&text, CALL).collect();
        // Every use of the constructor goes by its full name, so none is missed.
        let all = occurrences(&text, "from_catalogue(").count();
        let defined = usize::from(text.contains("pub fn from_catalogue("));
        if all != calls.len() + defined {
            source.problems.push(format!(
                "{file}: from_catalogue is called other than as `{CALL}`"
            ));
        }
        for at in calls {
            match parse_call(&text, at, &file) {
                Ok(call) => source.calls.push(call),
                Err(problem) => source.problems.push(problem),
            }
        }
        for (constructor, message_arg) in [("Finding::document(", 2), ("Finding::dossier(", 1)] {
            for at in occurrences(&text, constructor) {
                let open = at + constructor.len() - 1;
                let Some(args) = inside(&text[open..]) else {
                    continue;
                };
                let args = items(args);
                let Some(code) = args.first().copied().and_then(literal) else {
                    continue; // a test's own finding, built from a variable
                };
                source.raised.insert(code.to_string());
                let message = args.get(message_arg).copied().unwrap_or("");
                if message.starts_with(CALL) {
                    let inner = inside(&message[CALL.len() - 1..])
                        .and_then(|args| items(args).first().copied())
                        .and_then(literal);
                    if inner != Some(code) {
                        source.problems.push(format!(
                            "{file}:{}: a {code} finding carries a message of {inner:?}",
                            line_of(&text, at)
                        ));
                    }
                }
            }
        }
    }
    source
}

#[test]
fn every_message_call_matches_its_templates() {
    let cat = catalogue();
    let source = read_source();
    let mut problems = source.problems;
    assert!(
        source.calls.len() > 40,
        "calls read: {}",
        source.calls.len()
    );
    for call in &source.calls {
        let Some(text) = cat
            .entry(&call.code)
            .and_then(|e| e.messages.get(&call.variant))
        else {
            problems.push(format!(
                "{}: no [codes.{}] messages.{}",
                call.at, call.code, call.variant
            ));
            continue;
        };
        let passed: BTreeSet<&str> = call.names.iter().map(String::as_str).collect();
        if passed.len() != call.names.len() {
            problems.push(format!(
                "{}: a name passed twice: {:?}",
                call.at, call.names
            ));
        }
        for (lang, template) in [("nl", &text.nl), ("en", &text.en)] {
            let wanted: BTreeSet<&str> = match placeholders(template) {
                Ok(names) => names.into_iter().collect(),
                Err(e) => {
                    problems.push(format!("{}.{}.{lang}: {e}", call.code, call.variant));
                    continue;
                }
            };
            if passed != wanted {
                problems.push(format!(
                    "{}: {}.{}.{lang} names {wanted:?}, the call passes {passed:?}",
                    call.at, call.code, call.variant
                ));
            }
        }
    }
    let called: BTreeSet<(&str, &str)> = source
        .calls
        .iter()
        .map(|c| (c.code.as_str(), c.variant.as_str()))
        .collect();
    let mut variants: BTreeMap<&str, usize> = BTreeMap::new();
    for (code, entry) in &cat.codes {
        variants.insert(code, entry.messages.len());
        for variant in entry.messages.keys() {
            if !called.contains(&(code.as_str(), variant.as_str())) {
                problems.push(format!("{code}.messages.{variant} is never raised"));
            }
        }
    }
    for code in &source.raised {
        if variants.get(code.as_str()).is_none_or(|n| *n == 0) {
            problems.push(format!("{code} is raised but has no messages"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_reader_splits_calls_as_rustc_does() {
    let text = r#"x(Message::from_catalogue("PE-TOTAL", "too-few", &[("counted", &format!("{:.2}, {}", a, b)), ("minimum", &m)]))"#;
    let call = parse_call(text, 2, "f.rs").expect("a call"); // ok: test
    assert_eq!(
        (call.code.as_str(), call.variant.as_str()),
        ("PE-TOTAL", "too-few")
    );
    assert_eq!(call.names, ["counted", "minimum"]);
    let empty = r#"Message::from_catalogue("DOC-UNREADABLE", "empty", &[])"#;
    assert!(parse_call(empty, 0, "f.rs").is_ok_and(|c| c.names.is_empty()));
    let dynamic = r#"Message::from_catalogue(code, "empty", &[])"#;
    assert!(parse_call(dynamic, 0, "f.rs").is_err());
}
