//! My toolkit on paper, tested natively: the cards in use with their cautions, my people,
//! then every UK line, on the page and in the text file.

use super::*;
use crate::checkin::fixtures::moment;
use crate::kernel::context::fixtures::TestPhone;
use crate::summary::period::day;
use crate::toolkit::card::{Card, CardContent};
use crate::toolkit::shelf::fixtures::add_card;

#[test]
fn the_toolkit_on_paper_holds_cards_in_use_with_their_cautions_and_my_people() {
    let mut test = TestPhone::at("2026-11-02T10:00:00Z");
    let paper = test
        .act(|phone| {
            add_card(phone, "breathe", "Slow breathing");
            let mut toolkit = shelf::load(phone.store())?;
            let tipp = crate::toolkit::library::skill("tipp").map(|s| s.id);
            let mut content = CardContent::starting_from(crate::toolkit::library::skill("tipp"));
            content.made_together = Some(moment("2026-10-28T15:00:00+00:00"));
            assert_eq!(content.skill.as_deref(), tipp);
            shelf::save(
                phone.store(),
                &mut toolkit,
                Card::new("cold".into(), content),
            )?;
            add_card(phone, "old", "Put away");
            let mut toolkit = shelf::load(phone.store())?;
            shelf::set_place(
                phone.store(),
                &mut toolkit,
                "old",
                crate::toolkit::card::Place::PutAway,
            )?;
            crate::people::save_person(
                phone,
                &mut Vec::new(),
                None,
                &crate::people::PersonDraft {
                    name: "Mum".into(),
                    phone: "07700 900123".into(),
                    crisis_line: false,
                },
            )
            .map_err(|_| StoreError::Full)?;
            on_paper(phone)
        })
        .expect("paper");
    let names: Vec<_> = paper.cards.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Slow breathing", "TIPP"]);
    assert_eq!(paper.cards[0].when, "Any feeling");
    assert_eq!(paper.cards[0].steps, ["First step of Slow breathing"]);
    assert!(paper.cards[1]
        .caution
        .as_deref()
        .is_some_and(|c| c.contains("doctor")));
    assert_eq!(paper.cards[1].made_together, Some(day("2026-10-28")));
    assert_eq!(paper.people.len(), 1);
    assert_eq!(paper.made, day("2026-11-02"));

    let text = paper.text();
    assert!(text.starts_with(
        "My toolkit and Help now\nMade on Monday 2 November 2026\nWritten by me in Harbour\n"
    ));
    for words in [
        "Slow breathing",
        "First step of Slow breathing",
        "TIPP",
        "Mum: 07700 900123",
    ] {
        assert!(text.contains(words), "{words}");
    }
    assert!(text.contains(&format!(
        "Take care: {}",
        paper.cards[1].caution.as_deref().unwrap_or_default()
    )));
    assert!(!text.contains("Put away"), "put-away cards stay off paper");
    for line in crate::help::every_line() {
        assert!(text.contains(&format!("\n{}\n{}\n", line.name, line.when)));
    }
    let at = |words: &str| text.find(words).unwrap_or(usize::MAX);
    assert!(at("In danger now?") < at("Mum"), "999 first");
    assert!(
        at("Mum") < at("Samaritans: 116 123"),
        "my people before the UK lines"
    );
    assert_eq!(paper.file_name(), "harbour-toolkit-2026-11-02.txt");
}

#[test]
fn an_empty_toolkit_on_paper_still_has_every_help_now_line() {
    let mut test = TestPhone::at("2026-11-02T10:00:00Z");
    let text = test.act(on_paper).expect("paper").text();
    assert!(text.contains("No cards in use yet."));
    assert!(crate::help::every_line().all(|l| text.contains(l.action)));
}
