//! Every list entry in the scheme files is rule-book vocabulary, or says
//! where it comes from (issue 20).
//!
//! The labels, cues, titles, phrases and aliases in `schemes/*.toml` are what
//! hercert reads unseen documents with. An entry that is there only because
//! one test document used it reads that document and no other, so it is a
//! defect. This test names every entry and holds it against the rule book's
//! own words (`schemes/vocabulary/rulebook.txt`, made from
//! `../shared/domain/*.txt` by `scripts/rulebook_vocabulary.py`) or against a
//! note in `schemes/vocabulary/sources.toml`, filed under the reason class
//! it belongs to. Entries filed under `[suspect]` wait for the lead engineer.
//!
//! Coverage rule: an entry is covered when it has a word (two letters or
//! more, folded as the vocabulary is, stop words left out) and each such
//! word is a rule-book word, shares a stem with one (a common Dutch ending
//! stripped), or is a compound of rule-book words (parts of three letters or
//! more, joined directly or by s, e or en).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use toml::{Table, Value};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// The scheme files that hold word lists.
const LIST_FILES: &[&str] = &[
    "sections.toml",
    "fields.toml",
    "classify.toml",
    "casuistiek.toml",
    "rib.toml",
    "rccm.toml",
    "crov.toml",
];

/// Words that carry no vocabulary of their own.
const STOP_WORDS: &[&str] = &[
    "de", "het", "een", "van", "en", "of", "in", "op", "voor", "met", "aan", "te", "bij", "per",
    "je", "ik", "mijn", "uw", "wat", "hoe", "wie", "welke", "waar", "wanneer",
];

/// Dutch inflection endings, longest first; one is stripped to find a stem.
const ENDINGS: &[&str] = &["heden", "ingen", "heid", "ing", "en", "s", "e", "n"];

/// Links between the parts of a Dutch compound.
const LINKS: &[&str] = &["", "s", "e", "en"];

/// The reason class whose entries still wait for review.
const SUSPECT: &str = "suspect";

/// One list entry: the file, the list inside it, the text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    file: String,
    list: String,
    text: String,
}

impl std::fmt::Display for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {:?}", self.file, self.list, self.text)
    }
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(path: &Path) -> Table {
    read(path)
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Lower case without diacritics, as `scripts/rulebook_vocabulary.py` folds.
fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .collect::<String>()
        .to_lowercase()
}

/// The folded words of `text`: runs of letters, two letters or more.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------- entries

/// The name of one element of an array of tables: its `key` or `doc_type`
/// when it has one, so a list keeps its name when the order changes.
fn element_name(element: &Value, index: usize) -> String {
    let table = element.as_table();
    let name = ["key", "doc_type"]
        .iter()
        .find_map(|k| table.and_then(|t| t.get(*k)).and_then(Value::as_str));
    name.map_or_else(|| index.to_string(), str::to_string)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Every array of strings under `value` and the keys of every `cues` table,
/// one entry per string.
fn collect(file: &str, path: &str, value: &Value, out: &mut Vec<Entry>) {
    let mut push = |text: &str| {
        out.push(Entry {
            file: file.to_string(),
            list: path.to_string(),
            text: text.to_string(),
        })
    };
    match value {
        Value::Table(table) if path.ends_with("cues") => table.keys().for_each(|k| push(k)),
        Value::Table(table) => {
            for (key, inner) in table {
                collect(file, &join(path, key), inner, out);
            }
        }
        Value::Array(items) if items.iter().all(Value::is_str) => {
            items.iter().filter_map(Value::as_str).for_each(push)
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let at = format!("{path}[{}]", element_name(item, index));
                collect(file, &at, item, out);
            }
        }
        _ => {}
    }
}

/// Every list entry of the scheme files, in file order.
fn entries() -> Vec<Entry> {
    let mut out = Vec::new();
    for file in LIST_FILES {
        let table = parse(&repo().join("schemes").join(file));
        collect(file, "", &Value::Table(table), &mut out);
    }
    out
}

// ------------------------------------------------------------- vocabulary

