//! A gentle reminder to keep a backup, when the last one is more than a month old (or there
//! has never been one and Harbour has been in use for a month). The client can say "not now"
//! for a week, or turn it off.

use crate::checkin::book;
use crate::kernel::Context;
use crate::storage::quarantine::{read_json, Read};
use crate::storage::unknown_fields::write_keeping_unknown;
use crate::storage::StoreError;
use crate::time::Moment;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// When the last backup was made, on this phone.
pub const LAST_BACKUP_KEY: &str = "harbour.backup.last";
/// Whether to remind, and not before when.
pub const REMINDER_KEY: &str = "harbour.backup.reminder";

pub const REMIND_AFTER_DAYS: u64 = 30;
const NOT_NOW_DAYS: u64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub on: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::rfc3339_option"
    )]
    pub not_before: Option<Moment>,
}

impl Default for Reminder {
    fn default() -> Reminder {
        Reminder {
            on: true,
            not_before: None,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Last(#[serde(with = "crate::time::rfc3339")] Moment);

pub fn note_made(phone: &mut Context) -> Result<(), StoreError> {
    let last = Last(phone.now);
    write_keeping_unknown(phone.store(), LAST_BACKUP_KEY, &last)
}

/// When the last backup was made on this phone, if ever.
pub fn last_made(phone: &mut Context) -> Option<Moment> {
    match read_json::<Last>(phone.store(), LAST_BACKUP_KEY) {
        Ok(Read::Found(Last(at))) => Some(at),
        _ => None,
    }
}

pub fn reminder(phone: &mut Context) -> Reminder {
    match read_json::<Reminder>(phone.store(), REMINDER_KEY) {
        Ok(Read::Found(reminder)) => reminder,
        _ => Reminder::default(),
    }
}

/// Turns the reminder on or off.
pub fn set_reminder(phone: &mut Context, on: bool) -> Result<Reminder, StoreError> {
    let reminder = Reminder {
        on,
        not_before: None,
    };
    write_keeping_unknown(phone.store(), REMINDER_KEY, &reminder)?;
    Ok(reminder)
}

/// "Not now": asks again in a week.
pub fn not_now(phone: &mut Context) -> Result<(), StoreError> {
    let reminder = Reminder {
        on: true,
        not_before: phone.now.checked_add_days(Days::new(NOT_NOW_DAYS)),
    };
    write_keeping_unknown(phone.store(), REMINDER_KEY, &reminder)
}

/// True when home should suggest a backup now.
pub fn due(phone: &mut Context) -> bool {
    let settings = reminder(phone);
    let today = phone.now.date_naive();
    if !settings.on || settings.not_before.is_some_and(|at| phone.now < at) {
        return false;
    }
    let since = match last_made(phone) {
        Some(at) => Some(at.date_naive()),
        None => first_check_in_day(phone),
    };
    since.is_some_and(|day| {
        day.checked_add_days(Days::new(REMIND_AFTER_DAYS))
            .is_some_and(|due| today >= due)
    })
}

/// The day of the first check-in kept, reading only the oldest month.
fn first_check_in_day(phone: &mut Context) -> Option<NaiveDate> {
    let oldest = book::month_keys(phone.store()).ok()?.pop()?;
    let month = book::load_month(phone.store(), &oldest).ok()?;
    month.first().map(|c| c.at.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::{book, fixtures::checkin_at};
    use crate::kernel::context::fixtures::TestPhone;

    #[test]
    fn a_new_client_is_not_reminded_until_harbour_has_been_used_for_a_month() {
        let mut test = TestPhone::at("2026-11-25T10:00:00Z");
        assert!(!test.act(due), "nothing kept yet");
        book::save(&mut test.store, &checkin_at("a", "2026-11-20T09:00:00Z")).expect("save");
        assert!(!test.act(due));
        book::save(&mut test.store, &checkin_at("b", "2026-10-20T09:00:00Z")).expect("save");
        assert!(test.act(due), "first check-in 36 days ago, never backed up");
    }

    #[test]
    fn a_backup_quietens_it_for_a_month_and_not_now_for_a_week() {
        let mut test = TestPhone::at("2026-10-01T10:00:00Z");
        book::save(&mut test.store, &checkin_at("a", "2026-01-20T09:00:00Z")).expect("save");
        test.act(note_made).expect("made");
        test.now = crate::checkin::fixtures::moment("2026-10-30T10:00:00Z");
        assert!(!test.act(due), "29 days");
        test.now = crate::checkin::fixtures::moment("2026-10-31T10:00:00Z");
        assert!(test.act(due), "30 days");
        test.act(not_now).expect("not now");
        test.now = crate::checkin::fixtures::moment("2026-11-06T10:00:00Z");
        assert!(!test.act(due));
        test.now = crate::checkin::fixtures::moment("2026-11-07T10:00:00Z");
        assert!(test.act(due), "a week later it asks again");
        test.act(|p| set_reminder(p, false)).expect("off");
        assert!(!test.act(due), "turned off stays off");
        assert!(!test.act(reminder).on);
    }
}
