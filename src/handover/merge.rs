//! How received cards join a toolkit: a card the phone already has (same id and words, or
//! the very same words under another id) is recognised and not added twice; a card the
//! phone has in other words is shown both ways and the client chooses which to keep.
//!
//! Nothing is written until [`accept`]; opening a hand-over and declining changes nothing.
//! Accepting twice is harmless: the second time every card is recognised.

use super::{HandOver, SharedCard};
use crate::kernel::text::{capitalised, plural};
use crate::storage::{Store, StoreError};
use crate::toolkit::card::Card;
use crate::toolkit::shelf::{self, Toolkit};

/// What will happen to one received card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    New(SharedCard),
    AlreadyHere(SharedCard),
    /// The phone has this card in other words: the client chooses.
    Changed {
        mine: Box<Card>,
        theirs: SharedCard,
    },
}

/// Which version of a changed card to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    Mine,
    Theirs,
}

/// What accepting did, to tell the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Outcome {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub contact_saved: bool,
    /// The hand-over brought the practitioner's details to a phone that had none, and the
    /// client didn't choose to save them.
    pub details_not_saved: bool,
}

impl Outcome {
    /// What accepting did, in one sentence: "2 cards added, 1 card updated."
    pub fn summary(&self) -> String {
        let mut said = Vec::new();
        if self.added > 0 {
            said.push(format!("{} added", plural(self.added, "card")));
        }
        if self.replaced > 0 {
            said.push(format!("{} updated", plural(self.replaced, "card")));
        }
        if self.contact_saved {
            said.push("your practitioner's details kept".into());
        }
        let mut summary = if said.is_empty() {
            "Nothing needed adding.".to_string()
        } else {
            format!("{}.", capitalised(&said.join(", ")))
        };
        if self.details_not_saved {
            summary.push_str(" Your practitioner's details weren't saved.");
        }
        summary
    }
}

/// Sorts the received cards into new, already here and changed, in the order received.
pub fn sort_out(toolkit: &Toolkit, handover: &HandOver) -> Vec<Arrival> {
    handover
        .cards
        .iter()
        .map(|theirs| match toolkit.find(&theirs.id) {
            Some(mine) if mine.content == theirs.content => Arrival::AlreadyHere(theirs.clone()),
            Some(mine) => Arrival::Changed {
                mine: Box::new(mine.clone()),
                theirs: theirs.clone(),
            },
            None if toolkit.all().iter().any(|c| c.content == theirs.content) => {
                Arrival::AlreadyHere(theirs.clone())
            }
            None => Arrival::New(theirs.clone()),
        })
        .collect()
}

