//! Word documents (docx): the text of `word/document.xml`, a page break
//! (hard or as Word last rendered it) starting a new page.

use super::Content;
use crate::model::Unreadable;
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
    Ok(Content {
        pages: document_pages(&xml)?,
        ..Content::default()
    })
}

/// Walks the WordprocessingML body: `w:t` is text, `w:tab` a tab, `w:br`
/// a line break (a page break when `w:type="page"`), `w:p` a paragraph.
fn document_pages(xml: &[u8]) -> Result<Vec<String>, Unreadable> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut pages = vec![String::new()];
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
            (Event::End(e), Some(page)) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => page.push('\n'),
                _ => {}
            },
            (Event::Text(t), Some(page)) if in_text => {
                page.push_str(&t.xml10_content());
            }
            (Event::GeneralRef(r), Some(page)) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    page.push(c);
                } else {
                    page.push_str(match r.xml10_content().as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
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
    Ok(pages)
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
}
