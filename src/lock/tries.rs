//! Wrong passcodes: never a reason to delete anything. After [`FREE_TRIES`] wrong ones in a
//! row, each next try waits a little longer (30 seconds, doubling, at most 15 minutes), kept
//! in plain text so a reload does not start the count again.

use crate::storage::quarantine::{read_json, Read};
use crate::storage::{to_json, Store, StoreError};
use crate::time::Moment;
use chrono::TimeDelta;
use serde::{Deserialize, Serialize};

pub const TRIES_KEY: &str = "harbour.lock.tries";
/// Wrong passcodes that may be typed with no wait between them.
pub const FREE_TRIES: u32 = 5;
const FIRST_WAIT_SECONDS: i64 = 30;
const LONGEST_WAIT_SECONDS: i64 = 15 * 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrongTries {
    pub wrong: u32,
    #[serde(with = "crate::time::rfc3339")]
    pub last: Moment,
}

/// How long to wait after `wrong` wrong passcodes in a row.
pub fn wait_after(wrong: u32) -> TimeDelta {
    if wrong < FREE_TRIES {
        return TimeDelta::zero();
    }
    let doublings = (wrong - FREE_TRIES).min(10);
    TimeDelta::seconds((FIRST_WAIT_SECONDS << doublings).min(LONGEST_WAIT_SECONDS))
}

pub fn read(store: &mut dyn Store) -> Result<Option<WrongTries>, StoreError> {
    Ok(match read_json::<WrongTries>(store, TRIES_KEY)? {
        Read::Found(tries) => Some(tries),
        Read::Missing | Read::Unreadable => None,
    })
}

/// How long until the next passcode may be tried; zero when it may be now.
pub fn wait_left(store: &mut dyn Store, now: &Moment) -> Result<TimeDelta, StoreError> {
    Ok(match read(store)? {
        Some(tries) => (tries.last + wait_after(tries.wrong) - *now).max(TimeDelta::zero()),
        None => TimeDelta::zero(),
    })
}

/// Counts one more wrong passcode; gives the wait before the next.
pub fn count_wrong(store: &mut dyn Store, now: &Moment) -> Result<TimeDelta, StoreError> {
    let wrong = read(store)?.map_or(0, |t| t.wrong).saturating_add(1);
    store.write(TRIES_KEY, &to_json(&WrongTries { wrong, last: *now })?)?;
    Ok(wait_after(wrong))
}

pub fn forget(store: &mut dyn Store) -> Result<(), StoreError> {
    store.remove(TRIES_KEY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_starts_after_five_and_grows_to_a_quarter_hour() {
        let seconds: Vec<i64> = (0..=12).map(|n| wait_after(n).num_seconds()).collect();
        assert_eq!(
            seconds,
            [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]
        );
        assert_eq!(wait_after(u32::MAX).num_seconds(), 900);
    }
}
