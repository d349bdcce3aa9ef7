//! Bytes to text, and the separator of a delimited text: the encodings and
//! separators Dutch Excel and other tools write. Used to read documents
//! and the cohort's own `cohort.csv`.

/// Decodes text bytes: a BOM decides; otherwise UTF-8 when valid, else
/// Windows-1252 (what Dutch Excel writes).
pub fn decode_text(bytes: &[u8]) -> String {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) if e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len() => {
            // Only a character cut off at the end (a capped read): keep UTF-8.
            String::from_utf8_lossy(bytes).into_owned()
        }
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

const CANDIDATES: [u8; 3] = [b';', b',', b'\t'];

/// Counts a delimiter per line outside double quotes.
fn counts_per_line(text: &str, delimiter: u8) -> Vec<usize> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(50)
        .map(|line| {
            let mut quoted = false;
            line.bytes()
                .filter(|&b| {
                    if b == b'"' {
                        quoted = !quoted;
                    }
                    b == delimiter && !quoted
                })
                .count()
        })
        .collect()
}

/// The separator that splits the first lines most consistently; `,` when
/// none does.
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut best = (b',', 0usize);
    for d in CANDIDATES {
        let counts = counts_per_line(text, d);
        let Some(&first) = counts.first() else {
            continue;
        };
        let consistent = counts.iter().filter(|&&c| c == first && c > 0).count();
        let score = consistent * (first.min(20) + 1);
        if first > 0 && score > best.1 {
            best = (d, score);
        }
    }
    best.0
}

/// Whether the text is a table: at least two lines that split the same way.
pub fn looks_delimited(text: &str) -> bool {
    CANDIDATES.iter().any(|&d| {
        let counts = counts_per_line(text, d);
        counts.len() >= 2
            && counts[0] > 0
            && counts.iter().filter(|&&c| c == counts[0]).count() * 10 >= counts.len() * 7
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_and_bom_are_decoded() {
        assert_eq!(decode_text(b"caf\xe9;co\xf6rdinatie"), "café;coördinatie");
        assert_eq!(decode_text("\u{feff}datum;uren".as_bytes()), "datum;uren");
        assert_eq!(decode_text("Zoë".as_bytes()), "Zoë");
    }

    #[test]
    fn delimiter_is_sniffed() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\n1\t2\n"), b'\t');
        assert_eq!(sniff_delimiter("\"x;y\",b\n1,2\n"), b',');
    }
}
