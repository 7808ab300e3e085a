//! The phone's storage: localStorage through gloo-storage, with an in-memory fallback for
//! browsers that refuse to keep anything (some private modes).

use super::memory::MemoryStore;
use super::{Store, StoreError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// localStorage. Only made by [`BrowserStore::open`], which checks the browser allows it.
#[derive(Debug)]
pub struct BrowserStore(());

const PROBE_KEY: &str = "harbour.probe";

/// What opening the phone's storage found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    Ready,
    /// Everything stored reads as usual, but there is no room for anything new.
    Full,
}

impl BrowserStore {
    /// `None` when this browser will not keep data for Harbour.
    pub fn open() -> Option<(BrowserStore, Opening)> {
        let storage = web_sys::window()?.local_storage().ok()??;
        // Some browsers hand out a storage object that refuses every write. A full one still
        // reads: what the client kept must open, not an empty Harbour.
        match storage.set_item(PROBE_KEY, "1").map_err(store_error) {
            Ok(()) => {
                storage.remove_item(PROBE_KEY).ok()?;
                Some((BrowserStore(()), Opening::Ready))
            }
            Err(StoreError::Full) => Some((BrowserStore(()), Opening::Full)),
            Err(StoreError::Unavailable(_) | StoreError::ReadOnly | StoreError::Locked) => None,
        }
    }
}

/// Tells a full quota from other refusals. Browsers name it differently.
fn store_error(error: JsValue) -> StoreError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Full,
        _ => StoreError::Unavailable(format!("{name} {error:?}")),
    }
}

impl Store for BrowserStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        LocalStorage::raw().get_item(key).map_err(store_error)
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        LocalStorage::raw()
            .set_item(key, value)
            .map_err(store_error)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        LocalStorage::delete(key);
        Ok(())
    }

    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let storage = LocalStorage::raw();
        let mut keys = Vec::new();
        for index in 0..LocalStorage::length() {
            if let Some(key) = storage.key(index).map_err(store_error)? {
                if key.starts_with(prefix) {
                    keys.push(key);
                }
            }
        }
        Ok(keys)
    }
}

/// Whichever store this phone gives Harbour.
#[derive(Debug)]
pub enum PhoneStore {
    Browser(BrowserStore),
    /// Nothing outlives the page: the client is told so.
    Memory(MemoryStore),
}

impl PhoneStore {
    pub fn open() -> (PhoneStore, Opening) {
        match BrowserStore::open() {
            Some((browser, opening)) => (PhoneStore::Browser(browser), opening),
            None => (PhoneStore::Memory(MemoryStore::new()), Opening::Ready),
        }
    }

    fn inner(&self) -> &dyn Store {
        match self {
            PhoneStore::Browser(s) => s,
            PhoneStore::Memory(s) => s,
        }
    }

    fn inner_mut(&mut self) -> &mut dyn Store {
        match self {
            PhoneStore::Browser(s) => s,
            PhoneStore::Memory(s) => s,
        }
    }
}

impl Store for PhoneStore {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner().read(key)
    }
    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner_mut().write(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner_mut().remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner().keys_with_prefix(prefix)
    }
}
