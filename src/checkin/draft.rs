//! The check-in being filled in. It is kept as a draft on the phone while the client types, so
//! a reload, an app update or a closed tab never throws it away.

use super::model::{check_content, is_hard_moment, CheckIn, FeelingRating, Problem, UrgeRating};
use crate::feelings::same_word;
use crate::kernel::text::has_hidden_characters;
use crate::kernel::tried::SkillTried;
use crate::time::Moment;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftFeeling {
    pub word: String,
    pub strength: Option<u8>,
}

/// An urge being rated: a level, "did I act on it?", either or both so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftUrge {
    pub id: String,
    #[serde(default)]
    pub level: Option<u8>,
    #[serde(default)]
    pub acted: Option<bool>,
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
    /// Urges in the order first rated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urges: Vec<DraftUrge>,
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
            urges: checkin
                .urges
                .iter()
                .map(|u| DraftUrge {
                    id: u.id.clone(),
                    level: Some(u.level),
                    acted: u.acted,
                })
                .collect(),
        }
    }

    /// True when a feeling is rated strong or an urge high, saved yet or not: Help now is
    /// offered at once, and still if saving fails.
    pub fn is_hard_moment(&self) -> bool {
        let strengths = self.feelings.iter().filter_map(|f| f.strength);
        is_hard_moment(strengths, &self.rated_urges())
    }

    /// True when nothing has been chosen or typed: such a draft need not be kept.
    pub fn is_blank(&self) -> bool {
        self.feelings.is_empty()
            && self.urges.is_empty()
            && self.note.trim().is_empty()
            && !self.for_next_session
    }

    /// The urge with this id, as rated so far.
    pub fn urge(&self, id: &str) -> Option<&DraftUrge> {
        self.urges.iter().find(|u| u.id == id)
    }

    fn urge_mut(&mut self, id: &str) -> &mut DraftUrge {
        let at = match self.urges.iter().position(|u| u.id == id) {
            Some(at) => at,
            None => {
                self.urges.push(DraftUrge {
                    id: id.to_string(),
                    ..DraftUrge::default()
                });
                self.urges.len() - 1
            }
        };
        &mut self.urges[at]
    }

    /// Rates an urge 0 to 5.
    pub fn set_urge_level(&mut self, id: &str, level: u8) {
        self.urge_mut(id).level = Some(level);
    }

    /// Answers "did I act on it?", or takes the answer back with `None`.
    pub fn set_acted(&mut self, id: &str, acted: Option<bool>) {
        self.urge_mut(id).acted = acted;
        self.urges
            .retain(|u| u.level.is_some() || u.acted.is_some());
    }

    /// The urges with a level, as a check-in keeps them.
    fn rated_urges(&self) -> Vec<UrgeRating> {
        self.urges
            .iter()
            .filter_map(|u| {
                Some(UrgeRating {
                    id: u.id.clone(),
                    level: u.level?,
                    acted: u.acted,
                })
            })
            .collect()
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
        let mut problems = check_content(&feelings, &self.rated_urges(), &self.note);
        if self.urges.iter().any(|u| u.level.is_none()) {
            problems.push(Problem::UrgeNotRated);
        }
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
            urges: self.rated_urges(),
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

    #[test]
    fn urges_are_optional_and_kept_by_id_with_their_level_and_acted() {
        let now = moment("2026-11-22T09:05:00+00:00");
        let mut draft = CheckInDraft::default();
        draft.set_strength("Sad", 3);
        draft.set_urge_level("u2", 2);
        draft.set_acted("u2", Some(false));
        draft.set_urge_level("u1", 5);
        let checkin = draft.to_check_in("a1", now).expect("valid");
        assert_eq!(
            serde_json::to_string(&checkin.urges).expect("json"),
            r#"[{"id":"u2","level":2,"acted":false},{"id":"u1","level":5}]"#
        );
        assert_eq!(CheckInDraft::editing(&checkin).urges, draft.urges);
    }

    #[test]
    fn an_urge_alone_is_a_check_in_and_a_high_one_is_a_hard_moment() {
        let now = moment("2026-11-22T09:05:00+00:00");
        let mut draft = CheckInDraft::default();
        draft.set_urge_level("u1", 3);
        assert!(!draft.is_hard_moment());
        assert!(draft.to_check_in("a1", now).is_ok(), "no feeling needed");
        draft.set_urge_level("u1", 4);
        assert!(draft.is_hard_moment(), "4 offers Help now before saving");
        let saved = draft.to_check_in("a1", now).expect("valid");
        assert!(saved.is_hard_moment());
        let mut calm = CheckInDraft::default();
        calm.set_strength("Calm", 6);
        assert!(!calm.is_hard_moment());
        calm.set_strength("Calm", 7);
        assert!(calm.is_hard_moment());
    }

    #[test]
    fn acted_without_a_level_asks_for_one_and_can_be_taken_back() {
        let mut draft = CheckInDraft::default();
        draft.set_strength("Sad", 3);
        draft.set_acted("u1", Some(true));
        assert_eq!(draft.problems(), [Problem::UrgeNotRated]);
        assert!(!draft.is_blank());
        draft.set_acted("u1", None);
        assert!(draft.urges.is_empty());
        assert!(draft.problems().is_empty());
    }

    #[test]
    fn refuses_an_urge_off_the_scale_or_rated_twice() {
        let mut draft = CheckInDraft::default();
        draft.urges.push(DraftUrge {
            id: "u1".into(),
            level: Some(6),
            acted: None,
        });
        assert_eq!(draft.problems(), [Problem::OddUrge]);
        draft.urges[0].level = Some(5);
        draft.urges.push(draft.urges[0].clone());
        assert_eq!(draft.problems(), [Problem::OddUrge]);
        draft.urges[1].id = "u 2".into();
        assert_eq!(draft.problems(), [Problem::OddUrge]);
    }
}
