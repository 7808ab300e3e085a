//! The check-in being filled in. It is kept as a draft on the phone while the client types, so
//! a reload, an app update or a closed tab never throws it away.

use super::model::{check_content, CheckIn, FeelingRating, Problem};
use crate::feelings::same_word;
use crate::kernel::strength::STRONG;
use crate::kernel::text::has_hidden_characters;
use crate::kernel::tried::SkillTried;
use crate::time::Moment;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftFeeling {
    pub word: String,
    pub strength: Option<u8>,
}

/// An existing check-in being changed: its id and original time are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Editing {
    pub id: String,
    #[serde(with = "crate::time::rfc3339")]
    pub at: Moment,
    /// Skills tried after it: not on the form, but kept through the change.
    #[serde(default)]
    pub tried: Vec<SkillTried>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInDraft {
    /// Feelings in the order they were picked.
    pub feelings: Vec<DraftFeeling>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub for_next_session: bool,
    #[serde(default)]
    pub editing: Option<Editing>,
}

impl CheckInDraft {
    /// The draft to show when the form opens: the kept draft if it is for the same thing
    /// (a new check-in, or a change to the same one), otherwise a fresh one.
    pub fn resume(kept: Option<CheckInDraft>, editing: Option<&CheckIn>) -> CheckInDraft {
        let edits = |draft: &CheckInDraft| draft.editing.as_ref().map(|e| e.id.clone());
        match (editing, kept) {
            (Some(checkin), Some(kept)) if edits(&kept).as_ref() == Some(&checkin.id) => kept,
            (Some(checkin), _) => CheckInDraft::editing(checkin),
            (None, Some(kept)) if kept.editing.is_none() => kept,
            (None, _) => CheckInDraft::default(),
        }
    }

    /// A draft to change an existing check-in.
    pub fn editing(checkin: &CheckIn) -> Self {
        CheckInDraft {
            feelings: checkin
                .feelings
                .iter()
                .map(|f| DraftFeeling {
                    word: f.feeling.clone(),
                    strength: Some(f.strength),
                })
                .collect(),
            note: checkin.note.clone(),
            for_next_session: checkin.for_next_session,
            editing: Some(Editing {
                id: checkin.id.clone(),
                at: checkin.at,
                tried: checkin.tried.clone(),
            }),
        }
    }

    /// True when a feeling is rated strong (7 or more), saved yet or not: if saving fails, Help
    /// now is still offered.
    pub fn is_strong(&self) -> bool {
        self.feelings
            .iter()
            .any(|f| f.strength.is_some_and(|s| s >= STRONG))
    }

    /// True when nothing has been chosen or typed: such a draft need not be kept.
    pub fn is_blank(&self) -> bool {
        self.feelings.is_empty() && self.note.trim().is_empty() && !self.for_next_session
    }

    pub fn is_picked(&self, word: &str) -> bool {
        self.feelings.iter().any(|f| same_word(&f.word, word))
    }

    pub fn strength_of(&self, word: &str) -> Option<u8> {
        self.feelings
            .iter()
            .find(|f| same_word(&f.word, word))
            .and_then(|f| f.strength)
    }

    /// Picks a feeling, or unpicks it if it was picked.
    pub fn toggle(&mut self, word: &str) {
        if self.is_picked(word) {
            self.feelings.retain(|f| !same_word(&f.word, word));
        } else {
            self.feelings.push(DraftFeeling {
                word: word.to_string(),
                strength: None,
            });
        }
    }

    /// Sets how strong a feeling is, picking it if needed.
    pub fn set_strength(&mut self, word: &str, strength: u8) {
        if !self.is_picked(word) {
            self.toggle(word);
        }
        for feeling in self
            .feelings
            .iter_mut()
            .filter(|f| same_word(&f.word, word))
        {
            feeling.strength = Some(strength);
        }
    }

    /// Everything that stops this draft being saved (empty when it can be saved).
    pub fn problems(&self) -> Vec<Problem> {
        let feelings: Vec<(&str, Option<u8>)> = self
            .feelings
            .iter()
            .map(|f| (f.word.as_str(), f.strength))
            .collect();
        let mut problems = check_content(&feelings, &self.note);
        if has_hidden_characters(&self.note, true) {
            problems.push(Problem::HiddenCharacters);
        }
        problems
    }

