//! Lenient tokenizer for PDF content streams (ISO 32000-1, 7.8.2).
//!
//! It turns the raw bytes of a page or Form XObject content stream into
//! operands and operators without ever failing: malformed input yields
//! whatever tokens can be recognised and garbage bytes are skipped. Inline
//! images (`BI … ID … EI`) are returned as a single token with their
//! dictionary so the interpreter can place them; their binary data is
//! skipped.

use std::borrow::Cow;

/// Deepest nesting of arrays/dictionaries inside one operand.
const MAX_NESTING: usize = 32;

/// One operand of a content stream operator.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Operand<'a> {
    Number(f64),
    Name(Cow<'a, [u8]>),
    Str(Vec<u8>),
    Array(Vec<Operand<'a>>),
    Dict(Vec<(Cow<'a, [u8]>, Operand<'a>)>),
    Bool(bool),
    Null,
}

impl Operand<'_> {
    /// The operand as a number, if it is one.
    pub(crate) fn num(&self) -> Option<f64> {
        match self {
            Operand::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The operand as a name, if it is one.
    pub(crate) fn name(&self) -> Option<&[u8]> {
        match self {
            Operand::Name(n) => Some(n),
            _ => None,
        }
    }
}

/// A lexical item of a content stream.
#[derive(Debug)]
pub(crate) enum Token<'a> {
    Operand(Operand<'a>),
    Operator(&'a [u8]),
    /// A complete inline image (`BI … ID … EI`), its data skipped.
    InlineImage,
}

/// Byte-level scanner over one content stream.
pub(crate) struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

pub(crate) fn is_whitespace(b: u8) -> bool {
    matches!(b, b'\0' | b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

pub(crate) fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_whitespace(b) && !is_delimiter(b)
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Parse the longest numeric prefix of a PDF number token (`-12`, `.5`,
/// `+3.25`), tolerating junk such as `1.2.3` or `--4`.
pub(crate) fn parse_number(tok: &[u8]) -> Option<f64> {
    let mut i = 0;
    let mut neg = false;
    while let Some(&b) = tok.get(i) {
        match b {
            b'-' => neg = !neg,
            b'+' => {}
            _ => break,
        }
        i += 1;
    }
    let mut int: f64 = 0.0;
    let mut any = false;
    while let Some(&b) = tok.get(i) {
        if b.is_ascii_digit() {
            int = int * 10.0 + f64::from(b - b'0');
            any = true;
            i += 1;
        } else {
            break;
        }
    }
    if tok.get(i) == Some(&b'.') {
        i += 1;
        let mut scale = 0.1;
        while let Some(&b) = tok.get(i) {
            if b.is_ascii_digit() {
                int += f64::from(b - b'0') * scale;
                scale *= 0.1;
                any = true;
                i += 1;
            } else {
                break;
            }
        }
    }
    if !any {
        return None;
    }
    Some(if neg { -int } else { int })
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Lexer { data, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn skip_whitespace_and_comments(&mut self) {
        while let Some(b) = self.peek() {
            if is_whitespace(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn regular_run(&mut self) -> &'a [u8] {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if !is_regular(b) {
                break;
            }
            self.pos += 1;
        }
        self.data.get(start..self.pos).unwrap_or(&[])
    }

    fn read_name(&mut self) -> Cow<'a, [u8]> {
        // Caller has consumed the '/'.
        let raw = self.regular_run();
        if !raw.contains(&b'#') {
            return Cow::Borrowed(raw);
        }
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while let Some(&b) = raw.get(i) {
            if b == b'#' {
                let hi = raw.get(i + 1).copied().and_then(hex_value);
                let lo = raw.get(i + 2).copied().and_then(hex_value);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi * 16 + lo);
                    i += 3;
                    continue;
                }
            }
            out.push(b);
            i += 1;
        }
        Cow::Owned(out)
    }

    fn read_literal_string(&mut self) -> Vec<u8> {
        // Caller has consumed the '('.
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return out;
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xff) as u8);
                        }
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
        out
    }

    fn read_hex_string(&mut self) -> Vec<u8> {
        // Caller has consumed the '<'.
        let mut out = Vec::new();
        let mut pending: Option<u8> = None;
        while let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'>' {
                break;
            }
            if let Some(v) = hex_value(b) {
                match pending.take() {
                    Some(hi) => out.push(hi * 16 + v),
                    None => pending = Some(v),
                }
            }
        }
        if let Some(hi) = pending {
            out.push(hi * 16);
        }
        out
    }

    /// Read one operand object; `None` when the next token is an operator
    /// (which is then left in place) or at end of data.
    fn read_object(&mut self, depth: usize) -> Option<Result<Operand<'a>, &'a [u8]>> {
        self.skip_whitespace_and_comments();
        let b = self.peek()?;
        match b {
            b'/' => {
                self.pos += 1;
                Some(Ok(Operand::Name(self.read_name())))
            }
            b'(' => {
                self.pos += 1;
                Some(Ok(Operand::Str(self.read_literal_string())))
            }
            b'<' => {
                if self.data.get(self.pos + 1) == Some(&b'<') {
                    self.pos += 2;
                    Some(Ok(self.read_dict(depth + 1)))
                } else {
                    self.pos += 1;
                    Some(Ok(Operand::Str(self.read_hex_string())))
                }
            }
            b'[' => {
                self.pos += 1;
                Some(Ok(self.read_array(depth + 1)))
            }
            b']' | b'>' | b')' | b'{' | b'}' => {
                // Stray delimiter: report it as a (meaningless) operator.
                let start = self.pos;
                self.pos += 1;
                Some(Err(self.data.get(start..self.pos).unwrap_or(&[])))
            }
            _ => {
                let start = self.pos;
                let tok = self.regular_run();
                if tok.is_empty() {
                    // Cannot happen for a non-delimiter, non-whitespace byte,
                    // but never loop forever.
                    self.pos = start + 1;
                    return Some(Err(&[]));
                }
                match tok.first() {
                    Some(b'0'..=b'9' | b'+' | b'-' | b'.') => {
                        Some(Ok(Operand::Number(parse_number(tok).unwrap_or(0.0))))
                    }
                    _ => match tok {
                        b"true" => Some(Ok(Operand::Bool(true))),
                        b"false" => Some(Ok(Operand::Bool(false))),
                        b"null" => Some(Ok(Operand::Null)),
                        _ => Some(Err(tok)),
                    },
                }
            }
        }
    }

    fn read_array(&mut self, depth: usize) -> Operand<'a> {
        let mut items = Vec::new();
        loop {
            self.skip_whitespace_and_comments();
            match self.peek() {
                None => break,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                Some(_) => {}
            }
            if depth > MAX_NESTING {
                // Too deep: swallow tokens until the matching bracket.
                self.skip_nested(b'[', b']');
                break;
            }
            match self.read_object(depth) {
                Some(Ok(obj)) => items.push(obj),
                Some(Err(_)) => {}
                None => break,
            }
        }
        Operand::Array(items)
    }

    fn read_dict(&mut self, depth: usize) -> Operand<'a> {
        let mut entries = Vec::new();
        loop {
            self.skip_whitespace_and_comments();
            match self.peek() {
                None => break,
                Some(b'>') => {
                    self.pos += 1;
                    if self.peek() == Some(b'>') {
                        self.pos += 1;
                    }
                    break;
                }
                Some(_) => {}
            }
            if depth > MAX_NESTING {
                break;
            }
            let key = match self.read_object(depth) {
                Some(Ok(Operand::Name(k))) => k,
                Some(_) => continue,
                None => break,
            };
            match self.read_object(depth) {
                Some(Ok(v)) => entries.push((key, v)),
                Some(Err(_)) => {}
                None => break,
            }
        }
        Operand::Dict(entries)
    }

    fn skip_nested(&mut self, open: u8, close: u8) {
        let mut level = 1usize;
        while let Some(b) = self.peek() {
            self.pos += 1;
            if b == open {
                level += 1;
            } else if b == close {
                level -= 1;
                if level == 0 {
                    return;
                }
            }
        }
    }

    /// Parse an inline image after `BI`: its dictionary, then skip the data
    /// up to and including `EI`.
    fn read_inline_image(&mut self) -> Token<'a> {
        let mut entries = Vec::new();
        loop {
            self.skip_whitespace_and_comments();
            if self.peek().is_none() {
                return Token::InlineImage;
            }
            match self.read_object(1) {
                Some(Ok(Operand::Name(k))) => match self.read_object(1) {
                    Some(Ok(v)) => entries.push((k, v)),
                    Some(Err(b"ID")) => break,
                    _ => {}
                },
                Some(Err(b"ID")) => break,
                Some(_) => {}
                None => return Token::InlineImage,
            }
        }
        // One whitespace byte separates ID from the data.
        if self.peek().is_some_and(is_whitespace) {
            self.pos += 1;
        }
        let data_start = self.pos;
        if let Some(len) = unfiltered_image_len(&entries) {
            // Jump over raw data of known size, then look for EI from there.
            let end = data_start.saturating_add(len);
            if end <= self.data.len() {
                self.pos = end;
                if let Some(after) = self.find_ei(end) {
                    self.pos = after;
                    return Token::InlineImage;
                }
            }
        }
        self.pos = self.find_ei(data_start).unwrap_or(self.data.len());
        Token::InlineImage
    }

    /// Find `EI` standing as its own token at or after `from`; return the
    /// position just after it.
    fn find_ei(&self, from: usize) -> Option<usize> {
        let data = self.data;
        let mut i = from;
        while i + 1 < data.len() {
            if data.get(i) == Some(&b'E') && data.get(i + 1) == Some(&b'I') {
                let before_ok = i == from
                    || data
                        .get(i.wrapping_sub(1))
                        .is_some_and(|&b| is_whitespace(b));
                let after_ok = data
                    .get(i + 2)
                    .is_none_or(|&b| is_whitespace(b) || is_delimiter(b));
                if before_ok && after_ok {
                    return Some(i + 2);
                }
            }
            i += 1;
        }
        None
    }

    /// Next token, or `None` at the end of the stream.
    pub(crate) fn next_token(&mut self) -> Option<Token<'a>> {
        loop {
            match self.read_object(0)? {
                Ok(obj) => return Some(Token::Operand(obj)),
                Err(b"BI") => return Some(self.read_inline_image()),
                Err([]) => continue,
                Err(op) => return Some(Token::Operator(op)),
            }
        }
    }
}

