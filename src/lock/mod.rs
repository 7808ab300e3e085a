//! The lock: optional, off until the client turns it on in My data. With it on, every value
//! Harbour keeps is sealed ([`cipher`]: AES-256-GCM, a fresh nonce for every write) with a
//! random data key. The data key is kept only wrapped, sealed with a key the browser derives
//! from the client's passcode (PBKDF2-SHA256, [`ITERATIONS`] rounds, a salt of its own:
//! `platform::passcode`), so changing the passcode rewrites one value; unwrapped, it lives
//! only in memory, while Harbour is unlocked.
//!
//! Kept in plain text: the layout's version, the lock's own record ([`LOCK_KEY`]: salt,
//! rounds, the wrapped key, how far turning on or off has gone, the client's choices) and
//! the count of wrong passcodes ([`tries`]); the client's people too, if they choose to
//! read them on the locked screen. Key names never carry the client's words.
//!
//! Turning the lock on or off goes value by value, and each value says by itself whether it
//! is sealed, so a page closed halfway loses nothing: the next unlock carries on ([`actions`]).

pub mod actions;
pub mod cipher;
pub mod sealing;
pub mod tries;

#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(test)]
mod tests;

use crate::storage::{schema::SCHEMA_KEY, Store, StoreError, PREFIX};
use serde::{Deserialize, Serialize};

/// The lock's record. Its presence means the lock is on (or being turned on or off).
pub const LOCK_KEY: &str = "harbour.lock";
/// The client's people and crisis line (`people`), readable when locked if chosen.
pub const PEOPLE_KEY: &str = "harbour.people";
/// PBKDF2-SHA256 rounds for a new passcode: OWASP's advice for 2023 on.
pub const ITERATIONS: u32 = 600_000;
/// A passcode of digits alone is at least this long; a phrase, at least [`PHRASE_LETTERS`].
pub const DIGITS: usize = 6;
pub const PHRASE_LETTERS: usize = 8;

/// How far the lock has got. Turning on and off are resumed from here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    On,
    TurningOn,
    TurningOff,
}

/// After how long hidden (another app, the phone's screen off) Harbour locks itself.
pub const AFTER_HIDDEN_CHOICES: [u32; 4] = [0, 1, 5, 15];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    /// The passcode key's salt, base64url.
    pub salt: String,
    pub iterations: u32,
    /// The data key, sealed with the passcode key.
    pub wrapped: String,
    pub progress: Progress,
    /// Minutes hidden before Harbour locks itself; one of [`AFTER_HIDDEN_CHOICES`].
    #[serde(default = "one_minute")]
    pub after_hidden_minutes: u32,
    #[serde(default)]
    pub people_readable: bool,
}

fn one_minute() -> u32 {
    1
}

/// Whether the lock is on, as stored now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Off,
    On(LockRecord),
    /// The lock's record cannot be read: without its salt and wrapped
    /// key nothing sealed can be opened, so Harbour stays locked rather than read sealed
    /// values as damaged ones.
    Damaged,
}

/// Whether the lock's record is there (readable or not): all the first screen needs to know
/// to show the locked screen. A store that cannot be read opens nothing either way.
pub fn is_on(store: &dyn Store) -> bool {
    store.read(LOCK_KEY).is_ok_and(|record| record.is_some())
}

/// A damaged record is left where it is, never moved aside: without it the phone would
/// look unlocked and read every sealed value as damaged.
pub fn status(store: &mut dyn Store) -> Result<Status, StoreError> {
    Ok(match store.read(LOCK_KEY)? {
        None => Status::Off,
        Some(raw) => match serde_json::from_str::<LockRecord>(&raw) {
            Ok(record) => Status::On(record),
            Err(_) => Status::Damaged,
        },
    })
}

/// Values never sealed: what Harbour must read before it can unlock, and the people the
/// client chose to read on the locked screen.
pub fn kept_plain(key: &str, people_readable: bool) -> bool {
    !key.starts_with(PREFIX)
        || key == SCHEMA_KEY
        || key == LOCK_KEY
        || key == tries::TRIES_KEY
        || (people_readable && key == PEOPLE_KEY)
}

/// What a passcode (or a backup's passphrase: `word`) must be, or why not: at least
/// [`DIGITS`] digits, or a phrase of at least [`PHRASE_LETTERS`] characters; the same twice.
pub fn passcode_problem(passcode: &str, again: &str, word: &str) -> Option<String> {
    let length = passcode.chars().count();
    let digits = passcode.chars().all(|c| c.is_ascii_digit());
    if passcode.trim().is_empty() {
        Some(format!(
            "Choose a {word}: at least {DIGITS} numbers, or a phrase of at least {PHRASE_LETTERS} letters."
        ))
    } else if digits && length < DIGITS {
        Some(format!(
            "A {word} of numbers needs at least {DIGITS} of them."
        ))
    } else if !digits && length < PHRASE_LETTERS {
        Some(format!(
            "A {word} that isn't all numbers needs at least {PHRASE_LETTERS} letters or spaces."
        ))
    } else if passcode != again {
        Some(format!(
            "The two {word}s are not the same. Type it again in both boxes."
        ))
    } else {
        None
    }
}
