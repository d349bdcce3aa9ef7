//! Hand-written inline SVG charts for the dashboard: stacked outcome bars,
//! horizontal bars, a histogram with percentile marks and a two-panel trend.
//! Every text that came from input passes through [`esc`]; tooltips are SVG
//! `<title>` elements, so nothing needs a script.
//!
//! One module per kind of chart (`bars`, `histogram`, `trends`); this one
//! holds what they share: the palette, Dutch numbers, round axes and their
//! grid lines, and the frame of a chart.

mod bars;
mod histogram;
mod trends;

use std::fmt::Write;

pub(super) use bars::{hbars, stacked_outcomes, Bar, OutcomeRow};
pub(super) use histogram::histogram;
pub(super) use trends::{rate_trend, trend, RatePoint, TrendPoint};

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

/// Vertical grid lines from `x` across `width`, at every `step` up to
/// `top`, each labelled under the plot at `bottom`.
fn x_grid(
    out: &mut String,
    (x, width): (f64, f64),
    (top_y, bottom): (f64, f64),
    (top, step): (f64, f64),
    percent: bool,
) {
    let mut tick = 0.0;
    while tick <= top + step * 1e-6 {
        let gx = x + width * tick / top;
        let _ = write!(
            out,
            r#"<line x1="{gx:.1}" y1="{top_y:.0}" x2="{gx:.1}" y2="{bottom:.0}" stroke="{GRID}"/><text x="{gx:.1}" y="{:.0}" text-anchor="middle" fill="{MUTED}">{}</text>"#,
            bottom + 16.0,
            tick_label(tick, step, percent)
        );
        tick += step;
    }
}

/// Horizontal grid lines from `left` to `right`, at every `step` up to
/// `top`, each labelled left of the plot; `y_of` places a value.
fn y_grid(
    out: &mut String,
    (left, right): (f64, f64),
    (top, step): (f64, f64),
    percent: bool,
    y_of: &dyn Fn(f64) -> f64,
) {
    let mut tick = 0.0;
    while tick <= top + step * 1e-6 {
        let y = y_of(tick);
        let _ = write!(
            out,
            r#"<line x1="{left:.0}" y1="{y:.1}" x2="{right:.0}" y2="{y:.1}" stroke="{GRID}"/><text x="{:.0}" y="{:.1}" text-anchor="end" fill="{MUTED}">{}</text>"#,
            left - 6.0,
            y + 4.0,
            tick_label(tick, step, percent)
        );
        tick += step;
    }
}

/// Where a label at `x` is anchored so that it stays inside `left` to
/// `right`: near an edge it starts or ends there.
fn anchor(x: f64, left: f64, right: f64) -> &'static str {
    if x < left + 60.0 {
        "start"
    } else if x > right - 60.0 {
        "end"
    } else {
        "middle"
    }
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

/// One line of a trend chart: the path through the known values and a dot
/// with a tooltip on each (`title` of the point's index and value).
fn series(
    out: &mut String,
    values: &[Option<f64>],
    (x_of, y_of): (&dyn Fn(usize) -> f64, &dyn Fn(f64) -> f64),
    (color, stroke_width): (&str, &str),
    title: &dyn Fn(usize, f64) -> String,
) {
    let path = gapped_path(values.iter().copied(), x_of, y_of);
    if !path.is_empty() {
        let _ = write!(
            out,
            r#"<path d="{}" fill="none" stroke="{color}" stroke-width="{stroke_width}"/>"#,
            path.trim_end()
        );
    }
    for (i, value) in values.iter().enumerate() {
        if let Some(v) = *value {
            let _ = write!(
                out,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="{color}"><title>{}</title></circle>"#,
                x_of(i),
                y_of(v),
                title(i, v)
            );
        }
    }
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
