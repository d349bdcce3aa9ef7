#!/usr/bin/env python3
"""Regenerates cohort/ and truth/ for unseen batch-1/b (U1-003, U1-004). Deterministic."""
import os, sys, io, csv, shutil, random, math, subprocess, datetime as dt, tempfile
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
import docx
from docx.shared import Pt, Cm
import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table as OTable, TableRow, TableCell
from odf.text import P as OP

HERE = os.path.dirname(os.path.abspath(__file__))
COH = os.path.join(HERE, 'cohort'); TRU = os.path.join(HERE, 'truth')
RNG = random.Random(20261207)
FONTDIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONTDIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FONTDIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVS', FONTDIR + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', FONTDIR + 'DejaVuSerif-Bold.ttf'))
MAAND = ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']
MND = ['jan','feb','mrt','apr','mei','jun','jul','aug','sep','okt','nov','dec']

def D(s): return dt.date.fromisoformat(s)
def dlong(d): return f"{d.day} {MAAND[d.month-1]} {d.year}"
def dnum(d): return f"{d.day:02d}-{d.month:02d}-{d.year}"
def dshort(d): return f"{d.day} {MND[d.month-1]}. {d.year}"

# ----------------------------------------------------------------- signature strokes
def sig_strokes(seed, w=260, h=60):
    r = random.Random(seed); pts = []
    x = 8; y = h * 0.55
    while x < w - 20:
        x += r.uniform(4, 11); y = h*0.5 + math.sin(x/9.0 + r.random())*h*0.3 + r.uniform(-4, 4)
        pts.append((x, y))
    tail = [(pts[-1][0]+10, h*0.8), (pts[0][0]+30, h*0.85)]
    return [pts, tail]

def sig_png(seed):
    im = Image.new('RGBA', (520, 120), (255, 255, 255, 0)); dr = ImageDraw.Draw(im)
    for st in sig_strokes(seed):
        dr.line([(x*2, y*2) for x, y in st], fill=(20, 30, 120, 255), width=4)
    b = io.BytesIO(); im.save(b, 'PNG'); b.seek(0); return b

class SigFlow(Flowable):
    def __init__(self, label, signer, seed, signed=True, extra=None):
        super().__init__(); self.label, self.signer, self.seed, self.signed, self.extra = label, signer, seed, signed, extra
        self.width, self.height = 160*mm, 26*mm
    def draw(self):
        c = self.canv
        c.setFont('DV', 10); c.drawString(0, 20*mm, self.label)
        if self.signed:
            c.setStrokeColorRGB(0.08, 0.12, 0.5); c.setLineWidth(1.3)
            for st in sig_strokes(self.seed):
                p = c.beginPath(); p.moveTo(40*mm + st[0][0], 6*mm + 60 - st[0][1])
                for x, y in st[1:]: p.lineTo(40*mm + x, 6*mm + 60 - y)
                c.drawPath(p, stroke=1, fill=0)
            c.setStrokeColorRGB(0, 0, 0)
        else:
            c.setFont('DV', 10); c.drawString(40*mm, 10*mm, '.' * 70)
        c.setFont('DV', 9)
        if self.signer: c.drawString(40*mm, 2*mm, self.signer)
        if self.extra: c.drawString(110*mm, 2*mm, self.extra)

# ----------------------------------------------------------------- PDF renderer (blocks)
def styles(font='DV'):
    fb = 'DVB' if font == 'DV' else 'DVSB'
    return {
        'p': ParagraphStyle('p', fontName=font, fontSize=10, leading=13.5, spaceAfter=4),
        'h': ParagraphStyle('h', fontName=fb, fontSize=11.5, leading=15, spaceBefore=7, spaceAfter=3),
        'title': ParagraphStyle('t', fontName=fb, fontSize=15, leading=19, spaceAfter=8),
        'center': ParagraphStyle('c', fontName=font, fontSize=13, leading=20, alignment=1),
        'small': ParagraphStyle('s', fontName=font, fontSize=8.5, leading=11, textColor=colors.grey),
        'cell': ParagraphStyle('cell', fontName=font, fontSize=9.5, leading=12),
        'cellb': ParagraphStyle('cellb', fontName=fb, fontSize=9.5, leading=12),
    }

def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def render_pdf(path, blocks, font='DV', meta_title=None):
    st = styles(font); fl = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'h', 'title', 'small'):
            fl.append(Paragraph(esc(b[1]).replace('\n', '<br/>'), st[k]))
        elif k == 'center':
            size = b[2] if len(b) > 2 else 13
            fl.append(Paragraph(f'<font size="{size}">{esc(b[1])}</font>', ParagraphStyle('cc', parent=st['center'], leading=size*1.5)))
        elif k == 'space':
            fl.append(Spacer(1, b[1]*mm if len(b) > 1 else 6*mm))
        elif k == 'kv':
            for l, v in b[1]:
                fl.append(Paragraph(f'<b>{esc(l)}</b> {esc(v)}', st['p']))
        elif k == 'kv2':
            for l, v in b[1]:
                fl.append(Paragraph(f'<b>{esc(l)}</b>', ParagraphStyle('x', parent=st['p'], spaceAfter=0)))
                fl.append(Paragraph(esc(v).replace('\n', '<br/>'), st['p']))
        elif k == 'grid':
            rows = b[1]; header = b[2] if len(b) > 2 else 'left'; widths = b[3] if len(b) > 3 else None
            data = []
            for ri, row in enumerate(rows):
                data.append([Paragraph(esc(str(c)).replace('\n', '<br/>'),
                             st['cellb'] if ((header == 'left' and ci == 0) or (header == 'top' and ri == 0)) else st['cell'])
                             for ci, c in enumerate(row)])
            t = Table(data, colWidths=[w*mm for w in widths] if widths else None, hAlign='LEFT')
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('BACKGROUND', (0, 0), (0 if header == 'left' else -1, -1 if header == 'left' else 0), colors.HexColor('#e8eef4'))]))
            fl.append(t); fl.append(Spacer(1, 3*mm))
        elif k == 'sig':
            fl.append(Spacer(1, 3*mm)); fl.append(SigFlow(b[1], b[2], b[3], b[4], b[5] if len(b) > 5 else None))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=20*mm, bottomMargin=18*mm,
                            title=meta_title or '', author='')
    doc.build(fl)

# ----------------------------------------------------------------- DOCX renderer
def render_docx(path, blocks):
    d = docx.Document()
    s = d.styles['Normal']; s.font.name = 'Calibri'; s.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == 'title': d.add_heading(b[1], level=1)
        elif k == 'h': d.add_heading(b[1], level=2)
        elif k in ('p', 'small'): d.add_paragraph(b[1])
        elif k == 'center':
            p = d.add_paragraph(b[1]); p.alignment = 1
        elif k == 'space': d.add_paragraph('')
        elif k == 'kv':
            for l, v in b[1]:
                p = d.add_paragraph(); r = p.add_run(l + ' '); r.bold = True; p.add_run(v)
        elif k == 'kv2':
            for l, v in b[1]:
                p = d.add_paragraph(); r = p.add_run(l); r.bold = True
                d.add_paragraph(v)
        elif k == 'grid':
            rows = b[1]; t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
                    if (b[2] if len(b) > 2 else 'left') == 'left' and j == 0 or (len(b) > 2 and b[2] == 'top' and i == 0):
                        for r in t.cell(i, j).paragraphs[0].runs: r.bold = True
            d.add_paragraph('')
        elif k == 'sig':
            d.add_paragraph(b[1])
            if b[4]: d.add_picture(sig_png(b[3]), width=Cm(5))
            else: d.add_paragraph('.' * 60)
            if b[2]: d.add_paragraph(b[2])
            if len(b) > 5 and b[5]: d.add_paragraph(b[5])
    d.core_properties.author = ''; d.core_properties.created = dt.datetime(2026, 1, 1); d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.save(path)

def docx_to_pdf(blocks, outpath):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(os.path.basename(outpath))[0] + '.docx')
    render_docx(src, blocks)
    ok = False
    if shutil.which('soffice'):
        try:
            subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, src],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
            produced = src[:-5] + '.pdf'
            if os.path.exists(produced): shutil.move(produced, outpath); ok = True
        except Exception: pass
    if not ok: render_pdf(outpath, blocks)
    shutil.rmtree(tmp, ignore_errors=True)

# ----------------------------------------------------------------- image (scan / photo) renderer
DPI = 200
def F(size, bold=False, serif=False):
    n = ('DejaVuSerif' if serif else 'DejaVuSans') + ('-Bold' if bold else '') + '.ttf'
    return ImageFont.truetype(FONTDIR + n, size)

def wrap(dr, text, font, width):
    out = []
    for para in text.split('\n'):
        words = para.split(' '); line = ''
        for w in words:
            t = (line + ' ' + w).strip()
            if dr.textlength(t, font=font) <= width: line = t
            else:
                if line: out.append(line)
                line = w
        out.append(line)
    return out

def render_img(blocks, serif=False, hand_font=None):
    W, H = int(8.27*DPI), int(11.69*DPI); M = int(0.9*DPI)
    im = Image.new('RGB', (W, H), (252, 251, 247)); dr = ImageDraw.Draw(im)
    fp, fb, ft, fs = F(26, serif=serif), F(26, True, serif), F(40, True, serif), F(22, serif=serif)
    y = M; lh = 36; tw = W - 2*M
    def text(t, font, x=M, width=tw, center=False):
        nonlocal y
        for ln in wrap(dr, t, font, width):
            if center:
                dr.text(((W - dr.textlength(ln, font=font))/2, y), ln, font=font, fill=(25, 25, 25))
            else:
                dr.text((x, y), ln, font=font, fill=(25, 25, 25))
            y += int(font.size*1.38)
    for b in blocks:
        k = b[0]
        if k == 'title': text(b[1], ft); y += 14
        elif k == 'h': y += 10; text(b[1], fb)
        elif k in ('p', 'small'): text(b[1], fp if k == 'p' else fs); y += 6
        elif k == 'center':
            size = int((b[2] if len(b) > 2 else 13) * DPI / 72 * 0.95)
            text(b[1], F(size, serif=serif), center=True); y += 10
        elif k == 'space': y += int((b[1] if len(b) > 1 else 6) * DPI / 25.4)
        elif k == 'kv':
            for l, v in b[1]:
                lw = dr.textlength(l + ' ', font=fb); dr.text((M, y), l, font=fb, fill=(25, 25, 25))
                ys = y
                for i, ln in enumerate(wrap(dr, v, fp, tw - lw)):
                    dr.text((M + lw, y), ln, font=fp, fill=(25, 25, 25)); y += lh
                y = max(y, ys + lh) + 4
        elif k == 'kv2':
            for l, v in b[1]:
                text(l, fb); text(v, fp); y += 6
        elif k == 'grid':
            rows = b[1]; ncol = len(rows[0])
            widths = b[3] if len(b) > 3 and b[3] else [166/ncol]*ncol
            px = [int(w/166*tw) for w in widths]
            for ri, row in enumerate(rows):
                cells = []
                for ci, c in enumerate(row):
                    f = fb if ((b[2] if len(b) > 2 else 'left') == 'left' and ci == 0) or (len(b) > 2 and b[2] == 'top' and ri == 0) else fp
                    cells.append((wrap(dr, str(c), f, px[ci] - 16), f))
                rh = max(len(c[0]) for c in cells) * lh + 14
                x = M
                for ci, (lines, f) in enumerate(cells):
                    dr.rectangle([x, y, x + px[ci], y + rh], outline=(30, 30, 30), width=2)
                    yy = y + 7
                    for ln in lines: dr.text((x + 8, yy), ln, font=f, fill=(25, 25, 25)); yy += lh
                    x += px[ci]
                y += rh
            y += 16
        elif k == 'sig':
            y += 12; dr.text((M, y), b[1], font=fp, fill=(25, 25, 25))
            sx = M + int(0.35*tw)
            if b[4]:
                for st in sig_strokes(b[3]):
                    dr.line([(sx + x*2.2, y - 20 + yv*2.2) for x, yv in st], fill=(15, 25, 110), width=5)
            else:
                dr.text((sx, y + 20), '.' * 60, font=fp, fill=(25, 25, 25))
            y += 120
            if b[2]: dr.text((sx, y), b[2], font=fs, fill=(25, 25, 25)); y += 34
            if len(b) > 5 and b[5]: dr.text((sx, y), b[5], font=fs, fill=(25, 25, 25)); y += 34
    return im

