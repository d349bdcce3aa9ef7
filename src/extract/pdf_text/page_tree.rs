//! The page tree: which objects are pages, in which order, and what each
//! inherits from its ancestors (`/Resources`, `/MediaBox`, `/CropBox`).
//!
//! Separate from extraction proper because a broken file breaks here first:
//! a cyclic or truncated tree is walked with a bound and a visited set, and
//! without a usable tree every page object is taken in object order.

use std::collections::HashSet;

use lopdf::{Dictionary, Document, ObjectId};

use super::objects::{dict_get, rect};
use super::PdfTextError;

/// Deepest page-tree nesting followed.
pub(super) const MAX_TREE_DEPTH: usize = 64;

/// Page attributes that may be inherited from the page tree.
#[derive(Clone, Default)]
pub(super) struct Inherited<'d> {
    pub(super) resources: Option<&'d Dictionary>,
    media_box: Option<[f64; 4]>,
    crop_box: Option<[f64; 4]>,
}

impl<'d> Inherited<'d> {
    /// Overlay the attributes a node sets itself.
    fn update(&mut self, doc: &'d Document, node: &'d Dictionary) {
        if let Some(r) = dict_get(doc, node, b"Resources").and_then(|o| o.as_dict().ok()) {
            self.resources = Some(r);
        }
        if let Some(r) = rect(doc, node.get(b"MediaBox").ok()) {
            self.media_box = Some(r);
        }
        if let Some(r) = rect(doc, node.get(b"CropBox").ok()) {
            self.crop_box = Some(r);
        }
    }

    /// The area whose text counts: the media box, as `pdftotext` uses by
    /// default (printer marks outside the crop box are kept).
    pub(super) fn visible_box(&self) -> [f64; 4] {
        self.media_box
            .or(self.crop_box)
            .unwrap_or([0.0, 0.0, 612.0, 792.0])
    }
}

/// Collect the pages of the document in order, with inherited attributes.
pub(super) fn collect_pages(
    doc: &Document,
) -> Result<Vec<(ObjectId, Inherited<'_>)>, PdfTextError> {
    let root = doc
        .catalog()
        .ok()
        .and_then(|cat| cat.get(b"Pages").ok())
        .and_then(|o| o.as_reference().ok());
    let mut pages = Vec::new();
    if let Some(root) = root {
        let mut visited = HashSet::new();
        // Depth-first, children in order: stack of (node, inherited, depth).
        let mut stack = vec![(root, Inherited::default(), 0usize)];
        while let Some((id, mut inh, depth)) = stack.pop() {
            if !visited.insert(id) || depth > MAX_TREE_DEPTH {
                continue;
            }
            let Ok(node) = doc.get_dictionary(id) else {
                continue;
            };
            inh.update(doc, node);
            let kids = dict_get(doc, node, b"Kids").and_then(|o| o.as_array().ok());
            let is_page = node.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"Page")
                || (kids.is_none() && node.has(b"Contents"));
            if is_page {
                pages.push((id, inh));
            } else if let Some(kids) = kids {
                for kid in kids.iter().rev() {
                    if let Ok(kid_id) = kid.as_reference() {
                        stack.push((kid_id, inh.clone(), depth + 1));
                    }
                }
            }
        }
    }
    if pages.is_empty() {
        // No usable tree: take every page object, in object order.
        for (id, obj) in doc.objects.iter() {
            if let Ok(d) = obj.as_dict() {
                if d.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"Page") {
                    pages.push((*id, inherited_for(doc, *id, d)));
                }
            }
        }
    }
    if pages.is_empty() {
        return Err(PdfTextError::BrokenPageTree(
            "no page tree and no page objects".to_string(),
        ));
    }
    Ok(pages)
}

/// Inherited attributes of a page, found by walking its `/Parent` chain.
pub(super) fn inherited_for<'d>(
    doc: &'d Document,
    id: ObjectId,
    page: &'d Dictionary,
) -> Inherited<'d> {
    let mut chain = vec![page];
    let mut seen = HashSet::from([id]);
    let mut node = page;
    while chain.len() <= MAX_TREE_DEPTH {
        let Some(parent_id) = node.get(b"Parent").ok().and_then(|p| p.as_reference().ok()) else {
            break;
        };
        if !seen.insert(parent_id) {
            break;
        }
        let Ok(parent) = doc.get_dictionary(parent_id) else {
            break;
        };
        chain.push(parent);
        node = parent;
    }
    let mut inh = Inherited::default();
    for node in chain.iter().rev() {
        inh.update(doc, node);
    }
    inh
}

#[cfg(test)]
mod tests {
    use crate::extract::pdf_text::test_doc::{build, texts};
    use crate::extract::pdf_text::{extract_page, Limits};
    use lopdf::Dictionary;

    #[test]
    fn page_tree_cycles_terminate() {
        let (mut doc, ids) = build(&[b"BT /F1 12 Tf 10 10 Td (een) Tj ET"], Dictionary::new());
        let pages_id = doc
            .get_dictionary(ids[0])
            .ok()
            .and_then(|p| p.get(b"Parent").ok())
            .and_then(|p| p.as_reference().ok())
            .unwrap_or((0, 0));
        if let Ok(pages) = doc.get_dictionary_mut(pages_id) {
            pages.set("Kids", vec![ids[0].into(), pages_id.into(), ids[0].into()]);
        }
        if let Ok(page) = doc.get_dictionary_mut(ids[0]) {
            page.set("Parent", ids[0]);
        }
        assert_eq!(texts(&doc), vec!["een"]);
        assert!(extract_page(&doc, ids[0], &Limits::default()).is_ok());
    }
}
