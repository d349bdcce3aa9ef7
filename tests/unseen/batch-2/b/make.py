#!/usr/bin/env python3
"""Regenerates cohort/ and truth/ for unseen batch-2/b (candidates U2-003, U2-004).

Deterministic: fixed seeds, reportlab invariant mode.  Run: python3 make.py
"""
import csv, datetime as dt, io, math, os, random, shutil, subprocess, sys, tempfile
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
COH = os.path.join(HERE, 'cohort')
TRU = os.path.join(HERE, 'truth')
RNG = random.Random(20260503)

F_REG = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
F_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
F_SERIF = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'
F_SERIFB = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf'
F_HAND = '/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf'
F_MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'

from reportlab.lib.pagesizes import A4 as PAGE_A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfgen import canvas as rl_canvas
import reportlab.rl_config
reportlab.rl_config.invariant = 1

pdfmetrics.registerFont(TTFont('DV', F_REG))
pdfmetrics.registerFont(TTFont('DVB', F_BOLD))
pdfmetrics.registerFont(TTFont('DVS', F_SERIF))
pdfmetrics.registerFont(TTFont('DVSB', F_SERIFB))

MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
          'september', 'oktober', 'november', 'december']
MSHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']


def D(s):
    return dt.date.fromisoformat(s)


def dlong(d):
    return f'{d.day} {MONTHS[d.month-1]} {d.year}'


def dnum(d):
    return f'{d.day:02d}-{d.month:02d}-{d.year}'


def dshort(d):
    return f'{d.day} {MSHORT[d.month-1]}. {d.year}'


def dday(d):
    return f'{DAYS[d.weekday()]} {dlong(d)}'


def nl(x):
    """decimal with comma, trimmed"""
    s = f'{x:.2f}'.rstrip('0').rstrip('.')
    return s.replace('.', ',')


# ---------------------------------------------------------------- signatures
def sig_points(seed, w=260, h=70):
    r = random.Random(seed)
    pts = []
    x = 8
    y = h * 0.55
    while x < w - 10:
        x += r.uniform(4, 12)
        y = h * 0.5 + math.sin(x / r.uniform(6, 11)) * h * 0.32 + r.uniform(-6, 6)
        pts.append((x, max(4, min(h - 4, y))))
    # a loop and an underline flourish
    tail = [(w * 0.2 + i * (w * 0.7) / 12, h * 0.85 + r.uniform(-3, 3)) for i in range(13)]
    return [pts, tail]