    /// Turns the draft into a check-in: a new one with `new_id` made `now`, or, when editing,
    /// the same check-in changed `now`.
    pub fn to_check_in(&self, new_id: &str, now: Moment) -> Result<CheckIn, Vec<Problem>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let feelings = self
            .feelings
            .iter()
            .filter_map(|f| {
                f.strength.map(|strength| FeelingRating {
                    feeling: f.word.clone(),
                    strength,
                })
            })
            .collect();
        let (id, at, edited_at, tried) = match &self.editing {
            Some(e) => (e.id.clone(), e.at, Some(now), e.tried.clone()),
            None => (new_id.to_string(), now, None, Vec::new()),
        };
        let checkin = CheckIn {
            id,
            at,
            feelings,
            note: self.note.trim().to_string(),
            for_next_session: self.for_next_session,
            edited_at,
            tried,
        };
        let problems = checkin.problems();
        if problems.is_empty() {
            Ok(checkin)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::{moment, sample};

    #[test]
    fn three_taps_make_a_check_in() {
        let mut draft = CheckInDraft::default();
        draft.toggle("Sad");
        draft.set_strength("Sad", 7);
        let now = moment("2026-11-22T09:05:00+00:00");
        let checkin = draft.to_check_in("a1", now).expect("valid");
        assert_eq!(checkin, sample());
    }

    #[test]
    fn choosing_a_strength_picks_the_feeling_too() {
        let mut draft = CheckInDraft::default();
        draft.set_strength("Calm", 3);
        assert!(draft.is_picked("calm"));
        assert_eq!(draft.strength_of("Calm"), Some(3));
    }

    #[test]
    fn holds_several_feelings_in_the_order_picked() {
        let mut draft = CheckInDraft::default();
        draft.set_strength("Anxious", 8);
        draft.set_strength("Hopeful", 2);
        draft.set_strength("Numb", 0);
        draft.toggle("Numb");
        let checkin = draft
            .to_check_in("x", moment("2026-11-22T09:05:00+00:00"))
            .expect("valid");
        let words: Vec<_> = checkin
            .feelings
            .iter()
            .map(|f| f.feeling.as_str())
            .collect();
        assert_eq!(words, ["Anxious", "Hopeful"]);
    }

    #[test]
    fn says_what_is_missing_before_saving() {
        let draft = CheckInDraft::default();
        assert_eq!(draft.problems(), [Problem::NoFeeling]);
        let mut draft = CheckInDraft::default();
        draft.toggle("Sad");
        assert_eq!(
            draft.to_check_in("x", moment("2026-11-22T09:05:00+00:00")),
            Err(vec![Problem::NoStrength {
                feeling: "Sad".into()
            }])
        );
    }

    #[test]
    fn refuses_a_tampered_draft() {
        let mut draft = CheckInDraft::default();
        draft.feelings.push(DraftFeeling {
            word: "Sad".into(),
            strength: Some(11),
        });
        draft.feelings.push(DraftFeeling {
            word: "sad".into(),
            strength: Some(1),
        });
        draft.note = "x".repeat(5000);
        let problems = draft.problems();
        assert!(problems.contains(&Problem::StrengthOutOfRange {
            feeling: "Sad".into()
        }));
        assert!(problems.contains(&Problem::SameFeelingTwice {
            feeling: "sad".into()
        }));
        assert!(problems.contains(&Problem::NoteTooLong { chars: 5000 }));
    }

    #[test]
    fn editing_keeps_the_id_and_original_time() {
        let original = sample();
        let mut draft = CheckInDraft::editing(&original);
        draft.set_strength("Sad", 4);
        draft.note = "  Talked to Sam.  ".into();
        draft.for_next_session = true;
        let later = moment("2026-11-23T10:00:00+01:00");
        let edited = draft.to_check_in("ignored", later).expect("valid");
        assert_eq!(edited.id, original.id);
        assert_eq!(edited.at, original.at);
        assert_eq!(edited.edited_at, Some(later));
        assert_eq!(edited.note, "Talked to Sam.");
        assert!(edited.for_next_session);
    }

    #[test]
    fn resumes_the_kept_draft_only_for_the_same_thing() {
        let mut new_draft = CheckInDraft::default();
        new_draft.set_strength("Calm", 2);
        let original = sample();
        let mut edit_draft = CheckInDraft::editing(&original);
        edit_draft.note = "half-way through a change".into();

        let resume = CheckInDraft::resume;
        assert_eq!(resume(Some(new_draft.clone()), None), new_draft);
        assert_eq!(
            resume(Some(edit_draft.clone()), None),
            CheckInDraft::default()
        );
        assert_eq!(resume(None, None), CheckInDraft::default());
        assert_eq!(
            resume(Some(edit_draft.clone()), Some(&original)),
            edit_draft
        );
        assert_eq!(
            resume(Some(new_draft), Some(&original)),
            CheckInDraft::editing(&original)
        );
        let mut other = original.clone();
        other.id = "other".into();
        assert_eq!(
            resume(Some(edit_draft), Some(&other)),
            CheckInDraft::editing(&other)
        );
    }

    #[test]
    fn knows_when_there_is_nothing_worth_keeping() {
        let mut draft = CheckInDraft::default();
        assert!(draft.is_blank());
        draft.note = "  ".into();
        assert!(draft.is_blank());
        draft.note = "a".into();
        assert!(!draft.is_blank());
    }
}
