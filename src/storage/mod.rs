//! Everything Harbour keeps on the phone goes through a [`Store`]: a small key-value trait
//! with one browser adapter (localStorage through gloo-storage) and one in-memory adapter for
//! tests and for browsers that refuse storage.
//!
//! Values are JSON text written by the core. Data is split over many keys (check-ins by month)
//! so a save never rewrites years of data. A value that cannot be read is set aside under a
//! quarantine key, never overwritten or deleted ([`quarantine`]). The layout is versioned and
//! migrated in order, once ([`schema`]).

pub mod memory;
pub mod quarantine;
pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod browser;

/// Every key Harbour writes starts with this, so it never touches another app's data.
pub const PREFIX: &str = "harbour.";

/// Why the phone would not read or keep something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage for Harbour is full.
    Full,
    /// Storage refused for another reason (private browsing, a browser setting).
    Unavailable(String),
}

impl StoreError {
    /// What to tell the client. What they typed stays on screen, so it says so.
    pub fn message(&self) -> &'static str {
        match self {
            StoreError::Full => {
                "Your phone has run out of room for Harbour, so this is not saved yet. \
                 It is still here on screen. Freeing some space on your phone and \
                 trying again should work."
            }
            StoreError::Unavailable(_) => {
                "Your browser would not let Harbour save just now, so this is not saved yet. \
                 It is still here on screen. Private browsing can cause this."
            }
        }
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
