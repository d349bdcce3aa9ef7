#!/usr/bin/env python3
"""Regenerates cohort/ and truth/ for unseen batch-2/a (two Dutch RIB recertification dossiers)."""
# ---------------------------------------------------------------- RENDERING
import os, io, re, random, shutil, subprocess, tempfile, datetime as dt, math
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Flowable, PageBreak)
from reportlab.pdfgen import canvas as rl_canvas
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DSI", FD + "DejaVuSerif-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSB")

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

def D(s): return dt.date.fromisoformat(s)
def long_date(s): d = D(s); return f"{d.day} {MONTHS[d.month-1]} {d.year}"
def dmy(s, sep="-"): d = D(s); return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
def day_long(s): d = D(s); return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month-1]} {d.year}"
def short_date(s): d = D(s); return f"{d.day} {MON3[d.month-1]}. {d.year}"

def esc(t): return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

class Sig(Flowable):
    """Signature area: label, then either pen strokes or a dotted line; name below."""
    def __init__(self, label, mode, name="", seed=1, width=13*cm, font="DV"):
        super().__init__(); self.label, self.mode, self.name, self.seed = label, mode, name, seed
        self.width, self.height, self.font = width, 2.4*cm, font
    def draw(self):
        c = self.canv; c.setFont(self.font, 10)
        c.drawString(0, 1.3*cm, self.label)
        x0 = c.stringWidth(self.label, self.font, 10) + 0.4*cm
        if self.mode == "draw":
            r = random.Random(self.seed)
            c.setStrokeColor(colors.HexColor("#1b2a7a")); c.setLineWidth(1.3)
            p = c.beginPath(); x, y = x0 + 0.2*cm, 1.2*cm; p.moveTo(x, y)
            for k in range(7):
                x2 = x + r.uniform(0.5, 1.0)*cm
                p.curveTo(x + 0.2*cm, y + r.uniform(0.3, 0.9)*cm, x2 - 0.3*cm, y - r.uniform(0.3, 0.8)*cm, x2, y + r.uniform(-0.2, 0.3)*cm)
                x, y = x2, 1.2*cm + r.uniform(-0.15, 0.2)*cm
            c.drawPath(p, stroke=1, fill=0)
            c.line(x0 + 0.4*cm, 0.95*cm, x0 + 4.5*cm, 1.05*cm)
            c.setStrokeColor(colors.black)
        else:
            c.setFont(self.font, 10)
            c.drawString(x0, 1.3*cm, "." * 60)
        if self.name:
            c.setFont(self.font, 9); c.drawString(x0, 0.35*cm, self.name)

def sig_png(path, seed, w=420, h=130):
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), "white"); dr = ImageDraw.Draw(im)
    pts = []; x = 15
    while x < w - 30:
        pts.append((x, h/2 + r.uniform(-40, 40))); x += r.uniform(12, 30)
    # smooth-ish: interpolate
    sm = []
    for a, b in zip(pts, pts[1:]):
        for t in range(8):
            u = t/8; sm.append((a[0]*(1-u)+b[0]*u, a[1]*(1-u)+b[1]*u + 6*math.sin(u*math.pi)))
    dr.line(sm, fill=(25, 35, 120), width=4, joint="curve")
    dr.line([(30, h-25), (w*0.7, h-20)], fill=(25, 35, 120), width=3)
    im.save(path)

def styles(font="DV", size=10):
    b = font + "B" if font in ("DV", "DS") else font
    return dict(
        p=ParagraphStyle("p", fontName=font, fontSize=size, leading=size*1.35, spaceAfter=4),
        h=ParagraphStyle("h", fontName=b, fontSize=size+1.5, leading=(size+1.5)*1.3, spaceBefore=7, spaceAfter=3),
        title=ParagraphStyle("t", fontName=b, fontSize=size+5, leading=(size+5)*1.3, spaceAfter=8),
        small=ParagraphStyle("s", fontName=font, fontSize=size-2, leading=(size-2)*1.3, textColor=colors.HexColor("#444444")),
        cell=ParagraphStyle("c", fontName=font, fontSize=size-0.5, leading=(size-0.5)*1.3),
        cellb=ParagraphStyle("cb", fontName=b, fontSize=size-0.5, leading=(size-0.5)*1.3),
        center=ParagraphStyle("ce", fontName=font, fontSize=size, leading=size*1.4, alignment=TA_CENTER),
    )

def pdf_story(blocks, font="DV", size=10):
    st = styles(font, size); out = []; b = font + "B"
    W = A4[0] - 5*cm
    for blk in blocks:
        k = blk[0]
        if k == "title": out.append(Paragraph(esc(blk[1]), st["title"]))
        elif k == "h": out.append(Paragraph(esc(blk[1]), st["h"]))
        elif k == "p": out.append(Paragraph(esc(blk[1]).replace("\n", "<br/>"), st["p"]))
        elif k == "rich": out.append(Paragraph(blk[1], st["p"]))
        elif k == "small": out.append(Paragraph(esc(blk[1]).replace("\n", "<br/>"), st["small"]))
        elif k == "kv": out.append(Paragraph(f"<b>{esc(blk[1])}</b> {esc(blk[2])}", st["p"]))
        elif k == "lv":
            out.append(Paragraph(f"<b>{esc(blk[1])}</b>", ParagraphStyle("lvl", parent=st["p"], spaceAfter=0)))
            out.append(Paragraph(esc(blk[2]).replace("\n", "<br/>"), st["p"]))
        elif k == "center":
            sz = blk[2] if len(blk) > 2 else size; bold = blk[3] if len(blk) > 3 else False
            out.append(Paragraph(esc(blk[1]), ParagraphStyle("c%d" % sz, fontName=b if bold else font, fontSize=sz, leading=sz*1.45, alignment=TA_CENTER, spaceAfter=sz*0.5)))
        elif k == "space": out.append(Spacer(1, blk[1]*cm))
        elif k == "pagebreak": out.append(PageBreak())
        elif k == "sig": out.append(Sig(blk[1], blk[2], blk[3] if len(blk) > 3 else "", seed=blk[4] if len(blk) > 4 else 7, font=font))
        elif k == "table":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            widths = [w*W for w in o.get("widths", [1/len(rows[0])]*len(rows[0]))]
            data = []
            for ri, r in enumerate(rows):
                data.append([Paragraph(esc(str(c)).replace("\n", "<br/>"),
                             st["cellb"] if (o.get("header") and ri == 0) or (o.get("boldcol") and ci == 0) or (o.get("boldrows") and ri % 2 == 0) else st["cell"])
                             for ci, c in enumerate(r)])
            t = Table(data, colWidths=widths)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
            if o.get("grid", True): ts.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            if o.get("header"): ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(o.get("hc", "#dde6f0"))))
            if o.get("boldcol"): ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(o.get("hc", "#eeeeee"))))
            if o.get("boldrows"):
                for ri in range(0, len(rows), 2): ts.append(("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#e8eef3")))
            t.setStyle(TableStyle(ts)); out.append(t); out.append(Spacer(1, 0.25*cm))
    return out

def make_pdf(path, blocks, font="DV", size=10, letterhead=None, margins=2.5):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    def onpage(c, d):
        if letterhead:
            c.saveState(); c.setFont(font + "B", 12); c.setFillColor(colors.HexColor(letterhead.get("color", "#1f3a5f")))
            c.drawString(margins*cm, A4[1] - 1.5*cm, letterhead["name"])
            c.setFont(font, 8); c.setFillColor(colors.HexColor("#555555"))
            for i, l in enumerate(letterhead.get("lines", [])):
                c.drawRightString(A4[0] - margins*cm, A4[1] - 1.3*cm - i*10, l)
            c.setStrokeColor(colors.HexColor(letterhead.get("color", "#1f3a5f"))); c.line(margins*cm, A4[1] - 1.9*cm, A4[0] - margins*cm, A4[1] - 1.9*cm)
            c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins*cm, rightMargin=margins*cm,
                            topMargin=(2.6 if letterhead else 2.0)*cm, bottomMargin=2*cm,
                            title="", author="", creator="", producer="")
    doc.build(pdf_story(blocks, font, size), onFirstPage=onpage, onLaterPages=onpage)

def make_docx(path, blocks, font="Calibri", size=11, sigseed=3):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d = docx.Document()
    s = d.styles["Normal"]; s.font.name = font; s.font.size = Pt(size)
    d.core_properties.author = ""; d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1); d.core_properties.last_modified_by = ""
    for blk in blocks:
        k = blk[0]
        if k == "title": d.add_heading(blk[1], level=1)
        elif k == "h": d.add_heading(blk[1], level=2)
        elif k in ("p", "small"): d.add_paragraph(blk[1])
        elif k == "rich": d.add_paragraph(re.sub("<[^>]+>", "", blk[1]))
        elif k == "kv":
            p = d.add_paragraph(); p.add_run(blk[1] + " ").bold = True; p.add_run(blk[2])
        elif k == "lv":
            p = d.add_paragraph(); p.add_run(blk[1]).bold = True; d.add_paragraph(blk[2])
        elif k == "center":
            p = d.add_paragraph(); r = p.add_run(blk[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if len(blk) > 2: r.font.size = Pt(blk[2])
            if len(blk) > 3 and blk[3]: r.bold = True
        elif k == "space": d.add_paragraph("")
        elif k == "pagebreak": d.add_page_break()
        elif k == "sig":
            p = d.add_paragraph(); p.add_run(blk[1] + "  ")
            if blk[2] == "draw":
                tmp = tempfile.mktemp(suffix=".png"); sig_png(tmp, blk[4] if len(blk) > 4 else sigseed)
                p.add_run().add_picture(tmp, width=Cm(4.5)); os.remove(tmp)
            else:
                p.add_run("." * 50)
            if len(blk) > 3 and blk[3]: d.add_paragraph(blk[3])
        elif k == "table":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if o.get("grid", True): t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci); cell.text = ""
                    run = cell.paragraphs[0].add_run(str(c))
                    if (o.get("header") and ri == 0) or (o.get("boldcol") and ci == 0) or (o.get("boldrows") and ri % 2 == 0): run.bold = True
            if "widths" in o:
                for ci, w in enumerate(o["widths"]):
                    for r in t.rows: r.cells[ci].width = Cm(16*w)
            d.add_paragraph("")
    d.save(path)

def soffice_pdf(docx_path, pdf_path, fallback_blocks=None):
    ok = False
    if shutil.which("soffice"):
        td = tempfile.mkdtemp()
        try:
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + td + "/prof",
                            "--convert-to", "pdf", "--outdir", td, docx_path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            out = os.path.join(td, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
            if os.path.exists(out): shutil.move(out, pdf_path); ok = True
        except Exception:
            ok = False
        shutil.rmtree(td, ignore_errors=True)
    if not ok: make_pdf(pdf_path, fallback_blocks)
    os.remove(docx_path)

def scanify(src_pdf, out_path, seed, dpi=170, angle=None, as_photo=False):
    """Rasterise a PDF and make it look like a scan or phone photo of paper on a table."""
    r = random.Random(seed); td = tempfile.mkdtemp()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", src_pdf, td + "/pg"], check=True)
    pages = sorted(f for f in os.listdir(td) if f.endswith(".png")); outs = []
    for f in pages:
        im = Image.open(os.path.join(td, f)).convert("RGB")
        w, h = im.size
        # paper tone + light gradient (uneven lighting)
        grad = Image.new("L", (w, h)); gd = ImageDraw.Draw(grad); fac = 0.6 + 0.4*r.random()
        for y in range(0, h, 4):
            v = int(255 - 30 * (y / h) * fac - 10 * (1 - abs(2*y/h - 1)) if as_photo else 255 - 12 * (y / h))
            gd.rectangle([0, y, w, y+4], fill=v)
        tone = Image.new("RGB", (w, h), (246, 243, 234) if as_photo else (250, 250, 247))
        im = Image.composite(im, tone, Image.eval(im.convert("L"), lambda p: 255 - p).point(lambda p: 255 if p > 30 else p*8))
        im = Image.composite(im, Image.new("RGB", (w, h), (0, 0, 0)), grad.point(lambda p: p))
        # visible page border
        ImageDraw.Draw(im).rectangle([0, 0, w-1, h-1], outline=(120, 120, 120), width=3)
        a = angle if angle is not None else r.choice([-1, 1]) * r.uniform(1.0, 2.8)
        pad = int(w * 0.07)
        bg = Image.new("RGB", (w + 2*pad, h + 2*pad), (92, 74, 58) if as_photo else (205, 205, 205))
        sh = Image.new("L", bg.size, 0); ImageDraw.Draw(sh).rectangle([pad+12, pad+16, pad+w+12, pad+h+16], fill=150)
        sh = sh.filter(ImageFilter.GaussianBlur(14))
        bg = Image.composite(Image.new("RGB", bg.size, (30, 25, 20)), bg, sh)
        bg.paste(im, (pad, pad))
        bg = bg.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=(92, 74, 58) if as_photo else (205, 205, 205))
        if as_photo: bg = bg.filter(ImageFilter.GaussianBlur(0.6))
        outs.append(bg)
    shutil.rmtree(td)
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    if out_path.lower().endswith((".jpg", ".jpeg")):
        outs[0].save(out_path, "JPEG", quality=78, dpi=(dpi, dpi))
    else:
        outs[0].save(out_path, "PDF", resolution=dpi, save_all=True, append_images=outs[1:],
                     creationDate=__import__("time").gmtime(1767225600), modDate=__import__("time").gmtime(1767225600))

def scan_blocks(out_path, blocks, seed, as_photo=False, **kw):
    tmp = tempfile.mktemp(suffix=".pdf"); make_pdf(tmp, blocks, **kw)
    scanify(tmp, out_path, seed, as_photo=as_photo); os.remove(tmp)

def normalize_file(path):
    """Make zip-based office files and LibreOffice PDFs byte-identical between runs."""
    import zipfile
    if path.lower().endswith((".docx", ".xlsx", ".ods", ".odt")):
        with zipfile.ZipFile(path) as z:
            items = [(i, z.read(i.filename)) for i in z.infolist()]
        with zipfile.ZipFile(path, "w") as z:
            for info, data in items:
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", lambda m: (b"2026-01-01T00:00:00" + b"0" * (len(m.group(0)) - 19))[:len(m.group(0))], data) \
                    if info.filename.endswith(("core.xml", "meta.xml", "app.xml")) else data
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data)
    elif path.lower().endswith(".pdf"):
        b = open(path, "rb").read()
        b = re.sub(rb"D:\d{14}[^)>]*", lambda m: (b"D:20260101000000" + b" " * len(m.group(0)))[:len(m.group(0))], b)
        b = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", b)
        b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
        b = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", b)
        open(path, "wb").write(b)
