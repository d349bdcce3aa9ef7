//! `html/index.html`: one table of every dossier, those needing action
//! first (afwijzing, then aanvulling), then by candidate. A small inline
//! script sorts by any column; without it the page is complete as served.

use super::{esc, head, Ctx};
use crate::assess::{Assessed, Outcome};
use crate::model::Severity;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// Sorts the table by a clicked header; each cell's `data-k` is its key.
const SORT_SCRIPT: &str = "document.querySelectorAll('th[data-col]').forEach(function(th){th.tabIndex=0;function go(){var b=th.closest('table').tBodies[0],i=th.cellIndex,d=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';th.parentNode.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});th.setAttribute('aria-sort',d);var r=Array.prototype.slice.call(b.rows);r.sort(function(x,y){var p=x.cells[i].getAttribute('data-k'),q=y.cells[i].getAttribute('data-k'),n=parseFloat(p)-parseFloat(q),c=isNaN(n)?p.localeCompare(q):n;return d==='ascending'?c:-c});r.forEach(function(x){b.appendChild(x)})}th.addEventListener('click',go);th.addEventListener('keydown',function(e){if(e.key==='Enter'){go()}})});";

/// The CSP source that allows exactly [`SORT_SCRIPT`].
fn script_hash() -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(SORT_SCRIPT.as_bytes()))
    )
}

/// Action first: afwijzing, aanvulling, toekenning.
fn urgency(o: Outcome) -> u8 {
    match o {
        Outcome::Afwijzing => 0,
        Outcome::Aanvulling => 1,
        Outcome::Toekenning => 2,
    }
}

pub(super) fn render(dossiers: &[Assessed], stems: &[String], ctx: &Ctx) -> String {
    let mut html = String::with_capacity(16 * 1024 + dossiers.len() * 600);
    head(
        &mut html,
        ctx.lang,
        ctx.l("index_title"),
        Some(&script_hash()),
    );
    let count = |o: Outcome| dossiers.iter().filter(|a| a.outcome == o).count();
    let _ = write!(
        html,
        "<body>\n<main>\n<header class=\"top\">\n<h1>{}</h1>\n<p class=\"sub\">{} {} · <span class=\"badge o-afwijzing\">{} {}</span> <span class=\"badge o-aanvulling\">{} {}</span> <span class=\"badge o-toekenning\">{} {}</span></p>\n<p class=\"note\">{}</p>\n</header>\n",
        esc(ctx.l("index_title")),
        dossiers.len(),
        esc(ctx.l("dossiers")),
        count(Outcome::Afwijzing),
        esc(ctx.outcome(Outcome::Afwijzing)),
        count(Outcome::Aanvulling),
        esc(ctx.outcome(Outcome::Aanvulling)),
        count(Outcome::Toekenning),
        esc(ctx.outcome(Outcome::Toekenning)),
        esc(ctx.l("index_intro")),
    );
    let mut order: Vec<usize> = (0..dossiers.len()).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&dossiers[x], &dossiers[y]);
        (urgency(a.outcome), &a.candidate_id).cmp(&(urgency(b.outcome), &b.candidate_id))
    });
    let headers = [
        ("candidate", "t"),
        ("name", "t"),
        ("scheme", "t"),
        ("outcome", "t"),
        ("pe", ""),
        ("intervisions", ""),
        ("work", ""),
        ("severity_reject", ""),
        ("severity_supplement", ""),
        ("severity_warning", ""),
    ];
    html.push_str(
        "<section class=\"card\">\n<div class=\"scroll\"><table class=\"index\">\n<thead><tr>",
    );
    for (i, (key, class)) in headers.iter().enumerate() {
        let _ = write!(
            html,
            "<th data-col=\"{i}\" class=\"{class}\" title=\"{}\">{}</th>",
            esc(ctx.l(key)),
            esc(ctx.l(key))
        );
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for i in order {
        let a = &dossiers[i];
        let f = &a.figures;
        let num_key = |v: Option<f64>| v.map_or_else(|| "-1".to_string(), |v| format!("{v:.4}"));
        let _ = writeln!(
            html,
            "<tr class=\"o-{o}\"><td class=\"t\" data-k=\"{id}\"><a href=\"{stem}.html\">{id}</a></td><td class=\"t\" data-k=\"{name}\">{name}</td><td class=\"t\" data-k=\"{scheme}\">{scheme}</td><td class=\"t\" data-k=\"{u}\"><span class=\"badge o-{o}\">{outcome}</span></td><td data-k=\"{pek}\">{pe}</td><td data-k=\"{ivk}\">{iv} / {ivs}</td><td data-k=\"{wk}\">{w}</td><td data-k=\"{r}\">{r}</td><td data-k=\"{s}\">{s}</td><td data-k=\"{wa}\">{wa}</td></tr>",
            o = a.outcome.as_str(),
            id = esc(&a.candidate_id),
            stem = esc(&stems[i]),
            name = esc(a.candidate_name.as_deref().unwrap_or("")),
            scheme = esc(&a.scheme_id),
            u = urgency(a.outcome),
            outcome = esc(ctx.outcome(a.outcome)),
            pek = num_key(f.pe_counted),
            pe = ctx.opt_num(f.pe_counted, 2),
            ivk = f.intervisions_valid.map_or(-1, |v| v as i64),
            iv = f
                .intervisions_valid
                .map_or_else(|| ctx.l("unknown").to_string(), |v| v.to_string()),
            ivs = f.intervisions_submitted,
            wk = num_key(f.work_years),
            w = ctx.opt_num(f.work_years, 2),
            r = a.count(Severity::Reject),
            s = a.count(Severity::Supplement),
            wa = a.count(Severity::Warning),
        );
    }
    html.push_str("</tbody>\n</table></div>\n</section>\n");
    let _ = write!(
        html,
        "<footer class=\"note\">{}</footer>\n</main>\n<script>{SORT_SCRIPT}</script>\n</body>\n</html>\n",
        esc(ctx.l("generated"))
    );
    html
}
