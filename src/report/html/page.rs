//! One dossier's page: the outcome and its reasons first, then every finding
//! with its document, page, evidence and (where it helps) a picture, the
//! letter for an `aanvulling`, the PE ledger, the intervision reports, work
//! experience and the documents read.
//!
//! The tables of what was read (ledger, intervision reports, documents) are
//! in `tables`; this module draws the outcome, the findings and the
//! employment timeline.

mod tables;

use super::picture::Shot;
use super::{esc, head, Ctx};
use crate::assess::{Assessed, Employment, EmploymentPeriod, Outcome, RatedFinding};
use crate::model::{Certainty, Severity};
use crate::report::short_evidence;
use jiff::civil::Date;
use std::fmt::Write;

pub(super) fn render(
    a: &Assessed,
    stem: &str,
    letter: Option<&str>,
    shots: &[Shot],
    ctx: &Ctx,
) -> String {
    let mut html = String::with_capacity(32 * 1024);
    let title = match &a.candidate_name {
        Some(n) => format!("{} · {n}", a.candidate_id),
        None => a.candidate_id.clone(),
    };
    head(&mut html, ctx.lang, &title, None);
    let _ = write!(
        html,
        "<body>\n<main>\n<nav><a href=\"index.html\">← {}</a></nav>\n",
        esc(ctx.l("back"))
    );
    let scheme_name = ctx
        .schemes
        .get(&a.scheme_id)
        .map_or(a.scheme_id.clone(), |s| s.name.clone());
    let _ = write!(
        html,
        "<header class=\"top o-{}\">\n<h1>{}</h1>\n<p class=\"sub\">{} · <span class=\"badge o-{}\">{}</span></p>\n</header>\n",
        a.outcome.as_str(),
        esc(&title),
        esc(&scheme_name),
        a.outcome.as_str(),
        esc(ctx.outcome(a.outcome))
    );
    reasons(&mut html, a, ctx);
    if let Some(text) = letter {
        let _ = write!(
            html,
            "<section class=\"card\" id=\"letter\">\n<h2>{}</h2>\n<pre class=\"letter\">{}</pre>\n<p class=\"note\">{} <a href=\"{}.txt\">{}.txt</a></p>\n</section>\n",
            esc(ctx.l("letter")),
            esc(text),
            esc(ctx.l("letter_note")),
            esc(stem),
            esc(stem)
        );
    }
    findings(&mut html, a, shots, ctx);
    tables::ledger(&mut html, a, ctx);
    tables::intervisions(&mut html, a, ctx);
    work(&mut html, a, ctx);
    tables::documents(&mut html, a, ctx);
    let _ = write!(
        html,
        "<footer class=\"note\">{}</footer>\n</main>\n</body>\n</html>\n",
        esc(ctx.l("generated"))
    );
    html
}

/// The outcome in words: what decides it, then what is only noted.
fn reasons(html: &mut String, a: &Assessed, ctx: &Ctx) {
    let key = match a.outcome {
        Outcome::Afwijzing => "reasons_afwijzing",
        Outcome::Aanvulling => "reasons_aanvulling",
        Outcome::Toekenning => "reasons_toekenning",
    };
    let _ = write!(
        html,
        "<section class=\"card reasons\">\n<p class=\"lead\">{}</p>\n",
        esc(ctx.l(key))
    );
    let deciding: Vec<(usize, &RatedFinding)> = a
        .findings
        .iter()
        .enumerate()
        .filter(|(_, r)| r.severity >= Severity::Supplement)
        .collect();
    let notes: Vec<(usize, &RatedFinding)> = a
        .findings
        .iter()
        .enumerate()
        .filter(|(_, r)| r.severity < Severity::Supplement)
        .collect();
    reason_list(html, &deciding, ctx);
    if !notes.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", esc(ctx.l("reasons_notes")));
        reason_list(html, &notes, ctx);
    }
    html.push_str("</section>\n");
}

fn reason_list(html: &mut String, items: &[(usize, &RatedFinding)], ctx: &Ctx) {
    if items.is_empty() {
        return;
    }
    html.push_str("<ul class=\"why\">\n");
    for (i, r) in items {
        let _ = writeln!(
            html,
            "<li class=\"sev-{}\"><a href=\"#f{}\"><strong>{}</strong></a>: {}</li>",
            r.severity.as_str(),
            i + 1,
            esc(ctx.cat.name(&r.finding.code, ctx.lang)),
            esc(r.finding.message.get(ctx.lang))
        );
    }
    html.push_str("</ul>\n");
}

