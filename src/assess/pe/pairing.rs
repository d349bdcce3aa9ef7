//! Which documents speak of the same activity: every overview row paired
//! with the opgaveformulier that fits it best, and every activity with the
//! attendance proof that fits it best, by date, title and organiser, never
//! by file name.

use crate::interpret::bewijs::AttendanceProof;
use crate::interpret::interpreted::Activity;
use crate::interpret::notation::hours::HoursError;
use crate::interpret::overzicht::Overview;
use crate::interpret::text::{similarity, words};
use jiff::civil::Date;

/// An activity before it is judged: the overview row (if any) paired with
/// its form (if any). Not `discover::Candidate`, which is a person.
///
/// Both are [`Activity`] values, so a fact is read from either the same
/// way; what differs per fact is which goes first. The form goes first for
/// the dates, the organiser and the hours, the overview for the title, the
/// kind and the claimed PE.
pub(super) struct Pairing<'a> {
    pub in_overview: Option<&'a Activity>,
    pub form: Option<&'a Activity>,
}

/// Which of the two a fact is taken from first; the other stands in where
/// the first is silent.
#[derive(Clone, Copy)]
enum First {
    Form,
    Overview,
}

impl Pairing<'_> {
    /// A fact as the side that goes first for it states it, else as the
    /// other side does.
    fn fact<T>(&self, first: First, fact: impl Fn(&Activity) -> Option<T>) -> Option<T> {
        let order = match first {
            First::Form => [self.form, self.in_overview],
            First::Overview => [self.in_overview, self.form],
        };
        order.into_iter().flatten().find_map(fact)
    }

    pub(super) fn date(&self) -> Option<Date> {
        self.fact(First::Form, |a| a.date).map(|d| d.date)
    }

    pub(super) fn end_date(&self) -> Option<Date> {
        self.fact(First::Form, |a| a.end_date).map(|d| d.date)
    }

    pub(super) fn title(&self) -> String {
        self.fact(First::Overview, |a| filled(&a.title))
            .unwrap_or_default()
    }

    pub(super) fn organiser(&self) -> String {
        self.fact(First::Form, |a| filled(&a.organiser))
            .unwrap_or_default()
    }

    pub(super) fn kind(&self) -> String {
        self.fact(First::Overview, |a| filled(&a.kind))
            .unwrap_or_default()
    }

    /// The form's hours win; the overview stands in where the form is silent.
    pub(super) fn attendance(&self) -> Option<Result<u32, HoursError>> {
        self.fact(First::Form, |a| a.attendance.clone())
    }

    /// The form's hours win, as for [`Pairing::attendance`].
    pub(super) fn preparation(&self) -> Option<Result<u32, HoursError>> {
        self.fact(First::Form, |a| a.preparation.clone())
    }

    /// The PE the overview claims, else the form.
    pub(super) fn pe_claimed(&self) -> Option<f64> {
        self.fact(First::Overview, |a| a.pe_claimed)
    }
}

/// A text that says something.
fn filled(text: &str) -> Option<String> {
    Some(text.to_string()).filter(|t| !t.is_empty())
}

