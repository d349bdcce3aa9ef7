//! Glyph widths of the standard 14 fonts (ISO 32000-1, 9.6.2.2), used when
//! a simple font has no `/Widths` array, and the choice of a substitute
//! standard font for non-standard fonts without widths.
//!
//! Widths come from the metric-compatible URW base-35 AFM files (same
//! numbers as Adobe's core fonts) and are in 1/1000 text-space units.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The metric families of the standard 14 fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Std14 {
    Helvetica,
    HelveticaBold,
    Times,
    TimesBold,
    TimesItalic,
    TimesBoldItalic,
    Courier,
    Symbol,
    ZapfDingbats,
}

impl Std14 {
    /// Recognise a standard-14 font (or a common alias such as `Arial,Bold`
    /// or `TimesNewRomanPSMT`) from a `/BaseFont` name without subset tag.
    pub(crate) fn from_base_font(name: &str) -> Option<Std14> {
        let n: String = name
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | ',' | '_'))
            .collect::<String>()
            .to_ascii_lowercase();
        let bold = n.contains("bold");
        let italic = n.contains("italic") || n.contains("oblique");
        let family = n
            .trim_end_matches("mt")
            .trim_end_matches("psmt")
            .replace("bold", "")
            .replace("italic", "")
            .replace("oblique", "")
            .replace("roman", "")
            .replace("regular", "");
        let family = family.trim_end_matches("ps").trim_end_matches("mt");
        Some(match family {
            "helvetica" | "arial" => {
                if bold {
                    Std14::HelveticaBold
                } else {
                    Std14::Helvetica
                }
            }
            "times" | "timesnew" | "timesnewroman" => Std14::times(bold, italic),
            "courier" | "couriernew" => Std14::Courier,
            "symbol" => Std14::Symbol,
            "zapfdingbats" => Std14::ZapfDingbats,
            _ => return None,
        })
    }

    fn times(bold: bool, italic: bool) -> Std14 {
        match (bold, italic) {
            (false, false) => Std14::Times,
            (true, false) => Std14::TimesBold,
            (false, true) => Std14::TimesItalic,
            (true, true) => Std14::TimesBoldItalic,
        }
    }

    /// A standard font with similar metrics for an arbitrary font, from
    /// its name and `/Flags` (fixed pitch = 1, serif = 2).
    pub(crate) fn substitute(name: &str, flags: i64) -> Std14 {
        if let Some(s) = Std14::from_base_font(name) {
            return s;
        }
        let n = name.to_ascii_lowercase();
        let bold = n.contains("bold") || n.contains("black") || n.contains("heavy");
        let italic = n.contains("italic") || n.contains("oblique");
        if flags & 1 != 0 || n.contains("courier") || n.contains("mono") {
            Std14::Courier
        } else if flags & 2 != 0
            || n.contains("times")
            || n.contains("serif") && !n.contains("sans")
        {
            Std14::times(bold, italic)
        } else if bold {
            Std14::HelveticaBold
        } else {
            Std14::Helvetica
        }
    }

    /// Width (1/1000 em) of the named glyph in this font.
    pub(crate) fn width(self, glyph: &str) -> Option<f32> {
        let col = match self {
            Std14::Courier => return Some(600.0),
            Std14::Symbol | Std14::ZapfDingbats => return None,
            Std14::Helvetica => 0,
            Std14::HelveticaBold => 1,
            Std14::Times => 2,
            Std14::TimesBold => 3,
            Std14::TimesItalic => 4,
            Std14::TimesBoldItalic => 5,
        };
        latin_widths()
            .get(glyph)
            .and_then(|row| row.get(col))
            .map(|&w| f32::from(w))
    }

    /// Width of a code in the Symbol font's built-in encoding.
    pub(crate) fn symbol_width(code: u8) -> Option<f32> {
        symbol_widths().get(&code).map(|&w| f32::from(w))
    }
}

/// Character and width of a code in the ZapfDingbats built-in encoding.
pub(crate) fn zapf_dingbats(code: u8) -> Option<(char, f32)> {
    static MAP: OnceLock<HashMap<u8, (char, u16)>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity(210);
        let mut it = ZAPF_DINGBATS.split_ascii_whitespace();
        while let (Some(code), Some(uni), Some(w)) = (it.next(), it.next(), it.next()) {
            let code = u8::from_str_radix(code, 16).ok();
            let uni = u32::from_str_radix(uni, 16).ok().and_then(char::from_u32);
            if let (Some(code), Some(uni), Ok(w)) = (code, uni, w.parse()) {
                map.insert(code, (uni, w));
            }
        }
        map
    });
    map.get(&code).map(|&(c, w)| (c, f32::from(w)))
}

