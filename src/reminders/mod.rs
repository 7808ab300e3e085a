//! Reminders without a server: the client chooses days and a time, and Harbour makes a
//! calendar file ([`ics`]) that the phone's own calendar keeps and rings. Harbour sends
//! nothing and cannot know whether a check-in was made that day.
//!
//! The reminder's choices are kept under [`REMINDER_KEY`] with the event's UID and how many
//! files were made, so a changed reminder replaces the old event rather than adding one.

pub mod ics;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod record;

use crate::kernel::text::{has_hidden_characters, looks_like_markup, tidy_line};
use crate::kernel::{Context, Explain, NotDone};
use crate::storage::quarantine::{read_json, Read};
use crate::storage::unknown_fields::write_keeping_unknown;
pub use record::Reminder;

pub const REMINDER_KEY: &str = "harbour.reminder";
/// What the reminder says unless the client changes it: it shows on a lock screen, so it
/// says nothing of Harbour or of how anyone feels.
pub const NEUTRAL_WORDS: &str = "A moment for you";
const MAX_WORDS_CHARS: usize = 60;

/// The reminder's form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderDraft {
    /// Monday first.
    pub days: [bool; 7],
    /// As a time field gives it: "09:30".
    pub time: String,
    pub words: String,
}

impl Default for ReminderDraft {
    fn default() -> Self {
        ReminderDraft {
            days: [true; 7],
            time: "19:00".into(),
            words: NEUTRAL_WORDS.into(),
        }
    }
}

impl From<&Reminder> for ReminderDraft {
    fn from(reminder: &Reminder) -> Self {
        ReminderDraft {
            days: std::array::from_fn(|d| reminder.is_on(d as u32)),
            time: format!("{:02}:{:02}", reminder.hour, reminder.minute),
            words: reminder.words.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderProblem {
    NoDay,
    NoTime,
    NoWords,
    WordsTooLong,
    /// Characters that hide or reorder text, or web page code.
    OddWords,
}

impl Explain for ReminderProblem {
    fn message(&self) -> String {
        match self {
            ReminderProblem::NoDay => "Choose at least one day for the reminder.".into(),
            ReminderProblem::NoTime => "Choose a time, such as 19:00.".into(),
            ReminderProblem::NoWords => {
                format!("Write what the reminder says, or keep “{NEUTRAL_WORDS}”.")
            }
            ReminderProblem::WordsTooLong => {
                format!("Try fewer words: up to {MAX_WORDS_CHARS} letters, on one line.")
            }
            ReminderProblem::OddWords => "The reminder's words can't hold hidden characters or \
                web page code, such as words inside < and >. Could you type them again?"
                .into(),
        }
    }
}

/// "HH:MM" from a time field, as hour and minute.
fn parse_time(text: &str) -> Option<(u8, u8)> {
    let (hour, minute) = text.trim().split_once(':')?;
    let (hour, minute) = (hour.parse::<u8>().ok()?, minute.parse::<u8>().ok()?);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// The choices as they can be kept, or every problem with them.
fn checked(draft: &ReminderDraft) -> Result<(Vec<u8>, u8, u8, String), Vec<ReminderProblem>> {
    let mut problems = Vec::new();
    let days: Vec<u8> = (0..7_u8).filter(|d| draft.days[usize::from(*d)]).collect();
    if days.is_empty() {
        problems.push(ReminderProblem::NoDay);
    }
    let time = parse_time(&draft.time);
    if time.is_none() {
        problems.push(ReminderProblem::NoTime);
    }
    let words = tidy_line(&draft.words);
    if words.is_empty() {
        problems.push(ReminderProblem::NoWords);
    } else if words.chars().count() > MAX_WORDS_CHARS {
        problems.push(ReminderProblem::WordsTooLong);
    } else if has_hidden_characters(&draft.words, false) || looks_like_markup(&draft.words) {
        problems.push(ReminderProblem::OddWords);
    }
    match (problems.is_empty(), time) {
        (true, Some((hour, minute))) => Ok((days, hour, minute, words)),
        _ => Err(problems),
    }
}

/// The reminder last made, if any; one that cannot be read is set aside as it was.
pub fn reminder(phone: &mut Context) -> Option<Reminder> {
    match read_json::<Reminder>(phone.store(), REMINDER_KEY) {
        Ok(Read::Found(reminder)) => Some(reminder),
        _ => None,
    }
}

/// A calendar file to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarFile {
    pub name: &'static str,
    pub text: String,
}

/// Makes the calendar file for these choices and keeps them: the same event as the last file
/// (its UID, from the reminder as stored now), one sequence on.
pub fn make_reminder(
    phone: &mut Context,
    draft: &ReminderDraft,
    check_in_link: &str,
) -> Result<CalendarFile, NotDone<ReminderProblem>> {
    let (days, hour, minute, words) = checked(draft).map_err(NotDone::Problems)?;
    let before = reminder(phone);
    let made = Reminder {
        uid: match &before {
            Some(before) => before.uid.clone(),
            None => format!("{}@harbour.reminder", phone.new_id()),
        },
        sequence: before.map_or(0, |b| b.sequence + 1),
        days,
        hour,
        minute,
        words,
    };
    write_keeping_unknown(phone.store(), REMINDER_KEY, &made)?;
    Ok(CalendarFile {
        name: "harbour-reminder.ics",
        text: ics::calendar_file(&made, phone.now, check_in_link),
    })
}

#[cfg(test)]
mod tests;
