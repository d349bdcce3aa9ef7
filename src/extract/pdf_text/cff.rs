//! Minimal reader for CFF font programs (`/FontFile3` of subtype
//! `Type1C`): only what is needed to recover a font's built-in encoding,
//! i.e. code → glyph name, for simple fonts that carry no `/Encoding`
//! (typical of TeX math fonts). Every read is bounds-checked; malformed
//! data yields `None`.

use std::sync::OnceLock;

/// Byte-level cursor over the font data.
struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    fn u8(&self, pos: usize) -> Option<usize> {
        self.data.get(pos).map(|&b| usize::from(b))
    }

    fn u16(&self, pos: usize) -> Option<usize> {
        Some((self.u8(pos)? << 8) | self.u8(pos + 1)?)
    }

    fn offset(&self, pos: usize, size: usize) -> Option<usize> {
        (0..size).try_fold(0usize, |acc, i| Some((acc << 8) | self.u8(pos + i)?))
    }

    /// Parse an INDEX at `pos`: the byte ranges of its items and the
    /// position after it.
    fn index(&self, pos: usize) -> Option<(Vec<(usize, usize)>, usize)> {
        let count = self.u16(pos)?;
        if count == 0 {
            return Some((Vec::new(), pos + 2));
        }
        let off_size = self.u8(pos + 2)?;
        if !(1..=4).contains(&off_size) {
            return None;
        }
        let offsets_at = pos + 3;
        let data_base = offsets_at + (count + 1) * off_size - 1;
        let mut items = Vec::with_capacity(count.min(65536));
        let mut prev = self.offset(offsets_at, off_size)?;
        for i in 1..=count {
            let next = self.offset(offsets_at + i * off_size, off_size)?;
            if next < prev {
                return None;
            }
            items.push((data_base + prev, data_base + next));
            prev = next;
        }
        let end = data_base + prev;
        (end <= self.data.len()).then_some((items, end))
    }
}

/// Operators of interest in the Top DICT.
#[derive(Default)]
struct TopDict {
    charset: usize,
    encoding: usize,
    char_strings: Option<usize>,
    is_cid: bool,
}

fn parse_top_dict(d: &[u8]) -> TopDict {
    let mut top = TopDict::default();
    let mut operands: Vec<f64> = Vec::new();
    let mut i = 0;
    while let Some(&b0) = d.get(i) {
        let b = i32::from(b0);
        match b0 {
            0..=21 => {
                let op = if b0 == 12 {
                    i += 1;
                    1200 + d.get(i).map_or(0, |&x| i32::from(x))
                } else {
                    b
                };
                let last = operands.last().copied().unwrap_or(0.0).max(0.0) as usize;
                match op {
                    15 => top.charset = last,
                    16 => top.encoding = last,
                    17 => top.char_strings = Some(last),
                    1230 => top.is_cid = true,
                    _ => {}
                }
                operands.clear();
                i += 1;
            }
            28 => {
                let v =
                    i16::from_be_bytes([*d.get(i + 1).unwrap_or(&0), *d.get(i + 2).unwrap_or(&0)]);
                operands.push(f64::from(v));
                i += 3;
            }
            29 => {
                let bytes = [0, 1, 2, 3].map(|k| *d.get(i + 1 + k).unwrap_or(&0));
                operands.push(f64::from(i32::from_be_bytes(bytes)));
                i += 5;
            }
            30 => {
                // Real number: skip nibbles up to the 0xf terminator.
                i += 1;
                while let Some(&n) = d.get(i) {
                    i += 1;
                    if n & 0x0f == 0x0f || n >> 4 == 0x0f {
                        break;
                    }
                }
                operands.push(0.0);
            }
            32..=246 => {
                operands.push(f64::from(b - 139));
                i += 1;
            }
            247..=250 => {
                let b1 = d.get(i + 1).map_or(0, |&x| i32::from(x));
                operands.push(f64::from((b - 247) * 256 + b1 + 108));
                i += 2;
            }
            251..=254 => {
                let b1 = d.get(i + 1).map_or(0, |&x| i32::from(x));
                operands.push(f64::from(-(b - 251) * 256 - b1 - 108));
                i += 2;
            }
            _ => i += 1,
        }
        if operands.len() > 48 {
            operands.clear();
        }
    }
    top
}

fn standard_strings() -> &'static Vec<&'static str> {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| CFF_STANDARD_STRINGS.split_ascii_whitespace().collect())
}

