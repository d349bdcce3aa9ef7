//! Annotations drawn on a page: the appearance streams of visible
//! annotations (filled-in form fields, stamps, signatures) and, where a
//! field has no appearance or the form asks for new ones, its value laid
//! out as a viewer would.
//!
//! Separate from the page's own content because what decides here is the
//! interactive-form model (flags, `/AS` states, inherited field attributes,
//! list boxes), not the content-stream operators that draw the result.

use lopdf::{Dictionary, Document, Object};

use super::content::Interpreter;
use super::matrix::{bbox_to_rect, matrix_from_object, mul, IDENTITY};
use super::objects::{as_number, dict_get, rect, resolve};
use super::page_tree::MAX_TREE_DEPTH;
use super::PdfTextError;

/// Run the normal appearance streams of the page's visible annotations
/// (filled-in form fields, stamps), as a viewer would show them. Text and
/// choice fields without an appearance, or all of them when the form asks
/// for new appearances (`/NeedAppearances`), show their value instead.
pub(super) fn draw_annotations<'d>(
    interp: &mut Interpreter<'d, '_>,
    doc: &'d Document,
    page: &'d Dictionary,
    page_res: Option<&'d Dictionary>,
    need_appearances: bool,
) -> Result<(), PdfTextError> {
    let Some(Object::Array(annots)) = dict_get(doc, page, b"Annots") else {
        return Ok(());
    };
    for annot in annots.iter().take(10_000) {
        let Some(annot) = resolve(doc, annot).and_then(|o| o.as_dict().ok()) else {
            continue;
        };
        let flags = dict_get(doc, annot, b"F")
            .and_then(as_number)
            .unwrap_or(0.0) as i64;
        // Hidden (2) or NoView (32).
        if flags & (2 | 32) != 0 {
            continue;
        }
        if dict_get(doc, annot, b"Subtype").and_then(|o| o.as_name().ok()) == Some(b"Popup") {
            continue;
        }
        if need_appearances && field_value_text(interp, doc, annot) {
            continue;
        }
        let Some(normal) = dict_get(doc, annot, b"AP")
            .and_then(|ap| ap.as_dict().ok())
            .and_then(|ap| ap.get(b"N").ok())
        else {
            if !need_appearances {
                field_value_text(interp, doc, annot);
            }
            continue;
        };
        // A state dictionary picks the stream named by /AS.
        let entry = match resolve(doc, normal) {
            Some(Object::Dictionary(states)) => {
                let Some(state) = dict_get(doc, annot, b"AS").and_then(|o| o.as_name().ok()) else {
                    continue;
                };
                match states.get(state) {
                    Ok(e) => e,
                    Err(_) => continue,
                }
            }
            Some(_) => normal,
            None => continue,
        };
        let id = entry.as_reference().ok();
        let Some(form) = resolve(doc, entry) else {
            continue;
        };
        let Ok(stream) = form.as_stream() else {
            continue;
        };
        let Some(area) = rect(doc, annot.get(b"Rect").ok()) else {
            continue;
        };
        let matrix = matrix_from_object(doc, stream.dict.get(b"Matrix").ok()).unwrap_or(IDENTITY);
        let Some(bbox) = rect(doc, stream.dict.get(b"BBox").ok()) else {
            continue;
        };
        let ctm = mul(&matrix, &bbox_to_rect(&matrix, &bbox, &area));
        interp.run_form(form, id, page_res, ctm, 0)?;
    }
    Ok(())
}

/// A field attribute, inherited through `/Parent` (bounded).
fn field_attr<'d>(doc: &'d Document, field: &'d Dictionary, key: &[u8]) -> Option<&'d Object> {
    let mut node = field;
    for _ in 0..MAX_TREE_DEPTH {
        if let Some(v) = dict_get(doc, node, key) {
            return Some(v);
        }
        node = dict_get(doc, node, b"Parent")?.as_dict().ok()?;
    }
    None
}

