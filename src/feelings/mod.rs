//! The words a client can use for how they feel.
//!
//! The built-in words are the basic emotions often named in DBT-informed work (anger, disgust,
//! envy, fear, guilt, happiness, jealousy, love, sadness, shame), said the way a person would
//! say them ("Sad", not "sadness"), plus a few everyday words. Clients add their own words,
//! which are kept for next time. A feeling is stored as its word, so history stays readable.

#[cfg(target_arch = "wasm32")]
pub mod toggles;

use crate::kernel::text::has_hidden_characters;
use crate::kernel::{Context, Explain};
use crate::storage::quarantine::{self, read_json, Read};
use crate::storage::{to_json, Store, StoreError};
use serde::{Deserialize, Serialize};

/// Built-in words, in the order the picker shows them: common words first.
pub const BUILT_IN: [&str; 17] = [
    "Calm",
    "Happy",
    "Sad",
    "Anxious",
    "Angry",
    "Afraid",
    "Lonely",
    "Overwhelmed",
    "Numb",
    "Ashamed",
    "Guilty",
    "Tired",
    "Hopeful",
    "Loving",
    "Jealous",
    "Envious",
    "Disgusted",
];

/// Longest own word or short phrase, in characters.
pub const MAX_WORD_CHARS: usize = 30;
/// How many own words are kept; enough for anyone's vocabulary, small enough to show.
pub const MAX_OWN_WORDS: usize = 60;

/// Why a typed word cannot be used, with a kind message for the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordProblem {
    Empty,
    TooLong,
    HiddenCharacters,
    TooManyWords,
}

impl Explain for WordProblem {
    fn message(&self) -> String {
        match self {
            WordProblem::Empty => "Type a word for how you feel, then add it.".into(),
            WordProblem::TooLong => {
                format!("That is a little long. Try {MAX_WORD_CHARS} letters or fewer.")
            }
            WordProblem::HiddenCharacters => {
                "That has characters we can't show. Try typing it again.".into()
            }
            WordProblem::TooManyWords => format!(
                "You have {MAX_OWN_WORDS} of your own words already. Remove one to add another."
            ),
        }
    }
}

/// Tidies a typed word: trims it, squeezes repeated spaces, and checks it can be shown.
pub fn tidy_word(input: &str) -> Result<String, WordProblem> {
    if has_hidden_characters(input, false) {
        return Err(WordProblem::HiddenCharacters);
    }
    let word = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if word.is_empty() {
        return Err(WordProblem::Empty);
    }
    if word.chars().count() > MAX_WORD_CHARS {
        return Err(WordProblem::TooLong);
    }
    Ok(word)
}

/// True when two words name the same feeling ("sad" and "Sad").
///
/// Case is folded for ASCII letters only: full Unicode case tables would add about 20 KB to
/// every client's download, and the built-in words are ASCII.
pub fn same_word(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The client's own feeling words, in the order they added them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OwnWords(Vec<String>);

/// What adding a word did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// A new own word, as it will be shown.
    New(String),
    /// The word is already there (built in or added before), spelled as it is kept.
    AlreadyThere(String),
}

impl Added {
    pub fn word(&self) -> &str {
        match self {
            Added::New(word) | Added::AlreadyThere(word) => word,
        }
    }
}

impl OwnWords {
    pub fn words(&self) -> &[String] {
        &self.0
    }

    /// Adds a typed word unless it is already known; built-in words are never duplicated.
    pub fn add(&mut self, input: &str) -> Result<Added, WordProblem> {
        let word = tidy_word(input)?;
        if let Some(known) = self.known(&word) {
            return Ok(Added::AlreadyThere(known.to_string()));
        }
        if self.0.len() >= MAX_OWN_WORDS {
            return Err(WordProblem::TooManyWords);
        }
        self.0.push(word.clone());
        Ok(Added::New(word))
    }

    /// Forgets an own word. Past check-ins that used it keep it.
    pub fn remove(&mut self, word: &str) {
        self.0.retain(|w| !same_word(w, word));
    }

    fn known(&self, word: &str) -> Option<&str> {
        BUILT_IN
            .iter()
            .copied()
            .chain(self.0.iter().map(String::as_str))
            .find(|known| same_word(known, word))
    }