def photo(page, seed, angle=None):
    r = random.Random(seed)
    W, H = page.size
    # visible border around the page
    d0 = ImageDraw.Draw(page); d0.rectangle([6, 6, W - 7, H - 7], outline=(90, 90, 90), width=5)
    bgc = r.choice([(92, 70, 52), (60, 62, 70), (150, 140, 125), (40, 45, 50)])
    pad = 140
    bg = Image.new('RGB', (W + 2*pad, H + 2*pad), bgc)
    sh = Image.new('L', (W + 2*pad, H + 2*pad), 0); ImageDraw.Draw(sh).rectangle([pad + 18, pad + 22, pad + W + 18, pad + H + 22], fill=150)
    sh = sh.filter(ImageFilter.GaussianBlur(18)); bg.paste((15, 15, 15), (0, 0), sh)
    bg.paste(page, (pad, pad))
    a = angle if angle is not None else r.choice([-1, 1]) * r.uniform(1.0, 3.0)
    bg = bg.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=bgc)
    # light gradient (uneven lighting)
    grad = Image.linear_gradient('L').resize(bg.size).rotate(r.choice([0, 90, 180, 270]))
    grad = grad.point(lambda v: int(v * 0.18))
    dark = Image.new('RGB', bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, grad)
    bg = bg.filter(ImageFilter.GaussianBlur(0.6))
    return bg.resize((int(bg.size[0]*0.8), int(bg.size[1]*0.8)), Image.LANCZOS)

def save_jpg(path, blocks, seed, **kw):
    photo(render_img(blocks, **kw), seed).save(path, 'JPEG', quality=72)

def save_scanpdf(path, blocks, seed, **kw):
    im = photo(render_img(blocks, **kw), seed).convert('RGB')
    im.save(path, 'PDF', resolution=160, creationDate=__import__('time').gmtime(1767225600), modDate=__import__('time').gmtime(1767225600))

# ----------------------------------------------------------------- AcroForm PDF
def acro_form(path, title, intro, fields, sigfield=None, footer=None):
    c = rlcanvas.Canvas(path, pagesize=A4); W, H = A4
    c.setFont('DVB', 14); c.drawString(22*mm, H - 25*mm, title)
    c.setFont('DV', 9)
    y = H - 33*mm
    for ln in intro: c.drawString(22*mm, y, ln); y -= 5*mm
    y -= 4*mm; form = c.acroForm
    for name, label, value, w in fields:
        c.setFont('DV', 10); c.drawString(22*mm, y + 2*mm, label)
        form.textfield(name=name, tooltip=label, x=85*mm, y=y, width=w*mm, height=7*mm, value=value,
                       borderColor=colors.black, fillColor=colors.HexColor('#f4f6fb'), textColor=colors.black,
                       forceBorder=True, fontName='Helvetica', fontSize=9)
        y -= 11*mm
    if sigfield:
        name, label, value = sigfield; y -= 4*mm
        c.setFont('DV', 10); c.drawString(22*mm, y + 2*mm, label)
        form.textfield(name=name, tooltip=label, x=85*mm, y=y - 4*mm, width=80*mm, height=11*mm, value=value,
                       borderColor=colors.black, fillColor=colors.white, textColor=colors.HexColor('#102070'),
                       forceBorder=True, fontName='Helvetica-Oblique', fontSize=12)
        y -= 16*mm
    if footer:
        c.setFont('DV', 8)
        for ln in footer: c.drawString(22*mm, y, ln); y -= 4.5*mm
    c.save()

# ----------------------------------------------------------------- spreadsheets
def write_xlsx(path, title_rows, header, rows, widths=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Vakontwikkeling'
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 1, 1)
    for r in title_rows: ws.append(r)
    ws.append(header)
    for r in rows: ws.append(r)
    for col, w in zip('ABCDEFGHIJ', widths or []): ws.column_dimensions[col].width = w
    return wb, ws

def write_ods(path, title_rows, header, rows):
    doc = OpenDocumentSpreadsheet(); t = OTable(name='Overzicht PE')
    def cell(v):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            c = TableCell(valuetype='float', value=v); c.addElement(OP(text=str(v).replace('.', ',')))
        else:
            c = TableCell(valuetype='string'); c.addElement(OP(text=str(v)))
        return c
    for r in title_rows + [header] + rows:
        tr = TableRow()
        for v in r: tr.addElement(cell(v))
        t.addElement(tr)
    doc.spreadsheet.addElement(t); doc.save(path)

# ================================================================= model + truth
DOCS, FIND, ALLOW, INTV, ACTS, COHORT_ROWS, DOSS = [], [], [], [], {}, [], []
def reg(cid, rel, doc_type, sig, fields):
    DOCS.append(dict(cid=cid, rel=f'{cid}/{rel}', doc_type=doc_type, sig=sig, fields=fields))
    p = os.path.join(COH, cid, rel); os.makedirs(os.path.dirname(p), exist_ok=True); return p

def pe_of(a): return min((a['A'] + a['B']) / 60.0 / 2.0, 4.0)
def f2(x): return f'{x:.2f}'
def hours_str(m):
    h = m / 60.0
    return ('%.2f' % h).rstrip('0').rstrip('.')

SECTION_KEYS = ['casus', 'opmerkingen_collegas', 'eigen_bijdrage', 'leervragen', 'leereffect', 'oordeelsvorming', 'initiatief']
HEADSETS = {
 'plain': ['Casusbeschrijving', 'Opmerkingen van de collega’s', 'Mijn eigen bijdrage aan de oplossing', 'Leervragen', 'Leereffect voor mijn eigen werk', 'Eigen afwegingen (oordeelsvorming)', 'Acties die ik zelf zou ondernemen (initiatief)'],
 'vraag': ['Waar ging de casus over?', 'Wat zeiden mijn collega’s?', 'Wat heb ik zelf ingebracht?', 'Wat wilde ik leren?', 'Wat levert het mij op voor mijn werk?', 'Hoe heb ik het voor mezelf afgewogen?', 'Wat zou ik zelf ondernemen?'],
 'num': ['1. Casus', '2. Reacties uit de groep', '3. Eigen inbreng', '4. Leervraag', '5. Leereffect', '6. Oordeelsvorming', '7. Initiatief'],
 'caps': ['CASUS', 'FEEDBACK VAN COLLEGA’S', 'EIGEN BIJDRAGE', 'LEERVRAGEN', 'LEEREFFECT', 'AFWEGINGEN / OORDEELSVORMING', 'INITIATIEF: WAT IK ZELF ZOU DOEN'],
 'letter': ['a) Beschrijving van de casus', 'b) Opmerkingen van de collega’s', 'c) Mijn bijdrage aan het oplossen', 'd) Leervragen', 'e) Wat ik ervan geleerd heb', 'f) Mijn afwegingen bij het probleem', 'g) Wat ik zelf zou hebben ondernomen'],
 'grid': ['Casus', 'Opmerkingen collega’s', 'Eigen bijdrage', 'Leervragen', 'Leereffect', 'Oordeelsvorming (eigen afwegingen)', 'Initiatief (eigen acties)'],
}
LEADIN = ['De casus ging over het volgende. ', 'Mijn collega’s merkten op dat ', 'Wat ik zelf heb ingebracht: ', 'Mijn leervraag was deze. ', 'Wat ik meeneem naar mijn eigen werk: ', 'Bij het afwegen van wat hier speelde, kwam ik uit op het volgende. ', 'Wat ik zelf anders zou doen: ']

CONTEXT = [
 'Het traject liep op dat moment ongeveer drie maanden.',
 'Ik bracht de casus in omdat ik er na het gesprek nog dagen over bleef nadenken.',
 'Er was al eerder een poging tot werkhervatting mislukt.',
 'De opdrachtgever verwachtte binnen een maand een voortgangsrapportage.',
 'Het speelde in een periode waarin ik zelf veel dossiers tegelijk had.',
 'Ik had het gevoel dat ik iets over het hoofd zag, maar kon niet benoemen wat.',
 'De klant had zelf aangegeven dat het contact met mij goed voelde, wat het extra lastig maakte.',
]
OPM = [
 'ik snel in de oplossingsmodus schiet en de klant weinig ruimte laat om zelf met ideeën te komen.',
 'ik in mijn verhaal veel over de werkgever praat en weinig over wat het met mij deed.',
 'ik de spanning in het gesprek wel voelde maar die niet heb benoemd; dat had lucht kunnen geven.',
 'mijn toon in de e-mails zakelijker is dan ik zelf denk. Een collega las een fragment voor en dat kwam streng over.',
 'ik veel verantwoordelijkheid naar me toe trek, ook voor dingen die bij de klant horen.',
 'ik duidelijk ben over afspraken, maar dat ik de klant te weinig vraag wat hij zelf haalbaar vindt.',
 'ik mijn twijfel over het traject pas laat deel, terwijl de opdrachtgever dat eerder had kunnen weten.',
 'ik in de groep vooral feiten noemde en pas op doorvragen vertelde dat ik me machteloos voelde.',
]
EIGEN = [
 'Ik heb als casusinbrenger mijn eigen gespreksverslag meegenomen en hardop gereflecteerd op het moment waarop het gesprek kantelde.',
 'Ik heb de groep gevraagd mij vooral open vragen te stellen over wat ik voelde op het moment dat het gesprek vastliep, en ik heb eerlijk geantwoord, ook waar dat ongemakkelijk was.',
 'Ik heb in de ronde van adviezen voorgesteld om de klant zelf een eerste stap te laten kiezen, in plaats van die voor te schrijven.',
 'Ik heb zelf voorgesteld om met de vijfstappenmethode te werken, zodat de groep eerst vragen stelde en pas daarna adviezen gaf; bij de adviezen heb ik per advies gezegd wat het bij mij losmaakte.',
 'In een kort rollenspel speelde een collega de klant en ik mezelf; daardoor merkte ik hoe ik onbewust druk zette.',
 'Ik heb eerlijk verteld dat ik de klant heb ontweken en welke gedachten daarbij speelden.',
 'Ik heb een tijdlijn op de flip-over gezet zodat we konden zien waar ik zelf keuzes heb gemaakt.',
 'Ik heb mijn eigen aandeel benoemd: ik had de werkgever nooit gebeld, alleen gemaild.',
 'Ik heb de groep gevraagd welke emotie zij in mijn verhaal hoorden; de onzekerheid die zij benoemden herkende ik direct.',
]
LEEREFFECT = [
 'Ik merk dat ik sneller benoem wat ik zie gebeuren in het gesprek; dat geeft rust bij de klant en bij mij.',
 'Ik plan nu na een lastig gesprek tien minuten om voor mezelf op te schrijven wat het met me deed, voordat ik het verslag maak.',
 'Ik vraag vaker: wat wil jij hier zelf in? Dat levert betere afspraken op die de klant ook nakomt.',
 'Ik ben me bewuster van mijn neiging om het op te lossen. Ik laat nu vaker een stilte vallen.',
 'Ik bel eerder in plaats van te mailen als ik merk dat er irritatie ontstaat.',
 'Ik deel twijfels over een traject nu in een vroeg stadium met de opdrachtgever, ook als ik nog geen oplossing heb.',
 'Ik zie beter waar mijn verantwoordelijkheid ophoudt; de klant blijft eigenaar van zijn eigen re-integratie.',
 'Ik gebruik de vragen uit deze sessie nu als voorbereiding op een eerste gesprek.',
 'Het heeft me geholpen om mijn eigen irritatie te herkennen als signaal, en niet als oordeel over de klant.',
 'Ik ga minder snel mee in het tempo van de werkgever en leg uit waarom een tussenstap nodig is.',
]
OORDEEL = [
 'Ik heb afgewogen of ik het traject moest voortzetten of terugleggen bij de opdrachtgever. Omdat de klant wel gemotiveerd was maar vastliep op de praktijk, koos ik ervoor om door te gaan met een aangepast plan.',
 'Het belang van de klant en de wens van de werkgever botsten hier. Ik vind dat ik eerst de belastbaarheid helder moest hebben voordat ik verder ging met plaatsing.',
 'Ik twijfelde tussen doorpakken en afwachten. Achteraf denk ik dat afwachten hier de juiste keuze was, omdat de klant tijd nodig had om te verwerken.',
 'Mijn afweging was dat openheid over mijn zorgen zwaarder woog dan de goede verstandhouding op korte termijn.',
 'Ik heb de keuze gemaakt om het gesprek te stoppen toen de klant emotioneel werd. Dat voelde als falen, maar het was wel respectvol.',
 'Ik heb geprobeerd de feiten en mijn eigen gevoel uit elkaar te houden. Mijn frustratie over de werkgever mocht niet leidend zijn in mijn advies.',
 'Er waren twee routes: zelf bemiddelen of de klant zelf laten solliciteren. Gezien zijn zelfvertrouwen vond ik een combinatie het beste.',
 'Ik vond het lastig dat ik geen invloed had op het besluit van de werkgever; ik heb me gericht op wat wél binnen mijn rol lag.',
 'Ik heb overwogen de bedrijfsarts in te schakelen, maar koos eerst voor een gesprek met de klant zelf, omdat hij daar om vroeg.',
 'Ik heb voor mezelf helder gemaakt dat een goede relatie niet betekent dat ik alles moet oplossen.',
 'De afweging was snelheid tegenover draagvlak. Ik koos voor draagvlak, ook al kostte dat twee weken extra.',
]
INIT = [
 'Ik zou de klant eerder uitnodigen voor een gesprek op locatie en zelf de werkgever bellen om de verwachtingen af te stemmen.',
 'Ik zou een driegesprek organiseren met klant en leidinggevende, en vooraf met de klant de agenda bepalen.',
 'Ik zou mijn twijfel direct in het eerste voortgangsverslag zetten en een evaluatiemoment inplannen.',
 'Ik zou de klant een week bedenktijd geven en hem zelf laten terugkomen met een voorstel.',
 'Ik zou een collega vragen om mee te gaan naar het volgende gesprek, zodat ik feedback krijg op mijn houding.',
 'Ik zou na het gesprek met de klant een korte samenvatting sturen, in zijn eigen woorden, zodat hij zich gehoord voelt.',
 'Ik zou met mijn leidinggevende bespreken hoeveel tijd ik aan dit traject besteed en waar mijn grens ligt.',
]

