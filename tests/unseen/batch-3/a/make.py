#!/usr/bin/env python3
"""Regenerates cohort/ and truth/ for batch-3/a. Deterministic (seed 31)."""
import os, csv, shutil, random, datetime as dt
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import docx, openpyxl

random.seed(31)
HERE = os.path.dirname(os.path.abspath(__file__))
CO = os.path.join(HERE, 'cohort'); TR = os.path.join(HERE, 'truth')
for d in (CO, TR):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
W, H = A4
D = dt.date
MAAND = ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']
def nl(d): return f"{d.day} {MAAND[d.month-1]} {d.year}"
def dmy(d): return d.strftime('%d-%m-%Y')

DOCS, FIELDS, FIND, ALLOW, INTS = [], [], [], [], []
def rec(cid, path, dtype, sig, **f):
    DOCS.append((cid, path, dtype, sig))
    for k, v in f.items(): FIELDS.append((cid, path, k, v))

# ---------------- rendering helpers ----------------
def wrap(text, n=88):
    out, line = [], ''
    for w in text.split():
        if len(line) + len(w) + 1 > n: out.append(line); line = w
        else: line = (line + ' ' + w).strip()
    if line: out.append(line)
    return out or ['']

def pdf(path, items, center=False):
    """items: list of (style, text) style in h,b,p,c(center),sig,dots,sp,kv"""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4); y = H - 60
    def nl_(dy):
        nonlocal y
        y -= dy
        if y < 60: c.showPage(); y = H - 60
    for st, t in items:
        if st == 'h': c.setFont('DVB', 14); c.drawString(55, y, t); nl_(24)
        elif st == 'hc': c.setFont('DVB', 18); c.drawCentredString(W/2, y, t); nl_(30)
        elif st == 'b': c.setFont('DVB', 10.5); c.drawString(55, y, t); nl_(15)
        elif st == 'c': c.setFont('DV', 12); c.drawCentredString(W/2, y, t); nl_(22)
        elif st == 'sp': nl_(12)
        elif st == 'p':
            c.setFont('DV', 10)
            for l in wrap(t): c.drawString(55, y, l); nl_(13.5)
        elif st == 'kv':
            k, v = t; c.setFont('DVB', 10); c.drawString(55, y, k); c.setFont('DV', 10)
            lines = wrap(v, 60)
            for l in lines: c.drawString(230, y, l); nl_(14)
        elif st == 'grid':
            c.setFont('DV', 9.5); rows = t
            for r in rows:
                c.rect(55, y-5, 175, 18); c.rect(230, y-5, 310, 18)
                c.drawString(60, y, r[0]); c.drawString(235, y, r[1]); y -= 18
            nl_(10)
        elif st == 'sig' or st == 'dots':
            c.setFont('DV', 10); c.drawString(55, y, t); x0 = 60 + c.stringWidth(t, 'DV', 10)
            c.drawString(x0, y, '.' * 40)
            if st == 'sig':
                c.setLineWidth(1.3); c.setStrokeColorRGB(0.05, 0.1, 0.45)
                p = c.beginPath(); p.moveTo(x0 + 5, y + 2)
                for i in range(1, 14):
                    p.lineTo(x0 + 5 + i * 9, y + 2 + (12 if i % 2 else -2) + (i % 3) * 3)
                c.drawPath(p); c.setStrokeColorRGB(0, 0, 0)
            nl_(30)
    c.save()

