//! A form being filled in is kept at every change, one copy per tab, so two tabs (the installed
//! app and a browser tab) never write over each other's unsaved words.
//!
//! A tab is known by an id the browser keeps for as long as the tab lives, reloads included.
//! A new tab (or the app opened again after the phone closed it) has no draft of its own, so
//! it takes over one another tab left: the words move under its key, and are never dropped.
//! If that other tab is still open, its next keystroke keeps its own copy again.

use super::quarantine::{read_json, Read};
use super::{Store, StoreError};
use serde::de::DeserializeOwned;

/// Where `tab` keeps its draft of the form `stem` (`harbour.draft.checkin.<tab>`); with no
/// tab known, the stem itself, as versions before per-tab drafts kept it.
pub fn draft_key(stem: &str, tab: &str) -> String {
    if tab.is_empty() {
        stem.to_string()
    } else {
        format!("{stem}.{tab}")
    }
}

/// This tab's draft of the form `stem`, taking over one another tab left if it has none.
/// A draft that cannot be read is set aside.
pub fn read_draft<T: DeserializeOwned>(
    store: &mut dyn Store,
    stem: &str,
    tab: &str,
) -> Result<Read<T>, StoreError> {
    let mine = draft_key(stem, tab);
    if store.read(&mine)?.is_none() {
        let of_this_form = |key: &String| {
            *key != mine
                && key
                    .strip_prefix(stem)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        };
        let left = store.keys_with_prefix(stem)?.into_iter().find(of_this_form);
        if let Some(left) = left {
            let text = store.read(&left)?.unwrap_or_default();
            if serde_json::from_str::<T>(&text).is_err() {
                // Set aside under the name it was left with.
                return read_json(store, &left);
            }
            store.write(&mine, &text)?;
            store.remove(&left)?;
        }
    }
    read_json(store, &mine)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::memory::MemoryStore;

    const FORM: &str = "harbour.draft.form";

    fn found(text: &str) -> Result<Read<String>, StoreError> {
        Ok(Read::Found(text.into()))
    }

    #[test]
    fn each_tab_keeps_its_own_draft() {
        let mut store = MemoryStore::new();
        store
            .write(&draft_key(FORM, "a"), "\"in the app\"")
            .expect("write");
        store
            .write(&draft_key(FORM, "b"), "\"in a tab\"")
            .expect("write");
        assert_eq!(read_draft(&mut store, FORM, "a"), found("in the app"));
        assert_eq!(read_draft(&mut store, FORM, "b"), found("in a tab"));
    }

    #[test]
    fn a_new_tab_takes_over_a_draft_left_behind_and_nothing_is_dropped() {
        let mut store = MemoryStore::new();
        store.write(FORM, "\"from before tabs\"").expect("write");
        store
            .write("harbour.draft.formula", "\"another form\"")
            .expect("write");
        assert_eq!(
            read_draft(&mut store, FORM, "new"),
            found("from before tabs")
        );
        assert_eq!(store.read(FORM), Ok(None), "moved, not copied");
        assert_eq!(
            store.read("harbour.draft.formula"),
            Ok(Some("\"another form\"".into()))
        );
        assert_eq!(
            read_draft(&mut store, FORM, "third"),
            found("from before tabs")
        );
        let copies = store.keys_with_prefix(&format!("{FORM}.")).expect("keys");
        assert_eq!(copies, ["harbour.draft.form.third"], "one copy, never two");

        store.write(FORM, "[[[").expect("write");
        store.remove("harbour.draft.form.third").expect("remove");
        assert!(matches!(
            read_draft::<String>(&mut store, FORM, "fourth"),
            Ok(Read::Unreadable)
        ));
        assert_eq!(
            store.read("harbour.quarantine.harbour.draft.form.1"),
            Ok(Some("[[[".into())),
            "a damaged draft is set aside under the name it was left with"
        );
    }
}
