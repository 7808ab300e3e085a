//! The localStorage adapter, for real, in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use harbour::checkin::{book, CheckIn, FeelingRating};
use harbour::storage::browser::{BrowserStore, Opening, PhoneStore};
use harbour::storage::quarantine::QUARANTINE_PREFIX;
use harbour::storage::{Store, StoreError};
use harbour::time::moment_from_millis;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_store() -> BrowserStore {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser");
    storage.clear().expect("clear");
    BrowserStore::open().expect("this browser keeps data").0
}

fn sample(id: &str) -> CheckIn {
    CheckIn {
        id: id.into(),
        at: moment_from_millis(1_795_000_000_000, 60).expect("moment"),
        feelings: vec![FeelingRating {
            feeling: "Calm".into(),
            strength: 4,
        }],
        note: "walked by the river".into(),
        for_next_session: true,
        edited_at: None,
        tried: Vec::new(),
        urges: Vec::new(),
    }
}

#[wasm_bindgen_test]
fn keeps_reads_and_removes_values() {
    let mut store = fresh_store();
    store.write("harbour.a", "[1]").expect("write");
    store.write("harbour.b", "[2]").expect("write");
    store.write("someone-else", "x").expect("write");
    assert_eq!(store.read("harbour.a"), Ok(Some("[1]".into())));
    assert_eq!(store.read("harbour.missing"), Ok(None));
    let mut keys = store.keys_with_prefix("harbour.").expect("keys");
    keys.sort();
    assert_eq!(keys, ["harbour.a", "harbour.b"]);
    store.remove("harbour.a").expect("remove");
    assert_eq!(store.read("harbour.a"), Ok(None));
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_old_value_kept() {
    let mut store = fresh_store();
    store.write("harbour.big", "small").expect("write");
    // Well past any browser's localStorage quota (Chromium's is about 5 million characters).
    let huge = "x".repeat(12_000_000);
    assert_eq!(store.write("harbour.big", &huge), Err(StoreError::Full));
    assert_eq!(store.read("harbour.big"), Ok(Some("small".into())));
}

#[wasm_bindgen_test]
fn check_ins_survive_a_round_trip_through_local_storage() {
    let mut store = fresh_store();
    let checkin = sample("round-trip");
    book::save(&mut store, &checkin).expect("save");
    let (mut reopened, _) = BrowserStore::open().expect("open again");
    assert_eq!(book::find(&mut reopened, "round-trip"), Ok(Some(checkin)));
}

#[wasm_bindgen_test]
fn a_damaged_value_in_local_storage_is_set_aside_not_lost() {
    let mut store = fresh_store();
    let key = book::month_key(&sample("x").at);
    store.write(&key, "[{\"id\":").expect("damage");
    let page = book::page(&mut store, 0, 10).expect("page");
    assert!(page.checkins.is_empty());
    let aside = store.keys_with_prefix(QUARANTINE_PREFIX).expect("keys");
    assert_eq!(aside.len(), 1);
    assert_eq!(store.read(&aside[0]), Ok(Some("[{\"id\":".into())));
    book::save(&mut store, &sample("after")).expect("saving still works");
}

#[wasm_bindgen_test]
fn the_phone_store_uses_local_storage_when_allowed() {
    fresh_store();
    assert!(matches!(
        PhoneStore::open(),
        (PhoneStore::Browser(_), Opening::Ready)
    ));
}

#[wasm_bindgen_test]
fn a_full_store_still_opens_with_everything_readable() {
    let mut store = fresh_store();
    book::save(&mut store, &sample("kept")).expect("save");
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    // Fill the site's whole quota, halving the chunk until not one more character fits.
    let mut chunk = "x".repeat(1 << 20);
    let mut n = 0;
    while !chunk.is_empty() {
        if storage.set_item(&format!("filler.{n}"), &chunk).is_ok() {
            n += 1;
        } else {
            chunk.truncate(chunk.len() / 2);
        }
    }
    let (mut phone, opening) = PhoneStore::open();
    let found = book::find(&mut phone, "kept").map(|c| c.map(|c| c.id));
    for i in 0..n {
        storage
            .remove_item(&format!("filler.{i}"))
            .expect("empty again");
    }
    assert_eq!(opening, Opening::Full);
    assert!(matches!(phone, PhoneStore::Browser(_)));
    assert_eq!(found, Ok(Some("kept".to_string())));
}