def intv_sections(casus, i, off):
    """returns the 7 section texts for report index i (off varies per candidate)"""
    j = i + off
    o1, o2 = OPM[(j*3) % 8], OPM[(j*3 + 5) % 8]
    opm = ('De groep merkte op dat ' if j % 2 else 'Collega’s gaven terug dat ') + o1 + ' Ook werd gezegd dat ' + o2
    return [casus[1] + ' ' + CONTEXT[(j*5 + 2) % len(CONTEXT)], opm,
            EIGEN[(j*5 + 1) % 9], casus[2], LEEREFFECT[(j*7 + 2) % 10] + ' ' + LEEREFFECT[(j*3 + 7) % 10], OORDEEL[(j*4 + 3) % 11], INIT[(j*2) % 7]]

def intv_blocks(style, head, secs, omit=None):
    keys = SECTION_KEYS
    b = list(head)
    if style in HEADSETS and style != 'grid':
        for k, hd, tx in zip(keys, HEADSETS[style], secs):
            if k == omit: continue
            b.append(('h', hd)); b.append(('p', tx))
    elif style == 'grid':
        b.append(('grid', [[hd, tx] for k, hd, tx in zip(keys, HEADSETS['grid'], secs) if k != omit], 'left', [45, 121]))
    elif style == 'prose':
        for k, li, tx in zip(keys, LEADIN, secs):
            if k == omit: continue
            if k == 'opmerkingen_collegas':
                tx = tx.split(' dat ', 1)[1] if ' dat ' in tx[:30] else tx
            b.append(('p', li + tx))
    return b

def write_truth():
    os.makedirs(TRU, exist_ok=True)
    def w(name, header, rows):
        with open(os.path.join(TRU, name), 'w', newline='') as fh:
            cw = csv.writer(fh); cw.writerow(header)
            for r in sorted(rows, key=lambda r: (r[0], r[1] if len(r) > 1 else '')): cw.writerow(r)
    w('dossiers.csv', ['candidate_id', 'outcome', 'pe_counted', 'intervisions_valid', 'currently_employed', 'pe_counted_alt', 'intervisions_valid_alt', 'outcome_alt', 'scheme', 'work_years', 'avg_fte', 'pe_claimed'], DOSS)
    w('findings.csv', ['candidate_id', 'code', 'document'], [(c, k, d) for c, k, d in FIND])
    w('findings_allowed.csv', ['candidate_id', 'code', 'document'], ALLOW)
    w('intervisions.csv', ['candidate_id', 'document', 'verdict', 'counted'], INTV)
    w('documents.csv', ['candidate_id', 'document', 'doc_type', 'signature'], [(d['cid'], d['rel'], d['doc_type'], d['sig']) for d in DOCS])
    frows = []
    for d in DOCS:
        for k, v in d['fields']: frows.append((d['cid'], d['rel'], k, v))
    with open(os.path.join(TRU, 'fields.csv'), 'w', newline='') as fh:
        cw = csv.writer(fh); cw.writerow(['candidate_id', 'document', 'field', 'value'])
        for r in sorted(frows, key=lambda r: (r[0], r[1])): cw.writerow(r)
    with open(os.path.join(COH, 'cohort.csv'), 'w', newline='') as fh:
        cw = csv.writer(fh); cw.writerow(['candidate_id', 'name', 'scheme', 'application_date'])
        for r in COHORT_ROWS: cw.writerow(r)

def employment(periods, app, ft):
    """periods: list of (start, end or None, hours). returns work_years (capped 4), avg_fte over worked time."""
    ref0 = dt.date(app.year - 4, app.month, app.day)
    days = 0; wsum = 0.0
    for s, e, h in periods:
        a = max(s, ref0); b = min(e or app, app)
        if b < a: continue
        n = (b - a).days + 1; days += n; wsum += n * h / ft
    return min(days / 365.25, 4.0), (wsum / days if days else 0.0), ref0

def assess(cid, scheme, app, periods, ft, acts, reports, extra_findings, claimed_total):
    wy, fte, ref0 = employment(periods, app, ft)
    cur = any((e is None or e >= app) and s <= app for s, e, h in periods)
    pe = 0.0; vak = 0.0
    for a in acts:
        ok = (ref0 <= a['date'] <= app) and a.get('proof') and not a.get('unreadable')
        a['counted'] = bool(ok)
        if not ok: continue
        p = pe_of(a)
        if a['kind'] == 'vakoverleg':
            p = min(p, max(0.0, 10.0 - vak)); vak += pe_of(a)
        pe += p
    valid = sum(1 for r in reports if r['counted'])
    codes = [c for c, d in extra_findings]
    sev = {'WORK-CURRENT': 'r', 'WORK-YEARS': 'r'}
    if not cur: extra_findings.append(('WORK-CURRENT', ''))
    if wy < 3.0 or fte < 0.5: extra_findings.append(('WORK-YEARS', ''))
    if pe < 32: extra_findings.append(('PE-TOTAL', ''))
    if valid < 12: extra_findings.append(('INT-COUNT', ''))
    supp = {'PE-TOTAL', 'PE-NO-PROOF', 'PE-NO-FORM', 'PE-HOURS-UNREADABLE', 'INT-COUNT', 'INT-SECTIONS', 'EXP-COMPETENCY', 'DOC-MISSING', 'SIG-MISSING', 'DOC-LANGUAGE', 'DOC-ILLEGIBLE', 'DOC-UNREADABLE'}
    cs = [c for c, d in extra_findings]
    outcome = 'afwijzing' if any(c in sev for c in cs) else ('aanvulling' if any(c in supp for c in cs) else 'toekenning')
    for c, d in extra_findings: FIND.append((cid, c, d))
    DOSS.append((cid, outcome, f2(pe), str(valid), 'true' if cur else 'false', '', '', '', scheme, f'{wy:.2f}', f'{fte:.3f}', f2(claimed_total)))
    for r in reports: INTV.append((cid, r['rel'], r['verdict'], 'true' if r['counted'] else 'false'))
    return outcome, pe, valid

def act_fields(a):
    return [('date', a['date'].isoformat()), ('title', a['title']), ('kind', a['kind']),
            ('hours_attendance', '' if a.get('unreadable') else hours_str(a['A'])), ('hours_preparation', hours_str(a['B'])),
            ('pe', '' if a.get('unreadable') else f2(pe_of(a)))]

# ================================================================= U1-003  Mirjam Bosscha (rib, clean toekenning with warnings)
def starr_examples_rib():
    # (competency, [ (S, A, R) x2 ], strong1, strong2, dev)
    return [
     ('Klantgerichtheid', [
        ('Een werkzoekende met een licht verstandelijke beperking begreep mijn brieven niet.', 'Ik heb de afspraken voortaan met pictogrammen en korte zinnen op één A4 gezet en samen doorgelopen.', 'Hij kwam alle afspraken na en vroeg zelf om een kopie voor zijn begeleider.'),
        ('Een klant voelde zich niet gehoord door haar werkgever na een burn-out.', 'Ik heb eerst een gesprek alleen met haar gevoerd en haar woorden letterlijk in het plan van aanpak opgenomen.', 'Ze tekende het plan zonder discussie en startte twee weken later met aangepast werk.')],
      'goed luisteren zonder direct te oordelen', 'afspraken afstemmen op het niveau van de klant', 'ik moet duidelijker grenzen aangeven als een klant buiten werktijd blijft appen'),
     ('Resultaatgerichtheid', [
        ('Een tweedespoortraject liep na vier maanden vast zonder sollicitaties.', 'Ik heb met de klant een weekplanning met drie concrete acties gemaakt en elke vrijdag kort gebeld.', 'Binnen zes weken had hij twee gesprekken en een proefplaatsing.'),
        ('De opdrachtgever wilde binnen drie maanden een eindrapportage.', 'Ik heb het traject in drie fases verdeeld en per fase een tussenverslag opgeleverd.', 'De eindrapportage lag er op tijd en de opdrachtgever heeft een vervolgopdracht gegeven.')],
      'doelen concreet en meetbaar maken', 'volhouden als het tegenzit', 'ik wil minder vaak zelf het werk overnemen als een klant traag is'),
     ('Samenwerken', [
        ('De bedrijfsarts en de werkgever gaven tegenstrijdige signalen over belastbaarheid.', 'Ik heb een driegesprek voorgesteld en vooraf de vragen aan de bedrijfsarts op papier gezet.', 'Er kwam één gedeeld beeld van de mogelijkheden en het plan werd bijgesteld.'),
        ('Een nieuwe collega had moeite met het rapportageformat.', 'Ik heb twee van mijn verslagen geanonimiseerd en met haar doorgenomen.', 'Haar verslagen werden na een maand zonder correcties goedgekeurd.')],
      'verbinden van verschillende partijen', 'kennis delen met collega’s', 'ik vraag te laat hulp als ik zelf vastloop'),
     ('Oordeelsvorming', [
        ('Een klant gaf aan te willen werken, maar kwam drie keer niet op een afspraak.', 'Ik heb de feiten op een rij gezet, met hem besproken en pas daarna met de opdrachtgever overlegd.', 'We ontdekten een schuldenprobleem; het traject werd gepauzeerd en hulp ingeschakeld.'),
        ('Een werkgever vroeg mij een klant als niet-bemiddelbaar te rapporteren.', 'Ik heb mijn eigen observaties en de belastbaarheid naast elkaar gelegd en onderbouwd afgewogen.', 'Mijn rapport gaf wel mogelijkheden aan; de klant is inmiddels bij een andere werkgever gestart.')],
      'feiten en meningen scheiden', 'onafhankelijk blijven onder druk', 'ik mag mijn oordeel sneller uitspreken en minder lang blijven twijfelen'),
     ('Initiatief', [
        ('In ons bureau was geen vaste werkwijze voor jobcoaching na plaatsing.', 'Ik heb een checklist opgesteld en die in het teamoverleg voorgesteld.', 'De checklist wordt nu door iedereen gebruikt.'),
        ('Een klant zocht werk in de techniek, maar had geen netwerk.', 'Ik heb zelf drie installatiebedrijven in de regio gebeld en een meeloopdag geregeld.', 'Na de meeloopdag kreeg hij een leerwerkplek aangeboden.')],
      'kansen zien en zelf actie ondernemen', 'nieuwe werkwijzen voorstellen', 'ik moet beter inschatten hoeveel tijd mijn initiatieven kosten'),
     ('Netwerken', [
        ('Ik had weinig contacten bij werkgevers in de zorg.', 'Ik ben lid geworden van een regionaal werkgeversnetwerk en heb twee bijeenkomsten bezocht.', 'Ik heb nu vaste contactpersonen bij drie zorginstellingen.'),
        ('Voor een klant met een taalachterstand was geen passende cursus bekend.', 'Ik heb via het Taalhuis en de gemeente een contact gelegd.', 'De klant volgt nu een taaltraject naast zijn werk.')],
      'contacten actief onderhouden', 'het netwerk inzetten voor de klant', 'ik houd mijn contacten niet systematisch bij'),
     ('Coachen', [
        ('Een klant met faalangst durfde niet te bellen naar werkgevers.', 'We hebben het telefoongesprek drie keer geoefend en ik heb alleen vragen gesteld, geen antwoorden gegeven.', 'Hij belde zelf en kreeg een uitnodiging.'),
        ('Een klant bleef steeds uitleggen waarom dingen niet konden.', 'Ik heb met oplossingsgerichte vragen gewerkt en kleine successen benoemd.', 'Na vijf gesprekken formuleerde hij zelf zijn doel.')],
      'vertrouwen geven', 'doorvragen tot de klant zelf de stap ziet', 'ik geef soms te snel advies in plaats van te coachen'),
     ('Organiseren eigen werk', [
        ('Ik had op een gegeven moment achttien lopende trajecten tegelijk.', 'Ik heb mijn agenda in vaste blokken verdeeld en rapportagedagen ingepland.', 'Alle rapportages gingen binnen de termijn de deur uit.'),
        ('Door ziekte van een collega kreeg ik vijf extra dossiers.', 'Ik heb prioriteiten gesteld op basis van deadlines en dat met mijn leidinggevende afgestemd.', 'Er is geen deadline gemist en de klanten merkten weinig van de overdracht.')],
      'plannen en prioriteren', 'overzicht houden bij drukte', 'ik plan te weinig tijd in voor onverwachte zaken'),
    ]