# ---------------------------------------------------------------- CONTENT
# Intervision cases. Keys: c=casus, o=opmerkingen collega's, e=eigen bijdrage,
# l=leervragen, f=leereffect, a=afwegingen (oordeelsvorming), i=initiatief
INT_A = [  # Fatima Amrani, re-integratiebegeleider UWV Rotterdam Zuid; long reflective prose
 dict(d="2022-06-14", m="incidentmethode", c="Ik bracht de casus in van een vrouw van 52, productiemedewerker in de glastuinbouw, die na een knieoperatie al veertien maanden in de Ziektewet zit. Ze komt afspraken na, maar elk voorstel om te gaan proefplaatsen beantwoordt ze met 'dat kan mijn knie niet aan'. Ik merkte dat ik na drie gesprekken geïrriteerd raakte en het gesprek steeds sneller afrondde.",
      o="De groep vroeg vooral naar mijn irritatie: wanneer die begon en wat ik op dat moment dacht. Een collega merkte op dat ik in mijn beschrijving alleen over haar knie sprak en niet over haar angst om opnieuw te vallen. Een ander vroeg of ik haar ooit had gevraagd wat zij zelf als eerste stap zou zien.",
      e="Ik heb in de ronde het tijdpad van de gesprekken uitgetekend en zag zelf dat ik bij het tweede gesprek al met een concreet voorstel kwam, voordat ik haar verhaal echt had gehoord. Dat heb ik hardop benoemd en ik heb de groep gevraagd mij te helpen een openingsvraag te formuleren die niet meteen over werk gaat.",
      l="Hoe herken ik eerder dat mijn eigen tempo het tempo van de klant overneemt? En hoe blijf ik nieuwsgierig als ik het gevoel heb dat iemand niet wil?",
      f="Ik heb geleerd dat mijn irritatie een signaal is dat ik te ver vooruit loop. Ik schrijf nu na elk gesprek één zin op over wat de klant zelf wilde, voordat ik mijn eigen plan noteer. Dat klinkt klein, maar het verandert mijn volgende gesprek merkbaar.",
      a="Ik heb afgewogen of ik de klant moest confronteren met haar houding of eerst moest investeren in vertrouwen. Omdat zij zich in het verleden al een keer 'weggezet' voelde door een werkgever, koos ik voor vertrouwen, met een duidelijke afspraak over een evaluatiemoment na zes weken.",
      i="Ik zou een gesprek plannen zonder agenda over werk, haar laten vertellen over de val en de angst, en samen met de arbeidsdeskundige een kleine, veilige eerste stap zoeken: een halve dag meelopen bij een bekende werkgever in Barendrecht."),
 dict(d="2022-09-13", m="roddelmethode", c="Een collega bracht in hoe zij vastliep met een jonge man van 24 die na een burn-out in de Ziektewet kwam en elke afspraak via zijn moeder liet verzetten. Ik herkende dit patroon uit mijn eigen caseload en heb daarom een vergelijkbare klant van mij naast haar casus gelegd.",
      o="Tijdens de roddelronde viel op dat we allemaal de moeder als 'probleem' zagen. Eén collega draaide het om: misschien is de moeder de enige die nu nog contact houdt en is zij juist een ingang. Dat zette de bespreking op zijn kop.",
      e="Ik heb ingebracht dat ik bij mijn eigen klant de moeder één keer bewust heb uitgenodigd, met toestemming van de klant, en dat het gesprek daarna makkelijker liep. Ik heb ook eerlijk gezegd dat ik dat pas deed nadat ik mij er eerst weken aan had geërgerd.",
      l="Waarom voel ik weerstand als een familielid zich met het traject bemoeit? Hoe maak ik onderscheid tussen steun en overname?",
      f="Ik merk dat ik sneller oordeel als iemand de regie uit handen geeft. Dat zegt meer over mijn eigen opvoeding dan over de klant. Ik probeer nu eerst te vragen wat de rol van de naaste is, in plaats van die rol in mijn hoofd al in te vullen.",
      a="Ik heb voor mezelf de privacy afgewogen tegen het belang van een werkrelatie met het netwerk. Mijn conclusie: betrekken kan, maar alleen als de klant dat zelf wil en ik dat vastleg. Het netwerk mag nooit een vervanging worden van het gesprek met de klant zelf.",
      i="In de casus van mijn collega zou ik de klant een korte brief sturen met een open uitnodiging en de keuze om iemand mee te nemen. Ik zou daarbij mijn eigen telefoonnummer geven, zodat hij niet via de centrale lijn hoeft te bellen."),
 dict(d="2022-11-22", m="vijfstappenmethode", c="Mijn casus ging over een heftruckchauffeur van 58 die na een hartinfarct niet meer zwaar mag tillen. Hij zegt dat hij 'geen kantoormens' is en weigert een cursus digitale vaardigheden. Ik merkte dat ik me machteloos voelde, omdat ik geen passend alternatief in de logistiek kon vinden.",
      o="De collega's vroegen wat 'geen kantoormens' voor hem betekent. Iemand wees erop dat ik het woord 'weigeren' gebruikte, terwijl hij volgens mijn eigen verslag zei dat hij het 'eng' vond. Dat verschil had ik zelf niet gezien.",
      e="Ik heb de groep laten zien welke functies ik al had verkend en heb toegegeven dat ik die zelf had geselecteerd zonder hem erbij te betrekken. Ik heb voorgesteld om samen met hem een lijst te maken van dingen die hij wél graag doet.",
      l="Hoe ga ik om met mijn eigen gevoel van machteloosheid? Welke vragen helpen om angst van onwil te onderscheiden?",
      f="Machteloosheid maakt mij sturend. Ik ga dan zoeken en regelen in plaats van vragen. Sinds deze bijeenkomst vraag ik bij elke klant in het eerste gesprek wat hij of zij spannend vindt aan de volgende stap.",
      a="Ik heb overwogen of ik de cursus als verplichting in het re-integratieplan moest opnemen. Ik vond dat te vroeg: eerst moet duidelijk zijn waar de angst vandaan komt. Een verplichting zonder begrip levert vooral schijnmedewerking op.",
      i="Ik zou hem uitnodigen op een locatie buiten kantoor, bijvoorbeeld bij een logistiek bedrijf in de Waalhaven, en daar samen kijken naar planners en expeditiemedewerkers aan het werk. Zien is voor hem waarschijnlijk overtuigender dan praten."),
 dict(d="2023-02-07", m="Balint (10 stappen)", c="Ik bracht een gesprek in dat uit de hand liep. Een klant werd boos omdat zijn uitkering volgens hem te laat was, terwijl dat een andere afdeling betrof. Ik bleef uitleggen hoe het proces werkt en hij liep weg. Ik was daarna de hele middag van slag.",
      o="De groep herkende het 'uitleggen als verdediging'. Een collega zei dat zij hoorde dat ik vooral gelijk wilde krijgen, en dat de klant waarschijnlijk vooral gehoord wilde worden. Een ander vroeg wat ik voelde op het moment dat hij opstond.",
      e="Ik heb beschreven dat ik schrok en me aangevallen voelde, en dat ik daarom in de 'procesmodus' schoot. Ik heb de groep gevraagd om mij een paar zinnen aan te reiken waarmee ik emotie kan erkennen zonder de verantwoordelijkheid over te nemen.",
      l="Hoe blijf ik bij de emotie van de klant als ik mij zelf aangevallen voel? Wat heb ik nodig om na zo'n gesprek weer rustig te worden?",
      f="Ik heb geleerd dat ik eerst moet benoemen wat ik zie ('ik merk dat u heel boos bent') voordat ik iets uitleg. Daarnaast heb ik afgesproken met een collega dat we na een lastig gesprek even samen koffie halen; dat helpt mij om het niet mee naar huis te nemen.",
      a="Ik heb afgewogen of ik de klant moest terugbellen of het moest laten rusten. Ik vond het belangrijk om de relatie te herstellen, omdat we nog maanden samen verder moeten. Tegelijk wilde ik niet de indruk wekken dat boosheid iets oplevert.",
      i="Ik zou hem de volgende dag bellen, erkennen dat het gesprek niet goed liep, en hem helpen de juiste afdeling te bereiken. Daarna een nieuw gesprek over zijn re-integratie, met duidelijke afspraken over hoe we met elkaar omgaan."),
 dict(d="2023-04-18", m="incidentmethode", c="Een collega bracht een situatie in waarin een werkgever een proefplaatsing voortijdig stopte, zonder dat de klant wist waarom. Ik was bij de start van die plaatsing betrokken geweest en voelde mij daardoor medeverantwoordelijk.",
      o="Collega's vroegen mij wat ik toen met de werkgever had afgesproken over tussentijdse evaluatie. Iemand merkte op dat ik mij vooral schuldig voelde en dat dit mij ervan weerhield om de werkgever aan te spreken.",
      e="Ik heb in de bespreking eerlijk aangegeven dat ik de plaatsing te snel heb geregeld omdat ik blij was met een werkgever die 'ja' zei. Ik heb voorgesteld dat wij als team een vaste evaluatie na twee weken inbouwen bij elke proefplaatsing.",
      l="Hoe voorkom ik dat mijn enthousiasme over een werkgever mijn kritische blik wegneemt? Hoe spreek ik een werkgever aan zonder de relatie te beschadigen?",
      f="Ik plan nu bij elke plaatsing vooraf een evaluatiemoment in en leg de verwachtingen van werkgever en klant allebei op papier. Ik merk dat ik daardoor rustiger ben tijdens de plaatsing zelf.",
      a="Ik heb overwogen of ik de werkgever nog zou benaderen. Ik vond het voor de klant belangrijk dat hij begrijpt wat er misging; voor de werkgever dat wij serieuze afspraken maken. Die twee belangen wogen zwaarder dan mijn ongemak.",
      i="Ik zou samen met mijn collega een gesprek met de werkgever voeren, de klant vooraf vragen wat hij wil weten, en daarna een eerlijke terugkoppeling aan de klant geven."),
 dict(d="2023-06-27", m="roddelmethode", c="Mijn casus: een alleenstaande vader met drie kinderen die wil werken, maar alleen tijdens schooltijden. Alle vacatures die ik vond vroegen flexibiliteit. Ik merkte dat ik hem in mijn hoofd al als 'moeilijk plaatsbaar' had geboekt.",
      o="De groep vond dat ik zijn voorwaarde als beperking zag terwijl het ook een helder gegeven is. Een collega vroeg hoeveel werkgevers ik daadwerkelijk had gebeld en hoeveel ik alleen op vacaturetekst had afgeschreven. Dat waren er meer dan ik wilde toegeven.",
      e="Ik heb mijn lijst laten zien en de groep gevraagd mee te denken over sectoren met vaste dagdiensten. We kwamen uit op schoonmaak in kantoren overdag, kinderopvang en de schoolkantine.",
      l="Waar komt mijn label 'moeilijk plaatsbaar' vandaan? Hoe houd ik mijn zoekveld breed als het zoeken tegenvalt?",
      f="Labels sluipen er bij mij in als ik moe ben of veel dossiers tegelijk heb. Ik neem nu bij vastlopende casussen een kwartier om de zoekvraag opnieuw te formuleren, vanuit wat de klant biedt in plaats van wat hij niet kan.",
      a="Ik heb afgewogen of ik hem moest aanraden om toch flexibiliteit te bieden. Dat zou tegen zijn gezinssituatie ingaan en waarschijnlijk tot uitval leiden. Ik kies voor duurzaamheid boven snelheid.",
      i="Ik zou zelf vijf werkgevers bellen met een concrete vraag naar een baan van 9 tot 14 uur, en de klant laten oefenen met een korte pitch waarin hij zijn voorwaarde positief brengt."),
 dict(d="2023-10-03", m="incidentmethode", c="Ik bracht een klant in met een taalachterstand die steeds instemt met alle afspraken, maar ze daarna niet nakomt. Ik vroeg mij af of ze mij eigenlijk wel begrijpt. Tegelijk voelde ik schaamte, omdat ik haar mogelijk al maanden te snel toesprak.",
      o="Een collega vroeg of ik ooit had gecontroleerd wat zij van het gesprek had meegenomen. Een ander gaf het voorbeeld van de terugvraagtechniek: de klant in eigen woorden laten vertellen wat de afspraak is.",
      e="Ik heb een stukje van een gesprek nagespeeld met een collega als klant. Daarbij zag ik zelf dat ik lange zinnen gebruik en vaktermen als 'passende arbeid' en 'verplichting'. Ik heb de groep gevraagd op mijn taalgebruik te letten.",
      l="Hoe pas ik mijn taal aan zonder de klant als kind te behandelen? Hoe check ik begrip zonder dat het als een toets voelt?",
      f="Ik gebruik nu vaker korte zinnen, teken de afspraken op papier en vraag aan het einde: 'Wat gaat u morgen doen?' Het aantal gemiste afspraken bij deze klant is sindsdien duidelijk gedaald.",
      a="Ik heb overwogen om een tolk in te zetten. Omdat zij in het dagelijks leven redelijk Nederlands spreekt, vond ik dat te zwaar; ik heb gekozen om eerst mijn eigen communicatie aan te passen en een tolk achter de hand te houden.",
      i="Ik zou een volgend gesprek beginnen met een korte samenvatting in eenvoudige taal, met pictogrammen voor de afspraken, en haar vragen de afspraken zelf op te schrijven in haar agenda."),
 dict(d="2024-01-16", m="Balint (11 stappen)", c="Een collega bracht in dat een klant haar tijdens het gesprek persoonlijke complimenten gaf en haar privénummer vroeg. Ik had zelf een vergelijkbare ervaring en kon de ongemakkelijkheid goed voelen.",
      o="De groep besprak waar de grens ligt tussen vriendelijkheid en grensoverschrijdend gedrag. Een collega gaf aan dat wij te weinig oefenen met het benoemen van zo'n grens, juist omdat we zo graag een goede relatie willen.",
      e="Ik heb verteld hoe ik in mijn eigen situatie te lang ben blijven lachen en daarna thuis boos op mezelf was. Ik heb een formulering voorgesteld die ik inmiddels gebruik: 'Ik waardeer uw vriendelijkheid, maar ik houd het contact zakelijk.'",
      l="Hoe bewaak ik mijn grenzen zonder de werkrelatie op te blazen? Wanneer meld ik zoiets bij mijn teammanager?",
      f="Ik heb gemerkt dat het helpt om zo'n situatie meteen na het gesprek te bespreken met een collega. Ik leg het nu ook altijd vast, zodat ik niet alleen sta als het zich herhaalt.",
      a="Ik heb voor mezelf afgewogen of een overdracht van het dossier nodig is. Bij een eenmalige opmerking vind ik dat te zwaar; bij herhaling wel, ook omdat ik dan niet meer goed kan begeleiden.",
      i="Ik zou de grens in het volgende gesprek direct benoemen, het gesprek in een ruimte met een open deur voeren en mijn teammanager informeren."),
 dict(d="2024-04-09", m="vijfstappenmethode", c="Mijn casus betrof een klant met een whiplash die volgens de verzekeringsarts belastbaar is voor licht werk, maar die zelf aangeeft dat ze na een uur beeldschermwerk hoofdpijn krijgt. Ik zat klem tussen het medisch oordeel en haar ervaring.",
      o="Collega's vroegen hoe ik zelf over haar klachten denk, los van het oordeel van de arts. Iemand wees erop dat ik in mijn verhaal drie keer zei 'ik kan er niets mee', wat wijst op frustratie bij mijzelf.",
      e="Ik heb de groep gevraagd mee te denken over werk zonder beeldscherm. Ook heb ik verteld dat ik haar klachten serieus neem maar bang ben dat ik daarmee de arts 'tegenspreek'.",
      l="Hoe neem ik de ervaring van de klant serieus zonder het medisch oordeel te ondergraven? Hoe ga ik om met mijn eigen frustratie over onduidelijke klachten?",
      f="Ik zie nu dat ik geen scheidsrechter hoef te zijn. Ik kan zowel het oordeel van de arts als de ervaring van de klant benoemen en zoeken naar werk waarin beide kloppen. Ik overleg sindsdien eerder met de arbeidsdeskundige.",
      a="Ik heb gewogen of ik een heroverweging door de verzekeringsarts moest vragen. Omdat er geen nieuwe medische feiten waren, koos ik er eerst voor om met haar te zoeken naar werk met afwisseling, en de ervaring daarna te evalueren.",
      i="Ik zou samen met haar een weekschema maken met korte blokken beeldschermwerk, een werkplekonderzoek aanvragen en de resultaten na vier weken bespreken."),
 dict(d="2024-09-17", m="incidentmethode", c="Ik bracht een casus in over mijn eigen planning. In de zomer had ik door ziekte van twee collega's bijna zestig dossiers, en ik merkte dat ik klanten met minder urgente vragen wekenlang niet had gebeld. Een van hen diende een klacht in.",
      o="De groep vroeg waarom ik niet eerder aan de bel had getrokken. Een collega zei: 'Jij bent altijd degene die het oplost, ook als het niet kan.' Dat raakte mij, omdat het klopt.",
      e="Ik heb mijn planning van die weken laten zien en de groep gevraagd waar ik eerder had moeten stoppen. Samen hebben we een eenvoudige signaalgrens bedacht: als ik meer dan vijf klanten twee weken niet heb gesproken, meld ik dat.",
      l="Waarom vind ik het zo moeilijk om hulp te vragen? Hoe maak ik prioriteiten zichtbaar voor mijn teammanager?",
      f="Ik heb geleerd dat 'alles zelf oplossen' op den duur ten koste gaat van de klant. Ik bespreek nu elke maandag mijn caseload met mijn teammanager en heb daarin een vaste rubriek 'wat blijft liggen'.",
      a="Ik heb overwogen of ik de klacht moest aanvechten, omdat de omstandigheden uitzonderlijk waren. Ik vond het eerlijker om de klacht te erkennen en excuses te maken; de klant had immers gelijk.",
      i="Ik zou de klant zelf bellen, excuses aanbieden, een concrete afspraak maken en mijn teammanager vragen om een tijdelijke herverdeling van dossiers."),
 dict(d="2025-01-21", m="roddelmethode", c="Een collega bracht een klant in die na een jaar begeleiding een baan vond en die binnen een maand weer opzegde. Ik was bij de matching betrokken en had het gevoel dat we samen iets hadden gemist.",
      o="In de roddelronde kwam naar voren dat iedereen blij was met de plaatsing en niemand de twijfels van de klant serieus had genomen. Een collega zei: 'Wij wilden dat succes meer dan hij.'",
      e="Ik heb ingebracht dat ik in het laatste gesprek voor de start zag dat hij stil was, maar dat ik dat heb weggewuifd als zenuwen. Ik heb voorgesteld om bij elke start één vraag te stellen: 'Wat zou ervoor zorgen dat je over een maand stopt?'",
      l="Hoe houd ik ruimte voor twijfel van de klant als het traject bijna 'klaar' is? Wat doet succesdruk met mijn oordeel?",
      f="Ik besef dat een plaatsing pas een succes is als die standhoudt. Ik plan nu standaard nazorg in de eerste zes weken en bel de klant na de eerste werkdag.",
      a="Ik heb gewogen wat zwaarder telt: snel uitstromen of duurzaam uitstromen. Mijn afweging is dat een mislukte start schadelijker is voor het zelfvertrouwen van de klant dan een paar weken langer zoeken.",
      i="Ik zou met de klant terugblikken zonder schuldvraag, samen benoemen wat de baan niet bood, en die lessen gebruiken voor de volgende zoekvraag."),
 dict(d="2025-06-10", m="Balint (10 stappen)", c="Mijn casus: een klant die in gesprekken uitgebreid vertelt over huiselijk geweld in het verleden. Ik voelde mij onzeker of ik daar wel op in moest gaan, omdat het buiten mijn taak valt, maar ik wilde haar ook niet afkappen.",
      o="De collega's vonden dat ik het goed had gedaan door te luisteren. Wel vroegen ze of ik haar had gewezen op hulpverlening. Een collega merkte op dat ik zelf aangedaan was, en vroeg wat ik daarmee had gedaan.",
      e="Ik heb verteld dat ik het verhaal thuis nog lang meedroeg. Ik heb de groep gevraagd hoe zij zo'n gesprek afsluiten en welke verwijsmogelijkheden zij in Rotterdam gebruiken.",
      l="Waar ligt de grens van mijn rol als re-integratiebegeleider? Hoe zorg ik voor mezelf na een emotioneel zwaar gesprek?",
      f="Ik heb nu een kaartje met de contactgegevens van Veilig Thuis en het wijkteam in mijn map. Ook heb ik geleerd dat het benoemen van de grens van mijn rol juist rust geeft aan de klant.",
      a="Ik heb afgewogen of ik de re-integratie moest pauzeren. Omdat de klant zelf aangaf dat werk haar structuur geeft, heb ik gekozen om door te gaan, met een verwijzing naar passende hulp ernaast.",
      i="Ik zou het gesprek rustig afronden, benoemen wat ik wel en niet kan doen, samen met haar het wijkteam bellen en een week later kort nabellen."),
 dict(d="2025-11-18", m="incidentmethode", c="Ik bracht een gesprek in met een werkgever die een klant met autisme wilde aannemen, maar twijfelde over begeleiding op de werkvloer. Ik merkte dat ik de werkgever vooral probeerde te overtuigen in plaats van zijn twijfel te onderzoeken.",
      o="Een collega vroeg welke zorg van de werkgever ik had gehoord. Een ander merkte op dat ik veel over subsidies en regelingen vertelde, terwijl hij vooral vroeg wie hem zou helpen als het misging.",
      e="Ik heb de groep gevraagd om een rollenspel, waarin ik de werkgever speelde. Daardoor voelde ik zelf hoe overweldigend mijn verhaal over regelingen was.",
      l="Hoe stem ik mijn informatie af op de vraag achter de vraag van een werkgever? Hoe voorkom ik dat ik ga 'verkopen'?",
      f="Ik begin een werkgeversgesprek nu met de vraag waar hij tegenop ziet, en pas daarna met mogelijkheden. Ik merk dat werkgevers daardoor opener worden over hun twijfels.",
      a="Ik heb gewogen of ik jobcoaching meteen moest aanbieden of eerst de werkgever zelf een plan wilde laten maken. Ik koos voor jobcoaching, omdat de werkgever geen ervaring had en ik de kans op uitval wilde verkleinen.",
      i="Ik zou een kennismaking organiseren op de werkvloer met de jobcoach erbij, en de werkgever een vast aanspreekpunt geven voor de eerste drie maanden."),
]

