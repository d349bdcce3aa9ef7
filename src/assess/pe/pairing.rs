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
    let labelled = similarity(&row.title, &form.title);
    let title = if labelled >= 0.5 {
        labelled
    } else {
        labelled.max(form.mentions.covers(&row.title))
    };
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

/// How well a proof fits an activity, if it fits at all, and whether the
/// fit is strong: its title matches and so does its date.
fn proof_fit(act: &Pairing, title: &str, p: &AttendanceProof) -> Option<(f64, bool)> {
    let date = act.date();
    let organiser = act.organiser();
    // The title the proof gives (a label, a quote) and the title's words
    // anywhere in its text: the latter only with the date, since the
    // common words of a field ("re-integratie", "vakoverleg") are on
    // many proofs.
    let labelled = similarity(title, &p.title).max(contained(title, &p.title));
    let d = date.is_some_and(|d| p.dates.iter().any(|x| x.date == d));
    let in_text = if d { p.mentions.covers(title) } else { 0.0 };
    let t = labelled.max(in_text);
    if t < 0.3 {
        return None;
    }
    let labelled_organiser =
        similarity(&organiser, &p.organiser).max(contained(&organiser, &p.organiser));
    // The organiser's words in the text only where the labels said too
    // little: it is the dearest test, and most pairs are settled before.
    let o = if labelled_organiser >= 0.5 {
        labelled_organiser
    } else {
        labelled_organiser.max(p.mentions.covers(&organiser))
    };
    let fits = t >= 0.6 || o >= 0.5 || d;
    let score = 2.0 * t + o + if d { 1.0 } else { 0.0 };
    fits.then_some((score, t >= 0.6 && d))
}

/// Whether some document mentions the activity although none was taken
/// as its proof: its date with some of its title, or most of its title.
/// A PE-NO-PROOF is then unsure: perhaps the proof is there in a shape
/// the reader did not place.
pub(super) fn mentioned_anywhere(act: &Pairing, title: &str, proofs: &[AttendanceProof]) -> bool {
    let date = act.date();
    proofs.iter().any(|p| {
        let covered = p.mentions.covers(title).max(similarity(title, &p.title));
        let dated = date.is_some_and(|d| p.mentions.has_date(d));
        covered >= 0.6 || (dated && covered >= 0.3)
    })
}

/// The proof of each activity, one-to-one first: the best-fitting pairs
/// are taken first, and a proof another activity already holds backs a
/// second one only on a strong fit (title and date): a proof that merely
/// shares a field's words with a second activity is not that activity's
/// proof, and the second activity has none (PE-NO-PROOF), rather than a
/// false PROOF-REUSED and PROOF-DATE-MISMATCH.
///
/// `proofs[typed..]` are documents no type took: one of them backs an
/// activity only on a strong fit ("a document that names an activity's
/// title and date is evidence for it, whatever its heading").
pub(super) fn assign_proofs(
    activities: &[Pairing],
    titles: &[String],
    proofs: &[AttendanceProof],
    typed: usize,
) -> Vec<Option<usize>> {
    let mut fits: Vec<(f64, bool, usize, usize)> = Vec::new();
    for (a, (act, title)) in activities.iter().zip(titles).enumerate() {
        for (p, proof) in proofs.iter().enumerate() {
            if let Some((score, strong)) = proof_fit(act, title, proof) {
                if p < typed || strong {
                    fits.push((score, strong, a, p));
                }
            }
        }
    }
    fits.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.2.cmp(&y.2)).then(x.3.cmp(&y.3)));
    let mut proof_of: Vec<Option<usize>> = vec![None; activities.len()];
    let mut used = vec![false; proofs.len()];
    for &(_, _, a, p) in &fits {
        if proof_of[a].is_none() && !used[p] {
            proof_of[a] = Some(p);
            used[p] = true;
        }
    }
    // A second use, on a strong fit only: the same certificate really
    // names both (PROOF-REUSED is then a true finding).
    for &(_, strong, a, p) in &fits {
        if proof_of[a].is_none() && strong {
            proof_of[a] = Some(p);
        }
    }
    proof_of
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

    fn proof(document: &str, text: &str) -> AttendanceProof {
        crate::interpret::bewijs::read(&crate::dossier::tests_support::text_record(
            document,
            crate::model::DocType::BewijsDeelname,
            text,
        ))
    }

    fn dated_form(title: &str, day: i8) -> Activity {
        Activity {
            date: Some(crate::interpret::notation::dates::ParsedDate {
                date: jiff::civil::date(2024, 3, day),
                precision: crate::interpret::notation::dates::Precision::Day,
            }),
            ..stated(
                ActivitySource::Form {
                    document: format!("K01/{day}.pdf"),
                },
                title,
                "",
                Some(2),
            )
        }
    }

    #[test]
    fn a_proof_backs_one_activity_unless_it_names_a_second_by_title_and_date() {
        let forms = [
            dated_form("Vakoverleg casemanagers: termijnen Ziektewet", 7),
            dated_form("Vakoverleg casemanagers: het deskundigenoordeel", 14),
        ];
        let activities: Vec<Pairing> = forms
            .iter()
            .map(|f| Pairing {
                in_overview: None,
                form: Some(f),
            })
            .collect();
        let titles: Vec<String> = activities.iter().map(Pairing::title).collect();
        let proofs = [
            proof(
                "K01/verklaring.pdf",
                "Hierbij verklaar ik dat Anna de Wit op 7 maart 2024 aanwezig was bij ons \
                 vakoverleg over termijnen in de Ziektewet voor casemanagers.",
            ),
            // A document no type took, that names the second by title and date.
            proof(
                "K01/scan.pdf",
                "Presentielijst vakoverleg casemanagers 14-03-2024: het deskundigenoordeel. A. de Wit",
            ),
        ];
        // Only the typed proof: it backs the first; it shares a field's
        // words with the second, which has none.
        assert_eq!(
            assign_proofs(&activities, &titles, &proofs[..1], 1),
            [Some(0), None]
        );
        // The untyped document backs the second on its title and date.
        assert_eq!(
            assign_proofs(&activities, &titles, &proofs, 1),
            [Some(0), Some(1)]
        );
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
