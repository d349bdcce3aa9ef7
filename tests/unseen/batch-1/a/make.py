#!/usr/bin/env python3
"""Regenerates cohort/ and truth/ for unseen batch-1/a (two RIB dossiers).

python3 make.py   -> wipes and rewrites ./cohort and ./truth
All text is written by hand below; the random generator (seeded) only picks
signature strokes, photo angles and shading.
"""
import csv, datetime as dt, io, math, os, random, shutil, subprocess, sys
from PIL import Image, ImageDraw, ImageFont, ImageFilter

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Flowable, PageBreak)
from reportlab.pdfgen import canvas as rl_canvas

HERE = os.path.dirname(os.path.abspath(__file__))
COHORT = os.path.join(HERE, "cohort")
TRUTH = os.path.join(HERE, "truth")
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))

RND = random.Random(20261207)
FIXED_TIME = dt.datetime(2026, 11, 30, 12, 0, 0)

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def d(s):
    return dt.date.fromisoformat(s)


def nl_date(s):
    x = d(s)
    return f"{x.day} {MONTHS[x.month-1]} {x.year}"


def nl_num(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- signatures
def sig_points(seed, w=1.0, h=1.0):
    r = random.Random(seed)
    strokes = []
    x = 0.05
    for s in range(r.randint(2, 3)):
        pts = []
        n = r.randint(7, 12)
        for i in range(n):
            x += r.uniform(0.02, 0.07)
            y = 0.5 + math.sin(i * r.uniform(0.9, 1.6)) * r.uniform(0.15, 0.4)
            pts.append((min(x, 0.95) * w, y * h))
        strokes.append(pts)
        x += 0.03
    # underline flourish
    strokes.append([(0.1 * w, 0.12 * h), (0.5 * w, 0.08 * h), (0.85 * w, 0.15 * h)])
    return strokes


class SigFlowable(Flowable):
    def __init__(self, seed, width=55 * mm, height=14 * mm):
        super().__init__()
        self.seed, self.width, self.height = seed, width, height

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1b2a6b"))
        c.setLineWidth(1.1)
        for pts in sig_points(self.seed, self.width, self.height):
            p = c.beginPath()
            p.moveTo(*pts[0])
            for q in pts[1:]:
                p.lineTo(*q)
            c.drawPath(p, stroke=1, fill=0)


def sig_png(seed, path, w=420, h=110):
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    for pts in sig_points(seed, w, h):
        dr.line([(x, h - y) for x, y in pts], fill=(27, 42, 107), width=3, joint="curve")
    im.save(path)
    return path


# ---------------------------------------------------------------- block model
# blocks: ("title",t) ("h",t) ("p",t) ("kv",label,value) ("kv2",label,value)
# ("table",rows,{header,widths,bold_first_col}) ("center",t,size) ("sig",label,kind,seed)
# ("space",mm) ("lh",[lines]) (letterhead right) ("small",t) ("pb",)
def pdf_styles(serif=False):
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    return {
        "title": ParagraphStyle("t", fontName=fb, fontSize=15, leading=19, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=fb, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=f, fontSize=10, leading=13.5, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=f, fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("c", fontName=f, fontSize=9, leading=11.5),
        "cellb": ParagraphStyle("cb", fontName=fb, fontSize=9, leading=11.5),
        "lh": ParagraphStyle("lh", fontName=f, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "fb": fb, "f": f,
    }


def render_pdf(path, blocks, serif=False):
    st = pdf_styles(serif)
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), st[k]))
        elif k == "kv":
            story.append(Paragraph(f"<font name='{st['fb']}'>{esc(b[1])}:</font> {esc(b[2])}", st["p"]))
        elif k == "kv2":
            story.append(Paragraph(f"<font name='{st['fb']}'>{esc(b[1])}</font>", ParagraphStyle("x", parent=st["p"], spaceAfter=0)))
            story.append(Paragraph(esc(b[2]).replace("\n", "<br/>"), st["p"]))
        elif k == "lh":
            story.append(Paragraph("<br/>".join(esc(x) for x in b[1]), st["lh"]))
            story.append(Spacer(1, 6 * mm))
        elif k == "center":
            story.append(Paragraph(esc(b[1]), ParagraphStyle("cc", fontName=st["fb"] if b[2] > 12 else st["f"],
                                                             fontSize=b[2], leading=b[2] * 1.35, alignment=TA_CENTER, spaceAfter=4)))
        elif k == "space":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "table":
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            data = []
            for ri, r in enumerate(rows):
                line = []
                for ci, c in enumerate(r):
                    bold = (o.get("header") and ri == 0) or (o.get("bold_first_col") and ci == 0) or ri in o.get("bold_rows", ())
                    line.append(Paragraph(esc(str(c)).replace("\n", "<br/>"), st["cellb" if bold else "cell"]))
                data.append(line)
            total = 170 * mm
            ws = o.get("widths")
            cw = [total * w for w in ws] if ws else None
            t = Table(data, colWidths=cw, repeatRows=1 if o.get("header") else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if o.get("grid", True):
                sty.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            if o.get("header"):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ef")))
            if o.get("bold_first_col"):
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            for br in o.get("bold_rows", ()):
                sty.append(("BACKGROUND", (0, br), (-1, br), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "sig":
            label, kind, seed = b[1], b[2], b[3]
            if kind == "draw":
                right = SigFlowable(seed)
            elif kind == "typed":
                right = Paragraph(f"<font name='DVI'>{esc(seed)}</font>", st["p"])
            else:
                right = Paragraph("." * 60, st["p"])
            t = Table([[Paragraph(esc(label), st["p"]), right]], colWidths=[55 * mm, 100 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            story.append(t)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="", author="")
    doc.build(story)


def render_docx(path, blocks):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.author = ""
    stl = doc.styles["Normal"]
    stl.font.name = "Calibri"
    stl.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=1)
        elif k == "h":
            doc.add_heading(b[1], level=2)
        elif k in ("p", "small"):
            doc.add_paragraph(b[1])
        elif k == "kv":
            p = doc.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif k == "kv2":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
            doc.add_paragraph(b[2])
        elif k == "lh":
            for x in b[1]:
                p = doc.add_paragraph(x)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.font.size = Pt(b[2])
        elif k == "space":
            doc.add_paragraph("")
        elif k == "pb":
            doc.add_page_break()
        elif k == "table":
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = str(c)
                    if (o.get("header") and ri == 0) or (o.get("bold_first_col") and ci == 0) or ri in o.get("bold_rows", ()):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif k == "sig":
            label, kind, seed = b[1], b[2], b[3]
            p = doc.add_paragraph()
            p.add_run(label + "  ")
            if kind == "draw":
                png = path + ".sig.png"
                sig_png(seed, png)
                p.add_run().add_picture(png, width=Mm(50))
                doc.save(path)
                os.remove(png)
            elif kind == "typed":
                p.add_run(seed).italic = True
            else:
                p.add_run("." * 50)
    doc.save(path)


# ------------------------------------------------ raster ("scan"/"photo") pages
DPI = 200
PW, PH = int(8.27 * DPI), int(11.69 * DPI)


def font(size, bold=False, serif=False):
    name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(FD + name, size)


def wrap(dr, text, f, width):
    out = []
    for para in text.split("\n"):
        words, line = para.split(" "), ""
        for w in words:
            t = (line + " " + w).strip()
            if dr.textlength(t, font=f) <= width:
                line = t
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def render_image(blocks, serif=False):
    im = Image.new("RGB", (PW, PH), "white")
    dr = ImageDraw.Draw(im)
    M = 150
    W = PW - 2 * M
    y = 150
    fs = {"p": font(29, serif=serif), "b": font(29, True, serif), "h": font(33, True, serif),
          "title": font(44, True, serif), "small": font(23, serif=serif), "cell": font(26, serif=serif),
          "cellb": font(26, True, serif)}
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "small"):
            f = fs[k]
            lh = int(f.size * 1.38)
            if k == "h":
                y += 14
            for line in wrap(dr, b[1], f, W):
                dr.text((M, y), line, font=f, fill=(20, 20, 20))
                y += lh
            y += 10 if k != "title" else 20
        elif k == "kv":
            lab = b[1] + ": "
            lw = dr.textlength(lab, font=fs["b"])
            dr.text((M, y), lab, font=fs["b"], fill=(20, 20, 20))
            lines = wrap(dr, b[2], fs["p"], W - lw)
            for line in lines:
                dr.text((M + lw, y), line, font=fs["p"], fill=(20, 20, 20))
                y += 40
            y += 6
        elif k == "kv2":
            dr.text((M, y), b[1], font=fs["b"], fill=(20, 20, 20))
            y += 40
            for line in wrap(dr, b[2], fs["p"], W):
                dr.text((M, y), line, font=fs["p"], fill=(20, 20, 20))
                y += 40
            y += 8
        elif k == "lh":
            for x in b[1]:
                tw = dr.textlength(x, font=fs["small"])
                dr.text((PW - M - tw, y), x, font=fs["small"], fill=(40, 40, 40))
                y += 32
            y += 40
        elif k == "center":
            f = font(int(b[2] * 2.9), b[2] > 12, serif)
            for line in wrap(dr, b[1], f, W):
                tw = dr.textlength(line, font=f)
                dr.text(((PW - tw) / 2, y), line, font=f, fill=(20, 20, 20))
                y += int(f.size * 1.4)
            y += 8
        elif k == "space":
            y += int(b[1] * DPI / 25.4)
        elif k == "table":
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            ws = o.get("widths") or [1.0 / len(rows[0])] * len(rows[0])
            for ri, r in enumerate(rows):
                cells = []
                for ci, c in enumerate(r):
                    bold = (o.get("header") and ri == 0) or (o.get("bold_first_col") and ci == 0) or ri in o.get("bold_rows", ())
                    f = fs["cellb" if bold else "cell"]
                    cells.append((wrap(dr, str(c), f, W * ws[ci] - 20), f))
                h = max(len(c[0]) for c in cells) * 35 + 16
                x = M
                for ci, (lines, f) in enumerate(cells):
                    cw = W * ws[ci]
                    dr.rectangle([x, y, x + cw, y + h], outline=(0, 0, 0), width=2)
                    yy = y + 8
                    for line in lines:
                        dr.text((x + 10, yy), line, font=f, fill=(20, 20, 20))
                        yy += 35
                    x += cw
                y += h
            y += 24
        elif k == "sig":
            label, kind, seed = b[1], b[2], b[3]
            dr.text((M, y + 60), label, font=fs["p"], fill=(20, 20, 20))
            x0 = M + 520
            if kind == "draw":
                for pts in sig_points(seed, 480, 120):
                    dr.line([(x0 + px, y + 120 - py) for px, py in pts], fill=(27, 42, 107), width=4, joint="curve")
            elif kind == "typed":
                dr.text((x0, y + 60), seed, font=fs["p"], fill=(20, 20, 20))
            else:
                dr.text((x0, y + 60), "." * 55, font=fs["p"], fill=(20, 20, 20))
            y += 150
    return im


def photo(im, seed, path):
    r = random.Random(seed)
    ang = r.choice([-1, 1]) * r.uniform(1.0, 3.0)
    table = (r.randint(95, 125), r.randint(80, 100), r.randint(60, 75))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    rot = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=table)
    pad = 110
    bg = Image.new("RGB", (rot.width + 2 * pad, rot.height + 2 * pad), table)
    # soft shadow
    sh = Image.new("L", bg.size, 0)
    ImageDraw.Draw(sh).rectangle([pad + 18, pad + 22, pad + rot.width + 10, pad + rot.height + 14], fill=110)
    sh = sh.filter(ImageFilter.GaussianBlur(18))
    bg = Image.composite(Image.new("RGB", bg.size, (40, 30, 25)), bg, sh)
    mask = Image.new("L", im.size, 255).rotate(ang, expand=True)
    bg.paste(rot, (pad, pad), mask)
    # light gradient (lamp from the top-left)
    grad = Image.new("L", (256, 1))
    for i in range(256):
        grad.putpixel((i, 0), int(255 - i * 0.28))
    grad = grad.resize(bg.size)
    g2 = Image.linear_gradient("L").resize(bg.size).point(lambda v: 255 - int(v * 0.12))
    from PIL import ImageChops
    shade = ImageChops.multiply(grad, g2)
    bg = ImageChops.multiply(bg, Image.merge("RGB", [shade] * 3))
    bg = bg.resize((int(bg.width * 0.9), int(bg.height * 0.9)), Image.LANCZOS)
    if path.lower().endswith(".pdf"):
        bg.save(path, "PDF", resolution=DPI * 0.9, creationDate=FIXED_TIME.timetuple(), modDate=FIXED_TIME.timetuple())
    else:
        bg.save(path, "JPEG", quality=72)


def render(path, blocks, media, seed=0, serif=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if media == "pdf":
        render_pdf(path, blocks, serif)
    elif media == "docx":
        render_docx(path, blocks)
    elif media == "scan":
        photo(render_image(blocks, serif), seed, path)
    elif media == "soffice":
        tmp = path[:-4] + ".docx"
        render_docx(tmp, blocks)
        ok = False
        if shutil.which("soffice"):
            try:
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                                os.path.dirname(path), tmp], check=True, timeout=120,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                ok = os.path.exists(path)
            except Exception:
                ok = False
        if ok:
            os.remove(tmp)
        else:
            if os.path.exists(tmp):
                os.remove(tmp)
            render_pdf(path, blocks, serif)
    else:
        raise ValueError(media)


# ====================================================================== content
SECTIONS = ["casus", "opmerkingen_collegas", "eigen_bijdrage", "leervragen", "leereffect",
            "oordeelsvorming", "initiatief"]
KEYS = ["casus", "opm", "eigen", "vraag", "effect", "oordeel", "init"]

LABELS = {
    "numbered": ["1. Casusbeschrijving", "2. Opmerkingen van de collega's", "3. Mijn eigen bijdrage aan de oplossing",
                 "4. Leervragen", "5. Leereffect voor mijn eigen werk", "6. Eigen afwegingen (oordeelsvorming)",
                 "7. Acties die ik zelf zou ondernemen (initiatief)"],
    "questions": ["Waar ging de casus over?", "Wat gaven mijn collega's mij mee?", "Wat heb ik zelf ingebracht?",
                  "Met welke vraag ging ik naar huis?", "Wat heb ik hiervan geleerd voor mijn eigen werk?",
                  "Welke afwegingen maakte ik zelf?", "Wat zou ik zelf hebben ondernomen?"],
    "grid": ["Casus", "Reacties van de groepsleden", "Eigen inbreng", "Leervraag / leervragen",
             "Leeropbrengst", "Oordeelsvorming", "Initiatief"],
    "caps": ["CASUS", "FEEDBACK VAN COLLEGA'S", "MIJN BIJDRAGE", "LEERVRAGEN", "LEEREFFECT",
             "AFWEGINGEN (OORDEELSVORMING)", "WAT IK ZELF ZOU DOEN (INITIATIEF)"],
    "inline": ["Casusomschrijving", "Inbreng collega's", "Eigen bijdrage", "Leervragen", "Wat neem ik mee",
               "Mijn afwegingen", "Wat had ik zelf ondernomen"],
    "above": ["a. Beschrijving van de casus", "b. Opmerkingen van collega's", "c. Mijn bijdrage aan de oplossing",
              "d. Leervragen", "e. Leereffect", "f. Eigen afwegingen bij het probleem",
              "g. Acties die ik zelf zou hebben ondernomen"],
    "prose": ["De ingebrachte casus. ", "Wat de groep mij teruggaf: ", "Mijn eigen rol in het gesprek: ",
              "Waar ik mee bleef zitten, mijn leervraag: ", "Wat het mij oplevert voor mijn werk: ",
              "Hoe ik zelf de afweging maak: ", "Wat ik zelf had ondernomen: "],
    "email": ["Even kort de casus: ", "Jullie reacties heb ik zo genoteerd: ", "Zelf heb ik het volgende ingebracht: ",
              "Mijn leervraag was: ", "Wat ik eraan overhoud: ", "Mijn eigen afweging: ",
              "Wat ik zelf zou doen: "],
}

INT_A = [  # U1-001 Sanne Hoogendoorn-Claessens
 dict(date="2022-06-14", method="incidentmethode",
      casus="Collega Joris bracht een klant in die na tien maanden Ziektewet elk contact afzegt. Joris voelde zich machteloos en merkte dat hij de klant begon te ontlopen.",
      opm="De groep vroeg vooral wat het afzeggen met Joris zelf deed. Een collega herkende de neiging om dan alleen nog schriftelijk te communiceren.",
      eigen="Ik heb gevraagd wanneer Joris voor het laatst echt nieuwsgierig was naar het verhaal van de klant. Dat bleek lang geleden.",
      vraag="Hoe blijf ik in contact als een klant zich terugtrekt, zonder te gaan duwen?",
      effect="Ik merk dat ik bij afzeggers ook snel in een formele toon schiet. Ik bel nu eerst voordat ik een brief stuur.",
      oordeel="Ik weeg af hoeveel druk nodig is om de verplichtingen helder te houden en hoeveel ruimte de klant nodig heeft. Te vroeg een maatregel aankondigen werkt bij mij averechts.",
      init="Ik zou een huisbezoek hebben voorgesteld op een neutrale plek, met de vraag wat de klant nodig heeft om weer te komen."),
 dict(date="2022-09-06", method="roddelmethode",
      casus="Ik bracht zelf een klant in met een arbeidsconflict die alleen over zijn oude leidinggevende wilde praten. Ik had na drie gesprekken het gevoel dat we niet verder kwamen.",
      opm="Tijdens het roddelen zeiden collega's dat ik misschien te snel naar oplossingen zocht. Ook viel hen op dat ik zelf boos leek op de werkgever.",
      eigen="Ik heb na de roddelronde teruggegeven welke opmerking mij raakte: dat ik partij leek te kiezen. Daar zat wat in.",
      vraag="Hoe bewaak ik mijn neutrale positie als ik het onrecht van een klant herken?",
      effect="Ik benoem nu eerder hardop wat ik waarneem bij mezelf. Dat helpt me om het gesprek terug te brengen naar wat de klant zelf kan doen.",
      oordeel="Ik vond het lastig te kiezen tussen erkenning geven en doorpakken op werkhervatting. Mijn afweging is nu: eerst erkennen, dan expliciet de focus verleggen.",
      init="Ik had eerder een mediationtraject kunnen voorstellen en de klant kunnen vragen wat hij van mij verwachtte."),
 dict(date="2022-11-22", method="vijfstappenmethode",
      casus="Collega Fatima had een klant met een burn-out die na werkhervatting bij een nieuwe werkgever opnieuw uitviel. Fatima twijfelde of zij de plaatsing te snel had doorgezet.",
      opm="De groep gaf aan dat terugval niet automatisch betekent dat de begeleiding fout was. Wel werd gevraagd hoe de klant zelf het tempo had ervaren.",
      eigen="Ik heb mijn eigen ervaring gedeeld met een vergelijkbare klant en hoe ik toen een evaluatiemoment na vier weken heb ingebouwd.",
      vraag="Hoe toets ik of het tempo van de klant zelf komt of door mij wordt bepaald?",
      effect="Ik vraag klanten nu expliciet om het tempo op een schaal van 1 tot 10 te scoren. Dat geeft een gesprek over hun eigen regie.",
      oordeel="Ik moet kiezen tussen de kans op een baan nu en het risico op terugval. Ik laat die afweging vaker bij de klant liggen.",
      init="Ik zou een kort nazorggesprek na vier weken plannen en de klant zelf laten bepalen of het tempo klopt."),
 dict(date="2023-02-14", method="Balintmethode (10 stappen)",
      casus="Ik bracht een klant in die tijdens het gesprek dreigend werd toen ik de mogelijkheid van een maatregel noemde. Ik schrok en heb het gesprek snel beëindigd.",
      opm="Collega's herkenden de schrik en vroegen wat ik op dat moment dacht. Een collega merkte op dat ik in mijn verhaal vooral excuses maakte.",
      eigen="Ik heb uitgelegd dat ik mij verantwoordelijk voelde voor de escalatie. In de groep werd mij duidelijk dat dat gevoel niet helemaal terecht was.",
      vraag="Hoe breng ik slecht nieuws zonder het gesprek te laten escaleren, en hoe zorg ik dan voor mezelf?",
      effect="Ik bereid lastige boodschappen nu voor met één duidelijke zin en ik spreek vooraf met een collega af dat die in de buurt is.",
      oordeel="Mijn afweging was om de veiligheid voor te laten gaan op het afronden van het gesprek. Dat vind ik achteraf nog steeds juist.",
      init="Ik zou de klant een dag later bellen om het gesprek rustig af te ronden en te vragen wat er gebeurde."),
 dict(date="2023-05-09", method="incidentmethode",
      casus="Collega Ruben begeleidde een klant die na een reorganisatie geen passend werk meer had en alle voorstellen afwees als beneden zijn niveau. Ruben raakte geïrriteerd.",
      opm="De groep stelde veel vragen over het verlies dat de klant ervaart. Een collega vroeg Ruben of hij zelf wel eens zo'n verlies had meegemaakt.",
      eigen="Ik heb voorgesteld om het gesprek over passend werk even los te laten en eerst de loopbaan van de klant samen in kaart te brengen.",
      vraag="Hoe ga ik om met mijn eigen irritatie als een klant alles afwijst?",
      effect="Ik zie nu sneller dat afwijzen vaak over verlies gaat. Ik geef dat eerst een plek voordat ik over vacatures begin.",
      oordeel="Ik weeg af tussen het belang van snelle uitstroom en de tijd die rouwverwerking kost. In zo'n geval kies ik voor één extra gesprek.",
      init="Ik zou de klant laten vertellen waar hij trots op is in zijn werk en daar de zoekrichting op baseren."),
 dict(date="2023-09-12", method="roddelmethode",
      casus="Ik bracht een jonge klant in met een Wajong-achtergrond die bij elke werkplek na twee weken stopt. Ik merkte dat ik steeds meer ging regelen in plaats van de klant.",
      opm="Collega's zagen een patroon van redden. Een collega vroeg of ik de klant eigenlijk wel liet mislukken.",
      eigen="Ik heb erkend dat ik de klant wil beschermen en dat ik daardoor zijn eigen stappen overneem.",
      vraag="Hoe geef ik verantwoordelijkheid terug zonder de relatie te verliezen?",
      effect="Ik spreek nu per gesprek af welke actie de klant zelf doet en welke ik doe, en ik schrijf dat samen met de klant op.",
      oordeel="Ik twijfelde tussen meer structuur bieden en meer loslaten. Ik kies nu bewust voor loslaten met duidelijke afspraken.",
      init="Ik zou de klant zelf het gesprek met de werkgever laten voeren, met mij op de achtergrond."),
 dict(date="2024-01-16", method="vijfstappenmethode",
      casus="Collega Ellen had een klant die tijdens het gesprek vertelde over huiselijk geweld. Ellen wist niet of dit binnen haar rol paste en voelde zich er nog dagen door belast.",
      opm="De groep benadrukte dat Ellen goed had geluisterd. Een collega vroeg wat Ellen zelf nodig had gehad na het gesprek.",
      eigen="Ik heb ingebracht hoe ik in zo'n situatie de meldcode gebruik en hoe ik daarna met mijn teammanager spreek om het niet mee naar huis te nemen.",
      vraag="Waar ligt mijn grens als re-integratiebegeleider en hoe bewaak ik die zonder de klant af te wijzen?",
      effect="Ik heb gemerkt dat ik zelf ook weinig nazorg voor mezelf regel. Ik plan nu na zware gesprekken een moment met een collega.",
      oordeel="Ik weeg af tussen doorverwijzen en zelf het gesprek voeren. Veiligheid gaat voor, maar ik wil de klant niet het gevoel geven dat ik afhaak.",
      init="Ik zou de klant direct een warme overdracht naar het sociaal wijkteam aanbieden en zelf contact houden over het werkdeel."),
 dict(date="2024-04-23", method="incidentmethode",
      casus="Ik bracht een klant in die zijn werkgever verweet dat er geen aangepast werk was. De werkgever belde mij om de klant onder druk te zetten, en ik voelde mij klem zitten.",
      opm="Collega's vroegen hoe ik mijn positie aan beide partijen had uitgelegd. Een collega merkte op dat ik de werkgever te veel ruimte gaf.",
      eigen="Ik heb beschreven hoe ik het telefoongesprek met de werkgever had gevoerd en waar ik toegaf terwijl ik dat niet wilde.",
      vraag="Hoe blijf ik onafhankelijk als een werkgever mij wil inzetten als pressiemiddel?",
      effect="Ik leg nu aan het begin van een traject uit wat mijn rol is en wat niet, aan klant én werkgever.",
      oordeel="Mijn afweging was om de relatie met de werkgever goed te houden. Ik zie nu dat dat ten koste ging van het vertrouwen van de klant.",
      init="Ik had een driegesprek moeten voorstellen in plaats van twee losse gesprekken."),
 dict(date="2024-09-10", method="Balintmethode (11 stappen)",
      casus="Collega Mehmet vertelde over een klant die hem sterk deed denken aan zijn eigen vader. Hij merkte dat hij daardoor milder was dan bij andere klanten.",
      opm="De groep waardeerde de openheid. Er werd gevraagd of de klant daar last of juist baat bij had.",
      eigen="Ik heb verteld dat ik zelf ook klanten heb bij wie ik sneller meega en hoe ik dat opmerk aan mijn dossiervoering.",
      vraag="Hoe merk ik eerder dat mijn eigen geschiedenis meespeelt in mijn oordeel over een klant?",
      effect="Ik stel mezelf na elk intakegesprek de vraag: aan wie doet deze klant mij denken?",
      oordeel="Ik vind dat betrokkenheid mag, zolang ik bij de beslissingen dezelfde maatstaf hanteer voor elke klant.",
      init="Ik zou bij twijfel een collega laten meelezen in het dossier voordat ik een besluit neem."),
 dict(date="2025-01-21", method="roddelmethode",
      casus="Ik bracht een klant in die parttime hervatte en daarna niet meer wilde uitbreiden, terwijl de bedrijfsarts meer mogelijkheden zag. Ik ergerde mij aan de houding van de klant.",
      opm="Collega's vroegen waar mijn ergernis vandaan kwam. Een collega merkte op dat ik vooral het resultaat voor ogen had en niet het perspectief van de klant.",
      eigen="Ik heb aangegeven dat ik de druk van mijn productienormen voelde en dat ik dat op de klant afwentelde.",
      vraag="Hoe houd ik mijn eigen resultaatgerichtheid en de motivatie van de klant in balans?",
      effect="Ik bespreek nu eerst wat een uitbreiding voor de klant zelf zou opleveren, voordat ik over de belastbaarheid begin.",
      oordeel="Ik moet kiezen tussen duidelijk zijn over verplichtingen en de klant eigenaar laten. Ik maak die keuze nu bewuster per gesprek.",
      init="Ik zou de klant vragen een eigen opbouwschema te maken en dat met de bedrijfsarts te bespreken."),
 dict(date="2025-05-13", method="vijfstappenmethode",
      casus="Collega Lotte liep vast met een klant die steeds nieuwe klachten meldde zodra werkhervatting concreet werd. Lotte twijfelde aan haar eigen inschatting.",
      opm="De groep vroeg wat Lotte voelde bij elke nieuwe melding. Een collega stelde dat het wantrouwen misschien wederzijds was.",
      eigen="Ik heb gevraagd hoe Lotte de klant zelf zou omschrijven in drie woorden. Dat bleken alle drie negatieve woorden.",
      vraag="Hoe voorkom ik dat mijn beeld van een klant vastloopt in wantrouwen?",
      effect="Ik schrijf na een moeizaam gesprek bewust ook één positieve observatie in mijn aantekeningen.",
      oordeel="Ik vind het lastig om klachten serieus te nemen en tegelijk te blijven sturen op werk. Ik laat medische vragen bij de arts en blijf zelf bij het gedrag.",
      init="Ik zou de klant open vragen wat hem angst geeft bij de hervatting, zonder direct naar de klachten te kijken."),
 dict(date="2025-10-07", method="incidentmethode",
      casus="Ik bracht een casus in over een klant die na een lang traject eindelijk een baan vond, waarna ik het dossier snel afsloot. Een maand later hoorde ik dat het misging en voelde ik me schuldig.",
      opm="Collega's gaven aan dat het afsluiten logisch was. Wel vroegen ze wat ik had kunnen doen om het overgangsmoment beter te begeleiden.",
      eigen="Ik heb verteld dat ik opgelucht was toen het traject klaar was en dat ik daardoor het afscheid weinig aandacht gaf.",
      vraag="Hoe rond ik een traject af zodat de klant weet waar hij terecht kan?",
      effect="Ik plan nu bij elke uitstroom een afsluitend gesprek en geef de klant een kort overzicht mee.",
      oordeel="Ik weeg af tussen de werkdruk en de zorgvuldigheid van het afsluiten. Zorgvuldig afsluiten kost weinig tijd en voorkomt veel.",
      init="Ik zou na zes weken een korte check-in hebben gedaan, telefonisch."),
 dict(date="2026-02-17", method="Balintmethode (10 stappen)",
      casus="Collega Daan bracht een klant in die hem per e-mail overspoelde met berichten, ook 's avonds. Daan voelde zich verplicht om snel te reageren en raakte uitgeput.",
      opm="De groep vroeg naar Daans eigen grenzen. Een collega deelde haar vaste reactietermijn die ze aan elke klant uitlegt.",
      eigen="Ik heb verteld hoe ik in mijn eerste gesprek afspraken maak over bereikbaarheid en dat ik die ook zelf moet naleven.",
      vraag="Hoe stel ik grenzen aan bereikbaarheid zonder dat de klant zich afgewezen voelt?",
      effect="Ik merk dat ik zelf ook 's avonds berichten lees. Ik heb mijn meldingen buiten werktijd uitgezet.",
      oordeel="Ik vind snelle reacties klantvriendelijk, maar het werkt afhankelijkheid in de hand. Voorspelbaarheid vind ik belangrijker dan snelheid.",
      init="Ik zou met de klant één vast belmoment per week afspreken en de e-mails bundelen."),
]

INT_B = [  # U1-002 Ruud van Gorp
 dict(date="2022-11-24", method="incidentmethode",
      casus="Ik bracht een klant in die na een ontslag op staande voet in de WW kwam en mij bij het eerste gesprek uitschold. Ik heb het gesprek voortgezet maar voelde me de rest van de dag onrustig.",
      opm="Collega's vroegen waarom ik niet had ingegrepen. Een collega zag dat ik de boosheid persoonlijk had opgevat.",
      eigen="Ik heb uitgelegd dat ik bang was de klant kwijt te raken als ik een grens trok.",
      vraag="Hoe trek ik een grens en houd ik toch contact?",
      effect="Ik benoem nu vroeg in het gesprek wat ik wel en niet accepteer, rustig en zonder dreigen.",
      oordeel="Ik koos voor doorgaan om de relatie te redden. Achteraf had een korte pauze ons allebei geholpen.",
      init="Ik zou het gesprek onderbreken, de klant tien minuten geven en dan opnieuw beginnen."),
 dict(date="2023-01-26", method="roddelmethode",
      casus="Collega Anouk had een klant in de Ziektewet die zijn arbeidsverleden anders voorstelde dan in de systemen stond. Anouk wist niet of ze hem moest confronteren.",
      opm="De groep besprak vooral hoe Anouk zich voelde bij het vermoeden van onwaarheid. Een collega merkte op dat confronteren ook respect kan zijn.",
      eigen="Ik heb een voorbeeld gegeven van hoe ik in zo'n geval de verschillen neutraal op tafel leg en de klant vraag om toelichting.",
      vraag="Hoe spreek ik een klant aan op tegenstrijdigheden zonder te beschuldigen?",
      effect="Ik merk dat ik zelf ook vaak wacht met confronteren. Ik doe het nu in het eerstvolgende gesprek.",
      oordeel="Ik weeg de relatie af tegen de noodzaak van een juist beeld. Een juist beeld is uiteindelijk ook in het belang van de klant.",
      init="Ik zou de klant het overzicht laten zien en vragen welke gegevens volgens hem niet kloppen."),
 dict(date="2023-04-20", method="vijfstappenmethode",
      casus="Ik bracht een oudere klant in die zei dat niemand hem nog wilde hebben en daarom niet meer solliciteerde. Ik merkte dat ik hem eigenlijk gelijk gaf.",
      opm="Collega's confronteerden me met mijn eigen beeld van oudere werkzoekenden. Eén collega noemde voorbeelden van plaatsingen boven de zestig.",
      eigen="Ik heb toegegeven dat ik minder energie in deze klant stak dan in jongere klanten.",
      vraag="Hoe voorkom ik dat mijn verwachtingen het resultaat van de klant bepalen?",
      effect="Ik zet nu bij elke klant boven de 55 bewust dezelfde instrumenten in als bij anderen.",
      oordeel="Ik wilde realistisch zijn, maar realisme werd bij mij pessimisme. Ik kies nu voor een kleine, haalbare eerste stap.",
      init="Ik zou de klant in contact brengen met een werkgever uit het netwerk die ouderen heeft aangenomen."),
 dict(date="2023-08-31", method="Balintmethode (10 stappen)",
      casus="Collega Bram begeleidde een klant met een verslavingsachtergrond die terugviel. Bram voelde zich verraden omdat hij veel voor de klant had geregeld.",
      opm="De groep herkende het gevoel van teleurstelling. Er werd gevraagd of Bram meer verantwoordelijkheid had gevoeld dan bij zijn rol hoort.",
      eigen="Ik heb gedeeld dat ik dat gevoel ken en dat ik toen met mijn teamleider heb gesproken om het los te laten.",
      vraag="Hoe houd ik betrokkenheid zonder me persoonlijk verantwoordelijk te voelen voor een terugval?",
      effect="Ik vraag mezelf bij elke extra actie af: doe ik dit voor de klant of voor mijn eigen gevoel?",
      oordeel="Ik vind dat extra inzet mag, maar niet als het de eigen regie van de klant vervangt.",
      init="Ik zou met de klant en de verslavingszorg een gezamenlijk plan maken met duidelijke taken."),
 dict(date="2023-12-14", method="incidentmethode",
      casus="Ik bracht een klant in die mij na een negatief besluit in een klacht persoonlijk aanviel. Ik was gekwetst en werd in volgende gesprekken heel formeel.",
      opm="Collega's zagen dat mijn formele toon het contact nog stroever maakte. Een collega vroeg of ik het besluit zelf wel uitlegbaar vond.",
      eigen="Ik heb uitgelegd dat ik het besluit verdedigbaar vond, maar dat ik het slecht had toegelicht.",
      vraag="Hoe herstel ik het contact na een klacht zonder mijn besluit te verloochenen?",
      effect="Ik bespreek nu een besluit altijd eerst mondeling voordat de brief verstuurd wordt.",
      oordeel="Ik weeg af tussen zakelijk blijven en persoonlijk contact. Zakelijkheid bleek hier afstand.",
      init="Ik zou de klant uitnodigen voor een gesprek over de klacht, samen met mijn teamleider."),
 dict(date="2024-03-21", method="roddelmethode",
      casus="Collega Sevda vertelde over een klant met een taalachterstand die alles beaamde en daarna niets deed. Sevda twijfelde of de klant de afspraken wel begreep.",
      opm="De groep stelde vragen over hoe Sevda checkte of de boodschap was overgekomen. Een collega noemde de terugvraagmethode.",
      eigen="Ik heb voorgesteld om afspraken met pictogrammen en korte zinnen op papier mee te geven.",
      vraag="Hoe controleer ik of mijn uitleg echt begrepen wordt?",
      effect="Ik laat klanten nu aan het eind in hun eigen woorden herhalen wat we hebben afgesproken.",
      oordeel="Ik vond dat ik tempo moest houden, maar tempo zonder begrip levert niets op. Ik neem nu meer tijd voor het afsluitende deel.",
      init="Ik zou een tolk of taalmaatje inschakelen bij het volgende gesprek."),
 dict(date="2024-07-04", method="vijfstappenmethode",
      casus="Ik bracht een klant in die in een proefplaatsing goed functioneerde, maar de werkgever bood geen contract aan. De klant gaf mij de schuld en ik voelde me tekortschieten.",
      opm="Collega's wezen erop dat ik geen invloed had op het besluit van de werkgever. Wel vroegen ze hoe ik de verwachtingen vooraf had besproken.",
      eigen="Ik heb verteld dat ik de kans op een contract te rooskleurig had voorgesteld om de klant te motiveren.",
      vraag="Hoe motiveer ik een klant zonder verwachtingen te wekken die ik niet kan waarmaken?",
      effect="Ik bespreek nu vooraf met klant en werkgever wat het vervolg na een proefplaatsing kan zijn.",
      oordeel="Motiveren en eerlijk zijn stonden voor mij tegenover elkaar. Ik kies nu voor eerlijkheid en zoek motivatie in de ervaring zelf.",
      init="Ik zou de werkgever vooraf schriftelijk laten aangeven onder welke voorwaarden een contract mogelijk is."),
 dict(date="2024-11-14", method="Balintmethode (11 stappen)",
      casus="Collega Kim werd door een klant gevraagd om een gunstig verslag te schrijven in ruil voor een goede beoordeling in de klanttevredenheidsmeting. Kim lachte het weg maar bleef ermee zitten.",
      opm="De groep vroeg waarom Kim het weglachte. Een collega zei dat humor soms een manier is om ongemak te vermijden.",
      eigen="Ik heb gedeeld hoe ik zulke opmerkingen direct benoem en daarna gewoon verder ga met het gesprek.",
      vraag="Hoe reageer ik op een ongepast verzoek zonder de sfeer te verpesten?",
      effect="Ik merk dat ik zelf ook liever lach dan benoem. Ik oefen nu met één rustige zin die ik dan gebruik.",
      oordeel="Ik vind integriteit belangrijker dan een prettige sfeer, maar de toon bepaalt of het contact blijft.",
      init="Ik zou het verzoek benoemen, uitleggen waarom ik daar niet op inga, en het vastleggen in het dossier."),
 dict(date="2025-03-20", method="incidentmethode",
      casus="Ik bracht een klant in die tijdens de intake in huilen uitbarstte. Ik voelde me ongemakkelijk en ging snel over op praktische zaken.",
      opm="Collega's vroegen wat ik op dat moment voelde. Een collega merkte op dat stilte ook een interventie is.",
      eigen="Ik heb erkend dat ik emoties snel wil oplossen en dat ik mij daardoor niet goed afstem.",
      vraag="Hoe blijf ik aanwezig bij emoties van een klant zonder meteen te willen oplossen?",
      effect="Ik laat nu bewust een stilte vallen en vraag pas daarna wat de klant nodig heeft.",
      oordeel="Ik weeg af tussen de tijd van het gesprek en de ruimte voor emotie. Ik plan intakes nu ruimer in.",
      init="Ik zou het gesprek hebben onderbroken voor een kop koffie en daarna gevraagd wat er speelde."),
 dict(date="2025-09-18", method="roddelmethode",
      casus="Collega Thijs had een klant die hem telkens vergeleek met zijn vorige klantmanager. Thijs voelde zich ondermijnd en ging harder zijn best doen.",
      opm="De groep zag dat Thijs zich liet leiden door de vergelijking. Een collega vroeg wat Thijs anders deed dan zijn voorganger.",
      eigen="Ik heb voorgesteld om de vergelijking openlijk te bespreken met de klant.",
      vraag="Hoe ga ik om met verwachtingen die een klant heeft van een vorige begeleider?",
      effect="Ik bespreek nu bij overgedragen dossiers in het eerste gesprek wat de klant van mij verwacht.",
      oordeel="Ik vind het belangrijk mijn eigen stijl te houden, ook als dat de klant eerst tegenvalt.",
      init="Ik zou een overdrachtsgesprek met de vorige klantmanager en de klant samen voorstellen."),
 dict(date="2026-02-12", method="vijfstappenmethode",
      casus="Ik bracht een klant in die graag een opleiding wilde volgen die ik weinig kansrijk vond. Ik merkte dat ik het gesprek stuurde naar mijn eigen voorkeur.",
      opm="Collega's vroegen waarom ik de opleiding weinig kansrijk vond. Een collega stelde voor om de klant zelf arbeidsmarktinformatie te laten verzamelen.",
      eigen="Ik heb toegelicht dat ik bang was voor een mislukt traject en het budget.",
      vraag="Hoe laat ik ruimte voor de wens van de klant als ik er zelf niet in geloof?",
      effect="Ik vraag klanten nu om zelf drie vacatures te zoeken die bij hun wens passen, voordat we beslissen.",
      oordeel="Ik moet kiezen tussen mijn deskundigheid inbrengen en de keuze bij de klant laten. Ik deel mijn twijfel nu hardop en laat de klant reageren.",
      init="Ik zou een oriëntatiegesprek bij de opleider laten plannen en de uitkomst samen bespreken."),
 dict(date="2026-06-11", method="incidentmethode",   # will lose 'effect' (INT-SECTIONS)
      casus="Collega Nadia vertelde over een klant die tijdens de begeleiding zwanger bleek en zich schaamde om het te vertellen. Nadia voelde zich overvallen en wist niet hoe ze het traject moest bijstellen.",
      opm="De groep vroeg hoe Nadia had gereageerd in het gesprek zelf. Een collega merkte op dat de klant waarschijnlijk bang was voor gevolgen.",
      eigen="Ik heb ingebracht dat ik in zo'n geval eerst feliciteer en dan pas samen kijk naar planning en mogelijkheden.",
      vraag="Hoe zorg ik dat een klant zich veilig genoeg voelt om belangrijke veranderingen te melden?",
      effect="",
      oordeel="Ik weeg af tussen het plan dat er ligt en de nieuwe situatie. Het plan moet dienen, niet knellen.",
      init="Ik zou het trajectplan samen met de klant herschrijven met een realistische tijdslijn."),
]

CASUISTIEK_B = dict(date="2025-06-26", method="casusbespreking",
      casus="Dossier van een ZW-klant met een eerstejaars ZW-beoordeling (EZWb). De vraag van de ingebrachte casus was of alle stappen tijdig en volgens het werkproces zijn doorlopen.",
      opm="De groep heeft de tijdlijn naast het werkproces gelegd. Vastgesteld is dat het plan van aanpak binnen de termijn is opgesteld en dat de probleemanalyse aanwezig was.",
      eigen="Ik heb gecontroleerd of de rapportage van de verzekeringsarts in het dossier was opgenomen. Dit was het geval.",
      vraag="Is de termijn voor de EZWb correct bewaakt? Is de juiste code in het systeem gebruikt?",
      effect="De groep concludeert dat de procedure correct is gevolgd. Het werkproces is nog eens doorgenomen.",
      oordeel="Volgens het werkproces Arbeidsgeschiktheid was een arbeidsdeskundig onderzoek in dit stadium niet verplicht.",
      init="Actiepunt: de checklist EZWb wordt aan het teamoverleg toegevoegd. Verantwoordelijke: teamleider.")


# -------------------------------------------------- ervaringsverklaring texts
COMPS = ["Klantgerichtheid", "Resultaatgerichtheid", "Samenwerken", "Oordeelsvorming", "Initiatief",
         "Netwerken", "Coachen", "Organiseren eigen werk"]
# per competency: 3 STARR examples (S,T,A,R,Refl), 4 strong points, 2 development points
EXP = {
 "Klantgerichtheid": ([
   ("Een klant met angstklachten durfde niet naar het UWV-kantoor te komen.", "Ik moest het eerste gesprek toch goed laten verlopen.", "Ik stelde een videogesprek voor en stuurde vooraf de vragen op.", "De klant kwam daarna wel naar kantoor.", "Ik pas mijn werkwijze vaker aan de klant aan dan vroeger."),
   ("Een klant begreep de brieven over zijn Ziektewet-uitkering niet.", "Ik wilde dat hij zijn verplichtingen kende.", "Ik heb de brief samen met hem regel voor regel doorgelopen.", "Hij leverde daarna alles op tijd aan.", "Ik check nu eerder of informatie begrepen is."),
   ("Een klant belde boos omdat zijn uitkering later kwam.", "Ik was niet verantwoordelijk voor de betaling, maar wel zijn aanspreekpunt.", "Ik heb uitgezocht waar het vastzat en hem dezelfde dag teruggebeld.", "De klant was gerustgesteld en het contact bleef goed.", "Ik merk dat terugbellen op een afgesproken tijd veel onrust wegneemt."),
  ], ["ik luister goed en vat samen", "ik ben goed bereikbaar", "ik leg regels begrijpelijk uit", "ik blijf rustig bij boosheid"],
  ["ik ga soms te ver mee in de wensen van de klant", "ik mag strakker zijn in het afspreken van termijnen"]),
 "Resultaatgerichtheid": ([
   ("Mijn caseload had veel dossiers zonder actueel plan.", "Ik wilde binnen een kwartaal elk dossier een actueel plan geven.", "Ik heb een planning per week gemaakt en de oudste dossiers eerst opgepakt.", "Na tien weken had elk dossier een actueel plan.", "Een eenvoudige planning werkt voor mij beter dan uitstel."),
   ("Een klant zat al lang zonder zicht op werk in de WW.", "Ik wilde uitstroom bereiken voor het einde van de uitkering.", "Ik heb een werkfit-traject ingezet en wekelijks de voortgang gevolgd.", "De klant vond binnen vier maanden een baan.", "Ik zie dat korte evaluatiemomenten het tempo hoog houden."),
   ("Ons team haalde de norm voor tijdige probleemanalyses niet.", "Ik kreeg de taak om te onderzoeken waar het vastliep.", "Ik heb de doorlooptijden geanalyseerd en een werkafspraak voorgesteld.", "Het percentage tijdige analyses steeg fors.", "Ik vind het prettig om resultaten met cijfers te onderbouwen."),
  ], ["ik houd doelen vast", "ik volg de voortgang goed", "ik rond af wat ik begin", "ik maak concrete afspraken"],
  ["ik let soms te weinig op het tempo van de klant", "ik mag vaker tussentijds evalueren"]),
 "Samenwerken": ([
   ("Een klant had tegelijk contact met de gemeente en met mij.", "Ik wilde dubbel werk voorkomen.", "Ik heb een overleg georganiseerd met de consulent van de gemeente.", "We werkten daarna met één plan.", "Samenwerken vraagt dat ik ook mijn eigen plan durf los te laten."),
   ("De verzekeringsarts en ik hadden een verschillend beeld van een klant.", "Ik moest tot een gezamenlijke aanpak komen.", "Ik heb een kort overleg gepland en onze waarnemingen naast elkaar gelegd.", "We kwamen tot één advies aan de klant.", "Ik stel me nu eerder open op voor een ander perspectief."),
   ("Een nieuwe collega had moeite met de systemen.", "Ik bood aan haar in te werken.", "Ik ben drie weken lang dagelijks een half uur met haar gaan zitten.", "Zij werkt nu zelfstandig.", "Ik leer zelf ook van de vragen die nieuwe collega's stellen."),
  ], ["ik deel kennis", "ik ben betrouwbaar in afspraken", "ik zoek actief contact met ketenpartners", "ik help collega's bij drukte"],
  ["ik kan collega's eerder om hulp vragen", "ik mag in teamoverleg vaker mijn mening geven"]),
 "Oordeelsvorming": ([
   ("Een klant weigerde een passende functie met het argument dat de reistijd te lang was.", "Ik moest beoordelen of dit een verwijtbare weigering was.", "Ik heb de reistijd nagerekend en de regels erbij gepakt.", "Ik kwam tot een onderbouwd besluit dat stand hield.", "Ik neem nu eerst de feiten, dan pas mijn gevoel."),
   ("Een werkgever wilde een klant niet terugnemen na ziekte.", "Ik moest inschatten of de re-integratie-inspanningen voldoende waren.", "Ik heb het dossier doorgenomen en met de arbeidsdeskundige overlegd.", "We adviseerden een loonsanctie niet, maar wel een aanvullende inspanning.", "Overleg voor een besluit maakt mijn oordeel sterker."),
   ("Een klant gaf tegenstrijdige informatie over zijn beschikbaarheid.", "Ik moest bepalen of er sprake was van een verwijtbare gedraging.", "Ik heb de klant gehoord en de gegevens gecontroleerd.", "Er bleek een misverstand; geen maatregel nodig.", "Hoor en wederhoor voorkomt onterechte besluiten."),
  ], ["ik onderbouw besluiten goed", "ik weeg belangen zorgvuldig", "ik ken de regelgeving", "ik durf een standpunt in te nemen"],
  ["ik neem soms te veel tijd voor een besluit", "ik mag mijn afwegingen beter vastleggen"]),
 "Initiatief": ([
   ("In onze regio ontbrak een overzicht van werkfit-aanbieders.", "Niemand had de opdracht om dit te maken.", "Ik heb zelf een overzicht gemaakt en gedeeld op de teamsite.", "Collega's gebruiken het dagelijks.", "Ik merk dat ik energie krijg van dit soort verbeteringen."),
   ("Een klant kwam niet verder omdat hij geen rijbewijs had.", "Dit viel buiten het standaardtraject.", "Ik heb contact gezocht met een gemeentelijk fonds voor een bijdrage.", "De klant haalde zijn rijbewijs en vond werk als bezorger.", "Buiten de gebaande paden kijken levert soms veel op."),
   ("Het intervisierooster van ons team was steeds onduidelijk.", "Ik wilde dat iedereen zijn intervisieverplichting kon halen.", "Ik heb een jaarplanning gemaakt en een vaste voorzitter per keer geregeld.", "De opkomst is sterk gestegen.", "Ik pak organisatorische dingen makkelijk op."),
  ], ["ik zie kansen", "ik pak dingen zelf op", "ik kom met voorstellen", "ik wacht niet af"],
  ["ik neem soms te veel hooi op mijn vork", "ik mag eerst afstemmen voordat ik begin"]),
 "Netwerken": ([
   ("Ik kende weinig werkgevers in de logistiek.", "Voor mijn klanten was dat wel een kansrijke sector.", "Ik heb een netwerkbijeenkomst van het werkgeversservicepunt bezocht.", "Twee klanten konden daarna op gesprek.", "Netwerken levert op als ik het gericht doe."),
   ("Een klant had specialistische hulp nodig bij schulden.", "Ik wilde snel de juiste hulp vinden.", "Ik heb mijn contacten bij de gemeente benaderd.", "Binnen een week had de klant een intake bij de schuldhulp.", "Een goed onderhouden sociale kaart scheelt veel tijd."),
   ("De samenwerking met een re-integratiebedrijf liep stroef.", "Ik wilde de lijnen korter maken.", "Ik heb de accountmanager uitgenodigd voor een kennismaking.", "We hebben nu maandelijks kort overleg.", "Persoonlijk contact maakt samenwerking makkelijker."),
  ], ["ik leg makkelijk contact", "ik onderhoud mijn contacten", "ik ken de sociale kaart", "ik schakel snel de juiste partij in"],
  ["ik mag mijn netwerk beter bijhouden", "ik kan vaker bijeenkomsten bezoeken"]),
 "Coachen": ([
   ("Een klant had weinig zelfvertrouwen na een lange ziekteperiode.", "Ik wilde dat hij zelf weer stappen zette.", "Ik heb met kleine opdrachten gewerkt en successen benoemd.", "Hij solliciteerde na twee maanden zelfstandig.", "Kleine stappen werken beter dan grote plannen."),
   ("Een klant wist niet welk werk hij nog kon doen.", "Ik moest hem helpen zijn mogelijkheden te ontdekken.", "Ik heb met open vragen en een interessetest gewerkt.", "Hij koos zelf voor een omscholing.", "Ik laat de klant vaker zelf het antwoord vinden."),
   ("Een klant stelde alles uit.", "Ik wilde hem helpen met structuur.", "We maakten samen een weekschema en ik belde hem wekelijks kort.", "Hij hield zich aan het schema.", "Structuur geven kan zonder het over te nemen."),
  ], ["ik stel goede vragen", "ik motiveer", "ik geef ruimte aan de klant", "ik benoem vooruitgang"],
  ["ik geef soms te snel advies", "ik mag vaker stiltes laten vallen"]),
 "Organiseren eigen werk": ([
   ("Ik had een grote caseload en veel spoedvragen.", "Ik moest mijn werk beter plannen.", "Ik heb vaste blokken voor dossierwerk in mijn agenda gezet.", "Ik haal mijn termijnen nu consequent.", "Planning geeft mij rust."),
   ("Tijdens de vakantieperiode nam ik dossiers van collega's waar.", "Ik moest het overzicht houden.", "Ik heb een overdrachtslijst gemaakt met prioriteiten.", "Geen enkele termijn is verlopen.", "Een lijst maken kost tijd maar wint meer tijd."),
   ("Mijn mailbox liep vol.", "Ik wilde sneller reageren zonder de hele dag te mailen.", "Ik lees nu twee keer per dag mijn mail en werk met mappen.", "Mijn reactietijd is korter geworden.", "Vaste momenten werken voor mij."),
  ], ["ik plan goed", "ik houd overzicht", "ik stel prioriteiten", "ik kom afspraken na"],
  ["ik kan beter nee zeggen", "ik mag vaker pauze nemen"]),
}


# ====================================================================== dossier
class Dossier:
    def __init__(self, cid, name, scheme, app_date, email):
        self.cid, self.name, self.scheme, self.app = cid, name, scheme, d(app_date)
        self.email = email
        a = self.app
        try:
            self.ref_start = a.replace(year=a.year - 4)
        except ValueError:
            self.ref_start = a.replace(year=a.year - 4, day=28)
        self.docs, self.fields, self.findings, self.allowed, self.ints = [], [], [], [], []
        self.acts = []
        self.root = os.path.join(COHORT, cid)

    def p(self, rel):
        return os.path.join(self.root, rel)

    def doc(self, rel, doc_type, sig="*"):
        self.docs.append((f"{self.cid}/{rel}", doc_type, sig))
        return f"{self.cid}/{rel}"

    def f(self, rel, field, value):
        self.fields.append((f"{self.cid}/{rel}", field, value))

    def finding(self, code, rel=""):
        self.findings.append((code, f"{self.cid}/{rel}" if rel else ""))

    def allow(self, code, rel=""):
        self.allowed.append((code, f"{self.cid}/{rel}" if rel else ""))

    def in_period(self, s):
        return self.ref_start <= d(s) <= self.app


def pe_of(A, B):
    return round(min((A + B) / 2.0, 4.0) + 1e-9, 2)


# ------------------------------------------------------------ intervision blocks
def int_blocks(D, rec, layout, group, fmt_date, sent=None):
    secs = [rec.get(k, "") for k in KEYS]
    L = LABELS[layout]
    date_txt = fmt_date(rec["date"])
    b = []
    if layout == "numbered":
        b += [("title", "Intervisieverslag"), ("kv", "Naam", D.name), ("kv", "Datum bijeenkomst", date_txt),
              ("kv", "Intervisiegroep", group), ("kv", "Gebruikte methode", rec["method"])]
        for lab, s in zip(L, secs):
            if s:
                b += [("h", lab), ("p", s)]
    elif layout == "questions":
        b += [("title", "Mijn verslag van de intervisie"),
              ("p", f"{D.name} · {group} · bijeenkomst van {date_txt} · methode: {rec['method']}")]
        for lab, s in zip(L, secs):
            if s:
                b += [("h", lab), ("p", s)]
    elif layout == "grid":
        b += [("title", "Opgaveformulier intervisiemoment"),
              ("table", [["Deelnemer", D.name], ["Datum", date_txt], ["Groep", group], ["Werkvorm", rec["method"]]]
               + [[lab, s] for lab, s in zip(L, secs) if s], {"widths": [0.3, 0.7], "bold_first_col": True})]
    elif layout == "caps":
        b += [("title", "VERSLAG INTERVISIE"), ("kv", "Datum", date_txt), ("kv", "Verslaglegging door", D.name),
              ("kv", "Groep / methode", f"{group} / {rec['method']}")]
        for lab, s in zip(L, secs):
            if s:
                b += [("h", lab), ("p", s)]
    elif layout == "inline":
        b += [("title", "Intervisie – persoonlijk verslag"), ("kv", "Datum intervisie", date_txt),
              ("kv", "Naam", D.name), ("kv", "Groep", group), ("kv", "Methode", rec["method"]), ("space", 3)]
        for lab, s in zip(L, secs):
            if s:
                b.append(("kv", lab, s))
    elif layout == "above":
        rows = [["Naam deelnemer: " + D.name + "\nDatum intervisiemoment: " + date_txt + "\nGroep: " + group + " (" + rec["method"] + ")"]]
        for lab, s in zip(L, secs):
            if s:
                rows += [[lab], [s]]
        b += [("title", "Bijlage 5 – verslag intervisiemoment"),
              ("table", rows, {"widths": [1.0], "bold_rows": tuple(range(1, len(rows), 2))})]
    elif layout == "prose":
        b += [("h", f"Intervisie {date_txt} – {group}"), ("small", f"Verslag: {D.name}, methode {rec['method']}")]
        for lab, s in zip(L, secs):
            if s:
                b.append(("p", lab + s))
    elif layout == "email":
        b += [("kv", "Van", f"{D.name} <{D.email}>"), ("kv", "Aan", "intervisiegroep (BCC)"),
              ("kv", "Verzonden", sent), ("kv", "Onderwerp", f"Mijn verslag intervisie van {date_txt}"), ("space", 4),
              ("p", "Beste collega's,"),
              ("p", f"Zoals afgesproken hierbij mijn persoonlijke verslag van onze intervisie van {date_txt} "
                    f"({rec['method']}).")]
        for lab, s in zip(L, secs):
            if s:
                b.append(("p", lab + s))
        b += [("p", "Dank weer voor jullie openheid. Tot de volgende keer!"), ("p", "Groet,\n" + D.name.split()[0])]
    return b


# ------------------------------------------------------------ opgaveformulier blocks
def form_blocks(D, a, layout):
    rows = [("Datum activiteit", a["date_txt"]), ("Titel activiteit", a["title"]), ("Organisator / aanbieder", a["org"]),
            ("Soort activiteit", a["kind_txt"]),
            ("A. Tijd aanwezigheid (excl. pauze & inloop)", a["A_txt"]), ("B. Tijd voorbereiding / zelfstudie", a["B_txt"]),
            ("C. Totaal aantal uren (A + B)", a["C_txt"]), ("Aantal PE-punten (C / 2, max. 4)", a["PE_txt"])]
    head = [("kv", "Naam kandidaat", D.name)]
    if layout == "stacked":
        b = [("title", "Opgaveformulier activiteit vakontwikkeling")] + [("kv2", D.name and "Naam", D.name)]
        b += [("kv2", l, v) for l, v in rows]
    elif layout == "inline":
        b = [("title", "Bijlage 4 · Opgave activiteit")] + head + [("kv", l, v) for l, v in rows]
    elif layout == "grid":
        b = [("h", "OPGAVEFORMULIER PER ACTIVITEIT (bijlage 4)"),
             ("table", [["Kandidaat", D.name]] + [[l, v] for l, v in rows], {"widths": [0.45, 0.55], "bold_first_col": True})]
    elif layout == "gridtop":
        b = [("title", "Opgave vakontwikkeling"), ("p", f"Ingevuld door {D.name}"),
             ("table", [["Datum", "Activiteit", "Organisator", "Soort"], [a["date_txt"], a["title"], a["org"], a["kind_txt"]]],
              {"header": True, "widths": [0.18, 0.4, 0.27, 0.15]}),
             ("table", [["A aanwezig (excl. pauze/inloop)", "B voorbereiding", "C = A + B", "PE (C/2, max 4)"],
                        [a["A_txt"], a["B_txt"], a["C_txt"], a["PE_txt"]]], {"header": True})]
    if a.get("note"):
        b.append(("p", a["note"]))
    return b


def acroform_form(path, D, a):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setFont("DVB", 14)
    c.drawString(20 * mm, 275 * mm, "Opgaveformulier per activiteit voor vakontwikkeling")
    c.setFont("DV", 8)
    c.drawString(20 * mm, 269 * mm, "Hercertificering klantmanager re-integratie – bijlage 4 (digitaal invulbaar)")
    items = [("naam", "Naam", D.name), ("datum", "Datum", a["date_txt"]), ("titel", "Titel", a["title"]),
             ("organisator", "Organisator", a["org"]), ("soort", "Soort activiteit", a["kind_txt"]),
             ("uren_a", "A  Tijd aanwezigheid (excl. pauze & inloop)", a["A_txt"]),
             ("uren_b", "B  Tijd voorbereiding/zelfstudie", a["B_txt"]),
             ("uren_c", "C  Totaal aantal uren = A + B", a["C_txt"]),
             ("pe", "Aantal PE-punten activiteit (max. 4) = C / 2", a["PE_txt"])]
    y = 255 * mm
    for name, label, val in items:
        c.setFont("DV", 9)
        c.drawString(20 * mm, y + 2 * mm, label)
        c.acroForm.textfield(name=name, value=val, x=100 * mm, y=y, width=90 * mm, height=7 * mm,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 12 * mm
    c.showPage()
    c.save()


# ------------------------------------------------------------ proof blocks
def proof_blocks(D, a):
    k = a["proof"]
    dt_ = nl_date(a["date"])
    if k == "cert_centered":
        return [("space", 25), ("center", a["org"], 11), ("space", 10), ("center", "CERTIFICAAT", 24),
                ("space", 8), ("center", D.name, 18), ("space", 4), ("center", a["title"], 13),
                ("center", dt_, 12), ("center", a.get("proof_dur", ""), 12), ("space", 18),
                ("sig", "Namens de opleider", "draw", a["org"] + "dir"), ("small", a.get("proof_extra", ""))]
    if k == "cert_labels":
        return [("lh", [a["org"], "Afdeling Opleidingsadministratie"]), ("title", "Bewijs van deelname"),
                ("table", [["Deelnemer", D.name], ["Programma", a["title"]], ["Datum", a["date_dmy"]],
                           ["Duur (contacturen)", a["proof_dur"]], ["Registratienummer", a["proof_ref"]]],
                 {"widths": [0.35, 0.65], "bold_first_col": True}),
                ("p", "Dit bewijs is automatisch aangemaakt na registratie van de aanwezigheid."),
                ("sig", "Handtekening trainer", "draw", a["org"] + a["title"])]
    if k == "congress":
        return [("lh", [a["org"], "Postbus 1402, 3500 BK Utrecht"]), ("title", "Bevestiging van aanwezigheid"),
                ("p", f"Hierbij bevestigen wij dat {D.name} op {dt_} aanwezig was op het {a['title']}."),
                ("p", f"Het inhoudelijke programma (plenaire sessies en twee deelsessies) had een netto duur van {a['proof_dur']}, "
                      "exclusief ontvangst, lunch en netwerkborrel."),
                ("p", "Met vriendelijke groet,"), ("sig", "Congresbureau", "draw", "congres" + a["id"]),
                ("small", "Deze bevestiging kan worden gebruikt als bewijs voor permanente educatie.")]
    if k == "elearning":
        return [("center", a["org"], 12), ("space", 8), ("center", "Certificaat e-learning", 20), ("space", 6),
                ("table", [["Cursist", D.name], ["Module", a["title"]], ["Status", "Afgerond (alle toetsen behaald)"],
                           ["Datum afronding", a["date_dmy"]], ["Studiebelasting", a["proof_dur"]]],
                 {"widths": [0.35, 0.65], "bold_first_col": True}),
                ("small", f"Certificaatcode {a['proof_ref']} – controleerbaar via de leeromgeving.")]
    if k == "teamleader":
        return [("lh", ["UWV", a["org"], a["proof_place"]]), ("title", "Verklaring deelname vakoverleg"),
                ("p", f"Ondergetekende, {a['tl_name']}, {a['tl_role']}, verklaart dat {D.name} op {dt_} heeft "
                      f"deelgenomen aan het gestructureerde vakoverleg '{a['title']}'. Het overleg werd gehouden van "
                      f"{a['proof_dur']} en had een vaste agenda met casusbespreking en een inhoudelijke presentatie."),
                ("p", f"{a['proof_place']}, {nl_date(a.get('proof_letter', a['date']))}"),
                ("sig", "Paraaf / handtekening", "draw", a["tl_name"])]
    if k == "letter":
        return [("lh", [a["org"], "Ringbaan-Oost 200", "5013 CD Tilburg"]),
                ("p", f"{D.name}\n{D.addr1}\n{D.addr2}"), ("space", 6),
                ("p", f"Tilburg, {nl_date(a['proof_letter'])}"), ("p", "Betreft: bewijs van deelname"),
                ("p", f"Geachte {D.salut},"),
                ("p", f"Graag bevestigen wij dat u op {dt_} heeft deelgenomen aan '{a['title']}'. "
                      f"{a['proof_dur']}"),
                ("p", "Wij danken u voor uw deelname en wensen u veel succes met de toepassing in uw praktijk."),
                ("p", "Met vriendelijke groet,"), ("sig", "", "draw", "letter" + a["id"]),
                ("p", a["proof_signer"])]
    if k == "email":
        return [("kv", "Van", a["proof_from"]), ("kv", "Aan", D.email), ("kv", "Datum", a["proof_sent"]),
                ("kv", "Onderwerp", a["proof_subject"]), ("space", 4)] + [("p", x) for x in a["proof_body"]]
    if k == "list":
        rows = [["Nr", "Naam", "Organisatie", "Paraaf"]]
        for i, (nm, org) in enumerate(a["list_names"], 1):
            rows.append([str(i), nm, org, "✓" if nm != "" else ""])
        return [("title", "Presentielijst"), ("kv", "Bijeenkomst", a["title"]), ("kv", "Datum", a["date_dmy"]),
                ("kv", "Tijd", a["proof_dur"]), ("kv", "Locatie / organisatie", a["org"]),
                ("table", rows, {"header": True, "widths": [0.08, 0.37, 0.35, 0.2]}),
                ("sig", "Voor akkoord, trainer/voorzitter", "draw", "list" + a["id"])]
    raise ValueError(k)


# ------------------------------------------------------------ common documents
OVEREENKOMST_ART = [
    ("Artikel 1 – Onderwerp", "Hobéon SKO beoordeelt of de kandidaat voldoet aan de eisen voor hercertificering als klantmanager discipline re-integratie en neemt daarover een certificatiebeslissing."),
    ("Artikel 2 – Verplichtingen kandidaat", "De kandidaat levert een volledig en naar waarheid ingevuld dossier aan en meldt wijzigingen die van invloed zijn op de certificering."),
    ("Artikel 3 – Vertrouwelijkheid", "Alle ingezonden documenten worden vertrouwelijk behandeld en uitsluitend gebruikt voor de beoordeling."),
    ("Artikel 4 – Bezwaar", "Tegen een certificatiebeslissing kan de kandidaat binnen zes weken bezwaar maken volgens het bezwaarreglement."),
    ("Artikel 5 – Indienen", "Met de ondertekening van deze overeenkomst dient de kandidaat de aanvraag tot hercertificering in."),
]


def overeenkomst_blocks(D, place, sigkind):
    b = [("title", "Certificatieovereenkomst hercertificering"),
         ("p", f"De ondergetekenden: Hobéon SKO, hierna te noemen de certificerende instelling, en {D.name}, "
               f"wonende te {D.city}, hierna te noemen de kandidaat, komen het volgende overeen.")]
    for h, t in OVEREENKOMST_ART:
        b += [("h", h), ("p", t)]
    b += [("space", 4), ("kv", "Plaats en datum", f"{place}, {nl_date(D.app.isoformat())}"),
          ("sig", "Handtekening kandidaat", sigkind, D.name)]
    return b


def acro_overeenkomst(path, D, place):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = rl_canvas.Canvas(path, pagesize=A4)
    y = 275 * mm
    c.setFont("DVB", 14)
    c.drawString(20 * mm, y, "CERTIFICATIEOVEREENKOMST")
    y -= 7 * mm
    c.setFont("DV", 9)
    c.drawString(20 * mm, y, "Hercertificering Klantmanagers discipline re-integratie – Hobéon SKO")
    y -= 12 * mm
    for h, t in OVEREENKOMST_ART:
        c.setFont("DVB", 10)
        c.drawString(20 * mm, y, h)
        y -= 5 * mm
        c.setFont("DV", 9)
        line = ""
        for w in t.split():
            if pdfmetrics.stringWidth(line + " " + w, "DV", 9) > 170 * mm:
                c.drawString(20 * mm, y, line.strip())
                y -= 4.5 * mm
                line = ""
            line += " " + w
        c.drawString(20 * mm, y, line.strip())
        y -= 9 * mm
    y -= 5 * mm
    for name, label, val in [("naam_kandidaat", "Naam kandidaat", D.name),
                             ("plaats_datum", "Plaats en datum", f"{place}, {D.app.strftime('%d-%m-%Y')}"),
                             ("handtekening", "Handtekening kandidaat", D.name)]:
        c.setFont("DV", 10)
        c.drawString(20 * mm, y + 2 * mm, label)
        c.acroForm.textfield(name=name, value=val, x=75 * mm, y=y, width=100 * mm, height=8 * mm,
                             fontName="Helvetica-Oblique" if name == "handtekening" else "Helvetica",
                             fontSize=10, borderWidth=0.5)
        y -= 14 * mm
    c.showPage()
    c.save()


def ervaring_pdf_blocks(D, picks, sup):
    b = [("title", "Ervaringsverklaring"), ("kv", "Naam", D.name), ("kv", "Functie", D.role),
         ("kv", "Periode", f"{D.ref_start.year} – {D.app.year}"),
         ("p", "In deze verklaring beschrijf ik per competentie twee voorbeelden volgens de STARR-methode, "
               "gevolgd door mijn sterke punten en een ontwikkelpunt. De voorbeelden komen uit mijn dagelijkse werk "
               "en zijn besproken in mijn functioneringsgesprekken.")]
    for n, comp in enumerate(COMPS, 1):
        exs, strong, dev = EXP[comp]
        i1, i2, s1, s2, dv = picks
        b.append(("h", f"{n}. {comp}"))
        for vi, ex in enumerate([exs[i1], exs[i2]], 1):
            b.append(("p", f"Voorbeeld {vi}"))
            for lab, txt in zip(["Situatie", "Taak", "Activiteiten", "Resultaat", "Reflectie"], ex):
                b.append(("kv2", lab, txt))
        b.append(("kv2", "Sterke punten", f"• {strong[s1][0].upper() + strong[s1][1:]}\n• {strong[s2][0].upper() + strong[s2][1:]}"))
        b.append(("kv2", "Ontwikkelpunt", dev[dv][0].upper() + dev[dv][1:] + "."))
    b += [("space", 6), ("p", "Voor akkoord:"), ("sig", "Handtekening kandidaat", "draw", D.name),
          ("sig", f"Handtekening leidinggevende\n({sup})", "draw", sup)]
    return b


def ervaring_docx_blocks(D, picks, drop_dev=None):
    b = [("title", "Ervaringsverklaring hercertificering RIB"),
         ("table", [["Naam", D.name], ["Functie", D.role], ["Werkgever", D.employer]], {"widths": [0.3, 0.7], "bold_first_col": True})]
    for n, comp in enumerate(COMPS, 1):
        exs, strong, dev = EXP[comp]
        i1, i2, s1, s2, dv = picks
        b.append(("h", f"Competentie {n}: {comp.lower()}"))
        for vi, ex in enumerate([exs[i1], exs[i2]], 1):
            rows = [[f"STARR-voorbeeld {vi}", ""]] + [[lab, txt] for lab, txt in zip(["S – Situatie", "T – Taak", "A – Activiteiten", "R – Resultaat", "R – Reflectie"], ex)]
            b.append(("table", rows, {"widths": [0.25, 0.75], "bold_first_col": True}))
        b.append(("p", f"Mijn sterke punten zijn 1) {strong[s1]} en 2) {strong[s2]}. Mijn ontwikkelpunt: {dev[dv]}."))
    b += [("p", "Ondertekening"), ("sig", "Handtekening kandidaat:", "dots", ""),
          ("sig", "Handtekening leidinggevende:", "dots", "")]
    return b


def mk_act(D, **k):
    a = dict(k)
    a["date_txt"] = a.get("date_txt") or nl_date(a["date"])
    a["date_dmy"] = d(a["date"]).strftime("%d-%m-%Y")
    a.setdefault("kind_txt", a["kind"])
    if a.get("A") is not None:
        a["pe"] = pe_of(a["A"], a["B"])
        a.setdefault("C_txt", nl_num(a["A"] + a["B"]) + " uur")
        raw = (a["A"] + a["B"]) / 2
        a.setdefault("PE_txt", f"{a['pe']:.2f}".replace(".", ",") + (" (max. 4)" if raw > 4 else ""))
    else:
        a["pe"] = None
    D.acts.append(a)
    return a


def emit_activity(D, a):
    rel = a["form_rel"]
    if a["form_media"] == "acroform":
        acroform_form(D.p(rel), D, a)
    else:
        render(D.p(rel), form_blocks(D, a, a["form_layout"]), a["form_media"], seed=rel)
    D.doc(rel, "opgaveformulier_activiteit")
    D.f(rel, "date", a["date"])
    D.f(rel, "title", a["title"])
    D.f(rel, "kind", a["kind"])
    D.f(rel, "hours_attendance", "" if a["A"] is None else f"{a['A']:.2f}")
    D.f(rel, "hours_preparation", f"{a['B']:.2f}")
    D.f(rel, "pe", "" if a["pe"] is None else f"{a['pe']:.2f}")
    if a.get("proof_rel"):
        prel = a["proof_rel"]
        render(D.p(prel), proof_blocks(D, a), a["proof_media"], seed=prel, serif=a["proof"] in ("cert_centered", "letter"))
        D.doc(prel, "bewijs_deelname")
        D.f(prel, "proves", f"{D.cid}/{rel}")
        D.f(prel, "participant", D.name)
        D.f(prel, "date", a["date"])
        if a.get("proof_hours") is not None:
            D.f(prel, "duration_hours", f"{a['proof_hours']:.2f}")


def emit_intervision(D, rel, rec, layout, media, group, fmt_date, verdict="intervisie", counted=True, sent=None):
    render(D.p(rel), int_blocks(D, rec, layout, group, fmt_date, sent), media, seed=rel)
    D.doc(rel, "intervisieverslag")
    D.f(rel, "date", rec["date"])
    missing = [SECTIONS[i] for i, k in enumerate(KEYS) if not rec.get(k)]
    D.f(rel, "missing_sections", ";".join(missing))
    D.ints.append((f"{D.cid}/{rel}", verdict, counted))


def pe_counted(D):
    tot, vak = 0.0, 0.0
    for a in D.acts:
        if a["pe"] is None or not a.get("proof_rel") or not D.in_period(a["date"]):
            continue
        if a["kind"] == "vakoverleg":
            vak += a["pe"]
        else:
            tot += a["pe"]
    return round(tot + min(vak, 10.0), 2), vak


def work_stats(D, periods):
    days, w = 0, 0.0
    for s, e, h, full in periods:
        s = max(d(s), D.ref_start)
        e = min(d(e) if e else D.app, D.app)
        if e < s:
            continue
        n = (e - s).days + 1
        days += n
        w += n * h / full
    return min(days / 365.25, 4.0), (w / days if days else 0.0)


# ====================================================================== U1-001
BOAG = "Brabants Opleidingsinstituut Arbeid & Gezondheid (BOAG)"
MEIERIJ = "Leerhuis De Meierij, 's-Hertogenbosch"
ACAD = "UWV Academie"
VAKDAG = "Stichting Vakdagen Arbeid & Inkomen"
PLATFORM = "Platform Werk & Participatie"
KAP = "Kenniscentrum Arbeid & Psyche"


def build_u1_001():
    D = Dossier("U1-001", "Sanne Hoogendoorn-Claessens", "rib", "2026-04-15", "s.hoogendoorn@uwv-example.nl")
    D.city, D.addr1, D.addr2, D.salut = "Eindhoven", "Kastanjelaan 14", "5616 KB Eindhoven", "mevrouw Hoogendoorn"
    D.role, D.employer = "Re-integratiebegeleider", "UWV, vestiging Eindhoven"
    SUP = "P.J.M. van Rooij"
    # --- aanvraagformulier (born-digital PDF, stacked labels, BSN present, drawn signature)
    rel = "Aanvraag/Aanvraagformulier hercertificering RIB - S. Hoogendoorn.pdf"
    render(D.p(rel), [
        ("title", "Aanvraagformulier hercertificering"),
        ("p", "Klantmanager discipline re-integratie (RIB) – in te dienen bij Hobéon SKO"),
        ("h", "1  Persoonlijke gegevens"),
        ("kv2", "Achternaam", "Hoogendoorn-Claessens"), ("kv2", "Voornaam / voorletters", "Sanne (S.M.)"),
        ("kv2", "Geboortedatum", "03-07-1984"), ("kv2", "Burgerservicenummer", "249566758"),
        ("kv2", "Adres", f"{D.addr1}, {D.addr2}"), ("kv2", "E-mailadres", D.email),
        ("h", "2  Certificering"),
        ("kv2", "Register", "Klantmanager re-integratie (RIB) – hercertificering"),
        ("kv2", "Huidig certificaatnummer", "RIB-2018-0412"),
        ("h", "3  Werkgever"), ("kv2", "Organisatie en vestiging", "UWV, vestiging Eindhoven (district Zuidoost-Brabant)"),
        ("kv2", "Functie", D.role),
        ("h", "4  Ondertekening"),
        ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld."),
        ("kv", "Plaats, datum", "Eindhoven, 15 april 2026"),
        ("sig", "Handtekening aanvrager", "draw", D.name)], "pdf")
    D.doc(rel, "aanvraagformulier", "visual")
    D.f(rel, "candidate_name", D.name)
    D.f(rel, "application_date", "2026-04-15")
    D.allow("PRIVACY-BSN", rel)
    # --- certificatieovereenkomst: phone photo of the signed paper
    rel = "Aanvraag/IMG_20260412_193455.jpg"
    render(D.p(rel), overeenkomst_blocks(D, "Eindhoven", "draw"), "scan", seed=rel)
    D.doc(rel, "certificatieovereenkomst", "visual")
    # --- werkgeversverklaring: letter, one sentence with start, role, hours
    rel = "Werkgeversverklaring UWV 2026.pdf"
    render(D.p(rel), [
        ("lh", ["UWV", "Vestiging Eindhoven", "Team Sociaal Medische Zaken", "Parklaan 40, 5613 BH Eindhoven"]),
        ("p", "Aan: Hobéon SKO, t.a.v. de certificatiecommissie RIB"), ("space", 4),
        ("p", "Eindhoven, 2 april 2026"), ("p", "Betreft: werkgeversverklaring ten behoeve van hercertificering"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Hierbij verklaar ik dat mevrouw S.M. Hoogendoorn-Claessens, geboren op 3 juli 1984, sinds "
              "1 september 2017 onafgebroken bij UWV werkzaam is als re-integratiebegeleider met een "
              "arbeidsduur van 32 uur per week."),
        ("p", "Het dienstverband is voor onbepaalde tijd en mevrouw Hoogendoorn-Claessens vervult deze functie "
              "op dit moment nog. Een volledige werkweek bedraagt bij UWV 36 uur."),
        ("p", "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."),
        ("p", "Met vriendelijke groet,"),
        ("sig", "Handtekening", "draw", SUP),
        ("p", f"{SUP}\nTeammanager Sociaal Medische Zaken\nUWV vestiging Eindhoven")], "pdf", serif=True)
    D.doc(rel, "werkverklaring", "visual")
    D.f(rel, "role", "re-integratiebegeleider")
    for k, v in [("period1_start", "2017-09-01"), ("period1_end", ""), ("period1_hours_per_week", "32"),
                 ("period1_role", "re-integratiebegeleider"), ("fulltime_hours", "36")]:
        D.f(rel, k, v)
    D.work = [("2017-09-01", None, 32, 36)]
    D.employed = True
    # --- ervaringsverklaring: STARR parts as label-above-value headings, signed
    rel = "Ervaringsverklaring_SHoogendoorn_def.pdf"
    render(D.p(rel), ervaring_pdf_blocks(D, (0, 1, 0, 1, 0), f"{SUP}, teammanager SMZ"), "pdf")
    D.doc(rel, "ervaringsverklaring", "visual")
    D.f(rel, "incomplete_competencies", "")

    # --- activities
    EH = "UWV district Zuidoost-Brabant"
    tl = dict(tl_name="Marieke Coenen", tl_role="teamleider re-integratie UWV vestiging Eindhoven", proof_place="Eindhoven")
    A = [
     mk_act(D, id="a01", date="2022-02-10", title="Landelijk Congres Re-integratie 2022", org=VAKDAG, kind="congres",
            A=5.25, A_txt="5 uur en 15 minuten", B=0.75, B_txt="45 min", form_layout="stacked", form_media="pdf",
            form_rel="Vakontwikkeling/01 opgave congres re-integratie feb 2022.pdf",
            proof="congress", proof_dur="5 uur en 15 minuten", proof_hours=5.25, proof_media="pdf",
            proof_rel="Vakontwikkeling/bewijzen/bevestiging congres 2022.pdf"),
     mk_act(D, id="a02", date="2022-09-22", title="Motiverende gespreksvoering in de praktijk", org=BOAG, kind="workshop",
            A=3.5, A_txt="09.00 – 12.30 uur", B=2.5, B_txt="2,5", form_layout="grid", form_media="pdf",
            form_rel="Vakontwikkeling/02 opgave MGV.pdf",
            proof="cert_centered", proof_dur="3,5 uur", proof_hours=3.5, proof_media="scan",
            proof_rel="Vakontwikkeling/bewijzen/scan0002.pdf"),
     mk_act(D, id="a03", date="2023-01-19", title="Ziektewet actueel 2023", org=ACAD, kind="e-learning",
            A=3.0, A_txt="180 min", B=2.0, B_txt="2 uur", form_layout="inline", form_media="docx",
            form_rel="Vakontwikkeling/03 opgaveformulier e-learning ZW.docx",
            proof="elearning", proof_dur="180 minuten", proof_hours=3.0, proof_ref="UA-23-118804", proof_media="pdf",
            proof_rel="Vakontwikkeling/bewijzen/certificaat_ZW_actueel_2023.pdf"),
     mk_act(D, id="a04", date="2023-03-16", title="Functionele mogelijkheden en belastbaarheid in de praktijk", org=BOAG,
            kind="cursus", A=6.0, A_txt="6 uur", B=3.0, B_txt="3", form_layout="gridtop", form_media="pdf",
            form_rel="Vakontwikkeling/04 opgave FML cursus.pdf",
            proof="letter", proof_letter="2023-03-28", proof_dur="De cursus omvatte zes contacturen.", proof_hours=6.0,
            proof_signer="drs. L. Verbunt, directeur BOAG", proof_media="pdf",
            proof_rel="Vakontwikkeling/bewijzen/brief BOAG deelname maart 2023.pdf"),
     mk_act(D, id="a05", date="2023-06-08", title="Vakoverleg re-integratie: WIA-aanvraag en RIV-toets", org=EH,
            kind="vakoverleg", A=3.0, A_txt="13.30–16.30 uur", B=1.0, B_txt="1 uur", form_layout="stacked",
            form_media="pdf", form_rel="Vakontwikkeling/05 opgave vakoverleg juni 2023.pdf",
            proof="teamleader", proof_dur="13.30 tot 16.30 uur", proof_hours=3.0, proof_media="pdf",
            proof_rel="Vakontwikkeling/bewijzen/verklaring teamleider vakoverleg 2023.pdf", **tl),
     mk_act(D, id="a06", date="2023-10-05", title="Webinar Psychische klachten en werkhervatting", org=KAP, kind="webinar",
            A=3.0, A_txt="3,0", B=2.0, B_txt="2,0", form_layout=None, form_media="acroform",
            form_rel="Vakontwikkeling/06 opgaveformulier webinar (ingevuld).pdf",
            proof="email", proof_from=f"{KAP} <webinars@kap-example.nl>", proof_sent="vr 6-10-2023 09:14",
            proof_subject="Bedankt voor je deelname aan ons webinar",
            proof_body=["Beste Sanne Hoogendoorn-Claessens,",
                        "Bedankt voor je deelname aan het webinar 'Psychische klachten en werkhervatting' op donderdag 5 oktober 2023. "
                        "Volgens onze registratie was je de hele uitzending ingelogd (19.00 – 22.00 uur, 3 uur).",
                        "Deze e-mail geldt als bewijs van deelname. De slides vind je in de bijlage.",
                        "Met hartelijke groet,", "Team webinars, Kenniscentrum Arbeid & Psyche"],
            proof_hours=3.0, proof_media="pdf", proof_rel="Vakontwikkeling/bewijzen/mail deelname webinar okt 2023.pdf"),
     mk_act(D, id="a07", date="2024-02-15", title="Oplossingsgericht coachen van werkzoekenden", org=BOAG, kind="workshop",
            A=5.0, A_txt="5 uur", B=3.0, B_txt="3 uur", form_layout="grid", form_media="pdf",
            form_rel="Vakontwikkeling/07 opgave oplossingsgericht coachen.pdf",
            proof="list", proof_dur="09.30 – 15.00 uur (lunch 12.15 – 12.45)",
            list_names=[("Bart Jansen", "Gemeente Helmond"), ("Sanne Hoogendoorn-Claessens", "UWV Eindhoven"),
                        ("Petra van Dijk", "UWV Eindhoven"), ("Youssef el Idrissi", "Werkbedrijf Tilburg"),
                        ("Hanneke Smits", "Arbodienst Zuid"), ("Koen Peeters", "UWV Den Bosch")],
            proof_hours=5.0, proof_media="scan", proof_rel="Vakontwikkeling/bewijzen/IMG_20240215_151022.jpg"),
     mk_act(D, id="a08", date="2024-05-23", title="Training Werkfit maken en tweede spoor", org=MEIERIJ, kind="training",
            A=6.0, A_txt="6:00", B=1.0, B_txt="1:00", form_layout="inline", form_media="pdf",
            form_rel="Vakontwikkeling/08 opgave werkfit tweede spoor.pdf",
            proof="cert_labels", proof_dur="6 uur", proof_hours=6.0, proof_ref="LDM-2024-0577", proof_media="pdf",
            proof_rel="Vakontwikkeling/bewijzen/document(2).pdf"),
     mk_act(D, id="a09", date="2024-09-12", title="Congres Arbeid & Participatie 2024", org=PLATFORM, kind="congres",
            A=5.25, A_txt="5u15", B=1.75, B_txt="1 uur en 45 minuten", form_layout="gridtop", form_media="pdf",
            form_rel="Vakontwikkeling/09 opgave congres sept 2024.pdf",
            proof="congress", proof_dur="5u15", proof_hours=5.25, proof_media="pdf",
            proof_rel="Vakontwikkeling/bewijzen/Aanwezigheidsbevestiging_CAP2024.pdf"),
     mk_act(D, id="a10", date="2025-03-20", title="Gespreksvoering bij conflicten op de werkvloer", org=BOAG, kind="cursus",
            A=7.0, A_txt="7", B=2.0, B_txt="2", form_layout="stacked", form_media="pdf",
            form_rel="Vakontwikkeling/10 opgave conflictgesprekken.pdf",
            proof="cert_centered", proof_dur="7 uur", proof_hours=7.0, proof_media="pdf",
            proof_rel="Vakontwikkeling/bewijzen/Certificaat conflictgesprekken.pdf"),
     mk_act(D, id="a11", date="2025-11-06", title="Vakoverleg: Wet verbetering poortwachter in de praktijk", org=EH,
            kind="vakoverleg", A=3.0, A_txt="3 uur", B=1.0, B_txt="1 uur", form_layout="grid", form_media="pdf",
            form_rel="Vakontwikkeling/11 opgave vakoverleg WVP nov 2025.pdf",
            proof="teamleader", proof_dur="9.00 tot 12.00 uur", proof_hours=3.0, proof_letter="2025-11-10",
            proof_media="pdf", proof_rel="Vakontwikkeling/bewijzen/verklaring vakoverleg nov 2025.pdf", **tl),
     mk_act(D, id="a12", date="2026-01-22", title="Arbeidsmarkt en sociale kaart Zuidoost-Brabant", org=ACAD,
            kind="e-learning", A=4.0, A_txt="240 min", B=2.0, B_txt="2½", form_layout="inline", form_media="pdf",
            form_rel="Vakontwikkeling/12 opgave e-learning sociale kaart.pdf",
            proof="elearning", proof_dur="240 minuten", proof_hours=4.0, proof_ref="UA-26-020931", proof_media="pdf",
            proof_rel="Vakontwikkeling/bewijzen/certificaat sociale kaart 2026.pdf"),
    ]
    for a in A:
        emit_activity(D, a)
    D.finding("PE-OUT-OF-PERIOD", A[0]["form_rel"])
    D.allow("PE-OUT-OF-PERIOD", A[0]["proof_rel"])
    D.allow("PE-OUT-OF-PERIOD", "Overzicht vakontwikkeling 2022-2026.xlsx")
    for a in A:
        if (a["A"] + a["B"]) / 2 > 4:
            D.allow("PE-ACTIVITY-CAP", a["form_rel"])

    # --- overzicht vakontwikkeling (xlsx, Excel dates and numbers)
    import openpyxl
    from openpyxl.styles import Font
    rel = "Overzicht vakontwikkeling 2022-2026.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    ws = wb.active
    ws.title = "Vakontwikkeling"
    ws["A1"] = "Overzicht vakontwikkeling (bijlage 3)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Naam: {D.name}"
    hdr = ["Nr.", "Datum", "Titel activiteit", "Organisator", "Soort", "Uren aanwezig (A)",
           "Uren voorbereiding (B)", "Totaal uren (C)", "PE-punten"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    tot = 0.0
    for i, a in enumerate(A, 1):
        ws.append([i, d(a["date"]), a["title"], a["org"], a["kind"], a["A"], a["B"], a["A"] + a["B"], a["pe"]])
        ws.cell(row=ws.max_row, column=2).number_format = "DD-MM-YYYY"
        tot += a["pe"]
    ws.append([None, None, "Totaal geclaimd", None, None, None, None, None, round(tot, 2)])
    for col, w in zip("ABCDEFGHI", [5, 12, 48, 36, 12, 12, 12, 12, 10]):
        ws.column_dimensions[col].width = w
    os.makedirs(D.p(""), exist_ok=True)
    wb.save(D.p(rel))
    D.doc(rel, "overzicht_vakontwikkeling")
    D.f(rel, "activities", str(len(A)))
    D.f(rel, "pe_claimed", f"{tot:.2f}")
    D.pe_claimed = tot

    # --- intervision reports
    G = "Intervisiegroep RIB Zuidoost-Brabant (groep 3)"
    dl = nl_date
    dd = lambda s: d(s).strftime("%d-%m-%Y")
    wk = lambda s: ["ma", "di", "wo", "do", "vr", "za", "zo"][d(s).weekday()] + " " + nl_date(s)
    plan = [  # (file, layout, media, datefmt)
        ("Intervisie/2022-06-14 intervisieverslag.pdf", "numbered", "pdf", dl),
        ("Intervisie/2022-09-06 intervisie (eigen casus).pdf", "questions", "pdf", dd),
        ("Intervisie/verslag intervisie nov 2022.pdf", "grid", "pdf", dl),
        ("Intervisie/Intervisie feb 2023.docx", "caps", "docx", dd),
        ("Intervisie/2023-05-09 intervisie.pdf", "prose", "pdf", wk),
        ("Intervisie/IMG_20230913_082140.jpg", "inline", "scan", dl),
        ("Intervisie/2024-01-16 verslag.pdf", "above", "pdf", dl),
        ("Intervisie/intervisie april 2024.pdf", "numbered", "soffice", dd),
        ("Intervisie/Intervisie sept 2024.docx", "questions", "docx", dl),
        ("Intervisie/scan0011.pdf", "grid", "scan", dd),
        ("Intervisie/Mail verslag intervisie mei 2025.pdf", "email", "pdf", wk),
        ("Intervisie/2025-10-07 intervisie.pdf", "prose", "pdf", dl),
        ("Intervisie/2026-02-17 INTERVISIE.pdf", "caps", "pdf", dl),
    ]
    for (rel, lay, med, fmt), rec in zip(plan, INT_A):
        sent = None
        if lay == "email":
            sent = "vrijdag 16 mei 2025 16:42"
        emit_intervision(D, rel, rec, lay, med, G, fmt, sent=sent)
    # duplicate: the May 2023 report again, photographed, filed under another name
    rel = "Intervisie/IMG_20230510_071503.jpg"
    emit_intervision(D, rel, INT_A[4], "prose", "scan", G, wk, counted=False)
    D.finding("INT-DUPLICATE", rel)
    D.allow("INT-DUPLICATE", plan[4][0])
    return D


# ====================================================================== U1-002
def write_ods(path, title, header, rows):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table as OTable, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = OTable(name="Overzicht")

    def row(vals):
        tr = TableRow()
        for v in vals:
            if isinstance(v, dt.date):
                c = TableCell(valuetype="date", datevalue=v.isoformat())
                c.addElement(P(text=v.strftime("%d-%m-%Y")))
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                c = TableCell(valuetype="float", value=v)
                c.addElement(P(text=nl_num(v)))
            elif v is None or v == "":
                c = TableCell()
            else:
                c = TableCell(valuetype="string")
                c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)
    for r in title:
        row(r)
    row(header)
    for r in rows:
        row(r)
    doc.spreadsheet.addElement(t)
    doc.save(path)


def build_u1_002():
    D = Dossier("U1-002", "Ruud van Gorp", "rib", "2026-09-28", "r.vangorp@uwv-example.nl")
    D.city, D.addr1, D.addr2, D.salut = "Tilburg", "Generaal Smutslaan 7", "5041 PK Tilburg", "heer Van Gorp"
    D.role, D.employer = "Klantmanager re-integratie", "UWV district Midden-Brabant, vestiging Tilburg"
    SUP = "Ingrid Smulders-Aarts"
    # --- aanvraagformulier: docx grid, scanned-in signature image
    rel = "aanvraagformulier_RvGorp.docx"
    render(D.p(rel), [
        ("title", "Aanvraag hercertificering"),
        ("p", "Register Klantmanagers discipline re-integratie – Hobéon SKO"),
        ("table", [["Naam aanvrager", D.name], ["Geboortedatum", "11-02-1979"], ["Adres", f"{D.addr1}, {D.addr2}"],
                   ["Telefoon (werk)", "088 – 898 00 00 (via receptie)"], ["E-mail", D.email],
                   ["Werkgever", D.employer], ["Functie", D.role],
                   ["Soort aanvraag", "Hercertificering (certificaat verloopt 31-12-2026)"],
                   ["Datum aanvraag", "28-09-2026"]], {"widths": [0.35, 0.65], "bold_first_col": True}),
        ("p", "Ondergetekende verzoekt om hercertificering en verklaart alle gegevens naar waarheid te hebben ingevuld."),
        ("sig", "Handtekening aanvrager:", "draw", D.name)], "docx")
    D.doc(rel, "aanvraagformulier", "visual")
    D.f(rel, "candidate_name", D.name)
    D.f(rel, "application_date", "2026-09-28")
    # --- certificatieovereenkomst: fillable PDF, typed name in 'handtekening' field
    rel = "certificatieovereenkomst_ingevuld.pdf"
    acro_overeenkomst(D.p(rel), D, "Tilburg")
    D.doc(rel, "certificatieovereenkomst", "form")
    # --- werkgeversverklaring: scanned template with a two-period table (change of hours)
    rel = "scan0003.pdf"
    render(D.p(rel), [
        ("lh", ["UWV", "District Midden-Brabant – vestiging Tilburg", "Stationsplein 100, 5038 AA Tilburg"]),
        ("title", "Werkgeversverklaring (bijlage 1)"),
        ("table", [["Naam medewerker", D.name], ["Functie", "Klantmanager re-integratie"],
                   ["Werkgever / afdeling", "UWV, team Re-integratie WW/ZW Tilburg"]],
         {"widths": [0.35, 0.65], "bold_first_col": True}),
        ("p", "Arbeidsverleden in de functie:"),
        ("table", [["Periode", "Van", "Tot en met", "Uren per week", "Functie"],
                   ["1", "01-02-2019", "31-03-2024", "24", "Klantmanager re-integratie"],
                   ["2", "01-04-2024", "heden", "32", "Klantmanager re-integratie"]],
         {"header": True, "widths": [0.1, 0.17, 0.17, 0.16, 0.4]}),
        ("p", "Per 1 april 2024 is de arbeidsduur op verzoek van de medewerker uitgebreid van 24 naar 32 uur. "
              "Het dienstverband loopt ongewijzigd door; de medewerker is op de datum van ondertekening nog in deze functie werkzaam."),
        ("kv", "Plaats en datum", "Tilburg, 15-09-2026"),
        ("kv", "Naam leidinggevende", SUP), ("kv", "Functie leidinggevende", "Teamleider Re-integratie WW/ZW"),
        ("sig", "Handtekening leidinggevende", "draw", SUP)], "scan", seed="wv2")
    D.doc(rel, "werkverklaring", "visual")
    D.f(rel, "role", "klantmanager re-integratie")
    for k, v in [("period1_start", "2019-02-01"), ("period1_end", "2024-03-31"), ("period1_hours_per_week", "24"),
                 ("period1_role", "klantmanager re-integratie"), ("period2_start", "2024-04-01"), ("period2_end", ""),
                 ("period2_hours_per_week", "32"), ("period2_role", "klantmanager re-integratie")]:
        D.f(rel, k, v)
    D.work = [("2019-02-01", "2024-03-31", 24, 36), ("2024-04-01", None, 32, 36)]
    D.employed = True
    # --- ervaringsverklaring: docx, STARR in two-column tables, unsigned (dotted lines only)
    rel = "ervaringsverklaring RIB Ruud van Gorp.docx"
    render(D.p(rel), ervaring_docx_blocks(D, (2, 0, 2, 3, 1)), "docx")
    D.doc(rel, "ervaringsverklaring", "none")
    D.f(rel, "incomplete_competencies", "")
    D.finding("SIG-MISSING", rel)

    # --- activities
    TB = "UWV district Midden-Brabant, vestiging Tilburg"
    tl = dict(tl_name=SUP, tl_role="teamleider Re-integratie WW/ZW", proof_place="Tilburg")
    A = [
     mk_act(D, id="b01", date="2022-11-17", title="Werken met de Participatieladder", org=MEIERIJ, kind="workshop",
            A=3.0, A_txt="09.00-12.00", B=1.0, B_txt="1", form_layout="inline", form_media="pdf",
            form_rel="bijlage4/opgave participatieladder.pdf",
            proof="cert_labels", proof_dur="3 uur", proof_hours=3.0, proof_ref="LDM-2022-1190", proof_media="pdf",
            proof_rel="bewijzen/certificaat participatieladder 2022.pdf"),
     mk_act(D, id="b02", date="2023-02-09", title="Vakoverleg Ziektewet: eerstejaars ZW-beoordeling", org=TB,
            kind="vakoverleg", A=4.0, A_txt="13.00 - 17.00 uur", B=2.0, B_txt="2 uur", form_layout="grid",
            form_media="pdf", form_rel="bijlage4/vakoverleg feb 2023.pdf",
            proof="teamleader", proof_dur="13.00 tot 17.00 uur", proof_hours=4.0, proof_media="pdf",
            proof_rel="bewijzen/verklaring vakoverleg 09-02-2023.pdf", **tl),
     mk_act(D, id="b03", date="2023-05-25", title="Nationaal Congres Duurzame Inzetbaarheid", org=VAKDAG, kind="congres",
            A=5.5, A_txt="5u30", B=0.5, B_txt="30 minuten", form_layout="stacked", form_media="pdf",
            form_rel="bijlage4/congres duurzame inzetbaarheid.pdf",
            proof="congress", proof_dur="5 uur en 30 minuten", proof_hours=5.5, proof_media="pdf",
            proof_rel="bewijzen/document(2).pdf"),
     mk_act(D, id="b04", date="2023-09-14", title="Vakoverleg Regionaal Werkbedrijf: samenwerking met gemeenten", org=TB,
            kind="vakoverleg", A=4.0, A_txt="4,0", B=2.0, B_txt="2,0", form_layout="gridtop", form_media="pdf",
            form_rel="bijlage4/vakoverleg werkbedrijf sept 2023.pdf",
            proof="list", proof_dur="09.00 – 13.00 uur",
            list_names=[("I. Smulders-Aarts", "UWV Tilburg (voorzitter)"), ("Ruud van Gorp", "UWV Tilburg"),
                        ("Anouk Verhagen", "UWV Tilburg"), ("Bram de Wit", "Gemeente Tilburg"),
                        ("Sevda Yilmaz", "UWV Tilburg"), ("Marco Vermeulen", "Gemeente Waalwijk")],
            proof_hours=4.0, proof_media="scan", proof_rel="bewijzen/IMG_20230914_131811.jpg"),
     mk_act(D, id="b05", date="2024-01-18", title="Wet verbetering poortwachter voor gevorderden", org=BOAG, kind="cursus",
            A=None, A_txt="1 dagdeel (ochtend)", B=2.0, B_txt="2 uur", C_txt="dagdeel + 2 uur", PE_txt="3,00",
            form_layout="stacked", form_media="pdf", form_rel="bijlage4/opgave poortwachter gevorderden.pdf",
            proof="cert_centered", proof_dur="ochtendprogramma", proof_hours=None, proof_media="pdf",
            proof_rel="bewijzen/Certificaat WVP gevorderden.pdf"),
     mk_act(D, id="b06", date="2024-04-11", title="Privacy en AVG in de re-integratiepraktijk", org=ACAD, kind="e-learning",
            A=2.5, A_txt="150 min", B=0.0, B_txt="0", form_layout="inline", form_media="docx",
            form_rel="bijlage4/opgave e-learning AVG.docx",
            proof="elearning", proof_dur="150 minuten", proof_hours=2.5, proof_ref="UA-24-044120", proof_media="pdf",
            proof_rel="bewijzen/certificaat AVG.pdf"),
     mk_act(D, id="b07", date="2024-06-20", title="Vakoverleg: arbeidsdeskundig onderzoek bij ontslagaanvragen", org=TB,
            kind="vakoverleg", A=4.0, A_txt="4 uur", B=2.0, B_txt="2 uur", form_layout="grid", form_media="pdf",
            form_rel="bijlage4/vakoverleg juni 2024.pdf",
            proof="email", proof_from=f"{SUP} <i.smulders@uwv-example.nl>", proof_sent="vrijdag 21 juni 2024 10:03",
            proof_subject="Bevestiging deelname vakoverleg 20 juni",
            proof_body=["Hoi Ruud,",
                        "Hierbij bevestig ik dat jij, Ruud van Gorp, gisteren, donderdag 20 juni 2024, aanwezig was bij ons vakoverleg "
                        "'Arbeidsdeskundig onderzoek bij ontslagaanvragen' van 09.00 tot 13.00 uur (4 uur netto, met agenda en presentatie van de arbeidsdeskundige).",
                        "Je kunt deze mail gebruiken voor je hercertificering.",
                        "Groet, Ingrid", f"{SUP} | Teamleider Re-integratie WW/ZW | UWV Tilburg"],
            proof_hours=4.0, proof_media="pdf", proof_rel="bewijzen/mail Ingrid vakoverleg juni 2024.pdf"),
     mk_act(D, id="b08", date="2024-10-03", title="Omgaan met agressie en frustratie in klantcontact", org=BOAG,
            kind="workshop", A=3.5, A_txt="3 uur en 30 minuten", B=1.5, B_txt="1 uur en 30 minuten",
            form_layout="gridtop", form_media="pdf", form_rel="bijlage4/opgave workshop agressie okt 2024.pdf"),
     mk_act(D, id="b09", date="2025-02-13", title="Vakoverleg: Participatiewet en banenafspraak", org=TB, kind="vakoverleg",
            A=3.0, A_txt="3", B=3.0, B_txt="3", form_layout="grid", form_media="scan", form_rel="bijlage4/scan0009.pdf",
            proof="teamleader", proof_dur="13.30 tot 16.30 uur", proof_hours=3.0, proof_letter="2025-02-17",
            proof_media="pdf", proof_rel="bewijzen/verklaring vakoverleg feb 2025.pdf", **tl),
     mk_act(D, id="b10", date="2025-06-05", title="Congres Mentale Gezondheid en Werk 2025", org=PLATFORM, kind="congres",
            A=5.0, A_txt="5 uur", B=1.0, B_txt="1 uur", form_layout="stacked", form_media="pdf",
            form_rel="bijlage4/congres mentale gezondheid.pdf",
            note="Toelichting: programma 10.00 – 16.00 uur, lunchpauze van een uur niet meegerekend.",
            proof="letter", proof_letter="2025-06-19",
            proof_dur="Het inhoudelijke programma liep van 10.00 tot 16.00 uur met een lunchpauze van een uur (netto 5 uur).",
            proof_hours=5.0, proof_signer="M. Adriaans, programmamanager Platform Werk & Participatie", proof_media="pdf",
            proof_rel="bewijzen/brief deelname congres juni 2025.pdf"),
     mk_act(D, id="b11", date="2025-10-09", title="Coachend begeleiden van WW- en ZW-klanten", org=MEIERIJ, kind="workshop",
            A=6.0, A_txt="6", B=2.0, B_txt="2", form_layout="inline", form_media="pdf",
            form_rel="bijlage4/opgave coachend begeleiden.pdf",
            proof="cert_centered", proof_dur="6 uur", proof_hours=6.0, proof_media="pdf",
            proof_rel="bewijzen/certificaat coachend begeleiden okt 2025.pdf"),
     mk_act(D, id="b12", date="2026-03-12", title="Arbeidsongeschiktheid en psychische aandoeningen", org=ACAD,
            kind="e-learning", A=4.0, A_txt="240 minuten", B=1.0, B_txt="1", form_layout="gridtop", form_media="pdf",
            form_rel="bijlage4/opgave e-learning psychische aandoeningen.pdf",
            proof="elearning", proof_dur="240 minuten", proof_hours=4.0, proof_ref="UA-26-031877", proof_media="pdf",
            proof_rel="bewijzen/certificaat psychische aandoeningen.pdf"),
     mk_act(D, id="b13", date="2026-06-18", title="Webinar Actualiteiten sociale zekerheid 2026", org=KAP, kind="webinar",
            A=2.0, A_txt="2 uur", B=1.0, B_txt="60 min", form_layout="stacked", form_media="pdf",
            form_rel="bijlage4/opgave webinar SZ 2026.pdf",
            proof="email", proof_from=f"{KAP} <webinars@kap-example.nl>", proof_sent="vr 19-06-2026 08:30",
            proof_subject="Deelnamebevestiging webinar 18 juni",
            proof_body=["Beste Ruud van Gorp,",
                        "Je hebt op 18 juni 2026 deelgenomen aan het webinar 'Actualiteiten sociale zekerheid 2026' "
                        "(15.00 – 17.00 uur). Je was de volledige 2 uur ingelogd.",
                        "Bewaar deze e-mail als bewijs van deelname.",
                        "Met vriendelijke groet,", "Kenniscentrum Arbeid & Psyche"],
            proof_hours=2.0, proof_media="pdf", proof_rel="bewijzen/Deelnamebevestiging webinar juni 2026.pdf"),
    ]
    for a in A:
        emit_activity(D, a)
    D.finding("PE-HOURS-UNREADABLE", A[4]["form_rel"])
    D.finding("PE-NO-PROOF", A[7]["form_rel"])
    ovrel = "overzicht_vakontwikkeling.ods"
    D.allow("PE-MISMATCH", A[4]["form_rel"])
    D.allow("PE-MISMATCH", ovrel)
    D.allow("PE-HOURS-UNREADABLE", ovrel)
    D.allow("PE-HOURS-UNREADABLE", A[4]["proof_rel"])
    D.allow("PE-NO-PROOF", ovrel)
    D.allow("PE-VAKOVERLEG-CAP", "")

    # --- overzicht (ods, hours in clock notation)
    def clock(h, txt):
        if h is None:
            return txt
        return f"{int(h)}:{int(round((h - int(h)) * 60)):02d}"
    rows, tot = [], 0.0
    for a in A:
        claimed = a["pe"] if a["pe"] is not None else 3.0
        tot += claimed
        rows.append([d(a["date"]), a["title"], a["org"], a["kind"], clock(a["A"], "1 dagdeel"), clock(a["B"], ""),
                     claimed])
    rows.append(["", "Totaal", "", "", "", "", round(tot, 2)])
    write_ods(D.p(ovrel), [["Overzicht vakontwikkeling – bijlage 3"], [f"Kandidaat: {D.name}"], []],
              ["Datum activiteit", "Titel", "Organisatie", "Type", "Contacttijd (u:mm)", "Zelfstudie (u:mm)", "PE"], rows)
    D.doc(ovrel, "overzicht_vakontwikkeling")
    D.f(ovrel, "activities", str(len(A)))
    D.f(ovrel, "pe_claimed", f"{tot:.2f}")
    D.pe_claimed = tot

    # --- intervision reports
    G = "Intervisiegroep klantmanagers re-integratie Midden-Brabant"
    dl = nl_date
    dd = lambda s: d(s).strftime("%d-%m-%Y")
    plan = [
        ("intervisie/2022-11 verslag.pdf", "inline", "pdf", dl),
        ("intervisie/Fw_ verslag intervisie 26 januari.pdf", "email", "pdf", dl),
        ("intervisie/2023-04 verslag.pdf", "questions", "pdf", dd),
        ("intervisie/intervisie 31-08-2023.docx", "numbered", "docx", dd),
        ("intervisie/2023-12 verslag.pdf", "above", "pdf", dl),
        ("intervisie/2024-03 verslag.pdf", "caps", "pdf", dd),
        ("intervisie/IMG_20240705_074512.jpg", "prose", "scan", dl),
        ("intervisie/2024-11 verslag.pdf", "grid", "pdf", dl),
        ("intervisie/intervisie maart 2025.pdf", "numbered", "soffice", dl),
        ("intervisie/IMG_20250919_212204.jpg", "questions", "scan", dl),
        ("intervisie/intervisie 12-02-2026.docx", "grid", "docx", dd),
        ("intervisie/2026-06 verslag.pdf", "numbered", "pdf", dl),
    ]
    for (rel, lay, med, fmt), rec in zip(plan, INT_B):
        sent = "maandag 30 januari 2023 08:55" if lay == "email" else None
        ok = all(rec.get(k) for k in KEYS)
        emit_intervision(D, rel, rec, lay, med, G, fmt, counted=ok, sent=sent)
        if not ok:
            D.finding("INT-SECTIONS", rel)
    rel = "intervisie/2025-06 verslag.pdf"
    emit_intervision(D, rel, CASUISTIEK_B, "grid", "pdf", G, dl, verdict="casuistiek", counted=False)
    D.finding("INT-CASUISTIEK", rel)
    D.allow("INT-SECTIONS", rel)
    return D


# ====================================================================== truth
def finish(D):
    wy, fte = work_stats(D, D.work)
    pe, vak = pe_counted(D)
    valid = sum(1 for _, v, c in D.ints if c)
    codes = {c for c, _ in D.findings}
    if pe < 32 and "PE-TOTAL" not in codes:
        D.finding("PE-TOTAL")
    if valid < 12 and "INT-COUNT" not in codes:
        D.finding("INT-COUNT")
    if wy < 3 or fte < 0.5:
        D.finding("WORK-YEARS")
    if not D.employed:
        D.finding("WORK-CURRENT")
    if vak > 10:
        D.allow("PE-VAKOVERLEG-CAP", "")
    sev = {"WORK-CURRENT": "reject", "WORK-YEARS": "reject", "PE-TOTAL": "supplement", "PE-NO-PROOF": "supplement",
           "PE-NO-FORM": "supplement", "PE-HOURS-UNREADABLE": "supplement", "INT-COUNT": "supplement",
           "INT-SECTIONS": "supplement", "EXP-COMPETENCY": "supplement", "DOC-MISSING": "supplement",
           "SIG-MISSING": "supplement"}
    ss = {sev.get(c, "warning") for c, _ in D.findings}
    outcome = "afwijzing" if "reject" in ss else "aanvulling" if "supplement" in ss else "toekenning"
    D.row = [D.cid, outcome, f"{pe:.2f}", str(valid), "true" if D.employed else "false", "", "", "", D.scheme,
             f"{wy:.2f}", f"{fte:.3f}", f"{D.pe_claimed:.2f}"]
    return D


def write_truth(ds):
    os.makedirs(TRUTH, exist_ok=True)

    def w(name, header, rows):
        with open(os.path.join(TRUTH, name), "w", newline="", encoding="utf-8") as fh:
            cw = csv.writer(fh)
            cw.writerow(header)
            for r in rows:
                cw.writerow(r)
    w("dossiers.csv", ["candidate_id", "outcome", "pe_counted", "intervisions_valid", "currently_employed",
                       "pe_counted_alt", "intervisions_valid_alt", "outcome_alt", "scheme", "work_years", "avg_fte",
                       "pe_claimed"], [D.row for D in ds])
    w("findings.csv", ["candidate_id", "code", "document"],
      sorted((D.cid, c, p) for D in ds for c, p in D.findings))
    w("findings_allowed.csv", ["candidate_id", "code", "document"],
      sorted(set((D.cid, c, p) for D in ds for c, p in D.allowed)))
    w("intervisions.csv", ["candidate_id", "document", "verdict", "counted"],
      sorted((D.cid, p, v, "true" if c else "false") for D in ds for p, v, c in D.ints))
    w("documents.csv", ["candidate_id", "document", "doc_type", "signature"],
      sorted((D.cid, p, t, s) for D in ds for p, t, s in D.docs))
    w("fields.csv", ["candidate_id", "document", "field", "value"],
      [(D.cid, p, f, v) for D in ds for p, f, v in sorted(D.fields, key=lambda x: x[0])])


def normalize_zip(path):
    """Rewrite a zip container with fixed entry timestamps (byte-stable output)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for i, data in items:
            if i.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-30T12:00:00Z", data)
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 11, 30, 12, 0, 0))
            zi.compress_type = i.compress_type
            zi.external_attr = i.external_attr
            z.writestr(zi, data)


def main():
    for x in (COHORT, TRUTH):
        if os.path.exists(x):
            shutil.rmtree(x)
    os.makedirs(COHORT)
    ds = [finish(build_u1_001()), finish(build_u1_002())]
    with open(os.path.join(COHORT, "cohort.csv"), "w", newline="", encoding="utf-8") as fh:
        cw = csv.writer(fh)
        cw.writerow(["candidate_id", "name", "scheme", "application_date"])
        for D in ds:
            cw.writerow([D.cid, D.name, D.scheme, D.app.isoformat()])
    write_truth(ds)
    for root, _, files in os.walk(COHORT):
        for fn in files:
            if fn.endswith((".docx", ".xlsx", ".ods")):
                normalize_zip(os.path.join(root, fn))
    # sanity: every document in truth exists, every file in the cohort is in truth
    listed = {p for D in ds for p, _, _ in D.docs}
    for D in ds:
        for root, _, files in os.walk(D.root):
            for fn in files:
                rp = os.path.relpath(os.path.join(root, fn), COHORT)
                assert rp in listed, rp
    for p in listed:
        assert os.path.exists(os.path.join(COHORT, p)), p
    for D in ds:
        print(D.row, file=sys.stderr)


if __name__ == "__main__":
    main()