INT_B = [  # Marco de Bruijn, klantmanager re-integratie; shorter, businesslike
 dict(d="2022-10-25", m="incidentmethode", c="Klant (45, magazijnmedewerker) met rugklachten wil niet meer terug naar zijn oude werkgever na een conflict. Ik liep vast omdat ik hem steeds terugstuurde naar het gesprek met die werkgever.",
      o="Collega's vroegen waarom ik zo vasthield aan spoor 1. Iemand zei dat ik het conflict kleiner maakte dan de klant het ervaart.",
      e="Ik heb uitgelegd dat ik bang was voor verwijten als ik spoor 1 te snel loslaat. Ik heb de groep gevraagd naar hun ervaringen met mediation.",
      l="Hoe weeg ik het belang van terugkeer af tegen de beleving van de klant? Hoe ga ik om met mijn angst voor kritiek?",
      f="Ik bespreek een conflict nu eerder open met klant én werkgever en stel mediation voor voordat de verhoudingen vastzitten.",
      a="Terugkeer blijft het uitgangspunt, maar niet ten koste van alles. Bij een vastgelopen arbeidsrelatie kies ik eerder voor een breder zoekgebied.",
      i="Ik zou mediation voorstellen en tegelijk met de klant een verkenning van ander werk starten."),
 dict(d="2023-01-24", m="roddelmethode", c="Collega bracht een klant in die na elke afspraak een lange e-mail stuurt met klachten over haar. Ik herkende het, want dezelfde klant zat eerder bij mij.",
      o="De groep vond dat we de e-mails te serieus namen en te weinig de behoefte aan controle zagen. Iemand stelde voor om vaste mailmomenten af te spreken.",
      e="Ik vertelde hoe ik destijds elke mail uitgebreid beantwoordde en daardoor steeds minder tijd voor andere klanten had. Ik heb aangeboden mijn collega te helpen met een kort antwoordsjabloon.",
      l="Hoe geef ik een klant zekerheid zonder mijn grenzen te verliezen?",
      f="Ik spreek nu bij de start met klanten af hoe en wanneer we contact hebben. Dat scheelt mij tijd en de klant weet waar hij aan toe is.",
      a="Een klacht moet je serieus nemen, maar niet elke mail is een klacht. Ik maak dat onderscheid nu bewuster.",
      i="Ik zou één vast belmoment per week afspreken en e-mails bundelen in dat gesprek."),
 dict(d="2023-03-28", m="vijfstappenmethode", c="Mijn casus: klant met PTSS na een overval in zijn winkel. Hij wil werken maar schrikt van elk onverwacht geluid. Ik wist niet goed hoe ver ik mocht gaan met vragen naar de overval.",
      o="Collega's gaven aan dat ik niet naar de overval hoef te vragen om goed te begeleiden. Een collega wees op de rol van de behandelaar.",
      e="Ik heb gezegd dat ik onzeker was en bang om iets verkeerd te zeggen. Ik stelde voor om met toestemming van de klant contact te zoeken met zijn psycholoog.",
      l="Hoe begeleid ik iemand met trauma zonder therapeut te willen zijn?",
      f="Ik focus op werkomstandigheden: rustige werkplek, voorspelbare taken. Het verleden laat ik bij de behandelaar.",
      a="Ik heb afgewogen of de re-integratie te vroeg was. Omdat de behandelaar werk juist ondersteunend vond, heb ik gekozen om rustig op te bouwen.",
      i="Ik zou een werkplek zoeken met vaste collega's en weinig publiekscontact, en maandelijks afstemmen met de behandelaar."),
 dict(d="2023-06-13", m="Balint (10 stappen)", c="Een collega bracht in dat een klant haar uitschold in de wachtruimte. Ik was erbij en heb toen niets gezegd. Achteraf voelde ik mij daar ongemakkelijk over.",
      o="De groep sprak over collegialiteit en veiligheid. Een collega vroeg waarom ik niet had ingegrepen; ik had daar geen goed antwoord op.",
      e="Ik heb eerlijk verteld dat ik schrok en bevroor. Ik heb voorgesteld dat we als team een afspraak maken over wie wat doet bij agressie.",
      l="Wat doe ik als ik schrik? Hoe kan ik een collega steunen in zo'n situatie?",
      f="Ik weet nu dat ik bevries bij plotselinge agressie. Ik heb de training omgaan met agressie aangevraagd en ken nu de teamafspraak.",
      a="Ingrijpen kan escaleren, niets doen laat een collega alleen. Ik kies voortaan voor rustig naast mijn collega gaan staan en de beveiliging waarschuwen.",
      i="Ik zou bij mijn collega gaan staan, de klant rustig aanspreken en na afloop met haar nabespreken."),
 dict(d="2023-09-26", m="incidentmethode", c="Klant (31) met schulden komt steeds niet op afspraken bij werkgevers. Ik dacht eerst aan onwil, maar bleek dat hij geen geld had voor de reiskosten.",
      o="Collega's vroegen waarom ik dat pas na drie gemiste afspraken ontdekte. Iemand merkte op dat schaamte over geld vaak verborgen blijft.",
      e="Ik heb verteld dat ik te snel conclusies trok. Ik heb voorgesteld om bij de intake standaard naar praktische belemmeringen te vragen.",
      l="Hoe voorkom ik dat ik gedrag te snel als onwil uitleg?",
      f="Ik vraag nu altijd door naar praktische zaken zoals vervoer, kinderopvang en geld. Dat levert vaak meer op dan motivatiegesprekken.",
      a="Ik heb afgewogen of een waarschuwing terecht was geweest. Dat was niet zo; eerst de oorzaak kennen, dan pas een oordeel.",
      i="Ik zou reiskostenvergoeding regelen en de klant verwijzen naar schuldhulp van de gemeente."),
 dict(d="2023-12-12", m="roddelmethode", c="Mijn casus: een werkgever die een klant na de proefplaatsing geen contract wil geven, terwijl de klant goed functioneerde. Ik was boos op de werkgever en merkte dat ik dat moeilijk kon verbergen.",
      o="Collega's vroegen wat de werkgever zelf als reden gaf. Iemand zei dat ik de werkgever in mijn verhaal 'de tegenpartij' noemde.",
      e="Ik heb toegegeven dat ik de relatie met de werkgever persoonlijk nam. Ik heb de groep gevraagd hoe zij teleurstelling over werkgevers hanteren.",
      l="Hoe blijf ik professioneel als ik het oneens ben met een werkgever?",
      f="Ik neem na een teleurstellend gesprek eerst afstand voordat ik reageer, en vraag feedback aan een collega.",
      a="Een werkgever mag nee zeggen. Mijn taak is de klant goed voorbereiden op een volgende stap en de relatie met de werkgever bewaren.",
      i="Ik zou de werkgever om concrete feedback vragen en die met de klant bespreken."),
 dict(d="2024-03-19", m="vijfstappenmethode", c="Collega bracht een klant in die tijdens het gesprek suïcidale uitspraken deed. Ik had zoiets nog niet meegemaakt en vroeg me af wat ik zou doen.",
      o="De groep besprak het protocol en vooral hoe je rustig blijft. Een collega vertelde over haar eigen ervaring.",
      e="Ik heb mijn eigen angst benoemd dat ik het verkeerd zou doen. Ik stelde voor om de contactgegevens van 113 en de crisisdienst zichtbaar op te hangen.",
      l="Hoe reageer ik rustig en adequaat als een klant zulke uitspraken doet?",
      f="Ik weet nu dat je er gewoon naar mag vragen. Ik heb het protocol doorgelezen en weet bij wie ik terecht kan.",
      a="De veiligheid van de klant gaat voor alles, ook voor het re-integratieplan.",
      i="Ik zou rustig doorvragen, de huisarts of crisisdienst inschakelen en mijn leidinggevende informeren."),
 dict(d="2024-06-25", m="casusbespreking", casu=True),
 dict(d="2024-10-08", m="incidentmethode", c="Klant (60) wil stoppen met werken en 'wacht zijn pensioen af'. Ik voelde weerstand, omdat ik vind dat iedereen moet blijven meedoen.",
      o="Collega's vroegen of mijn eigen waarden hier niet te veel meespeelden. Iemand merkte op dat de klant misschien bang is om te falen.",
      e="Ik heb benoemd dat mijn vader ook lang doorwerkte en dat ik dat als norm zie. Ik stelde voor om met de klant te praten over wat werk hem vroeger gaf.",
      l="Hoe houd ik mijn eigen normen buiten het gesprek?",
      f="Ik merk nu sneller wanneer mijn eigen waarden een rol spelen, en benoem dat voor mezelf voor een gesprek.",
      a="De wet vraagt inspanning, maar de vorm mag passend zijn. Vrijwilligerswerk kan een eerste stap zijn.",
      i="Ik zou met hem verkennen welk werk hem plezier gaf en een kleine stap voorstellen, bijvoorbeeld vrijwilligerswerk."),
 dict(d="2025-02-11", m="roddelmethode", c="Mijn casus: een klant met een licht verstandelijke beperking die zijn baan bij de groenvoorziening kwijtraakte doordat hij te laat kwam. Ik twijfelde of ik de werkgever eerder had moeten bellen.",
      o="Collega's vroegen waarom ik niet vaker op de werkplek was geweest. Een collega wees op de mogelijkheid van jobcoaching.",
      e="Ik heb verteld dat ik dacht dat het goed ging omdat niemand iets meldde. Ik heb de groep gevraagd hoe zij contact met werkgevers onderhouden.",
      skip=("l", "f"),
      a="Ik vind achteraf dat stilte niet betekent dat alles goed gaat. Bij kwetsbare klanten kies ik voor actief contact.",
      i="Ik zou jobcoaching aanvragen en elke twee weken kort bellen met de werkgever."),
 dict(d="2025-05-20", m="Balint (11 stappen)", c="Collega bracht in dat zij zich schuldig voelde over een klant die na afwijzing van een WIA-aanvraag boos werd. Ik herkende dat schuldgevoel.",
      o="De groep benadrukte dat de beslissing niet bij ons ligt, maar dat het schuldgevoel wel echt is.",
      e="Ik vertelde hoe ik zelf met een vergelijkbare situatie omging en dat het mij hielp om de klant uit te leggen wat wij wél kunnen doen.",
      l="Hoe ga ik om met schuldgevoel over beslissingen die ik niet zelf neem?",
      f="Ik maak in gesprekken duidelijker onderscheid tussen mijn rol en die van de beslisser.",
      a="Eerlijk zijn over de beslissing helpt de klant meer dan meegaan in de boosheid.",
      i="Ik zou de klant informeren over bezwaar en tegelijk een plan maken voor de re-integratie."),
 dict(d="2025-10-14", m="incidentmethode", c="Mijn casus: ik begeleidde een klant die via via een baan zocht bij een bedrijf waar mijn zwager werkt. Ik twijfelde of ik dat moest melden.",
      o="Collega's waren het erover eens dat ik dat moest melden. Iemand vroeg waarom ik twijfelde.",
      e="Ik heb eerlijk gezegd dat ik bang was dat de klant de kans zou mislopen. Ik heb voorgesteld om een collega het contact met dat bedrijf te laten doen.",
      l="Hoe ga ik om met belangenverstrengeling, ook als die klein lijkt?",
      f="Ik meld zoiets nu direct bij mijn teamleider. Dat geeft rust.",
      a="Transparantie beschermt zowel de klant als mijzelf.",
      i="Ik zou het melden en het werkgeverscontact overdragen aan een collega."),
 dict(d="2026-03-10", m="vijfstappenmethode", c="Klant (38) met een chronische darmziekte wil fulltime werken, terwijl de arts 20 uur adviseert. Ik merkte dat ik het advies van de arts liet prevaleren zonder met haar in gesprek te gaan.",
      o="Collega's vroegen naar haar motivatie voor fulltime. Iemand wees op financiële druk als mogelijke reden.",
      e="Ik heb de groep gevraagd hoe zij omgaan met klanten die meer willen dan kan. Ik heb mijn eigen houding als 'te voorzichtig' benoemd.",
      l="Hoe combineer ik het medisch advies met de ambitie van de klant?",
      f="Ik ga nu eerst het gesprek aan over de reden achter een wens, voordat ik het advies van de arts als grens noem.",
      a="Ik weeg het risico op uitval af tegen het belang van eigen regie. Een stapsgewijze opbouw doet recht aan beide.",
      i="Ik zou een opbouwschema voorstellen met evaluatie na zes weken en de arts betrekken bij de verdere opbouw."),
]

