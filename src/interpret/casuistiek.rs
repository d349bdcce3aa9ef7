//! Casuïstiek or intervisie: a verdict on how a report is written.
//!
//! The rule book counts intervision only: the case bringer looking at their
//! own actions, choices and feelings. Casework discussion (was the right
//! procedure followed?) does not count. Procedure words also appear in real
//! intervision, since it describes the case, so the judgement weighs who the
//! sentences are about, first-person reflection, feelings and learning
//! questions against procedural vocabulary, compliance judgements and
//! obligations put on others. A logistic model over these features is
//! learned from the labelled corpus (`make casuistiek-model`); its weights
//! and thresholds live in `schemes/casuistiek-model.toml`, the phrase lists
//! in `schemes/casuistiek.toml`.

use crate::model::LoadError;
use crate::text::fold::normalize;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The features, in model order.
pub const FEATURES: [&str; 9] = [
    "first_person_sentences",
    "third_party_sentences",
    "procedure",
    "compliance",
    "obligation",
    "feelings",
    "self_learning",
    "methods",
    "first_person_rate",
];

/// The phrase lists of `schemes/casuistiek.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct Lexicon {
    third_party_subjects: Vec<String>,
    procedure: Vec<String>,
    compliance: Vec<String>,
    obligation: Vec<String>,
    feelings: Vec<String>,
    self_learning: Vec<String>,
    methods: Vec<String>,
    first_person: Vec<String>,
}

/// A logistic model over standardised features.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Model {
    /// What the model was trained on (file and number of reports).
    pub trained_on: String,
    pub mean: Vec<f64>,
    pub scale: Vec<f64>,
    pub weights: Vec<f64>,
    pub bias: f64,
    /// Scores at or below: intervisie.
    pub lower: f64,
    /// Scores at or above: casuistiek.
    pub upper: f64,
}

/// The verdict on one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Intervisie,
    Casuistiek,
    Onzeker,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Intervisie => "intervisie",
            Verdict::Casuistiek => "casuistiek",
            Verdict::Onzeker => "onzeker",
        }
    }
}

/// The judgement: score in [0, 1] (1 = casuïstiek), verdict, and the
/// phrases that weighed most with their signed weight.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub score: f64,
    pub verdict: Verdict,
    pub signals: Vec<(String, f64)>,
}

const LEXICON_FILE: &str = "schemes/casuistiek.toml";
const MODEL_FILE: &str = "schemes/casuistiek-model.toml";

static LEXICON: LazyLock<Result<Tokens, LoadError>> = LazyLock::new(|| {
    toml::from_str::<Lexicon>(include_str!("../../schemes/casuistiek.toml"))
        .map(|lexicon| Tokens::new(&lexicon))
        .map_err(|e| LoadError {
            file: LEXICON_FILE,
            problem: e.to_string(),
        })
});

static MODEL: LazyLock<Result<Model, LoadError>> = LazyLock::new(|| {
    toml::from_str(include_str!("../../schemes/casuistiek-model.toml")).map_err(
        |e: toml::de::Error| LoadError {
            file: MODEL_FILE,
            problem: e.to_string(),
        },
    )
});

/// The phrase lists, tokenised once.
#[derive(Debug)]
pub struct Tokens {
    third_party: Vec<Vec<String>>,
    lists: [Vec<Vec<String>>; 5],
    methods: Vec<Vec<String>>,
    first_person: Vec<String>,
}

impl Tokens {
    pub fn new(l: &Lexicon) -> Tokens {
        let tok = |v: &[String]| -> Vec<Vec<String>> {
            v.iter()
                .map(|p| tokenize(p))
                .filter(|t| !t.is_empty())
                .collect()
        };
        Tokens {
            third_party: tok(&l.third_party_subjects),
            lists: [
                tok(&l.procedure),
                tok(&l.compliance),
                tok(&l.obligation),
                tok(&l.feelings),
                tok(&l.self_learning),
            ],
            methods: tok(&l.methods),
            first_person: l.first_person.iter().map(|w| normalize(w)).collect(),
        }
    }