/// Pairs every overview row with the form that fits it best; without an
/// overview, every form is an activity.
pub(super) fn pair_rows_with_forms<'a>(
    overview: Option<&'a Overview>,
    forms: &'a [Activity],
) -> Vec<Pairing<'a>> {
    let Some(overview) = overview.filter(|o| !o.activities.is_empty()) else {
        let mut only_forms: Vec<Pairing> = forms
            .iter()
            .map(|f| Pairing {
                in_overview: None,
                form: Some(f),
            })
            .collect();
        only_forms.sort_by_key(|c| c.date());
        return only_forms;
    };
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (ri, row) in overview.activities.iter().enumerate() {
        for (fi, form) in forms.iter().enumerate() {
            let score = form_score(row, form);
            if score >= 1.0 {
                pairs.push((score, ri, fi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut form_of: Vec<Option<usize>> = vec![None; overview.activities.len()];
    let mut taken = vec![false; forms.len()];
    for (_, ri, fi) in pairs {
        if form_of[ri].is_none() && !taken[fi] {
            form_of[ri] = Some(fi);
            taken[fi] = true;
        }
    }
    let mut out: Vec<Pairing> = overview
        .activities
        .iter()
        .zip(form_of)
        .map(|(row, fi)| Pairing {
            in_overview: Some(row),
            form: fi.map(|i| &forms[i]),
        })
        .collect();
    out.sort_by_key(|c| (c.date(), c.in_overview.and_then(Activity::row)));
    out
}

/// How well a form fits an overview row: the title weighs most, then the
/// date, then the organiser.
fn form_score(row: &Activity, form: &Activity) -> f64 {
    // What the form says anywhere stands in for a title or date the field
    // stage could not read (a grid with its values under the labels).
    let title = similarity(&row.title, &form.title).max(form.mentions.covers(&row.title));
    let same_date = match (row.date, form.date) {
        (Some(a), Some(b)) => a.date == b.date,
        (Some(a), None) => form.mentions.has_date(a.date),
        _ => false,
    };
    let organiser = similarity(&row.organiser, &form.organiser);
    if title < 0.5 && !(same_date && organiser >= 0.5) {
        return 0.0;
    }
    2.0 * title + if same_date { 1.5 } else { 0.0 } + 0.5 * organiser
}

/// The proof that fits an activity best, if any fits.
pub(super) fn best_proof(act: &Pairing, title: &str, proofs: &[AttendanceProof]) -> Option<usize> {
    let date = act.date();
    let organiser = act.organiser();
    proofs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let t = similarity(title, &p.title)
                .max(contained(title, &p.title))
                .max(p.mentions.covers(title));
            let o = similarity(&organiser, &p.organiser)
                .max(contained(&organiser, &p.organiser))
                .max(p.mentions.covers(&organiser));
            let d = date.is_some_and(|d| p.dates.iter().any(|x| x.date == d));
            let score = 2.0 * t + o + if d { 1.0 } else { 0.0 };
            (i, t, o, d, score)
        })
        .filter(|(_, t, o, d, _)| *t >= 0.6 || (*t >= 0.3 && (*o >= 0.5 || *d)))
        .max_by(|a, b| a.4.total_cmp(&b.4).then(b.0.cmp(&a.0)))
        .map(|(i, ..)| i)
}

/// Share of the shorter text's words found in the longer: a series title
/// ("Webinarreeks X") against one part ("Webinarreeks X – deel 1").
fn contained(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    if short.len() < 2 {
        return 0.0;
    }
    short.iter().filter(|w| long.contains(*w)).count() as f64 / short.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interpret::interpreted::ActivitySource;

    fn stated(
        source: ActivitySource,
        title: &str,
        organiser: &str,
        hours: Option<u32>,
    ) -> Activity {
        Activity {
            title: title.to_string(),
            organiser: organiser.to_string(),
            attendance: hours.map(|h| Ok(h * 60)),
            ..Activity::blank(source)
        }
    }

    #[test]
    fn each_fact_comes_from_the_side_that_goes_first_and_the_other_fills_a_gap() {
        let row = stated(
            ActivitySource::Overview {
                document: "K01/overzicht.xlsx".into(),
                row: 5,
            },
            "Training rapporteren",
            "Kennisnet",
            Some(4),
        );
        let form = stated(
            ActivitySource::Form {
                document: "K01/opgave.pdf".into(),
            },
            "Rapporteren (training)",
            "",
            None,
        );
        let pairing = Pairing {
            in_overview: Some(&row),
            form: Some(&form),
        };
        assert_eq!(pairing.title(), "Training rapporteren");
        assert_eq!(pairing.organiser(), "Kennisnet");
        assert_eq!(pairing.attendance(), Some(Ok(240)));
        assert_eq!(pairing.preparation(), None);
    }
}