CASUISTIEK = dict(
 c="Besproken dossier: klant Ziektewet, eerste ziektedag 4 januari 2024, werkgever eigenrisicodrager. Toetsing of de stappen volgens het werkproces Arbeidsgeschiktheid tijdig zijn gezet.",
 o="Gecontroleerd is of de probleemanalyse binnen zes weken aanwezig was en of het plan van aanpak binnen acht weken is opgesteld. De groep stelde vast dat het plan van aanpak twee weken te laat was vastgelegd. De eerstejaarsevaluatie ontbrak nog in het dossier.",
 e="Toelichting gegeven op de termijnen uit de Wet verbetering poortwachter en de registratie in het systeem. Aangegeven welke formulieren in het dossier ontbraken.",
 l="Zijn alle verplichte documenten aanwezig? Is de 42e-weekmelding correct verwerkt?",
 f="Het dossier wordt aangevuld met de ontbrekende evaluatie. Het team hanteert voortaan de checklist van het werkproces.",
 a="Conclusie van de groep: de procedure is op twee punten niet gevolgd. De termijnoverschrijding is verklaarbaar door vakantie van de werkgever.",
 i="Dossier aanvullen, eerstejaarsevaluatie inplannen, termijnbewaking in het systeem controleren.")
# ---------------------------------------------------------------- ERVARINGSVERKLARING
COMPS = ["klantgerichtheid", "resultaatgerichtheid", "samenwerken", "oordeelsvorming",
         "initiatief", "netwerken", "coachen", "organiseren eigen werk"]
# per competency: (example1, example2, strong1, strong2, devpoint); example = (S,T,A,R,R)
EXP_A = {
 "klantgerichtheid": (
  ("Een klant met angstklachten durfde niet naar kantoor te komen.", "Ik moest het eerste gesprek toch op gang krijgen.", "Ik stelde voor om af te spreken in de bibliotheek bij haar in de wijk en liet haar de tijd kiezen.", "Het gesprek vond plaats en zij kwam daarna zelf naar kantoor.", "Ik leerde dat een andere plek soms meer doet dan een goed gesprek."),
  ("Een klant begreep de brief over zijn re-integratieverplichtingen niet.", "Ik wilde dat hij wist wat er van hem verwacht werd.", "Ik heb de brief samen met hem doorgelopen en de kern op één A4 in eenvoudige taal gezet.", "Hij kwam alle afspraken daarna na.", "Ik controleer nu vaker of mijn schriftelijke informatie begrepen wordt."),
  "Ik luister goed en neem de tijd.", "Ik pas mijn taal aan op de klant.", "Ik wil leren om sneller te zeggen wat ik níet voor een klant kan doen."),
 "resultaatgerichtheid": (
  ("Mijn caseload had in 2023 een laag percentage werkhervatting.", "Ik wilde binnen een half jaar meer klanten naar werk begeleiden.", "Ik heb per klant een concrete eerstvolgende stap vastgelegd en die elke maand geëvalueerd.", "Het aantal (gedeeltelijke) werkhervattingen steeg van 9 naar 15.", "Ik zag dat helderheid over de volgende stap motiveert, mij en de klant."),
  ("Een proefplaatsing dreigde te stoppen door onduidelijke afspraken.", "Ik moest de plaatsing redden of netjes afronden.", "Ik heb een driegesprek georganiseerd en de taken op papier gezet.", "De plaatsing werd afgerond en omgezet in een contract.", "Ik had de afspraken vooraf al scherper moeten maken."),
  "Ik houd doelen vast, ook als het tegenzit.", "Ik maak resultaten zichtbaar in mijn rapportages.", "Ik kan nog beter bewaken dat snelheid niet ten koste gaat van duurzaamheid."),
 "samenwerken": (
  ("De verzekeringsarts en ik hadden verschillende beelden van een klant.", "Ik wilde tot één lijn komen richting de klant.", "Ik heb een kort overleg gepland en onze waarnemingen naast elkaar gelegd.", "We kwamen tot een gezamenlijk advies dat de klant begreep.", "Ik heb geleerd om eerder te overleggen in plaats van te mailen."),
  ("Een nieuwe collega liep vast in haar eerste maanden.", "Als ervaren collega wilde ik haar ondersteunen.", "Ik heb een maand lang wekelijks een half uur met haar haar dossiers doorgelopen.", "Zij werkte daarna zelfstandig en vraagt nu gericht hulp.", "Ik vond het fijn om mijn kennis te delen en wil dat vaker doen."),
  "Ik ben toegankelijk voor collega's.", "Ik deel kennis actief in het team.", "Ik wil beter leren om in overleg mijn standpunt vast te houden."),
 "oordeelsvorming": (
  ("Een klant gaf aan niet te kunnen werken door mantelzorg.", "Ik moest inschatten wat redelijk was binnen de verplichtingen.", "Ik heb de situatie uitgevraagd en met de arbeidsdeskundige overlegd.", "We kwamen tot een plan met minder uren en een duidelijke opbouw.", "Ik merkte dat ik mijn oordeel beter kan onderbouwen als ik eerst feiten verzamel."),
  ("Een werkgever vroeg mij om een klant 'te laten vallen'.", "Ik moest bepalen wat professioneel juist was.", "Ik heb de regels uitgelegd en de belangen van de klant verdedigd.", "De werkgever bleef betrokken bij de re-integratie.", "Ik ben trots dat ik rustig bleef en mijn standpunt helder kon maken."),
  "Ik weeg belangen zorgvuldig af.", "Ik kan mijn oordeel goed uitleggen.", "Ik neem soms te veel tijd voor een besluit."),
 "initiatief": (
  ("Veel klanten wisten niet wat een proefplaatsing inhoudt.", "Ik wilde de informatie verbeteren.", "Ik heb een folder in eenvoudige taal gemaakt en die afgestemd met communicatie.", "De folder wordt nu op ons hele werkplein gebruikt.", "Ik zag dat een klein idee veel kan opleveren als je het doorzet."),
  ("Een klant had al maanden geen contact meer opgenomen.", "Ik wilde weten wat er aan de hand was.", "Ik ben op huisbezoek gegaan samen met een collega.", "De klant bleek opgenomen te zijn geweest; we hebben het contact hersteld.", "Ik leerde om niet te lang te wachten bij stilte."),
  "Ik kom met concrete ideeën.", "Ik durf actie te ondernemen bij stilstand.", "Ik wil mijn ideeën eerder met mijn teammanager afstemmen."),
 "netwerken": (
  ("Er waren weinig werkgevers in de zorg in ons netwerk.", "Ik wilde het aantal contacten uitbreiden.", "Ik heb een werkgeversontbijt mee georganiseerd met het werkgeversservicepunt.", "Er kwamen vijf nieuwe werkgevers in ons bestand.", "Ik merkte dat persoonlijk contact meer oplevert dan e-mail."),
  ("Een klant had schuldhulp nodig maar wachtte al maanden.", "Ik wilde de wachttijd verkorten.", "Ik heb contact gezocht met de schuldhulpverlening van de gemeente en een warme overdracht gedaan.", "De klant kon binnen twee weken terecht.", "Ik heb geleerd dat een goed netwerk in de wijk onmisbaar is."),
  "Ik leg makkelijk contact.", "Ik onderhoud mijn contacten goed.", "Ik wil mijn netwerk beter vastleggen zodat collega's het kunnen gebruiken."),
 "coachen": (
  ("Een klant met weinig zelfvertrouwen durfde niet te solliciteren.", "Ik wilde hem stap voor stap helpen.", "Ik heb met hem kleine opdrachten gemaakt en elke stap besproken.", "Hij solliciteerde na zes weken zelfstandig.", "Ik zag hoe belangrijk het is om successen te benoemen."),
  ("Een klant gaf de schuld van alles aan haar ex-werkgever.", "Ik wilde haar focus verleggen naar wat zij zelf kon doen.", "Ik gebruikte oplossingsgerichte vragen over haar toekomst.", "Zij formuleerde zelf een doel en ging daarmee aan de slag.", "Ik leerde dat geduld en goede vragen meer doen dan advies."),
  "Ik stel goede open vragen.", "Ik kan mensen motiveren.", "Ik wil leren om mijn eigen oplossingen langer voor me te houden."),
 "organiseren eigen werk": (
  ("Door ziekte van collega's steeg mijn caseload sterk.", "Ik moest het werk overzichtelijk houden.", "Ik heb een prioriteitenlijst gemaakt en die wekelijks met mijn teammanager besproken.", "Er bleven geen urgente zaken liggen.", "Ik leerde om eerder hulp te vragen."),
  ("Mijn rapportages liepen vaak achter.", "Ik wilde ze tijdig afronden.", "Ik heb vaste rapportagetijd in mijn agenda gezet.", "Mijn rapportages zijn nu binnen een week klaar.", "Ik merkte dat structuur mij rust geeft."),
  "Ik ben goed georganiseerd.", "Ik houd overzicht over veel dossiers.", "Ik wil beter nee zeggen tegen extra taken."),
}

EXP_B = {
 "klantgerichtheid": (
  ("Klant met dyslexie kreeg alle informatie per brief.", "Informatie toegankelijk maken.", "Ik sprak de afspraken voortaan in als spraakbericht.", "Klant miste geen afspraken meer.", "Vragen naar de voorkeur van de klant scheelt veel."),
  ("Klant kon alleen 's avonds bellen door mantelzorg.", "Bereikbaar blijven.", "Ik plande eens per twee weken een avondgesprek.", "Het traject kwam weer op gang.", "Flexibiliteit loont, mits ik het kan volhouden."),
  "betrokkenheid", "duidelijke uitleg", "minder snel zelf oplossen voor de klant"),
 "resultaatgerichtheid": (
  ("Veel dossiers zonder actueel plan van aanpak.", "Alle plannen actueel krijgen.", "Ik maakte een planning en werkte per week vijf dossiers bij.", "Binnen twee maanden alles actueel.", "Een haalbare planning werkt beter dan een grote inhaalslag."),
  ("Klant zat vast in een lange scholingsvraag.", "Komen tot een haalbaar doel.", "Ik vergeleek samen met de klant drie opleidingen op duur en baankans.", "Klant koos een korte opleiding en vond werk.", "Concreet maken helpt keuzes maken."),
  "doelgericht werken", "volhouden", "beter letten op de balans tussen snelheid en kwaliteit"),
 "samenwerken": (
  ("Overdracht van dossiers na reorganisatie verliep rommelig.", "Zorgen voor een nette overdracht.", "Ik stelde een overdrachtsformat voor en besprak dat in het team.", "Format wordt door iedereen gebruikt.", "Een simpel hulpmiddel kan samenwerking sterk verbeteren."),
  ("Arbeidsdeskundige en ik planden dubbele afspraken.", "Afstemmen.", "Ik stelde een gedeelde agenda voor.", "Geen dubbele afspraken meer.", "Kleine afspraken voorkomen ergernis."),
  "betrouwbaar", "helpt collega's graag", "eerder zeggen als iets mij dwarszit"),
 "oordeelsvorming": (
  ("Klant meldde zich ziek op de dag van een sollicitatie.", "Beoordelen of dit een patroon was.", "Ik keek terug in het dossier en besprak het met de klant.", "Het bleek een eenmalige situatie.", "Eerst feiten, dan oordelen."),
  ("Werkgever wilde een klant uitsluitend thuis laten werken.", "Beoordelen of dit passend was.", "Ik woog de medische adviezen en de wens van de klant.", "We kwamen tot een hybride oplossing.", "Meerdere bronnen maken mijn oordeel sterker."),
  "zorgvuldig", "onderbouwd", "sneller knopen doorhakken"),
 "initiatief": (
  ("Team miste kennis over de nieuwe WIA-regels.", "Kennis delen.", "Ik organiseerde een lunchbijeenkomst met een jurist.", "Twintig collega's namen deel.", "Initiatief nemen wordt gewaardeerd."),
  ("Klant wachtte lang op een jobcoach.", "Wachttijd overbruggen.", "Ik zocht zelf contact met een andere aanbieder.", "Jobcoach startte binnen twee weken.", "Niet afwachten maar zoeken naar alternatieven."),
  "pro-actief", "oplossingsgericht", "mijn ideeën beter uitwerken voor ik ze deel"),
 "netwerken": (
  ("Weinig contacten met werkgevers in de haven.", "Netwerk uitbreiden.", "Ik bezocht twee netwerkbijeenkomsten van het havenbedrijf.", "Drie nieuwe werkgevers gevonden.", "Fysiek aanwezig zijn opent deuren."),
  ("Klant had behoefte aan taalles.", "Geschikte aanbieder vinden.", "Ik legde contact met het taalhuis in de wijk.", "Klant volgt nu les.", "Lokale netwerken zijn waardevol."),
  "open houding", "goed in contact leggen", "contacten beter bijhouden"),
 "coachen": (
  ("Klant had faalangst bij sollicitaties.", "Zelfvertrouwen vergroten.", "Ik oefende sollicitatiegesprekken met hem.", "Hij werd aangenomen bij de tweede sollicitatie.", "Oefenen geeft vertrouwen."),
  ("Klant zag geen toekomst na afkeuring voor eigen werk.", "Nieuw perspectief bieden.", "Ik liet hem zijn vaardigheden in kaart brengen.", "Hij koos een nieuwe richting in de techniek.", "De klant moet zelf de richting kiezen."),
  "geduldig", "motiverend", "meer stilte laten vallen in gesprekken"),
 "organiseren eigen werk": (
  ("Veel administratie bleef liggen.", "Achterstand wegwerken.", "Ik blokte elke vrijdagochtend voor administratie.", "Achterstand weg binnen een maand.", "Vaste blokken werken voor mij."),
  ("Na mijn urenvermindering in 2024 moest ik mijn werk anders indelen.", "Caseload passend maken.", "Ik maakte afspraken met mijn teamleider over een kleinere caseload.", "Werkdruk is beheersbaar.", "Tijdig bespreken voorkomt problemen."),
  "gestructureerd", "planmatig", "beter prioriteren bij onverwachte taken"),
}
# ---------------------------------------------------------------- INTERVISION LAYOUTS
PARTS = ["c", "o", "e", "l", "f", "a", "i"]
PART_CODE = dict(c="casus", o="opmerkingen_collegas", e="eigen_bijdrage", l="leervragen",
                 f="leereffect", a="oordeelsvorming", i="initiatief")

