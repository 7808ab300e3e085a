//! The frame around every screen. "Help now" sits in the same place on every screen
//! (WCAG 3.2.6, consistent help), at the top right, before anything else can move it.

use super::notices::NoticeList;
use crate::paths::{CHECK_IN, HELP, HISTORY, HOME, MY_DATA, TOOLKIT};
use crate::platform::scroll;
use crate::platform::service_worker::{reload, switch_to_new_version};
use crate::quick_exit::page::QuickExit;
use crate::session::page::SessionBanner;
use crate::state::{use_harbour, Harbour};
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let harbour = use_harbour();
    // After moving to another screen, focus goes to its content, so screen reader and
    // keyboard users start there (not on a link of the screen they left).
    let main = NodeRef::<html::Main>::new();
    let path = use_location().pathname;
    // What the screen before said as it moved on here ("Saved."), shown until the next move.
    let arrival = RwSignal::new(None::<&'static str>);
    Effect::new(move |previous: Option<String>| {
        let now = path.get();
        if previous.is_some_and(|p| p != now) {
            arrival.set(
                harbour
                    .said_on_arrival
                    .try_update_untracked(Option::take)
                    .flatten(),
            );
            if let Some(main) = main.get() {
                scroll::focus_where_it_is(&main);
            }
        }
        now
    });
    view! {
        <a class="skip-link" href="#main">
            "Skip to content"
        </a>
        <header class="top-bar">
            <A href=HOME exact=true attr:class="brand">
                "Harbour"
            </A>
            <span class="top-bar-end">
                <QuickExit />
                <A href=HELP attr:class="help-now">
                    "Help now"
                </A>
            </span>
        </header>
        <nav class="main-nav" aria-label="Main">
            <A href=HOME exact=true>
                "Home"
            </A>
            <A href=CHECK_IN exact=true>
                "Check in"
            </A>
            <A href=TOOLKIT>"My toolkit"</A>
            <A href=HISTORY>"Your check-ins"</A>
        </nav>
        <SessionBanner />
        <UpdateReady harbour />
        <ReloadWaiting harbour />
        <NoticeList notices=harbour.notices />
        <main id="main" tabindex="-1" node_ref=main>
            <p class="said-on-arrival" role="status">
                {move || arrival.get()}
            </p>
            {children()}
        </main>
        <footer class="app-footer">
            <A href=MY_DATA>"My data"</A>
        </footer>
    }
}

/// The frame while Harbour is locked: only the quick exit, and the locked screen.
#[component]
pub fn LockedLayout(children: Children) -> impl IntoView {
    view! {
        <header class="top-bar">
            <span class="brand">"Harbour"</span>
            <QuickExit />
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
    }
}

/// A new version took over while this tab held unsaved words: they stay until the client
/// has saved or copied them and chooses to reload.
#[component]
fn ReloadWaiting(harbour: Harbour) -> impl IntoView {
    view! {
        <Show when=move || harbour.reload_waiting.get()>
            <div class="update-ready" role="status">
                <p>
                    "A new version of Harbour is ready. What you are writing here is still here: "
                    "save it first, then open the new version."
                </p>
                <div class="actions">
                    <button type="button" on:click=|_| reload()>
                        "Open the new version"
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// Offers the new version when one has installed. Later is fine: it also takes over the next
/// time Harbour is opened.
#[component]
fn UpdateReady(harbour: Harbour) -> impl IntoView {
    let ready = harbour.update_ready;
    view! {
        <Show when=move || ready.get()>
            <div class="update-ready" role="status">
                <p>"A new version of Harbour is ready. Anything you are writing will be kept."</p>
                <div class="actions">
                    <button type="button" on:click=|_| switch_to_new_version()>
                        "Use it now"
                    </button>
                    <button type="button" class="quiet" on:click=move |_| ready.set(false)>
                        "Later"
                    </button>
                </div>
            </div>
        </Show>
    }
}
