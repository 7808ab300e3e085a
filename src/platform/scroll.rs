//! Moving the page so what a tap just opened is in sight.

use wasm_bindgen::JsCast;
use web_sys::{
    Element, FocusOptions, HtmlElement, ScrollBehavior, ScrollIntoViewOptions,
    ScrollLogicalPosition,
};

/// Scrolls as little as needed to show `element` whole (or its top, if it is taller than the
/// screen); nothing moves if it is already in sight. Smoothly, so the eye can follow, unless
/// the phone asks for less motion. The style sheet's scroll margins keep it clear of the bar
/// that stays on screen.
pub fn bring_into_view(element: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Nearest);
    if !less_motion() {
        options.set_behavior(ScrollBehavior::Smooth);
    }
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Focuses `element` without moving the page: a screen just opened starts at its top (the
/// router scrolls there, or back to where it was), and focusing its content must not scroll
/// that away, leaving its heading under the bar.
pub fn focus_where_it_is(element: &HtmlElement) {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// After the next frame (once what a tap changed is drawn), brings the last element matching
/// `selector` into view, as [`bring_into_view`] does.
pub fn bring_last_into_view_soon(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let found = leptos::prelude::document()
            .query_selector_all(selector)
            .ok();
        if let Some(last) = found.and_then(|all| all.item(all.length().wrapping_sub(1))) {
            if let Ok(element) = last.dyn_into::<Element>() {
                bring_into_view(&element);
            }
        }
    });
}

fn less_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}
