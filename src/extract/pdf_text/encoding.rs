//! Simple-font encodings and glyph names.
//!
//! Holds the base encodings of ISO 32000-1 Annex D (Standard, WinAnsi,
//! MacRoman, PDFDoc) plus the built-in encoding of the Symbol font as
//! code → glyph-name tables, and the mapping from glyph names to Unicode:
//! an Adobe Glyph List subset (Latin incl. all Dutch diacritics, Greek,
//! punctuation, ligatures, currency, common symbols) followed by the AGL
//! naming rules (`uniXXXX`, `uXXXX`, `name.suffix`, `a_b_c`).

use std::collections::HashMap;
use std::sync::OnceLock;

/// The named base encodings a simple font can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BaseEncoding {
    Standard,
    WinAnsi,
    MacRoman,
    PdfDoc,
    Symbol,
}

impl BaseEncoding {
    /// Encoding for a `/Encoding` (or `/BaseEncoding`) name.
    pub(crate) fn from_name(name: &[u8]) -> Option<Self> {
        match name {
            b"StandardEncoding" => Some(Self::Standard),
            b"WinAnsiEncoding" => Some(Self::WinAnsi),
            b"MacRomanEncoding" | b"MacExpertEncoding" => Some(Self::MacRoman),
            b"PDFDocEncoding" => Some(Self::PdfDoc),
            _ => None,
        }
    }

    /// Glyph name for each of the 256 codes (`None` where undefined).
    pub(crate) fn names(self) -> &'static [Option<&'static str>; 256] {
        static TABLES: OnceLock<[[Option<&'static str>; 256]; 5]> = OnceLock::new();
        let tables = TABLES.get_or_init(|| {
            [
                parse_table(&[STANDARD_NAMES]),
                parse_table(&WIN_ANSI_NAMES),
                parse_table(&MAC_ROMAN_NAMES),
                parse_table(&PDF_DOC_NAMES),
                parse_table(&[SYMBOL_NAMES]),
            ]
        });
        match self {
            Self::Standard => &tables[0],
            Self::WinAnsi => &tables[1],
            Self::MacRoman => &tables[2],
            Self::PdfDoc => &tables[3],
            Self::Symbol => &tables[4],
        }
    }
}

/// The 256 glyph names of a table written in parts, `.` for none.
fn parse_table(parts: &[&'static str]) -> [Option<&'static str>; 256] {
    let mut out = [None; 256];
    let names = parts.iter().flat_map(|part| part.split_ascii_whitespace());
    for (slot, name) in out.iter_mut().zip(names) {
        if name != "." {
            *slot = Some(name);
        }
    }
    out
}

fn glyph_list() -> &'static HashMap<&'static str, char> {
    static MAP: OnceLock<HashMap<&'static str, char>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity(700);
        let mut it = GLYPH_LIST.split_ascii_whitespace();
        while let (Some(name), Some(hex)) = (it.next(), it.next()) {
            if let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                map.insert(name, c);
            }
        }
        map
    })
}

/// Replace presentation-form ligatures by their letters (`ﬁ` → `fi`).
pub(crate) fn expand_ligature(c: char) -> Option<&'static str> {
    match c {
        '\u{FB00}' => Some("ff"),
        '\u{FB01}' => Some("fi"),
        '\u{FB02}' => Some("fl"),
        '\u{FB03}' => Some("ffi"),
        '\u{FB04}' => Some("ffl"),
        '\u{FB05}' | '\u{FB06}' => Some("st"),
        _ => None,
    }
}

fn hex_units(hex: &str) -> Option<Vec<u32>> {
    if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some(vec![u32::from_str_radix(hex, 16).ok()?])
}

