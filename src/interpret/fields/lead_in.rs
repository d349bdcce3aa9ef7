//! Values in running text: after a phrase that leads into them ("verklaren
//! wij dat" → the participant), cut where the sentence goes on.
//!
//! Separate because a certificate is a sentence, not a form: no label,
//! no cell, only the words before and after the value.

use super::values::type_fits;
use super::{Capture, FieldRead, FieldReader, Found, ValueType};
use crate::interpret::notation::dates::find_dates;
use crate::text::label;

impl FieldReader<'_> {
    /// The value after a lead-in phrase: the rest of its line, else the
    /// next line ("Hierbij verklaren wij dat" / "P. de Vries" / "heeft
    /// deelgenomen aan" / "Studiemiddag …").
    pub(super) fn after_lead_in(&self, key: &str, ty: ValueType) -> FieldRead {
        let Some(phrases) = self.spec.lead_ins.get(key) else {
            return FieldRead::Missing;
        };
        let phrases: Vec<String> = phrases
            .iter()
            .map(|p| {
                label::tokens(p)
                    .into_iter()
                    .map(|t| t.word)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        for (li, line) in self.lines.iter().enumerate() {
            let text = line.text();
            let toks = label::tokens(&text);
            for phrase in &phrases {
                let Some(end) = phrase_end(&toks, phrase) else {
                    continue;
                };
                let rest = text[end..].trim_start_matches([':', ',', ' ']).trim();
                // "deelgenomen aan de" / "workshop X": an article alone
                // belongs to the next line's value.
                let only_articles = label::tokens(rest)
                    .iter()
                    .all(|t| ["de", "het", "een", "the", "a"].contains(&t.word.as_str()));
                let candidate = if only_articles {
                    self.line_below(li).map(|b| (b.text(), b))
                } else {
                    Some((rest.to_string(), line))
                };
                let Some((value, at)) = candidate else {
                    continue;
                };
                let value = trim_sentence(&value, ty);
                if type_fits(&value, ty) {
                    let seg = at.segments.first();
                    return FieldRead::Found(Found {
                        value,
                        page: at.page,
                        bbox: seg.map_or([0.0; 4], |s| [s.x0, s.top, s.x1, s.bottom]),
                        label: phrase.clone(),
                        score: self.thresholds.accept,
                        capture: Capture::LeadIn,
                        weak: true,
                    });
                }
            }
        }
        FieldRead::Missing
    }
}

/// Where a phrase ends in a line's tokens: its words in order, with at most
/// one other word between two of them ("bevestigen wij dat" for
/// "bevestigen dat").
fn phrase_end(toks: &[label::Token], phrase: &str) -> Option<usize> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let first = words.first()?;
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.word == *first)
        .find_map(|(start, _)| {
            let mut at = start;
            for w in words.iter().skip(1) {
                let next = toks
                    .iter()
                    .enumerate()
                    .skip(at + 1)
                    .take(2)
                    .find(|(_, t)| t.word == *w)?;
                at = next.0;
            }
            toks.get(at).map(|t| t.end)
        })
}

/// A value taken from running text ends where its sentence goes on: a
/// name before "heeft", "op", "attended"; a title before " op <date>" or
/// ", <date>".
fn trim_sentence(value: &str, ty: ValueType) -> String {
    const NAME_STOPS: [&str; 9] = [
        " heeft ",
        " op ",
        " is ",
        " was ",
        " d.d. ",
        " has ",
        " attended ",
        " aanwezig ",
        " met ",
    ];
    const DATE_STOPS: [&str; 5] = [" op ", ", ", " d.d. ", " gehouden ", " on "];
    let mut v = format!("{} ", value.trim());
    match ty {
        ValueType::Name => {
            for stop in NAME_STOPS {
                if let Some(i) = v.find(stop) {
                    v.truncate(i);
                }
            }
        }
        ValueType::Text => {
            for stop in DATE_STOPS {
                if let Some(i) = v.find(stop) {
                    if !find_dates(&v[i..]).is_empty() {
                        v.truncate(i);
                    }
                }
            }
        }
        _ => {}
    }
    v.trim()
        .trim_end_matches(['.', ',', ';'])
        .trim()
        .to_string()
}
