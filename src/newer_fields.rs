//! A tab left open on an older Harbour must not strip what a newer one wrote: every kind of
//! record, written with a field this version does not know, is changed through its own action
//! and still holds that field afterwards (`storage::unknown_fields` does the carrying).

use crate::checkin::{book, fixtures::checkin_at};
use crate::comeback::requests::{self, AskWay, Sent, Settings, REQUEST_PREFIX, SETTINGS_KEY};
use crate::kernel::context::fixtures::TestPhone;
use crate::people::{self, PersonDraft, PEOPLE_KEY};
use crate::practitioner::{self, fixtures::sam, mine, MY_PRACTITIONER_KEY};
use crate::session::{self, SESSION_KEY};
use crate::storage::Store;
use crate::toolkit::{card::fixtures::card, shelf};

const FROM_THE_FUTURE: &str = r#""fromTheFuture":{"kept":[1,"two"]},"#;

/// Adds a field this version does not know after every `{` that opens `at` (a key's
/// record, or a record nested in it), as a newer Harbour would have written it.
fn add_newer_field(test: &mut TestPhone, key: &str, at: &str) {
    let stored = test.store.read(key).expect("read").expect("stored");
    let newer = stored.replace(at, &format!("{at}{FROM_THE_FUTURE}"));
    assert_ne!(newer, stored, "{key}: nowhere to add a field at {at}");
    test.store.write(key, &newer).expect("write");
}

fn times_kept(test: &TestPhone, key: &str) -> usize {
    let stored = test.store.read(key).expect("read").expect("stored");
    stored
        .matches(&FROM_THE_FUTURE[..FROM_THE_FUTURE.len() - 1])
        .count()
}

fn phone() -> TestPhone {
    TestPhone::at("2026-11-25T10:00:00Z")
}

#[test]
fn a_check_in_and_its_month() {
    let mut test = phone();
    let first = checkin_at("a", "2026-11-02T09:00:00Z");
    book::save(&mut test.store, &first).expect("save");
    add_newer_field(&mut test, "harbour.checkins.2026-11", "{\"id\":\"a\",");
    book::save(&mut test.store, &checkin_at("b", "2026-11-03T09:00:00Z")).expect("another");
    let changed = crate::checkin::model::CheckIn {
        note: "changed".into(),
        ..first
    };
    book::save(&mut test.store, &changed).expect("change");
    assert_eq!(times_kept(&test, "harbour.checkins.2026-11"), 1);
    let month = book::load_month(&mut test.store, "harbour.checkins.2026-11").expect("load");
    assert_eq!(month[0].note, "changed");
}

#[test]
fn a_card_and_its_content() {
    let mut test = phone();
    let mut toolkit = shelf::load(&mut test.store).expect("load");
    shelf::save(&mut test.store, &mut toolkit, card("c", "Cold water")).expect("save");
    let key = "harbour.toolkit.card.c";
    add_newer_field(&mut test, key, "{");
    let mut renamed = card("c", "Ice");
    renamed.pinned = true;
    shelf::save(&mut test.store, &mut toolkit, renamed).expect("change");
    assert_eq!(
        times_kept(&test, key),
        3,
        "the card, its content and its strength"
    );
    assert_eq!(
        shelf::load(&mut test.store).expect("load").all()[0]
            .content
            .name,
        "Ice"
    );
}

#[test]
fn a_request_to_come_back_and_the_settings() {
    let mut test = phone();
    let asked = test
        .act(|p| requests::note_asked(p, AskWay::Text, "Hello"))
        .expect("ask");
    let key = format!("{REQUEST_PREFIX}{}", asked.id);
    add_newer_field(&mut test, &key, "{");
    test.act(|p| requests::answer_sent(p, &asked, Sent::Yes))
        .expect("answer");
    assert_eq!(times_kept(&test, &key), 1);

    let settings = Settings {
        follow_up_after_working_days: 5,
    };
    test.act(|p| requests::save_settings(p, settings))
        .expect("save");
    add_newer_field(&mut test, SETTINGS_KEY, "{");
    test.act(|p| requests::save_settings(p, Settings::default()))
        .expect("change");
    assert_eq!(times_kept(&test, SETTINGS_KEY), 1);
}

#[test]
fn my_practitioner_and_a_practitioners_own_details() {
    let mut test = phone();
    let kept = test.act(|p| mine::save_typed(p, &sam())).expect("save");
    add_newer_field(&mut test, MY_PRACTITIONER_KEY, "{");
    test.act(|p| mine::still_right(p, &kept)).expect("confirm");
    assert_eq!(
        times_kept(&test, MY_PRACTITIONER_KEY),
        2,
        "details and contact"
    );

    let own = "harbour.practitioner.own";
    practitioner::save(&mut test.store, own, &sam()).expect("save");
    add_newer_field(&mut test, own, "{");
    let changed = practitioner::Contact {
        service: "Hill Street".into(),
        ..sam()
    };
    practitioner::save(&mut test.store, own, &changed).expect("change");
    assert_eq!(times_kept(&test, own), 1);
}

#[test]
fn my_people() {
    let mut test = phone();
    let mut list = Vec::new();
    let draft = |name: &str| PersonDraft {
        name: name.into(),
        phone: "07700 900123".into(),
        crisis_line: false,
    };
    test.act(|p| people::save_person(p, &mut list, None, &draft("Mum")))
        .expect("save");
    add_newer_field(&mut test, PEOPLE_KEY, "{");
    let id = list[0].id.clone();
    test.act(|p| people::save_person(p, &mut list, Some(&id), &draft("Mam")))
        .expect("change");
    test.act(|p| people::save_person(p, &mut list, None, &draft("Jo")))
        .expect("another");
    assert_eq!(times_kept(&test, PEOPLE_KEY), 1);
}

#[test]
fn the_session_in_progress() {
    let mut test = phone();
    let mut on = None;
    test.act(|p| session::start(p, &mut on)).expect("start");
    add_newer_field(&mut test, SESSION_KEY, "{");
    test.act(|p| session::note_card(p, &mut on, "c"))
        .expect("note");
    assert_eq!(times_kept(&test, SESSION_KEY), 1);
}