REFL = ['Achteraf had ik dit eerder kunnen doen.', 'Ik heb geleerd dat een kleine aanpassing veel verschil maakt.', 'Dit pas ik nu standaard toe.', 'Ik merkte dat ik het spannend vond, maar het werkte.', 'Ik had de klant hier nog meer zelf kunnen laten doen.', 'Het bevestigde dat eerst luisteren loont.', 'Ik neem dit mee in nieuwe trajecten.', 'Volgende keer betrek ik de werkgever eerder.']
TAAK = ['Mijn taak was ervoor te zorgen dat {x}.', 'Ik moest zorgen dat {x}.', 'Als begeleider was het aan mij dat {x}.']
TAAKX = ['de klant de afspraken begreep en kon nakomen', 'het traject weer in beweging kwam', 'alle partijen hetzelfde doel hadden', 'er een goed onderbouwd besluit kwam', 'er een concrete kans ontstond', 'de klant passende ondersteuning kreeg', 'de klant zelf de stap zette', 'het werk op orde bleef']

def build_U1_003():
    cid = 'U1-003'; name = 'Mirjam Bosscha'; app = D('2026-05-12')
    COHORT_ROWS.append((cid, name, 'rib', app.isoformat()))
    emp = 'Werkwaarts Re-integratie B.V.'
    # ---------------- aanvraagformulier (born-digital, label on own line)
    p = reg(cid, 'Aanvraagformulier hercertificering RIB - M Bosscha.pdf', 'aanvraagformulier', 'visual',
            [('candidate_name', name), ('application_date', app.isoformat())])
    render_pdf(p, [('title', 'Aanvraag hercertificering Register Re-integratiebegeleiders (RIB)'),
        ('small', 'Dit formulier stuurt u samen met de bewijsdocumenten naar Hobéon SKO.'),
        ('h', 'Gegevens aanvrager'),
        ('kv2', [('Voorletters en achternaam', 'M. (Mirjam) Bosscha'), ('Geboortedatum', '3 juli 1981'),
                 ('Adres', 'Vinkenstraat 41\n9713 TE Groningen'), ('E-mail', 'mirjam.bosscha@werkwaarts.example.nl'),
                 ('Registernummer', 'RIB-2018-0417')]),
        ('h', 'Aanvraag'),
        ('kv2', [('Ik vraag aan', 'Hercertificering re-integratiebegeleider (RIB)'),
                 ('Huidige werkgever', emp + ', Groningen'), ('Functie', 'Re-integratiebegeleider')]),
        ('p', 'Ik verklaar dit formulier naar waarheid te hebben ingevuld en ga akkoord met de voorwaarden van het certificatieschema.'),
        ('kv', [('Plaats en datum:', 'Groningen, ' + dlong(app))]),
        ('sig', 'Handtekening aanvrager:', 'M. Bosscha', 3001, True)], meta_title='Aanvraag')
    # ---------------- certificatieovereenkomst (scan pdf)
    p = reg(cid, 'scan0003.pdf', 'certificatieovereenkomst', 'visual', [])
    save_scanpdf(p, [('title', 'CERTIFICATIEOVEREENKOMST'),
        ('p', 'De ondergetekenden:'),
        ('p', '1. Hobéon SKO, gevestigd te Den Haag, hierna te noemen: de certificatie-instelling;'),
        ('p', '2. Mevrouw M. Bosscha, wonende te Groningen, hierna te noemen: de kandidaat;'),
        ('p', 'komen overeen dat de certificatie-instelling de aanvraag tot hercertificering als re-integratiebegeleider in behandeling neemt volgens het geldende certificatieschema. De kandidaat verklaart dat de aangeleverde documenten naar waarheid zijn opgesteld en stemt in met steekproefsgewijze controle van de bewijsstukken. Het certificaat is vier jaar geldig, onder voorbehoud van naleving van de gedragscode.'),
        ('p', 'Artikel 2. De kandidaat meldt wijzigingen in zijn of haar functie binnen vier weken.'),
        ('p', 'Artikel 3. Op deze overeenkomst is Nederlands recht van toepassing.'),
        ('space', 8),
        ('kv', [('Datum:', dnum(app)), ('Plaats:', 'Groningen')]),
        ('sig', 'Handtekening kandidaat', 'M. Bosscha', 3002, True)], 31)
    # ---------------- werkverklaring (table, two periods: change of hours)
    periods = [(D('2019-02-01'), D('2023-12-31'), 32), (D('2024-01-01'), None, 28)]
    p = reg(cid, 'werkgeversverklaring Werkwaarts.pdf', 'werkverklaring', 'visual',
            [('role', 're-integratiebegeleider'),
             ('period1_start', '2019-02-01'), ('period1_end', '2023-12-31'), ('period1_hours_per_week', '32'), ('period1_role', 're-integratiebegeleider'),
             ('period2_start', '2024-01-01'), ('period2_end', ''), ('period2_hours_per_week', '28'), ('period2_role', 're-integratiebegeleider'),
             ('fulltime_hours', '36')])
    render_pdf(p, [('p', 'WERKWAARTS RE-INTEGRATIE B.V.\nOosterstraat 112 · 9711 NV Groningen · KvK 61234578'),
        ('space', 6), ('title', 'Werkgeversverklaring'),
        ('p', 'Ondergetekende verklaart dat onderstaande medewerker in dienst is van Werkwaarts Re-integratie B.V. en daar werkzaam is in de hieronder vermelde functie. Bij ons bureau geldt een volledige werkweek van 36 uur. Het dienstverband loopt door; per 1 januari 2024 is alleen de arbeidsduur op verzoek van de medewerker aangepast.'),
        ('grid', [['Naam medewerker', 'Mirjam Bosscha'], ['Geboortedatum', '03-07-1981'], ['Functie', 'Re-integratiebegeleider (2e spoor en werkfit-trajecten)']], 'left', [50, 116]),
        ('grid', [['Periode van', 'tot en met', 'Functie', 'Uren per week'],
                  ['01-02-2019', '31-12-2023', 'Re-integratiebegeleider', '32'],
                  ['01-01-2024', 'heden (lopend)', 'Re-integratiebegeleider', '28']], 'top', [32, 36, 60, 38]),
        ('kv', [('Datum verklaring:', dlong(D('2026-04-28'))), ('Naam leidinggevende:', 'drs. J.H. (Jelle) Zuidema'), ('Functie leidinggevende:', 'directeur-eigenaar')]),
        ('sig', 'Handtekening en stempel:', 'J.H. Zuidema', 3003, True)])
    # ---------------- ervaringsverklaring (docx -> pdf via soffice; STARR as headings)
    comps = starr_examples_rib(); bl = [('title', 'Ervaringsverklaring hercertificering RIB'),
        ('kv', [('Naam:', name), ('Functie:', 'Re-integratiebegeleider bij ' + emp), ('Periode:', 'mei 2022 – mei 2026')]),
        ('p', 'In deze verklaring beschrijf ik per competentie twee voorbeelden volgens STARR en reflecteer ik op mijn sterke punten en mijn ontwikkelpunt. De voorbeelden komen deels uit mijn functioneringsgesprekken van 2023 en 2025.')]
    k = 0
    for comp, exs, s1, s2, dv in comps:
        bl.append(('h', comp.upper()))
        for n, (S, A, R) in enumerate(exs, 1):
            bl.append(('p', f'Voorbeeld {n}'))
            bl.append(('kv', [('Situatie:', S), ('Taak:', TAAK[k % 3].format(x=TAAKX[k % 8])), ('Activiteiten:', A), ('Resultaat:', R), ('Reflectie:', REFL[k % 8])]))
            k += 1
        bl.append(('p', f'Mijn sterke punten zijn 1) {s1} en 2) {s2}. Mijn ontwikkelpunt: {dv}.'))
    bl += [('h', 'Akkoord leidinggevende'), ('p', 'Ik heb deze ervaringsverklaring gelezen en herken het beeld dat hierin wordt geschetst.'),
           ('kv', [('Naam:', 'J.H. Zuidema, directeur-eigenaar'), ('Datum:', '29-04-2026')]), ('sig', 'Handtekening leidinggevende', None, 3004, True)]
    p = reg(cid, 'ervaringsverklaring_MBosscha_def.pdf', 'ervaringsverklaring', 'visual', [('incomplete_competencies', '')])
    docx_to_pdf(bl, p)
    # ---------------- activities
    A = lambda h, m=0: h*60 + m
    acts = [
     dict(date=D('2022-03-15'), title='Landelijk Congres Re-integratie 2022: Werk als medicijn', org='Stichting Congresdagen Arbeid & Gezondheid', kind='congres', A=A(5, 15), B=A(0, 45), At='5 uur en 15 minuten', Bt='45 min'),
     dict(date=D('2022-10-06'), title='Motiverende gespreksvoering – verdieping', org='Kenniscentrum Werk & Motivatie', kind='workshop', A=A(3, 30), B=A(3, 30), At='09.00 – 12.30 uur', Bt='3,5'),
     dict(date=D('2023-02-14'), title='E-learning Wet verbetering poortwachter in de praktijk', org='LeerPlein Online', kind='e-learning', A=150, B=150, At='150 min', Bt='150 min'),
     dict(date=D('2023-06-21'), title='Vakoverleg re-integratie: belastbaarheid en FML lezen', org=emp, kind='vakoverleg', A=A(3), B=A(2), At='3 uur', Bt='2 uur'),
     dict(date=D('2023-11-09'), title='Schulden herkennen in re-integratietrajecten', org='Beroepsvereniging Re-integratieprofessionals Nederland (BRN)', kind='cursus', A=A(6), B=A(4), At='6', Bt='4'),
     dict(date=D('2024-03-12'), title='Vakoverleg: jobcoaching na plaatsing', org=emp, kind='vakoverleg', A=A(2, 30), B=A(1, 30), At='2u30', Bt='1u30'),
     dict(date=D('2024-09-26'), title='Inclusief werkgeverschap en de banenafspraak', org='WerkAcademie.online', kind='e-learning', A=A(3), B=A(1), At='3:00', Bt='1:00'),
     dict(date=D('2025-01-23'), title='Jaarcongres Participatie Noord 2025', org='Platform Participatie Noord-Nederland', kind='congres', A=A(5, 15), B=A(2, 45), At='5u15', Bt='2u45'),
     dict(date=D('2025-05-15'), title='Oplossingsgericht coachen in het eerste gesprek', org='Trainingsbureau De Kanteling', kind='workshop', A=A(4), B=A(2), At='4 uur', Bt='2 uur'),
     dict(date=D('2025-10-02'), title='Arbeidsrecht voor re-integratieprofessionals', org='Beroepsvereniging Re-integratieprofessionals Nederland (BRN)', kind='cursus', A=A(7), B=A(3), At='7 uur', Bt='3 uur'),
     dict(date=D('2026-02-10'), title='Vakoverleg: casuïstiek-overstijgende thema’s en nieuwe werkwijzer UWV', org=emp, kind='vakoverleg', A=A(3), B=A(2), At='3', Bt='2'),
     dict(date=D('2026-04-07'), title='Privacy en AVG in re-integratie (module 1 t/m 4)', org='LeerPlein Online', kind='e-learning', A=240, B=120, At='240 minuten', Bt='2 uur'),
    ]
    return cid, name, app, emp, periods, acts

# ================================================================= shared: forms and proofs
def nl(x):
    s = ('%.2f' % x).rstrip('0').rstrip('.'); return s.replace('.', ',')

