//! The reminder as kept: the client's choices, and the calendar event's UID and sequence.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// The calendar event's, the same for every file made.
    pub uid: String,
    /// Grows with each file, so a calendar takes the newest.
    pub sequence: u32,
    /// Weekdays, 0 for Monday.
    pub days: Vec<u8>,
    pub hour: u8,
    pub minute: u8,
    pub words: String,
}

impl Reminder {
    pub fn is_on(&self, weekday: u32) -> bool {
        self.days.iter().any(|d| u32::from(*d) == weekday)
    }
}
