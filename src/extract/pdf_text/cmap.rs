//! Parser for CMap streams: `/ToUnicode` maps (bfchar, bfrange incl. the
//! array form) and embedded CID encodings (cidchar, cidrange), with
//! codespace ranges of 1–4 bytes used to split strings into character codes.
//!
//! The parser is lenient: it ignores the declared entry counts, skips
//! anything it does not understand and never fails.

use std::collections::HashMap;

use super::lexer::{Lexer, Operand, Token};

/// Most codespace ranges kept (real CMaps have a handful).
const MAX_CODESPACES: usize = 256;

/// One codespace range: codes of `len` bytes whose every byte lies between
/// the corresponding bytes of `lo` and `hi`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CodeSpace {
    pub(crate) len: u8,
    pub(crate) lo: [u8; 4],
    pub(crate) hi: [u8; 4],
}

impl CodeSpace {
    fn matches(&self, bytes: &[u8]) -> bool {
        let n = usize::from(self.len);
        match bytes.get(..n) {
            Some(head) => head
                .iter()
                .zip(self.lo.iter().zip(self.hi.iter()))
                .all(|(b, (lo, hi))| lo <= b && b <= hi),
            None => false,
        }
    }
}

/// Destination of a bfrange: either consecutive strings derived from a base
/// (UTF-16 units, last unit incremented) or an explicit list.
#[derive(Debug, Clone)]
enum RangeDst {
    Incrementing(Vec<u16>),
    List(Vec<String>),
}

#[derive(Debug, Clone)]
struct UniRange {
    lo: u32,
    hi: u32,
    dst: RangeDst,
}

/// Which `begin…`/`end…` section the parser is in.
#[derive(PartialEq, Clone, Copy)]
enum Section {
    None,
    CodeSpace,
    BfChar,
    BfRange,
    CidChar,
    CidRange,
}

/// A parsed CMap. The same structure serves ToUnicode maps (code → text)
/// and CID encodings (code → CID).
#[derive(Debug, Clone, Default)]
pub(crate) struct CMap {
    pub(crate) codespaces: Vec<CodeSpace>,
    uni_single: HashMap<u32, String>,
    /// Sorted by `lo` after parsing.
    uni_ranges: Vec<UniRange>,
    cid_single: HashMap<u32, u32>,
    /// `(lo, hi, first_cid)`, sorted by `lo`.
    cid_ranges: Vec<(u32, u32, u32)>,
    /// `/WMode 1`.
    pub(crate) vertical: bool,
    /// Name given to `usecmap`, if any.
    pub(crate) use_cmap: Option<Vec<u8>>,
    /// Identity mapping: every code is its own Unicode value (a ToUnicode
    /// given as the name `/Identity-H`).
    identity: bool,
}

fn code_value(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0u32, |acc, &b| (acc << 8) | u32::from(b))
}

/// Decode UTF-16BE bytes leniently. A single byte is taken as a Latin-1 code.
pub(crate) fn utf16be_to_string(bytes: &[u8]) -> String {
    if bytes.len() == 1 {
        return bytes
            .first()
            .map(|&b| char::from(b).to_string())
            .unwrap_or_default();
    }
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| match c {
            [hi, lo] => u16::from_be_bytes([*hi, *lo]),
            [b] => u16::from(*b),
            _ => 0,
        })
        .collect();
    String::from_utf16_lossy(&units)
}

fn units_of(bytes: &[u8]) -> Vec<u16> {
    if bytes.len() == 1 {
        return bytes.iter().map(|&b| u16::from(b)).collect();
    }
    bytes
        .chunks(2)
        .map(|c| match c {
            [hi, lo] => u16::from_be_bytes([*hi, *lo]),
            [b] => u16::from(*b),
            _ => 0,
        })
        .collect()
}

