//! The aanvraagformulier: who applies.

use crate::dossier::DocumentRecord;
use crate::text::pattern::constant_regex;
use regex::Regex;
use std::sync::LazyLock;

static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?im)^\s*(?:volledige\s+)?naam(?:\s+aanvrager|\s+kandidaat)?\s*[:\t]\s*(\S[^\n\t]{1,80})$",
    )
});

/// The candidate's name: a form field called naam, else a `Naam:` line.
pub fn candidate_name(doc: &DocumentRecord) -> Option<String> {
    let from_field = doc.extracted.form_fields.iter().find_map(|f| {
        let name = f.name.to_lowercase();
        (name == "naam" || name.ends_with(".naam") || name.contains("naam aanvrager"))
            .then(|| f.value.trim().to_string())
            .filter(|v| !v.is_empty())
    });
    from_field.or_else(|| {
        let text = doc.extracted.pages.first()?;
        let caps = NAME_LINE.captures(text)?;
        let name = caps.get(1)?.as_str().trim().trim_end_matches(['.', ',']);
        (!name.is_empty()).then(|| name.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocType;

    #[test]
    fn name_comes_from_the_naam_line() {
        let text =
            "Aanvraagformulier hercertificering\nNaam: Zoë van den Berg\nDatum: 1 oktober 2026\n";
        let doc = crate::dossier::tests_support::text_record(
            "K01/a.pdf",
            DocType::Aanvraagformulier,
            text,
        );
        assert_eq!(candidate_name(&doc).as_deref(), Some("Zoë van den Berg"));
    }
}
