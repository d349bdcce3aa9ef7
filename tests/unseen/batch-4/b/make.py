#!/usr/bin/env python3
"""Regenerates cohort/ and truth/ for batch-4/b (candidates U4-003, U4-004).
House style: large municipal re-integration department (sociale dienst)."""
import os, sys, shutil, random, csv, datetime as dt, io, math, subprocess, tempfile, glob

random.seed(4004)
BASE = os.path.dirname(os.path.abspath(__file__))
COH = os.path.join(BASE, 'cohort')
TR = os.path.join(BASE, 'truth')
for d in (COH, TR):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.pdfgen import canvas as rlcanvas
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = '/usr/share/fonts/truetype/dejavu/'
LD = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('SE', FD + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('SEB', FD + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LS', LD + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', LD + 'LiberationSans-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')
registerFontFamily('SE', normal='SE', bold='SEB', italic='SE', boldItalic='SEB')
registerFontFamily('LS', normal='LS', bold='LSB', italic='LS', boldItalic='LSB')

# ---------------------------------------------------------------- truth stores
DOCS, FIELDS, FIND, ALLOW, INTV = [], [], [], [], []
MEDIA = {}

def fld(cid, doc, field, value):
    FIELDS.append((cid, doc, field, '' if value is None else str(value)))

def docrow(cid, doc, dtype, sig):
    DOCS.append((cid, doc, dtype, sig))
    ext = doc.rsplit('.', 1)[-1].lower()
    MEDIA.setdefault(cid, []).append((doc, dtype, ext))

MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
          'september', 'oktober', 'november', 'december']
MSHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']

def D(s):
    return dt.date.fromisoformat(s)

