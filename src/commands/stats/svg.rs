//! Hand-written inline SVG charts for the dashboard: stacked outcome bars,
//! horizontal bars, a histogram with percentile marks and a two-panel trend.
//! Every text that came from input passes through [`esc`]; tooltips are SVG
//! `<title>` elements, so nothing needs a script.

use std::fmt::Write;

pub(super) const INK: &str = "#1d2733";
pub(super) const MUTED: &str = "#5b6673";
pub(super) const GRID: &str = "#d9dee4";
/// toekenning, aanvulling, afwijzing.
pub(super) const OUTCOME_COLORS: [&str; 3] = ["#1a7f4b", "#e0a000", "#b83227"];

/// Text for HTML and SVG: BSNs masked, markup characters escaped (the
/// report pages' escaping), on one line.
pub(super) fn esc(text: &str) -> String {
    crate::report::html::esc(text).replace('\n', " ")
}

/// An SVG path through consecutive known values, lifting the pen where a
/// value is missing: the line of a trend chart.
fn gapped_path(
    values: impl Iterator<Item = Option<f64>>,
    x_of: &dyn Fn(usize) -> f64,
    y_of: &dyn Fn(f64) -> f64,
) -> String {
    let mut path = String::new();
    let mut pen_down = false;
    for (i, value) in values.enumerate() {
        match value {
            Some(v) => {
                let _ = write!(
                    path,
                    "{}{:.1} {:.1} ",
                    if pen_down { "L" } else { "M" },
                    x_of(i),
                    y_of(v)
                );
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    path
}

/// A number the Dutch way: decimal comma.
pub(super) fn nl(v: f64, places: usize) -> String {
    format!("{v:.places$}").replace('.', ",")
}

/// A fraction as a Dutch percentage, `12,5%`; `–` when unknown.
pub(super) fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| format!("{}%", nl(v * 100.0, 1)))
}

/// A label cut to `max` characters with an ellipsis.
pub(super) fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// A round axis: (top, step) with about four steps up to at least `max`.
fn nice_axis(max: f64) -> (f64, f64) {
    if max.is_nan() || max <= 0.0 || max.is_infinite() {
        return (1.0, 0.25);
    }
    let step = nice_step(max / 4.0);
    ((max / step).ceil() * step, step)
}

/// A round axis for counts: whole steps only.
fn count_axis(max: f64) -> (f64, f64) {
    let (_, step) = nice_axis(max);
    let step = step.max(1.0).round();
    ((max.max(1.0) / step).ceil() * step, step)
}

/// 1, 2, 2.5 or 5 times a power of ten, at least `rough`.
fn nice_step(rough: f64) -> f64 {
    let magnitude = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

fn tick_label(v: f64, step: f64, percent: bool) -> String {
    if percent {
        let places = if (step * 100.0).fract().abs() < 1e-9 {
            0
        } else {
            1
        };
        format!("{}%", nl(v * 100.0, places))
    } else {
        let places = if step.fract().abs() < 1e-9 { 0 } else { 1 };
        nl(v, places)
    }
}

fn open(out: &mut String, width: f64, height: f64, label: &str) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-label="{l}" font-size="12" fill="{INK}"><title>{l}</title>"#,
        l = esc(label)
    );
}

fn placeholder(width: f64, label: &str, message: &str) -> String {
    let mut out = String::new();
    open(&mut out, width, 60.0, label);
    let _ = write!(
        out,
        r#"<text x="{:.0}" y="34" text-anchor="middle" fill="{MUTED}">{}</text></svg>"#,
        width / 2.0,
        esc(message)
    );
    out
}

/// One row of the outcome chart.
pub(super) struct OutcomeRow {
    pub label: String,
    pub counts: [usize; 3],
    pub emphasis: bool,
}

