//! Where check-ins are kept: one key per UTC month (`harbour.checkins.2026-11`), so a save
//! rewrites at most a month of data however many years the client has kept.
//!
//! Every write first reads the month it changes. A damaged month, or a damaged check-in inside
//! one, is set aside before anything is written, so a save can never overwrite what it could
//! not read.

use super::model::CheckIn;
use crate::storage::quarantine::{read_json, set_aside, Read};
use crate::storage::unknown_fields::list_keeping_unknown;
use crate::storage::{to_json, Store, StoreError};
use crate::time::Moment;
use chrono::{Datelike, NaiveDate};
use serde_json::value::RawValue;

pub const CHECKINS_PREFIX: &str = "harbour.checkins.";

/// The key of the month a check-in made at `at` is kept under.
pub fn month_key(at: &Moment) -> String {
    let utc = at.naive_utc();
    format!("{CHECKINS_PREFIX}{:04}-{:02}", utc.year(), utc.month())
}

/// True for a month's key, as [`month_key`] makes them.
pub fn is_month_key(key: &str) -> bool {
    let Some(month) = key.strip_prefix(CHECKINS_PREFIX) else {
        return false;
    };
    let bytes = month.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || b.is_ascii_digit())
}

/// The keys of every month that has check-ins, newest first.
pub fn month_keys(store: &dyn Store) -> Result<Vec<String>, StoreError> {
    let mut keys: Vec<String> = store
        .keys_with_prefix(CHECKINS_PREFIX)?
        .into_iter()
        .filter(|k| is_month_key(k))
        .collect();
    keys.sort_unstable_by(|a, b| b.cmp(a));
    Ok(keys)
}

/// Reads one month's check-ins, oldest first. Check-ins that cannot be read, break the rules,
/// belong to another month, or repeat an id are moved aside together, and the month is
/// rewritten without them.
pub fn load_month(store: &mut dyn Store, key: &str) -> Result<Vec<CheckIn>, StoreError> {
    let values = match read_json::<Vec<Box<RawValue>>>(store, key)? {
        Read::Missing | Read::Unreadable => return Ok(Vec::new()),
        Read::Found(values) => values,
    };
    let mut checkins: Vec<CheckIn> = Vec::with_capacity(values.len());
    let mut unreadable: Vec<Box<RawValue>> = Vec::new();
    for value in values {
        match serde_json::from_str::<CheckIn>(value.get()) {
            Ok(c)
                if c.problems().is_empty()
                    && month_key(&c.at) == key
                    && !checkins.iter().any(|known| known.id == c.id) =>
            {
                checkins.push(c)
            }
            _ => unreadable.push(value),
        }
    }
    // Without room for a copy (or with a newer Harbour's data open read-only), the month is
    // left as it is: those check-ins are skipped, never lost.
    if !unreadable.is_empty() && set_aside(store, key, &to_json(&unreadable)?).is_ok() {
        // With the copy kept, a month that cannot be rewritten only sets them aside again.
        let _ = write_month(store, key, &checkins);
    }
    checkins.sort_by_key(|c| c.at);
    Ok(checkins)
}

fn write_month(store: &mut dyn Store, key: &str, checkins: &[CheckIn]) -> Result<(), StoreError> {
    if checkins.is_empty() {
        return store.remove(key);
    }
    let stored = store.read(key)?;
    let month = list_keeping_unknown(checkins, |c| &c.id, stored.as_deref())?;
    store.write(key, &month)
}

/// Saves a new check-in, or replaces the one with the same id.
pub fn save(store: &mut dyn Store, checkin: &CheckIn) -> Result<(), StoreError> {
    let key = month_key(&checkin.at);
    let mut month = load_month(store, &key)?;
    match month.iter_mut().find(|c| c.id == checkin.id) {
        Some(existing) => *existing = checkin.clone(),
        None => month.push(checkin.clone()),
    }
    month.sort_by_key(|c| c.at);
    write_month(store, &key, &month)
}

/// Deletes a check-in and returns it, so the client can undo.
pub fn delete(store: &mut dyn Store, id: &str, at: &Moment) -> Result<Option<CheckIn>, StoreError> {
    let key = month_key(at);
    let mut month = load_month(store, &key)?;
    let Some(index) = month.iter().position(|c| c.id == id) else {
        return Ok(None);
    };
    let removed = month.remove(index);
    write_month(store, &key, &month)?;
    Ok(Some(removed))
}

