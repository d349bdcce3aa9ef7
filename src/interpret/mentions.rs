//! What a document says anywhere, for matching it to an activity on
//! content: its words (folded), their Dutch stems, and its dates. A proof
//! or a form names its activity in a label, a cell or a sentence, under a
//! heading in the writer's own words or under none; where the field stage
//! finds no title or date, the words and dates anywhere in the text still
//! say which activity it is.

use super::notation::dates::find_dates;
use super::text::words;
use crate::text::dutch;
use crate::text::label::is_stop_word;
use jiff::civil::Date;
use std::collections::BTreeSet;
use std::ops::Bound;

/// The words, stems and dates of a text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mentions {
    words: BTreeSet<String>,
    /// Each word reversed: a compound's head is found by a range over its
    /// reversed ending, not by a scan of every word.
    reversed: BTreeSet<String>,
    stems: BTreeSet<String>,
    dates: BTreeSet<Date>,
}

impl Mentions {
    pub fn of(text: &str) -> Mentions {
        let words = words(text);
        Mentions {
            stems: words.iter().map(|w| dutch::stem(w)).collect(),
            reversed: words.iter().map(|w| w.chars().rev().collect()).collect(),
            dates: find_dates(text).into_iter().map(|d| d.date).collect(),
            words,
        }
    }

    /// Share of a title's words (stop words left out) that the text
    /// names, as Dutch words: an inflection or a compound holding the word
    /// counts. A title of one word says too little to be found this way.
    pub fn covers(&self, title: &str) -> f64 {
        if self.words.is_empty() {
            return 0.0;
        }
        let wanted: Vec<String> = words(title)
            .into_iter()
            .filter(|w| !is_stop_word(w))
            .collect();
        if wanted.len() < 2 {
            return 0.0;
        }
        let found = wanted.iter().filter(|w| self.names(w)).count();
        found as f64 / wanted.len() as f64
    }

    /// Whether the text names a word, an inflection of it or a compound
    /// holding it. The compounds looked at are only the words that open
    /// with the word (or its stem) or end in it, found by range.
    fn names(&self, word: &str) -> bool {
        if self.words.contains(word) {
            return true;
        }
        let stem = dutch::stem(word);
        if self.stems.contains(&stem) {
            return true;
        }
        let opening = |prefix: &str| {
            self.words
                .range::<str, _>((Bound::Included(prefix), Bound::Unbounded))
                .take_while(|w| w.starts_with(prefix))
                .any(|w| dutch::is_compound_of(w, word, &stem))
        };
        // A compound with the word as its head: a longer word ending in it.
        let head = || {
            let reversed: String = word.chars().rev().collect();
            word.chars().count() >= dutch::MIN_COMPOUND_PART
                && self
                    .reversed
                    .range::<str, _>((Bound::Included(reversed.as_str()), Bound::Unbounded))
                    .take_while(|r| r.starts_with(reversed.as_str()))
                    .any(|r| r.len() > reversed.len())
        };
        opening(word) || opening(&stem) || head()
    }

    /// Whether the text names the date, in any notation.
    pub fn has_date(&self, date: Date) -> bool {
        self.dates.contains(&date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_title_and_a_date_named_in_running_text() {
        let m = Mentions::of(
            "Fijn dat je op 5-10-2023 bij onze webinars over psychische klachten en werkhervatting was.",
        );
        assert_eq!(m.covers("Psychische klachten en werkhervatting"), 1.0);
        assert!(m.covers("Webinar werkhervatting") >= 1.0, "inflection");
        assert!(m.has_date(date(2023, 10, 5)));
        assert_eq!(m.covers("Werkhervatting"), 0.0, "one word says too little");
    }
}