fn latin_widths() -> &'static HashMap<&'static str, [u16; 6]> {
    static MAP: OnceLock<HashMap<&'static str, [u16; 6]>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity(480);
        let mut it = LATIN_WIDTHS.split_ascii_whitespace();
        while let Some(name) = it.next() {
            let mut row = [0u16; 6];
            for slot in row.iter_mut() {
                *slot = it.next().and_then(|w| w.parse().ok()).unwrap_or(0);
            }
            map.insert(name, row);
        }
        map
    })
}

fn symbol_widths() -> &'static HashMap<u8, u16> {
    static MAP: OnceLock<HashMap<u8, u16>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::with_capacity(200);
        let mut it = SYMBOL_WIDTHS.split_ascii_whitespace();
        while let (Some(code), Some(w)) = (it.next(), it.next()) {
            if let (Ok(c), Ok(w)) = (code.parse(), w.parse()) {
                map.insert(c, w);
            }
        }
        map
    })
}

// Columns: Helvetica, Helvetica-Bold, Times-Roman, Times-Bold, Times-Italic,
// Times-BoldItalic.
const LATIN_WIDTHS: &str = "\
A 667 722 722 722 611 667  AE 1000 1000 889 1000 889 944  Aacute 667 722 722 722 611 667 \
Abreve 667 722 722 722 611 667  Acircumflex 667 722 722 722 611 667  Adieresis 667 722 722 722 611 667 \
Agrave 667 722 722 722 611 667  Alpha 667 722 722 722 611 667  Amacron 667 722 722 722 611 667 \
Aogonek 667 722 722 722 611 667  Aring 667 722 722 722 611 667  Atilde 667 722 722 722 611 667 \
B 667 722 667 667 611 667  Beta 667 722 667 667 611 667  C 722 722 667 722 667 667 \
Cacute 722 722 667 722 667 667  Ccaron 722 722 667 722 667 667  Ccedilla 722 722 667 722 667 667 \
Ccircumflex 722 722 667 737 667 674  Cdotaccent 722 722 667 737 667 667  Chi 667 667 722 722 611 667 \
D 722 722 722 722 722 722  Dcaron 722 722 722 722 722 722  Dcroat 722 722 722 722 722 722 \
Delta 612 612 667 667 667 667  E 667 667 611 667 611 667  Eacute 667 667 611 667 611 667 \
Ebreve 667 667 611 667 611 667  Ecaron 667 667 611 667 611 667  Ecircumflex 667 667 611 667 611 667 \
Edieresis 667 667 611 667 611 667  Edotaccent 667 667 611 667 611 667  Egrave 667 667 611 667 611 667 \
Emacron 667 667 611 667 611 667  Eng 723 723 722 722 666 722  Eogonek 667 667 611 667 611 667 \
Epsilon 667 667 611 667 611 667  Eta 722 722 722 778 722 778  Eth 722 722 722 722 722 722 \
Euro 556 556 500 500 500 500  F 611 611 556 611 611 667  G 778 778 722 778 722 722 \
Gamma 551 601 578 636 569 604  Gbreve 778 778 722 778 722 722  Gcircumflex 778 778 722 794 712 730 \
Gcommaaccent 778 778 722 778 722 722  Gdotaccent 778 778 722 794 722 722  H 722 722 722 778 722 778 \
Hbar 722 722 722 778 722 778  Hcircumflex 722 722 722 794 712 786  I 278 278 333 389 333 389 \
IJ 735 785 727 889 750 860  Iacute 278 278 333 389 333 389  Ibreve 278 278 333 389 333 389 \
Icircumflex 278 278 333 389 333 389  Idieresis 278 278 333 389 333 389  Idotaccent 278 278 333 389 333 389 \
Ifraktur 719 719 722 722 722 722  Igrave 278 278 333 389 333 389  Imacron 278 278 333 389 333 389 \
Iogonek 278 278 333 389 333 389  Iota 278 278 333 389 333 389  Iotadieresis 278 278 333 389 333 389 \
Itilde 278 278 333 389 333 389  J 500 556 389 500 444 500  Jcircumflex 500 556 389 510 438 505 \
K 667 722 722 778 667 667  Kappa 667 722 722 778 667 667  Kcommaaccent 667 722 722 778 667 667 \
L 556 611 611 667 556 611  Lacute 556 611 611 667 556 611  Lambda 668 667 725 717 604 667 \
Lcaron 556 611 611 667 556 611  Lcommaaccent 556 611 611 667 556 611  Ldot 556 611 611 667 556 611 \
Lslash 556 611 611 667 556 611  M 833 833 889 944 833 889  Mu 833 833 889 944 833 889 \
N 722 722 722 722 667 722  Nacute 722 722 722 722 667 722  Ncaron 722 722 722 722 667 722 \
Ncommaaccent 722 722 722 722 667 722  Ntilde 722 722 722 722 667 722  Nu 722 722 722 722 667 722 \
O 778 778 722 778 722 722  OE 1000 1000 889 1000 944 944  Oacute 778 778 722 778 722 722 \
Obreve 778 778 722 778 722 722  Ocircumflex 778 778 722 778 722 722  Odieresis 778 778 722 778 722 722 \
Ograve 778 778 722 778 722 722  Ohungarumlaut 778 778 722 778 722 722  Omacron 778 778 722 778 722 722 \
Omicron 778 778 722 778 722 722  Oslash 778 778 722 778 722 722  Otilde 778 778 722 778 722 722 \
P 667 667 556 611 611 611  Phi 798 821 731 829 761 789  Pi 722 722 722 778 722 778 \
Psi 835 809 738 780 703 800  Q 778 778 722 778 722 722  R 722 722 667 722 611 667 \
Racute 722 722 667 722 611 667  Rcaron 722 722 667 722 611 667  Rcommaaccent 722 722 667 722 611 667 \
Rfraktur 778 778 778 778 778 778  Rho 667 667 556 611 611 611  S 667 667 556 556 500 556 \
Sacute 667 667 556 556 500 556  Scaron 667 667 556 556 500 556  Scedilla 667 667 556 556 500 556 \
Scircumflex 667 667 556 568 493 562  Sigma 618 600 582 654 594 619  T 611 611 611 667 556 611 \
Tau 611 611 611 667 556 611  Tbar 611 611 611 667 556 611  Tcaron 611 611 611 667 556 611 \
Tcommaaccent 611 611 611 667 556 611  Theta 778 778 722 778 722 763  Thorn 667 667 556 611 611 611 \
U 722 722 722 722 722 722  Uacute 722 722 722 722 722 722  Ubreve 722 722 722 722 712 730 \
Ucircumflex 722 722 722 722 722 722  Udieresis 722 722 722 722 722 722  Ugrave 722 722 722 722 722 722 \
Uhungarumlaut 722 722 722 722 722 722  Umacron 722 722 722 722 722 722  Uogonek 722 722 722 722 722 722 \
Upsilon 667 667 722 722 556 611  Upsilondieresis 667 667 722 722 556 611  Uring 722 722 722 722 722 722 \
Utilde 722 722 722 722 722 722  V 667 667 722 722 611 667  W 944 944 944 1000 833 889 \
Wcircumflex 944 944 944 1000 833 889  X 667 667 722 722 611 667  Xi 650 644 643 677 639 659 \
Y 667 667 722 722 556 611  Yacute 667 667 722 722 556 611  Ycircumflex 667 667 722 722 556 611 \
Ydieresis 667 667 722 722 556 611  Z 611 611 611 667 556 611  Zacute 611 611 611 667 556 611 \
Zcaron 611 611 611 667 556 611  Zdotaccent 611 611 611 667 556 611  Zeta 611 611 611 667 556 611 \
a 556 556 444 500 500 500  aacute 556 556 444 500 500 500  abreve 556 556 444 500 500 500 \
acircumflex 556 556 444 500 500 500  acute 333 333 333 333 333 333  adieresis 556 556 444 500 500 500 \
ae 889 889 667 722 667 722  agrave 556 556 444 500 500 500  aleph 500 500 500 500 500 500 \
alpha 578 615 524 558 525 553  alphatonos 578 615 524 558 525 553  amacron 556 556 444 500 500 500 \
ampersand 667 722 778 833 778 778  angle 1000 1000 1000 1000 1000 1000  angleleft 333 333 333 333 333 333 \
angleright 333 333 333 333 333 333  aogonek 556 556 444 500 500 500  approxequal 549 549 1000 1000 1000 1000 \
aring 556 556 444 500 500 500  arrowboth 1000 1000 722 722 722 722  arrowdblboth 722 722 722 722 722 722 \
arrowdbldown 722 722 722 722 722 722  arrowdblleft 722 722 722 722 722 722  arrowdblright 722 722 722 722 722 722 \
arrowdblup 722 722 722 722 722 722  arrowdown 500 500 722 722 722 722  arrowleft 1000 1000 722 722 722 722 \
arrowright 1000 1000 722 722 722 722  arrowup 500 500 722 722 722 722  asciicircum 469 584 469 581 422 570 \
asciitilde 584 584 541 520 541 570  asterisk 389 389 500 500 500 500  asteriskmath 1000 1000 1000 1000 1000 1000 \
at 1015 975 921 930 920 832  atilde 556 556 444 500 500 500  b 556 611 500 556 500 500 \
backslash 278 278 278 278 278 278  bar 260 280 200 220 275 220  beta 575 610 509 527 498 512 \
braceleft 334 389 480 394 400 348  braceright 334 389 480 394 400 348  bracketleft 278 333 333 333 389 333 \
bracketright 278 333 333 333 389 333  breve 333 333 333 333 333 333  brokenbar 260 280 200 220 275 220 \
bullet 350 350 350 350 350 350  c 500 556 444 444 444 444  cacute 500 556 444 444 444 444 \
caron 333 333 333 333 333 333  carriagereturn 1000 1000 1000 1000 1000 1000  ccaron 500 556 444 444 444 444 \
ccedilla 500 556 444 444 444 444  ccircumflex 500 556 444 453 438 448  cdotaccent 500 556 444 444 444 444 \
cedilla 333 333 333 333 333 333  cent 556 556 500 500 500 500  chi 525 576 444 462 440 465 \
circlemultiply 1000 1000 1000 1000 1000 1000  circumflex 333 333 333 333 333 333  club 656 656 1000 1000 1000 1000 \
colon 278 333 278 333 333 333  comma 278 278 250 250 250 250  congruent 1000 1000 1000 1000 1000 1000 \
copyright 737 737 760 747 760 747  currency 556 556 500 500 500 500  d 556 611 500 556 500 500 \
dagger 556 556 500 500 500 500  daggerdbl 556 556 500 500 500 500  dcaron 643 743 608 711 584 626 \
dcroat 556 611 500 556 500 500  degree 400 400 400 400 400 400  delta 557 606 471 519 465 512 \
diamond 510 510 1000 1000 1000 1000  dieresis 333 333 333 333 333 333  divide 584 584 564 570 675 570 \
dollar 556 556 500 500 500 500  dotaccent 333 333 333 333 333 333  dotlessi 278 278 278 278 278 278 \
e 556 556 444 444 444 444  eacute 556 556 444 444 444 444  ebreve 556 556 444 444 444 444 \
ecaron 556 556 444 444 444 444  ecircumflex 556 556 444 444 444 444  edieresis 556 556 444 444 444 444 \
edotaccent 556 556 444 444 444 444  egrave 556 556 444 444 444 444  eight 556 556 500 500 500 500 \
element 1000 1000 1000 1000 1000 1000  ellipsis 1000 1000 1000 1000 889 1000  emacron 556 556 444 444 444 444 \
emdash 1000 1000 1000 1000 889 1000  emptyset 1000 1000 1000 1000 1000 1000  endash 556 556 500 500 500 500 \
eng 556 611 500 556 449 528  eogonek 556 556 444 444 444 444  epsilon 446 475 420 427 394 410 \
epsilontonos 446 451 420 427 394 410  equal 584 584 564 570 675 570  equivalence 583 583 1000 1000 1000 1000 \
eta 556 611 523 568 496 549  etatonos 556 611 523 568 496 549  eth 556 611 500 500 500 500 \
exclam 278 333 333 333 333 389  exclamdbl 500 604 520 574 520 574  exclamdown 333 333 333 333 389 389 \
existential 424 424 424 424 424 424  f 278 333 333 333 278 333  ff 556 666 605 632 566 631 \
ffi 778 943 844 856 778 866  ffl 778 943 842 856 786 864  fi 500 611 556 556 500 556 \
five 556 556 500 500 500 500  fl 500 611 556 556 500 556  florin 556 556 500 500 500 500 \
four 556 556 500 500 500 500  fraction 278 278 167 167 167 167  g 556 611 500 500 500 500 \
gamma 500 556 442 468 394 416  gbreve 556 611 500 500 500 500  gcircumflex 556 611 500 500 493 505 \
gcommaaccent 556 611 500 500 500 500  gdotaccent 556 611 500 510 500 505  germandbls 611 611 500 556 500 500 \
gradient 741 741 667 667 667 667  grave 333 333 333 333 333 333  greater 584 584 564 570 675 570 \
greaterequal 549 549 1000 1000 1000 1000  guillemotleft 556 556 500 500 500 500  guillemotright 556 556 500 500 500 500 \
guilsinglleft 333 333 333 333 333 333  guilsinglright 333 333 333 333 333 333  h 556 611 500 556 500 556 \
hbar 556 611 500 556 500 556  hcircumflex 556 611 500 568 493 562  heart 594 594 1000 1000 1000 1000 \
hungarumlaut 333 333 333 333 333 333  hyphen 333 333 333 333 333 333  i 222 278 278 278 278 278 \
iacute 278 278 278 278 278 278  ibreve 278 278 278 278 278 278  icircumflex 278 278 278 278 278 278 \
idieresis 278 278 278 278 278 278  igrave 278 278 278 278 278 278  ij 444 556 552 569 500 552 \
imacron 278 278 278 278 278 278  infinity 713 713 1000 1000 1000 1000  integral 274 274 1000 1000 1000 1000 \
integralbt 604 604 722 722 722 722  integraltp 604 604 722 722 722 722  intersection 719 719 1000 1000 1000 1000 \
iogonek 222 278 278 278 278 278  iota 222 278 269 310 278 278  iotatonos 222 278 269 310 278 278 \
itilde 278 278 278 278 278 278  j 222 278 278 333 278 278  jcircumflex 222 278 278 340 274 281 \
k 500 556 500 556 444 500  kappa 500 558 504 555 480 530  kcommaaccent 500 556 500 556 444 500 \
kgreenlandic 500 556 500 556 444 500  l 222 278 278 278 278 278  lacute 222 278 278 278 278 278 \
lambda 500 556 485 491 433 444  lcaron 299 400 378 425 320 406  lcommaaccent 222 278 278 278 278 278 \
ldot 334 479 344 396 273 379  less 584 584 564 570 675 570  lessequal 549 549 1000 1000 1000 1000 \
logicalnot 584 584 564 570 675 606  longs 222 278 278 278 278 333  lozenge 471 494 574 574 574 574 \
lslash 222 278 278 278 278 278  m 833 889 778 833 722 778  macron 333 333 333 333 333 333 \
minus 584 584 564 570 675 606  minute 188 240 219 281 219 281  mu 556 611 500 556 500 576 \
multiply 584 584 564 570 675 570  n 556 611 500 556 500 556  nacute 556 611 500 556 500 556 \
napostrophe 604 708 604 729 577 699  ncaron 556 611 500 556 500 556  ncommaaccent 556 611 500 556 500 556 \
nine 556 556 500 500 500 500  notelement 1000 1000 1000 1000 1000 1000  notequal 549 549 1000 1000 1000 1000 \
notsubset 1000 1000 1000 1000 1000 1000  ntilde 556 611 500 556 500 556  nu 500 556 452 447 444 444 \
numbersign 556 556 500 500 500 500  o 556 611 500 500 500 500  oacute 556 611 500 500 500 500 \
obreve 556 611 500 500 500 500  ocircumflex 556 611 500 500 500 500  odieresis 556 611 500 500 500 500 \
oe 944 944 722 722 667 722  ogonek 333 333 333 333 333 333  ograve 556 611 500 500 500 500 \
ohungarumlaut 556 611 500 500 500 500  omacron 556 611 500 500 500 500  omega 781 845 658 731 706 723 \
omega1 781 845 658 731 706 756  omicron 556 611 500 500 500 500  one 556 556 500 500 500 500 \
onehalf 834 834 750 750 750 750  onequarter 834 834 750 750 750 750  onesuperior 333 333 300 300 300 300 \
ordfeminine 370 370 276 300 276 266  ordmasculine 365 365 310 330 310 300  oslash 611 611 500 500 500 500 \
otilde 556 611 500 500 500 500  p 556 611 500 556 500 500  paragraph 537 556 453 540 523 500 \
parenleft 333 333 333 333 333 333  parenright 333 333 333 333 333 333  partialdiff 476 494 500 500 500 500 \
percent 889 889 833 1000 833 833  period 278 278 250 250 250 250  periodcentered 278 278 250 250 250 250 \
perpendicular 1000 1000 1000 1000 1000 1000  perthousand 1000 1000 1000 1000 1000 1000  phi 648 715 577 624 553 585 \
phi1 560 750 526 624 518 579  pi 690 766 505 548 501 546  plus 584 584 564 570 675 570 \
plusminus 584 584 564 570 675 570  product 996 996 1000 1000 1000 1000  propersubset 1000 1000 1000 1000 1000 1000 \
propersuperset 1000 1000 1000 1000 1000 1000  proportional 1000 1000 1000 1000 1000 1000  psi 713 753 626 688 621 668 \
q 556 611 500 556 500 500  question 556 611 444 500 500 500  questiondown 611 611 444 500 500 500 \
quotedbl 355 474 408 555 420 555  quotedblbase 333 500 444 500 556 500  quotedblleft 333 500 444 500 556 500 \
quotedblright 333 500 444 500 556 500  quoteleft 222 278 333 333 333 333  quotereversed 222 278 333 333 333 333 \
quoteright 222 278 333 333 333 333  quotesinglbase 222 278 333 333 333 333  quotesingle 191 238 180 278 214 278 \
r 333 389 333 444 389 389  racute 333 389 333 444 389 389  radical 453 549 722 722 722 722 \
rcaron 333 389 333 444 389 389  rcommaaccent 333 389 333 444 389 389  reflexsubset 1000 1000 1000 1000 1000 1000 \
reflexsuperset 1000 1000 1000 1000 1000 1000  registered 737 737 760 747 760 747  rho 569 619 499 535 480 515 \
ring 333 333 333 333 333 333  s 500 556 389 389 389 389  sacute 500 556 389 389 389 389 \
scaron 500 556 389 389 389 389  scedilla 500 556 389 389 389 389  scircumflex 500 556 389 389 389 389 \
second 354 479 417 552 417 552  section 556 556 500 500 500 500  semicolon 278 333 278 333 333 333 \
seven 556 556 500 500 500 500  sigma 617 684 539 544 493 539  six 556 556 500 500 500 500 \
slash 278 278 278 278 278 278  space 278 278 250 250 250 250  spade 531 531 1000 1000 1000 1000 \
sterling 556 556 500 500 500 500  suchthat 1000 1000 1000 1000 1000 1000  summation 996 996 1000 1000 1000 1000 \
t 278 333 278 333 278 278  tau 395 446 402 461 358 444  tbar 278 333 278 333 278 278 \
tcaron 317 389 389 464 326 387  tcommaaccent 278 333 278 333 278 278  therefore 1000 1000 996 996 996 996 \
theta 556 541 479 522 491 519  theta1 547 582 495 599 491 527  thorn 556 611 500 556 500 500 \
three 556 556 500 500 500 500  threequarters 834 834 750 750 750 750  threesuperior 333 333 300 300 300 300 \
tilde 333 333 333 333 333 333  trademark 1000 1000 980 1000 980 1000  two 556 556 500 500 500 500 \
twosuperior 333 333 300 300 300 300  u 556 611 500 556 500 556  uacute 556 611 500 556 500 556 \
ubreve 556 611 500 556 493 562  ucircumflex 556 611 500 556 500 556  udieresis 556 611 500 556 500 556 \
ugrave 556 611 500 556 500 556  uhungarumlaut 556 611 500 556 500 556  umacron 556 611 500 556 500 556 \
underscore 556 556 500 500 500 500  underscoredbl 552 552 500 500 500 500  union 719 719 1000 1000 1000 1000 \
universal 593 593 593 593 593 593  uogonek 556 611 500 556 500 556  upsilon 547 582 495 519 459 490 \
upsilondieresistonos 547 582 495 519 459 490  uring 556 611 500 556 500 556  utilde 556 611 500 556 500 556 \
v 500 556 500 500 444 444  w 722 778 722 722 667 667  wcircumflex 722 778 722 722 667 667 \
weierstrass 648 685 648 685 648 685  x 500 556 500 500 444 500  xi 448 445 446 446 428 449 \
y 500 556 500 500 444 444  yacute 500 556 500 500 444 444  ycircumflex 500 556 500 500 444 444 \
ydieresis 500 556 500 500 444 444  yen 556 556 500 500 500 500  z 500 500 444 444 389 389 \
zacute 500 500 444 444 389 389  zcaron 500 500 444 444 389 389  zdotaccent 500 500 444 444 389 389 \
zero 556 556 500 500 500 500  zeta 441 460 414 413 405 441";

