//! A check-in: how the client felt, how strongly, and anything they wanted to add.

use crate::feelings::{same_word, tidy_word};
use crate::kernel::id::is_plain_id;
use crate::kernel::limits::{MAX_FEELINGS, MAX_ID_CHARS};
use crate::kernel::strength::{MAX_STRENGTH, STRONG};
use crate::kernel::tried::{Helped, SkillTried};
use crate::kernel::Explain;
use crate::time::Moment;
use crate::urges::{MAX_LEVEL, MAX_URGES, STRONG_URGE};
use serde::{Deserialize, Serialize};

/// Longest note, in characters: room for a few paragraphs.
pub const MAX_NOTE_CHARS: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeelingRating {
    pub feeling: String,
    /// 0 to [`MAX_STRENGTH`], as the client rated it: theirs, never a score of them.
    pub strength: u8,
}

/// One of the client's urges (`crate::urges`) as rated in a check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrgeRating {
    /// The urge's short id; its name is kept once, with the client's urges.
    pub id: String,
    /// 0 to [`MAX_LEVEL`].
    pub level: u8,
    /// "Did I act on it?", if the client said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acted: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: String,
    /// When it was made, with the offset of the phone at the time.
    #[serde(with = "crate::time::rfc3339")]
    pub at: Moment,
    pub feelings: Vec<FeelingRating>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// "Bring this to my next session".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub for_next_session: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::rfc3339_option"
    )]
    pub edited_at: Option<Moment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tried: Vec<SkillTried>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urges: Vec<UrgeRating>,
}

/// Something about a check-in that stops it being saved, with a kind message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NoFeeling,
    NoStrength {
        feeling: String,
    },
    StrengthOutOfRange {
        feeling: String,
    },
    OddFeelingWord,
    SameFeelingTwice {
        feeling: String,
    },
    TooManyFeelings,
    NoteTooLong {
        chars: usize,
    },
    /// Characters in the note that hide or reorder text.
    HiddenCharacters,
    /// An id no one could have typed: damage or tampering.
    BadId,
    /// A skill recorded as tried with an odd id, or recorded twice.
    OddSkillTried,
    /// "Did you act on it?" answered for an urge with no level.
    UrgeNotRated,
    /// An urge above the scale, rated twice, with an odd id, or too many.
    OddUrge,
}

impl Explain for Problem {
    fn message(&self) -> String {
        match self {
            Problem::NoFeeling => {
                "Choose a feeling first: tap the word closest to how you feel.".into()
            }
            Problem::NoStrength { feeling } => {
                format!("How strong is “{feeling}”? Tap a number from 0 to 10.")
            }
            Problem::StrengthOutOfRange { feeling } => {
                format!("How strong is “{feeling}”? Choose a number from 0 to 10.")
            }
            Problem::OddFeelingWord => {
                "One of the feeling words can't be used. Try choosing it again.".into()
            }
            Problem::SameFeelingTwice { feeling } => {
                format!("“{feeling}” is in this check-in twice. Keep one.")
            }
            Problem::TooManyFeelings => {
                format!("That is a lot of feelings at once. Choose up to {MAX_FEELINGS}.")
            }
            Problem::NoteTooLong { chars } => format!(
                "Your note is {chars} characters, and a note can hold {MAX_NOTE_CHARS}. \
                 You could shorten it, or carry on in another check-in."
            ),
            Problem::HiddenCharacters => "Part of your note has characters that can't be \
                shown. Could you type that part again?"
                .into(),
            Problem::UrgeNotRated => {
                "How strong was the urge you answered “Did you act on it?” for? Tap a number \
                 from 0 to 5."
                    .into()
            }
            Problem::BadId | Problem::OddSkillTried | Problem::OddUrge => {
                "This check-in can't be saved as it is. Try starting a new one.".into()
            }
        }
    }
}

/// Checks the feelings, urges and note shared by drafts and stored check-ins. A check-in
/// needs a feeling or an urge rated; the rest is optional.
pub(crate) fn check_content(
    feelings: &[(&str, Option<u8>)],
    urges: &[UrgeRating],
    note: &str,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    if feelings.is_empty() && urges.is_empty() {
        problems.push(Problem::NoFeeling);
    }
    let odd_urge = |(i, u): (usize, &UrgeRating)| {
        u.level > MAX_LEVEL || !is_plain_id(&u.id) || urges[..i].iter().any(|o| o.id == u.id)
    };
    // Urges put away can leave a changed check-in with more than are named now, never many.
    if urges.len() > MAX_URGES * 2 || urges.iter().enumerate().any(odd_urge) {
        problems.push(Problem::OddUrge);
    }
    if feelings.len() > MAX_FEELINGS {
        problems.push(Problem::TooManyFeelings);
    }
    for (i, (word, strength)) in feelings.iter().enumerate() {
        if tidy_word(word).as_deref() != Ok(*word) {
            problems.push(Problem::OddFeelingWord);
            continue;
        }
        if feelings[..i].iter().any(|(w, _)| same_word(w, word)) {
            problems.push(Problem::SameFeelingTwice {
                feeling: word.to_string(),
            });
        }
        match strength {
            None => problems.push(Problem::NoStrength {
                feeling: word.to_string(),
            }),
            Some(s) if *s > MAX_STRENGTH => problems.push(Problem::StrengthOutOfRange {
                feeling: word.to_string(),
            }),
            Some(_) => {}
        }
    }
    let chars = note.chars().count();
    if chars > MAX_NOTE_CHARS {
        problems.push(Problem::NoteTooLong { chars });
    }
    problems
}

