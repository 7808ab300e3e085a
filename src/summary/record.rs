//! The sharing record: what the client shared, when and which way, kept on the phone only, for
//! them to read and clear. Harbour only notes what the client did; it sends nothing itself.
//!
//! One key per record (`harbour.shared.<id>`), so noting one never rewrites the others; a
//! record that cannot be read is set aside and the rest still load. A share sheet that was
//! cancelled or refused is not noted: the screen notes only what left.

use super::parts::Parts;
use super::period::Period;
use super::text::period_words;
use crate::kernel::id::is_plain_id;
use crate::kernel::Context;
use crate::storage::quarantine::{read_sound, Read};
use crate::storage::unknown_fields::write_keeping_unknown;
use crate::storage::StoreError;
use crate::time::{clock_label, date_label, Moment};
use serde::{Deserialize, Serialize};

pub const SHARED_PREFIX: &str = "harbour.shared.";

/// Which way something left the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShareWay {
    ShareSheet,
    Email,
    Print,
    TextFile,
    JsonFile,
    Copy,
}

impl ShareWay {
    /// As the record says it: "20 November 2026 at 9:05am, copied". A page cannot know
    /// whether an email was sent or a print went ahead, so those say only what Harbour did.
    pub fn label(self) -> &'static str {
        match self {
            ShareWay::ShareSheet => "from the share menu",
            ShareWay::Email => "opened in my email app",
            ShareWay::Print => "opened to print or save as a PDF",
            ShareWay::TextFile => "saved as a text file",
            ShareWay::JsonFile => "saved as a file for software",
            ShareWay::Copy => "copied",
        }
    }
}

/// One time the client shared something.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharingRecord {
    pub id: String,
    #[serde(with = "crate::time::rfc3339")]
    pub at: Moment,
    pub way: ShareWay,
    pub parts: Parts,
    /// The dates shared; `None` for the toolkit printed on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

impl SharingRecord {
    /// When and which way, as the record list says it: "25 November 2026 at 9:05am, copied".
    pub fn when_and_how(&self) -> String {
        format!(
            "{} at {}, {}",
            date_label(&self.at),
            clock_label(&self.at),
            self.way.label()
        )
    }

    /// What was shared: "Check-ins, Skills I tried. From Wednesday 11 November 2026 to …".
    pub fn what(&self) -> String {
        let parts = self.parts.labels().join(", ");
        match self.period {
            Some(period) => format!("{parts}. {}", period_words(period)),
            None => parts,
        }
    }
}

fn key(id: &str) -> String {
    format!("{SHARED_PREFIX}{id}")
}

/// Notes that the client shared `parts` of `period` just now. On a full phone the sharing has
/// still happened: the error lets the screen say the record could not be kept.
pub fn note_shared(
    phone: &mut Context,
    way: ShareWay,
    parts: Parts,
    period: Option<Period>,
) -> Result<SharingRecord, StoreError> {
    let record = SharingRecord {
        id: phone.new_id(),
        at: phone.now,
        way,
        parts,
        period,
    };
    write_keeping_unknown(phone.store(), &key(&record.id), &record)?;
    Ok(record)
}

/// Notes that the client shared the toolkit on its own (printed or saved) just now.
pub fn note_toolkit_shared(
    phone: &mut Context,
    way: ShareWay,
) -> Result<SharingRecord, StoreError> {
    let toolkit = Parts {
        toolkit: true,
        ..Parts::NONE
    };
    note_shared(phone, way, toolkit, None)
}

/// Every record, newest first. One that cannot be read is set aside; the rest still load.
pub fn records(phone: &mut Context) -> Result<Vec<SharingRecord>, StoreError> {
    let mut found = Vec::new();
    for stored in phone.store().keys_with_prefix(SHARED_PREFIX)? {
        let sound = |r: &SharingRecord| is_plain_id(&r.id) && key(&r.id) == stored;
        if let Read::Found(record) = read_sound(phone.store(), &stored, sound)? {
            found.push(record);
        }
    }
    found.sort_by_key(|r: &SharingRecord| std::cmp::Reverse(r.at));
    Ok(found)
}

/// Forgets every record. What was shared is not called back: it has left the phone.
pub fn clear_records(phone: &mut Context) -> Result<(), StoreError> {
    for stored in phone.store().keys_with_prefix(SHARED_PREFIX)? {
        phone.store().remove(&stored)?;
    }
    Ok(())
}