const SYMBOL_WIDTHS: &str = "\
32 250 33 333 34 713 35 500 36 549 37 833 38 778 39 439 40 333 41 333 42 500 43 549 \
44 250 45 549 46 250 47 278 48 500 49 500 50 500 51 500 52 500 53 500 54 500 55 500 \
56 500 57 500 58 278 59 278 60 549 61 549 62 549 63 444 64 549 65 722 66 667 67 722 \
68 612 69 611 70 763 71 603 72 722 73 333 74 631 75 722 76 686 77 889 78 722 79 722 \
80 768 81 741 82 556 83 592 84 611 85 690 86 439 87 768 88 645 89 795 90 611 91 333 \
92 863 93 333 94 658 95 500 96 500 97 631 98 549 99 549 100 494 101 439 102 521 103 411 \
104 603 105 329 106 603 107 549 108 549 109 576 110 521 111 549 112 549 113 521 114 549 \
115 603 116 439 117 576 118 713 119 686 120 493 121 686 122 494 123 480 124 200 125 480 \
126 549 128 790 160 750 161 620 162 247 163 549 164 167 165 713 166 500 167 753 168 753 \
169 753 170 753 171 1042 172 987 173 603 174 987 175 603 176 400 177 549 178 411 179 549 \
180 549 181 713 182 494 183 460 184 549 185 549 186 549 187 549 188 1000 189 603 \
190 1000 191 658 192 823 193 686 194 795 195 987 196 768 197 768 198 823 199 768 200 768 \
201 713 202 713 203 713 204 713 205 713 206 713 207 713 208 768 209 713 210 790 211 790 \
212 890 213 823 214 549 215 250 216 713 217 603 218 603 219 1042 220 987 221 603 222 987 \
223 603 224 494 225 329 226 790 227 790 228 786 229 713 230 384 231 384 232 384 233 384 \
234 384 235 384 236 494 237 494 238 494 239 494 241 329 242 274 243 686 244 686 245 686 \
246 384 247 384 248 384 249 384 250 384 251 384 252 494 253 494 254 494";

