//! The dossier's records as tables: the PE ledger with its running total,
//! the intervision reports with their verdicts, and the documents read.
//!
//! Separate from the findings above them because these list what was read,
//! row by row, where the findings say what is wrong with it.

use std::fmt::Write;

use super::document_link;
use crate::assess::Assessed;
use crate::model::{DocType, Lang};
use crate::report::html::{esc, Ctx};

/// A column of text, left-aligned (`th.t`).
const TEXT: &str = " class=\"t\"";
/// A column of numbers, right-aligned.
const NUMBER: &str = "";

/// The opening of a scrolling table with a header row: each column's class
/// and the key of its label.
fn table_head(html: &mut String, ctx: &Ctx, table_class: &str, columns: &[(&str, &str)]) {
    let _ = write!(
        html,
        "<div class=\"scroll\"><table{table_class}>\n<thead><tr>"
    );
    for (class, key) in columns {
        let _ = write!(html, "<th{class}>{}</th>", esc(ctx.l(key)));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
}

pub(super) fn ledger(html: &mut String, a: &Assessed, ctx: &Ctx) {
    let _ = write!(
        html,
        "<section class=\"card\" id=\"pe\">\n<h2>{}</h2>\n",
        esc(ctx.l("ledger"))
    );
    if a.ledger.is_empty() {
        let _ = writeln!(html, "<p>{}</p>\n</section>", esc(ctx.l("ledger_none")));
        return;
    }
    let mut rows: Vec<_> = a.ledger.iter().collect();
    rows.sort_by_key(|r| (r.date, r.activity));
    let hours = |m: Option<u32>| ctx.opt_num(m.map(|m| m as f64 / 60.0), 2);
    table_head(
        html,
        ctx,
        " class=\"ledger\"",
        &[
            (NUMBER, "activity"),
            (TEXT, "date"),
            (TEXT, "title"),
            (TEXT, "kind"),
            (NUMBER, "hours_a"),
            (NUMBER, "hours_b"),
            (NUMBER, "pe_computed"),
            (NUMBER, "pe_counted"),
            (NUMBER, "running_total"),
            (TEXT, "proof"),
        ],
    );
    let mut total = 0.0;
    for r in rows {
        if r.counted {
            total += r.pe_counted;
        }
        let mut marks = Vec::new();
        if !r.counted {
            marks.push(format!(
                "<span class=\"tag nc\">{}</span>",
                esc(ctx.l("not_counted"))
            ));
        }
        if r.counted && r.pe_computed.is_some_and(|c| c > r.pe_counted + 0.005) {
            marks.push(format!(
                "<span class=\"tag cap\">{}</span>",
                esc(ctx.l("capped"))
            ));
        }
        if r.vakoverleg {
            marks.push(format!(
                "<span class=\"tag vo\">{}</span>",
                esc(ctx.l("vakoverleg"))
            ));
        }
        let title = document_link(ctx, (&r.document, None), &r.title, "");
        let proof = match &r.proof_document {
            Some(p) => document_link(ctx, (p, None), p.rsplit('/').next().unwrap_or(p), ""),
            None => esc(ctx.l("unknown")),
        };
        let _ = writeln!(
            html,
            "<tr class=\"{}\"><td>{}</td><td class=\"t\">{}</td><td class=\"t wrap\">{} {}</td><td class=\"t\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"t\">{}</td></tr>",
            if r.counted { "c" } else { "nc" },
            r.activity,
            r.date.map_or_else(|| ctx.l("unknown").to_string(), |d| d.to_string()),
            title,
            marks.join(" "),
            esc(&r.kind),
            hours(r.minutes_attendance),
            hours(r.minutes_preparation),
            ctx.opt_num(r.pe_computed, 2),
            if r.counted { ctx.num(r.pe_counted, 2) } else { format!("<s>{}</s>", ctx.num(r.pe_counted, 2)) },
            ctx.num(total, 2),
            proof
        );
    }
    let counted = a.figures.pe_counted.unwrap_or(total);
    let required = ctx.schemes.get(&a.scheme_id).map(|s| s.pe.min_total);
    let _ = writeln!(
        html,
        "</tbody>\n<tfoot><tr class=\"total\"><td colspan=\"7\">{}: {} {} · {} {}</td><td>{}</td><td></td><td></td></tr></tfoot>\n</table></div>",
        esc(ctx.l("total")),
        esc(ctx.l("required")),
        ctx.opt_num(required, 0),
        esc(ctx.l("claimed")),
        ctx.opt_num(a.figures.pe_claimed, 2),
        ctx.num(counted, 2),
    );
    html.push_str("</section>\n");
}

pub(super) fn intervisions(html: &mut String, a: &Assessed, ctx: &Ctx) {
    let _ = write!(
        html,
        "<section class=\"card\" id=\"intervision\">\n<h2>{} ({} / {})</h2>\n",
        esc(ctx.l("intervision_list")),
        a.figures
            .intervisions_valid
            .map_or_else(|| ctx.l("unknown").to_string(), |v| v.to_string()),
        a.figures.intervisions_submitted
    );
    if a.intervisions.is_empty() {
        let _ = writeln!(
            html,
            "<p>{}</p>\n</section>",
            esc(ctx.l("intervision_none"))
        );
        return;
    }
    table_head(
        html,
        ctx,
        "",
        &[
            (TEXT, "document"),
            (TEXT, "date"),
            (NUMBER, "pages"),
            (TEXT, "verdict"),
            (NUMBER, "score"),
            (TEXT, "deciding"),
            (TEXT, "missing_sections"),
            (TEXT, "counted"),
        ],
    );
    for r in &a.intervisions {
        let name = r.document.rsplit('/').next().unwrap_or(&r.document);
        let doc = document_link(ctx, (&r.document, None), name, "");
        let verdict = r.verdict.as_str();
        let phrases = deciding_phrases(a, &r.document);
        let _ = writeln!(
            html,
            "<tr class=\"{}\"><td class=\"t\">{}</td><td class=\"t\">{}</td><td>{}</td><td class=\"t\"><span class=\"v-{verdict}\">{}</span></td><td>{}</td><td class=\"t wrap\">{}</td><td class=\"t wrap\">{}</td><td class=\"t\">{}</td></tr>",
            if r.counted { "c" } else { "nc" },
            doc,
            r.date.map_or_else(|| ctx.l("unknown").to_string(), |d| d.to_string()),
            r.pages,
            esc(ctx.l(&format!("verdict_{verdict}"))),
            ctx.opt_num(r.casuistiek_score, 2),
            phrases
                .iter()
                .map(|p| format!("<mark>{}</mark>", esc(p)))
                .collect::<Vec<_>>()
                .join(" "),
            esc(&r.missing_sections.join(", ")),
            esc(ctx.yes_no(r.counted)),
        );
    }
    html.push_str("</tbody>\n</table></div>\n</section>\n");
}

/// The phrases that decided a casuïstiek verdict: the quoted phrases of the
/// `INT-CASUISTIEK` evidence for the report.
fn deciding_phrases(a: &Assessed, document: &str) -> Vec<String> {
    let Some(f) = a
        .findings
        .iter()
        .map(|r| &r.finding)
        .find(|f| f.code == "INT-CASUISTIEK" && f.document.as_deref() == Some(document))
    else {
        return Vec::new();
    };
    f.evidence
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

pub(super) fn documents(html: &mut String, a: &Assessed, ctx: &Ctx) {
    let _ = write!(
        html,
        "<section class=\"card\" id=\"documents\">\n<h2>{} ({})</h2>\n",
        esc(ctx.l("documents")),
        a.documents.len(),
    );
    table_head(
        html,
        ctx,
        "",
        &[
            (TEXT, "document"),
            (TEXT, "doc_type"),
            (NUMBER, "pages"),
            (TEXT, "signature"),
            (TEXT, "language"),
            (TEXT, "problem"),
        ],
    );
    let prefix = format!("{}/", a.candidate_id);
    for d in &a.documents {
        let shown = d.document.strip_prefix(&prefix).unwrap_or(&d.document);
        let doc = document_link(ctx, (&d.document, None), shown, "doc");
        let doc_type = match ctx.lang {
            Lang::Nl => d.doc_type.dutch_name(),
            Lang::En if d.doc_type == DocType::Onbekend => "unknown",
            Lang::En => d.doc_type.dutch_name(),
        };
        let signature = match d.signature.as_str() {
            s @ ("none" | "digital" | "form" | "visual") => {
                ctx.l(&format!("signature_{s}")).to_string()
            }
            other => other.to_string(),
        };
        let _ = writeln!(
            html,
            "<tr><td class=\"t wrap\">{doc}</td><td class=\"t\">{}</td><td>{}</td><td class=\"t\">{}</td><td class=\"t\">{}</td><td class=\"t wrap\">{}</td></tr>",
            esc(doc_type),
            d.pages,
            esc(&signature),
            esc(&d.language),
            esc(&d.error),
        );
    }
    html.push_str("</tbody>\n</table></div>\n</section>\n");
}