/// The value of a text or choice field laid out in its rectangle, as a
/// viewer generates it (a list box shows all its options). Returns whether
/// the widget was such a field.
fn field_value_text(interp: &mut Interpreter<'_, '_>, doc: &Document, widget: &Dictionary) -> bool {
    if dict_get(doc, widget, b"Subtype").and_then(|o| o.as_name().ok()) != Some(b"Widget") {
        return false;
    }
    let kind = field_attr(doc, widget, b"FT").and_then(|o| o.as_name().ok());
    if !matches!(kind, Some(b"Tx") | Some(b"Ch")) {
        return false;
    }
    let text_of = |o: &Object| match resolve(doc, o) {
        // An option may be an [export value, display text] pair.
        Some(Object::Array(pair)) => pair
            .get(1)
            .and_then(|d| resolve(doc, d))
            .and_then(|d| lopdf::decode_text_string(d).ok()),
        Some(other) => lopdf::decode_text_string(other).ok(),
        None => None,
    };
    let flags = field_attr(doc, widget, b"Ff")
        .and_then(as_number)
        .unwrap_or(0.0) as i64;
    let is_list_box = kind == Some(b"Ch") && flags & (1 << 17) == 0;
    let value = match (is_list_box, field_attr(doc, widget, b"Opt")) {
        (true, Some(Object::Array(opts))) => opts
            .iter()
            .filter_map(text_of)
            .collect::<Vec<_>>()
            .join("\n"),
        _ => match field_attr(doc, widget, b"V") {
            Some(Object::Array(items)) => items
                .iter()
                .filter_map(text_of)
                .collect::<Vec<_>>()
                .join(" "),
            Some(v) => text_of(v).unwrap_or_default(),
            None => String::new(),
        },
    };
    let Some(r) = rect(doc, widget.get(b"Rect").ok()) else {
        return true;
    };
    let da = field_attr(doc, widget, b"DA")
        .and_then(|o| o.as_str().ok())
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .unwrap_or_default();
    let toks: Vec<&str> = da.split_ascii_whitespace().collect();
    let da_size = toks
        .windows(2)
        .find(|w| w.get(1) == Some(&"Tf"))
        .and_then(|w| w.first())
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0);
    let height = r[3] - r[1];
    let size = da_size.unwrap_or_else(|| (height * 0.7).clamp(4.0, 12.0));
    let lines: Vec<&str> = value
        .split(['\r', '\n'])
        .filter(|l| !l.is_empty())
        .collect();
    let mut y = if lines.len() > 1 {
        r[3] - 2.0 - size
    } else {
        r[1] + (height - size) / 2.0 + 0.22 * size
    };
    for line in lines.iter().take(500) {
        interp.push_plain_text(line, r[0] + 2.0, y, size);
        y -= size * 1.15;
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::extract::pdf_text::test_doc::{build, font_id};
    use crate::extract::pdf_text::{extract_page, Limits};
    use lopdf::{dictionary, Dictionary, Object, Stream};

    #[test]
    fn annotation_appearances_and_field_values() {
        let (mut doc, ids) = build(
            &[b"BT /F1 12 Tf 72 700 Td (Handtekening:) Tj ET"],
            Dictionary::new(),
        );
        let font = font_id(&doc);
        let ap = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 100.into(), 20.into()],
                "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            },
            b"BT /F1 10 Tf 2 5 Td (Z. Jansen) Tj ET".to_vec(),
        ));
        let signed = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx",
            "Rect" => vec![200.into(), 695.into(), 300.into(), 715.into()],
            "AP" => dictionary! { "N" => ap },
        });
        let bare = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx",
            "Rect" => vec![72.into(), 600.into(), 272.into(), 620.into()],
            "V" => Object::string_literal("Utrecht"),
        });
        let hidden = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx", "F" => 2,
            "Rect" => vec![72.into(), 500.into(), 272.into(), 520.into()],
            "V" => Object::string_literal("verborgen"),
        });
        if let Ok(page) = doc.get_dictionary_mut(ids[0]) {
            page.set("Annots", vec![signed.into(), bare.into(), hidden.into()]);
        }
        let page = extract_page(&doc, ids[0], &Limits::default()).unwrap_or_default();
        assert_eq!(page.text, "Handtekening: Z. Jansen\nUtrecht");
        let z = page.glyph_runs.iter().find(|g| g.text == "Z");
        assert_eq!(z.map(|g| (g.x, g.y)), Some((202.0, 700.0)));
    }
}
