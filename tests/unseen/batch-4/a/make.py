#!/usr/bin/env python3
"""Regenerates cohort/ and truth/ for unseen batch-4/a (deterministic, seed 4401).

Persona: a small independent re-integration bureau in Twente/Achterhoek whose
candidates are not very handy with computers: phone photos, Word files,
printed e-mails, question headings.
"""
import os, sys, csv, io, math, random, shutil, subprocess, tempfile, datetime as dt

from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm, cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Image as RLImage, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
import openpyxl
from openpyxl.styles import Font as XFont, Alignment
import xlwt
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
COHORT = os.path.join(HERE, "cohort")
TRUTH = os.path.join(HERE, "truth")
SEED = 4401

FD = "/usr/share/fonts/truetype/dejavu/"
FL = "/usr/share/fonts/truetype/liberation/"
FONTFILES = {
    "Sans": FD + "DejaVuSans.ttf", "Sans-B": FD + "DejaVuSans-Bold.ttf",
    "Sans-I": FD + "DejaVuSans-Oblique.ttf", "Serif": FD + "DejaVuSerif.ttf",
    "Serif-B": FD + "DejaVuSerif-Bold.ttf", "Serif-I": FD + "DejaVuSerif-Italic.ttf" if os.path.exists(FD + "DejaVuSerif-Italic.ttf") else FD + "DejaVuSerifCondensed-Italic.ttf",
    "Lib": FL + "LiberationSans-Regular.ttf", "Lib-B": FL + "LiberationSans-Bold.ttf",
    "LibSerif": FL + "LiberationSerif-Regular.ttf", "LibSerif-B": FL + "LiberationSerif-Bold.ttf",
    "Mono": FD + "DejaVuSansMono.ttf", "Narrow": FL + "LiberationSansNarrow-Regular.ttf",
    "Narrow-I": FL + "LiberationSansNarrow-Italic.ttf",
}
for k, v in FONTFILES.items():
    pdfmetrics.registerFont(TTFont(k, v))

# ---------------------------------------------------------------- utilities
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

def D(s):
    return dt.date.fromisoformat(s)

