//! Word documents (docx): the text of `word/document.xml`, a page break
//! (hard or as Word last rendered it) starting a new page.
//!
//! A signature in a Word upload is a picture or an ink drawing pasted at
//! the signature label (issue 21): a drawing anchored in the label's
//! paragraph or within a few paragraphs of it (the next table cell, the
//! line above or below) is a visual signature. A picture elsewhere, a logo
//! in the letterhead (a header part, not the body) or at the top of the
//! page, is not.

use super::signature::is_signature_label;
use super::Content;
use crate::model::{SignatureKind, Unreadable};
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// The document part may inflate to this much at most.
const MAX_XML: u64 = 64 * 1024 * 1024;

pub fn parse(bytes: &[u8]) -> Result<Content, Unreadable> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| super::zip_package::damage(bytes, "docx", e))?;
    let mut xml = Vec::new();
    archive
        .by_name("word/document.xml")
        .map_err(|e| Unreadable::Corrupt(format!("docx: {e}")))?
        .take(MAX_XML)
        .read_to_end(&mut xml)
        .map_err(|e| Unreadable::Corrupt(format!("docx: {e}")))?;
    let body = read_body(&xml)?;
    Ok(Content {
        pages: body.pages,
        signature: if body.signed {
            SignatureKind::Visual
        } else {
            SignatureKind::None
        },
        ..Content::default()
    })
}

/// Paragraphs before and after a signature label's own paragraph in which
/// a drawing still belongs to it: the value cell beside a label cell, the
/// signing line above the label, the picture on the line under it.
const SIGNATURE_PARAGRAPHS_BEFORE: usize = 2;
const SIGNATURE_PARAGRAPHS_AFTER: usize = 3;

/// What the body says: its pages of text, and whether a drawing stands at
/// a signature label.
struct Body {
    pages: Vec<String>,
    signed: bool,
}

/// Elements that put a picture or ink into a run: DrawingML, VML (`pict`,
/// also the fallback of an ink drawing), an embedded object, and Office
/// ink (`contentPart`).
fn is_drawing(local_name: &str) -> bool {
    matches!(local_name, "drawing" | "pict" | "object" | "contentPart")
}

/// Whether a drawing stands at a signature label, by paragraph number.
fn drawing_at_label(labels: &[usize], drawings: &[usize]) -> bool {
    labels.iter().any(|&label| {
        let near =
            label.saturating_sub(SIGNATURE_PARAGRAPHS_BEFORE)..=label + SIGNATURE_PARAGRAPHS_AFTER;
        drawings.iter().any(|d| near.contains(d))
    })
}

fn read_body(xml: &[u8]) -> Result<Body, Unreadable> {
    let mut pages = vec![String::new()];
    let mut paragraph = 0usize;
    let mut paragraph_text = String::new();
    let mut labels = Vec::new();
    let mut drawings = Vec::new();
    walk(xml, &mut pages, |event| match event {
        Walked::Text(t) => paragraph_text.push_str(t),
        Walked::ParagraphEnd => {
            if is_signature_label(&paragraph_text) {
                labels.push(paragraph);
            }
            paragraph_text.clear();
            paragraph += 1;
        }
        Walked::Drawing => drawings.push(paragraph),
    })?;
    let signed = drawing_at_label(&labels, &drawings);
    Ok(Body { pages, signed })
}

/// What the walk reports beside the page text it writes.
enum Walked<'a> {
    Text(&'a str),
    ParagraphEnd,
    Drawing,
}

#[cfg(test)]
fn document_pages(xml: &[u8]) -> Result<Vec<String>, Unreadable> {
    read_body(xml).map(|b| b.pages)
}

