//! Handing cards over, each step as one action: on the giving device, plan the hand-over
//! from the chosen cards and contact details; on the receiving phone, review what would
//! change, then accept it.

use super::codec;
use super::merge::{self, Arrival, Keep, Outcome};
use super::{HandOver, SharedCard};
use crate::kernel::{Context, Explain};
use crate::practitioner::mine::{self, MyPractitioner};
use crate::practitioner::{self, Contact, ContactProblem, OWN_DETAILS_KEY};
use crate::storage::StoreError;
use crate::toolkit::card::Card;
use crate::toolkit::shelf::Toolkit;

/// Why a hand-over cannot be made yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GiveProblem {
    NothingChosen,
    Contact(ContactProblem),
}

impl Explain for GiveProblem {
    fn message(&self) -> String {
        match self {
            GiveProblem::NothingChosen => "Choose at least one card to hand over.".into(),
            GiveProblem::Contact(problem) => problem.message(),
        }
    }
}

/// A hand-over ready to pack into a link: its JSON, and the cards it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub json: Vec<u8>,
    /// The ids of the cards handed over, to remove from this device once they have arrived.
    pub ids: Vec<String>,
}

impl Planned {
    /// What it carries, in words: "3 cards", or "your contact details".
    pub fn what(&self) -> String {
        match self.ids.len() {
            0 => "your contact details".into(),
            n => crate::kernel::text::plural(n, "card"),
        }
    }
}

