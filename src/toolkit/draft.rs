//! A card being written or changed. It is kept on the phone at every change, like a check-in
//! draft, so a reload in the middle of a session loses nothing.

use super::card::{steps_from_lines, Card, CardContent, CardProblem};
use super::library::Skill;
use crate::feelings::same_word;
use crate::kernel::strength::StrengthRange;
use crate::kernel::text::tidy_line;
use crate::storage::drafts::{draft_key, read_draft};
use crate::storage::quarantine::Read;
use crate::storage::{to_json, Store, StoreError};
use serde::{Deserialize, Serialize};

pub const CARD_DRAFT_KEY: &str = "harbour.draft.card";

/// The editor's fields as typed: steps and links one per line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardDraft {
    /// The card being changed; `None` for a new card.
    pub editing: Option<String>,
    pub skill: Option<String>,
    pub name: String,
    pub feelings: Vec<String>,
    pub from: u8,
    pub to: u8,
    pub situations: String,
    pub steps: String,
    pub why: String,
    pub links: String,
    /// The card as it was when the editor opened, so a change made meanwhile in another tab
    /// or window is kept wherever this editor left a field alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_as: Option<CardContent>,
}

impl CardDraft {
    /// The caution the card will carry, as the editor stands.
    pub fn caution(&self) -> Option<&'static str> {
        super::card::caution_for(self.skill.as_deref(), &self.name)
    }

    /// A new card, blank or started from a library skill.
    pub fn starting_from(skill: Option<&Skill>) -> CardDraft {
        Self::from_content(None, &CardContent::starting_from(skill))
    }

    /// A new card in the words of one of the practitioner's templates.
    pub fn from_template(template: &Card) -> CardDraft {
        Self::from_content(None, &template.content)
    }

    pub fn editing(card: &Card) -> CardDraft {
        CardDraft {
            opened_as: Some(card.content.clone()),
            ..Self::from_content(Some(card.id.clone()), &card.content)
        }
    }

    fn from_content(editing: Option<String>, content: &CardContent) -> CardDraft {
        CardDraft {
            editing,
            skill: content.skill.clone(),
            name: content.name.clone(),
            feelings: content.feelings.clone(),
            from: content.strength.from,
            to: content.strength.to,
            situations: content.situations.clone(),
            steps: content.steps.join("\n"),
            why: content.why.clone(),
            links: content.links.join("\n"),
            opened_as: None,
        }
    }

    /// The kept draft if it is for the same card (or the same kind of new card), else `fresh`.
    pub fn resume(kept: Option<CardDraft>, fresh: CardDraft) -> CardDraft {
        match kept {
            Some(kept) if kept.editing == fresh.editing && kept.skill == fresh.skill => kept,
            _ => fresh,
        }
    }

    pub fn has_feeling(&self, word: &str) -> bool {
        self.feelings.iter().any(|f| same_word(f, word))
    }

    pub fn toggle_feeling(&mut self, word: &str) {
        if self.has_feeling(word) {
            self.feelings.retain(|f| !same_word(f, word));
        } else {
            self.feelings.push(word.to_string());
        }
    }

    /// The card's content as saved over `now`, the card as it is kept at this moment: each field
    /// this editor changed, and every other field as `now` has it (another tab may have
    /// changed it since the editor opened).
    pub fn onto(&self, now: &CardContent) -> Result<CardContent, Vec<CardProblem>> {
        let mine = self.to_content(now.made_together)?;
        let Some(opened) = &self.opened_as else {
            return Ok(mine);
        };
        fn pick<T: PartialEq + Clone>(mine: T, opened: &T, now: &T) -> T {
            if mine != *opened {
                mine
            } else {
                now.clone()
            }
        }
        let content = CardContent {
            name: pick(mine.name, &opened.name, &now.name),
            skill: pick(mine.skill, &opened.skill, &now.skill),
            feelings: pick(mine.feelings, &opened.feelings, &now.feelings),
            strength: pick(mine.strength, &opened.strength, &now.strength),
            situations: pick(mine.situations, &opened.situations, &now.situations),
            steps: pick(mine.steps, &opened.steps, &now.steps),
            why: pick(mine.why, &opened.why, &now.why),
            links: pick(mine.links, &opened.links, &now.links),
            made_together: now.made_together,
        };
        let problems = content.problems();
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(problems)
        }
    }

    /// The card's content, tidied, keeping `made_together` from the card being changed.
    pub fn to_content(
        &self,
        made_together: Option<crate::time::Moment>,
    ) -> Result<CardContent, Vec<CardProblem>> {
        let content = CardContent {
            name: tidy_line(&self.name),
            skill: self.skill.clone(),
            feelings: self.feelings.clone(),
            strength: StrengthRange {
                from: self.from,
                to: self.to,
            },
            situations: self.situations.trim().replace('\r', ""),
            steps: steps_from_lines(&self.steps),
            why: self.why.trim().replace('\r', ""),
            links: steps_from_lines(&self.links),
            made_together,
        };
        let problems = content.problems();
        if problems.is_empty() {
            Ok(content)
        } else {
            Err(problems)
        }
    }
}