/// Unicode for one glyph-name component (no `.` suffix, no `_`).
fn component_to_unicode(name: &str) -> Option<String> {
    if let Some(c) = glyph_list().get(name) {
        return Some(c.to_string());
    }
    if let Some(hex) = name.strip_prefix("uni") {
        // uniXXXX or uniXXXXYYYY…: groups of four hex digits.
        if !hex.is_empty() && hex.len() % 4 == 0 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            let mut s = String::new();
            for i in (0..hex.len()).step_by(4) {
                let v = u32::from_str_radix(hex.get(i..i + 4)?, 16).ok()?;
                if (0xD800..0xE000).contains(&v) {
                    return None;
                }
                s.push(char::from_u32(v)?);
            }
            return Some(s);
        }
    }
    if let Some(hex) = name.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) {
            let v = hex_units(hex)?;
            return v
                .first()
                .and_then(|&v| char::from_u32(v))
                .map(|c| c.to_string());
        }
    }
    None
}

/// Unicode text for a glyph name following the AGL specification:
/// list lookup, `uniXXXX`, `uXXXX[XX]`, suffixes after `.` dropped and
/// ligature names `a_b` split on `_`.
pub(crate) fn glyph_name_to_unicode(name: &str) -> Option<String> {
    if let Some(s) = component_to_unicode(name) {
        return Some(s);
    }
    let base = match name.find('.') {
        Some(0) | None => name,
        Some(i) => name.get(..i).unwrap_or(name),
    };
    if base.contains('_') {
        let mut s = String::new();
        for part in base.split('_') {
            s.push_str(&component_to_unicode(part)?);
        }
        return Some(s);
    }
    if base != name {
        return component_to_unicode(base);
    }
    None
}

// Tables generated from the Adobe Glyph List and the encoding vectors of
// ISO 32000-1 Annex D: 256 space-separated glyph names each, `.` = none;
// the ranges several encodings share are written once and the tables put
// together from parts.
const STANDARD_NAMES: &str = "\
. . . . . . . . . . . . . . . . \
. . . . . . . . . . . . . . . . \
space exclam quotedbl numbersign dollar percent ampersand quoteright parenleft parenright asterisk plus comma hyphen period slash \
zero one two three four five six seven eight nine colon semicolon less equal greater question \
at A B C D E F G H I J K L M N O \
P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore \
quoteleft a b c d e f g h i j k l m n o \
p q r s t u v w x y z braceleft bar braceright asciitilde . \
. . . . . . . . . . . . . . . . \
. . . . . . . . . . . . . . . . \
. exclamdown cent sterling fraction yen florin section currency quotesingle quotedblleft guillemotleft guilsinglleft guilsinglright fi fl \
. endash dagger daggerdbl periodcentered . paragraph bullet quotesinglbase quotedblbase quotedblright guillemotright ellipsis perthousand . questiondown \
. grave acute circumflex tilde macron breve dotaccent dieresis . ring cedilla . hungarumlaut ogonek caron \
emdash . . . . . . . . . . . . . . . \
. AE . ordfeminine . . . . Lslash Oslash OE ordmasculine . . . . \
. ae . . . dotlessi . . lslash oslash oe germandbls . . . .";

/// Printable ASCII, `space` (0x20) to `asciitilde` (0x7E): the same names
/// in WinAnsi, MacRoman and PDFDoc.
const ASCII_NAMES: &str = "\
space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash \
zero one two three four five six seven eight nine colon semicolon less equal greater question \
at A B C D E F G H I J K L M N O \
P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore \
grave a b c d e f g h i j k l m n o \
p q r s t u v w x y z braceleft bar braceright asciitilde";

/// `degree` (0xB0) to `ydieresis` (0xFF), as in Latin-1: the same names in
/// WinAnsi and PDFDoc.
const LATIN1_HIGH_NAMES: &str = "\
degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown \
Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis \
Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls \
agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis \
eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis";

