//! Everything Harbour keeps on the phone goes through a [`Store`]: a small key-value trait
//! with one browser adapter (localStorage through gloo-storage) and one in-memory adapter for
//! tests and for browsers that refuse storage.
//!
//! Values are JSON text written by the core. Data is split over many keys (check-ins by month)
//! so a save never rewrites years of data. A value that cannot be read is set aside under a
//! quarantine key, never overwritten or deleted ([`quarantine`]). The layout is versioned and
//! migrated in order, once ([`schema`]).

pub mod drafts;
pub mod memory;
pub mod quarantine;
pub mod schema;
pub mod unknown_fields;

#[cfg(target_arch = "wasm32")]
pub mod browser;

use crate::kernel::Explain;

/// Every key Harbour writes starts with this, so it never touches another app's data.
pub const PREFIX: &str = "harbour.";

/// Why the phone would not read or keep something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage for Harbour is full.
    Full,
    /// Storage refused for another reason (private browsing, a browser setting).
    Unavailable(String),
    /// A newer Harbour wrote the data; this older one changes nothing (see [`ReadOnly`]).
    ReadOnly,
    /// Harbour is locked: nothing is read or written until it is unlocked (`lock`).
    Locked,
}

impl Explain for StoreError {
    /// What to tell the client. What they typed stays on screen, so it says so.
    fn message(&self) -> String {
        let words = match self {
            StoreError::Full => {
                "Harbour's space on this phone is full, so this is not saved yet. It is \
                 still here on screen. The browser gives Harbour a set amount of room, so \
                 freeing space on your phone won't help: My data shows how to make room."
            }
            StoreError::ReadOnly => {
                "This copy of Harbour is older than the one that last saved your data, so it \
                 won't change anything, to keep what the newer one wrote. Opening Harbour with \
                 signal brings it up to date. What you typed is still here on screen."
            }
            StoreError::Locked => {
                "Harbour locked itself, so this is not saved yet. Unlock it to carry on."
            }
            StoreError::Unavailable(_) => {
                "Your browser would not let Harbour save just now, so this is not saved yet. \
                 It is still here on screen. Private browsing can cause this."
            }
        };
        words.into()
    }
}

/// A store that reads and never writes: an older Harbour opening data a newer one wrote
/// leaves it exactly as it is, from the first read on. It wraps the phone's own store (`Box`)
/// or a borrowed one (`&dyn Store`, as Harbour opens).
pub struct ReadOnly<S>(pub S);

impl<S, T> Store for ReadOnly<S>
where
    S: std::ops::Deref<Target = T>,
    T: Store + ?Sized,
{
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.read(key)
    }
    fn write(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError::ReadOnly)
    }
    fn remove(&mut self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::ReadOnly)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.0.keys_with_prefix(prefix)
    }
}

/// Removes every key Harbour has written on this phone, set-aside copies included, and gives
/// how many went. Nothing of any other site or app is touched.
pub fn erase_everything(store: &mut dyn Store) -> Result<usize, StoreError> {
    let keys = store.keys_with_prefix(PREFIX)?;
    for key in &keys {
        store.remove(key)?;
    }
    Ok(keys.len())
}

/// Runs `save`; when the phone is full, makes room by dropping the kept copy of the form being
/// saved (`draft_key`: the form itself is still on screen) and tries once more. A draft never
/// stands between the client and what they are saving; if even that does not fit, the kept
/// copy goes back, for next time.
pub fn saved_before_draft<T>(
    store: &mut dyn Store,
    draft_key: &str,
    mut save: impl FnMut(&mut dyn Store) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    match save(store) {
        Err(StoreError::Full) => {
            let Some(kept) = store.read(draft_key)? else {
                return Err(StoreError::Full);
            };
            store.remove(draft_key)?;
            let saved = save(store);
            if saved.is_err() {
                let _ = store.write(draft_key, &kept);
            }
            saved
        }
        done => done,
    }
}

/// Serialises a value for storage. Harbour's values are plain strings, numbers and lists, so
/// this cannot fail in practice; if it ever did, it is reported like a refused write.
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Unavailable(e.to_string()))
}

/// A key-value store of JSON text. Implementations never interpret the values.
pub trait Store {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every stored key that starts with `prefix`, in no particular order.
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::memory::MemoryStore;

    #[test]
    fn a_read_only_store_reads_and_changes_nothing() {
        let mut inner = MemoryStore::new();
        inner.write("harbour.x", "newer").expect("write");
        let mut store = ReadOnly(Box::new(inner));
        assert_eq!(store.read("harbour.x"), Ok(Some("newer".into())));
        assert_eq!(store.write("harbour.x", "older"), Err(StoreError::ReadOnly));
        assert_eq!(store.remove("harbour.x"), Err(StoreError::ReadOnly));
        assert_eq!(store.read("harbour.x"), Ok(Some("newer".into())));
        assert!(!StoreError::ReadOnly.message().is_empty());
    }

    #[test]
    fn a_kept_form_gives_way_to_the_save_it_was_for() {
        let mut store = MemoryStore::with_capacity_bytes(70);
        store
            .write("harbour.draft.x", &"d".repeat(30))
            .expect("draft");
        let save = |s: &mut dyn Store| s.write("harbour.record", &"r".repeat(30));
        assert_eq!(
            saved_before_draft(&mut store, "harbour.draft.x", save),
            Ok(())
        );
        assert_eq!(store.read("harbour.draft.x"), Ok(None));
        let too_big = |s: &mut dyn Store| s.write("harbour.other", &"o".repeat(40));
        assert_eq!(
            saved_before_draft(&mut store, "harbour.draft.x", too_big),
            Err(StoreError::Full),
            "with no draft to drop, full is full"
        );
        store.write("harbour.draft.x", "kept").expect("draft");
        assert_eq!(
            saved_before_draft(&mut store, "harbour.draft.x", too_big),
            Err(StoreError::Full)
        );
        assert_eq!(
            store.read("harbour.draft.x"),
            Ok(Some("kept".into())),
            "back for next time"
        );
        assert!(store.read("harbour.record").expect("read").is_some());
    }

    #[test]
    fn erasing_leaves_no_harbour_key_and_nothing_else_touched() {
        let mut store = MemoryStore::new();
        for key in [
            "harbour.schema",
            "harbour.checkins.2026-11",
            "harbour.quarantine.x.1",
        ] {
            store.write(key, "1").expect("write");
        }
        store.write("another-app.key", "theirs").expect("write");
        assert_eq!(erase_everything(&mut store), Ok(3));
        assert_eq!(store.keys_with_prefix(PREFIX), Ok(Vec::new()));
        assert_eq!(store.read("another-app.key"), Ok(Some("theirs".into())));
    }
}
