//! Charts over the run history: processing time per run (two panels) and
//! outcome rates per run, one line per outcome.

use std::fmt::Write;

use super::{anchor, cut, esc, nice_axis, open, pct, placeholder, series, y_grid};
use super::{MUTED, OUTCOME_COLORS};

/// Where run `i` of `runs` stands on an axis from `left`, `width` wide: a
/// lone run in the middle, else spread with a margin of 10 on each side.
fn run_x(runs: usize, left: f64, width: f64) -> impl Fn(usize) -> f64 {
    move |i| {
        if runs == 1 {
            left + width / 2.0
        } else {
            left + 10.0 + i as f64 * (width - 20.0) / (runs - 1) as f64
        }
    }
}

/// One run on the trend chart.
pub(in crate::stats) struct TrendPoint {
    /// Shown under the axis (the run id and date).
    pub label: String,
    /// The tooltip.
    pub title: String,
    pub seconds: Option<f64>,
    pub ms_per_document: Option<f64>,
}

/// Processing time per run: seconds on top, milliseconds per document below.
pub(in crate::stats) fn trend(points: &[TrendPoint]) -> String {
    const W: f64 = 860.0;
    const LEFT: f64 = 60.0;
    const RIGHT: f64 = 20.0;
    const PANEL_H: f64 = 110.0;
    const GAP: f64 = 36.0;
    let label = "Verwerkingstijd per run";
    if points.is_empty() {
        return placeholder(W, label, "Nog geen runs in de runhistorie");
    }
    let height = 24.0 + 2.0 * PANEL_H + GAP + 44.0;
    let plot_w = W - LEFT - RIGHT;
    let x_of = run_x(points.len(), LEFT, plot_w);
    let mut out = String::new();
    open(&mut out, W, height, label);
    type Panel = (&'static str, &'static str, fn(&TrendPoint) -> Option<f64>);
    let panels: [Panel; 2] = [
        ("Duur van de run (seconden)", "#2f5d8a", |p| p.seconds),
        ("Milliseconden per document", "#7a4fa3", |p| {
            p.ms_per_document
        }),
    ];
    for (k, (title, color, value)) in panels.iter().enumerate() {
        let top = 24.0 + k as f64 * (PANEL_H + GAP);
        let max = points.iter().filter_map(value).fold(0.0, f64::max);
        let (y_top, y_step) = nice_axis(max);
        let y_of = |v: f64| top + PANEL_H - v / y_top * PANEL_H;
        let _ = write!(
            out,
            r#"<text x="{LEFT:.0}" y="{:.0}" font-weight="600">{}</text>"#,
            top - 8.0,
            esc(title)
        );
        y_grid(&mut out, (LEFT, W - RIGHT), (y_top, y_step), false, &y_of);
        // A line through consecutive known values; a gap where one is missing.
        let values: Vec<Option<f64>> = points.iter().map(value).collect();
        series(&mut out, &values, (&x_of, &y_of), (color, "2"), &|i, _| {
            esc(&points[i].title)
        });
    }
    let axis_y = 24.0 + 2.0 * PANEL_H + GAP;
    // About twelve labels; the newest run always gets one, in place of the
    // one before it when the two would touch.
    let every = points.len().div_ceil(12).max(1);
    let mut labelled: Vec<usize> = (0..points.len()).step_by(every).collect();
    let last = points.len() - 1;
    if labelled.last() != Some(&last) {
        if last - labelled.last().copied().unwrap_or(0) < every {
            labelled.pop();
        }
        labelled.push(last);
    }
    for i in labelled {
        let p = &points[i];
        let x = x_of(i);
        let anchor = anchor(x, LEFT, W - RIGHT);
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.0}" text-anchor="{anchor}" fill="{MUTED}">{}</text>"#,
            if anchor == "start" {
                x - 10.0
            } else if anchor == "end" {
                x + 10.0
            } else {
                x
            },
            axis_y + 18.0,
            esc(&cut(&p.label, 18))
        );
    }
    out.push_str("</svg>");
    out
}

/// One run on the outcome trend.
pub(in crate::stats) struct RatePoint {
    /// Shown under the axis (the run id and date).
    pub label: String,
    /// The tooltip.
    pub title: String,
    /// toekenning, aanvulling, afwijzing as fractions of the run's dossiers.
    pub rates: [Option<f64>; 3],
}

/// Outcome rates per run over time: one line per outcome on a 0–100 % axis.
pub(in crate::stats) fn rate_trend(points: &[RatePoint], names: [&str; 3]) -> String {
    const W: f64 = 860.0;
    const LEFT: f64 = 60.0;
    const RIGHT: f64 = 20.0;
    const TOP: f64 = 30.0;
    const PANEL_H: f64 = 180.0;
    let label = "Uitkomsten per run";
    if points.is_empty() {
        return placeholder(W, label, "Nog geen runs in de runhistorie");
    }
    let plot_w = W - LEFT - RIGHT;
    let x_of = run_x(points.len(), LEFT, plot_w);
    let y_of = |v: f64| TOP + PANEL_H - v.clamp(0.0, 1.0) * PANEL_H;
    let mut out = String::new();
    open(&mut out, W, TOP + PANEL_H + 40.0, label);
    for (k, name) in names.iter().enumerate() {
        let x = LEFT + k as f64 * 150.0;
        let _ = write!(
            out,
            r#"<rect x="{x:.0}" y="6" width="12" height="12" fill="{}"/><text x="{:.0}" y="16">{}</text>"#,
            OUTCOME_COLORS[k],
            x + 17.0,
            esc(name)
        );
    }
    y_grid(&mut out, (LEFT, W - RIGHT), (1.0, 0.25), true, &y_of);
    for (k, color) in OUTCOME_COLORS.iter().enumerate() {
        let values: Vec<Option<f64>> = points.iter().map(|p| p.rates[k]).collect();
        series(
            &mut out,
            &values,
            (&x_of, &y_of),
            (color, "2.5"),
            &|i, v| {
                format!(
                    "{}: {} · {}",
                    esc(names[k]),
                    pct(Some(v)),
                    esc(&points[i].title)
                )
            },
        );
    }
    let every = points.len().div_ceil(12).max(1);
    for i in (0..points.len()).step_by(every) {
        let x = x_of(i);
        let anchor = anchor(x, LEFT, W - RIGHT);
        let _ = write!(
            out,
            r#"<text x="{x:.1}" y="{:.0}" text-anchor="{anchor}" fill="{MUTED}">{}</text>"#,
            TOP + PANEL_H + 20.0,
            esc(&cut(&points[i].label, 18))
        );
    }
    out.push_str("</svg>");
    out
}
