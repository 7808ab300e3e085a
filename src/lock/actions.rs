//! Turning the lock on and off, unlocking, a new passcode and the lock's choices: each a
//! core action on the phone's own store (below the sealing, which they manage), given the
//! keys the browser derived and drew at random.

use super::cipher::{is_sealed, Cipher, Key, NewNonce};
use super::{kept_plain, status, tries, LockRecord, Progress, Status, LOCK_KEY, PEOPLE_KEY};
use crate::kernel::Context;
use crate::kernel::Explain;
use crate::people::{people, Person};
use crate::storage::unknown_fields::write_keeping_unknown;
use crate::storage::{erase_everything, ReadOnly, Store, StoreError, PREFIX};
use crate::time::Moment;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::TimeDelta;

/// Why the lock did not do what was asked. Nothing stored is harmed by any of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    Store(StoreError),
    /// Not the passcode; the next try waits this long (zero for the first few).
    Wrong {
        wait: TimeDelta,
    },
    /// Too many wrong passcodes lately: the next may be tried after this long.
    Wait {
        left: TimeDelta,
    },
    /// The lock is already on: a second one would seal with a key the first cannot open.
    AlreadyOn,
    /// The lock was turned off, in another tab or by finishing here.
    NotOn,
    /// The lock's own record cannot be read, so nothing sealed can be opened.
    Damaged,
    /// This browser cannot derive keys or give random bytes (Web Crypto needs a secure page).
    BrowserCannot,
}

/// "30 seconds", "2 minutes": how long a wait is, rounded up.
pub fn wait_words(wait: TimeDelta) -> String {
    let seconds = wait.num_seconds().max(1);
    if seconds < 60 {
        format!("{seconds} seconds")
    } else {
        let minutes = (seconds + 59) / 60;
        format!("{minutes} minute{}", if minutes == 1 { "" } else { "s" })
    }
}

impl Explain for LockError {
    fn message(&self) -> String {
        match self {
            LockError::Store(error) => error.message(),
            LockError::Wrong { wait } if wait.is_zero() => {
                "That isn't the passcode. Nothing has been changed or deleted: try again.".into()
            }
            LockError::Wrong { wait } => format!(
                "That isn't the passcode. Nothing has been changed or deleted. After several \
                 tries Harbour waits a little before the next: try again in {}.",
                wait_words(*wait)
            ),
            LockError::Wait { left } => format!(
                "After several tries Harbour waits a little before the next. Nothing has been \
                 changed or deleted: try again in {}.",
                wait_words(*left)
            ),
            LockError::AlreadyOn => "The lock is already on.".into(),
            LockError::NotOn => "The lock has been turned off.".into(),
            LockError::Damaged => "Harbour's lock can't be read, so what it keeps can't be \
                opened. Nothing has been deleted."
                .into(),
            LockError::BrowserCannot => "This browser can't make or use the lock's keys, so \
                nothing has been changed. Updating it, or another browser, may help."
                .into(),
        }
    }
}

impl From<StoreError> for LockError {
    fn from(error: StoreError) -> LockError {
        LockError::Store(error)
    }
}

/// A passcode key the browser derived from the passcode with a new salt.
pub struct PasscodeKey {
    pub key: Key,
    pub salt: Vec<u8>,
    pub iterations: u32,
}

/// Everything a new lock needs: the passcode's key, a new random data key, the choices.
pub struct NewLock {
    pub passcode: PasscodeKey,
    pub data_key: Key,
    pub after_hidden_minutes: u32,
    pub people_readable: bool,
}

/// What unlocking found.
pub enum Unlocked {
    /// Open: the sealing for this page.
    Open(Cipher),
    /// Unlocking finished turning the lock off, stopped halfway before: nothing is sealed now.
    NowOff,
}

/// Turns the lock on: the record first (saying the turning is under way), then each value
/// sealed, then the record says it is on. Closed halfway, the next unlock carries on.
pub fn turn_on(store: &mut dyn Store, new: NewLock, nonces: NewNonce) -> Result<Cipher, LockError> {
    if status(store)? != Status::Off {
        return Err(LockError::AlreadyOn);
    }
    let cipher = Cipher::new(new.data_key);
    let record = LockRecord {
        salt: URL_SAFE_NO_PAD.encode(&new.passcode.salt),
        iterations: new.passcode.iterations,
        wrapped: cipher.wrapped_with(&new.passcode.key, nonces()),
        progress: Progress::TurningOn,
        after_hidden_minutes: new.after_hidden_minutes,
        people_readable: new.people_readable,
    };
    write_keeping_unknown(store, LOCK_KEY, &record)?;
    tries::forget(store)?;
    finish(store, &cipher, nonces)?;
    Ok(cipher)
}

/// Opens the lock with the key the browser derived from what the client typed.
pub fn unlock(
    store: &mut dyn Store,
    now: &Moment,
    passcode_key: &Key,
    nonces: NewNonce,
) -> Result<Unlocked, LockError> {
    let record = on(store)?;
    let left = tries::wait_left(store, now)?;
    if left > TimeDelta::zero() {
        return Err(LockError::Wait { left });
    }
    let Some(cipher) = Cipher::unwrap(passcode_key, &record.wrapped) else {
        return Err(LockError::Wrong {
            wait: tries::count_wrong(store, now)?,
        });
    };
    tries::forget(store)?;
    Ok(match finish(store, &cipher, nonces)? {
        Status::Off => Unlocked::NowOff,
        _ => Unlocked::Open(cipher),
    })
}

