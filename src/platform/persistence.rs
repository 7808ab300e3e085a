//! Asking the browser to keep Harbour's data (`navigator.storage.persist()`), so it is not
//! cleared when the phone runs short of space, and asking whether it agreed. Safari 17+ and
//! Chrome have it; Chrome agrees without asking for installed or much-used sites.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers have no storage manager at all.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("storage"))
        .ok()?
        .then(|| navigator.storage())
}

/// Whether the browser has agreed to keep Harbour's data. `None` where it cannot say.
pub async fn is_persisted() -> Option<bool> {
    let asking = storage_manager()?.persisted().ok()?;
    JsFuture::from(asking).await.ok()?.as_bool()
}

/// Asks the browser to keep Harbour's data, once it holds something worth keeping. Harmless
/// to ask again: a browser that agreed says so at once.
pub fn ask_to_persist() {
    let Some(asking) = storage_manager().and_then(|m| m.persist().ok()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(asking).await;
    });
}
