//! The letter to a candidate whose dossier needs supplements: one numbered
//! line per finding that asks for one, in the rule book's words (the
//! catalogue's `letter` text), followed by what was found.

use super::Ctx;
use crate::assess::Assessed;
use crate::model::Severity;
use crate::text::bsn::mask_bsn;
use std::fmt::Write;

/// The letter as plain text (the `.txt` file and the block on the page).
pub(super) fn render(a: &Assessed, ctx: &Ctx) -> String {
    let mut out = String::new();
    let name = a
        .candidate_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let _ = writeln!(out, "{} ({})", ctx.l("letter_subject"), a.candidate_id);
    out.push('\n');
    match name {
        Some(n) => {
            let _ = writeln!(out, "{} {n},", ctx.l("letter_dear"));
        }
        None => {
            let _ = writeln!(out, "{},", ctx.l("letter_dear_anon"));
        }
    }
    out.push('\n');
    let _ = writeln!(out, "{}", ctx.l("letter_intro"));
    out.push('\n');
    let prefix = format!("{}/", a.candidate_id);
    let lines = a
        .findings
        .iter()
        .filter(|r| r.severity >= Severity::Supplement)
        .map(|r| &r.finding);
    for (n, f) in lines.enumerate() {
        let rule = ctx.cat.entry(&f.code).map_or_else(
            || ctx.cat.name(&f.code, ctx.lang),
            |e| e.letter.get(ctx.lang),
        );
        let mut line = format!("{}. {}.", n + 1, rule.trim_end_matches('.'));
        let message = f.message.get(ctx.lang).trim();
        if !message.is_empty() {
            let _ = write!(line, " {}", message.trim_end_matches('.'));
        }
        if let Some(doc) = &f.document {
            let shown = doc.strip_prefix(&prefix).unwrap_or(doc);
            let _ = write!(line, " ({} {shown}", ctx.l("letter_about"));
            if let Some(p) = f.page {
                let _ = write!(line, ", {} {p}", ctx.l("page"));
            }
            line.push(')');
        }
        line.push('.');
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    let _ = writeln!(out, "{}", ctx.l("letter_close"));
    out.push('\n');
    let _ = writeln!(out, "{}", ctx.l("letter_regards"));
    let _ = writeln!(out, "{}", ctx.l("letter_sender"));
    // The letter leaves the office: never a full BSN, whatever a message held.
    mask_bsn(&out)
}