const MAC_ROMAN_NAMES: [&str; 4] = [
    "\
NUL Eth eth Lslash lslash Scaron scaron Yacute yacute HT LF Thorn thorn CR Zcaron zcaron \
DLE DC1 DC2 DC3 DC4 onehalf onequarter onesuperior threequarters threesuperior twosuperior brokenbar minus multiply RS US",
    ASCII_NAMES,
    "DEL",
    "\
Adieresis Aring Ccedilla Eacute Ntilde Odieresis Udieresis aacute agrave acircumflex adieresis atilde aring ccedilla eacute egrave \
ecircumflex edieresis iacute igrave icircumflex idieresis ntilde oacute ograve ocircumflex odieresis otilde uacute ugrave ucircumflex udieresis \
dagger degree cent sterling section bullet paragraph germandbls registered copyright trademark acute dieresis notequal AE Oslash \
infinity plusminus lessequal greaterequal yen mu partialdiff summation product pi integral ordfeminine ordmasculine Omega ae oslash \
questiondown exclamdown logicalnot radical florin approxequal Delta guillemotleft guillemotright ellipsis nbspace Agrave Atilde Otilde OE oe \
endash emdash quotedblleft quotedblright quoteleft quoteright divide lozenge ydieresis Ydieresis fraction currency guilsinglleft guilsinglright fi fl \
daggerdbl periodcentered quotesinglbase quotedblbase perthousand Acircumflex Ecircumflex Aacute Edieresis Egrave Iacute Icircumflex Idieresis Igrave Oacute Ocircumflex \
apple Ograve Uacute Ucircumflex Ugrave dotlessi circumflex tilde macron breve dotaccent ring cedilla hungarumlaut ogonek caron",
];

const WIN_ANSI_NAMES: [&str; 5] = [
    "\
. . . . . . . . . . . . . . . . \
. . . . . . . . . . . . . . . .",
    ASCII_NAMES,
    "bullet",
    "\
Euro bullet quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex perthousand Scaron guilsinglleft OE bullet Zcaron bullet \
bullet quoteleft quoteright quotedblleft quotedblright bullet endash emdash tilde trademark scaron guilsinglright oe bullet zcaron Ydieresis \
space exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot hyphen registered macron",
    LATIN1_HIGH_NAMES,
];

const PDF_DOC_NAMES: [&str; 5] = [
    "\
. . . . . . . . . . . . . . . . \
. . . . . . . . breve caron circumflex dotaccent hungarumlaut ogonek ring tilde",
    ASCII_NAMES,
    ".",
    "\
bullet dagger daggerdbl ellipsis emdash endash florin fraction guilsinglleft guilsinglright minus perthousand quotedblbase quotedblleft quotedblright quoteleft \
quoteright quotesinglbase trademark fi fl Lslash OE Scaron Ydieresis Zcaron dotlessi lslash oe scaron zcaron . \
Euro exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot . registered macron",
    LATIN1_HIGH_NAMES,
];

const SYMBOL_NAMES: &str = "\
. . . . . . . . . . . . . . . . \
. . . . . . . . . . . . . . . . \
space exclam universal numbersign existential percent ampersand suchthat parenleft parenright asteriskmath plus comma minus period slash \
zero one two three four five six seven eight nine colon semicolon less equal greater question \
congruent Alpha Beta Chi Delta Epsilon Phi Gamma Eta Iota theta1 Kappa Lambda Mu Nu Omicron \
Pi Theta Rho Sigma Tau Upsilon sigma1 Omega Xi Psi Zeta bracketleft therefore bracketright perpendicular underscore \
radicalex alpha beta chi delta epsilon phi gamma eta iota phi1 kappa lambda mu nu omicron \
pi theta rho sigma tau upsilon omega1 omega xi psi zeta braceleft bar braceright similar . \
apple . . . . . . . . . . . . . . . \
. . . . . . . . . . . . . . . . \
Euro Upsilon1 minute lessequal fraction infinity florin club diamond heart spade arrowboth arrowleft arrowup arrowright arrowdown \
degree plusminus second greaterequal multiply proportional partialdiff bullet divide notequal equivalence approxequal ellipsis arrowvertex arrowhorizex carriagereturn \
aleph Ifraktur Rfraktur weierstrass circlemultiply circleplus emptyset intersection union propersuperset reflexsuperset notsubset propersubset reflexsubset element notelement \
angle gradient registerserif copyrightserif trademarkserif product radical dotmath logicalnot logicaland logicalor arrowdblboth arrowdblleft arrowdblup arrowdblright arrowdbldown \
lozenge angleleft registersans copyrightsans trademarksans summation parenlefttp parenleftex parenleftbt bracketlefttp bracketleftex bracketleftbt bracelefttp braceleftmid braceleftbt braceex \
. angleright integral integraltp integralex integralbt parenrighttp parenrightex parenrightbt bracketrighttp bracketrightex bracketrightbt bracerighttp bracerightmid bracerightbt .";

