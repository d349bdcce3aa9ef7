//! The distribution of PE points over the dossiers: a histogram on round
//! bins with the percentiles marked.

use std::fmt::Write;

use super::{anchor, count_axis, esc, nice_step, nl, open, placeholder, tick_label, y_grid};
use super::{INK, MUTED};

/// A histogram of `values` with labelled vertical marks (the percentiles).
pub(in crate::stats) fn histogram(
    values: &[f64],
    marks: &[(&str, Option<f64>)],
    x_label: &str,
) -> String {
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
    y_grid(&mut out, (LEFT, W - RIGHT), (y_top, y_step), false, &y_of);
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
        let anchor = anchor(x, LEFT, W - RIGHT);
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
