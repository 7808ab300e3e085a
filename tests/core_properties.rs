//! Property tests of the core: random histories, random damage, random check-ins.
#![cfg(not(target_arch = "wasm32"))]

use harbour::checkin::{book, load_draft, CheckIn, CheckInDraft, FeelingRating, DRAFT_KEY};
use harbour::feelings::{load_own_words, OWN_WORDS_KEY};
use harbour::kernel::text::has_hidden_characters;
use harbour::storage::memory::MemoryStore;
use harbour::storage::quarantine::QUARANTINE_PREFIX;
use harbour::storage::Store;
use harbour::time::{moment_from_millis, Moment};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Any moment from 2000 to 2100, at any real-world offset.
fn moment() -> impl Strategy<Value = Moment> {
    (
        946_684_800_000_i64..4_102_444_800_000,
        -14 * 60..=14 * 60_i32,
    )
        .prop_map(|(millis, offset)| moment_from_millis(millis, offset).expect("in range"))
}

fn checkin(id: String) -> impl Strategy<Value = CheckIn> {
    (
        moment(),
        // Distinct lower-case words, as the form would give: no doubled spaces, no case twins.
        prop::collection::btree_map("[a-z]{1,8}( [a-z]{1,8})?", 0..=10_u8, 1..4),
        // Any printable text a person could type (not the separators the app refuses).
        "\\PC{0,80}".prop_filter("typable", |note| !has_hidden_characters(note, true)),
        any::<bool>(),
    )
        .prop_map(move |(at, feelings, note, for_next_session)| CheckIn {
            id: id.clone(),
            at,
            feelings: feelings
                .into_iter()
                .map(|(feeling, strength)| FeelingRating { feeling, strength })
                .collect(),
            note: note.trim().to_string(),
            for_next_session,
            edited_at: None,
            tried: Vec::new(),
            urges: Vec::new(),
        })
}

fn quarantined_values(store: &MemoryStore) -> Vec<String> {
    store
        .keys_with_prefix(QUARANTINE_PREFIX)
        .expect("keys")
        .iter()
        .filter_map(|k| store.read(k).expect("read"))
        .collect()
}

#[derive(Debug, Clone)]
enum Step {
    Save(CheckIn),
    Delete(usize),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        3 => (0..12_u8).prop_flat_map(|n| checkin(format!("id-{n}"))).prop_map(Step::Save),
        1 => (0..12_usize).prop_map(Step::Delete),
    ];
    prop::collection::vec(step, 1..40)
}