    /// The shipped lexicon, or why `schemes/casuistiek.toml` does not load.
    pub fn shipped() -> Result<&'static Tokens, LoadError> {
        LEXICON.as_ref().map_err(Clone::clone)
    }
}

fn tokenize(text: &str) -> Vec<String> {
    normalize(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(|w| w.trim_matches(['-', '\'']))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Occurrences of phrases in a token list; each hit is (phrase, count).
fn hits(tokens: &[String], phrases: &[Vec<String>]) -> Vec<(String, usize)> {
    phrases
        .iter()
        .filter_map(|p| {
            let n = tokens
                .windows(p.len())
                .filter(|w| w == &p.as_slice())
                .count();
            (n > 0).then(|| (p.join(" "), n))
        })
        .collect()
}

/// Sentences of a text whose lines may be wrapped (a PDF's text layer):
/// a short line without closing punctuation is a heading of its own; other
/// lines are joined and split at `.`, `!` and `?`.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, out: &mut Vec<String>| {
        out.extend(paragraph.split(['.', '!', '?']).map(str::to_string));
        paragraph.clear();
    };
    for line in text.lines().map(str::trim) {
        let heading =
            line.split_whitespace().count() <= 8 && !line.ends_with(['.', '!', '?', ',', ';']);
        if line.is_empty() || heading {
            flush(&mut paragraph, &mut out);
            out.push(line.to_string());
        } else {
            paragraph.push(' ');
            paragraph.push_str(line);
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// The feature vector of a text, and per feature the phrases that fed it.
pub fn features(text: &str, lex: &Tokens) -> (Vec<f64>, Vec<Vec<(String, usize)>>) {
    let tokens = tokenize(text);
    let words = tokens.len().max(1) as f64;
    let per_100 = |n: usize| n as f64 * 100.0 / words;
    let sentences: Vec<Vec<String>> = sentences(text)
        .iter()
        .map(|s| tokenize(s))
        .filter(|s| s.len() >= 3)
        .collect();
    let n_sentences = sentences.len().max(1) as f64;
    let first_person_sentences = sentences
        .iter()
        .filter(|s| s.iter().any(|w| lex.first_person.contains(w)))
        .count() as f64
        / n_sentences;
    let third_party_sentences = sentences
        .iter()
        .filter(|s| {
            let head = &s[..s.len().min(4)];
            lex.third_party
                .iter()
                .any(|p| head.windows(p.len()).any(|w| w == p.as_slice()))
        })
        .count() as f64
        / n_sentences;
    let mut fed: Vec<Vec<(String, usize)>> = vec![Vec::new(); FEATURES.len()];
    let mut values = vec![first_person_sentences, third_party_sentences];
    for (i, list) in lex.lists.iter().enumerate() {
        let h = hits(&tokens, list);
        values.push(per_100(h.iter().map(|x| x.1).sum()));
        fed[2 + i] = h;
    }
    let method_hits = hits(&tokens, &lex.methods);
    values.push(if method_hits.is_empty() { 0.0 } else { 1.0 });
    fed[7] = method_hits;
    let first_person = tokens
        .iter()
        .filter(|w| lex.first_person.contains(w))
        .count();
    values.push(per_100(first_person));
    (values, fed)
}

impl Model {
    /// The shipped model, or why `schemes/casuistiek-model.toml` does not
    /// load (`make casuistiek-model` trains it).
    pub fn shipped() -> Result<&'static Model, LoadError> {
        MODEL.as_ref().map_err(Clone::clone)
    }

    /// P(casuïstiek) for a feature vector.
    pub fn score(&self, features: &[f64]) -> f64 {
        let z: f64 = self.bias
            + features
                .iter()
                .zip(&self.mean)
                .zip(&self.scale)
                .zip(&self.weights)
                .map(|(((x, m), s), w)| w * (x - m) / s)
                .sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }

    pub fn verdict(&self, score: f64) -> Verdict {
        if score >= self.upper {
            Verdict::Casuistiek
        } else if score <= self.lower {
            Verdict::Intervisie
        } else {
            Verdict::Onzeker
        }
    }

    /// Judges a report's text.
    pub fn judge(&self, text: &str, lex: &Tokens) -> Judgement {
        let (x, fed) = features(text, lex);
        let score = self.score(&x);
        // A phrase's weight: what its occurrences add to the score, i.e. its
        // feature's weight per standard deviation times the part of the
        // feature's value the phrase supplied. Its sign is its feature's.
        let mut signals: Vec<(String, f64)> = Vec::new();
        for (i, phrases) in fed.iter().enumerate() {
            let total: usize = phrases.iter().map(|p| p.1).sum();
            let (Some(w), Some(s), Some(xi)) = (self.weights.get(i), self.scale.get(i), x.get(i))
            else {
                continue;
            };
            for (phrase, n) in phrases {
                let share = *n as f64 / total.max(1) as f64;
                signals.push((phrase.clone(), w * xi / s * share));
            }
        }
        for (i, name) in [(0usize, "ik-zinnen"), (1, "zinnen over anderen")] {
            if let (Some(w), Some(s), Some(xi), Some(m)) = (
                self.weights.get(i),
                self.scale.get(i),
                x.get(i),
                self.mean.get(i),
            ) {
                signals.push((format!("{name} {:.0}%", xi * 100.0), w * (xi - m) / s));
            }
        }
        signals.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
        signals.truncate(5);
        Judgement {
            score,
            verdict: self.verdict(score),
            signals,
        }
    }
}

/// Judges a text with the shipped lexicon and model. A run checks both
/// before it reads a document ([`check_shipped`]) and stops when either does
/// not load, so `None` is only seen by a caller that skipped that check.
pub fn judge(text: &str) -> Option<Judgement> {
    Some(Model::shipped().ok()?.judge(text, Tokens::shipped().ok()?))
}

/// Whether the shipped lexicon and model load.
pub fn check_shipped() -> Result<(), LoadError> {
    Tokens::shipped()?;
    Model::shipped()?;
    Ok(())
}

/// Fits the logistic model: standardised features, L2-regularised gradient
/// descent, deterministic. `labels`: true = casuïstiek.
pub fn fit(samples: &[Vec<f64>], labels: &[bool], trained_on: String) -> Model {
    let n = samples.len().max(1) as f64;
    let dims = FEATURES.len();
    let mut mean = vec![0.0; dims];
    let mut scale = vec![0.0; dims];
    for x in samples {
        for (m, v) in mean.iter_mut().zip(x) {
            *m += v / n;
        }
    }
    for x in samples {
        for ((s, v), m) in scale.iter_mut().zip(x).zip(&mean) {
            *s += (v - m) * (v - m) / n;
        }
    }
    for s in &mut scale {
        *s = s.sqrt().max(1e-6);
    }
    let z: Vec<Vec<f64>> = samples
        .iter()
        .map(|x| {
            x.iter()
                .zip(&mean)
                .zip(&scale)
                .map(|((v, m), s)| (v - m) / s)
                .collect()
        })
        .collect();
    let mut weights = vec![0.0; dims];
    let mut bias = 0.0;
    let (rate, lambda) = (0.5, 0.01);
    for _ in 0..3000 {
        let mut grad = vec![0.0; dims];
        let mut grad_bias = 0.0;
        for (x, &y) in z.iter().zip(labels) {
            let p = 1.0
                / (1.0 + (-(bias + x.iter().zip(&weights).map(|(a, w)| a * w).sum::<f64>())).exp());
            let err = p - if y { 1.0 } else { 0.0 };
            for (g, a) in grad.iter_mut().zip(x) {
                *g += err * a / n;
            }
            grad_bias += err / n;
        }
        for (w, g) in weights.iter_mut().zip(&grad) {
            *w -= rate * (g + lambda * *w);
        }
        bias -= rate * grad_bias;
    }
    Model {
        trained_on,
        mean,
        scale,
        weights,
        bias,
        lower: 0.35,
        upper: 0.65,
    }
}

/// Precision, recall and F1 for casuïstiek, and the share judged onzeker.
/// An onzeker report counts as not-casuïstiek for precision and recall.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evaluation {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub onzeker: f64,
    pub reports: usize,
}

pub fn evaluate(verdicts: &[Verdict], labels: &[bool]) -> Evaluation {
    let mut tp = 0.0;
    let mut fp = 0.0;
    let mut fn_ = 0.0;
    let mut onzeker = 0.0;
    for (v, &y) in verdicts.iter().zip(labels) {
        match (v, y) {
            (Verdict::Casuistiek, true) => tp += 1.0,
            (Verdict::Casuistiek, false) => fp += 1.0,
            (_, true) => fn_ += 1.0,
            _ => {}
        }
        if *v == Verdict::Onzeker {
            onzeker += 1.0;
        }
    }
    let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Evaluation {
        precision,
        recall,
        f1,
        onzeker: onzeker / verdicts.len().max(1) as f64,
        reports: verdicts.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> &'static Tokens {
        Tokens::shipped().expect("shipped lexicon parses") // ok: test
    }

    #[test]
    fn features_see_who_the_sentences_are_about() {
        let reflective = "Ik merkte dat ik boos werd. Mijn leervraag is hoe ik rustig blijf. Ik voelde me machteloos.";
        let procedural = "De werkgever heeft het plan van aanpak te laat opgesteld. De werknemer moest volgens de Wet verbetering poortwachter meewerken. UWV had moeten toetsen.";
        let (r, _) = features(reflective, lexicon());
        let (p, fed) = features(procedural, lexicon());
        assert!(
            r[0] > 0.9 && p[0] < 0.1,
            "first-person sentences {r:?} {p:?}"
        );
        assert!(p[1] > 0.6 && r[1] < 0.1, "third-party sentences");
        assert!(p[2] > r[2], "procedure");
        assert!(r[5] > p[5], "feelings");
        assert!(fed[2].iter().any(|(ph, _)| ph == "plan van aanpak"));
    }

    #[test]
    fn a_fitted_model_separates_clear_cases() {
        let reflective = [
            "Ik voelde me machteloos. Mijn leervraag is hoe ik mijn irritatie herken. Ik neem mee dat ik eerst luister.",
            "Ik twijfelde over mijn rol. Ik merk dat ik te snel oplossingen geef. Voortaan vraag ik door.",
        ];
        let procedural = [
            "De werkgever heeft de probleemanalyse te laat ingediend. Het plan van aanpak moest binnen acht weken. UWV had moeten toetsen.",
            "De werknemer diende mee te werken. De termijn van week 42 is verzuimd. De procedure is niet correct gevolgd.",
        ];
        let lex = lexicon();
        let samples: Vec<Vec<f64>> = reflective
            .iter()
            .chain(&procedural)
            .map(|t| features(t, lex).0)
            .collect();
        let labels = [false, false, true, true];
        let model = fit(&samples, &labels, "test".into());
        assert_eq!(model.judge(reflective[0], lex).verdict, Verdict::Intervisie);
        assert_eq!(model.judge(procedural[0], lex).verdict, Verdict::Casuistiek);
        let e = evaluate(
            &[Verdict::Casuistiek, Verdict::Onzeker, Verdict::Intervisie],
            &[true, true, false],
        );
        assert_eq!((e.precision, e.recall), (1.0, 0.5));
    }
}
