//! The one catalogue of texts people read: per finding code its name, the
//! rule, what the candidate can do, the letter line and the messages the
//! findings carry, and the labels of the HTML pages, each in Dutch and
//! English (`schemes/catalogue.toml`, embedded). The rules make their
//! messages here, and the HTML pages, the letters and `hercert explain` read
//! the rest, so a text is changed in one place. It lives with the vocabulary
//! so that every stage can reach it.

use super::template;
use crate::model::{Lang, Message};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Display;
use std::sync::LazyLock;

/// The catalogue as shipped.
pub const SOURCE: &str = include_str!("../../schemes/catalogue.toml");

/// A text in both report languages: a finding's message has the same
/// shape, so the catalogue's texts are read as one.
pub type Text = Message;

/// Which part of a page a dossier page shows beside a finding: the band
/// around a label (the signature line, the hours on a form), found by the
/// words that start it; the whole page when no label is on it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PictureSpec {
    /// Lower-case word beginnings that mark the label.
    pub labels: Vec<String>,
    /// Take the last label on the page (a signature comes last), else the first.
    #[serde(default)]
    pub last: bool,
    /// Points shown above the label's top, and the band's height.
    pub above: f64,
    pub height: f64,
}

/// What the catalogue says about one finding code.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// A short name in words, for headings and charts.
    pub name: Text,
    /// The rule, in the rule book's words where it has them.
    pub rule: Text,
    /// What the candidate (or the office) can do about it.
    pub action: Text,
    /// The line of the letter to the candidate.
    pub letter: Text,
    /// A key of `[pictures]`: the page part shown beside the finding.
    #[serde(default)]
    pub picture: Option<String>,
    /// What a finding of this code says, per variant (one per way the rule
    /// is broken): templates with `{name}` placeholders. Empty for codes
    /// that are no finding (`NO-DOSSIER` is a review outcome).
    #[serde(default)]
    pub messages: BTreeMap<String, Text>,
}

/// Finding codes and page labels.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub codes: BTreeMap<String, Entry>,
    pub pictures: BTreeMap<String, PictureSpec>,
    pub labels: BTreeMap<String, Text>,
}

/// Why the catalogue could not be read (only for a changed catalogue file:
/// the shipped one is parsed by a test).
#[derive(Debug, thiserror::Error)]
#[error("schemes/catalogue.toml is not valid")]
pub struct CatalogueError(#[from] toml::de::Error);

impl Catalogue {
    pub fn parse(text: &str) -> Result<Catalogue, CatalogueError> {
        Ok(toml::from_str(text)?)
    }

    /// The entry of a finding code, if the catalogue knows it.
    pub fn entry(&self, code: &str) -> Option<&Entry> {
        self.codes.get(code)
    }

    /// The name of a finding code in words; the code itself when unknown,
    /// so that a new rule still shows up.
    pub fn name<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.entry(code).map_or(code, |e| e.name.get(lang))
    }

    /// The message of a finding: the templates of `code`'s `variant`, filled
    /// with `values`, each a sentence. A code, variant or value the
    /// catalogue lacks is a programming error, caught by the tests (and by
    /// debug builds here); a release build then writes the code and variant
    /// rather than stop a run.
    pub fn message(&self, code: &str, variant: &str, values: &[(&str, &dyn Display)]) -> Message {
        let Some(text) = self.entry(code).and_then(|e| e.messages.get(variant)) else {
            debug_assert!(
                false,
                "no message {code}.{variant} in schemes/catalogue.toml"
            );
            let stand_in = format!("{code} ({variant})");
            return Message {
                nl: stand_in.clone(),
                en: stand_in,
            };
        };
        Message {
            nl: template::sentence(template::render(&text.nl, values)),
            en: template::sentence(template::render(&text.en, values)),
        }
    }

    /// A page label. A label missing from the catalogue is a programming
    /// error caught by the page tests (debug builds); a release build shows
    /// a dash rather than nothing.
    pub fn label(&self, key: &str, lang: Lang) -> &str {
        match self.labels.get(key) {
            Some(t) => t.get(lang),
            None => {
                debug_assert!(false, "label '{key}' is not in schemes/catalogue.toml");
                "–"
            }
        }
    }
}

static SHIPPED: LazyLock<Catalogue> = LazyLock::new(|| {
    // ok: the embedded file is parsed by `the_shipped_catalogue_parses` below.
    Catalogue::parse(SOURCE).expect("schemes/catalogue.toml parses") // ok: embedded file, pinned by a test
});

/// The shipped catalogue.
pub fn catalogue() -> &'static Catalogue {
    &SHIPPED
}

