#!/usr/bin/env python3
"""Regenerates cohort/ and truth/ for batch-3/b (U3-003, U3-004). Deterministic."""
import os, shutil, random, csv, io, math, datetime as dt
from PIL import Image, ImageDraw, ImageFont, ImageFilter

random.seed(3034)
HERE = os.path.dirname(os.path.abspath(__file__))
COH = os.path.join(HERE, 'cohort')
TR = os.path.join(HERE, 'truth')
for d in (COH, TR):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, Flowable)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rlcanvas
import docx
from docx.shared import Pt, Cm

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVS', FD + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', FD + 'DejaVuSerif-Bold.ttf'))

MAAND = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
         'september', 'oktober', 'november', 'december']
MAANDK = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.']
DAG = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']


def D(s):
    return dt.date.fromisoformat(s)


def dlong(d):
    return f"{d.day} {MAAND[d.month-1]} {d.year}"


def ddash(d):
    return d.strftime('%d-%m-%Y')


def dday(d):
    return f"{DAG[d.weekday()]} {dlong(d)}"


def dshort(d):
    return f"{d.day} {MAANDK[d.month-1]} {d.year}"


# ---------------------------------------------------------------- hours notation
def hrs(mins, style, start=None):
    h, m = divmod(mins, 60)
    if style == 'dec':
        v = mins / 60
        return (f"{v:.2f}".rstrip('0').rstrip('.')).replace('.', ',') + ' uur'
    if style == 'decbare':
        v = mins / 60
        return (f"{v:.2f}".rstrip('0').rstrip('.')).replace('.', ',')
    if style == 'frac':
        fr = {0: '', 15: '¼', 30: '½', 45: '¾'}[m]
        return f"{h}{fr} uur" if h else f"{fr} uur"
    if style == 'uurmin':
        if m == 0:
            return f"{h} uur"
        return f"{h} uur en {m} minuten" if h else f"{m} minuten"
    if style == 'u':
        return f"{h}u{m:02d}"
    if style == 'min':
        return f"{mins} min"
    if style == 'minuten':
        return f"{mins} minuten"
    if style == 'colon':
        return f"{h}:{m:02d}"
    if style == 'range':
        sh, sm = start
        e = sh * 60 + sm + mins
        return f"{sh:02d}.{sm:02d} – {e//60:02d}.{e%60:02d} uur"
    if style == 'uur':
        return f"{h} uur"
    raise ValueError(style)


def decnl(v, nd=2):
    return f"{v:.{nd}f}".replace('.', ',')


# ---------------------------------------------------------------- signatures
def sig_points(seed, w=1.0, h=1.0):
    r = random.Random(seed)
    pts = []
    n = 60
    a1, a2 = r.uniform(2.5, 4.0), r.uniform(0.15, 0.3)
    for i in range(n):
        t = i / (n - 1)
        x = 0.05 + 0.9 * t + 0.04 * math.sin(t * 20 + seed)
        y = 0.5 + 0.35 * math.sin(t * a1 * math.pi) * math.cos(t * 7) + a2 * math.sin(t * 31)
        pts.append((x * w, max(0.02, min(0.98, y)) * h))
    return pts


def sig_png(seed, path):
    im = Image.new('RGBA', (500, 160), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    pts = [(x, 160 - y) for x, y in sig_points(seed, 500, 160)]
    dr.line(pts, fill=(20, 30, 110, 255), width=4, joint='curve')
    im.save(path)


class SigFlow(Flowable):
    def __init__(self, label, name, signed, seed, width=160 * mm):
        super().__init__()
        self.label, self.name, self.signed, self.seed = label, name, signed, seed
        self.width, self.height = width, 28 * mm

    def draw(self):
        c = self.canv
        c.setFont('DV', 10)
        c.drawString(0, 20 * mm, self.label)
        x0 = max(45 * mm, c.stringWidth(self.label, 'DV', 10) + 6 * mm)
        if self.signed:
            c.setStrokeColorRGB(0.1, 0.12, 0.45)
            c.setLineWidth(1.3)
            pts = sig_points(self.seed, 55 * mm, 14 * mm)
            p = c.beginPath()
            p.moveTo(x0 + pts[0][0], 6 * mm + pts[0][1])
            for x, y in pts[1:]:
                p.lineTo(x0 + x, 6 * mm + y)
            c.drawPath(p, stroke=1, fill=0)
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.5)
            c.line(x0, 6 * mm, x0 + 65 * mm, 6 * mm)
        else:
            c.drawString(x0, 6 * mm, '.' * 60)
        if self.name:
            c.setFont('DV', 9)
            c.drawString(x0, 1 * mm, self.name)


