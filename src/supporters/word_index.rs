//! The supporters' search texts as words, indexed once: a keystroke then looks for its words
//! among the few thousand distinct words instead of scanning every supporter's text (at
//! 100,000 supporters, ten megabytes a keystroke).

use std::collections::HashMap;

/// How a word of the query meets a word of the index; the better meeting counts.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Meeting {
    Missing,
    Inside,
    Whole,
}

/// Normalised texts (words separated by single spaces), each kept as the positions of its
/// distinct words in one vocabulary.
pub struct WordIndex {
    vocabulary: Vec<String>,
    /// Every text's words, one text after another.
    words: Vec<u32>,
    /// Where each text's words end in `words`.
    ends: Vec<u32>,
}

impl WordIndex {
    pub fn new(texts: &[String]) -> WordIndex {
        // Keyed by the texts' own words; `usize` positions: the map's code is the one the
        // app already has for `&str` keys.
        let mut position: HashMap<&str, usize> = HashMap::new();
        let mut vocabulary = Vec::new();
        let mut words = Vec::new();
        let mut ends = Vec::new();
        for text in texts {
            let start = words.len();
            for word in text.split(' ').filter(|word| !word.is_empty()) {
                let at = *position.entry(word).or_insert_with(|| {
                    vocabulary.push(word.to_string());
                    vocabulary.len() - 1
                }) as u32;
                // A text has a dozen words: looking back beats sorting.
                if !words[start..].contains(&at) {
                    words.push(at);
                }
            }
            ends.push(words.len() as u32);
        }
        WordIndex {
            vocabulary,
            words,
            ends,
        }
    }

    /// For each text, in order: None when a word of `query` (normalised) is in none of its
    /// words, else whether every word of the query is one of its words whole. The same answer
    /// as searching the text itself for each word of the query.
    pub fn matches(&self, query: &str) -> Vec<Option<bool>> {
        let meetings: Vec<Vec<Meeting>> = query
            .split_whitespace()
            .map(|wanted| {
                self.vocabulary
                    .iter()
                    .map(|word| match word.find(wanted) {
                        None => Meeting::Missing,
                        Some(_) if word.len() == wanted.len() => Meeting::Whole,
                        Some(_) => Meeting::Inside,
                    })
                    .collect()
            })
            .collect();
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let words = &self.words[start..end as usize];
                start = end as usize;
                let mut whole = true;
                for meeting in &meetings {
                    let best = words
                        .iter()
                        .map(|&word| meeting[word as usize])
                        .max()
                        .unwrap_or(Meeting::Missing);
                    match best {
                        Meeting::Missing => return None,
                        Meeting::Inside => whole = false,
                        Meeting::Whole => {}
                    }
                }
                Some(whole)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::supporters::query::{haystack, relevance, Relevance};

    /// Every query the test asks of every real supporter: each word of the list's texts, its
    /// beginnings and middles, pairs of words, and words found nowhere.
    fn queries(texts: &[String]) -> Vec<String> {
        let mut queries = vec![String::new(), "zzz".into(), "united zzz".into()];
        for text in texts.iter().step_by(53) {
            let words: Vec<&str> = text.split(' ').collect();
            for pair in words.windows(2) {
                queries.push(pair.join(" "));
                queries.push(format!("{} {}", pair[1], &pair[0][..pair[0].len().min(3)]));
            }
            for word in &words {
                queries.push(word.to_string());
                if word.len() > 3 {
                    queries.push(word[1..word.len() - 1].to_string());
                }
            }
        }
        queries.sort();
        queries.dedup();
        queries
    }

    #[test]
    fn the_index_answers_as_searching_each_text_does() {
        let texts: Vec<String> = crate::dataset::supporters().iter().map(haystack).collect();
        let index = WordIndex::new(&texts);
        let queries = queries(&texts);
        assert!(queries.len() > 500, "{} queries", queries.len());
        for query in &queries {
            let found = index.matches(query);
            for (text, found) in texts.iter().zip(found) {
                let searched = relevance(text, query, None);
                assert_eq!(
                    found.map(|whole| if whole {
                        Relevance::WholeWords
                    } else {
                        Relevance::Partial
                    }),
                    searched,
                    "{query:?} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn a_text_keeps_each_of_its_words_once() {
        let index = WordIndex::new(&["b a b".to_string(), String::new(), "a".to_string()]);
        assert_eq!(index.vocabulary, ["b", "a"]);
        assert_eq!(index.words, [0, 1, 1]);
        assert_eq!(index.ends, [2, 2, 3]);
        assert_eq!(index.matches("a"), [Some(true), None, Some(true)]);
        assert_eq!(index.matches("b"), [Some(true), None, None]);
        assert_eq!(index.matches(""), [Some(true); 3]);
    }
}