def sig_png(seed, path=None, scale=2):
    w, h = 260, 70
    im = Image.new('RGB', (w * scale, h * scale), 'white')
    dr = ImageDraw.Draw(im)
    for stroke in sig_points(seed, w, h):
        dr.line([(x * scale, y * scale) for x, y in stroke], fill=(20, 30, 110), width=3 * scale // 2, joint='curve')
    bio = io.BytesIO()
    im.save(bio, 'PNG')
    bio.seek(0)
    return bio


class SigFlow(Flowable):
    """label + either pen strokes or only a dotted line"""

    def __init__(self, label, signer, signed, seed, width=170 * mm):
        super().__init__()
        self.label, self.signer, self.signed, self.seed = label, signer, signed, seed
        self.width, self.height = width, 34 * mm

    def draw(self):
        c = self.canv
        c.setFont('DV', 10)
        c.drawString(0, self.height - 10, self.label)
        c.setDash(1, 2)
        c.line(0, 12 * mm, 75 * mm, 12 * mm)
        c.setDash()
        if self.signer:
            for i, ln in enumerate(self.signer.split('\n')):
                c.drawString(0, 6 * mm - i * 4.2 * mm, ln)
        if self.signed:
            c.setStrokeColorRGB(0.08, 0.12, 0.45)
            c.setLineWidth(1.3)
            for stroke in sig_points(self.seed):
                p = c.beginPath()
                x0, y0 = stroke[0]
                p.moveTo(5 * mm + x0 * 0.75, 12 * mm + (70 - y0) * 0.5)
                for x, y in stroke[1:]:
                    p.lineTo(5 * mm + x * 0.75, 12 * mm + (70 - y) * 0.5)
                c.drawPath(p, stroke=1, fill=0)
            c.setStrokeColorRGB(0, 0, 0)


# ---------------------------------------------------------------- PDF (reportlab)
def _styles(serif=False, size=10):
    f, fb = ('DVS', 'DVSB') if serif else ('DV', 'DVB')
    return {
        'p': ParagraphStyle('p', fontName=f, fontSize=size, leading=size * 1.35, spaceAfter=4),
        'h': ParagraphStyle('h', fontName=fb, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=7, spaceAfter=3),
        'title': ParagraphStyle('t', fontName=fb, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=8),
        'c': ParagraphStyle('c', fontName=f, fontSize=size + 2, leading=(size + 2) * 1.5, alignment=TA_CENTER),
        'cb': ParagraphStyle('cb', fontName=fb, fontSize=size + 8, leading=(size + 8) * 1.4, alignment=TA_CENTER, spaceAfter=6),
        'small': ParagraphStyle('s', fontName=f, fontSize=size - 2, leading=(size - 2) * 1.3, textColor=colors.grey),
        'mono': ParagraphStyle('m', fontName='DV', fontSize=size - 1, leading=(size - 1) * 1.35),
        'cell': ParagraphStyle('cell', fontName=f, fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
        'cellb': ParagraphStyle('cellb', fontName=fb, fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
    }


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br/>')


def render_pdf(path, blocks, serif=False, size=10, margins=20):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    st = _styles(serif, size)
    doc = SimpleDocTemplate(path, pagesize=PAGE_A4, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title='', author='', creator='', producer='')
    story = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'h', 'title', 'c', 'cb', 'small', 'mono'):
            story.append(Paragraph(esc(b[1]), st[k]))
        elif k == 'space':
            story.append(Spacer(1, b[1] * mm))
        elif k == 'kv':  # label: value inline
            story.append(Paragraph(f'<font name="{"DVSB" if serif else "DVB"}">{esc(b[1])}</font> {esc(b[2])}', st['p']))
        elif k == 'grid':  # rows of cells; header row bold if b[3]
            rows, widths = b[1], b[2]
            hdr = b[3] if len(b) > 3 else None
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(esc(str(c)), st['cellb'] if (hdr == 'top' and ri == 0) or (hdr == 'left' and ci == 0) else st['cell'])
                             for ci, c in enumerate(r)])
            t = Table(data, colWidths=[w * mm for w in widths])
            sty = [('GRID', (0, 0), (-1, -1), 0.6, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if hdr == 'top':
                sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e4e9f0')))
            if hdr == 'left':
                sty.append(('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#eef0f2')))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == 'sig':
            story.append(SigFlow(b[1], b[2], b[3], b[4]))
        elif k == 'rule':
            story.append(Table([['']], colWidths=[170 * mm], style=[('LINEBELOW', (0, 0), (-1, -1), 0.8, colors.grey)]))
        else:
            raise ValueError(k)
    doc.build(story)
    return path


# ---------------------------------------------------------------- DOCX
def render_docx(path, blocks):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d = docx.Document()
    d.core_properties.author = ''
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = ''
    sty = d.styles['Normal']
    sty.font.name = 'Calibri'
    sty.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == 'title':
            d.add_heading(b[1], level=1)
        elif k == 'h':
            d.add_heading(b[1], level=2)
        elif k == 'h3':
            d.add_heading(b[1], level=3)
        elif k in ('p', 'small', 'mono'):
            d.add_paragraph(b[1])
        elif k in ('c', 'cb'):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = k == 'cb'
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'kv':
            p = d.add_paragraph()
            p.add_run(b[1] + ' ').bold = True
            p.add_run(b[2])
        elif k == 'space':
            d.add_paragraph('')
        elif k == 'grid':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            hdr = b[3] if len(b) > 3 else None
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = ''
                    run = cell.paragraphs[0].add_run(str(c))
                    if (hdr == 'top' and ri == 0) or (hdr == 'left' and ci == 0):
                        run.bold = True
            d.add_paragraph('')
        elif k == 'sig':
            d.add_paragraph(b[1])
            if b[3]:
                d.add_picture(sig_png(b[4]), width=Mm(55))
            else:
                d.add_paragraph('.' * 50)
            if b[2]:
                d.add_paragraph(b[2])
        elif k == 'rule':
            d.add_paragraph('_' * 60)
    d.save(path)
    return path


SOFFICE_QUEUE = []  # (docx_path_tmp, final_pdf_path)


def via_soffice(final_pdf, blocks, tmpdir):
    base = os.path.splitext(os.path.basename(final_pdf))[0]
    src = os.path.join(tmpdir, f'q{len(SOFFICE_QUEUE):02d}_{base}.docx')
    render_docx(src, blocks)
    SOFFICE_QUEUE.append((src, final_pdf))


def flush_soffice(tmpdir):
    if not SOFFICE_QUEUE:
        return
    have = shutil.which('soffice')
    outdir = os.path.join(tmpdir, 'out')
    os.makedirs(outdir, exist_ok=True)
    if have:
        subprocess.run([have, '--headless', '--convert-to', 'pdf', '--outdir', outdir] + [s for s, _ in SOFFICE_QUEUE],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    for src, final in SOFFICE_QUEUE:
        pdf = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')
        os.makedirs(os.path.dirname(final), exist_ok=True)
        if os.path.exists(pdf):
            shutil.move(pdf, final)
        else:
            raise SystemExit('soffice conversion failed for ' + src)


# ---------------------------------------------------------------- scans / photos (PIL)
PW, PH = 1654, 2339  # A4 @ 200 dpi
MARG = 150


def _font(path, size):
    return ImageFont.truetype(path, size)


def _wrap(dr, text, font, width):
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


def render_page_image(blocks, hand=True, body=30):
    """returns list of page images; filled-in values in hand font when hand=True"""
    pages = []
    im = Image.new('RGB', (PW, PH), (252, 251, 247))
    dr = ImageDraw.Draw(im)
    fr = _font(F_REG, body)
    fb = _font(F_BOLD, body + 4)
    ft = _font(F_BOLD, body + 14)
    fh = _font(F_HAND, body + 16) if hand else _font(F_REG, body)
    fc = _font(F_SERIF, body + 6)
    fcb = _font(F_SERIFB, body + 18)
    ink = (25, 35, 120) if hand else (0, 0, 0)
    y = MARG
    W = PW - 2 * MARG

    def newpage():
        nonlocal im, dr, y
        pages.append(im)
        im = Image.new('RGB', (PW, PH), (252, 251, 247))
        dr = ImageDraw.Draw(im)
        y = MARG

    def need(h):
        if y + h > PH - MARG:
            newpage()

    for b in blocks:
        k = b[0]
        if k == 'title':
            need(80)
            dr.text((MARG, y), b[1], font=ft, fill='black')
            y += 80
        elif k == 'h':
            need(60)
            y += 14
            dr.text((MARG, y), b[1], font=fb, fill='black')
            y += 50
        elif k in ('p', 'small', 'mono'):
            for ln in _wrap(dr, b[1], fr, W):
                need(42)
                dr.text((MARG, y), ln, font=fr, fill='black')
                y += 42
            y += 10
        elif k in ('hp',):  # handwritten paragraph
            for ln in _wrap(dr, b[1], fh, W):
                need(56)
                dr.text((MARG, y), ln, font=fh, fill=ink)
                y += 56
            y += 8
        elif k in ('c', 'cb'):
            f = fc if k == 'c' else fcb
            for ln in _wrap(dr, b[1], f, W):
                need(70)
                tw = dr.textlength(ln, font=f)
                dr.text(((PW - tw) / 2, y), ln, font=f, fill='black')
                y += 62 if k == 'c' else 84
        elif k == 'space':
            y += int(b[1] * 8)
        elif k == 'kv':
            need(60)
            dr.text((MARG, y + 12), b[1], font=fr, fill='black')
            lw = dr.textlength(b[1], font=fr) + 20
            dr.line([(MARG + lw, y + 50), (PW - MARG, y + 50)], fill=(120, 120, 120), width=2)
            lines = _wrap(dr, b[2], fh, W - lw - 10)
            for i, ln in enumerate(lines):
                if i:
                    need(56)
                    dr.line([(MARG + lw, y + 50), (PW - MARG, y + 50)], fill=(120, 120, 120), width=2)
                dr.text((MARG + lw + 6, y), ln, font=fh, fill=ink)
                y += 58
            y += 6
        elif k == 'grid':
            rows, widths = b[1], b[2]
            hdr = b[3] if len(b) > 3 else None
            tot = sum(widths)
            px = [w * W / tot for w in widths]
            for ri, r in enumerate(rows):
                cells = []
                hmax = 0
                for ci, c in enumerate(r):
                    is_lab = (hdr == 'top' and ri == 0) or (hdr == 'left' and ci == 0)
                    f = fr if is_lab else fh
                    lh = 42 if is_lab else 54
                    ls = _wrap(dr, str(c), f, px[ci] - 24)
                    cells.append((ls, f, lh, is_lab))
                    hmax = max(hmax, len(ls) * lh + 20)
                need(hmax)
                x = MARG
                for ci, (ls, f, lh, is_lab) in enumerate(cells):
                    dr.rectangle([x, y, x + px[ci], y + hmax], outline='black', width=3)
                    for li, ln in enumerate(ls):
                        dr.text((x + 12, y + 10 + li * lh), ln, font=f, fill='black' if is_lab else ink)
                    x += px[ci]
                y += hmax
            y += 24
        elif k == 'sig':
            need(190)
            dr.text((MARG, y), b[1], font=fr, fill='black')
            base = y + 150
            dr.text((MARG, base - 6), '.' * 60, font=fr, fill=(90, 90, 90))
            if b[3]:
                for stroke in sig_points(b[4]):
                    dr.line([(MARG + 40 + x * 2.2, y + 40 + yy * 1.4) for x, yy in stroke], fill=(20, 30, 120), width=5, joint='curve')
            if b[2]:
                dr.text((MARG, base + 40), b[2], font=fr, fill='black')
            y = base + 100
        elif k == 'rule':
            dr.line([(MARG, y + 10), (PW - MARG, y + 10)], fill='black', width=2)
            y += 30
        else:
            raise ValueError(k)
    pages.append(im)
    return pages


def photo_effect(page, seed, angle=None):
    r = random.Random(seed)
    ang = angle if angle is not None else r.choice([-1, 1]) * r.uniform(1.0, 2.8)
    pg = page.copy()
    d = ImageDraw.Draw(pg)
    d.rectangle([0, 0, PW - 1, PH - 1], outline=(60, 60, 60), width=4)
    bg = (96 + r.randint(0, 20), 80 + r.randint(0, 15), 64)
    canvas = Image.new('RGB', (PW + 180, PH + 180), bg)
    rot = pg.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    canvas.paste(rot, ((canvas.width - rot.width) // 2, (canvas.height - rot.height) // 2))
    # light gradient / shadow from one corner
    grad = Image.new('L', canvas.size)
    gd = ImageDraw.Draw(grad)
    for i in range(0, canvas.height, 8):
        v = int(255 - 55 * (i / canvas.height) ** 1.6)
        gd.rectangle([0, i, canvas.width, i + 8], fill=v)
    dark = Image.new('RGB', canvas.size, (0, 0, 0))
    out = Image.composite(canvas, dark, grad)
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    return out


def render_scan(path, blocks, seed, hand=True, fmt=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pages = [photo_effect(p, seed + i) for i, p in enumerate(render_page_image(blocks, hand=hand))]
    if path.lower().endswith('.pdf'):
        pages = [p.convert('RGB') for p in pages]
        # embed as JPEG to keep file size down
        tmp = []
        for p in pages:
            bio = io.BytesIO()
            p.save(bio, 'JPEG', quality=72)
            bio.seek(0)
            tmp.append(Image.open(bio))
        tmp[0].save(path, 'PDF', resolution=200, save_all=True, append_images=tmp[1:])
    else:
        assert len(pages) == 1, path
        pages[0].save(path, 'JPEG', quality=74)
    return path


# ---------------------------------------------------------------- AcroForm PDF
def render_acroform(path, title, fields, intro=None, footer=None):
    """fields: list of (label, name, value, height_mm)"""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = rl_canvas.Canvas(path, pagesize=PAGE_A4, invariant=1)
    W, H = PAGE_A4
    c.setFont('DVB', 15)
    c.drawString(20 * mm, H - 25 * mm, title)
    y = H - 33 * mm
    c.setFont('DV', 9)
    if intro:
        for ln in intro:
            c.drawString(20 * mm, y, ln)
            y -= 5 * mm
    y -= 4 * mm
    form = c.acroForm
    for label, name, value, hmm in fields:
        c.setFont('DV', 9.5)
        c.drawString(20 * mm, y - 5 * mm, label)
        value = value.replace('\u2013', '-').replace('\u2019', "'")
        form.textfield(name=name, value=value, x=92 * mm, y=y - (hmm + 1) * mm, width=98 * mm, height=hmm * mm,
                       fontName='Helvetica', fontSize=10, borderWidth=0.6, borderColor=colors.black,
                       fillColor=colors.HexColor('#eef3fb'), textColor=colors.black, forceBorder=True,
                       fieldFlags='multiline' if hmm > 9 else '')
        # the value also as page text, like a flattened print would show
        y -= (hmm + 4) * mm
    if footer:
        c.setFont('DV', 8)
        yy = 20 * mm
        for ln in footer:
            c.drawString(20 * mm, yy, ln)
            yy -= 4 * mm
    c.showPage()
    c.save()
    return path


# ================================================================= DATA
PARTS = ['casus', 'opm', 'bijdrage', 'leervraag', 'leereffect', 'afweging', 'actie']
PART_CODE = {'casus': 'casus', 'opm': 'opmerkingen_collegas', 'bijdrage': 'eigen_bijdrage', 'leervraag': 'leervragen',
             'leereffect': 'leereffect', 'afweging': 'oordeelsvorming', 'actie': 'initiatief'}

LABELSETS = {
    'numbered': ['1. Beschrijving van de casus', "2. Opmerkingen van de collega's", '3. Mijn eigen bijdrage',
                 '4. Leervragen', '5. Leereffect voor mijn eigen werk', '6. Eigen afwegingen (oordeelsvorming)',
                 '7. Acties die ik zelf zou ondernemen (initiatief)'],
    'questions': ['Wat speelde er?', 'Wat zeiden mijn collega\'s?', 'Wat heb ik zelf ingebracht?',
                  'Wat wilde ik leren?', 'Wat neem ik mee naar mijn werk?', 'Hoe heb ik het afgewogen?',
                  'Wat zou ik zelf (anders) doen?'],
    'caps': ['CASUS', 'REACTIES UIT DE GROEP', 'EIGEN INBRENG', 'LEERVRAAG', 'LEEREFFECT', 'OORDEELSVORMING', 'INITIATIEF'],
    'lettered': ['a) Casusbeschrijving', 'b) Inbreng van collega\'s', 'c) Mijn bijdrage aan de oplossing',
                 'd) Mijn leervragen', 'e) Wat heb ik ervan geleerd?', 'f) Afwegingen', 'g) Welke acties had ik zelf ondernomen?'],
    'grid': ['Casus (korte beschrijving)', 'Opmerkingen collega\'s', 'Eigen bijdrage', 'Leervragen', 'Leereffect eigen werk',
             'Eigen afwegingen bij het probleem', 'Acties die ik zelf zou ondernemen'],
    'short': ['Casus', 'Feedback collega\'s', 'Bijdrage', 'Leervraag', 'Opbrengst', 'Afweging', 'Actie'],
    'inline': ['Casus:', 'Opmerkingen collega\'s:', 'Eigen bijdrage:', 'Leervragen:', 'Leereffect:', 'Oordeelsvorming:', 'Initiatief:'],
    'bullets': ['Casus (kort)', "Opm. collega's", 'Eigen inbreng', 'Leervraag', 'Leereffect', 'Afweging / oordeel', 'Initiatief – wat doe ik zelf'],
    'top': ['Casusbeschrijving', 'Wat brachten de anderen in?', 'Wat was mijn aandeel?', 'Mijn leervraag',
            'Wat levert het mij op?', 'Mijn overwegingen', 'Wat ga ik / had ik gedaan?'],
}
PROSE_LEADS = ['', 'In de groep kwamen de volgende reacties: ', 'Mijn eigen bijdrage: ', 'Mijn leervraag hierbij was: ',
               'Wat ik hiervan meeneem: ', 'Als ik het voor mezelf afweeg, ', 'Zelf zou ik ']

# ---------------------------------------------------------------- candidate U2-003 (rib, clean)
C3 = dict(
    id='U2-003', name='Jorien van Dalen', scheme='rib', app=D('2026-04-14'), init='J. van Dalen',
    born='17-08-1984', addr='Kromme Nieuwegracht 61-bis, 3512 HL Utrecht', mail='jorienvdalen@ziggo-mail.nl',
    phone='06-41 27 93 58', regnr='RIB-2022-0417',
    employer='UWV, vestiging Utrecht (Centrum Re-integratie)', emp_addr='Daalseplein 1, 3511 SX Utrecht',
    role='Re-integratiebegeleider', role_long='re-integratiebegeleider (klantmanager re-integratie)',
    boss='Marco Heijnen', boss_title='Teammanager Re-integratie Ziektewet', fulltime=36,
    periods=[(D('2018-09-01'), D('2024-01-31'), 32, 'Re-integratiebegeleider'),
             (D('2024-02-01'), None, 28, 'Re-integratiebegeleider')],
    group='intervisiegroep RIB Utrecht-Oost',
)

# activities: key, date, title, organiser, kind, A(min), B(min), notation A, notation B, vakoverleg?
A3 = [
    dict(k=1, date='2023-03-09', title='Participatie werkt! Landelijk congres re-integratie en arbeidsparticipatie',
         org='Congresbureau Domstad Events, Utrecht', kind='congres', A=315, B=105, nA='5 uur en 15 minuten', nB='1 uur en 45 min'),
    dict(k=2, date='2023-06-20', title='Oplossingsgericht coachen in het re-integratiegesprek',
         org='Bureau Kompasroos, Amersfoort', kind='workshop', A=210, B=150, nA='09.00 – 12.30 uur', nB='2,5'),
    dict(k=3, date='2023-10-05', title='E-learning Ziektewet en de vangnetter',
         org='Leerhuis Sociale Zekerheid', kind='e-learning', A=240, B=30, nA='240 min', nB='30 min'),
    dict(k=4, date='2024-01-18', title='Vakoverleg re-integratie regio Midden-Nederland: arbeidsmarktinformatie en scholing',
         org='UWV regio Midden-Nederland', kind='vakoverleg', A=150, B=60, nA='2½', nB='1'),
    dict(k=5, date='2024-04-11', title='Gesprekstechnieken bij weerstand en vermijding',
         org='Trainingsbureau Het Gesprek, Utrecht', kind='cursus', A=360, B=180, nA='6 uur', nB='3 uur'),
    dict(k=6, date='2024-09-26', title='Symposium Psychische klachten en werk',
         org='Stichting Werk & Gezondheid Utrecht', kind='symposium', A=240, B=120, nA='4u', nB='2u'),
    dict(k=7, date='2024-11-14', title='Vakoverleg casuïstiek arbeidsdeskundige en re-integratiebegeleider',
         org='UWV vestiging Utrecht', kind='vakoverleg', A=150, B=90, nA='2 uur en 30 minuten', nB='1,5 uur'),
    dict(k=8, date='2025-03-13', title='Webinar WIA-actualiteiten 2025',
         org='Kenniscentrum Arbeid & Inkomen', kind='webinar', A=120, B=60, nA='2u00', nB='1u00'),
    dict(k=9, date='2025-06-05', title='Netwerken met werkgevers in de regio Utrecht',
         org='WerkgeversServicepunt Midden-Utrecht', kind='workshop', A=210, B=150, nA='3u30', nB='2u30'),
    dict(k=10, date='2025-10-09', title='Week van de Re-integratie – congresdag',
         org='Platform Re-integratie Nederland', kind='congres', A=330, B=150, nA='5,5', nB='2,5'),
    dict(k=11, date='2026-01-22', title='Jobcoaching: methodiek en inzet bij arbeidsbeperkten',
         org='Academie voor Jobcoaching', kind='cursus', A=360, B=120, nA='10.00-17.00 uur (pauze 12.30-13.30)', nB='2 uur'),
    dict(k=12, date='2026-02-26', title='Vakoverleg re-integratie: nieuwe werkinstructie Ziektewet-claimbeoordeling',
         org='UWV vestiging Utrecht', kind='vakoverleg', A=180, B=60, nA='3', nB='1'),
]

# ---------------------------------------------------------------- candidate U2-004 (rccm, defects)
C4 = dict(
    id='U2-004', name='Ruud Koppelaar', scheme='rccm', app=D('2026-09-24'), init='R.M. Koppelaar',
    born='03-02-1979', addr='Burgemeester Reigerstraat 88, 3581 KT Utrecht', mail='r.koppelaar@kpnmail-demo.nl',
    phone='06-18 55 02 47', regnr='RCCM-2018-1132', bsn='204718363',
    employer='Domstede Verzekeringen N.V., afdeling Verzuim & Re-integratie', emp_addr='Croeselaan 300, 3521 CB Utrecht',
    role='Casemanager', role_long='casemanager verzuim',
    boss='drs. Hanneke Verbrugge', boss_title='Manager Verzuim & Re-integratie', fulltime=38,
    periods=[(D('2020-02-01'), None, 30, 'Casemanager verzuim')],
    group='vakgroep casemanagers regio Utrecht',
)

A4 = [
    dict(k=1, date='2022-11-17', title='Nationaal Verzuimcongres 2022', org='Congresorganisatie Verzuim & Werk',
         kind='congres', A=315, B=165, nA='5u15', nB='2u45'),
    dict(k=2, date='2023-02-09', title='Vakoverleg vakgroep casemanagers: regie bij langdurig verzuim',
         org='Vakgroep Casemanagers regio Utrecht', kind='vakoverleg', A=180, B=150, nA='3', nB='2,5'),
    dict(k=3, date='2023-05-11', title='Workshop Motiverende gespreksvoering voor casemanagers',
         org='MGV Academie, Zeist', kind='workshop', A=None, B=60, nA='dagdeel', nB='1 uur', unreadable=True, claim_pe=2.0, claim_A='dagdeel'),
    dict(k=4, date='2023-06-08', title='Vakoverleg vakgroep casemanagers: de deskundigenoordelen van UWV',
         org='Vakgroep Casemanagers regio Utrecht', kind='vakoverleg', A=180, B=150, nA='19.00 - 22.00 uur', nB='2½ uur'),
    dict(k=5, date='2023-09-28', title='E-learning Regie voeren bij langdurig verzuim',
         org='Verzuimacademie Online', kind='e-learning', A=240, B=60, nA='240 minuten', nB='60 minuten'),
    dict(k=6, date='2023-12-14', title='Vakoverleg vakgroep casemanagers: werkhervatting na burn-out',
         org='Vakgroep Casemanagers regio Utrecht', kind='vakoverleg', A=180, B=150, nA='3 uur', nB='2 uur en 30 minuten'),
    dict(k=7, date='2024-03-21', title='Cursus Arbeidsrecht voor de verzuimpraktijk',
         org='Juridisch Opleidingsinstituut Midden', kind='cursus', A=360, B=240, nA='6', nB='4'),
    dict(k=8, date='2024-06-13', title='Symposium Psyche en werk: samen sneller terug',
         org='Arbodienst Utrechtse Heuvelrug', kind='symposium', A=240, B=120, nA='13.00-17.00', nB='2', noproof=True),
    dict(k=9, date='2024-10-10', title='Vakoverleg vakgroep casemanagers: de WIA-aanvraag en het re-integratieverslag',
         org='Vakgroep Casemanagers regio Utrecht', kind='vakoverleg', A=180, B=150, nA='3,0', nB='2,5'),
    dict(k=10, date='2025-01-23', title='Webinar Loondoorbetaling bij ziekte: wat verandert er in 2025?',
         org='Verbond van Verzuimprofessionals', kind='webinar', A=120, B=120, nA='2 uur', nB='2 uur'),
    dict(k=11, date='2025-04-17', title='Workshop Re-integratie tweede spoor: van verplichting naar kans',
         org='Bureau Tweede Spoor Utrecht', kind='workshop', A=210, B=150, nA='210 min', nB='150 min'),
    dict(k=12, date='2025-09-18', title='Congres Casemanagement in beweging', org='RNVC en Congresbureau Vechtstede',
         kind='congres', A=330, B=150, nA='09.30-16.00 (pauze 12.30-13.30)', nB='2,5'),
    dict(k=13, date='2026-02-12', title='Training Signaleren van psychosociale risico\'s op het werk',
         org='Arbodienst Utrechtse Heuvelrug', kind='training', A=240, B=180, nA='13.30 – 17.30 uur', nB='3'),
]

# ---------------------------------------------------------------- intervision texts U2-003
I3 = [
    dict(date='2022-06-02', method='incidentmethode', casus=
         'Klant A. (42) zit in de Ziektewet na einde tijdelijk contract als orderpicker. Rugklachten, wil eigenlijk niet meer in de logistiek werken maar heeft geen idee wat dan wel. In mijn gesprekken blijft hij steeds hangen in wat niet kan.',
         opm='Collega\'s vroegen wat ik zelf voelde in die gesprekken. Eén collega merkte op dat ik veel oplossingen aandraag en dat A. daardoor misschien achterover leunt.',
         bijdrage='Ik heb de casus ingebracht en mijn gespreksverslagen meegenomen. Tijdens de vraagronde merkte ik dat ik zelf ongeduldig word als een klant niet meebeweegt.',
         leervraag='Hoe laat ik de verantwoordelijkheid meer bij de klant zonder dat het gesprek stil valt?',
         leereffect='Ik stel nu eerst een open vraag over wat de klant zelf al geprobeerd heeft, voordat ik iets voorstel. Dat kost tijd maar levert meer op.',
         afweging='Ik twijfelde tussen direct een scholingstraject aanvragen of eerst een loopbaanoriëntatie. Ik kies voor het laatste omdat A. zelf nog geen richting heeft.',
         actie='Bij het volgende gesprek laat ik A. zelf drie beroepen uitzoeken en bespreek ik die met hem, in plaats van zelf vacatures te sturen.'),
    dict(date='2022-09-15', method='Balintmethode (10 stappen)', casus=
         'Mevrouw B. meldde zich ziek uit de WW met psychische klachten. In het eerste gesprek werd ze boos en verweet me dat UWV haar alleen maar wil laten werken.',
         opm='De groep herkende het. Een collega vroeg of ik me persoonlijk aangevallen voelde; een ander wees erop dat boosheid vaak angst is.',
         bijdrage='Ik heb eerlijk verteld dat ik na het gesprek onzeker was en het contact daarna heb uitgesteld. Dat was lastig om hardop te zeggen.',
         leervraag='Hoe blijf ik in contact met een klant die boos op mij is, zonder in de verdediging te schieten?',
         leereffect='Ik benoem nu sneller wat ik zie ("ik merk dat u boos bent") en vraag door. Ik stel contact niet meer uit.',
         afweging='Ik heb afgewogen of ik de casus moest overdragen aan een collega. Ik besloot dat niet te doen omdat juist continuïteit voor haar belangrijk is.',
         actie='Ik bel mevrouw B. binnen een week na een lastig gesprek terug en plan een korter vervolgcontact.'),
    dict(date='2022-12-08', method='vijfstappenmethode', casus=
         'Werkgever van een vangnetter (uitzendkracht) reageert niet op mijn verzoeken om passende arbeid te onderzoeken. Ik voelde me een beetje aan het lijntje gehouden.',
         opm='Collega\'s vroegen waarom ik zo lang ben blijven mailen. Eén collega vond dat ik eerder had kunnen bellen met de vestigingsmanager van het uitzendbureau.',
         bijdrage='Ik heb laten zien hoe ik mijn mails formuleer. De groep vond ze erg voorzichtig.',
         leervraag='Hoe word ik duidelijker en directer richting werkgevers zonder de relatie te schaden?',
         leereffect='Ik durf nu eerder de telefoon te pakken en een concreet verzoek met een datum te doen.',
         afweging='Doorzetten of loslaten: ik vond het belang van de klant zwaarder wegen dan mijn ongemak.',
         actie='Ik zou na twee onbeantwoorde mails direct bellen en een afspraak op locatie voorstellen.'),
    dict(date='2023-03-02', method='roddelmethode', casus=
         'Klant C. wil graag werken maar de verzekeringsarts ziet veel beperkingen. Ik merkte dat ik meer in de klant geloof dan in de arts, en dat ik daardoor de beperkingen wat wegpraat.',
         opm='In de roddelronde zeiden collega\'s dat ik me misschien te veel identificeer met de klant. Ook kwam de vraag op of ik de arts genoeg heb bevraagd.',
         bijdrage='Ik luisterde eerst alleen (roddelmethode) en gaf daarna aan wat me raakte: dat ik me verantwoordelijk voel voor het enthousiasme van C.',
         leervraag='Hoe houd ik een professionele afstand als ik een klant heel graag wil helpen?',
         leereffect='Ik overleg nu eerder met de verzekeringsarts, in plaats van mijn eigen inschatting leidend te laten zijn.',
         afweging='Ik moest kiezen tussen het enthousiasme van de klant volgen of de belastbaarheid bewaken. Beide zijn belangrijk; ik kies voor een proefplaatsing met duidelijke afspraken.',
         actie='Ik plan een driegesprek met klant en verzekeringsarts voordat ik een werkfit-traject inzet.'),
    dict(date='2023-05-25', method='incidentmethode', casus=
         'Een klant kwam voor de derde keer niet opdagen. Ik was geneigd een maatregel voor te stellen, maar twijfelde omdat ik vermoed dat er thuis iets speelt.',
         opm='Collega\'s vroegen wat mijn twijfel precies was en of ik al eens op huisbezoek was geweest. Iemand vroeg of ik bang was te streng te zijn.',
         bijdrage='Ik heb mijn twijfels over mijn eigen rol benoemd: handhaver of begeleider.',
         leervraag='Hoe combineer ik de rol van begeleider en handhaver zonder het vertrouwen kwijt te raken?',
         leereffect='Ik bespreek de regels nu al in het eerste gesprek, zodat een maatregel later geen verrassing is.',
         afweging='Ik vind het belangrijk eerst te weten wat er speelt voordat ik een sanctie overweeg.',
         actie='Ik zou eerst bellen en een huisbezoek voorstellen, en pas daarna de afweging over een maatregel maken.'),
    dict(date='2023-09-14', method='Balintmethode', casus=
         'Een jonge klant met autisme heeft een proefplaatsing bij een groothandel. Het gaat goed, maar hij wil stoppen omdat hij de pauzes in de kantine niet trekt. Ik voelde teleurstelling.',
         opm='De groep vroeg wat mijn teleurstelling zei over mijn eigen verwachtingen. Een collega gaf het idee om de werkgever te vragen naar een rustige pauzeplek.',
         bijdrage='Ik heb verteld dat ik eigenlijk al aan de plaatsing als succes dacht. Dat zette me aan het denken.',
         leervraag='Hoe voorkom ik dat mijn eigen verwachtingen het gesprek met de klant kleuren?',
         leereffect='Ik vraag nu vaker wat de klant zelf als succes ziet, en noteer dat in het plan.',
         afweging='Stoppen of aanpassen: ik wilde de keuze bij de klant laten maar wel alternatieven aanbieden.',
         actie='Ik zou samen met de klant en de leidinggevende een pauzeregeling afspreken en een jobcoach inschakelen.'),
    dict(date='2023-12-07', method='vijfstappenmethode', casus=
         'Ik had in één week drie WIA-aanvragen, twee nieuwe vangnetters en een achterstand in rapportages. Ik merkte dat ik gesprekken afraffelde.',
         opm='Collega\'s gaven tips over planning, maar vroegen vooral waarom ik geen hulp had gevraagd. Iemand zei: "je wilt het allemaal zelf oplossen".',
         bijdrage='Ik heb mijn agenda van die week laten zien en verteld dat ik het moeilijk vind om nee te zeggen.',
         leervraag='Hoe bewaak ik mijn grenzen in drukke periodes?',
         leereffect='Ik blok nu elke week een ochtend voor rapportages en meld tijdig bij mijn teammanager als het niet past.',
         afweging='Kwaliteit van gesprekken vind ik belangrijker dan snelheid. Liever een gesprek verzetten dan slecht voeren.',
         actie='Ik zou eerder aan de bel trekken en een collega vragen om een casus over te nemen.'),
    dict(date='2024-03-07', method='incidentmethode', casus=
         'Klant D. vertelde na maanden dat hij schulden heeft en daardoor niet slaapt. Ik had dat niet gezien en voelde me schuldig.',
         opm='Collega\'s vroegen of ik in eerdere gesprekken signalen had gemist, en wat ik nu met mijn schuldgevoel doe. Een collega noemde de sociale kaart van de gemeente.',
         bijdrage='Ik heb mijn gespreksaantekeningen teruggelezen en in de groep eerlijk gezegd dat ik vooral over werk vroeg.',
         leervraag='Hoe vraag ik breder naar de leefsituatie zonder dat het een verhoor wordt?',
         leereffect='Ik gebruik nu een paar vaste open vragen over thuis en geld in het eerste gesprek.',
         afweging='Ik ben geen schuldhulpverlener, maar signaleren en doorverwijzen hoort wel bij mijn rol.',
         actie='Ik zou direct een warme overdracht regelen naar schuldhulpverlening en het re-integratieplan tijdelijk aanpassen.'),
    dict(date='2024-06-20', method='roddelmethode', casus=
         'Een werkgever wilde een vangnetter niet terugnemen na herstel en zei dat "de functie vervallen is". Ik geloofde hem niet helemaal en liet dat merken.',
         opm='Collega\'s gaven aan dat mijn toon mogelijk de relatie beschadigd heeft. Een collega vroeg wat ik eigenlijk wilde bereiken.',
         bijdrage='Ik heb toegegeven dat ik geïrriteerd was en dat ik me voor de klant verantwoordelijk voelde.',
         leervraag='Hoe blijf ik neutraal en toch kritisch in contact met werkgevers?',
         leereffect='Ik stel nu feitelijke vragen en vraag om onderbouwing, zonder mijn mening te geven.',
         afweging='Ik woog de belangen van de klant tegen het vertrouwen van de werkgever. Op lange termijn heb ik die werkgever nodig.',
         actie='Ik zou een tweede gesprek voorstellen met de arbeidsdeskundige erbij om de mogelijkheden zakelijk te onderzoeken.'),
    dict(date='2024-10-03', method='Balintmethode (11 stappen)', casus=
         'Klant E. (58) is na 30 jaar bij hetzelfde bedrijf ziek uit dienst gegaan. Hij gelooft niet dat hij nog ergens aan de slag komt. Ik merkte dat ik dat stiekem ook dacht.',
         opm='De groep vroeg wat ik zelf vind van werken op je 58e. Eén collega vertelde over een vergelijkbare klant die via een werkervaringsplaats toch werk vond.',
         bijdrage='Ik heb mijn eigen vooroordeel over oudere werkzoekenden hardop uitgesproken.',
         leervraag='Hoe zorg ik dat mijn eigen beeld het perspectief van de klant niet beperkt?',
         leereffect='Ik check nu bewuster mijn aannames en gebruik arbeidsmarktinformatie in plaats van mijn gevoel.',
         afweging='Eerlijk zijn over de arbeidsmarkt en toch hoop bieden; ik kies voor kleine haalbare stappen.',
         actie='Ik zou E. koppelen aan een netwerkbijeenkomst voor 55-plussers en samen een eerste stap bepalen.'),
    dict(date='2025-01-16', method='incidentmethode', casus=
         'In een gesprek met een klant en haar partner nam de partner steeds het woord. Ik kreeg de klant zelf nauwelijks te spreken en liet het gebeuren.',
         opm='Collega\'s vroegen waarom ik niet ingreep. Iemand stelde voor om een deel van het gesprek alleen met de klant te voeren.',
         bijdrage='Ik heb uitgelegd dat ik bang was de partner tegen me in het harnas te jagen.',
         leervraag='Hoe geef ik sturing aan een gesprek met meerdere personen?',
         leereffect='Ik maak nu aan het begin afspraken over de rol van een meegekomen partner of familielid.',
         afweging='De klant is mijn gesprekspartner; de partner mag steunen maar niet overnemen.',
         actie='Ik zou het gesprek onderbreken, de partner bedanken en de klant rechtstreeks om haar mening vragen.'),
    dict(date='2025-05-22', method='vijfstappenmethode', casus=
         'Een klant heeft een arbeidsconflict met haar oude leidinggevende en wil daar niet over praten. Toch blokkeert het alles in het re-integratietraject.',
         opm='Collega\'s vroegen hoe ik het onderwerp tot nu toe had benaderd en of ik het zelf ook liever vermeed.',
         bijdrage='Ik heb erkend dat ik het onderwerp ook uit de weg ging omdat ik niet wist hoe ik het moest aansnijden.',
         leervraag='Hoe bespreek ik een gevoelig onderwerp dat de klant liever vermijdt?',
         leereffect='Ik vraag nu toestemming ("mag ik iets vragen over ...?") voordat ik een gevoelig onderwerp aansnijd. Dat werkt.',
         afweging='Ik wilde de klant niet pushen, maar het traject loopt vast als we het niet bespreken.',
         actie='Ik zou het onderwerp in het volgende gesprek agenderen en mediation als optie aanbieden.'),
    dict(date='2025-11-13', method='incidentmethode', casus=
         'Ik moest een klant vertellen dat zijn scholingsaanvraag is afgewezen, terwijl ik hem die zelf had aangeraden. Ik zag erg tegen het gesprek op.',
         opm='De groep vroeg wat ik precies vreesde. Een collega zei dat eerlijkheid over mijn eigen rol het gesprek makkelijker kan maken.',
         bijdrage='Ik heb het gesprek in de groep voorbereid en een stukje geoefend.',
         leervraag='Hoe breng ik slecht nieuws als ik mij er zelf medeverantwoordelijk voor voel?',
         leereffect='Ik ben in het gesprek direct met het nieuws begonnen en heb ruimte gelaten voor de reactie. Dat ging beter dan verwacht.',
         afweging='Ik heb afgewogen of ik de beslissing moest verdedigen of mijn eigen teleurstelling moest delen. Ik koos voor een eerlijke middenweg.',
         actie='Ik zou voortaan bij een advies benoemen dat de aanvraag ook afgewezen kan worden, en samen een alternatief klaarzetten.'),
]

# ---------------------------------------------------------------- intervision texts U2-004
I4 = [
    dict(date='2022-10-13', method='incidentmethode', casus=
         'Werknemer bij een klein installatiebedrijf, 14 weken verzuim. De werkgever belt mij wekelijks met de vraag of ik de werknemer "onder druk kan zetten". Ik voel me klem zitten tussen werkgever en werknemer.',
         opm='Collega\'s vroegen hoe ik mijn rol aan de werkgever heb uitgelegd. Een collega merkte op dat ik misschien te snel ja zeg tegen de werkgever omdat die onze klant is.',
         bijdrage='Ik heb verteld dat ik de telefoontjes als druk ervaar en dat ik soms toezeggingen doe die ik niet wil doen.',
         leervraag='Hoe bewaak ik mijn onafhankelijke rol als casemanager richting een veeleisende werkgever?',
         leereffect='Ik leg nu in het eerste contact met een werkgever uit wat mijn rol wel en niet is, en zet dat op papier.',
         afweging='De werkgever betaalt de polis, maar ik ben er voor een gezonde re-integratie. Dat weegt voor mij zwaarder.',
         actie='Ik zou een driegesprek plannen en daarin samen afspraken maken over contactmomenten.'),
    dict(date='2023-01-12', method='Balintmethode', casus=
         'Een werknemer met een burn-out reageerde emotioneel toen ik het plan van aanpak wilde bespreken. Ik heb het gesprek toen afgebroken en me daarna schuldig gevoeld.',
         opm='Collega\'s vroegen wat er in mij gebeurde op het moment dat zij ging huilen. Eén collega zei dat afbreken ook zorgzaam kan zijn.',
         bijdrage='Ik merkte in de groep dat ik emoties van klanten snel wil "oplossen".',
         leervraag='Hoe blijf ik bij de emotie van een werknemer zonder het gesprek uit handen te geven?',
         leereffect='Ik laat nu stiltes vallen en vraag pas daarna of de werknemer verder wil. Gesprekken worden rustiger.',
         afweging='Het plan van aanpak moest op tijd klaar, maar ik vond het welzijn van de werknemer op dat moment belangrijker.',
         actie='Ik zou het gesprek korter houden en een vervolgafspraak binnen drie dagen maken.'),
    dict(date='2023-04-13', method='vijfstappenmethode', casus=
         'Bedrijfsarts en werkgever verschillen van mening over de belastbaarheid van een heftruckchauffeur. Beiden verwachten dat ik partij kies.',
         opm='De groep vroeg waarom ik zo graag wilde dat iedereen tevreden was. Een collega stelde voor de meningsverschillen expliciet te benoemen.',
         bijdrage='Ik heb mijn eigen conflictvermijding onder de loep genomen; ik herkende dat ik het liefst bemiddel.',
         leervraag='Hoe regisseer ik een situatie waarin professionals het oneens zijn?',
         leereffect='Ik benoem nu verschillen hardop in een overleg en vraag beide partijen om hun onderbouwing.',
         afweging='Ik ben geen arts, dus ik moet de bedrijfsarts volgen, maar ik mag wel vragen stellen bij het advies.',
         actie='Ik zou een MDO organiseren met bedrijfsarts, werkgever en werknemer.'),
    dict(date='2023-07-06', method='roddelmethode', casus=
         'Ik begeleid een werknemer van een schoonmaakbedrijf die slecht Nederlands spreekt. Ik merkte dat ik vooral met de leidinggevende praatte en over de werknemer heen.',
         opm='In de roddelronde werd gezegd dat ik de werknemer onbedoeld buitensluit. Iemand noemde het inzetten van een tolk of beeldmateriaal.',
         bijdrage='Ik heb gezegd dat ik schrok van die observatie en dat het klopt.',
         leervraag='Hoe zorg ik dat een werknemer met een taalachterstand echt regie houdt?',
         leereffect='Ik gebruik nu eenvoudige taal, een tolk waar nodig, en vat elke afspraak samen met tekeningetjes.',
         afweging='Tijdswinst via de leidinggevende weegt niet op tegen de eigen regie van de werknemer.',
         actie='Ik zou elk gesprek starten met de werknemer zelf en pas daarna de leidinggevende erbij halen.'),
    dict(date='2023-10-12', method='incidentmethode', casus=
         'Een werknemer liet via een advocaat weten niet meer met mij te willen praten. Ik voelde me gekwetst en onzeker over mijn eigen aanpak.',
         opm='Collega\'s vroegen wat mijn aandeel kon zijn geweest en wat ik met mijn gekwetstheid doe. Een collega deelde een vergelijkbare ervaring.',
         bijdrage='Ik heb mijn mailwisseling met de werknemer laten lezen; de groep vond mijn toon zakelijk maar koel.',
         leervraag='Hoe blijf ik professioneel als een werknemer het vertrouwen in mij opzegt?',
         leereffect='Ik vraag nu sneller feedback aan werknemers over hoe zij het contact ervaren.',
         afweging='Het dossier overdragen of doorgaan: ik vond overdracht in het belang van de werknemer.',
         actie='Ik zou een collega-casemanager voorstellen en een korte overdracht met de werknemer erbij doen.'),
    dict(date='2024-01-11', method='Balintmethode (10 stappen)', casus=
         'Ondernemer met een klein hoveniersbedrijf is zelf arbeidsongeschikt. Hij weigert hulp omdat hij "altijd alles zelf heeft gedaan". Ik wist niet hoe ik binnen kon komen.',
         opm='De groep vroeg waarom ik zo nodig binnen wilde komen. Een collega noemde dat het misschien eerst om erkenning van zijn verlies gaat.',
         bijdrage='Ik heb verteld dat ik me nutteloos voelde in dit dossier.',
         leervraag='Hoe ga ik om met weerstand bij zelfstandigen die hulp als zwakte zien?',
         leereffect='Ik begin nu met vragen over het bedrijf en de trots van de ondernemer, niet over zijn beperkingen.',
         afweging='Ik wil de ondernemer niet dwingen, maar de polisvoorwaarden vragen wel medewerking.',
         actie='Ik zou op locatie langsgaan en het eerste gesprek laten gaan over zijn bedrijf.'),
    dict(date='2024-04-18', method='vijfstappenmethode', casus=
         'In één maand kreeg ik elf nieuwe ziekmeldingen bij een zorginstelling. Ik liep achter met probleemanalyses en werd daar door de klant op aangesproken.',
         opm='Collega\'s vroegen of ik dit had zien aankomen en waarom ik niet eerder had geëscaleerd.',
         bijdrage='Ik heb mijn planning en de signalen die ik had laten zien. Ik had de drukte wel gezien maar niet gemeld.',
         leervraag='Wanneer en hoe trek ik aan de bel bij werkdruk?',
         leereffect='Ik meld nu bij meer dan acht nieuwe dossiers per maand direct bij mijn manager.',
         afweging='Eerlijk zijn over mijn capaciteit is beter dan de kwaliteit laten zakken.',
         actie='Ik zou de werkgever uitleggen wat haalbaar is en prioriteren met de bedrijfsarts.'),
    dict(date='2024-07-04', method='incidentmethode', casus=
         'Een werknemer met langdurige rugklachten vertelde mij in vertrouwen dat hij thuis mantelzorger is. Hij wilde niet dat ik dat aan de werkgever vertelde.',
         opm='De groep vroeg hoe ik met die vertrouwelijke informatie omging. Een collega wees op het verschil tussen informatie delen en afspraken maken.',
         bijdrage='Ik heb mijn twijfel gedeeld: ik wilde hem beschermen maar ook de werkgever iets kunnen uitleggen.',
         leervraag='Hoe ga ik om met vertrouwelijke informatie die de re-integratie beïnvloedt?',
         leereffect='Ik bespreek met de werknemer wat hij zelf wil delen en help hem dat zelf te vertellen.',
         afweging='Privacy van de werknemer gaat voor; ik deel alleen wat nodig is en met toestemming.',
         actie='Ik zou de werknemer coachen op een gesprek met zijn leidinggevende over werktijden.'),
    dict(date='2024-11-07', method='roddelmethode', casus=
         'Werkgever wil een werknemer na 20 maanden verzuim een vaststellingsovereenkomst aanbieden. De werknemer vraagt mij om advies.',
         opm='Collega\'s merkten op dat ik snel in de adviesmodus schiet en vroegen wat de werknemer zelf wil.',
         bijdrage='Ik heb benoemd dat ik het oneerlijk vind voor de werknemer en dat mijn mening daardoor meespeelt.',
         leervraag='Hoe blijf ik neutraal bij een vraag die buiten mijn rol valt?',
         leereffect='Ik verwijs bij juridische vragen nu direct door en houd mijn eigen mening voor me.',
         afweging='Mijn betrokkenheid is goed, maar ik ben geen jurist en geen belangenbehartiger.',
         actie='Ik zou de werknemer wijzen op onafhankelijk juridisch advies en het re-integratietraject gewoon voortzetten.'),
    dict(date='2025-02-13', method='Balintmethode', casus=
         'Jonge werknemer (24) met paniekklachten durft niet meer met de trein naar het werk. Ik merkte dat ik het lastig vind om haar tempo te accepteren.',
         opm='De groep vroeg naar mijn eigen ongeduld. Iemand suggereerde om samen kleine stappen zichtbaar te maken.',
         bijdrage='Ik heb toegegeven dat ik vooral de deadline van de eerstejaarsevaluatie in mijn hoofd had.',
         leervraag='Hoe sluit ik aan bij het tempo van de werknemer zonder de regie los te laten?',
         leereffect='Ik werk nu met een stappenplan dat de werknemer zelf invult; ik stuur op afspraken, niet op tempo.',
         afweging='Ik wil geen terugval veroorzaken, maar stilstand helpt haar ook niet.',
         actie='Ik zou een opbouwschema maken met thuiswerk als tussenstap en dat met de bedrijfsarts afstemmen.'),
    dict(date='2025-06-12', method='incidentmethode', casus=
         'Een leidinggevende deed in een driegesprek een kwetsende opmerking over de werknemer. Ik reageerde niet en heb daar achteraf spijt van.',
         opm='Collega\'s vroegen wat mij tegenhield. Een collega gaf aan dat je ook na afloop nog kunt reageren.',
         bijdrage='Ik heb de situatie nagespeeld met een collega als leidinggevende.',
         leervraag='Hoe grijp ik in als de sfeer in een gesprek onveilig wordt?',
         leereffect='Ik benoem het nu direct en rustig als iemand over de grens gaat. Ik heb het sindsdien één keer gedaan en dat werkte.',
         afweging='De relatie met de leidinggevende is belangrijk, maar een veilig gesprek gaat voor.',
         actie='Ik zou het gesprek kort schorsen en de leidinggevende apart aanspreken.'),
    dict(date='2025-10-09', method='vijfstappenmethode', casus=
         'Ik heb een werknemer te vroeg laten starten met aangepast werk omdat de werkgever aandrong. Na twee weken viel hij weer volledig uit.',
         opm='De groep vroeg hoe het besluit tot stand kwam en wat ik voelde toen hij weer uitviel.',
         bijdrage='Ik heb eerlijk gezegd dat ik me liet meeslepen en dat ik me verantwoordelijk voel voor de terugval.',
         leervraag='Hoe maak ik een zorgvuldige afweging onder druk van de werkgever?',
         leereffect='Ik neem nu nooit meer een besluit over werkhervatting zonder actueel advies van de bedrijfsarts.',
         afweging='Snelheid is voor de werkgever belangrijk, maar duurzaamheid is het doel.',
         actie='Ik zou een evaluatiemoment na één week inbouwen en de opbouw vooraf vastleggen.'),
    dict(date='2026-03-12', method='incidentmethode', casus=
         'Een werknemer heeft na een reorganisatie geen passende functie meer. Ik merk dat ik het spoor-2-traject met tegenzin inzet omdat ik het gevoel heb dat hij "weggewerkt" wordt.',
         opm='Collega\'s vroegen waarom ik het zo voelde en of ik de werknemer zelf al had gevraagd hoe hij ertegen aankijkt.',
         bijdrage='Ik heb mijn gevoel benoemd en gezien dat het vooral mijn eigen oordeel over de werkgever is.',
         leervraag='Hoe voorkom ik dat mijn oordeel over een werkgever mijn begeleiding kleurt?',
         leereffect='Ik bespreek nu eerst met de werknemer wat hij van een tweede spoor verwacht, zonder mijn eigen mening.',
         afweging='Spoor 2 kan ook een kans zijn; dat hangt af van hoe je het inzet.',
         actie='Ik zou een oriënterend gesprek met een spoor-2-bureau samen met de werknemer voorbereiden.'),
    dict(date='2026-06-11', method='Balintmethode (11 stappen)', casus=
         'Werknemer met kanker is in behandeling en wil per se blijven werken, tegen het advies van de bedrijfsarts in. Ik bewonder haar maar maak me zorgen.',
         opm='De groep vroeg wat mijn bewondering met mijn rol doet. Een collega wees op het recht van de werknemer om zelf keuzes te maken.',
         bijdrage='Ik heb verteld dat ik persoonlijk geraakt ben omdat ik iets vergelijkbaars in mijn familie heb meegemaakt.',
         leervraag='Hoe ga ik om met een casus die mij persoonlijk raakt?',
         leereffect='Ik bespreek zulke casussen nu sneller met een collega en scheid mijn eigen ervaring van die van de werknemer.',
         afweging='Ik respecteer haar keuze, maar het advies van de bedrijfsarts moet wel besproken worden.',
         actie='Ik zou een gesprek met werknemer en bedrijfsarts samen voorstellen om afspraken over belasting te maken.'),
]
# the casuistiek report (fills the template with procedure talk, no own reflection)
CAS4 = dict(date='2024-09-12', method='casusbespreking', casus=
            'Werknemer van een transportbedrijf, ziek sinds 2 januari 2024. Probleemanalyse is in week 7 opgesteld, plan van aanpak in week 9. De eerstejaarsevaluatie stond gepland in week 52.',
            opm='De groep heeft de tijdlijn gecontroleerd. Geconstateerd is dat de bijstelling van het plan van aanpak na het nieuwe advies van de bedrijfsarts niet binnen de gestelde termijn is vastgelegd. Volgens twee collega\'s had de werkgever daarnaast eerder een arbeidsdeskundig onderzoek moeten aanvragen.',
            bijdrage='Het dossier is doorgenomen aan de hand van de checklist Wet verbetering poortwachter. Het complete tijdpad is gepresenteerd.',
            leervraag='Is de procedure volgens de Wet verbetering poortwachter correct gevolgd en dreigt er een loonsanctie?',
            leereffect='De checklist Poortwachter wordt voortaan bij elke bijstelling van het plan van aanpak gebruikt.',
            afweging='Conclusie van de groep: de termijnen zijn op één punt overschreden; het risico op een loonsanctie wordt als beperkt ingeschat.',
            actie='Het re-integratieverslag wordt aangevuld met een toelichting op de late bijstelling; het arbeidsdeskundig onderzoek wordt alsnog aangevraagd.')

# ---------------------------------------------------------------- ervaringsverklaring content
# each example: (S, T, A, R, Reflectie)
EV3 = [
    ('Klantgerichtheid', [
        ('Klant met lage taalvaardigheid begreep de brieven over zijn Ziektewet-uitkering niet.', 'Zorgen dat hij wist wat er van hem verwacht werd.',
         'Ik heb de afspraken in eenvoudige taal met hem doorgelopen en een overzicht op één A4 gemaakt.', 'Hij kwam daarna op alle afspraken.', 'Ik check nu vaker of mijn uitleg aankomt.'),
        ('Een klant voelde zich niet gehoord door eerdere contactpersonen.', 'Vertrouwen herstellen.',
         'Ik heb het eerste gesprek vooral laten gaan over haar verhaal en pas later over re-integratie.', 'Ze werkte daarna goed mee aan het plan.', 'Luisteren kost tijd maar verdient zich terug.')],
     ['ik sluit goed aan bij het niveau van de klant', 'ik ben goed bereikbaar en bel terug wanneer ik dat beloof'],
     'ik wil beter mijn grenzen aangeven als klanten veel van mij vragen'),
    ('Resultaatgerichtheid', [
        ('Vangnetter zat al acht maanden thuis zonder concreet doel.', 'Binnen drie maanden een eerste stap richting werk zetten.',
         'Ik heb samen met hem een werkervaringsplaats gezocht en wekelijks contact gehouden.', 'Na tien weken startte hij 12 uur per week.', 'Kleine concrete doelen werken beter dan een groot plan.'),
        ('Onze vestiging had een achterstand in eerstejaarsevaluaties.', 'Mijn deel van de achterstand wegwerken.',
         'Ik heb een planning per week gemaakt en gesprekken gebundeld.', 'Mijn achterstand was binnen zes weken weg.', 'Ik had eerder hulp kunnen vragen.')],
     ['ik houd het doel van het traject goed in het oog', 'ik maak heldere afspraken met klanten'],
     'ik wil minder perfectionistisch zijn in mijn rapportages'),
    ('Samenwerken', [
        ('Verzekeringsarts en arbeidsdeskundige hadden verschillende beelden van een klant.', 'Eén lijn richting de klant.',
         'Ik heb een kort multidisciplinair overleg voorgesteld en voorbereid.', 'We kwamen tot één advies.', 'Ik neem vaker het initiatief tot overleg.'),
        ('Nieuwe collega moest worden ingewerkt.', 'Haar wegwijs maken in het werkproces Ziektewet.',
         'Ik liet haar meelopen en besprak elke week haar vragen.', 'Zij draaide na twee maanden zelfstandig.', 'Uitleggen scherpt mijn eigen kennis aan.')],
     ['ik deel kennis makkelijk', 'ik ben betrouwbaar in afspraken met collega\'s'],
     'ik kan mijn mening in teamoverleg eerder en duidelijker geven'),
    ('Oordeelsvorming', [
        ('Klant gaf aan niet te kunnen werken, maar het medisch advies zei iets anders.', 'Een goede afweging maken over de vervolgstappen.',
         'Ik heb alle informatie op een rij gezet en met de verzekeringsarts overlegd.', 'We kozen voor een opbouwschema met evaluatie.', 'Ik maak mijn afwegingen nu explicieter in het dossier.'),
        ('Een werkgever bood een functie aan die mij niet passend leek.', 'Beoordelen of het aanbod passend was.',
         'Ik heb de functie-eisen naast de FML gelegd en de arbeidsdeskundige geraadpleegd.', 'De functie bleek met aanpassingen wel passend.', 'Mijn eerste indruk was te snel.')],
     ['ik weeg belangen zorgvuldig af', 'ik onderbouw mijn keuzes in het dossier'],
     'ik wil sneller een besluit nemen als ik voldoende informatie heb'),
    ('Initiatief', [
        ('Er was geen overzicht van regionale jobcoaches.', 'Collega\'s sneller laten doorverwijzen.',
         'Ik heb een overzicht gemaakt en op de teamsite gezet.', 'Het wordt door het hele team gebruikt.', 'Ik had dit eerder kunnen doen.'),
        ('Een klant kwam niet meer opdagen en reageerde niet op brieven.', 'Contact herstellen.',
         'Ik ben op huisbezoek gegaan.', 'Er bleek sprake van een crisis thuis; we maakten nieuwe afspraken.', 'Zelf op pad gaan levert vaak meer op dan nog een brief.')],
     ['ik zie snel waar iets beter kan', 'ik neem zelf actie als een traject vastloopt'],
     'ik wil mijn ideeën beter afstemmen voordat ik ze uitvoer'),
    ('Netwerken', [
        ('Weinig contacten met werkgevers in de logistiek.', 'Mogelijkheden voor proefplaatsingen vergroten.',
         'Ik ben naar twee netwerkbijeenkomsten van het WerkgeversServicepunt gegaan.', 'Twee nieuwe werkgevers boden een proefplaats aan.', 'Netwerken moet ik structureel inplannen.'),
        ('Klant met schulden had meer hulp nodig dan ik kon bieden.', 'Juiste hulp regelen.',
         'Ik heb contact gelegd met de schuldhulpverlening van de gemeente.', 'Er kwam binnen twee weken een intake.', 'Ik ken de sociale kaart nu beter.')],
     ['ik leg makkelijk contact', 'ik onderhoud mijn contacten bij gemeenten'],
     'ik wil mijn netwerk bij werkgevers verder uitbreiden'),
    ('Coachen', [
        ('Klant had weinig zelfvertrouwen na langdurige ziekte.', 'Zelfvertrouwen vergroten richting werk.',
         'Ik gebruikte oplossingsgerichte vragen en liet haar successen benoemen.', 'Zij solliciteerde zelf op een vacature.', 'Complimenten over concreet gedrag werken.'),
        ('Klant wist niet welk werk hij nog wilde doen.', 'Hem zelf een richting laten kiezen.',
         'Ik gaf hem opdrachten om beroepen te onderzoeken en besprak die.', 'Hij koos voor een opleiding tot klantenservicemedewerker.', 'Minder sturen geeft meer eigenaarschap.')],
     ['ik stel goede open vragen', 'ik geef ruimte aan de klant'],
     'ik wil minder snel zelf met oplossingen komen'),
    ('Organiseren eigen werk', [
        ('Een periode met veel nieuwe vangnetters en weinig bezetting.', 'Mijn caseload beheersbaar houden.',
         'Ik prioriteerde op wettelijke termijnen en blokte tijd voor rapportages.', 'Alle termijnen gehaald.', 'Plannen op termijnen werkt voor mij.'),
        ('Na mijn urenvermindering naar 28 uur.', 'Mijn werk opnieuw inrichten.',
         'Ik heb met mijn teammanager mijn caseload aangepast en vaste dagen afgesproken.', 'Ik werk nu rustiger en beter.', 'Tijdig overleg over werkdruk helpt.')],
     ['ik werk gestructureerd', 'ik houd mijn dossiers bij'],
     'ik wil beter nee zeggen tegen extra taken'),
]

EV4 = [
    ('Informeren', [
        ('Werknemer begreep niet wat de Wet verbetering poortwachter van hem vroeg.', 'Hem helder informeren over rechten en plichten.',
         'Ik heb de stappen met een tijdlijn op papier uitgelegd.', 'Hij leverde zijn deel van het plan van aanpak op tijd aan.', 'Visueel uitleggen werkt beter dan alleen praten.'),
        ('Kleine werkgever wist niet dat hij een re-integratieverslag moest bijhouden.', 'Werkgever tijdig informeren.',
         'Ik stuurde een korte checklist en belde hem na.', 'Het verslag was op tijd compleet.', 'Ik informeer nu standaard in week 6.')],
     ['ik leg ingewikkelde regels eenvoudig uit', 'ik informeer op tijd'], 'ik wil mijn mails korter maken'),
    ('Verbinden', [
        ('Werkgever en werknemer spraken niet meer met elkaar na een conflict.', 'Het contact herstellen.',
         'Ik organiseerde een gesprek op neutraal terrein en zat het voor.', 'Er kwamen concrete afspraken over werkhervatting.', 'Ik durf meer te sturen in zulke gesprekken.'),
        ('Bedrijfsarts en fysiotherapeut werkten langs elkaar heen.', 'Zorgen voor afstemming.',
         'Ik heb met toestemming van de werknemer beide partijen met elkaar in contact gebracht.', 'Het behandelplan sloot beter aan op het werk.', 'Ik vraag eerder om toestemming voor afstemming.')],
     ['ik breng partijen bij elkaar', 'ik blijf neutraal'], 'ik wil conflicten eerder signaleren'),
    ('Regisseren', [
        ('Dossier met vijf betrokken partijen en veel losse afspraken.', 'Overzicht en regie houden.',
         'Ik maakte een actielijst met eigenaar en datum en deelde die na elk overleg.', 'Alle acties werden op tijd uitgevoerd.', 'Structuur geven kalmeert iedereen.'),
        ('Re-integratie liep vast omdat niemand het initiatief nam.', 'Het proces weer op gang brengen.',
         'Ik plande een evaluatie en zette de volgende stap zelf in gang.', 'Binnen een maand startte de werknemer op arbeidstherapeutische basis.', 'Ik moet niet wachten tot anderen bewegen.')],
     ['ik houd het overzicht', 'ik bewaak termijnen'], 'ik wil taken meer bij anderen neerleggen'),
    ('Schadelast beheersen', [
        ('Langdurig verzuim bij een klein bedrijf met hoge loonkosten.', 'Verzuimduur en kosten beperken.',
         'Ik stelde vroeg een spoor-2-traject voor naast spoor 1.', 'Werknemer vond binnen 14 maanden ander werk.', 'Vroeg schakelen loont.'),
        ('Werkgever dreigde een loonsanctie te krijgen.', 'Sanctie voorkomen.',
         'Ik heb het re-integratieverslag doorgelopen en ontbrekende stukken aangevuld.', 'Geen loonsanctie opgelegd.', 'Ik controleer dossiers nu eerder.')],
     ['ik denk mee over kosten voor de werkgever', 'ik ken de polisvoorwaarden goed'], 'ik wil beter uitleggen waarom investeren loont'),
    ('Analyseren', [
        ('Werknemer viel steeds kort uit met wisselende klachten.', 'Achterliggende oorzaak vinden.',
         'Ik heb het verzuimpatroon in kaart gebracht en een open gesprek gevoerd.', 'Er bleek werkdruk achter te zitten; de taken werden aangepast.', 'Cijfers openen het gesprek.'),
        ('Afdeling met hoog verzuim.', 'Inzicht geven aan de werkgever.',
         'Ik analyseerde de meldingen van een jaar en besprak de uitkomst met HR.', 'HR startte een project over werkdruk.', 'Analyse op groepsniveau is waardevol.')],
     ['ik zie patronen', 'ik werk met feiten'], 'ik wil mijn analyses korter presenteren'),
    ('Signaleren', [
        ('Werknemer maakte terloops een opmerking over slecht slapen en piekeren.', 'Het signaal oppakken.',
         'Ik vroeg door en adviseerde een afspraak met de bedrijfsarts.', 'Tijdig hulp ingezet, geen langdurige uitval.', 'Kleine opmerkingen zijn vaak belangrijk.'),
        ('Leidinggevende sprak negatief over een werknemer.', 'Mogelijk conflict signaleren.',
         'Ik heb het gesignaleerd en met de leidinggevende besproken.', 'Er kwam een gesprek met HR.', 'Ik benoem signalen nu sneller.')],
     ['ik heb oog voor details', 'ik vraag door'], 'ik wil signalen beter vastleggen in het dossier'),
    ('Adviseren', [
        ('Werkgever twijfelde over het aanbieden van een andere functie.', 'Advies geven over passende arbeid.',
         'Ik zette de voor- en nadelen op een rij met het advies van de bedrijfsarts.', 'De werkgever bood de functie aan; werknemer startte.', 'Een schriftelijk advies helpt bij het besluit.'),
        ('Werknemer vroeg advies over scholing.', 'Haalbare scholing adviseren.',
         'Ik onderzocht opties en de financiering via de werkgever.', 'Werknemer startte met een mbo-opleiding.', 'Ik adviseer beter als ik de regels ken.')],
     ['ik geef concreet advies', 'ik onderbouw mijn advies'], 'ik wil mijn advies sneller geven'),
    ('Onderhouden vakmanschap', [
        ('Nieuwe regels rond loondoorbetaling voor kleine werkgevers.', 'Kennis op peil houden.',
         'Ik volgde een webinar en deelde een samenvatting met collega\'s.', 'Het team paste de werkwijze aan.', 'Kennis delen maakt het team sterker.'),
        ('Ik merkte dat ik weinig wist over psychosociale risico\'s.', 'Mijn kennis uitbreiden.',
         'Ik volgde een training en bespreek casussen in de vakgroep.', 'Ik herken risico\'s nu eerder.', 'Bijscholing blijft nodig.')],
     ['ik ben nieuwsgierig', 'ik neem actief deel aan de vakgroep'], 'ik wil meer vakliteratuur lezen'),
]


# ================================================================= TRUTH REGISTRY
DOCS, FIELDS, INTS, FINDINGS, ALLOWED = [], [], [], [], []


def rec(c, rel, doc_type, sig='*', **fields):
    DOCS.append((c['id'], f"{c['id']}/{rel}", doc_type, sig))
    for k, v in fields.items():
        FIELDS.append((c['id'], f"{c['id']}/{rel}", k, v))
    return f"{c['id']}/{rel}"


def P(c, rel):
    return os.path.join(COH, c['id'], rel)


def hrs(m):
    return m / 60.0


def pe_of(a):
    if a.get('unreadable'):
        return None
    return min((a['A'] + a['B']) / 60.0 / 2.0, 4.0)


def ctext(m, style=0):
    h = m / 60.0
    if style == 0:
        return nl(h) + ' uur'
    if style == 1:
        return f'{m // 60}:{m % 60:02d}'
    return nl(h)


# ================================================================= INTERVISION BLOCKS
def int_blocks(c, rep, style, drop=(), title=None, seed=0):
    d = D(rep['date'])
    r = random.Random(seed)
    parts = [(p, rep[p]) for p in PARTS if p not in drop]
    name = c['name']
    B = []
    if style == 'email':
        sent = d + dt.timedelta(days=r.choice([2, 3, 4]))
        B += [('mono', f"Van: {name} <{c['mail']}>"),
              ('mono', f"Verzonden: {DAYS[sent.weekday()]} {dlong(sent)} 21:14"),
              ('mono', f"Aan: {c['group']}"),
              ('mono', f"Onderwerp: mijn verslag intervisie {d.day} {MONTHS[d.month-1]}"),
              ('rule',),
              ('p', f"Hoi allemaal,"),
              ('p', f"Hierbij zoals afgesproken mijn verslag van onze intervisiebijeenkomst van {dday(d)} "
                    f"({rep['method']}). Ik was die avond casusinbrenger. Reacties zijn welkom."),
              ]
        labs = ['Waar ging het over', 'Wat jullie inbrachten', 'Wat ik zelf inbracht', 'Mijn leervraag',
                'Wat het me heeft opgeleverd', 'Mijn afwegingen', 'Wat ik zelf zou doen']
        for (p, t) in parts:
            B.append(('p', f"— {labs[PARTS.index(p)]}: {t}"))
        B += [('p', 'Groet,'), ('p', name.split()[0])]
        return B
    titles = title or r.choice(['Intervisieverslag', 'Verslag intervisie', 'Opgaveformulier intervisiemoment',
                                'Persoonlijk verslag intervisiebijeenkomst', 'INTERVISIE – persoonlijk verslag'])
    if style == 'prose':
        B += [('title', titles),
              ('p', f"{name} – {c['group']}")]
        paras = []
        for (p, t) in parts:
            i = PARTS.index(p)
            if i == 0:
                paras.append(f"Op {dlong(d)} kwamen we bij elkaar; we werkten volgens de {rep['method']}. Ik bracht deze casus in. {t}")
            elif i == 6:
                paras.append('Zelf zou ik ' + t[len('Ik zou '):] if t.startswith('Ik zou ') else 'Wat ik zelf zou doen: ' + t)
            elif i == 5:
                paras.append('Wat ik daarbij voor mezelf afweeg: ' + t)
            else:
                paras.append(PROSE_LEADS[i] + t)
        for p_ in paras:
            B.append(('p', p_))
        return B
    meta_date = r.choice([dlong(d), dnum(d), dday(d)])
    B.append(('title', titles))
    if style in ('grid', 'top'):
        B.append(('grid', [['Naam', name], ['Datum bijeenkomst', meta_date], ['Groep', c['group']], ['Methode', rep['method']]], [45, 125], 'left'))
    elif style == 'inline':
        B += [('kv', 'Naam:', name), ('kv', 'Datum:', meta_date), ('kv', 'Intervisiemethode:', rep['method'])]
    else:
        B.append(('p', f"Naam: {name}    Datum intervisie: {meta_date}"))
        B.append(('p', f"Groep: {c['group']}    Werkvorm: {rep['method']}"))
    labs = LABELSETS[style if style in LABELSETS else 'numbered']
    if style == 'grid':
        B.append(('grid', [[labs[PARTS.index(p)], t] for p, t in parts], [50, 120], 'left'))
    elif style == 'top':
        for p, t in parts:
            B.append(('grid', [[labs[PARTS.index(p)]], [t]], [170], 'top'))
    elif style == 'inline':
        for p, t in parts:
            B.append(('kv', labs[PARTS.index(p)], t))
    elif style == 'bullets':
        for p, t in parts:
            B.append(('h', labs[PARTS.index(p)]))
            for sent in [x.strip() for x in t.replace('? ', '?|').replace('. ', '.|').split('|') if x.strip()]:
                B.append(('p', '- ' + sent.rstrip('.')))
    else:
        for p, t in parts:
            B.append(('h', labs[PARTS.index(p)]))
            B.append(('p', t))
    return B


def int_scan_blocks(c, rep, seed):
    """paper bijlage-5 form filled in by hand"""
    d = D(rep['date'])
    B = [('title', 'Bijlage 5 – Opgaveformulier intervisie'),
         ('kv', 'Naam kandidaat', c['name']), ('kv', 'Datum intervisie', dnum(d)), ('kv', 'Methode', rep['method'])]
    labs = ['Casusbeschrijving', "Opmerkingen collega's", 'Eigen bijdrage', 'Leervragen', 'Leereffect eigen werk',
            'Eigen afwegingen (oordeelsvorming)', 'Acties die ik zelf zou ondernemen (initiatief)']
    for p in PARTS:
        B.append(('p', labs[PARTS.index(p)] + ':'))
        B.append(('hp', rep[p]))
    return B


# ================================================================= OPGAVEFORMULIER ACTIVITEIT
def form_values(c, a, cstyle=0):
    d = D(a['date'])
    if a.get('unreadable'):
        ctxt = f"{a['nA']} + {a['nB']}"
        petxt = nl(a['claim_pe'])
    else:
        ctxt = ctext(a['A'] + a['B'], cstyle)
        raw = (a['A'] + a['B']) / 120.0
        petxt = nl(min(raw, 4.0)) + (' (max. 4)' if raw > 4 else '')
    return d, ctxt, petxt


def form_blocks(c, a, style, seed=0):
    d, ctxt, petxt = form_values(c, a)
    r = random.Random(seed)
    ttl = r.choice(['Opgaveformulier activiteit vakontwikkeling', 'Bijlage 4 – Opgave activiteit vakontwikkeling',
                    'OPGAVEFORMULIER VAKONTWIKKELING', 'Opgave vakontwikkeling (per activiteit)'])
    date_s = r.choice([dlong(d), dnum(d), dshort(d)])
    labs = [('Naam', c['name']), ('Datum activiteit', date_s), ('Titel activiteit', a['title']),
            ('Organisator / aanbieder', a['org']), ('Soort activiteit', a['kind']),
            ('A. Tijd aanwezigheid (excl. pauze & inloop)', a['nA']), ('B. Tijd voorbereiding / zelfstudie', a['nB']),
            ('C. Totaal aantal uren (A + B)', ctxt), ('Aantal PE-punten (C / 2, max. 4)', petxt)]
    B = [('title', ttl)]
    if style == 'stacked':
        for l, v in labs:
            B.append(('h', l))
            B.append(('p', v))
    elif style == 'inline':
        for l, v in labs:
            B.append(('kv', l + ':', v))
    elif style == 'grid':
        B.append(('grid', [[l, v] for l, v in labs], [75, 95], 'left'))
    elif style == 'top':
        B.append(('grid', [['Deelnemer', 'Datum', 'Soort'], [c['name'], date_s, a['kind']]], [70, 50, 50], 'top'))
        B.append(('grid', [['Titel', 'Organisator'], [a['title'], a['org']]], [100, 70], 'top'))
        B.append(('grid', [['A (aanwezig)', 'B (voorbereiding)', 'C = A + B', 'PE'], [a['nA'], a['nB'], ctxt, petxt]], [50, 50, 35, 35], 'top'))
    elif style == 'scan':
        B = [('title', 'Opgaveformulier activiteit')]
        for l, v in labs:
            B.append(('kv', l, v))
    B.append(('space', 3))
    B.append(('small', 'In te dienen met een bewijs van deelname van de organisator.'))
    return B


def form_acro(path, c, a):
    d, ctxt, petxt = form_values(c, a)
    render_acroform(path, 'Opgaveformulier activiteit vakontwikkeling (bijlage 4)', [
        ('Naam kandidaat', 'naam', c['name'], 8),
        ('Datum activiteit', 'datum', dnum(d), 8),
        ('Titel', 'titel', a['title'], 14),
        ('Organisator', 'organisator', a['org'], 8),
        ('Soort activiteit', 'soort', a['kind'], 8),
        ('A  aanwezigheid (excl. pauze/inloop)', 'uren_a', a['nA'], 8),
        ('B  voorbereiding / zelfstudie', 'uren_b', a['nB'], 8),
        ('C  totaal (A+B)', 'uren_c', ctxt, 8),
        ('PE-punten (C/2, max. 4)', 'pe', petxt, 8)],
        intro=['Vul per activiteit één formulier in. Pauzes en inloop tellen niet mee.'],
        footer=['Formulier hercertificering – versie 2024'])


def form_fields(a):
    pe = pe_of(a)
    return dict(date=a['date'], title=a['title'], kind=a['kind'],
                hours_attendance='' if a.get('unreadable') else f"{hrs(a['A']):.2f}",
                hours_preparation=f"{hrs(a['B']):.2f}",
                pe='' if pe is None else f"{pe:.2f}")


# ================================================================= PROOFS
def proof_blocks(c, a, style, seed=0, extra=None):
    d = D(a['date'])
    name = c['name']
    x = extra or {}
    if style == 'cert_center':
        return [('space', 8), ('cb', 'CERTIFICAAT'), ('space', 3), ('c', name), ('space', 2), ('c', a['title']), ('space', 2),
                ('c', dlong(d)), ('c', x.get('dur', '')), ('space', 6), ('c', a['org']),
                ('sig', 'Trainer', x.get('trainer', ''), True, seed)]
    if style == 'congress':
        return [('title', a['org']), ('h', 'Bevestiging van deelname'),
                ('p', f"Hierbij bevestigen wij dat {name} op {dday(d)} aanwezig was op het {a['title']}."),
                ('p', f"Netto programmatijd (exclusief ontvangst, lunch en pauzes): {x.get('dur')}."),
                ('p', 'Deze bevestiging kan worden gebruikt als bewijs van deelname voor (her)registratie en certificering.'),
                ('sig', 'Namens de organisatie', x.get('signer', 'Congresbureau'), True, seed)]
    if style == 'elearning':
        return [('title', f"{a['org']} – certificaat"),
                ('grid', [['Deelnemer', name], ['Module', a['title']], ['Status', 'Afgerond (100%)'],
                          ['Afgerond op', dnum(d)], ['Studiebelasting', x.get('dur')]], [55, 115], 'left'),
                ('small', f"Certificaatnummer {x.get('nr', 'LSZ-0000')}. Dit certificaat is automatisch gegenereerd.")]
    if style == 'teamleader':
        return [('title', x.get('head', 'Verklaring deelname vakoverleg')),
                ('p', x.get('place', 'Utrecht') + ', ' + dlong(D(x.get('letterdate', a['date'])))),
                ('p', f"Hierbij verklaar ik dat {x.get('aanhef', name)} op {dday(d)} heeft deelgenomen aan het "
                      f"{a['title']}{x.get('times', '')}. {x.get('body', '')}"),
                ('p', x.get('close', 'Het overleg had een vaste agenda en er is een verslag gemaakt.')),
                ('sig', 'Handtekening', x.get('signer'), True, seed)]
    if style == 'late_letter':
        ld = D(x['letterdate'])
        return [('p', a['org']), ('p', x.get('addr', '')), ('space', 4), ('p', x.get('to', name)), ('space', 2),
                ('p', f"{x.get('place', 'Utrecht')}, {dlong(ld)}"), ('p', 'Betreft: bewijs van deelname'), ('space', 2),
                ('p', f"Geachte {x.get('aanhef')},"),
                ('p', f"Hierbij bevestigen wij dat u op {dlong(d)} de {a['kind']} \u201c{a['title']}\u201d heeft gevolgd. "
                      f"{x.get('body', '')}"),
                ('p', 'Met vriendelijke groet,'), ('sig', '', x.get('signer'), True, seed)]
    if style == 'email':
        sd = D(x.get('sent', a['date']))
        return [('mono', f"Van: {x.get('from')}"), ('mono', f"Verzonden: {DAYS[sd.weekday()]} {dlong(sd)} {x.get('time', '09:12')}"),
                ('mono', f"Aan: {name} <{c['mail']}>"), ('mono', f"Onderwerp: {x.get('subject')}"), ('rule',),
                ('p', x.get('hi', f"Beste {name.split()[0]},")), ('p', x.get('body')), ('p', x.get('bye', 'Met vriendelijke groet,')),
                ('p', x.get('signer', a['org']))]
    if style == 'attendance':
        rows = [['Naam', 'Organisatie', 'Paraaf']]
        for n, o in x['people']:
            rows.append([n, o, '✓' if not x.get('scan') else 'x'])
        return [('title', x.get('head', 'Presentielijst')),
                ('p', f"{a['title']}"), ('p', f"Datum: {dday(d)}     Tijd: {x.get('times', '')}"),
                ('grid', rows, [60, 70, 40], 'top'),
                ('sig', 'Voorzitter / paraaf', x.get('signer'), True, seed)]
    if style == 'webinar':
        return [('title', 'Deelnamebewijs webinar'), ('p', a['org']), ('space', 3),
                ('kv', 'Naam deelnemer:', name), ('kv', 'Webinar:', a['title']), ('kv', 'Datum:', dshort(d)),
                ('kv', 'Duur:', x.get('dur')), ('space', 3), ('small', 'Aanwezigheid is gecontroleerd aan de hand van de inlogregistratie.')]
    raise ValueError(style)


# ================================================================= SHARED BUILDERS
def ev_blocks_headings(c, EV):
    B = [('title', 'Ervaringsverklaring hercertificering'),
         ('p', f"Naam: {c['name']}     Functie: {c['role_long']}     Werkgever: {c['employer']}"),
         ('p', 'Per competentie twee voorbeelden volgens STARR, twee sterke punten en één ontwikkelpunt. '
               'Ik heb hierbij mijn functioneringsgesprekken van 2024 en 2025 gebruikt.')]
    for comp, exs, strong, dev in EV:
        B.append(('title', comp))
        for i, ex in enumerate(exs, 1):
            B.append(('h', f'Voorbeeld {i}'))
            for lab, t in zip(['Situatie', 'Taak', 'Activiteiten', 'Resultaat', 'Reflectie'], ex):
                B.append(('h3', lab))
                B.append(('p', t))
        B.append(('h', 'Sterke punten'))
        B.append(('p', '• ' + strong[0]))
        B.append(('p', '• ' + strong[1]))
        B.append(('h', 'Ontwikkelpunt'))
        B.append(('p', '• ' + dev))
    return B


def ev_blocks_table(c, EV, drop=None):
    B = [('title', 'ERVARINGSVERKLARING'),
         ('grid', [['Naam', c['name']], ['Functie', c['role_long']], ['Werkgever', c['employer']],
                   ['Periode', 'september 2022 – september 2026']], [40, 130], 'left')]
    for comp, exs, strong, dev in EV:
        B.append(('h', f'Competentie: {comp}'))
        rows = []
        for i, ex in enumerate(exs, 1):
            if drop and drop[0] == comp and drop[1] == i:
                continue
            for lab, t in zip(['S – situatie', 'T – taak', 'A – activiteiten', 'R – resultaat', 'R – reflectie'], ex):
                rows.append([f'Voorbeeld {i}\n{lab}', t])
        rows.append(['Reflectie op de competentie', f'Mijn sterke punten zijn 1) {strong[0]} en 2) {strong[1]}. '
                                                     f'Als ontwikkelpunt zie ik dat {dev}.'])
        B.append(('grid', rows, [48, 122], 'left'))
    return B


def add_int(c, rel, rep, verdict='intervisie', counted=True, missing=''):
    path = rec(c, rel, 'intervisieverslag', '*', date=rep['date'], missing_sections=missing)
    INTS.append((c['id'], path, verdict, 'true' if counted else 'false'))
    return path


# ================================================================= U2-003
def build_u3(tmp):
    c = C3
    cid = c['id']
    app = c['app']
    # --- aanvraagformulier: paper form, filled in by hand, scanned to PDF
    B = [('title', 'Aanvraagformulier hercertificering'),
         ('p', 'Register Re-integratiebegeleiders (RIB) – Hobéon SKO. Invullen in blokletters.'),
         ('kv', 'Naam', c['name']), ('kv', 'Geboortedatum', c['born']), ('kv', 'Adres', c['addr']),
         ('kv', 'E-mail', c['mail']), ('kv', 'Telefoon', c['phone']), ('kv', 'Registratienummer', c['regnr']),
         ('kv', 'Certificatieschema', 'RIB – klantmanager re-integratie'),
         ('kv', 'Werkgever', 'UWV Utrecht'), ('kv', 'Functie', 'Re-integratiebegeleider'),
         ('space', 2),
         ('p', 'Ik vraag hercertificering aan en verklaar dit formulier naar waarheid te hebben ingevuld.'),
         ('kv', 'Plaats en datum', f'Utrecht, {dnum(app)}'),
         ('sig', 'Handtekening aanvrager', '', True, 301)]
    render_scan(P(c, 'Aanvraagformulier_hercertificering_JvDalen.pdf'), B, 3001)
    rec(c, 'Aanvraagformulier_hercertificering_JvDalen.pdf', 'aanvraagformulier', 'visual',
        candidate_name=c['name'], application_date=app.isoformat())

    # --- certificatieovereenkomst: Word -> PDF (soffice), signature image
    B = [('title', 'Certificatieovereenkomst'),
         ('p', 'De ondergetekenden:'),
         ('p', '1. Hobéon SKO, gevestigd te Den Haag, hierna te noemen: de certificatie-instelling;'),
         ('p', f"2. {c['name']}, wonende te Utrecht, hierna te noemen: de kandidaat;"),
         ('p', 'komen het volgende overeen:'),
         ('h', 'Artikel 1 – Onderwerp'),
         ('p', 'De certificatie-instelling beoordeelt of de kandidaat voldoet aan de eisen voor hercertificering als klantmanager re-integratie (RIB).'),
         ('h', 'Artikel 2 – Verplichtingen kandidaat'),
         ('p', 'De kandidaat levert alle bewijsstukken volledig, naar waarheid en in het Nederlands aan via de portal.'),
         ('h', 'Artikel 3 – Vertrouwelijkheid'),
         ('p', 'Alle ingezonden documenten worden vertrouwelijk behandeld.'),
         ('h', 'Artikel 4 – Geldigheid'),
         ('p', 'Bij een positief besluit is het certificaat vier jaar geldig.'),
         ('p', f'Aldus overeengekomen en ondertekend te Utrecht op {dlong(app)}.'),
         ('sig', 'Handtekening kandidaat', c['name'], True, 302)]
    via_soffice(P(c, 'certificatieovereenkomst getekend.pdf'), B, tmp)
    rec(c, 'certificatieovereenkomst getekend.pdf', 'certificatieovereenkomst', 'visual')

    # --- werkgeversverklaring: photo of a paper statement with a two-period table
    p1, p2 = c['periods']
    B = [('title', 'Werkgeversverklaring'),
         ('p', 'Bijlage 1 bij de aanvraag hercertificering RIB'),
         ('p', f"Ondergetekende, {c['boss']}, {c['boss_title'].lower()} bij {c['employer']}, verklaart dat "
               f"mevrouw {c['name']}, geboren {c['born']}, bij UWV in dienst is en werkzaam is als re-integratiebegeleider."),
         ('grid', [['Van', 'Tot en met', 'Functie', 'Uren per week'],
                   [dnum(p1[0]), dnum(p1[1]), p1[3], '32'],
                   [dnum(p2[0]), 'heden', p2[3], '28']], [30, 30, 70, 40], 'top'),
         ('p', 'Per 1 februari 2024 is de arbeidsduur op eigen verzoek verminderd; het dienstverband loopt ongewijzigd door. '
               'Een volledige werkweek bij UWV is 36 uur.'),
         ('p', 'Mevrouw Van Dalen is op de datum van ondertekening in dienst en werkzaam in bovengenoemde functie.'),
         ('p', 'Plaats: Utrecht       Datum: 08-04-2026'),
         ('sig', 'Handtekening leidinggevende', f"{c['boss']} – {c['boss_title']}", True, 303)]
    im = render_page_image(B, hand=False)[0]
    os.makedirs(P(c, ''), exist_ok=True)
    photo_effect(im, 3003).save(P(c, 'IMG_20260408_084512.jpg'), 'JPEG', quality=74)
    rec(c, 'IMG_20260408_084512.jpg', 'werkverklaring', 'visual', role='Re-integratiebegeleider',
        period1_start=p1[0].isoformat(), period1_end=p1[1].isoformat(), period1_hours_per_week='32', period1_role=p1[3],
        period2_start=p2[0].isoformat(), period2_end='', period2_hours_per_week='28', period2_role=p2[3], fulltime_hours='36')

    # --- ervaringsverklaring: raw .docx, STARR parts as labels, signed by the supervisor (image)
    B = ev_blocks_headings(c, EV3)
    B += [('h', 'Ondertekening leidinggevende'),
          ('p', f"Ik heb deze ervaringsverklaring gelezen en herken het beeld. {c['boss']}, {c['boss_title']}, Utrecht, 9 april 2026."),
          ('sig', 'Handtekening:', c['boss'], True, 304)]
    render_docx(P(c, 'Ervaringsverklaring J van Dalen def.docx'), B)
    rec(c, 'Ervaringsverklaring J van Dalen def.docx', 'ervaringsverklaring', 'visual', incomplete_competencies='')

    # --- activities
    forms = {}
    proofs = {}
    A = {a['k']: a for a in A3}
    plan = [  # k, form style, form file, proof style, proof file, proof extras
        (1, 'grid', 'vakontwikkeling/01 opgave congres Participatie werkt.pdf', 'congress', 'vakontwikkeling/bewijs congres mrt 2023.pdf',
         dict(dur='5 uur en 15 minuten', signer='M. de Leeuw, projectleider')),
        (2, 'stacked', 'document(2).pdf', 'cert_center', 'vakontwikkeling/certificaat_oplossingsgericht_coachen.pdf',
         dict(dur='3,5 uur', trainer='Annelies Kompas')),
        (3, 'acro', 'vakontwikkeling/opgave_elearning_ZW.pdf', 'elearning', 'Certificaat_LSZ_20231005.pdf',
         dict(dur='240 minuten', nr='LSZ-23-104577')),
        (4, 'docxgrid', 'vakontwikkeling/Opgave vakoverleg jan 2024.docx', 'teamleader', 'vakontwikkeling/verklaring teammanager vakoverleg 18-01-2024.pdf',
         dict(aanhef='mevrouw J. van Dalen', times=', van 13.30 tot 16.00 uur', signer='M. Heijnen, teammanager Re-integratie Ziektewet',
              body='Op de agenda stonden de regionale arbeidsmarktcijfers en de inzet van scholingsbudget.', letterdate='2024-01-22')),
        (5, 'inline', 'vakontwikkeling/05_cursus_gesprekstechnieken_opgave.pdf', 'late_letter_scan', 'scan0003.pdf',
         dict(letterdate='2024-04-25', aanhef='mevrouw Van Dalen', to='Mevrouw J. van Dalen\nKromme Nieuwegracht 61-bis\n3512 HL  UTRECHT', addr='Oudegracht 212, 3511 NS Utrecht',
              body='De cursus besloeg 6 uur (09.30 – 16.30 uur, exclusief lunch) en werd afgesloten met een oefengesprek met een trainingsacteur.',
              signer='Paul Verhoef, trainer')),
        (6, 'top', 'vakontwikkeling/opgave symposium psychische klachten.pdf', 'email', 'vakontwikkeling/Fwd_ Bevestiging deelname symposium.pdf',
         dict(sent='2024-09-27', **{'from': 'secretariaat@werkengezondheid-utrecht.nl'}, subject='Bevestiging deelname symposium 26 september',
              body='Hartelijk dank voor je aanwezigheid bij het symposium Psychische klachten en werk op donderdag 26 september 2024 in de Jaarbeurs, Utrecht. '
                   'Hierbij bevestigen wij je deelname aan het volledige middagprogramma van 13.00 tot 17.00 uur. De presentaties volgen volgende week.',
              signer='Secretariaat Stichting Werk & Gezondheid Utrecht')),
        (7, 'scanjpg', 'IMG_20241115_161203.jpg', 'attendance', 'vakontwikkeling/presentielijst vakoverleg 14-11.pdf',
         dict(times='13.30 – 16.00 uur', signer='R. Bosman (voorzitter)', head='Presentielijst vakoverleg',
              people=[('R. Bosman', 'UWV Utrecht – AD'), ('J. van Dalen', 'UWV Utrecht – RIB'), ('S. Aydin', 'UWV Utrecht – RIB'),
                      ('K. de Graaf', 'UWV Utrecht – AD'), ('T. Nijholt', 'UWV Utrecht – RIB'), ('F. Meijer', 'UWV Utrecht – VA')])),
        (8, 'inline_soffice', 'vakontwikkeling/opgave webinar WIA 2025.pdf', 'webinar', 'vakontwikkeling/deelnamebewijs_webinar_13-03-2025.pdf',
         dict(dur='2 uur (14.00 – 16.00)')),
        (9, 'grid', 'vakontwikkeling/09 opgave workshop netwerken.pdf', 'cert_center_photo', 'IMG_20250606_090233.jpg',
         dict(dur='3,5 uur', trainer='Wendy Lamers, accountmanager WSP')),
        (10, 'docxstacked', 'vakontwikkeling/opgave congres week vd reintegratie.docx', 'congress', 'vakontwikkeling/Deelnamebevestiging WvdR 2025.pdf',
         dict(dur='5u30', signer='Platform Re-integratie Nederland, congresteam')),
        (11, 'top', 'vakontwikkeling/11_opgave_jobcoaching.pdf', 'cert_center', 'vakontwikkeling/Certificaat jobcoaching.pdf',
         dict(dur='6 uur (exclusief lunchpauze)', trainer='drs. E. Smeets')),
        (12, 'grid', 'vakontwikkeling/12 opgave vakoverleg feb 2026.pdf', 'email', 'vakontwikkeling/mail teammanager aanwezigheid vakoverleg.pdf',
         dict(sent='2026-03-02', time='11:47', **{'from': 'Marco Heijnen <m.heijnen@uwv-demo.nl>'}, subject='Aanwezigheid vakoverleg 26 februari',
              hi='Hoi Jorien,',
              body='Zoals gevraagd: hierbij bevestig ik dat je op donderdag 26 februari 2026 aanwezig was bij het vakoverleg re-integratie over de nieuwe '
                   'werkinstructie Ziektewet-claimbeoordeling. Het overleg duurde van 13.00 tot 16.00 uur en had een vaste agenda met verslag.',
              bye='Groet,', signer='Marco Heijnen, teammanager Re-integratie Ziektewet')),
    ]
    for k, fst, ffile, pst, pfile, px in plan:
        a = A[k]
        seed = 3100 + k
        fp = P(c, ffile)
        if fst in ('grid', 'stacked', 'inline', 'top'):
            render_pdf(fp, form_blocks(c, a, fst, seed), serif=(k % 3 == 0))
        elif fst == 'acro':
            form_acro(fp, c, a)
        elif fst == 'docxgrid':
            render_docx(fp, form_blocks(c, a, 'grid', seed))
        elif fst == 'docxstacked':
            render_docx(fp, form_blocks(c, a, 'stacked', seed))
        elif fst == 'inline_soffice':
            via_soffice(fp, form_blocks(c, a, 'inline', seed), tmp)
        elif fst == 'scanjpg':
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            im = render_page_image(form_blocks(c, a, 'scan', seed), hand=True)[0]
            photo_effect(im, seed).save(fp, 'JPEG', quality=74)
        forms[k] = rec(c, ffile, 'opgaveformulier_activiteit', '*', **form_fields(a))
        pp = P(c, pfile)
        if pst == 'late_letter_scan':
            render_scan(pp, proof_blocks(c, a, 'late_letter', seed, px), seed + 50, hand=False)
        elif pst == 'cert_center_photo':
            os.makedirs(os.path.dirname(pp), exist_ok=True)
            im = render_page_image(proof_blocks(c, a, 'cert_center', seed, px), hand=False)[0]
            photo_effect(im, seed + 50).save(pp, 'JPEG', quality=74)
        else:
            render_pdf(pp, proof_blocks(c, a, pst, seed, px), serif=(pst == 'cert_center'))
        dur = {1: '5.25', 2: '3.50', 3: '4.00', 4: '2.50', 5: '6.00', 6: '4.00', 7: '2.50', 8: '2.00', 9: '3.50', 10: '5.50', 11: '6.00', 12: '3.00'}[k]
        part = {4: 'J. van Dalen', 5: 'J. van Dalen', 7: 'J. van Dalen'}.get(k, c['name'])
        proofs[k] = rec(c, pfile, 'bewijs_deelname', '*', proves=forms[k], participant=part,
                        date=a['date'], duration_hours=dur)

    # --- overzicht vakontwikkeling: xlsx with real time cells (h:mm)
    import openpyxl
    from openpyxl.styles import Font, Border, Side, Alignment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Vakontwikkeling'
    ws['A1'] = 'Overzicht vakontwikkeling (bijlage 3)'
    ws['A1'].font = Font(bold=True, size=13)
    ws['A2'] = f"Naam: {c['name']}"
    ws['A3'] = 'Periode: april 2022 – april 2026'
    hdr = ['Nr', 'Datum', 'Activiteit', 'Organisator', 'Soort', 'Aanwezig (u:mm)', 'Voorbereiding (u:mm)', 'Totaal (u:mm)', 'PE']
    ws.append([])
    ws.append(hdr)
    thin = Side(style='thin')
    for cell in ws[5]:
        cell.font = Font(bold=True)
    total = 0.0
    for a in A3:
        pe = pe_of(a)
        total += pe
        ws.append([a['k'], D(a['date']), a['title'], a['org'], a['kind'],
                   dt.time(a['A'] // 60, a['A'] % 60), dt.time(a['B'] // 60, a['B'] % 60),
                   dt.time((a['A'] + a['B']) // 60, (a['A'] + a['B']) % 60), round(pe, 2)])
        r = ws.max_row
        ws.cell(r, 2).number_format = 'dd-mm-yyyy'
        for col in (6, 7, 8):
            ws.cell(r, col).number_format = 'h:mm'
        ws.cell(r, 9).number_format = '0.00'
    ws.append([])
    ws.append(['', '', 'Totaal PE-punten', '', '', '', '', '', round(total, 2)])
    ws.cell(ws.max_row, 3).font = Font(bold=True)
    for col, w in zip('ABCDEFGHI', [5, 12, 60, 38, 12, 15, 19, 14, 7]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = 'J. van Dalen'
    wb.properties.created = dt.datetime(2026, 4, 10, 20, 0)
    wb.properties.modified = dt.datetime(2026, 4, 10, 20, 0)
    fp = P(c, 'overzicht_vakontwikkeling_2026.xlsx')
    wb.save(fp)
    rec(c, 'overzicht_vakontwikkeling_2026.xlsx', 'overzicht_vakontwikkeling', '*', activities=str(len(A3)), pe_claimed=f'{total:.2f}')

    # --- intervision reports
    plan_i = [
        (0, 'numbered', 'pdf', 'intervisie/2022-06-02 intervisie.pdf'),
        (1, 'questions', 'pdf', 'intervisie/verslag_intervisie_sept22.pdf'),
        (2, 'caps', 'docx', 'intervisie/Intervisie 8 december.docx'),
        (3, 'grid', 'pdf', 'intervisie/bijlage5_maart2023.pdf'),
        (4, 'prose', 'soffice', 'intervisie/intervisie mei 2023.pdf'),
        (5, 'email', 'pdf', 'intervisie/RE_ verslag intervisie.pdf'),
        (6, 'lettered', 'pdf', 'intervisie/Intervisieverslag dec 2023.pdf'),
        (7, 'scan', 'scan', 'intervisie/scan0011.pdf'),
        (8, 'top', 'pdf', 'intervisie/iv_2024_06_20.pdf'),
        (9, 'inline', 'docx', 'intervisie/intervisie okt 2024.docx'),
        (10, 'short', 'pdfserif', 'intervisie/Verslag intervisie 16-01-2025.pdf'),
        (11, 'questions', 'soffice', 'intervisie/intervisie_mei_2025_JvD.pdf'),
        (12, 'bullets', 'pdf', 'intervisie/document(7).pdf'),
    ]
    for i, st, med, rel in plan_i:
        rep = I3[i]
        seed = 3500 + i
        fp = P(c, rel)
        if med == 'scan':
            render_scan(fp, int_scan_blocks(c, rep, seed), seed, hand=True)
        else:
            B = int_blocks(c, rep, st, seed=seed)
            if med == 'pdf':
                render_pdf(fp, B)
            elif med == 'pdfserif':
                render_pdf(fp, B, serif=True)
            elif med == 'docx':
                render_docx(fp, B)
            elif med == 'soffice':
                via_soffice(fp, B, tmp)
        add_int(c, rel, rep)
    ALLOWED.append((cid, 'PE-ACTIVITY-CAP', forms[5]))


# ================================================================= U2-004
def build_u4(tmp):
    c = C4
    cid = c['id']
    app = c['app']
    # --- aanvraagformulier: filled AcroForm, typed name in the 'handtekening' field (also holds a BSN)
    rel = 'Aanvraag hercertificering RCCM - Koppelaar.pdf'
    render_acroform(P(c, rel), 'Aanvraag hercertificering – Register Casemanager', [
        ('Naam aanvrager', 'naam', c['name'], 8),
        ('Voorletters', 'voorletters', 'R.M.', 8),
        ('Geboortedatum', 'geboortedatum', c['born'], 8),
        ('BSN', 'bsn', c['bsn'], 8),
        ('Adres', 'adres', c['addr'], 8),
        ('E-mailadres', 'email', c['mail'], 8),
        ('Registratienummer', 'regnr', c['regnr'], 8),
        ('Register / schema', 'schema', 'Rccm – Register Casemanager', 8),
        ('Huidige werkgever', 'werkgever', 'Domstede Verzekeringen N.V., Utrecht', 8),
        ('Functie', 'functie', 'Casemanager verzuim', 8),
        ('Datum aanvraag', 'datum', dnum(app), 8),
        ('Handtekening (typ uw volledige naam)', 'handtekening', 'R.M. Koppelaar', 10)],
        intro=['Met het invullen en ondertekenen van dit formulier vraagt u hercertificering aan.',
               'Stuur het formulier samen met de ondertekende certificatieovereenkomst via de portal in.'],
        footer=['Uw gegevens worden vertrouwelijk behandeld.'])
    p_aanvraag = rec(c, rel, 'aanvraagformulier', 'form', candidate_name=c['name'], application_date=app.isoformat())
    ALLOWED.append((cid, 'PRIVACY-BSN', p_aanvraag))

    # --- certificatieovereenkomst: printed, signed with pen, scanned
    B = [('title', 'CERTIFICATIEOVEREENKOMST HERCERTIFICERING'),
         ('p', f"Partijen: de certificatie-instelling Hobéon SKO en {c['init']} ({c['regnr']}), hierna: kandidaat."),
         ('p', '1. De kandidaat vraagt hercertificering aan voor het register casemanagers en stemt in met de beoordeling van zijn dossier.'),
         ('p', '2. De kandidaat verklaart dat alle ingeleverde stukken echt zijn en naar waarheid zijn ingevuld.'),
         ('p', '3. De certificatie-instelling behandelt alle gegevens vertrouwelijk en bewaart het dossier niet langer dan nodig.'),
         ('p', '4. Tegen een besluit kan de kandidaat binnen zes weken bezwaar maken.'),
         ('p', '5. Het tarief voor de hercertificering wordt gefactureerd na ontvangst van deze overeenkomst.'),
         ('space', 3),
         ('kv', 'Plaats:', 'Utrecht'), ('kv', 'Datum:', dnum(app)),
         ('sig', 'Ondertekening kandidaat', c['init'], True, 401)]
    rel = 'scans/scan_20260924_0001.pdf'
    render_scan(P(c, rel), B, 4001, hand=True)
    rec(c, rel, 'certificatieovereenkomst', 'visual')

    # --- werkgeversverklaring: letter, everything in one sentence, via Word -> PDF
    p1 = c['periods'][0]
    B = [('p', 'Domstede Verzekeringen N.V.'), ('p', c['emp_addr']), ('space', 4),
         ('p', 'Aan: Hobéon SKO, t.a.v. de certificatiecommissie'), ('space', 2),
         ('p', f'Utrecht, 15 september 2026'), ('p', 'Onderwerp: werkgeversverklaring R.M. Koppelaar'), ('space', 2),
         ('p', 'Geachte heer, mevrouw,'),
         ('p', f"Hierbij verklaren wij dat de heer R.M. Koppelaar, geboren op {c['born']}, sinds 1 februari 2020 bij Domstede "
               f"Verzekeringen N.V. in dienst is als casemanager verzuim voor 30 uur per week, bij een volledige werkweek van 38 uur."),
         ('p', 'Hij begeleidt in die functie verzuimende werknemers van onze zakelijke verzuimverzekerden en voert de regie over '
               'het re-integratieproces conform de Wet verbetering poortwachter. Het dienstverband is voor onbepaalde tijd en niet opgezegd.'),
         ('p', 'Met vriendelijke groet,'),
         ('sig', 'Handtekening werkgever', f"{c['boss']}\n{c['boss_title']}", True, 402)]
    rel = 'Werkgeversverklaring Domstede.pdf'
    via_soffice(P(c, rel), B, tmp)
    rec(c, rel, 'werkverklaring', 'visual', role='Casemanager verzuim', period1_start=p1[0].isoformat(), period1_end='',
        period1_hours_per_week='30', period1_role='Casemanager verzuim', fulltime_hours='38')

    # --- ervaringsverklaring: STARR as two-column table, signed by manager
    B = ev_blocks_table(c, EV4)
    B += [('p', f"Gezien en akkoord, {c['boss']}, {c['boss_title']}, 16 september 2026."),
          ('sig', 'Handtekening leidinggevende', c['boss'], True, 403)]
    rel = 'ervaringsverklaring_RKoppelaar_2026.pdf'
    render_pdf(P(c, rel), B, size=9)
    rec(c, rel, 'ervaringsverklaring', 'visual', incomplete_competencies='')

    # --- activities
    A = {a['k']: a for a in A4}
    VG = 'Vakgroep Casemanagers regio Utrecht'
    plan = [
        (1, 'grid', 'PE/opgave 1 verzuimcongres 2022.pdf', 'congress', 'PE/bevestiging deelname Nationaal Verzuimcongres.pdf',
         dict(dur='5u15', signer='Congresorganisatie Verzuim & Werk'), '5.25'),
        (2, 'docxinline', 'PE/opgave vakoverleg 9 feb 2023.docx', 'teamleader', 'PE/verklaring vakoverleg feb 2023.pdf',
         dict(head='Verklaring aanwezigheid vakoverleg', aanhef='de heer R. Koppelaar', times=' van 19.00 tot 22.00 uur',
              body='De bijeenkomst volgde de vaste agenda van de vakgroep (actualiteiten, inhoudelijk thema, casusronde).',
              close='Van iedere bijeenkomst maakt de secretaris een verslag dat aan de leden wordt gestuurd.',
              signer='Ineke Rutgers, voorzitter ' + VG, letterdate='2023-02-10'), '3.00'),
        (3, 'scanjpg', 'PE/IMG_20230512_193344.jpg', 'cert_center', 'PE/certificaat MGV.pdf',
         dict(dur='ochtendprogramma', trainer='Jeroen Blom, MGV Academie'), ''),
        (4, 'top', 'PE/opgave vakoverleg juni 2023.pdf', 'attendance_photo', 'PE/IMG_20230609_081502.jpg',
         dict(times='19.00 – 22.00 uur', signer='I. Rutgers', head='Vakgroep casemanagers – presentielijst',
              people=[('Ineke Rutgers', 'Arbo Vitaal'), ('Ruud Koppelaar', 'Domstede Verzekeringen'), ('Samira El Idrissi', 'ZZP'),
                      ('Bart Verhoeven', 'Arbodienst Utr. Heuvelrug'), ('Lotte Smit', 'Gemeente Nieuwegein'), ('Erik Haverkamp', 'ZZP')],
              scan=True), '3.00'),
        (5, 'stacked', 'PE/opgave_elearning_regie.pdf', 'elearning', 'PE/certificaat_elearning_regie_langdurig_verzuim.pdf',
         dict(dur='240 minuten', nr='VAO-2023-88121'), '4.00'),
        (6, 'acro', 'PE/opgave vakoverleg dec 2023.pdf', 'email', 'PE/mail secretaris vakgroep 14-12.pdf',
         dict(sent='2023-12-15', time='08:31', **{'from': 'secretaris@vakgroep-casemanagers-utrecht.nl'}, subject='Presentie vakoverleg 14 december',
              hi='Beste Ruud,',
              body='Op verzoek bevestig ik dat je op donderdag 14 december 2023 aanwezig was bij het vakoverleg van de vakgroep over werkhervatting na burn-out '
                   '(19.00 – 22.00 uur, volgens agenda; het verslag is rondgestuurd).',
              signer='Samira El Idrissi, secretaris ' + VG), '3.00'),
        (7, 'grid_soffice', 'PE/opgave cursus arbeidsrecht.pdf', 'late_letter', 'PE/deelnameverklaring arbeidsrecht.pdf',
         dict(letterdate='2024-04-02', aanhef='heer Koppelaar', to='De heer R.M. Koppelaar\nBurgemeester Reigerstraat 88\n3581 KT  Utrecht', addr='Postbus 4410, 3502 HK Utrecht',
              body='De cursusdag duurde van 09.00 tot 16.00 uur, exclusief een lunchpauze van een uur (6 contacturen).',
              signer='mr. A. Dekker, opleidingscoördinator'), '6.00'),
        (8, 'inline', 'PE/opgave symposium psyche en werk.pdf', None, None, None, None),
        (9, 'docxgrid', 'PE/opgave vakoverleg okt 2024.docx', 'teamleader_docx', 'PE/verklaring voorzitter vakgroep okt 2024.docx',
         dict(head='Verklaring', aanhef='Ruud Koppelaar', times=' (19.00 – 22.00 uur)',
              body='Het thema was de WIA-aanvraag en het re-integratieverslag; er was een gastspreker van UWV.',
              close='De bijeenkomst had een vaste agenda en er is een presentielijst bijgehouden.',
              signer='Ineke Rutgers, voorzitter', letterdate='2024-10-14'), '3.00'),
        (10, 'stacked_soffice', 'PE/opgave webinar loondoorbetaling.pdf', 'webinar', 'PE/deelnamebewijs webinar 23-1-2025.pdf',
         dict(dur='2 uur'), '2.00'),
        (11, 'top', 'PE/document(3).pdf', 'cert_center', 'PE/certificaat_workshop_tweede_spoor.pdf',
         dict(dur='3 uur en 30 minuten', trainer='Nadia Oussaid'), '3.50'),
        (12, 'grid', 'PE/opgave congres casemanagement in beweging.pdf', 'congress', 'PE/Bevestiging deelname congres 18-09-2025.pdf',
         dict(dur='5 uur en 30 minuten', signer='Congresbureau Vechtstede'), '5.50'),
        (13, 'inline', 'PE/opgave training PSR feb 2026.pdf', 'email', 'PE/deelname training psychosociale risicos.pdf',
         dict(sent='2026-02-13', time='16:05', **{'from': 'opleidingen@arbo-heuvelrug-demo.nl'}, subject='Bevestiging deelname training',
              body='Hierbij bevestigen wij dat u op donderdag 12 februari 2026 heeft deelgenomen aan de training Signaleren van psychosociale '
                   "risico's op het werk (13.30 – 17.30 uur) in ons opleidingscentrum in Zeist.",
              hi='Geachte heer Koppelaar,', signer='Team Opleidingen, Arbodienst Utrechtse Heuvelrug'), '4.00'),
    ]
    forms = {}
    for k, fst, ffile, pst, pfile, px, dur in plan:
        a = A[k]
        seed = 4100 + k
        fp = P(c, ffile)
        if fst in ('grid', 'stacked', 'inline', 'top'):
            render_pdf(fp, form_blocks(c, a, fst, seed), serif=(k % 4 == 1))
        elif fst == 'acro':
            form_acro(fp, c, a)
        elif fst == 'docxinline':
            render_docx(fp, form_blocks(c, a, 'inline', seed))
        elif fst == 'docxgrid':
            render_docx(fp, form_blocks(c, a, 'grid', seed))
        elif fst == 'grid_soffice':
            via_soffice(fp, form_blocks(c, a, 'grid', seed), tmp)
        elif fst == 'stacked_soffice':
            via_soffice(fp, form_blocks(c, a, 'stacked', seed), tmp)
        elif fst == 'scanjpg':
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            im = render_page_image(form_blocks(c, a, 'scan', seed), hand=True)[0]
            photo_effect(im, seed).save(fp, 'JPEG', quality=74)
        forms[k] = rec(c, ffile, 'opgaveformulier_activiteit', '*', **form_fields(a))
        if pst is None:
            continue
        pp = P(c, pfile)
        if pst == 'attendance_photo':
            os.makedirs(os.path.dirname(pp), exist_ok=True)
            im = render_page_image(proof_blocks(c, a, 'attendance', seed, px), hand=True)[0]
            photo_effect(im, seed + 50).save(pp, 'JPEG', quality=74)
        elif pst == 'teamleader_docx':
            render_docx(pp, proof_blocks(c, a, 'teamleader', seed, px))
        else:
            render_pdf(pp, proof_blocks(c, a, pst, seed, px), serif=(pst == 'cert_center'))
        kw = dict(proves=forms[k], participant={2: 'R. Koppelaar', 7: 'R.M. Koppelaar'}.get(k, c['name']), date=a['date'])
        if dur:
            kw['duration_hours'] = dur
        rec(c, pfile, 'bewijs_deelname', '*', **kw)

    FINDINGS.append((cid, 'PE-HOURS-UNREADABLE', forms[3]))
    FINDINGS.append((cid, 'PE-NO-PROOF', forms[8]))
    ALLOWED.append((cid, 'PE-MISMATCH', forms[3]))
    ALLOWED.append((cid, 'PE-ACTIVITY-CAP', forms[7]))
    ALLOWED.append((cid, 'PE-VAKOVERLEG-CAP', ''))
    ALLOWED.append((cid, 'PE-VAKOVERLEG-CAP', forms[9]))

    # --- overzicht vakontwikkeling: ODS
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table as OTable, TableRow, TableCell, TableColumn
    from odf.text import P as OP
    doc = OpenDocumentSpreadsheet()
    t = OTable(name='Overzicht PE')

    def row(vals):
        tr = TableRow()
        for v in vals:
            if isinstance(v, dt.date):
                cell = TableCell(valuetype='date', datevalue=v.isoformat())
                cell.addElement(OP(text=dnum(v)))
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                cell = TableCell(valuetype='float', value=v)
                cell.addElement(OP(text=nl(v)))
            else:
                cell = TableCell(valuetype='string')
                cell.addElement(OP(text=str(v)))
            tr.addElement(cell)
        t.addElement(tr)
    row(['Overzicht vakontwikkeling – R.M. Koppelaar (Rccm)'])
    row(['Referentieperiode: 24-09-2022 t/m 24-09-2026'])
    row([])
    row(['Datum', 'Omschrijving', 'Aanbieder', 'Type activiteit', 'Uren aanwezig (A)', 'Uren voorbereiding (B)', 'Totaal uren (C)', 'PE (C/2, max 4)'])
    claimed = 0.0
    for a in A4:
        if a.get('unreadable'):
            pe = a['claim_pe']
            row([D(a['date']), a['title'], a['org'], a['kind'], 'dagdeel', hrs(a['B']), 'dagdeel + 1', pe])
        else:
            pe = round(pe_of(a), 2)
            row([D(a['date']), a['title'], a['org'], a['kind'], hrs(a['A']), hrs(a['B']), hrs(a['A'] + a['B']), pe])
        claimed += pe
    row([])
    row(['', 'Totaal', '', '', '', '', '', claimed])
    doc.spreadsheet.addElement(t)
    rel = 'Overzicht vakontwikkeling RK.ods'
    doc.save(P(c, rel))
    rec(c, rel, 'overzicht_vakontwikkeling', '*', activities=str(len(A4)), pe_claimed=f'{claimed:.2f}')
    ALLOWED.append((cid, 'PE-MISMATCH', f'{cid}/{rel}'))

    # --- intervision reports
    plan_i = [
        (0, 'caps', 'pdf', 'intervisie/IV okt 2022.pdf'),
        (1, 'grid', 'docx', 'intervisie/intervisie januari 2023.docx'),
        (2, 'questions', 'pdf', 'intervisie/intervisie_2023-04-13.pdf'),
        (3, 'prose', 'pdf', 'intervisie/verslag IV juli 2023.pdf'),
        (4, 'scan', 'scan', 'intervisie/scan0004.pdf'),
        (5, 'lettered', 'soffice', 'intervisie/Intervisie jan 2024.pdf'),
        (6, 'numbered', 'pdf', 'intervisie/intervisie april 2024.pdf'),
        (7, 'bullets', 'soffice', 'intervisie/iv-2024-07-04.pdf'),
        (8, 'email', 'pdf', 'intervisie/Verslag intervisie nov - mail aan groep.pdf'),
        (9, 'top', 'pdf', 'intervisie/intervisie feb 2025.pdf'),
        (10, 'short', 'docx', 'intervisie/Intervisie 12-06-2025.docx'),
        (11, 'scan', 'scan', 'intervisie/scan0009.pdf'),
        (12, 'numbered', 'pdfserif', 'intervisie/intervisieverslag maart 2026.pdf'),
    ]
    paths = {}
    for i, st, med, rel in plan_i:
        rep = I4[i]
        seed = 4500 + i
        drop = ('leereffect',) if i == 6 else ()
        fp = P(c, rel)
        if med == 'scan':
            render_scan(fp, int_scan_blocks(c, rep, seed), seed, hand=True)
        else:
            B = int_blocks(c, rep, st, drop=drop, seed=seed)
            if med == 'pdf':
                render_pdf(fp, B)
            elif med == 'pdfserif':
                render_pdf(fp, B, serif=True)
            elif med == 'docx':
                render_docx(fp, B)
            elif med == 'soffice':
                via_soffice(fp, B, tmp)
        if i == 6:
            paths[i] = add_int(c, rel, rep, counted=False, missing='leereffect')
            FINDINGS.append((cid, 'INT-SECTIONS', paths[i]))
        else:
            paths[i] = add_int(c, rel, rep)
    # casuistiek report, template filled with procedure talk
    rel = 'intervisie/intervisie sept 2024.pdf'
    render_pdf(P(c, rel), int_blocks(c, CAS4, 'grid', seed=4590, title='Verslag intervisie / casusbespreking'))
    p = add_int(c, rel, CAS4, verdict='casuistiek', counted=False)
    FINDINGS.append((cid, 'INT-CASUISTIEK', p))
    ALLOWED.append((cid, 'INT-SECTIONS', p))
    # duplicate: same report as 2023-04-13 uploaded again with a slightly different title
    rel = 'intervisie/intervisie april 2023 (2).pdf'
    render_pdf(P(c, rel), int_blocks(c, I4[2], 'questions', seed=4502, title='Intervisieverslag (definitief)'))
    p = add_int(c, rel, I4[2], counted=False)
    FINDINGS.append((cid, 'INT-DUPLICATE', p))
    ALLOWED.append((cid, 'INT-DUPLICATE', paths[2]))


# ================================================================= TRUTH COMPUTATION
SEV = {'WORK-CURRENT': 'reject', 'WORK-YEARS': 'reject', 'PE-TOTAL': 'supplement', 'PE-NO-PROOF': 'supplement',
       'PE-NO-FORM': 'supplement', 'PE-HOURS-UNREADABLE': 'supplement', 'INT-COUNT': 'supplement',
       'INT-SECTIONS': 'supplement', 'EXP-COMPETENCY': 'supplement', 'DOC-MISSING': 'supplement', 'SIG-MISSING': 'supplement',
       'DOC-LANGUAGE': 'supplement', 'DOC-ILLEGIBLE': 'supplement', 'DOC-UNREADABLE': 'supplement'}


def ref_start(app):
    try:
        return app.replace(year=app.year - 4)
    except ValueError:
        return app.replace(year=app.year - 4, day=28)


def employment(c):
    app = c['app']
    ps = ref_start(app)
    total = (app - ps).days + 1
    wd, wf = 0, 0.0
    for s, e, h, role in c['periods']:
        a = max(s, ps)
        b = min(e or app, app)
        if b < a:
            continue
        n = (b - a).days + 1
        wd += n
        wf += n * h / c['fulltime']
    years = min(4.0, 4.0 * wd / total)
    cur = any((e is None or e >= app) and s <= app for s, e, h, r in c['periods'])
    return years, wf / wd, cur


def pe_ledger(c, acts, proofs_missing=()):
    ps, app = ref_start(c['app']), c['app']
    vo = 0.0
    other = 0.0
    for a in acts:
        if a.get('unreadable') or a.get('noproof'):
            continue
        d = D(a['date'])
        if not (ps <= d <= app):
            continue
        if a['kind'] == 'vakoverleg':
            vo += pe_of(a)
        else:
            other += pe_of(a)
    return other + min(vo, 10.0), vo


def finish(c, acts):
    cid = c['id']
    years, fte, cur = employment(c)
    pe, vo = pe_ledger(c, acts)
    ints = [r for r in INTS if r[0] == cid]
    valid = sum(1 for r in ints if r[3] == 'true')
    # all intervision dates inside the period?
    ps = ref_start(c['app'])
    for cid_, path, field, val in FIELDS:
        if cid_ == cid and field == 'date' and any(d[1] == path and d[2] in ('intervisieverslag', 'opgaveformulier_activiteit') for d in DOCS):
            assert ps <= D(val) <= c['app'], (path, val)
    if pe < 32:
        FINDINGS.append((cid, 'PE-TOTAL', ''))
    if valid < 12:
        FINDINGS.append((cid, 'INT-COUNT', ''))
    if not cur:
        FINDINGS.append((cid, 'WORK-CURRENT', ''))
    if years < 3 or fte < 0.5:
        FINDINGS.append((cid, 'WORK-YEARS', ''))
    sevs = {SEV.get(code, 'warning') for cc, code, _ in FINDINGS if cc == cid}
    outcome = 'afwijzing' if 'reject' in sevs else 'aanvulling' if 'supplement' in sevs else 'toekenning'
    claimed = [v for cc, p, f, v in FIELDS if cc == cid and f == 'pe_claimed'][0]
    return dict(candidate_id=cid, outcome=outcome, pe_counted=f'{pe:.2f}', intervisions_valid=str(valid),
                currently_employed='true' if cur else 'false', pe_counted_alt='', intervisions_valid_alt='', outcome_alt='',
                scheme=c['scheme'], work_years=f'{years:.2f}', avg_fte=f'{fte:.3f}', pe_claimed=claimed)


def wcsv(name, header, rows):
    with open(os.path.join(TRU, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    for d in (COH, TRU):
        if os.path.exists(d):
            shutil.rmtree(d)
        os.makedirs(d)
    tmp = tempfile.mkdtemp(prefix='mk_b_')
    try:
        build_u3(tmp)
        build_u4(tmp)
        flush_soffice(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(COH, 'cohort.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['candidate_id', 'name', 'scheme', 'application_date'])
        for c in (C3, C4):
            w.writerow([c['id'], c['name'], c['scheme'], c['app'].isoformat()])
    dossiers = [finish(C3, A3), finish(C4, A4)]
    cols = ['candidate_id', 'outcome', 'pe_counted', 'intervisions_valid', 'currently_employed', 'pe_counted_alt',
            'intervisions_valid_alt', 'outcome_alt', 'scheme', 'work_years', 'avg_fte', 'pe_claimed']
    wcsv('dossiers.csv', cols, [[d[k] for k in cols] for d in dossiers])
    wcsv('findings.csv', ['candidate_id', 'code', 'document'], sorted(set(FINDINGS)))
    wcsv('findings_allowed.csv', ['candidate_id', 'code', 'document'], sorted(set(ALLOWED)))
    wcsv('intervisions.csv', ['candidate_id', 'document', 'verdict', 'counted'], sorted(INTS))
    wcsv('documents.csv', ['candidate_id', 'document', 'doc_type', 'signature'], sorted(DOCS))
    wcsv('fields.csv', ['candidate_id', 'document', 'field', 'value'], sorted(FIELDS, key=lambda r: (r[0], r[1])))
    # sanity: every doc on disk is in truth and vice versa
    on_disk = set()
    for root, _, files in os.walk(COH):
        for fn in files:
            rel = os.path.relpath(os.path.join(root, fn), COH)
            if rel != 'cohort.csv':
                on_disk.add(rel)
    in_truth = {d[1] for d in DOCS}
    assert on_disk == in_truth, (on_disk ^ in_truth)
    for d in dossiers:
        print(d)


if __name__ == '__main__':
    main()