# ---------------------------------------------------------------- block renderers
ST = {
    'p': ParagraphStyle('p', fontName='DV', fontSize=10, leading=13.5, spaceAfter=5),
    'h1': ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=8, spaceBefore=4),
    'h2': ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=15, spaceAfter=3, spaceBefore=7),
    'c': ParagraphStyle('c', fontName='DVS', fontSize=13, leading=20, alignment=1),
    'cb': ParagraphStyle('cb', fontName='DVSB', fontSize=22, leading=30, alignment=1),
    'cell': ParagraphStyle('cell', fontName='DV', fontSize=9.5, leading=12),
    'cellb': ParagraphStyle('cellb', fontName='DVB', fontSize=9.5, leading=12),
    'mono': ParagraphStyle('mono', fontName='DV', fontSize=9, leading=12, textColor=colors.HexColor('#333333')),
}


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def pdf_blocks(path, blocks, serif=False):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm)
    fl = []
    for b in blocks:
        k = b[0]
        if k == 'h':
            fl.append(Paragraph(esc(b[1]), ST['h1' if b[2] == 1 else 'h2']))
        elif k == 'p':
            fl.append(Paragraph(esc(b[1]).replace('\n', '<br/>'), ST['p']))
        elif k == 'mono':
            fl.append(Paragraph(esc(b[1]).replace('\n', '<br/>'), ST['mono']))
        elif k == 'c':
            fl.append(Paragraph(esc(b[1]), ST['cb' if len(b) > 2 and b[2] == 'big' else 'c']))
        elif k == 'sp':
            fl.append(Spacer(1, b[1] * mm))
        elif k == 'kv':
            rows = [[Paragraph(esc(l), ST['cellb']), Paragraph(esc(v).replace('\n', '<br/>'), ST['cell'])] for l, v in b[1]]
            t = Table(rows, colWidths=[62 * mm, 104 * mm])
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                                   ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#eeeeee')),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            fl.append(t)
            fl.append(Spacer(1, 4 * mm))
        elif k == 'kvabove':
            # label cells above value cells, two pairs per row
            pairs = b[1]
            rows = []
            for i in range(0, len(pairs), 2):
                chunk = pairs[i:i + 2]
                while len(chunk) < 2:
                    chunk.append(('', ''))
                rows.append([Paragraph(esc(l), ST['cellb']) for l, _ in chunk])
                rows.append([Paragraph(esc(v), ST['cell']) for _, v in chunk])
            t = Table(rows, colWidths=[83 * mm, 83 * mm])
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            for r in range(0, len(rows), 2):
                sty.append(('BACKGROUND', (0, r), (-1, r), colors.HexColor('#e4ecf4')))
            t.setStyle(TableStyle(sty))
            fl.append(t)
            fl.append(Spacer(1, 4 * mm))
        elif k == 'grid':
            head, rows, widths = b[1], b[2], b[3] if len(b) > 3 else None
            data = [[Paragraph(esc(h), ST['cellb']) for h in head]] + \
                   [[Paragraph(esc(str(c)), ST['cell']) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            fl.append(t)
            fl.append(Spacer(1, 4 * mm))
        elif k == 'sig':
            fl.append(Spacer(1, 3 * mm))
            fl.append(SigFlow(b[1], b[2], b[3], b[4]))
    doc.build(fl)


def docx_blocks(path, blocks, tmpdir):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == 'h':
            d.add_heading(b[1], level=b[2])
        elif k in ('p', 'mono'):
            d.add_paragraph(b[1])
        elif k == 'c':
            p = d.add_paragraph(b[1])
            p.alignment = 1
        elif k == 'sp':
            d.add_paragraph('')
        elif k in ('kv', 'kvabove'):
            pairs = b[1]
            if k == 'kv':
                t = d.add_table(rows=len(pairs), cols=2)
                t.style = 'Table Grid'
                for i, (l, v) in enumerate(pairs):
                    t.cell(i, 0).text = l
                    t.cell(i, 1).text = v
                    for r in t.cell(i, 0).paragraphs[0].runs:
                        r.bold = True
            else:
                nrow = (len(pairs) + 1) // 2
                t = d.add_table(rows=2 * nrow, cols=2)
                t.style = 'Table Grid'
                for i, (l, v) in enumerate(pairs):
                    r0, c0 = 2 * (i // 2), i % 2
                    t.cell(r0, c0).text = l
                    t.cell(r0 + 1, c0).text = v
                    for r in t.cell(r0, c0).paragraphs[0].runs:
                        r.bold = True
            d.add_paragraph('')
        elif k == 'grid':
            head, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(head))
            t.style = 'Table Grid'
            for j, h in enumerate(head):
                t.cell(0, j).text = h
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i + 1, j).text = str(c)
            d.add_paragraph('')
        elif k == 'sig':
            p = d.add_paragraph()
            p.add_run(b[1] + '  ')
            if b[3]:
                png = os.path.join(tmpdir, f'sig{b[4]}.png')
                sig_png(b[4], png)
                p.add_run().add_picture(png, width=Cm(4.5))
            else:
                p.add_run('.' * 50)
            if b[2]:
                d.add_paragraph(b[2])
    d.core_properties.created = dt.datetime(2026, 1, 5, 10, 0)
    d.core_properties.modified = dt.datetime(2026, 1, 5, 10, 0)
    d.save(path)


# image rendering (for scans / photos)
def F(size, bold=False, serif=False):
    n = ('DejaVuSerif' if serif else 'DejaVuSans') + ('-Bold' if bold else '') + '.ttf'
    return ImageFont.truetype(FD + n, size)


def wrap(dr, text, font, width):
    out = []
    for para in text.split('\n'):
        words = para.split(' ')
        line = ''
        for w in words:
            t = (line + ' ' + w).strip()
            if dr.textlength(t, font=font) <= width:
                line = t
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def img_blocks(blocks, dpi=200, hand=False):
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new('RGB', (W, H), (252, 251, 247))
    dr = ImageDraw.Draw(im)
    s = dpi / 200
    fp, fh1, fh2, fc, fcb = F(int(25 * s)), F(int(40 * s), True), F(int(29 * s), True), F(int(34 * s), serif=True), F(int(56 * s), True, True)
    fcell, fcellb = F(int(23 * s)), F(int(23 * s), True)
    L, R = int(150 * s), W - int(150 * s)
    y = int(150 * s)
    lh = int(35 * s)
    for b in blocks:
        k = b[0]
        if k == 'h':
            f = fh1 if b[2] == 1 else fh2
            y += int(10 * s)
            for ln in wrap(dr, b[1], f, R - L):
                dr.text((L, y), ln, font=f, fill=(15, 15, 15))
                y += int(f.size * 1.3)
            y += int(6 * s)
        elif k in ('p', 'mono'):
            for ln in wrap(dr, b[1], fp, R - L):
                dr.text((L, y), ln, font=fp, fill=(25, 25, 25))
                y += lh
            y += int(10 * s)
        elif k == 'c':
            f = fcb if len(b) > 2 and b[2] == 'big' else fc
            for ln in wrap(dr, b[1], f, R - L):
                tw = dr.textlength(ln, font=f)
                dr.text(((W - tw) / 2, y), ln, font=f, fill=(20, 20, 20))
                y += int(f.size * 1.45)
        elif k == 'sp':
            y += int(b[1] * 8 * s)
        elif k in ('kv', 'kvabove', 'grid'):
            if k == 'kv':
                rows = [[l, v] for l, v in b[1]]
                cw = [0.37, 0.63]
                boldrow = None
            elif k == 'kvabove':
                rows = []
                pairs = b[1]
                for i in range(0, len(pairs), 2):
                    ch = list(pairs[i:i + 2]) + [('', '')] * (2 - len(pairs[i:i + 2]))
                    rows.append([c[0] for c in ch])
                    rows.append([c[1] for c in ch])
                cw = [0.5, 0.5]
                boldrow = 'even'
            else:
                rows = [list(b[1])] + [[str(c) for c in r] for r in b[2]]
                n = len(b[1])
                if len(b) > 3:
                    tot = sum(b[3])
                    cw = [w / tot for w in b[3]]
                else:
                    cw = [1 / n] * n
                boldrow = 'first'
            tw = R - L
            for ri, r in enumerate(rows):
                cells = []
                for ci, c in enumerate(r):
                    bold = (k == 'kv' and ci == 0) or (boldrow == 'even' and ri % 2 == 0) or (boldrow == 'first' and ri == 0)
                    f = fcellb if bold else fcell
                    cells.append((wrap(dr, c, f, cw[ci] * tw - 16 * s), f))
                rh = max(len(c[0]) for c in cells) * int(30 * s) + int(14 * s)
                x = L
                for ci, (lines, f) in enumerate(cells):
                    wdt = cw[ci] * tw
                    dr.rectangle([x, y, x + wdt, y + rh], outline=(0, 0, 0), width=max(1, int(2 * s)))
                    yy = y + int(7 * s)
                    for ln in lines:
                        dr.text((x + 8 * s, yy), ln, font=f, fill=(20, 20, 20))
                        yy += int(30 * s)
                    x += wdt
                y += rh
            y += int(20 * s)
        elif k == 'sig':
            y += int(20 * s)
            dr.text((L, y + int(40 * s)), b[1], font=fp, fill=(20, 20, 20))
            x0 = L + max(int(420 * s), int(dr.textlength(b[1], font=fp) + 30 * s))
            if b[3]:
                pts = [(x0 + px, y + int(80 * s) - py) for px, py in sig_points(b[4], 480 * s, 110 * s)]
                dr.line(pts, fill=(25, 40, 120), width=max(3, int(4 * s)), joint='curve')
                dr.line([(x0, y + int(82 * s)), (x0 + 560 * s, y + int(82 * s))], fill=(60, 60, 60), width=2)
            else:
                dr.text((x0, y + int(55 * s)), '.' * 55, font=fp, fill=(40, 40, 40))
            if b[2]:
                dr.text((x0, y + int(92 * s)), b[2], font=fcell, fill=(30, 30, 30))
            y += int(140 * s)
    assert y < H - 60, ('page overflow', y, H)
    return im


def scanify(im, angle, seed, photo=False):
    r = random.Random(seed)
    W, H = im.size
    pad = int(W * 0.06)
    bg = (95, 90, 84) if photo else (205, 205, 200)
    page = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    canvas = Image.new('RGB', (page.width + 2 * pad, page.height + 2 * pad), bg)
    canvas.paste(page, (pad, pad))
    # visible border around the page
    dr = ImageDraw.Draw(canvas)
    dr.rectangle([pad - 4, pad - 4, pad + page.width + 4, pad + page.height + 4], outline=(30, 30, 30), width=5)
    # light gradient / shadow
    grad = Image.new('L', canvas.size)
    gd = ImageDraw.Draw(grad)
    for x in range(0, canvas.width, 8):
        v = int(255 - (30 if photo else 18) * (x / canvas.width) - r.uniform(0, 3))
        gd.rectangle([x, 0, x + 8, canvas.height], fill=v)
    canvas = Image.composite(canvas, Image.new('RGB', canvas.size, (0, 0, 0)), grad)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
    return canvas


def save_scan(path, blocks, angle, seed, photo=False, dpi=200):
    im = scanify(img_blocks(blocks, dpi), angle, seed, photo)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if path.lower().endswith('.pdf'):
        im.save(path, 'PDF', resolution=dpi, quality=72, creationDate=__import__('time').gmtime(1767225600), modDate=__import__('time').gmtime(1767225600))
    else:
        im.save(path, 'JPEG', quality=72, dpi=(dpi, dpi))


# ---------------------------------------------------------------- truth tables
T_DOS, T_FIND, T_ALLOW, T_INT, T_DOC, T_FLD = [], [], [], [], [], []


def add_doc(cid, rel, dtype, sig):
    T_DOC.append((cid, rel, dtype, sig))


def fld(cid, rel, field, value):
    T_FLD.append((cid, rel, field, value))


def write(cid, rel, kind, blocks, **kw):
    path = os.path.join(COH, cid, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if kind == 'pdf':
        pdf_blocks(path, blocks)
    elif kind == 'docx':
        docx_blocks(path, blocks, os.path.join(HERE, '.tmp'))
    elif kind == 'scan':
        save_scan(path, blocks, kw.get('angle', 1.5), kw.get('seed', 1), kw.get('photo', False))
    return f"{cid}/{rel}"


os.makedirs(os.path.join(HERE, '.tmp'), exist_ok=True)

# ---------------------------------------------------------------- intervision content
PROFIELEN = [
    "Een 52-jarige magazijnmedewerker met langdurige rugklachten, ruim een jaar ziek uit dienst.",
    "Een alleenstaande moeder van 34, voorheen schoonmaakster, met een WW-uitkering na een ziekteperiode.",
    "Een 29-jarige uitzendkracht in de logistiek die sinds een half jaar burn-outklachten heeft.",
    "Een 61-jarige buschauffeur die na een hartinfarct niet terug kan naar zijn eigen werk.",
    "Een 45-jarige verpleegkundige met een Ziektewet-uitkering na een beëindigd tijdelijk contract.",
    "Een 38-jarige kok met knieklachten die zelf graag een omscholing wil.",
    "Een 56-jarige administratief medewerker die al drie keer eerder uitviel.",
    "Een jonge man van 24 met een licht verstandelijke beperking en een Ziektewet-uitkering.",
    "Een 49-jarige bouwvakker met schouderklachten en schulden.",
    "Een 41-jarige klant met angstklachten die sinds de ziekmelding nauwelijks buiten komt.",
    "Een 33-jarige callcentermedewerker met long covid.",
    "Een 58-jarige vrachtwagenchauffeur zonder startkwalificatie die zijn rijbewijs kwijt is geraakt.",
    "Een 47-jarige klant van Poolse afkomst met beperkte beheersing van het Nederlands.",
    "Een 36-jarige zorgmedewerker die na een conflict met haar vorige werkgever ziek werd.",
]
PROBLEMEN = [
    ("Hij reageert nauwelijks op mijn berichten en zegde twee afspraken af. Ik merkte dat ik geïrriteerd raakte.",
     "Hoe blijf ik in contact met een klant die zich terugtrekt, zonder te gaan duwen?"),
    ("Zij wil pas aan werk denken als alle klachten weg zijn, terwijl de verzekeringsarts duidelijke mogelijkheden ziet.",
     "Hoe bespreek ik belastbaarheid zonder dat het voelt alsof ik de klachten niet serieus neem?"),
    ("Tijdens het laatste gesprek werd de klant boos en verliet hij de kamer. Ik heb het gesprek daarna niet meer opgepakt.",
     "Hoe ga ik om met boosheid in een gesprek en wat doet dat met mij?"),
    ("Ik had een proefplaatsing geregeld die na twee weken stopte. Ik voelde me persoonlijk verantwoordelijk.",
     "Waarom trek ik me een mislukte plaatsing zo aan, en hoe relativeer ik dat?"),
    ("De huisarts adviseerde de klant om 'voorlopig niets te doen'. Ik twijfelde of ik daar tegenin mocht gaan.",
     "Hoe bewaak ik mijn eigen rol als er tegenstrijdige adviezen zijn?"),
    ("De klant vroeg mij om een opleiding te regelen die ik niet kan inzetten. Ik durfde geen duidelijk nee te zeggen.",
     "Hoe zeg ik helder nee en blijf ik toch in verbinding?"),
    ("Ik merkte dat ik steeds meer regelde voor de klant, ook dingen die hij zelf kan.",
     "Waar ligt voor mij de grens tussen ondersteunen en overnemen?"),
    ("Een werkgever wilde de klant wel plaatsen maar zonder contract. Ik voelde me klem zitten.",
     "Hoe houd ik mijn eigen lijn vast bij druk van een werkgever?"),
    ("De klant vertelde tijdens het gesprek over huiselijk geweld. Ik wist even niet wat ik moest doen.",
     "Hoe reageer ik professioneel op een onverwachte, zware mededeling?"),
    ("Mijn collega had eerder toezeggingen gedaan die ik niet kan nakomen. De klant voelt zich bedrogen.",
     "Hoe herstel ik vertrouwen dat ik niet zelf heb beschadigd?"),
    ("Ik heb het gevoel dat ik al maanden hetzelfde gesprek voer en dat er niets verandert.",
     "Hoe doorbreek ik een patroon waarin ik zelf ook meebeweeg?"),
    ("De klant kwam met een tolk en ik merkte dat ik vooral tegen de tolk praatte.",
     "Hoe houd ik de klant zelf centraal als er een derde aan tafel zit?"),
    ("Ik heb de klant beloofd haar terug te bellen en dat is er door drukte drie weken niet van gekomen.",
     "Hoe organiseer ik mijn werk zo dat ik afspraken nakom, ook in drukke periodes?"),
    ("De klant wil graag zelfstandig ondernemer worden. Ik vind het plan onrealistisch maar heb dat niet gezegd.",
     "Hoe geef ik eerlijke feedback op een plan waar de klant enthousiast over is?"),
]
OPM = [
    "Collega's vroegen wat ik zelf voelde toen de klant afhaakte. Eén collega herkende de neiging om harder te gaan trekken.",
    "De groep merkte op dat ik vooral oplossingen aandroeg en weinig doorvroeg naar wat de klant zelf wil.",
    "Een collega gaf aan dat ik mijn eigen irritatie best mag benoemen, zolang ik het bij mezelf houd.",
    "Er werd opgemerkt dat ik erg voorzichtig formuleer, waardoor mijn boodschap onduidelijk blijft.",
    "Collega's herkenden de situatie en vroegen door op het moment dat het gesprek kantelde.",
    "De feedback was dat ik te snel de verantwoordelijkheid naar me toe trek.",
    "Een collega deelde hoe zij in een vergelijkbare situatie eerst even pauze nam voordat ze reageerde.",
    "De groep vroeg waarom ik de werkgever niet direct had teruggebeld; daar had ik zelf nog niet over nagedacht.",
    "Collega's gaven aan dat ik mijn twijfel eerder met de klant had kunnen delen.",
    "Er kwam de vraag wat ik zou doen als dit mijn eerste gesprek met deze klant was geweest.",
]
BIJDR = [
    "Ik heb de casus ingebracht en uitgelegd waar ik zelf vastliep, inclusief mijn eigen ergernis.",
    "Ik heb mijn eerste reactie in het gesprek eerlijk teruggespeeld aan de groep.",
    "Ik heb in de rondes vooral geluisterd en daarna benoemd welke vragen mij raakten.",
    "Ik heb aangegeven wat ik anders had willen doen en de groep gevraagd mij daarop te bevragen.",
    "Ik bracht in dat ik twijfelde aan mijn eigen rol en heb die twijfel onderzocht met de groep.",
    "Ik heb een rollenspel voorgesteld waarin ik het gesprek opnieuw voerde.",
    "Ik heb opgeschreven welke aannames ik over de klant had en die hardop gedeeld.",
    "Ik heb de feedback samengevat en aangegeven welke punten ik wil uitproberen.",
]
LEERE = [
    "Ik zie nu dat mijn ongeduld in de weg zat. In mijn volgende gesprekken stel ik eerst een open vraag voordat ik een voorstel doe.",
    "Ik merk dat ik rustiger word als ik mijn eigen gevoel benoem. Dat neem ik mee naar andere lastige gesprekken.",
    "Ik heb geleerd dat duidelijk zijn ook klantgericht is. Ik formuleer mijn grenzen nu concreter.",
    "Ik besef dat ik niet alles hoef op te lossen; ik geef de klant meer ruimte om zelf stappen te zetten.",
    "Ik plan nu vaste momenten om terug te bellen en zet ze direct in mijn agenda.",
    "Ik durf eerder hulp te vragen aan een collega of de verzekeringsarts als ik twijfel.",
    "Het inzicht dat ik vaak vanuit mijn eigen tempo denk, helpt me om beter aan te sluiten.",
    "Ik houd nu na een zwaar gesprek een korte nabespreking met mezelf of een collega.",
]
AFW = [
    "Ik heb afgewogen of ik het contact moest forceren of juist ruimte geven. Ik koos voor ruimte met een duidelijke datum.",
    "Voor mij woog zwaar dat de klant zich gehoord voelt, maar ook dat de termijnen lopen. Ik wil beide benoemen.",
    "Ik twijfelde tussen doorpakken en afwachten. Achteraf vind ik dat ik eerder had moeten ingrijpen.",
    "Ik heb mijn eigen belang (een afgerond traject) gescheiden van het belang van de klant.",
    "Ik vond het lastig om loyaal te zijn aan mijn collega en tegelijk eerlijk naar de klant.",
    "Mijn afweging was dat de relatie met de klant nu belangrijker is dan tempo; een paar weken uitstel is verdedigbaar.",
    "Ik heb bewust gekozen om mijn twijfel niet te verbergen, omdat de klant dat toch merkt.",
    "Ik heb gewogen wat haalbaar is binnen mijn rol en wat ik moet overdragen.",
]
ACT = [
    "Ik zou de klant nu een korte, persoonlijke brief sturen met een concreet voorstel voor een afspraak bij hem thuis.",
    "Ik zou eerder een driegesprek met de verzekeringsarts organiseren.",
    "Ik zou het gesprek opnieuw plannen en beginnen met wat er vorige keer misging.",
    "Ik zou de werkgever zelf bellen en mijn voorwaarden helder uitspreken.",
    "Ik zou eerder sparren met mijn teamleider in plaats van er alleen mee te blijven lopen.",
    "Ik zou de klant vragen om zelf het eerste contact met de werkgever te leggen, met mijn steun op de achtergrond.",
    "Ik zou vaker kleine tussendoelen afspreken en die samen evalueren.",
    "Ik zou eerlijk zeggen dat ik het plan nog niet haalbaar vind en samen uitzoeken wat er nodig is.",
]
METHODE = ['incidentmethode', 'roddelmethode', 'vijfstappenmethode', 'Balintmethode', 'incidentmethode',
           'roddelmethode', 'vijfstappenmethode']

SECT_STYLES = {
    'noun': ['Casusbeschrijving', "Opmerkingen van collega's", 'Eigen bijdrage', 'Leervragen', 'Leereffect',
             'Oordeelsvorming (eigen afwegingen)', 'Initiatief (acties die ik zelf zou ondernemen)'],
    'vraag': ['Waar ging het over?', 'Wat zeiden de anderen?', 'Wat heb ik zelf ingebracht?', 'Wat wilde ik leren?',
              'Wat nam ik mee?', 'Hoe woog ik het af?', 'Wat had ik zelf gedaan?'],
    'caps': ['1. CASUS', "2. REACTIES VAN DE COLLEGA'S", '3. MIJN BIJDRAGE', '4. LEERVRAAG', '5. LEEREFFECT',
             '6. EIGEN AFWEGINGEN', '7. ACTIES'],
    'loan': ['De casus', 'Feedback van de groep', 'Mijn input', 'Leervragen', 'Learnings / take-aways',
             'Mijn afwegingen', 'Actiepunten'],
    'letter': ['a) Beschrijving van de casus', "b) Opmerkingen collega's", 'c) Eigen bijdrage aan de oplossing',
               'd) Leervragen', 'e) Leereffect voor mijn eigen werk', 'f) Oordeelsvorming', 'g) Initiatief'],
}
LEADINS = ['De casus die ik inbracht: ', "Mijn collega's merkten op: ", 'Zelf heb ik het volgende bijgedragen: ',
           'Mijn leervraag was: ', 'Wat ik ervan geleerd heb voor mijn eigen werk: ',
           'Bij het afwegen van het probleem: ', 'Wat ik zelf zou ondernemen: ']
SECKEYS = ['casus', 'opmerkingen_collegas', 'eigen_bijdrage', 'leervragen', 'leereffect', 'oordeelsvorming', 'initiatief']


def int_texts(i, prof, prob, off):
    p = PROFIELEN[prof]
    pr, lv = PROBLEMEN[prob]
    return [p + ' ' + pr, OPM[(i + off) % len(OPM)], BIJDR[(i * 3 + off) % len(BIJDR)], lv,
            LEERE[(i * 5 + off) % len(LEERE)], AFW[(i * 7 + off) % len(AFW)], ACT[(i + 3 * off) % len(ACT)]]


def int_blocks(style, name, date, texts, group, omit=(), method=None, sent=None):
    parts = [(k, t) for k, t in zip(SECKEYS, texts) if k not in omit]
    hdrs = dict(zip(SECKEYS, SECT_STYLES.get(style, SECT_STYLES['noun'])))
    meta = f"Datum intervisie: {dlong(date)} — groep: {group}" + (f" — methode: {method}" if method else '')
    if style == 'table':
        B = [('h', 'Verslag intervisiemoment (bijlage 5)', 1),
             ('kv', [('Naam', name), ('Datum bijeenkomst', ddash(date)), ('Intervisiegroep', group)]),
             ('kv', [(lab, t) for (k, t), lab in zip(parts, [dict(zip(SECKEYS, SECT_STYLES['noun']))[k] for k, _ in parts])])]
        return B
    if style == 'prose':
        B = [('h', f'Intervisie {dshort(date)}', 2), ('p', f'{name}, intervisiegroep {group}.')]
        for k, t in parts:
            B.append(('p', LEADINS[SECKEYS.index(k)] + t))
        return B
    if style == 'email':
        B = [('mono', f"Van: {name} <{name.split()[0].lower()}@mail-uwv.example>\nAan: intervisiegroep {group}\n"
                      f"Verzonden: {dday(sent)} 21:14\nOnderwerp: verslagje intervisie van {dlong(date)}"),
             ('p', 'Hoi allemaal,'),
             ('p', f'Zoals beloofd mijn verslag van onze intervisie van {DAG[date.weekday()]} {dlong(date)}. Dank voor jullie scherpe vragen!')]
        for k, t in parts:
            B.append(('p', LEADINS[SECKEYS.index(k)] + t))
        B.append(('p', 'Groetjes,\n' + name.split()[0]))
        return B
    B = [('h', 'Intervisieverslag', 1), ('p', f'Naam: {name}'), ('p', meta)]
    for k, t in parts:
        B.append(('h', hdrs[k], 2))
        B.append(('p', t))
    return B


def casuistiek_blocks(name, date, group):
    return [('h', 'Intervisieverslag', 1), ('p', f'Naam: {name}'), ('p', f'Datum intervisie: {dlong(date)} — groep: {group}'),
            ('h', 'De casus', 2),
            ('p', 'Klant van 50, magazijnmedewerker, 20 maanden ziek uit dienst, Ziektewet-uitkering. De vraag was of het dossier klaar is voor de WIA-beoordeling.'),
            ('h', 'Feedback van de groep', 2),
            ('p', 'De groep heeft het dossier stap voor stap nagelopen: probleemanalyse, plan van aanpak, eerstejaarsevaluatie en de inzet van re-integratie-instrumenten. Volgens de groep ontbrak de bijstelling van het plan van aanpak na de eerstejaarsevaluatie.'),
            ('h', 'Mijn input', 2),
            ('p', 'Ik heb de data uit het systeem opgezocht en doorgegeven welke formulieren in het dossier zitten.'),
            ('h', 'Leervragen', 2),
            ('p', 'Is de procedure volgens de werkinstructie gevolgd? Is het re-integratieverslag compleet voor de WIA-aanvraag?'),
            ('h', 'Learnings / take-aways', 2),
            ('p', 'De termijnen uit de werkinstructie moeten strikter worden gevolgd. De bijstelling moet binnen twee weken na de evaluatie worden vastgelegd.'),
            ('h', 'Mijn afwegingen', 2),
            ('p', 'De groep concludeerde dat de procedure op één punt na correct is gevolgd. Het dossier voldoet daarmee aan de eisen.'),
            ('h', 'Actiepunten', 2),
            ('p', 'Bijstelling plan van aanpak alsnog vastleggen; checklist WIA-aanvraag afvinken; termijn registreren in het systeem.')]


# ---------------------------------------------------------------- ervaringsverklaring content
COMPS_RIB = ['klantgerichtheid', 'resultaatgerichtheid', 'samenwerken', 'oordeelsvorming', 'initiatief',
             'netwerken', 'coachen', 'organiseren eigen werk']
EXAMPLES = {
    'klantgerichtheid': [
        ("Een klant met dyslexie begreep de brieven over zijn uitkering niet.", "Zorgen dat hij zijn verplichtingen kende.",
         "Ik heb de brief samen met hem doorgelopen en de afspraken in eenvoudige taal op papier gezet.",
         "Hij kwam alle afspraken na.", "Ik check nu vaker of mijn uitleg echt overkomt."),
        ("Een klant belde boos omdat zijn betaling te laat was.", "De klant te woord staan en een oplossing zoeken.",
         "Ik heb eerst geluisterd, toen met de afdeling betalingen gebeld en hem dezelfde dag teruggebeld.",
         "De betaling werd binnen twee dagen gedaan.", "Eerst luisteren werkt beter dan meteen uitleggen."),
    ],
    'resultaatgerichtheid': [
        ("Een traject van een klant liep al maanden zonder voortgang.", "Het traject vlottrekken.",
         "Ik heb met de klant drie concrete tussendoelen met data afgesproken.", "Binnen twee maanden startte hij met een werkervaringsplaats.",
         "Kleine stappen met een datum werken voor mij en de klant."),
        ("Ons team liep achter met de eerstejaarsevaluaties.", "Mijn eigen achterstand wegwerken.",
         "Ik heb twee ochtenden per week geblokt voor evaluaties.", "Na zes weken had ik geen achterstand meer.",
         "Ik moet eerder aan de bel trekken als het niet lukt."),
    ],
    'samenwerken': [
        ("De verzekeringsarts en ik hadden een verschillend beeld van een klant.", "Tot een gezamenlijk advies komen.",
         "Ik heb een kort overleg voorgesteld en onze beelden naast elkaar gelegd.", "We kwamen tot één advies aan de klant.",
         "Ik leg verschillen nu sneller op tafel."),
        ("Een nieuwe collega moest ingewerkt worden.", "Haar een deel van mijn dossiers laten meelopen.",
         "Ik nam haar mee naar gesprekken en besprak ze achteraf na.", "Zij draait nu zelfstandig een caseload.",
         "Ik vond het leuk om kennis te delen en doe dat vaker."),
    ],
    'oordeelsvorming': [
        ("Een klant wilde een dure opleiding als re-integratie-instrument.", "Beoordelen of dit passend was.",
         "Ik heb de arbeidsmarktkansen uitgezocht en met de arbeidsdeskundige overlegd.", "We kozen voor een kortere, gerichte cursus.",
         "Ik onderbouw mijn besluiten nu altijd met arbeidsmarktinformatie."),
        ("Een klant gaf aan dat hij niet kon werken, maar had een eigen bedrijfje.", "Een afweging maken over de melding.",
         "Ik heb het gesprek aangegaan en de regels uitgelegd voordat ik iets vastlegde.", "De klant gaf zijn inkomsten zelf door.",
         "Het gesprek eerst voeren voorkomt escalatie."),
    ],
    'initiatief': [
        ("In ons team ontbrak een overzicht van lokale werkgevers.", "Iets regelen waar het team iets aan heeft.",
         "Ik heb een gedeeld overzicht opgezet en collega's gevraagd het aan te vullen.", "Het overzicht wordt wekelijks gebruikt.",
         "Ik durf vaker zelf iets op te starten."),
        ("Een klant had geen idee welk werk bij hem paste.", "Hem helpen ontdekken wat hij wil.",
         "Ik stelde voor om drie bedrijven te bezoeken en regelde de eerste zelf.", "Hij koos voor de groenvoorziening.",
         "Meekijken in de praktijk opent meer dan praten."),
    ],
    'netwerken': [
        ("Een klant zocht werk in de zorg zonder diploma.", "Ingangen bij zorgwerkgevers vinden.",
         "Ik belde mijn contactpersoon bij het werkgeversservicepunt en regelde een kennismaking.", "De klant kon starten als zorghulp.",
         "Mijn netwerk onderhouden loont; ik bel contacten nu ook als ik niets nodig heb."),
        ("Ik kende weinig mensen bij de gemeente.", "Samenwerking met de gemeente verbeteren.",
         "Ik ging naar een netwerkbijeenkomst en maakte afspraken over warme overdrachten.", "Twee klanten werden sneller doorgeleid.",
         "Ik vind netwerken nog spannend maar het levert veel op."),
    ],
    'coachen': [
        ("Een klant had weinig zelfvertrouwen na een lange uitval.", "Hem activeren richting werk.",
         "Ik gebruikte motiverende gespreksvoering en liet hem zijn eigen successen benoemen.", "Hij solliciteerde zelf op twee vacatures.",
         "Ik laat de klant meer zelf vertellen."),
        ("Een klant bleef afwachten tot de arts iets zei.", "Haar eigen regie laten nemen.",
         "Ik vroeg haar wat zij zelf al kon en liet haar een weekplanning maken.", "Ze startte met vrijwilligerswerk.",
         "Coachen betekent voor mij minder zelf doen."),
    ],
    'organiseren eigen werk': [
        ("Mijn caseload groeide tot boven de norm.", "Overzicht houden.",
         "Ik maakte een prioriteitenlijst en plande vaste belmomenten.", "Ik haalde alle termijnen dat kwartaal.",
         "Structuur geeft mij rust."),
        ("Door ziekte van een collega kreeg ik extra dossiers.", "De extra dossiers goed overnemen.",
         "Ik las alle dossiers eerst door en maakte per klant een korte notitie.", "Geen klant kwam tussen wal en schip.",
         "Ik vraag eerder om hulp bij het verdelen van werk."),
    ],
}
STERK = {
    'klantgerichtheid': ('goed luisteren', 'klanten snel terugbellen', 'voorkomen dat ik te veel beloof'),
    'resultaatgerichtheid': ('concrete doelen stellen', 'doorzetten', 'eerder hulp vragen bij achterstanden'),
    'samenwerken': ('open communiceren', 'kennis delen', 'vaker feedback vragen aan collega\'s'),
    'oordeelsvorming': ('besluiten onderbouwen', 'regels goed kennen', 'sneller knopen doorhakken'),
    'initiatief': ('zelf dingen opstarten', 'creatief oplossingen zoeken', 'dingen ook afmaken'),
    'netwerken': ('contacten onderhouden', 'de sociale kaart kennen', 'actiever werkgevers benaderen'),
    'coachen': ('motiverende gespreksvoering', 'vertrouwen geven', 'minder zelf willen oplossen'),
    'organiseren eigen werk': ('planning maken', 'termijnen bewaken', 'nee zeggen tegen extra taken'),
}

# ---------------------------------------------------------------- candidates
CANDS = []

# ======================= U3-003  (clean toekenning)
C3 = dict(
    cid='U3-003', name='Noor van Wijngaarden', scheme='rib', app=D('2026-05-12'),
    role='re-integratiebegeleider', employer='UWV, vestiging Amsterdam', group='Amsterdam-Zuidoost 2',
    periods=[(D('2019-02-01'), None, 32, 're-integratiebegeleider')], fulltime=None,
)
C3['acts'] = [
    # id, date, title, organiser, kind, A min, B min, a_style, b_style, start, form_layout, proof
    dict(date='2022-09-15', title='Motiverende gespreksvoering in de praktijk', org='Kenniscentrum Re-integratie Noord',
         kind='workshop', A=180, B=120, ast='uur', bst='uur', form='grid', proof='cert'),
    dict(date='2022-11-24', title='Nationaal Congres Werk & Gezondheid 2022', org='Stichting Congres Werk & Gezondheid',
         kind='congres', A=330, B=30, ast='uurmin', bst='uurmin', form='inline', proof='congres', prog='6u15'),
    dict(date='2023-02-09', title='Wet verbetering poortwachter actueel', org='LeerWerkPlein (nationaal e-learningportaal)',
         kind='e-learning', A=240, B=60, ast='min', bst='min', form='acro', proof='elearn'),
    dict(date='2023-04-20', title='Vakoverleg Ziektewet: nieuwe werkinstructie beoordeling eerstejaars', org='UWV team Re-integratie Amsterdam-Zuidoost',
         kind='vakoverleg', A=150, B=30, ast='range', bst='dec', start=(14, 0), form='stacked', proof='teamleider'),
    dict(date='2023-10-05', title='Oplossingsgericht coachen (basisdag)', org='Academie voor Werk en Coaching',
         kind='cursus', A=360, B=240, ast='dec', bst='dec', form='docx', proof='cert'),
    dict(date='2024-01-18', title='Webinar: psychische klachten en werkhervatting', org='WebinarWerkt.nl',
         kind='webinar', A=180, B=60, ast='u', bst='u', form='grid', proof='email'),
    dict(date='2024-06-13', title='Arbeidsmarktinformatie in het klantgesprek', org='Werkgeversservicepunt Amsterdam (gemeente Amsterdam)',
         kind='workshop', A=210, B=60, ast='range', bst='frac', start=(9, 0), form='scan', proof='brief'),
    dict(date='2024-11-07', title='Dag van de Re-integratie 2024', org='Platform Re-integratie Nederland',
         kind='congres', A=360, B=120, ast='frac', bst='frac', form='inline', proof='congres', prog='7 uur'),
    dict(date='2025-03-27', title='Vakoverleg: samenwerking met de verzekeringsarts', org='UWV team Re-integratie Amsterdam-Zuidoost',
         kind='vakoverleg', A=150, B=90, ast='colon', bst='colon', form='stacked', proof='lijst'),
    dict(date='2025-06-19', title='Jobcrafting met de klant', org='Academie voor Werk en Coaching',
         kind='workshop', A=240, B=120, ast='uurmin', bst='uurmin', form='grid', proof='cert'),
    dict(date='2025-09-11', title='Omgaan met agressie en weerstand', org='Trainingsbureau De Kern',
         kind='training', A=360, B=120, ast='dec', bst='dec', form='docx', proof='cert'),
    dict(date='2026-02-05', title='Privacy en AVG in het re-integratiedossier', org='LeerWerkPlein (nationaal e-learningportaal)',
         kind='e-learning', A=180, B=60, ast='min', bst='min', form='grid', proof='elearn'),
]
C3['ints'] = [
    dict(date='2022-06-14', style='noun'), dict(date='2022-08-30', style='table'), dict(date='2022-10-25', style='vraag'),
    dict(date='2023-01-17', style='caps'), dict(date='2023-03-21', style='prose'), dict(date='2023-06-06', style='letter'),
    dict(date='2023-09-12', style='noun', media='scan'), dict(date='2023-11-28', style='email', sent='2023-12-03'),
    dict(date='2024-03-05', style='table', media='docx'), dict(date='2024-05-28', style='vraag'),
    dict(date='2024-10-08', style='caps', media='scan'), dict(date='2025-02-11', style='prose'),
    dict(date='2025-10-14', style='letter'),
]

# ======================= U3-004  (aanvulling)
C4 = dict(
    cid='U3-004', name='Daan Kuipers', scheme='rib', app=D('2026-09-22'),
    role='re-integratiebegeleider', employer='UWV, vestiging Amsterdam', group='Jong & Werk',
    periods=[(D('2021-03-01'), D('2024-07-31'), 36, 're-integratiebegeleider'),
             (D('2024-08-01'), None, 28, 're-integratiebegeleider')], fulltime=36,
)
C4['acts'] = [
    dict(date='2022-06-09', title='Inspiratiemiddag Werk Werkt', org='Werkgeversservicepunt Amsterdam (gemeente Amsterdam)',
         kind='workshop', A=180, B=60, ast='uur', bst='uur', form='grid', proof='cert', out=True),
    dict(date='2022-11-17', title='Themamiddag Ziektewet: de eerste 13 weken', org='UWV Academie',
         kind='workshop', A=None, B=60, ast='dagdeel', bst='uur', form='inline', proof='cert'),
    dict(date='2023-03-09', title='Vakoverleg jonggehandicapten en Participatiewet', org='UWV team Re-integratie Amsterdam',
         kind='vakoverleg', A=480, B=0, ast='range', bst='uur', start=(9, 0), form='stacked', proof='teamleider'),
    dict(date='2023-06-22', title='Congres Mentale Gezondheid & Werk', org='Stichting Congres Werk & Gezondheid',
         kind='congres', A=315, B=45, ast='u', bst='min', form='acro', proof='congres', prog='5 uur en 15 minuten'),
    dict(date='2023-11-16', title='Vakoverleg arbeidsdeskundige aspecten van de Ziektewet', org='UWV team Re-integratie Amsterdam',
         kind='vakoverleg', A=420, B=60, ast='dec', bst='dec', form='grid', proof='lijst'),
    dict(date='2024-02-15', title='Webinar: re-integratie bij long covid', org='WebinarWerkt.nl',
         kind='webinar', A=120, B=60, ast='uurmin', bst='uurmin', form='docx', proof='email'),
    dict(date='2024-05-30', title='Verzuimbegeleiding in de zorg: wat werkt?', org='Verzuimteam OLVG-Oost (ziekenhuis)',
         kind='workshop', A=210, B=90, ast='range', bst='frac', start=(13, 0), form='scan', proof='brief'),
    dict(date='2024-09-26', title='Vakoverleg: werken met de Ziektewet-werkinstructie 2024', org='UWV team Re-integratie Amsterdam',
         kind='vakoverleg', A=450, B=90, ast='dec', bst='dec', form='stacked', proof='teamleider'),
    dict(date='2025-04-10', title='E-learning Gespreksvoering bij weerstand', org='LeerWerkPlein (nationaal e-learningportaal)',
         kind='e-learning', A=300, B=60, ast='min', bst='min', form='grid', proof='elearn'),
    dict(date='2025-10-02', title='Sociale zekerheid actueel 2025', org='Kenniscentrum Re-integratie Noord',
         kind='workshop', A=240, B=120, ast='uurmin', bst='uurmin', form='inline', proof=None),
    dict(date='2026-03-19', title='Schulden en werk: signaleren en doorverwijzen', org='Gemeente Amsterdam, Werkgeversservicepunt',
         kind='workshop', A=180, B=60, ast='colon', bst='colon', form='grid', proof='cert'),
]
C4['ints'] = [
    dict(date='2022-10-04', style='loan'), dict(date='2022-12-13', style='vraag'), dict(date='2023-02-14', style='loan', media='docx'),
    dict(date='2023-04-18', style='table'), dict(date='2023-07-04', style='vraag', omit=('leervragen',)),
    dict(date='2023-09-26', style='casuistiek'), dict(date='2023-12-12', style='loan'),
    dict(date='2024-03-12', style='prose'), dict(date='2024-06-18', style='vraag'),
    dict(date='2024-10-15', style='letter'), dict(date='2025-01-21', style='loan'),
    dict(date='2025-05-20', style='email', sent='2025-05-22'), dict(date='2025-11-18', style='caps'),
    dict(dup_of=2),  # the Feb 2023 report submitted again as a photo
]
CANDS = [C3, C4]

# file naming per candidate
NAMES = {
    'U3-003': dict(
        aanvraag='aanvraag/Aanvraagformulier hercertificering RIB - N van Wijngaarden.pdf',
        overeenkomst='aanvraag/certificatieovereenkomst_getekend.pdf',
        werk='Werkgeversverklaring UWV 2026.pdf',
        erv='Ervaringsverklaring_Noor_vWijngaarden.docx',
        ovz='vakontwikkeling/Overzicht vakontwikkeling NvW.xlsx',
        form=lambda i, a: ['vakontwikkeling/opgave_01_MGV.pdf', 'vakontwikkeling/opgave_02_congres.pdf', 'vakontwikkeling/opgave_03_elearning_WVP.pdf',
                           'vakontwikkeling/opgave_04_vakoverleg.pdf', 'vakontwikkeling/opgave_05_coachen.docx', 'vakontwikkeling/opgave_06_webinar.pdf',
                           'vakontwikkeling/IMG_20240614_090312.jpg', 'vakontwikkeling/opgave_08_dagvdreintegratie.pdf', 'vakontwikkeling/opgave_09_vakoverleg.pdf',
                           'vakontwikkeling/opgave_10_jobcrafting.pdf', 'vakontwikkeling/opgave_11_agressie.docx', 'vakontwikkeling/opgave_12_AVG.pdf'][i],
        proof=lambda i, a: ['bewijzen/certificaat MGV.pdf', 'bewijzen/bevestiging congres 2022.pdf', 'bewijzen/LeerWerkPlein_certificaat_WVP.pdf',
                            'bewijzen/scan0003.pdf', 'bewijzen/certificaat_oplossingsgericht_coachen.pdf', 'bewijzen/document(2).pdf',
                            'bewijzen/brief WSP Amsterdam.pdf', 'bewijzen/Dag vd Reintegratie - aanwezigheid.pdf', 'bewijzen/IMG_20250327_163044.jpg',
                            'bewijzen/certificaat jobcrafting.pdf', 'bewijzen/scan0011.pdf', 'bewijzen/LeerWerkPlein_certificaat_AVG.pdf'][i],
        media_proof={3: 'scan', 8: 'photo', 10: 'scan'},
        inter=lambda i, d, m: f"intervisie/{'scan00' + str(20 + i) + '.pdf' if m == 'scan' else ('intervisie ' + d.strftime('%Y-%m-%d') + ('.docx' if m == 'docx' else '.pdf'))}",
    ),
    'U3-004': dict(
        aanvraag='IMG_20260918_201133.jpg',
        overeenkomst='certificatieovereenkomst Daan.pdf',
        werk='docs/scan_werkgeversverklaring.pdf',
        erv='docs/ervaringsverklaring_DK_def.pdf',
        ovz='PE-overzicht Daan.ods',
        form=lambda i, a: ['PE/opgave inspiratiemiddag.pdf', 'PE/opgave themamiddag ZW.pdf', 'PE/opgaveform vakoverleg mrt23.pdf',
                           'PE/opgave congres MGW (formulier).pdf', 'PE/opgaveform vakoverleg nov23.pdf', 'PE/opgave webinar long covid.docx',
                           'PE/IMG_20240531_081755.jpg', 'PE/opgaveform vakoverleg sep24.pdf', 'PE/opgave elearning weerstand.pdf',
                           'PE/opgave SZ actueel.pdf', 'PE/opgave schulden en werk.pdf'][i],
        proof=lambda i, a: ['PE/bewijs/certificaat inspiratiemiddag.pdf', 'PE/bewijs/scan0001.pdf', 'PE/bewijs/verklaring teamleider vakoverleg mrt23.pdf',
                            'PE/bewijs/aanwezigheidsbevestiging congres.pdf', 'PE/bewijs/IMG_20231116_172501.jpg', 'PE/bewijs/document(2).pdf',
                            'PE/bewijs/brief OLVG verzuimteam.pdf', 'PE/bewijs/verklaring teamleider vakoverleg sep24.pdf',
                            'PE/bewijs/certificaat LeerWerkPlein.pdf', None, 'PE/bewijs/certificaat schulden en werk.pdf'][i],
        media_proof={1: 'scan', 4: 'photo'},
        inter=lambda i, d, m: f"intervisie/{('IMG_20230301_1945' + str(10 + i) + '.jpg') if m == 'photo' else ('scan00' + str(40 + i) + '.pdf' if m == 'scan' else ('iv_' + d.strftime('%d%m%y') + ('.docx' if m == 'docx' else '.pdf')))}",
    ),
}

SUPERVISORS = {
    'U3-003': ('Marloes Hendriks-de Boer', 'Teamleider Re-integratie Amsterdam-Zuidoost'),
    'U3-004': ('Ricardo Tjon A Fong', 'Teammanager Werk & Re-integratie'),
}
TRAINERS = ['drs. Ellen Vos, trainer', 'Jeroen Bakker, programmamanager', 'Fatima El Idrissi, trainer', 'Hans Mulder, directeur']


def pe_of(a):
    if a['A'] is None:
        return None
    return min((a['A'] + a['B']) / 120, 4.0)


def form_blocks(cand, a, pe, lay, idx):
    d = D(a['date'])
    Atxt = '1 dagdeel' if a['A'] is None else hrs(a['A'], a['ast'], a.get('start'))
    Btxt = hrs(a['B'], a['bst']) if a['B'] else 'geen'
    if a['A'] is None:
        Ctxt, PEtxt = '1 dagdeel + 1 uur', '2'
    else:
        C = (a['A'] + a['B']) / 60
        Ctxt = decnl(C, 2).rstrip('0').rstrip(',') + ' uur'
        PEtxt = decnl(pe, 2)
        if (a['A'] + a['B']) / 120 > 4:
            PEtxt = f"4,00 (max.; C/2 = {decnl((a['A'] + a['B']) / 120, 2)})"
    sets = [
        ['Datum activiteit', 'Titel / onderwerp', 'Organiserende instantie', 'Soort activiteit',
         'A. Tijd aanwezigheid (excl. pauze & inloop)', 'B. Tijd voorbereiding / zelfstudie', 'C. Totaal aantal uren (A + B)',
         'Aantal PE-punten activiteit (C/2, max. 4)'],
        ['Wanneer', 'Naam van de bijeenkomst', 'Aanbieder', 'Type activiteit', 'Aanwezig, zonder pauzes en inloop (A)',
         'Voorbereiding & zelfstudie (B)', 'Totaal C = A + B', 'PE-punten'],
        ['Datum', 'Onderwerp', 'Georganiseerd door', 'Vorm', 'Uren aanwezigheid – A', 'Uren voorbereiding – B', 'Totaal – C', 'PE (C gedeeld door 2)'],
    ]
    labs = sets[idx % 3]
    vals = [ddash(d) if idx % 2 else dlong(d), a['title'], a['org'], a['kind'], Atxt, Btxt, Ctxt, PEtxt]
    head = [('h', ['Opgaveformulier activiteit vakontwikkeling', 'Bijlage 4 – opgave per activiteit', 'OPGAVE VAKONTWIKKELING'][idx % 3], 1),
            ('p', f"Naam kandidaat: {cand['name']}")]
    if lay == 'grid' or lay == 'docx':
        return head + [('kv' if lay == 'grid' else 'kvabove', list(zip(labs, vals)))]
    if lay == 'inline':
        return head + [('p', f"{l}: {v}") for l, v in zip(labs, vals)]
    # stacked (also used for scans)
    B = list(head)
    for l, v in zip(labs, vals):
        B.append(('h', l, 2))
        B.append(('p', v))
    return B


def acro_form(path, cand, a, pe):
    d = D(a['date'])
    c = rlcanvas.Canvas(path, pagesize=A4)
    c.setFont('DVB', 15)
    c.drawString(25 * mm, 270 * mm, 'Opgaveformulier per activiteit (bijlage 4)')
    c.setFont('DV', 10)
    c.drawString(25 * mm, 262 * mm, 'Invulbaar formulier – per activiteit één formulier invullen')
    Atxt = hrs(a['A'], a['ast'])
    Btxt = hrs(a['B'], a['bst'])
    C = (a['A'] + a['B']) / 60
    rows = [('naam', 'Naam deelnemer', cand['name']), ('datum', 'Datum activiteit', ddash(d)), ('titel', 'Titel activiteit', a['title']),
            ('organisator', 'Organisator', a['org']), ('soort', 'Soort activiteit', a['kind']),
            ('uren_a', 'A  Aanwezigheid (excl. pauze/inloop)', Atxt), ('uren_b', 'B  Voorbereiding/zelfstudie', Btxt),
            ('uren_c', 'C  Totaal A+B', decnl(C, 2) + ' uur'), ('pe', 'PE-punten (C/2, max 4)', decnl(pe, 2))]
    y = 245 * mm
    for nm, lab, val in rows:
        c.setFont('DV', 10)
        c.drawString(25 * mm, y + 2 * mm, lab)
        c.acroForm.textfield(name=nm, value=val, x=95 * mm, y=y, width=90 * mm, height=8 * mm, fontName='Helvetica',
                             fontSize=9, borderWidth=0.8, forceBorder=True)
        y -= 13 * mm
    c.save()


PROGH = {'6u15': 6.25, '7 uur': 7.0, '5 uur en 15 minuten': 5.25}


def proof_blocks(cand, a, kind, idx):
    d = D(a['date'])
    nm = cand['name']
    seed = hash((cand['cid'], idx)) % 1000 + 7
    seed = idx * 37 + (3 if cand['cid'] == 'U3-003' else 11)
    A = a['A'] or 0
    if kind == 'cert':
        dur = hrs(A, 'uurmin') if A else ''
        B = [('sp', 15), ('c', a['org']), ('sp', 8), ('c', 'CERTIFICAAT', 'big'), ('sp', 6), ('c', 'uitgereikt aan'),
             ('c', nm, 'big'), ('c', 'voor deelname aan'), ('c', a['title']), ('c', dlong(d))]
        if dur:
            B.append(('c', dur))
        B += [('sp', 12), ('sig', 'Handtekening trainer', TRAINERS[idx % 4], True, seed)]
        return B, (A / 60 if A else None)
    if kind == 'congres':
        return [('h', a['org'], 1), ('p', f"Amsterdam, {dlong(d)}"), ('h', 'Bevestiging van aanwezigheid', 2),
                ('p', f"Hierbij bevestigen wij dat {nm} aanwezig was bij {a['title']} op {dday(d)} in de RAI te Amsterdam."),
                ('p', f"Het programma (plenaire sessies en twee workshoprondes) besloeg {a['prog']}, {'inclusief' if PROGH[a['prog']] * 60 > A else 'exclusief'} lunch- en koffiepauzes."),
                ('p', 'Registratienummer deelnemer: ' + ('CWG-' + str(4410 + idx))),
                ('sig', 'Namens de congresorganisatie,', 'Congresbureau W&G', True, seed)], None
    if kind == 'elearn':
        return [('h', 'LeerWerkPlein', 1), ('p', 'Het nationale e-learningportaal voor professionals in werk en inkomen'),
                ('sp', 6), ('c', 'Certificaat van afronding', 'big'), ('sp', 4),
                ('kv', [('Deelnemer', nm), ('Module', a['title']), ('Status', 'Module volledig afgerond (eindtoets behaald)'),
                        ('Afgerond op', ddash(d)), ('Studiebelasting', f"{A} minuten")]),
                ('p', f"Certificaatnummer LWP-{d.year}-{53120 + idx * 7}. Dit certificaat is automatisch gegenereerd en geldig zonder handtekening.")], A / 60
    if kind == 'teamleider':
        sup, title = SUPERVISORS[cand['cid']]
        s = a.get('start', (9, 0))
        return [('h', 'Verklaring deelname vakoverleg', 1),
                ('p', f"Hierbij verklaar ik, {sup}, {title.lower()} bij {cand['employer']}, dat {nm} op {dday(d)} van "
                      f"{hrs(A, 'range', s).replace(' – ', ' tot ')} heeft deelgenomen aan het gestructureerde vakoverleg "
                      f"'{a['title']}'. Het overleg had een vaste agenda, een voorzitter en een verslag."),
                ('p', f"Amsterdam, {dlong(d + dt.timedelta(days=3))}"),
                ('sig', 'Handtekening', f"{sup}, {title}", True, seed)], A / 60
    if kind == 'brief':
        later = d + dt.timedelta(days=19)
        return [('h', a['org'], 1), ('p', 'Postbus 2547, 1000 CM Amsterdam'), ('p', f"Amsterdam, {dlong(later)}"),
                ('p', f"Betreft: deelname {a['title']}"), ('p', f"Beste {nm.split()[0]},"),
                ('p', f"Met deze brief bevestigen wij graag dat je op {dlong(d)} hebt deelgenomen aan onze bijeenkomst '{a['title']}'. "
                      f"De bijeenkomst duurde van {hrs(A, 'range', a['start'])}."),
                ('p', 'Dank voor je actieve bijdrage. Met vriendelijke groet,'),
                ('sig', 'Ondertekening', 'Sanne de Graaf, coördinator', True, seed)], None
    if kind == 'email':
        return [('mono', f"Van: WebinarWerkt.nl <noreply@webinarwerkt.example>\nAan: {nm.split()[0].lower()}.{nm.split()[-1].lower()}@mail.example\n"
                         f"Datum: {dday(d)} 17:42\nOnderwerp: Bedankt voor je deelname – {a['title']}"),
                ('p', f"Hoi {nm.split()[0]},"),
                ('p', f"Bedankt dat je vandaag live aanwezig was bij '{a['title']}' ({dshort(d)}). Volgens onze registratie was je "
                      f"{hrs(A, 'uurmin')} ingelogd tijdens de uitzending."),
                ('p', 'Deze e-mail geldt als bewijs van deelname. De opname blijft 30 dagen beschikbaar in je account.'),
                ('p', 'Team WebinarWerkt')], A / 60
    if kind == 'lijst':
        others = ['Ahmed Ouali', 'Petra Smit', 'Kees de Wit', 'Lotte Brouwer', 'Yara Koç', 'Bas Verhoeven']
        names = sorted(others[:5] + [nm])
        s = (9, 0)
        e = 9 * 60 + A + 30
        rows = [[str(i + 1), n, cand['role'], 'aanwezig', '✓'] for i, n in enumerate(names)]
        sup, title = SUPERVISORS[cand['cid']]
        return [('h', 'Presentielijst vakoverleg', 1),
                ('p', f"Onderwerp: {a['title']}\nDatum: {ddash(d)}   Tijd: 09.00 – {e//60:02d}.{e%60:02d} uur, waarvan 30 minuten pauze (netto {hrs(A, 'uurmin')})\nOrganisatie: {a['org']}"),
                ('grid', ['nr', 'Naam', 'Functie', 'Aanwezig', 'Paraaf'], rows, [10, 55, 50, 25, 20]),
                ('sig', 'Voor akkoord, voorzitter:', f"{sup}, {title}", True, seed)], A / 60
    raise ValueError(kind)


def ovz_rows(cand):
    rows = []
    for a in cand['acts']:
        rows.append(a)
    return rows


def work_stats(cand):
    app = cand['app']
    rs = dt.date(app.year - 4, app.month, app.day)
    ft = cand['fulltime'] or 36
    days = 0
    w = 0.0
    for s, e, h, r in cand['periods']:
        e2 = e or app
        a0, b0 = max(s, rs), min(e2, app)
        if b0 >= a0:
            n = (b0 - a0).days + 1
            days += n
            w += n * h / ft
    years = min(days / 365.25, 4.0)
    return rs, years, (w / days if days else 0.0)


# ---------------------------------------------------------------- build each candidate
for cand in CANDS:
    cid, nm, app = cand['cid'], cand['name'], cand['app']
    N = NAMES[cid]
    sup, suptitle = SUPERVISORS[cid]
    rs, wyears, wfte = work_stats(cand)
    findings, allowed = [], []
    first = nm.split()[0]

    # ---- aanvraagformulier
    if cid == 'U3-003':
        B = [('h', 'Aanvraagformulier hercertificering', 1), ('p', 'Klantmanager discipline re-integratie (RIB) – Hobéon SKO'),
             ('kv', [('Naam aanvrager', nm), ('Geboortedatum', '3 maart 1991'), ('Adres', 'Kraaiennest 212, 1104 CK Amsterdam'),
                     ('E-mail', 'n.vanwijngaarden@mail.example'), ('Werkgever', 'UWV, vestiging Amsterdam'),
                     ('Functie', 'Re-integratiebegeleider'), ('Registernummer', 'RIB-2018-0417'),
                     ('Ik vraag aan', 'Hercertificering Klantmanager re-integratie (RIB)'), ('Datum aanvraag', dlong(app))]),
             ('p', 'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.'),
             ('sig', 'Handtekening aanvrager', nm, True, 101)]
        rel = write(cid, N['aanvraag'], 'pdf', B)
    else:
        B = [('h', 'AANVRAAG HERCERTIFICERING RIB', 1),
             ('h', 'Naam', 2), ('p', nm), ('h', 'Geboortedatum', 2), ('p', '14-08-2000'),
             ('h', 'BSN', 2), ('p', '218893425'),
             ('h', 'Adres', 2), ('p', 'Javastraat 88-2, 1094 HJ Amsterdam'),
             ('h', 'Regeling', 2), ('p', 'Klantmanager re-integratie – hercertificering'),
             ('h', 'Datum', 2), ('p', ddash(app)),
             ('sig', 'Handtekening', None, True, 202)]
        rel = write(cid, N['aanvraag'], 'scan', B, angle=-2.2, seed=5, photo=True)
        allowed.append(('PRIVACY-BSN', rel))
    add_doc(cid, rel, 'aanvraagformulier', 'visual')
    fld(cid, rel, 'candidate_name', nm)
    fld(cid, rel, 'application_date', app.isoformat())

    # ---- certificatieovereenkomst
    art = [('Artikel 1 – Partijen', f"Hobéon SKO, hierna 'de certificatie-instelling', en {nm}, hierna 'de kandidaat'."),
           ('Artikel 2 – Onderwerp', 'De kandidaat vraagt hercertificering aan als klantmanager discipline re-integratie. De certificatie-instelling beoordeelt het dossier volgens de geldende hercertificeringsregeling.'),
           ('Artikel 3 – Verplichtingen kandidaat', 'De kandidaat levert alle bewijsstukken volledig, in het Nederlands en goed leesbaar aan en verklaart dat deze naar waarheid zijn opgesteld.'),
           ('Artikel 4 – Vertrouwelijkheid', 'Alle ingezonden documenten worden vertrouwelijk behandeld en uitsluitend voor de beoordeling gebruikt.'),
           ('Artikel 5 – Besluit', 'Het besluit luidt toekenning, afwijzing of een verzoek om aanvulling. Tegen een afwijzing staat bezwaar open.')]
    if cid == 'U3-003':
        path = os.path.join(COH, cid, N['overeenkomst'])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        c = rlcanvas.Canvas(path, pagesize=A4)
        c.setFont('DVB', 15)
        c.drawString(25 * mm, 270 * mm, 'Certificatieovereenkomst hercertificering RIB')
        y = 258 * mm
        for h, t in art:
            c.setFont('DVB', 10)
            c.drawString(25 * mm, y, h)
            y -= 5 * mm
            c.setFont('DV', 9.5)
            words, line = t.split(), ''
            for w in words:
                if c.stringWidth(line + ' ' + w, 'DV', 9.5) > 160 * mm:
                    c.drawString(25 * mm, y, line.strip())
                    y -= 4.6 * mm
                    line = ''
                line += ' ' + w
            c.drawString(25 * mm, y, line.strip())
            y -= 9 * mm
        c.setFont('DV', 10)
        c.drawString(25 * mm, y, f'Plaats en datum: Amsterdam, {ddash(app)}')
        y -= 14 * mm
        c.drawString(25 * mm, y + 2 * mm, 'Handtekening kandidaat:')
        c.acroForm.textfield(name='handtekening', value=nm, x=75 * mm, y=y, width=80 * mm, height=9 * mm,
                             fontName='Helvetica-Oblique', fontSize=12, borderWidth=0.8, forceBorder=True)
        c.save()
        rel = f"{cid}/{N['overeenkomst']}"
        sig = 'form'
    else:
        B = [('h', 'Certificatieovereenkomst', 1), ('p', 'Hercertificering Klantmanagers discipline re-integratie')]
        for h, t in art:
            B += [('h', h, 2), ('p', t)]
        B += [('p', f"Aldus overeengekomen en ondertekend te Amsterdam op {dlong(app - dt.timedelta(days=1))}."),
              ('sig', 'Handtekening kandidaat', nm, True, 203)]
        rel = write(cid, N['overeenkomst'], 'pdf', B)
        sig = 'visual'
    add_doc(cid, rel, 'certificatieovereenkomst', sig)

    # ---- werkverklaring
    if cid == 'U3-003':
        s, e, h, r = cand['periods'][0]
        B = [('h', 'UWV', 1), ('p', 'Vestiging Amsterdam · Team Re-integratie Amsterdam-Zuidoost\nPostbus 58285, 1040 HG Amsterdam'),
             ('p', f"Amsterdam, {dlong(app - dt.timedelta(days=8))}"), ('p', 'Betreft: werkgeversverklaring ten behoeve van hercertificering'),
             ('p', 'Aan wie het aangaat,'),
             ('p', f"Hierbij verklaar ik dat mevrouw {nm} sinds {dlong(s)} bij UWV in dienst is in de functie van re-integratiebegeleider, voor {h} uur per week."),
             ('p', 'Zij is op dit moment nog steeds in deze functie werkzaam. Haar dienstverband is voor onbepaalde tijd.'),
             ('p', 'Met vriendelijke groet,'),
             ('sig', 'Handtekening', None, True, 301), ('p', f"{sup}\n{suptitle}")]
        rel = write(cid, N['werk'], 'pdf', B)
    else:
        rows = []
        for i, (s, e, h, r) in enumerate(cand['periods']):
            rows.append([str(i + 1), r, ddash(s), ddash(e) if e else 'heden', f"{h} uur", decnl(h / 36, 2)])
        B = [('h', 'Werkgeversverklaring (bijlage 1)', 1),
             ('kv', [('Naam werknemer', nm), ('Werkgever', cand['employer']), ('Functie werknemer', 'Re-integratiebegeleider')]),
             ('p', 'Dienstverband en arbeidsduur (één doorlopend dienstverband; per 1 augustus 2024 op eigen verzoek minder uren):'),
             ('grid', ['Periode', 'Functie', 'Van', 'Tot en met', 'Uren per week', 'FTE'], rows, [18, 50, 27, 27, 25, 18]),
             ('p', 'Voltijd = 36 uur per week. De werknemer is op de datum van ondertekening nog in dienst.'),
             ('kv', [('Naam leidinggevende', sup), ('Functie leidinggevende', suptitle), ('Plaats / datum', f"Amsterdam, {ddash(app - dt.timedelta(days=14))}")]),
             ('sig', 'Handtekening leidinggevende', None, True, 302)]
        rel = write(cid, N['werk'], 'scan', B, angle=1.3, seed=9)
    add_doc(cid, rel, 'werkverklaring', 'visual')
    fld(cid, rel, 'role', cand['role'])
    for i, (s, e, h, r) in enumerate(cand['periods']):
        fld(cid, rel, f'period{i+1}_start', s.isoformat())
        fld(cid, rel, f'period{i+1}_end', e.isoformat() if e else '')
        fld(cid, rel, f'period{i+1}_hours_per_week', str(h))
        fld(cid, rel, f'period{i+1}_role', r)
    if cand['fulltime']:
        fld(cid, rel, 'fulltime_hours', str(cand['fulltime']))

    # ---- ervaringsverklaring
    if cid == 'U3-003':
        B = [('h', 'Ervaringsverklaring (bijlage 2)', 1), ('p', f'Naam: {nm}   Functie: re-integratiebegeleider   Periode: 2022–2026')]
        for ci, comp in enumerate(COMPS_RIB):
            B.append(('h', f"{ci+1}. {comp.capitalize()}", 1))
            for ei, ex in enumerate(EXAMPLES[comp]):
                B.append(('h', f'Voorbeeld {ei+1}', 2))
                for lab, t in zip(['Situatie', 'Taak', 'Activiteiten', 'Resultaat', 'Reflectie'], ex):
                    B.append(('h', lab, 3))
                    B.append(('p', t))
            s1, s2, o = STERK[comp]
            B += [('h', 'Sterke punten', 2), ('p', f'- {s1}\n- {s2}'), ('h', 'Ontwikkelpunt', 2), ('p', o)]
        B += [('p', 'Besproken in het functioneringsgesprek van maart 2026.'),
              ('sig', 'Handtekening leidinggevende', f'{sup}, {suptitle}', True, 401)]
        rel = write(cid, N['erv'], 'docx', B)
    else:
        B = [('h', 'Ervaringsverklaring', 1), ('p', f'{nm} – re-integratiebegeleider UWV Amsterdam')]
        for ci, comp in enumerate(COMPS_RIB):
            B.append(('h', f"Competentie {ci+1}: {comp}", 2))
            for ei, ex in enumerate(EXAMPLES[comp][::-1]):
                B.append(('p', f'STARR-voorbeeld {"A" if ei == 0 else "B"}'))
                B.append(('kv', list(zip(['S – situatie', 'T – taak', 'A – activiteiten', 'R – resultaat', 'R – reflectie'], ex))))
            s1, s2, o = STERK[comp]
            B.append(('p', f'Mijn sterke punten hierin zijn {s1} en {s2}; mijn ontwikkelpunt is {o}.'))
        B += [('kv', [('Leidinggevende', f'{sup} ({suptitle})'), ('Datum', ddash(app - dt.timedelta(days=10)))]),
              ('sig', 'Paraaf / handtekening leidinggevende', None, True, 402)]
        rel = write(cid, N['erv'], 'pdf', B)
    add_doc(cid, rel, 'ervaringsverklaring', 'visual')
    fld(cid, rel, 'incomplete_competencies', '')

    # ---- activities: forms and proofs
    pe_counted = 0.0
    vak = 0.0
    pe_claimed = 0.0
    ovz_lines = []
    for i, a in enumerate(cand['acts']):
        d = D(a['date'])
        pe = pe_of(a)
        frel = N['form'](i, a)
        lay = a['form']
        if lay == 'acro':
            path = os.path.join(COH, cid, frel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            acro_form(path, cand, a, pe)
            frel_full = f"{cid}/{frel}"
        elif lay == 'scan':
            frel_full = write(cid, frel, 'scan', form_blocks(cand, a, pe, 'stacked', i), angle=2.1, seed=20 + i, photo=True)
        elif lay == 'docx':
            frel_full = write(cid, frel, 'docx', form_blocks(cand, a, pe, 'docx', i))
        else:
            frel_full = write(cid, frel, 'pdf', form_blocks(cand, a, pe, lay, i))
        add_doc(cid, frel_full, 'opgaveformulier_activiteit', '*')
        fld(cid, frel_full, 'date', d.isoformat())
        fld(cid, frel_full, 'title', a['title'])
        fld(cid, frel_full, 'kind', a['kind'])
        fld(cid, frel_full, 'hours_attendance', '' if a['A'] is None else f"{a['A']/60:.2f}")
        fld(cid, frel_full, 'hours_preparation', f"{a['B']/60:.2f}")
        fld(cid, frel_full, 'pe', '' if pe is None else f"{pe:.2f}")
        claimed = 2.0 if pe is None else pe
        pe_claimed += claimed
        ovz_lines.append((a, claimed))
        if pe is not None and (a['A'] + a['B']) / 120 > 4:
            allowed.append(('PE-ACTIVITY-CAP', frel_full))
        # proof
        prel = N['proof'](i, a)
        ok = True
        if prel is None:
            findings.append(('PE-NO-PROOF', frel_full))
            ok = False
        else:
            blocks, dur = proof_blocks(cand, a, a['proof'], i)
            m = N['media_proof'].get(i)
            if m:
                prel_full = write(cid, prel, 'scan', blocks, angle=[-1.4, 1.8, 2.6][i % 3], seed=50 + i, photo=(m == 'photo'))
            else:
                prel_full = write(cid, prel, 'pdf', blocks)
            add_doc(cid, prel_full, 'bewijs_deelname', '*')
            fld(cid, prel_full, 'proves', frel_full)
            fld(cid, prel_full, 'participant', nm)
            fld(cid, prel_full, 'date', d.isoformat())
            if a['proof'] == 'congres':
                p = a['prog']
                hh = {'6u15': 6.25, '7 uur': 7.0, '5 uur en 15 minuten': 5.25}[p]
                fld(cid, prel_full, 'duration_hours', f"{hh:.2f}")
            elif a['proof'] == 'brief':
                fld(cid, prel_full, 'duration_hours', f"{a['A']/60:.2f}")
            elif dur:
                fld(cid, prel_full, 'duration_hours', f"{dur:.2f}")
        if a.get('out') or not (rs <= d <= app):
            findings.append(('PE-OUT-OF-PERIOD', frel_full))
            ok = False
        if pe is None:
            findings.append(('PE-HOURS-UNREADABLE', frel_full))
            ok = False
        if ok:
            if a['kind'] == 'vakoverleg':
                add = min(pe, 10.0 - vak)
                if add < pe:
                    allowed.append(('PE-VAKOVERLEG-CAP', frel_full))
                vak += add
                pe_counted += add
            else:
                pe_counted += pe
    # ---- overzicht vakontwikkeling
    orel = f"{cid}/{N['ovz']}"
    opath = os.path.join(COH, orel)
    os.makedirs(os.path.dirname(opath), exist_ok=True)
    if N['ovz'].endswith('.xlsx'):
        import openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = 'Vakontwikkeling'
        ws.append([f'Overzicht vakontwikkeling (bijlage 3) – {nm}'])
        ws.append([])
        ws.append(['Nr', 'Datum', 'Activiteit', 'Aanbieder', 'Soort', 'Aanwezig (u:mm)', 'Voorbereiding (u:mm)', 'Totaal (u:mm)', 'PE'])
        for j, (a, cl) in enumerate(ovz_lines):
            r = 4 + j
            ws.append([j + 1, D(a['date']), a['title'], a['org'], a['kind'], dt.time(a['A'] // 60, a['A'] % 60),
                       dt.time(a['B'] // 60, a['B'] % 60), None, round(cl, 2)])
            ws.cell(r, 2).number_format = 'dd-mm-yyyy'
            ws.cell(r, 8).value = dt.time((a['A'] + a['B']) // 60, (a['A'] + a['B']) % 60)
            for cc in (6, 7, 8):
                ws.cell(r, cc).number_format = '[h]:mm'
            ws.cell(r, 9).number_format = '0.00'
        last = 3 + len(ovz_lines)
        ws.append(['', '', 'Totaal', '', '', '', '', '', round(pe_claimed, 2)])
        for col, w in zip('ABCDEFGHI', [5, 12, 55, 45, 12, 16, 18, 14, 8]):
            ws.column_dimensions[col].width = w
        wb.properties.created = dt.datetime(2026, 5, 10, 20, 15)
        wb.properties.modified = dt.datetime(2026, 5, 10, 20, 15)
        wb.save(opath)
    else:
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table as OT, TableRow, TableCell
        from odf.text import P
        doc = OpenDocumentSpreadsheet()
        t = OT(name='PE overzicht')

        def row(vals):
            tr = TableRow()
            for v in vals:
                if isinstance(v, float) or isinstance(v, int):
                    tc = TableCell(valuetype='float', value=v)
                    tc.addElement(P(text=str(v).replace('.', ',')))
                elif isinstance(v, dt.date):
                    tc = TableCell(valuetype='date', datevalue=v.isoformat())
                    tc.addElement(P(text=ddash(v)))
                else:
                    tc = TableCell(valuetype='string')
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        row([f'Mijn PE-overzicht – {nm} – hercertificering {app.year}'])
        row(['Wanneer', 'Wat', 'Wie organiseerde het', 'Type', 'Uren A', 'Uren B', 'Totaal C', 'PE-punten'])
        for a, cl in ovz_lines:
            if a['A'] is None:
                row([D(a['date']), a['title'], a['org'], a['kind'], 'dagdeel', a['B'] / 60, 'dagdeel + 1', cl])
            else:
                row([D(a['date']), a['title'], a['org'], a['kind'], a['A'] / 60, a['B'] / 60, (a['A'] + a['B']) / 60, cl])
        row(['', 'TOTAAL', '', '', '', '', '', round(pe_claimed, 2)])
        doc.spreadsheet.addElement(t)
        doc.save(opath)
        allowed.append(('PE-MISMATCH', orel))
        allowed.append(('PE-MISMATCH', f"{cid}/{N['form'](1, None)}"))
    add_doc(cid, orel, 'overzicht_vakontwikkeling', '*')
    fld(cid, orel, 'activities', str(len(ovz_lines)))
    fld(cid, orel, 'pe_claimed', f"{pe_claimed:.2f}")

    # ---- intervisions
    valid = 0
    made = []
    off = 0 if cid == 'U3-003' else 3
    for i, iv in enumerate(cand['ints']):
        if 'dup_of' in iv:
            src = made[iv['dup_of']]
            rel = write(cid, N['inter'](i, src['date'], 'photo'), 'scan', src['blocks'], angle=-1.7, seed=77, photo=True)
            add_doc(cid, rel, 'intervisieverslag', '*')
            fld(cid, rel, 'date', src['date'].isoformat())
            fld(cid, rel, 'missing_sections', '')
            T_INT.append((cid, rel, 'intervisie', 'false'))
            findings.append(('INT-DUPLICATE', rel))
            allowed.append(('INT-DUPLICATE', src['rel']))
            continue
        d = D(iv['date'])
        prof = i if cid == 'U3-003' else (i + 5) % 14
        prob = i if cid == 'U3-003' else (i + 9) % 14
        media = iv.get('media', 'pdf')
        omit = iv.get('omit', ())
        if iv['style'] == 'casuistiek':
            blocks = casuistiek_blocks(nm, d, cand['group'])
        else:
            blocks = int_blocks(iv['style'], nm, d, int_texts(i, prof, prob, off), cand['group'], omit=omit,
                                method=METHODE[i % len(METHODE)], sent=D(iv['sent']) if 'sent' in iv else None)
        relp = N['inter'](i, d, media)
        if media == 'scan':
            rel = write(cid, relp, 'scan', blocks, angle=[1.2, -2.4, 1.9][i % 3], seed=60 + i)
        elif media == 'docx':
            rel = write(cid, relp, 'docx', blocks)
        else:
            rel = write(cid, relp, 'pdf', blocks)
        made.append(dict(date=d, blocks=blocks, rel=rel))
        add_doc(cid, rel, 'intervisieverslag', '*')
        fld(cid, rel, 'date', d.isoformat())
        fld(cid, rel, 'missing_sections', ';'.join(omit))
        counted = True
        verdict = 'intervisie'
        if iv['style'] == 'casuistiek':
            verdict, counted = 'casuistiek', False
            findings.append(('INT-CASUISTIEK', rel))
            allowed.append(('INT-SECTIONS', rel))
        if omit:
            counted = False
            findings.append(('INT-SECTIONS', rel))
        if not (rs <= d <= app):
            counted = False
            findings.append(('INT-OUT-OF-PERIOD', rel))
        T_INT.append((cid, rel, verdict, 'true' if counted else 'false'))
        valid += counted

    # ---- dossier-level
    if pe_counted < 32:
        findings.append(('PE-TOTAL', ''))
    if valid < 12:
        findings.append(('INT-COUNT', ''))
    if wyears < 3 or wfte < 0.5:
        findings.append(('WORK-YEARS', ''))
    sev = {'PE-TOTAL': 's', 'INT-COUNT': 's', 'PE-NO-PROOF': 's', 'PE-HOURS-UNREADABLE': 's', 'INT-SECTIONS': 's',
           'PE-OUT-OF-PERIOD': 'w', 'INT-CASUISTIEK': 'w', 'INT-DUPLICATE': 'w', 'WORK-YEARS': 'r'}
    sevs = {sev[c] for c, _ in findings}
    outcome = 'afwijzing' if 'r' in sevs else ('aanvulling' if 's' in sevs else 'toekenning')
    cand['_res'] = dict(outcome=outcome, pe=pe_counted, valid=valid, wy=wyears, fte=wfte, claimed=pe_claimed, findings=findings)
    T_DOS.append((cid, outcome, f"{pe_counted:.2f}", str(valid), 'true', '', '', '', cand['scheme'],
                  f"{wyears:.2f}", f"{wfte:.3f}", f"{pe_claimed:.2f}"))
    for c, d_ in findings:
        T_FIND.append((cid, c, d_))
    for c, d_ in allowed:
        T_ALLOW.append((cid, c, d_))
    print(cid, outcome, 'pe', round(pe_counted, 2), 'claimed', round(pe_claimed, 2), 'int valid', valid,
          'work', round(wyears, 2), round(wfte, 3), 'findings', findings)

# sanity
assert C3['_res']['outcome'] == 'toekenning'
assert C4['_res']['outcome'] == 'aanvulling'
for cand in CANDS:
    n = sum(1 for r in T_DOC if r[0] == cand['cid'])
    assert 30 <= n <= 45, (cand['cid'], n)

shutil.rmtree(os.path.join(HERE, '.tmp'), ignore_errors=True)


def fix_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w') as z:
        for i, data in items:
            if i.filename == 'docProps/core.xml':
                import re
                data = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2026-05-10T20:15:00Z', data)
                data = re.sub(rb'(<dcterms:created[^>]*>)[^<]*', rb'\g<1>2026-05-10T20:15:00Z', data)
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if i.filename == 'mimetype' else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


for root, _, files in os.walk(COH):
    for fn in files:
        if fn.endswith(('.docx', '.xlsx', '.ods')):
            fix_zip(os.path.join(root, fn))


def wcsv(path, head, rows):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(head)
        for r in sorted(rows, key=lambda r: (r[0], r[1], r[2] if len(r) > 2 else '')):
            w.writerow(r)


with open(os.path.join(COH, 'cohort.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['candidate_id', 'name', 'scheme', 'application_date'])
    for c in CANDS:
        w.writerow([c['cid'], c['name'], c['scheme'], c['app'].isoformat()])

wcsv(os.path.join(TR, 'dossiers.csv'), ['candidate_id', 'outcome', 'pe_counted', 'intervisions_valid', 'currently_employed',
     'pe_counted_alt', 'intervisions_valid_alt', 'outcome_alt', 'scheme', 'work_years', 'avg_fte', 'pe_claimed'], T_DOS)
wcsv(os.path.join(TR, 'findings.csv'), ['candidate_id', 'code', 'document'], T_FIND)
wcsv(os.path.join(TR, 'findings_allowed.csv'), ['candidate_id', 'code', 'document'], T_ALLOW)
wcsv(os.path.join(TR, 'intervisions.csv'), ['candidate_id', 'document', 'verdict', 'counted'], T_INT)
wcsv(os.path.join(TR, 'documents.csv'), ['candidate_id', 'document', 'doc_type', 'signature'], T_DOC)
with open(os.path.join(TR, 'fields.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['candidate_id', 'document', 'field', 'value'])
    for r in T_FLD:
        w.writerow(r)
print('done')