// ZapfDingbats built-in encoding: code (hex), Unicode (hex), width.
const ZAPF_DINGBATS: &str = "\
20 0020 278 21 2701 974 22 2702 961 23 2703 974 24 2704 980 25 260E 719 26 2706 789 \
27 2707 790 28 2708 791 29 2709 690 2A 261B 960 2B 261E 939 2C 270C 549 2D 270D 855 \
2E 270E 911 2F 270F 933 30 2710 911 31 2711 945 32 2712 974 33 2713 755 34 2714 846 \
35 2715 762 36 2716 761 37 2717 571 38 2718 677 39 2719 763 3A 271A 760 3B 271B 759 \
3C 271C 754 3D 271D 494 3E 271E 552 3F 271F 537 40 2720 577 41 2721 692 42 2722 786 \
43 2723 788 44 2724 788 45 2725 790 46 2726 793 47 2727 794 48 2605 816 49 2729 823 \
4A 272A 789 4B 272B 841 4C 272C 823 4D 272D 833 4E 272E 816 4F 272F 831 50 2730 923 \
51 2731 744 52 2732 723 53 2733 749 54 2734 790 55 2735 792 56 2736 695 57 2737 776 \
58 2738 768 59 2739 792 5A 273A 759 5B 273B 707 5C 273C 708 5D 273D 682 5E 273E 701 \
5F 273F 826 60 2740 815 61 2741 789 62 2742 789 63 2743 707 64 2744 687 65 2745 696 \
66 2746 689 67 2747 786 68 2748 787 69 2749 713 6A 274A 791 6B 274B 785 6C 25CF 791 \
6D 274D 873 6E 25A0 761 6F 274F 762 70 2750 762 71 2751 759 72 2752 759 73 25B2 892 \
74 25BC 892 75 25C6 788 76 2756 784 77 25D7 438 78 2758 138 79 2759 277 7A 275A 415 \
7B 275B 392 7C 275C 392 7D 275D 668 7E 275E 668 80 2768 390 81 2769 390 82 276A 317 \
83 276B 317 84 276C 276 85 276D 276 86 276E 509 87 276F 509 88 2770 410 89 2771 410 \
8A 2772 234 8B 2773 234 8C 2774 334 8D 2775 334 A1 2761 732 A2 2762 544 A3 2763 544 \
A4 2764 910 A5 2765 667 A6 2766 760 A7 2767 760 A8 2663 776 A9 2666 595 AA 2665 694 \
AB 2660 626 AC 2460 788 AD 2461 788 AE 2462 788 AF 2463 788 B0 2464 788 B1 2465 788 \
B2 2466 788 B3 2467 788 B4 2468 788 B5 2469 788 B6 2776 788 B7 2777 788 B8 2778 788 \
B9 2779 788 BA 277A 788 BB 277B 788 BC 277C 788 BD 277D 788 BE 277E 788 BF 277F 788 \
C0 2780 788 C1 2781 788 C2 2782 788 C3 2783 788 C4 2784 788 C5 2785 788 C6 2786 788 \
C7 2787 788 C8 2788 788 C9 2789 788 CA 278A 788 CB 278B 788 CC 278C 788 CD 278D 788 \
CE 278E 788 CF 278F 788 D0 2790 788 D1 2791 788 D2 2792 788 D3 2793 788 D4 2794 894 \
D5 2192 838 D6 2194 1016 D7 2195 458 D8 2798 748 D9 2799 924 DA 279A 748 DB 279B 918 \
DC 279C 927 DD 279D 928 DE 279E 928 DF 279F 834 E0 27A0 873 E1 27A1 828 E2 27A2 924 \
E3 27A3 924 E4 27A4 917 E5 27A5 930 E6 27A6 931 E7 27A7 463 E8 27A8 883 E9 27A9 836 \
EA 27AA 836 EB 27AB 867 EC 27AC 867 ED 27AD 696 EE 27AE 696 EF 27AF 874 F1 27B1 874 \
F2 27B2 760 F3 27B3 946 F4 27B4 771 F5 27B5 865 F6 27B6 771 F7 27B7 888 F8 27B8 967 \
F9 27B9 888 FA 27BA 831 FB 27BB 873 FC 27BC 927 FD 27BD 970 FE 27BE 918";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_widths() {
        assert_eq!(Std14::from_base_font("Helvetica"), Some(Std14::Helvetica));
        assert_eq!(
            Std14::from_base_font("Helvetica-BoldOblique"),
            Some(Std14::HelveticaBold)
        );
        assert_eq!(
            Std14::from_base_font("Arial,Bold"),
            Some(Std14::HelveticaBold)
        );
        assert_eq!(Std14::from_base_font("ArialMT"), Some(Std14::Helvetica));
        assert_eq!(Std14::from_base_font("Times-Roman"), Some(Std14::Times));
        assert_eq!(
            Std14::from_base_font("TimesNewRomanPS-BoldItalicMT"),
            Some(Std14::TimesBoldItalic)
        );
        assert_eq!(
            Std14::from_base_font("Courier-Oblique"),
            Some(Std14::Courier)
        );
        assert_eq!(Std14::from_base_font("Calibri"), None);
        assert_eq!(Std14::substitute("Calibri-Bold", 32), Std14::HelveticaBold);
        assert_eq!(Std14::substitute("Georgia", 2), Std14::Times);
        assert_eq!(Std14::Helvetica.width("a"), Some(556.0));
        assert_eq!(Std14::Times.width("space"), Some(250.0));
        assert_eq!(Std14::HelveticaBold.width("edieresis"), Some(556.0));
        assert_eq!(Std14::Courier.width("anything"), Some(600.0));
        assert_eq!(Std14::symbol_width(0x20), Some(250.0));
        assert_eq!(zapf_dingbats(b'4'), Some(('\u{2714}', 846.0)));
    }
}