def rec_parts(rec):
    skip = rec.get("skip", ())
    src = CASUISTIEK if rec.get("casu") else rec
    return [(k, src[k]) for k in PARTS if k not in skip]

def int_vragen(rec, who):
    Q = dict(c="Welke casus stond centraal?", o="Wat zeiden mijn collega's?", e="Wat heb ik zelf ingebracht?",
             l="Met welke leervragen ga ik verder?", f="Wat heb ik ervan geleerd voor mijn eigen werk?",
             a="Hoe heb ik de afwegingen gemaakt?", i="Wat zou ik zelf ondernemen?")
    b = [("title", "Verslag intervisie"), ("kv", "Datum bijeenkomst:", long_date(rec["d"])),
         ("kv", "Naam:", who["name"]), ("kv", "Groep / methode:", f"{who['group']} – {rec['m']}"), ("space", 0.3)]
    for k, v in rec_parts(rec): b += [("h", Q[k]), ("p", v)]
    return b

def int_grid(rec, who):
    L = dict(c="Casusbeschrijving", o="Inbreng van collega's", e="Mijn bijdrage aan de oplossing",
             l="Leervragen", f="Leereffect voor mijn werk", a="Eigen afwegingen (oordeelsvorming)",
             i="Acties die ik zelf zou ondernemen (initiatief)")
    b = [("title", "Opgaveformulier intervisiemoment"),
         ("table", [["Naam deelnemer", who["name"]], ["Datum intervisie", dmy(rec["d"])],
                    ["Intervisiegroep", who["group"]], ["Werkvorm", rec["m"]]], {"boldcol": True, "widths": [.32, .68]}),
         ("table", [[L[k], v] for k, v in rec_parts(rec)], {"boldcol": True, "widths": [.3, .7]})]
    return b

def int_caps(rec, who):
    L = dict(c="CASUS", o="REACTIES UIT DE GROEP", e="EIGEN INBRENG", l="LEERVRAGEN",
             f="LEEREFFECT", a="OORDEELSVORMING", i="INITIATIEF")
    b = [("title", "INTERVISIE – PERSOONLIJK VERSLAG"), ("p", f"{who['name']}\n{who['group']}, bijeenkomst van {day_long(rec['d'])}\nMethode: {rec['m']}")]
    for n, (k, v) in enumerate(rec_parts(rec), 1): b += [("lv", f"{n}. {L[k]}", v)]
    return b

def int_prose(rec, who):
    lead = dict(c="De casus van deze bijeenkomst was de volgende.", o="Mijn collega's reageerden daarop zo.",
                e="Zelf heb ik het volgende ingebracht.", l="Ik ging naar huis met deze leervragen.",
                f="Wat ik voor mijn eigen werk meeneem:", a="Bij het afwegen van wat hier goed was, heb ik het volgende overwogen.",
                i="Als ik opnieuw in deze situatie zou staan, zou ik zelf het volgende doen.")
    b = [("p", f"{who['name']} – intervisie {long_date(rec['d'])} ({who['group']}, {rec['m']})"), ("space", 0.3)]
    for k, v in rec_parts(rec): b.append(("p", lead[k] + " " + v))
    return b

def int_email(rec, who, sent):
    L = dict(c="Casus", o="Wat jullie inbrachten", e="Mijn eigen inbreng", l="Mijn leervragen",
             f="Leereffect", a="Mijn afwegingen", i="Wat ik zelf zou doen")
    b = [("p", f"Van: {who['name']} <{who['mail']}>\nAan: {who['group']}\n"
               f"Verzonden: {day_long(sent)} 21:14\nOnderwerp: verslag intervisie {D(rec['d']).day} {MONTHS[D(rec['d']).month-1]}"),
         ("space", 0.3), ("p", "Hoi allemaal,"),
         ("p", f"Zoals afgesproken hierbij mijn verslag van onze intervisie van {day_long(rec['d'])} ({rec['m']}). Ik heb het voor mijn hercertificering ook zo opgeslagen.")]
    for k, v in rec_parts(rec): b.append(("kv", L[k] + ":", v))
    b += [("p", "Dank voor jullie openheid, tot de volgende keer!"), ("p", "Groet,\n" + who["first"])]
    return b

def int_lettered(rec, who):
    L = dict(c="Casusbeschrijving", o="Opmerkingen van de collega's", e="Eigen bijdrage aan het oplossen van de casus",
             l="Leervragen", f="Leereffect voor het eigen werk", a="Eigen afwegingen bij het probleem (oordeelsvorming)",
             i="Acties die ik zelf zou hebben ondernomen (initiatief)")
    b = [("title", "Bijlage 5 – Opgaveformulier per intervisiemoment"),
         ("kv", "Naam:", who["name"]), ("kv", "Datum intervisiemoment:", dmy(rec["d"])), ("kv", "Methode:", rec["m"])]
    for n, (k, v) in enumerate(rec_parts(rec)): b += [("h", f"{'abcdefg'[n]}) {L[k]}"), ("p", v)]
    return b

def int_above(rec, who):
    L = dict(c="Beschrijving van de casus", o="Opmerkingen collega's", e="Wat ik zelf heb bijgedragen",
             l="Mijn leervragen", f="Het leereffect", a="Mijn overwegingen", i="Wat ik zelf zou ondernemen")
    rows = []
    for k, v in rec_parts(rec): rows += [[L[k]], [v]]
    return [("title", "Intervisieverslag"), ("p", f"Datum: {short_date(rec['d'])}    Deelnemer: {who['name']}    Werkvorm: {rec['m']}"),
            ("table", rows, {"boldrows": True, "widths": [1.0]})]

# ---------------------------------------------------------------- ACTIVITY FORMS
def fmt_h(minutes):
    h = minutes / 60
    return (f"{h:.2f}".rstrip("0").rstrip(".")).replace(".", ",")

def form_stacked(a, who):
    return [("title", "Opgaveformulier activiteit vakontwikkeling"), ("small", "Bijlage 4 – per activiteit één formulier invullen"),
            ("lv", "Naam kandidaat", who["name"]), ("lv", "Datum activiteit", a["date_txt"]), ("lv", "Titel / onderwerp", a["title"]),
            ("lv", "Organisator", a["org"]), ("lv", "Soort activiteit", a["kind_txt"]),
            ("lv", "A. Tijd aanwezigheid (excl. pauze & inloop)", a["A_txt"]), ("lv", "B. Tijd voorbereiding / zelfstudie", a["B_txt"]),
            ("lv", "C. Totaal aantal uren (A + B)", a["C_txt"]), ("lv", "Aantal PE-punten activiteit (C/2, max. 4)", a["pe_txt"])]

def form_inline(a, who):
    return [("title", "Opgave vakontwikkeling"), ("kv", "Deelnemer:", who["name"]),
            ("kv", "Wanneer:", a["date_txt"]), ("kv", "Naam bijeenkomst:", a["title"]), ("kv", "Aanbieder:", a["org"]),
            ("kv", "Vorm:", a["kind_txt"]), ("space", 0.2),
            ("kv", "Aanwezig, netto (A):", a["A_txt"]), ("kv", "Voorbereiding/zelfstudie (B):", a["B_txt"]),
            ("kv", "Totaal (C = A+B):", a["C_txt"]), ("kv", "PE (C gedeeld door 2, maximaal 4):", a["pe_txt"]),
            ("space", 0.4), ("small", "Bewijs van deelname is apart bijgevoegd.")]

def form_grid(a, who):
    return [("title", "Bijlage 4  Opgaveformulier vakontwikkeling"),
            ("table", [["Naam", who["name"]], ["Datum", a["date_txt"]], ["Titel activiteit", a["title"]],
                       ["Organisatie", a["org"]], ["Soort activiteit", a["kind_txt"]],
                       ["Tijd aanwezigheid (excl. pauze & inloop) – A", a["A_txt"]],
                       ["Tijd voorbereiding / zelfstudie – B", a["B_txt"]],
                       ["Totaal aantal uren C = A + B", a["C_txt"]],
                       ["Aantal PE-punten activiteit (max. 4) = C / 2", a["pe_txt"]]], {"boldcol": True, "widths": [.45, .55]})]

def form_gridtop(a, who):
    return [("title", "Opgaveformulier per activiteit"), ("p", f"Ingevuld door: {who['name']}"),
            ("table", [["Datum", "Activiteit", "Organisator", "Soort"], [a["date_txt"], a["title"], a["org"], a["kind_txt"]]],
             {"header": True, "widths": [.16, .4, .27, .17]}),
            ("table", [["A aanwezig", "B voorbereiding", "C totaal", "PE-punten"], [a["A_txt"], a["B_txt"], a["C_txt"], a["pe_txt"]]],
             {"header": True, "widths": [.25, .25, .25, .25]})]

def form_acro(path, a, who, seed):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = rl_canvas.Canvas(path, pagesize=A4); c.setTitle("Opgaveformulier activiteit")
    c.setFont("DVB", 15); c.drawString(2.5*cm, 27*cm, "Opgaveformulier activiteit (bijlage 4)")
    c.setFont("DV", 8.5); c.drawString(2.5*cm, 26.4*cm, "Invulbaar formulier – per activiteit vakontwikkeling één formulier")
    rows = [("naam", "Naam", who["name"]), ("datum", "Datum activiteit", a["date_txt"]), ("titel", "Titel", a["title"]),
            ("organisator", "Organisator", a["org"]), ("soort", "Soort activiteit", a["kind_txt"]),
            ("uren_a", "A  Tijd aanwezigheid (excl. pauze & inloop)", a["A_txt"]),
            ("uren_b", "B  Tijd voorbereiding/zelfstudie", a["B_txt"]),
            ("uren_c", "C  Totaal aantal uren = A + B", a["C_txt"]), ("pe", "Aantal PE-punten (C/2, max. 4)", a["pe_txt"])]
    y = 25*cm; f = c.acroForm
    for name, lab, val in rows:
        c.setFont("DV", 9.5); c.drawString(2.5*cm, y + 0.2*cm, lab)
        f.textfield(name=name, value=val.replace("–", "-").replace("→", "->"), x=10.8*cm, y=y, width=7.7*cm, height=0.75*cm, fontName="Helvetica",
                    fontSize=9, borderColor=colors.grey, fillColor=colors.HexColor("#f3f6fb"), textColor=colors.black)
        y -= 1.25*cm
    c.save()

FORM_LAYOUTS = dict(stacked=form_stacked, inline=form_inline, grid=form_grid, gridtop=form_gridtop)

# ---------------------------------------------------------------- PROOFS
def proof_cert(a, who, p):
    b = [("space", 2.5), ("center", a["org"], 13, True), ("space", 1.2), ("center", "CERTIFICAAT", 26, True), ("space", 0.6),
         ("center", p.get("name", who["name"]), 18, True), ("space", 0.4), ("center", a["title"], 14),
         ("center", long_date(a["date"]), 12)]
    if p.get("dur"): b.append(("center", p["dur"], 12))
    b += [("space", 2.0), ("sig", "Handtekening docent:", "draw", p.get("signer", ""), p.get("seed", 11))]
    return b

def proof_congress(a, who, p):
    return [("title", "Deelnamebevestiging"), ("p", a["org"]), ("space", 0.3),
            ("table", [["Deelnemer", p.get("name", who["name"])], ["Evenement", a["title"]], ["Datum", day_long(a["date"])],
                       ["Locatie", p.get("loc", "Rotterdam")], ["Programma", p["prog"]], ["Netto programmatijd", p["dur"]]],
             {"boldcol": True, "widths": [.3, .7], "grid": False}),
            ("p", "Deze bevestiging is gebaseerd op de registratie bij de ingang en de scan bij het verlaten van de zaal."),
            ("sig", "Namens de congresorganisatie:", "draw", p.get("signer", ""), p.get("seed", 12))]

def proof_elearn(a, who, p):
    return [("center", a["org"], 12, True), ("space", 0.8), ("center", "Bewijs van afronding e-learning", 18, True), ("space", 0.6),
            ("kv", "Cursist:", p.get("name", who["name"])), ("kv", "Module:", a["title"]), ("kv", "Status:", "afgerond (eindtoets behaald)"),
            ("kv", "Datum afronding:", dmy(a["date"])), ("kv", "Studielast:", p["dur"]), ("space", 0.5),
            ("small", "Dit bewijs is automatisch aangemaakt door de leeromgeving en is zonder handtekening geldig. Controlecode: " + p.get("code", "LL-00000"))]

def proof_teamlead(a, who, p):
    return [("p", p.get("place", "Rotterdam") + ", " + long_date(p.get("ldate", a["date"]))), ("space", 0.4),
            ("p", "Betreft: verklaring deelname vakoverleg"), ("space", 0.3), ("p", p["text"]),
            ("space", 0.6), ("sig", "Handtekening:", "draw", p["signer"], p.get("seed", 13))]

def proof_letter(a, who, p):
    return [("p", who["addr"]), ("space", 0.5), ("p", "Rotterdam, " + long_date(p["ldate"])),
            ("p", "Onderwerp: bevestiging deelname " + a["title"]), ("space", 0.3),
            ("p", p.get("aanhef", "Geachte heer/mevrouw,")), ("p", p["text"]),
            ("p", "Met vriendelijke groet,"), ("sig", "", "draw", p["signer"], p.get("seed", 14))]

def proof_email(a, who, p):
    return [("p", f"Van: {p['from']}\nAan: {who['mail']}\nDatum: {p['sent']}\nOnderwerp: {p['subj']}"), ("space", 0.4),
            ("p", p["text"]), ("p", p["sign"])]

def proof_list(a, who, p):
    rows = [["Naam", "Organisatie / team", "Paraaf"]]
    for n in p["names"]: rows.append([n, p["team"], "".join(w[0] for w in n.replace("-", " ").split() if w[0].isupper()) + "  ✓"])
    return [("title", "Presentielijst"), ("kv", "Bijeenkomst:", a["title"]), ("kv", "Datum:", dmy(a["date"])),
            ("kv", "Tijd:", p["time"]), ("table", rows, {"header": True, "widths": [.4, .4, .2]}),
            ("sig", "Paraaf voorzitter:", "draw", p["signer"], p.get("seed", 15))]

PROOF_LAYOUTS = dict(cert=proof_cert, congress=proof_congress, elearn=proof_elearn, teamlead=proof_teamlead,
                     letter=proof_letter, email=proof_email, list=proof_list)
# ---------------------------------------------------------------- DOSSIERS
HERE = os.path.dirname(os.path.abspath(__file__))
COH = os.path.join(HERE, "cohort"); TRU = os.path.join(HERE, "truth")

WHO_A = dict(id="U2-001", name="Fatima Zahra Amrani", first="Fatima", mail="fz.amrani@postvak-rijnmond.nl",
             group="intervisiegroep Zuid-3 (team Ziektewet)", addr="Mevrouw F.Z. Amrani\nWielewaalsingel 47\n3083 PK Rotterdam",
             app="2026-05-12", scheme="rib")
WHO_B = dict(id="U2-002", name="Marco de Bruijn", first="Marco", mail="mj.debruijn@kpnpost-voorbeeld.nl",
             group="intervisiegroep Werk & Re-integratie Noord", addr="De heer M.J. de Bruijn\nKastanjehof 12\n2991 ZR Barendrecht",
             app="2026-09-21", scheme="rib")