def dlong(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"

def dnum(d, sep='-'):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"

def dshort(d):
    return f"{d.day} {MSHORT[d.month-1]}. {d.year}"

def ddag(d):
    return f"{DAYS[d.weekday()]} {dlong(d)}"

def fmt2(x):
    return f"{x:.2f}"

def nl(x):
    s = f"{x:.2f}".rstrip('0').rstrip('.')
    return s.replace('.', ',')

# ---------------------------------------------------------------- signatures
def sig_points(seed, w=150, h=40):
    r = random.Random(seed)
    pts = []
    x = 4
    n = r.randint(28, 40)
    for i in range(n):
        x += w / n * r.uniform(0.6, 1.4)
        y = h / 2 + math.sin(i * r.uniform(0.7, 1.5)) * h * 0.35 + r.uniform(-5, 5)
        pts.append((min(x, w - 2), max(2, min(h - 2, y))))
    return pts

class SigFlow(Flowable):
    """Signature area: label, optional pen strokes, dotted line, name below."""
    def __init__(self, label, signed, name='', seed=1, width=75 * mm, sub=''):
        super().__init__()
        self.label, self.signed, self.name, self.seed, self.w, self.sub = label, signed, name, seed, width, sub
        self.width, self.height = width, 30 * mm
    def draw(self):
        c = self.canv
        c.setFont('DV', 9)
        c.drawString(0, self.height - 9, self.label)
        base = 9 * mm
        c.setDash(1, 2)
        c.setStrokeColor(colors.black)
        c.line(0, base, self.w, base)
        c.setDash()
        if self.signed:
            c.setStrokeColor(colors.HexColor('#1a2a7a'))
            c.setLineWidth(1.3)
            pts = sig_points(self.seed)
            p = c.beginPath()
            p.moveTo(8 + pts[0][0], base + pts[0][1] * 0.45)
            for (x, y) in pts[1:]:
                p.lineTo(8 + x, base + y * 0.45)
            c.drawPath(p, stroke=1, fill=0)
            c.line(14, base + 2, 120, base + 6)
            c.setLineWidth(1)
            c.setStrokeColor(colors.black)
        c.setFont('DV', 8.5)
        if self.name:
            c.drawString(0, base - 11, self.name)
        if self.sub:
            c.drawString(0, base - 21, self.sub)

def sig_png(seed, path, w=420, h=120):
    img = Image.new('RGBA', (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(img)
    pts = [(x * w / 150, y * h / 40) for (x, y) in sig_points(seed)]
    dr.line(pts, fill=(25, 40, 120, 255), width=4, joint='curve')
    dr.line([(20, h - 25), (w * 0.7, h - 15)], fill=(25, 40, 120, 255), width=3)
    img.save(path)
    return path

# ---------------------------------------------------------------- PDF builder
def S(name, font='DV', size=9.5, lead=None, align=TA_LEFT, space=3, before=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          alignment=align, spaceAfter=space, spaceBefore=before)

ST = {
    'p': S('p'), 'ps': S('ps', size=8.5), 'h1': S('h1', 'DVB', 14, space=6),
    'h2': S('h2', 'DVB', 11, space=3, before=6), 'h3': S('h3', 'DVB', 9.5, space=2, before=4),
    'c': S('c', align=TA_CENTER, size=11), 'cb': S('cb', 'DVB', 18, align=TA_CENTER, space=8),
    'cs': S('cs', size=9, align=TA_CENTER), 'se': S('se', 'SE', 10.5, space=5),
    'seh': S('seh', 'SEB', 12, space=4, before=6), 'ls': S('ls', 'LS', 10.5, space=5),
    'lsh': S('lsh', 'LSB', 11, space=3, before=6),
}

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def P(t, st='p'):
    return Paragraph(t, ST[st] if isinstance(st, str) else st)

def grid(rows, widths, header=False, font='DV', size=8.8, shade_first_col=True, box=0.6):
    data = [[P(c if isinstance(c, str) else str(c), S('g', font, size, space=0)) if not isinstance(c, Flowable) else c for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    sty = ([('GRID', (0, 0), (-1, -1), box, colors.black)] if box else []) + [('VALIGN', (0, 0), (-1, -1), 'TOP'),
           ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]
    if header:
        sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9dee8')))
    if shade_first_col and not header:
        sty.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#eef0f4')))
    t.setStyle(TableStyle(sty))
    return t

def build_pdf(path, story, header=None, footer=None, margins=(20, 18, 20, 18)):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    def deco(c, d):
        c.saveState()
        if header:
            c.setFont('DVB', 8); c.setFillColor(colors.HexColor('#1f3b6e'))
            c.drawString(20 * mm, A4[1] - 11 * mm, header)
            c.setStrokeColor(colors.HexColor('#1f3b6e')); c.setLineWidth(1.5)
            c.line(20 * mm, A4[1] - 12.5 * mm, A4[0] - 20 * mm, A4[1] - 12.5 * mm)
        if footer:
            c.setFont('DV', 7); c.setFillColor(colors.grey)
            c.drawString(20 * mm, 9 * mm, footer)
            c.drawRightString(A4[0] - 20 * mm, 9 * mm, f"pagina {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins[0] * mm, topMargin=margins[1] * mm,
                            rightMargin=margins[2] * mm, bottomMargin=margins[3] * mm,
                            title='', author='', creator='', producer='')
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return path

def npages(path):
    from reportlab.lib.utils import open_and_read
    import re
    data = open(path, 'rb').read()
    return len(re.findall(rb'/Type\s*/Page[^s]', data))

# ---------------------------------------------------------------- scans/photos
def scanify(pdfpath, outpath, seed, kind='jpg', dpi=200, angle=None):
    """Render the PDF page(s) to images, tilt, shade, frame; write jpg (first page) or image-PDF."""
    r = random.Random(seed)
    tmp = tempfile.mkdtemp()
    subprocess.run(['pdftoppm', '-r', str(dpi), '-png', pdfpath, os.path.join(tmp, 'p')], check=True)
    pages = sorted(glob.glob(os.path.join(tmp, 'p*.png')))
    outs = []
    for pg in pages:
        im = Image.open(pg).convert('RGB')
        w, h = im.size
        # visible table border / desk around page
        pad = int(w * 0.06)
        bg = Image.new('RGB', (w + 2 * pad, h + 2 * pad), (92, 74, 58) if kind == 'jpg' else (205, 205, 200))
        # shadow
        sh = Image.new('L', bg.size, 0)
        ImageDraw.Draw(sh).rectangle([pad + 14, pad + 18, pad + w + 14, pad + h + 18], fill=150)
        sh = sh.filter(ImageFilter.GaussianBlur(14))
        bg.paste((40, 30, 25), (0, 0), sh)
        # paper tint + gradient
        grad = Image.new('L', (w, h))
        gd = ImageDraw.Draw(grad)
        for y in range(0, h, 4):
            v = int(255 - 38 * (y / h) ** 1.3)
            gd.rectangle([0, y, w, y + 4], fill=v)
        tint = Image.new('RGB', (w, h), (250, 246, 236))
        paper = Image.composite(im, Image.new('RGB', (w, h), (0, 0, 0)), Image.new('L', (w, h), 255))
        paper = Image.blend(paper, tint, 0.06)
        shade = Image.merge('RGB', (grad, grad, grad))
        from PIL import ImageChops
        paper = ImageChops.multiply(paper, shade)
        bg.paste(paper, (pad, pad))
        dr = ImageDraw.Draw(bg)
        dr.rectangle([pad - 2, pad - 2, pad + w + 2, pad + h + 2], outline=(30, 30, 30), width=3)
        a = angle if angle is not None else r.choice([-1, 1]) * r.uniform(1.0, 2.8)
        bg = bg.rotate(a, resample=Image.BICUBIC, expand=True, fillcolor=(80, 64, 50) if kind == 'jpg' else (190, 190, 185))
        if kind == 'jpg':
            bg = bg.filter(ImageFilter.GaussianBlur(0.5))
        outs.append(bg)
    os.makedirs(os.path.dirname(outpath), exist_ok=True)
    if kind == 'jpg':
        outs[0].save(outpath, 'JPEG', quality=72)
    else:
        outs[0].save(outpath, 'PDF', resolution=dpi, save_all=True, append_images=outs[1:])
    shutil.rmtree(tmp)
    return outpath

# ---------------------------------------------------------------- docx
import docx
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

def new_docx(font='Calibri', size=10):
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Mm(20); s.top_margin = s.bottom_margin = Mm(18)
    d.core_properties.author = ''
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    return d

def dx_table(d, rows, widths=None, bold_first=True, style='Table Grid'):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = ''
            run = cells[i].paragraphs[0].add_run(str(v))
            run.font.size = Pt(9)
            if bold_first and i == 0:
                run.bold = True
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Mm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Mm(w)
    return t

def dx_sig(d, label, signed, name, seed, sub=''):
    p = d.add_paragraph()
    p.add_run(label).bold = True
    if signed:
        tmp = os.path.join(tempfile.gettempdir(), f'sig_{seed}.png')
        sig_png(seed, tmp)
        d.add_picture(tmp, width=Mm(45))
    else:
        d.add_paragraph('')
    d.add_paragraph('.' * 60)
    d.add_paragraph(name + (('\n' + sub) if sub else ''))

def soffice_pdf(src, outpath):
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = glob.glob(os.path.join(tmp, '*.pdf'))[0]
    os.makedirs(os.path.dirname(outpath), exist_ok=True)
    shutil.move(produced, outpath)
    shutil.rmtree(tmp)
    return outpath

# ============================================================== candidates
C3 = dict(cid='U4-003', name='Ilse Marijke Terpstra', short='I.M. Terpstra', first='Ilse', scheme='rib',
          app=D('2026-04-20'), born='14-08-1981', street='Lindeboomsingel 47', city='7412 KV Zuiderveen',
          email='ilse.terpstra@mailbox-zv.nl', phone='06-41 27 58 93', certnr='RIB-2022-0417',
          employer='Gemeente Zuiderveen', dept='Sociaal Domein – Afdeling Werk & Participatie',
          team='Team Re-integratie Noord', boss='R.J. (Rob) Hazenberg', boss_title='teamleider Re-integratie Noord',
          po='mw. drs. S. Öztürk', po_title='senior adviseur P&O', last='Terpstra', start=D('2016-09-01'), hours=32)
C4 = dict(cid='U4-004', name='Samira Bouzian-de Wit', short='S. Bouzian-de Wit', first='Samira', scheme='rib',
          app=D('2026-09-15'), born='03-02-1986', street='Havenkade 12-B', city='8231 RT Oostervaart',
          email='s.bouzian@postvak-ov.nl', phone='06-19 83 40 62', certnr='RIB-2022-1130', bsn='249566758',
          employer='Gemeente Oostervaart', dept='Sociale Dienst – Cluster Werk', team='Team Werkfit',
          boss='M. (Marco) de Lange', boss_title='coördinator Team Werkfit',
          po='dhr. J.W. Kramer', po_title='hoofd afdeling P&O', last='Bouzian-de Wit')
for C in (C3, C4):
    C['ref_start'] = C['app'].replace(year=C['app'].year - 4)
    os.makedirs(os.path.join(COH, C['cid']), exist_ok=True)

def inper(C, d):
    return C['ref_start'] <= d <= C['app']

# Activities: A and B in minutes. 'a_txt'/'b_txt' = notation on the form; proof = style or None.
ACT3 = [
 dict(k=1, date='2022-06-14', title='Motiverende gespreksvoering in het re-integratietraject', kind='workshop',
      org='Kompasroos Academie', A=210, B=150, a_txt='09.30 – 13.30 uur (incl. 30 min. pauze)', b_txt='2½ uur',
      form='stack', proof='cert_center'),
 dict(k=2, date='2022-10-06', title='Landelijk Congres Participatie & Werk 2022', kind='congres',
      org='Platform Werkend Nederland', A=315, B=45, a_txt='5u15', b_txt='0,75', form='grid', proof='congres'),
 dict(k=3, date='2023-01-19', title='Wet verbetering poortwachter in de praktijk', kind='e-learning',
      org='e-Leerhuis Sociaal Domein', A=180, B=90, a_txt='180 min', b_txt='1,5 uur', form='acro', proof='elearn'),
 dict(k=4, date='2023-03-09', title='Vakoverleg re-integratie: Participatiewet en loonkostensubsidie', kind='vakoverleg',
      org='Gemeente Zuiderveen, Team Re-integratie Noord', A=150, B=30, a_txt='14.00–16.30 uur', b_txt='30 minuten',
      form='inline', proof='teamlead'),
 dict(k=5, date='2023-06-22', title='Arbeidsrecht voor re-integratieprofessionals', kind='cursus',
      org='Juridisch Opleidingshuis Van Rijn', A=360, B=120, a_txt='6 uur', b_txt='2 uur', form='docx', proof='letter'),
 dict(k=6, date='2023-11-02', title='Congres Inclusief Werkgeven – van intentie naar plaatsing', kind='congres',
      org='Stichting Inclusie Werkt', A=390, B=120, a_txt='6 uur en 30 minuten', b_txt='2 uur', form='stack',
      proof='congres'),
 dict(k=7, date='2024-02-15', title='Jobcarving en functiecreatie bij werkgevers', kind='webinar',
      org='Kennisnetwerk Werk & Inkomen', A=120, B=60, a_txt='2:00', b_txt='1:00', form='grid', proof='email'),
 dict(k=8, date='2024-09-26', title='Omgaan met agressie en escalatie in klantgesprekken', kind='workshop',
      org='Trainingsbureau De Kalme Kern', A=240, B=60, a_txt='4 uur', b_txt='1 uur', form='scan_stack',
      proof='cert_center'),
 dict(k=9, date='2025-03-13', title='Vakoverleg Werkgeversdienstverlening: casusoverstijgende lijnen', kind='vakoverleg',
      org='Gemeente Zuiderveen, Werkgeversservicepunt', A=210, B=90, a_txt='3,5 uur', b_txt='1,5 uur',
      form='inline', proof='attlist'),
 dict(k=10, date='2025-10-09', title='Oplossingsgericht coachen – verdiepingsdag', kind='training',
      org='Instituut voor Oplossingsgericht Werken', A=330, B=150, a_txt='09.00–15.00 uur, lunch 30 min', b_txt='2u30',
      form='acro', proof='cert_en'),
 dict(k=11, date='2026-01-22', title='Studiemiddag Participatiewet in balans: wat verandert er?', kind='studiemiddag',
      org='Vereniging Sociaal Juristen Oost', A=240, B=120, a_txt='13.00 – 17.00 uur', b_txt='2 uur', form='grid',
      proof='letter'),
 dict(k=12, date='2026-03-05', title='Themabijeenkomst schulden en werk', kind='themabijeenkomst',
      org='Schuldenwijzer Regio Zuiderveen', A=180, B=60, a_txt='3 uur', b_txt='1 uur', form='docx',
      proof='scan_cert'),
]
ACT4 = [
 dict(k=1, date='2022-11-17', title='Werken met de Participatieladder', kind='workshop',
      org='Bureau Trede & Co', A=180, B=60, a_txt='3 uur', b_txt='1 uur', form='grid4', proof='cert_en'),
 dict(k=2, date='2023-02-09', title='Vakoverleg Werk & Inkomen: beschut werk en indicatiestelling', kind='vakoverleg',
      org='Gemeente Oostervaart, Sociale Dienst', A=240, B=120, a_txt='09.00 – 13.00 uur', b_txt='2 uur',
      form='stack4', proof='teamlead'),
 dict(k=3, date='2023-05-25', title='Voorjaarscongres Sociaal Domein 2023', kind='congres',
      org='Congresbureau Lage Landen', A=330, B=90, a_txt='5 uur en 30 minuten', b_txt='1½ uur', form='grid4',
      proof='congres'),
 dict(k=4, date='2023-09-14', title='Vakoverleg: samenwerking met UWV Werkbedrijf in de regio', kind='vakoverleg',
      org='Gemeente Oostervaart, Sociale Dienst', A=240, B=120, a_txt='4,0', b_txt='2,0', form='docx4',
      proof='attlist'),
 dict(k=5, date='2023-12-07', title='Praktijkgericht rapporteren in het sociaal domein', kind='cursus',
      org='Schrijfhuis Noord', A=270, B=150, a_txt='4u30', b_txt='2u30', form='stack4', proof='cert_center'),
 dict(k=6, date='2024-03-21', title='Vakoverleg: loonwaardemeting en loonkostensubsidie', kind='vakoverleg',
      org='Gemeente Oostervaart, Sociale Dienst', A=240, B=120, a_txt='240 min', b_txt='120 min', form='scan_grid4',
      proof='teamlead'),
 dict(k=7, date='2024-06-13', title='Psychische kwetsbaarheid en werk', kind='workshop',
      org='GGZ Leerhuis Oostervaart', A=None, B=60, a_txt='1 dagdeel', b_txt='1 uur', form='stack4', proof='cert_center',
      claim_pe=2.0),
 dict(k=8, date='2024-10-03', title='Privacy en de AVG in het sociaal domein', kind='e-learning',
      org='e-Academie Publieke Dienst', A=150, B=30, a_txt='150 minuten', b_txt='30 minuten', form='acro4',
      proof='elearn'),
 dict(k=9, date='2025-01-30', title='Vakoverleg: jongeren zonder startkwalificatie', kind='vakoverleg',
      org='Gemeente Oostervaart, Sociale Dienst', A=240, B=120, a_txt='13.00–17.00 uur', b_txt='2 uur', form='grid4',
      proof='email'),
 dict(k=10, date='2025-04-17', title='Krachtgericht werken met laaggeletterde klanten', kind='training',
      org='Stichting Taal aan het Werk', A=360, B=120, a_txt='6 uur', b_txt='2 uur', form='docx4', proof=None),
 dict(k=11, date='2025-11-20', title='Symposium Werk als medicijn', kind='symposium',
      org='Netwerk Arbeid & Gezondheid Noord', A=300, B=60, a_txt='5:00', b_txt='1:00', form='stack4',
      proof='scan_letter'),
 dict(k=12, date='2026-05-28', title='Netwerken met werkgevers in de regio', kind='workshop',
      org='Regionaal Werkbedrijf Oostervaart e.o.', A=210, B=90, a_txt='3,5 uur', b_txt='1,5 uur', form='grid4',
      proof='cert_center'),
]
for L in (ACT3, ACT4):
    for a in L:
        a['d'] = D(a['date'])
        if a['A'] is not None:
            a['pe'] = min((a['A'] + a['B']) / 120.0, 4.0)
            a['pe_raw'] = (a['A'] + a['B']) / 120.0
        else:
            a['pe'] = None
        a.setdefault('claim_pe', a['pe'])

# ============================================================== intervision texts
# keys: date, method, bringer, casus, opm, bijdrage, leervraag, leereffect, afweging, acties
INT3 = [
 dict(date='2022-05-17', method='incidentmethode', bringer='Marloes (collega)',
  casus='Een klant van 54 jaar, al zes jaar in de bijstand, zegt bij elk gesprek dat hij "volgende maand" gaat solliciteren. Marloes merkt dat zij steeds meer het werk voor hem doet en zich daar geïrriteerd over voelt.',
  opm='De groep vroeg Marloes waarom zij de vacatures zelf opzoekt. Twee collega\'s herkenden het patroon van "overnemen" en vroegen wat haar irritatie haar vertelt over haar eigen verwachtingen.',
  bijdrage='Ik heb haar gevraagd wat er gebeurt als zij een keer niets voorbereidt. Ook heb ik verteld hoe ik zelf in een vergelijkbare situatie een afspraak op papier heb gezet waarin de klant de eerste stap zet.',
  leervraag='Hoe herken ik op tijd dat ik de verantwoordelijkheid van de klant overneem? Wat doet mijn eigen ongeduld met de relatie?',
  leereffect='Ik merk dat ik in mijn eigen caseload hetzelfde doe bij klanten die ik aardig vind. Ik ga bewuster benoemen wie welke stap zet en ik schrijf dat in het klantplan in de woorden van de klant.',
  afweging='Ik heb afgewogen of confronteren de relatie zou schaden. Mijn conclusie is dat een eerlijke spiegel na zes jaar meer respect toont dan nog een jaar meegaandheid.',
  acties='Ik zou het gesprek openen met mijn eigen observatie, de klant één concrete opdracht laten kiezen en na twee weken samen terugkijken in plaats van zelf na te bellen.'),
 dict(date='2022-09-20', method='roddelmethode', bringer='ikzelf',
  casus='Ik bracht een jonge moeder in die na een proefplaatsing bij een kinderopvang ineens niet meer kwam. Ik voelde me teleurgesteld omdat ik veel had geregeld met de werkgever en mijn naam daar ook aan verbonden was.',
  opm='Tijdens het "roddelen" zeiden collega\'s dat ik misschien harder voor de werkgever liep dan voor de klant. Een ander vroeg zich af of de klant wel ruimte had gekregen om twijfels te uiten.',
  bijdrage='Na de roddelronde heb ik uitgelegd welk beeld ik had van de klant en waar dat beeld op gebaseerd was. Ik heb eerlijk gezegd dat ik haar bij de start nauwelijks naar haar eigen wensen heb gevraagd.',
  leervraag='Hoe houd ik de balans tussen mijn relatie met werkgevers en het belang van de klant? Waarom raakt een afhaker mij zo persoonlijk?',
  leereffect='Ik plan voortaan vóór een plaatsing een apart gesprek waarin alleen de twijfels van de klant centraal staan. Ik schei mijn eigen reputatie bij werkgevers los van het succes van één traject.',
  afweging='Ik heb gewogen of ik de klant moest aanspreken op afspraken of eerst moest begrijpen wat er speelde. Begrijpen gaat nu voor; de afspraken komen daarna wel.',
  acties='Ik bel de klant zelf op een rustig moment, vraag naar haar ervaring en bespreek met de werkgever pas daarna wat er misging, zonder de klant te beschuldigen.'),
 dict(date='2023-01-24', method='vijfstappenmethode', bringer='Hans (collega)',
  casus='Hans begeleidt een man met forse schulden die elke afspraak met de werkcoach afzegt omdat hij bang is dat zijn uitkering wordt stopgezet. Hans voelt zich klem zitten tussen handhaven en vertrouwen opbouwen.',
  opm='De groep wees erop dat Hans al drie keer een waarschuwingsbrief had overwogen maar niet verstuurd. Collega\'s vroegen wat hem tegenhoudt en of hij zijn dubbele rol aan de klant heeft uitgelegd.',
  bijdrage='Ik heb mijn ervaring gedeeld met een "eerlijk-kaartgesprek" waarin ik beide petten benoem. Ook heb ik Hans gevraagd wat het ergste is dat kan gebeuren als hij open is over de gevolgen.',
  leervraag='Hoe benoem ik mijn controlerende rol zonder dat de samenwerking stukgaat? Hoe ga ik om met mijn eigen twijfel over sancties?',
  leereffect='Ik zie dat ik zelf ook soms vaag blijf over consequenties om de sfeer goed te houden. Ik ga in intakegesprekken standaard uitleggen wat ik moet doen als afspraken niet lukken.',
  afweging='Mijn afweging is dat duidelijkheid juist veiligheid geeft. Een klant die de regels kent, schrikt minder van een brief dan een klant die overvallen wordt.',
  acties='Ik zou samen met de klant de schuldhulp inschakelen, de angst voor stopzetting bespreekbaar maken en in één gesprek zowel steun als grenzen benoemen.'),
 dict(date='2023-04-18', method='Balintmethode (10 stappen)', bringer='Anouk (collega)',
  casus='Anouk heeft een klant die na een burn-out parttime wil beginnen, terwijl de klant volgens het beleid eigenlijk fulltime beschikbaar moet zijn. Anouk is het zelf met de klant eens en voelt zich daardoor ongemakkelijk tegenover haar teamleider.',
  opm='Collega\'s vroegen of Anouk de klant niet te veel beschermt. Anderen merkten op dat zij heel stellig sprak over wat "goed" is voor de klant en vroegen waar die stelligheid vandaan komt.',
  bijdrage='Ik heb Anouk geholpen haar eigen argumenten te ordenen: wat is professioneel oordeel en wat is sympathie. Ik stelde voor om het maatwerkgesprek met de teamleider voor te bereiden met feiten uit het dossier.',
  leervraag='Wanneer mag ik als professional afwijken van de standaard en hoe onderbouw ik dat? Hoe ga ik om met loyaliteit aan klant én organisatie?',
  leereffect='Ik leer dat ik mijn eigen maatwerkvoorstellen beter schriftelijk onderbouw. Daardoor voel ik mij minder afhankelijk van de stemming van het moment.',
  afweging='Ik heb afgewogen dat de wet ruimte biedt voor maatwerk. Als ik die ruimte niet gebruik uit angst, doe ik de klant en mezelf tekort.',
  acties='Ik zou een opbouwschema voorstellen met duidelijke evaluatiemomenten en dat vooraf met de teamleider en de klant afstemmen.'),
 dict(date='2023-09-12', method='incidentmethode', bringer='ikzelf',
  casus='In een driegesprek met een werkgever zei de werkgever waar de klant bij zat dat hij "niet zat te wachten op mensen met een vlekje". Ik reageerde niet en voelde me achteraf schuldig tegenover de klant.',
  opm='De groep vroeg wat mij deed bevriezen. Een collega merkte op dat ik in de groep vaak snel en scherp reageer, en dat dit gesprek dus iets bijzonders raakte.',
  bijdrage='Ik heb eerlijk verteld dat ik bang was de werkgever kwijt te raken voor andere klanten. Ik heb samen met de groep gezocht naar zinnen die ik in zo\'n moment wel kan gebruiken.',
  leervraag='Hoe reageer ik ter plekke op een kwetsende opmerking zonder de samenwerking te beschadigen? Wat weegt voor mij zwaarder: de relatie met de werkgever of de waardigheid van de klant?',
  leereffect='Ik heb een paar openingszinnen paraat en ik heb de klant inmiddels zelf gebeld om mijn zwijgen te benoemen. Dat gesprek gaf opluchting aan beide kanten.',
  afweging='Achteraf weeg ik de waardigheid van de klant zwaarder. Een werkgever die zo spreekt, is voor mijn klanten misschien geen goede plek.',
  acties='Ik zou de opmerking direct en rustig benoemen, het gesprek even pauzeren en na afloop apart met de werkgever spreken.'),
 dict(date='2024-01-16', method='roddelmethode', bringer='Freek (collega)',
  casus='Freek begeleidt een statushouder die goed opgeleid is maar alleen productiewerk aangeboden krijgt. De klant is boos en Freek voelt zich medeverantwoordelijk voor een systeem dat hij niet kan veranderen.',
  opm='In de roddelronde kwam naar voren dat Freek weinig tijd neemt voor diplomawaardering en dat hij de boosheid van de klant persoonlijk neemt. Een collega vroeg wat Freek zelf wél kan beïnvloeden.',
  bijdrage='Ik heb verteld hoe ik vorig jaar een klant via een werkervaringsplek bij een ingenieursbureau heb geplaatst. Ook heb ik gevraagd of Freek zijn eigen frustratie met de klant heeft gedeeld.',
  leervraag='Hoe ga ik om met boosheid van een klant die terecht is? Waar ligt mijn eigen invloed binnen de kaders?',
  leereffect='Ik realiseer me dat ik zelf ook soms de "snelste" route kies omdat die in de cijfers telt. Ik ga bij hoogopgeleide klanten eerst een perspectiefgesprek voeren.',
  afweging='Ik weeg snelle uitstroom af tegen duurzame plaatsing. Voor deze groep levert een iets langer traject vaak meer op.',
  acties='Ik zou de diplomawaardering direct aanvragen, een mentor uit het vakgebied zoeken en met de klant een tussenstap afspreken die als opstap telt.'),
 dict(date='2024-05-14', method='vijfstappenmethode', bringer='Esra (collega)',
  casus='Esra heeft een klant die in gesprekken steeds over zijn zieke moeder begint en daardoor nooit toekomt aan werk. Esra wil niet ongevoelig zijn, maar het traject loopt vast.',
  opm='De groep merkte op dat Esra de gesprekken laat leiden door de klant. Een collega vroeg of zij de mantelzorg zelf als thema in het plan heeft opgenomen.',
  bijdrage='Ik heb voorgesteld de mantelzorg niet als hindernis maar als onderdeel van het traject te zien. Ik vroeg Esra wat zij zelf voelt als de klant erover begint.',
  leervraag='Hoe geef ik ruimte aan de privésituatie zonder dat het gesprek ontspoort? Hoe bewaak ik mijn eigen grens in empathie?',
  leereffect='Ik ga bij mijn eigen klanten het gesprek vaker in tweeën delen: eerst ruimte, dan werk. Dat structureert en voelt niet kil.',
  afweging='Ik heb gewogen dat een traject dat geen rekening houdt met mantelzorg gedoemd is te mislukken. Erkennen is dus geen zijpad maar voorwaarde.',
  acties='Ik zou de mantelzorgconsulent betrekken en een rooster maken waarin zorg en werk allebei een plek hebben.'),
 dict(date='2024-10-08', method='incidentmethode', bringer='ikzelf',
  casus='Een klant met wie ik twee jaar intensief heb gewerkt, heeft een vaste baan gevonden. Bij het afsluitende gesprek merkte ik dat ik het lastig vond om los te laten en dat ik nog "even" wilde nabellen.',
  opm='Collega\'s vroegen wat nabellen voor mij oplevert. Een collega zei dat zij dat ook herkent en dat het soms meer over de begeleider gaat dan over de klant.',
  bijdrage='Ik heb beschreven wat ik in die twee jaar heb geïnvesteerd en welke twijfels ik heb over de werkgever. Ik heb de groep gevraagd mij scherp te houden op mijn eigen motief.',
  leervraag='Hoe sluit ik een traject professioneel af? Welke behoefte van mijzelf speelt mee als ik wil blijven nabellen?',
  leereffect='Ik gebruik nu een vaste afsluiting met een nazorgafspraak die de klant zelf initieert. Het voelt als erkenning van zijn eigen kracht.',
  afweging='Ik heb afgewogen of nazorg nodig was. De klant gaf zelf aan dat hij het redt; mijn zorg was vooral de mijne.',
  acties='Ik zou een warme overdracht regelen naar de werkgever en de klant een kaartje met mijn nummer geven, zonder zelf te bellen.'),
 dict(date='2025-02-11', method='Balintmethode (11 stappen)', bringer='Jolanda (collega)',
  casus='Jolanda moet een klant die niet meewerkt een maatregel opleggen, terwijl zij vermoedt dat er huiselijk geweld speelt. Ze twijfelt of ze dat vermoeden mag laten meewegen en voelt zich machteloos.',
  opm='De groep vroeg welke signalen Jolanda precies ziet en of zij die al heeft besproken met de aandachtsfunctionaris. Een collega merkte op dat haar machteloosheid misschien ook die van de klant weerspiegelt.',
  bijdrage='Ik heb de meldcode-stappen niet als procedure, maar als steun voor Jolanda zelf benoemd: zij hoeft het niet alleen te dragen. Ik vroeg wat zij nodig heeft om het gesprek met de klant aan te gaan.',
  leervraag='Hoe ga ik om met een vermoeden dat ik niet kan bewijzen? Hoe voorkom ik dat een sanctie de situatie van de klant verergert?',
  leereffect='Ik merk dat ik zelf sneller om hulp mag vragen bij zware casussen. Ik leg signalen nu eerder vast en bespreek ze met een collega.',
  afweging='Ik heb afgewogen dat veiligheid vóór handhaving gaat. Een maatregel kan wachten; een onveilige situatie niet.',
  acties='Ik zou de maatregel aanhouden, een veilig gesprek zonder partner plannen en samen met de aandachtsfunctionaris de volgende stap bepalen.'),
 dict(date='2025-06-10', method='vijfstappenmethode', bringer='ikzelf',
  casus='Ik bracht in dat ik na een reorganisatie veertig extra klanten kreeg en merkte dat ik mijn gesprekken afraffel. Ik voelde me schuldig tegenover klanten en boos op de organisatie.',
  opm='Collega\'s vroegen wat ik al had gezegd tegen mijn teamleider en hoe ik mijn agenda indeel. Een collega merkte op dat ik mijn boosheid vooral inslik.',
  bijdrage='Ik heb mijn planning laten zien en samen met de groep gekeken welke gesprekken ik kan groeperen. Ik heb toegegeven dat ik moeite heb om nee te zeggen.',
  leervraag='Hoe bewaak ik kwaliteit bij een te grote caseload? Hoe maak ik mijn grenzen bespreekbaar?',
  leereffect='Ik heb een gesprek gevoerd met mijn teamleider met concrete cijfers. Ik plan nu vaste blokken voor administratie zodat gesprekken niet worden opgeslokt.',
  afweging='Ik heb afgewogen of ik het zelf moet oplossen of moet aankaarten. Aankaarten is professioneel; zwijgen gaat ten koste van klanten.',
  acties='Ik zou een prioritering maken per klantgroep en die voorleggen aan de teamleider, met een voorstel voor tijdelijke groepsbijeenkomsten.'),
 dict(date='2025-11-18', method='roddelmethode', bringer='Bart (collega)',
  casus='Bart begeleidt een klant die bij elke werkgever binnen een maand ontslag neemt na een conflict. Bart is moedeloos en heeft het gevoel dat hij faalt.',
  opm='De groep zag dat Bart steeds de werkgever zoekt en niet het patroon bespreekt met de klant. Ook viel op dat hij zichzelf de schuld geeft van keuzes van de klant.',
  bijdrage='Ik heb voorgesteld om samen met de klant de vier conflicten naast elkaar te leggen. Ik heb Bart gevraagd waar zijn moedeloosheid eerder in zijn loopbaan speelde.',
  leervraag='Hoe bespreek ik een herhalend patroon zonder te veroordelen? Hoe scheid ik mijn eigen gevoel van falen van het resultaat van de klant?',
  leereffect='Ik neem mee dat een patroon benoemen ook een vorm van respect is. Ik ga bij mijn eigen klanten eerder terugkijken voordat we vooruit kijken.',
  afweging='Ik heb gewogen of een nieuwe plaatsing zinvol is zolang het patroon niet besproken is. Mijn oordeel: eerst inzicht, dan plaatsing.',
  acties='Ik zou een coachtraject gericht op conflicthantering inzetten en de volgende werkgever vooraf met toestemming van de klant informeren.'),
 dict(date='2026-02-17', method='incidentmethode', bringer='Marloes (collega)',
  casus='Marloes heeft een klant die via social media dreigende berichten stuurt na een afwijzing van een opleiding. Zij voelt zich onveilig en twijfelt of ze het traject kan voortzetten.',
  opm='Collega\'s vroegen wat Marloes nodig heeft om zich weer veilig te voelen. Een collega merkte op dat zij de berichten nog niet met haar leidinggevende had gedeeld uit schaamte.',
  bijdrage='Ik heb verteld hoe ik zelf eens een dossier heb overgedragen en dat dat geen falen was. Ik heb aangeboden om bij een eerstvolgend gesprek aanwezig te zijn.',
  leervraag='Wanneer is overdracht van een klant verstandig? Hoe ga ik om met schaamte als een klant over mijn grens gaat?',
  leereffect='Ik leer dat veiligheid van de professional geen luxe is. Ik ga grensoverschrijdend gedrag voortaan direct melden en vastleggen.',
  afweging='Ik heb afgewogen dat het traject van de klant ook gebaat is bij een begeleider die zich veilig voelt. Overdracht kan dus in het belang van beide zijn.',
  acties='Ik zou de berichten laten vastleggen, met de teamleider een gesprek met de klant voeren over de grens en daarna samen besluiten over overdracht.'),
]

INT4 = [
 dict(date='2022-10-11', method='incidentmethode', bringer='Wendy (collega)',
  casus='Wendy begeleidt een klant van 23 die na school nooit heeft gewerkt en bij elk gesprek zijn telefoon blijft gebruiken. Wendy ergert zich en merkt dat zij strenger wordt dan ze wil.',
  opm='De groep vroeg Wendy wat de telefoon voor de klant zou kunnen betekenen. Een collega merkte op dat Wendy vooral over regels sprak en weinig over wat de klant zelf wil.',
  bijdrage='Ik heb gedeeld dat ik bij jongeren goede ervaringen heb met een gesprek op een andere plek, bijvoorbeeld tijdens een wandeling. Ik vroeg Wendy wanneer zij zich zelf niet serieus genomen voelt.',
  leervraag='Hoe blijf ik nieuwsgierig als gedrag mij irriteert? Hoe sluit ik aan bij de leefwereld van jonge klanten?',
  leereffect='Ik merk dat ik mijn eigen irritatie sneller mag benoemen in plaats van haar te laten uitlekken in strengheid. Ik probeer vaker buiten het kantoor af te spreken.',
  afweging='Ik heb afgewogen dat een verbod op de telefoon de relatie meer schaadt dan oplevert. Samen afspraken maken werkt beter.',
  acties='Ik zou de klant vragen mij iets te laten zien op zijn telefoon dat hij leuk vindt en van daaruit het gesprek naar werk brengen.'),
 dict(date='2023-01-17', method='roddelmethode', bringer='ikzelf',
  casus='Ik bracht een klant in die met veel enthousiasme een eigen bedrijf wil starten terwijl het ondernemingsplan nauwelijks rond te rekenen is. Ik wilde hem niet ontmoedigen en stelde het lastige gesprek steeds uit.',
  opm='In de roddelronde zeiden collega\'s dat ik de klant misschien niet serieus neem door hem niet de cijfers te laten zien. Een ander vroeg of ik zelf bang ben voor zijn teleurstelling.',
  bijdrage='Ik heb toegelicht dat ik het enthousiasme van de klant bewonder en dat ik juist daarom niet de "spelbreker" wil zijn. Samen met de groep heb ik het gesprek voorbereid.',
  leervraag='Hoe breng ik slecht nieuws zonder de motivatie van de klant te breken? Waarom stel ik moeilijke gesprekken uit?',
  leereffect='Ik heb het gesprek gevoerd en de klant ging zelf rekenen. Ik leer dat uitstel vooral mijzelf beschermt en de klant tijd kost.',
  afweging='Ik weeg eerlijkheid zwaarder dan het sparen van gevoelens. Een klant die kan kiezen op basis van feiten, is beter af.',
  acties='Ik zou het ondernemersloket vroeg inschakelen en de klant zelf een begroting laten maken voordat ik mijn mening geef.'),
 dict(date='2023-04-11', method='vijfstappenmethode', bringer='Peter (collega)',
  casus='Peter heeft een klant die in de wijk als "lastig" bekendstaat. Bij een werkgever werd de klant afgewezen nadat de werkgever over hem had gehoord. Peter twijfelt of hij het label zelf ook heeft overgenomen.',
  opm='Collega\'s vroegen welke informatie Peter zelf aan de werkgever heeft gegeven. Een collega merkte op dat Peter de klant nog nooit heeft gevraagd hoe hij zichzelf zou omschrijven.',
  bijdrage='Ik heb Peter gevraagd een lijst te maken van wat hij zelf heeft gezien versus wat hij heeft gehoord. Ik heb gedeeld hoe ik een keer verrast werd door een klant met een vergelijkbaar imago.',
  leervraag='Hoe voorkom ik dat ik vooroordelen over een klant overneem? Hoe ga ik met informatie van anderen om?',
  leereffect='Ik maak in mijn eigen dossiers nu onderscheid tussen waarneming en horen-zeggen. Dat helpt ook bij overdrachten.',
  afweging='Ik heb afgewogen wat een werkgever moet weten en wat niet. Alleen wat relevant is voor het werk hoort in het gesprek.',
  acties='Ik zou met de klant een eigen pitch voorbereiden en hem zelf laten vertellen wie hij is, met mij als steun op de achtergrond.'),
 dict(date='2023-06-20', method='Balintmethode (10 stappen)', bringer='Linda (collega)',
  casus='Linda begeleidt een vrouw die na haar scheiding voor het eerst moet gaan werken. De klant huilt in elk gesprek en Linda voelt zich meer hulpverlener dan re-integratiebegeleider.',
  opm='De groep vroeg waar Linda haar eigen rol begrenst. Een collega merkte op dat Linda veel "wij" zegt als ze over de klant praat, alsof zij het samen moeten doen.',
  bijdrage='Ik heb voorgesteld maatschappelijk werk in te schakelen zodat Linda zich op werk kan richten. Ik vroeg haar wat haar zo raakt aan deze klant.',
  leervraag='Waar ligt de grens tussen begeleiden en hulpverlenen? Hoe ga ik om met verdriet van een klant zonder het over te nemen?',
  leereffect='Ik zie dat ik ook geneigd ben te redden. Ik benoem nu vaker hardop wat mijn rol is en wat niet.',
  afweging='Ik heb afgewogen dat verwijzen geen afwijzen is. De klant krijgt daardoor betere hulp én een duidelijker werktraject.',
  acties='Ik zou een gezamenlijk gesprek met maatschappelijk werk plannen en het werktraject klein beginnen met vrijwilligerswerk van enkele uren.'),
 # index 4: casuistiek in intervision clothing (procedure check, no own reflection)
 dict(date='2023-10-10', method='casusbespreking', bringer='Ronald (collega)', casuistiek=True,
  casus='Ronald bracht het dossier in van een klant die na drie maanden zonder aantoonbare sollicitaties een maatregel kreeg opgelegd. De klant heeft bezwaar gemaakt. Besproken is of de juiste stappen zijn doorlopen.',
  opm='Collega\'s hebben nagelopen of de waarschuwingsbrief binnen de termijn is verstuurd en of het horen van de klant correct is vastgelegd. De conclusie van de groep was dat de hoorzitting niet in het systeem is geregistreerd.',
  bijdrage='Ik heb de beleidsregels maatregelen Participatiewet erbij gepakt en de artikelen over verwijtbaarheid voorgelezen. Ook heb ik gecontroleerd of het verslag van het hoorgesprek in het dossier zat.',
  leervraag='Is de maatregel juridisch houdbaar als het horen niet is vastgelegd? Welke termijn geldt voor het bezwaar?',
  leereffect='De procedure rond horen en vastleggen is nu voor iedereen duidelijk. De werkinstructie wordt aangepast.',
  afweging='Volgens de beleidsregels had het hoorgesprek vastgelegd moeten worden. De maatregel moet daarom worden heroverwogen.',
  acties='Het verslag van het hoorgesprek wordt alsnog toegevoegd en de bezwaarafdeling wordt geïnformeerd. De teamleider controleert steekproefsgewijs dossiers.'),
 dict(date='2024-01-23', method='incidentmethode', bringer='ikzelf',
  casus='Een klant vertelde mij in vertrouwen dat hij zwart bijverdient. Ik wist niet wat ik met die informatie moest en voelde me verscheurd tussen loyaliteit aan de klant en mijn plicht.',
  opm='Collega\'s vroegen wat ik de klant bij de start heb verteld over vertrouwelijkheid. Een collega merkte op dat ik de verantwoordelijkheid helemaal bij mezelf leg.',
  bijdrage='Ik heb de groep verteld dat ik het gesprek nog niet heb teruggekoppeld aan de klant. Samen hebben we geoefend hoe ik hem eerlijk kan zeggen wat ik moet doen.',
  leervraag='Hoe ga ik om met informatie die de klant in vertrouwen geeft maar die ik niet kan negeren? Hoe bewaak ik mijn integriteit en de relatie?',
  leereffect='Ik bespreek nu in elke intake wat ik wel en niet voor mij kan houden. Dat voorkomt dat klanten zich later verraden voelen.',
  afweging='Ik heb afgewogen dat verzwijgen de klant op termijn meer schaadt. Ik kies voor openheid over mijn plicht.',
  acties='Ik zou de klant uitnodigen om zelf de inkomsten te melden, hem daarbij helpen en pas als dat niet gebeurt de volgende stap zetten.'),
 dict(date='2024-04-16', method='vijfstappenmethode', bringer='Wendy (collega)',
  casus='Wendy heeft een klant die met succes een leerwerktraject volgt, maar de werkgever wil hem na afloop geen contract geven. Wendy voelt zich bedrogen door de werkgever en is boos.',
  opm='De groep vroeg welke afspraken vooraf op papier stonden. Een collega merkte op dat Wendy haar boosheid vooral op de werkgever richt terwijl ze zichzelf ook iets verwijt.',
  bijdrage='Ik heb verteld dat ik bij werkgevers inmiddels vooraf een intentieverklaring vraag. Ik vroeg Wendy wat zij zelf anders had willen doen.',
  leervraag='Hoe maak ik afspraken met werkgevers die ook nakomen worden? Hoe ga ik om met mijn eigen teleurstelling?',
  leereffect='Ik ga mijn eigen afspraken met werkgevers steviger vastleggen en eerder tussentijds evalueren. Teleurstelling benoem ik nu sneller bij mijn coördinator.',
  afweging='Ik heb afgewogen of het zin heeft de werkgever aan te spreken. Ja, maar zakelijk en met de afspraken in de hand.',
  acties='Ik zou een evaluatiegesprek met de werkgever voeren, de klant een getuigschrift laten geven en direct een tweede werkgever benaderen.'),
 dict(date='2024-09-24', method='roddelmethode', bringer='Ahmed (collega)',
  casus='Ahmed begeleidt een oudere klant die zegt dat hij "toch te oud" is voor werk. Ahmed herkent zijn eigen vader in hem en merkt dat hij daardoor minder doorvraagt.',
  opm='De groep vroeg wat Ahmed van zijn vader weet over werkloosheid op latere leeftijd. Een collega zei dat herkenning ook een kracht kan zijn als hij het benoemt.',
  bijdrage='Ik heb verteld hoe ik bij een vergelijkbare klant een ervaringsplek bij een sportvereniging heb gevonden. Ik vroeg Ahmed wat hij zijn vader zou hebben gegund.',
  leervraag='Hoe ga ik om met persoonlijke herkenning in een casus? Hoe doorbreek ik het idee dat een klant te oud is?',
  leereffect='Ik zie dat ik bij klanten die op mij lijken juist te snel denk te weten wat ze bedoelen. Ik vraag nu vaker: "wat bedoelt u daarmee?"',
  afweging='Ik weeg de realiteit van leeftijdsdiscriminatie af tegen de kansen in krapte-sectoren. Er zijn meer mogelijkheden dan de klant denkt.',
  acties='Ik zou de klant koppelen aan een werkgever met een seniorenbeleid en een proefplaatsing van vier weken voorstellen.'),
 # index 8: misses the leereffect part
 dict(date='2025-01-21', method='incidentmethode', bringer='ikzelf', drop='leereffect',
  casus='Ik bracht in dat een klant na een gesprek een klacht over mij heeft ingediend omdat ik "niet luisterde". Ik voelde me onterecht beschuldigd en was er dagen mee bezig.',
  opm='Collega\'s vroegen wat ik precies heb gezegd en hoe de klant het gesprek binnenkwam. Een collega merkte op dat ik vooral mijn gelijk wilde halen.',
  bijdrage='Ik heb het gesprek zo letterlijk mogelijk naverteld. Met de groep heb ik bekeken op welke momenten ik de klant onderbrak.',
  leervraag='Hoe ga ik om met kritiek van een klant die ik onterecht vind? Wat zegt mijn verdediging over mijn eigen onzekerheid?',
  leereffect='',
  afweging='Ik heb afgewogen of ik de klacht moest weerleggen of eerst moest erkennen wat de klant heeft ervaren. Erkennen kost mij niets en opent het gesprek.',
  acties='Ik zou de klant uitnodigen voor een gesprek met mijn coördinator erbij en beginnen met de vraag hoe hij het gesprek heeft beleefd.'),
 dict(date='2025-05-20', method='Balintmethode (11 stappen)', bringer='Linda (collega)',
  casus='Linda heeft een klant met een licht verstandelijke beperking die telkens "ja" zegt maar afspraken niet nakomt. Linda voelt zich gefrustreerd en twijfelt aan haar eigen uitleg.',
  opm='De groep vroeg of Linda controleert wat de klant begrepen heeft. Een collega merkte op dat Linda lange zinnen gebruikt in haar brieven.',
  bijdrage='Ik heb voorgesteld om met pictogrammen en een weekplanner te werken. Ik vroeg Linda of haar frustratie eigenlijk over haar eigen tijdsdruk gaat.',
  leervraag='Hoe pas ik mijn communicatie aan zonder betuttelend te worden? Hoe ga ik om met mijn eigen tijdsdruk?',
  leereffect='Ik controleer nu vaker met de terugvraag "wat gaat u doen na dit gesprek?". Mijn brieven herschrijf ik in eenvoudige taal.',
  afweging='Ik heb afgewogen dat een "ja" niet altijd instemming betekent. Het is mijn verantwoordelijkheid om begrip te checken.',
  acties='Ik zou de klant een vaste contactpersoon geven, afspraken visualiseren en na elke afspraak een herinnering per app sturen.'),
 dict(date='2025-10-14', method='vijfstappenmethode', bringer='Peter (collega)',
  casus='Peter heeft een klant geplaatst bij een schoonmaakbedrijf, maar de klant klaagt over ongewenste opmerkingen van een leidinggevende. Peter twijfelt of hij moet ingrijpen of de klant zelf laat handelen.',
  opm='Collega\'s vroegen wat de klant zelf wil. Een collega merkte op dat Peter de plaatsing vooral wil behouden voor de cijfers.',
  bijdrage='Ik heb gedeeld dat ik in zo\'n situatie eerst met de klant de opties uitwerk. Ik vroeg Peter wat hij zou doen als het zijn dochter was.',
  leervraag='Hoe weeg ik het behoud van een plaatsing tegen de veiligheid van de klant? Wanneer grijp ik in en wanneer ondersteun ik?',
  leereffect='Ik leer dat ik de regie bij de klant laat, maar wel mijn eigen grens benoem. Ik ken nu ook de vertrouwenspersoon-route beter.',
  afweging='Ik heb afgewogen dat een plaatsing die onveilig is geen succes is. De cijfers zijn ondergeschikt.',
  acties='Ik zou met toestemming van de klant de vertrouwenspersoon van het bedrijf inschakelen en een gesprek met de werkgever organiseren.'),
 dict(date='2026-03-10', method='incidentmethode', bringer='ikzelf',
  casus='Ik begeleid een klant die zijn dochter meeneemt naar elk gesprek om te tolken. Ik merkte dat ik vooral met de dochter praat en de klant zelf nauwelijks aankijk.',
  opm='De groep vroeg waarom ik geen professionele tolk inzet. Een collega merkte op dat ik het ongemak van het gesprek vermijd door het zo te laten.',
  bijdrage='Ik heb eerlijk verteld dat het regelen van een tolk voelde als extra gedoe. Met de groep heb ik besproken wat de klant mist als zijn dochter vertaalt.',
  leervraag='Hoe zorg ik dat de klant zelf centraal staat bij een taalbarrière? Waarom kies ik voor het makkelijke?',
  leereffect='Ik zet nu standaard een tolk in bij gesprekken over inkomen en werk. Ik kijk de klant aan, ook als een ander vertaalt.',
  afweging='Ik heb afgewogen dat een kind niet de verantwoordelijkheid moet dragen voor de zaken van haar vader. Professionaliteit betekent hier een tolk.',
  acties='Ik zou voor het volgende gesprek een telefonische tolk reserveren en de klant vragen welke onderwerpen hij zonder zijn dochter wil bespreken.'),
]
for L in (INT3, INT4):
    for it in L:
        it['d'] = D(it['date'])

# ============================================================== ervaringsverklaring texts
COMPS = ['klantgerichtheid', 'resultaatgerichtheid', 'samenwerken', 'oordeelsvorming', 'initiatief',
         'netwerken', 'coachen', 'organiseren eigen werk']
EXP3 = {
 'klantgerichtheid': ([
   ('Een klant met ernstige faalangst durfde niet naar het gemeentehuis te komen.', 'Ik moest het eerste gesprek toch op gang krijgen.', 'Ik sprak af in de bibliotheek bij haar om de hoek en nam geen dossier mee.', 'Na drie gesprekken kwam ze zelf naar kantoor.', 'Ik leerde dat de plek van het gesprek soms meer zegt dan de inhoud.'),
   ('Een klant sprak weinig Nederlands en begreep de brieven niet.', 'Ik wilde dat hij zijn verplichtingen echt kende.', 'Ik maakte een overzicht met pictogrammen en zette een tolk in.', 'Hij kwam daarna alle afspraken na.', 'Begrijpelijke taal is voor mij nu een standaard, geen extraatje.')],
  ['Ik stem mijn taal af op de klant', 'Ik neem de tijd om de vraag achter de vraag te horen'], 'Ik mag zakelijker worden als een klant blijft uitstellen'),
 'resultaatgerichtheid': ([
   ('Mijn caseload had veel klanten zonder actueel plan van aanpak.', 'Binnen een kwartaal moest ieder dossier weer een plan hebben.', 'Ik plande per week tien plangesprekken en gebruikte een vast format.', 'Na tien weken was elk dossier op orde.', 'Een heldere planning helpt mij meer dan harder werken.'),
   ('Een werkgever zocht vijf productiemedewerkers op korte termijn.', 'Ik wilde zoveel mogelijk klanten voordragen die echt pasten.', 'Ik selecteerde zeven kandidaten en bereidde ze voor met een proefsollicitatie.', 'Vier klanten kregen een contract.', 'Goede voorbereiding van klanten levert meer op dan veel kandidaten sturen.')],
  ['Ik houd doelen concreet en meetbaar', 'Ik maak afspraken altijd af'], 'Ik wil beter prioriteren als alles tegelijk komt'),
 'samenwerken': ([
   ('Een klant werd door drie hulpverleners tegelijk begeleid.', 'Ik wilde één plan in plaats van drie.', 'Ik organiseerde een overleg met schuldhulp, wijkteam en klant.', 'Er kwam één gezamenlijk plan met één regisseur.', 'Ik zie dat regie nemen ook samenwerken is.'),
   ('Een nieuwe collega worstelde met de administratie.', 'Ik bood aan haar in te werken.', 'We liepen twee weken samen haar dossiers door.', 'Zij werkt nu zelfstandig en vraagt mij om feedback.', 'Kennis delen kost weinig en levert een sterker team op.')],
  ['Ik schakel makkelijk met ketenpartners', 'Ik deel kennis uit mezelf'], 'Ik wil vaker om hulp vragen in plaats van alles zelf op te lossen'),
 'oordeelsvorming': ([
   ('Een klant gaf aan niet te kunnen werken door rugklachten, zonder medische onderbouwing.', 'Ik moest bepalen of een ontheffing gerechtvaardigd was.', 'Ik vroeg een advies van de arts van de arbodienst en sprak de klant over zijn mogelijkheden.', 'Er kwam een passend traject met aangepast werk.', 'Ik oordeel liever op informatie dan op indruk.'),
   ('Twee werkgevers boden een klant tegelijk een plek aan.', 'Ik moest de klant helpen kiezen.', 'Ik zette met hem voor- en nadelen op een rij, inclusief reistijd en begeleiding.', 'Hij koos bewust en werkt er nog steeds.', 'Een goede afweging maak ik samen met de klant.')],
  ['Ik weeg belangen zorgvuldig af', 'Ik onderbouw mijn besluiten in het dossier'], 'Ik twijfel soms te lang bij grensgevallen'),
 'initiatief': ([
   ('Veel klanten misten digitale vaardigheden voor solliciteren.', 'Ik zag een kans voor een groepsaanbod.', 'Ik zette met de bibliotheek een wekelijkse digitale spreekuurgroep op.', 'Er namen in een jaar veertig klanten deel.', 'Ik merk dat ik energie krijg van iets nieuws opbouwen.'),
   ('Een lokale supermarkt opende een nieuwe vestiging.', 'Ik wilde daar kansen voor klanten creëren.', 'Ik belde de filiaalmanager en stelde een open dag voor.', 'Drie klanten werden aangenomen.', 'Zelf de eerste stap zetten loont.')],
  ['Ik zie kansen en pak ze op', 'Ik durf nieuwe werkwijzen voor te stellen'], 'Ik moet mijn ideeën beter afstemmen voordat ik start'),
 'netwerken': ([
   ('Ons team had weinig contact met de technische sector.', 'Ik wilde die sector beter leren kennen.', 'Ik bezocht twee ondernemersontbijten en sprak vijf bedrijven aan.', 'Er zijn nu twee vaste leerwerkplekken.', 'Netwerken vraagt geduld en herhaling.'),
   ('Een klant wilde in de zorg werken maar had geen ervaring.', 'Ik zocht een organisatie die wilde meedenken.', 'Ik benaderde een zorgaanbieder via een oud-collega.', 'De klant kon een oriënterende stage doen.', 'Mijn eigen netwerk is een instrument voor de klant.')],
  ['Ik onderhoud mijn contacten actief', 'Ik weet wie ik waarvoor moet bellen'], 'Ik wil mijn netwerk breder vastleggen zodat collega\'s het ook kunnen gebruiken'),
 'coachen': ([
   ('Een klant geloofde niet dat hij nog iets kon leren.', 'Ik wilde zijn zelfvertrouwen vergroten.', 'Ik liet hem successen uit het verleden benoemen en zette kleine stappen.', 'Hij rondde een VCA-cursus af.', 'Kleine successen maken grote verschillen.'),
   ('Een klant liep vast in sollicitatiegesprekken.', 'Ik wilde hem helpen zich beter te presenteren.', 'We oefenden gesprekken met video-opnames.', 'Bij het derde gesprek werd hij aangenomen.', 'Oefenen in een veilige setting werkt voor mij als coach ook.')],
  ['Ik stel open vragen', 'Ik geef eerlijke en concrete feedback'], 'Ik neem soms te snel het stuur over'),
 'organiseren eigen werk': ([
   ('Mijn agenda zat vol met losse afspraken en ik kwam niet aan verslaglegging toe.', 'Ik wilde mijn werk beter organiseren.', 'Ik blokte vaste tijden voor administratie en clusterde gesprekken.', 'Mijn verslagen zijn nu binnen twee dagen klaar.', 'Structuur geeft mij rust.'),
   ('Tijdens de zomer viel een collega uit.', 'Ik nam een deel van haar caseload over.', 'Ik maakte een prioriteitenlijst en belde klanten om te informeren.', 'Geen enkel traject liep vertraging op.', 'Overzicht houden lukt mij het best met een korte dagplanning.')],
  ['Ik plan vooruit', 'Ik houd mijn dossiers actueel'], 'Ik wil beter leren nee zeggen tegen extra taken'),
}
EXP4 = {
 'klantgerichtheid': ([
   ('Een klant met jonge kinderen kon alleen onder schooltijd afspreken.', 'Ik moest de begeleiding daarop inrichten.', 'Ik verplaatste mijn gesprekken naar de ochtend en bood beeldbellen aan.', 'Zij miste daarna geen enkele afspraak.', 'Flexibiliteit van mijn kant maakt commitment aan haar kant mogelijk.'),
   ('Een klant was boos over een verlaagde uitkering.', 'Ik wilde de boosheid serieus nemen en toch verder.', 'Ik legde de berekening rustig uit en verwees naar de bezwaarprocedure.', 'Het gesprek kon daarna over werk gaan.', 'Eerst erkennen, dan uitleggen.')],
  ['Ik luister zonder te oordelen', 'Ik ben goed bereikbaar voor klanten'], 'Ik kan duidelijker zijn over wat ik niet kan bieden'),
 'resultaatgerichtheid': ([
   ('Het team had een uitstroomdoelstelling van 15% per jaar.', 'Ik wilde mijn bijdrage daaraan zichtbaar maken.', 'Ik analyseerde mijn caseload op kansrijke klanten en maakte per klant een doel.', 'Ik haalde 18% uitstroom.', 'Doelgericht werken werkt beter als ik het per klant maak.'),
   ('Een klant had al twee trajecten afgebroken.', 'Ik wilde dit keer een afgerond traject.', 'Ik maakte kleine tussendoelen en evalueerde elke twee weken.', 'Hij rondde het traject af en begon bij een groenvoorzieningsbedrijf.', 'Tussendoelen geven houvast aan de klant en aan mij.')],
  ['Ik stuur op afspraken', 'Ik evalueer regelmatig met de klant'], 'Ik raak gefrustreerd als resultaten uitblijven en moet daar geduldiger mee zijn'),
 'samenwerken': ([
   ('Het UWV en onze gemeente begeleidden dezelfde werkgever apart.', 'Ik wilde dubbel werk voorkomen.', 'Ik stelde een gezamenlijk accountoverleg voor.', 'De werkgever heeft nu één aanspreekpunt.', 'Samenwerken over organisatiegrenzen vraagt dat ik mijn eigen belang even loslaat.'),
   ('In ons team ontstond onenigheid over de verdeling van nieuwe klanten.', 'Ik wilde een eerlijke verdeling helpen vinden.', 'Ik stelde een verdeelsleutel voor op basis van caseloadzwaarte.', 'Het team nam het voorstel over.', 'Ik kan een brug zijn tussen collega\'s.')],
  ['Ik denk mee met collega\'s', 'Ik zoek de verbinding met ketenpartners'], 'Ik wil vaker mijn eigen mening inbrengen in teamoverleg'),
 'oordeelsvorming': ([
   ('Een klant vroeg om een opleiding die niet in het beleid paste.', 'Ik moest beoordelen of maatwerk gerechtvaardigd was.', 'Ik zocht arbeidsmarktinformatie en vroeg advies aan de beleidsmedewerker.', 'De opleiding werd toegekend als maatwerk.', 'Een goed onderbouwd oordeel opent deuren.'),
   ('Een klant meldde zich ziek voor elk gesprek.', 'Ik moest bepalen of er sprake was van verwijtbaarheid.', 'Ik sprak de klant, vroeg naar zijn situatie en overlegde met mijn coördinator.', 'Er bleek een verborgen probleem te zijn; we pasten het plan aan.', 'Ik oordeel niet voordat ik het hele verhaal ken.')],
  ['Ik verzamel eerst feiten', 'Ik durf een standpunt in te nemen'], 'Ik laat mijn oordeel soms te veel beïnvloeden door mijn eerste indruk'),
 'initiatief': ([
   ('Veel jongeren in mijn caseload hadden geen rijbewijs.', 'Ik zag dit als een belemmering voor werk.', 'Ik onderzocht met een rijschool en een fonds een regeling.', 'Zes jongeren haalden hun rijbewijs.', 'Een praktisch probleem oplossen kan een heel traject vlottrekken.'),
   ('Onze werkinstructies waren verouderd.', 'Ik wilde ze bruikbaar maken voor nieuwe collega\'s.', 'Ik herschreef drie instructies en legde ze voor aan het team.', 'Ze worden nu gebruikt bij het inwerken.', 'Initiatief nemen voelt goed als anderen er iets aan hebben.')],
  ['Ik kom met oplossingen', 'Ik pak dingen op zonder dat het gevraagd wordt'], 'Ik wil beter inschatten hoeveel tijd een initiatief kost'),
 'netwerken': ([
   ('Ik kende weinig werkgevers in de logistiek.', 'Ik wilde die sector openen voor klanten.', 'Ik sloot aan bij een regionaal logistiek platform.', 'Ik heb nu vier vaste contactpersonen.', 'Zichtbaar zijn is de helft van netwerken.'),
   ('Een klant wilde graag met dieren werken.', 'Ik zocht een passende plek.', 'Ik vroeg via mijn netwerk een kinderboerderij en een dierenasiel.', 'Hij werkt nu als vrijwilliger met uitzicht op betaald werk.', 'Onverwachte contacten kunnen het verschil maken.')],
  ['Ik leg gemakkelijk contact', 'Ik houd afspraken met werkgevers na'], 'Ik wil mijn contacten beter bijhouden in het CRM-systeem'),
 'coachen': ([
   ('Een klant had geen idee welk werk bij hem paste.', 'Ik wilde hem helpen richting te vinden.', 'Ik gebruikte een interessetest en liet hem drie bedrijven bezoeken.', 'Hij koos voor de bouw en begon een BBL-opleiding.', 'Zelf ontdekken werkt beter dan advies krijgen.'),
   ('Een klant raakte na een afwijzing gedemotiveerd.', 'Ik wilde zijn motivatie herstellen.', 'Ik besprak wat hij van de afwijzing kon leren en wat goed ging.', 'Hij solliciteerde dezelfde week opnieuw.', 'Een afwijzing is ook coachingsmateriaal.')],
  ['Ik motiveer klanten', 'Ik sluit aan bij hun tempo'], 'Ik geef soms te snel zelf het antwoord'),
 'organiseren eigen werk': ([
   ('Door een nieuw registratiesysteem liep mijn administratie achter.', 'Ik moest de achterstand wegwerken.', 'Ik plande twee ochtenden per week zonder afspraken.', 'Binnen een maand was alles bijgewerkt.', 'Ik bescherm mijn planning beter dan vroeger.'),
   ('Ik combineerde mijn caseload met een projectrol.', 'Ik moest beide taken goed uitvoeren.', 'Ik maakte een weekindeling en besprak die met mijn coördinator.', 'Beide taken liepen op schema.', 'Heldere afspraken over tijd voorkomen stress.')],
  ['Ik werk gestructureerd', 'Ik houd overzicht bij drukte'], 'Ik wil mijn mail minder vaak tussendoor lezen'),
}

# ============================================================== intervision rendering
SEC = ['casus', 'opmerkingen_collegas', 'eigen_bijdrage', 'leervragen', 'leereffect', 'oordeelsvorming', 'initiatief']
KEYS = ['casus', 'opm', 'bijdrage', 'leervraag', 'leereffect', 'afweging', 'acties']
LABELS = {
 'numbered': ['2.1 Casusbeschrijving', '2.2 Inbreng en opmerkingen van de collega\'s', '2.3 Mijn bijdrage aan het oplossen van de casus',
              '2.4 Leervragen', '2.5 Leereffect voor mijn eigen werk', '2.6 Eigen afwegingen (oordeelsvorming)',
              '2.7 Acties die ik zelf zou ondernemen (initiatief)'],
 'questions': ['Waar ging de casus over?', 'Wat gaven mijn collega\'s mee?', 'Wat heb ik zelf ingebracht?',
               'Welke leervragen had ik?', 'Wat levert het mij op voor mijn eigen werk?', 'Hoe heb ik de situatie zelf afgewogen?',
               'Wat zou ik zelf hebben ondernomen?'],
 'grid': ['Casus', 'Reacties van collega\'s', 'Eigen bijdrage', 'Leervragen', 'Leereffect', 'Oordeelsvorming – mijn afwegingen',
          'Initiatief – mijn acties'],
 'caps': ['CASUS', 'OPMERKINGEN UIT DE GROEP', 'MIJN INBRENG', 'LEERVRAGEN', 'WAT IK ERVAN LEER', 'MIJN AFWEGINGEN', 'WAT IK ZELF ZOU DOEN'],
 'lettered': ['a. Beschrijving van de casus', 'b. Opmerkingen van de collega\'s', 'c. Mijn eigen bijdrage',
              'd. Mijn leervragen', 'e. Leereffect', 'f. Oordeelsvorming', 'g. Initiatief: acties'],
}
LEADS = [
 ['De casus die deze keer op tafel kwam, was de volgende.', 'Mijn collega\'s reageerden daarop als volgt.', 'Zelf heb ik dit bijgedragen.',
  'De leervragen die voor mij hieruit voortkwamen:', 'Wat ik hiervan meeneem naar mijn eigen werk:', 'Bij het afwegen van deze situatie kwam ik tot het volgende.',
  'Als ik zelf aan zet was geweest, had ik dit gedaan.'],
 ['Ingebracht werd deze situatie.', 'Vanuit de groep kwamen deze opmerkingen.', 'Mijn eigen inbreng in het gesprek was als volgt.',
  'Ik ging naar huis met deze leervragen.', 'Het leereffect voor mijn eigen praktijk is dit.', 'Mijn eigen afweging bij dit probleem:',
  'Welke acties ik zelf zou ondernemen:'],
]

def int_parts(it):
    return [(SEC[i], it[KEYS[i]]) for i in range(7) if not (it.get('drop') == SEC[i])]

def int_header_table(C, it, group):
    rows = [['Naam deelnemer', C['name']], ['Datum intervisiebijeenkomst', dlong(it['d'])],
            ['Intervisiegroep', group], ['Gehanteerde methode', it['method']], ['Casusinbrenger', it['bringer']]]
    return grid(rows, [55 * mm, 115 * mm])

def story_intervision(C, it, style, group, lead_set=0, title=None):
    st = []
    parts = int_parts(it)
    if style == 'numbered':
        st += [P(title or 'Opgaveformulier intervisiemoment', 'h1'), P('1. Gegevens', 'h2'), int_header_table(C, it, group),
               P('2. Verslag', 'h2')]
        for s, txt in parts:
            st += [P(LABELS['numbered'][SEC.index(s)], 'h3'), P(esc(txt))]
    elif style == 'questions':
        st += [P(title or f"Intervisie {dnum(it['d'])}", 'h1'),
               P(f"{C['name']} &nbsp;|&nbsp; {group} &nbsp;|&nbsp; methode: {it['method']} &nbsp;|&nbsp; casus van: {it['bringer']}", 'ps'),
               Spacer(1, 4)]
        for s, txt in parts:
            st += [P('<b>' + LABELS['questions'][SEC.index(s)] + '</b>'), P(esc(txt))]
    elif style == 'grid':
        st += [P(title or 'Verslag intervisiemoment (bijlage 5)', 'h1'), int_header_table(C, it, group), Spacer(1, 6)]
        rows = [[LABELS['grid'][SEC.index(s)], esc(txt)] for s, txt in parts]
        st.append(grid(rows, [45 * mm, 125 * mm]))
    elif style == 'caps':
        st += [P('INTERVISIEVERSLAG', 'h1'), P(f"Datum: {dnum(it['d'])}<br/>Naam: {C['name']}<br/>Groep: {group}<br/>Werkvorm: {it['method']}"), Spacer(1, 4)]
        for s, txt in parts:
            st += [P('<b>' + LABELS['caps'][SEC.index(s)] + '</b>', 'p'), P(esc(txt))]
    elif style == 'lettered':
        st += [P(title or 'Persoonlijk verslag intervisie', 'seh'),
               P(f"Bijeenkomst van {ddag(it['d'])}, {group}. Methode: {it['method']}; inbreng door {it['bringer']}.", 'se')]
        for s, txt in parts:
            st += [P('<b>' + LABELS['lettered'][SEC.index(s)] + '</b>', 'se'), P(esc(txt), 'se')]
    elif style == 'prose':
        st += [P(title or 'Intervisie – persoonlijk verslag', 'seh'),
               P(f"{C['name']}, {group}. Bijeenkomst op {ddag(it['d'])}, gewerkt volgens de {it['method']}; casusinbrenger: {it['bringer']}.", 'se')]
        for s, txt in parts:
            st.append(P(LEADS[lead_set][SEC.index(s)] + ' ' + esc(txt), 'se'))
        st += [Spacer(1, 8), P(C['name'], 'se')]
    return st

def email_intervision(C, it, group, sent, to):
    st = [grid([['Van:', f"{C['name']} &lt;{C['email']}&gt;"], ['Verzonden:', sent], ['Aan:', to],
                ['Onderwerp:', f"Mijn verslag intervisie van {dlong(it['d'])}"]], [28 * mm, 142 * mm], shade_first_col=False, box=0),
          Spacer(1, 10), P('Beste collega\'s,', 'ls'),
          P(f"Hierbij mijn persoonlijke verslag van onze intervisie van {ddag(it['d'])} ({it['method']}, casus ingebracht door {it['bringer']}).", 'ls')]
    leads = ['Kort de casus:', 'Wat jullie opmerkten:', 'Mijn eigen bijdrage:', 'Mijn leervragen:', 'Wat ik ervan leer voor mijn eigen werk:',
             'Mijn afwegingen bij het probleem:', 'Wat ik zelf zou doen:']
    for s, txt in int_parts(it):
        st.append(P('<b>' + leads[SEC.index(s)] + '</b> ' + esc(txt), 'ls'))
    st += [P('Dank weer voor de open sfeer. Tot de volgende keer!', 'ls'), P('Groet,<br/>' + C['first'], 'ls')]
    return st

def docx_intervision(C, it, group, path):
    d = new_docx('Calibri', 10.5)
    d.add_heading('Intervisieverslag', level=1)
    dx_table(d, [['Naam', C['name']], ['Datum bijeenkomst', dnum(it['d'])], ['Groep', group], ['Methode', it['method']],
                 ['Casus ingebracht door', it['bringer']]], widths=[50, 120])
    for s, txt in int_parts(it):
        d.add_heading(LABELS['questions'][SEC.index(s)], level=3)
        d.add_paragraph(txt)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d.save(path)

def record_intervision(C, rel, it, verdict, counted):
    cid = C['cid']
    docrow(cid, rel, 'intervisieverslag', '*')
    INTV.append((cid, rel, verdict, 'true' if counted else 'false'))
    fld(cid, rel, 'date', it['date'])
    miss = [SEC[i] for i in range(7) if it.get('drop') == SEC[i]]
    fld(cid, rel, 'missing_sections', ';'.join(miss))

def render_intervisions(C, items, group, folder_fn):
    """items: list of (it, style, relpath, extra) ; returns nothing; truth recorded by caller."""
    for it, style, rel, extra in items:
        path = os.path.join(COH, C['cid'], rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if style == 'email':
            build_pdf(path, email_intervision(C, it, group, extra['sent'], extra['to']))
        elif style == 'docx':
            docx_intervision(C, it, group, path)
        elif style.startswith('scan_'):
            tmp = os.path.join(tempfile.gettempdir(), f"int_{C['cid']}_{it['date']}.pdf")
            build_pdf(tmp, story_intervision(C, it, style[5:], group, extra.get('lead', 0)))
            scanify(tmp, path, seed=int(it['date'].replace('-', '')) % 1000 + 7, kind='jpg' if path.endswith('.jpg') else 'pdf')
        else:
            build_pdf(path, story_intervision(C, it, style, group, extra.get('lead', 0), extra.get('title')),
                      header=extra.get('header'), footer=extra.get('footer'))
        if path.endswith('.pdf') and not style.startswith('scan_'):
            assert npages(path) <= 2, (path, npages(path))

# ============================================================== activity forms (bijlage 4)
def c_txt(a):
    if a['A'] is None:
        return '?'
    return nl((a['A'] + a['B']) / 60) + ' uur'

def pe_txt(a):
    return nl(a['claim_pe']) if a['claim_pe'] is not None else ''

def form_rows(C, a, labels):
    vals = [dnum(a['d']), a['title'], a['org'], a['kind'], a['a_txt'], a['b_txt'], c_txt(a), pe_txt(a)]
    return list(zip(labels, vals))

LBL3 = {
 'stack': ['Datum activiteit', 'Naam / titel van de activiteit', 'Organiserende instantie', 'Soort activiteit',
           'A. Tijd aanwezigheid (exclusief pauze en inloop)', 'B. Tijd voorbereiding / zelfstudie', 'C. Totaal aantal uren (A + B)',
           'Aantal PE-punten (C : 2, maximaal 4)'],
 'grid': ['Datum', 'Onderwerp', 'Aanbieder', 'Type activiteit', 'Aanwezig (A) – zonder pauze/inloop', 'Voorbereiding (B)',
          'Totaal C = A + B', 'PE (max. 4)'],
 'inline': ['Wanneer', 'Wat', 'Georganiseerd door', 'Vorm', 'Uren aanwezig zonder pauze/inloop (A)', 'Uren zelfstudie vooraf (B)',
            'Totaal (C)', 'PE-punten'],
}
LBL4 = {
 'grid4': ['1.1 Datum van de activiteit', '1.2 Titel', '1.3 Organisator', '1.4 Aard van de activiteit',
           '2.1 Tijd aanwezigheid (A), excl. pauze & inloop', '2.2 Tijd voorbereiding/zelfstudie (B)', '2.3 Totaal aantal uren C = A + B',
           '2.4 Aantal PE-punten activiteit (max. 4)'],
 'stack4': ['DATUM', 'ACTIVITEIT', 'ORGANISATOR', 'SOORT', 'TIJD AANWEZIG (A, zonder pauze en inloop)', 'TIJD VOORBEREIDING (B)',
            'TOTAAL (C = A + B)', 'PE-PUNTEN (C/2, max 4)'],
}

def form_story(C, a, style):
    st = []
    if style in ('stack', 'scan_stack'):
        st += [P('Opgaveformulier activiteit vakontwikkeling', 'h1'), P(f"Kandidaat: {C['name']} &nbsp;&nbsp; Certificaatnummer: {C['certnr']}", 'ps'), Spacer(1, 6)]
        for lab, v in form_rows(C, a, LBL3['stack']):
            st += [P('<b>' + esc(lab) + '</b>', S('sl', 'DV', 9, space=0)), P(esc(v), S('sv', 'DV', 10.5, space=7))]
        st += [Spacer(1, 8), SigFlow('Handtekening kandidaat', True, C['name'], seed=hash_seed(C, a))]
    elif style == 'grid':
        st += [P('Bijlage 4 – Opgave activiteit vakontwikkeling', 'h1'),
               grid([['Naam kandidaat', C['name']]] + [[esc(l), esc(v)] for l, v in form_rows(C, a, LBL3['grid'])], [62 * mm, 108 * mm]),
               Spacer(1, 6), P('Ik verklaar dit formulier naar waarheid te hebben ingevuld.', 'ps'),
               P(f"Plaats en datum: Zuiderveen, {dnum(a['d'] + dt.timedelta(days=3))}", 'ps')]
    elif style == 'inline':
        st += [P('Opgave vakontwikkeling – vakoverleg', 'h2'), P(f"Deelnemer: {C['name']}"), Spacer(1, 4)]
        for lab, v in form_rows(C, a, LBL3['inline']):
            st.append(P(f"<b>{esc(lab)}:</b> {esc(v)}"))
        st.append(P('Structuur: vaste agenda, voorzitter en notulist; verslag in het teamarchief.', 'ps'))
    elif style in ('grid4', 'scan_grid4'):
        st += [P('OPGAVEFORMULIER PER ACTIVITEIT', 'h1'), P(f"Gemeente Oostervaart · Sociale Dienst · {C['team']}", 'ps'),
               grid([['Naam', C['name']], ['Registratienummer', C['certnr']]], [62 * mm, 108 * mm]), Spacer(1, 5),
               grid([[esc(l), esc(v)] for l, v in form_rows(C, a, LBL4['grid4'])], [78 * mm, 92 * mm]), Spacer(1, 8),
               SigFlow('Paraaf deelnemer', True, C['short'], seed=hash_seed(C, a))]
    elif style == 'stack4':
        st += [P(f"Vakontwikkeling – opgave activiteit nr. {a['k']}", 'lsh'), P(C['name'], 'ls'), Spacer(1, 4)]
        for lab, v in form_rows(C, a, LBL4['stack4']):
            st += [P(esc(lab), S('sl4', 'LSB', 8.5, space=0)), P(esc(v), S('sv4', 'LS', 10.5, space=6))]
    return st

def hash_seed(C, a):
    return int(C['cid'][-1]) * 100 + a['k']

def acro_form(C, a, path, variant):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = rlcanvas.Canvas(path, pagesize=A4)
    c.setTitle('Opgaveformulier activiteit')
    W, H = A4
    c.setFont('DVB', 14)
    c.drawString(20 * mm, H - 25 * mm, 'Opgaveformulier activiteit vakontwikkeling' if variant == 3 else 'Formulier opgave PE-activiteit')
    c.setFont('DV', 8.5)
    c.drawString(20 * mm, H - 31 * mm, 'Digitaal invulbaar formulier – bijlage 4 hercertificering re-integratiebegeleider')
    labels = ['Naam kandidaat', 'Datum activiteit', 'Titel activiteit', 'Organisator', 'Soort activiteit',
              'A  Aanwezigheid excl. pauze/inloop', 'B  Voorbereiding/zelfstudie', 'C  Totaal A + B', 'PE-punten (max. 4)', 'Handtekening (naam)']
    names = ['naam', 'datum', 'titel', 'organisator', 'soort', 'uren_a', 'uren_b', 'uren_c', 'pe', 'handtekening']
    vals = [C['name'], dnum(a['d']), a['title'], a['org'], a['kind'], a['a_txt'], a['b_txt'], c_txt(a), pe_txt(a), C['name']]
    y = H - 45 * mm
    form = c.acroForm
    for lab, nm, v in zip(labels, names, vals):
        c.setFont('DV', 9)
        c.drawString(20 * mm, y + 2 * mm, lab)
        v = v.replace('\u2013', '-').replace('\u2014', '-')
        form.textfield(name=nm, value=v, x=85 * mm, y=y, width=105 * mm, height=7 * mm, fontName='Helvetica', fontSize=9,
                       borderWidth=0.6, borderColor=colors.black, fillColor=colors.HexColor('#f3f6fb'), textColor=colors.black)
        y -= 12 * mm
    c.setFont('DV', 7.5)
    c.drawString(20 * mm, y, 'Door het typen van uw naam in het veld Handtekening ondertekent u dit formulier.')
    c.save()

def form_docx(C, a, path, variant):
    d = new_docx('Arial' if variant == 4 else 'Calibri', 10)
    if variant == 3:
        d.add_heading('Opgaveformulier vakontwikkeling', level=1)
        d.add_paragraph(f"Kandidaat: {C['name']}")
        labs = ['Datum', 'Titel', 'Organisator', 'Soort', 'A (aanwezig)', 'B (voorbereiding)', 'C = A+B', 'PE']
        vals = [dnum(a['d']), a['title'], a['org'], a['kind'], a['a_txt'], a['b_txt'], c_txt(a), pe_txt(a)]
        # labels ABOVE values: two blocks of four columns
        dx_table(d, [labs[:4], vals[:4]], bold_first=False)
        d.add_paragraph('')
        dx_table(d, [labs[4:], vals[4:]], bold_first=False)
        for row in d.tables[0].rows[:1] + d.tables[1].rows[:1]:
            for cell in row.cells:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    else:
        d.add_heading('Opgave activiteit vakontwikkeling', level=2)
        p = d.add_paragraph(); p.add_run('Deelnemer: ').bold = True; p.add_run(C['name'])
        rows = [[l, v] for l, v in form_rows(C, a, LBL4['grid4'])]
        dx_table(d, rows, widths=[75, 95])
        d.add_paragraph('')
        d.add_paragraph(f"Oostervaart, {dlong(a['d'] + dt.timedelta(days=5))}")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d.save(path)

def render_form(C, a, rel):
    path = os.path.join(COH, C['cid'], rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    s = a['form']
    if s in ('acro', 'acro4'):
        acro_form(C, a, path, 3 if s == 'acro' else 4)
    elif s in ('docx', 'docx4'):
        form_docx(C, a, path, 3 if s == 'docx' else 4)
    elif s.startswith('scan_'):
        tmp = os.path.join(tempfile.gettempdir(), f"form_{C['cid']}_{a['k']}.pdf")
        build_pdf(tmp, form_story(C, a, s))
        scanify(tmp, path, seed=hash_seed(C, a), kind='jpg' if path.endswith('.jpg') else 'pdf')
    else:
        build_pdf(path, form_story(C, a, s), footer=f"{C['name']} – hercertificering {C['app'].year}")
    cid = C['cid']
    docrow(cid, rel, 'opgaveformulier_activiteit', '*')
    fld(cid, rel, 'date', a['date']); fld(cid, rel, 'title', a['title']); fld(cid, rel, 'kind', a['kind'])
    if a['A'] is None:
        fld(cid, rel, 'hours_attendance', ''); fld(cid, rel, 'hours_preparation', f"{a['B'] / 60:.2f}")
        fld(cid, rel, 'pe', '')
    else:
        fld(cid, rel, 'hours_attendance', f"{a['A'] / 60:.2f}"); fld(cid, rel, 'hours_preparation', f"{a['B'] / 60:.2f}")
        fld(cid, rel, 'pe', fmt2(a['pe']))

# ============================================================== proofs of attendance
class Strokes(Flowable):
    def __init__(self, seed, w=40 * mm, h=9 * mm):
        super().__init__(); self.seed, self.width, self.height = seed, w, h
    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor('#1a2a7a')); c.setLineWidth(1)
        pts = sig_points(self.seed)
        p = c.beginPath(); p.moveTo(pts[0][0] * 0.6, pts[0][1] * 0.5)
        for x, y in pts[1:]:
            p.lineTo(x * 0.6, y * 0.5)
        c.drawPath(p, stroke=1, fill=0)

def proof_story(C, a, style, variant=0):
    A_h = None if a['A'] is None else a['A'] / 60
    nm, t, org, d = C['name'], a['title'], a['org'], a['d']
    st = []
    if style in ('cert_center', 'scan_cert'):
        st += [Spacer(1, 30 * mm), P(org.upper(), S('o', 'DVB', 11, align=TA_CENTER, space=18)),
               P('Certificaat', S('t', 'SEB', 26, align=TA_CENTER, space=4)),
               P('certificate of attendance', S('t2', 'DVI', 10, align=TA_CENTER, space=22)),
               P(nm, S('n', 'SE', 20, align=TA_CENTER, space=14)),
               P(esc(t), S('t3', 'DVB', 13, align=TA_CENTER, space=10)),
               P(ddag(d), 'c')]
        if A_h is not None:
            st.append(P(f"{nl(A_h)} uur" if variant == 0 else f"{nl(A_h)} contacturen (exclusief pauzes)", 'c'))
        else:
            st.append(P('ochtendprogramma', 'c'))
        st += [Spacer(1, 20 * mm), Strokes(hash_seed(C, a) + 50, 50 * mm), P('trainer / docent', 'cs')]
    elif style == 'cert_en':
        st += [grid([['<b>CERTIFICATE OF ATTENDANCE</b><br/>Bewijs van deelname', f"<b>{esc(org)}</b><br/>opleidingen &amp; training"]],
                    [95 * mm, 75 * mm], shade_first_col=False), Spacer(1, 14),
               P(f"Hierbij verklaren wij dat <b>{nm}</b> volledig heeft deelgenomen aan de training", 'p'),
               P(f"<b>{esc(t)}</b>", S('x', 'DVB', 13, space=8)),
               grid([['Datum / date', dlong(d)], ['Duur / duration', f"{nl(A_h)} uur, exclusief pauzes"], ['Locatie', 'Utrecht' if C is C4 else 'Zwolle'],
                     ['Certificaatnummer', f"{org[:3].upper()}-{d.year}-{100 + hash_seed(C, a)}"]], [55 * mm, 115 * mm]),
               Spacer(1, 16), P('Met vriendelijke groet,'), Strokes(hash_seed(C, a) + 60), P('drs. E. van der Veen, directeur opleidingen', 'ps')]
    elif style == 'congres':
        dur = {0: '5 uur en 15 minuten', 1: '6u30', 2: '5 uur en 30 minuten'}[variant]
        st += [P(esc(org), 'h2'), P('Deelnamebevestiging', 'h1'),
               P(f"Geachte {('mevrouw ' + nm)},"),
               P(f"Wij bevestigen dat u aanwezig bent geweest op het <b>{esc(t)}</b>, gehouden op {ddag(d)}. "
                 f"U heeft zich bij de registratiebalie aangemeld en uw badge is bij alle plenaire sessies en workshops gescand."),
               P(f"Netto programmatijd (exclusief ontvangst, lunch en pauzes): <b>{dur}</b>."),
               P('Programma', 'h3')]
        prog = [['Tijd', 'Onderdeel']] + [['09.00', 'Ontvangst en registratie'], ['09.30', 'Opening door de dagvoorzitter'],
               ['10.00', 'Keynote'], ['11.15', 'Workshopronde 1'], ['12.30', 'Lunch'], ['13.30', 'Workshopronde 2'],
               ['14.45', 'Pauze'], ['15.15', 'Paneldiscussie en afsluiting']]
        st += [grid(prog, [25 * mm, 145 * mm], header=True), Spacer(1, 10), P('Met vriendelijke groet,'),
               Strokes(hash_seed(C, a) + 70), P('Congresorganisatie', 'ps')]
    elif style == 'elearn':
        mins = a['A']
        st += [P(esc(org), S('e1', 'DVB', 16, align=TA_CENTER, space=2)), P('online leeromgeving', 'cs'), Spacer(1, 16),
               P('Bewijs van afronding e-learning', S('e2', 'DVB', 18, align=TA_CENTER, space=14)),
               grid([['Deelnemer', nm], ['Module', esc(t)], ['Status', 'Afgerond – alle onderdelen en eindtoets voltooid'],
                     ['Datum afronding', dnum(d)], ['Studiebelasting', f"{mins} minuten"], ['Score eindtoets', '86%']], [50 * mm, 120 * mm]),
               Spacer(1, 10), P('Dit bewijs is automatisch aangemaakt en is geldig zonder handtekening.', 'ps')]
    elif style == 'teamlead':
        if C is C3:
            st += [P(f"{C['employer']}", 'h2'), P(f"{C['dept']} · {C['team']}", 'ps'), Spacer(1, 10),
                   P('Verklaring deelname vakoverleg', 'h1'),
                   P(f"Ondergetekende, {C['boss']}, {C['boss_title']}, verklaart dat {nm} op {ddag(d)} van 14.00 tot 16.30 uur "
                     f"heeft deelgenomen aan het gestructureerde vakoverleg \"{esc(t)}\". Het overleg kende een vooraf verspreide agenda, "
                     f"een inleiding door de beleidsadviseur Participatiewet en een uitgewerkt verslag dat in het teamarchief is opgenomen."),
                   P(f"Zuiderveen, {dlong(d + dt.timedelta(days=1))}"), SigFlow('Handtekening', True, C['boss'], seed=901, sub=C['boss_title'])]
        else:
            tijden = {2: ('09.00', '13.00'), 6: ('13.00', '17.00')}[a['k']]
            st += [P('GEMEENTE OOSTERVAART', 'h2'), P('Sociale Dienst – Cluster Werk', 'ps'), Spacer(1, 8),
                   P(f"Betreft: deelname vakoverleg {dnum(d)}", 'h3'),
                   P(f"Hierbij bevestig ik als coördinator van Team Werkfit dat mevrouw {nm} aanwezig was bij het vakoverleg "
                     f"\"{esc(t)}\" op {dlong(d)}. Het overleg duurde van {tijden[0]} tot {tijden[1]} uur, werd voorgezeten door ondergetekende "
                     f"en volgde de vaste opzet: inleiding, casusoverstijgende bespreking van beleid en werkafspraken, en vastlegging in een actielijst."),
                   SigFlow('Ondertekening', True, C['boss'], seed=902 + a['k'], sub=C['boss_title'])]
    elif style in ('letter', 'scan_letter'):
        ld = d + dt.timedelta(days={5: 18, 11: 12}.get(a['k'], 14))
        st += [P(esc(org), 'h2'), P('Postbus 1' + str(200 + a['k']) + ' · secretariaat', 'ps'), Spacer(1, 14),
               P(f"{nm}<br/>{C['street']}<br/>{C['city']}"), Spacer(1, 10),
               P(f"{'Zwolle' if C is C3 else 'Groningen'}, {dlong(ld)}"), P('Onderwerp: bevestiging deelname', 'h3'),
               P(f"Geachte mevrouw {C['last']},"),
               P(f"Hierbij bevestigen wij dat u op {dlong(d)} heeft deelgenomen aan \"{esc(t)}\". De bijeenkomst omvatte "
                 f"{nl(A_h)} uur inhoudelijk programma, pauzes niet meegerekend. U was de gehele bijeenkomst aanwezig."),
               P('Wij danken u voor uw actieve inbreng en hopen u bij een volgende bijeenkomst weer te mogen begroeten.'),
               P('Met vriendelijke groet,'), SigFlow('', True, 'mr. A.C. Bosman, programmamanager', seed=950 + a['k'])]
    elif style == 'email':
        if C is C3:
            st += [grid([['Van:', f"Kennisnetwerk Werk &amp; Inkomen &lt;webinars@kennisnetwerk-wi.nl&gt;"],
                         ['Verzonden:', f"{ddag(d + dt.timedelta(days=1))} 09:12"], ['Aan:', C['email']],
                         ['Onderwerp:', 'Bevestiging deelname webinar']], [28 * mm, 142 * mm], shade_first_col=False, box=0),
                   Spacer(1, 10), P(f"Beste {nm},"),
                   P(f"Bedankt voor uw deelname aan het webinar <b>{esc(t)}</b> op {dlong(d)}. Volgens onze registratie was u de "
                     f"volledige uitzending van {nl(A_h)} uur ingelogd (15.00 – 17.00 uur)."),
                   P('Deze e-mail geldt als bewijs van deelname. De presentatie en de opname vindt u in uw account.'),
                   P('Met vriendelijke groet,<br/>Team Webinars<br/>Kennisnetwerk Werk &amp; Inkomen')]
        else:
            st += [grid([['Van', f"{C['boss']} &lt;m.delange@oostervaart.example&gt;"], ['Datum', f"{dnum(d + dt.timedelta(days=4))} 16:47"],
                         ['Aan', 'deelnemers vakoverleg'], ['Onderwerp', f"Presentie en actiepunten vakoverleg {dnum(d)}"]],
                        [28 * mm, 142 * mm], shade_first_col=False, box=0.3), Spacer(1, 10), P('Hallo allemaal,'),
                   P(f"Dank voor jullie komst naar het vakoverleg \"{esc(t)}\" op {dlong(d)} (13.00 – 17.00 uur). Aanwezig waren: "
                     f"{nm}, A. Chaouch, L. Meijer, P. Hoekstra, W. Zandstra en ondergetekende (voorzitter)."),
                   P('De actiepunten staan in de bijlage. Voor wie hercertificering doet: deze mail kun je gebruiken als bewijs van deelname.'),
                   P('Groet,<br/>Marco de Lange<br/>coördinator Team Werkfit')]
    elif style == 'attlist':
        tijd = '13.30 – 17.00 uur' if C is C3 else '09.00 – 13.00 uur'
        names = (['R. Hazenberg (vz)', 'H. Bakker', C['name'], 'M. Jansen', 'A. de Groot', 'F. Visser', 'E. Yilmaz']
                 if C is C3 else ['M. de Lange (vz)', 'W. Zandstra', 'P. Hoekstra', C['name'], 'L. Meijer', 'R. Dijkman', 'A. Chaouch'])
        st += [P('Presentielijst', 'h1'), grid([['Overleg', esc(t)], ['Datum', ddag(d)], ['Tijd', tijd], ['Locatie', 'Stadskantoor, zaal 3.14']],
                                                 [35 * mm, 135 * mm]), Spacer(1, 8)]
        rows = [['Nr', 'Naam', 'Functie', 'Paraaf']]
        for i, n in enumerate(names):
            rows.append([str(i + 1), n, 're-integratiebegeleider' if '(vz)' not in n else 'teamleider/voorzitter', Strokes(300 + i + a['k'], 28 * mm, 7 * mm)])
        st += [grid(rows, [12 * mm, 65 * mm, 55 * mm, 38 * mm], header=True), Spacer(1, 10),
               P('Voor akkoord, de voorzitter:'), SigFlow('Handtekening voorzitter', True, names[0].replace(' (vz)', ''), seed=700 + a['k'])]
    return st

def render_proof(C, a, rel, form_rel, variant=0):
    path = os.path.join(COH, C['cid'], rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    s = a['proof']
    if s.startswith('scan_'):
        tmp = os.path.join(tempfile.gettempdir(), f"proof_{C['cid']}_{a['k']}.pdf")
        build_pdf(tmp, proof_story(C, a, s, variant))
        scanify(tmp, path, seed=hash_seed(C, a) + 5, kind='jpg' if path.endswith('.jpg') else 'pdf')
    else:
        build_pdf(path, proof_story(C, a, s, variant))
    cid = C['cid']
    docrow(cid, rel, 'bewijs_deelname', '*')
    fld(cid, rel, 'proves', f"{cid}/{form_rel}")
    fld(cid, rel, 'participant', C['name'])
    fld(cid, rel, 'date', a['date'])
    if a['A'] is not None:
        fld(cid, rel, 'duration_hours', f"{a['A'] / 60:.2f}")

# ============================================================== core documents
def cert_agreement_story(C, signed_date, variant):
    st = [P('CERTIFICATIEOVEREENKOMST', 'h1'), P('Hercertificering Klantmanager discipline re-integratie (RIB)', 'h3'), Spacer(1, 4),
          P('De ondergetekenden:'),
          P('1. <b>Hobéon SKO</b>, certificatie-instelling, hierna te noemen: de certificatie-instelling;'),
          P(f"2. <b>{C['name']}</b>, wonende te {C['city'][8:]}, geboren op {C['born']}, hierna te noemen: de kandidaat;"),
          P('komen het volgende overeen:'),
          P('Artikel 1 – Onderwerp', 'h3'),
          P('De certificatie-instelling beoordeelt de aanvraag tot hercertificering van de kandidaat aan de hand van de geldende hercertificeringsregeling.'),
          P('Artikel 2 – Verplichtingen kandidaat', 'h3'),
          P('De kandidaat levert een volledig dossier aan, naar waarheid ingevuld en in het Nederlands, en meldt wijzigingen die van belang zijn voor het certificaat.'),
          P('Artikel 3 – Vertrouwelijkheid', 'h3'),
          P('Alle ingezonden documenten worden vertrouwelijk behandeld en uitsluitend gebruikt voor de beoordeling.'),
          P('Artikel 4 – Beslissing en bezwaar', 'h3'),
          P('De certificatie-instelling besluit tot toekenning, aanvulling of afwijzing. Tegen een besluit kan de kandidaat binnen zes weken bezwaar maken.'),
          P('Artikel 5 – Kosten', 'h3'),
          P('De kandidaat is de tarieven verschuldigd zoals vermeld op de website van de certificatie-instelling.'),
          P('Artikel 6 – Indiening', 'h3'),
          P('Met ondertekening van deze overeenkomst dient de kandidaat de aanvraag tot hercertificering in.'),
          Spacer(1, 10),
          grid([['Plaats', C['city'][8:]], ['Datum', dnum(signed_date)]], [40 * mm, 60 * mm]), Spacer(1, 6),
          SigFlow('Handtekening kandidaat', True, C['name'], seed=11 + variant)]
    return st

def aanvraag_story3(C):
    return [P(f"{C['employer'].upper()} – kopie t.b.v. eigen administratie", 'ps'),
            P('Aanvraagformulier hercertificering', 'h1'), P('Re-integratiebegeleider / klantmanager discipline re-integratie', 'h3'),
            P('1. Persoonsgegevens', 'h2'),
            grid([['1.1 Naam (voluit)', C['name']], ['1.2 Geboortedatum', C['born']], ['1.3 Adres', C['street']],
                  ['1.4 Postcode en woonplaats', C['city']], ['1.5 E-mailadres', C['email']], ['1.6 Telefoon', C['phone']]], [60 * mm, 110 * mm]),
            P('2. Certificaat', 'h2'),
            grid([['2.1 Huidig certificaatnummer', C['certnr']], ['2.2 Regeling', 'Hercertificering Klantmanagers discipline re-integratie'],
                  ['2.3 Soort aanvraag', 'hercertificering']], [60 * mm, 110 * mm]),
            P('3. Werkgever', 'h2'),
            grid([['3.1 Organisatie', C['employer']], ['3.2 Afdeling', C['dept']], ['3.3 Functie', 're-integratiebegeleider'],
                  ['3.4 Leidinggevende', f"{C['boss']}, {C['boss_title']}"]], [60 * mm, 110 * mm]),
            P('4. Ondertekening', 'h2'),
            P('Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld en ga akkoord met de verwerking van mijn gegevens voor de hercertificering.'),
            grid([['4.1 Datum aanvraag', dnum(C['app'])], ['4.2 Plaats', 'Zuiderveen']], [60 * mm, 110 * mm]), Spacer(1, 6),
            SigFlow('4.3 Handtekening aanvrager', True, C['name'], seed=31)]

def aanvraag_docx4(C, path):
    d = new_docx('Arial', 10)
    d.add_heading('Aanmelding hercertificatie-onderzoek', level=1)
    d.add_paragraph('Regeling: Klantmanagers discipline re-integratie (RIB) – Hobéon SKO')
    d.add_heading('A  Gegevens aanvrager', level=2)
    dx_table(d, [['Achternaam', 'Bouzian-de Wit'], ['Voornamen', 'Samira'], ['Geboortedatum', C['born']],
                 ['Burgerservicenummer', C['bsn']], ['Straat en huisnummer', C['street']], ['Postcode/woonplaats', C['city']],
                 ['E-mail', C['email']], ['Mobiel', C['phone']]], widths=[60, 110])
    d.add_heading('B  Huidige registratie', level=2)
    dx_table(d, [['Registratienummer', C['certnr']], ['Geldig tot', '30-11-2026']], widths=[60, 110])
    d.add_heading('C  Huidige functie', level=2)
    dx_table(d, [['Werkgever', C['employer'] + ', ' + C['dept']], ['Functie', 're-integratiebegeleider'],
                 ['Leidinggevende', C['boss'] + ' (' + C['boss_title'] + ')']], widths=[60, 110])
    d.add_heading('D  Verklaring en ondertekening', level=2)
    d.add_paragraph('Ondergetekende vraagt hercertificering aan en verklaart alle gegevens naar waarheid te hebben ingevuld.')
    d.add_paragraph(f"Datum: {dlong(C['app'])}        Plaats: Oostervaart")
    dx_sig(d, 'Handtekening:', True, C['name'], 41)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d.save(path)

def werk_docx3(C, path):
    d = new_docx('Times New Roman', 11)
    p = d.add_paragraph(); r = p.add_run(C['employer'].upper()); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph('Afdeling P&O – Bedrijfsvoering\nPostbus 4100, 7400 GC Zuiderveen')
    d.add_paragraph('')
    d.add_paragraph('Aan: Hobéon SKO, t.a.v. de afdeling certificering')
    d.add_paragraph(f"Zuiderveen, 30 maart 2026\nOns kenmerk: PO/2026/0412\nBetreft: werkgeversverklaring t.b.v. hercertificering")
    d.add_paragraph('')
    d.add_paragraph('Geachte heer, mevrouw,')
    d.add_paragraph(f"Hierbij verklaren wij dat mevrouw {C['name']}, geboren op {C['born']}, sinds 1 september 2016 in dienst is van de "
                    f"gemeente Zuiderveen in de functie van re-integratiebegeleider bij het {C['team']} voor 32 uur per week, "
                    f"bij een volledige werkweek van 36 uur.")
    d.add_paragraph('Het dienstverband is aangegaan voor onbepaalde tijd en is op de datum van deze verklaring niet opgezegd. '
                    'Mevrouw Terpstra begeleidt in deze functie inwoners met een bijstandsuitkering naar werk en participatie.')
    d.add_paragraph('Deze verklaring is afgegeven op verzoek van betrokkene ten behoeve van haar hercertificering.')
    d.add_paragraph('Met vriendelijke groet,')
    t = d.add_table(rows=1, cols=2)
    c1, c2 = t.rows[0].cells
    c1.text = 'Namens de afdeling P&O,\n\n\n' + C['po'] + '\n' + C['po_title']
    c2.text = 'Ondertekening leidinggevende:'
    tmp = os.path.join(tempfile.gettempdir(), 'sig_boss3.png'); sig_png(903, tmp)
    c2.add_paragraph().add_run().add_picture(tmp, width=Mm(40))
    c2.add_paragraph('…………………………………')
    c2.add_paragraph(C['boss'] + '\n' + C['boss_title'])
    d.save(path)

def werk_story4(C):
    return [P('GEMEENTE OOSTERVAART', S('go', 'DVB', 15, space=0)), P('afdeling P&amp;O', 'ps'), Spacer(1, 10),
            P('WERKGEVERSVERKLARING', 'h1'), P('t.b.v. hercertificering re-integratiebegeleider (bijlage 1)', 'ps'),
            P('1. Werknemer', 'h2'),
            grid([['1.1 Naam', C['name']], ['1.2 Geboortedatum', C['born']], ['1.3 Personeelsnummer', '0047-3391']], [60 * mm, 110 * mm]),
            P('2. Dienstverband', 'h2'),
            grid([['Periode van', 'tot en met', 'Functie', 'Uren per week', 'Afdeling'],
                  ['01-01-2018', '29-02-2024', 're-integratiebegeleider', '24', 'Sociale Dienst, Team Werkfit'],
                  ['01-03-2024', 'heden', 're-integratiebegeleider', '32', 'Sociale Dienst, Team Werkfit']],
                 [27 * mm, 27 * mm, 45 * mm, 24 * mm, 47 * mm], header=True),
            Spacer(1, 4),
            P('2.1 De volledige werkweek bij de gemeente Oostervaart bedraagt 36 uur (CAO Gemeenten).', 'ps'),
            P('2.2 Per 1 maart 2024 is de arbeidsduur op verzoek van werknemer uitgebreid; het dienstverband is ononderbroken voortgezet.', 'ps'),
            P('2.3 Werknemer is op de datum van ondertekening nog in dienst in bovengenoemde functie.', 'ps'),
            P('3. Ondertekening leidinggevende', 'h2'),
            grid([['Naam', C['boss']], ['Functie', C['boss_title']], ['Datum', '02-09-2026']], [60 * mm, 110 * mm]), Spacer(1, 4),
            SigFlow('Handtekening', True, C['boss'], seed=904), Spacer(1, 4),
            P('Stempel: GEMEENTE OOSTERVAART – SOCIALE DIENST', S('stp', 'DVB', 9, space=0))]

def exp_docx3(C, path):
    d = new_docx('Calibri', 10)
    d.add_heading('Ervaringsverklaring', level=0)
    d.add_paragraph(f"Kandidaat: {C['name']} – re-integratiebegeleider, {C['employer']}\nPeriode: april 2022 – april 2026")
    d.add_paragraph('In deze verklaring beschrijf ik per competentie twee situaties volgens STARR en reflecteer ik op mijn sterke punten '
                    'en mijn ontwikkelpunt. Ik heb hierbij de jaargesprekken van 2023, 2024 en 2025 gebruikt.')
    for i, comp in enumerate(COMPS):
        exs, strong, dev = EXP3[comp]
        d.add_heading(f"{i + 1}. {comp[0].upper() + comp[1:]}", level=2)
        for j, ex in enumerate(exs):
            d.add_paragraph(f"Voorbeeld {j + 1}").runs[0].bold = True
            dx_table(d, [['Situatie', ex[0]], ['Taak', ex[1]], ['Activiteiten', ex[2]], ['Resultaat', ex[3]], ['Reflectie', ex[4]]], widths=[30, 140])
        p = d.add_paragraph(); p.add_run('Sterke punten: ').bold = True; p.add_run(f"1) {strong[0].lower()}; 2) {strong[1].lower()}.")
        p = d.add_paragraph(); p.add_run('Ontwikkelpunt: ').bold = True; p.add_run(dev + '.')
    d.add_heading('Ondertekening leidinggevende', level=2)
    d.add_paragraph('Ik heb kennisgenomen van deze ervaringsverklaring en herken het beeld dat de kandidaat schetst.')
    dx_sig(d, 'Handtekening leidinggevende', True, f"{C['boss']}, {C['boss_title']}", 905, 'Zuiderveen, 6 april 2026')
    d.save(path)

def exp_story4(C):
    st = [P('Ervaringsverklaring hercertificering', 'h1'),
          grid([['Naam', C['name']], ['Functie', 're-integratiebegeleider'], ['Werkgever', f"{C['employer']}, {C['dept']}"],
                ['Periode', 'september 2022 t/m augustus 2026']], [40 * mm, 130 * mm]), Spacer(1, 4),
          P('Per competentie volgen twee praktijkvoorbeelden, uitgewerkt met de STARR-methode, gevolgd door mijn reflectie.', 'ps')]
    for i, comp in enumerate(COMPS):
        exs, strong, dev = EXP4[comp]
        blk = [P(f"2.{i + 1} {comp.capitalize()}", 'h2')]
        for j, ex in enumerate(exs):
            blk.append(P(f"<i>Voorbeeld {chr(65 + j)}</i>", 'p'))
            for lab, txt in zip(['Situatie', 'Taak', 'Activiteiten', 'Resultaat', 'Reflectie'], ex):
                blk += [P(lab, S('sh', 'DVB', 8.5, space=0)), P(esc(txt), S('sb', 'DV', 9, space=2))]
        blk.append(P(f"Mijn sterke punten zijn 1) {esc(strong[0].lower())} en 2) {esc(strong[1].lower())}. "
                     f"Mijn ontwikkelpunt: {esc(dev[0].lower() + dev[1:])}.", 'p'))
        st += blk
    st += [P('3. Akkoord leidinggevende', 'h2'),
           P(f"Als leidinggevende verklaar ik dat deze ervaringsverklaring een juist beeld geeft van het functioneren van {C['name']}."),
           grid([['Naam', C['boss']], ['Functie', C['boss_title']], ['Datum', '03-09-2026']], [40 * mm, 130 * mm]), Spacer(1, 4),
           SigFlow('Handtekening leidinggevende', True, C['boss'], seed=906)]
    return st

# ============================================================== overview spreadsheets (bijlage 3)
def overview_xlsx3(C, acts, path):
    import openpyxl
    from openpyxl.styles import Font, Border, Side, PatternFill, Alignment
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Vakontwikkeling'
    ws['A1'] = f"Overzicht vakontwikkeling – {C['name']} – referteperiode {dnum(C['ref_start'])} t/m {dnum(C['app'])}"
    ws['A1'].font = Font(bold=True, size=12)
    hdr = ['Nr.', 'Datum', 'Titel activiteit', 'Organisator', 'Soort', 'Aanwezig A (u:mm)', 'Voorbereiding B (u:mm)', 'Totaal C (u:mm)', 'PE']
    thin = Side(style='thin')
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h); c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='D9DEE8'); c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, a in enumerate(acts):
        r = 4 + i
        vals = [a['k'], dt.datetime.combine(a['d'], dt.time()), a['title'], a['org'], a['kind'],
                dt.time(a['A'] // 60, a['A'] % 60), dt.time(a['B'] // 60, a['B'] % 60),
                dt.time((a['A'] + a['B']) // 60, (a['A'] + a['B']) % 60), a['claim_pe']]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if j == 2: c.number_format = 'dd-mm-yyyy'
            if j in (6, 7, 8): c.number_format = 'h:mm'
            if j == 9: c.number_format = '0.00'
    r = 4 + len(acts)
    ws.cell(row=r, column=8, value='Totaal PE').font = Font(bold=True)
    ws.cell(row=r, column=9, value=sum(a['claim_pe'] for a in acts)).number_format = '0.00'
    for col, w in zip('ABCDEFGHI', [5, 12, 55, 40, 14, 16, 20, 15, 8]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = 'I. Terpstra'
    wb.properties.created = dt.datetime(2026, 4, 10)
    wb.properties.modified = dt.datetime(2026, 4, 10)
    wb.save(path)

def overview_ods4(C, acts, path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table as OTable, TableRow, TableCell
    from odf.text import P as OP
    doc = OpenDocumentSpreadsheet()
    t = OTable(name='Bijlage 3')
    def row(vals):
        tr = TableRow()
        for v in vals:
            if isinstance(v, dt.date):
                tc = TableCell(valuetype='date', datevalue=v.isoformat()); tc.addElement(OP(text=dnum(v)))
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                tc = TableCell(valuetype='float', value=str(v)); tc.addElement(OP(text=nl(v)))
            else:
                tc = TableCell(valuetype='string'); tc.addElement(OP(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    row([f"Bijlage 3 – overzicht vakontwikkeling {C['name']}"])
    row([''])
    row(['datum', 'omschrijving activiteit', 'aanbieder', 'vorm', 'uren A (aanwezig)', 'uren B (voorbereiding)', 'uren totaal', 'PE-punten'])
    for a in acts:
        if a['A'] is None:
            row([a['d'], a['title'], a['org'], a['kind'], 'dagdeel', a['B'] / 60, '', a['claim_pe']])
        else:
            row([a['d'], a['title'], a['org'], a['kind'], a['A'] / 60, a['B'] / 60, (a['A'] + a['B']) / 60, a['claim_pe']])
    row(['', '', '', '', '', '', 'totaal', sum(a['claim_pe'] for a in acts)])
    doc.spreadsheet.addElement(t)
    doc.save(path)

# ============================================================== assembly
def W(C, rel):
    return os.path.join(COH, C['cid'], rel)

def assemble3(C):
    cid = C['cid']
    rel = 'Aanvraagformulier hercertificering Terpstra.pdf'
    build_pdf(W(C, rel), aanvraag_story3(C), header='Hobéon SKO · Hercertificering RIB', footer='Aanvraagformulier – versie 2026')
    docrow(cid, rel, 'aanvraagformulier', 'visual'); fld(cid, rel, 'candidate_name', C['name']); fld(cid, rel, 'application_date', C['app'].isoformat())
    rel = 'IMG_20260412_094417.jpg'
    tmp = os.path.join(tempfile.gettempdir(), 'ca3.pdf'); build_pdf(tmp, cert_agreement_story(C, D('2026-04-12'), 3))
    scanify(tmp, W(C, rel), seed=33, kind='jpg'); docrow(cid, rel, 'certificatieovereenkomst', 'visual')
    rel = 'werkgeversverklaring P&O.pdf'
    src = os.path.join(tempfile.gettempdir(), 'werkgeversverklaring_P_en_O.docx'); werk_docx3(C, src)
    soffice_pdf(src, W(C, rel))
    docrow(cid, rel, 'werkverklaring', 'visual')
    fld(cid, rel, 'role', 're-integratiebegeleider'); fld(cid, rel, 'period1_start', '2016-09-01'); fld(cid, rel, 'period1_end', '')
    fld(cid, rel, 'period1_hours_per_week', '32'); fld(cid, rel, 'period1_role', 're-integratiebegeleider'); fld(cid, rel, 'fulltime_hours', '36')
    rel = 'Ervaringsverklaring I Terpstra definitief.docx'
    exp_docx3(C, W(C, rel)); docrow(cid, rel, 'ervaringsverklaring', 'visual'); fld(cid, rel, 'incomplete_competencies', '')
    rel = 'Overzicht vakontwikkeling 2022-2026.xlsx'
    overview_xlsx3(C, ACT3, W(C, rel)); docrow(cid, rel, 'overzicht_vakontwikkeling', '*')
    fld(cid, rel, 'activities', len(ACT3)); fld(cid, rel, 'pe_claimed', fmt2(sum(a['claim_pe'] for a in ACT3)))
    C['overview'] = rel
    names = {
        1: ('vakontwikkeling/01 opgave MGV workshop.pdf', 'vakontwikkeling/01 certificaat Kompasroos.pdf', 0),
        2: ('vakontwikkeling/opgaveformulier congres okt 2022.pdf', 'vakontwikkeling/Deelnamebevestiging_LCPW2022.pdf', 0),
        3: ('vakontwikkeling/Opgave_e-learning_WVP.pdf', 'vakontwikkeling/certificaat_elearning_poortwachter.pdf', 0),
        4: ('vakontwikkeling/vakoverleg 9 maart 2023.pdf', 'vakontwikkeling/verklaring teamleider vakoverleg.pdf', 0),
        5: ('vakontwikkeling/opgave arbeidsrecht.docx', 'vakontwikkeling/document(2).pdf', 0),
        6: ('vakontwikkeling/06_opgave_congres_inclusief_werkgeven.pdf', 'vakontwikkeling/bevestiging congres 2 nov.pdf', 1),
        7: ('vakontwikkeling/webinar jobcarving opgave.pdf', 'vakontwikkeling/Bevestiging deelname webinar.pdf', 0),
        8: ('vakontwikkeling/scan0007.pdf', 'vakontwikkeling/certificaat agressie.pdf', 1),
        9: ('vakontwikkeling/opgave vakoverleg WSP.pdf', 'vakontwikkeling/presentielijst 13-03-2025.pdf', 0),
        10: ('vakontwikkeling/Opgave_OG_coachen.pdf', 'vakontwikkeling/Certificaat_IOW_2025.pdf', 0),
        11: ('vakontwikkeling/opgave studiemiddag PW.pdf', 'vakontwikkeling/brief VSJO.pdf', 0),
        12: ('vakontwikkeling/opgave themabijeenkomst schulden.docx', 'IMG_20260306_181522.jpg', 0),
    }
    for a in ACT3:
        f, p, v = names[a['k']]
        a['form_rel'], a['proof_rel'] = f, p
        render_form(C, a, f); render_proof(C, a, p, f, v)
    grp = 'intervisiegroep Re-integratie Noord (5 deelnemers)'
    hh = dict(header='Gemeente Zuiderveen · Werk & Participatie', footer='Intervisie – vertrouwelijk')
    plan = [
        (0, 'email', 'intervisie/Verslag intervisie 17 mei 2022 (mail).pdf', dict(sent='donderdag 19 mei 2022 21:14', to='intervisiegroep Re-integratie Noord')),
        (1, 'numbered', 'intervisie/2022-09-20 intervisieverslag.pdf', hh),
        (2, 'prose', 'intervisie/intervisie jan 2023.pdf', dict(lead=0)),
        (3, 'grid', 'intervisie/IV_2023-04-18.pdf', {}),
        (4, 'scan_prose', 'IMG_20230913_203301.jpg', dict(lead=1)),
        (5, 'questions', 'intervisie/intervisie 16-01-2024.pdf', {}),
        (6, 'docx', 'intervisie/verslag intervisie mei 2024.docx', {}),
        (7, 'numbered', 'intervisie/2024-10-08 intervisieverslag.pdf', hh),
        (8, 'lettered', 'intervisie/intervisie_feb2025.pdf', {}),
        (9, 'scan_grid', 'scan0012.pdf', {}),
        (10, 'caps', 'intervisie/INTERVISIE 18112025.pdf', {}),
        (11, 'prose', 'intervisie/Intervisie 17-02-2026 def.pdf', dict(lead=1)),
    ]
    render_intervisions(C, [(INT3[i], s, r, e) for i, s, r, e in plan], grp, None)
    for i, s, r, e in plan:
        record_intervision(C, r, INT3[i], 'intervisie', inper(C, INT3[i]['d']))
    C['ints'] = [(INT3[i], r) for i, s, r, e in plan]

def assemble4(C):
    cid = C['cid']
    rel = 'aanvraag hercertificatie SBdW.docx'
    aanvraag_docx4(C, W(C, rel)); docrow(cid, rel, 'aanvraagformulier', 'visual')
    fld(cid, rel, 'candidate_name', C['name']); fld(cid, rel, 'application_date', C['app'].isoformat())
    C['bsn_doc'] = rel
    rel = 'document(2).pdf'
    build_pdf(W(C, rel), cert_agreement_story(C, C['app'], 4)); docrow(cid, rel, 'certificatieovereenkomst', 'visual')
    rel = 'scan0003.pdf'
    tmp = os.path.join(tempfile.gettempdir(), 'wv4.pdf'); build_pdf(tmp, werk_story4(C))
    scanify(tmp, W(C, rel), seed=43, kind='pdf'); docrow(cid, rel, 'werkverklaring', 'visual')
    fld(cid, rel, 'role', 're-integratiebegeleider')
    fld(cid, rel, 'period1_start', '2018-01-01'); fld(cid, rel, 'period1_end', '2024-02-29'); fld(cid, rel, 'period1_hours_per_week', '24')
    fld(cid, rel, 'period1_role', 're-integratiebegeleider')
    fld(cid, rel, 'period2_start', '2024-03-01'); fld(cid, rel, 'period2_end', ''); fld(cid, rel, 'period2_hours_per_week', '32')
    fld(cid, rel, 'period2_role', 're-integratiebegeleider'); fld(cid, rel, 'fulltime_hours', '36')
    rel = 'Ervaringsverklaring_SBouzian.pdf'
    build_pdf(W(C, rel), exp_story4(C), footer=f"Ervaringsverklaring {C['name']}")
    docrow(cid, rel, 'ervaringsverklaring', 'visual'); fld(cid, rel, 'incomplete_competencies', '')
    rel = 'bijlage3_overzicht_vakontwikkeling.ods'
    overview_ods4(C, ACT4, W(C, rel)); docrow(cid, rel, 'overzicht_vakontwikkeling', '*')
    fld(cid, rel, 'activities', len(ACT4)); fld(cid, rel, 'pe_claimed', fmt2(sum(a['claim_pe'] for a in ACT4)))
    C['overview'] = rel
    names = {
        1: ('PE/01_opgave_participatieladder.pdf', 'PE/01_certificaat.pdf', 0),
        2: ('PE/02_opgave_vakoverleg_feb2023.pdf', 'PE/02_verklaring_coordinator.pdf', 0),
        3: ('PE/03_opgave_voorjaarscongres.pdf', 'PE/03_deelnamebevestiging.pdf', 2),
        4: ('PE/04 opgave vakoverleg UWV.docx', 'PE/04 presentielijst.pdf', 0),
        5: ('PE/05_opgave_rapporteren.pdf', 'PE/05_certificaat_schrijfhuis.pdf', 1),
        6: ('IMG_20240325_121907.jpg', 'PE/06_verklaring_vakoverleg.pdf', 0),
        7: ('PE/07_opgave_psychische_kwetsbaarheid.pdf', 'PE/07_certificaat_GGZ.pdf', 0),
        8: ('PE/08_opgave_elearning_AVG.pdf', 'PE/08_bewijs_afronding.pdf', 0),
        9: ('PE/09_opgave_vakoverleg_jongeren.pdf', 'PE/09_mail_presentie.pdf', 0),
        10: ('PE/10 opgave training laaggeletterdheid.docx', None, 0),
        11: ('PE/11_opgave_symposium.pdf', 'scan0009.pdf', 0),
        12: ('PE/12_opgave_netwerken.pdf', 'PE/12_certificaat_RWO.pdf', 1),
    }
    for a in ACT4:
        f, p, v = names[a['k']]
        a['form_rel'], a['proof_rel'] = f, p
        render_form(C, a, f)
        if p:
            render_proof(C, a, p, f, v)
    grp = 'intervisiegroep Werkfit'
    plan = [
        (0, 'numbered', 'intervisie/01_intervisie_2022-10-11.pdf', dict(header='Gemeente Oostervaart · Sociale Dienst')),
        (1, 'prose', 'intervisie/02_intervisie_2023-01-17.pdf', dict(lead=0)),
        (2, 'grid', 'intervisie/03_intervisie_2023-04-11.pdf', {}),
        (3, 'scan_caps', 'IMG_20230621_071244.jpg', {}),
        (4, 'numbered', 'intervisie/05_intervisie_2023-10-10.pdf', dict(header='Gemeente Oostervaart · Sociale Dienst')),
        (5, 'lettered', 'intervisie/06_intervisie_2024-01-23.pdf', {}),
        (6, 'questions', 'intervisie/07_intervisie_2024-04-16.pdf', {}),
        (6, 'questions', 'intervisie/07_intervisie_2024-04-16 (1).pdf', dict(title='Intervisie 16-04-2024 (gecorrigeerd)')),
        (7, 'docx', 'intervisie/08 intervisie sept 2024.docx', {}),
        (8, 'grid', 'intervisie/09_intervisie_2025-01-21.pdf', {}),
        (9, 'prose', 'intervisie/10_intervisie_2025-05-20.pdf', dict(lead=1)),
        (10, 'scan_numbered', 'scan0014.pdf', {}),
        (11, 'caps', 'intervisie/12_intervisie_2026-03-10.pdf', {}),
    ]
    render_intervisions(C, [(INT4[i], s, r, e) for i, s, r, e in plan], grp, None)
    seen = set()
    C['ints'] = []
    for i, s, r, e in plan:
        it = INT4[i]
        verdict = 'casuistiek' if it.get('casuistiek') else 'intervisie'
        counted = inper(C, it['d']) and verdict == 'intervisie' and not it.get('drop') and i not in seen
        if i in seen:
            C['dup'] = r; C['dup_of'] = [x for (j, _, x, _) in plan if j == i][0]
        seen.add(i)
        record_intervision(C, r, it, verdict, counted)
        C['ints'].append((it, r))
        if it.get('casuistiek'):
            C['casu'] = r
        if it.get('drop'):
            C['miss'] = r

# ============================================================== truth
def employment(C, periods, fulltime=36.0):
    rs, re_ = C['ref_start'], C['app']
    days = 0; fte_days = 0.0
    for s, e, h in periods:
        e = e or re_
        lo, hi = max(s, rs), min(e, re_)
        if hi >= lo:
            n = (hi - lo).days + 1
            days += n; fte_days += n * h / fulltime
    years = min(days / 365.25, 4.0)
    return years, (fte_days / days if days else 0.0)

def pe_ledger(C, acts):
    normal, vak = 0.0, 0.0
    for a in acts:
        a['counted'] = bool(a['proof_rel']) and a['A'] is not None and inper(C, a['d'])
        if a['counted']:
            if a['kind'] == 'vakoverleg':
                vak += a['pe']
            else:
                normal += a['pe']
    return normal + min(vak, 10.0), vak

def truth():
    rows = []
    for C, acts, periods in ((C3, ACT3, [(D('2016-09-01'), None, 32)]),
                             (C4, ACT4, [(D('2018-01-01'), D('2024-02-29'), 24), (D('2024-03-01'), None, 32)])):
        cid = C['cid']
        pe, vak = pe_ledger(C, acts)
        years, fte = employment(C, periods)
        valid = sum(1 for r in INTV if r[0] == cid and r[3] == 'true')
        claimed = sum(a['claim_pe'] for a in acts)
        F = []
        for a in acts:
            if not a['proof_rel']:
                F.append(('PE-NO-PROOF', a['form_rel']))
            if a['A'] is None:
                F.append(('PE-HOURS-UNREADABLE', a['form_rel']))
            if not inper(C, a['d']):
                F.append(('PE-OUT-OF-PERIOD', a['form_rel']))
            if a['A'] is not None and a['pe_raw'] > 4:
                ALLOW.append((cid, 'PE-ACTIVITY-CAP', a['form_rel'])); ALLOW.append((cid, 'PE-ACTIVITY-CAP', ''))
        if vak > 10:
            ALLOW.append((cid, 'PE-VAKOVERLEG-CAP', '')); ALLOW.append((cid, 'PE-VAKOVERLEG-CAP', C['overview']))
        if C.get('casu'):
            F.append(('INT-CASUISTIEK', C['casu']))
        if C.get('miss'):
            F.append(('INT-SECTIONS', C['miss']))
        if C.get('dup'):
            F.append(('INT-DUPLICATE', C['dup'])); ALLOW.append((cid, 'INT-DUPLICATE', C['dup_of']))
        if pe < 32:
            F.append(('PE-TOTAL', ''))
        if valid < 12:
            F.append(('INT-COUNT', ''))
        if C.get('bsn_doc'):
            ALLOW.append((cid, 'PRIVACY-BSN', C['bsn_doc']))
        # overview row with 'dagdeel' may also be flagged on the overview itself
        for a in acts:
            if a['A'] is None:
                ALLOW.append((cid, 'PE-HOURS-UNREADABLE', C['overview'])); ALLOW.append((cid, 'PE-MISMATCH', C['overview']))
                ALLOW.append((cid, 'PE-MISMATCH', a['form_rel']))
        sev = {'PE-NO-PROOF': 's', 'PE-HOURS-UNREADABLE': 's', 'PE-OUT-OF-PERIOD': 'w', 'INT-CASUISTIEK': 'w', 'INT-SECTIONS': 's',
               'INT-DUPLICATE': 'w', 'PE-TOTAL': 's', 'INT-COUNT': 's', 'WORK-YEARS': 'r', 'WORK-CURRENT': 'r'}
        if years < 3 or fte < 0.5:
            F.append(('WORK-YEARS', ''))
        s = {sev[c] for c, _ in F}
        outcome = 'afwijzing' if 'r' in s else ('aanvulling' if 's' in s else 'toekenning')
        for c, d in F:
            FIND.append((cid, c, d))
        rows.append([cid, outcome, fmt2(pe), str(valid), 'true', '', '', '', C['scheme'], fmt2(years), f"{fte:.3f}", fmt2(claimed)])
        C['truth'] = dict(pe=pe, vak=vak, years=years, fte=fte, valid=valid, claimed=claimed, outcome=outcome, F=F)
    return rows

def wcsv(name, header, rows):
    def key(r):
        return tuple(str(x) for x in r)
    with open(os.path.join(TR, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(header)
        seen = set()
        for r in sorted(rows, key=key):
            if key(r) in seen:
                continue
            seen.add(key(r)); w.writerow(r)

def main():
    assemble3(C3)
    assemble4(C4)
    drows = truth()
    with open(os.path.join(COH, 'cohort.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['candidate_id', 'name', 'scheme', 'application_date'])
        for C in (C3, C4):
            w.writerow([C['cid'], C['name'], C['scheme'], C['app'].isoformat()])
    wcsv('dossiers.csv', ['candidate_id', 'outcome', 'pe_counted', 'intervisions_valid', 'currently_employed', 'pe_counted_alt',
                          'intervisions_valid_alt', 'outcome_alt', 'scheme', 'work_years', 'avg_fte', 'pe_claimed'], drows)
    rel = lambda cid, d: f"{cid}/{d}" if d else ''
    wcsv('findings.csv', ['candidate_id', 'code', 'document'], [(c, k, rel(c, d)) for c, k, d in FIND])
    wcsv('findings_allowed.csv', ['candidate_id', 'code', 'document'], [(c, k, rel(c, d)) for c, k, d in ALLOW])
    wcsv('intervisions.csv', ['candidate_id', 'document', 'verdict', 'counted'], [(c, rel(c, d), v, k) for c, d, v, k in INTV])
    wcsv('documents.csv', ['candidate_id', 'document', 'doc_type', 'signature'], [(c, rel(c, d), t, s) for c, d, t, s in DOCS])
    wcsv('fields.csv', ['candidate_id', 'document', 'field', 'value'], [(c, rel(c, d), k, v) for c, d, k, v in FIELDS])
    # sanity: every truth document exists, every file is in truth
    for C in (C3, C4):
        files = set()
        for root, _, fs in os.walk(os.path.join(COH, C['cid'])):
            for fn in fs:
                files.add(os.path.relpath(os.path.join(root, fn), os.path.join(COH, C['cid'])))
        docs = {d for c, d, _, _ in DOCS if c == C['cid']}
        assert files == docs, (files ^ docs)
        t = C['truth']
        print(C['cid'], len(files), 'files', t['outcome'], 'PE', fmt2(t['pe']), 'vak', t['vak'], 'claimed', t['claimed'],
              'int', t['valid'], 'years', fmt2(t['years']), 'fte', f"{t['fte']:.3f}", [c for c, _ in t['F']], file=sys.stderr)

if __name__ == '__main__':
    main()