    /// Every word to offer in the picker: built-in words, then the client's own.
    pub fn choices(&self) -> Vec<String> {
        BUILT_IN
            .iter()
            .map(|w| w.to_string())
            .chain(self.0.iter().cloned())
            .collect()
    }

    /// Keeps only words that could have been added through [`OwnWords::add`]: stored data
    /// edited by hand or by a buggy version must not put odd words in the picker.
    pub fn from_stored(words: Vec<String>) -> (OwnWords, Vec<String>) {
        let mut own = OwnWords::default();
        let mut rejected = Vec::new();
        for word in words {
            match own.add(&word) {
                Ok(Added::New(_)) => {}
                _ => rejected.push(word),
            }
        }
        (own, rejected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_the_dbt_basic_emotions_and_everyday_words() {
        for word in [
            "Angry",
            "Disgusted",
            "Envious",
            "Afraid",
            "Guilty",
            "Happy",
            "Jealous",
            "Loving",
            "Sad",
            "Ashamed",
            "Anxious",
            "Numb",
            "Overwhelmed",
            "Calm",
            "Lonely",
        ] {
            assert!(BUILT_IN.contains(&word), "{word} missing");
        }
    }

    #[test]
    fn built_in_words_are_distinct_and_valid() {
        for (i, a) in BUILT_IN.iter().enumerate() {
            assert_eq!(tidy_word(a).as_deref(), Ok(*a));
            for b in &BUILT_IN[i + 1..] {
                assert!(!same_word(a, b));
            }
        }
    }

    #[test]
    fn tidies_what_is_typed() {
        assert_eq!(tidy_word("  on   edge ").as_deref(), Ok("on edge"));
        assert_eq!(tidy_word("   "), Err(WordProblem::Empty));
        assert_eq!(tidy_word("a\u{0007}b"), Err(WordProblem::HiddenCharacters));
        assert_eq!(tidy_word(&"x".repeat(31)), Err(WordProblem::TooLong));
        assert!(
            tidy_word(&"é".repeat(30)).is_ok(),
            "counts characters, not bytes"
        );
    }

    #[test]
    fn keeps_own_words_without_duplicates() {
        let mut own = OwnWords::default();
        assert_eq!(own.add("wobbly"), Ok(Added::New("wobbly".into())));
        assert_eq!(own.add("Wobbly "), Ok(Added::AlreadyThere("wobbly".into())));
        assert_eq!(own.add("sad"), Ok(Added::AlreadyThere("Sad".into())));
        assert_eq!(own.add("Überfordert"), Ok(Added::New("Überfordert".into())));
        assert_eq!(
            own.add("Überfordert"),
            Ok(Added::AlreadyThere("Überfordert".into()))
        );
        own.remove("Überfordert");
        assert_eq!(own.words(), ["wobbly"]);
        assert_eq!(own.choices().last().map(String::as_str), Some("wobbly"));
        own.remove("WOBBLY");
        assert!(own.words().is_empty());
    }

    #[test]
    fn limits_the_number_of_own_words_kindly() {
        let mut own = OwnWords::default();
        for i in 0..MAX_OWN_WORDS {
            own.add(&format!("word {i}")).expect("room");
        }
        let problem = own.add("one more").expect_err("full");
        assert_eq!(problem, WordProblem::TooManyWords);
        assert!(problem.message().contains("Remove one"));
    }

    #[test]
    fn drops_odd_stored_words_but_reports_them() {
        let stored = vec![
            "wobbly".to_string(),
            "".to_string(),
            "Sad".to_string(),
            "wobbly".to_string(),
            "x".repeat(100),
        ];
        let (own, rejected) = OwnWords::from_stored(stored);
        assert_eq!(own.words(), ["wobbly"]);
        assert_eq!(rejected.len(), 4);
    }
}

/// Where the client's own words are kept: a small list, rewritten when it changes.
pub const OWN_WORDS_KEY: &str = "harbour.feelings.own";

/// The client's own words. Odd stored words are set aside (the whole list, as it was) and
/// the rest kept.
pub fn load_own_words(store: &mut dyn Store) -> Result<OwnWords, StoreError> {
    match read_json::<Vec<String>>(store, OWN_WORDS_KEY)? {
        Read::Missing | Read::Unreadable => Ok(OwnWords::default()),
        Read::Found(stored) => {
            let (words, rejected) = OwnWords::from_stored(stored.clone());
            if !rejected.is_empty() {
                // The list exactly as it was stored, spacing and all, not as it was understood;
                // with no room for that copy, the list is left as it is.
                let raw = store.read(OWN_WORDS_KEY)?.unwrap_or_default();
                if quarantine::set_aside(store, OWN_WORDS_KEY, &raw).is_ok() {
                    let _ = save_own_words(store, &words);
                }
            }
            Ok(words)
        }
    }
}

pub fn save_own_words(store: &mut dyn Store, words: &OwnWords) -> Result<(), StoreError> {
    store.write(OWN_WORDS_KEY, &to_json(words)?)
}

/// A word the client typed, ready to pick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnWord {
    /// The word as it is shown and kept.
    pub word: String,
    /// False when the phone had no room to keep a new word for next time: it can still be
    /// used now.
    pub kept: bool,
}

/// Adds a word the client typed to their own words (unless they have it already) and keeps
/// the list for next time.
pub fn add_own_word(
    phone: &mut Context,
    words: &mut OwnWords,
    typed: &str,
) -> Result<OwnWord, WordProblem> {
    let added = words.add(typed)?;
    let kept = match &added {
        Added::New(_) => save_own_words(phone.store(), words).is_ok(),
        Added::AlreadyThere(_) => true,
    };
    Ok(OwnWord {
        word: added.word().to_string(),
        kept,
    })
}

#[cfg(test)]
mod stored_words_tests {
    use super::*;
    use crate::storage::memory::MemoryStore;

