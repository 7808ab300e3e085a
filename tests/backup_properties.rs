//! Property tests of backup and restore: any history makes the round trip to a fresh phone,
//! and no file, however damaged or strange, panics, changes a phone it should not, or loses
//! anything the phone had. The decoders see thousands of inputs (counts in each config).
#![cfg(not(target_arch = "wasm32"))]

use harbour::backup::{make, restore::preview, restore::restore};
use harbour::checkin::{book, CheckIn, FeelingRating};
use harbour::kernel::Phone;
use harbour::storage::memory::MemoryStore;
use harbour::time::{moment_from_millis, Moment};
use proptest::prelude::*;

fn moment() -> impl Strategy<Value = Moment> {
    (
        946_684_800_000_i64..4_102_444_800_000,
        -14 * 60..=14 * 60_i32,
    )
        .prop_map(|(millis, offset)| moment_from_millis(millis, offset).expect("in range"))
}

fn history() -> impl Strategy<Value = Vec<CheckIn>> {
    prop::collection::vec(
        (
            moment(),
            0..=10_u8,
            "[a-zA-Z0-9 ,.!?'\u{e9}\u{1f600}\u{5d0}<>&\"]{0,60}",
        ),
        0..25,
    )
    .prop_map(|entries| {
        entries
            .into_iter()
            .enumerate()
            .map(|(i, (at, strength, note))| CheckIn {
                id: format!("c-{i}"),
                at,
                feelings: vec![FeelingRating {
                    feeling: "Calm".into(),
                    strength,
                }],
                note: note.trim().to_string(),
                for_next_session: i % 3 == 0,
                edited_at: None,
                tried: Vec::new(),
            })
            .collect()
    })
}

fn now() -> Moment {
    moment_from_millis(1_795_000_000_000, 0).expect("moment")
}

fn with_phone<T>(store: &mut MemoryStore, action: impl FnOnce(&mut Phone) -> T) -> T {
    let mut made = 0;
    let mut ids = || {
        made += 1;
        format!("new-{made}")
    };
    action(&mut Phone::new(store, now(), &mut ids))
}

fn everything(store: &mut MemoryStore) -> Vec<CheckIn> {
    let mut all = Vec::new();
    for key in book::month_keys(store).expect("months") {
        all.extend(book::load_month(store, &key).expect("month"));
    }
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all
}

fn a_backup_of(checkins: &[CheckIn]) -> (MemoryStore, String) {
    let mut store = MemoryStore::new();
    for checkin in checkins {
        book::save(&mut store, checkin).expect("save");
    }
    let text = with_phone(&mut store, make).expect("backup").text;
    (store, text)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_history_comes_back_whole_on_a_fresh_phone(checkins in history()) {
        let (mut old, text) = a_backup_of(&checkins);
        let mut fresh = MemoryStore::new();
        let restored = with_phone(&mut fresh, |p| restore(p, &text)).expect("restore");
        prop_assert_eq!(restored.added.checkins, checkins.len());
        prop_assert_eq!(everything(&mut fresh), everything(&mut old));
        let again = with_phone(&mut fresh, |p| restore(p, &text)).expect("again");
        prop_assert_eq!(again.added.checkins, 0, "restoring twice adds nothing");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_as_a_backup_never_panics_or_changes_anything(text in "\\PC{0,400}") {
        let (mut phone, _) = a_backup_of(&[]);
        book::save(&mut phone, &CheckIn {
            id: "mine".into(),
            at: now(),
            feelings: vec![FeelingRating { feeling: "Sad".into(), strength: 4 }],
            note: String::new(),
            for_next_session: false,
            edited_at: None,
            tried: Vec::new(),
        }).expect("save");
        let before = phone.entries().clone();
        let previewed = with_phone(&mut phone, |p| preview(p, &text));
        prop_assert_eq!(phone.entries(), &before, "a preview never changes the phone");
        if previewed.is_err() {
            prop_assert!(with_phone(&mut phone, |p| restore(p, &text)).is_err());
            prop_assert_eq!(phone.entries(), &before);
        }
    }

    #[test]
    fn a_damaged_backup_loses_nothing_the_phone_had(
        checkins in history(),
        cut in any::<prop::sample::Index>(),
        flip in any::<prop::sample::Index>(),
        with in "[\\[\\]{}\",:0-9a-z\\\\]",
    ) {
        let (_, text) = a_backup_of(&checkins);
        let mut damaged: Vec<char> = text.chars().collect();
        let at = flip.index(damaged.len());
        damaged[at] = with.chars().next().expect("a character");
        let damaged: String = damaged[..=cut.index(damaged.len()).max(at)].iter().collect();

        let (mut phone, _) = a_backup_of(&checkins[..checkins.len() / 2]);
        let before = everything(&mut phone);
        let _ = with_phone(&mut phone, |p| preview(p, &damaged));
        let _ = with_phone(&mut phone, |p| restore(p, &damaged));
        let after = everything(&mut phone);
        for checkin in &before {
            prop_assert!(after.contains(checkin), "{} was lost", checkin.id);
        }
    }
}