impl Message {
    /// A finding's message from the shipped catalogue: the templates of
    /// `code`'s `variant` with each `{name}` replaced by its value, formatted
    /// as the report shows it. Call it with literal code, variant and names:
    /// `tests/catalogue.rs` reads every call and checks it against the
    /// templates.
    pub fn from_catalogue(code: &str, variant: &str, values: &[(&str, &dyn Display)]) -> Message {
        catalogue().message(code, variant, values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_shipped_catalogue_parses() {
        assert!(Catalogue::parse(SOURCE).is_ok());
    }

    #[test]
    fn every_code_and_label_has_both_languages() {
        let c = catalogue();
        let mut texts: Vec<(String, &Text)> = Vec::new();
        for (code, e) in &c.codes {
            for (part, t) in [
                ("name", &e.name),
                ("rule", &e.rule),
                ("action", &e.action),
                ("letter", &e.letter),
            ] {
                texts.push((format!("{code}.{part}"), t));
            }
        }
        texts.extend(c.labels.iter().map(|(k, t)| (format!("labels.{k}"), t)));
        for (code, e) in &c.codes {
            if let Some(key) = &e.picture {
                assert!(c.pictures.contains_key(key), "{code}: no [pictures.{key}]");
            }
        }
        for (key, t) in texts {
            assert!(!t.nl.trim().is_empty(), "{key}: no Dutch text");
            assert!(!t.en.trim().is_empty(), "{key}: no English text");
        }
    }

    /// Each message variant has both languages, each template is well formed,
    /// and both languages name the same placeholders (the call sites are
    /// checked against them in `tests/catalogue.rs`).
    #[test]
    fn every_message_has_both_languages_with_the_same_placeholders() {
        for (code, e) in &catalogue().codes {
            for (variant, t) in &e.messages {
                let key = format!("{code}.messages.{variant}");
                let nl = template::placeholders(&t.nl).unwrap_or_else(|e| panic!("{key}.nl: {e}"));
                let en = template::placeholders(&t.en).unwrap_or_else(|e| panic!("{key}.en: {e}"));
                assert!(!t.nl.trim().is_empty(), "{key}: no Dutch text");
                assert!(!t.en.trim().is_empty(), "{key}: no English text");
                let nl: BTreeSet<&str> = nl.into_iter().collect();
                let en: BTreeSet<&str> = en.into_iter().collect();
                assert_eq!(nl, en, "{key}: Dutch and English name other placeholders");
            }
        }
    }

    /// Every template renders with its own placeholders into a sentence
    /// with each value in place and no brace left.
    #[test]
    fn every_template_renders_with_its_placeholders() {
        let c = catalogue();
        for (code, e) in &c.codes {
            for (variant, t) in &e.messages {
                let names = template::placeholders(&t.nl).expect("well formed"); // ok: test
                let shown: Vec<String> = names.iter().map(|n| format!("<{n}>")).collect();
                let values: Vec<(&str, &dyn Display)> = names
                    .iter()
                    .zip(&shown)
                    .map(|(n, v)| (*n, v as &dyn Display))
                    .collect();
                let m = c.message(code, variant, &values);
                for (lang, text) in [("nl", &m.nl), ("en", &m.en)] {
                    assert!(
                        !text.contains(['{', '}']),
                        "{code}.{variant}.{lang}: {text}"
                    );
                    for v in &shown {
                        assert!(text.contains(v.as_str()), "{code}.{variant}.{lang}: no {v}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_message_is_filled_in_both_languages() {
        let counted = format!("{:.2}", 31.5);
        let m = Message::from_catalogue(
            "PE-TOTAL",
            "too-few",
            &[("counted", &counted), ("minimum", &32.0)],
        );
        assert_eq!(m.nl, "31.50 PE geteld; vereist is minimaal 32 PE.");
        assert_eq!(m.en, "31.50 PE counted; at least 32 PE are required.");
    }

    /// Every code a scheme rates and every code the source raises is in the
    /// catalogue, so no finding reaches a page without its words.
    #[test]
    fn every_code_in_the_schemes_and_the_source_is_catalogued() {
        let c = catalogue();
        let schemes = [
            include_str!("../../schemes/rib.toml"),
            include_str!("../../schemes/rccm.toml"),
            include_str!("../../schemes/crov.toml"),
        ];
        for text in schemes {
            let value: toml::Table = toml::from_str(text).expect("scheme parses"); // ok: test
            let Some(toml::Value::Table(severity)) = value.get("severity") else {
                panic!("a scheme without [severity]");
            };
            for code in severity.keys() {
                assert!(c.entry(code).is_some(), "{code} is not in the catalogue");
            }
        }
        let code = regex::Regex::new(r#""([A-Z]{2,8}(?:-[A-Z]+)+)""#).expect("regex"); // ok: test
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for entry in walkdir::WalkDir::new(root).into_iter().flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(path).expect("source"); // ok: test
            for m in code.captures_iter(&text) {
                let found = &m[1];
                // Test strings and the review's non-finding reasons.
                if ["NOT-A-CODE", "NO-FINDINGS"].contains(&found) {
                    continue;
                }
                assert!(
                    c.entry(found).is_some(),
                    "{found} ({}) is not in the catalogue",
                    path.display()
                );
            }
        }
    }
}
