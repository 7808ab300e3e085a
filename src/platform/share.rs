//! Getting a hand-over off the phone and onto another, through what the browser offers:
//! the share sheet, the clipboard, a downloaded file, and reading a chosen file.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// True when the browser has a share sheet (most phones do; desktop browsers often not).
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the phone's share sheet with a link. Resolves to false if it was closed or failed.
pub async fn share_link(title: &str, url: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(window.navigator().share_with_data(&data))
        .await
        .is_ok()
}

/// What the share sheet did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetOutcome {
    /// Handed to another app (which may or may not send it: only the client knows).
    Handed,
    /// The client closed the share sheet.
    Cancelled,
    /// The browser has no share sheet, or it refused.
    Refused,
}

/// Opens the phone's share sheet with text.
pub async fn share_text(text: &str) -> SheetOutcome {
    let Some(window) = web_sys::window() else {
        return SheetOutcome::Refused;
    };
    if !can_share() {
        return SheetOutcome::Refused;
    }
    let data = web_sys::ShareData::new();
    data.set_text(text);
    outcome(JsFuture::from(window.navigator().share_with_data(&data)).await)
}

/// Copies text to the clipboard. Resolves to false when the browser refuses.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

/// Saves text as a file in the phone's downloads.
pub fn download(file_name: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type(file_name));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

fn mime_type(file_name: &str) -> &'static str {
    if file_name.ends_with(".json") {
        "application/json"
    } else {
        "text/plain"
    }
}

/// Opens the share sheet with a file, where the phone can share files (most phones can;
/// most desktop browsers cannot, and get [`SheetOutcome::Refused`]).
pub async fn share_file(file_name: &str, text: &str) -> SheetOutcome {
    let Some(window) = web_sys::window() else {
        return SheetOutcome::Refused;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime_type(file_name));
    let Ok(file) = web_sys::File::new_with_str_sequence_and_options(&parts, file_name, &options)
    else {
        return SheetOutcome::Refused;
    };
    let data = web_sys::ShareData::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
    let navigator = window.navigator();
    let can_share = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&navigator, &data).ok())
        .is_some_and(|yes| yes.is_truthy());
    if !can_share {
        return SheetOutcome::Refused;
    }
    outcome(JsFuture::from(navigator.share_with_data(&data)).await)
}

/// What the share sheet's promise says about what the client did.
fn outcome(result: Result<JsValue, JsValue>) -> SheetOutcome {
    match result {
        Ok(_) => SheetOutcome::Handed,
        Err(error) => {
            let name = error
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.name())
                .unwrap_or_default();
            if name == "AbortError" {
                SheetOutcome::Cancelled
            } else {
                SheetOutcome::Refused
            }
        }
    }
}

/// Opens the browser's print dialog (print, or save as a PDF). False where there is none, as
/// in Firefox for Android: the screen then offers a file instead.
pub fn print() -> bool {
    web_sys::window().is_some_and(|w| w.print().is_ok())
}

/// The text of a file the client chose, if it could be read.
pub async fn read_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// True on an iPhone or iPad when Harbour is open in the browser rather than from the home
/// screen: there, the two keep separate storage, so data received here is not in the app.
pub fn apart_from_home_screen() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    // iPadOS says "Macintosh", but has a touch screen.
    let apple_touch = ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d))
        || (agent.contains("Macintosh") && navigator.max_touch_points() > 1);
    let from_home_screen = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
        || window
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    apple_touch && !from_home_screen
}

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
