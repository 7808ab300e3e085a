//! What a client and practitioner do with cards, each as one action: open the editor, keep
//! it as typed, save a card (with the "made together" rule), move and place cards, keep and
//! remove templates, and read what helped.

use super::card::{Card, CardContent, CardProblem, Place};
use super::draft::{keep_draft, load_draft, CardDraft, CARD_DRAFT_KEY};
use super::glance::glance;
use super::helped::{self, Record};
use super::library;
use super::shelf::{self, Move, Shelf, Toolkit};
use crate::kernel::glance::CardGlance;
use crate::kernel::{Context, NotDone};
use crate::session::{self, Session};
use crate::storage::drafts::draft_key;
use crate::storage::{saved_before_draft, StoreError};
use std::collections::HashMap;

/// What the editor is opened for.
#[derive(Debug, Clone, Copy)]
pub enum EditorFor<'a> {
    /// A new card: blank, from a library skill, or from one of the practitioner's templates.
    New {
        skill: Option<&'a str>,
        template: Option<&'a str>,
    },
    Change(&'a Card),
}

/// The editor's fields: what was being typed last time if it is for the same card, otherwise
/// the card as it starts.
pub fn open_editor(phone: &mut Context, editing: EditorFor) -> CardDraft {
    let fresh = match editing {
        EditorFor::Change(card) => CardDraft::editing(card),
        EditorFor::New { skill, template } => {
            match template.and_then(|id| find_template(phone, id)) {
                Some(template) => CardDraft::from_template(&template),
                None => CardDraft::starting_from(skill.and_then(library::skill)),
            }
        }
    };
    let tab = phone.tab();
    let kept = load_draft(phone.store(), tab).ok().flatten();
    CardDraft::resume(kept, fresh)
}

fn find_template(phone: &mut Context, id: &str) -> Option<Card> {
    let templates = shelf::load_from(phone.store(), Shelf::TEMPLATES).ok()?;
    templates.find(id).cloned()
}

/// Keeps the editor's fields as they are now, so a reload in a session loses nothing.
pub fn keep_editor(phone: &mut Context, draft: &CardDraft) -> Result<(), StoreError> {
    let tab = phone.tab();
    keep_draft(phone.store(), tab, Some(draft))
}

/// Saves the editor's card and gives its id. A new card made while a session is on is marked
/// "made together" today; a changed card keeps the mark it had. The session notes the card,
/// and the editor is cleared.
pub fn save_card(
    phone: &mut Context,
    toolkit: &mut Toolkit,
    session: &mut Option<Session>,
    draft: &CardDraft,
) -> Result<String, NotDone<CardProblem>> {
    // The toolkit was read again from the phone just before this, so `existing` is the card
    // as kept now, with any change another tab made since the editor opened.
    let existing = draft.editing.as_deref().and_then(|id| toolkit.find(id));
    let content = match existing {
        Some(card) => draft.onto(&card.content),
        None => draft.to_content(session.is_some().then_some(phone.now)),
    }
    .map_err(NotDone::Problems)?;
    let card = match existing {
        Some(card) => Card {
            content,
            ..card.clone()
        },
        None => Card::new(phone.new_id(), content),
    };
    let id = card.id.clone();
    let tab = phone.tab();
    saved_before_draft(phone.store(), &draft_key(CARD_DRAFT_KEY, tab), |store| {
        shelf::save(store, toolkit, card.clone())
    })?;
    // The card is kept; a session note or a draft that cannot be cleared is harmless.
    let _ = keep_draft(phone.store(), tab, None);
    let _ = session::note_card(phone, session, &id);
    Ok(id)
}

/// Pins, unpins, puts away or brings back a card.
pub fn place(
    phone: &mut Context,
    toolkit: &mut Toolkit,
    card: &str,
    place: Place,
) -> Result<(), StoreError> {
    shelf::set_place(phone.store(), toolkit, card, place)
}

/// Moves a card up or down the list. False when it is already at that end.
pub fn arrange(
    phone: &mut Context,
    toolkit: &mut Toolkit,
    card: &str,
    direction: Move,
) -> Result<bool, StoreError> {
    shelf::shift(phone.store(), toolkit, card, direction)
}

