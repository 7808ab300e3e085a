//! Finding check-ins again: by the words of a note, a feeling, or a card tried.
//!
//! What the client searches for stays in the screen: it never goes into the address, which the
//! browser's history would keep.

use crate::checkin::CheckIn;
use crate::feelings::same_word;

/// Longest search, in characters.
pub const MAX_WORDS_CHARS: usize = 200;

/// What to look for; an empty part matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Every word must be in the note, in any case (ASCII letters; other letters as typed, so
    /// no Unicode case tables join the download).
    pub words: String,
    pub feeling: Option<String>,
    /// A card's id.
    pub card: Option<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.words.trim().is_empty() && self.feeling.is_none() && self.card.is_none()
    }

    pub fn matches(&self, checkin: &CheckIn) -> bool {
        let note = checkin.note.to_ascii_lowercase();
        let words = self.words.chars().take(MAX_WORDS_CHARS).collect::<String>();
        words
            .to_ascii_lowercase()
            .split_whitespace()
            .all(|word| note.contains(word))
            && self.feeling.as_deref().is_none_or(|feeling| {
                checkin
                    .feelings
                    .iter()
                    .any(|f| same_word(&f.feeling, feeling))
            })
            && self
                .card
                .as_deref()
                .is_none_or(|card| checkin.tried.iter().any(|t| t.card == card))
    }
}