/// `word` without one common Dutch ending, when three letters stay.
fn stem(word: &str) -> String {
    let letters = word.chars().count();
    ENDINGS
        .iter()
        .find(|e| word.ends_with(*e) && letters >= e.len() + 3)
        .map_or(word, |e| &word[..word.len() - e.len()])
        .to_string()
}

/// The rule book's words and their stems.
struct Vocabulary {
    words: BTreeSet<String>,
    stems: BTreeSet<String>,
}

impl Vocabulary {
    fn new(words: BTreeSet<String>) -> Self {
        let stems = words.iter().map(|w| stem(w)).collect();
        Vocabulary { words, stems }
    }

    /// `word` is a rule-book word, or the two are one word once a common
    /// ending is stripped from either or both.
    fn knows(&self, word: &str) -> bool {
        let stemmed = stem(word);
        [word, stemmed.as_str()]
            .iter()
            .any(|w| self.words.contains(*w) || self.stems.contains(*w))
    }

    /// `word` is a compound of known parts of three letters or more.
    fn splits(&self, word: &[char]) -> bool {
        (3..word.len().saturating_sub(2)).any(|cut| {
            let head: String = word[..cut].iter().collect();
            self.knows(&head) && LINKS.iter().any(|link| self.tail_known(&word[cut..], link))
        })
    }

    fn tail_known(&self, rest: &[char], link: &str) -> bool {
        let link: Vec<char> = link.chars().collect();
        if !rest.starts_with(&link) || rest.len() < link.len() + 3 {
            return false;
        }
        let tail = &rest[link.len()..];
        self.knows(&tail.iter().collect::<String>()) || self.splits(tail)
    }

    fn covers_word(&self, word: &str) -> bool {
        self.knows(word) || self.splits(&word.chars().collect::<Vec<_>>())
    }

    /// The words of `text` that count: stop words left out.
    fn content(text: &str) -> Vec<String> {
        words(text)
            .into_iter()
            .filter(|w| !STOP_WORDS.contains(&w.as_str()))
            .collect()
    }

    /// The coverage rule of the module doc.
    fn covers(&self, text: &str) -> bool {
        let content = Self::content(text);
        !content.is_empty() && content.iter().all(|w| self.covers_word(w))
    }

    /// Why `text` is not covered: its unknown words, or that it has none.
    fn gap(&self, text: &str) -> String {
        let content = Self::content(text);
        let unknown: Vec<&str> = content
            .iter()
            .filter(|w| !self.covers_word(w))
            .map(String::as_str)
            .collect();
        match (content.is_empty(), unknown.is_empty()) {
            (true, _) => "only stop words or single letters".to_string(),
            (false, true) => "covered".to_string(),
            (false, false) => format!("unknown: {}", unknown.join(" ")),
        }
    }
}

fn vocabulary_path() -> PathBuf {
    repo().join("schemes/vocabulary/rulebook.txt")
}

/// The committed vocabulary: every line that is not a comment.
fn committed_vocabulary() -> BTreeSet<String> {
    read(&vocabulary_path())
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------- sources

/// The notes of `sources.toml`: per entry, its reason class and note.
fn notes() -> BTreeMap<Entry, (String, String)> {
    let sources = parse(&repo().join("schemes/vocabulary/sources.toml"));
    let mut notes = BTreeMap::new();
    for (class, files) in &sources {
        for (file, lists) in as_table(files, class) {
            for (list, texts) in as_table(lists, file) {
                for (text, note) in as_table(texts, list) {
                    let entry = Entry {
                        file: file.clone(),
                        list: list.clone(),
                        text: text.clone(),
                    };
                    let note = note.as_str().unwrap_or_default().to_string();
                    let before = notes.insert(entry.clone(), (class.clone(), note));
                    assert!(before.is_none(), "{entry} has notes in two classes");
                }
            }
        }
    }
    notes
}

fn as_table<'a>(value: &'a Value, at: &str) -> &'a Table {
    value
        .as_table()
        .unwrap_or_else(|| panic!("sources.toml: {at} must be a table"))
}

fn listing(entries: &[String]) -> String {
    entries.join("\n  ")
}

// ------------------------------------------------------------------ tests