    #[test]
    fn own_words_are_kept_for_next_time() {
        let mut store = MemoryStore::new();
        let mut words = load_own_words(&mut store).expect("load");
        words.add("wobbly").expect("add");
        save_own_words(&mut store, &words).expect("save");
        assert_eq!(load_own_words(&mut store).expect("load"), words);
    }

    #[test]
    fn odd_stored_words_are_set_aside_and_the_rest_kept() {
        let mut store = MemoryStore::new();
        store
            .write(OWN_WORDS_KEY, r#"[ "wobbly", "", "wobbly" ]"#)
            .expect("write");
        let loaded = load_own_words(&mut store).expect("load");
        assert_eq!(loaded.words(), ["wobbly"]);
        assert_eq!(
            store.read("harbour.quarantine.harbour.feelings.own.1"),
            Ok(Some(r#"[ "wobbly", "", "wobbly" ]"#.into())),
            "set aside exactly as it was written"
        );
        load_own_words(&mut store).expect("load again");
        assert_eq!(quarantine::count(&store), Ok(1), "nothing more set aside");
    }

    #[test]
    fn a_typed_word_is_added_once_and_kept_for_next_time() {
        use crate::kernel::context::fixtures::TestPhone;
        let mut test = TestPhone::at("2026-11-22T09:05:00Z");
        let mut words = OwnWords::default();
        let added = test.act(|p| add_own_word(p, &mut words, "  wobbly "));
        assert_eq!(added.map(|a| (a.word, a.kept)), Ok(("wobbly".into(), true)));
        let again = test.act(|p| add_own_word(p, &mut words, "WOBBLY"));
        assert_eq!(again.map(|a| a.word), Ok("wobbly".into()));
        assert_eq!(test.act(|p| load_own_words(p.store())), Ok(words.clone()));
        test.store.set_capacity(Some(0));
        let unkept = test.act(|p| add_own_word(p, &mut words, "fizzy"));
        assert_eq!(
            unkept.map(|a| (a.word, a.kept)),
            Ok(("fizzy".into(), false))
        );
        assert_eq!(
            test.act(|p| add_own_word(p, &mut words, "  ")),
            Err(WordProblem::Empty)
        );
    }

    #[test]
    fn unreadable_words_are_set_aside() {
        let mut store = MemoryStore::new();
        store
            .write(OWN_WORDS_KEY, "{\"not\":\"a list\"}")
            .expect("write");
        let loaded = load_own_words(&mut store).expect("load");
        assert!(loaded.words().is_empty());
        assert_eq!(quarantine::count(&store), Ok(1));
    }
}
