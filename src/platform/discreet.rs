//! What the browser shows of Harbour after a quick exit: the tab's title, the address (and
//! the history entry it is kept in), and a mark in this tab's own session storage, so a
//! reload or Back to an earlier entry in this tab still shows the neutral screen.

use gloo_storage::{SessionStorage, Storage};
use wasm_bindgen::JsValue;

const LEFT_KEY: &str = "harbour.left";

/// Gives the tab a title that says nothing ("Nothing here", like the screen) and replaces the current history entry with the bare address, so neither
/// the tab nor Back shows what was open; marks this tab as left.
pub fn cover_tracks() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(document) = window.document() {
        document.set_title("Nothing here");
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("/"));
    }
    let _ = SessionStorage::set(LEFT_KEY, true);
}

/// Whether the client left with the quick exit in this tab and has not come back yet.
pub fn left_in_this_tab() -> bool {
    SessionStorage::get::<bool>(LEFT_KEY).unwrap_or(false)
}

/// Coming back from the neutral screen: Harbour opens afresh at home (locked, if the lock is
/// on), with nothing of before in memory.
pub fn come_back() {
    SessionStorage::delete(LEFT_KEY);
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace("/");
    }
}