/// Every finding of `findings.csv` for this dossier, and nothing else, each
/// as one `li.finding` carrying its code, severity, document and page.
fn findings(html: &mut String, a: &Assessed, shots: &[Shot], ctx: &Ctx) {
    let _ = write!(
        html,
        "<section class=\"card\" id=\"findings\">\n<h2>{} ({})</h2>\n",
        esc(ctx.l("all_findings")),
        a.findings.len()
    );
    if a.findings.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", esc(ctx.l("no_findings")));
    }
    html.push_str("<ol class=\"findings\">\n");
    for (i, r) in a.findings.iter().enumerate() {
        let f = &r.finding;
        let page_attr = f.page.map_or(String::new(), |p| p.to_string());
        let _ = write!(
            html,
            "<li class=\"finding sev-{sev}{unsure}\" id=\"f{n}\" data-code=\"{code}\" data-severity=\"{sev}\" data-document=\"{doc}\" data-page=\"{page_attr}\">\n\
<div class=\"fh\"><span class=\"sev\">{sev_name}</span>{check} <strong>{name}</strong> <code>{code}</code></div>\n\
<p class=\"msg\">{msg}</p>\n",
            check = match f.certainty {
                Certainty::Unsure => format!(" <span class=\"check\">{}</span>", esc(ctx.l("to_check"))),
                Certainty::Sure => String::new(),
            },
            sev = r.severity.as_str(),
            unsure = if f.certainty == Certainty::Unsure { " unsure" } else { "" },
            n = i + 1,
            code = esc(&f.code),
            doc = esc(f.document.as_deref().unwrap_or("")),
            sev_name = esc(ctx.severity(r.severity)),
            name = esc(ctx.cat.name(&f.code, ctx.lang)),
            msg = esc(f.message.get(ctx.lang)),
        );
        let _ = writeln!(
            html,
            "<p class=\"where\">{}: {}</p>",
            esc(ctx.l("document")),
            document_ref(f.document.as_deref(), f.page, ctx)
        );
        let evidence = short_evidence(&f.evidence);
        if !evidence.is_empty() {
            let _ = writeln!(
                html,
                "<p class=\"ev\"><span>{}:</span> <q>{}</q></p>",
                esc(ctx.l("evidence")),
                esc(&evidence)
            );
        }
        for shot in shots.iter().filter(|s| s.finding == i) {
            let _ = writeln!(
                html,
                "<figure><img src=\"{}\" alt=\"{} ({}, {} {})\" data-source=\"{}#page={}\" loading=\"lazy\"></figure>",
                esc(&shot.file),
                esc(ctx.l("picture_alt")),
                esc(&shot.document),
                esc(ctx.l("page")),
                shot.page,
                esc(&shot.document),
                shot.page
            );
        }
        if let Some(e) = ctx.cat.entry(&f.code) {
            let _ = writeln!(
                html,
                "<details><summary>{}</summary><p>{}</p><p><b>{}:</b> {}</p></details>",
                esc(ctx.l("rule")),
                esc(e.rule.get(ctx.lang)),
                esc(ctx.l("action")),
                esc(e.action.get(ctx.lang))
            );
        }
        html.push_str("</li>\n");
    }
    html.push_str("</ol>\n</section>\n");
}

/// A document as a link to its page, or the dossier as a whole.
fn document_ref(document: Option<&str>, page: Option<u32>, ctx: &Ctx) -> String {
    let Some(doc) = document else {
        return esc(ctx.l("dossier_level"));
    };
    let label = match page {
        Some(p) => format!("{doc}, {} {p}", ctx.l("page")),
        None => doc.to_string(),
    };
    document_link(ctx, (doc, page), &label, "doc")
}

/// `text` as a link to the document (at its page), in the `class` given
/// (none when empty); the text alone when the document cannot be linked.
fn document_link(
    ctx: &Ctx,
    (document, page): (&str, Option<u32>),
    text: &str,
    class: &str,
) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    match ctx.links.document(document, page) {
        Some(href) => format!("<a{class} href=\"{}\">{}</a>", esc(&href), esc(text)),
        None => esc(text),
    }
}

fn work(html: &mut String, a: &Assessed, ctx: &Ctx) {
    let f = &a.figures;
    let _ = write!(
        html,
        "<section class=\"card\" id=\"work\">\n<h2>{}</h2>\n<dl class=\"figs\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n</dl>\n",
        esc(ctx.l("employment")),
        esc(ctx.l("work_years")),
        ctx.opt_num(f.work_years, 2),
        esc(ctx.l("avg_fte")),
        ctx.opt_num(f.avg_fte, 2),
        esc(ctx.l("currently_employed")),
        f.currently_employed
            .map_or_else(|| ctx.l("unknown").to_string(), |v| ctx.yes_no(v).to_string()),
    );
    if a.employment.periods.is_empty() {
        let _ = writeln!(
            html,
            "<p class=\"note\">{}</p>",
            esc(ctx.l("timeline_none"))
        );
    } else {
        html.push_str(&timeline(&a.employment, ctx));
    }
    html.push_str("</section>\n");
}

/// A date as a fractional year, for placing it on the timeline.
fn year_of(d: Date) -> f64 {
    d.year() as f64 + (d.day_of_year() as f64 - 1.0) / d.days_in_year() as f64
}