HS = "Hogeschool Maasstede – Academie voor Professionals"

def act(n, date, title, org, kind, kind_txt, A, B, A_txt, B_txt, form, proof, claimed=None, unreadable=False,
        date_txt=None, C_txt=None, pe_txt=None, ov_hours=None):
    pe = None if unreadable else min((A + B) / 120, 4.0)
    raw = None if unreadable else (A + B) / 120
    if pe_txt is None:
        pe_txt = (f"{raw:.2f}".replace(".", ",") + (" → max. 4,00" if raw > 4 else "")) if raw is not None else ""
    return dict(n=n, date=date, title=title, org=org, kind=kind, kind_txt=kind_txt, A=A, B=B, A_txt=A_txt, B_txt=B_txt,
                C_txt=C_txt or (fmt_h(A + B) + " uur"), pe_txt=pe_txt, form=form, proof=proof, unreadable=unreadable,
                pe=pe, claimed=claimed if claimed is not None else pe, date_txt=date_txt or dmy(date), ov_hours=ov_hours)

ACTS_A = [
 act(1, "2022-03-17", "Regionale arbeidsmarkt Rijnmond: kansen voor statushouders", HS, "workshop", "Workshop", 180, 60, "3 uur", "1 uur",
     ("stacked", "pdf", "03 Vakontwikkeling/opgave 01 workshop arbeidsmarkt.pdf"),
     ("cert", "pdf", "03 Vakontwikkeling/bewijzen/certificaat arbeidsmarkt Rijnmond.pdf", dict(dur="Duur: 3 uur", signer="drs. H. Koolhoven, programmamanager")),
     date_txt="17 maart 2022"),
 act(2, "2022-09-29", "Oplossingsgericht coachen in re-integratietrajecten", "Bureau Kompasroos Training", "cursus", "Eendaagse cursus", 360, 120,
     "6 uur (09.30–16.30 uur, lunchpauze van 1 uur niet meegeteld)", "2 uur",
     ("grid", "pdf", "03 Vakontwikkeling/opgave 02 oplossingsgericht coachen.pdf"),
     ("letter", "pdf", "03 Vakontwikkeling/bewijzen/document(2).pdf", dict(ldate="2022-10-11", signer="Ellen Kompas, trainer en eigenaar",
        aanhef="Beste mevrouw Amrani,",
        text="Hierbij bevestig ik dat u op donderdag 29 september 2022 de eendaagse cursus 'Oplossingsgericht coachen in re-integratietrajecten' volledig heeft gevolgd. De cursus liep van 09.30 tot 16.30 uur met een lunchpauze van een uur; de netto lestijd was daarmee 6 uur. U heeft de voorbereidende opdracht ingeleverd en actief deelgenomen aan de oefeningen."))),
 act(3, "2023-01-19", "Congres Werk & Participatie 2023: iedereen doet mee?", "Stichting Platform Participatie", "congres", "Congres", 315, 45, "5u15", "45 min",
     ("inline", "docx", "03 Vakontwikkeling/Opgave congres Werk en Participatie.docx"),
     ("congress", "photo", "03 Vakontwikkeling/bewijzen/IMG_20230120_083012.jpg", dict(prog="09.30 – 16.00 uur (incl. lunch en pauzes)", dur="5 uur en 15 minuten", loc="De Doelen, Rotterdam", signer="S. Verbeek, congresbureau"))),
 act(4, "2023-04-13", "Ziektewet en Poortwachter: actualiteiten 2023", "LeerLijn Sociale Zekerheid", "e-learning", "E-learning", 150, 90, "150 min", "1,5 uur",
     ("acro", "acro", "03 Vakontwikkeling/opgave_04_elearning_ZW.pdf"),
     ("elearn", "pdf", "03 Vakontwikkeling/bewijzen/LeerLijn_certificaat_1177.pdf", dict(dur="150 minuten", code="LL-23-04-1177-ZW"))),
 act(5, "2023-06-08", "Vakoverleg Ziektewet: re-integratie bij psychische klachten", "UWV vestiging Rotterdam Zuid, team Ziektewet", "vakoverleg", "Vakoverleg (gestructureerd, met agenda)", 240, 120, "4 uur", "2 uur",
     ("stacked", "pdf", "03 Vakontwikkeling/opgave 05 vakoverleg juni 2023.pdf"),
     ("teamlead", "pdf", "03 Vakontwikkeling/bewijzen/verklaring vakoverleg 8 juni 2023.pdf", dict(signer="K. Verhoeven, teammanager Ziektewet",
        text="Hierbij verklaar ik dat mevrouw F.Z. Amrani op donderdag 8 juni 2023 heeft deelgenomen aan het vakoverleg Ziektewet over re-integratie bij psychische klachten. Het overleg had een vaste agenda met een inleiding door de verzekeringsarts, twee casusbesprekingen en een terugkoppeling naar de werkinstructie. Het overleg duurde van 13.00 tot 17.00 uur; de deelnemers bereidden vooraf twee artikelen voor."))),
 act(6, "2023-10-05", "Schulden en re-integratie: signaleren en doorverwijzen", HS, "workshop", "Workshop", 210, 90, "09.00–12.30 uur", "1½ uur",
     ("gridtop", "pdf", "03 Vakontwikkeling/opgave 06 workshop schulden.pdf"),
     ("email", "pdf", "03 Vakontwikkeling/bewijzen/bevestiging workshop schulden.pdf", dict(**{"from": "Academie voor Professionals <academie@maasstede-hs.nl>"},
        sent="vrijdag 6 oktober 2023 10:02", subj="Deelnamebevestiging workshop Schulden en re-integratie",
        text="Beste Fatima Zahra Amrani,\n\nHartelijk dank voor je deelname aan de workshop 'Schulden en re-integratie: signaleren en doorverwijzen' op donderdag 5 oktober 2023 (09.00 – 12.30 uur). Met deze e-mail bevestigen wij je aanwezigheid; bewaar hem voor je registratie of hercertificering. De presentatie vind je in de leeromgeving.",
        sign="Met vriendelijke groet,\nTeam Academie voor Professionals\nHogeschool Maasstede"))),
 act(7, "2023-11-23", "Vakoverleg: inzet no-riskpolis en loonkostensubsidie", "UWV vestiging Rotterdam Zuid, team Ziektewet", "vakoverleg", "vakoverleg", 240, 120, "4", "2",
     ("inline", "pdf", "03 Vakontwikkeling/opgave 07 vakoverleg nov 2023.pdf"),
     ("list", "scanpdf", "03 Vakontwikkeling/bewijzen/scan0007.pdf", dict(time="13.00 – 17.00 uur", team="UWV Rotterdam Zuid – ZW",
        names=["Fatima Zahra Amrani", "Jeroen van Dalen", "Ilse Ramdin", "Koen Hagenaars", "Sevda Yilmaz", "Pieter-Jan Mol"], signer="K. Verhoeven (voorzitter)"))),
 act(8, "2024-03-14", "Symposium Inclusief Werkgeverschap Rijnmond", "Werkgeversservicepunt Rijnmond", "symposium", "Symposium", 270, 90, "4,5 uur", "1,5 uur",
     ("grid", "docx", "03 Vakontwikkeling/Opgaveformulier symposium inclusief werkgeverschap.docx"),
     ("cert", "photo", "03 Vakontwikkeling/bewijzen/IMG_20240315_091544.jpg", dict(dur="4,5 uur", signer="M. Bouali, voorzitter", name="Fatima Amrani"))),
 act(9, "2024-06-20", "Vakoverleg: samenwerking arbeidsdeskundige en re-integratiebegeleider", "UWV vestiging Rotterdam Zuid, team Ziektewet", "vakoverleg", "Vakoverleg", 300, 180, "5 uur", "3 uur",
     ("stacked", "pdf", "03 Vakontwikkeling/opgave 09 vakoverleg juni 2024.pdf"),
     ("teamlead", "pdf", "03 Vakontwikkeling/bewijzen/verklaring teammanager vakoverleg juni 2024.pdf", dict(ldate="2024-06-28", signer="K. Verhoeven, teammanager Ziektewet", seed=21,
        text="Als teammanager Ziektewet van de UWV-vestiging Rotterdam Zuid bevestig ik dat Fatima Zahra Amrani aanwezig was bij het vakoverleg van donderdag 20 juni 2024 over de samenwerking tussen arbeidsdeskundigen en re-integratiebegeleiders. Dit was een gestructureerde middag (12.30 – 17.30 uur, zonder pauze gerekend vijf uur) met vooraf toegestuurde casussen en een schriftelijke voorbereidingsopdracht."))),
 act(10, "2024-11-07", "Omgaan met agressie en ontspoorde gesprekken", "Trainingsbureau De Kade", "training", "Training (1 dag)", 390, 90, "6,5 uur", "1,5 uur",
     ("acro", "acro", "03 Vakontwikkeling/opgave_10_training_agressie.pdf"),
     ("cert", "pdf", "03 Vakontwikkeling/bewijzen/De Kade deelnamecertificaat.pdf", dict(dur="6,5 uur", signer="R. de Kade, trainer", seed=23))),
 act(11, "2025-02-13", "Vakoverleg: nieuwe werkinstructie Ziektewet 2025", "UWV vestiging Rotterdam Zuid, team Ziektewet", "vakoverleg", "vakoverleg", 150, 90, "2u30", "1u30",
     ("grid", "pdf", "03 Vakontwikkeling/opgave 11 vakoverleg feb 2025.pdf"),
     ("email", "pdf", "03 Vakontwikkeling/bewijzen/mail K Verhoeven vakoverleg 13-02-2025.pdf", dict(**{"from": "Verhoeven, Kees <k.verhoeven@uwv-zuid.voorbeeld.nl>"},
        sent="vrijdag 14 februari 2025 09:41", subj="RE: aanwezigheid vakoverleg werkinstructie",
        text="Hoi Fatima,\n\nJa hoor: hierbij bevestig ik dat je op donderdag 13 februari 2025 aanwezig was bij het vakoverleg over de nieuwe werkinstructie Ziektewet 2025. Het overleg liep van 14.00 tot 16.30 uur. Je mag deze mail gebruiken voor je hercertificering.",
        sign="Groet,\nKees Verhoeven\nteammanager Ziektewet, UWV Rotterdam Zuid"))),
 act(12, "2026-01-22", "Masterclass psychische kwetsbaarheid en duurzame inzetbaarheid", HS, "masterclass", "Masterclass", 360, 180, "6 uur", "3 uur",
     ("inline", "pdf", "03 Vakontwikkeling/opgave 12 masterclass.pdf"),
     ("cert", "scanpdf", "03 Vakontwikkeling/bewijzen/scan0012.pdf", dict(dur="Studiebelasting contacttijd: 6 uur", signer="dr. A. Wijnbergen, lector", seed=25)),
     claimed=4.0),
]
ACTS_A[5]["claimed"] = 3.0     # overview says 3,00 for the workshop schulden; form/computation give 2,50 -> PE-MISMATCH
ACTS_A[5]["ov_C"] = 360       # overview counts C as 6:00 (pauze meegeteld)

ACTS_B = [
 act(1, "2022-10-13", "Landelijk Congres Re-integratie 2022", "Stichting Vakdag Werk", "congres", "congres", 315, 45, "5 uur en 15 minuten", "0,75 uur",
     ("grid", "pdf", "vakontwikkeling/01 congres re-integratie opgave.pdf"),
     ("congress", "pdf", "vakontwikkeling/01 congres deelnamebevestiging.pdf", dict(prog="10.00 – 16.30 uur", dur="5u15", loc="Jaarbeurs Utrecht", signer="namens Stichting Vakdag Werk, L. Timmer"))),
 act(2, "2022-12-08", "WIA-beoordeling in de praktijk", HS, "cursus", "cursus (1 dag)", 360, 120, "6 uur", "2 uur",
     ("inline", "docx", "vakontwikkeling/02 opgave cursus WIA.docx"),
     ("cert", "pdf", "vakontwikkeling/02 certificaat WIA-beoordeling.pdf", dict(dur="6 contacturen", name="M.J. de Bruijn", signer="ir. P. Stam, opleidingscoördinator", seed=31))),
 act(3, "2023-03-16", "Vakoverleg team Werk: inzet jobcoaching", "UWV Rotterdam, team Werk & Re-integratie", "vakoverleg", "vakoverleg", 120, 30, "2 uur", "0,5 uur",
     ("inline", "pdf", "vakontwikkeling/03 opgave vakoverleg maart 2023.pdf"),
     ("teamlead", "pdf", "vakontwikkeling/03 verklaring teamleider.pdf", dict(signer="E. Sarmo, teamleider Werk & Re-integratie", seed=32,
        text="Hierbij bevestig ik dat de heer M.J. de Bruijn op 16 maart 2023 deelnam aan het vakoverleg van ons team over de inzet van jobcoaching. Het overleg werd voorbereid met een notitie van de arbeidsdeskundige en duurde twee uur (10.00 – 12.00 uur)."))),
 act(4, "2023-05-25", "Motiverende gespreksvoering: opfrisdag", "Bureau Kompasroos Training", "workshop", "workshop", 0, 60, "1 dagdeel", "1 uur",
     ("stacked", "pdf", "vakontwikkeling/04 opgave MGV.pdf"),
     ("cert", "photo", "vakontwikkeling/IMG_20230526_172201.jpg", dict(signer="E. Kompas", seed=33)),
     unreadable=True, C_txt="dagdeel + 1 uur", pe_txt="2,5", claimed=2.5),
 act(5, "2023-09-21", "AVG en privacy in het sociaal domein", "LeerLijn Sociale Zekerheid", "e-learning", "e-learning", 120, 60, "120 min", "1 uur",
     ("acro", "acro", "vakontwikkeling/05 opgave e-learning AVG.pdf"),
     ("elearn", "pdf", "vakontwikkeling/05 bewijs e-learning AVG.pdf", dict(dur="120 minuten", code="LL-23-09-4410-AVG"))),
 act(6, "2024-01-18", "Werken met de participatieladder", "Kenniscentrum Participatie Zuid-Holland", "training", "training", 360, 120, "6 uur", "2 uur",
     ("grid", "pdf", "vakontwikkeling/06 opgave participatieladder.pdf"), None),
 act(7, "2024-04-11", "Vakoverleg: re-integratie bij long covid", "UWV Rotterdam, team Werk & Re-integratie", "vakoverleg", "vakoverleg", 180, 60, "3 uur", "1 uur",
     ("gridtop", "pdf", "vakontwikkeling/07 opgave vakoverleg long covid.pdf"),
     ("list", "pdf", "vakontwikkeling/07 presentielijst.pdf", dict(time="13.30 – 16.30 uur", team="Werk & Re-integratie",
        names=["Marco de Bruijn", "Anouk Verschuren", "Rachid Ouali", "Gert Wassenaar", "Lotte Brink"], signer="E. Sarmo", seed=34))),
 act(8, "2024-10-03", "Masterclass duurzame inzetbaarheid vanuit arbeidsdeskundig perspectief", HS, "masterclass", "masterclass", 360, 120,
     "09.30 – 16.00 uur, pauze 30 minuten (netto 6 uur)", "2 uur",
     ("stacked", "docx", "vakontwikkeling/08 opgave masterclass duurzame inzetbaarheid.docx"),
     ("letter", "pdf", "vakontwikkeling/08 brief hogeschool.pdf", dict(ldate="2024-10-15", signer="dr. A. Wijnbergen, lector Werk en Gezondheid", seed=35,
        aanhef="Geachte heer De Bruijn,",
        text="Met genoegen bevestigen wij dat u op donderdag 3 oktober 2024 heeft deelgenomen aan de masterclass 'Duurzame inzetbaarheid vanuit arbeidsdeskundig perspectief'. Het programma liep van 09.30 tot 16.00 uur, met een pauze van 30 minuten. Wij danken u voor uw bijdrage aan de discussie."))),
 act(9, "2025-03-06", "Symposium Werkfit: begeleiding naar werk", "Stichting Platform Participatie", "symposium", "symposium", 270, 90, "4,5", "1,5",
     ("inline", "photo", "vakontwikkeling/IMG_20250307_120455.jpg"),
     ("email", "pdf", "vakontwikkeling/09 mail bevestiging symposium.pdf", dict(**{"from": "Platform Participatie <events@platformparticipatie-voorbeeld.nl>"},
        sent="7 maart 2025 08:15", subj="Bedankt voor je aanwezigheid bij Symposium Werkfit",
        text="Beste Marco de Bruijn,\n\nBedankt dat je gisteren, donderdag 6 maart 2025, aanwezig was bij het Symposium Werkfit: begeleiding naar werk. Volgens onze registratie was je aanwezig bij het volledige programma (13.00 – 17.30 uur, netto 4,5 uur inhoud). Deze e-mail geldt als bewijs van deelname.",
        sign="Hartelijke groet,\nTeam Platform Participatie"))),
 act(10, "2025-06-12", "WIA-hersteloperatie: wat betekent het voor de klant?", "LeerLijn Sociale Zekerheid", "webinar", "webinar", 90, 30, "90 min", "0,5 uur",
     ("grid", "pdf", "vakontwikkeling/10 opgave webinar WIA.pdf"),
     ("elearn", "pdf", "vakontwikkeling/10 bewijs webinar.pdf", dict(dur="90 minuten (live webinar)", code="LL-25-06-0931-WB"))),
 act(11, "2025-11-20", "ACT in lastige gesprekken", "Trainingsbureau De Kade", "workshop", "workshop", 210, 150, "09.00–12.30 uur", "2½ uur",
     ("acro", "acro", "vakontwikkeling/11 opgave ACT.pdf"),
     ("cert", "scanpdf", "vakontwikkeling/scan0011.pdf", dict(dur="09.00 – 12.30 uur", signer="R. de Kade", seed=36))),
 act(12, "2026-04-16", "Loonwaardemeting in de praktijk", "Kenniscentrum Participatie Zuid-Holland", "cursus", "cursus", 420, 180, "7 uur", "3 uur",
     ("stacked", "pdf", "vakontwikkeling/12 opgave loonwaardemeting.pdf"),
     ("letter", "pdf", "vakontwikkeling/12 deelnamebrief loonwaarde.pdf", dict(ldate="2026-04-16", signer="drs. W. Korte, directeur", seed=37,
        aanhef="Beste heer De Bruijn,",
        text="Hierbij verklaren wij dat u op 16 april 2026 de cursus 'Loonwaardemeting in de praktijk' heeft gevolgd (09.00 – 17.00 uur, waarvan 7 uur netto lestijd)."))),
]