FORM_TITLES = ['Opgaveformulier activiteit vakontwikkeling (bijlage 4)', 'Opgave PE-activiteit', 'OPGAVEFORMULIER VAKONTWIKKELING',
               'Bijlage 4 – opgave per activiteit', 'Registratie deskundigheidsbevordering', 'Formulier activiteit vakontwikkeling']
LBL = [
 ['Datum activiteit', 'Titel / onderwerp', 'Organisator', 'Soort activiteit', 'A. Tijd aanwezigheid (excl. pauze & inloop)', 'B. Tijd voorbereiding/zelfstudie', 'C. Totaal aantal uren (A+B)', 'Aantal PE-punten (C/2, max. 4)'],
 ['Datum', 'Naam van de activiteit', 'Aanbieder', 'Type', 'Aanwezig, zonder pauze en inloop', 'Voorbereiding en zelfstudie', 'Totaal uren', 'PE'],
 ['Wanneer', 'Onderwerp', 'Georganiseerd door', 'Vorm', 'Tijd aanwezigheid (A)', 'Tijd voorbereiding (B)', 'Totaal C = A + B', 'PE-punten'],
]
def form_rows(a, li, name):
    L = LBL[li]
    Av = 'dagdeel' if a.get('unreadable') else a['At']
    C = '—' if a.get('unreadable') else nl((a['A'] + a['B']) / 60) + ' uur'
    pe = a.get('form_pe') or ('zie A' if a.get('unreadable') else (nl(pe_of(a)) + (' (max.)' if (a['A'] + a['B']) / 120 > 4 else '')))
    dv = [dnum(a['date']), dlong(a['date']), dshort(a['date'])][li]
    return [(L[0], dv), (L[1], a['title']), (L[2], a['org']), (L[3], a['kind']), (L[4], Av), (L[5], a['Bt']), (L[6], C), (L[7], pe)]

def make_form(cid, rel, a, style, name, seed, sub=None):
    p = reg(cid, rel, 'opgaveformulier_activiteit', '*', act_fields(a)); a['form'] = f'{cid}/{rel}'
    li = seed % 3; rows = form_rows(a, li, name); T = FORM_TITLES[seed % len(FORM_TITLES)]
    head = [('title', T), ('kv', [('Naam deelnemer:', name)])]
    if style == 'grid':
        render_pdf(p, head + [('grid', [[l, v] for l, v in rows], 'left', [70, 96])], font='DVS' if seed % 2 else 'DV')
    elif style == 'gridtop':
        render_pdf(p, head + [('grid', [[l for l, v in rows[:4]], [v for l, v in rows[:4]]], 'top'),
                              ('grid', [[l for l, v in rows[4:]], [v for l, v in rows[4:]]], 'top')])
    elif style == 'stack':
        render_pdf(p, head + [('kv2', rows)])
    elif style == 'inline':
        render_pdf(p, head + [('kv', [(l + ':', v) for l, v in rows])])
    elif style == 'docx':
        render_docx(p, head + [('grid', [[l, v] for l, v in rows], 'left')])
    elif style == 'docxinline':
        render_docx(p, head + [('kv', [(l + ':', v) for l, v in rows])])
    elif style == 'jpg':
        save_jpg(p, head + [('kv', [(l + ':', v) for l, v in rows])], seed)
    elif style == 'scanpdf':
        save_scanpdf(p, head + [('grid', [[l, v] for l, v in rows], 'left', [70, 96])], seed)
    elif style == 'acro':
        f = [('datum', 'Datum activiteit', dnum(a['date']), 40), ('titel', 'Titel activiteit', a['title'][:60], 90),
             ('organisator', 'Organisator', a['org'][:60], 90), ('soort', 'Soort activiteit', a['kind'], 50),
             ('uren_a', 'A: aanwezigheid (excl. pauze/inloop)', a['At'], 30), ('uren_b', 'B: voorbereiding/zelfstudie', a['Bt'], 30),
             ('uren_c', 'C = A + B', nl((a['A'] + a['B']) / 60), 30), ('pe', 'PE (C/2, max. 4)', nl(pe_of(a)), 30),
             ('naam', 'Naam deelnemer', name, 70)]
        acro_form(p, 'Opgaveformulier per activiteit (bijlage 4)', ['Vul per activiteit een formulier in. Voeg het bewijs van deelname toe.'], f)
    return p

def make_proof(cid, rel, a, ptype, name, seed, dur=None, participant=None, date=None, mailed=None):
    who = participant or name; d = date or a['date']
    fields = [('proves', a['form']), ('participant', who), ('date', d.isoformat())]
    if dur is not None: fields.append(('duration_hours', nl(dur).replace(',', '.')))
    p = reg(cid, rel, 'bewijs_deelname', '*', fields); a['proof'] = f'{cid}/{rel}'
    jpg = rel.lower().endswith('.jpg'); scan = ('scan' in ptype)
    t = ptype.replace('scan', '')
    if t == 'congres':
        bl = [('title', a['org']), ('h', 'Bevestiging van aanwezigheid'),
              ('p', f'Hierbij bevestigen wij dat {who} op {dlong(d)} aanwezig was bij het {a["title"]}.'),
              ('p', f'Het inhoudelijke programma (plenaire sessies en twee deelsessies) besloeg {a.get("prog", "5 uur en 15 minuten")}, exclusief lunch, pauzes en inloop.'),
              ('p', 'Wij danken u hartelijk voor uw komst en hopen u volgend jaar weer te ontmoeten.'),
              ('sig', 'Namens de programmacommissie,', 'E. van der Laan, congresmanager', seed, True)]
    elif t == 'centred':
        bl = [('space', 20), ('center', 'CERTIFICAAT', 26), ('space', 8), ('center', who, 18), ('center', 'heeft met goed gevolg deelgenomen aan', 11),
              ('center', a['title'], 15), ('space', 4), ('center', dlong(d), 12), ('center', (nl(dur) + ' uur') if dur is not None else 'ochtendprogramma', 12), ('space', 10),
              ('center', a['org'], 11), ('sig', '', 'trainer', seed, True)]
    elif t == 'elearn':
        mins = int(round(dur * 60))
        bl = [('title', a['org']), ('p', 'Certificaat van voltooiing'),
              ('grid', [['Deelnemer', who], ['Module', a['title']], ['Status', 'Voltooid (alle toetsen behaald)'],
                        ['Voltooid op', dnum(d)], ['Studiebelasting', f'{mins} minuten'], ['Certificaatnummer', f'LP-{seed*7919 % 1000000:06d}']], 'left', [45, 121]),
              ('small', 'Dit certificaat is automatisch gegenereerd en is geldig zonder handtekening.')]
    elif t == 'teamlead':
        bl = [('p', a['org'] + '\n' + 'Groningen'), ('space', 6), ('title', 'Verklaring deelname vakoverleg'),
              ('p', f'Hierbij verklaar ik dat {who} op {["maandag","dinsdag","woensdag","donderdag","vrijdag","zaterdag","zondag"][d.weekday()]} {dlong(d)} heeft deelgenomen aan ons vakoverleg "{a["title"]}". '
                    f'Het overleg had een vaste agenda en een voorzitter, er is een verslag van gemaakt, en het inhoudelijke deel duurde {a.get("prog", nl(dur) + " uur")}. '
                    f'De deelnemers hadden vooraf leesstukken ontvangen ter voorbereiding.'),
              ('p', 'Met vriendelijke groet,'), ('sig', '', a.get('lead', 'Petra Hoogeveen, teamleider re-integratie'), seed, True)]
    elif t == 'letter':
        ld = a['letterdate']
        bl = [('p', a['org']), ('p', 'Postbus 2210, 3500 GE Utrecht'), ('space', 8), ('p', f'Mevrouw {who}\nVinkenstraat 41\n9713 TE Groningen' if 'Bosscha' in who else who),
              ('space', 6), ('p', f'Utrecht, {dlong(ld)}'), ('p', 'Betreft: bevestiging deelname scholing'), ('space', 4),
              ('p', f'Geachte {who.split()[0]},'),
              ('p', f'Met deze brief bevestigen wij dat u op {dlong(d)} de cursus "{a["title"]}" heeft gevolgd. De cursus omvatte {nl(dur)} contacturen (exclusief pauzes). De scholing is door onze vereniging geaccrediteerd.'),
              ('p', 'Wij wensen u veel succes bij het toepassen van het geleerde.'), ('p', 'Met vriendelijke groet,'),
              ('sig', '', 'drs. H. Mulder, secretaris opleidingen', seed, True)]
    elif t == 'email':
        md = mailed or d
        bl = [('kv', [('Van:', 'WerkAcademie.online <noreply@werkacademie.example>'), ('Aan:', who.lower().replace(' ', '.') + '@mail.example.nl'),
                      ('Verzonden:', f'{["maandag","dinsdag","woensdag","donderdag","vrijdag","zaterdag","zondag"][md.weekday()]} {dlong(md)} 17:42'),
                      ('Onderwerp:', 'Bevestiging van je deelname')]), ('space', 4),
              ('p', f'Beste {who.split()[0]},'),
              ('p', f'Bedankt voor je deelname aan "{a["title"]}" op {dlong(d)}. Volgens onze registratie was je de volledige sessie online aanwezig ({nl(dur)} uur, inclusief de afsluitende casusopdracht).'),
              ('p', 'Je deelnamebewijs staat ook in je persoonlijke leeromgeving. Bewaar deze e-mail als bewijs voor je register.'),
              ('p', 'Hartelijke groet,\nTeam WerkAcademie')]
    elif t == 'list':
        bl = [('title', 'Presentielijst'), ('kv', [('Bijeenkomst:', a['title']), ('Datum:', dnum(d)), ('Tijd:', a.get('clock', '13.00 – 16.00 uur')), ('Organisatie:', a['org'])]),
              ('grid', [['Naam', 'Organisatie', 'Paraaf']] + [[n, o, '✓'] for n, o in a['list']], 'top', [60, 70, 36]),
              ('sig', 'Voor akkoord, trainer/voorzitter:', a.get('lead', 'J. Wolters'), seed, True)]
    elif t == 'labelled':
        bl = [('title', 'Bewijs van deelname'), ('kv', [('Naam deelnemer:', who), ('Opleiding:', a['title']), ('Datum:', dlong(d)),
              ('Duur:', nl(dur) + ' uur (exclusief pauzes)'), ('Aanbieder:', a['org'])]),
              ('sig', 'Handtekening docent:', 'mr. S. Dijkstra', seed, True)]
    if jpg: save_jpg(p, bl, seed)
    elif scan: save_scanpdf(p, bl, seed)
    elif rel.endswith('.docx'): render_docx(p, bl)
    else: render_pdf(p, bl, font='DVS' if t in ('centred', 'letter') else 'DV')
    return p