/// This tab's card editor left from last time, if any (`storage::drafts`).
pub fn load_draft(store: &mut dyn Store, tab: &str) -> Result<Option<CardDraft>, StoreError> {
    Ok(match read_draft::<CardDraft>(store, CARD_DRAFT_KEY, tab)? {
        Read::Found(draft) => Some(draft),
        Read::Missing | Read::Unreadable => None,
    })
}

/// Keeps this tab's card editor, or forgets it (`None`).
pub fn keep_draft(
    store: &mut dyn Store,
    tab: &str,
    draft: Option<&CardDraft>,
) -> Result<(), StoreError> {
    let key = draft_key(CARD_DRAFT_KEY, tab);
    match draft {
        Some(draft) => store.write(&key, &to_json(draft)?),
        None => store.remove(&key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::memory::MemoryStore;
    use crate::toolkit::card::fixtures::card;
    use crate::toolkit::library;

    #[test]
    fn a_card_goes_through_the_editor_unchanged() {
        let card = card("c1", "Cold water");
        let draft = CardDraft::editing(&card);
        assert_eq!(draft.to_content(None), Ok(card.content));
    }

    #[test]
    fn typed_text_is_tidied() {
        let mut draft = CardDraft::starting_from(library::skill("stop"));
        draft.name = "  My   STOP ".into();
        draft.steps = "Stop.\r\n\r\n  Step back \n".into();
        draft.links = " https://example.org \n".into();
        let content = draft.to_content(None).expect("sound");
        assert_eq!(content.name, "My STOP");
        assert_eq!(content.steps, ["Stop.", "Step back"]);
        assert_eq!(content.links, ["https://example.org"]);
        assert_eq!(content.skill.as_deref(), Some("stop"));
    }

    #[test]
    fn feelings_toggle_whatever_their_case() {
        let mut draft = CardDraft::default();
        draft.toggle_feeling("Sad");
        assert!(draft.has_feeling("sad"));
        draft.toggle_feeling("SAD");
        assert!(draft.feelings.is_empty());
    }

    #[test]
    fn a_kept_draft_resumes_only_for_the_same_card() {
        let mut store = MemoryStore::new();
        let mut typed = CardDraft::editing(&card("c1", "Cold water"));
        typed.why = "half a thought".into();
        keep_draft(&mut store, "", Some(&typed)).expect("keep");
        let kept = load_draft(&mut store, "").expect("load");
        let same = CardDraft::editing(&card("c1", "Cold water"));
        assert_eq!(CardDraft::resume(kept.clone(), same), typed);
        let other = CardDraft::editing(&card("c2", "Walk"));
        assert_eq!(CardDraft::resume(kept, other.clone()), other);
    }

    #[test]
    fn problems_come_back_instead_of_a_card() {
        let draft = CardDraft {
            to: 3,
            from: 9,
            ..CardDraft::default()
        };
        let problems = draft.to_content(None).expect_err("unsound");
        assert!(problems.contains(&CardProblem::NoName));
        assert!(problems.contains(&CardProblem::StrengthRange));
    }
}