def nl_long(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"

def nl_dash(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"

def nl_short(d):
    return f"{d.day} {MON3[d.month-1]}. {d.year}"

def nl_dag(d):
    return f"{DAGEN[d.weekday()]} {nl_long(d)}"

def fmt_dec(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")

def pe_of(a, b):
    return min((a + b) / 2.0, 4.0)

def bsn_ok(n):
    s = f"{int(n):09d}"
    t = sum((9 - i) * int(s[i]) for i in range(8)) - int(s[8])
    return t % 11 == 0 and int(s) != 0

def sig_png(seed, w=520, h=150, color=(20, 30, 110)):
    """A pen-like signature stroke as PNG bytes (white background)."""
    r = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(img)
    pts = []
    n = 220
    a1, a2, a3 = r.uniform(2, 5), r.uniform(6, 11), r.uniform(12, 19)
    p1, p2 = r.uniform(0, 6), r.uniform(0, 6)
    for i in range(n):
        t = i / (n - 1)
        x = 25 + t * (w - 70) + 18 * math.sin(t * a3 + p2)
        y = h / 2 + 35 * math.sin(t * a1 * math.pi + p1) * math.cos(t * a2) + 12 * math.sin(t * a3 * 2)
        pts.append((x, y))
    dr.line(pts, fill=color, width=4, joint="curve")
    # a flourish underline
    x0 = r.uniform(30, 90)
    dr.line([(x0, h - 28), (w * 0.55, h - 38), (w - 40, h - 30)], fill=color, width=3)
    bio = io.BytesIO()
    img.save(bio, "PNG")
    return bio.getvalue()

def sig_img_rgba(seed, w=520, h=150, color=(25, 35, 120)):
    im = Image.open(io.BytesIO(sig_png(seed, w, h, color))).convert("L")
    mask = im.point(lambda v: 255 if v < 200 else 0)
    ink = Image.new("RGBA", (w, h), color + (255,))
    out = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    out.paste(ink, (0, 0), mask)
    return out

def ensure_dir(p):
    os.makedirs(os.path.dirname(p), exist_ok=True)

# ---------------------------------------------------------------- PDF (reportlab platypus)
def st(name, font="Sans", size=10, lead=None, align=TA_LEFT, color=colors.black, sb=0, sa=3):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          alignment=align, textColor=color, spaceBefore=sb, spaceAfter=sa)

def esc(t):
    return (t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).replace("\n", "<br/>")

def rl_sig_block(label, signed, seed, name=None, font="Sans", role=None, dateline=None):
    cells = []
    lab = Paragraph(esc(label), st("sl", font + ("-B" if font in ("Sans", "Serif", "Lib") else ""), 10))
    if signed:
        img = RLImage(io.BytesIO(sig_png(seed)), width=45 * mm, height=13 * mm)
        right = [img]
    else:
        right = [Paragraph("." * 60, st("dots", font, 10))]
    if name:
        right.append(Paragraph(esc(name), st("sn", font, 9)))
    if role:
        right.append(Paragraph(esc(role), st("sr", font, 9)))
    rows = [[lab, right]]
    if dateline:
        rows.insert(0, [Paragraph(esc(dateline[0]), st("dl", font, 10)), Paragraph(esc(dateline[1]), st("dv", font, 10))])
    t = Table(rows, colWidths=[40 * mm, 90 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t

def rl_story(items, font="Sans"):
    """items: list of tuples -> flowables."""
    B = font + "-B" if font + "-B" in FONTFILES else font
    out = []
    for it in items:
        k = it[0]
        if k == "title":
            out.append(Paragraph(esc(it[1]), st("t", B, it[2] if len(it) > 2 else 15, sa=8)))
        elif k == "center":
            size = it[2] if len(it) > 2 else 12
            f = it[3] if len(it) > 3 else font
            out.append(Paragraph(esc(it[1]), st("c", f, size, align=TA_CENTER, sa=6)))
        elif k == "h":
            out.append(Paragraph(esc(it[1]), st("h", B, it[2] if len(it) > 2 else 11, sb=8, sa=3)))
        elif k == "p":
            out.append(Paragraph(esc(it[1]), st("p", font, it[2] if len(it) > 2 else 10, sa=5)))
        elif k == "right":
            out.append(Paragraph(esc(it[1]), st("r", font, 10, align=TA_RIGHT)))
        elif k == "kv":
            out.append(Paragraph(f"<font name='{B}'>{esc(it[1])}</font> {esc(it[2])}", st("kv", font, 10, sa=3)))
        elif k == "stack":  # label on one line, value next line
            out.append(Paragraph(esc(it[1]), st("sk", B, 9, sa=0, color=colors.HexColor("#333333"))))
            out.append(Paragraph(esc(it[2]), st("sv", font, 10.5, sa=6)))
        elif k == "grid":
            rows = it[1]
            widths = it[2] if len(it) > 2 else None
            header = it[3] if len(it) > 3 else None  # 'left' or 'top'
            data = [[Paragraph(esc(str(c)), st("g", font, 9)) for c in r] for r in rows]
            if widths:
                widths = [w * mm for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1 if header == "top" else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header == "top":
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            if header == "left":
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(style))
            out.append(t)
            out.append(Spacer(1, 4 * mm))
        elif k == "sig":
            # ("sig", label, signed, seed, name, role)
            out.append(Spacer(1, 4 * mm))
            out.append(rl_sig_block(it[1], it[2], it[3], it[4] if len(it) > 4 else None, font,
                                    it[5] if len(it) > 5 else None))
        elif k == "sp":
            out.append(Spacer(1, it[1] * mm))
        elif k == "flow":
            out.append(it[1])
    return out

def make_pdf(path, items, font="Sans", margins=22):
    ensure_dir(path)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="", author="",
                            invariant=1)
    doc.build(rl_story(items, font))

def pdf_pages(path):
    data = open(path, "rb").read()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page>") + data.count(b"/Type /Page ")

# ---------------------------------------------------------------- scans / phone photos (PIL)
DPI = 200
PW, PH = int(8.27 * DPI), int(11.69 * DPI)

def pil_font(key, size):
    return ImageFont.truetype(FONTFILES[key], size)

def wrap(dr, text, font, maxw):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w).strip()
            if dr.textlength(t, font=font) <= maxw:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = w
        lines.append(cur)
    return lines

def render_page(items, hand=False, base="Sans"):
    """Render a page as a PIL image. hand=True: filled-in values in blue 'ink' (oblique)."""
    img = Image.new("RGB", (PW, PH), "white")
    dr = ImageDraw.Draw(img)
    M = 150
    y = 140
    maxw = PW - 2 * M
    B = base + "-B" if base + "-B" in FONTFILES else base
    ink = (25, 35, 120) if hand else (0, 0, 0)
    vf = "Sans-I" if hand else base
    for it in items:
        k = it[0]
        if k == "title":
            f = pil_font(B, it[2] if len(it) > 2 else 44)
            for ln in wrap(dr, it[1], f, maxw):
                dr.text((M, y), ln, font=f, fill="black"); y += int(f.size * 1.3)
            y += 16
        elif k == "center":
            f = pil_font(it[3] if len(it) > 3 else base, it[2] if len(it) > 2 else 34)
            for ln in wrap(dr, it[1], f, maxw):
                w = dr.textlength(ln, font=f)
                dr.text(((PW - w) / 2, y), ln, font=f, fill="black"); y += int(f.size * 1.35)
            y += 10
        elif k == "h":
            f = pil_font(B, it[2] if len(it) > 2 else 32)
            y += 14
            for ln in wrap(dr, it[1], f, maxw):
                dr.text((M, y), ln, font=f, fill="black"); y += int(f.size * 1.3)
            y += 4
        elif k in ("p", "hp"):
            f = pil_font(vf if k == "hp" else base, it[2] if len(it) > 2 else 29)
            for ln in wrap(dr, it[1], f, maxw):
                dr.text((M, y), ln, font=f, fill=ink if k == "hp" else "black"); y += int(f.size * 1.35)
            y += 10
        elif k == "kv":
            fl = pil_font(B, 29); fv = pil_font(vf, 30)
            lw = dr.textlength(it[1] + " ", font=fl)
            dr.text((M, y), it[1], font=fl, fill="black")
            lines = wrap(dr, it[2], fv, maxw - lw)
            for ln in lines:
                dr.text((M + lw, y), ln, font=fv, fill=ink); y += int(fv.size * 1.4)
            y += 6
        elif k == "grid":
            rows, fr = it[1], it[2]
            fnt = pil_font(base, 31); fb = pil_font(B, 31)
            tot = sum(fr)
            ws = [maxw * f / tot for f in fr]
            for ri, row in enumerate(rows):
                cells = []
                hmax = 0
                for ci, c in enumerate(row):
                    isl = (ci == 0 and it[3] == "left") or (ri == 0 and it[3] == "top")
                    f = fb if isl else (pil_font(vf, 32) if hand else fnt)
                    ls = wrap(dr, str(c), f, ws[ci] - 20)
                    cells.append((ls, f, isl))
                    hmax = max(hmax, len(ls) * int(f.size * 1.35) + 20)
                x = M
                for ci, (ls, f, isl) in enumerate(cells):
                    dr.rectangle([x, y, x + ws[ci], y + hmax], outline="black", width=2)
                    yy = y + 10
                    for ln in ls:
                        dr.text((x + 10, yy), ln, font=f, fill=("black" if isl or not hand else ink)); yy += int(f.size * 1.35)
                    x += ws[ci]
                y += hmax
            y += 24
        elif k == "sig":
            # ("sig", label, signed, seed, name)
            y += 30
            fl = pil_font(B, 29)
            dr.text((M, y + 60), it[1], font=fl, fill="black")
            lx = M + dr.textlength(it[1] + "  ", font=fl)
            dr.text((lx, y + 60), "." * 48, font=pil_font(base, 29), fill="black")
            if it[2]:
                s = sig_img_rgba(it[3])
                img.paste(s, (int(lx + 20), y - 20), s)
            y += 115
            if len(it) > 4 and it[4]:
                dr.text((lx, y), it[4], font=pil_font(base, 26), fill="black"); y += 40
        elif k == "sp":
            y += it[1]
    return img

def photo(img, seed, angle=None, table=(104, 84, 66)):
    """Phone-photo / scanner look: rotation, shadow, gradient, visible table border."""
    r = random.Random(seed)
    if angle is None:
        angle = r.choice([-1, 1]) * r.uniform(1.0, 3.0)
    page = img.convert("RGB")
    # slight paper tint and blur
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    mask = Image.new("L", page.size, 255)
    rp = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    rm = mask.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    pad = 110
    W, H = rp.size[0] + 2 * pad, rp.size[1] + 2 * pad
    bg = Image.new("RGB", (W, H), table)
    bd = ImageDraw.Draw(bg)
    for i in range(0, H, 7):  # wood-ish grain lines
        c = tuple(max(0, v - r.randint(0, 14)) for v in table)
        bd.line([(0, i), (W, i + r.randint(-4, 4))], fill=c, width=2)
    shadow = Image.new("RGB", rp.size, (40, 32, 26))
    bg.paste(shadow, (pad + 18, pad + 22), rm.filter(ImageFilter.GaussianBlur(12)))
    bg.paste(rp, (pad, pad), rm)
    # light gradient (lamp from top-left)
    grad = Image.new("L", (W, H))
    gd = ImageDraw.Draw(grad)
    for yy in range(0, H, 4):
        gd.rectangle([0, yy, W, yy + 4], fill=int(255 - 45 * yy / H))
    dark = Image.new("RGB", (W, H), (0, 0, 0))
    bg = Image.composite(bg, dark, grad.point(lambda v: v))
    bg = Image.blend(bg, Image.new("RGB", (W, H), (255, 250, 235)), 0.04)
    return bg

def save_scan(path, pages, seed, fmt="jpg"):
    """pages: list of PIL images (already rendered). jpg: only first page."""
    ensure_dir(path)
    shots = [photo(p, seed + i) for i, p in enumerate(pages)]
    if fmt == "jpg":
        shots[0].save(path, "JPEG", quality=80)
    else:
        shots = [s.convert("RGB") for s in shots]
        shots[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=shots[1:])

# ---------------------------------------------------------------- docx (python-docx)
def make_docx(path, items, font="Calibri", size=11):
    ensure_dir(path)
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    d.core_properties.author = ""
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    for it in items:
        k = it[0]
        if k == "title":
            p = d.add_paragraph(); r = p.add_run(it[1]); r.bold = True; r.font.size = Pt(16)
        elif k == "center":
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(it[1]); r.font.size = Pt(it[2] if len(it) > 2 else 12)
        elif k == "h":
            p = d.add_paragraph(); r = p.add_run(it[1]); r.bold = True
            if len(it) > 2 and it[2] == "u":
                r.underline = True
        elif k == "H":  # real Word heading style
            d.add_heading(it[1], level=it[2] if len(it) > 2 else 2)
        elif k == "p":
            d.add_paragraph(it[1])
        elif k == "kv":
            p = d.add_paragraph(); r = p.add_run(it[1] + " "); r.bold = True; p.add_run(it[2])
        elif k == "bullets":
            for b in it[1]:
                d.add_paragraph(b, style="List Bullet")
        elif k == "grid":
            rows = it[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    r = cell.paragraphs[0].add_run(str(c))
                    if (len(it) > 3 and it[3] == "left" and j == 0) or (len(it) > 3 and it[3] == "top" and i == 0):
                        r.bold = True
            d.add_paragraph("")
        elif k == "sig":
            p = d.add_paragraph(); r = p.add_run(it[1] + "  "); r.bold = True
            if it[2]:
                p.add_run().add_picture(io.BytesIO(sig_png(it[3])), width=Cm(4.5))
            else:
                p.add_run("." * 50)
            if len(it) > 4 and it[4]:
                d.add_paragraph(it[4])
        elif k == "sp":
            d.add_paragraph("")
    d.save(path)
    normalize_zip(path)

def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so reruns are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

PENDING_CONVERT = []

def make_docx_pdf(path_pdf, items, font="Calibri"):
    """Write a .docx and convert it to PDF with LibreOffice (batched at the end)."""
    tmpd = os.path.join(HERE, "_tmp_docx")
    os.makedirs(tmpd, exist_ok=True)
    base = os.path.splitext(os.path.basename(path_pdf))[0]
    src = os.path.join(tmpd, f"{len(PENDING_CONVERT):02d}_{base}.docx")
    make_docx(src, items, font)
    PENDING_CONVERT.append((src, path_pdf, items))

def run_conversions():
    if not PENDING_CONVERT:
        return
    tmpd = os.path.join(HERE, "_tmp_docx")
    outd = os.path.join(tmpd, "out")
    ok = shutil.which("soffice") is not None
    if ok:
        try:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w4a_lo_profile", "--headless",
                            "--convert-to", "pdf", "--outdir", outd] + [s for s, _, _ in PENDING_CONVERT],
                           check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except Exception as e:
            print("soffice failed:", e, file=sys.stderr); ok = False
    for src, dst, items in PENDING_CONVERT:
        pdf = os.path.join(outd, os.path.splitext(os.path.basename(src))[0] + ".pdf")
        ensure_dir(dst)
        if ok and os.path.exists(pdf):
            shutil.move(pdf, dst)
        else:  # fallback keeps the same path and the same text
            make_pdf(dst, items, "Lib")
    shutil.rmtree(tmpd, ignore_errors=True)

# ---------------------------------------------------------------- AcroForm PDF
def make_acroform(path, title, subtitle, fields, sigfield=None, font="Helvetica"):
    """fields: list of (label, name, value, height_lines). sigfield: (label, name, value) typed name."""
    ensure_dir(path)
    c = rlcanvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    c.setFont("Sans-B", 14); c.drawString(25 * mm, H - 25 * mm, title)
    c.setFont("Sans", 9.5); c.drawString(25 * mm, H - 31 * mm, subtitle)
    y = H - 45 * mm
    af = c.acroForm
    for label, name, value, hl in fields:
        c.setFont("Sans", 9.5)
        c.drawString(25 * mm, y + 2 * mm, label)
        fh = 7 * mm * hl
        af.textfield(name=name, value=value, x=98 * mm, y=y - fh + 6 * mm, width=88 * mm, height=fh,
                     borderWidth=0.8, borderColor=colors.black, fillColor=colors.HexColor("#eef3ff"),
                     textColor=colors.black, fontName="Helvetica", fontSize=9.5,
                     fieldFlags="multiline" if hl > 1 else "")
        y -= fh + 4 * mm
    if sigfield:
        y -= 6 * mm
        c.setFont("Sans-B", 10); c.drawString(25 * mm, y + 2 * mm, sigfield[0])
        af.textfield(name=sigfield[1], value=sigfield[2], x=98 * mm, y=y - 4 * mm, width=88 * mm, height=12 * mm,
                     borderWidth=0.8, borderColor=colors.black, fillColor=colors.white,
                     fontName="Helvetica-Oblique", fontSize=14)
    c.showPage(); c.save()

# ================================================================ CONTENT: U4-001 (rib)
C1 = dict(id="U4-001", name="Bernadette Kamphuis", init="B.", last="Kamphuis", aanhef="mevrouw",
          scheme="rib", app=D("2026-06-15"), born="12-03-1979",
          addr="Boddenkampstraat 41", pc="7514 AJ Enschede", phone="06-41873320",
          mail="b.kamphuis1979@hotmail.com", employer="UWV, vestiging Hengelo",
          emp_addr="Industrieplein 3, 7553 LL Hengelo (fictief adres)",
          boss="Ronald Wiegerinck", boss_title="teamleider Werkbedrijf / Re-integratie")

EXP1 = {
 "klantgerichtheid": dict(
   ex=[("Een klant met angstklachten durfde niet naar het eerste gesprek op kantoor te komen.",
        "Ik moest het contact op gang krijgen zonder de klant onder druk te zetten.",
        "Ik stelde voor om af te spreken in de bibliotheek bij haar in de buurt en nam de tijd voor kennismaking.",
        "Na twee afspraken buiten de deur kwam ze zelf naar kantoor en startte ze met een werkfittraject.",
        "Ik leerde dat een kleine aanpassing in de vorm veel drempel wegneemt."),
       ("Een klant was boos omdat zijn uitkering te laat was uitbetaald en wilde niet over werk praten.",
        "Ik wilde eerst zijn vraag oplossen en daarna het gesprek over re-integratie voeren.",
        "Ik belde terwijl hij erbij zat met de afdeling uitkeringen en legde uit wat er mis was gegaan.",
        "De betaling kwam dezelfde week; het volgende gesprek ging wel over zijn plannen.",
        "Eerst het probleem van de klant serieus nemen werkt beter dan direct doorpakken.")],
   sterk=["Ik luister goed en vat samen wat de klant zegt", "Ik ben goed bereikbaar en bel terug als ik het beloof"],
   ontw="Ik wil beter grenzen aangeven als klanten buiten werktijd blijven appen."),
 "resultaatgerichtheid": dict(
   ex=[("Bij mijn caseload stonden veel klanten al lang zonder actie in het systeem.",
        "Mijn doel was om binnen drie maanden voor iedere klant een actueel plan te hebben.",
        "Ik maakte een weekplanning en belde elke dag vijf klanten, de gesprekken legde ik direct vast.",
        "Na tien weken had elke klant een bijgewerkt re-integratieplan.",
        "Met een vaste routine houd ik het beter vol dan met losse inhaalacties."),
       ("Een werkgever had een vacature voor orderpicker maar wilde eerst een proefplaatsing.",
        "Ik moest snel een passende kandidaat vinden en de proefplaatsing regelen.",
        "Ik selecteerde twee klanten, besprak de eisen en regelde de proefplaatsing met behoud van uitkering.",
        "Een van de twee kreeg na de proefplaatsing een contract voor zes maanden.",
        "Ik had de tweede kandidaat beter moeten begeleiden bij de afwijzing.")],
   sterk=["Ik houd mijn afspraken en deadlines bij", "Ik durf keuzes te maken als een traject niet loopt"],
   ontw="Ik wil resultaten beter vastleggen zodat ik ze in het teamoverleg kan laten zien."),
 "samenwerken": dict(
   ex=[("Een klant had ook een schuldhulpverlener en een jobcoach van de gemeente.",
        "Ik wilde voorkomen dat we langs elkaar heen werkten.",
        "Ik organiseerde een overleg met z'n drieën en de klant en maakten een taakverdeling.",
        "De klant wist daarna wie waarvoor was en er kwamen geen dubbele afspraken meer.",
        "Ik neem sneller zelf het initiatief om de ketenpartners bij elkaar te brengen."),
       ("Een nieuwe collega had moeite met het schrijven van rapportages.",
        "Ik was gevraagd haar in te werken.",
        "We lazen een paar weken samen elkaars rapportages en ik gaf feedback met voorbeelden.",
        "Haar rapportages werden korter en duidelijker, de teamleider gaf dat ook terug.",
        "Ik merkte dat ik zelf ook scherper ging schrijven.")],
   sterk=["Ik ben collegiaal en help mee als het druk is", "Ik deel mijn kennis over de regionale arbeidsmarkt"],
   ontw="Ik wil bij onenigheid in het team eerder mijn mening geven."),
 "oordeelsvorming": dict(
   ex=[("Een klant gaf aan niet te kunnen werken door rugklachten, maar er was geen recent medisch advies.",
        "Ik moest beoordelen of ik het traject kon voortzetten.",
        "Ik vroeg advies aan de arbeidsdeskundige en besprak met de klant wat hij wel kon.",
        "We pasten het plan aan naar aangepast werk in de buitendienst van een tuincentrum.",
        "Ik vorm mijn oordeel nu pas als ik alle informatie heb, niet alleen het verhaal van de klant."),
       ("Een werkgever wilde een klant aannemen met loonkostensubsidie terwijl de klant volgens mij volledig productief was.",
        "Ik moest een eerlijk advies geven over de inzet van het instrument.",
        "Ik heb de regels nagelezen, overlegd met de teamleider en het met de werkgever besproken.",
        "De klant werd zonder subsidie aangenomen met een proeftijd van een maand.",
        "Ik blijf ook onder druk van een werkgever kijken naar wat klopt.")],
   sterk=["Ik weeg de belangen van klant en werkgever zorgvuldig af", "Ik vraag op tijd advies aan collega's"],
   ontw="Ik wil mijn afwegingen beter op papier zetten in het dossier."),
 "initiatief": dict(
   ex=[("Veel klanten in mijn caseload hadden moeite met solliciteren via internet.",
        "Niemand in het team pakte dit op.",
        "Ik heb samen met de bibliotheek een maandelijkse inloop voor digitale sollicitaties opgezet.",
        "Er kwamen gemiddeld acht klanten per keer, drie vonden via de inloop werk.",
        "Ik vond het spannend om iets nieuws te beginnen maar het gaf veel energie."),
       ("Een klant wilde graag in de zorg werken maar had geen diploma.",
        "Ik wilde kijken of er een leerwerktraject mogelijk was.",
        "Ik heb zelf contact gezocht met een zorginstelling en het ROC over een BBL-plek.",
        "De klant is gestart als zorghulp met een opleiding niveau 2.",
        "Ik had dit eerder kunnen doen, ik wachtte te lang op de klant.")],
   sterk=["Ik zie kansen en pak ze op", "Ik ben niet bang om werkgevers zelf te bellen"],
   ontw="Ik wil eerst beter afstemmen met mijn teamleider voor ik iets nieuws opzet."),
 "netwerken": dict(
   ex=[("Ik had weinig contacten bij werkgevers in de techniek in Twente.",
        "Ik wilde mijn netwerk in die sector vergroten.",
        "Ik ging naar twee ondernemersbijeenkomsten en maakte afspraken voor bedrijfsbezoeken.",
        "Ik heb nu vaste contactpersonen bij vier metaalbedrijven.",
        "Netwerken kost tijd maar het levert plaatsingen op."),
       ("Een klant met een licht verstandelijke beperking zocht een werkplek met begeleiding.",
        "Ik moest een passende plek vinden met goede begeleiding.",
        "Via mijn contact bij het werkgeversservicepunt kwam ik bij een groenbedrijf terecht.",
        "De klant werkt daar nu 20 uur per week met een jobcoach.",
        "Ik onderhoud mijn contacten beter door ze af en toe zomaar te bellen.")],
   sterk=["Ik leg makkelijk contact", "Ik weet wie ik moet bellen in de regio"],
   ontw="Ik wil LinkedIn beter gebruiken om contacten bij te houden."),
 "coachen": dict(
   ex=[("Een jonge klant kwam steeds te laat op zijn werkervaringsplek.",
        "Ik wilde dat hij zelf ging zien wat dit betekende voor zijn kansen.",
        "Ik stelde open vragen en liet hem zelf een plan maken met een wekker en een vaste busrit.",
        "Hij was de weken daarna steeds op tijd en kreeg een positieve beoordeling.",
        "Ik merkte dat ik de neiging heb om het zelf op te lossen; vragen stellen werkt beter."),
       ("Een klant van 58 jaar dacht dat hij te oud was om nog werk te vinden.",
        "Ik wilde zijn zelfvertrouwen vergroten.",
        "We maakten samen een overzicht van zijn ervaring en oefenden een sollicitatiegesprek.",
        "Hij solliciteerde op drie vacatures en werd voor één aangenomen als magazijnmedewerker.",
        "Ik geloof meer in kleine stappen en veel positieve feedback.")],
   sterk=["Ik stel goede open vragen", "Ik ben geduldig en geef klanten de ruimte"],
   ontw="Ik wil vaker confronteren als een klant afspraken niet nakomt."),
 "organiseren eigen werk": dict(
   ex=[("Door ziekte van een collega kreeg ik er tijdelijk dertig klanten bij.",
        "Ik moest zorgen dat er geen klant tussen wal en schip viel.",
        "Ik maakte een prioriteitenlijst op basis van deadlines en plande eerst de urgente gesprekken.",
        "Alle klanten zijn binnen zes weken gezien en er zijn geen termijnen verlopen.",
        "Een lijst met prioriteiten geeft mij rust als het druk is."),
       ("Mijn agenda raakte steeds vol met losse telefoontjes.",
        "Ik wilde meer tijd houden voor gesprekken en rapportages.",
        "Ik voerde vaste belmomenten in en blokkeerde twee ochtenden per week voor administratie.",
        "Mijn rapportages zijn sindsdien altijd binnen de termijn af.",
        "Ik moet blijven oppassen dat ik die blokken niet toch weer weggeef.")],
   sterk=["Ik werk gestructureerd met een weekplanning", "Ik houd mijn dossiers bij"],
   ontw="Ik wil makkelijker taken overdragen aan collega's."),
}
# ================================================================ CONTENT: U4-002 (rccm)
C2 = dict(id="U4-002", name="Marieke Oude Lenferink", init="M.", last="Oude Lenferink", aanhef="mevrouw",
          scheme="rccm", app=D("2026-09-21"), born="27-08-1984",
          addr="Kerkstraat 8", pc="7121 DP Aalten", phone="06-28391045",
          mail="marieke.oudelenferink@gmail.com", employer="Verzuimregie Oost B.V.",
          emp_addr="Spoorstraat 112, 7001 GH Doetinchem (fictief)",
          boss="Hennie Ter Maat", boss_title="manager bedrijfsvoering")

EXP2 = {
 "informeren": dict(
   ex=[("Een werknemer wist niet wat de Wet verbetering poortwachter voor hem betekende.",
        "Ik moest hem duidelijk uitleggen welke stappen eraan kwamen.",
        "Ik maakte een tijdlijn op één A4 en liep die samen met hem door.",
        "Hij wist daarna wat er van hem verwacht werd en leverde zijn deel van het plan van aanpak op tijd aan.",
        "Een plaatje werkt bij veel mensen beter dan een brief."),
       ("Een kleine werkgever wist niet dat hij een re-integratieverslag moest maken.",
        "Ik moest hem tijdig informeren om een loonsanctie te voorkomen.",
        "Ik belde hem, stuurde een checklist en plande een afspraak in week 85.",
        "Het verslag was op tijd compleet.",
        "Ik informeer kleine werkgevers voortaan eerder en met minder vakjargon.")],
   sterk=["Ik leg ingewikkelde regels eenvoudig uit", "Ik controleer of de ander het echt begrepen heeft"],
   ontw="Ik wil mijn e-mails korter maken."),
 "verbinden": dict(
   ex=[("Tussen een leidinggevende en een zieke werknemer was het contact verbroken na een conflict.",
        "Ik wilde het gesprek weer op gang brengen.",
        "Ik sprak beiden apart en organiseerde daarna een driegesprek op neutraal terrein.",
        "Ze maakten afspraken over het contact en de werknemer startte met aangepast werk.",
        "Ik moet neutraal blijven, ook als ik sympathie voel voor één partij."),
       ("De bedrijfsarts en de werkgever hadden een verschillend beeld van de belastbaarheid.",
        "Ik wilde dat iedereen van dezelfde informatie uitging.",
        "Ik vroeg de bedrijfsarts om een toelichting in het MDO met de werkgever erbij.",
        "De werkgever begreep de beperkingen beter en paste het werk aan.",
        "Partijen bij elkaar brengen werkt sneller dan berichten doorgeven.")],
   sterk=["Ik kan goed bemiddelen", "Ik blijf rustig als het gesprek spannend wordt"],
   ontw="Ik wil eerder een mediator voorstellen als het echt vastzit."),
 "regisseren": dict(
   ex=[("In een dossier met veel partijen liep niemand echt voorop.",
        "Als casemanager moest ik de regie pakken.",
        "Ik maakte een actielijst met eigenaren en data en plande tweewekelijkse belmomenten.",
        "Het spoor 2-traject startte binnen vier weken.",
        "Duidelijke afspraken op papier helpen mij de regie te houden."),
       ("Een werknemer wilde zelf alles bepalen en zegde afspraken af.",
        "Ik moest de voortgang bewaken zonder de relatie te verliezen.",
        "Ik besprak de gevolgen open en legde de afspraken vast in het plan van aanpak.",
        "Hij kwam de afspraken daarna na.",
        "Regie houden betekent ook soms iets moeilijks zeggen.")],
   sterk=["Ik houd overzicht in complexe dossiers", "Ik bewaak termijnen goed"],
   ontw="Ik wil meer delegeren aan de werkgever."),
 "schadelast beheersen": dict(
   ex=[("Een werkgever kreeg een hoge premie door veel langdurig verzuim.",
        "Ik moest samen met hem de kosten van verzuim omlaag brengen.",
        "Ik analyseerde de dossiers en stelde voor bij twee werknemers eerder spoor 2 te starten.",
        "Beide werknemers werden binnen het jaar geplaatst bij een andere werkgever.",
        "Ik kijk nu bij elk dossier ook naar de kosten op de lange termijn."),
       ("Een werknemer dreigde in de WGA te komen terwijl hij nog veel kon.",
        "Ik wilde een WGA-instroom voorkomen.",
        "Ik regelde een arbeidsdeskundig onderzoek en zocht naar passend werk binnen het bedrijf.",
        "Hij ging aan de slag als planner en de aanvraag WIA werd niet nodig.",
        "Vroeg investeren bespaart later veel.")],
   sterk=["Ik denk mee over de kosten voor de werkgever", "Ik ken de regels van het eigenrisicodragerschap"],
   ontw="Ik wil mijn kennis van de WGA-premie verder vergroten."),
 "analyseren": dict(
   ex=[("Een werknemer meldde zich telkens kort ziek.",
        "Ik wilde achterhalen wat er achter het frequente verzuim zat.",
        "Ik zette de meldingen op een rij en voerde een open gesprek met de werknemer.",
        "Er bleek sprake van mantelzorg; de werkgever paste haar rooster aan.",
        "Een patroon zien begint bij goed kijken naar de cijfers."),
       ("Een afdeling had twee keer zoveel verzuim als de rest van het bedrijf.",
        "De werkgever vroeg mij om een analyse.",
        "Ik vergeleek de verzuimcijfers en sprak met de teamleider en twee werknemers.",
        "De werkdruk na een reorganisatie bleek de oorzaak; er kwam extra formatie.",
        "Ik trek minder snel conclusies voordat ik meerdere bronnen heb.")],
   sterk=["Ik zie snel patronen in verzuimcijfers", "Ik stel de goede vragen"],
   ontw="Ik wil beter leren werken met Excel-analyses."),
 "signaleren": dict(
   ex=[("In een gesprek viel mij op dat een werknemer erg somber was.",
        "Ik moest dit signaal serieus nemen.",
        "Ik vroeg door en adviseerde haar om eerder naar de bedrijfsarts te gaan, met haar toestemming.",
        "Ze kreeg snel hulp van een psycholoog.",
        "Ik vertrouw meer op mijn gevoel als iets niet klopt."),
       ("Een leidinggevende vertelde terloops dat er veel conflicten waren in zijn team.",
        "Ik wilde dat de werkgever dit oppakte voordat er verzuim ontstond.",
        "Ik gaf het signaal door aan HR en stelde een teamgesprek voor.",
        "Er kwam een teamsessie met een externe begeleider.",
        "Signaleren is ook preventie.")],
   sterk=["Ik merk veranderingen in gedrag op", "Ik geef signalen op tijd door"],
   ontw="Ik wil signalen beter vastleggen in het verzuimsysteem."),
 "adviseren": dict(
   ex=[("Een werkgever wilde een werknemer ontslaan tijdens ziekte.",
        "Ik moest hem adviseren over de mogelijkheden en risico's.",
        "Ik legde het opzegverbod uit en adviseerde een vaststellingsovereenkomst pas na goed juridisch advies.",
        "De werkgever koos voor een spoor 2-traject.",
        "Ik geef mijn advies ook als het niet is wat de werkgever wil horen."),
       ("Een werknemer twijfelde of ze een aangeboden functie moest accepteren.",
        "Ik wilde haar helpen een goede keuze te maken.",
        "Ik zette de voor- en nadelen met haar op een rij, inclusief de gevolgen voor haar loon.",
        "Ze accepteerde de functie met een proefperiode.",
        "Ik laat de keuze bij de werknemer en adviseer alleen.")],
   sterk=["Ik geef helder advies", "Ik onderbouw mijn advies met regels en feiten"],
   ontw="Ik wil mijn adviezen vaker schriftelijk bevestigen."),
 "onderhouden vakmanschap": dict(
   ex=[("Er kwamen nieuwe regels voor de WIA.",
        "Ik moest mijn kennis bijwerken.",
        "Ik volgde een webinar en las de nieuwsbrieven van de beroepsvereniging.",
        "Ik kon de werkgevers in mijn portefeuille direct goed informeren.",
        "Ik plan nu vaste tijd per maand voor vakliteratuur."),
       ("Ik merkte dat ik moeite had met gesprekken over psychische klachten.",
        "Ik wilde hier beter in worden.",
        "Ik volgde een training over psychisch verzuim en bracht een casus in bij intervisie.",
        "Ik voer die gesprekken nu met meer vertrouwen.",
        "Intervisie helpt mij om mijn eigen handelen te bekijken.")],
   sterk=["Ik blijf nieuwsgierig naar nieuwe ontwikkelingen", "Ik deel wat ik leer met collega's"],
   ontw="Ik wil meer vakliteratuur lezen in plaats van alleen nieuwsbrieven."),
}
# ================================================================ intervision material
def IV(date, meth, casus, coll, bijdr, lv, le, afw, act, inbr=None):
    return dict(date=D(date), meth=meth, casus=casus, coll=coll, bijdr=bijdr, lv=lv, le=le,
                afw=afw, act=act, inbr=inbr)

INT1 = [
 IV("2022-09-13", "incidentmethode",
    "Collega Sanne bracht een klant in die al drie keer een afspraak had gemist. Ze twijfelde of ze hem nog wel kon helpen en merkte dat ze geïrriteerd raakte.",
    "De groep vroeg vooral naar haar eigen gevoel: wat maakt dat je zo geïrriteerd raakt? Iemand merkte op dat zij hem misschien te weinig ruimte gaf om zelf te kiezen.",
    "Ik vertelde dat ik bij een vergelijkbare klant eerst ben gaan huisbezoeken en vroeg haar wat ze zelf al had geprobeerd.",
    "Hoe ga ik om met mijn eigen irritatie als een klant niet komt opdagen?",
    "Ik merk dat ik ook snel oordeel. Ik ga eerst vragen wat er speelt voordat ik een waarschuwing geef.",
    "Ik vind dat je de klant moet aanspreken, maar ook moet kijken of de afspraken wel bij hem passen.",
    "Ik zou zelf de klant bellen op een ander tijdstip en samen een nieuwe afspraak maken die hij zelf kiest."),
 IV("2022-11-08", "roddelmethode",
    "Ik bracht zelf een casus in over een klant die na een burn-out weer wilde starten, maar in elk gesprek huilde. Ik voelde me onzeker of ik haar niet te veel pushte.",
    "Tijdens het roddelen zeiden collega's dat ik erg voorzichtig ben en misschien zelf bang ben om iets verkeerd te doen. Een collega zag juist veel betrokkenheid.",
    "Ik heb uitgelegd welke stappen ik al had gezet en heb goed geluisterd zonder mij te verdedigen, dat was de afspraak.",
    "Hoe vind ik de balans tussen steunen en stimuleren?",
    "Ik ga in het volgende gesprek benoemen wat ik zie en vragen wat zij nodig heeft. Dat geeft mij ook rust.",
    "Mijn afweging was dat ze nog niet toe was aan werk; de groep liet mij zien dat dit ook mijn eigen angst kon zijn.",
    "Ik zou samen met haar een klein doel afspreken, zoals twee ochtenden vrijwilligerswerk, en dat na vier weken evalueren."),
 IV("2023-01-17", "vijfstappenmethode",
    "Collega Joost had een klant die dreigde met een klacht omdat hij vond dat hij naar onpassend werk werd gestuurd. Joost voelde zich aangevallen.",
    "De groep vroeg Joost wat het dreigen met hem deed en of hij zich gesteund voelde door de teamleider.",
    "Ik heb gevraagd wat Joost zelf als passend werk zag, omdat ik merkte dat hij twijfelde aan zijn eigen keuze.",
    "Hoe blijf ik staan achter een besluit als de klant boos wordt?",
    "Ik leerde dat ik mijn besluiten beter kan uitleggen, dan voel ik me sterker als er kritiek komt.",
    "Ik denk dat Joost inhoudelijk gelijk had, maar dat hij de klant te weinig had meegenomen in zijn afweging.",
    "Ik zou een tweede gesprek plannen met een collega erbij en rustig uitleggen waarom het werk passend is."),
 IV("2023-03-21", "incidentmethode",
    "Ik bracht een klant in die veel vertelde over zijn thuissituatie en schulden. Ik liet het gesprek steeds uitlopen en kwam niet toe aan werk.",
    "Collega's vroegen wat mij ervan weerhoudt om het gesprek te sturen. Een collega zei dat ik de rol van hulpverlener pak.",
    "Ik heb eerlijk verteld dat ik het moeilijk vind om iemand te onderbreken die zijn verhaal kwijt wil.",
    "Hoe stuur ik een gesprek zonder dat de klant zich niet gehoord voelt?",
    "Ik begin mijn gesprekken nu met een agenda en een tijd. Dat helpt echt, de klant weet ook waar hij aan toe is.",
    "Ik heb afgewogen dat de schulden wel belangrijk zijn, maar dat ik daarvoor kan doorverwijzen.",
    "Ik zou de klant doorverwijzen naar schuldhulpverlening en de gesprekken met mij richten op werk."),
 IV("2023-05-23", "Balintmethode (10 stappen)",
    "Collega Fatima vertelde over een jonge klant die een opleiding wilde volgen terwijl volgens haar werk beter was. Ze merkte dat ze haar eigen mening erg liet meewegen.",
    "De groep vroeg haar welke waarden er voor haar onder zitten. Er werd gezegd dat het haar eigen ervaring met studeren was die meespeelde.",
    "Ik heb een vraag gesteld over wat de klant zelf wil en hoe zij dat heeft uitgevraagd.",
    "Hoe merk ik dat mijn eigen waarden mijn advies kleuren?",
    "Ik let er nu op dat ik eerst de wens van de klant opschrijf voordat ik mijn eigen advies geef.",
    "Ik vind het lastig; soms is werk echt beter, maar de klant moet het zelf willen.",
    "Ik zou de klant laten uitzoeken wat de opleiding kost en wat het oplevert, en dan samen kiezen."),
 IV("2023-09-12", "incidentmethode",
    "Collega Peter bracht een klant in die tijdens een werkervaringsplaats ruzie kreeg met de werkbegeleider. Peter had het gevoel dat hij had gefaald.",
    "Collega's vroegen wat Peter voor de plaatsing had besproken met de werkgever. Iemand gaf aan dat het niet alleen zijn verantwoordelijkheid is.",
    "Ik heb gedeeld hoe ik bij een vergelijkbare plaatsing een driegesprek heb gehouden na de eerste week.",
    "Wat is mijn eigen rol als een plaatsing misgaat?",
    "Ik plan nu standaard een evaluatie na één week bij elke plaatsing.",
    "Ik vind dat de werkgever ook een rol heeft in de begeleiding; dat moet vooraf duidelijk zijn.",
    "Ik zou de werkgever en klant samen uitnodigen en kijken of een herstart mogelijk is."),
 IV("2023-11-14", "vijfstappenmethode",
    "Ik bracht een klant in die na twintig jaar werk in de bouw niet meer kon werken door zijn knieën. Hij zei steeds: ik ben niks meer waard. Ik wist niet goed wat ik moest zeggen.",
    "De groep vroeg wat zijn woorden bij mij oproepen. Ik merkte dat ik machteloos was. Een collega adviseerde om dat gevoel niet weg te stoppen.",
    "Ik heb beschreven wat ik al had geprobeerd: een beroepenoriëntatie en een gesprek met de arbeidsdeskundige.",
    "Hoe ga ik om met mijn machteloosheid bij een klant die zich waardeloos voelt?",
    "Ik heb geleerd dat ik niet alles hoef op te lossen; erkennen wat hij voelt is ook een stap.",
    "Mijn afweging was om hem eerst te laten rouwen om zijn oude werk voordat we verder gaan.",
    "Ik zou hem laten praten met een oud-collega die ook is omgeschoold."),
 IV("2024-02-13", "roddelmethode",
    "Collega Linda bracht een casus in over een klant die haar steeds buiten werktijd appte. Ze voelde zich schuldig als ze niet reageerde.",
    "Collega's zeiden dat Linda erg behulpzaam is en misschien moeite heeft met grenzen. Eén collega vertelde dat zij haar werktelefoon 's avonds uitzet.",
    "Ik vertelde dat ik dit ook herken en dat ik het lastig vind om nee te zeggen.",
    "Hoe stel ik grenzen aan bereikbaarheid zonder de relatie te schaden?",
    "Ik heb mijn voicemail aangepast met mijn werktijden. Het voelt al rustiger.",
    "Ik vind bereikbaarheid belangrijk, maar niet 's avonds; de klant heeft ook een eigen verantwoordelijkheid.",
    "Ik zou in het eerste gesprek afspraken maken over wanneer ik bereikbaar ben."),
 IV("2024-04-09", "incidentmethode",
    "Ik bracht in dat ik een klant onbedoeld had gekwetst door een grap over zijn leeftijd. Hij reageerde stil en ik voelde me daarna ongemakkelijk.",
    "De groep vroeg hoe ik het daarna had opgelost. Ze gaven aan dat het goed is dat ik het benoem en niet wegstop.",
    "Ik heb uitgelegd dat ik de volgende keer mijn excuses heb aangeboden en dat hij dat waardeerde.",
    "Hoe herstel ik het contact als ik zelf een fout maak?",
    "Ik weet nu dat eerlijk zijn over een fout het contact juist kan versterken.",
    "Ik weeg voortaan beter af of humor past bij iemand die ik nog niet goed ken.",
    "Ik zou direct in het gesprek zelf al zeggen dat de opmerking niet handig was."),
 IV("2024-09-17", "Balintmethode (11 stappen)",
    "Collega Ahmed had een klant met een vluchtachtergrond die goed Nederlands sprak maar geen enkele vacature wilde proberen. Ahmed was gefrustreerd.",
    "Tijdens de ronde met vragen kwam naar voren dat Ahmed zich misschien te veel verantwoordelijk voelde. Een collega vroeg of de klant angst had voor falen.",
    "Ik heb gevraagd wat Ahmed zelf zou willen als hij in de schoenen van de klant stond.",
    "Hoe ga ik om met frustratie als ik meer wil dan de klant?",
    "Ik merk bij mezelf dezelfde neiging. Ik probeer nu vaker de klant het tempo te laten bepalen, binnen de regels.",
    "Mijn oordeel is dat er een verborgen angst speelt, daar moet eerst ruimte voor komen.",
    "Ik zou een kennismaking regelen bij een werkgever zonder sollicitatie, gewoon om te kijken."),
 IV("2025-01-21", "vijfstappenmethode",
    "Ik bracht een klant in die zijn sollicitatieplicht niet nakwam. Ik moest een maatregel adviseren maar vond dat moeilijk omdat ik hem graag mocht.",
    "Collega's vroegen wat het voor mij betekent om streng te zijn. Ze wezen erop dat duidelijkheid ook respect is.",
    "Ik heb uitgelegd waarom ik twijfelde en welke gesprekken ik al had gevoerd.",
    "Hoe blijf ik consequent als ik een klant graag mag?",
    "Ik heb geleerd om mijn persoonlijke gevoel te scheiden van wat ik professioneel moet doen.",
    "Ik woog af dat geen maatregel ook niet eerlijk is tegenover andere klanten.",
    "Ik zou het advies geven en het de klant zelf vertellen in een gesprek, niet alleen per brief."),
 IV("2025-06-10", "incidentmethode",
    "Collega Marjon had een klant die na een plaatsing na twee weken was gestopt. Ze twijfelde of ze te snel was gegaan.",
    "De groep vroeg wat de klant zelf had aangegeven voor de plaatsing. Iemand zei dat twijfel achteraf normaal is.",
    "Ik heb verteld dat ik de signalen die de klant gaf bij zo'n plaatsing nu beter uitvraag.",
    "Wanneer is een klant echt klaar voor een plaatsing?",
    "Ik ga bij mijn eigen klanten vaker een proefdag inzetten voordat er een contract komt.",
    "Ik denk dat het tempo goed was, maar dat de nazorg beter had gekund.",
    "Ik zou na de eerste week een belafspraak met de klant maken."),
 IV("2026-02-10", "roddelmethode",
    "Ik bracht in dat ik bij een klant een verkeerde inschatting had gemaakt over zijn taalniveau. Hij begreep mijn brieven niet en durfde dat niet te zeggen.",
    "Collega's zeiden dat ik veel schriftelijk werk en misschien vaker moet bellen. Een collega noemde het goed dat ik het nu zie.",
    "Ik heb zelf voorbeelden van mijn brieven laten zien en gevraagd wat beter kon.",
    "Hoe check ik beter of een klant mijn informatie begrijpt?",
    "Ik vraag nu aan het eind van elk gesprek om samen te vatten wat we afspraken.",
    "Ik vond het pijnlijk, maar het is beter dat ik het nu weet dan dat hij afspraken mist.",
    "Ik zou standaard een korte samenvatting in eenvoudige taal meegeven."),
]

INT2 = [
 IV("2022-10-11", "incidentmethode",
    "Ik bracht een casus in over een werknemer met rugklachten die niet wilde meewerken aan aangepast werk. Ik merkte dat ik ongeduldig werd.",
    "Collega's vroegen wat mijn ongeduld veroorzaakte. Iemand zei dat ik misschien te veel naar de termijnen keek en te weinig naar de werknemer.",
    "Ik heb uitgelegd wat ik al had gedaan en eerlijk gezegd dat ik de druk van de werkgever voelde.",
    "Hoe houd ik rekening met de werknemer als de werkgever snelheid wil?",
    "Ik plan nu eerst een gesprek over wat de werknemer zelf wil voordat ik een voorstel doe.",
    "Ik vind dat beide belangen tellen, maar de werknemer moet zich gehoord voelen om mee te werken.",
    "Ik zou de werknemer vragen zelf een voorstel voor aangepast werk te doen."),
 IV("2022-12-13", "roddelmethode",
    "Collega Esther had een dossier waarin de leidinggevende de werknemer steeds belde terwijl die daar niet van wilde weten. Esther wist niet hoe ze dit moest aankaarten.",
    "De groep vroeg Esther waarom ze aarzelde. Het bleek dat ze de leidinggevende al jaren kende.",
    "Ik heb gedeeld dat ik ook weleens twijfel om iets te zeggen tegen een bekende werkgever.",
    "Hoe spreek ik een leidinggevende aan die ik goed ken?",
    "Ik merk dat een goede band juist ruimte geeft om eerlijk te zijn. Ik doe dat nu vaker.",
    "Ik vind dat contact belangrijk is, maar de manier moet passen bij wat de werknemer aankan.",
    "Ik zou samen met de leidinggevende een belschema afspreken."),
 IV("2023-02-14", "vijfstappenmethode",
    "Ik bracht een werknemer in met psychische klachten die bij elk gesprek een ander verhaal vertelde. Ik wist niet meer wat ik moest geloven.",
    "Collega's vroegen hoe het voor mij was om te twijfelen aan de werknemer. Een collega zei dat ik niet hoef te beoordelen of het waar is.",
    "Ik heb uitgelegd dat ik me verantwoordelijk voel voor een eerlijk beeld richting de werkgever.",
    "Hoe ga ik om met wantrouwen in een gesprek?",
    "Ik houd me nu aan wat ik zie en hoor, en laat het oordeel over de klachten bij de bedrijfsarts.",
    "Ik heb afgewogen dat mijn rol niet medisch is; dat geeft mij rust.",
    "Ik zou de bedrijfsarts vragen om een nieuw consult en mijn twijfels feitelijk doorgeven."),
 IV("2023-04-18", "incidentmethode",
    "Collega Bart had een werkgever die een werknemer na herstel niet terug wilde nemen. Bart voelde zich tussen twee vuren.",
    "De groep vroeg Bart welke kant hij zelf koos. Hij gaf toe dat hij het met de werknemer eens was.",
    "Ik heb gevraagd hoe hij zijn neutrale rol kon bewaken.",
    "Hoe blijf ik onafhankelijk als ik een mening heb?",
    "Ik merk dat ik mijn mening mag hebben, maar die moet ik apart houden van mijn advies.",
    "Ik vind dat de werkgever hier fout zat, maar ik moet wel zijn zorgen serieus nemen.",
    "Ik zou een gesprek organiseren over de zorgen van de werkgever en een deskundigenoordeel voorstellen."),
 IV("2023-06-13", "Balintmethode (10 stappen)",
    "Ik bracht een werknemer in die zijn vrouw had verloren en niet wilde praten over werk. Ik voelde me ongemakkelijk om over re-integratie te beginnen.",
    "Collega's vroegen wat het verlies bij mij oproept. Ik vertelde dat ik mijn vader vorig jaar heb verloren.",
    "Ik heb gedeeld hoe ik het gesprek tot nu toe had gevoerd.",
    "Hoe voer ik het gesprek over werk bij iemand die rouwt?",
    "Ik heb geleerd dat ik mijn eigen verdriet herken en het gesprek dan rustig kan voeren.",
    "Ik weeg af dat werk ook structuur kan bieden, maar alleen als hij er zelf aan toe is.",
    "Ik zou voorstellen om met één dagdeel per week te starten met alleen lichte taken."),
 IV("2023-10-10", "incidentmethode",
    "Collega Ilse bracht een werknemer in die na een operatie sneller terug wilde dan de bedrijfsarts adviseerde. Ilse twijfelde of ze hem moest afremmen.",
    "De groep vroeg wat Ilse zelf dacht. Iemand wees op het risico van terugval.",
    "Ik heb verteld hoe ik bij een vergelijkbare werknemer een opbouwschema heb gemaakt met ruimte voor extra uren.",
    "Wanneer rem ik af en wanneer laat ik iemand gaan?",
    "Ik leer dat motivatie waardevol is en dat ik die kan benutten binnen een veilig schema.",
    "Ik vind het advies van de bedrijfsarts leidend, maar de werknemer mag meedenken.",
    "Ik zou een schema maken met vaste evaluatiemomenten en de bedrijfsarts erbij betrekken."),
 IV("2024-01-16", "roddelmethode",
    "Ik bracht in dat ik een fout had gemaakt door een termijn te missen in een dossier. Ik schaamde me en durfde het eerst niet te melden.",
    "Collega's zeiden dat iedereen fouten maakt en vroegen wat mij tegenhield om het te melden.",
    "Ik heb uitgelegd hoe ik het uiteindelijk heb opgelost en wat het gevolg was.",
    "Hoe ga ik om met schaamte bij een fout?",
    "Ik meld fouten nu direct bij mijn leidinggevende. Dat lucht op en het probleem wordt sneller opgelost.",
    "Ik weeg af dat eerlijkheid belangrijker is dan mijn imago.",
    "Ik zou een extra controle in mijn agenda zetten voor de belangrijke termijnen."),
 IV("2024-03-12", "vijfstappenmethode",
    "Collega Rik had een werknemer die agressief werd aan de telefoon. Rik was daarna een dag van slag.",
    "De groep vroeg wat hij nodig had na zo'n gesprek. Een collega stelde voor om altijd even te ventileren bij iemand.",
    "Ik heb verteld wat ik doe na een moeilijk gesprek: even naar buiten en het opschrijven.",
    "Hoe zorg ik goed voor mezelf na een agressief gesprek?",
    "Ik heb geleerd dat het normaal is dat zo'n gesprek iets met je doet.",
    "Ik vind dat je een gesprek mag beëindigen als iemand scheldt.",
    "Ik zou het gesprek beëindigen en later terugbellen, en het incident melden."),
 IV("2024-06-11", "incidentmethode",
    "Ik bracht een werknemer in die in spoor 2 werd geplaatst terwijl ze dat niet wilde. Ze gaf mij de schuld.",
    "Collega's vroegen hoe ik het besluit had uitgelegd. Iemand zei dat het helpt om haar boosheid te erkennen.",
    "Ik heb eerlijk verteld dat ik het gesprek vooral zakelijk had gevoerd.",
    "Hoe breng ik een moeilijk besluit met meer empathie?",
    "Ik bereid slechtnieuwsgesprekken nu voor met een collega en begin met de boodschap.",
    "Ik vond het besluit juist, maar de manier waarop kon beter.",
    "Ik zou een tweede gesprek aanbieden om haar zorgen te bespreken."),
 IV("2024-10-08", "Balintmethode (11 stappen)",
    "Collega Nicole bracht een casus in over een werkgever die steeds nieuwe eisen stelde aan een herplaatsing. Nicole voelde zich gebruikt.",
    "De groep vroeg wat het gevoel van gebruikt worden bij haar oproept. Iemand zag dat zij moeite heeft met grenzen aangeven.",
    "Ik heb aangegeven dat ik dit herken bij grote klanten van ons bureau.",
    "Hoe geef ik grenzen aan bij een veeleisende opdrachtgever?",
    "Ik maak nu bij de start duidelijke afspraken over wat wel en niet in de opdracht zit.",
    "Ik vind dat je als casemanager ook de werknemer moet beschermen tegen steeds nieuwe eisen.",
    "Ik zou de afspraken op papier zetten en bij nieuwe eisen een gesprek plannen."),
 IV("2025-02-11", "incidentmethode",
    "Ik bracht een jonge werknemer in die vaak verzuimde en weinig zei in gesprekken. Ik had het gevoel dat ik niet tot hem doordrong.",
    "Collega's vroegen welke vragen ik stelde. Een collega stelde voor om eens buiten op het terrein te wandelen tijdens het gesprek.",
    "Ik heb uitgelegd welke gespreksvormen ik had geprobeerd.",
    "Hoe maak ik contact met iemand die weinig zegt?",
    "Ik heb het wandelgesprek geprobeerd en hij vertelde veel meer. Ik gebruik dit nu vaker.",
    "Ik weeg af dat de vorm van het gesprek net zo belangrijk kan zijn als de inhoud.",
    "Ik zou vaker vragen hoe hij zelf het liefst het gesprek voert."),
 IV("2025-05-13", "vijfstappenmethode",
    "Collega Wendy had een werknemer met een langdurig conflict met zijn teamleider. Wendy wist niet of ze mediation moest voorstellen.",
    "De groep vroeg wat Wendy zelf zag als haar rol. Iemand zei dat zij het conflict niet zelf hoeft op te lossen.",
    "Ik heb gedeeld hoe ik bij een conflict de werkgever heb geadviseerd om een mediator in te zetten.",
    "Wanneer stel ik mediation voor?",
    "Ik stel mediation eerder voor en wacht niet tot beide partijen helemaal vastzitten.",
    "Ik vind het belangrijk dat beide partijen vrijwillig meedoen.",
    "Ik zou een apart gesprek met beiden voeren en dan mediation voorstellen."),
 IV("2026-03-10", "roddelmethode",
    "Ik bracht een werknemer in die na twee jaar ziekte in de WIA kwam en mij bedankte. Ik voelde toch dat ik had gefaald.",
    "Collega's vroegen wat ik onder succes versta. Een collega zei dat een goed proces ook een resultaat is.",
    "Ik heb uitgelegd hoe het traject was verlopen en wat ik achteraf anders zou doen.",
    "Hoe kijk ik naar mijn eigen succes in een dossier?",
    "Ik heb geleerd om ook trots te zijn op een zorgvuldig proces.",
    "Mijn afweging is dat niet elke re-integratie tot werk leidt en dat dit niet altijd aan mij ligt.",
    "Ik zou eerder een arbeidsdeskundige inschakelen om spoor 2 te verkennen."),
]

# the casuistiek report (U4-002): procedure check, no own reflection
CASU2 = IV("2025-09-09", "casusbespreking",
    "Dossier van een productiemedewerker, 56 jaar, ziek sinds februari 2024. Besproken is of de Wet verbetering poortwachter juist is gevolgd.",
    "Collega's controleerden de tijdlijn: probleemanalyse in week 6 aanwezig, plan van aanpak in week 8 opgesteld, eerstejaarsevaluatie in week 52 uitgevoerd. De groep stelde vast dat de bijstelling van het plan van aanpak twee weken te laat was.",
    "Ik heb de termijnen in het verzuimsysteem opgezocht en de datum van de melding aan UWV nagekeken.",
    "Was de procedure volledig en zijn alle documenten aanwezig voor het re-integratieverslag?",
    "Conclusie: het dossier is op één punt na compleet; de arbeidsdeskundige rapportage moet worden toegevoegd.",
    "Volgens de groep is er geen risico op een loonsanctie als de bijstelling alsnog wordt vastgelegd.",
    "De casemanager van het dossier voegt de ontbrekende rapportage toe en zet de eindevaluatie in de planning.")
# ================================================================ truth registry
DOCS, FIELDS, FIND, ALLOW, INTV = [], [], [], [], []

def reg(c, rel, doc_type, sig="*", **fields):
    DOCS.append((c["id"], f"{c['id']}/{rel}", doc_type, sig))
    for k, v in fields.items():
        FIELDS.append((c["id"], f"{c['id']}/{rel}", k, v))
    return os.path.join(COHORT, c["id"], rel)

def finding(c, code, rel=""):
    FIND.append((c["id"], code, f"{c['id']}/{rel}" if rel else ""))

def allowed(c, code, rel=""):
    ALLOW.append((c["id"], code, f"{c['id']}/{rel}" if rel else ""))

# ================================================================ intervision reports
KEYS = ["casus", "coll", "bijdr", "lv", "le", "afw", "act"]
SECNAME = dict(casus="casus", coll="opmerkingen_collegas", bijdr="eigen_bijdrage", lv="leervragen",
               le="leereffect", afw="oordeelsvorming", act="initiatief")
HEAD_NOUN = [
  dict(casus="Casusbeschrijving", coll="Opmerkingen van de collega's", bijdr="Eigen bijdrage aan het oplossen van de casus",
       lv="Leervragen", le="Leereffect voor mijn eigen werk", afw="Eigen afwegingen (oordeelsvorming)",
       act="Acties die ik zelf zou ondernemen (initiatief)"),
  dict(casus="Korte omschrijving casus", coll="Inbreng van de groep", bijdr="Mijn eigen inbreng",
       lv="Leervraag", le="Wat het mij oplevert (leereffect)", afw="Oordeelsvorming",
       act="Initiatief: wat zou ik zelf doen"),
  dict(casus="De casus", coll="Reacties collega's", bijdr="Bijdrage van mijzelf",
       lv="Leervragen", le="Leereffect", afw="Mijn afwegingen", act="Eigen acties"),
]
HEAD_Q = [
  dict(casus="Waar ging de casus over?", coll="Wat zeiden mijn collega's?", bijdr="Wat heb ik zelf ingebracht?",
       lv="Welke leervraag had ik?", le="Wat neem ik mee in mijn werk?", afw="Hoe weeg ik het zelf af?",
       act="Wat zou ik zelf ondernemen?"),
  dict(casus="Wat was de situatie?", coll="Welke opmerkingen kwamen er uit de groep?", bijdr="Wat was mijn bijdrage?",
       lv="Wat wilde ik leren?", le="Wat heb ik ervan geleerd?", afw="Welke afwegingen maak ik zelf?",
       act="Welke acties zou ik zelf nemen?"),
]
LEADIN = dict(casus="De casus van deze bijeenkomst: ", coll="Wat mijn collega's opmerkten: ",
              bijdr="Mijn eigen bijdrage was als volgt. ", lv="De leervraag die we formuleerden: ",
              le="Wat ik hiervan leer voor mijn eigen werk: ", afw="Als ik het zelf afweeg: ",
              act="Wat ik zelf zou doen (initiatief): ")

def int_header(c, cs, group):
    return [("Naam", c["name"]), ("Datum bijeenkomst", nl_long(cs["date"])), ("Intervisiegroep", group),
            ("Werkwijze", cs["meth"])]

def build_intervision(c, rel, cs, layout, group, hv=0, missing=(), sub_iv=True, seed=0):
    path = os.path.join(COHORT, c["id"], rel)
    keys = [k for k in KEYS if k not in missing]
    d = cs["date"]
    if layout == "pdf_nouns":
        H = HEAD_NOUN[hv]
        items = [("title", "Verslag intervisie"), ("grid", [[a, b] for a, b in int_header(c, cs, group)], [45, 120], "left")]
        for k in keys:
            items += [("h", H[k]), ("p", cs[k])]
        make_pdf(path, items, "Sans")
    elif layout == "pdf_caps":
        H = HEAD_NOUN[hv]
        items = [("title", f"INTERVISIEVERSLAG {nl_dash(d)}", 13), ("kv", "Deelnemer:", c["name"]),
                 ("kv", "Groep:", group), ("kv", "Methode:", cs["meth"])]
        for i, k in enumerate(keys):
            items += [("h", f"{i+1}. {H[k].upper()}", 10), ("p", cs[k])]
        make_pdf(path, items, "Lib")
    elif layout == "pdf_grid_left":
        H = HEAD_NOUN[hv]
        rows = [["Datum", nl_dash(d)], ["Methode", cs["meth"]]] + [[H[k], cs[k]] for k in keys]
        make_pdf(path, [("title", "Opgaveformulier intervisiemoment"), ("kv", "Naam:", c["name"]),
                        ("grid", rows, [50, 115], "left")], "Serif")
    elif layout == "pdf_grid_top":
        H = HEAD_Q[hv]
        items = [("title", "Intervisie - persoonlijk verslag", 13),
                 ("grid", [["Naam", "Datum", "Methode"], [c["name"], nl_long(d), cs["meth"]]], [60, 50, 55], "top")]
        for k in keys:
            items.append(("grid", [[H[k]], [cs[k]]], [165], "top"))
        make_pdf(path, items, "Sans")
    elif layout == "pdf_prose":
        items = [("title", f"Intervisie {nl_dag(d)}", 13),
                 ("p", f"{group}. Werkwijze: {cs['meth']}. Verslag van {c['name']}.")]
        for k in keys:
            items.append(("p", LEADIN[k] + cs[k]))
        make_pdf(path, items, "Serif")
    elif layout == "email":
        sent = d + dt.timedelta(days=2)
        items = [("kv", "Van:", f"{c['name']} <{c['mail']}>"), ("kv", "Verzonden:", f"{nl_dag(sent)} 21:14"),
                 ("kv", "Aan:", "intervisie-groep (8 ontvangers)"),
                 ("kv", "Onderwerp:", f"Verslag intervisie van {nl_long(d)}"), ("sp", 4),
                 ("p", "Hoi allemaal,"),
                 ("p", f"Hierbij mijn verslag van onze intervisie van afgelopen {DAGEN[d.weekday()]} {nl_long(d)} ({cs['meth']}). Vul gerust aan als ik iets vergeten ben."),]
        H = HEAD_NOUN[hv]
        for k in keys:
            items += [("h", H[k] + ":", 10), ("p", cs[k])]
        items += [("p", "Groetjes,"), ("p", c["name"].split()[0])]
        make_pdf(path, items, "Lib")
    elif layout == "docx_q":
        H = HEAD_Q[hv]
        items = [("title", "Intervisieverslag"), ("kv", "Naam:", c["name"]), ("kv", "Datum:", nl_dash(d)),
                 ("kv", "Methode:", cs["meth"])]
        for k in keys:
            items += [("h", H[k], "u"), ("p", cs[k])]
        make_docx(path, items, "Calibri")
    elif layout == "docx_pdf":
        H = HEAD_Q[hv]
        items = [("H", "Verslag intervisiebijeenkomst", 1), ("p", f"Datum: {nl_long(d)}    Groep: {group}"),
                 ("p", f"Ingevuld door: {c['name']}")]
        for k in keys:
            items += [("H", H[k], 3), ("p", cs[k])]
        make_docx_pdf(path, items)
    elif layout in ("scan_jpg", "scan_pdf"):
        H = HEAD_Q[hv] if hv < 2 else HEAD_NOUN[0]
        items = [("title", "Intervisie verslag", 40), ("kv", "Naam:", c["name"]), ("kv", "Datum:", nl_dash(d)),
                 ("kv", "Methode:", cs["meth"])]
        for k in keys:
            items += [("h", H[k], 29), ("hp", cs[k], 28)]
        img = render_page(items, hand=True)
        save_scan(path, [img], seed, "jpg" if layout == "scan_jpg" else "pdf")
    else:
        raise ValueError(layout)
    return path

# ================================================================ activities: opgaveformulier + proof
def ACT(date, title, org, kind, A, B, Astr, Bstr, form, frel, proof, prel, pdur=None, unread=False, claim=None, place=""):
    return dict(date=D(date), title=title, org=org, kind=kind, A=A, B=B, Astr=Astr, Bstr=Bstr, form=form,
                frel=frel, proof=proof, prel=prel, pdur=pdur, unread=unread, claim=claim, place=place)

def act_pe(a):
    return None if a["unread"] else pe_of(a["A"], a["B"])

def pe_str(a):
    if a["unread"]:
        return fmt_dec(a["claim"])
    p = act_pe(a)
    raw = (a["A"] + a["B"]) / 2
    return fmt_dec(p) + (" (max. 4)" if raw > 4 else "")

def c_str(a):
    return "?" if a["unread"] else fmt_dec(a["A"] + a["B"]) + " uur"

def build_form(c, a, seed):
    path = os.path.join(COHORT, c["id"], a["frel"])
    L = a["form"]
    base = [("Datum activiteit", nl_long(a["date"])), ("Titel / onderwerp", a["title"]),
            ("Organisator", a["org"]), ("Soort activiteit", a["kind"])]
    hrs = [("A. Tijd aanwezig (excl. pauze en inloop)", a["Astr"]), ("B. Voorbereiding / zelfstudie", a["Bstr"]),
           ("C. Totaal uren (A+B)", c_str(a)), ("PE-punten (C/2, max. 4)", pe_str(a))]
    if L == "stacked":
        items = [("title", "Opgaveformulier activiteit vakontwikkeling", 13), ("p", f"Naam kandidaat: {c['name']}")]
        for k, v in base + hrs:
            items.append(("stack", k, v))
        make_pdf(path, items, "Sans")
    elif L == "inline":
        items = [("title", "Bijlage 4 - opgave activiteit", 13), ("kv", "Kandidaat:", c["name"])]
        for k, v in base + hrs:
            items.append(("kv", k + ":", v))
        make_pdf(path, items, "Lib")
    elif L == "grid":
        rows = [["Naam", c["name"]]] + [[k, v] for k, v in base + hrs]
        make_pdf(path, [("title", "OPGAVEFORMULIER PER ACTIVITEIT", 13), ("p", "Hercertificering - vakontwikkeling"),
                        ("grid", rows, [70, 95], "left")], "Serif")
    elif L == "acro":
        fields = [("Naam", "naam", c["name"], 1), ("Datum", "datum", nl_dash(a["date"]), 1),
                  ("Titel activiteit", "titel", a["title"], 2 if len(a["title"]) > 45 else 1),
                  ("Organisator", "organisator", a["org"], 1), ("Soort activiteit", "soort", a["kind"], 1),
                  ("A  aanwezig (excl. pauze & inloop)", "uren_a", a["Astr"], 1),
                  ("B  voorbereiding/zelfstudie", "uren_b", a["Bstr"], 1), ("C  totaal A+B", "uren_c", c_str(a), 1),
                  ("PE punten (C/2, max 4)", "pe", pe_str(a), 1)]
        make_acroform(path, "Opgaveformulier activiteit vakontwikkeling", "Invulformulier bijlage 4 - hercertificering", fields)
    elif L == "docx":
        rows = [["Datum", nl_dash(a["date"])], ["Activiteit", a["title"]], ["Georganiseerd door", a["org"]],
                ["Soort", a["kind"]], ["Tijd aanwezig (A) zonder pauze/inloop", a["Astr"]],
                ["Voorbereiding (B)", a["Bstr"]], ["Totaal (C)", c_str(a)], ["PE", pe_str(a)]]
        make_docx(path, [("title", "Opgave activiteit vakontwikkeling"), ("p", f"Naam: {c['name']}"),
                         ("grid", rows, None, "left")], "Arial")
    elif L in ("scan_jpg", "scan_pdf"):
        rows = [["Naam", c["name"]]] + [[k, v] for k, v in base + hrs]
        img = render_page([("title", "Opgaveformulier activiteit (bijlage 4)", 38), ("sp", 20),
                           ("grid", rows, [45, 55], "left")], hand=True)
        save_scan(path, [img], seed, "jpg" if L == "scan_jpg" else "pdf")
    else:
        raise ValueError(L)
    return path

def build_proof(c, a, seed, extra=None):
    path = os.path.join(COHORT, c["id"], a["prel"])
    L = a["proof"]
    nm = c["name"]
    d = a["date"]
    if L == "cert":  # centred certificate without labels
        items = [("sp", 25), ("center", "CERTIFICAAT", 26, "Serif-B"), ("sp", 8), ("center", "uitgereikt aan", 11),
                 ("center", nm, 20, "Serif-B"), ("sp", 4), ("center", "voor deelname aan", 11),
                 ("center", a["title"], 15, "Serif-B"), ("center", nl_long(d), 12),
                 ("center", extra or f"{fmt_dec(a['pdur'])} uur", 12), ("sp", 14), ("center", a["org"], 11),
                 ("flow", RLImage(io.BytesIO(sig_png(seed)), width=40 * mm, height=12 * mm)),
                 ("center", "trainer", 9)]
        make_pdf(path, items, "Serif")
    elif L == "congres":
        items = [("title", a["org"], 14), ("h", "Bevestiging van deelname"),
                 ("p", f"Hierbij bevestigen wij dat {c['aanhef']} {nm} op {nl_dag(d)} aanwezig is geweest bij het {a['title']}{a['place']}."),
                 ("p", f"Het inhoudelijke programma (exclusief lunch en ontvangst) besloeg {extra}."),
                 ("p", "Deze bevestiging kan worden gebruikt voor registratie en hercertificering."),
                 ("p", "Met vriendelijke groet,"), ("sig", "Namens de congresorganisatie", True, seed, "drs. A. Haverkate, congresbureau")]
        make_pdf(path, items, "Lib")
    elif L == "elearn":
        items = [("sp", 10), ("center", a["org"], 12, "Sans-B"), ("center", "Bewijs van afronding e-learning", 18, "Sans-B"),
                 ("sp", 6), ("grid", [["Deelnemer", nm], ["Module", a["title"]], ["Status", "Afgerond (eindtoets behaald)"],
                                      ["Datum afronding", nl_dash(d)], ["Studiebelasting", f"{int(round(a['pdur']*60))} minuten"]],
                             [45, 115], "left"),
                 ("p", "Dit bewijs is automatisch gegenereerd en is geldig zonder handtekening.", 8)]
        make_pdf(path, items, "Sans")
    elif L == "letter_tl":  # team leader statement vakoverleg in running text
        items = [("title", extra["head"], 12), ("sp", 4), ("right", f"{extra['place']}, {nl_long(extra['ldate'])}"), ("sp", 6),
                 ("p", "Betreft: deelname vakoverleg"), ("sp", 2), ("p", "Aan wie het aangaat,"),
                 ("p", f"Hierbij verklaar ik dat {nm} op {nl_long(d)} heeft deelgenomen aan het gestructureerde vakoverleg "
                       f"\"{a['title']}\" van ons team. Het overleg duurde van {extra['times']} en had een vaste agenda met "
                       f"een inhoudelijke inleiding en bespreking van casuïstiek."),
                 ("p", "Met vriendelijke groet,"),
                 ("sig", "Handtekening:", True, seed, extra["who"])]
        make_pdf(path, items, "Sans")
    elif L == "letter_late":  # a letter dated after the activity
        items = [("title", a["org"], 13), ("p", f"{nm}\n{c['addr']}\n{c['pc']}"), ("sp", 4),
                 ("right", f"Datum: {nl_long(extra['ldate'])}"), ("p", f"Onderwerp: bewijs van deelname {a['title']}"),
                 ("p", f"Geachte {c['aanhef']} {c['last']},"),
                 ("p", f"Graag bevestigen wij dat u op {nl_long(d)} de cursus \"{a['title']}\" heeft gevolgd. "
                       f"De cursus duurde {extra['dur']}. U was de hele dag aanwezig."),
                 ("p", "Wij danken u voor uw deelname en wensen u veel succes in uw werk."),
                 ("p", "Met vriendelijke groet,"), ("sig", "Ondertekening:", True, seed, extra["who"])]
        make_pdf(path, items, "Serif")
    elif L == "mail":
        items = [("kv", "Van:", extra["from"]), ("kv", "Verzonden:", f"{nl_dag(extra['sent'])} {extra['time']}"),
                 ("kv", "Aan:", c["mail"]), ("kv", "Onderwerp:", extra["subj"]), ("sp", 4)]
        for p in extra["body"]:
            items.append(("p", p))
        make_pdf(path, items, "Lib")
    elif L in ("list_jpg", "list_pdf"):  # presentielijst
        rows = [["Naam", "Functie", "Paraaf"]] + [[n, f, "✓" if True else ""] for n, f in extra["names"]]
        items = [("title", f"Presentielijst - {a['title']}", 34), ("kv", "Datum:", nl_long(d)),
                 ("kv", "Tijd:", extra["times"]), ("kv", "Locatie:", extra["loc"]), ("sp", 10),
                 ("grid", rows, [40, 40, 20], "top"), ("sig", "Voorzitter:", True, seed, extra["who"])]
        img = render_page(items, hand=False)
        dr = ImageDraw.Draw(img)
        save_scan(path, [img], seed, "jpg" if L == "list_jpg" else "pdf")
    elif L in ("cert_jpg", "cert_pdfscan"):
        items = [("sp", 160), ("center", "BEWIJS VAN DEELNAME", 60, "Serif-B"), ("sp", 40), ("center", nm, 52, "Serif-B"),
                 ("center", "heeft deelgenomen aan", 34, "Serif"), ("center", a["title"], 42, "Serif-B"),
                 ("center", nl_long(d), 36, "Serif"), ("center", extra, 34, "Serif"), ("sp", 80),
                 ("center", a["org"], 32, "Serif"), ("sig", "                 Handtekening", True, seed)]
        img = render_page(items, hand=False, base="Serif")
        save_scan(path, [img], seed, "jpg" if L == "cert_jpg" else "pdf")
    else:
        raise ValueError(L)
    return path

def reg_activity(c, a, proved=True):
    reg(c, a["frel"], "opgaveformulier_activiteit", "*", date=a["date"].isoformat(), title=a["title"], kind=a["kind"],
        hours_attendance="" if a["unread"] else f"{a['A']:.2f}", hours_preparation=f"{a['B']:.2f}",
        pe="" if a["unread"] else f"{act_pe(a):.2f}")
    if a["proof"]:
        f = dict(proves=f"{c['id']}/{a['frel']}", participant=c["name"], date=a["date"].isoformat())
        if a["pdur"] is not None:
            f["duration_hours"] = f"{a['pdur']:.2f}"
        reg(c, a["prel"], "bewijs_deelname", "*", **f)

# ================================================================ core documents
def aanvraag_items(c, signed, seed, bsn=None):
    rows = [["Naam", c["name"]], ["Geboortedatum", c["born"]], ["Adres", f"{c['addr']}, {c['pc']}"],
            ["Telefoon", c["phone"]], ["E-mail", c["mail"]]]
    if bsn:
        rows.insert(2, ["BSN", bsn])
    reg_name = "Register Casemanager (Rccm)" if c["scheme"] == "rccm" else "Re-integratiebegeleider (RIB) / klantmanager re-integratie"
    return rows, reg_name

def starr_items_headings(EXP, c):
    items = [("H", "Ervaringsverklaring hercertificering", 1),
             ("p", f"Naam: {c['name']}    Functie: klantmanager re-integratie, {c['employer']}"),
             ("p", "Per competentie beschrijf ik twee voorbeelden volgens de STARR-methode. Daarna noem ik mijn sterke punten en een ontwikkelpunt. Ik heb hierbij mijn functioneringsgesprekken van 2024 en 2025 gebruikt.")]
    for i, (comp, v) in enumerate(EXP.items()):
        items.append(("H", f"{i+1}. {comp[0].upper() + comp[1:]}", 2))
        for j, ex in enumerate(v["ex"]):
            items.append(("h", f"Voorbeeld {j+1}"))
            for lab, txt in zip(["Situatie", "Taak", "Activiteiten", "Resultaat", "Reflectie"], ex):
                items.append(("kv", lab + ":", txt))
        s1, s2 = v["sterk"]
        items.append(("p", f"Mijn sterke punten zijn 1) {s1[0].lower() + s1[1:]} en 2) {s2[0].lower() + s2[1:]}."))
        items.append(("p", f"Ontwikkelpunt: {v['ontw']}"))
    return items

def starr_items_table(EXP, c):
    items = [("title", "ERVARINGSVERKLARING (bijlage 2)"), ("p", f"Naam: {c['name']}"),
             ("p", f"Functie: casemanager verzuim en re-integratie bij {c['employer']}"),
             ("p", "Kerncompetenties volgens het beroepsprofiel casemanager (RNVC).")]
    for comp, v in EXP.items():
        items.append(("h", "Competentie: " + comp, "u"))
        for j, ex in enumerate(v["ex"]):
            rows = [[f"Voorbeeld {j+1}", ""]] + [[lab, txt] for lab, txt in zip(["S - situatie", "T - taak", "A - activiteiten", "R - resultaat", "R - reflectie"], ex)]
            items.append(("grid", rows, None, "left"))
        items.append(("p", "Sterke punten:"))
        items.append(("bullets", v["sterk"]))
        items.append(("kv", "Ontwikkelpunt:", v["ontw"]))
    return items

def overview_rows(acts):
    return sorted(acts, key=lambda a: a["date"])

def claim_of(a):
    return a["claim"] if a["claim"] is not None else act_pe(a)

def build_overview_xlsx(c, rel, acts):
    path = os.path.join(COHORT, c["id"], rel); ensure_dir(path)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Vakontwikkeling"
    ws["A1"] = f"Overzicht vakontwikkeling {c['name']} - periode {nl_dash(c['app'] - dt.timedelta(days=1461))} t/m {nl_dash(c['app'])}"
    ws["A1"].font = XFont(bold=True)
    hdr = ["Wanneer", "Wat (titel)", "Door wie georganiseerd", "Soort", "Aanwezig (u:mm)", "Voorbereiding (u:mm)", "Totaal (u:mm)", "PE"]
    ws.append([]); ws.append(hdr)
    for cell in ws[3]:
        cell.font = XFont(bold=True)
    tot = 0.0
    for a in overview_rows(acts):
        def tm(h):
            return dt.time(int(h), int(round((h - int(h)) * 60)))
        ws.append([a["date"], a["title"], a["org"], a["kind"], tm(a["A"]), tm(a["B"]), tm(a["A"] + a["B"]), claim_of(a)])
        r = ws.max_row
        ws.cell(r, 1).number_format = "DD-MM-YYYY"
        for col in (5, 6, 7):
            ws.cell(r, col).number_format = "[h]:mm"
        tot += claim_of(a)
    ws.append([]); ws.append(["", "Totaal aangevraagde PE", "", "", "", "", "", tot])
    ws.cell(ws.max_row, 2).font = XFont(bold=True)
    for col, w in zip("ABCDEFGH", [12, 52, 34, 13, 15, 19, 14, 7]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "bkamp"; wb.properties.created = dt.datetime(2026, 6, 1)
    wb.properties.modified = dt.datetime(2026, 6, 1)
    wb.save(path)
    normalize_zip(path)
    return tot

def build_overview_xls(c, rel, acts):
    path = os.path.join(COHORT, c["id"], rel); ensure_dir(path)
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Blad1")
    bold = xlwt.easyxf("font: bold on")
    datef = xlwt.easyxf(num_format_str="DD-MM-YYYY")
    numf = xlwt.easyxf(num_format_str="0.00")
    ws.write(0, 0, "Overzicht vakontwikkeling (bijlage 3) - " + c["name"], bold)
    hdr = ["Nr", "Datum", "Naam activiteit", "Aanbieder", "Type", "Uren aanwezig (A)", "Uren voorbereiding (B)", "Uren totaal (C)", "PE-punten"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h, bold)
    tot = 0.0
    for i, a in enumerate(overview_rows(acts)):
        r = 3 + i
        ws.write(r, 0, i + 1)
        ws.write(r, 1, dt.datetime(a["date"].year, a["date"].month, a["date"].day), datef)
        ws.write(r, 2, a["title"]); ws.write(r, 3, a["org"]); ws.write(r, 4, a["kind"])
        if a["unread"]:
            ws.write(r, 5, a["Astr"]); ws.write(r, 6, a["B"], numf); ws.write(r, 7, "")
        else:
            ws.write(r, 5, a["A"], numf); ws.write(r, 6, a["B"], numf); ws.write(r, 7, a["A"] + a["B"], numf)
        ws.write(r, 8, claim_of(a), numf)
        tot += claim_of(a)
    ws.write(4 + len(acts), 7, "Totaal", bold); ws.write(4 + len(acts), 8, tot, numf)
    for j, w in enumerate([4, 11, 48, 36, 12, 16, 20, 14, 10]):
        ws.col(j).width = 256 * w
    wb.save(path)
    return tot

def period_stats(c, periods, fulltime):
    """periods: list of (start, end or None, hours). Returns work_years (capped 4), avg_fte."""
    ref_end = c["app"]
    ref_start = dt.date(ref_end.year - 4, ref_end.month, ref_end.day)
    days = 0; w = 0.0
    for s, e, h in periods:
        s2 = max(s, ref_start); e2 = min(e or ref_end, ref_end)
        if e2 < s2:
            continue
        n = (e2 - s2).days + 1
        days += n; w += n * h / fulltime
    total = (ref_end - ref_start).days + 1
    yrs = min(4.0, 4.0 * days / total)
    return yrs, w / days

# ================================================================ U4-001 assembly
def build_c1():
    c = C1
    group = "Intervisiegroep klantmanagers Twente-Noord"
    # --- aanvraagformulier (raw docx, drawn signature)
    rows, reg_name = aanvraag_items(c, True, 11)
    rel = "aanvraag/Aanvraagformulier hercertificering Kamphuis.docx"
    make_docx(reg(c, rel, "aanvraagformulier", "visual", candidate_name=c["name"], application_date=c["app"].isoformat()),
              [("title", "Aanvraagformulier hercertificering"), ("p", "Hobéon SKO - register " + reg_name),
               ("h", "1. Persoonlijke gegevens"), ("grid", rows, None, "left"),
               ("h", "2. Huidige werkgever"), ("kv", "Werkgever:", c["employer"]), ("kv", "Functie:", "klantmanager re-integratie"),
               ("h", "3. Aanvraag"), ("p", "Ik vraag hercertificering aan voor het register re-integratiebegeleider (RIB). Mijn huidige certificaat verloopt in 2026."),
               ("kv", "Datum aanvraag:", nl_long(c["app"])), ("kv", "Plaats:", "Enschede"),
               ("sig", "Handtekening aanvrager:", True, 11, c["name"])])
    # --- certificatieovereenkomst (scanned PDF, ink signature)
    rel = "aanvraag/scan0003.pdf"
    img = render_page([("title", "Certificatieovereenkomst", 44), ("p", "Tussen Hobéon SKO, hierna: de certificatie-instelling, en"),
                       ("kv", "Naam:", c["name"]), ("kv", "Adres:", f"{c['addr']}, {c['pc']}"),
                       ("p", "hierna: de kandidaat, wordt het volgende overeengekomen."),
                       ("h", "Artikel 1 Onderwerp"), ("p", "De certificatie-instelling beoordeelt het dossier van de kandidaat voor hercertificering als re-integratiebegeleider volgens het geldende certificatieschema."),
                       ("h", "Artikel 2 Verplichtingen kandidaat"), ("p", "De kandidaat levert alle gevraagde bewijsstukken volledig en naar waarheid aan en meldt wijzigingen in zijn of haar werksituatie."),
                       ("h", "Artikel 3 Vertrouwelijkheid"), ("p", "Alle ingezonden documenten worden vertrouwelijk behandeld en alleen gebruikt voor de beoordeling."),
                       ("h", "Artikel 4 Kosten"), ("p", "De kandidaat betaalt de kosten volgens de tarievenlijst die op de datum van ondertekening geldt."),
                       ("sp", 30), ("kv", "Plaats en datum:", f"Enschede, {nl_dash(c['app'])}"),
                       ("sig", "Handtekening kandidaat:", True, 11, c["name"])], hand=True)
    save_scan(reg(c, rel, "certificatieovereenkomst", "visual"), [img], 301, "pdf")
    # --- werkgeversverklaring (born-digital, two periods = change of hours)
    rel = "Werkgeversverklaring UWV.pdf"
    periods = [(D("2015-09-01"), D("2023-12-31"), 36.0), (D("2024-01-01"), None, 32.0)]
    make_pdf(reg(c, rel, "werkverklaring", "visual", role="klantmanager re-integratie",
                 period1_start="2015-09-01", period1_end="2023-12-31", period1_hours_per_week="36", period1_role="klantmanager re-integratie",
                 period2_start="2024-01-01", period2_end="", period2_hours_per_week="32", period2_role="klantmanager re-integratie",
                 fulltime_hours="36"),
             [("title", "WERKGEVERSVERKLARING", 15), ("p", "ten behoeve van hercertificering re-integratiebegeleider"),
              ("grid", [["Werkgever", "UWV"], ["Vestiging", c["employer"]], ["Adres", c["emp_addr"]]], [45, 120], "left"),
              ("h", "Gegevens werknemer"),
              ("grid", [["Naam", c["name"]], ["Geboortedatum", c["born"]], ["Functie", "klantmanager re-integratie (Werkbedrijf)"],
                        ["In dienst sinds", "1 september 2015"], ["Nog in dienst", "ja, contract voor onbepaalde tijd"]], [45, 120], "left"),
              ("h", "Dienstverband in de afgelopen jaren"),
              ("grid", [["Periode", "Functie", "Uren per week", "Toelichting"],
                        ["01-09-2015 t/m 31-12-2023", "klantmanager re-integratie", "36", "volledige werkweek"],
                        ["01-01-2024 - heden", "klantmanager re-integratie", "32", "uren verminderd op eigen verzoek, zelfde functie"]],
               [45, 50, 25, 45], "top"),
              ("p", "Een volledige werkweek bij UWV is 36 uur."),
              ("p", f"Aldus naar waarheid ingevuld te Hengelo op {nl_long(D('2026-05-28'))}."),
              ("sig", "Handtekening leidinggevende", True, 12, c["boss"], c["boss_title"])])
    yrs, fte = period_stats(c, periods, 36.0)
    # --- ervaringsverklaring (Word -> PDF via LibreOffice; headings; signed by supervisor)
    rel = "Ervaringsverklaring_Kamphuis_def.pdf"
    items = starr_items_headings(EXP1, c)
    items += [("sp",), ("p", f"Voor akkoord leidinggevende: {c['boss']}, {c['boss_title']}"),
              ("p", "Datum: 28-05-2026"), ("sig", "Handtekening:", True, 12)]
    make_docx_pdf(reg(c, rel, "ervaringsverklaring", "visual", incomplete_competencies=""), items)
    # --- activities
    A = [
     ACT("2022-10-06", "Motiverende gespreksvoering in de praktijk", "Bureau Gesprekskracht, Deventer", "workshop",
         3.0, 2.0, "13.30 – 16.30 uur", "2 uur", "stacked", "vakontwikkeling/01 opgave MGV workshop.pdf",
         "cert", "vakontwikkeling/01 certificaat MGV.pdf", pdur=3.0),
     ACT("2023-03-09", "Landelijk congres Re-integratie: Werk als medicijn", "Stichting Vakdag Arbeid & Gezondheid", "congres",
         5.25, 0.75, "5u15", "45 min", "grid", "vakontwikkeling/02 opgaveformulier congres.pdf",
         "congres", "vakontwikkeling/02 bevestiging congres.pdf", pdur=5.25, place=" in de Jaarbeurs te Utrecht"),
     ACT("2023-06-22", "Vakoverleg klantmanagers: poortwachter en de WIA-aanvraag", "UWV Hengelo, team Re-integratie", "vakoverleg",
         4.0, 2.0, "13.00-17.00 uur", "2 uur", "docx", "vakontwikkeling/03 vakoverleg juni 2023.docx",
         "letter_tl", "vakontwikkeling/03 verklaring teamleider.pdf", pdur=4.0),
     ACT("2023-10-05", "E-learning Arbeidsverkenning en belastbaarheid", "Leerplein Werk & Inkomen", "e-learning",
         6.0, 1.0, "360 min", "1 uur", "acro", "vakontwikkeling/04_opgave_elearning.pdf",
         "elearn", "vakontwikkeling/04 certificaat e-learning.pdf", pdur=6.0),
     ACT("2024-01-25", "Vakoverleg: samenwerking met gemeenten in Twente", "UWV Hengelo, team Re-integratie", "vakoverleg",
         4.0, 2.0, "4 uur", "2 uur", "inline", "vakontwikkeling/05 opgave vakoverleg jan 2024.pdf",
         "list_jpg", "vakontwikkeling/IMG_20240125_171203.jpg", pdur=4.0),
     ACT("2024-04-18", "Schulden herkennen en bespreekbaar maken", "Schuldenlab Oost", "cursus",
         6.0, 3.0, "09.00–16.00 uur (excl. 1 uur pauze) = 6 uur", "3 uur", "scan_jpg", "vakontwikkeling/IMG_20240502_093317.jpg",
         "letter_late", "vakontwikkeling/06 brief deelname cursus schulden.pdf", pdur=6.0),
     ACT("2024-09-26", "Vakoverleg: psychische klachten en werk", "UWV Hengelo, team Re-integratie", "vakoverleg",
         4.0, 2.0, "13:00-17:00", "2 uur", "grid", "vakontwikkeling/07 opgave vakoverleg sept 2024.pdf",
         "mail", "vakontwikkeling/07 mail teamleider vakoverleg.pdf", pdur=4.0),
     ACT("2025-02-06", "Webinar Nieuwe regels WIA en Participatiewet 2025", "Kenniscentrum Arbeid Oost", "webinar",
         1.5, 1.5, "1 uur en 30 minuten", "1½ uur", "stacked", "vakontwikkeling/08 opgave webinar WIA.pdf",
         "cert", "vakontwikkeling/08 deelnamebewijs webinar.pdf", pdur=1.5),
     ACT("2025-05-15", "Vakoverleg: jongeren zonder startkwalificatie", "UWV Hengelo, team Re-integratie", "vakoverleg",
         4.0, 2.0, "09.00 – 13.00 uur", "2 uur", "docx", "vakontwikkeling/09 vakoverleg mei 2025.docx",
         "list_pdf", "vakontwikkeling/scan0011.pdf", pdur=4.0),
     ACT("2025-10-09", "Symposium Inclusief werkgeverschap in Twente", "Twentse Werkgeversalliantie", "symposium",
         5.0, 1.0, "10.00–16.00 uur, lunchpauze 12.30–13.30", "1 uur", "inline", "vakontwikkeling/10 opgave symposium.pdf",
         "cert_jpg", "vakontwikkeling/IMG_20251009_164455.jpg", pdur=5.0),
     ACT("2026-01-22", "Training Omgaan met agressie aan telefoon en balie", "Veiligwerk Trainingen", "training",
         3.5, 0.5, "3,5", "30 min", "acro", "vakontwikkeling/11_opgave_training_agressie.pdf",
         "mail", "vakontwikkeling/11 mail Veiligwerk.pdf", pdur=3.5),
     ACT("2026-04-16", "Praktijkdag Participatiewet voor klantmanagers", "Academie Sociaal Domein Oost", "cursus",
         6.0, 2.0, "6 uur", "2 uur", "grid", "vakontwikkeling/12 opgave praktijkdag.pdf",
         "cert", "vakontwikkeling/12 certificaat praktijkdag.pdf", pdur=6.0),
    ]
    extras = {
     1: "5 uur en 15 minuten",
     2: dict(head="UWV | vestiging Hengelo - team Re-integratie", place="Hengelo", ldate=D("2023-06-26"), times="13.00 tot 17.00 uur", who=f"{c['boss']}, {c['boss_title']}"),
     4: dict(times="13.00 - 17.00 uur", loc="UWV Hengelo, vergaderzaal De Lutte", who=f"R. Wiegerinck (teamleider)",
             names=[("J. Beld", "klantmanager"), (c["name"], "klantmanager re-int."), ("S. Morsink", "klantmanager"),
                    ("P. Nijhuis", "arbeidsdeskundige"), ("F. el Amrani", "klantmanager"), ("L. ter Haar", "werkcoach")]),
     5: dict(ldate=D("2024-04-29"), dur="van 09.00 tot 16.00 uur met een uur lunchpauze (6 lesuren)", who="M. Groothuis, opleidingscoördinator"),
     6: dict(**{"from": f"{c['boss']} <r.wiegerinck@uwv-voorbeeld.nl>", "sent": D("2024-09-27"), "time": "08:42",
             "subj": "Deelname vakoverleg 26 september",
             "body": [f"Beste Bernadette,",
                      f"Hierbij bevestig ik dat je gisteren, donderdag 26 september 2024, hebt deelgenomen aan het vakoverleg 'Psychische klachten en werk' van 13.00 tot 17.00 uur. Het overleg had een vaste agenda met een inleiding door de verzekeringsarts en casusbespreking.",
                      "Je kunt deze mail gebruiken voor je hercertificering.",
                      f"Groet,\n{c['boss']}\n{c['boss_title']}, UWV Hengelo"]}),
     7: "duur: 90 minuten (live webinar)",
     8: dict(times="09.00 - 13.00 uur", loc="UWV Hengelo, zaal Twickel", who="R. Wiegerinck",
             names=[("S. Morsink", "klantmanager"), ("T. Pool", "klantmanager"), (c["name"], "klantmanager re-int."),
                    ("A. Vos", "jobcoach gemeente"), ("K. Lammers", "klantmanager"), ("J. Beld", "klantmanager")]),
     9: "tijdsduur programma: 5 uur",
     10: dict(**{"from": "Veiligwerk Trainingen <info@veiligwerk-voorbeeld.nl>", "sent": D("2026-01-22"), "time": "17:05",
              "subj": "Bedankt voor je deelname - training agressie",
              "body": [f"Beste {c['name']},",
                       "Bedankt voor je deelname aan de training 'Omgaan met agressie aan telefoon en balie' van vandaag, 22 januari 2026, bij UWV Hengelo.",
                       "Je was aanwezig bij het volledige programma van 3,5 uur (13.00 - 16.30 uur). Deze e-mail geldt als bewijs van deelname.",
                       "Met vriendelijke groet,\nEsmee Bosch, trainer Veiligwerk Trainingen"]}),
     11: "6 uur",
    }
    for i, a in enumerate(A):
        build_form(c, a, 500 + i)
        build_proof(c, a, 600 + i, extras.get(i))
        reg_activity(c, a)
    # --- overview (xlsx, clock notation)
    rel = "Overzicht vakontwikkeling 2022-2026.xlsx"
    tot = build_overview_xlsx(c, rel, A)
    reg(c, rel, "overzicht_vakontwikkeling", "*", activities=str(len(A)), pe_claimed=f"{tot:.2f}")
    # --- intervisions
    layouts = ["docx_q", "pdf_nouns", "pdf_caps", "scan_jpg", "pdf_grid_left", "pdf_prose", "email", "docx_pdf",
               "pdf_grid_top", "docx_pdf", "docx_q", "pdf_nouns", "pdf_caps"]
    names = ["intervisie/verslag intervisie sept 2022.docx", "intervisie/Intervisie 08-11-2022.pdf",
             "intervisie/INTERVISIEVERSLAG jan 2023.pdf", "intervisie/IMG_20230321_204410.jpg",
             "intervisie/intervisie mei 2023.pdf", "intervisie/intervisie_sept2023.pdf",
             "intervisie/RE Verslag intervisie 14 november.pdf", "intervisie/Verslag intervisie feb 2024.pdf",
             "intervisie/intervisie april 2024.pdf", "intervisie/verslag 17 sept 2024.pdf",
             "intervisie/verslag intervisie jan 2025.docx", "intervisie/Intervisie 10-06-2025.pdf",
             "intervisie/INTERVISIEVERSLAG feb 2026.pdf"]
    for i, (cs, lay, nm) in enumerate(zip(INT1, layouts, names)):
        build_intervision(c, nm, cs, lay, group, hv=i % 2 if lay in ("docx_q", "docx_pdf", "pdf_grid_top", "scan_jpg", "scan_pdf") else i % 3, seed=700 + i)
        reg(c, nm, "intervisieverslag", "*", date=cs["date"].isoformat(), missing_sections="")
        INTV.append((c["id"], f"{c['id']}/{nm}", "intervisie", "true"))
    # --- expected counts
    pe_counted, vak = 0.0, 0.0
    for a in A:
        p = act_pe(a)
        if a["kind"] == "vakoverleg":
            vak += p
        else:
            pe_counted += p
        if (a["A"] + a["B"]) / 2 > 4:
            allowed(c, "PE-ACTIVITY-CAP", a["frel"])
    pe_counted += min(vak, 10.0)
    if vak > 10:
        allowed(c, "PE-VAKOVERLEG-CAP")
    return dict(c=c, pe_counted=pe_counted, iv=len(INT1), yrs=yrs, fte=fte, pe_claimed=tot)

# ================================================================ U4-002 assembly (rccm, with defects)
def build_c2():
    c = C2
    group = "Intervisiegroep casemanagers Achterhoek"
    bsn = "249566758"
    assert bsn_ok(bsn)
    # --- aanvraagformulier (born-digital PDF, with BSN, drawn signature)
    rows, reg_name = aanvraag_items(c, True, 21, bsn=bsn)
    rel = "Aanvraag hercertificering RCCM.pdf"
    make_pdf(reg(c, rel, "aanvraagformulier", "visual", candidate_name=c["name"], application_date=c["app"].isoformat()),
             [("title", "AANVRAAG HERCERTIFICERING", 15), ("p", "Register: " + reg_name),
              ("h", "A. Wie bent u?"), ("grid", rows, [40, 125], "left"),
              ("h", "B. Waar werkt u?"), ("grid", [["Werkgever", c["employer"]], ["Functie", "casemanager verzuim en re-integratie"],
                                                   ["Sinds", "februari 2021"]], [40, 125], "left"),
              ("h", "C. Ondertekening"),
              ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld en vraag hercertificering aan."),
              ("kv", "Datum:", nl_dash(c["app"])), ("kv", "Plaats:", "Aalten"),
              ("sig", "Handtekening:", True, 21, c["name"])], "Sans")
    allowed(c, "PRIVACY-BSN", rel)
    # --- certificatieovereenkomst (AcroForm with typed name in 'handtekening' field)
    rel = "document(2).pdf"
    make_acroform(reg(c, rel, "certificatieovereenkomst", "form"), "Certificatieovereenkomst hercertificering",
                  "Door ondertekening van deze overeenkomst dient u uw aanvraag in. De certificatievoorwaarden van Hobéon SKO zijn van toepassing.",
                  [("Naam kandidaat", "naam", c["name"], 1), ("Adres", "adres", f"{c['addr']}, {c['pc']}", 1),
                   ("Register", "register", "Rccm - register casemanager", 1),
                   ("Ik ga akkoord met de certificatievoorwaarden", "akkoord", "ja", 1),
                   ("Plaats", "plaats", "Aalten", 1), ("Datum", "datum", nl_dash(c["app"]), 1)],
                  sigfield=("Handtekening kandidaat", "handtekening", c["name"]))
    # --- werkverklaring: letter, one sentence, phone photo, signed
    rel = "IMG_20260912_101512.jpg"
    img = render_page([("title", c["employer"], 40), ("p", c["emp_addr"], 24), ("sp", 50),
                       ("p", f"Doetinchem, {nl_long(D('2026-09-10'))}"), ("sp", 20),
                       ("h", "Werkgeversverklaring"), ("p", "Aan: Hobéon SKO, afdeling certificering"), ("sp", 10),
                       ("p", f"Hierbij verklaren wij dat {c['aanhef']} {c['name']}, geboren op {c['born']}, sinds 1 februari 2021 onafgebroken bij ons in dienst is als casemanager verzuim en re-integratie, voor 28 uur per week bij een volledige werkweek van 38 uur."),
                       ("p", "Zij is nog steeds in deze functie bij ons werkzaam; het dienstverband is voor onbepaalde tijd."),
                       ("sp", 20), ("p", "Met vriendelijke groet,"),
                       ("sig", "Handtekening", True, 22, f"{c['boss']}, {c['boss_title']}")], hand=False, base="Lib")
    save_scan(reg(c, rel, "werkverklaring", "visual", role="casemanager",
                  period1_start="2021-02-01", period1_end="", period1_hours_per_week="28", period1_role="casemanager verzuim en re-integratie",
                  fulltime_hours="38"), [img], 801, "jpg")
    yrs, fte = period_stats(c, [(D("2021-02-01"), None, 28.0)], 38.0)
    # --- ervaringsverklaring: raw docx, STARR as two-column tables, NOT signed (defect)
    rel = "ervaringsverklaring marieke.docx"
    items = starr_items_table(EXP2, c)
    items += [("sp",), ("p", f"Gezien en akkoord, leidinggevende: {c['boss']} ({c['boss_title']})"),
              ("p", "Datum: ..................."), ("sig", "Handtekening leidinggevende:", False, 0)]
    make_docx(reg(c, rel, "ervaringsverklaring", "none", incomplete_competencies=""), items, "Calibri")
    finding(c, "SIG-MISSING", rel)
    # --- activities
    A = [
     ACT("2022-11-17", "Verzuimcongres Oost-Nederland 2022", "Stichting Verzuimcongres Oost", "congres",
         5.25, 1.75, "09.30-15.45 uur, min 1 uur lunch = 5u15", "1 uur en 45 minuten", "inline", "PE/opgave verzuimcongres 2022.pdf",
         "congres", "PE/bevestiging verzuimcongres.pdf", pdur=5.25, place=" in Hotel De Gouden Leeuw te Zutphen"),
     ACT("2023-03-16", "Gespreksvoering bij psychisch verzuim", "Trainingsbureau De Haere", "workshop",
         3.0, 3.0, "3 uur", "3 uur", "docx", "PE/workshop psychisch verzuim.docx",
         "cert", "PE/certificaat De Haere.pdf", pdur=3.0),
     ACT("2023-06-08", "Wet verbetering poortwachter in de praktijk", "Verzuimacademie Online", "e-learning",
         4.0, 3.0, "240 minuten", "3 uur", "acro", "PE/opgaveformulier e-learning WVP.pdf",
         "elearn", "PE/Certificaat_WVP_online.pdf", pdur=4.0),
     ACT("2023-09-28", "Eigenrisicodragerschap WGA en ZW", "Kennispunt Sociale Zekerheid", "cursus",
         6.0, 2.0, "6 uur", "2 uur", "scan_pdf", "PE/scan0004.pdf",
         "letter_late", "PE/brief Kennispunt deelname.pdf", pdur=6.0),
     ACT("2024-01-18", "Vakoverleg casemanagers: MDO en samenwerking met de bedrijfsarts", "Verzuimregie Oost B.V.", "vakoverleg",
         2.5, 2.5, "2u30", "2u30", "grid", "PE/vakoverleg januari 2024.pdf",
         "letter_tl", "PE/verklaring vakoverleg jan 2024.pdf", pdur=2.5),
     ACT("2024-04-11", "Webinar Long covid en werkhervatting", "Platform Arbeid & Gezondheid", "webinar",
         1.5, 2.5, "90 min", "2,5 uur", "stacked", "PE/webinar long covid.pdf",
         "mail", "PE/mail deelname webinar.pdf", pdur=1.5),
     ACT("2024-06-20", "Training Mediationvaardigheden voor casemanagers", "Bureau Conflictwijzer", "training",
         0.0, 1.0, "1 dagdeel", "1 uur", "scan_jpg", "PE/IMG_20240621_081544.jpg",
         "cert", "PE/deelnamecertificaat mediation.pdf", pdur=None, unread=True, claim=2.5),
     ACT("2024-10-03", "Symposium Duurzame inzetbaarheid in de Achterhoek", "Achterhoekse Werkgeverskring", "symposium",
         5.0, 1.0, "10.00-16.00 uur (pauze 12.00-13.00)", "1 uur", "inline", "PE/symposium duurzame inzetbaarheid.pdf",
         None, None),
     ACT("2025-01-23", "Arbeidsrecht voor casemanagers: ontslag tijdens ziekte", "Juridisch Opleidingscentrum Gelderland", "cursus",
         6.0, 3.0, "09.00 – 16.00 uur, 1 uur pauze", "3 uur", "docx", "PE/cursus arbeidsrecht jan 2025.docx",
         "cert_jpg", "PE/IMG_20250124_190230.jpg", pdur=6.0),
     ACT("2025-04-17", "Workshop Tweede spoor: van plan tot plaatsing", "Spoor2Partners", "workshop",
         3.5, 3.5, "13.00 – 16.30 uur", "3½ uur", "grid", "PE/opgave workshop spoor 2.pdf",
         "list_pdf", "PE/presentielijst spoor 2.pdf", pdur=3.5),
     ACT("2025-11-13", "Landelijk Congres Casemanagement 2025", "Stichting Congres Casemanagement", "congres",
         5.5, 1.5, "5 uur en 30 minuten", "1,5", "acro", "PE/opgave congres casemanagement.pdf",
         "congres", "PE/deelnamebevestiging congres 2025.pdf", pdur=5.5, place=" in Papendal, Arnhem"),
     ACT("2026-05-21", "Vakoverleg: nieuwe werkwijze verzuimsysteem en privacy", "Verzuimregie Oost B.V.", "vakoverleg",
         3.0, 3.0, "3 uur", "3 uur", "stacked", "PE/vakoverleg mei 2026.pdf",
         "mail", "PE/mail Hennie vakoverleg.pdf", pdur=3.0),
    ]
    extras = {
     0: "programmaduur 5u15",
     3: dict(ldate=D("2023-10-12"), dur="6 uur (09.00 - 16.00 uur, exclusief de lunch van een uur)", who="drs. W. Kroeze, directeur"),
     4: dict(head="Verzuimregie Oost B.V. - casemanagement verzuim en re-integratie", place="Doetinchem", ldate=D("2024-01-22"), times="14.00 tot 16.30 uur", who=f"{c['boss']}, {c['boss_title']}"),
     5: dict(**{"from": "Platform Arbeid & Gezondheid <webinars@pag-voorbeeld.nl>", "sent": D("2024-04-11"), "time": "16:31",
             "subj": "Uw deelname aan het webinar Long covid en werkhervatting",
             "body": [f"Beste {c['name']},",
                      "Dank voor uw deelname aan ons webinar 'Long covid en werkhervatting' van vandaag, donderdag 11 april 2024. U was volgens onze registratie 90 minuten ingelogd (14.00 - 15.30 uur).",
                      "Bewaar deze e-mail als bewijs van deelname. De opname blijft 30 dagen beschikbaar.",
                      "Met vriendelijke groet,\nTeam webinars Platform Arbeid & Gezondheid"]}),
     6: "ochtendprogramma",
     8: "duur: 6 uur",
     9: dict(times="13.00 - 16.30 uur", loc="Spoor2Partners, Arnhem", who="G. Hulshof (trainer)",
             names=[("R. Bakker", "casemanager"), (c["name"], "casemanager"), ("E. Wolters", "arbeidsdeskundige"),
                    ("D. Jansen", "HR-adviseur"), ("N. Kok", "casemanager")]),
     10: "5 uur en 30 minuten",
     11: dict(**{"from": f"{c['boss']} <h.termaat@verzuimregie-oost.nl>", "sent": D("2026-05-22"), "time": "09:12",
              "subj": "vakoverleg 21 mei - aanwezigheid",
              "body": ["Hoi Marieke,",
                       "Zoals gevraagd: hierbij bevestig ik dat je op donderdag 21 mei 2026 aanwezig was bij ons vakoverleg 'Nieuwe werkwijze verzuimsysteem en privacy' (09.00 - 12.00 uur, 3 uur) met vaste agenda en inleiding door onze functionaris gegevensbescherming.",
                       f"Groet,\nHennie\n{c['boss_title']}"]}),
    }
    for i, a in enumerate(A):
        build_form(c, a, 900 + i)
        if a["proof"]:
            if a["proof"] == "cert" and extras.get(i) == "ochtendprogramma":
                build_proof(c, a, 950 + i, "ochtendprogramma")
            else:
                build_proof(c, a, 950 + i, extras.get(i))
        reg_activity(c, a)
    rel = "Overzicht vakontwikkeling bijlage 3.xls"
    tot = build_overview_xls(c, rel, A)
    reg(c, rel, "overzicht_vakontwikkeling", "*", activities=str(len(A)), pe_claimed=f"{tot:.2f}")
    # defects in activities
    for a in A:
        if a["unread"]:
            finding(c, "PE-HOURS-UNREADABLE", a["frel"])
            allowed(c, "PE-MISMATCH", a["frel"]); allowed(c, "PE-MISMATCH", rel)
            allowed(c, "PE-HOURS-UNREADABLE", rel)
        if not a["proof"]:
            finding(c, "PE-NO-PROOF", a["frel"])
        if not a["unread"] and (a["A"] + a["B"]) / 2 > 4:
            allowed(c, "PE-ACTIVITY-CAP", a["frel"])
    pe_counted = sum(act_pe(a) for a in A if a["proof"] and not a["unread"] and a["kind"] != "vakoverleg")
    pe_counted += min(10.0, sum(act_pe(a) for a in A if a["proof"] and not a["unread"] and a["kind"] == "vakoverleg"))
    # --- intervisions: 13 regular (one missing 'leereffect'), 1 casuistiek, 1 duplicate = 15 files
    plan = [  # (case, layout, name, missing)
     (INT2[0], "pdf_nouns", "intervisie/intervisie okt 2022.pdf", ()),
     (INT2[1], "docx_q", "intervisie/verslag intervisie december.docx", ()),
     (INT2[2], "scan_jpg", "intervisie/IMG_20230215_213001.jpg", ()),
     (INT2[3], "pdf_prose", "intervisie/intervisie 18 april 2023.pdf", ()),
     (INT2[4], "email", "intervisie/FW verslag intervisie juni.pdf", ()),
     (INT2[5], "pdf_grid_left", "intervisie/intervisie_okt_2023.pdf", ()),
     (INT2[6], "docx_pdf", "intervisie/Intervisie januari 2024.pdf", ()),
     (INT2[7], "pdf_caps", "intervisie/INTERVISIE maart 2024.pdf", ("le",)),
     (INT2[8], "pdf_grid_top", "intervisie/verslag 11-06-2024.pdf", ()),
     (INT2[9], "docx_q", "intervisie/intervisie oktober 2024.docx", ()),
     (INT2[10], "pdf_nouns", "intervisie/Intervisie feb 2025.pdf", ()),
     (INT2[11], "pdf_prose", "intervisie/intervisie mei 2025.pdf", ()),
     (CASU2, "pdf_grid_left", "intervisie/intervisie sept 2025.pdf", ()),
     (INT2[12], "docx_q", "intervisie/intervisie maart 2026.docx", ()),
    ]
    valid = 0
    for i, (cs, lay, nm, miss) in enumerate(plan):
        build_intervision(c, nm, cs, lay, group, hv=i % 2 if lay in ("docx_q", "docx_pdf", "pdf_grid_top", "scan_jpg", "scan_pdf") else i % 3,
                          missing=miss, seed=1000 + i)
        reg(c, nm, "intervisieverslag", "*", date=cs["date"].isoformat(),
            missing_sections=";".join(SECNAME[k] for k in miss))
        if cs is CASU2:
            INTV.append((c["id"], f"{c['id']}/{nm}", "casuistiek", "false")); finding(c, "INT-CASUISTIEK", nm)
        elif miss:
            INTV.append((c["id"], f"{c['id']}/{nm}", "intervisie", "false")); finding(c, "INT-SECTIONS", nm)
        else:
            INTV.append((c["id"], f"{c['id']}/{nm}", "intervisie", "true")); valid += 1
    # duplicate: the October 2023 report uploaded a second time under another name (byte-identical copy)
    src = os.path.join(COHORT, c["id"], "intervisie/intervisie_okt_2023.pdf")
    dup = "intervisie/kopie intervisie oktober.pdf"
    shutil.copyfile(src, reg(c, dup, "intervisieverslag", "*", date=INT2[5]["date"].isoformat(), missing_sections=""))
    INTV.append((c["id"], f"{c['id']}/{dup}", "intervisie", "false"))
    finding(c, "INT-DUPLICATE", dup)
    allowed(c, "INT-DUPLICATE", "intervisie/intervisie_okt_2023.pdf")
    return dict(c=c, pe_counted=pe_counted, iv=valid, yrs=yrs, fte=fte, pe_claimed=tot)

# ================================================================ main
SEVERITY = {"WORK-CURRENT": "reject", "WORK-YEARS": "reject", "PE-TOTAL": "supplement", "PE-NO-PROOF": "supplement",
            "PE-NO-FORM": "supplement", "PE-HOURS-UNREADABLE": "supplement", "INT-COUNT": "supplement",
            "INT-SECTIONS": "supplement", "EXP-COMPETENCY": "supplement", "DOC-MISSING": "supplement",
            "SIG-MISSING": "supplement", "DOC-LANGUAGE": "supplement", "DOC-ILLEGIBLE": "supplement",
            "DOC-UNREADABLE": "supplement"}

def write_csv(path, header, rows):
    ensure_dir(path)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)

def main():
    random.seed(SEED)
    for p in (COHORT, TRUTH, os.path.join(HERE, "_tmp_docx")):
        shutil.rmtree(p, ignore_errors=True)
    os.makedirs(COHORT); os.makedirs(TRUTH)
    res = [build_c1(), build_c2()]
    run_conversions()
    write_csv(os.path.join(COHORT, "cohort.csv"), ["candidate_id", "name", "scheme", "application_date"],
              [(r["c"]["id"], r["c"]["name"], r["c"]["scheme"], r["c"]["app"].isoformat()) for r in res])
    drows = []
    for r in res:
        c = r["c"]
        # rule checks computed from the same data
        if r["yrs"] < 3 or r["fte"] < 0.5:
            finding(c, "WORK-YEARS")
        if r["pe_counted"] < 32:
            finding(c, "PE-TOTAL")
        if r["iv"] < 12:
            finding(c, "INT-COUNT")
        sev = [SEVERITY.get(code, "warning") for cid, code, _ in FIND if cid == c["id"]]
        outcome = "afwijzing" if "reject" in sev else "aanvulling" if "supplement" in sev else "toekenning"
        drows.append((c["id"], outcome, f"{r['pe_counted']:.2f}", r["iv"], "true", "", "", "", c["scheme"],
                      f"{r['yrs']:.2f}", f"{r['fte']:.3f}", f"{r['pe_claimed']:.2f}"))
    write_csv(os.path.join(TRUTH, "dossiers.csv"),
              ["candidate_id", "outcome", "pe_counted", "intervisions_valid", "currently_employed", "pe_counted_alt",
               "intervisions_valid_alt", "outcome_alt", "scheme", "work_years", "avg_fte", "pe_claimed"], drows)
    write_csv(os.path.join(TRUTH, "findings.csv"), ["candidate_id", "code", "document"], sorted(FIND))
    write_csv(os.path.join(TRUTH, "findings_allowed.csv"), ["candidate_id", "code", "document"], sorted(set(ALLOW)))
    write_csv(os.path.join(TRUTH, "intervisions.csv"), ["candidate_id", "document", "verdict", "counted"], sorted(INTV))
    write_csv(os.path.join(TRUTH, "documents.csv"), ["candidate_id", "document", "doc_type", "signature"], sorted(DOCS))
    write_csv(os.path.join(TRUTH, "fields.csv"), ["candidate_id", "document", "field", "value"], FIELDS)
    # sanity: every registered document exists
    for cid, doc, _, _ in DOCS:
        assert os.path.exists(os.path.join(COHORT, doc)), doc
    on_disk = set()
    for root, _, files in os.walk(COHORT):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), COHORT)
            if rel != "cohort.csv":
                on_disk.add(rel)
    assert on_disk == {d for _, d, _, _ in DOCS}, on_disk ^ {d for _, d, _, _ in DOCS}
    for r in drows:
        print(",".join(map(str, r)))

if __name__ == "__main__":
    main()