/// Byte length of an inline image's data when it is not filtered and its
/// dimensions are known.
fn unfiltered_image_len(entries: &[(Cow<'_, [u8]>, Operand<'_>)]) -> Option<usize> {
    let get = |long: &[u8], short: &[u8]| {
        entries
            .iter()
            .find(|(k, _)| k.as_ref() == long || k.as_ref() == short)
            .map(|(_, v)| v)
    };
    if get(b"Filter", b"F").is_some() {
        return None;
    }
    let width = get(b"Width", b"W")?.num()?;
    let height = get(b"Height", b"H")?.num()?;
    let is_mask = matches!(get(b"ImageMask", b"IM"), Some(Operand::Bool(true)));
    let bpc = if is_mask {
        1.0
    } else {
        get(b"BitsPerComponent", b"BPC")?.num()?
    };
    let comps = if is_mask {
        1.0
    } else {
        match get(b"ColorSpace", b"CS")? {
            Operand::Name(n) => match n.as_ref() {
                b"DeviceGray" | b"G" | b"CalGray" => 1.0,
                b"DeviceRGB" | b"RGB" | b"CalRGB" => 3.0,
                b"DeviceCMYK" | b"CMYK" => 4.0,
                _ => return None,
            },
            _ => return None,
        }
    };
    if !(width > 0.0 && height > 0.0 && bpc > 0.0) || width * height > 1e8 {
        return None;
    }
    let row = ((width * comps * bpc + 7.0) / 8.0).floor();
    Some((row * height) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(src: &[u8]) -> Vec<String> {
        let mut lx = Lexer::new(src);
        let mut out = Vec::new();
        while let Some(t) = lx.next_token() {
            out.push(match t {
                Token::Operand(Operand::Number(n)) => format!("{n}"),
                Token::Operand(Operand::Name(n)) => format!("/{}", String::from_utf8_lossy(&n)),
                Token::Operand(Operand::Str(s)) => format!("({})", String::from_utf8_lossy(&s)),
                Token::Operand(Operand::Array(a)) => format!("[{}]", a.len()),
                Token::Operand(o) => format!("{o:?}"),
                Token::Operator(op) => String::from_utf8_lossy(op).into_owned(),
                Token::InlineImage => "BI".to_string(),
            });
        }
        out
    }

    #[test]
    fn numbers_names_strings() {
        assert_eq!(
            tokens(b"BT /F#311 12 Tf -.5 +3 Td (a\\(b\\)\\101) Tj <48 6 > Tj ET"),
            vec!["BT", "/F11", "12", "Tf", "-0.5", "3", "Td", "(a(b)A)", "Tj", "(H`)", "Tj", "ET"]
        );
    }

    #[test]
    fn arrays_and_comments() {
        assert_eq!(
            tokens(b"[(A) -250 (B)] TJ % comment (x) Tj\n1 0 0 1 0 0 cm"),
            vec!["[3]", "TJ", "1", "0", "0", "1", "0", "0", "cm"]
        );
    }

    #[test]
    fn inline_image_is_skipped() {
        let src = b"q BI /W 2 /H 2 /CS /G /BPC 8 ID \x00EI\xffEI Q (after) Tj";
        assert_eq!(tokens(src), vec!["q", "BI", "Q", "(after)", "Tj"]);
        let filtered = b"BI /W 9 /H 9 /F /AHx ID 00ff EI (x) Tj";
        assert_eq!(tokens(filtered), vec!["BI", "(x)", "Tj"]);
    }

    #[test]
    fn garbage_does_not_loop() {
        let src = b")))>>}{ [[[[ <<< (unterminated";
        let _ = tokens(src);
        let deep = vec![b'['; 10_000];
        let _ = tokens(&deep);
        assert_eq!(parse_number(b"1.2.3"), Some(1.2));
        assert_eq!(parse_number(b"--4"), Some(4.0));
        assert_eq!(parse_number(b"-"), None);
    }
}