/// The built-in encoding of a CFF font: glyph name for each code, or
/// `None` if the font uses the standard encoding, is a CID font, or is
/// malformed.
pub(crate) fn builtin_encoding(data: &[u8]) -> Option<Vec<Option<String>>> {
    let r = Reader { data };
    let hdr_size = r.u8(2)?;
    let (_names, after_names) = r.index(hdr_size)?;
    let (top_dicts, after_top) = r.index(after_names)?;
    let (strings, _) = r.index(after_top)?;
    let &(top_start, top_end) = top_dicts.first()?;
    let top = parse_top_dict(data.get(top_start..top_end)?);
    // 0 = StandardEncoding, 1 = ExpertEncoding: nothing font-specific.
    if top.is_cid || top.encoding <= 1 {
        return None;
    }
    let n_glyphs = r.index(top.char_strings?)?.0.len();
    if n_glyphs == 0 {
        return None;
    }

    // Charset: SID of each glyph (GID 0 is .notdef).
    let mut sids: Vec<usize> = vec![0];
    match top.charset {
        0 => sids.extend(1..n_glyphs),
        1 | 2 => return None,
        off => {
            let format = r.u8(off)?;
            let mut pos = off + 1;
            while sids.len() < n_glyphs {
                match format {
                    0 => {
                        sids.push(r.u16(pos)?);
                        pos += 2;
                    }
                    1 | 2 => {
                        let first = r.u16(pos)?;
                        let n_left = if format == 1 {
                            r.u8(pos + 2)?
                        } else {
                            r.u16(pos + 2)?
                        };
                        pos += if format == 1 { 3 } else { 4 };
                        for k in 0..=n_left {
                            if sids.len() >= n_glyphs {
                                break;
                            }
                            sids.push(first + k);
                        }
                    }
                    _ => return None,
                }
            }
        }
    }
    let name_of = |sid: usize| -> Option<String> {
        match sid.checked_sub(391) {
            None => standard_strings().get(sid).map(|s| (*s).to_string()),
            Some(i) => {
                let &(a, b) = strings.get(i)?;
                Some(String::from_utf8_lossy(data.get(a..b)?).into_owned())
            }
        }
    };

    // Encoding: code of each glyph, plus supplements.
    let mut names: Vec<Option<String>> = vec![None; 256];
    let off = top.encoding;
    let format = r.u8(off)?;
    let mut pos = off + 1;
    let mut gid = 1usize;
    let assign = |code: usize, gid: usize, names: &mut Vec<Option<String>>| {
        if let (Some(slot), Some(&sid)) = (names.get_mut(code), sids.get(gid)) {
            *slot = name_of(sid);
        }
    };
    match format & 0x7f {
        0 => {
            let n_codes = r.u8(pos)?;
            pos += 1;
            for k in 0..n_codes {
                assign(r.u8(pos + k)?, gid, &mut names);
                gid += 1;
            }
            pos += n_codes;
        }
        1 => {
            let n_ranges = r.u8(pos)?;
            pos += 1;
            for _ in 0..n_ranges {
                let first = r.u8(pos)?;
                let n_left = r.u8(pos + 1)?;
                pos += 2;
                for k in 0..=n_left {
                    assign(first + k, gid, &mut names);
                    gid += 1;
                }
            }
        }
        _ => return None,
    }
    if format & 0x80 != 0 {
        let n_sups = r.u8(pos)?;
        pos += 1;
        for k in 0..n_sups {
            let code = r.u8(pos + 3 * k)?;
            let sid = r.u16(pos + 3 * k + 1)?;
            if let Some(slot) = names.get_mut(code) {
                *slot = name_of(sid);
            }
        }
    }
    Some(names)
}

