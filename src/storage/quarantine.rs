//! Values that cannot be read are moved aside, never overwritten or deleted.
//!
//! A value may be unreadable because a browser extension, a crash mid-write, or a bug in
//! some version wrote something odd. Whatever it is, it may hold words the client wrote, so
//! it is copied as-is to `harbour.quarantine.<original key>.<n>` before the original key is
//! freed. If that copy cannot be made (the phone is full, or a newer Harbour's data is open
//! read-only), the value is left exactly where it is and skipped, and everything else still
//! opens.

use super::{Store, StoreError};
use serde::de::DeserializeOwned;

pub const QUARANTINE_PREFIX: &str = "harbour.quarantine.";

/// The outcome of reading a JSON value that might be damaged.
#[derive(Debug, Clone, PartialEq)]
pub enum Read<T> {
    Missing,
    Found(T),
    /// The value could not be read, and is skipped: moved aside, or left where it is when no
    /// copy could be kept.
    Unreadable,
}

/// The values already set aside for `key`, in order: `stem.1`, `stem.2`, … up to the first
/// free one. Each is looked up on its own, so this costs the same however much else the phone
/// keeps.
pub fn set_aside_for(store: &dyn Store, key: &str) -> Result<Vec<String>, StoreError> {
    let mut values = Vec::new();
    let mut n = 1;
    while let Some(value) = store.read(&format!("{QUARANTINE_PREFIX}{key}.{n}"))? {
        values.push(value);
        n += 1;
    }
    Ok(values)
}

/// Copies `raw` under a new quarantine key for `key` and returns that key. Never overwrites an
/// earlier quarantined value.
pub fn set_aside(store: &mut dyn Store, key: &str, raw: &str) -> Result<String, StoreError> {
    let taken = set_aside_for(store, key)?.len();
    let quarantine_key = format!("{QUARANTINE_PREFIX}{key}.{}", taken + 1);
    store.write(&quarantine_key, raw)?;
    Ok(quarantine_key)
}

/// Moves `raw`, the value at `key`, aside and frees the key. True when it was moved; false
/// when no copy could be kept, and the value stays where it is, untouched.
pub fn move_aside(store: &mut dyn Store, key: &str, raw: &str) -> bool {
    if set_aside(store, key, raw).is_err() {
        return false;
    }
    // With the copy kept, a key that cannot be freed only means it is set aside again later.
    let _ = store.remove(key);
    true
}

/// Reads the JSON value at `key`. A value that does not parse is moved aside and the key freed.
pub fn read_json<T: DeserializeOwned>(
    store: &mut dyn Store,
    key: &str,
) -> Result<Read<T>, StoreError> {
    read_sound(store, key, |_: &T| true)
}

/// Reads the JSON value at `key` and checks it with `sound`. A value that does not parse, or
/// breaks the rules, is moved aside exactly as the text it was (never re-written from what
/// was understood of it) and the key freed, or left where it is if no copy can be kept.
pub fn read_sound<T: DeserializeOwned>(
    store: &mut dyn Store,
    key: &str,
    sound: impl Fn(&T) -> bool,
) -> Result<Read<T>, StoreError> {
    let Some(raw) = store.read(key)? else {
        return Ok(Read::Missing);
    };
    match serde_json::from_str(&raw) {
        Ok(value) if sound(&value) => Ok(Read::Found(value)),
        _ => {
            move_aside(store, key, &raw);
            Ok(Read::Unreadable)
        }
    }
}

/// How many values have been set aside so far.
#[cfg(test)]
pub fn count(store: &dyn Store) -> Result<usize, StoreError> {
    Ok(store.keys_with_prefix(QUARANTINE_PREFIX)?.len())
}

/// A store that notices when something is set aside through it, so the client can be told
/// without counting keys before and after every action.
pub struct Watched<'a> {
    inner: &'a mut dyn Store,
    set_aside: bool,
}

