use super::restore::{preview, restore, NotRestored, Restored};
use super::*;
use crate::checkin::{book, fixtures::checkin_at, model::CheckIn};
use crate::comeback::requests::{self, AskWay};
use crate::feelings::{load_own_words, save_own_words, OwnWords};
use crate::kernel::context::fixtures::TestPhone;
use crate::people::{self, PersonDraft};
use crate::practitioner::{fixtures::sam, mine};
use crate::storage::memory::MemoryStore;
use crate::storage::quarantine::set_aside;
use crate::storage::Store;
use crate::toolkit::card::fixtures::card;
use crate::toolkit::shelf::{self, Shelf};
use crate::urges;
use crate::{hope, reminders};

/// A phone with some of everything Harbour keeps.
fn a_full_phone() -> TestPhone {
    let mut test = TestPhone::at("2026-11-25T10:00:00Z");
    let store = &mut test.store;
    for (id, at) in [
        ("a", "2025-12-31T23:30:00-01:00"),
        ("b", "2026-10-25T00:30:00+01:00"),
        ("c", "2026-11-24T20:00:00Z"),
    ] {
        book::save(store, &checkin_at(id, at)).expect("check-in");
    }
    let mut toolkit = shelf::load(store).expect("toolkit");
    shelf::save(store, &mut toolkit, card("c1", "Cold water")).expect("card");
    shelf::save(store, &mut toolkit, card("c2", "Walk")).expect("card");
    let mut templates = shelf::load_from(store, Shelf::TEMPLATES).expect("templates");
    shelf::save(store, &mut templates, card("t1", "Breathing")).expect("template");
    let mut words = OwnWords::default();
    words.add("Wobbly").expect("word");
    save_own_words(store, &words).expect("words");
    set_aside(store, "harbour.checkins.2026-01", "{half a month").expect("aside");
    store
        .write("harbour.draft.checkin", r#"{"feelings":[]}"#)
        .expect("draft");
    test.act(|p| requests::note_asked(p, AskWay::Text, "Could we meet?"))
        .expect("request");
    test.act(|p| mine::save_typed(p, &sam()))
        .expect("practitioner");
    let draft = PersonDraft {
        name: "Mum".into(),
        phone: "07700 900123".into(),
        crisis_line: false,
    };
    test.act(|p| people::save_person(p, &mut Vec::new(), None, &draft))
        .expect("person");
    test.act(|p| urges::name_urge(p, &mut urges::MyUrges::default(), None, "to stay in bed"))
        .expect("urge");
    let answered = hope::HopeDraft {
        answers: [Some(2), None, Some(4)],
        words: "Tired but here.".into(),
    };
    test.act(|p| hope::save_rating(p, &answered)).expect("hope");
    test.act(|p| reminders::make_reminder(p, &reminders::ReminderDraft::default(), "x"))
        .expect("reminder");
    test
}

fn made(test: &mut TestPhone) -> String {
    test.act(make).expect("backup").text
}

fn everything_but(store: &MemoryStore, left_out: &[&str]) -> Vec<(String, String)> {
    store
        .entries()
        .iter()
        .filter(|(k, _)| !left_out.iter().any(|l| k.starts_with(l)))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

const THIS_PHONES: [&str; 4] = [
    "harbour.draft.",
    "harbour.backup.",
    "harbour.schema",
    "harbour.session",
];

#[test]
fn a_backup_restored_on_a_new_phone_brings_back_everything() {
    let mut old = a_full_phone();
    let text = made(&mut old);
    assert!(text.starts_with(r#"{"harbour_backup":1,"made":"2026-11-25T10:00:00Z","schema":2,"#));
    assert!(
        !text.contains("harbour.draft"),
        "a half-filled form stays on its phone"
    );

    let mut new = TestPhone::at("2026-11-26T08:00:00Z");
    let preview = new.act(|p| preview(p, &text)).expect("preview");
    assert!(new.store.entries().is_empty(), "a preview changes nothing");
    let counts = &preview.holds.counts;
    assert_eq!(
        (
            counts.checkins,
            counts.cards,
            counts.templates,
            counts.requests
        ),
        (3, 2, 1, 1)
    );
    assert_eq!(
        (
            counts.people,
            counts.own_words,
            counts.details,
            counts.set_aside,
            counts.urges,
            counts.hope
        ),
        // The details: the practitioner's, how often to ask about hope, and the reminder.
        (1, 1, 3, 1, 1, 1)
    );
    assert_eq!(
        preview.holds.checkins_from.map(|at| at.to_rfc3339()),
        Some("2025-12-31T23:30:00-01:00".into())
    );
    assert_eq!(preview.would.added, preview.holds.counts);

    let restored = new.act(|p| restore(p, &text)).expect("restore");
    assert_eq!(
        restored, preview.would,
        "the preview said exactly what restoring did"
    );
    assert_eq!(
        everything_but(&new.store, &THIS_PHONES),
        everything_but(&old.store, &THIS_PHONES)
    );
}

#[test]
fn restoring_twice_or_onto_the_same_phone_adds_nothing() {
    let mut test = a_full_phone();
    let text = made(&mut test);
    let before = test.store.entries().clone();
    let restored = test.act(|p| restore(p, &text)).expect("restore");
    assert_eq!(restored, Restored::default());
    assert_eq!(test.store.entries(), &before);
}

#[test]
fn the_phones_own_different_copy_is_kept_and_counted() {
    let mut old = a_full_phone();
    let text = made(&mut old);
    let mut new = TestPhone::at("2026-11-26T08:00:00Z");
    let mine = CheckIn {
        note: "written on the new phone".into(),
        ..checkin_at("c", "2026-11-24T20:00:00Z")
    };
    book::save(&mut new.store, &mine).expect("save");
    book::save(&mut new.store, &checkin_at("d", "2026-11-25T07:00:00Z")).expect("save");
    let mut toolkit = shelf::load(&mut new.store).expect("toolkit");
    shelf::save(&mut new.store, &mut toolkit, card("c1", "My own words")).expect("card");
    shelf::save(&mut new.store, &mut toolkit, card("n1", "New here")).expect("card");

    let restored = new.act(|p| restore(p, &text)).expect("restore");
    assert_eq!(restored.kept_mine, 2, "the check-in and the card");
    assert_eq!(restored.added.checkins, 2);
    assert_eq!(restored.added.cards, 1);
    let month = book::load_month(&mut new.store, "harbour.checkins.2026-11").expect("month");
    let ids: Vec<&str> = month.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c", "d"]);
    assert_eq!(month[0].note, "written on the new phone");
    let toolkit = shelf::load(&mut new.store).expect("toolkit");
    let names: Vec<&str> = toolkit
        .all()
        .iter()
        .map(|c| c.content.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["My own words", "New here", "Walk"],
        "added at the end"
    );
}

fn refused(text: &str) -> FileProblem {
    let mut test = a_full_phone();
    let before = test.store.entries().clone();
    let preview = test.act(|p| preview(p, text));
    let restored = test.act(|p| restore(p, text));
    assert_eq!(test.store.entries(), &before, "nothing changed");
    let Err(NotRestored::File(problem)) = preview else {
        panic!("previewed {text:.60}");
    };
    assert_eq!(restored, Err(NotRestored::File(problem.clone())));
    assert!(!problem.message().is_empty());
    problem
}

#[test]
fn a_damaged_foreign_or_newer_file_changes_nothing_and_says_why() {
    let text = made(&mut a_full_phone());
    assert_eq!(refused(&text[..text.len() / 2]), FileProblem::Damaged);
    assert_eq!(refused(&text.replace(":[", ":{")), FileProblem::Damaged);
    for foreign in [
        "",
        "hello",
        "{}",
        "[1,2]",
        r#"{"cards":[]}"#,
        "\u{0}\u{1}PK",
    ] {
        assert_eq!(
            refused(foreign),
            FileProblem::NotABackup { hand_over: false },
            "{foreign:?}"
        );
    }
    assert_eq!(
        refused("https://harbour.example/receive#v1.abc"),
        FileProblem::NotABackup { hand_over: true }
    );
    let newer_format = text.replacen("\"harbour_backup\":1", "\"harbour_backup\":2", 1);
    assert_eq!(refused(&newer_format), FileProblem::Newer);
    let newer_layout = text.replacen("\"schema\":2", "\"schema\":9", 1);
    assert_eq!(refused(&newer_layout), FileProblem::Newer);
    assert_eq!(
        refused(&" ".repeat(MAX_FILE_BYTES + 1)),
        FileProblem::TooBig
    );
    let with_mark = format!("\u{feff}{text}");
    assert!(
        read_file(&with_mark).is_ok(),
        "a byte-order mark from an editor is fine"
    );
}

#[test]
fn records_that_break_the_rules_are_kept_aside_never_as_records() {
    let hostile = r#"{"harbour_backup":1,"made":"2026-11-25T10:00:00Z","schema":1,"records":{
        "harbour.checkins.2026-11":[
            {"id":"ok","at":"2026-11-02T09:00:00Z","feelings":[{"feeling":"Sad","strength":3}]},
            {"id":"x","at":"2026-11-03T09:00:00Z","feelings":[{"feeling":"Sad","strength":3}],"note":"a\u202eb"}],
        "harbour.toolkit.card.evil":{"id":"evil","content":{"name":"<img src=x onerror=alert(1)>","strength":{"from":0,"to":10}}},
        "harbour.people":[{"id":"p","name":"<script>alert(1)</script>","phone":"999"}],
        "harbour.future.thing":{"kept":true}
    }}"#;
    let mut test = TestPhone::at("2026-11-26T08:00:00Z");
    let restored = test.act(|p| restore(p, hostile)).expect("restore");
    assert_eq!(restored.added.checkins, 1);
    assert_eq!((restored.added.cards, restored.added.people), (0, 0));
    assert_eq!(
        restored.added.set_aside, 3,
        "the check-in, the card, the people"
    );
    assert_eq!(restored.left_out, 1, "what this version does not know");
    let kept = test.store.entries();
    assert!(kept.keys().all(|k| !k.starts_with("harbour.toolkit.card.")));
    assert!(!kept.contains_key("harbour.people"));
    assert!(!kept.contains_key("harbour.future.thing"));
    let month = &kept["harbour.checkins.2026-11"];
    assert!(month.contains("\"ok\"") && !month.contains("\\u202e") && !month.contains('\u{202e}'));
}

#[test]
fn a_full_phone_keeps_what_it_had_and_a_second_restore_adds_the_rest() {
    let text = made(&mut a_full_phone());
    let mut test = TestPhone::at("2026-11-26T08:00:00Z");
    book::save(&mut test.store, &checkin_at("mine", "2026-11-25T07:00:00Z")).expect("save");
    let before = test.store.used_bytes();
    test.store.set_capacity(Some(before + 900));
    let refused = test.act(|p| restore(p, &text));
    assert_eq!(refused, Err(NotRestored::Store(StoreError::Full)));
    assert!(refused
        .unwrap_err()
        .message()
        .contains("Nothing that was on this phone has been lost"));
    assert!(book::find(&mut test.store, "mine").expect("read").is_some());

    test.store.set_capacity(None);
    test.act(|p| restore(p, &text)).expect("the rest");
    assert_eq!(book::month_keys(&test.store).expect("months").len(), 3);
    assert_eq!(
        load_own_words(&mut test.store).expect("words").words(),
        ["Wobbly"]
    );
}

#[test]
fn making_a_backup_notes_when_for_the_reminder() {
    let mut test = a_full_phone();
    assert_eq!(test.act(reminder::last_made), None);
    let made = test.act(make).expect("backup");
    assert_eq!(made.file_name, "harbour-backup-2026-11-25.json");
    assert_eq!(test.act(reminder::last_made), Some(test.now));
}

#[test]
fn what_restoring_keeps_of_this_phone_is_worded_for_one_and_for_many() {
    let kept = |n| Restored {
        kept_mine: n,
        ..Restored::default()
    };
    assert_eq!(kept(0).kept_mine_line(), None);
    assert_eq!(
        kept(1).kept_mine_line().as_deref(),
        Some("1 thing on this phone is different from the backup: Harbour keeps this phone's.")
    );
    assert_eq!(
        kept(2).kept_mine_line().as_deref(),
        Some("2 things on this phone are different from the backup: Harbour keeps this phone's.")
    );
}
