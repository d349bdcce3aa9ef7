//! Classify: which document type a file is, from its content (SPEC §2).
//!
//! A weighted phrase score per type, with the phrases and weights in
//! `schemes/classify.toml`. Titles near the start weigh most, because the
//! templates of the scheme open with them; the file name weighs least,
//! because candidates name files any way they like.

use crate::model::DocType;
use crate::text::fold::normalize;
use serde::Deserialize;

/// Why the classification rules could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ClassifyError {
    /// The TOML does not have the expected shape.
    #[error("schemes/classify.toml: classification rules are not valid")]
    Parse(#[from] toml::de::Error),
    /// A `doc_type` value that SPEC §2 does not know.
    #[error("schemes/classify.toml: classification rules name an unknown doc_type '{0}'")]
    UnknownType(String),
}

#[derive(Debug, Deserialize)]
struct RulesFile {
    head_chars: usize,
    title_weight: f64,
    phrase_weight: f64,
    filename_weight: f64,
    min_score: f64,
    min_margin: f64,
    #[serde(rename = "type")]
    types: Vec<TypeRules>,
}

#[derive(Debug, Deserialize)]
struct TypeRules {
    doc_type: String,
    title: Vec<String>,
    phrases: Vec<String>,
    filename: Vec<String>,
}

/// The loaded rules, phrases already normalised.
#[derive(Debug)]
pub struct Classifier {
    rules: RulesFile,
    types: Vec<DocType>,
}

/// The type chosen for a document and how sure the choice is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Classification {
    pub doc_type: DocType,
    /// In [0, 1]: the winner's share of the two best scores, scaled by how
    /// far it clears the minimum.
    pub confidence: f64,
}

pub(crate) const SHIPPED_RULES: &str = include_str!("../schemes/classify.toml");

impl Classifier {
    /// The rules shipped in the binary.
    pub fn shipped() -> Result<Classifier, ClassifyError> {
        Classifier::from_toml(SHIPPED_RULES)
    }

    pub fn from_toml(text: &str) -> Result<Classifier, ClassifyError> {
        let mut rules: RulesFile = toml::from_str(text)?;
        let mut types = Vec::new();
        for t in &mut rules.types {
            let doc_type = DocType::parse(&t.doc_type)
                .ok_or_else(|| ClassifyError::UnknownType(t.doc_type.clone()))?;
            types.push(doc_type);
            for list in [&mut t.title, &mut t.phrases, &mut t.filename] {
                for phrase in list.iter_mut() {
                    *phrase = normalize(phrase);
                }
            }
        }
        Ok(Classifier { rules, types })
    }

    /// Classifies a document by its text; `file_name` is a weak hint.
    pub fn classify(&self, text: &str, file_name: &str) -> Classification {
        let text = normalize(text);
        let head: String = text.chars().take(self.rules.head_chars).collect();
        let name = normalize(file_name);
        let mut scores: Vec<(DocType, f64)> = self
            .rules
            .types
            .iter()
            .zip(&self.types)
            .map(|(rules, &doc_type)| {
                let titles = rules
                    .title
                    .iter()
                    .filter(|p| head.contains(p.as_str()))
                    .count();
                let phrases = rules
                    .phrases
                    .iter()
                    .filter(|p| text.contains(p.as_str()))
                    .count();
                let names = rules
                    .filename
                    .iter()
                    .filter(|p| name.contains(p.as_str()))
                    .count();
                // Two title phrases say no more than one does.
                let score = titles.min(1) as f64 * self.rules.title_weight
                    + titles.saturating_sub(1).min(1) as f64 * self.rules.phrase_weight
                    + phrases as f64 * self.rules.phrase_weight
                    + names.min(1) as f64 * self.rules.filename_weight;
                (doc_type, score)
            })
            .collect();
        scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let (best_type, best) = scores.first().copied().unwrap_or((DocType::Onbekend, 0.0));
        let second = scores.get(1).map_or(0.0, |s| s.1);
        if best < self.rules.min_score || best - second < self.rules.min_margin {
            let confidence = if best <= 0.0 {
                1.0
            } else {
                1.0 - (best / (best + second + 1.0))
            };
            return Classification {
                doc_type: DocType::Onbekend,
                confidence: round2(confidence),
            };
        }
        let share = best / (best + second);
        let strength = (best / (2.0 * self.rules.min_score)).min(1.0);
        Classification {
            doc_type: best_type,
            confidence: round2(share * strength),
        }
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classifier() -> Classifier {
        Classifier::shipped().expect("shipped rules parse") // ok: test
    }

    #[test]
    fn templates_are_recognised_by_their_content() {
        let c = classifier();
        let werk = "Werkgeversverklaring (bijlage 1)\nNaam werknemer: A. Jansen\nFunctie: re-integratiebegeleider\nIn dienst sinds: 1-1-2019\nUren per week: 32\nHandtekening leidinggevende";
        assert_eq!(
            c.classify(werk, "scan003.pdf").doc_type,
            DocType::Werkverklaring
        );
        let int = "Opgaveformulier intervisiemoment (bijlage 5)\nDatum: 12 maart 2024\nCasusbeschrijving\nDe casusinbrenger vertelde...\nLeervragen\nLeereffect";
        assert_eq!(
            c.classify(int, "werkverklaring_def.pdf").doc_type,
            DocType::Intervisieverslag
        );
        let proof = "CERTIFICAAT\nHiermee verklaren wij dat Zoë de Vries heeft deelgenomen aan de training Motiverende gespreksvoering";
        assert_eq!(c.classify(proof, "x.pdf").doc_type, DocType::BewijsDeelname);
    }

    #[test]
    fn too_little_evidence_is_onbekend() {
        let c = classifier();
        assert_eq!(
            c.classify("Boodschappenlijst: melk, brood", "lijst.pdf")
                .doc_type,
            DocType::Onbekend
        );
        assert_eq!(c.classify("", "").doc_type, DocType::Onbekend);
    }
}