#[test]
fn every_list_entry_is_rulebook_vocabulary_or_has_a_note() {
    let vocabulary = Vocabulary::new(committed_vocabulary());
    let notes = notes();
    let entries = entries();
    assert!(entries.len() > 500, "only {} entries found", entries.len());
    let covered = entries
        .iter()
        .filter(|e| vocabulary.covers(&e.text))
        .count();
    println!(
        "{} list entries: {covered} rule-book vocabulary, {} with a note",
        entries.len(),
        entries.iter().filter(|e| notes.contains_key(e)).count()
    );
    let missing: Vec<String> = entries
        .iter()
        .filter(|e| !vocabulary.covers(&e.text) && !notes.contains_key(e))
        .map(|e| format!("{e} ({})", vocabulary.gap(&e.text)))
        .collect();
    assert!(
        missing.is_empty(),
        "{} list entries are neither rule-book vocabulary nor noted in \
         schemes/vocabulary/sources.toml:\n  {}",
        missing.len(),
        listing(&missing)
    );
}

#[test]
fn every_note_is_for_an_uncovered_entry_and_says_something() {
    let vocabulary = Vocabulary::new(committed_vocabulary());
    let entries: BTreeSet<Entry> = entries().into_iter().collect();
    let wrong: Vec<String> = notes()
        .into_iter()
        .filter_map(|(entry, (class, note))| {
            let problem = if !entries.contains(&entry) {
                "names no list entry"
            } else if vocabulary.covers(&entry.text) {
                "is rule-book vocabulary already"
            } else if note.trim().is_empty() {
                "has an empty note"
            } else {
                return None;
            };
            Some(format!("[{class}] {entry} {problem}"))
        })
        .collect();
    assert!(wrong.is_empty(), "stale notes:\n  {}", listing(&wrong));
}

#[test]
fn no_list_entry_is_suspect() {
    let suspect: Vec<String> = notes()
        .into_iter()
        .filter(|(_, (class, _))| class == SUSPECT)
        .map(|(entry, (_, note))| format!("{entry}: {note}"))
        .collect();
    assert!(
        suspect.is_empty(),
        "{} list entries look taken from one test document; remove them or \
         give them a source:\n  {}",
        suspect.len(),
        listing(&suspect)
    );
}

#[test]
fn committed_vocabulary_matches_the_rule_book() {
    let domain = repo().join("../shared/domain");
    if !domain.is_dir() {
        println!("{} is absent: compared nothing", domain.display());
        return;
    }
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&domain)
        .expect("domain folder")
        .map(|e| e.expect("domain entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    assert!(
        !texts.is_empty(),
        "no rule book texts in {}",
        domain.display()
    );
    let fresh: BTreeSet<String> = texts.iter().flat_map(|p| words(&read(p))).collect();
    let committed = committed_vocabulary();
    let gone: Vec<&String> = committed.difference(&fresh).collect();
    let new: Vec<&String> = fresh.difference(&committed).collect();
    assert!(
        gone.is_empty() && new.is_empty(),
        "{} is out of date; run scripts/rulebook_vocabulary.py\n  \
         not in the rule book: {gone:?}\n  missing: {new:?}",
        vocabulary_path().display()
    );
}

// ------------------------------------------------------------ the helpers

#[test]
fn stems_and_compounds_follow_the_rule() {
    let words = [
        "afweging",
        "beschrijving",
        "casus",
        "opleiding",
        "instituut",
    ];
    let vocabulary = Vocabulary::new(words.iter().map(|w| w.to_string()).collect());
    assert_eq!(stem("afwegingen"), "afweg");
    assert_eq!(stem("casus"), "casu");
    assert!(vocabulary.covers("Afwegingen"));
    assert!(vocabulary.covers("casusbeschrijving"));
    assert!(vocabulary.covers("opleidingsinstituut"));
    assert!(vocabulary.covers("de casus"));
    assert!(!vocabulary.covers("casusverslag"));
    assert!(
        !vocabulary.covers("wat"),
        "stop words alone are no vocabulary"
    );
    assert!(
        !vocabulary.covers("?"),
        "an entry without words needs a note"
    );
}