# intervision plans: (record, layout, media, path, extra)
def plan_A():
    L = [("vragen", "pdf"), ("prose", "docx"), ("grid", "pdf"), ("email", "pdf"), ("caps", "scanpdf"), ("lettered", "soffice"),
         ("above", "pdf"), ("vragen", "docx"), ("grid", "pdf"), ("prose", "pdf"), ("lettered", "pdf"), ("caps", "pdf"), ("vragen", "pdf")]
    out = []
    for k, (rec, (lay, med)) in enumerate(zip(INT_A, L)):
        ext = ".docx" if med == "docx" else ".pdf"
        name = {4: "scan0003.pdf"}.get(k, f"{rec['d']} intervisie{ext}")
        if lay == "email": name = f"Verslag intervisie {D(rec['d']).day} {MON3[D(rec['d']).month-1]} {D(rec['d']).year} (mail).pdf"
        out.append((rec, lay, med, "04 Intervisie/" + name, dict(sent="2023-02-09")))
    # near-identical duplicate of the 2023-10-03 report, uploaded a second time as docx
    out.append((INT_A[6], "above", "docx", "04 Intervisie/intervisie okt 2023 (2).docx", dict(dup=True)))
    return out

def plan_B():
    L = [("grid", "pdf"), ("lettered", "docx"), ("caps", "pdf"), ("above", "pdf"), ("vragen", "photo"), ("grid", "pdf"),
         ("prose", "docx"), ("lettered", "pdf"), ("grid", "pdf"), ("caps", "pdf"), ("email", "pdf"), ("vragen", "soffice"), ("grid", "docx")]
    out = []
    for k, (rec, (lay, med)) in enumerate(zip(INT_B, L)):
        ext = {"docx": ".docx", "photo": ".jpg"}.get(med, ".pdf")
        name = f"intervisie/IMG_20230927_0812{k:02d}.jpg" if med == "photo" else f"intervisie/intervisieverslag {dmy(rec['d'])}{ext}"
        out.append((rec, lay, med, name, dict(sent="2025-05-22")))
    return out
# ---------------------------------------------------------------- BUILD
DOCS, FIELDS, INTS = [], [], []
def doc(cid, path, dtype, sig): DOCS.append((cid, f"{cid}/{path}", dtype, sig))
def field(cid, path, k, v): FIELDS.append((cid, f"{cid}/{path}", k, v))