/// Turns the lock off: each value opened back to plain text, then the record goes.
pub fn turn_off(store: &mut dyn Store, cipher: &Cipher, nonces: NewNonce) -> Result<(), LockError> {
    let mut record = on(store)?;
    record.progress = Progress::TurningOff;
    write_keeping_unknown(store, LOCK_KEY, &record)?;
    finish(store, cipher, nonces)?;
    Ok(())
}

/// A new passcode: the same data key wrapped with the new passcode's key, in one write.
pub fn change_passcode(
    store: &mut dyn Store,
    cipher: &Cipher,
    passcode: PasscodeKey,
    nonce: [u8; 12],
) -> Result<(), LockError> {
    let mut record = on(store)?;
    record.salt = URL_SAFE_NO_PAD.encode(&passcode.salt);
    record.iterations = passcode.iterations;
    record.wrapped = cipher.wrapped_with(&passcode.key, nonce);
    write_keeping_unknown(store, LOCK_KEY, &record)?;
    Ok(())
}

/// The client's choices: how long hidden before locking, and whether their people stay
/// readable on the locked screen (their list is sealed or opened to match at once).
pub fn choose(
    store: &mut dyn Store,
    cipher: &Cipher,
    nonces: NewNonce,
    after_hidden_minutes: u32,
    people_readable: bool,
) -> Result<(), LockError> {
    let mut record = on(store)?;
    record.after_hidden_minutes = after_hidden_minutes;
    record.people_readable = people_readable;
    write_keeping_unknown(store, LOCK_KEY, &record)?;
    match_sealing(store, PEOPLE_KEY, cipher, nonces, people_readable)?;
    Ok(())
}

/// The salt and rounds to derive the passcode key with, to unlock.
pub fn derivation(store: &mut dyn Store) -> Result<(Vec<u8>, u32), LockError> {
    let record = on(store)?;
    let salt = URL_SAFE_NO_PAD
        .decode(&record.salt)
        .map_err(|_| LockError::Damaged)?;
    Ok((salt, record.iterations))
}

fn on(store: &mut dyn Store) -> Result<LockRecord, LockError> {
    match status(store)? {
        Status::On(record) => Ok(record),
        Status::Off => Err(LockError::NotOn),
        Status::Damaged => Err(LockError::Damaged),
    }
}

/// Carries turning on or off through to the end, from wherever it stopped (and seals anything
/// written in plain text meanwhile); gives the status after.
fn finish(store: &mut dyn Store, cipher: &Cipher, nonces: NewNonce) -> Result<Status, StoreError> {
    let Status::On(mut record) = status(store)? else {
        return status(store);
    };
    let turning_off = record.progress == Progress::TurningOff;
    for key in store.keys_with_prefix(PREFIX)? {
        let plain = turning_off || kept_plain(&key, record.people_readable);
        match_sealing(store, &key, cipher, nonces, plain)?;
    }
    if turning_off {
        store.remove(LOCK_KEY)?;
        tries::forget(store)?;
        return Ok(Status::Off);
    }
    if record.progress == Progress::TurningOn {
        record.progress = Progress::On;
        write_keeping_unknown(store, LOCK_KEY, &record)?;
    }
    Ok(Status::On(record))
}

/// Seals the value at `key`, or opens it (`plain`), unless it is so already. A sealed value
/// that will not open stays exactly as it is.
fn match_sealing(
    store: &mut dyn Store,
    key: &str,
    cipher: &Cipher,
    nonces: NewNonce,
    plain: bool,
) -> Result<(), StoreError> {
    let Some(stored) = store.read(key)? else {
        return Ok(());
    };
    match (plain, is_sealed(&stored)) {
        (true, true) => match cipher.open(&stored) {
            Some(opened) => store.write(key, &opened),
            None => Ok(()),
        },
        (false, false) => store.write(key, &cipher.seal(nonces(), &stored)),
        _ => Ok(()),
    }
}

/// The lock's record as stored now.
pub fn lock_record(store: &mut dyn Store) -> Result<LockRecord, LockError> {
    match status(store)? {
        Status::On(record) => Ok(record),
        Status::Off => Err(LockError::NotOn),
        Status::Damaged => Err(LockError::Damaged),
    }
}

/// The client's people, if they chose to keep them readable on the locked screen: read
/// without writing anything, from the plain copy the lock left.
pub fn readable_people(store: &mut dyn Store, now: Moment) -> Vec<Person> {
    if !lock_record(store).is_ok_and(|record| record.people_readable) {
        return Vec::new();
    }
    let mut read_only = ReadOnly(store);
    let mut no_ids = String::new;
    people(&mut Context::new(&mut read_only, now, &mut no_ids))
}

/// "Start again without my data": everything Harbour keeps on this phone is removed.
pub fn start_again(store: &mut dyn Store) -> Result<usize, StoreError> {
    erase_everything(store)
}
