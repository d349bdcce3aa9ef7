//! `dashboard.html`: one self-contained page for management. Inline CSS and
//! inline SVG only; a Content-Security-Policy forbids scripts and any outside
//! resource, so the page cannot reach the network even if a label tried to.
//! Dutch labels, finding names in words from the catalogue, a print
//! stylesheet for A4. Management first (dossiers that need action, outcome
//! rates per cohort and per run, findings by severity); processing time sits
//! in a small operator section at the end. Times are shown to the minute. No
//! timestamp of its own: the same figures give the same bytes.
//!
//! The stylesheet is `dashboard.css`; the sections drawn from the run
//! history are in `runs`.

mod runs;

use super::metrics::{Action, ScopeStats, Stats, OUTCOMES};
use super::svg::{self, esc, nl, pct, Bar, OutcomeRow};
use crate::model::catalogue::catalogue;
use crate::model::Lang;
use std::fmt::Write;
use std::path::Path;

/// Dossiers listed as needing action at most (the rest are counted).
const ACTION_ROWS: usize = 60;

/// Severity colours: the outcome colours for what decides an outcome.
fn severity_color(severity: &str) -> &'static str {
    match severity {
        "reject" => "#b83227",
        "supplement" => "#c98a00",
        "info" => "#2f5d8a",
        _ => "#7b8794",
    }
}

const STYLE: &str = include_str!("dashboard.css");