CASUS_003 = [
 ('Klant haakt af na eerste werkplekbezoek', 'Een man van 44 jaar, magazijnmedewerker, zat in een tweedespoortraject. Na een goed eerste bezoek aan een werkplek meldde hij zich een dag later ziek en reageerde niet meer op mijn berichten.', 'Hoe ga ik om met mijn eigen teleurstelling als een klant afhaakt, zonder dat ik hem dat verwijt?'),
 ('Werkgever wil sneller dan de klant', 'Een werkgever drong aan op volledige werkhervatting binnen vier weken, terwijl de werkneemster na een operatie nog veel pijn had. Ik zat er letterlijk tussenin.', 'Hoe bewaak ik mijn onafhankelijkheid als de opdrachtgever druk zet?'),
 ('Klant die alles goedvindt', 'Een jonge vrouw stemde met elk voorstel in, maar voerde daarna niets uit. Ik merkte dat ik steeds meer zelf ging regelen.', 'Waarom neem ik het werk over, en wat doet dat met de eigen regie van de klant?'),
 ('Boze klant aan de telefoon', 'Een klant belde woedend omdat hij vond dat ik zijn verhaal verkeerd in de rapportage had gezet. Ik reageerde verdedigend en het gesprek liep uit de hand.', 'Hoe blijf ik rustig en nieuwsgierig als ik persoonlijk word aangevallen?'),
 ('Twijfel aan de motivatie', 'Een klant gaf aan te willen werken, maar schoof iedere sollicitatie voor zich uit. Ik merkte bij mezelf irritatie en begon strengere afspraken te maken.', 'Wat zegt mijn irritatie over mijn eigen verwachtingen?'),
 ('Taalbarrière in het traject', 'Met een Syrische klant verliepen gesprekken moeizaam; ik wist nooit zeker of hij me begreep. Ik voelde me onzeker over mijn eigen aanpak.', 'Hoe check ik begrip zonder de klant te kleineren?'),
 ('Grens in de relatie', 'Een klant appte mij in het weekend met persoonlijke problemen. Ik antwoordde steeds, omdat ik bang was het contact te verliezen.', 'Hoe stel ik een grens en houd ik toch de relatie goed?'),
 ('Tegenvallend eindresultaat', 'Na een traject van negen maanden vond de klant geen werk. Ik voelde me verantwoordelijk en twijfelde aan mijn eigen kwaliteit.', 'Hoe beoordeel ik mijn eigen rol eerlijk, los van het resultaat?'),
 ('Psychische klachten en schaamte', 'Een klant verzweeg lang dat hij onder behandeling was bij de GGZ. Toen het uitkwam, voelde ik me buitengesloten en twijfelde ik aan ons vertrouwen.', 'Wat heb ik zelf gedaan waardoor hij het niet eerder durfde te vertellen?'),
 ('Collega die het traject overdraagt', 'Ik nam een dossier over van een vertrokken collega. De klant vergeleek mij voortdurend met haar en ik ging me daardoor anders gedragen.', 'Hoe sta ik in mijn eigen kracht bij een overgenomen traject?'),
 ('Plaatsing onder niveau', 'Een hbo-opgeleide klant kon alleen een functie op mbo-niveau krijgen. Ik twijfelde of ik hem dat moest aanraden en stelde het gesprek steeds uit.', 'Waarom stel ik moeilijke gesprekken uit?'),
 ('Klant met veel klachten over de werkgever', 'In elk gesprek ging het over wat de werkgever fout had gedaan. Ik merkte dat ik meeging in het verhaal en het plan niet meer besprak.', 'Hoe breng ik het gesprek terug naar wat de klant zelf kan doen?'),
]
CASUISTIEK_003 = ['Toetsing dossier tweede spoor (ingebracht door collega R.)',
 'Werknemer, 58 jaar, ziek sinds februari 2024, re-integratie tweede spoor. Collega R. bracht het dossier in om te toetsen of alle stappen volgens de Wet verbetering poortwachter zijn gezet voordat de WIA-aanvraag wordt ingediend.',
 'De groep liep het dossier langs aan de hand van de checklist van UWV: probleemanalyse aanwezig, plan van aanpak binnen acht weken opgesteld, eerstejaarsevaluatie ontbreekt nog. Het tweede spoor is in week 54 gestart; volgens de werkwijzer had dat eerder gemoeten.',
 'Ik heb de wettelijke termijnen opgezocht en naast de data in het dossier gelegd.',
 'Is de procedure juist gevolgd? Welke stukken ontbreken nog voor de RIV-toets?',
 'Het dossier moet worden aangevuld met de eerstejaarsevaluatie en het arbeidsdeskundig rapport.',
 'Volgens de regels had het tweede spoor uiterlijk in week 52 moeten starten. Dat is niet gebeurd, dus er is een risico op een loonsanctie.',
 'Collega R. vraagt de ontbrekende stukken op bij de werkgever en zet de termijnen in het registratiesysteem.']

def intv_head(style_hint, d, nr, group, method, inbrenger, name, place='Werkwaarts, Groningen'):
    if style_hint == 0:
        return [('title', f'Intervisieverslag {nr}'), ('kv', [('Datum bijeenkomst:', dlong(d)), ('Naam:', name), ('Groep:', group), ('Methode:', method), ('Casusinbrenger:', inbrenger)])]
    if style_hint == 1:
        return [('title', 'Verslag intervisiemoment'), ('grid', [['Datum', dnum(d), 'Methode', method], ['Deelnemer', name, 'Inbrenger', inbrenger]], 'none', [28, 55, 28, 55])]
    if style_hint == 2:
        return [('p', f'INTERVISIE – {group}'), ('p', f'{dshort(d)} · {place}'), ('p', f'Opgesteld door: {name} | methode: {method} | casus van: {inbrenger}')]
    return [('title', f'Intervisie {dnum(d)}'), ('kv2', [('Verslaglegger', name), ('Werkvorm', method), ('Wiens casus?', inbrenger)])]

def finish_U1_003(cid, name, app, emp, periods, acts):
    acts[6]['kind'] = 'webinar'
    st = ['grid', 'stack', 'acro', 'docxinline', 'gridtop', 'jpg', 'inline', 'grid', 'scanpdf', 'docx', 'inline', 'stack']
    fnames = ['vakontwikkeling/01 opgave congres 2022.pdf', 'vakontwikkeling/02_opgave_MGV.pdf', 'vakontwikkeling/opgaveformulier_elearning_poortwachter.pdf',
              'vakontwikkeling/04 vakoverleg juni 2023.docx', 'vakontwikkeling/05_opgave_schulden.pdf', 'vakontwikkeling/IMG_20240313_091144.jpg',
              'vakontwikkeling/07_opgave_webinar_inclusief.pdf', 'vakontwikkeling/08_opgave_congres_PN2025.pdf', 'vakontwikkeling/scan0011.pdf',
              'vakontwikkeling/10 opgave arbeidsrecht.docx', 'vakontwikkeling/11_opgave_vakoverleg_feb26.pdf', 'vakontwikkeling/12_opgave_AVG.pdf']
    for i, a in enumerate(acts):
        make_form(cid, fnames[i], a, st[i], name, 100 + i)
    team = [('Mirjam Bosscha', emp), ('Gert-Jan Smit', emp), ('Fenna Bakker', emp), ('Youssef el Idrissi', emp), ('Lotte Vos', emp), ('Ria Kuipers', emp)]
    acts[5]['list'] = team; acts[5]['clock'] = '13.30 – 16.00 uur'; acts[5]['lead'] = 'P. Hoogeveen, teamleider'
    acts[4]['letterdate'] = D('2023-11-20')
    acts[7]['prog'] = '5u15 (10.00–16.15 uur, minus 1 uur lunch en pauzes)'
    pr = [('bewijzen/bevestiging_congres_2022.pdf', 'congres', 5.25), ('bewijzen/certificaat MGV.pdf', 'centred', 3.5),
          ('bewijzen/LeerPlein_certificaat_poortwachter.pdf', 'elearn', 2.5), ('bewijzen/IMG_20230622_080312.jpg', 'teamlead', 3.0),
          ('bewijzen/document(2).pdf', 'letter', 6.0), ('bewijzen/scan0012.pdf', 'scanlist', 2.5),
          ('bewijzen/mail WerkAcademie bevestiging.pdf', 'email', 3.0), ('bewijzen/aanwezigheid_congres_PN2025.pdf', 'congres', 5.25),
          ('bewijzen/certificaat oplossingsgericht.pdf', 'centred', 4.0), ('bewijzen/bewijs_arbeidsrecht_BRN.pdf', 'labelled', 7.0),
          ('bewijzen/verklaring_vakoverleg_feb2026.docx', 'teamlead', 3.0), ('bewijzen/LeerPlein_AVG.pdf', 'elearn', 4.0)]
    for i, (rel, t, dur) in enumerate(pr):
        make_proof(cid, 'vakontwikkeling/' + rel, acts[i], t, name, 200 + i, dur=dur, mailed=acts[i]['date'] + dt.timedelta(days=1) if t == 'email' else None)
    # overview xlsx
    rows = []
    for i, a in enumerate(acts):
        rows.append([i + 1, a['date'], a['title'], a['org'], a['kind'], (a['A']) / 60, a['B'] / 60, (a['A'] + a['B']) / 60, pe_of(a)])
    claimed = sum(r[8] for r in rows)
    p = reg(cid, 'Overzicht vakontwikkeling 2022-2026.xlsx', 'overzicht_vakontwikkeling', '*', [('activities', str(len(rows))), ('pe_claimed', f2(claimed))])
    wb, ws = write_xlsx(p, [['Overzicht vakontwikkeling (bijlage 3) – Mirjam Bosscha'], ['Periode: mei 2022 t/m mei 2026'], []],
                        ['Nr', 'Datum', 'Activiteit', 'Organisator', 'Soort', 'Uren aanwezig (A)', 'Uren voorbereiding (B)', 'Totaal uren (C)', 'PE-punten'], rows,
                        [5, 12, 48, 34, 12, 10, 10, 10, 10])
    for r in range(5, 5 + len(rows)): ws.cell(r, 2).number_format = 'DD-MM-YYYY'
    ws.append([]); ws.append(['', '', 'Totaal', '', '', '', '', '', claimed])
    wb.save(p)
    # intervisions
    dates = [D(x) for x in ['2022-06-14', '2022-09-20', '2022-12-13', '2023-03-14', '2023-06-13', '2023-10-10', '2024-01-16',
                            '2024-04-16', '2024-09-17', '2025-01-14', '2025-06-10', '2025-11-11']]
    methods = ['incidentmethode', 'Balint (10 stappen)', 'vijfstappenmethode', 'roddelmethode']
    inbr = ['ikzelf'] * 6
    styles_ = [('plain', 'pdf'), ('vraag', 'pdf'), ('num', 'docx'), ('grid', 'pdf'), ('prose', 'pdf'), ('caps', 'jpg'),
               ('letter', 'pdf'), ('vraag', 'docx'), ('grid', 'scanpdf'), ('num', 'pdf'), ('prose', 'docx'), ('plain', 'pdf')]
    names = ['intervisie/2022-06 intervisie.pdf', 'intervisie/verslag_intervisie_sept2022.pdf', 'intervisie/intervisie 13-12-2022.docx', 'intervisie/iv_2023_03.pdf',
             'intervisie/intervisieverslag juni 2023.pdf', 'intervisie/IMG_20231011_193204.jpg', 'intervisie/verslag_iv_jan24.pdf', 'intervisie/intervisie april 2024.docx',
             'intervisie/scan0017.pdf', 'intervisie/intervisie_2025-01.pdf', 'intervisie/Intervisie juni 2025 - Mirjam.docx', 'intervisie/iv_nov2025.pdf']
    reports = []
    def render_report(rel, style, med, blocks, seed):
        p = os.path.join(COH, cid, rel)
        if med == 'pdf': render_pdf(p, blocks)
        elif med == 'docx': render_docx(p, blocks)
        elif med == 'jpg': save_jpg(p, blocks, seed)
        elif med == 'scanpdf': save_scanpdf(p, blocks, seed)
    for i, c in enumerate(CASUS_003):
        secs = intv_sections(c, i, 0)
        head = intv_head(i % 4, dates[i], i + 1, 'Intervisiegroep Werkwaarts', methods[i % 4], 'ikzelf (M. Bosscha)' if inbr[i % 6] == 'ikzelf' else inbr[i % 6], name)
        head.append(('p', 'Onderwerp: ' + c[0]))
        bl = intv_blocks(styles_[i][0], head, secs)
        reg(cid, names[i], 'intervisieverslag', '*', [('date', dates[i].isoformat()), ('missing_sections', '')])
        render_report(names[i], *styles_[i], bl, 300 + i)
        reports.append(dict(rel=f'{cid}/{names[i]}', verdict='intervisie', counted=True, blocks=bl))
    # casuistiek report
    cd = D('2024-06-11'); rel = 'intervisie/intervisie juni 2024.pdf'
    head = intv_head(0, cd, 'juni 2024', 'Intervisiegroep Werkwaarts', 'casusbespreking', 'Remco (collega R.)', name)
    bl = head + [x for hd, tx in zip(HEADSETS['plain'], CASUISTIEK_003[1:]) for x in (('h', hd), ('p', tx))]
    reg(cid, rel, 'intervisieverslag', '*', [('date', cd.isoformat()), ('missing_sections', '')])
    render_pdf(os.path.join(COH, cid, rel), bl)
    reports.append(dict(rel=f'{cid}/{rel}', verdict='casuistiek', counted=False))
    # duplicate: report 3 (2023-03-14, grid) again, as a phone photo
    rel = 'intervisie/IMG_20230315_211907.jpg'
    reg(cid, rel, 'intervisieverslag', '*', [('date', dates[3].isoformat()), ('missing_sections', '')])
    save_jpg(os.path.join(COH, cid, rel), reports[3]['blocks'], 399)
    reports.append(dict(rel=f'{cid}/{rel}', verdict='intervisie', counted=False))
    findings = [('PE-OUT-OF-PERIOD', acts[0]['form']), ('INT-CASUISTIEK', f'{cid}/intervisie/intervisie juni 2024.pdf'),
                ('INT-DUPLICATE', f'{cid}/{rel}')]
    ALLOW.append((cid, 'INT-DUPLICATE', reports[3]['rel']))
    ALLOW.append((cid, 'INT-SECTIONS', f'{cid}/intervisie/intervisie juni 2024.pdf'))
    for a in acts:
        if (a['A'] + a['B']) / 120 > 4: ALLOW.append((cid, 'PE-ACTIVITY-CAP', a['form']))
    ALLOW.append((cid, 'PE-MISMATCH', acts[0]['form']))
    return assess(cid, 'rib', app, periods, 36, acts, reports, findings, claimed)