/// Stores the cards the client accepted. Cards are written one by one; if the phone fills up
/// part way, what was written stays, and accepting again finishes the rest without duplicates.
pub fn accept(
    store: &mut dyn Store,
    toolkit: &mut Toolkit,
    arrivals: &[Arrival],
    keep: impl Fn(&str) -> Keep,
) -> Result<Outcome, StoreError> {
    let mut outcome = Outcome::default();
    for arrival in arrivals {
        match arrival {
            Arrival::New(theirs) => {
                let card = Card::new(theirs.id.clone(), theirs.content.clone());
                shelf::save(store, toolkit, card)?;
                outcome.added += 1;
            }
            Arrival::AlreadyHere(_) => outcome.unchanged += 1,
            Arrival::Changed { mine, theirs } => match keep(&mine.id) {
                Keep::Mine => outcome.unchanged += 1,
                Keep::Theirs => {
                    let card = Card {
                        content: theirs.content.clone(),
                        archived: false,
                        ..(**mine).clone()
                    };
                    shelf::save(store, toolkit, card)?;
                    outcome.replaced += 1;
                }
            },
        }
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_accepting_did() {
        let outcome = |added, replaced, contact_saved| Outcome {
            added,
            replaced,
            contact_saved,
            ..Outcome::default()
        };
        assert_eq!(outcome(0, 0, false).summary(), "Nothing needed adding.");
        assert_eq!(outcome(1, 0, false).summary(), "1 card added.");
        assert_eq!(
            outcome(0, 2, true).summary(),
            "2 cards updated, your practitioner's details kept."
        );
        assert_eq!(
            outcome(0, 0, true).summary(),
            "Your practitioner's details kept."
        );
        let left = Outcome {
            added: 1,
            details_not_saved: true,
            ..Outcome::default()
        };
        assert_eq!(
            left.summary(),
            "1 card added. Your practitioner's details weren't saved."
        );
    }
    use crate::practitioner::fixtures::sam;
    use crate::storage::memory::MemoryStore;
    use crate::toolkit::card::fixtures::{card, content};

    fn shared(id: &str, name: &str) -> SharedCard {
        SharedCard {
            id: id.into(),
            content: content(name),
        }
    }

    fn phone_with_cold_water() -> (MemoryStore, Toolkit) {
        let mut store = MemoryStore::new();
        let mut toolkit = Toolkit::default();
        shelf::save(&mut store, &mut toolkit, card("c1", "Cold water")).expect("save");
        (store, toolkit)
    }

    #[test]
    fn sorts_new_known_and_changed_cards() {
        let (_, toolkit) = phone_with_cold_water();
        let mut reworded = shared("c1", "Cold water");
        reworded.content.why = "It works fast.".into();
        let handover = HandOver {
            cards: vec![
                shared("c1", "Cold water"),
                shared("c9", "Cold water"),
                reworded.clone(),
                shared("c2", "Walk"),
            ],
            practitioner: None,
        };
        let arrivals = sort_out(&toolkit, &handover);
        assert_eq!(
            arrivals[0],
            Arrival::AlreadyHere(shared("c1", "Cold water"))
        );
        assert_eq!(
            arrivals[1],
            Arrival::AlreadyHere(shared("c9", "Cold water"))
        );
        assert!(matches!(&arrivals[2], Arrival::Changed { theirs, .. } if *theirs == reworded));
        assert_eq!(arrivals[3], Arrival::New(shared("c2", "Walk")));
    }

    #[test]
    fn accepting_adds_new_cards_and_keeps_the_clients_choice() {
        let (mut store, mut toolkit) = phone_with_cold_water();
        let mut reworded = shared("c1", "Cold water");
        reworded.content.why = "It works fast.".into();
        let handover = HandOver {
            cards: vec![reworded, shared("c2", "Walk")],
            practitioner: Some(sam()),
        };
        let arrivals = sort_out(&toolkit, &handover);
        let outcome = accept(&mut store, &mut toolkit, &arrivals, |_| Keep::Mine).expect("accept");
        assert_eq!(
            outcome,
            Outcome {
                added: 1,
                replaced: 0,
                unchanged: 1,
                ..Outcome::default()
            }
        );
        let reloaded = shelf::load(&mut store).expect("load");
        assert_eq!(reloaded.all().len(), 2);
        assert_eq!(
            reloaded.find("c1").map(|c| c.content.why.as_str()),
            Some("It brings me down enough to think.")
        );
        let arrivals = sort_out(&reloaded, &handover);
        let mut toolkit = reloaded;
        accept(&mut store, &mut toolkit, &arrivals, |_| Keep::Theirs).expect("accept");
        let reloaded = shelf::load(&mut store).expect("load");
        assert_eq!(
            reloaded.all().len(),
            2,
            "accepting again adds nothing twice"
        );
        assert_eq!(
            reloaded.find("c1").map(|c| c.content.why.as_str()),
            Some("It works fast.")
        );
    }

    #[test]
    fn a_replaced_card_keeps_its_pin() {
        let (mut store, mut toolkit) = phone_with_cold_water();
        shelf::set_place(
            &mut store,
            &mut toolkit,
            "c1",
            crate::toolkit::card::Place::Pinned,
        )
        .expect("pin");
        let mut reworded = shared("c1", "Cold water");
        reworded.content.name = "Ice".into();
        let handover = HandOver {
            cards: vec![reworded],
            practitioner: None,
        };
        let arrivals = sort_out(&toolkit, &handover);
        accept(&mut store, &mut toolkit, &arrivals, |_| Keep::Theirs).expect("accept");
        let card = toolkit.find("c1").expect("card");
        assert!(card.pinned);
        assert_eq!(card.content.name, "Ice");
    }

    #[test]
    fn a_full_phone_is_reported_and_what_was_there_stays() {
        let (mut store, mut toolkit) = phone_with_cold_water();
        let handover = HandOver {
            cards: vec![shared("c2", "Walk")],
            practitioner: None,
        };
        let arrivals = sort_out(&toolkit, &handover);
        store.set_capacity(Some(0));
        assert_eq!(
            accept(&mut store, &mut toolkit, &arrivals, |_| Keep::Mine),
            Err(StoreError::Full)
        );
        store.set_capacity(None);
        assert_eq!(shelf::load(&mut store).map(|t| t.all().len()), Ok(1));
    }
}
