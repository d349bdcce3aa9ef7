//! Language of a document, for `DOC-LANGUAGE`.
//!
//! Long texts: whatlang with an allowlist of the languages an upload is
//! plausibly in. Short texts (a centred certificate of forty words) are
//! where a statistical detector guesses German or French for Dutch, so
//! below `short_text_letters` a word prior decides: words of the rule
//! book's own vocabulary against English function words. The settings and
//! the reasons are in `language.toml`.

use crate::text::fold::normalize;
use std::collections::HashSet;
use std::sync::LazyLock;
use whatlang::{Detector, Lang};

/// The shipped settings, compiled in.
pub const SETTINGS: &str = include_str!("language.toml");

/// The rule book's words, folded (made by `scripts/rulebook_vocabulary.py`).
const RULEBOOK: &str = include_str!("../../schemes/vocabulary/rulebook.txt");

/// How a language is decided; `language.toml` holds the values and why.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageSettings {
    pub min_letters: usize,
    pub short_text_letters: usize,
    pub min_dutch_words: usize,
    pub min_english_words: usize,
    pub english_words: Vec<String>,
}

/// The settings and word sets, loaded once.
struct Prior {
    settings: LanguageSettings,
    dutch: HashSet<String>,
    english: HashSet<String>,
}

static PRIOR: LazyLock<Option<Prior>> = LazyLock::new(|| {
    let settings: LanguageSettings = toml::from_str(SETTINGS).ok()?;
    let english: HashSet<String> = settings
        .english_words
        .iter()
        .map(|w| normalize(w))
        .collect();
    let dutch = RULEBOOK
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .filter(|w| !english.contains(w))
        .collect();
    Some(Prior {
        settings,
        dutch,
        english,
    })
});

/// Whether the settings compiled in load (checked before a run starts).
pub fn check_shipped() -> Result<(), String> {
    toml::from_str::<LanguageSettings>(SETTINGS)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// `nl`, `en`, `de`, `fr`, or empty when the text is too short or unclear.
pub fn detect(text: &str) -> String {
    let Some(prior) = PRIOR.as_ref() else {
        return String::new();
    };
    let settings = &prior.settings;
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < settings.min_letters {
        return String::new();
    }
    if letters < settings.short_text_letters {
        return by_words(prior, text).to_string();
    }
    let detector = Detector::with_allowlist(vec![Lang::Nld, Lang::Eng, Lang::Deu, Lang::Fra]);
    // Long documents: the first part decides; it is where the language is.
    let sample: String = text.chars().take(4000).collect();
    match detector.detect(&sample) {
        Some(info) => code(info.lang()).to_string(),
        None => String::new(),
    }
}

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Nld => "nl",
        Lang::Eng => "en",
        Lang::Deu => "de",
        Lang::Fra => "fr",
        _ => "",
    }
}

/// A short text's language by its words: Dutch when enough of them are
/// the rule book's and no more are English; English when enough are
/// English and more than are Dutch; otherwise unclaimed.
fn by_words(prior: &Prior, text: &str) -> &'static str {
    let folded = normalize(text);
    let words = folded
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2);
    let (mut dutch, mut english) = (0usize, 0usize);
    for word in words {
        if prior.english.contains(word) {
            english += 1;
        } else if prior.dutch.contains(word) {
            dutch += 1;
        }
    }
    let s = &prior.settings;
    if dutch >= s.min_dutch_words && dutch >= english {
        "nl"
    } else if english >= s.min_english_words && english > dutch {
        "en"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_and_english_are_told_apart() {
        let nl = "In deze intervisie heb ik een casus ingebracht over een werknemer die al lange tijd verzuimt. \
                  Mijn leervraag was hoe ik beter kan omgaan met mijn eigen twijfels in het gesprek.";
        let en = "In this peer review session I brought in a case about an employee who has been absent for a long time. \
                  My learning question was how to deal with my own doubts during the conversation.";
        assert_eq!(detect(nl), "nl");
        assert_eq!(detect(en), "en");
        assert_eq!(detect("Datum 12-03-2024"), "");
    }

    #[test]
    fn a_short_dutch_certificate_is_dutch() {
        for text in [
            "CERTIFICAAT\nJanneke Verhoef-Smit\nheeft deelgenomen aan\nMotiverende gespreksvoering in de praktijk\n14 maart 2025\nDuur: 6 uur",
            "Bewijs van deelname\nHierbij verklaren wij dat P. de Groot aanwezig was bij de studiedag Arbeidsparticipatie, 3 oktober 2024 (4 uur).",
            "Deelnamecertificaat — Jobcoaching bij psychische kwetsbaarheid — M. Yilmaz — 12-02-2025 — 3,5 uur — georganiseerd door Stichting Werk en Gezondheid",
        ] {
            assert_eq!(detect(text), "nl", "{text}");
        }
    }

    #[test]
    fn a_labelled_e_learning_certificate_is_dutch() {
        let text = "Leerplatform Werk & Zorg\nBewijs van afronding\nDeelnemer Pieter-Jan Okkerse\n\
                    Onderdeel Privacy en gegevensdeling bij verzuim\nResultaat Voldaan (eindtoets gehaald)\n\
                    Afgerond op 03-11-2025\nStudielast 180 minuten\nCode LWZ-25-114 – te controleren in het portaal.";
        assert_eq!(detect(text), "nl");
    }

    #[test]
    fn a_short_english_certificate_is_still_english() {
        let text = "CERTIFICATE OF ATTENDANCE\nThis is to certify that Jan de Vries has attended the workshop \
                    Motivational Interviewing on 14 March 2025 for 6 hours.";
        assert_eq!(detect(text), "en");
    }
}