impl CMap {
    /// Parse a CMap program. Never fails; unparseable parts are ignored.
    pub(crate) fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut lexer = Lexer::new(data);
        // Operands seen since the last keyword.
        let mut stack: Vec<Operand<'_>> = Vec::new();
        let mut section = Section::None;
        while let Some(tok) = lexer.next_token() {
            match tok {
                Token::Operand(op) => {
                    stack.push(op);
                    if section != Section::None {
                        cmap.consume(section, &mut stack);
                    } else if stack.len() > 64 {
                        stack.drain(..32);
                    }
                }
                Token::Operator(kw) => {
                    match kw {
                        b"begincodespacerange" => section = Section::CodeSpace,
                        b"beginbfchar" => section = Section::BfChar,
                        b"beginbfrange" => section = Section::BfRange,
                        b"begincidchar" => section = Section::CidChar,
                        b"begincidrange" => section = Section::CidRange,
                        b"endcodespacerange" | b"endbfchar" | b"endbfrange" | b"endcidchar"
                        | b"endcidrange" => section = Section::None,
                        b"def" => {
                            if let [.., Operand::Name(k), Operand::Number(v)] = stack.as_slice() {
                                if k.as_ref() == b"WMode" {
                                    cmap.vertical = *v == 1.0;
                                }
                            }
                        }
                        b"usecmap" => {
                            if let Some(Operand::Name(n)) = stack.last() {
                                cmap.use_cmap = Some(n.to_vec());
                            }
                        }
                        _ => {}
                    }
                    stack.clear();
                }
                Token::InlineImage => stack.clear(),
            }
        }
        cmap.uni_ranges.sort_by_key(|r| r.lo);
        cmap.cid_ranges.sort_by_key(|r| r.0);
        cmap
    }

    /// Consume complete entries of the current section from `stack`.
    fn consume(&mut self, section: Section, stack: &mut Vec<Operand<'_>>) {
        let need = match section {
            Section::CodeSpace | Section::BfChar | Section::CidChar => 2,
            Section::BfRange | Section::CidRange => 3,
            Section::None => {
                stack.clear();
                return;
            }
        };
        // A non-string where a source code is expected: resynchronise.
        if !matches!(stack.first(), Some(Operand::Str(_))) {
            stack.clear();
            return;
        }
        if stack.len() < need {
            return;
        }
        let entry: Vec<Operand<'_>> = std::mem::take(stack);
        match (section, entry.as_slice()) {
            (Section::CodeSpace, [Operand::Str(lo), Operand::Str(hi)])
                if lo.len() == hi.len()
                    && (1..=4).contains(&lo.len())
                    && self.codespaces.len() < MAX_CODESPACES =>
            {
                let mut cs = CodeSpace {
                    len: lo.len() as u8,
                    lo: [0; 4],
                    hi: [0; 4],
                };
                for (i, (l, h)) in lo.iter().zip(hi.iter()).enumerate() {
                    if let (Some(cl), Some(ch)) = (cs.lo.get_mut(i), cs.hi.get_mut(i)) {
                        *cl = *l;
                        *ch = *h;
                    }
                }
                self.codespaces.push(cs);
            }
            (Section::BfChar, [Operand::Str(src), dst]) => {
                let text = match dst {
                    Operand::Str(d) => utf16be_to_string(d),
                    Operand::Name(n) => {
                        super::encoding::glyph_name_to_unicode(&String::from_utf8_lossy(n))
                            .unwrap_or_default()
                    }
                    _ => return,
                };
                self.uni_single.insert(code_value(src), text);
            }
            (Section::BfRange, [Operand::Str(lo), Operand::Str(hi), dst]) => {
                let (lo, hi) = (code_value(lo), code_value(hi));
                if hi < lo {
                    return;
                }
                let dst = match dst {
                    Operand::Str(d) => RangeDst::Incrementing(units_of(d)),
                    Operand::Array(items) => RangeDst::List(
                        items
                            .iter()
                            .map(|it| match it {
                                Operand::Str(s) => utf16be_to_string(s),
                                _ => String::new(),
                            })
                            .collect(),
                    ),
                    _ => return,
                };
                self.uni_ranges.push(UniRange { lo, hi, dst });
            }
            (Section::CidChar, [Operand::Str(src), Operand::Number(cid)]) => {
                self.cid_single.insert(code_value(src), *cid as u32);
            }
            (Section::CidRange, [Operand::Str(lo), Operand::Str(hi), Operand::Number(cid)]) => {
                let (lo, hi) = (code_value(lo), code_value(hi));
                if hi >= lo {
                    self.cid_ranges.push((lo, hi, *cid as u32));
                }
            }
            _ => {}
        }
    }

    /// A map taking every code to the Unicode character of the same value.
    pub(crate) fn identity() -> CMap {
        CMap {
            identity: true,
            ..CMap::default()
        }
    }

    /// Does this map contain any code → text entries?
    pub(crate) fn has_unicode(&self) -> bool {
        self.identity || !self.uni_single.is_empty() || !self.uni_ranges.is_empty()
    }

    /// Text for a character code, if mapped.
    pub(crate) fn lookup(&self, code: u32) -> Option<String> {
        if let Some(s) = self.uni_single.get(&code) {
            return Some(s.clone());
        }
        if self.identity {
            return char::from_u32(code).map(String::from);
        }
        // Last range starting at or below `code`; a few earlier ones are
        // checked as well in case ranges overlap.
        let idx = self.uni_ranges.partition_point(|r| r.lo <= code);
        for r in self.uni_ranges.get(..idx)?.iter().rev().take(16) {
            if code > r.hi {
                continue;
            }
            let offset = code - r.lo;
            return match &r.dst {
                RangeDst::Incrementing(units) => {
                    let mut units = units.clone();
                    if let Some(last) = units.last_mut() {
                        *last = last.wrapping_add((offset & 0xffff) as u16);
                    }
                    Some(String::from_utf16_lossy(&units))
                }
                RangeDst::List(items) => items.get(offset as usize).cloned(),
            };
        }
        None
    }

    /// CID for a character code in an encoding CMap.
    pub(crate) fn cid(&self, code: u32) -> Option<u32> {
        if let Some(c) = self.cid_single.get(&code) {
            return Some(*c);
        }
        let idx = self.cid_ranges.partition_point(|r| r.0 <= code);
        for &(lo, hi, first) in self.cid_ranges.get(..idx)?.iter().rev().take(16) {
            if code <= hi {
                return Some(first.wrapping_add(code - lo));
            }
        }
        None
    }

    /// Length in bytes of the code at the start of `bytes`, according to
    /// the codespace ranges; `default_len` when no range matches.
    pub(crate) fn code_len(&self, bytes: &[u8], default_len: usize) -> usize {
        if self.codespaces.is_empty() {
            return default_len.clamp(1, 4);
        }
        for n in 1..=4u8 {
            if self
                .codespaces
                .iter()
                .any(|cs| cs.len == n && cs.matches(bytes))
            {
                return usize::from(n);
            }
        }
        // No match: use the shortest declared length.
        self.codespaces
            .iter()
            .map(|cs| usize::from(cs.len))
            .min()
            .unwrap_or(default_len)
            .clamp(1, 4)
    }
}