proptest! {
    #[test]
    fn the_book_matches_a_simple_model_of_saves_and_deletes(steps in steps()) {
        let mut store = MemoryStore::new();
        let mut model: BTreeMap<String, CheckIn> = BTreeMap::new();
        for step in steps {
            match step {
                Step::Save(checkin) => {
                    // Changing a check-in keeps its original time, as the form does.
                    let checkin = match model.get(&checkin.id) {
                        Some(old) => CheckIn { at: old.at, ..checkin },
                        None => checkin,
                    };
                    book::save(&mut store, &checkin).expect("save");
                    model.insert(checkin.id.clone(), checkin);
                }
                Step::Delete(n) => {
                    let id = format!("id-{n}");
                    let at = model.get(&id).map(|c| c.at);
                    if let Some(at) = at {
                        let removed = book::delete(&mut store, &id, &at).expect("delete");
                        prop_assert_eq!(removed.as_ref(), model.get(&id));
                        model.remove(&id);
                    }
                }
            }
        }
        let page = book::page(&mut store, 0, usize::MAX).expect("page");
        prop_assert_eq!(page.next_month, None);
        let by_time_then_id = |a: &CheckIn, b: &CheckIn| b.at.cmp(&a.at).then(a.id.cmp(&b.id));
        let mut expected: Vec<CheckIn> = model.into_values().collect();
        expected.sort_by(by_time_then_id);
        let mut got = page.checkins.clone();
        got.sort_by(by_time_then_id);
        prop_assert_eq!(got, expected);
        prop_assert!(page.checkins.windows(2).all(|w| w[0].at >= w[1].at), "newest first");
        for key in book::month_keys(&store).expect("keys") {
            for c in book::load_month(&mut store, &key).expect("load") {
                prop_assert_eq!(book::month_key(&c.at), key.clone());
            }
        }
        prop_assert!(quarantined_values(&store).is_empty(), "nothing sound was set aside");
    }

    #[test]
    fn a_check_in_survives_json_exactly(checkin in checkin("x".into())) {
        let json = serde_json::to_string(&checkin).expect("serialise");
        let back: CheckIn = serde_json::from_str(&json).expect("parse");
        prop_assert_eq!(back.at.offset(), checkin.at.offset());
        prop_assert_eq!(back, checkin);
    }

    #[test]
    fn damaged_month_text_is_never_lost_and_never_panics(text in "\\PC{0,200}") {
        let mut store = MemoryStore::new();
        let key = "harbour.checkins.2026-11";
        store.write(key, &text).expect("write");
        let loaded = book::load_month(&mut store, key).expect("load");
        let kept = store.read(key).expect("read");
        let aside = quarantined_values(&store);
        let is_list = serde_json::from_str::<Vec<serde_json::Value>>(&text).is_ok();
        if kept.as_deref() == Some(text.as_str()) {
            prop_assert!(aside.is_empty(), "left as it was, so nothing set aside");
        } else if is_list {
            // A readable list: its unreadable entries were set aside together.
            prop_assert_eq!(aside.len(), 1);
        } else {
            // Unreadable: set aside whole, exactly as it was, and the month freed.
            prop_assert_eq!(&aside, &vec![text.clone()]);
            prop_assert!(kept.is_none() && loaded.is_empty());
        }
        // Saving afterwards never touches what was set aside.
        let before = aside.clone();
        let new = CheckIn {
            id: "new".into(),
            at: moment_from_millis(1_795_000_000_000, 0).expect("moment"),
            feelings: vec![FeelingRating { feeling: "Calm".into(), strength: 1 }],
            note: String::new(),
            for_next_session: false,
            edited_at: None,
            tried: Vec::new(),
            urges: Vec::new(),
        };
        book::save(&mut store, &new).expect("save");
        prop_assert_eq!(quarantined_values(&store), before);
    }

    #[test]
    fn random_json_lists_lose_no_check_in(entries in prop::collection::vec(
        prop_oneof![
            (0..5_u8).prop_flat_map(|n| checkin(format!("ok-{n}")))
                .prop_map(|c| serde_json::to_string(&CheckIn {
                    at: moment_from_millis(1_794_000_000_000, 60).expect("moment"), ..c
                }).expect("json")),
            "\\{\"id\":\"odd-[0-9]\",\"strength\":[0-9]{1,3}\\}",
            "[0-9]{1,4}",
            Just("null".to_string()),
        ],
        0..8,
    )) {
        let mut store = MemoryStore::new();
        let key = book::month_key(&moment_from_millis(1_794_000_000_000, 60).expect("moment"));
        store.write(&key, &format!("[{}]", entries.join(","))).expect("write");
        let loaded = book::load_month(&mut store, &key).expect("load");
        let aside = quarantined_values(&store).join("");
        for entry in &entries {
            let id = serde_json::from_str::<serde_json::Value>(entry).ok()
                .and_then(|v| v.get("id").and_then(|id| id.as_str()).map(str::to_string));
            match id {
                Some(id) if loaded.iter().any(|c| c.id == id) => {}
                _ => prop_assert!(aside.contains(entry.as_str()), "{} was lost", entry),
            }
        }
    }

    #[test]
    fn other_stored_values_never_panic_on_any_text(text in "\\PC{0,120}") {
        let mut store = MemoryStore::new();
        store.write(DRAFT_KEY, &text).expect("write");
        store.write(OWN_WORDS_KEY, &text).expect("write");
        let _ = load_draft(&mut store, "").expect("draft");
        let _ = load_own_words(&mut store).expect("words");
        let values = [store.read(DRAFT_KEY).expect("read"), store.read(OWN_WORDS_KEY).expect("read")];
        let aside = quarantined_values(&store);
        for value in values.iter().flatten() {
            prop_assert!(value == &text || aside.contains(&text));
        }
    }

    #[test]
    fn a_draft_never_holds_the_same_feeling_twice(
        taps in prop::collection::vec((prop::sample::select(vec!["Sad", "sad", "Calm", "wobbly"]), prop::option::of(0..=10_u8)), 0..30)
    ) {
        let mut draft = CheckInDraft::default();
        for (word, strength) in taps {
            match strength {
                Some(s) => draft.set_strength(word, s),
                None => draft.toggle(word),
            }
        }
        for (i, f) in draft.feelings.iter().enumerate() {
            prop_assert!(draft.feelings[..i].iter().all(|g| !g.word.eq_ignore_ascii_case(&f.word)));
        }
    }
}
