//! The phone's store as features see it while the lock is on: [`Sealing`] while unlocked
//! (every value sealed as it is written and opened as it is read), [`Shut`] while locked
//! (nothing read, nothing written: a feature never sees sealed text it could take for
//! damage).

use super::cipher::{is_sealed, Cipher, NewNonce};
use super::kept_plain;
use crate::storage::{Store, StoreError};

pub struct Sealing<'a> {
    pub inner: &'a mut dyn Store,
    pub cipher: &'a Cipher,
    pub nonces: NewNonce<'a>,
    /// The client chose to keep their own people readable on the locked screen.
    pub people_readable: bool,
}

impl Store for Sealing<'_> {
    /// A value that will not open (a changed byte) is given as the raw text it is, which no
    /// feature reads as data: it is set aside as it was, like any unreadable value.
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.inner.read(key)?.map(|stored| {
            if is_sealed(&stored) {
                self.cipher.open(&stored).unwrap_or(stored)
            } else {
                stored
            }
        }))
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if kept_plain(key, self.people_readable) {
            self.inner.write(key, value)
        } else {
            let sealed = self.cipher.seal((self.nonces)(), value);
            self.inner.write(key, &sealed)
        }
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }

    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.keys_with_prefix(prefix)
    }
}

/// The store while Harbour is locked.
pub struct Shut;

impl Store for Shut {
    fn read(&self, _: &str) -> Result<Option<String>, StoreError> {
        Err(StoreError::Locked)
    }
    fn write(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Locked)
    }
    fn remove(&mut self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Locked)
    }
    fn keys_with_prefix(&self, _: &str) -> Result<Vec<String>, StoreError> {
        Err(StoreError::Locked)
    }
}
