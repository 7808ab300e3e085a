//! Backup and restore: one file with everything Harbour keeps, for the client to save where
//! they like (the share sheet, Files, an email to themselves) and bring back on this phone or
//! a new one.
//!
//! The file is versioned JSON (`{"harbour_backup": 1, ...}`), readable by people and software:
//! every record exactly as it is stored (fields a newer Harbour added included), and every
//! set-aside value as the text it was. Left out, because they belong to this phone and this
//! moment: the half-filled forms, a session in progress (and when the last one ended), the
//! backup reminder and the probe.
//!
//! Restoring never takes anything away: it shows what the file holds first ([`restore::preview`]),
//! then adds what the phone does not have, keeps the phone's copy wherever the two differ (and
//! says so), and checks every record with the same rules as the phone's own before keeping it.
//!
//! A backup can be [`protected`] with a passphrase: the same file, sealed.

pub mod protected;
pub mod reminder;
pub mod restore;

#[cfg(target_arch = "wasm32")]
pub mod page;

use crate::kernel::Context;
use crate::kernel::Explain;
use crate::paths::RECEIVE;
use crate::storage::quarantine::QUARANTINE_PREFIX;
use crate::storage::schema::{MIGRATIONS, SCHEMA_KEY};
use crate::storage::{StoreError, PREFIX};
use crate::time::Moment;
use chrono::Datelike;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The file's own format version: a Harbour reads files of this version and older.
pub const FORMAT: u32 = 1;

/// Larger files are refused before reading: ten years of check-ins make about 2 MB, and a
/// browser keeps about 5 million characters for Harbour in all.
pub const MAX_FILE_BYTES: usize = 12_000_000;

/// Kept on this phone only, never in a backup.
const THIS_PHONE_ONLY: [&str; 4] = [
    "harbour.draft.",
    "harbour.session",
    "harbour.backup.",
    "harbour.probe",
];

#[derive(Serialize, Deserialize)]
pub struct BackupFile {
    pub harbour_backup: u32,
    #[serde(with = "crate::time::rfc3339")]
    pub made: Moment,
    /// The storage layout the records are in ([`crate::storage::schema`]).
    pub schema: u32,
    /// Every record, by key, as stored.
    pub records: BTreeMap<String, Box<RawValue>>,
    /// Values that could not be read, by their set-aside key, as the text they were.
    #[serde(default)]
    pub set_aside: BTreeMap<String, String>,
}

/// A backup ready to leave the phone.
pub struct Made {
    pub file_name: String,
    pub text: String,
}

/// Why a file cannot be restored. Nothing on the phone is changed for any of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// Not a Harbour backup at all (or a hand-over, which has its own way in).
    NotABackup {
        hand_over: bool,
    },
    /// A backup, but cut short or damaged.
    Damaged,
    /// Made by a newer Harbour, in a format this one cannot read.
    Newer,
    TooBig,
}

impl Explain for FileProblem {
    fn message(&self) -> String {
        let words = match self {
            FileProblem::NotABackup { hand_over: true } => {
                "This is a hand-over of cards, not a backup, so nothing was changed. To add \
                 the cards, open the hand-over from My toolkit: \u{201c}Add cards from a \
                 hand-over\u{201d}."
            }
            FileProblem::NotABackup { hand_over: false } => {
                "This file isn't a Harbour backup, so nothing was changed. A Harbour backup's \
                 name starts with \u{201c}harbour-backup\u{201d} and ends in .json."
            }
            FileProblem::Damaged => {
                "This backup file is damaged, perhaps cut short while it was saved or sent, so \
                 nothing was changed. An earlier backup, or saving a new one on the other \
                 phone, should work."
            }
            FileProblem::Newer => {
                "This backup was made by a newer version of Harbour, so this one can't read it \
                 and nothing was changed. Opening Harbour with signal brings it up to date; \
                 then try again."
            }
            FileProblem::TooBig => {
                "This file is far bigger than any Harbour backup, so it was not opened and \
                 nothing was changed."
            }
        };
        words.into()
    }
}

fn on_this_phone_only(key: &str) -> bool {
    key == SCHEMA_KEY || THIS_PHONE_ONLY.iter().any(|p| key.starts_with(p))
}

/// Everything Harbour keeps, as one backup file. Notes when it was made, for the reminder.
pub fn make(phone: &mut Context) -> Result<Made, StoreError> {
    let mut file = BackupFile {
        harbour_backup: FORMAT,
        made: phone.now,
        schema: MIGRATIONS.last().map_or(0, |m| m.to),
        records: BTreeMap::new(),
        set_aside: BTreeMap::new(),
    };
    let mut keys = phone.store().keys_with_prefix(PREFIX)?;
    keys.retain(|key| !on_this_phone_only(key));
    for key in keys {
        let Some(text) = phone.store().read(&key)? else {
            continue;
        };
        // A value not yet found unreadable is carried as set-aside text, so the file is
        // always sound JSON and nothing is dropped.
        let sound = serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok();
        if sound && !key.starts_with(QUARANTINE_PREFIX) {
            let raw = RawValue::from_string(text)
                .map_err(|error| StoreError::Unavailable(error.to_string()))?;
            file.records.insert(key, raw);
        } else {
            file.set_aside.insert(set_aside_name(&key), text);
        }
    }
    let text = serde_json::to_string(&file).map_err(|e| StoreError::Unavailable(e.to_string()))?;
    // Only the reminder depends on this note: a full phone still gets its backup, which is
    // its way out.
    let _ = reminder::note_made(phone);
    Ok(Made {
        file_name: format!("harbour-backup-{}.json", day_stamp(&phone.now)),
        text,
    })
}

/// "2026-11-25", written out by hand: chrono's own formatting adds kilobytes to the download.
pub fn day_stamp(at: &Moment) -> String {
    format!("{:04}-{:02}-{:02}", at.year(), at.month(), at.day())
}

fn set_aside_name(key: &str) -> String {
    if key.starts_with(QUARANTINE_PREFIX) {
        key.to_string()
    } else {
        format!("{QUARANTINE_PREFIX}{key}.1")
    }
}

/// Reads a file the client chose, or says kindly why it cannot be restored.
pub fn read_file(text: &str) -> Result<BackupFile, FileProblem> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooBig);
    }
    #[derive(Deserialize)]
    struct Version {
        harbour_backup: u32,
    }
    let text = text.trim_start_matches('\u{feff}');
    match serde_json::from_str::<Version>(text) {
        Ok(version) if version.harbour_backup > FORMAT => return Err(FileProblem::Newer),
        Ok(_) => {}
        Err(_)
            if text
                .get(..100)
                .unwrap_or(text)
                .contains("\"harbour_backup\"") =>
        {
            return Err(FileProblem::Damaged)
        }
        Err(_) => {
            let hand_over = text.contains(RECEIVE) && text.contains('#');
            return Err(FileProblem::NotABackup { hand_over });
        }
    }
    let file: BackupFile = serde_json::from_str(text).map_err(|_| FileProblem::Damaged)?;
    let current = MIGRATIONS.last().map_or(0, |m| m.to);
    if file.schema > current {
        return Err(FileProblem::Newer);
    }
    Ok(file)
}

#[cfg(test)]
mod tests;