/// The details a practitioner typed last time, to offer again.
pub fn own_details(phone: &mut Context) -> Contact {
    practitioner::load(phone.store(), OWN_DETAILS_KEY)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Gathers the chosen cards in use (and the practitioner's details, tidied, if given) for a
/// hand-over. The details are remembered so they are typed once.
pub fn plan(
    phone: &mut Context,
    toolkit: &Toolkit,
    chosen: &[String],
    details: Option<&Contact>,
) -> Result<Planned, Vec<GiveProblem>> {
    let cards: Vec<SharedCard> = toolkit
        .shown()
        .into_iter()
        .filter(|c| chosen.contains(&c.id))
        .map(|c| SharedCard {
            id: c.id.clone(),
            content: c.content.clone(),
        })
        .collect();
    let details = details.map(Contact::tidied);
    let mut problems = Vec::new();
    if cards.is_empty() && details.is_none() {
        problems.push(GiveProblem::NothingChosen);
    }
    if let Some(details) = &details {
        problems.extend(details.problems().into_iter().map(GiveProblem::Contact));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if let Some(details) = &details {
        // Only a convenience: the hand-over works whether or not this is kept.
        let _ = practitioner::save(phone.store(), OWN_DETAILS_KEY, details);
    }
    let ids = cards.iter().map(|c| c.id.clone()).collect();
    let handover = HandOver {
        cards,
        practitioner: details,
    };
    Ok(Planned {
        json: codec::to_json(&handover),
        ids,
    })
}

/// Practitioner's details in a hand-over that are not the ones already on the phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Details {
    /// The phone has none: they are kept only if the client chooses, apart from the cards.
    New(Contact),
    /// The phone has others: they stay unless the client chooses the new ones.
    Different {
        mine: Box<MyPractitioner>,
        theirs: Contact,
    },
}

/// Everything a hand-over would change, for the client to see before anything is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// What was received, worked out again against the phone when the client accepts.
    handover: HandOver,
    arrivals: Vec<Arrival>,
    pub new: Vec<Card>,
    /// Cards the phone has in other words: (mine, theirs).
    pub changed: Vec<(Card, Card)>,
    /// Names of the cards the phone already has, word for word.
    pub already_here: Vec<String>,
    pub details: Option<Details>,
}

impl Review {
    pub fn nothing_to_do(&self) -> bool {
        self.new.is_empty() && self.changed.is_empty() && self.details.is_none()
    }
}

/// Sorts a hand-over against the toolkit and the details on the phone. Changes nothing.
pub fn review(phone: &mut Context, toolkit: &Toolkit, handover: &HandOver) -> Review {
    let arrivals = merge::sort_out(toolkit, handover);
    let details = handover
        .practitioner
        .clone()
        .and_then(|theirs| match mine::mine(phone) {
            None => Some(Details::New(theirs)),
            Some(mine) if mine.contact == theirs => None,
            Some(mine) => Some(Details::Different {
                mine: Box::new(mine),
                theirs,
            }),
        });
    let mut review = Review {
        handover: handover.clone(),
        arrivals: arrivals.clone(),
        new: Vec::new(),
        changed: Vec::new(),
        already_here: Vec::new(),
        details,
    };
    for arrival in arrivals {
        match arrival {
            Arrival::New(c) => review.new.push(Card::new(c.id, c.content)),
            Arrival::AlreadyHere(c) => review.already_here.push(c.content.name),
            Arrival::Changed { mine, theirs } => review
                .changed
                .push((*mine, Card::new(theirs.id, theirs.content))),
        }
    }
    review
}

/// The phone refused part way through accepting a hand-over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAccepted(pub StoreError);

impl From<StoreError> for NotAccepted {
    fn from(error: StoreError) -> Self {
        NotAccepted(error)
    }
}

impl Explain for NotAccepted {
    fn message(&self) -> String {
        format!(
            "{} Accepting again later will add whatever is missing, without doubles.",
            self.0.message()
        )
    }
}

/// Keeps what the client accepted: new cards, the changed ones they chose, and the
/// practitioner's details only if the client chose them (`use_new_details`), whether the phone
/// had none or others.
///
/// What is new is worked out again against `toolkit` as stored now, not as it was when the
/// review was shown: the same hand-over accepted meanwhile in another tab, and the card then
/// changed there, stays as the client changed it (the phone's copy is kept unless the client
/// chose the other for that very card).
pub fn accept(
    phone: &mut Context,
    toolkit: &mut Toolkit,
    shown: &Review,
    keep: impl Fn(&str) -> Keep,
    use_new_details: bool,
) -> Result<Outcome, NotAccepted> {
    let now = review(phone, toolkit, &shown.handover);
    let chosen = |id: &str| {
        let was_a_choice = shown.changed.iter().any(|(mine, _)| mine.id == id);
        if was_a_choice {
            keep(id)
        } else {
            Keep::Mine
        }
    };
    let mut outcome = merge::accept(phone.store(), toolkit, &now.arrivals, chosen)?;
    // The details the client chose, as things stand now: details another tab saved meanwhile
    // are not replaced by a choice made when the phone had none.
    let details = match (&shown.details, &now.details) {
        (Some(_), Some(Details::New(theirs))) if use_new_details => Some(theirs),
        (Some(Details::Different { .. }), Some(Details::Different { theirs, .. }))
            if use_new_details =>
        {
            Some(theirs)
        }
        _ => None,
    };
    match details {
        Some(details) => {
            mine::save_handed_over(phone, details)?;
            outcome.contact_saved = true;
        }
        None => outcome.details_not_saved = matches!(now.details, Some(Details::New(_))),
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::context::fixtures::TestPhone;
    use crate::practitioner::fixtures::sam;
    use crate::toolkit::card::fixtures::card;
    use crate::toolkit::shelf;

    fn practitioner_with_two_cards(test: &mut TestPhone) -> Toolkit {
        let mut toolkit = Toolkit::default();
        for (id, name) in [("c1", "Cold water"), ("c2", "Walk")] {
            test.act(|p| shelf::save(p.store(), &mut toolkit, card(id, name)))
                .expect("save");
        }
        toolkit
    }

    #[test]
    fn a_refused_accept_says_that_accepting_again_adds_only_what_is_missing() {
        let message = NotAccepted(StoreError::Full).message();
        assert!(message.starts_with(&StoreError::Full.message()));
        assert!(message.ends_with("add whatever is missing, without doubles."));
    }

    #[test]
    fn a_hand_over_needs_a_card_or_sound_details() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let toolkit = practitioner_with_two_cards(&mut test);
        let nothing = test.act(|p| plan(p, &toolkit, &[], None));
        assert_eq!(nothing, Err(vec![GiveProblem::NothingChosen]));
        let nameless = Contact {
            name: "  ".into(),
            ..sam()
        };
        let odd = test.act(|p| plan(p, &toolkit, &[], Some(&nameless)));
        assert_eq!(odd, Err(vec![GiveProblem::Contact(ContactProblem::NoName)]));
    }

    #[test]
    fn details_are_tidied_remembered_and_carried() {
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let toolkit = practitioner_with_two_cards(&mut test);
        let typed = Contact {
            name: "  Sam   Okafor ".into(),
            ..sam()
        };
        let planned = test
            .act(|p| plan(p, &toolkit, &["c2".into()], Some(&typed)))
            .expect("plan");
        assert_eq!(planned.what(), "1 card");
        assert_eq!(test.act(own_details), sam());
        let handover = codec::from_json(&planned.json).expect("read");
        assert_eq!(handover.practitioner, Some(sam()));
        assert_eq!(handover.cards.len(), 1);
    }

    #[test]
    fn a_second_copy_of_a_hand_over_never_undoes_what_was_changed_since() {
        let mut giver = TestPhone::at("2026-11-22T14:00:00Z");
        let given = practitioner_with_two_cards(&mut giver);
        let planned = giver
            .act(|p| plan(p, &given, &["c1".to_string()], Some(&sam())))
            .expect("plan");
        let handover = codec::from_json(&planned.json).expect("read");

        // Two tabs open the same link: both reviews show the card as new.
        let mut client = TestPhone::at("2026-11-22T14:05:00Z");
        let first_tab = client.act(|p| review(p, &Toolkit::default(), &handover));
        let second_tab = client.act(|p| review(p, &Toolkit::default(), &handover));
        let mut toolkit = Toolkit::default();
        client
            .act(|p| accept(p, &mut toolkit, &first_tab, |_| Keep::Mine, false))
            .expect("first accept");
        // Renamed, new steps, pinned; the practitioner's details changed too.
        let mut mine = toolkit.find("c1").cloned().expect("kept");
        mine.content.name = "My cold water".into();
        mine.content.steps = vec!["Ice on my wrists.".into()];
        mine.pinned = true;
        client
            .act(|p| shelf::save(p.store(), &mut toolkit, mine.clone()))
            .expect("edit");
        let edited = Contact {
            replies: "on Mondays".into(),
            ..sam()
        };
        client
            .act(|p| mine::save_handed_over(p, &edited))
            .expect("details edited");

        let mut stored = client.act(|p| shelf::load(p.store())).expect("load");
        let outcome = client
            .act(|p| accept(p, &mut stored, &second_tab, |_| Keep::Theirs, true))
            .expect("second accept");
        assert_eq!(outcome.summary(), "Nothing needed adding.");
        assert_eq!(
            client.act(|p| shelf::load(p.store())).ok(),
            Some(stored.clone())
        );
        assert_eq!(stored.find("c1"), Some(&mine), "the client's changes stay");
        assert_eq!(
            client.act(mine::mine).map(|m| m.contact.replies),
            Some("on Mondays".into())
        );
    }

    #[test]
    fn the_client_reviews_then_accepts_and_a_second_accept_adds_nothing() {
        let mut giver = TestPhone::at("2026-11-22T14:00:00Z");
        let given = practitioner_with_two_cards(&mut giver);
        let chosen = ["c1".to_string(), "c2".to_string()];
        let planned = giver
            .act(|p| plan(p, &given, &chosen, Some(&sam())))
            .expect("plan");
        let handover = codec::from_json(&planned.json).expect("read");

        let mut client = TestPhone::at("2026-11-22T14:05:00Z");
        let mut toolkit = Toolkit::default();
        let first = client.act(|p| review(p, &toolkit, &handover));
        assert_eq!(first.new.len(), 2);
        assert_eq!(first.details, Some(Details::New(sam())));
        assert!(!first.nothing_to_do());
        // Accepting the cards alone leaves the details out, and says so.
        let cards_only = client
            .act(|p| accept(p, &mut toolkit, &first, |_| Keep::Mine, false))
            .expect("accept");
        assert_eq!(
            cards_only.summary(),
            "2 cards added. Your practitioner's details weren't saved."
        );
        assert_eq!(client.act(mine::mine), None);
        let outcome = client
            .act(|p| accept(p, &mut toolkit, &first, |_| Keep::Mine, true))
            .expect("accept");
        assert_eq!(outcome.summary(), "Your practitioner's details kept.");
        let again = client.act(|p| review(p, &toolkit, &handover));
        assert!(again.nothing_to_do());
        assert_eq!(again.already_here, ["Cold water", "Walk"]);
    }

    #[test]
    fn other_details_never_replace_the_ones_on_the_phone_unless_chosen() {
        let mut client = TestPhone::at("2026-11-22T14:05:00Z");
        let mine_now = Contact {
            name: "Alex Reid".into(),
            ..sam()
        };
        client
            .act(|p| mine::save_typed(p, &mine_now))
            .expect("typed");
        let handover = HandOver {
            cards: Vec::new(),
            practitioner: Some(sam()),
        };
        let mut toolkit = Toolkit::default();
        let seen = client.act(|p| review(p, &toolkit, &handover));
        assert!(
            matches!(&seen.details, Some(Details::Different { theirs, .. }) if *theirs == sam())
        );
        client
            .act(|p| accept(p, &mut toolkit, &seen, |_| Keep::Mine, false))
            .expect("accept");
        assert_eq!(client.act(mine::mine).map(|m| m.contact), Some(mine_now));
        client
            .act(|p| accept(p, &mut toolkit, &seen, |_| Keep::Mine, true))
            .expect("accept");
        let kept = client.act(mine::mine).expect("details");
        assert_eq!(kept.contact, sam());
        assert_eq!(kept.source, mine::Source::HandOver);
    }
}
