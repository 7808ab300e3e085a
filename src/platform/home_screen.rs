//! Whether Harbour is open from the home screen or in the browser, where that matters.

use wasm_bindgen::JsValue;

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