/// Split `bytes` into `(code, byte_len)` pairs using `cmap`'s codespaces
/// (or fixed `default_len`-byte codes without one).
pub(crate) fn split_codes(
    cmap: Option<&CMap>,
    bytes: &[u8],
    default_len: usize,
) -> Vec<(u32, usize)> {
    let mut out = Vec::with_capacity(bytes.len() / default_len.max(1) + 1);
    let mut i = 0;
    while i < bytes.len() {
        let rest = bytes.get(i..).unwrap_or(&[]);
        let n = match cmap {
            Some(c) => c.code_len(rest, default_len),
            None => default_len.clamp(1, 4),
        };
        let n = n.min(rest.len()).max(1);
        out.push((code_value(rest.get(..n).unwrap_or(&[])), n));
        i += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &[u8] = b"/CIDInit /ProcSet findresource begin
12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
3 beginbfchar
<01> <0041>
<8001> <00660069>
<02> <D83DDE00>
endbfchar
2 beginbfrange
<10> <12> <0061>
<8100> <8102> [<0031> <0032> <00330034>]
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn bfchar_bfrange_and_array_form() {
        let c = CMap::parse(SAMPLE);
        assert_eq!(c.lookup(0x01).as_deref(), Some("A"));
        assert_eq!(c.lookup(0x8001).as_deref(), Some("fi"));
        assert_eq!(c.lookup(0x02).as_deref(), Some("\u{1F600}"));
        assert_eq!(c.lookup(0x10).as_deref(), Some("a"));
        assert_eq!(c.lookup(0x12).as_deref(), Some("c"));
        assert_eq!(c.lookup(0x13), None);
        assert_eq!(c.lookup(0x8100).as_deref(), Some("1"));
        assert_eq!(c.lookup(0x8102).as_deref(), Some("34"));
        assert!(!c.vertical);
    }

    #[test]
    fn mixed_codespace_split() {
        let c = CMap::parse(SAMPLE);
        let codes = split_codes(Some(&c), &[0x01, 0x80, 0x01, 0x41], 2);
        assert_eq!(codes, vec![(0x01, 1), (0x8001, 2), (0x41, 1)]);
        // Four-byte codespace.
        let c4 = CMap::parse(b"begincodespacerange <00000000> <FFFFFFFF> endcodespacerange");
        assert_eq!(
            split_codes(Some(&c4), &[0, 0, 1, 2, 9], 2),
            vec![(0x0102, 4), (9, 1)]
        );
    }

    #[test]
    fn cid_ranges_and_wmode() {
        let c = CMap::parse(
            b"/WMode 1 def begincodespacerange <0000> <FFFF> endcodespacerange
              begincidrange <0020> <007e> 1 endcidrange begincidchar <3000> 633 endcidchar",
        );
        assert_eq!(c.cid(0x20), Some(1));
        assert_eq!(c.cid(0x41), Some(0x22));
        assert_eq!(c.cid(0x3000), Some(633));
        assert_eq!(c.cid(0x10), None);
        assert!(c.vertical);
    }

    #[test]
    fn garbage_is_tolerated() {
        let c = CMap::parse(
            b"beginbfchar <01> endbfchar beginbfrange <05> <01> <0041> [ <0A> <0B> /x endbfrange",
        );
        assert_eq!(c.lookup(5), None);
        let _ = CMap::parse(&[0xff; 100]);
        let _ = split_codes(None, &[1, 2, 3], 2);
    }
}