FONT = lambda s, b=False: ImageFont.truetype(FD + ('DejaVuSans-Bold.ttf' if b else 'DejaVuSans.ttf'), s)
def scan(path, items, as_pdf=False, angle=1.5):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pw, ph = 1654, 2339  # A4 @200dpi
    im = Image.new('RGB', (pw, ph), 'white'); dr = ImageDraw.Draw(im); y = 150
    f, fb, fh = FONT(28), FONT(28, True), FONT(40, True)
    for st, t in items:
        if st in ('h', 'hc'):
            if st == 'hc': dr.text((pw//2, y), t, font=fh, fill='black', anchor='mt')
            else: dr.text((140, y), t, font=fh, fill='black')
            y += 75
        elif st == 'b': dr.text((140, y), t, font=fb, fill='black'); y += 44
        elif st == 'c': dr.text((pw//2, y), t, font=FONT(32), fill='black', anchor='mt'); y += 58
        elif st == 'sp': y += 30
        elif st == 'p':
            for l in wrap(t, 80): dr.text((140, y), l, font=f, fill='black'); y += 40
        elif st == 'kv':
            dr.text((140, y), t[0], font=fb, fill='black')
            for l in wrap(t[1], 50): dr.text((620, y), l, font=f, fill='black'); y += 40
        elif st == 'grid':
            for r in t:
                h_ = 40 * max(len(wrap(r[0], 24)), len(wrap(r[1], 46)))
                dr.rectangle([130, y - 8, 610, y - 8 + h_ + 12], outline='black', width=2)
                dr.rectangle([610, y - 8, 1520, y - 8 + h_ + 12], outline='black', width=2)
                for j, l in enumerate(wrap(r[0], 24)): dr.text((140, y + 40 * j), l, font=f, fill='black')
                for j, l in enumerate(wrap(r[1], 46)): dr.text((620, y + 40 * j), l, font=f, fill='black')
                y += h_ + 12
            y += 30
        elif st in ('sig', 'dots'):
            y += 30
            dr.text((140, y), t, font=f, fill='black'); x0 = 160 + dr.textlength(t, font=f)
            dr.text((x0, y + 4), '.' * 40, font=f, fill='black')
            if st == 'sig':
                pts = [(x0 + 10 + i * 22, y + 20 - (26 if i % 2 else 0) - (i % 3) * 6) for i in range(14)]
                dr.line(pts, fill=(20, 30, 120), width=4)
            y += 80
    # paper on a desk: border, shadow, rotation, gradient
    im2 = Image.new('RGB', (pw + 40, ph + 40), (255, 255, 255)); im2.paste(im, (20, 20))
    ImageDraw.Draw(im2).rectangle([10, 10, pw + 30, ph + 30], outline=(60, 60, 60), width=5)
    bg = Image.new('RGB', (pw + 200, ph + 200), (150, 140, 120))
    sh = Image.new('L', (pw + 40, ph + 40), 90)
    bg.paste((100, 95, 80), (115, 115), sh)
    bg = bg.filter(ImageFilter.GaussianBlur(6)); bg.paste(im2, (80, 80))
    bg = bg.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(150, 140, 120))
    grad = Image.linear_gradient('L').resize(bg.size).point(lambda v: 255 - v // 6)
    bg = Image.composite(bg, Image.new('RGB', bg.size, (0, 0, 0)), grad)
    bg = bg.resize((bg.width * 3 // 4, bg.height * 3 // 4))  # ~150-160 dpi, keeps size small
    if as_pdf: bg.save(path, 'PDF', resolution=150)
    else: bg.save(path, 'JPEG', quality=72)

def wdoc(path, items):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d = docx.Document()
    for st, t in items:
        if st in ('h', 'hc'): d.add_heading(t, 1)
        elif st == 'b': d.add_heading(t, 3)
        elif st in ('p', 'c'): d.add_paragraph(t)
        elif st == 'kv':
            p = d.add_paragraph(); p.add_run(t[0] + ' ').bold = True; p.add_run(t[1])
        elif st == 'grid':
            tb = d.add_table(rows=0, cols=2); tb.style = 'Table Grid'
            for r in t:
                cs = tb.add_row().cells; cs[0].text, cs[1].text = r
        elif st in ('dots', 'sig'): d.add_paragraph(t + ' ' + '.' * 40)
        elif st == 'starr':
            tb = d.add_table(rows=0, cols=2); tb.style = 'Table Grid'
            for r in t:
                cs = tb.add_row().cells; cs[0].text, cs[1].text = r
    d.save(path)

def emit(kind, path, items, **kw):
    if kind == 'pdf': pdf(path, items)
    elif kind == 'jpg': scan(path, items, angle=kw.get('angle', 1.5))
    elif kind == 'scanpdf': scan(path, items, as_pdf=True, angle=kw.get('angle', -1.2))
    elif kind == 'docx': wdoc(path, items)

# ---------------- hours ----------------
def fmt(h):
    return ('%.2f' % h).rstrip('0').rstrip('.').replace('.', ',')
def pe_of(a, b): return min((a + b) / 2, 4.0)

def fte_stats(periods, app, full):
    start = D(app.year - 4, app.month, app.day)
    days = 0; wsum = 0.0
    for s, e, h in periods:
        s2 = max(s, start); e2 = min(e or app, app)
        if e2 < s2: continue
        n = (e2 - s2).days + 1; days += n; wsum += n * h / full
    total = (app - start).days + 1
    return min(4.0, 4.0 * days / total), wsum / days

# ---------------- intervision text pools ----------------
CASES = [
 ("Een werknemer in de Ziektewet met rugklachten blijft afspraken afzeggen; ik merkte dat ik geïrriteerd raakte en het contact ging vermijden.",
  "Ik heb te lang gewacht met het benoemen van het patroon omdat ik het gesprek spannend vond."),
 ("Een klant met burn-outklachten wil volgens de verzekeringsarts meer dan hij zelf denkt te kunnen. Ik voelde me klem zitten tussen arts en klant.",
  "Ik koos snel de kant van de arts en luisterde te weinig naar de twijfel van de klant."),
 ("Een jonge klant met een Wajong-achtergrond haakte af na een proefplaatsing. Ik had veel energie gestoken in de werkgever en weinig in de klant zelf.",
  "Ik merkte dat ik teleurgesteld was en dat ook liet doorschemeren in mijn mail."),
 ("Een oudere werknemer uit de bouw ziet geen toekomst meer in werk. Mijn eigen motivatie zakte mee met de zijne.",
  "Ik heb mijn gevoel van machteloosheid niet uitgesproken en ging vooral regelen."),
 ("Een klant reageerde agressief aan de telefoon toen ik de uitkomst van de FML toelichtte. Ik heb het gesprek toen afgebroken.",
  "Achteraf zag ik dat ik vooral mezelf wilde beschermen en de klant niet meer hoorde."),
 ("Een klant met psychische klachten vraagt steeds om uitstel van het re-integratietraject. Ik twijfelde of ik te streng of juist te soepel was.",
  "Mijn neiging is om te pleasen; ik stel grenzen te laat."),
 ("Een werkgever wilde geen aangepast werk aanbieden; ik voelde me machteloos en heb de klant te veel beloofd.",
  "Ik nam te veel verantwoordelijkheid over en maakte mezelf de oplosser."),
 ("Een klant die mantelzorger is, kan maar beperkt uren maken. Ik merkte dat ik haar situatie te snel vergeleek met mijn eigen moeder.",
  "Mijn eigen ervaring kleurde hoe ik de belastbaarheid inschatte."),
 ("Een klant met een taalbarrière begreep de brieven niet. Ik ergerde me aan mezelf dat ik dat pas laat opmerkte.",
  "Ik ging ervan uit dat 'ja' ook 'begrepen' betekende."),
 ("Een werkzoekende weigerde een passende baan omdat het salaris lager was. Ik kreeg de neiging om te gaan overtuigen.",
  "Ik merkte dat ik mijn eigen norm over werk oplegde in plaats van te vragen."),
 ("Een klant met long-covid wisselt sterk in belastbaarheid. Ik wist niet goed hoe ik de opbouw moest bewaken zonder te pushen.",
  "Ik heb mijn onzekerheid verstopt achter een strak schema."),
 ("Een collega nam mijn klant over tijdens mijn vakantie en maakte andere afspraken. Ik voelde me gepasseerd en reageerde kortaf.",
  "Ik heb mijn ergernis bij de klant laten merken in plaats van bij de collega."),
 ("Een klant met verslavingsproblematiek kwam onder invloed naar het gesprek. Ik twijfelde of ik het gesprek moest stoppen.",
  "Ik ben doorgegaan uit schuldgevoel en dat voelde achteraf niet goed."),
]
REMARKS = ["De collega's vroegen door op wat mijn irritatie mij vertelde over mijn eigen verwachtingen.",
 "Een collega merkte op dat ik vaak 'moeten' zei en weinig 'willen'.",
 "De groep herkende het dilemma en vroeg wat ik zelf nodig had gehad.",
 "Collega's gaven aan dat ik mijn twijfel eerder had mogen delen met de klant.",
 "Er werd gevraagd wat er zou gebeuren als ik de verantwoordelijkheid teruglegde bij de klant."]
CONTRIB = ["Ik heb de casus ingebracht en na de vragenronde mijn eigen rol opnieuw bekeken.",
 "Ik heb verteld welke gevoelens de casus bij mij oproept en welk gesprek ik uit de weg ging.",
 "Ik heb samen met de groep mijn keuzemomenten in kaart gebracht."]
QUEST = ["Hoe blijf ik in contact met een klant als ik me ergeren voel opkomen?",
 "Hoe stel ik eerder een grens zonder het vertrouwen te verliezen?",
 "Hoe maak ik mijn eigen twijfel bespreekbaar?",
 "Hoe voorkom ik dat mijn eigen normen mijn advies kleuren?"]
EFFECT = ["Ik benoem nu eerder wat ik zie en vraag de klant om zijn kant.",
 "Ik plan na een lastig gesprek een kort moment voor mezelf om te reflecteren.",
 "Ik merk dat ik rustiger blijf als ik mijn eigen gevoel eerst herken.",
 "Ik leg vaker de regie terug bij de klant en dat werkt."]
JUDGE = ["Ik heb afgewogen wat het belang van de klant was tegenover mijn behoefte aan voortgang.",
 "Mijn afweging was dat duidelijkheid nu meer helpt dan geduld.",
 "Ik woog de medische informatie af tegen wat de klant zelf aangaf en koos voor een tussenweg."]
ACTION = ["Ik had eerder een driegesprek met klant en arts willen organiseren.",
 "Ik zou het patroon al bij de tweede afzegging hebben benoemd.",
 "Ik zou de klant uitnodigen om zelf een voorstel voor de opbouw te doen.",
 "Ik had mijn leidinggevende eerder om sparring gevraagd."]
METHODS = ['incidentmethode', 'Balintmethode', 'roddelmethode', 'vijfstappenmethode']

STYLES = {
 'vraag': ["Welke casus werd besproken?", "Wat zeiden mijn collega's?", "Wat heb ik zelf ingebracht?",
           "Welke leervragen heb ik?", "Wat neem ik mee naar mijn werk?", "Hoe heb ik afgewogen?", "Wat had ik zelf ondernomen?"],
 'caps': ["1. CASUS", "2. REACTIES UIT DE GROEP", "3. MIJN BIJDRAGE", "4. LEERVRAGEN", "5. LEEREFFECT", "6. OORDEELSVORMING", "7. INITIATIEF"],
 'noun': ["Casusbeschrijving", "Opmerkingen van collega's", "Eigen bijdrage", "Leervraag", "Leereffect voor eigen werk", "Eigen afwegingen", "Acties die ik zelf zou ondernemen"],
 'letter': ["a) Beschrijving van de situatie", "b) Feedback van de intervisiegenoten", "c) Mijn inbreng", "d) Mijn leervragen", "e) Wat heb ik geleerd", "f) Mijn afwegingen (oordeelsvorming)", "g) Wat ik zelf zou doen (initiatief)"],
}
LEADS = ["De casus die ik inbracht: ", "Mijn collega's merkten op: ", "Zelf heb ik bijgedragen door: ", "Mijn leervraag was: ",
         "Wat ik ervan geleerd heb: ", "Bij het afwegen heb ik gekeken naar: ", "Als ik het opnieuw zou doen: "]
SECKEYS = ['casus', 'opmerkingen_collegas', 'eigen_bijdrage', 'leervragen', 'leereffect', 'oordeelsvorming', 'initiatief']

def intervision_items(name, date, group, i, style, missing=(), casuistiek=False, mail_date=None):
    cs = CASES[i % len(CASES)]
    texts = [cs[0] + ' ' + cs[1], REMARKS[i % 5], CONTRIB[i % 3], QUEST[i % 4], EFFECT[(i + 1) % 4], JUDGE[i % 3], ACTION[(i + 2) % 4]]
    if casuistiek:
        texts = ["Besproken werd het dossier van een werknemer in het tweede ziektejaar. Vraag was of het plan van aanpak tijdig was opgesteld en of de eerstejaarsevaluatie volgens de Wet verbetering poortwachter was uitgevoerd.",
                 "De groep heeft de termijnen nagelopen. Het plan van aanpak was twee weken te laat; de collega's stelden vast dat de werkgever een loonsanctie riskeert.",
                 "Ik heb de relevante passages uit de werkwijzer opgezocht en aangegeven welke formulieren ontbraken.",
                 "Is de procedure correct gevolgd en welke termijn geldt voor de WIA-aanvraag?",
                 "De checklist poortwachter wordt voortaan in het teamoverleg gebruikt.",
                 "Volgens de regels had de eerstejaarsevaluatie in week 52 moeten plaatsvinden; dat is niet gebeurd.",
                 "Het dossier wordt aangevuld met de ontbrekende stukken en de werkgever krijgt een brief."]
    head = [('h', 'Verslag intervisie' if style != 'caps' else 'INTERVISIEVERSLAG')]
    if mail_date:
        head = [('b', f'Van: {name}'), ('b', f'Aan: intervisiegroep {group}'), ('b', f'Verzonden: {nl(mail_date)} 21:14'),
                ('b', f'Onderwerp: mijn verslag van de intervisie van {nl(date)}'), ('sp', ''),
                ('p', f'Beste collega\'s, hierbij mijn verslag van onze bijeenkomst van {nl(date)} ({METHODS[i % 4]}).')]
    elif style == 'kvhead':
        head += [('kv', ('Naam:', name)), ('kv', ('Datum bijeenkomst:', dmy(date))), ('kv', ('Groep:', group)), ('kv', ('Methode:', METHODS[i % 4]))]
    else:
        head += [('p', f'Naam deelnemer: {name}'), ('p', f'Datum intervisie: {nl(date)}'), ('p', f'Intervisiegroep: {group}, methode: {METHODS[i % 4]}')]
    body = []
    labels = STYLES.get(style, STYLES['noun'])
    for k, (key, t) in enumerate(zip(SECKEYS, texts)):
        if key in missing: continue
        if style in ('prose',) or mail_date:
            body.append(('p', LEADS[k] + t[0].lower() + t[1:]))
        else:
            body += [('b', labels[k]), ('p', t)]
    tail = [('sp', ''), ('p', f'Groet, {name.split()[0]}')] if mail_date else []
    return head + [('sp', '')] + body + tail

# ---------------- proof / form variants ----------------
def proof_items(variant, name, act, org):
    d, title, kind, a_txt = act['date'], act['title'], act['kind'], act['proof_dur']
    if variant == 'cert':
        return [('sp', ''), ('hc', 'CERTIFICAAT'), ('sp', ''), ('c', name), ('c', 'heeft deelgenomen aan'), ('c', title),
                ('c', nl(d)), ('c', a_txt), ('sp', ''), ('c', org), ('sig', 'Namens de organisatie:')]
    if variant == 'congres':
        return [('h', f'{org}'), ('p', 'Bevestiging van aanwezigheid'), ('sp', ''),
                ('p', f'Hierbij bevestigen wij dat {name} aanwezig was op het {title} op {nl(d)}.'),
                ('p', f'Netto programmatijd (exclusief lunch en inloop): {a_txt}.'), ('sp', ''),
                ('p', 'Met vriendelijke groet,'), ('sig', 'Congresbureau'), ('p', 'Afdeling deelnemersadministratie')]
    if variant == 'elearn':
        return [('h', 'Certificaat e-learning'), ('kv', ('Deelnemer', name)), ('kv', ('Module', title)), ('kv', ('Status', 'volledig afgerond')),
                ('kv', ('Datum afronding', dmy(d))), ('kv', ('Studiebelasting', a_txt)), ('kv', ('Aanbieder', org))]
    if variant == 'teamleider':
        return [('h', 'Verklaring deelname vakoverleg'), ('sp', ''),
                ('p', f'Ondergetekende, teamleider re-integratie, verklaart dat {name} op {nl(d)} heeft deelgenomen aan het gestructureerde vakoverleg "{title}". Het overleg had een vaste agenda met casusbespreking en een inhoudelijke inleiding en duurde {a_txt}.'),
                ('sp', ''), ('p', f'{org}'), ('sig', 'Handtekening teamleider:')]
    if variant == 'brief':
        ld = d + dt.timedelta(days=9)
        return [('p', org), ('p', 'Postbus 412, 6200 AK Maastricht'), ('sp', ''), ('p', f'Maastricht, {nl(ld)}'), ('sp', ''),
                ('p', f'Betreft: deelname {title}'), ('sp', ''), ('p', f'Geachte {name},'),
                ('p', f'Graag bevestigen wij dat u op {nl(d)} hebt deelgenomen aan de {kind} "{title}". De bijeenkomst duurde {a_txt} exclusief pauze.'),
                ('p', 'Wij danken u voor uw aanwezigheid.'), ('sig', 'Ondertekening:'), ('p', 'Coördinator opleidingen')]
    if variant == 'mail':
        return [('b', f'Van: inschrijvingen@{org.lower().split()[0]}.nl'), ('b', f'Aan: {name}'), ('b', f'Datum: {nl(d)} 17:42'),
                ('b', f'Onderwerp: Bewijs van deelname - {title}'), ('sp', ''), ('p', f'Beste {name},'),
                ('p', f'Bedankt voor je deelname aan de {kind} "{title}" van vandaag, {nl(d)}. Je was volledig aanwezig ({a_txt}). Bewaar deze mail als bewijs van deelname.'),
                ('p', f'Hartelijke groet, team {org}')]
    if variant == 'lijst':
        return [('h', f'Presentielijst {title}'), ('p', f'Datum: {dmy(d)}   Tijd: {a_txt}   Organisatie: {org}'), ('sp', ''),
                ('grid', [('Naam deelnemer', 'Paraaf'), ('R. Vermeulen', 'RV'), (name, 'aanwezig - paraaf gezet'), ('T. Bakkali', 'TB'), ('E. Claes', 'EC')]),
                ('sig', 'Voor akkoord trainer:')]

def form_items(variant, name, act, org):
    d = act['date']; a, b = act['A'], act['B']
    c_ = a + b; pe = pe_of(a, b)
    pe_txt = fmt(c_ / 2) if c_ / 2 <= 4 else f'{fmt(c_/2)} → max. 4'
    if variant == 'stacked':
        return [('h', 'Opgaveformulier activiteit vakontwikkeling'), ('p', 'Bijlage 4'), ('sp', ''),
                ('b', 'Naam kandidaat'), ('p', name), ('b', 'Datum activiteit'), ('p', nl(d)), ('b', 'Titel'), ('p', act['title']),
                ('b', 'Organisator'), ('p', org), ('b', 'Soort activiteit'), ('p', act['kind']),
                ('b', 'A. Tijd aanwezigheid (excl. pauze & inloop)'), ('p', act['A_txt']),
                ('b', 'B. Tijd voorbereiding / zelfstudie'), ('p', act['B_txt']),
                ('b', 'C. Totaal aantal uren (A+B)'), ('p', fmt(c_)), ('b', 'PE-punten (C/2, max. 4)'), ('p', pe_txt)]
    if variant == 'inline':
        return [('h', 'Opgave vakontwikkeling'), ('kv', ('Naam:', name)), ('kv', ('Datum:', dmy(d))), ('kv', ('Activiteit:', act['title'])),
                ('kv', ('Aanbieder:', org)), ('kv', ('Vorm:', act['kind'])), ('kv', ('Aanwezig (A):', act['A_txt'])),
                ('kv', ('Voorbereiding (B):', act['B_txt'])), ('kv', ('Totaal C = A+B:', fmt(c_) + ' uur')), ('kv', ('PE:', pe_txt))]
    return [('h', 'OPGAVEFORMULIER PER ACTIVITEIT'), ('sp', ''),
            ('grid', [('Kandidaat', name), ('Datum', nl(d)), ('Titel activiteit', act['title']), ('Organiserende instantie', org),
                      ('Aard van de activiteit', act['kind']), ('Tijd aanwezigheid (A)', act['A_txt']), ('Voorbereiding/zelfstudie (B)', act['B_txt']),
                      ('Totaal uren (C = A + B)', fmt(c_)), ('Aantal PE (C / 2, max 4)', pe_txt)])]

def acroform(path, name, act, org):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    a, b = act['A'], act['B']; c = canvas.Canvas(path, pagesize=A4); f = c.acroForm
    c.setFont('DVB', 14); c.drawString(55, H - 60, 'Bijlage 4 – Opgaveformulier activiteit (invulformulier)')
    rows = [('naam', 'Naam', name), ('datum', 'Datum activiteit', dmy(act['date'])), ('titel', 'Titel', act['title']),
            ('organisator', 'Organisator', org), ('soort', 'Soort activiteit', act['kind']), ('uren_a', 'A aanwezigheid (uren)', act['A_txt']),
            ('uren_b', 'B voorbereiding (uren)', act['B_txt']), ('uren_c', 'C totaal (A+B)', fmt(a + b)), ('pe', 'PE (C/2, max 4)', fmt(pe_of(a, b)))]
    y = H - 110
    for key, lab, val in rows:
        c.setFont('DV', 10); c.drawString(55, y + 5, lab)
        f.textfield(name=key, value=val, x=230, y=y, width=300, height=20, borderWidth=1, fontSize=10, forceBorder=True)
        y -= 32
    c.save()

# ---------------- candidates ----------------
def build(cid, name, app, cfg):
    base = os.path.join(CO, cid)
    P = lambda rel: os.path.join(base, rel)
    R = lambda rel: f'{cid}/{rel}'
    acts = cfg['acts']; org_of = lambda a: a['org']
    start = D(app.year - 4, app.month, app.day)

    # aanvraagformulier
    rel = cfg['aanvraag']
    items = [('h', 'Aanvraagformulier hercertificering'), ('p', 'Klantmanagers discipline re-integratie – Hobéon SKO'), ('sp', ''),
             ('grid', [('Naam aanvrager', name), ('Geboortedatum', cfg['dob']), ('Adres', cfg['addr']), ('E-mail', cfg['mail']),
                       ('Register', 'RIB – re-integratiebegeleider'), ('Huidige werkgever', cfg['employer'])]),
             ('p', 'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.'), ('kv', ('Datum:', dmy(app))), ('sig', 'Handtekening aanvrager:')]
    emit(cfg['aanvraag_media'], P(rel), items)
    rec(cid, R(rel), 'aanvraagformulier', 'visual', candidate_name=name, application_date=app.isoformat())

    rel = cfg['overeenkomst']
    items = [('h', 'Certificatieovereenkomst'), ('p', 'tussen Hobéon SKO, hierna: de certificatie-instelling, en'), ('kv', ('Kandidaat:', name)), ('sp', ''),
             ('b', 'Artikel 1 – Onderwerp'), ('p', 'De certificatie-instelling beoordeelt of de kandidaat voldoet aan de eisen van de hercertificeringsregeling klantmanagers discipline re-integratie.'),
             ('b', 'Artikel 2 – Verplichtingen kandidaat'), ('p', 'De kandidaat levert volledige en naar waarheid ingevulde bewijsstukken aan en meldt wijzigingen onverwijld.'),
             ('b', 'Artikel 3 – Vertrouwelijkheid'), ('p', 'Alle ingezonden documenten worden vertrouwelijk behandeld.'),
             ('b', 'Artikel 4 – Bezwaar'), ('p', 'Tegen een certificatiebeslissing kan binnen zes weken bezwaar worden gemaakt.'), ('sp', ''),
             ('p', f'Aldus overeengekomen op {nl(app)}'), ('sig', 'Handtekening kandidaat:')]
    emit(cfg['overeenkomst_media'], P(rel), items)
    rec(cid, R(rel), 'certificatieovereenkomst', 'visual')

    # werkverklaring
    rel = cfg['werk']; per = cfg['periods']; full = cfg['full']
    items = cfg['werk_items'](name, per, full)
    emit(cfg['werk_media'], P(rel), items)
    wf = dict(role=cfg['role'])
    for k, (s, e, h) in enumerate(per, 1):
        wf[f'period{k}_start'] = s.isoformat(); wf[f'period{k}_end'] = e.isoformat() if e else ''
        wf[f'period{k}_hours_per_week'] = fmt(h).replace(',', '.'); wf[f'period{k}_role'] = cfg['role']
    if cfg.get('names_full'): wf['fulltime_hours'] = str(full)
    rec(cid, R(rel), 'werkverklaring', 'visual', **wf)
    wy, af = fte_stats(per, app, full)

    # ervaringsverklaring
    rel = cfg['erv']; comps = ['klantgerichtheid', 'resultaatgerichtheid', 'samenwerken', 'oordeelsvorming', 'initiatief', 'netwerken', 'coachen', 'organiseren eigen werk']
    items = [('h', 'Ervaringsverklaring'), ('kv', ('Naam:', name)), ('kv', ('Functie:', cfg['role'])), ('sp', '')]
    for ci, comp in enumerate(comps):
        items.append(('b', comp.upper() if cfg['erv_style'] == 'heads' else comp.capitalize()))
        for ex in (1, 2):
            S = f"Voorbeeld {ex}: in {2023 + ex} begeleidde ik een klant waarbij {comp} centraal stond ({['een vastgelopen traject', 'een conflict met de werkgever', 'een snelle terugval', 'een nieuwe werkgever in de regio'][(ci + ex) % 4]})."
            T = f"Mijn taak was het traject weer op gang te brengen met aandacht voor {comp}."
            A = ["Ik plande een extra gesprek en vatte samen wat de klant wilde.", "Ik schakelde de arbeidsdeskundige in en maakte heldere afspraken.",
                 "Ik nam zelf contact op met de werkgever en stelde een proefplaatsing voor.", "Ik maakte een weekplanning en bewaakte de termijnen."][(ci + ex) % 4]
            Rr = "De klant hervatte gedeeltelijk en de afspraken werden nagekomen."
            Rf = "Ik leerde dat ik eerder mag doorvragen in plaats van zelf in te vullen."
            if cfg['erv_style'] == 'heads':
                items += [('p', f'STARR-voorbeeld {ex}'), ('p', 'Situatie: ' + S), ('p', 'Taak: ' + T), ('p', 'Activiteiten: ' + A), ('p', 'Resultaat: ' + Rr), ('p', 'Reflectie: ' + Rf)]
            else:
                items.append(('starr', [(f'Voorbeeld {ex} – Situatie', S), ('Taak', T), ('Activiteiten', A), ('Resultaat', Rr), ('Reflectie', Rf)]))
        sp = [('geduld', 'overzicht'), ('doorzettingsvermogen', 'helderheid'), ('betrouwbaarheid', 'humor'), ('analytisch vermogen', 'evenwichtigheid'),
              ('proactief handelen', 'durf'), ('brede contacten', 'vindingrijkheid'), ('luisteren', 'motiveren'), ('planmatig werken', 'flexibiliteit')][ci]
        items.append(('p', f'Mijn sterke punten bij {comp} zijn {sp[0]} en {sp[1]}; mijn ontwikkelpunt is dat ik {["eerder grenzen aangeef", "minder zelf ga regelen", "vaker om feedback vraag", "mijn keuzes beter onderbouw"][ci % 4]}.'))
    items += [('sp', ''), ('p', f'Gezien en akkoord, leidinggevende: {cfg["boss"]} ({cfg["boss_title"]})'), ('kv', ('Datum:', dmy(app - dt.timedelta(days=5))))]
    items.append(('sig' if cfg['erv_signed'] else 'dots', 'Handtekening leidinggevende:'))
    if cfg['erv_media'] == 'docx' and cfg['erv_style'] != 'heads':
        wdoc(P(rel), items)
    else:
        emit(cfg['erv_media'], P(rel), [(s, t) if s != 'starr' else ('grid', t) for s, t in items])
    rec(cid, R(rel), 'ervaringsverklaring', 'visual' if cfg['erv_signed'] else 'none', incomplete_competencies='')
    if not cfg['erv_signed']: FIND.append((cid, 'SIG-MISSING', R(rel)))

    # activities
    pe_total = 0.0; pe_claim = 0.0; vak = 0.0
    for k, act in enumerate(acts):
        frel = act['form']; org = act['org']
        if act['fmedia'] == 'acro': acroform(P(frel), name, act, org)
        else: emit(act['fmedia'], P(frel), form_items(act['fvar'], name, act, org))
        pe = pe_of(act['A'], act['B']); pe_claim += pe
        rec(cid, R(frel), 'opgaveformulier_activiteit', '*', date=act['date'].isoformat(), title=act['title'], kind=act['kind'],
            hours_attendance='%.2f' % act['A'], hours_preparation='%.2f' % act['B'], pe='%.2f' % pe)
        if (act['A'] + act['B']) / 2 > 4: ALLOW.append((cid, 'PE-ACTIVITY-CAP', R(frel)))
        ok = True
        if act.get('proof'):
            prel = act['proof']
            emit(act['pmedia'], P(prel), proof_items(act['pvar'], name, act, org))
            pf = dict(proves=R(frel), participant=name, date=act['date'].isoformat())
            if act.get('proof_hours') is not None: pf['duration_hours'] = '%.2f' % act['proof_hours']
            rec(cid, R(prel), 'bewijs_deelname', '*', **pf)
        else:
            ok = False; FIND.append((cid, 'PE-NO-PROOF', R(frel)))
        if not (start <= act['date'] <= app):
            ok = False; FIND.append((cid, 'PE-OUT-OF-PERIOD', R(frel)))
        if ok:
            if act['kind'] == 'vakoverleg':
                add = min(pe, 10 - vak); vak += add; pe_total += add
            else: pe_total += pe

    # overzicht
    rel = cfg['overzicht']; rows = []
    for act in acts:
        rows.append((act['date'], act['title'], act['kind'], act['A'], act['B'], pe_of(act['A'], act['B'])))
    cfg['write_overzicht'](P(rel), name, rows)
    rec(cid, R(rel), 'overzicht_vakontwikkeling', '*', activities=str(len(rows)), pe_claimed='%.2f' % round(pe_claim, 2))

    # intervisions
    valid = 0
    for iv in cfg['ints']:
        rel = iv['file']; mis = iv.get('missing', ()); cas = iv.get('cas', False)
        items = intervision_items(name, iv['date'], cfg['group'], iv['i'], iv['style'], mis, cas, iv.get('mail'))
        emit(iv['media'], P(rel), items, angle=iv.get('angle', 1.5))
        rec(cid, R(rel), 'intervisieverslag', '*', date=iv['date'].isoformat(), missing_sections=';'.join(k for k in SECKEYS if k in mis))
        counted = not mis and not cas and start <= iv['date'] <= app
        if cas: FIND.append((cid, 'INT-CASUISTIEK', R(rel)))
        if mis: FIND.append((cid, 'INT-SECTIONS', R(rel)))
        INTS.append((cid, R(rel), 'casuistiek' if cas else 'intervisie', 'true' if counted else 'false'))
        valid += counted
    employed = True
    if pe_total < 32: FIND.append((cid, 'PE-TOTAL', ''))
    if valid < 12: FIND.append((cid, 'INT-COUNT', ''))
    if wy < 3 or af < 0.5: FIND.append((cid, 'WORK-YEARS', ''))
    sev = {'WORK-YEARS': 'r', 'WORK-CURRENT': 'r'}
    codes = [f[1] for f in FIND if f[0] == cid]
    supp = {'PE-TOTAL', 'PE-NO-PROOF', 'PE-NO-FORM', 'PE-HOURS-UNREADABLE', 'INT-COUNT', 'INT-SECTIONS', 'EXP-COMPETENCY', 'DOC-MISSING', 'SIG-MISSING'}
    outcome = 'afwijzing' if any(c in sev for c in codes) else 'aanvulling' if any(c in supp for c in codes) else 'toekenning'
    return (cid, outcome, '%.2f' % pe_total, str(valid), 'true' if employed else 'false', '', '', '', 'rib', '%.2f' % wy, '%.3f' % af, '%.2f' % round(pe_claim, 2))

def A(date, title, org, kind, A_, A_txt, B_, B_txt, form, fvar, fmedia, proof, pvar, pmedia, proof_dur, proof_hours=None):
    return dict(date=date, title=title, org=org, kind=kind, A=A_, A_txt=A_txt, B=B_, B_txt=B_txt, form=form, fvar=fvar, fmedia=fmedia,
                proof=proof, pvar=pvar, pmedia=pmedia, proof_dur=proof_dur, proof_hours=proof_hours)

# ---- overzicht writers
def ov_xlsx(path, name, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Vakontwikkeling'
    ws.append(['Overzicht vakontwikkeling (bijlage 3) – ' + name]); ws.append([])
    ws.append(['Datum', 'Omschrijving activiteit', 'Soort', 'Uren aanwezig (A)', 'Uren voorbereiding (B)', 'Totaal (C)', 'PE-punten'])
    for d, t, k, a, b, pe in rows:
        ws.append([d, t, k, a, b, a + b, pe]); ws.cell(ws.max_row, 1).number_format = 'dd-mm-yyyy'
    ws.append(['', 'Totaal', '', '', '', '', round(sum(r[5] for r in rows), 2)])
    wb.save(path)
def ov_csv(path, name, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, delimiter=';')
        w.writerow(['datum', 'bijeenkomst / scholing', 'type', 'duur (u:mm)', 'zelfstudie (u:mm)', 'PE'])
        hm = lambda h: f'{int(h)}:{int(round((h - int(h)) * 60)):02d}'
        for d, t, k, a, b, pe in rows: w.writerow([dmy(d), t, k, hm(a), hm(b), fmt(pe)])
        w.writerow(['', 'totaal', '', '', '', fmt(round(sum(r[5] for r in rows), 2))])

# ---- werkverklaring variants
def werk_letter(name, per, full):
    s, e, h = per[0]
    return [('p', 'UWV – Directie Sociaal-Medische Zaken, vestiging Maastricht'), ('p', 'Rijksweg 12, 6221 KL Maastricht'), ('sp', ''),
            ('h', 'Werkgeversverklaring'), ('p', f'Maastricht, {nl(D(2026,6,2))}'), ('sp', ''),
            ('p', f'Hierbij verklaar ik dat mevrouw {name} sinds {nl(s)} bij UWV in dienst is als re-integratiebegeleider, tot {nl(per[1][0] - dt.timedelta(days=1))} voor 32 uur per week en vanaf {nl(per[1][0])} voor 36 uur per week. Zij is nog steeds in deze functie werkzaam.'),
            ('p', 'Een volledige werkweek bij UWV bedraagt 36 uur.'), ('sp', ''),
            ('p', 'Met vriendelijke groet,'), ('sig', 'Handtekening:'), ('p', 'J. Ramaekers, teammanager Werkbedrijf Zuid-Limburg')]
def werk_table(name, per, full):
    rows = [('Periode', 'Functie / uren per week')]
    for s, e, h in per: rows.append((f'{dmy(s)} t/m {dmy(e) if e else "heden"}', f're-integratiebegeleider – {fmt(h)} uur'))
    return [('h', 'Werkgeversverklaring (bijlage 1)'), ('kv', ('Naam werknemer:', name)), ('kv', ('Werkgever:', 'Re-integratiebureau De Schelde bv, Vlissingen')),
            ('kv', ('Functie:', 're-integratiebegeleider')), ('kv', ('Voltijd werkweek:', f'{full} uur')), ('sp', ''),
            ('grid', rows), ('p', 'De werknemer is op de datum van ondertekening nog in dienst. De urenwijziging per 1 januari 2024 betreft een uitbreiding van het contract, geen nieuw dienstverband.'),
            ('kv', ('Naam leidinggevende:', 'W. De Smet')), ('kv', ('Functie leidinggevende:', 'manager bedrijfsvoering')),
            ('kv', ('Plaats en datum:', 'Vlissingen, 08-09-2026')), ('sig', 'Handtekening:')]

# ---------------- U3-001 : clean ----------------
n1 = 'Marieke Lemmens-Hoeben'; app1 = D(2026, 6, 15); s = 'activiteiten/'
acts1 = [
 A(D(2022,10,4), 'Motiverende gespreksvoering in de praktijk', 'Stichting Deskundigheidsbevordering Limburg', 'workshop', 3.5, '09.00–12.30 uur', 1, '1 uur',
   s+'01_opgave_MGV.pdf', 'stacked', 'pdf', s+'01_bewijs_MGV.pdf', 'cert', 'pdf', '3,5 uur', 3.5),
 A(D(2023,1,19), 'Congres Werk & Gezondheid 2023', 'Congresbureau Zuid', 'congres', 5.25, '5u15', 0.75, '45 min',
   s+'02_opgave_congres.pdf', 'grid', 'pdf', 'scan0003.pdf', 'congres', 'scanpdf', '5 uur en 15 minuten', 5.25),
 A(D(2023,4,12), 'Ziektewet actueel', 'UWV Academie', 'e-learning', 2.5, '150 min', 0.5, '0,5', s+'03_opgave_ZW.pdf', 'inline', 'pdf',
   s+'certificaat_ziektewet.pdf', 'elearn', 'pdf', '150 minuten', 2.5),
 A(D(2023,9,7), 'Wet verbetering poortwachter voor gevorderden', 'Opleidingshuis Maas & Rijn', 'cursus', 6, '6 uur', 2, '2 uur', s+'04_opgave_WVP.docx', 'stacked', 'docx',
   s+'bewijs_WVP.pdf', 'brief', 'pdf', '6 uur', 6),
 A(D(2024,2,15), 'Vakoverleg re-integratie Zuid-Limburg', 'UWV Werkbedrijf Zuid-Limburg', 'vakoverleg', 2, '2 uur', 1, '1 uur', s+'05_opgave_vakoverleg.pdf', 'grid', 'pdf',
   s+'verklaring_vakoverleg.pdf', 'teamleider', 'pdf', 'twee uur', 2),
 A(D(2024,5,23), 'Webinar arbeidsmarkt in krapte', 'Kenniscentrum Werk Limburg', 'webinar', 1.5, '1,5', 0.5, '0,5', s+'06_opgave_webinar.pdf', 'acro', 'acro',
   'document(2).pdf', 'mail', 'pdf', '1,5 uur', 1.5),
 A(D(2024,10,10), 'Symposium GGZ en werk', 'GGZ Opleidingsinstituut Zuid', 'symposium', 4.5, '4 uur en 30 minuten', 1.5, '1 uur en 30 minuten',
   s+'07_opgave_symposium.pdf', 'inline', 'pdf', 'IMG_20241011_093412.jpg', 'cert', 'jpg', '4,5 uur', 4.5),
 A(D(2025,3,13), 'Oplossingsgericht coachen', 'Stichting Deskundigheidsbevordering Limburg', 'workshop', 2.5, '2½', 1.5, '1½', s+'08_opgave_coachen.pdf', 'stacked', 'pdf',
   s+'08_bewijs_coachen.pdf', 'lijst', 'pdf', '13.30–16.00 uur', 2.5),
 A(D(2025,6,5), 'Werken met de Functionele Mogelijkhedenlijst', 'UWV Academie', 'training', 6.5, '6u30', 1.5, '1u30', s+'09_opgave_FML.pdf', 'grid', 'pdf',
   s+'09_certificaat_FML.pdf', 'cert', 'pdf', '6 uur en 30 minuten', 6.5),
 A(D(2025,11,20), 'Landelijk congres Participatie', 'Congresbureau Zuid', 'congres', 5, '5 uur', 2, '2 uur', s+'10_opgave_participatie.pdf', 'inline', 'pdf',
   s+'10_deelname_participatie.pdf', 'congres', 'pdf', '5u00', 5),
 A(D(2026,2,12), 'Arbeidsrecht voor re-integratieprofessionals', 'Opleidingshuis Maas & Rijn', 'cursus', 7, '7', 3, '3', s+'11_opgave_arbeidsrecht.pdf', 'stacked', 'pdf',
   s+'11_bewijs_arbeidsrecht.pdf', 'brief', 'pdf', '7 uur', 7),
 A(D(2026,4,9), 'Scholingsmiddag verzuimtheorie', 'UWV Werkbedrijf Zuid-Limburg', 'scholingsmiddag', 4, '13.00-17.00 uur', 1, '1 uur', s+'12_opgave_verzuimtheorie.pdf', 'grid', 'pdf',
   'IMG_20260409_171530.jpg', 'lijst', 'jpg', '13.00-17.00 uur', 4),
]
idates1 = [D(2022,9,1), D(2022,11,24), D(2023,2,16), D(2023,6,8), D(2023,10,12), D(2024,1,25), D(2024,4,18), D(2024,9,12), D(2025,1,16), D(2025,5,22), D(2025,9,25), D(2026,1,22)]
st1 = ['vraag', 'caps', 'noun', 'letter', 'prose', 'kvhead', 'vraag', 'caps', 'noun', 'letter', 'prose', 'mail']
ints1 = []
for k, d in enumerate(idates1):
    iv = dict(date=d, i=k, style=st1[k], file=f'intervisie/{k+1:02d}_intervisie_{dmy(d)}.pdf', media='pdf')
    if k == 4: iv.update(file='intervisie/reflectieverslag_mei.docx', media='docx')
    if k == 7: iv.update(file='intervisie/scan0011.pdf', media='scanpdf')
    if k == 9: iv.update(file='intervisie/IMG_20250522_201044.jpg', media='jpg', angle=-2.2)
    if k == 11: iv.update(mail=d + dt.timedelta(days=3), file='intervisie/verslag per mail jan 2026.pdf')
    ints1.append(iv)
cfg1 = dict(acts=acts1, aanvraag='aanvraagformulier_Lemmens.pdf', aanvraag_media='pdf', overeenkomst='certificatieovereenkomst getekend.jpg', overeenkomst_media='jpg',
            dob='14-03-1979', addr='Kerkstraat 8, 6191 JB Beek (L)', mail='m.lemmens@voorbeeldmail.nl', employer='UWV',
            werk='werkgeversverklaring UWV.pdf', werk_media='pdf', werk_items=werk_letter, role='re-integratiebegeleider',
            periods=[(D(2019,3,1), D(2023,8,31), 32), (D(2023,9,1), None, 36)], full=36, names_full=True,
            erv='ervaringsverklaring_ML.pdf', erv_media='pdf', erv_style='heads', erv_signed=True, boss='J. Ramaekers', boss_title='teammanager',
            overzicht='overzicht vakontwikkeling.xlsx', write_overzicht=ov_xlsx, ints=ints1, group='Zuid-Limburg 3')

# ---------------- U3-002 : defects ----------------
n2 = 'Jef Verstraeten'; app2 = D(2026, 9, 20); s = 'Vakontwikkeling/'
acts2 = [
 A(D(2022,5,10), 'Congres Re-integratie Zeeland 2022', 'Zeeuws Congrescentrum', 'congres', 5, '5 uur', 1, '1 uur', s+'opgave congres 2022.pdf', 'grid', 'pdf',
   s+'bevestiging congres 2022.pdf', 'congres', 'pdf', '5 uur', 5),
 A(D(2022,11,17), 'Deskundigheidsbevordering: gesprekken met werkgevers', 'Re-integratieacademie Vlaanderen-Zeeland', 'workshop', 3, '3 uur', 1, '1 uur', s+'opgave werkgeversgesprekken.pdf', 'inline', 'pdf',
   s+'attest werkgeversgesprekken.pdf', 'cert', 'pdf', '3 uur', 3),
 A(D(2023,3,9), 'E-learning privacy en AVG in re-integratie', 'Leerplatform Werk & Inkomen', 'e-learning', 2, '120 min', 1, '60 min', s+'opgave AVG.pdf', 'stacked', 'pdf',
   s+'certificaat AVG.pdf', 'elearn', 'pdf', '120 minuten', 2),
 A(D(2023,6,22), 'Cursus psychische klachten en werk', 'GGZ Opleidingsinstituut Zuid', 'cursus', 6, '09.30–16.30 uur (excl. 1 uur pauze)', 2, '2 uur', s+'opgave cursus GGZ.docx', 'stacked', 'docx',
   s+'scan0004.jpg', 'cert', 'jpg', '6 uur', 6),
 A(D(2023,11,2), 'Kwaliteitsoverleg re-integratie', 'Re-integratiebureau De Schelde bv', 'vakoverleg', 2, '2 uur', 0, '0', s+'opgave kwaliteitsoverleg.pdf', 'grid', 'pdf',
   s+'verklaring kwaliteitsoverleg.pdf', 'teamleider', 'pdf', '2 uur', 2),
 A(D(2024,3,14), 'Congres Werk Loont', 'Congresorganisatie Lage Landen', 'congres', 5.25, '5 uur en 15 minuten', 0.75, '0,75', s+'opgave congres Werk Loont.pdf', 'acro', 'acro',
   s+'aanwezigheid Werk Loont.pdf', 'congres', 'pdf', '5u15', 5.25),
 A(D(2024,9,26), 'Training jobcoaching', 'Re-integratieacademie Vlaanderen-Zeeland', 'training', 6, '6 uur', 2, '2 uur', s+'opgave training jobcoaching.pdf', 'inline', 'pdf',
   None, None, None, None),
 A(D(2025,1,23), 'Webinar nieuwe WIA-regels', 'Leerplatform Werk & Inkomen', 'webinar', 1.5, '1u30', 0.5, '30 minuten', s+'opgave webinar WIA.pdf', 'stacked', 'pdf',
   'document(1).pdf', 'mail', 'pdf', '1,5 uur', 1.5),
 A(D(2025,5,15), 'Symposium Werk en Armoede', 'Congresorganisatie Lage Landen', 'symposium', 4, '4', 2, '2', s+'opgave symposium.pdf', 'grid', 'pdf',
   s+'brief symposium.pdf', 'brief', 'pdf', '4 uur', 4),
 A(D(2025,10,9), 'Cursus Wet Poortwachter in de praktijk', 'Opleidingshuis Maas & Rijn', 'cursus', 7, '7 uur', 2, '2 uur', s+'opgave poortwachter.pdf', 'inline', 'pdf',
   s+'certificaat poortwachter.pdf', 'cert', 'pdf', '7 uur', 7),
 A(D(2026,2,5), 'Scholingsmiddag schuldhulpverlening', 'Gemeente Middelburg – Sociaal Domein', 'scholingsmiddag', 3.5, '13.30 - 17.00 uur', 1.5, '1,5', s+'opgave scholingsmiddag.pdf', 'stacked', 'pdf',
   'IMG_20260205_170944.jpg', 'lijst', 'jpg', '13.30 - 17.00 uur', 3.5),
 A(D(2026,6,11), 'Workshop oplossingsgerichte gespreksvoering', 'Re-integratieacademie Vlaanderen-Zeeland', 'workshop', 3, '3', 1, '1', s+'opgave workshop juni.pdf', 'grid', 'pdf',
   s+'attest workshop juni.pdf', 'cert', 'pdf', '3 uur', 3),
 A(D(2026,8,27), 'Congres Inclusief Werkgeverschap', 'Zeeuws Congrescentrum', 'congres', 6, '6 uur', 2, '2 uur', s+'opgave congres inclusief.pdf', 'inline', 'pdf',
   s+'bevestiging congres inclusief.pdf', 'congres', 'pdf', '6 uur', 6),
]
idates2 = [D(2022,10,13), D(2023,1,12), D(2023,4,13), D(2023,9,14), D(2023,12,7), D(2024,2,8), D(2024,5,16), D(2024,10,17), D(2025,2,13), D(2025,6,12), D(2025,9,11), D(2026,1,15), D(2026,5,21)]
st2 = ['noun', 'letter', 'kvhead', 'vraag', 'prose', 'caps', 'noun', 'letter', 'kvhead', 'vraag', 'prose', 'caps', 'noun']
ints2 = []
for k, d in enumerate(idates2):
    iv = dict(date=d, i=k + 3, style=st2[k], file=f'Intervisie/intervisie {k+1} - {dmy(d)}.pdf', media='pdf')
    if k == 2: iv.update(file='Intervisie/intervisie 3.docx', media='docx')
    if k == 5: iv.update(cas=True)            # casuistiek
    if k == 8: iv.update(missing=('leervragen',))   # missing part
    if k == 10: iv.update(file='Intervisie/scan0019.pdf', media='scanpdf')
    ints2.append(iv)
cfg2 = dict(acts=acts2, aanvraag='aanvraag/Aanvraagformulier.jpg', aanvraag_media='jpg', overeenkomst='aanvraag/overeenkomst.pdf', overeenkomst_media='pdf',
            dob='02-07-1984', addr='Noordstraat 41, 4531 GD Terneuzen', mail='jef.verstraeten@voorbeeldmail.nl', employer='Re-integratiebureau De Schelde bv',
            werk='aanvraag/werkgeversverklaring De Schelde.pdf', werk_media='pdf', werk_items=werk_table, role='re-integratiebegeleider',
            periods=[(D(2021,1,1), D(2023,12,31), 24), (D(2024,1,1), None, 32)], full=38, names_full=True,
            erv='aanvraag/ervaringsverklaring Jef.docx', erv_media='docx', erv_style='table', erv_signed=False, boss='W. De Smet', boss_title='manager bedrijfsvoering',
            overzicht='Vakontwikkeling/overzicht_vakontwikkeling.csv', write_overzicht=ov_csv, ints=ints2, group='Zeeuws-Vlaanderen')

rows = [build('U3-001', n1, app1, cfg1), build('U3-002', n2, app2, cfg2)]

with open(os.path.join(CO, 'cohort.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['candidate_id', 'name', 'scheme', 'application_date'])
    w.writerow(['U3-001', n1, 'rib', app1.isoformat()]); w.writerow(['U3-002', n2, 'rib', app2.isoformat()])
def wcsv(name, header, data):
    with open(os.path.join(TR, name), 'w', newline='') as f:
        w = csv.writer(f); w.writerow(header); [w.writerow(r) for r in sorted(data)]
wcsv('dossiers.csv', ['candidate_id','outcome','pe_counted','intervisions_valid','currently_employed','pe_counted_alt','intervisions_valid_alt','outcome_alt','scheme','work_years','avg_fte','pe_claimed'], rows)
wcsv('findings.csv', ['candidate_id','code','document'], FIND)
wcsv('findings_allowed.csv', ['candidate_id','code','document'], ALLOW)
wcsv('intervisions.csv', ['candidate_id','document','verdict','counted'], INTS)
wcsv('documents.csv', ['candidate_id','document','doc_type','signature'], DOCS)
wcsv('fields.csv', ['candidate_id','document','field','value'], FIELDS)
for r in rows: print(r)