// Glyph name → Unicode (hex) pairs, sorted by name.
const GLYPH_LIST: &str = "\
A 0041 AE 00C6 Aacute 00C1 Abreve 0102 Acircumflex 00C2 Adieresis 00C4 Agrave 00C0 \
Alpha 0391 Amacron 0100 Aogonek 0104 Aring 00C5 Atilde 00C3 B 0042 Beta 0392 C 0043 \
Cacute 0106 Ccaron 010C Ccedilla 00C7 Ccircumflex 0108 Cdot 010A Cdotaccent 010A \
Chi 03A7 D 0044 Dcaron 010E Dcroat 0110 Delta 0394 Deltagreek 0394 Dslash 0110 E 0045 \
Eacute 00C9 Ebreve 0114 Ecaron 011A Ecircumflex 00CA Edieresis 00CB Edot 0116 \
Edotaccent 0116 Egrave 00C8 Emacron 0112 Eng 014A Eogonek 0118 Epsilon 0395 Eta 0397 \
Eth 00D0 Euro 20AC F 0046 G 0047 Gamma 0393 Gbreve 011E Gcedilla 0122 Gcircumflex 011C \
Gcommaaccent 0122 Gdot 0120 Gdotaccent 0120 H 0048 Hbar 0126 Hcircumflex 0124 I 0049 \
IJ 0132 Iacute 00CD Ibreve 012C Icircumflex 00CE Idieresis 00CF Idot 0130 \
Idotaccent 0130 Ifraktur 2111 Igrave 00CC Imacron 012A Iogonek 012E Iota 0399 \
Iotadieresis 03AA Itilde 0128 J 004A Jcircumflex 0134 K 004B Kappa 039A Kcedilla 0136 \
Kcommaaccent 0136 L 004C Lacute 0139 Lambda 039B Lcaron 013D Lcedilla 013B \
Lcommaaccent 013B Ldot 013F Ldotaccent 013F Lslash 0141 M 004D Mu 039C N 004E \
Nacute 0143 Ncaron 0147 Ncedilla 0145 Ncommaaccent 0145 Ntilde 00D1 Nu 039D O 004F \
OE 0152 Oacute 00D3 Obreve 014E Ocircumflex 00D4 Odblacute 0150 Odieresis 00D6 \
Ograve 00D2 Ohm 2126 Ohungarumlaut 0150 Omacron 014C Omega 03A9 Omegagreek 03A9 \
Omicron 039F Oslash 00D8 Otilde 00D5 P 0050 Phi 03A6 Pi 03A0 Psi 03A8 Q 0051 R 0052 \
Racute 0154 Rcaron 0158 Rcedilla 0156 Rcommaaccent 0156 Rfraktur 211C Rho 03A1 S 0053 \
Sacute 015A Scaron 0160 Scedilla 015E Scircumflex 015C Sigma 03A3 T 0054 Tau 03A4 \
Tbar 0166 Tcaron 0164 Tcedilla 0162 Tcommaaccent 0162 Theta 0398 Thorn 00DE U 0055 \
Uacute 00DA Ubreve 016C Ucircumflex 00DB Udblacute 0170 Udieresis 00DC Ugrave 00D9 \
Uhungarumlaut 0170 Umacron 016A Uogonek 0172 Upsilon 03A5 Upsilon1 03D2 \
Upsilondieresis 03AB Uring 016E Utilde 0168 V 0056 W 0057 Wcircumflex 0174 X 0058 \
Xi 039E Y 0059 Yacute 00DD Ycircumflex 0176 Ydieresis 0178 Z 005A Zacute 0179 \
Zcaron 017D Zdot 017B Zdotaccent 017B Zeta 0396 a 0061 aacute 00E1 abreve 0103 \
acircumflex 00E2 acute 00B4 acutelowmod 02CF adieresis 00E4 ae 00E6 agrave 00E0 \
aleph 2135 alpha 03B1 alphatonos 03AC amacron 0101 ampersand 0026 angle 2220 \
angleleft 2329 angleright 232A aogonek 0105 apple F8FF approxequal 2248 aring 00E5 \
arrowboth 2194 arrowdblboth 21D4 arrowdbldown 21D3 arrowdblleft 21D0 arrowdblright 21D2 \
arrowdblup 21D1 arrowdown 2193 arrowhorizex F8E7 arrowleft 2190 arrowright 2192 \
arrowup 2191 arrowvertex F8E6 asciicircum 005E asciitilde 007E asterisk 002A \
asteriskmath 2217 asterism 2042 at 0040 atilde 00E3 b 0062 backslash 005C bar 007C \
beta 03B2 braceex F8F4 braceleft 007B braceleftbt F8F3 braceleftmid F8F2 \
bracelefttp F8F1 braceright 007D bracerightbt F8FE bracerightmid F8FD bracerighttp F8FC \
bracketleft 005B bracketleftbt F8F0 bracketleftex F8EF bracketlefttp F8EE \
bracketright 005D bracketrightbt F8FB bracketrightex F8FA bracketrighttp F8F9 breve 02D8 \
brokenbar 00A6 bullet 2022 c 0063 cacute 0107 caron 02C7 carriagereturn 21B5 ccaron 010D \
ccedilla 00E7 ccircumflex 0109 cdot 010B cdotaccent 010B cedilla 00B8 cent 00A2 chi 03C7 \
circlemultiply 2297 circleplus 2295 circumflex 02C6 club 2663 colon 003A \
colontriangularhalfmod 02D1 colontriangularmod 02D0 comma 002C commaaccent 0326 \
congruent 2245 controlDEL 007F copyright 00A9 copyrightsans F8E9 copyrightserif F6D9 \
currency 00A4 d 0064 dagger 2020 daggerdbl 2021 dbllowline 2017 dblverticalbar 2016 \
dcaron 010F dcroat 0111 degree 00B0 delta 03B4 diamond 2666 dieresis 00A8 divide 00F7 \
dmacron 0111 dollar 0024 dotaccent 02D9 dotlessi 0131 dotlessj 0237 dotmath 22C5 \
downtackmod 02D5 e 0065 eacute 00E9 ebreve 0115 ecaron 011B ecircumflex 00EA \
edieresis 00EB edot 0117 edotaccent 0117 egrave 00E8 eight 0038 element 2208 \
ellipsis 2026 emacron 0113 emdash 2014 emptyset 2205 endash 2013 eng 014B eogonek 0119 \
epsilon 03B5 epsilontonos 03AD equal 003D equivalence 2261 eta 03B7 etatonos 03AE \
eth 00F0 euro 20AC exclam 0021 exclamdbl 203C exclamdown 00A1 existential 2203 f 0066 \
ff FB00 ffi FB03 ffl FB04 fi FB01 figuredash 2012 firsttonechinese 02C9 five 0035 \
fl FB02 florin 0192 four 0034 fourthtonechinese 02CB fraction 2044 g 0067 gamma 03B3 \
gbreve 011F gcedilla 0123 gcircumflex 011D gcommaaccent 0123 gdot 0121 gdotaccent 0121 \
germandbls 00DF gradient 2207 grave 0060 gravelowmod 02CE greater 003E greaterequal 2265 \
guillemotleft 00AB guillemotright 00BB guilsinglleft 2039 guilsinglright 203A h 0068 \
hbar 0127 hcircumflex 0125 heart 2665 horizontalbar 2015 hungarumlaut 02DD hyphen 002D \
hyphentwo 2010 i 0069 iacute 00ED ibreve 012D icircumflex 00EE idieresis 00EF \
igrave 00EC ij 0133 ilde 02DC imacron 012B infinity 221E integral 222B integralbt 2321 \
integralex F8F5 integraltp 2320 intersection 2229 iogonek 012F iota 03B9 iotatonos 03AF \
itilde 0129 j 006A jcircumflex 0135 k 006B kappa 03BA kcedilla 0137 kcommaaccent 0137 \
kgreenlandic 0138 l 006C lacute 013A lambda 03BB lcaron 013E lcedilla 013C \
lcommaaccent 013C ldot 0140 ldotaccent 0140 less 003C lessequal 2264 logicaland 2227 \
logicalnot 00AC logicalor 2228 longs 017F lozenge 25CA lslash 0142 m 006D macron 00AF \
macronlowmod 02CD middot 00B7 minus 2212 minusmod 02D7 minute 2032 mu 00B5 mu1 00B5 \
mugreek 03BC multiply 00D7 n 006E nacute 0144 napostrophe 0149 nbspace 00A0 ncaron 0148 \
ncedilla 0146 ncommaaccent 0146 nine 0039 nonbreakingspace 00A0 notelement 2209 \
notequal 2260 notsubset 2284 ntilde 00F1 nu 03BD numbersign 0023 o 006F oacute 00F3 \
obreve 014F ocircumflex 00F4 odblacute 0151 odieresis 00F6 oe 0153 ogonek 02DB \
ograve 00F2 ohungarumlaut 0151 omacron 014D omega 03C9 omega1 03D6 omicron 03BF one 0031 \
onedotenleader 2024 onehalf 00BD onequarter 00BC onesuperior 00B9 ordfeminine 00AA \
ordmasculine 00BA oslash 00F8 otilde 00F5 overline 203E overscore 00AF p 0070 \
paragraph 00B6 parenleft 0028 parenleftbt F8ED parenleftex F8EC parenlefttp F8EB \
parenright 0029 parenrightbt F8F8 parenrightex F8F7 parenrighttp F8F6 partialdiff 2202 \
percent 0025 period 002E periodcentered 00B7 perpendicular 22A5 perthousand 2030 \
phi 03C6 phi1 03D5 pi 03C0 plus 002B plusminus 00B1 plusmod 02D6 primereversed 2035 \
product 220F propersubset 2282 propersuperset 2283 proportional 221D psi 03C8 q 0071 \
question 003F questiondown 00BF quotedbl 0022 quotedblbase 201E quotedblleft 201C \
quotedblright 201D quoteleft 2018 quoteleftreversed 201B quotereversed 201B \
quoteright 2019 quoterightn 0149 quotesinglbase 201A quotesingle 0027 r 0072 racute 0155 \
radical 221A radicalex F8E5 rcaron 0159 rcedilla 0157 rcommaaccent 0157 \
referencemark 203B reflexsubset 2286 reflexsuperset 2287 registered 00AE \
registersans F8E8 registerserif F6DA rho 03C1 ring 02DA ringhalfleftcentered 02D3 \
ringhalfrightcentered 02D2 s 0073 sacute 015B scaron 0161 scedilla 015F scircumflex 015D \
second 2033 secondtonechinese 02CA section 00A7 semicolon 003B seven 0037 sfthyphen 00AD \
sigma 03C3 sigma1 03C2 sigmafinal 03C2 similar 223C six 0036 slash 002F slong 017F \
softhyphen 00AD space 0020 spacehackarabic 0020 spade 2660 sterling 00A3 suchthat 220B \
summation 2211 t 0074 tau 03C4 tbar 0167 tcaron 0165 tcedilla 0163 tcommaaccent 0163 \
therefore 2234 theta 03B8 theta1 03D1 thorn 00FE three 0033 threequarters 00BE \
threesuperior 00B3 tilde 02DC trademark 2122 trademarksans F8EA trademarkserif F6DB \
two 0032 twodotenleader 2025 twodotleader 2025 twosuperior 00B2 u 0075 uacute 00FA \
ubreve 016D ucircumflex 00FB udblacute 0171 udieresis 00FC ugrave 00F9 \
uhungarumlaut 0171 umacron 016B underscore 005F underscoredbl 2017 union 222A \
universal 2200 uogonek 0173 upsilon 03C5 upsilondieresistonos 03B0 uptackmod 02D4 \
uring 016F utilde 0169 v 0076 verticalbar 007C verticallinelowmod 02CC \
verticallinemod 02C8 w 0077 wcircumflex 0175 weierstrass 2118 x 0078 xi 03BE y 0079 \
yacute 00FD ycircumflex 0177 ydieresis 00FF yen 00A5 z 007A zacute 017A zcaron 017E \
zdot 017C zdotaccent 017C zero 0030 zeta 03B6";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_tables() {
        let win = BaseEncoding::WinAnsi.names();
        assert_eq!(win[0x41], Some("A"));
        assert_eq!(win[0x80], Some("Euro"));
        assert_eq!(win[0xEB], Some("edieresis"));
        assert_eq!(win[0x93], Some("quotedblleft"));
        assert_eq!(win[0x96], Some("endash"));
        let std = BaseEncoding::Standard.names();
        assert_eq!(std[0x27], Some("quoteright"));
        assert_eq!(std[0xAE], Some("fi"));
        assert_eq!(std[0xE0], None);
        let mac = BaseEncoding::MacRoman.names();
        assert_eq!(mac[0x91], Some("edieresis"));
        assert_eq!(mac[0x8E], Some("eacute"));
        let pdf = BaseEncoding::PdfDoc.names();
        assert_eq!(pdf[0x93], Some("fi"));
        assert_eq!(pdf[0xA0], Some("Euro"));
        assert_eq!(BaseEncoding::Symbol.names()[0x61], Some("alpha"));
        assert_eq!(BaseEncoding::Symbol.names()[0xB7], Some("bullet"));
    }

    #[test]
    fn names_to_unicode() {
        let u = |n: &str| glyph_name_to_unicode(n);
        for (name, want) in [
            ("edieresis", "ë"),
            ("idieresis", "ï"),
            ("eacute", "é"),
            ("egrave", "è"),
            ("oacute", "ó"),
            ("odieresis", "ö"),
            ("udieresis", "ü"),
            ("Euro", "€"),
            ("bullet", "•"),
            ("endash", "–"),
            ("emdash", "—"),
            ("quotedblleft", "\u{201C}"),
            ("quoteright", "\u{2019}"),
            ("fi", "\u{FB01}"),
            ("ffl", "\u{FB04}"),
            ("uni00EB", "ë"),
            ("uni00660069", "fi"),
            ("u1F600", "\u{1F600}"),
            ("f_f_i", "ffi"),
            ("a.sc", "a"),
            ("T_h.alt", "Th"),
        ] {
            assert_eq!(u(name).as_deref(), Some(want), "{name}");
        }
        assert_eq!(u("g123"), None);
        assert_eq!(u("uniD800"), None);
        assert_eq!(u(".notdef"), None);
        assert_eq!(expand_ligature('\u{FB03}'), Some("ffi"));
    }
}