/// Finds a check-in by id, looking at recent months first.
pub fn find(store: &mut dyn Store, id: &str) -> Result<Option<CheckIn>, StoreError> {
    for key in month_keys(store)? {
        if let Some(found) = load_month(store, &key)?.into_iter().find(|c| c.id == id) {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// The check-ins made on the days `first..=last` of the client's own calendar (each on the day
/// it showed where it was made), oldest first. Months are kept by UTC, and a local date is at
/// most a day away from its UTC date, so only the months of the day before to the day after
/// are read: years of check-ins are never all parsed.
pub fn on_days(
    store: &mut dyn Store,
    first: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<CheckIn>, StoreError> {
    let key = |day: NaiveDate| format!("{CHECKINS_PREFIX}{:04}-{:02}", day.year(), day.month());
    let from = key(first.pred_opt().unwrap_or(first));
    let to = key(last.succ_opt().unwrap_or(last));
    let mut checkins = Vec::new();
    for month in month_keys(store)?.into_iter().rev() {
        if (from.as_str()..=to.as_str()).contains(&month.as_str()) {
            let on_these_days = |c: &CheckIn| (first..=last).contains(&c.at.date_naive());
            checkins.extend(load_month(store, &month)?.into_iter().filter(on_these_days));
        }
    }
    // By the day the client saw, then by time: a check-in made in another offset can fall on
    // a day before one made earlier.
    checkins.sort_by_key(|c| (c.at.date_naive(), c.at));
    Ok(checkins)
}

/// A stretch of history, newest first, read a month at a time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub checkins: Vec<CheckIn>,
    /// The index (into [`month_keys`]) to read next, if older months remain.
    pub next_month: Option<usize>,
}

/// Reads whole months from `first_month` on until at least `at_least` check-ins are in hand.
pub fn page(
    store: &mut dyn Store,
    first_month: usize,
    at_least: usize,
) -> Result<Page, StoreError> {
    let keys = month_keys(store)?;
    let mut page = Page::default();
    let mut index = first_month;
    while index < keys.len() && page.checkins.len() < at_least {
        let month = load_month(store, &keys[index])?;
        page.checkins.extend(month.into_iter().rev());
        index += 1;
    }
    page.next_month = (index < keys.len()).then_some(index);
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::{checkin_at, moment};
    use crate::storage::memory::MemoryStore;
    use crate::storage::quarantine::QUARANTINE_PREFIX;

    fn ids(checkins: &[CheckIn]) -> Vec<&str> {
        checkins.iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn keeps_each_month_under_its_own_key() {
        let mut store = MemoryStore::new();
        save(&mut store, &checkin_at("a", "2026-10-31T23:30:00+00:00")).expect("save");
        save(&mut store, &checkin_at("b", "2026-11-01T00:30:00+01:00")).expect("save");
        save(&mut store, &checkin_at("c", "2026-11-02T08:00:00+00:00")).expect("save");
        assert_eq!(
            month_keys(&store).expect("keys"),
            ["harbour.checkins.2026-11", "harbour.checkins.2026-10"]
        );
        // 00:30 on 1 November at +01:00 is still October in UTC.
        let october = load_month(&mut store, "harbour.checkins.2026-10").expect("load");
        assert_eq!(ids(&october), ["a", "b"]);
    }

    #[test]
    fn a_save_rewrites_only_its_own_month() {
        let mut store = MemoryStore::new();
        save(&mut store, &checkin_at("old", "2024-01-10T10:00:00+00:00")).expect("save");
        let before = store.read("harbour.checkins.2024-01").expect("read");
        save(&mut store, &checkin_at("new", "2026-11-22T10:00:00+00:00")).expect("save");
        assert_eq!(
            store.read("harbour.checkins.2024-01").expect("read"),
            before
        );
    }

    #[test]
    fn replaces_an_edited_check_in_instead_of_adding_one() {
        let mut store = MemoryStore::new();
        let mut checkin = checkin_at("a", "2026-11-22T10:00:00+00:00");
        save(&mut store, &checkin).expect("save");
        checkin.note = "changed".into();
        save(&mut store, &checkin).expect("save again");
        assert_eq!(find(&mut store, "a").expect("find"), Some(checkin));
        let month = load_month(&mut store, "harbour.checkins.2026-11").expect("load");
        assert_eq!(month.len(), 1);
    }

    #[test]
    fn deletes_and_gives_back_for_undo() {
        let mut store = MemoryStore::new();
        let checkin = checkin_at("a", "2026-11-22T10:00:00+00:00");
        save(&mut store, &checkin).expect("save");
        let removed = delete(&mut store, "a", &checkin.at).expect("delete");
        assert_eq!(removed.as_ref(), Some(&checkin));
        assert_eq!(month_keys(&store).expect("keys"), Vec::<String>::new());
        save(&mut store, &checkin).expect("undo");
        assert_eq!(find(&mut store, "a").expect("find"), Some(checkin));
        assert_eq!(
            delete(&mut store, "nope", &moment("2026-11-22T10:00:00+00:00")),
            Ok(None)
        );
    }

    #[test]
    fn pages_through_history_newest_first_a_month_at_a_time() {
        let mut store = MemoryStore::new();
        for (id, at) in [
            ("sep", "2026-09-05T10:00:00+00:00"),
            ("oct1", "2026-10-01T10:00:00+00:00"),
            ("oct2", "2026-10-20T10:00:00+00:00"),
            ("nov1", "2026-11-02T10:00:00+00:00"),
            ("nov2", "2026-11-21T10:00:00+00:00"),
        ] {
            save(&mut store, &checkin_at(id, at)).expect("save");
        }
        let first = page(&mut store, 0, 3).expect("page");
        assert_eq!(ids(&first.checkins), ["nov2", "nov1", "oct2", "oct1"]);
        assert_eq!(first.next_month, Some(2));
        let rest = page(&mut store, 2, 3).expect("page");
        assert_eq!(ids(&rest.checkins), ["sep"]);
        assert_eq!(rest.next_month, None);
    }

    #[test]
    fn a_damaged_month_is_set_aside_and_other_months_still_load() {
        let mut store = MemoryStore::new();
        save(&mut store, &checkin_at("ok", "2026-10-05T10:00:00+00:00")).expect("save");
        store
            .write("harbour.checkins.2026-11", "[{\"id\":\"half writ")
            .expect("damage");
        let page = page(&mut store, 0, 10).expect("page");
        assert_eq!(ids(&page.checkins), ["ok"]);
        assert_eq!(
            store.read("harbour.quarantine.harbour.checkins.2026-11.1"),
            Ok(Some("[{\"id\":\"half writ".into()))
        );
    }

    #[test]
    fn a_damaged_check_in_is_set_aside_and_its_neighbours_kept() {
        let mut store = MemoryStore::new();
        let good = checkin_at("good", "2026-11-05T10:00:00+00:00");
        let good_json = serde_json::to_string(&good).expect("json");
        let odd = r#"{"id":"odd","at":"2026-11-06T10:00:00+00:00","feelings":[{"feeling":"Sad","strength":99}]}"#;
        let stray = r#"{"id":"stray","at":"2020-01-06T10:00:00+00:00","feelings":[{"feeling":"Sad","strength":1}]}"#;
        let twin = good_json.clone();
        store
            .write(
                "harbour.checkins.2026-11",
                &format!("[{good_json},{odd},{stray},{twin},7]"),
            )
            .expect("write");
        let month = load_month(&mut store, "harbour.checkins.2026-11").expect("load");
        assert_eq!(month, std::slice::from_ref(&good));
        let aside = store
            .read("harbour.quarantine.harbour.checkins.2026-11.1")
            .expect("read")
            .expect("set aside");
        assert!(aside.contains("\"strength\":99") && aside.contains("stray"));
        // The month now holds only what could be read, so the next load sets nothing aside.
        let again = load_month(&mut store, "harbour.checkins.2026-11").expect("load");
        assert_eq!(again, [good]);
        assert_eq!(
            store
                .keys_with_prefix(QUARANTINE_PREFIX)
                .expect("keys")
                .len(),
            1
        );
    }

    #[test]
    fn a_save_never_overwrites_a_month_it_could_not_read() {
        let damaged = "not json at all";
        let mut store = MemoryStore::with_capacity_bytes(60);
        store
            .write("harbour.checkins.2026-11", damaged)
            .expect("write");
        let checkin = checkin_at("new", "2026-11-22T10:00:00+00:00");
        assert_eq!(save(&mut store, &checkin), Err(StoreError::Full));
        assert_eq!(
            store.read("harbour.checkins.2026-11"),
            Ok(Some(damaged.into()))
        );
        assert!(store
            .keys_with_prefix(QUARANTINE_PREFIX)
            .expect("keys")
            .is_empty());
    }

    #[test]
    fn a_full_store_keeps_what_was_saved_before() {
        let mut store = MemoryStore::with_capacity_bytes(400);
        let first = checkin_at("first", "2026-11-21T10:00:00+00:00");
        save(&mut store, &first).expect("fits");
        let mut big = checkin_at("big", "2026-11-22T10:00:00+00:00");
        big.note = "x".repeat(400);
        assert_eq!(save(&mut store, &big), Err(StoreError::Full));
        let month = load_month(&mut store, "harbour.checkins.2026-11").expect("load");
        assert_eq!(month, [first]);
    }

    #[test]
    fn reads_the_clients_days_from_only_the_months_that_can_hold_them() {
        let mut store = MemoryStore::new();
        for (id, at) in [
            ("before", "2026-10-30T12:00:00+00:00"),
            // 00:30 on the night the clocks go back: 23:30 on the 24th in UTC.
            ("clocks", "2026-10-25T00:30:00+01:00"),
            ("after", "2026-10-26T00:30:00+00:00"),
            // 1 November where it was made, 31 October in UTC.
            ("early", "2026-11-01T00:30:00+01:00"),
        ] {
            save(&mut store, &checkin_at(id, at)).expect("save");
        }
        store
            .write("harbour.checkins.2026-08", "damaged, and never read")
            .expect("write");
        let day = |d| NaiveDate::from_ymd_opt(2026, 10, d).expect("date");
        let days = on_days(&mut store, day(25), day(26)).expect("read");
        assert_eq!(ids(&days), ["clocks", "after"]);
        let november = NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
        let first = on_days(&mut store, november, november).expect("read");
        assert_eq!(ids(&first), ["early"]);
        assert_eq!(
            store.read("harbour.checkins.2026-08"),
            Ok(Some("damaged, and never read".into()))
        );
    }

    #[test]
    fn ignores_keys_that_are_not_months() {
        let mut store = MemoryStore::new();
        store.write("harbour.checkins.index", "{}").expect("write");
        store.write("harbour.checkins.2026-1", "[]").expect("write");
        assert!(month_keys(&store).expect("keys").is_empty());
    }
}