# ================================================================= U1-004  Ruben Kloosterman (rccm, aanvulling)
RCCM = [
 ('Informeren', [
   ('Een werkgever wist niet welke stappen in het eerste ziektejaar verplicht zijn.', 'Ik heb een tijdlijn op één pagina gemaakt en die in een kort overleg toegelicht.', 'De werkgever leverde het plan van aanpak op tijd aan.'),
   ('Een werknemer was bang dat hij zijn baan zou verliezen.', 'Ik heb rustig uitgelegd wat de loondoorbetaling inhoudt en wat zijn rechten zijn.', 'Hij durfde daarna open te praten over zijn klachten.')],
  'heldere taal gebruiken', 'tijdig informatie geven', 'ik geef soms te veel informatie tegelijk'),
 ('Verbinden', [
   ('Leidinggevende en werknemer spraken na een conflict niet meer met elkaar.', 'Ik heb beiden apart gesproken en daarna een gesprek op neutraal terrein begeleid.', 'Er kwamen nieuwe werkafspraken en de werknemer startte met opbouw.'),
   ('De bedrijfsarts en de huisarts gaven verschillende adviezen.', 'Ik heb met toestemming van de werknemer de vragen gebundeld en aan beide voorgelegd.', 'Er kwam één afgestemd advies.')],
  'vertrouwen winnen bij beide partijen', 'rust brengen in gespannen situaties', 'ik neem te weinig tijd om na afloop te evalueren'),
 ('Regisseren', [
   ('Een dossier met vijf betrokken partijen liep vast.', 'Ik heb een actielijst met eigenaars en data gemaakt en iedere twee weken bewaakt.', 'Alle acties werden binnen zes weken afgerond.'),
   ('Een werkgever vergat herhaaldelijk de evaluatiemomenten.', 'Ik heb de momenten in zijn agenda gezet en vooraf een korte vragenlijst gestuurd.', 'De evaluaties vonden daarna steeds op tijd plaats.')],
  'overzicht houden', 'afspraken bewaken', 'ik moet vaker delegeren in plaats van zelf te controleren'),
 ('Schadelast beheersen', [
   ('Een langdurig verzuimdossier dreigde een loonsanctie op te leveren.', 'Ik heb het dossier volledig doorgelicht en ontbrekende stappen direct ingepland.', 'De RIV-toets werd zonder opmerkingen afgerond.')],
  'oog voor kosten en risico’s', 'tijdig escaleren', 'ik mag de financiële gevolgen eerder met de werkgever bespreken'),
 ('Analyseren', [
   ('Het verzuim op één afdeling was in een jaar verdubbeld.', 'Ik heb de verzuimcijfers per team geanalyseerd en gesprekken gevoerd met drie werknemers.', 'Werkdruk door een reorganisatie bleek de oorzaak; de afdeling kreeg extra ondersteuning.'),
   ('Een werknemer meldde zich steeds kort ziek op maandag.', 'Ik heb het patroon in kaart gebracht en een open gesprek voorbereid.', 'Er bleek een mantelzorgsituatie te spelen; er kwam een roosteraanpassing.')],
  'patronen zien in cijfers', 'doorvragen naar oorzaken', 'ik trek soms te snel een conclusie'),
 ('Signaleren', [
   ('Een werknemer leek tijdens gesprekken steeds afweziger.', 'Ik heb mijn zorg benoemd en gevraagd wat er speelde.', 'Hij vertelde over beginnende depressieve klachten en kreeg snel hulp.'),
   ('Ik zag dat een leidinggevende in drie dossiers dezelfde fouten maakte.', 'Ik heb dit met HR besproken en een korte instructie voorgesteld.', 'De leidinggevende volgde een training verzuimgesprekken.')],
  'alert zijn op kleine veranderingen', 'signalen bespreekbaar maken', 'ik wacht soms te lang met het delen van een vermoeden'),
 ('Adviseren', [
   ('Een werkgever overwoog een werknemer te ontslaan tijdens ziekte.', 'Ik heb de juridische risico’s en alternatieven op een rij gezet.', 'De werkgever koos voor een tweedespoortraject.'),
   ('Een werknemer twijfelde over een aangepaste functie.', 'Ik heb samen met hem voor- en nadelen op papier gezet.', 'Hij accepteerde de functie en werkt daar nog steeds.')],
  'onderbouwd en eerlijk advies geven', 'advies afstemmen op de situatie van de werkgever', 'ik formuleer mijn advies soms te voorzichtig'),
 ('Onderhouden vakmanschap', [
   ('De wetgeving rond loondoorbetaling veranderde.', 'Ik heb een e-learning gevolgd en de wijzigingen in ons team gepresenteerd.', 'Ons team werkt met een bijgewerkte checklist.'),
   ('Ik merkte dat ik weinig wist van psychische klachten.', 'Ik heb een cursus gevolgd en intervisie gebruikt om casussen te bespreken.', 'Ik voel me zekerder in gesprekken over psychische klachten.')],
  'leergierig blijven', 'kennis delen in het team', 'ik lees vakliteratuur niet structureel'),
]
CASUS_004 = [
 ('Werknemer die niet wil praten', 'Een productiemedewerker met rugklachten weigerde na zes weken nog steeds een gesprek met mij. Ik voelde me afgewezen en ging steeds formelere brieven sturen.', 'Hoe maak ik contact zonder mijn positie als casemanager te misbruiken?'),
 ('Leidinggevende die te hard duwt', 'Een teamleider wilde dat zijn medewerker binnen twee weken volledig terug was. Ik ging daar te snel in mee en voelde me daarna schuldig tegenover de werknemer.', 'Waarom ben ik zo gevoelig voor druk van leidinggevenden?'),
 ('Conflict vermomd als ziekte', 'Na een functioneringsgesprek meldde een werkneemster zich ziek. Ik merkte dat ik partij koos voor de werkgever.', 'Hoe blijf ik neutraal als ik zelf al een mening heb?'),
 ('Mijn eigen werkdruk', 'Ik had 65 lopende dossiers en maakte fouten in termijnen. In de intervisie bracht ik in dat ik me schaamde om hulp te vragen.', 'Wat houdt mij tegen om grenzen aan te geven?'),
 ('Rouw en werkhervatting', 'Een werknemer verloor zijn partner en kwam na drie maanden nog niet terug. Ik wist niet hoe ik het onderwerp werk kon aansluiten bij zijn verdriet.', 'Hoe combineer ik empathie met mijn opdracht om re-integratie te bevorderen?'),
 ('Tegenstrijdige adviezen', 'De bedrijfsarts adviseerde opbouw, de behandelaar rust. Ik voelde me klem zitten en stelde beslissingen uit.', 'Hoe neem ik regie als deskundigen het oneens zijn?'),
 ('Agressie in het gesprek', 'Een werknemer werd boos en sloeg met zijn hand op tafel. Ik bleef praten alsof er niets gebeurde en voelde me daarna onveilig.', 'Hoe zorg ik voor mijn eigen veiligheid zonder het contact te verbreken?'),
 ('Frauduleus vermoeden', 'Een collega zag een zieke werknemer op een bouwplaats werken. Ik merkte dat ik meteen een oordeel had en het gesprek wilde ingaan als een verhoor.', 'Hoe houd ik mijn vooroordeel buiten het gesprek?'),
 ('Werkgever wil geen tweede spoor', 'Een kleine werkgever vond een tweedespoortraject zonde van het geld. Ik merkte dat ik me ergerde en niet meer goed luisterde naar zijn zorgen.', 'Hoe adviseer ik overtuigend zonder te drammen?'),
 ('Jonge werknemer met burn-out', 'Een 26-jarige werkneemster had een burn-out en voelde zich mislukt. Ik herkende veel van mezelf en merkte dat ik te persoonlijk werd.', 'Waar ligt de grens tussen betrokkenheid en overidentificatie?'),
 ('Taalbarrière en wantrouwen', 'Een Poolse werknemer begreep de brieven niet en wantrouwde de werkgever. Ik voelde me machteloos omdat ik geen tolk kon regelen.', 'Wat kan ik zelf doen om vertrouwen op te bouwen als taal een drempel is?'),
 ('Dossier van een collega', 'Ik nam een dossier over waarin veel was misgegaan. Ik ging de fouten van mijn collega herstellen en vergat de werknemer zelf te vragen wat hij nodig had.', 'Waarom richt ik me eerst op het dossier en pas daarna op de mens?'),
 ('Afronding na twee jaar', 'Een dossier ging naar de WIA. De werknemer was boos en vond dat ik te weinig had gedaan. Ik twijfelde aan mezelf.', 'Hoe ga ik om met verwijten aan het einde van een traject?'),
]

def valid_bsn(prefix):
    for last in range(10):
        for mid in range(100):
            s = prefix + f'{mid:02d}' + str(last)
            d = [int(c) for c in s]
            if (sum(w * x for w, x in zip([9, 8, 7, 6, 5, 4, 3, 2], d[:8])) - d[8]) % 11 == 0: return s