/// Walks the WordprocessingML body: `w:t` is text, `w:tab` a tab, `w:br`
/// a line break (a page break when `w:type="page"`), `w:p` a paragraph.
fn walk(
    xml: &[u8],
    pages: &mut Vec<String>,
    mut seen: impl FnMut(Walked<'_>),
) -> Result<(), Unreadable> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| Unreadable::Corrupt(format!("docx XML: {e}")))?;
        let page = pages.last_mut();
        match (event, page) {
            (Event::Eof, _) => break,
            (Event::Start(e), _) if e.local_name().as_ref() == "t" => in_text = true,
            (Event::Start(e), _) if is_drawing(e.local_name().as_ref()) => seen(Walked::Drawing),
            (Event::End(e), Some(page)) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    page.push('\n');
                    seen(Walked::ParagraphEnd);
                }
                _ => {}
            },
            (Event::Text(t), Some(page)) if in_text => {
                let text = t.xml10_content();
                page.push_str(&text);
                seen(Walked::Text(&text));
            }
            (Event::GeneralRef(r), Some(page)) if in_text => {
                let mut resolved = String::new();
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    resolved.push(c);
                } else {
                    resolved.push_str(match r.xml10_content().as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
                page.push_str(&resolved);
                seen(Walked::Text(&resolved));
            }
            (Event::Empty(e), _) if is_drawing(e.local_name().as_ref()) => seen(Walked::Drawing),
            (Event::Empty(e), Some(page)) => match e.local_name().as_ref() {
                "tab" => page.push('\t'),
                "br" | "cr" => {
                    let is_page = e.attributes().flatten().any(|a| {
                        a.key.local_name().as_ref() == "type" && a.value.as_ref() == "page"
                    });
                    if is_page {
                        pages.push(String::new());
                    } else {
                        page.push('\n');
                    }
                }
                "lastRenderedPageBreak" if !page.trim().is_empty() => pages.push(String::new()),
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tabs_and_page_breaks() {
        let xml = br#"<w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>Naam:</w:t><w:tab/><w:t xml:space="preserve">Zo&#235; de Vries</w:t></w:r></w:p>
            <w:p><w:r><w:br w:type="page"/><w:t>Handtekening</w:t></w:r></w:p>
            </w:body></w:document>"#;
        let pages = document_pages(xml).expect("parses"); // ok: test
        assert_eq!(pages.len(), 2);
        assert!(pages[0].starts_with("Naam:\tZo"), "{pages:?}");
        assert!(pages[1].contains("Handtekening"));
    }

    fn picture() -> &'static str {
        r#"<w:r><w:drawing><wp:inline><wp:extent cx="1800000" cy="470000"/></wp:inline></w:drawing></w:r>"#
    }

    fn signed(body: &str) -> bool {
        let xml =
            format!(r#"<w:document xmlns:w="x" xmlns:wp="y"><w:body>{body}</w:body></w:document>"#);
        read_body(xml.as_bytes()).expect("parses").signed // ok: test
    }

    #[test]
    fn a_picture_at_the_signature_label_is_a_signature() {
        // In the label's own paragraph.
        let inline = format!(
            "<w:p><w:r><w:t>Handtekening aanvrager: </w:t></w:r>{}</w:p>",
            picture()
        );
        assert!(signed(&inline));
        // In the value cell beside the label cell.
        let cell = format!(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ondertekening werkgever</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p>{}</w:p></w:tc></w:tr></w:tbl>",
            picture()
        );
        assert!(signed(&cell));
        // On the line above the label, over the printed name.
        let above = format!(
            "<w:p>{}</w:p><w:p><w:r><w:t>J. de Wit</w:t></w:r></w:p><w:p><w:r><w:t>Handtekening</w:t></w:r></w:p>",
            picture()
        );
        assert!(signed(&above));
    }

    #[test]
    fn a_logo_or_an_unsigned_line_is_not() {
        let logo = format!(
            "<w:p>{}</w:p><w:p><w:r><w:t>Werkgeversverklaring</w:t></w:r></w:p>{}\
             <w:p><w:r><w:t>Handtekening: ..................</w:t></w:r></w:p>",
            picture(),
            "<w:p><w:r><w:t>tekst</w:t></w:r></w:p>".repeat(8)
        );
        assert!(!signed(&logo));
        assert!(!signed(
            "<w:p><w:r><w:t>Handtekening: ____________</w:t></w:r></w:p>"
        ));
    }
}