def emit(cid, path, blocks, media, seed=1, **kw):
    full = os.path.join(COH, cid, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if media == "pdf": make_pdf(full, blocks, **kw)
    elif media == "docx": make_docx(full, blocks, sigseed=seed)
    elif media == "soffice":
        tmp = full[:-4] + ".docx"; make_docx(tmp, blocks, sigseed=seed); soffice_pdf(tmp, full, blocks)
    elif media in ("scanpdf", "photo"): scan_blocks(full, blocks, seed, as_photo=(media == "photo"), **kw)
    else: raise ValueError(media)

def pe2(x): return f"{x:.2f}"

def work_stats(app, periods):
    a = D(app); s = dt.date(a.year - 4, a.month, a.day); total = (a - s).days + 1
    days = 0; wsum = 0.0
    for st, en, hrs, ft in periods:
        st, en = max(D(st), s), min(D(en) if en else a, a)
        if en >= st:
            n = (en - st).days + 1; days += n; wsum += n * hrs / ft
    return min(4.0, days / total * 4), wsum / days

def build_acts(who, acts):
    cid = who["id"]; rows = []
    for i, a in enumerate(acts):
        lay, med, path = a["form"]
        if med == "acro": form_acro(os.path.join(COH, cid, path), a, who, i)
        else: emit(cid, path, FORM_LAYOUTS[lay](a, who), med, seed=100 + i)
        doc(cid, path, "opgaveformulier_activiteit", "*")
        field(cid, path, "date", a["date"]); field(cid, path, "title", a["title"]); field(cid, path, "kind", a["kind"])
        field(cid, path, "hours_attendance", "" if a["unreadable"] else f"{a['A']/60:.2f}")
        field(cid, path, "hours_preparation", f"{a['B']/60:.2f}")
        field(cid, path, "pe", "" if a["pe"] is None else pe2(a["pe"]))
        if a["proof"]:
            play, pmed, ppath, p = a["proof"]
            emit(cid, ppath, PROOF_LAYOUTS[play](a, who, p), pmed, seed=200 + i)
            doc(cid, ppath, "bewijs_deelname", "*")
            field(cid, ppath, "proves", f"{cid}/{path}"); field(cid, ppath, "participant", p.get("name", who["name"]))
            field(cid, ppath, "date", a["date"])
            if not (play == "cert" and "dur" not in p): field(cid, ppath, "duration_hours", f"{a['A']/60:.2f}")
    return rows

def counted_pe(who, acts):
    a0 = D(who["app"]); s = dt.date(a0.year - 4, a0.month, a0.day)
    tot, vak = 0.0, 0.0
    for a in acts:
        a["in_period"] = s <= D(a["date"]) <= a0
        a["counts"] = a["in_period"] and a["proof"] is not None and not a["unreadable"]
        if a["counts"]:
            if a["kind"] == "vakoverleg": vak += a["pe"]
            else: tot += a["pe"]
    return tot + min(vak, 10.0), vak

def build_ints(who, plan):
    cid = who["id"]; valid = 0
    for k, (rec, lay, med, path, ex) in enumerate(plan):
        fn = {"vragen": int_vragen, "grid": int_grid, "caps": int_caps, "prose": int_prose, "lettered": int_lettered, "above": int_above}
        blocks = int_email(rec, who, ex["sent"]) if lay == "email" else fn[lay](rec, who)
        emit(cid, path, blocks, med, seed=300 + k + (50 if ex.get("dup") else 0))
        doc(cid, path, "intervisieverslag", "*")
        missing = ";".join(PART_CODE[x] for x in rec.get("skip", ()))
        field(cid, path, "date", rec["d"]); field(cid, path, "missing_sections", missing)
        verdict = "casuistiek" if rec.get("casu") else "intervisie"
        counted = (verdict == "intervisie") and not missing and not ex.get("dup")
        valid += counted
        INTS.append((cid, f"{cid}/{path}", verdict, "true" if counted else "false"))
    return valid

# ------------------------------------------------------------ fixed documents, candidate A
def aanvraag_blocks(who, extra_rows, date_txt, seed, signed=True):
    return [("title", "Aanvraagformulier hercertificering"),
            ("p", "Hobéon SKO – Hercertificeringsregeling Klantmanagers discipline re-integratie (RIB)"),
            ("h", "1. Persoonsgegevens")] + extra_rows + [
            ("h", "Ondertekening"),
            ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld en ga akkoord met de voorwaarden van de regeling."),
            ("kv", "Plaats en datum:", date_txt),
            ("sig", "Handtekening aanvrager:", "draw" if signed else "none", who["name"], seed)]

def overeenkomst_blocks(who, seed):
    arts = ["Hobéon SKO beoordeelt het ingediende dossier aan de hand van de Hercertificeringsregeling Klantmanagers discipline re-integratie die geldt op de datum van aanvraag.",
            "De kandidaat levert alle bewijsstukken volledig, in het Nederlands en goed leesbaar aan via het portal.",
            "De kandidaat verklaart dat de aangeleverde stukken naar waarheid zijn opgesteld. Bij fraude vervalt het certificaat.",
            "Hobéon SKO behandelt alle documenten vertrouwelijk en bewaart ze niet langer dan nodig voor de beoordeling.",
            "Tegen een certificatiebeslissing kan de kandidaat binnen zes weken bezwaar maken volgens de bezwaarprocedure.",
            "Deze overeenkomst geldt als de formele indiening van de aanvraag tot hercertificering."]
    b = [("title", "Certificatieovereenkomst hercertificering"), ("p", "De ondergetekenden:"),
         ("p", "1. Hobéon SKO, hierna te noemen: de certificatie-instelling;"),
         ("p", f"2. {who['name']}, {who['addr'].splitlines()[1]}, {who['addr'].splitlines()[2]}, hierna te noemen: de kandidaat;"),
         ("p", "komen het volgende overeen:")]
    for n, t in enumerate(arts, 1): b.append(("kv", f"Artikel {n}.", t))
    return b

def build_A():
    w = WHO_A; cid = w["id"]
    p = "01 Aanvraag/IMG_20260512_201533.jpg"
    emit(cid, p, aanvraag_blocks(w, [("lv", "Achternaam", "Amrani"), ("lv", "Voornamen", "Fatima Zahra"), ("lv", "Geboortedatum", "03-03-1984"),
         ("lv", "Adres", "Wielewaalsingel 47, 3083 PK Rotterdam"), ("lv", "E-mail", w["mail"]), ("lv", "Telefoon", "06-41 87 22 90"),
         ("h", "2. Huidig certificaat"), ("lv", "Registernummer", "RIB-2018-0447"), ("lv", "Geldig tot", "30-06-2026"),
         ("h", "3. Werkgever"), ("lv", "Organisatie", "UWV, vestiging Rotterdam Zuid"), ("lv", "Functie", "re-integratiebegeleider")],
         "Rotterdam, 12-05-2026", 41), "photo", seed=41)
    doc(cid, p, "aanvraagformulier", "visual"); field(cid, p, "candidate_name", w["name"]); field(cid, p, "application_date", w["app"])
    p = "01 Aanvraag/Certificatieovereenkomst Amrani getekend.pdf"
    emit(cid, p, overeenkomst_blocks(w, 42) + [("space", 0.5), ("kv", "Datum:", "12 mei 2026"),
         ("sig", "Handtekening kandidaat:", "draw", w["name"], 42), ("sig", "Namens Hobéon SKO:", "draw", "mr. J. Brandsma, manager certificatie", 43)], "pdf")
    doc(cid, p, "certificatieovereenkomst", "visual")
    p = "02 Werk/Werkgeversverklaring UWV - F.Z. Amrani.pdf"
    emit(cid, p, [("p", "Aan: Hobéon SKO, afdeling certificatie"), ("space", 0.4), ("p", "Rotterdam, 4 mei 2026"),
         ("p", "Betreft: werkgeversverklaring ten behoeve van hercertificering"), ("space", 0.3), ("p", "Geachte heer, mevrouw,"),
         ("p", "Hierbij verklaar ik dat mevrouw Fatima Zahra Amrani, geboren op 3 maart 1984, sinds 1 februari 2019 onafgebroken in dienst is van UWV en sindsdien bij de vestiging Rotterdam Zuid als re-integratiebegeleider in het team Ziektewet werkzaam is met een arbeidsduur van 32 uur per week."),
         ("p", "Mevrouw Amrani vervult deze functie op de datum van deze verklaring nog steeds; er is geen einddatum van het dienstverband bekend."),
         ("p", "Met vriendelijke groet,"),
         ("sig", "Handtekening:", "draw", "K. Verhoeven\nteammanager Ziektewet, UWV vestiging Rotterdam Zuid", 44)],
         "pdf", letterhead=dict(name="UWV  |  vestiging Rotterdam Zuid", lines=["Zuidplein-kantoor, Postbus 8071", "3009 AB Rotterdam"]))
    doc(cid, p, "werkverklaring", "visual")
    for k, v in [("role", "re-integratiebegeleider"), ("period1_start", "2019-02-01"), ("period1_end", ""), ("period1_hours_per_week", "32"), ("period1_role", "re-integratiebegeleider")]:
        field(cid, p, k, v)
    # ervaringsverklaring: STARR parts as small headings; strengths inline
    b = [("title", "Ervaringsverklaring"), ("p", f"Naam: {w['name']}\nFunctie: re-integratiebegeleider, UWV Rotterdam Zuid\nPeriode: 2022 – 2026"),
         ("p", "In deze verklaring beschrijf ik per competentie hoe ik mij de afgelopen jaren heb ontwikkeld. Ik heb daarbij mijn functioneringsgesprekken van 2023, 2024 en 2025 gebruikt.")]
    for comp in COMPS:
        e1, e2, s1, s2, dev = EXP_A[comp]
        b.append(("h", comp[0].upper() + comp[1:]))
        for n, ex in enumerate((e1, e2), 1):
            b.append(("kv", f"Voorbeeld {n}", ""))
            for lab, t in zip(["Situatie", "Taak", "Activiteiten", "Resultaat", "Reflectie"], ex): b.append(("lv", lab, t))
        b.append(("p", f"Mijn sterke punten zijn 1) {s1[0].lower() + s1[1:-1]} en 2) {s2[0].lower() + s2[1:-1]}."))
        b.append(("p", "Ontwikkelpunt: " + dev))
    b += [("space", 0.5), ("p", "Gezien en besproken door de leidinggevende:"),
          ("sig", "Handtekening leidinggevende:", "draw", "K. Verhoeven, teammanager Ziektewet – 6 mei 2026", 45)]
    p = "02 Werk/Ervaringsverklaring F. Amrani.pdf"; emit(cid, p, b, "soffice", seed=45)
    doc(cid, p, "ervaringsverklaring", "visual"); field(cid, p, "incomplete_competencies", "")
    build_acts(w, ACTS_A)
    # overview: xlsx with clock-notation hour cells
    import openpyxl
    from openpyxl.styles import Font, Border, Side
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Vakontwikkeling"
    ws["A1"] = "Overzicht vakontwikkeling (bijlage 3) – Fatima Zahra Amrani"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Periode: mei 2022 – mei 2026"
    hdr = ["Nr", "Datum", "Activiteit", "Organisator", "Soort", "Aanwezig (u:mm)", "Voorbereiding (u:mm)", "Totaal (u:mm)", "PE-punten"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]: c.font = Font(bold=True)
    tot = 0
    for a in ACTS_A:
        C = a.get("ov_C", a["A"] + a["B"])
        ws.append([a["n"], D(a["date"]), a["title"], a["org"], a["kind_txt"], a["A"]/1440, a["B"]/1440, C/1440, a["claimed"]])
        r = ws.max_row; ws.cell(r, 2).number_format = "DD-MM-YYYY"
        for col in (6, 7, 8): ws.cell(r, col).number_format = "[h]:mm"
        ws.cell(r, 9).number_format = "0.00"; tot += a["claimed"]
    ws.append([]); ws.append(["", "", "Totaal opgevoerde PE-punten", "", "", "", "", "", round(tot, 2)])
    ws.cell(ws.max_row, 9).number_format = "0.00"; ws.cell(ws.max_row, 3).font = Font(bold=True)
    for col, wd in zip("ABCDEFGHI", [5, 12, 58, 40, 22, 14, 18, 13, 10]): ws.column_dimensions[col].width = wd
    p = "03 Vakontwikkeling/Overzicht vakontwikkeling Amrani.xlsx"; full = os.path.join(COH, cid, p)
    wb.properties.creator = ""; wb.properties.created = dt.datetime(2026, 5, 1); wb.properties.modified = dt.datetime(2026, 5, 1)
    wb.save(full)
    doc(cid, p, "overzicht_vakontwikkeling", "*"); field(cid, p, "activities", str(len(ACTS_A))); field(cid, p, "pe_claimed", pe2(tot))
    valid = build_ints(w, plan_A())
    return tot, valid

def build_B():
    w = WHO_B; cid = w["id"]
    p = "aanvraagformulier hercertificering.pdf"
    emit(cid, p, aanvraag_blocks(w, [("table", [["Naam", "De Bruijn"], ["Voorletters / roepnaam", "M.J. (Marco)"], ["Geboortedatum", "17-11-1979"],
         ["Burgerservicenummer", "249566758"], ["Adres", "Kastanjehof 12, 2991 ZR Barendrecht"], ["E-mailadres", w["mail"]],
         ["Registernummer certificaat", "RIB-2018-0913"], ["Werkgever", "UWV, Rotterdam – team Werk & Re-integratie"],
         ["Functie", "klantmanager re-integratie"], ["Regeling", "RIB – hercertificering"]], {"boldcol": True, "widths": [.38, .62]})],
         "Barendrecht, 21 september 2026", 51), "pdf")
    doc(cid, p, "aanvraagformulier", "visual"); field(cid, p, "candidate_name", w["name"]); field(cid, p, "application_date", w["app"])
    # certificatieovereenkomst as fillable PDF, signature = typed name in field "handtekening"
    p = "Certificatieovereenkomst_ingevuld.pdf"; full = os.path.join(COH, cid, p)
    tmp = tempfile.mktemp(suffix=".pdf"); make_pdf(tmp, overeenkomst_blocks(w, 52))
    c = rl_canvas.Canvas(full, pagesize=A4)
    # page: re-typeset the articles with platypus onto canvas via Frame
    from reportlab.platypus import Frame
    fr = Frame(2.5*cm, 9*cm, A4[0]-5*cm, A4[1]-11*cm, showBoundary=0)
    fr.addFromList(pdf_story(overeenkomst_blocks(w, 52)), c)
    c.setFont("DVB", 10); c.drawString(2.5*cm, 7.6*cm, "Ondertekening door de kandidaat")
    c.setFont("DV", 9.5)
    f = c.acroForm
    for lab, name, val, y in [("Naam", "naam", w["name"], 6.6), ("Datum", "datum", "21-09-2026", 5.6), ("Handtekening", "handtekening", "M.J. de Bruijn", 4.6)]:
        c.drawString(2.5*cm, y*cm + 0.2*cm, lab)
        f.textfield(name=name, value=val, x=6*cm, y=y*cm, width=8*cm, height=0.75*cm, fontName="Helvetica-Oblique" if name == "handtekening" else "Helvetica",
                    fontSize=11 if name == "handtekening" else 9, borderColor=colors.grey, fillColor=colors.white, textColor=colors.black)
    c.save(); os.remove(tmp)
    doc(cid, p, "certificatieovereenkomst", "form")
    # werkgeversverklaring: table with two periods, scanned
    p = "werkgeversverklaring/scan_werkgeversverklaring_2026-09.pdf"
    emit(cid, p, [("title", "Werkgeversverklaring"), ("small", "conform sjabloon bijlage 1 – hercertificering klantmanagers re-integratie"),
         ("table", [["Naam werknemer", "M.J. (Marco) de Bruijn"], ["Werkgever", "UWV, district Rotterdam – team Werk & Re-integratie"],
                    ["Functie", "klantmanager re-integratie"], ["Volledige arbeidsduur (fulltime) bij werkgever", "36 uur per week"],
                    ["Nog in dienst op datum verklaring", "ja"]], {"boldcol": True, "widths": [.45, .55]}),
         ("p", "Overzicht van de aanstelling in de functie:"),
         ("table", [["Periode van", "tot en met", "Functie", "Uren per week"],
                    ["01-09-2019", "31-03-2024", "klantmanager re-integratie", "36"],
                    ["01-04-2024", "heden", "klantmanager re-integratie", "24"]], {"header": True, "widths": [.2, .2, .4, .2]}),
         ("small", "Per 1 april 2024 is de arbeidsduur op verzoek van de werknemer verminderd; het dienstverband en de functie zijn ongewijzigd."),
         ("space", 0.4), ("kv", "Plaats, datum:", "Rotterdam, 14 september 2026"),
         ("kv", "Naam leidinggevende:", "E. Sarmo"), ("kv", "Functie leidinggevende:", "teamleider Werk & Re-integratie"),
         ("sig", "Handtekening:", "draw", "", 53)], "scanpdf", seed=53)
    doc(cid, p, "werkverklaring", "visual")
    for k, v in [("role", "klantmanager re-integratie"), ("period1_start", "2019-09-01"), ("period1_end", "2024-03-31"), ("period1_hours_per_week", "36"),
                 ("period1_role", "klantmanager re-integratie"), ("period2_start", "2024-04-01"), ("period2_end", ""), ("period2_hours_per_week", "24"),
                 ("period2_role", "klantmanager re-integratie"), ("fulltime_hours", "36")]:
        field(cid, p, k, v)
    # ervaringsverklaring: two-column tables per competency, raw docx, NOT signed
    b = [("title", "Ervaringsverklaring hercertificering"), ("p", "Naam: Marco de Bruijn – klantmanager re-integratie"),
         ("p", "Per competentie twee voorbeelden volgens STARR, twee sterke punten en één ontwikkelpunt.")]
    for comp in COMPS:
        e1, e2, s1, s2, dev = EXP_B[comp]
        rows = []
        for n, ex in enumerate((e1, e2), 1):
            for lab, t in zip(["Situatie", "Taak", "Activiteiten", "Resultaat", "Reflectie"], ex): rows.append([f"Voorbeeld {n} – {lab}", t])
        rows += [["Sterk punt 1", s1], ["Sterk punt 2", s2], ["Ontwikkelpunt", dev]]
        b += [("h", comp.capitalize()), ("table", rows, {"boldcol": True, "widths": [.32, .68]})]
    b += [("p", "Besproken met leidinggevende op: ____________"), ("sig", "Handtekening leidinggevende:", "none", "")]
    p = "Ervaringsverklaring M de Bruijn.docx"; emit(cid, p, b, "docx")
    doc(cid, p, "ervaringsverklaring", "none"); field(cid, p, "incomplete_competencies", "")
    build_acts(w, ACTS_B)
    # overview: ODS
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table as OTable, TableRow, TableCell
    from odf.text import P as OP
    from odf.number import DateStyle, Day, Month, Year, Text as NText
    from odf.style import Style as OStyle
    ods = OpenDocumentSpreadsheet(); t = OTable(name="Overzicht")
    dst = DateStyle(name="dmy")
    dst.addElement(Day(style="long")); dst.addElement(NText(text="-")); dst.addElement(Month(style="long"))
    dst.addElement(NText(text="-")); dst.addElement(Year(style="long")); ods.automaticstyles.addElement(dst)
    dcell = OStyle(name="datecell", family="table-cell", datastylename="dmy"); ods.automaticstyles.addElement(dcell)
    def row(cells):
        tr = TableRow()
        for c in cells:
            if isinstance(c, float) or isinstance(c, int):
                tc = TableCell(valuetype="float", value=c); tc.addElement(OP(text=str(c).replace(".", ",")))
            elif isinstance(c, tuple):
                tc = TableCell(valuetype="date", datevalue=c[0], stylename=dcell); tc.addElement(OP(text=c[1]))
            else:
                tc = TableCell(valuetype="string"); tc.addElement(OP(text=c))
            tr.addElement(tc)
        t.addElement(tr)
    row(["Overzicht vakontwikkeling M.J. de Bruijn (bijlage 3)"]); row([])
    row(["Datum activiteit", "Omschrijving", "Organisatie", "Type", "Uren aanwezig", "Uren voorbereiding", "Uren totaal", "PE-punten"])
    tot = 0.0
    for a in ACTS_B:
        Ah = "dagdeel" if a["unreadable"] else a["A"]/60
        Ch = "dagdeel + 1" if a["unreadable"] else (a["A"]+a["B"])/60
        row([(a["date"], dmy(a["date"])), a["title"], a["org"], a["kind_txt"], Ah, a["B"]/60, Ch, a["claimed"]]); tot += a["claimed"]
    row([]); row(["", "Totaal", "", "", "", "", "", round(tot, 2)])
    ods.spreadsheet.addElement(t)
    p = "vakontwikkeling/Overzicht vakontwikkeling 2022-2026.ods"; ods.save(os.path.join(COH, cid, p))
    doc(cid, p, "overzicht_vakontwikkeling", "*"); field(cid, p, "activities", str(len(ACTS_B))); field(cid, p, "pe_claimed", pe2(tot))
    valid = build_ints(w, plan_B())
    return tot, valid

def wcsv(name, header, rows):
    import csv
    with open(os.path.join(TRU, name), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\n"); wr.writerow(header); wr.writerows(sorted(rows))

def main():
    random.seed(20261207)
    for d in (COH, TRU): shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    claimed_a, valid_a = build_A(); claimed_b, valid_b = build_B()
    pe_a, vak_a = counted_pe(WHO_A, ACTS_A); pe_b, vak_b = counted_pe(WHO_B, ACTS_B)
    wy_a, fte_a = work_stats(WHO_A["app"], [("2019-02-01", None, 32, 36)])
    wy_b, fte_b = work_stats(WHO_B["app"], [("2019-09-01", "2024-03-31", 36, 36), ("2024-04-01", None, 24, 36)])
    A, B = "U2-001", "U2-002"
    fa = lambda a: f"{A}/{a['form'][2]}"
    find, allow = [], []
    # --- U2-001: warnings only
    assert not ACTS_A[0]["in_period"]
    find.append((A, "PE-OUT-OF-PERIOD", fa(ACTS_A[0])))
    find.append((A, "PE-MISMATCH", f"{A}/03 Vakontwikkeling/Overzicht vakontwikkeling Amrani.xlsx"))
    allow.append((A, "PE-MISMATCH", fa(ACTS_A[5])))
    find.append((A, "INT-DUPLICATE", f"{A}/04 Intervisie/intervisie okt 2023 (2).docx"))
    allow.append((A, "INT-DUPLICATE", f"{A}/04 Intervisie/2023-10-03 intervisie.pdf"))
    allow.append((A, "PE-ACTIVITY-CAP", fa(ACTS_A[11]))); allow.append((A, "PE-VAKOVERLEG-CAP", ""))
    for a in ACTS_A:
        if a["kind"] == "vakoverleg": allow.append((A, "PE-VAKOVERLEG-CAP", fa(a)))
    # --- U2-002: aanvulling
    b4, b6, b12 = ACTS_B[3], ACTS_B[5], ACTS_B[11]
    find.append((B, "SIG-MISSING", f"{B}/Ervaringsverklaring M de Bruijn.docx"))
    find.append((B, "PE-HOURS-UNREADABLE", f"{B}/{b4['form'][2]}"))
    find.append((B, "PE-NO-PROOF", f"{B}/{b6['form'][2]}"))
    casu = [p for (c, p, v, k) in INTS if c == B and v == "casuistiek"][0]
    find.append((B, "INT-CASUISTIEK", casu))
    miss = [p for (c, p, k, v) in FIELDS if c == B and k == "missing_sections" and v][0]
    find.append((B, "INT-SECTIONS", miss))
    assert valid_b < 12 and pe_b < 32
    find.append((B, "INT-COUNT", "")); find.append((B, "PE-TOTAL", ""))
    allow.append((B, "PRIVACY-BSN", f"{B}/aanvraagformulier hercertificering.pdf"))
    allow.append((B, "PE-MISMATCH", f"{B}/vakontwikkeling/Overzicht vakontwikkeling 2022-2026.ods"))
    allow.append((B, "PE-MISMATCH", f"{B}/{b4['form'][2]}"))
    allow.append((B, "PE-ACTIVITY-CAP", f"{B}/{b12['form'][2]}"))
    assert pe_a >= 32 and valid_a >= 12 and wy_a >= 3 and fte_a >= 0.5 and wy_b >= 3 and fte_b >= 0.5
    wcsv("dossiers.csv", ["candidate_id", "outcome", "pe_counted", "intervisions_valid", "currently_employed", "pe_counted_alt",
                          "intervisions_valid_alt", "outcome_alt", "scheme", "work_years", "avg_fte", "pe_claimed"],
         [(A, "toekenning", pe2(pe_a), valid_a, "true", "", "", "", "rib", f"{wy_a:.2f}", f"{fte_a:.3f}", pe2(claimed_a)),
          (B, "aanvulling", pe2(pe_b), valid_b, "true", "", "", "", "rib", f"{wy_b:.2f}", f"{fte_b:.3f}", pe2(claimed_b))])
    wcsv("findings.csv", ["candidate_id", "code", "document"], find)
    wcsv("findings_allowed.csv", ["candidate_id", "code", "document"], allow)
    wcsv("intervisions.csv", ["candidate_id", "document", "verdict", "counted"], INTS)
    wcsv("documents.csv", ["candidate_id", "document", "doc_type", "signature"], DOCS)
    wcsv("fields.csv", ["candidate_id", "document", "field", "value"], FIELDS)
    with open(os.path.join(COH, "cohort.csv"), "w", encoding="utf-8") as fh:
        fh.write("candidate_id,name,scheme,application_date\n")
        fh.write(f"{A},{WHO_A['name']},rib,{WHO_A['app']}\n{B},{WHO_B['name']},rib,{WHO_B['app']}\n")
    for root, _, files in os.walk(COH):
        for fn in files: normalize_file(os.path.join(root, fn))
    print("U2-001 pe", pe_a, "vak", vak_a, "claimed", claimed_a, "valid", valid_a, "wy", wy_a, "fte", fte_a)
    print("U2-002 pe", pe_b, "vak", vak_b, "claimed", claimed_b, "valid", valid_b, "wy", wy_b, "fte", fte_b)

if __name__ == "__main__":
    main()