def build_U1_004():
    cid = 'U1-004'; name = 'Ruben Kloosterman'; app = D('2026-09-21'); emp = 'Arbo & Regie Drenthe B.V.'
    COHORT_ROWS.append((cid, name, 'rccm', app.isoformat()))
    bsn = valid_bsn('318204')
    # aanvraag: filled AcroForm with typed signature field
    p = reg(cid, 'aanvraag/Aanvraagformulier_ingevuld.pdf', 'aanvraagformulier', 'form', [('candidate_name', name), ('application_date', app.isoformat())])
    acro_form(p, 'Aanvraagformulier hercertificering Register Casemanager (Rccm)',
              ['Stuur dit formulier digitaal ingevuld mee met uw dossier.', 'Velden met * zijn verplicht.'],
              [('naam', 'Naam*', name, 80), ('geboortedatum', 'Geboortedatum*', '14-02-1979', 40), ('bsn', 'BSN', bsn, 40),
               ('adres', 'Adres*', 'Brink 7, 9401 HS Assen', 80), ('register', 'Registernummer', 'Rccm 2014-1187', 50),
               ('functie', 'Huidige functie*', 'casemanager verzuim', 80), ('werkgever', 'Werkgever', emp, 80),
               ('datum', 'Datum aanvraag*', dnum(app), 40)],
              sigfield=('handtekening', 'Handtekening (typ uw naam)*', 'R. Kloosterman'),
              footer=['Met het indienen verklaar ik dat alle gegevens naar waarheid zijn ingevuld.'])
    ALLOW.append((cid, 'PRIVACY-BSN', f'{cid}/aanvraag/Aanvraagformulier_ingevuld.pdf'))
    # overeenkomst: phone photo
    p = reg(cid, 'IMG_20260919_142233.jpg', 'certificatieovereenkomst', 'visual', [])
    save_jpg(p, [('title', 'Certificatieovereenkomst Rccm'),
        ('p', 'Partijen: de certificerende instelling en de heer R. Kloosterman (hierna: de geregistreerde).'),
        ('p', '1. De geregistreerde verzoekt om hercertificering en levert daartoe een volledig dossier aan.'),
        ('p', '2. De instelling beoordeelt het dossier aan de hand van het geldende reglement en kan aanvullende stukken opvragen.'),
        ('p', '3. De geregistreerde houdt zich aan de beroepscode en meldt klachten of tuchtrechtelijke uitspraken.'),
        ('p', '4. Bij ondertekening gaat de geregistreerde akkoord met de tarieven en de verwerking van zijn gegevens voor het register.'),
        ('space', 6), ('kv', [('Datum', dnum(D('2026-09-19'))), ('Naam', name)]),
        ('sig', 'Ondertekening geregistreerde', None, 4002, True)], 41)
    # werkverklaring: letter, one sentence, scanned
    periods = [(D('2021-03-01'), None, 30)]
    p = reg(cid, 'werk/scan_werkgeversverklaring.pdf', 'werkverklaring', 'visual',
            [('role', 'casemanager'), ('period1_start', '2021-03-01'), ('period1_end', ''), ('period1_hours_per_week', '30'),
             ('period1_role', 'casemanager'), ('fulltime_hours', '38')])
    save_scanpdf(p, [('p', emp.upper() + '\nVaart N.Z. 23 · 9401 GL Assen'), ('space', 10), ('p', 'Assen, 2 september 2026'),
        ('p', 'Betreft: werkgeversverklaring ten behoeve van hercertificering'), ('space', 4), ('p', 'Aan wie het aangaat,'),
        ('p', 'Hierbij verklaren wij dat de heer Ruben Kloosterman, geboren 14 februari 1979, sinds 1 maart 2021 onafgebroken bij ons in dienst is als casemanager verzuim voor 30 uur per week, bij een volledige werkweek in onze organisatie van 38 uur.'),
        ('p', 'Het dienstverband is voor onbepaalde tijd en is niet opgezegd. In zijn functie voert hij de regie over verzuim- en re-integratiedossiers van onze aangesloten werkgevers.'),
        ('p', 'Met vriendelijke groet,'),
        ('sig', '', 'Anouk Veldman, manager bedrijfsvoering', 4003, True)], 42)
    # ervaringsverklaring: docx, STARR in two-column table, unsigned, one competency with one example
    bl = [('title', 'Ervaringsverklaring'), ('grid', [['Naam', name], ['Functie', 'Casemanager verzuim'], ['Organisatie', emp]], 'left')]
    k = 0
    for comp, exs, s1, s2, dv in RCCM:
        bl.append(('h', 'Kerncompetentie: ' + comp.lower()))
        for n, (S, Ac, R) in enumerate(exs, 1):
            bl.append(('grid', [['Voorbeeld ' + str(n), ''], ['S – situatie', S], ['T – taak', TAAK[(k + 1) % 3].format(x=TAAKX[(k + 3) % 8])],
                                ['A – activiteiten', Ac], ['R – resultaat', R], ['R – reflectie', REFL[(k + 5) % 8]]], 'left'))
            k += 1
        bl.append(('grid', [['Sterk punt 1', s1[0].upper() + s1[1:]], ['Sterk punt 2', s2[0].upper() + s2[1:]], ['Ontwikkelpunt', dv[0].upper() + dv[1:]]], 'left'))
    bl += [('h', 'Ondertekening leidinggevende'), ('kv', [('Naam:', 'A. Veldman'), ('Functie:', 'manager bedrijfsvoering'), ('Datum:', '')]),
           ('sig', 'Handtekening:', None, 0, False)]
    p = reg(cid, 'Ervaringsverklaring RK 2026.docx', 'ervaringsverklaring', 'none', [('incomplete_competencies', 'schadelast beheersen')])
    render_docx(p, bl)
    A = lambda h, m=0: h*60 + m
    acts = [
     dict(date=D('2022-11-17'), title='Congres Casemanagement & Verzuim 2022', org='Beroepsvereniging Casemanagers Noord', kind='congres', A=A(5, 15), B=A(0, 45), At='5u15', Bt='0u45'),
     dict(date=D('2023-03-09'), title='Update Wet verbetering poortwachter', org='VerzuimAcademie Online', kind='e-learning', A=120, B=60, At='120 min', Bt='60 min'),
     dict(date=D('2023-06-13'), title='Regie voeren in complexe verzuimdossiers', org='Regiohuis Casemanagement', kind='workshop', A=A(4), B=A(1), At='dagdeel', Bt='1 uur', unreadable=True, form_pe='2'),
     dict(date=D('2023-10-05'), title='Psychische klachten en werkhervatting', org='Beroepsvereniging Casemanagers Noord', kind='cursus', A=A(6), B=A(3), At='6 uur', Bt='3 uur'),
     dict(date=D('2024-01-18'), title='Vakoverleg casemanagers: termijnen en RIV-toets', org=emp, kind='vakoverleg', A=A(3), B=A(1), At='3', Bt='1'),
     dict(date=D('2024-05-30'), title='Webinar long covid en belastbaarheid', org='VerzuimAcademie Online', kind='webinar', A=A(1, 30), B=30, At='1 uur en 30 minuten', Bt='30 minuten'),
     dict(date=D('2024-10-10'), title='Gespreksvoering bij arbeidsconflicten', org='Trainingsbureau De Kanteling', kind='workshop', A=A(3, 30), B=A(2, 30), At='09.00–12.30 uur', Bt='2½'),
     dict(date=D('2025-02-06'), title='Arbeidsrecht update 2025 voor casemanagers', org='Beroepsvereniging Casemanagers Noord', kind='cursus', A=A(7), B=A(3), At='7', Bt='3'),
     dict(date=D('2025-06-19'), title='Nationaal Verzuimcongres 2025', org='Stichting Verzuimcongres', kind='congres', A=A(5), B=A(3), At='5 uur', Bt='3 uur'),
     dict(date=D('2026-03-26'), title='Re-integratie van oudere werknemers (e-learning)', org='WerkAcademie.online', kind='e-learning', A=240, B=120, At='4:00', Bt='2:00'),
    ]
    st = ['stack', 'grid', 'inline', 'gridtop', 'jpg', 'docx', 'inline', 'scanpdf', 'grid', 'stack']
    fn = ['PE/opgave 1 congres nov22.pdf', 'PE/opgave2_elearning_WVP.pdf', 'PE/opgave3-workshop-regie.pdf', 'PE/opgaveformulier psychische klachten.pdf',
          'PE/IMG_20240119_082015.jpg', 'PE/opgave webinar long covid.docx', 'PE/opgave7_gespreksvoering.pdf', 'PE/scan0007.pdf',
          'PE/opgave_verzuimcongres2025.pdf', 'PE/opgave10 oudere werknemers.pdf']
    for i, a in enumerate(acts): make_form(cid, fn[i], a, st[i], name, 500 + i)
    acts[6]['list'] = [('R. Kloosterman', emp), ('J. Brouwer', 'Verzuimpunt Emmen'), ('S. Oosting', 'Zelfstandig casemanager'), ('M. de Graaf', 'Gemeente Assen'), ('T. Wiersma', emp)]
    acts[6]['clock'] = '09.00 – 12.30 uur'; acts[6]['lead'] = 'K. Jansen, trainer'
    acts[7]['letterdate'] = D('2025-02-27'); acts[8]['prog'] = '5 uur (10.00–16.00 uur, lunch van 12.30 tot 13.30 uur niet meegerekend)'
    acts[4]['lead'] = 'Hans Meijering, teamleider casemanagement'
    pr = [(0, 'PE/bewijs/congres2022_aanwezigheid.pdf', 'congres', 5.25, name), (1, 'PE/bewijs/certificaat_WVP.pdf', 'elearn', 2.0, name),
          (2, 'PE/bewijs/deelname regie workshop.pdf', 'centred', None, name), (3, 'PE/bewijs/IMG_20231006_101512.jpg', 'labelled', 6.0, name),
          (4, 'PE/bewijs/verklaring vakoverleg jan 2024.pdf', 'teamlead', 3.0, name), (6, 'PE/bewijs/scan0009.pdf', 'scanlist', 3.5, 'R. Kloosterman'),
          (7, 'PE/bewijs/document(1).pdf', 'letter', 7.0, name), (8, 'PE/bewijs/bevestiging verzuimcongres.pdf', 'congres', 5.0, name),
          (9, 'PE/bewijs/mail deelname oudere werknemers.pdf', 'email', 4.0, name)]
    for i, rel, t, dur, who in pr:
        make_proof(cid, rel, acts[i], t, name, 600 + i, dur=dur, participant=who, mailed=acts[i]['date'] + dt.timedelta(days=3) if t == 'email' else None)
    # overview: ods, clock notation, dates as text
    def clock(m): return f'{m // 60}:{m % 60:02d}'
    rows = []; claimed = 0.0
    for a in acts:
        pe = 2.0 if a.get('unreadable') else pe_of(a); claimed += pe
        rows.append([dnum(a['date']), a['title'], a['org'], a['kind'], 'dagdeel' if a.get('unreadable') else clock(a['A']), clock(a['B']),
                     '' if a.get('unreadable') else clock(a['A'] + a['B']), pe])
    p = reg(cid, 'PE/overzicht_PE_Kloosterman.ods', 'overzicht_vakontwikkeling', '*', [('activities', str(len(rows))), ('pe_claimed', f2(claimed))])
    write_ods(p, [['Overzicht vakontwikkeling hercertificering – R. Kloosterman'], []],
              ['datum', 'omschrijving', 'aanbieder', 'soort', 'aanwezig (u:mm)', 'voorbereiding (u:mm)', 'totaal (u:mm)', 'PE'], rows)
    # intervisions
    dates = [D(x) for x in ['2022-10-11', '2023-01-24', '2023-04-18', '2023-07-04', '2023-10-17', '2024-01-30', '2024-04-23',
                            '2024-09-10', '2024-12-03', '2025-03-11', '2025-06-24', '2025-11-04', '2026-05-19']]
    styles_ = [('caps', 'pdf'), ('plain', 'docx'), ('letter', 'pdf'), ('grid', 'pdf'), ('num', 'pdf'), ('vraag', 'pdf'), ('prose', 'pdf'),
               ('grid', 'docx'), ('email', 'pdf'), ('plain', 'jpg'), ('letter', 'docx'), ('caps', 'pdf'), ('vraag', 'pdf')]
    names = ['intervisie/IV01_okt2022.pdf', 'intervisie/IV02 jan 2023.docx', 'intervisie/IV03_apr2023.pdf', 'intervisie/IV04_jul2023.pdf',
             'intervisie/IV05_okt2023.pdf', 'intervisie/IV06_jan2024.pdf', 'intervisie/verslag april 2024.pdf', 'intervisie/IV08_sept2024.docx',
             'intervisie/FW verslag intervisie 3 december.pdf', 'intervisie/IMG_20250312_213045.jpg', 'intervisie/IV11 juni 2025.docx',
             'intervisie/IV12_nov2025.pdf', 'intervisie/IV13_mei2026.pdf']
    group = 'Intervisiegroep casemanagers regio Noord (Beroepsvereniging)'
    methods = ['incidentmethode', 'Balint-methode (11 stappen)', 'vijfstappenmethode', 'roddelmethode']
    reports = []; findings = []
    for i, c in enumerate(CASUS_004):
        secs = intv_sections(c, i, 5); omit = 'leereffect' if i == 4 else None
        inb = 'ikzelf'
        if styles_[i][0] == 'email':
            sent = dates[i] + dt.timedelta(days=2)
            bl = [('kv', [('Van:', 'Ruben Kloosterman <r.kloosterman@arboregie.example.nl>'), ('Aan:', 'intervisie-noord@groepen.example.nl'),
                          ('Verzonden:', f'donderdag {dlong(sent)} 21:14'), ('Onderwerp:', f'verslag intervisie {dlong(dates[i])}')]),
                  ('p', 'Hoi allemaal,'),
                  ('p', f'Hierbij mijn verslag van onze bijeenkomst van dinsdag {dlong(dates[i])} (incidentmethode, casus van mijzelf). Ik houd de volgorde van ons formulier aan.')]
            bl = intv_blocks('prose', bl, secs) + [('p', 'Dank voor jullie openheid, tot de volgende keer!\nGroet, Ruben')]
        else:
            head = intv_head((i + 1) % 4, dates[i], i + 1, group, methods[i % 4], ['zelf', 'R. Kloosterman (ikzelf)', 'eigen casus'][i % 3], name, place='Assen')
            head.append(('p', 'Thema: ' + c[0]))
            bl = intv_blocks(styles_[i][0], head, secs, omit=omit)
        rel = names[i]
        reg(cid, rel, 'intervisieverslag', '*', [('date', dates[i].isoformat()), ('missing_sections', omit or '')])
        pth = os.path.join(COH, cid, rel); med = styles_[i][1]
        if med == 'pdf': render_pdf(pth, bl, font='DVS' if i % 2 else 'DV')
        elif med == 'docx': render_docx(pth, bl)
        elif med == 'jpg': save_jpg(pth, bl, 700 + i)
        reports.append(dict(rel=f'{cid}/{rel}', verdict='intervisie', counted=omit is None))
        if omit: findings.append(('INT-SECTIONS', f'{cid}/{rel}'))
    findings += [('PE-HOURS-UNREADABLE', acts[2]['form']), ('PE-NO-PROOF', acts[5]['form']),
                 ('SIG-MISSING', f'{cid}/Ervaringsverklaring RK 2026.docx'), ('EXP-COMPETENCY', f'{cid}/Ervaringsverklaring RK 2026.docx')]
    for a in acts:
        if (a['A'] + a['B']) / 120 > 4 and not a.get('unreadable'): ALLOW.append((cid, 'PE-ACTIVITY-CAP', a['form']))
    ALLOW.append((cid, 'PE-MISMATCH', acts[2]['form']))
    return assess(cid, 'rccm', app, periods, 38, acts, reports, findings, claimed)

def main():
    for d in (COH, TRU):
        if os.path.exists(d): shutil.rmtree(d)
    os.makedirs(COH); os.makedirs(TRU)
    r1 = finish_U1_003(*build_U1_003())
    r2 = build_U1_004()
    write_truth()
    print('U1-003', r1); print('U1-004', r2)

if __name__ == '__main__':
    main()
