//! The phone's share sheet: whether there is one, and sharing a link, text or a file through it.

use super::files::mime_type;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// True when the browser has a share sheet (most phones do; desktop browsers often not).
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the phone's share sheet with a link.
pub async fn share_link(title: &str, url: &str) -> SheetOutcome {
    let Some(window) = web_sys::window() else {
        return SheetOutcome::Refused;
    };
    if !can_share() {
        return SheetOutcome::Refused;
    }
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    outcome(JsFuture::from(window.navigator().share_with_data(&data)).await)
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
