//! The lock as the app holds it: unlocking with the key (kept in memory only, `keys`),
//! locking when asked, when hidden for the chosen time and when another tab turns the lock
//! on, and turning it off.

use super::keys::{Keys, LockShown};
use super::Harbour;
use crate::lock::actions::LockError;
use crate::lock::cipher::{Cipher, NewNonce};
use crate::lock::{is_on, LockRecord};
use crate::opening::SharedState;
use crate::storage::Store;
use crate::time::Moment;
use leptos::prelude::*;

/// What a lock record lets the screens show.
fn open_as(record: &LockRecord) -> LockShown {
    LockShown::Open {
        after_hidden_minutes: record.after_hidden_minutes,
        people_readable: record.people_readable,
    }
}

impl Harbour {
    /// Runs a lock action on the phone's own store, below the sealing: only the lock's
    /// screens do, to turn it on or off, unlock, or change the passcode.
    pub fn on_raw_store<T>(
        &self,
        action: impl FnOnce(&mut dyn Store, &Moment, NewNonce) -> T,
    ) -> T {
        let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        let now = (sources.clock)();
        let mut nonces = sources.nonces;
        action(sources.store.as_mut(), &now, &mut nonces)
    }

    /// Whether the lock is on as stored now, read before anything else is. Only whether its
    /// record is there: reading the record is the lock chunk's work.
    pub(super) fn lock_is_on(&self) -> bool {
        self.on_raw_store(|store, _, _| is_on(store))
    }

    /// Unlocked (or the lock just turned on) with `cipher`, as `record` says: Harbour opens.
    pub fn unlocked(&self, cipher: Cipher, record: &LockRecord) {
        let was_locked = self.lock.get_untracked() == LockShown::Locked;
        self.set_keys(Keys::Open {
            cipher,
            people_readable: record.people_readable,
        });
        self.lock.set(open_as(record));
        if was_locked {
            self.open_up();
        }
    }

    /// The lock is off now: everything is plain again.
    pub fn lock_turned_off(&self) {
        let was_locked = self.lock.get_untracked() == LockShown::Locked;
        self.set_keys(Keys::Off);
        self.lock.set(LockShown::Off);
        if was_locked {
            self.open_up();
        } else {
            self.reread();
        }
    }

    /// Runs `action` with the key, while unlocked.
    pub fn with_cipher<T>(
        &self,
        action: impl FnOnce(&Cipher) -> Result<T, LockError>,
    ) -> Result<T, LockError> {
        match &*self.keys.lock().unwrap_or_else(|e| e.into_inner()) {
            Keys::Open { cipher, .. } => action(cipher),
            _ => Err(LockError::NotOn),
        }
    }

    /// The client's choices changed, to `record`'s.
    pub fn lock_choices_changed(&self, record: &LockRecord) {
        let mut keys = self.keys.lock().unwrap_or_else(|e| e.into_inner());
        if let Keys::Open {
            people_readable, ..
        } = &mut *keys
        {
            *people_readable = record.people_readable;
            self.lock.set(open_as(record));
        }
    }

    /// Locks, if the lock is on: the key leaves memory, and so does everything it opened.
    pub fn lock_now(&self) {
        if matches!(self.lock.get_untracked(), LockShown::Open { .. }) {
            self.shut();
        }
    }

    fn shut(&self) {
        self.set_keys(Keys::Locked);
        self.show(SharedState::default());
        self.lock.set(LockShown::Locked);
    }

    /// Another tab changed the lock: turned on there, this tab (which has no key) locks;
    /// turned off there, this one opens plainly. (Choices changed there take effect here at
    /// the next unlock.)
    pub fn lock_changed_elsewhere(&self) {
        match (self.lock.get_untracked(), self.lock_is_on()) {
            (LockShown::Off, true) => self.shut(),
            (LockShown::Open { .. } | LockShown::Locked, false) => self.lock_turned_off(),
            _ => {}
        }
    }

    /// Harbour was hidden for `minutes`: locks if that is the client's chosen time or more.
    pub fn hidden_for(&self, minutes: f64) {
        if let LockShown::Open {
            after_hidden_minutes,
            ..
        } = self.lock.get_untracked()
        {
            if minutes >= f64::from(after_hidden_minutes) {
                self.lock_now();
            }
        }
    }

    fn set_keys(&self, keys: Keys) {
        *self.keys.lock().unwrap_or_else(|e| e.into_inner()) = keys;
    }
}