impl<'a> Watched<'a> {
    pub fn new(inner: &'a mut dyn Store) -> Watched<'a> {
        Watched {
            inner,
            set_aside: false,
        }
    }

    pub fn set_something_aside(&self) -> bool {
        self.set_aside
    }
}

impl Store for Watched<'_> {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.read(key)
    }
    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.write(key, value)?;
        self.set_aside |= key.starts_with(QUARANTINE_PREFIX);
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.keys_with_prefix(prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::memory::MemoryStore;

    #[test]
    fn reads_good_values_and_missing_ones() {
        let mut store = MemoryStore::new();
        store.write("harbour.n", "[1,2]").expect("write");
        assert_eq!(
            read_json::<Vec<u8>>(&mut store, "harbour.n"),
            Ok(Read::Found(vec![1, 2]))
        );
        assert_eq!(
            read_json::<Vec<u8>>(&mut store, "harbour.x"),
            Ok(Read::Missing)
        );
    }

    #[test]
    fn moves_a_damaged_value_aside_exactly_as_it_was() {
        let mut store = MemoryStore::new();
        let damaged = "[{\"note\":\"what I wrote\"";
        store.write("harbour.n", damaged).expect("write");
        let read = read_json::<Vec<u8>>(&mut store, "harbour.n").expect("read");
        assert_eq!(read, Read::Unreadable);
        assert_eq!(store.read("harbour.n"), Ok(None));
        assert_eq!(
            store.read("harbour.quarantine.harbour.n.1"),
            Ok(Some(damaged.into()))
        );
        assert_eq!(count(&store), Ok(1));
    }

    #[test]
    fn a_value_that_breaks_the_rules_is_set_aside_as_the_text_it_was() {
        let mut store = MemoryStore::new();
        // Spaces and an unknown field, as a newer or hand-edited copy might have.
        let odd = r#"[ 1, 2,  300 ]"#;
        store.write("harbour.n", odd).expect("write");
        let read = read_sound::<Vec<u16>>(&mut store, "harbour.n", |v| v.iter().all(|n| *n < 100));
        assert_eq!(read, Ok(Read::Unreadable));
        assert_eq!(
            store.read("harbour.quarantine.harbour.n.1"),
            Ok(Some(odd.into()))
        );
    }

    #[test]
    fn never_overwrites_an_earlier_quarantined_value() {
        let mut store = MemoryStore::new();
        for damaged in ["first {", "second {", "third {"] {
            store.write("harbour.n", damaged).expect("write");
            read_json::<Vec<u8>>(&mut store, "harbour.n").expect("read");
        }
        store
            .remove("harbour.quarantine.harbour.n.1")
            .expect("someone removed one by hand");
        store.write("harbour.n", "fourth {").expect("write");
        read_json::<Vec<u8>>(&mut store, "harbour.n").expect("read");
        let mut values: Vec<String> = store
            .keys_with_prefix(QUARANTINE_PREFIX)
            .expect("keys")
            .iter()
            .filter_map(|k| store.read(k).ok().flatten())
            .collect();
        values.sort();
        assert_eq!(values, ["fourth {", "second {", "third {"]);
    }

    #[test]
    fn leaves_the_original_and_skips_it_when_there_is_no_room_to_set_it_aside() {
        let damaged = "x".repeat(40);
        let mut store = MemoryStore::with_capacity_bytes(60);
        store.write("harbour.n", &damaged).expect("write");
        assert_eq!(
            read_json::<Vec<u8>>(&mut store, "harbour.n"),
            Ok(Read::Unreadable)
        );
        assert_eq!(store.read("harbour.n"), Ok(Some(damaged)));
        assert_eq!(count(&store), Ok(0));
    }

    #[test]
    fn a_read_only_store_is_read_and_never_changed() {
        let mut inner = MemoryStore::new();
        inner.write("harbour.n", "{damaged").expect("write");
        inner.write("harbour.m", "[1]").expect("write");
        let before = inner.entries().clone();
        let mut store = super::super::ReadOnly(&inner as &dyn Store);
        assert_eq!(
            read_json::<Vec<u8>>(&mut store, "harbour.n"),
            Ok(Read::Unreadable)
        );
        assert_eq!(
            read_json::<Vec<u8>>(&mut store, "harbour.m"),
            Ok(Read::Found(vec![1]))
        );
        assert_eq!(store.read("harbour.n"), Ok(Some("{damaged".into())));
        let keys = store.keys_with_prefix("harbour.").expect("keys");
        assert_eq!(keys, before.keys().cloned().collect::<Vec<_>>());
    }

    #[test]
    fn lists_what_was_set_aside_for_a_key() {
        let mut store = MemoryStore::new();
        for text in ["a", "b"] {
            set_aside(&mut store, "harbour.k", text).expect("aside");
        }
        assert_eq!(
            set_aside_for(&store, "harbour.k"),
            Ok(vec!["a".to_string(), "b".to_string()])
        );
        assert_eq!(set_aside_for(&store, "harbour.other"), Ok(vec![]));
    }
}
