//! "What might help now": the client's own cards that fit how they just said they feel.
//!
//! A card fits when one of the check-in's feelings is among the card's feelings (or the card
//! is for any feeling) and that feeling's strength is within the card's range. When a feeling
//! is strong or an urge high, skills for getting through hard moments (distress tolerance)
//! come first, as they do in Help now.

use super::card::Card;
use super::library::{self, SkillGroup};
use super::shelf::Toolkit;
use crate::checkin::CheckIn;
use crate::feelings::same_word;

fn fits(card: &Card, checkin: &CheckIn) -> bool {
    let content = &card.content;
    checkin.feelings.iter().any(|rating| {
        let for_this_feeling = content.feelings.is_empty()
            || content
                .feelings
                .iter()
                .any(|f| same_word(f, &rating.feeling));
        for_this_feeling && content.strength.contains(rating.strength)
    })
}

/// True when the card started from a distress-tolerance skill.
pub fn is_for_hard_moments(card: &Card) -> bool {
    card.content
        .skill
        .as_deref()
        .and_then(library::skill)
        .is_some_and(|s| s.group == SkillGroup::DistressTolerance)
}

/// Hard-moment cards first, otherwise keeping the toolkit's order (pinned first).
fn hard_moments_first(mut cards: Vec<&Card>) -> Vec<&Card> {
    cards.sort_by_key(|c| !is_for_hard_moments(c));
    cards
}

/// The cards that fit a check-in, in the order to show them.
pub fn for_check_in<'a>(toolkit: &'a Toolkit, checkin: &CheckIn) -> Vec<&'a Card> {
    let fitting: Vec<&Card> = toolkit
        .shown()
        .into_iter()
        .filter(|c| fits(c, checkin))
        .collect();
    if checkin.is_hard_moment() {
        hard_moments_first(fitting)
    } else {
        fitting
    }
}

/// What "What might help now" offers after a check-in.
pub struct Offer<'a> {
    pub cards: Vec<&'a Card>,
    /// False when no card fits and `cards` are the client's pinned ones instead: their own
    /// first choices, so a hard check-in is never met with only "none yet".
    pub fitting: bool,
}

/// The cards that fit a check-in or, when none does, the pinned ones.
pub fn after_check_in<'a>(toolkit: &'a Toolkit, checkin: &CheckIn) -> Offer<'a> {
    let fitting = for_check_in(toolkit, checkin);
    if fitting.is_empty() {
        Offer {
            cards: toolkit.pinned(),
            fitting: false,
        }
    } else {
        Offer {
            cards: fitting,
            fitting: true,
        }
    }
}

/// True when, after this check-in, Help now should be offered: a hard moment, or none
/// of the client's cards fits. A hard check-in never ends at a dead end.
pub fn offer_help_now(checkin: &CheckIn, any_card_fits: bool) -> bool {
    !any_card_fits || checkin.is_hard_moment()
}

/// The toolkit as Help now shows it: cards for hard moments first.
pub fn for_help_now(toolkit: &Toolkit) -> Vec<&Card> {
    hard_moments_first(toolkit.shown())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::sample;
    use crate::checkin::FeelingRating;
    use crate::kernel::strength::StrengthRange;
    use crate::storage::memory::MemoryStore;
    use crate::toolkit::card::fixtures::card;
    use crate::toolkit::shelf;

    fn toolkit() -> Toolkit {
        let mut store = MemoryStore::new();
        let mut toolkit = Toolkit::default();
        let mut walk = card("walk", "Walk by the river");
        walk.content.skill = Some("accumulate-positive-emotions".into());
        walk.content.feelings = vec!["Sad".into()];
        walk.content.strength = StrengthRange { from: 0, to: 10 };
        let mut ice = card("ice", "Ice in my hand");
        ice.content.skill = Some("tipp".into());
        ice.content.feelings = vec!["sad".into(), "Angry".into()];
        ice.content.strength = StrengthRange { from: 6, to: 10 };
        let mut any = card("breathe", "Breathe");
        any.content.skill = None;
        any.content.feelings = Vec::new();
        any.content.strength = StrengthRange { from: 0, to: 4 };
        for c in [walk, ice, any] {
            shelf::save(&mut store, &mut toolkit, c).expect("save");
        }
        toolkit
    }

    fn feeling(word: &str, strength: u8) -> CheckIn {
        CheckIn {
            feelings: vec![FeelingRating {
                feeling: word.into(),
                strength,
            }],
            ..sample()
        }
    }

    fn ids(cards: Vec<&Card>) -> Vec<&str> {
        cards.into_iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn strong_feelings_bring_hard_moment_cards_first() {
        let toolkit = toolkit();
        assert_eq!(
            ids(for_check_in(&toolkit, &feeling("Sad", 8))),
            ["ice", "walk"]
        );
    }

    #[test]
    fn milder_feelings_keep_the_toolkit_order_and_respect_ranges() {
        let toolkit = toolkit();
        assert_eq!(
            ids(for_check_in(&toolkit, &feeling("Sad", 3))),
            ["walk", "breathe"]
        );
        assert_eq!(
            ids(for_check_in(&toolkit, &feeling("Calm", 5))),
            Vec::<&str>::new()
        );
        assert_eq!(
            ids(for_check_in(&toolkit, &feeling("Calm", 2))),
            ["breathe"]
        );
    }

    #[test]
    fn when_no_card_fits_the_pinned_ones_are_offered_instead() {
        let mut store = MemoryStore::new();
        let mut toolkit = toolkit();
        let fits = after_check_in(&toolkit, &feeling("Sad", 3));
        assert!(fits.fitting);
        assert_eq!(ids(fits.cards), ["walk", "breathe"]);

        let none_pinned = after_check_in(&toolkit, &feeling("Calm", 5));
        assert!(!none_pinned.fitting);
        assert!(none_pinned.cards.is_empty());

        shelf::set_place(
            &mut store,
            &mut toolkit,
            "ice",
            crate::toolkit::card::Place::Pinned,
        )
        .expect("pin");
        let pinned = after_check_in(&toolkit, &feeling("Calm", 5));
        assert!(!pinned.fitting);
        assert_eq!(ids(pinned.cards), ["ice"]);
    }

    #[test]
    fn help_now_is_offered_after_a_strong_feeling_or_when_no_card_fits() {
        assert!(offer_help_now(&feeling("Sad", 7), true));
        assert!(offer_help_now(&feeling("Sad", 2), false));
        assert!(!offer_help_now(&feeling("Sad", 6), true));
    }

    #[test]
    fn help_now_puts_hard_moment_cards_first() {
        assert_eq!(ids(for_help_now(&toolkit())), ["ice", "walk", "breathe"]);
    }
}
