//! Check-ins: how am I feeling, how strongly, in three taps or fewer.
//!
//! - [`model`]: a saved check-in and the rules it keeps;
//! - [`draft`]: the form being filled in, kept on the phone until it is saved;
//! - [`book`]: where check-ins are stored, a month per key;
//! - [`timeline`]: the history grouped by day;
//! - [`actions`]: each use case (save, change, delete, note a skill tried) as one action.
//!
//! Screens (WebAssembly only): `form`, `history`, and `page` with the routes.

pub mod actions;
pub mod book;
pub mod draft;
pub mod model;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod form;
#[cfg(target_arch = "wasm32")]
pub mod history;
#[cfg(target_arch = "wasm32")]
pub mod page;

#[cfg(target_arch = "wasm32")]
pub use page::CheckInRoutes;

pub use draft::CheckInDraft;
pub use model::{CheckIn, FeelingRating, Problem};

use crate::storage::drafts::{draft_key, read_draft};
use crate::storage::quarantine::Read;
use crate::storage::{to_json, Store, StoreError};

/// Where the unsaved check-in form is kept while the client fills it in, one copy per tab
/// (`storage::drafts`).
pub const DRAFT_KEY: &str = "harbour.draft.checkin";

/// This tab's draft left from last time, if any. A draft that cannot be read is set aside.
pub fn load_draft(store: &mut dyn Store, tab: &str) -> Result<Option<CheckInDraft>, StoreError> {
    Ok(match read_draft::<CheckInDraft>(store, DRAFT_KEY, tab)? {
        Read::Found(draft) => Some(draft),
        Read::Missing | Read::Unreadable => None,
    })
}

/// Keeps this tab's draft, or forgets it when there is nothing in it worth keeping.
pub fn keep_draft(
    store: &mut dyn Store,
    tab: &str,
    draft: &CheckInDraft,
) -> Result<(), StoreError> {
    let key = draft_key(DRAFT_KEY, tab);
    if draft.is_blank() {
        return store.remove(&key);
    }
    store.write(&key, &to_json(draft)?)
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::model::{CheckIn, FeelingRating};
    use crate::time::Moment;
    use chrono::DateTime;

    pub fn moment(rfc3339: &str) -> Moment {
        DateTime::parse_from_rfc3339(rfc3339).expect("test moment")
    }

    pub fn checkin_at(id: &str, at: &str) -> CheckIn {
        CheckIn {
            id: id.into(),
            at: moment(at),
            feelings: vec![FeelingRating {
                feeling: "Sad".into(),
                strength: 7,
            }],
            note: String::new(),
            for_next_session: false,
            edited_at: None,
            tried: Vec::new(),
            urges: Vec::new(),
        }
    }

    /// Sad at 7, made at 09:05 UTC on 22 November 2026.
    pub fn sample() -> CheckIn {
        checkin_at("a1", "2026-11-22T09:05:00+00:00")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::memory::MemoryStore;

    #[test]
    fn a_draft_survives_until_saved_and_blank_drafts_are_not_kept() {
        let mut store = MemoryStore::new();
        let mut draft = CheckInDraft::default();
        draft.set_strength("Sad", 6);
        draft.note = "half a thought".into();
        keep_draft(&mut store, "", &draft).expect("keep");
        assert_eq!(load_draft(&mut store, ""), Ok(Some(draft)));
        keep_draft(&mut store, "", &CheckInDraft::default()).expect("clear");
        assert_eq!(store.read(DRAFT_KEY), Ok(None));
    }

    #[test]
    fn an_unreadable_draft_is_set_aside() {
        let mut store = MemoryStore::new();
        store.write(DRAFT_KEY, "{\"feelings\":").expect("write");
        assert_eq!(load_draft(&mut store, ""), Ok(None));
        assert_eq!(
            store.read("harbour.quarantine.harbour.draft.checkin.1"),
            Ok(Some("{\"feelings\":".into()))
        );
    }
}
