//! Language of a document, for `DOC-LANGUAGE`. whatlang with an allowlist of
//! the languages an upload is plausibly in; short texts are not judged.

use whatlang::{Detector, Lang};

/// Fewer letters than this and no language is claimed.
const MIN_LETTERS: usize = 80;

/// `nl`, `en`, `de`, `fr`, or empty when the text is too short or unclear.
pub fn detect(text: &str) -> String {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < MIN_LETTERS {
        return String::new();
    }
    let detector = Detector::with_allowlist(vec![Lang::Nld, Lang::Eng, Lang::Deu, Lang::Fra]);
    // Long documents: the first part decides; it is where the language is.
    let sample: String = text.chars().take(4000).collect();
    match detector.detect(&sample) {
        Some(info) => match info.lang() {
            Lang::Nld => "nl",
            Lang::Eng => "en",
            Lang::Deu => "de",
            Lang::Fra => "fr",
            _ => "",
        }
        .to_string(),
        None => String::new(),
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
}