/// True when a feeling is strong (7 or more) or an urge is 4 or 5: Help now is offered,
/// whatever else happens, and cards for hard moments come first.
pub(crate) fn is_hard_moment(
    strengths: impl IntoIterator<Item = u8>,
    urges: &[UrgeRating],
) -> bool {
    strengths.into_iter().any(|s| s >= STRONG) || urges.iter().any(|u| u.level >= STRONG_URGE)
}

impl CheckIn {
    /// True when a feeling was strong or an urge high ([`is_hard_moment`]).
    pub fn is_hard_moment(&self) -> bool {
        is_hard_moment(self.feelings.iter().map(|f| f.strength), &self.urges)
    }

    /// Marks a card as tried, or records whether it helped. Returns false if nothing changed.
    pub fn record_tried(&mut self, card: &str, helped: Option<Helped>) -> bool {
        match self.tried.iter_mut().find(|t| t.card == card) {
            Some(t) if t.helped == helped || helped.is_none() => false,
            Some(t) => {
                t.helped = helped;
                true
            }
            None => {
                self.tried.push(SkillTried {
                    card: card.to_string(),
                    helped,
                });
                true
            }
        }
    }

    /// Everything wrong with a check-in read from storage (empty when it is sound).
    pub fn problems(&self) -> Vec<Problem> {
        let feelings: Vec<(&str, Option<u8>)> = self
            .feelings
            .iter()
            .map(|f| (f.feeling.as_str(), Some(f.strength)))
            .collect();
        let mut problems = check_content(&feelings, &self.urges, &self.note);
        let odd_card = |(i, t): (usize, &SkillTried)| {
            !is_plain_id(&t.card) || self.tried[..i].iter().any(|o| o.card == t.card)
        };
        if self.id.is_empty() || self.id.chars().count() > MAX_ID_CHARS {
            problems.push(Problem::BadId);
        }
        if self.tried.len() > MAX_FEELINGS || self.tried.iter().enumerate().any(odd_card) {
            problems.push(Problem::OddSkillTried);
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::sample;

    #[test]
    fn stores_compactly_and_reads_back() {
        let json = serde_json::to_string(&sample()).expect("serialise");
        assert_eq!(
            json,
            r#"{"id":"a1","at":"2026-11-22T09:05:00Z","feelings":[{"feeling":"Sad","strength":7}]}"#
        );
        let back: CheckIn = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, sample());
    }

    #[test]
    fn a_sound_check_in_has_no_problems() {
        assert!(sample().problems().is_empty());
    }

    #[test]
    fn finds_what_is_wrong_with_a_stored_check_in() {
        let mut odd = sample();
        odd.feelings[0].strength = 42;
        odd.id.clear();
        odd.note = "x".repeat(MAX_NOTE_CHARS + 1);
        let problems = odd.problems();
        assert!(problems.contains(&Problem::StrengthOutOfRange {
            feeling: "Sad".into()
        }));
        assert!(problems.contains(&Problem::BadId));
        assert!(problems.contains(&Problem::NoteTooLong {
            chars: MAX_NOTE_CHARS + 1
        }));
        // Rules added later are checked as notes are typed: what was kept before still opens.
        let mut earlier = sample();
        earlier.note = "pasted\u{2028}from a web page".into();
        assert!(earlier.problems().is_empty());
    }

    #[test]
    fn every_problem_has_a_kind_message() {
        let all = [
            Problem::NoFeeling,
            Problem::NoStrength {
                feeling: "Sad".into(),
            },
            Problem::StrengthOutOfRange {
                feeling: "Sad".into(),
            },
            Problem::OddFeelingWord,
            Problem::SameFeelingTwice {
                feeling: "Sad".into(),
            },
            Problem::TooManyFeelings,
            Problem::NoteTooLong { chars: 5000 },
            Problem::BadId,
            Problem::OddSkillTried,
            Problem::HiddenCharacters,
            Problem::UrgeNotRated,
            Problem::OddUrge,
        ];
        for problem in all {
            let message = problem.message();
            assert!(
                message.ends_with('.') || message.ends_with('?'),
                "{message}"
            );
            assert!(!message.to_lowercase().contains("error"), "{message}");
            assert!(!message.to_lowercase().contains("invalid"), "{message}");
        }
    }
}
