//! A small PDF built in memory, shared by the tests of the extraction
//! stages (page tree, content, annotations): one page per content stream,
//! Helvetica as `/F1`.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

use super::{extract_pages, Limits};

/// A one-page-per-content document with Helvetica as /F1.
pub(super) fn build(pages: &[&[u8]], extra_resources: Dictionary) -> (Document, Vec<ObjectId>) {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut resources = dictionary! { "Font" => dictionary! { "F1" => font } };
    for (k, v) in extra_resources.iter() {
        resources.set(k.clone(), v.clone());
    }
    let mut ids = Vec::new();
    for content in pages {
        let c = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
        ids.push(doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => c,
            "Resources" => resources.clone(),
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }));
    }
    let kids: Vec<Object> = ids.iter().map(|&id| id.into()).collect();
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    (doc, ids)
}

/// The text of every page; none when extraction fails.
pub(super) fn texts(doc: &Document) -> Vec<String> {
    extract_pages(doc, &Limits::default())
        .map(|pages| pages.into_iter().map(|p| p.text).collect())
        .unwrap_or_default()
}

/// The object id of the document's font (`/F1`).
pub(super) fn font_id(doc: &Document) -> ObjectId {
    doc.objects
        .iter()
        .find(|(_, o)| o.as_dict().is_ok_and(|d| d.has(b"BaseFont")))
        .map(|(id, _)| *id)
        .unwrap_or((0, 0))
}