/// The whole page.
pub(super) fn render(stats: &Stats, out: &Path) -> String {
    let mut html = String::with_capacity(64 * 1024);
    html.push_str(concat!(
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        "<meta name=\"color-scheme\" content=\"light\">\n",
        "<title>Hercertificering – managementoverzicht</title>\n<style>",
    ));
    html.push_str(STYLE);
    html.push_str("</style>\n</head>\n<body>\n<main>\n");
    header(&mut html, stats);
    kpis(&mut html, &stats.all);
    html.push_str("<div class=\"grid\">\n");
    action(&mut html, &stats.action, out);
    outcomes(&mut html, stats);
    if let Some(runs) = &stats.runs {
        runs::outcome_trend(&mut html, runs);
    }
    findings(&mut html, &stats.all);
    pe(&mut html, &stats.all);
    shares(&mut html, stats);
    cohort_table(&mut html, stats);
    definitions(&mut html);
    html.push_str("</div>\n");
    if let Some(runs) = &stats.runs {
        // Processing time is for whoever runs hercert, not for management.
        html.push_str(
            "<section class=\"ops\">\n<h2>Voor de beheerder</h2>\n<div class=\"grid\">\n",
        );
        runs::trend(&mut html, runs);
        runs::run_table(&mut html, runs);
        html.push_str("</div>\n</section>\n");
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

fn header(html: &mut String, stats: &Stats) {
    let names: Vec<&str> = stats.cohorts.iter().map(|c| c.name.as_str()).collect();
    let shown = if names.len() > 8 {
        format!("{} en {} andere", names[..8].join(", "), names.len() - 8)
    } else {
        names.join(", ")
    };
    let history = match &stats.runs {
        Some(runs) => format!("runhistorie: {} runs", runs.len()),
        None => "zonder runhistorie".to_string(),
    };
    let _ = write!(
        html,
        "<header>\n<h1>Hercertificering – managementoverzicht</h1>\n<p class=\"sub\">{} {}: {} · {} dossiers · {}</p>\n</header>\n",
        stats.cohorts.len(),
        if stats.cohorts.len() == 1 { "cohort" } else { "cohorten" },
        esc(&shown),
        stats.all.dossiers,
        esc(&history)
    );
}

fn kpis(html: &mut String, all: &ScopeStats) {
    let opt = |v: Option<f64>, places: usize| v.map_or_else(|| "–".to_string(), |v| nl(v, places));
    let tiles = [
        (all.dossiers.to_string(), "dossiers".to_string()),
        (
            pct(all.outcome_rate(0)),
            format!("toekenning ({})", all.outcomes[0]),
        ),
        (
            pct(all.outcome_rate(1)),
            format!("aanvulling ({})", all.outcomes[1]),
        ),
        (
            pct(all.outcome_rate(2)),
            format!("afwijzing ({})", all.outcomes[2]),
        ),
        (
            opt(all.pe_median, 1),
            format!(
                "mediaan PE-punten (P10 {} · P90 {})",
                opt(all.pe_p10, 1),
                opt(all.pe_p90, 1)
            ),
        ),
        (
            pct(all.vakoverleg_share),
            "aandeel vakoverleg in de PE".to_string(),
        ),
        (
            pct(all.misfiling_rate),
            "intervisieverslagen die casuïstiek zijn".to_string(),
        ),
        (
            opt(all.documents_per_dossier, 1),
            "documenten per dossier".to_string(),
        ),
        (
            all.documents_unreadable
                .map_or_else(|| "–".to_string(), |n| n.to_string()),
            "onleesbare documenten".to_string(),
        ),
        (
            all.findings_total
                .map_or_else(|| "–".to_string(), |n| n.to_string()),
            "bevindingen".to_string(),
        ),
    ];
    html.push_str("<section class=\"kpis\" aria-label=\"Kerncijfers\">\n");
    for (value, label) in tiles {
        let _ = writeln!(
            html,
            "<div class=\"kpi\"><span class=\"v\">{}</span><span class=\"l\">{}</span></div>",
            esc(&value),
            esc(&label)
        );
    }
    html.push_str("</section>\n");
}

fn card(html: &mut String, class: &str, title: &str, body: &str, note: &str) {
    let _ = write!(
        html,
        "<section class=\"card {class}\">\n<h2>{}</h2>\n{body}\n",
        esc(title)
    );
    if !note.is_empty() {
        let _ = writeln!(html, "<p class=\"note\">{note}</p>");
    }
    html.push_str("</section>\n");
}

fn outcomes(html: &mut String, stats: &Stats) {
    let mut rows = Vec::new();
    if stats.cohorts.len() > 1 {
        rows.push(OutcomeRow {
            label: "Alle cohorten".into(),
            counts: stats.all.outcomes,
            emphasis: true,
        });
    }
    rows.extend(stats.cohorts.iter().map(|c| OutcomeRow {
        label: c.name.clone(),
        counts: c.outcomes,
        emphasis: false,
    }));
    let chart = svg::stacked_outcomes(&rows, OUTCOMES);
    card(
        html,
        "wide",
        "Uitkomsten per cohort",
        &chart,
        "Aandeel van de dossiers per uitkomst; n is het aantal dossiers met een uitkomst.",
    );
}

fn findings(html: &mut String, all: &ScopeStats) {
    let bars: Vec<Bar> = all
        .top_findings
        .iter()
        .map(|(code, count, dossiers)| {
            let severity = all.finding_severity.get(code).map_or("", String::as_str);
            Bar {
                label: catalogue().name(code, Lang::Nl).to_string(),
                value: *count as f64,
                text: format!("{count} · {dossiers} dossiers"),
                title: format!("{code}: {count} bevindingen in {dossiers} dossiers"),
                emphasis: false,
                color: Some(severity_color(severity)),
            }
        })
        .collect();
    let empty = if all.findings_total.is_none() {
        "Geen findings.csv in (een van) de rapportsets"
    } else {
        "Geen bevindingen"
    };
    let chart = svg::hbars(
        &bars,
        "#2f5d8a",
        false,
        "Meest voorkomende bevindingen",
        empty,
    );
    card(
        html,
        "half",
        "Meest voorkomende bevindingen",
        &chart,
        "De tien bevindingen die het vaakst voorkomen, alle cohorten samen: aantal bevindingen · aantal dossiers. Kleur: <span class=\"sw\" style=\"background:#b83227\"></span> afwijzing, <span class=\"sw\" style=\"background:#c98a00\"></span> aanvulling, <span class=\"sw\" style=\"background:#7b8794\"></span> let op, <span class=\"sw\" style=\"background:#2f5d8a\"></span> info. <code>hercert explain CODE</code> legt een bevinding uit.",
    );
}

fn pe(html: &mut String, all: &ScopeStats) {
    let chart = svg::histogram(
        &all.pe_values,
        &[
            ("P10", all.pe_p10),
            ("Mediaan", all.pe_median),
            ("P90", all.pe_p90),
        ],
        "meegetelde PE-punten per dossier",
    );
    let note = format!(
        "{} dossiers met PE-punten. P10, mediaan en P90 met lineaire interpolatie (als PERCENTIEL.INC in Excel).",
        all.pe_values.len()
    );
    card(html, "half", "Verdeling PE-punten", &chart, &esc(&note));
}

fn shares(html: &mut String, stats: &Stats) {
    let scopes: Vec<(&ScopeStats, bool)> = if stats.cohorts.len() > 1 {
        std::iter::once((&stats.all, true))
            .chain(stats.cohorts.iter().map(|c| (c, false)))
            .collect()
    } else {
        stats.cohorts.iter().map(|c| (c, false)).collect()
    };
    let label = |s: &ScopeStats, all: bool| {
        if all {
            "Alle cohorten".to_string()
        } else {
            s.name.clone()
        }
    };
    let bars = |get: fn(&ScopeStats) -> Option<f64>, what: &str| -> Vec<Bar> {
        scopes
            .iter()
            .filter_map(|(s, all)| {
                let v = get(s)?;
                Some(Bar {
                    label: label(s, *all),
                    value: v,
                    text: pct(Some(v)),
                    title: format!("{}: {} {what}", label(s, *all), pct(Some(v))),
                    emphasis: *all,
                    color: None,
                })
            })
            .collect()
    };
    let misfiled = svg::hbars(
        &bars(
            |s| s.misfiling_rate,
            "van de intervisieverslagen is casuïstiek",
        ),
        "#7a4fa3",
        true,
        "Casuïstiek ingediend als intervisie",
        "Geen intervisiegegevens",
    );
    card(
        html,
        "half",
        "Casuïstiek ingediend als intervisie",
        &misfiled,
        "Aandeel van de ingediende intervisieverslagen dat casuïstiek blijkt te zijn (<code>casuistiek.misfiling_rate</code>).",
    );
    let vakoverleg = svg::hbars(
        &bars(
            |s| s.vakoverleg_share,
            "van de PE-punten komt uit vakoverleg",
        ),
        "#2a8c8c",
        true,
        "Aandeel vakoverleg in de PE-punten",
        "Geen PE-gegevens",
    );
    card(
        html,
        "half",
        "Aandeel vakoverleg in de PE-punten",
        &vakoverleg,
        "Meegetelde PE-punten uit vakoverleg gedeeld door alle meegetelde PE-punten (<code>vakoverleg.share</code>).",
    );
}

/// The dossiers that need action, afwijzing first, each with its page.
fn action(html: &mut String, rows: &[Action], out: &Path) {
    if rows.is_empty() {
        card(
            html,
            "wide",
            "Dossiers die actie vragen",
            "<p>Geen: alle dossiers zijn toegekend.</p>",
            "",
        );
        return;
    }
    let mut body = String::from(
        "<div class=\"scroll\"><table class=\"action\">\n<thead><tr><th class=\"t\">Cohort</th><th class=\"t\">Kandidaat</th><th class=\"t\">Uitkomst</th><th class=\"t\">Wat ontbreekt of niet klopt</th></tr></thead>\n<tbody>\n",
    );
    let cat = catalogue();
    for r in rows.iter().take(ACTION_ROWS) {
        let candidate = match r
            .page
            .as_deref()
            .and_then(|p| crate::report::html::links::href(out, p))
        {
            Some(href) => format!("<a href=\"{}\">{}</a>", esc(&href), esc(&r.candidate)),
            None => esc(&r.candidate),
        };
        let reasons: Vec<String> = r
            .reasons
            .iter()
            .map(|code| esc(cat.name(code, Lang::Nl)))
            .collect();
        let _ = writeln!(
            body,
            "<tr><td class=\"t\">{}</td><td class=\"t\">{candidate}</td><td class=\"t\"><span class=\"badge o-{o}\">{o}</span></td><td class=\"t wrap\">{}</td></tr>",
            esc(&r.cohort),
            reasons.join(" · "),
            o = esc(&r.outcome),
        );
    }
    body.push_str("</tbody></table></div>");
    let afwijzing = rows.iter().filter(|r| r.outcome == "afwijzing").count();
    let note = if rows.len() > ACTION_ROWS {
        format!(
            "De eerste {ACTION_ROWS} van {} dossiers; de rest staat in <code>dossiers.csv</code>.",
            rows.len()
        )
    } else {
        "Een kandidaatnummer opent de pagina van het dossier, met de brief voor een aanvulling."
            .to_string()
    };
    card(
        html,
        "wide",
        &format!(
            "Dossiers die actie vragen: {afwijzing} afgewezen, {} wachten op aanvulling",
            rows.len() - afwijzing
        ),
        &body,
        &note,
    );
}

fn cohort_table(html: &mut String, stats: &Stats) {
    let mut body = String::from(
        "<div class=\"scroll\"><table class=\"cohorts\">\n<thead><tr><th>Cohort</th><th>Dossiers</th><th>Toekenning</th><th>Aanvulling</th><th>Afwijzing</th><th>PE P10</th><th>PE mediaan</th><th>PE P90</th><th>Vakoverleg</th><th>Casuïstiek</th><th>Docs/dossier</th><th>Onleesbaar</th><th>Bevindingen</th></tr></thead>\n<tbody>\n",
    );
    let opt = |v: Option<f64>, places: usize| v.map_or_else(|| "–".to_string(), |v| nl(v, places));
    let count = |v: Option<usize>| v.map_or_else(|| "–".to_string(), |n| n.to_string());
    let mut row = |s: &ScopeStats, label: &str, class: &str| {
        let cells = [
            label.to_string(),
            s.dossiers.to_string(),
            pct(s.outcome_rate(0)),
            pct(s.outcome_rate(1)),
            pct(s.outcome_rate(2)),
            opt(s.pe_p10, 1),
            opt(s.pe_median, 1),
            opt(s.pe_p90, 1),
            pct(s.vakoverleg_share),
            pct(s.misfiling_rate),
            opt(s.documents_per_dossier, 1),
            count(s.documents_unreadable),
            count(s.findings_total),
        ];
        let _ = write!(body, "<tr{class}>");
        for cell in cells {
            let _ = write!(body, "<td>{}</td>", esc(&cell));
        }
        body.push_str("</tr>\n");
    };
    for c in &stats.cohorts {
        row(c, &c.name, "");
    }
    if stats.cohorts.len() > 1 {
        row(&stats.all, "Alle cohorten", " class=\"total\"");
    }
    body.push_str("</tbody></table></div>");
    card(
        html,
        "wide",
        "Kerncijfers per cohort",
        &body,
        "Percentages van de uitkomsten over alle dossiers van het cohort; een streepje betekent: niet te berekenen uit de rapporten.",
    );
}

fn definitions(html: &mut String) {
    let body = r#"<dl>
<dt>Uitkomst</dt><dd><code>toekenning</code>, <code>aanvulling</code> of <code>afwijzing</code>, zoals <code>hercert audit</code> die per dossier vaststelt (<code>dossiers.csv</code>).</dd>
<dt>PE-punten</dt><dd>De meegetelde PE-punten per dossier (<code>pe_counted</code>). P10, mediaan en P90: lineaire interpolatie tussen de dichtstbijzijnde rangen, zoals PERCENTIEL.INC in Excel.</dd>
<dt>Aandeel vakoverleg</dt><dd>Som van de meegetelde vakoverleg-PE gedeeld door de som van alle meegetelde PE, over de dossiers waar beide bekend zijn.</dd>
<dt>Casuïstiek ingediend als intervisie</dt><dd>Aantal intervisieverslagen dat casuïstiek blijkt te zijn, gedeeld door het aantal ingediende intervisieverslagen.</dd>
<dt>Documenten per dossier</dt><dd>Gemiddeld aantal aangeleverde bestanden per dossier; onleesbaar zijn bestanden met een foutmelding in <code>documents.csv</code>.</dd>
<dt>Verwerkingstijd</dt><dd>Duur van een run volgens de runhistorie, en die duur gedeeld door het aantal gelezen documenten.</dd>
<dt>Bevindingen</dt><dd>Regels uit <code>findings.csv</code>, elke ernst meegeteld, met hun naam in woorden en gekleurd naar de zwaarste ernst waarmee ze voorkwamen; <code>hercert explain CODE</code> geeft de regel en wat de kandidaat kan doen.</dd>
<dt>Dossiers die actie vragen</dt><dd>Afgewezen dossiers en dossiers die op aanvulling wachten, met de bevindingen die de uitkomst bepalen (ernst afwijzing of aanvulling).</dd>
</dl>"#;
    card(
        html,
        "wide",
        "Toelichting",
        body,
        "Gemaakt met <code>hercert stats</code>. Alle cijfers staan ook in <code>stats.csv</code> in dezelfde map (kolommen <code>metric</code>, <code>scope</code>, <code>value</code>).",
    );
}
