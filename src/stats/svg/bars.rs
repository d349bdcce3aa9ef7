//! Bar charts: outcomes per cohort as 100 % stacked bars, and horizontal
//! bars on a shared axis (findings, shares per cohort).

use std::fmt::Write;

use super::{count_axis, cut, esc, nice_axis, open, pct, placeholder, x_grid};
use super::{GRID, MUTED, OUTCOME_COLORS};

/// ` font-weight="600"` for an emphasised row (the total), else nothing.
fn weight(emphasis: bool) -> &'static str {
    if emphasis {
        r#" font-weight="600""#
    } else {
        ""
    }
}

/// A row's label, right-aligned at `x` and cut to `max` characters, with
/// the whole label as its tooltip.
fn row_label(out: &mut String, (x, y): (f64, f64), label: &str, max: usize, weight: &str) {
    let _ = write!(
        out,
        r#"<text x="{x:.0}" y="{y:.0}" text-anchor="end"{weight}><title>{}</title>{}</text>"#,
        esc(label),
        esc(&cut(label, max))
    );
}

/// One row of the outcome chart.
pub(in crate::stats) struct OutcomeRow {
    pub label: String,
    pub counts: [usize; 3],
    pub emphasis: bool,
}

/// Outcomes per cohort as 100 % stacked horizontal bars, with `n` per row.
pub(in crate::stats) fn stacked_outcomes(rows: &[OutcomeRow], names: [&str; 3]) -> String {
    const W: f64 = 860.0;
    const LABEL_END: f64 = 190.0;
    const BAR_X: f64 = 200.0;
    const BAR_W: f64 = 580.0;
    const ROW_H: f64 = 30.0;
    const TOP: f64 = 34.0;
    let label = "Uitkomsten per cohort";
    if rows.is_empty() {
        return placeholder(W, label, "Geen dossiers");
    }
    let height = TOP + rows.len() as f64 * ROW_H + 26.0;
    let mut out = String::new();
    open(&mut out, W, height, label);
    // Legend.
    let mut x = BAR_X;
    for (name, color) in names.iter().zip(OUTCOME_COLORS) {
        let _ = write!(
            out,
            r#"<rect x="{x:.0}" y="6" width="14" height="14" rx="2" fill="{color}"/><text x="{:.0}" y="17">{}</text>"#,
            x + 20.0,
            esc(name)
        );
        x += 30.0 + name.chars().count() as f64 * 7.5;
    }
    let bottom = TOP + rows.len() as f64 * ROW_H;
    x_grid(&mut out, (BAR_X, BAR_W), (TOP, bottom), (1.0, 0.25), true);
    for (r, row) in rows.iter().enumerate() {
        let y = TOP + r as f64 * ROW_H + 5.0;
        let n: usize = row.counts.iter().sum();
        row_label(
            &mut out,
            (LABEL_END, y + 14.0),
            &row.label,
            26,
            weight(row.emphasis),
        );
        if n == 0 {
            let _ = write!(
                out,
                r#"<rect x="{BAR_X:.0}" y="{y:.0}" width="{BAR_W:.0}" height="20" fill="none" stroke="{GRID}"/><text x="{:.0}" y="{:.0}" fill="{MUTED}">geen dossiers met een uitkomst</text>"#,
                BAR_X + 8.0,
                y + 14.0
            );
        }
        let mut x = BAR_X;
        for (i, &count) in row.counts.iter().enumerate() {
            if count == 0 || n == 0 {
                continue;
            }
            let share = count as f64 / n as f64;
            let w = share * BAR_W;
            let _ = write!(
                out,
                r#"<rect x="{x:.1}" y="{y:.0}" width="{w:.1}" height="20" fill="{}"><title>{}: {} {count} van {n} ({})</title></rect>"#,
                OUTCOME_COLORS[i],
                esc(&row.label),
                esc(names[i]),
                pct(Some(share))
            );
            if w >= 44.0 {
                let _ = write!(
                    out,
                    r##"<text x="{:.1}" y="{:.0}" text-anchor="middle" fill="#fff" font-weight="600">{}%</text>"##,
                    x + w / 2.0,
                    y + 14.0,
                    (share * 100.0).round()
                );
            }
            x += w;
        }
        let _ = write!(
            out,
            r#"<text x="{:.0}" y="{:.0}" fill="{MUTED}">n = {n}</text>"#,
            BAR_X + BAR_W + 12.0,
            y + 14.0
        );
    }
    out.push_str("</svg>");
    out
}

/// One bar of a horizontal bar chart.
pub(in crate::stats) struct Bar {
    pub label: String,
    pub value: f64,
    /// Printed right of the bar.
    pub text: String,
    /// The tooltip.
    pub title: String,
    pub emphasis: bool,
    /// The bar's own colour (a severity); the chart's colour otherwise.
    pub color: Option<&'static str>,
}

/// Horizontal bars on a shared axis from zero.
pub(in crate::stats) fn hbars(
    bars: &[Bar],
    color: &str,
    percent: bool,
    label: &str,
    empty: &str,
) -> String {
    const W: f64 = 540.0;
    const LABEL_END: f64 = 214.0;
    const BAR_X: f64 = 222.0;
    const BAR_W: f64 = 218.0;
    const ROW_H: f64 = 26.0;
    const TOP: f64 = 6.0;
    if bars.is_empty() {
        return placeholder(W, label, empty);
    }
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let (top, step) = if percent {
        let (top, step) = nice_axis(max);
        (top.min(1.0), step)
    } else {
        count_axis(max)
    };
    let bottom = TOP + bars.len() as f64 * ROW_H;
    let mut out = String::new();
    open(&mut out, W, bottom + 24.0, label);
    x_grid(
        &mut out,
        (BAR_X, BAR_W),
        (TOP, bottom),
        (top, step),
        percent,
    );
    for (r, bar) in bars.iter().enumerate() {
        let y = TOP + r as f64 * ROW_H + 5.0;
        let w = (bar.value.max(0.0) / top).min(1.0) * BAR_W;
        let weight = weight(bar.emphasis);
        row_label(&mut out, (LABEL_END, y + 12.5), &bar.label, 34, weight);
        let _ = write!(
            out,
            r#"<rect x="{BAR_X:.0}" y="{y:.0}" width="{w:.1}" height="16" fill="{}"><title>{}</title></rect><text x="{:.1}" y="{:.0}"{weight}>{}</text>"#,
            bar.color.unwrap_or(color),
            esc(&bar.title),
            BAR_X + w + 6.0,
            y + 12.5,
            esc(&bar.text)
        );
    }
    out.push_str("</svg>");
    out
}
