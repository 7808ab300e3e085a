//! The lock's rules on a phone's worth of data: sealed at rest, opened only with the right
//! passcode, and nothing lost when turning on, off or changing the passcode stops at any step.

use super::actions::{self, LockError, NewLock, PasscodeKey, Unlocked};
use super::cipher::{is_sealed, Cipher, Key};
use super::sealing::{Sealing, Shut};
use super::*;
use crate::storage::memory::MemoryStore;
use crate::storage::quarantine::{read_json, Read};
use crate::time::Moment;
use chrono::DateTime;
use std::collections::BTreeMap;

/// What a client's phone might hold, in Harbour's keys, with words to look for.
fn a_phone_in_use() -> MemoryStore {
    let mut store = MemoryStore::new();
    for (key, value) in [
        ("harbour.schema", "2"),
        (
            "harbour.checkins.2026-11",
            r#"[{"id":"c1","note":"argued with Dana"}]"#,
        ),
        (
            "harbour.toolkit.card.k1",
            r#"{"id":"k1","name":"Cold water","steps":["splash my face"]}"#,
        ),
        ("harbour.toolkit.order", r#"["k1"]"#),
        (
            "harbour.people",
            r#"{"people":[{"name":"Auntie Rose","number":"07700 900123"}]}"#,
        ),
        (
            "harbour.practitioner.contact",
            r#"{"contact":{"name":"Sam Okafor","phone":"0161 496 0000"}}"#,
        ),
        (
            "harbour.draft.checkin.tab1",
            r#"{"note":"half a sentence"}"#,
        ),
        (
            "harbour.quarantine.harbour.toolkit.card.k2.1",
            "{not json, but mine",
        ),
    ] {
        store.write(key, value).expect("seed");
    }
    store.write("another-app.key", "theirs").expect("seed");
    store
}

const WORDS: [&str; 6] = [
    "Dana",
    "splash",
    "Auntie",
    "07700",
    "Okafor",
    "half a sentence",
];

fn passcode_key(byte: u8) -> PasscodeKey {
    PasscodeKey {
        key: Key([byte; 32]),
        salt: vec![byte; 16],
        iterations: ITERATIONS,
    }
}

fn counter() -> impl FnMut() -> [u8; 12] {
    let mut n = 0_u8;
    move || {
        n = n.wrapping_add(1);
        [n; 12]
    }
}

fn new_lock(people_readable: bool) -> NewLock {
    NewLock {
        passcode: passcode_key(1),
        data_key: Key([42; 32]),
        after_hidden_minutes: 1,
        people_readable,
    }
}

fn at(text: &str) -> Moment {
    DateTime::parse_from_rfc3339(text).expect("moment")
}

const NOW: &str = "2026-12-03T09:00:00Z";

/// Every Harbour value as the features would read it, through the sealing.
fn as_read(store: &mut MemoryStore, cipher: &Cipher) -> BTreeMap<String, String> {
    let mut nonces = counter();
    let sealing = Sealing {
        inner: store,
        cipher,
        nonces: &mut nonces,
        people_readable: false,
    };
    let mut values = BTreeMap::new();
    for key in sealing.keys_with_prefix(PREFIX).expect("keys") {
        if key != LOCK_KEY {
            values.insert(
                key.clone(),
                sealing.read(&key).expect("read").expect("value"),
            );
        }
    }
    values
}

fn harbour_values(store: &MemoryStore) -> BTreeMap<String, String> {
    store
        .entries()
        .iter()
        .filter(|(k, _)| k.starts_with(PREFIX) && *k != LOCK_KEY)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn assert_sealed_at_rest(store: &MemoryStore, people_readable: bool) {
    for (key, value) in store.entries() {
        if kept_plain(key, people_readable) {
            continue;
        }
        assert!(is_sealed(value), "{key} is plain: {value}");
    }
    let everything: String = store
        .entries()
        .iter()
        .filter(|(k, _)| !(people_readable && *k == PEOPLE_KEY))
        .map(|(k, v)| format!("{k}={v}\n"))
        .collect();
    for word in WORDS
        .iter()
        .filter(|w| !(people_readable && ["Auntie", "07700"].contains(w)))
    {
        assert!(!everything.contains(word), "{word} is readable at rest");
    }
}

/// A store whose power goes after `writes` more writes: every later write or removal fails.
struct CutAfter {
    inner: MemoryStore,
    writes: usize,
}

impl Store for CutAfter {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.read(key)
    }
    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.writes == 0 {
            return Err(StoreError::Unavailable("the page closed".into()));
        }
        self.writes -= 1;
        self.inner.write(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        if self.writes == 0 {
            return Err(StoreError::Unavailable("the page closed".into()));
        }
        self.writes -= 1;
        self.inner.remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.keys_with_prefix(prefix)
    }
}

fn unlock_with(store: &mut dyn Store, byte: u8) -> Result<Unlocked, LockError> {
    actions::unlock(store, &at(NOW), &Key([byte; 32]), &mut counter())
}

fn opened(store: &mut dyn Store, byte: u8) -> Cipher {
    match unlock_with(store, byte) {
        Ok(Unlocked::Open(cipher)) => cipher,
        Ok(Unlocked::NowOff) => panic!("the lock went off"),
        Err(e) => panic!("did not unlock: {e:?}"),
    }
}

#[test]
fn with_the_lock_on_nothing_is_readable_at_rest_and_everything_reads_as_before() {
    let mut store = a_phone_in_use();
    let before = harbour_values(&store);
    let cipher = actions::turn_on(&mut store, new_lock(false), &mut counter()).expect("on");
    assert_sealed_at_rest(&store, false);
    assert_eq!(store.read("another-app.key"), Ok(Some("theirs".into())));
    assert_eq!(as_read(&mut store, &cipher), before);
    let cipher = opened(&mut store, 1);
    assert_eq!(
        as_read(&mut store, &cipher),
        before,
        "after unlocking again"
    );
}

#[test]
fn a_new_write_is_sealed_with_a_fresh_nonce_each_time() {
    let mut store = a_phone_in_use();
    let cipher = actions::turn_on(&mut store, new_lock(false), &mut counter()).expect("on");
    let mut nonces = counter();
    let mut sealing = Sealing {
        inner: &mut store,
        cipher: &cipher,
        nonces: &mut nonces,
        people_readable: false,
    };
    sealing
        .write("harbour.feelings.own", r#"["wobbly"]"#)
        .expect("write");
    let first = sealing.inner.read("harbour.feelings.own").expect("read");
    sealing
        .write("harbour.feelings.own", r#"["wobbly"]"#)
        .expect("write");
    let second = sealing.inner.read("harbour.feelings.own").expect("read");
    assert_ne!(first, second);
    assert_eq!(
        sealing.read("harbour.feelings.own"),
        Ok(Some(r#"["wobbly"]"#.into()))
    );
    sealing.write(SCHEMA_KEY, "2").expect("write");
    assert_eq!(
        sealing.inner.read(SCHEMA_KEY),
        Ok(Some("2".into())),
        "the version stays plain"
    );
}

#[test]
fn a_wrong_passcode_opens_nothing_deletes_nothing_and_then_waits() {
    let mut store = a_phone_in_use();
    actions::turn_on(&mut store, new_lock(false), &mut counter()).expect("on");
    let sealed = harbour_values(&store);
    for n in 1..=5 {
        let wait = match unlock_with(&mut store, 9) {
            Err(LockError::Wrong { wait }) => wait,
            _ => panic!("a wrong passcode opened"),
        };
        assert_eq!(wait.num_seconds(), if n < 5 { 0 } else { 30 }, "after {n}");
    }
    let mut kept = harbour_values(&store);
    kept.remove(tries::TRIES_KEY);
    assert_eq!(kept, sealed, "nothing deleted or changed");
    assert!(
        matches!(unlock_with(&mut store, 1), Err(LockError::Wait { .. })),
        "even the right one waits"
    );
    let later = at("2026-12-03T09:00:31Z");
    assert!(matches!(
        actions::unlock(&mut store, &later, &Key([1; 32]), &mut counter()),
        Ok(Unlocked::Open(_))
    ));
    assert_eq!(
        store.read(tries::TRIES_KEY),
        Ok(None),
        "the count starts again"
    );
}

#[test]
fn a_changed_byte_is_refused_and_set_aside_as_it_was() {
    let mut store = a_phone_in_use();
    let cipher = actions::turn_on(&mut store, new_lock(false), &mut counter()).expect("on");
    let key = "harbour.toolkit.card.k1";
    let mut damaged = store.read(key).expect("read").expect("card");
    damaged.replace_range(10..11, if &damaged[10..11] == "A" { "B" } else { "A" });
    store.write(key, &damaged).expect("damage");
    let mut nonces = counter();
    let mut sealing = Sealing {
        inner: &mut store,
        cipher: &cipher,
        nonces: &mut nonces,
        people_readable: false,
    };
    assert_eq!(
        sealing.read(key),
        Ok(Some(damaged.clone())),
        "given as the raw text it is"
    );
    assert!(matches!(
        read_json::<serde_json::Value>(&mut sealing, key),
        Ok(Read::Unreadable)
    ));
    let aside = sealing
        .keys_with_prefix("harbour.quarantine.harbour.toolkit.card.k1")
        .expect("keys");
    assert_eq!(aside.len(), 1);
    assert_eq!(sealing.read(&aside[0]), Ok(Some(damaged)), "kept as it was");
}

#[test]
fn shut_reads_and_writes_nothing() {
    let mut shut = Shut;
    assert_eq!(shut.read("harbour.people"), Err(StoreError::Locked));
    assert_eq!(shut.write("harbour.people", "[]"), Err(StoreError::Locked));
    assert_eq!(shut.keys_with_prefix(PREFIX), Err(StoreError::Locked));
}

#[test]
fn turning_on_stopped_at_any_step_loses_nothing() {
    let before = harbour_values(&a_phone_in_use());
    for writes in 0.. {
        let mut cut = CutAfter {
            inner: a_phone_in_use(),
            writes,
        };
        let finished = actions::turn_on(&mut cut, new_lock(false), &mut counter()).is_ok();
        let mut store = cut.inner;
        match status(&mut store).expect("status") {
            Status::Off => assert_eq!(harbour_values(&store), before, "cut after {writes}"),
            _ => {
                let cipher = opened(&mut store, 1);
                assert_eq!(as_read(&mut store, &cipher), before, "cut after {writes}");
                assert_sealed_at_rest(&store, false);
                assert!(matches!(
                    status(&mut store),
                    Ok(Status::On(LockRecord {
                        progress: Progress::On,
                        ..
                    }))
                ));
            }
        }
        if finished {
            assert!(writes > 5, "the whole turn-on took {writes} writes");
            break;
        }
    }
}

#[test]
fn turning_off_stopped_at_any_step_loses_nothing() {
    let before = harbour_values(&a_phone_in_use());
    let mut locked = a_phone_in_use();
    actions::turn_on(&mut locked, new_lock(false), &mut counter()).expect("on");
    for writes in 0.. {
        let mut cut = CutAfter {
            inner: locked.clone(),
            writes,
        };
        let cipher = opened(&mut locked.clone(), 1);
        let finished = actions::turn_off(&mut cut, &cipher, &mut counter()).is_ok();
        let mut store = cut.inner;
        if status(&mut store).expect("status") != Status::Off {
            match unlock_with(&mut store, 1).expect("unlocks") {
                Unlocked::Open(cipher) => {
                    assert!(writes == 0, "cut after {writes}: turning off carries on");
                    assert_eq!(as_read(&mut store, &cipher), before);
                    continue;
                }
                Unlocked::NowOff => {}
            }
        }
        assert_eq!(
            harbour_values(&store),
            before,
            "cut after {writes}: all plain again"
        );
        if finished {
            break;
        }
    }
}

#[test]
fn a_new_passcode_rewrites_one_value_and_the_old_one_stops_working() {
    let mut store = a_phone_in_use();
    let cipher = actions::turn_on(&mut store, new_lock(false), &mut counter()).expect("on");
    let sealed = harbour_values(&store);
    let mut cut = CutAfter {
        inner: store.clone(),
        writes: 0,
    };
    assert!(actions::change_passcode(&mut cut, &cipher, passcode_key(2), [8; 12]).is_err());
    opened(&mut cut.inner, 1);

    actions::change_passcode(&mut store, &cipher, passcode_key(2), [8; 12]).expect("changed");
    assert_eq!(
        harbour_values(&store),
        sealed,
        "only the lock's record changed"
    );
    assert!(matches!(
        unlock_with(&mut store, 1),
        Err(LockError::Wrong { .. })
    ));
    let cipher = opened(&mut store, 2);
    assert_eq!(
        as_read(&mut store, &cipher),
        harbour_values(&a_phone_in_use())
    );
}

#[test]
fn people_can_stay_readable_on_the_locked_screen_by_choice() {
    let mut store = a_phone_in_use();
    let cipher = actions::turn_on(&mut store, new_lock(true), &mut counter()).expect("on");
    assert_sealed_at_rest(&store, true);
    assert!(store
        .read(PEOPLE_KEY)
        .expect("read")
        .expect("people")
        .contains("Auntie"));
    actions::choose(&mut store, &cipher, &mut counter(), 5, false).expect("chosen");
    assert_sealed_at_rest(&store, false);
    assert!(matches!(
        status(&mut store),
        Ok(Status::On(LockRecord {
            after_hidden_minutes: 5,
            ..
        }))
    ));
}

#[test]
fn a_second_lock_is_refused_and_a_damaged_record_keeps_harbour_locked() {
    let mut store = a_phone_in_use();
    actions::turn_on(&mut store, new_lock(false), &mut counter()).expect("on");
    assert!(matches!(
        actions::turn_on(&mut store, new_lock(false), &mut counter()),
        Err(LockError::AlreadyOn)
    ));
    store.write(LOCK_KEY, "{damaged").expect("damage");
    assert_eq!(status(&mut store), Ok(Status::Damaged));
    assert!(matches!(
        unlock_with(&mut store, 1),
        Err(LockError::Damaged)
    ));
    assert_eq!(
        store.read(LOCK_KEY),
        Ok(Some("{damaged".into())),
        "left where it is"
    );
}

#[test]
fn a_passcode_is_six_numbers_or_a_phrase_typed_twice() {
    let problem = |typed: &str, again: &str| passcode_problem(typed, again, "passcode");
    assert!(problem("", "").is_some_and(|p| p.starts_with("Choose a passcode")));
    assert!(problem("   ", "   ").is_some());
    assert!(problem("12345", "12345").is_some());
    assert!(problem("tide", "tide").is_some());
    assert_eq!(problem("123456", "123456"), None);
    assert_eq!(problem("quiet harbour", "quiet harbour"), None);
    assert!(problem("123456", "123465").is_some());
    assert!(passcode_problem("x", "x", "passphrase").is_some_and(|p| p.contains("passphrase")));
}