/// Outcomes per cohort as 100 % stacked horizontal bars, with `n` per row.
pub(super) fn stacked_outcomes(rows: &[OutcomeRow], names: [&str; 3]) -> String {
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
    for i in 0..=4 {
        let gx = BAR_X + BAR_W * i as f64 / 4.0;
        let _ = write!(
            out,
            r#"<line x1="{gx:.1}" y1="{TOP:.0}" x2="{gx:.1}" y2="{bottom:.0}" stroke="{GRID}"/><text x="{gx:.1}" y="{:.0}" text-anchor="middle" fill="{MUTED}">{}%</text>"#,
            bottom + 16.0,
            i * 25
        );
    }
    for (r, row) in rows.iter().enumerate() {
        let y = TOP + r as f64 * ROW_H + 5.0;
        let n: usize = row.counts.iter().sum();
        let weight = if row.emphasis {
            r#" font-weight="600""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<text x="{LABEL_END:.0}" y="{:.0}" text-anchor="end"{weight}><title>{}</title>{}</text>"#,
            y + 14.0,
            esc(&row.label),
            esc(&cut(&row.label, 26))
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
pub(super) struct Bar {
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
pub(super) fn hbars(bars: &[Bar], color: &str, percent: bool, label: &str, empty: &str) -> String {
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
    let mut tick = 0.0;
    while tick <= top + step * 1e-6 {
        let gx = BAR_X + BAR_W * tick / top;
        let _ = write!(
            out,
            r#"<line x1="{gx:.1}" y1="{TOP:.0}" x2="{gx:.1}" y2="{bottom:.0}" stroke="{GRID}"/><text x="{gx:.1}" y="{:.0}" text-anchor="middle" fill="{MUTED}">{}</text>"#,
            bottom + 16.0,
            tick_label(tick, step, percent)
        );
        tick += step;
    }
    for (r, bar) in bars.iter().enumerate() {
        let y = TOP + r as f64 * ROW_H + 5.0;
        let w = (bar.value.max(0.0) / top).min(1.0) * BAR_W;
        let weight = if bar.emphasis {
            r#" font-weight="600""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<text x="{LABEL_END:.0}" y="{:.0}" text-anchor="end"{weight}><title>{}</title>{}</text><rect x="{BAR_X:.0}" y="{y:.0}" width="{w:.1}" height="16" fill="{}"><title>{}</title></rect><text x="{:.1}" y="{:.0}"{weight}>{}</text>"#,
            y + 12.5,
            esc(&bar.label),
            esc(&cut(&bar.label, 34)),
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

/// A histogram of `values` with labelled vertical marks (the percentiles).
pub(super) fn histogram(values: &[f64], marks: &[(&str, Option<f64>)], x_label: &str) -> String {
    const W: f64 = 540.0;
    const H: f64 = 300.0;
    const LEFT: f64 = 46.0;
    const RIGHT: f64 = 16.0;
    const TOP: f64 = 62.0;
    const BOTTOM: f64 = 44.0;
    let label = "Verdeling PE-punten";
    let (Some(&min), Some(&max)) = (values.first(), values.last()) else {
        return placeholder(W, label, "Geen PE-gegevens");
    };
    let span = max - min;
    let step = if span > 0.0 {
        nice_step(span / 12.0)
    } else {
        1.0
    };
    let start = (min / step).floor() * step;
    let bins = (((max - start) / step).floor() as usize + 1).min(60);
    let mut counts = vec![0usize; bins];
    for v in values {
        let i = (((v - start) / step).floor().max(0.0) as usize).min(bins - 1);
        counts[i] += 1;
    }
    let (y_top, y_step) = count_axis(counts.iter().copied().max().unwrap_or(0) as f64);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let x_of = |v: f64| LEFT + (v - start) / (bins as f64 * step) * plot_w;
    let y_of = |c: f64| TOP + plot_h - c / y_top * plot_h;
    let mut out = String::new();
    open(&mut out, W, H, label);
    let mut tick = 0.0;
    while tick <= y_top + y_step * 1e-6 {
        let y = y_of(tick);
        let _ = write!(
            out,
            r#"<line x1="{LEFT:.0}" y1="{y:.1}" x2="{:.0}" y2="{y:.1}" stroke="{GRID}"/><text x="{:.0}" y="{:.1}" text-anchor="end" fill="{MUTED}">{}</text>"#,
            W - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            tick_label(tick, y_step, false)
        );
        tick += y_step;
    }
    let bin_w = plot_w / bins as f64;
    for (i, &c) in counts.iter().enumerate() {
        let lo = start + i as f64 * step;
        let x = LEFT + i as f64 * bin_w;
        let y = y_of(c as f64);
        let _ = write!(
            out,
            r##"<rect x="{:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="#2f5d8a"><title>{} tot {} PE: {c} dossiers</title></rect>"##,
            x + 0.5,
            (bin_w - 1.0).max(0.5),
            TOP + plot_h - y,
            nl(lo, 1),
            nl(lo + step, 1)
        );
    }
    let every = bins.div_ceil(10).max(1);
    for i in (0..=bins).step_by(every) {
        let v = start + i as f64 * step;
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.0}" text-anchor="middle" fill="{MUTED}">{}</text>"#,
            x_of(v),
            TOP + plot_h + 16.0,
            tick_label(v, step, false)
        );
    }
    let _ = write!(
        out,
        r#"<line x1="{LEFT:.0}" y1="{b:.0}" x2="{:.0}" y2="{b:.0}" stroke="{MUTED}"/><text x="{:.0}" y="{:.0}" text-anchor="middle" fill="{MUTED}">{}</text>"#,
        W - RIGHT,
        LEFT + plot_w / 2.0,
        H - 6.0,
        esc(x_label),
        b = TOP + plot_h
    );
    for (level, (name, value)) in marks.iter().enumerate() {
        let Some(v) = value else { continue };
        let x = x_of(*v);
        let y = 14.0 + level as f64 * 16.0;
        let anchor = if x < LEFT + 60.0 {
            "start"
        } else if x > W - RIGHT - 60.0 {
            "end"
        } else {
            "middle"
        };
        let _ = write!(
            out,
            r#"<line x1="{x:.1}" y1="{:.0}" x2="{x:.1}" y2="{:.0}" stroke="{INK}" stroke-width="1.5" stroke-dasharray="4 3"/><text x="{x:.1}" y="{y:.0}" text-anchor="{anchor}" font-weight="600">{}: {}</text>"#,
            y + 4.0,
            TOP + plot_h,
            esc(name),
            nl(*v, 1)
        );
    }
    out.push_str("</svg>");
    out
}

/// One run on the trend chart.
pub(super) struct TrendPoint {
    /// Shown under the axis (the run id and date).
    pub label: String,
    /// The tooltip.
    pub title: String,
    pub seconds: Option<f64>,
    pub ms_per_document: Option<f64>,
}

/// Processing time per run: seconds on top, milliseconds per document below.
pub(super) fn trend(points: &[TrendPoint]) -> String {
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
    let x_of = |i: usize| {
        if points.len() == 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + 10.0 + i as f64 * (plot_w - 20.0) / (points.len() - 1) as f64
        }
    };
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
        let mut tick = 0.0;
        while tick <= y_top + y_step * 1e-6 {
            let y = y_of(tick);
            let _ = write!(
                out,
                r#"<line x1="{LEFT:.0}" y1="{y:.1}" x2="{:.0}" y2="{y:.1}" stroke="{GRID}"/><text x="{:.0}" y="{:.1}" text-anchor="end" fill="{MUTED}">{}</text>"#,
                W - RIGHT,
                LEFT - 6.0,
                y + 4.0,
                tick_label(tick, y_step, false)
            );
            tick += y_step;
        }
        // A line through consecutive known values; a gap where one is missing.
        let path = gapped_path(points.iter().map(value), &x_of, &y_of);
        if !path.is_empty() {
            let _ = write!(
                out,
                r#"<path d="{}" fill="none" stroke="{color}" stroke-width="2"/>"#,
                path.trim_end()
            );
        }
        for (i, p) in points.iter().enumerate() {
            if let Some(v) = value(p) {
                let _ = write!(
                    out,
                    r#"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{color}"><title>{}</title></circle>"#,
                    x_of(i),
                    y_of(v),
                    esc(&p.title)
                );
            }
        }
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
        let anchor = if x < LEFT + 60.0 {
            "start"
        } else if x > W - RIGHT - 60.0 {
            "end"
        } else {
            "middle"
        };
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
pub(super) struct RatePoint {
    /// Shown under the axis (the run id and date).
    pub label: String,
    /// The tooltip.
    pub title: String,
    /// toekenning, aanvulling, afwijzing as fractions of the run's dossiers.
    pub rates: [Option<f64>; 3],
}

/// Outcome rates per run over time: one line per outcome on a 0–100 % axis.
pub(super) fn rate_trend(points: &[RatePoint], names: [&str; 3]) -> String {
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
    let x_of = |i: usize| {
        if points.len() == 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + 10.0 + i as f64 * (plot_w - 20.0) / (points.len() - 1) as f64
        }
    };
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
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let y = y_of(tick);
        let _ = write!(
            out,
            r#"<line x1="{LEFT:.0}" y1="{y:.1}" x2="{:.0}" y2="{y:.1}" stroke="{GRID}"/><text x="{:.0}" y="{:.1}" text-anchor="end" fill="{MUTED}">{}</text>"#,
            W - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            tick_label(tick, 0.25, true)
        );
    }
    for (k, color) in OUTCOME_COLORS.iter().enumerate() {
        let path = gapped_path(points.iter().map(|p| p.rates[k]), &x_of, &y_of);
        if !path.is_empty() {
            let _ = write!(
                out,
                r#"<path d="{}" fill="none" stroke="{color}" stroke-width="2.5"/>"#,
                path.trim_end()
            );
        }
        for (i, p) in points.iter().enumerate() {
            if let Some(v) = p.rates[k] {
                let _ = write!(
                    out,
                    r#"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{color}"><title>{}: {} · {}</title></circle>"#,
                    x_of(i),
                    y_of(v),
                    esc(names[k]),
                    pct(Some(v)),
                    esc(&p.title)
                );
            }
        }
    }
    let every = points.len().div_ceil(12).max(1);
    for i in (0..points.len()).step_by(every) {
        let x = x_of(i);
        let anchor = if x < LEFT + 60.0 {
            "start"
        } else if x > W - RIGHT - 60.0 {
            "end"
        } else {
            "middle"
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_masked() {
        assert_eq!(
            esc(r#"<b>"x" & 'y'</b> 123456782"#),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt; ******782"
        );
    }

    #[test]
    fn axes_are_round() {
        assert_eq!(nice_axis(37.0), (40.0, 10.0));
        assert_eq!(nice_axis(0.0), (1.0, 0.25));
        assert_eq!(nice_axis(0.07), (0.08, 0.02));
        assert_eq!(nice_step(2.1), 2.5);
        assert_eq!(count_axis(2.0), (2.0, 1.0));
        assert_eq!(count_axis(0.0), (1.0, 1.0));
        assert_eq!(count_axis(37.0), (40.0, 10.0));
    }

    #[test]
    fn dutch_numbers() {
        assert_eq!(nl(12.345, 1), "12,3");
        assert_eq!(pct(Some(0.125)), "12,5%");
        assert_eq!(pct(None), "–");
        assert_eq!(cut("abcdef", 4), "abc…");
    }
}
