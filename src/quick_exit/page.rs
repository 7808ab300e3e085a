//! The quick exit's button (in the frame, in the same place on every screen and on the
//! locked screen), its keyboard way, and the neutral screen it leaves.

use super::EscapePresses;
use crate::platform::discreet;
use crate::state::use_harbour;
use leptos::prelude::*;

/// Three presses of Escape, anywhere, leave as the button does; and a page the browser
/// brings back from its cache (Back to an earlier page load) is left too, if the client left
/// this tab: it would otherwise show what it showed, unlocked, as it was.
pub fn leave_when_asked() {
    let harbour = use_harbour();
    let _ = window_event_listener(leptos::ev::pageshow, move |_| {
        if discreet::left_in_this_tab() {
            harbour.leave();
        }
    });
    let presses = std::cell::RefCell::new(EscapePresses::default());
    let _ = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Escape" && presses.borrow_mut().press(event.time_stamp()) {
            harbour.leave();
        }
    });
}

/// Small and plain, but always there: a screen reader announces what it does.
#[component]
pub fn QuickExit() -> impl IntoView {
    let harbour = use_harbour();
    view! {
        <button
            type="button"
            class="quick-exit"
            aria-label="Quick exit: hide Harbour now (or press Escape three times)"
            on:click=move |_| harbour.leave()
        >
            "Exit"
        </button>
    }
}

/// What shows after a quick exit: nothing of Harbour's, not even its name. Coming back opens
/// Harbour afresh.
#[component]
pub fn Neutral() -> impl IntoView {
    view! {
        <main class="neutral">
            <h1>"Nothing here"</h1>
            <p>
                <button type="button" class="quiet" on:click=|_| discreet::come_back()>
                    "Continue"
                </button>
            </p>
        </main>
    }
}
