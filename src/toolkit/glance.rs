//! A card at a glance, as every list shows it (the toolkit, Help now, a session's cards):
//! worked out here once, from the card and what helped, and shown by `ui::CardSummary`.

use super::card::Card;
use super::helped::Record;
use super::library;
use crate::kernel::glance::CardGlance;
use crate::paths;

/// How `card` reads in a list; `record` is what the client's check-ins say helped.
pub fn glance(card: &Card, record: Option<Record>) -> CardGlance {
    let content = &card.content;
    let from_skill = content
        .skill
        .as_deref()
        .and_then(library::skill)
        .map(|skill| skill.name)
        .filter(|name| *name != content.name);
    CardGlance {
        name: content.name.clone(),
        href: paths::card(&card.id),
        pinned: card.pinned,
        from_skill,
        when: card.when_line(),
        first_step: content.steps.first().cloned(),
        caution: content.caution(),
        helped: record.and_then(Record::summary),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toolkit::card::fixtures::card;

    #[test]
    fn a_card_named_in_my_own_words_says_the_skill_it_came_from() {
        let mine = card("c1", "My ice cube");
        let seen = glance(&mine, None);
        assert_eq!(seen.name, "My ice cube");
        assert_eq!(seen.href, "/toolkit/c1");
        assert_eq!(seen.from_skill, library::skill("tipp").map(|s| s.name));
        assert_eq!(seen.when, "Angry, Overwhelmed · 6 to 10");
        assert_eq!(seen.first_step.as_deref(), Some("I hold an ice cube."));
        assert!(
            seen.caution.is_some(),
            "the skill's caution goes with the card"
        );
        assert_eq!(seen.helped, None, "never tried: nothing said");

        let named_as_the_skill = card("c2", library::skill("tipp").expect("tipp").name);
        assert_eq!(glance(&named_as_the_skill, None).from_skill, None);
    }

    #[test]
    fn what_helped_is_said_only_when_there_is_something_good_to_say() {
        let mine = card("c1", "My ice cube");
        let helped = Record {
            helped: 2,
            answered: 3,
        };
        assert_eq!(glance(&mine, Some(helped)).helped, helped.summary());
        assert!(glance(&mine, Some(helped)).helped.is_some());
        let not_yet = Record {
            helped: 0,
            answered: 2,
        };
        assert_eq!(glance(&mine, Some(not_yet)).helped, not_yet.summary());
    }
}
