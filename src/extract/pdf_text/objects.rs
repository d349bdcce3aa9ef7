//! Reading lopdf objects the forgiving way: references resolved, numbers of
//! either kind, rectangles normalised, streams decoded within a limit.
//!
//! Every stage of text extraction (page tree, content, fonts, annotations)
//! reads dictionaries of an untrusted file; these helpers give each the same
//! answer for a broken entry (`None`) instead of each its own.

use lopdf::{Dictionary, Document, Object};

/// Resolve references (bounded by lopdf's own dereference limit).
pub(crate) fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Object> {
    doc.dereference(obj).ok().map(|(_, o)| o)
}

/// `dict[key]`, references resolved.
pub(crate) fn dict_get<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    key: &[u8],
) -> Option<&'a Object> {
    resolve(doc, dict.get(key).ok()?)
}

pub(crate) fn as_number(obj: &Object) -> Option<f64> {
    match obj {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// `dict[key]` as a finite number.
pub(crate) fn number_at(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<f64> {
    dict_get(doc, dict, key)
        .and_then(as_number)
        .filter(|v| v.is_finite())
}

/// A rectangle `[x0 y0 x1 y1]` with its corners ordered (lower-left first);
/// `None` unless it is four finite numbers.
pub(crate) fn rect(doc: &Document, obj: Option<&Object>) -> Option<[f64; 4]> {
    let arr = resolve(doc, obj?)?.as_array().ok()?;
    let mut v = [0.0; 4];
    if arr.len() != 4 {
        return None;
    }
    for (slot, o) in v.iter_mut().zip(arr) {
        *slot = resolve(doc, o)
            .and_then(as_number)
            .filter(|x| x.is_finite())?;
    }
    Some([
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ])
}

/// Decoded content of a stream object, within `limit` bytes. Indirect
/// `/Filter` and `/DecodeParms` entries are resolved first.
pub(crate) fn stream_bytes(doc: &Document, obj: &Object, limit: usize) -> Option<Vec<u8>> {
    let stream = obj.as_stream().ok()?;
    let indirect = |key: &[u8]| match stream.dict.get(key) {
        Ok(Object::Reference(_)) => true,
        Ok(Object::Array(items)) => items.iter().any(|o| matches!(o, Object::Reference(_))),
        _ => false,
    };
    if indirect(b"Filter") || indirect(b"DecodeParms") {
        let mut dict = stream.dict.clone();
        for key in [&b"Filter"[..], b"DecodeParms"] {
            let resolved = match dict_get(doc, &stream.dict, key) {
                Some(Object::Array(items)) => Some(Object::Array(
                    items
                        .iter()
                        .filter_map(|o| resolve(doc, o).cloned())
                        .collect(),
                )),
                Some(other) => Some(other.clone()),
                None => None,
            };
            if let Some(v) = resolved {
                dict.set(key.to_vec(), v);
            }
        }
        let copy = lopdf::Stream::new(dict, stream.content.clone());
        return copy.decompressed_content_with_limit(limit).ok();
    }
    match stream.decompressed_content_with_limit(limit) {
        Ok(data) => Some(data),
        Err(_) if stream.dict.get(b"Filter").is_err() && stream.content.len() <= limit => {
            Some(stream.content.clone())
        }
        Err(_) => None,
    }
}
