//! Hand-written variants of the documents, worded and laid out the way
//! candidates and employers write them and no generator of ours does:
//! labels wrapped, suffixed, renamed, numbered or asked as questions,
//! values on the next line or in a table cell. Each case asserts the value
//! read. `field_recall` prints, per field, how many variants were read
//! right (`cargo test --lib field_recall -- --nocapture`).

use super::fields::{FieldRead, FieldReader, SHIPPED_FIELDS};
use super::notation::dates::find_dates;
use super::notation::hours::parse_hours;
use crate::dossier::tests_support::text_record;
use crate::extract::positioned::{lines_from_text, Line, Segment};
use crate::model::DocType;
use crate::scheme::Scheme;
use jiff::civil::{date, Date};
use std::collections::BTreeMap;

/// What a variant expects a field to read as.
#[derive(Debug, Clone, PartialEq)]
enum Want {
    Text(&'static str),
    Date(Date),
    Minutes(u32),
    Number(f64),
    Missing,
    Ambiguous,
}

struct Case {
    doc_type: &'static str,
    field: &'static str,
    lines: Vec<Line>,
    want: Want,
}

fn text(doc_type: &'static str, field: &'static str, body: &str, want: Want) -> Case {
    Case {
        doc_type,
        field,
        lines: lines_from_text(1, body),
        want,
    }
}

/// A line of positioned cells, as a PDF table or a form with columns gives it.
fn row(top: f32, cells: &[(f32, &str)]) -> Line {
    Line {
        page: 1,
        segments: cells
            .iter()
            .map(|(x, t)| Segment {
                text: t.to_string(),
                x0: *x,
                x1: x + t.chars().count() as f32 * 5.0,
                top,
                bottom: top + 10.0,
                size: 10.0,
                bold: false,
            })
            .collect(),
    }
}

fn cells(doc_type: &'static str, field: &'static str, lines: Vec<Line>, want: Want) -> Case {
    Case {
        doc_type,
        field,
        lines,
        want,
    }
}

const OPGAVE: &str = "opgaveformulier_activiteit";
const BEWIJS: &str = "bewijs_deelname";

fn cases() -> Vec<Case> {
    use Want::*;
    vec![
        text(OPGAVE, "date", "Datum van de activiteit: 3 februari 2025", Date(date(2025, 2, 3))),
        text(OPGAVE, "date", "DATUM ACTIVITEIT (dd-mm-jjjj)    03-02-2025", Date(date(2025, 2, 3))),
        text(OPGAVE, "date", "1. Datum\n14-3-2024", Date(date(2024, 3, 14))),
        text(OPGAVE, "date", "Wanneer vond de activiteit plaats? 12 mrt. 2024", Date(date(2024, 3, 12))),
        text(OPGAVE, "date", "Datum activiteit: n.v.t.", Missing),
        text(OPGAVE, "date", "Datum: 4-3-2024\nToelichting volgt\nDatum: 9-3-2024", Ambiguous),
        text(
            OPGAVE,
            "title",
            "Titel: Omgaan met weerstand in\n       re-integratietrajecten\nOrganisator: Werkwijzer",
            Text("Omgaan met weerstand in re-integratietrajecten"),
        ),
        text(OPGAVE, "title", "Wat was het onderwerp? Werken met de Wet Poortwachter", Text("Werken met de Wet Poortwachter")),
        text(OPGAVE, "title", "Naam van de activiteit:\tIntervisie begeleiden", Text("Intervisie begeleiden")),
        text(OPGAVE, "organiser", "Georganiseerd door:   Stichting Werkwijzer", Text("Stichting Werkwijzer")),
        text(OPGAVE, "organiser", "Aanbieder / organisator     Werkwijzer Academie", Text("Werkwijzer Academie")),
        text(OPGAVE, "organiser", "3.  Organisatie:  Kenniskring Arbeid", Text("Kenniskring Arbeid")),
        text(OPGAVE, "kind", "Soort: e-learning", Text("e-learning")),
        text(OPGAVE, "attendance", "A. Aanwezig (uren, excl. pauzes)    3,5", Minutes(210)),
        text(OPGAVE, "attendance", "Tijd aanwezigheid - A\n09.00 - 12.30 uur", Minutes(210)),
        text(OPGAVE, "attendance", "Tijd aanwezighied (excl. pauze): 2 uur", Minutes(120)),
        text(OPGAVE, "attendance", "Tijd aanwezigheid (excl. pauze &     4 uur\ninloop) - A", Minutes(240)),
        // OCR's fence before a value: a bracket or a bar where the box was.
        text(OPGAVE, "attendance", "Tijd aanwezigheid (excl. pauze & inloop) - A (13:30-1 5:00", Text("13:30-1 5:00")),
        text(OPGAVE, "attendance", "Tijd aanwezigheid - A 13:30-15:00", Minutes(90)),
        text(OPGAVE, "name", "Naam [Jorien Kaptein", Text("Jorien Kaptein")),
        text(OPGAVE, "total", "Totaal aantal uren C = A + B |4,5", Minutes(270)),
        // A scanned form read column by column: first every label (two of
        // them wrapped, one with an accent OCR added), then every value.
        text(
            OPGAVE,
            "preparation",
            "Datum\n\nOnderwerp\n\nTijd aanwezig (zonder pauze en\ninloop) - À\nTijd voorbereiding - B\nTotaal uren C = À + B\nPE-punten (max. 4)\n= C/2\n\n7-5-2024\nSchuldhulp in de praktijk\n3 uur\n1,5 uur\n4,5 uur\n2,25",
            Minutes(90),
        ),
        text(
            OPGAVE,
            "total",
            "Datum\nOnderwerp\nTijd aanwezig (zonder pauze en\ninloop) - À\nTijd voorbereiding - B\nTotaal uren C = À + B\n7-5-2024\nSchuldhulp in de praktijk\n3 uur\n1,5 uur\n4,5 uur",
            Minutes(270),
        ),
        text(OPGAVE, "attendance", "Hoeveel uur was u aanwezig?   3", Minutes(180)),
        text(OPGAVE, "preparation", "B) Voorbereiding / zelfstudie: 90 minuten", Minutes(90)),
        text(OPGAVE, "preparation", "Zelfstudie (uren)\t1u30", Minutes(90)),
        text(OPGAVE, "total", "Totaal uren (A+B): 5", Minutes(300)),
        text(OPGAVE, "total", "Totaal aantal uren C = A+B      6,5", Minutes(390)),
        text(OPGAVE, "pe", "Aantal PE (C/2, max. 4): 2,5", Number(2.5)),
        text(OPGAVE, "pe", "PE-punten\n3", Number(3.0)),
        text(OPGAVE, "name", "Naam kandidaat: Fleur van Dam", Text("Fleur van Dam")),
        text(
            OPGAVE,
            "title",
            "Naam\nDatum activiteit\nTitel activiteit\nOrganisator\nJan de Wit\n3-3-2024\nWerken met de WIA\nWerkwijzer",
            Text("Werken met de WIA"),
        ),
        text(
            OPGAVE,
            "date",
            "Naam\nDatum activiteit\nTitel activiteit\nOrganisator\nJan de Wit\n3-3-2024\nWerken met de WIA\nWerkwijzer",
            Date(date(2024, 3, 3)),
        ),
        cells(
            OPGAVE,
            "kind",
            vec![
                row(100.0, &[(60.0, "Titel activiteit"), (300.0, "Schrijven van een plan van aanpak")]),
                row(120.0, &[(60.0, "Soort activiteit"), (300.0, "webinar")]),
            ],
            Text("webinar"),
        ),
        cells(
            OPGAVE,
            "title",
            vec![
                row(100.0, &[(60.0, "Titel activiteit"), (300.0, "Motiveren zonder te duwen: een")]),
                row(114.0, &[(300.0, "praktijkdag")]),
                row(130.0, &[(60.0, "Organisator"), (300.0, "Huis van Werk")]),
            ],
            Text("Motiveren zonder te duwen: een praktijkdag"),
        ),
        cells(
            OPGAVE,
            "attendance",
            vec![
                row(100.0, &[(60.0, "Tijd aanwezigheid (excl. pauze &"), (300.0, "2,5")]),
                row(114.0, &[(60.0, "inloop) - A")]),
                row(130.0, &[(60.0, "Tijd voorbereiding/zelfstudie - B"), (300.0, "1")]),
            ],
            Minutes(150),
        ),
        cells(
            OPGAVE,
            "pe",
            vec![
                row(100.0, &[(60.0, "Aantal PE-punten activiteit (max. 4)"), (300.0, "1,75")]),
                row(114.0, &[(60.0, "= C / 2")]),
            ],
            Number(1.75),
        ),
        text(BEWIJS, "participant", "Hierbij bevestigen wij dat Ahmed el Idrissi heeft deelgenomen aan", Text("Ahmed el Idrissi")),
        text(BEWIJS, "participant", "Deelnemer: B. Smit", Text("B. Smit")),
        text(BEWIJS, "participant", "Uitgereikt aan\nMarloes Kramer", Text("Marloes Kramer")),
        text(BEWIJS, "participant", "De deelnemer was de hele dag aanwezig.", Missing),
        text(BEWIJS, "title", "heeft met goed gevolg afgerond:\nBasiscursus Ziektewet", Text("Basiscursus Ziektewet")),
        text(BEWIJS, "title", "Onderwerp van de bijeenkomst: Arbeidsrecht actueel", Text("Arbeidsrecht actueel")),
        text(BEWIJS, "date", "Datum: 7 oktober 2024", Date(date(2024, 10, 7))),
        text(BEWIJS, "duration", "Duur: 09:30 - 12:00", Minutes(150)),
        text(BEWIJS, "duration", "Studiebelasting (uur)   4", Minutes(240)),
        text(BEWIJS, "certificate", "Certificaatnummer: ABC-123", Text("ABC-123")),
        text(BEWIJS, "organiser", "Verzorgd door: Leerhuis Oost", Text("Leerhuis Oost")),
        text("intervisieverslag", "date", "Datum van de intervisie: 5 juni 2024", Date(date(2024, 6, 5))),
        text("intervisieverslag", "date", "Gehouden op\n19-11-2023", Date(date(2023, 11, 19))),
    ]
}

/// Whether what was read is what the variant wants.
fn matches(read: &FieldRead, want: &Want) -> bool {
    match (read, want) {
        (FieldRead::Missing, Want::Missing) => true,
        (FieldRead::Ambiguous(..), Want::Ambiguous) => true,
        (FieldRead::Found(f), Want::Text(t)) => f.value == *t,
        (FieldRead::Found(f), Want::Date(d)) => {
            find_dates(&f.value).first().map(|p| p.date) == Some(*d)
        }
        (FieldRead::Found(f), Want::Minutes(m)) => {
            let v = f.value.trim().replace(',', ".");
            parse_hours(&f.value).ok() == Some(*m)
                || v.parse::<f64>().ok().map(|h| (h * 60.0).round() as u32) == Some(*m)
        }
        (FieldRead::Found(f), Want::Number(n)) => {
            f.value.trim().replace(',', ".").parse::<f64>().ok() == Some(*n)
        }
        _ => false,
    }
}

fn read(case: &Case) -> FieldRead {
    let spec = SHIPPED_FIELDS
        .document(case.doc_type)
        .expect("a known type"); // ok: test
    FieldReader::from_parts(case.lines.clone(), &[], spec, SHIPPED_FIELDS.thresholds)
        .read(case.field)
}

#[test]
fn every_hand_written_field_variant_reads_right() {
    let mut wrong = Vec::new();
    for case in cases() {
        let got = read(&case);
        if !matches(&got, &case.want) {
            wrong.push(format!(
                "{} {}: want {:?}, got {:?}",
                case.doc_type, case.field, case.want, got
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn field_recall() {
    let mut per_field: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for case in cases() {
        let entry = per_field
            .entry(format!("{}.{}", case.doc_type, case.field))
            .or_default();
        entry.1 += 1;
        if matches(&read(&case), &case.want) {
            entry.0 += 1;
        }
    }
    for (field, (right, all)) in &per_field {
        println!("recall {field:<40} {right}/{all}");
    }
    assert!(per_field.values().map(|v| v.1).sum::<usize>() >= 40);
}

fn report(text: &str) -> Vec<String> {
    let scheme = Scheme::load("rib").expect("rib"); // ok: test
    super::intervision::read(
        &text_record("K01/iv.pdf", DocType::Intervisieverslag, text),
        &scheme.intervision.sections,
    )
    .missing
}

#[test]
fn intervision_parts_under_questions_inline_labels_and_letters() {
    let questions = "Wat speelde er?\nMevrouw K. is sinds maart ziek en de werkgever wil snel een plan.\n\n\
        Wat zeiden de anderen?\nDe collega's vroegen door naar mijn eigen rol; een van hen gaf de tip om eerder te bellen.\n\n\
        Wat heb ik zelf ingebracht?\nIk heb verteld hoe ik het eerste gesprek voerde en waar ik vastliep.\n\n\
        Waar wil ik van leren?\nHoe kan ik eerder grenzen stellen?\n\n\
        Wat neem ik mee?\nIk heb geleerd dat ik niet alles zelf hoef op te lossen.\n\n\
        Welke afwegingen maakte ik?\nEnerzijds wilde ik de klant sparen, anderzijds moest het plan op tijd klaar.\n\n\
        Wat zou ik nu anders doen?\nIk zou de werkgever direct bellen en een gezamenlijk gesprek voorstellen.\n";
    assert!(report(questions).is_empty(), "{:?}", report(questions));
    let inline = "Casus: meneer B. valt steeds uit na een paar weken werk.\n\
        Reacties van de groep: collega's herkenden het patroon en vroegen wat ik voelde.\n\
        Mijn bijdrage: ik bracht de casus in en legde mijn twijfel voor.\n\
        Leervraag: hoe blijf ik rustig als een klant boos wordt?\n\
        Leereffect: ik besef dat mijn eigen onrust meespeelt.\n\
        Afwegingen: ik heb afgewogen of ik de bedrijfsarts eerder moest inschakelen.\n\
        Initiatief: volgende keer plan ik meteen een driegesprek.\n";
    assert!(report(inline).is_empty(), "{:?}", report(inline));
    let letters = "A) Casusbeschrijving\nEen werknemer met rugklachten wil niet terug.\nB) Opmerkingen collega's\nDe groep stelde vragen.\n\
        C) Eigen bijdrage\nIk vertelde mijn aanpak.\nD) Leervragen\nHoe motiveer ik beter?\nE) Leereffect\nIk heb geleerd te luisteren.\n\
        F) Oordeelsvorming\nIk woog de belangen af.\nG) Initiatief\nIk zou eerder contact opnemen.\n";
    assert!(report(letters).is_empty(), "{:?}", report(letters));
}

#[test]
fn a_report_without_a_part_misses_it_and_a_sentence_is_no_heading() {
    let text = "Casusbeschrijving\nMevrouw D. is uitgevallen met burn-out klachten.\n\
        Opmerkingen van collega's\nLeervragen had ik eigenlijk niet, maar de groep vroeg veel door over mijn rol.\n\
        Eigen bijdrage\nIk heb de casus toegelicht.\nLeereffect\nIk heb geleerd om eerder te vragen.\n\
        Oordeelsvorming\nIk heb afgewogen wat de klant aankan.\nInitiatief\nIk zou eerder een driegesprek plannen.\n";
    assert_eq!(report(text), ["leervragen"]);
}

#[test]
fn a_report_without_headings_is_read_by_its_paragraphs() {
    let text = "Meneer P. is al een jaar ziek en de werkgever wil de re-integratie versnellen.\n\n\
        De collega's in de groep vroegen wat ik zelf wilde; een collega gaf als tip om te spiegelen.\n\n\
        Ik heb de casus ingebracht en mijn aandeel in het vastlopen beschreven.\n\n\
        Mijn leervraag was: hoe kan ik duidelijker zijn zonder de relatie te schaden?\n\n\
        Ik heb geleerd dat duidelijkheid juist rust geeft; dat neem ik mee in mijn eigen werk.\n\n\
        Ik heb afgewogen wat zwaarder weegt: het belang van de klant of de termijnen.\n\n\
        Ik zou de volgende keer eerder contact opnemen met de bedrijfsarts.\n";
    assert!(report(text).is_empty(), "{:?}", report(text));
}

fn competency(text: &str) -> (bool, usize, usize, usize) {
    let doc = text_record("K01/erv.pdf", DocType::Ervaringsverklaring, text);
    let s = super::experience::read(&doc, &["klantgerichtheid".to_string()]);
    let c = &s.competencies[0];
    (c.absent, c.examples, c.strong_points, c.development_points)
}

#[test]
fn ervaringsverklaring_variants() {
    let starr = "Situatie: a\nTaak: b\nActiviteiten: c\nResultaat: d\nReflectie: e\n";
    let one_sentence = format!(
        "2. Klantgerichtheid (bedrijfscompetentie)\nVoorbeeld 1\n{starr}Voorbeeld 2\n{starr}Sterke punten: geduld en overzicht.\nVerbeterpunt: ik wil beter nee zeggen.\n"
    );
    assert_eq!(competency(&one_sentence), (false, 2, 2, 1));
    let listed = format!(
        "Klantgerichtheid\n{starr}{starr}Mijn kwaliteiten\n- ik luister goed\n- ik houd overzicht\nOntwikkelpunten\n- delegeren\n"
    );
    assert_eq!(competency(&listed), (false, 2, 2, 1));
    let missing = format!("Competentie: Klantgerichtheid\n{starr}Sterke punten: geduld\n");
    assert_eq!(competency(&missing), (false, 1, 1, 0));
}

#[test]
fn werkverklaring_variants() {
    let read = |text: &str| {
        super::werkverklaring::read(&text_record("K01/w.pdf", DocType::Werkverklaring, text))
    };
    let labelled = read(
        "Functie: Re-integratiebegeleider\nDatum in dienst: 01-04-2017\nArbeidsduur: 0,8 fte\n\
         Is de werknemer nog in dienst? Ja ☒ Nee ☐\n",
    );
    assert_eq!(labelled.periods.len(), 1, "{:?}", labelled.periods);
    assert_eq!(labelled.periods[0].start, date(2017, 4, 1));
    assert_eq!(labelled.still_employed, Some(true));
    let sentence = read("Mevrouw Smit is sinds 1 april 2017 bij ons in dienst als re-integratiebegeleider voor 28 uur per week.\n");
    assert_eq!(sentence.periods.len(), 1, "{:?}", sentence.periods);
    assert_eq!(sentence.periods[0].role, "re-integratiebegeleider");
    assert_eq!(sentence.periods[0].end, None);
    let table = read("Periode                    Functie                   Uren p/w\n01-01-2019 t/m heden       klantmanager re-integratie   32\n");
    assert_eq!(table.periods.len(), 1, "{:?}", table.periods);
    assert_eq!(table.periods[0].role, "klantmanager re-integratie");
}

#[test]
fn overview_with_question_headers_and_a_wrapped_header() {
    let read = |body: &str| {
        let doc = text_record("K01/o.pdf", DocType::OverzichtVakontwikkeling, body);
        super::overzicht::read(&doc).activities
    };
    let questions = read(
        "Wanneer?      Wat?                          Door wie?          Uren    PE\n\
         12-03-2024    Webinar Wet Poortwachter      Werkwijzer         2       1\n\
         19-04-2024    Cursus gespreksvoering        Huis van Werk      6       3\n",
    );
    assert_eq!(questions.len(), 2, "{questions:?}");
    assert_eq!(questions[1].title, "Cursus gespreksvoering");
    assert_eq!(questions[1].pe_claimed, Some(3.0));
    let wrapped = read(
        "Datum         Titel                 Tijd               Aantal\n\
         \x20             activiteit            aanwezigheid       PE\n\
         01-02-2024    Training rapporteren    4 uur              2\n",
    );
    assert_eq!(wrapped.len(), 1, "{wrapped:?}");
    assert_eq!(wrapped[0].attendance, Some(Ok(240)));
}

/// A line of positioned cells on a given page, 12 points high.
fn row_on(page: u32, top: f32, cells: &[(f32, &str)]) -> Line {
    Line {
        page,
        ..row(top, cells)
    }
}

#[test]
fn a_narrow_overview_table_with_broken_words_and_a_row_over_two_pages() {
    // Columns 40 points wide, as a word processor's table on a portrait
    // page: the header and the cells wrap, in the middle of words too.
    let (nr, datum, titel, aanbieder, aanwezig, voorb, totaal, pe) =
        (20.0, 60.0, 110.0, 160.0, 210.0, 260.0, 310.0, 360.0);
    let lines = vec![
        row_on(1, 20.0, &[(20.0, "Overzicht van mijn bijscholing")]),
        row_on(
            1,
            40.0,
            &[
                (nr, "#"),
                (datum, "Datum"),
                (titel, "Omschrij"),
                (aanbieder, "Aanbied"),
                (aanwezig, "Aanwezi"),
                (voorb, "Voorbe"),
                (totaal, "Totaal"),
                (pe, "PE-"),
            ],
        ),
        row_on(
            1,
            52.0,
            &[
                (titel, "ving"),
                (aanbieder, "er"),
                (aanwezig, "g (uren)"),
                (voorb, "reiding"),
                (totaal, "uren"),
                (pe, "punten"),
            ],
        ),
        row_on(
            1,
            70.0,
            &[
                (nr, "1"),
                (datum, "14.03.20"),
                (titel, "Gespreks"),
                (aanbieder, "Huis van"),
                (aanwezig, "13:00-"),
                (voorb, "1"),
                (totaal, "4,5"),
                (pe, "2,25"),
            ],
        ),
        row_on(
            1,
            82.0,
            &[
                (datum, "24"),
                (titel, "technieken"),
                (aanbieder, "Werk"),
                (aanwezig, "16:30"),
            ],
        ),
        row_on(1, 94.0, &[(titel, "voor jobcoa")]),
        row_on(1, 106.0, &[(titel, "ches")]),
        row_on(
            1,
            760.0,
            &[
                (nr, "2"),
                (datum, "02.10.20"),
                (titel, "Training"),
                (aanbieder, "Kennis"),
                (aanwezig, "6"),
                (voorb, "0"),
                (totaal, "6"),
                (pe, "3"),
            ],
        ),
        row_on(
            2,
            30.0,
            &[(datum, "24"), (titel, "loonwaarde"), (aanbieder, "centrum")],
        ),
        row_on(
            2,
            50.0,
            &[
                (nr, "3"),
                (datum, "11.11.2024"),
                (titel, "Webinar AVG"),
                (aanbieder, "Kennis"),
                (aanwezig, "2"),
                (voorb, "0"),
                (totaal, "2"),
                (pe, "1"),
            ],
        ),
        row_on(2, 62.0, &[(titel, "Totaal"), (pe, "6,25")]),
    ];
    let spec = SHIPPED_FIELDS
        .document("overzicht_vakontwikkeling")
        .expect("overview fields are shipped"); // ok: test
    let required: [&[&str]; 3] = [&["date"], &["title"], &["attendance", "total", "pe"]];
    let table = super::table::find_table(&lines, spec, SHIPPED_FIELDS.thresholds.accept, &required)
        .expect("the table is found"); // ok: test
    let keys: Vec<&str> = table.columns.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "",
            "date",
            "title",
            "organiser",
            "attendance",
            "preparation",
            "total",
            "pe"
        ],
        "every wrapped header names its column"
    );
    let cell = |row: usize, key: &str| {
        table
            .rows
            .get(row)
            .and_then(|r| r.cells.get(key))
            .map(|s| s.text.clone())
    };
    assert_eq!(cell(0, "date").as_deref(), Some("14.03.2024"));
    assert_eq!(cell(0, "attendance").as_deref(), Some("13:00-16:30"));
    assert_eq!(
        cell(0, "title").as_deref(),
        Some("Gespreks technieken voor jobcoa ches")
    );
    assert_eq!(
        cell(1, "date").as_deref(),
        Some("02.10.2024"),
        "the row goes on over the page"
    );
    assert_eq!(cell(1, "title").as_deref(), Some("Training loonwaarde"));
    assert_eq!(cell(2, "title").as_deref(), Some("Webinar AVG"));
    assert_eq!(
        cell(3, "title").as_deref(),
        Some("Totaal"),
        "a totals row is a row of its own"
    );
    assert_eq!(table.rows.len(), 4);
    // Broken words still match the form's title: same letters, other spaces.
    assert!(
        super::text::similarity(
            "Gespreks technieken voor jobcoa ches",
            "Gesprekstechnieken voor jobcoaches"
        ) >= 0.9
    );
    assert!(super::text::similarity("Webinar AVG", "Webinar Wet Poortwachter") < 0.5);
}