/// The 391 standard strings of CFF (Adobe TN 5176, Appendix A), by SID.
const CFF_STANDARD_STRINGS: &str = "\
.notdef space exclam quotedbl numbersign dollar percent ampersand quoteright parenleft \
parenright asterisk plus comma hyphen period slash zero one two three four five six seven \
eight nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P \
Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore quoteleft a \
b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde \
exclamdown cent sterling fraction yen florin section currency quotesingle quotedblleft \
guillemotleft guilsinglleft guilsinglright fi fl endash dagger daggerdbl periodcentered \
paragraph bullet quotesinglbase quotedblbase quotedblright guillemotright ellipsis \
perthousand questiondown grave acute circumflex tilde macron breve dotaccent dieresis ring \
cedilla hungarumlaut ogonek caron emdash AE ordfeminine Lslash Oslash OE ordmasculine ae \
dotlessi lslash oslash oe germandbls onesuperior logicalnot mu trademark Eth onehalf \
plusminus Thorn onequarter divide brokenbar degree thorn threequarters twosuperior \
registered minus eth multiply threesuperior copyright Aacute Acircumflex Adieresis Agrave \
Aring Atilde Ccedilla Eacute Ecircumflex Edieresis Egrave Iacute Icircumflex Idieresis \
Igrave Ntilde Oacute Ocircumflex Odieresis Ograve Otilde Scaron Uacute Ucircumflex \
Udieresis Ugrave Yacute Ydieresis Zcaron aacute acircumflex adieresis agrave aring atilde \
ccedilla eacute ecircumflex edieresis egrave iacute icircumflex idieresis igrave ntilde \
oacute ocircumflex odieresis ograve otilde scaron uacute ucircumflex udieresis ugrave \
yacute ydieresis zcaron exclamsmall Hungarumlautsmall dollaroldstyle dollarsuperior \
ampersandsmall Acutesmall parenleftsuperior parenrightsuperior twodotenleader \
onedotenleader zerooldstyle oneoldstyle twooldstyle threeoldstyle fouroldstyle \
fiveoldstyle sixoldstyle sevenoldstyle eightoldstyle nineoldstyle commasuperior \
threequartersemdash periodsuperior questionsmall asuperior bsuperior centsuperior \
dsuperior esuperior isuperior lsuperior msuperior nsuperior osuperior rsuperior ssuperior \
tsuperior ff ffi ffl parenleftinferior parenrightinferior Circumflexsmall hyphensuperior \
Gravesmall Asmall Bsmall Csmall Dsmall Esmall Fsmall Gsmall Hsmall Ismall Jsmall Ksmall \
Lsmall Msmall Nsmall Osmall Psmall Qsmall Rsmall Ssmall Tsmall Usmall Vsmall Wsmall Xsmall \
Ysmall Zsmall colonmonetary onefitted rupiah Tildesmall exclamdownsmall centoldstyle \
Lslashsmall Scaronsmall Zcaronsmall Dieresissmall Brevesmall Caronsmall Dotaccentsmall \
Macronsmall figuredash hypheninferior Ogoneksmall Ringsmall Cedillasmall questiondownsmall \
oneeighth threeeighths fiveeighths seveneighths onethird twothirds zerosuperior \
foursuperior fivesuperior sixsuperior sevensuperior eightsuperior ninesuperior \
zeroinferior oneinferior twoinferior threeinferior fourinferior fiveinferior sixinferior \
seveninferior eightinferior nineinferior centinferior dollarinferior periodinferior \
commainferior Agravesmall Aacutesmall Acircumflexsmall Atildesmall Adieresissmall \
Aringsmall AEsmall Ccedillasmall Egravesmall Eacutesmall Ecircumflexsmall Edieresissmall \
Igravesmall Iacutesmall Icircumflexsmall Idieresissmall Ethsmall Ntildesmall Ogravesmall \
Oacutesmall Ocircumflexsmall Otildesmall Odieresissmall OEsmall Oslashsmall Ugravesmall \
Uacutesmall Ucircumflexsmall Udieresissmall Yacutesmall Thornsmall Ydieresissmall 001.000 \
001.001 001.002 001.003 Black Bold Book Light Medium Regular Roman Semibold";

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-assembled CFF with two glyphs (`alpha`, `A`) encoded at
    /// codes 0x61 and 0x41.
    fn sample() -> Vec<u8> {
        let mut f = vec![1, 0, 4, 1];
        // Name INDEX: one name "F".
        f.extend([0, 1, 1, 1, 2, b'F']);
        // Top DICT INDEX with charset/encoding/CharStrings offsets patched below.
        let top_pos = f.len();
        f.extend([0, 1, 1, 1, 0]);
        let dict_start = f.len();
        // Placeholders: 28 hi lo 15 (charset), 28 hi lo 16 (Encoding), 28 hi lo 17.
        f.extend([28, 0, 0, 15, 28, 0, 0, 16, 28, 0, 0, 17]);
        let dict_len = f.len() - dict_start;
        f[top_pos + 4] = (1 + dict_len) as u8;
        // String INDEX: one custom string "alpha" (SID 391).
        f.extend([0, 1, 1, 1, 6]);
        f.extend(b"alpha");
        // Global subrs: empty.
        f.extend([0, 0]);
        // CharStrings INDEX: 3 glyphs (.notdef, alpha, A), each `endchar`.
        let cs = f.len();
        f.extend([0, 3, 1, 1, 2, 3, 4, 14, 14, 14]);
        // Charset format 0: SIDs 391 (alpha), 34 (A).
        let charset = f.len();
        f.extend([0, 1, 135, 0, 34]);
        // Encoding format 0: codes 0x61, 0x41.
        let encoding = f.len();
        f.extend([0, 2, 0x61, 0x41]);
        for (k, v) in [charset, encoding, cs].iter().enumerate() {
            f[dict_start + 4 * k + 1] = (*v >> 8) as u8;
            f[dict_start + 4 * k + 2] = *v as u8;
        }
        f
    }

    #[test]
    fn reads_builtin_encoding() {
        let names = builtin_encoding(&sample()).unwrap_or_default();
        assert_eq!(names.get(0x61).cloned().flatten().as_deref(), Some("alpha"));
        assert_eq!(names.get(0x41).cloned().flatten().as_deref(), Some("A"));
        assert_eq!(names.get(0x42).cloned().flatten(), None);
    }

    #[test]
    fn malformed_data_is_rejected() {
        assert!(builtin_encoding(&[]).is_none());
        assert!(builtin_encoding(&[1, 0, 4, 1, 0xff, 0xff, 4]).is_none());
        let mut truncated = sample();
        truncated.truncate(truncated.len() - 3);
        let _ = builtin_encoding(&truncated);
    }
}