/// The employment periods as bars on a time axis, with the reference window
/// drawn behind them; a bar's label gives the role and the FTE.
fn timeline(e: &Employment, ctx: &Ctx) -> String {
    const W: f64 = 1000.0;
    const LEFT: f64 = 10.0;
    const ROW: f64 = 36.0;
    const TOP: f64 = 26.0;
    let window = e.window.map(|(a, b)| (year_of(a), year_of(b)));
    let end_of = |p: &EmploymentPeriod| {
        p.end
            .map(year_of)
            .or(window.map(|w| w.1))
            .unwrap_or_else(|| year_of(p.start) + 1.0)
    };
    let mut lo = e
        .periods
        .iter()
        .map(|p| year_of(p.start))
        .fold(f64::MAX, f64::min);
    let mut hi = e.periods.iter().map(end_of).fold(f64::MIN, f64::max);
    if let Some((a, b)) = window {
        lo = lo.min(a).max(a - 4.0);
        hi = hi.max(b).min(b + 1.0);
    }
    let (lo, hi) = (lo.floor(), hi.ceil().max(lo.floor() + 1.0));
    let x = |y: f64| LEFT + (y.clamp(lo, hi) - lo) / (hi - lo) * (W - 2.0 * LEFT);
    let height = TOP + ROW * e.periods.len() as f64 + 24.0;
    let mut svg = format!(
        "<svg class=\"timeline\" viewBox=\"0 0 {W} {height}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">\n",
        esc(ctx.l("employment"))
    );
    if let (Some((a, b)), Some((da, db))) = (window, e.window) {
        let _ = writeln!(
            svg,
            "<rect x=\"{:.1}\" y=\"{}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#e6eef7\" stroke=\"#2f5d8a\" stroke-dasharray=\"4 3\"/>\n<text x=\"{:.1}\" y=\"16\" font-size=\"13\" fill=\"#2f5d8a\">{} {da} – {db}</text>",
            x(a),
            TOP - 4.0,
            x(b) - x(a),
            ROW * e.periods.len() as f64 + 8.0,
            x(a) + 4.0,
            esc(ctx.l("reference_window")),
        );
    }
    for (i, p) in e.periods.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let (x0, x1) = (x(year_of(p.start)), x(end_of(p)));
        let fill = if p.in_role { "#1e7b3c" } else { "#9aa4ae" };
        let label = format!(
            "{} · {} {}",
            p.role,
            p.fte
                .map_or_else(|| ctx.l("unknown").to_string(), |f| ctx.num(f, 2)),
            "fte"
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"3\" fill=\"{fill}\" opacity=\"{:.2}\"><title>{} – {}</title></rect>\n<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#1d2733\">{}</text>",
            y + 2.0,
            (x1 - x0).max(2.0),
            ROW - 22.0,
            0.35 + 0.65 * p.fte.unwrap_or(0.5).clamp(0.0, 1.0),
            p.start,
            p.end.map_or_else(|| "…".to_string(), |d| d.to_string()),
            x0 + 4.0,
            y + 30.0,
            esc(&label),
        );
    }
    let axis = TOP + ROW * e.periods.len() as f64 + 6.0;
    let _ = writeln!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"{axis}\" x2=\"{:.1}\" y2=\"{axis}\" stroke=\"#5b6673\"/>",
        W - LEFT
    );
    let mut year = lo as i64;
    while year as f64 <= hi {
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#5b6673\" text-anchor=\"middle\">{year}</text>",
            x(year as f64).clamp(LEFT + 14.0, W - LEFT - 14.0),
            axis + 15.0
        );
        year += 1;
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalogue::catalogue;
    use crate::report::html::links::Links;
    use crate::scheme::SchemeSet;

    fn date(s: &str) -> Date {
        s.parse().expect("date") // ok: test
    }

    #[test]
    fn the_timeline_draws_each_period_and_the_reference_window() {
        let tmp = tempfile::tempdir().expect("tempdir"); // ok: test
        let (schemes, _) = SchemeSet::new("rib").expect("shipped schemes"); // ok: test
        let ctx = Ctx {
            lang: crate::model::Lang::Nl,
            cat: catalogue(),
            links: Links::new(tmp.path(), tmp.path()),
            schemes: &schemes,
        };
        let employment = Employment {
            window: Some((date("2020-09-02"), date("2024-09-02"))),
            periods: vec![
                EmploymentPeriod {
                    role: "Medewerker klantcontact".into(),
                    start: date("2018-01-01"),
                    end: Some(date("2022-05-31")),
                    fte: Some(1.0),
                    in_role: false,
                },
                EmploymentPeriod {
                    role: "Klantmanager re-integratie".into(),
                    start: date("2022-06-01"),
                    end: None,
                    fte: Some(0.8),
                    in_role: true,
                },
            ],
        };
        let svg = timeline(&employment, &ctx);
        assert_eq!(
            svg.matches("<rect").count(),
            3,
            "window and two bars: {svg}"
        );
        assert!(svg.contains("referentieperiode 2020-09-02 – 2024-09-02"));
        assert!(svg.contains("Klantmanager re-integratie · 0,80 fte"));
        assert!(svg.contains("2022-06-01 – …"), "an ongoing period");
        // The axis starts before the window, at most four years back.
        assert!(svg.contains(">2018</text>") && svg.contains(">2025</text>"));
    }
}
