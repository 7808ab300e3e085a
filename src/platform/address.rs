//! The page's address: its origin for links to this app, and the fragment a hand-over link
//! carries.

use wasm_bindgen::JsValue;

/// The page's origin, e.g. `https://harbour.example`, for links to this app.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The fragment of the address, without `#`.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar (and history), so a hand-over is not left in
/// the browser's history once dealt with.
pub fn forget_fragment() {
    if let Some(window) = web_sys::window() {
        let path = window.location().pathname().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
        }
    }
}
