//! An in-memory [`Store`]: the native tests' stand-in for localStorage, and the fallback when a
//! browser refuses storage altogether (the app still works; the client is told nothing is kept).

use super::{Store, StoreError};
use std::collections::BTreeMap;

#[derive(Debug, Default, Clone)]
pub struct MemoryStore {
    values: BTreeMap<String, String>,
    /// When set, writes that would take the total size past this many bytes fail with
    /// [`StoreError::Full`], the way a browser's quota does.
    capacity_bytes: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that fills up like a browser's quota.
    pub fn with_capacity_bytes(capacity_bytes: usize) -> Self {
        MemoryStore {
            values: BTreeMap::new(),
            capacity_bytes: Some(capacity_bytes),
        }
    }

    /// Changes the quota, as when the phone fills up or is cleared; `None` is unlimited.
    pub fn set_capacity(&mut self, capacity_bytes: Option<usize>) {
        self.capacity_bytes = capacity_bytes;
    }

    /// Everything kept, by key: what tests compare.
    pub fn entries(&self) -> &BTreeMap<String, String> {
        &self.values
    }

    /// How many bytes of keys and values are kept, as a quota counts them.
    pub fn used_bytes(&self) -> usize {
        self.used_bytes_without("")
    }

    fn used_bytes_without(&self, key: &str) -> usize {
        self.values
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Store for MemoryStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.values.get(key).cloned())
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(capacity) = self.capacity_bytes {
            if self.used_bytes_without(key) + key.len() + value.len() > capacity {
                return Err(StoreError::Full);
            }
        }
        self.values.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.values.remove(key);
        Ok(())
    }

    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        Ok(self
            .values
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_was_written() {
        let mut store = MemoryStore::new();
        store.write("harbour.a", "1").expect("write");
        assert_eq!(store.read("harbour.a"), Ok(Some("1".into())));
        assert_eq!(store.read("harbour.b"), Ok(None));
        store.remove("harbour.a").expect("remove");
        assert_eq!(store.read("harbour.a"), Ok(None));
    }

    #[test]
    fn fills_up_like_a_quota_and_keeps_the_old_value() {
        let mut store = MemoryStore::with_capacity_bytes(20);
        store.write("k", "short").expect("fits");
        assert_eq!(store.write("k", &"x".repeat(50)), Err(StoreError::Full));
        assert_eq!(store.read("k"), Ok(Some("short".into())));
        store
            .write("k", &"y".repeat(19))
            .expect("replacing frees the old value's room");
    }

    #[test]
    fn lists_keys_by_prefix() {
        let mut store = MemoryStore::new();
        for key in [
            "harbour.checkins.2026-10",
            "harbour.checkins.2026-11",
            "other",
        ] {
            store.write(key, "[]").expect("write");
        }
        let mut keys = store.keys_with_prefix("harbour.checkins.").expect("keys");
        keys.sort();
        assert_eq!(
            keys,
            ["harbour.checkins.2026-10", "harbour.checkins.2026-11"]
        );
    }
}