/// Deletes cards for good: one the client no longer wants, or the cards of a session on a
/// practitioner's device once they have been handed over. Gives how many went.
pub fn delete_cards(
    phone: &mut Context,
    toolkit: &mut Toolkit,
    ids: &[String],
) -> Result<usize, StoreError> {
    let mut deleted = 0;
    for id in ids {
        if toolkit.find(id).is_some() {
            shelf::remove(phone.store(), toolkit, id)?;
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// What a template keeps of a card: the skill's own words (its name, the feelings and
/// strength it is for, its steps), never a client's situations, reasons, links or dates. A
/// practitioner's device sees many clients.
pub fn as_template(content: &CardContent) -> CardContent {
    CardContent {
        situations: String::new(),
        why: String::new(),
        links: Vec::new(),
        made_together: None,
        ..content.clone()
    }
}

/// Keeps a copy of a card on this device for a practitioner to start other cards from. The
/// copy is its own card: changing one never changes the other.
pub fn keep_as_template(phone: &mut Context, card: &Card) -> Result<(), StoreError> {
    let mut templates = shelf::load_from(phone.store(), Shelf::TEMPLATES)?;
    let template = Card::new(phone.new_id(), as_template(&card.content));
    shelf::save(phone.store(), &mut templates, template)
}

/// The practitioner's templates on this device.
pub fn templates(phone: &mut Context) -> Result<Toolkit, StoreError> {
    shelf::load_from(phone.store(), Shelf::TEMPLATES)
}

pub fn remove_template(
    phone: &mut Context,
    templates: &mut Toolkit,
    id: &str,
) -> Result<(), StoreError> {
    shelf::remove(phone.store(), templates, id)
}

/// What helped, for every card the client has said about.
pub fn records(phone: &mut Context) -> HashMap<String, Record> {
    helped::from_store(phone.store()).unwrap_or_default()
}

/// `cards` as they are listed at a bad moment (Help now, the last session): what helped is
/// said only when it is encouraging, never "helped 0 times". Check-ins are read only when
/// there are cards to show.
pub fn at_a_hard_time(phone: &mut Context, cards: &[Card]) -> Vec<CardGlance> {
    let records = if cards.is_empty() {
        HashMap::new()
    } else {
        records(phone)
    };
    cards
        .iter()
        .map(|card| {
            let record = records.get(&card.id).copied().unwrap_or_default();
            glance(card, Some(record.at_a_hard_time()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::context::fixtures::TestPhone;
    use crate::storage::Store;
    use crate::toolkit::card::fixtures::card;
    use crate::toolkit::draft::CARD_DRAFT_KEY;

    fn new_card_named(name: &str) -> CardDraft {
        CardDraft {
            name: name.into(),
            ..CardDraft::starting_from(None)
        }
    }

    #[test]
    fn a_new_card_in_a_session_is_made_together_and_noted() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let (mut toolkit, mut session) = (Toolkit::default(), None);
        test.act(|p| session::start(p, &mut session))
            .expect("start");
        let draft = new_card_named("Cold water");
        test.act(|p| keep_editor(p, &draft)).expect("keep");
        let id = test
            .act(|p| save_card(p, &mut toolkit, &mut session, &draft))
            .expect("save");
        let card = toolkit.find(&id).expect("saved");
        assert_eq!(card.content.made_together, Some(test.now));
        assert_eq!(session.map(|s| s.cards), Some(vec![id]));
        assert_eq!(test.store.read(CARD_DRAFT_KEY), Ok(None));
    }

    #[test]
    fn two_editors_of_one_card_keep_both_changes_to_different_fields() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let (mut toolkit, mut session) = (Toolkit::default(), None);
        let id = test
            .act(|p| save_card(p, &mut toolkit, &mut session, &new_card_named("Walk")))
            .expect("save");
        let card = toolkit.find(&id).cloned().expect("card");
        let mut in_the_app = test.act(|p| open_editor(p, EditorFor::Change(&card)));
        let mut in_a_tab = CardDraft::editing(&card);
        in_the_app.name = "Walk to the river".into();
        in_a_tab.why = "Moving settles me.".into();
        test.act(|p| save_card(p, &mut toolkit, &mut session, &in_the_app))
            .expect("the app saves");
        test.act(|p| save_card(p, &mut toolkit, &mut session, &in_a_tab))
            .expect("the tab saves");
        let kept = &toolkit.find(&id).expect("card").content;
        assert_eq!(
            kept.name, "Walk to the river",
            "the app's change is not undone"
        );
        assert_eq!(kept.why, "Moving settles me.");
    }

    #[test]
    fn a_card_made_alone_is_not_marked_and_a_change_keeps_the_mark() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let (mut toolkit, mut session) = (Toolkit::default(), None);
        let alone = test
            .act(|p| save_card(p, &mut toolkit, &mut session, &new_card_named("Walk")))
            .expect("save");
        assert_eq!(
            toolkit.find(&alone).and_then(|c| c.content.made_together),
            None
        );

        test.act(|p| session::start(p, &mut session))
            .expect("start");
        let together = test
            .act(|p| save_card(p, &mut toolkit, &mut session, &new_card_named("Breathe")))
            .expect("save");
        test.act(|p| session::end(p, &mut session)).expect("end");
        test.now = crate::checkin::fixtures::moment("2026-12-01T10:00:00Z");
        let mut change = test.act(|p| {
            let card = toolkit.find(&together).cloned().expect("card");
            open_editor(p, EditorFor::Change(&card))
        });
        change.why = "It slows me down.".into();
        test.act(|p| save_card(p, &mut toolkit, &mut session, &change))
            .expect("change");
        let made = toolkit
            .find(&together)
            .and_then(|c| c.content.made_together);
        assert_eq!(
            made,
            Some(crate::checkin::fixtures::moment("2026-11-22T14:00:00Z"))
        );
    }

    #[test]
    fn problems_come_back_and_nothing_is_kept() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let (mut toolkit, mut session) = (Toolkit::default(), None);
        let refused = test.act(|p| save_card(p, &mut toolkit, &mut session, &new_card_named(" ")));
        assert_eq!(refused, Err(NotDone::Problems(vec![CardProblem::NoName])));
        assert!(toolkit.all().is_empty());
        test.store.set_capacity(Some(0));
        let full = test.act(|p| save_card(p, &mut toolkit, &mut session, &new_card_named("Walk")));
        assert_eq!(full, Err(NotDone::NotKept(StoreError::Full)));
        assert!(toolkit.all().is_empty());
    }

    #[test]
    fn a_template_keeps_the_words_but_not_the_session_and_starts_new_cards() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let mut made = card("c1", "Cold water");
        made.content.made_together = Some(test.now);
        test.act(|p| keep_as_template(p, &made)).expect("template");
        let templates = test.act(templates).expect("templates");
        let template = templates.all().first().cloned().expect("one");
        assert_eq!(template.content, as_template(&made.content));
        let kept = &template.content;
        assert_eq!(
            (kept.name.as_str(), &kept.steps),
            ("Cold water", &made.content.steps)
        );
        assert_eq!(
            (&kept.feelings, kept.strength),
            (&made.content.feelings, made.content.strength)
        );
        assert!(kept.situations.is_empty() && kept.why.is_empty() && kept.links.is_empty());
        assert_eq!(kept.made_together, None);
        assert_ne!(template.id, made.id);
        let draft = test.act(|p| {
            open_editor(
                p,
                EditorFor::New {
                    skill: None,
                    template: Some(&template.id),
                },
            )
        });
        assert_eq!((draft.name.as_str(), draft.editing), ("Cold water", None));
    }

    #[test]
    fn cards_are_deleted_for_good_and_the_rest_stay() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let (mut toolkit, mut session) = (Toolkit::default(), None);
        for name in ["A", "B", "C"] {
            test.act(|p| save_card(p, &mut toolkit, &mut session, &new_card_named(name)))
                .expect("save");
        }
        let gone = [
            "id-1".to_string(),
            "id-3".to_string(),
            "not-here".to_string(),
        ];
        assert_eq!(test.act(|p| delete_cards(p, &mut toolkit, &gone)), Ok(2));
        let stored = test.act(|p| shelf::load(p.store())).expect("load");
        assert_eq!(stored, toolkit);
        assert_eq!(
            stored
                .all()
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>(),
            ["id-2"]
        );
        assert_eq!(test.store.read("harbour.toolkit.card.id-1"), Ok(None));
    }

    #[test]
    fn placing_and_arranging_are_kept() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let (mut toolkit, mut session) = (Toolkit::default(), None);
        let a = test
            .act(|p| save_card(p, &mut toolkit, &mut session, &new_card_named("A")))
            .expect("a");
        let b = test
            .act(|p| save_card(p, &mut toolkit, &mut session, &new_card_named("B")))
            .expect("b");
        assert_eq!(
            test.act(|p| arrange(p, &mut toolkit, &b, Move::Up)),
            Ok(true)
        );
        assert_eq!(
            test.act(|p| arrange(p, &mut toolkit, &b, Move::Up)),
            Ok(false)
        );
        test.act(|p| place(p, &mut toolkit, &a, Place::PutAway))
            .expect("away");
        let stored = test.act(|p| shelf::load(p.store())).expect("load");
        assert_eq!(stored, toolkit);
        assert_eq!(stored.find(&a).map(Card::place), Some(Place::PutAway));
    }
}
