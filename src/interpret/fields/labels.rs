//! Finding a field's label: in a form field's name, in a line that is only
//! a label (a form read column by column), and the question every value
//! candidate is asked — is this text itself a label?
//!
//! Separate from reading values because it only compares texts with the
//! synonyms of `fields.toml`; where the value then stands is `placement`'s
//! business.

use super::placement::found;
use super::values::type_fits;
use super::{Capture, FieldReader, Found, ValueType};
use crate::text::label::{self, LabelText, Synonym};

impl FieldReader<'_> {
    /// A two-column form read column by column (OCR, or text without
    /// layout): a run of lines that are each only a label, then as many
    /// lines of values in the same order. The field's value is the line
    /// that pairs with its label, when every pair fits its field's type.
    pub(super) fn in_label_block(&self, key: &str) -> Option<Found> {
        const MIN_BLOCK: usize = 3;
        let labels = self.line_labels.get_or_init(|| {
            self.segments()
                .iter()
                .map(|l| self.label_alone(l))
                .collect()
        });
        let label_of = |i: usize| labels.get(i).and_then(|l| l.as_deref());
        // The rest of a label that wrapped ("inloop) - A", "=C/2") belongs
        // to the label above it: it is neither a label nor a value.
        let residue = |i: usize| {
            i > 0
                && label_of(i).is_none()
                && self
                    .lines
                    .get(i)
                    .is_some_and(|l| label::is_label_residue(&l.text()))
        };
        let mut i = 0;
        while i < self.lines.len() {
            let mut run: Vec<&str> = Vec::new();
            let mut end = i;
            while end < self.lines.len() {
                match label_of(end) {
                    Some(key) => run.push(key),
                    None if !run.is_empty() && residue(end) => {}
                    None => break,
                }
                end += 1;
            }
            if run.len() < MIN_BLOCK {
                i = end.max(i + 1);
                continue;
            }
            let values = self.lines.get(end..end + run.len())?;
            let fits = run.iter().zip(values).enumerate().all(|(k, (key, line))| {
                self.spec.fields.get(*key).is_some_and(|f| {
                    type_fits(&line.text(), f.value) && label_of(end + k).is_none()
                })
            });
            if let (true, Some(at)) = (fits, run.iter().position(|k| *k == key)) {
                let line = values.get(at)?;
                let seg = line.segments.first()?;
                return Some(Found {
                    label: key.to_string(),
                    score: 1.0,
                    ..found(line.text(), line.page, seg, Capture::Below)
                });
            }
            i = end;
        }
        None
    }

    /// A form field whose name matches a synonym and whose value has the
    /// right type.
    pub(super) fn in_form_fields(&self, synonyms: &[Synonym], ty: ValueType) -> Option<Found> {
        let mut best: Option<Found> = None;
        for field in self.form_fields {
            let name = LabelText::new(&split_field_name(&field.name));
            for synonym in synonyms {
                let Some(m) = name.matches(synonym, true) else {
                    continue;
                };
                if m.score < self.thresholds.accept || !type_fits(&field.value, ty) {
                    continue;
                }
                if best.as_ref().is_none_or(|b| m.score > b.score) {
                    best = Some(Found {
                        value: field.value.trim().to_string(),
                        page: field.page.unwrap_or(1),
                        bbox: [0.0; 4],
                        label: synonym.label().to_string(),
                        score: m.score,
                        capture: Capture::FormField,
                        weak: false,
                    });
                }
            }
        }
        best
    }

    /// The field a line (its prepared segments) names when it is one
    /// segment that is only a label.
    fn label_alone(&self, line: &[LabelText]) -> Option<String> {
        let [seg] = line else {
            return None;
        };
        self.spec.fields.iter().find_map(|(key, f)| {
            f.labels
                .iter()
                .any(|l| {
                    seg.matches(l, true).is_some_and(|m| {
                        m.score >= self.thresholds.accept
                            && seg
                                .text()
                                .get(m.value_start..)
                                .is_none_or(|r| r.trim().is_empty())
                    })
                })
                .then(|| key.clone())
        })
    }

    /// Whether a text starts with a label of any field of this type: the
    /// whole text, or a label and a separator. Remembered per text.
    pub(super) fn is_label(&self, text: &str) -> bool {
        if let Some(&known) = self.label_memo.borrow().get(text) {
            return known;
        }
        let answer = self.is_label_uncached(text);
        self.label_memo
            .borrow_mut()
            .insert(text.to_string(), answer);
        answer
    }

    fn is_label_uncached(&self, text: &str) -> bool {
        let prepared = LabelText::new(text);
        self.all_synonyms.iter().any(|synonym| {
            prepared.matches(synonym, true).is_some_and(|m| {
                m.score >= self.thresholds.accept
                    && (m.separated
                        || text
                            .get(m.value_start..)
                            .is_none_or(|r| r.trim().is_empty()))
            })
        })
    }
}

/// `datumActiviteit`, `tijd_aanwezigheid_A`, `form1[0].naam[0]` → words.
fn split_field_name(name: &str) -> String {
    let last = name.rsplit('.').next().unwrap_or(name);
    let mut out = String::new();
    let mut prev_lower = false;
    for c in last.chars() {
        if c == '[' {
            break;
        }
        if c.is_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_lowercase();
        out.push(if c == '_' || c == '-' { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_field_names_split_into_words() {
        assert_eq!(split_field_name("datumActiviteit"), "datum Activiteit");
        assert_eq!(
            split_field_name("form1[0].tijd_aanwezigheid_A[0]"),
            "tijd aanwezigheid A"
        );
    }
}
