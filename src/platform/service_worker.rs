//! Registers the service worker (release builds only) and tells the app when a new version
//! is waiting. The new version takes over only when the client says so; the check-in form
//! and the card editor are kept as drafts, and a tab with other unsaved words asks before it
//! reloads, so the reload that follows loses nothing.

use crate::state::Harbour;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The message `public/sw.js` waits for before it takes over.
const TAKE_OVER: &str = "skip-waiting";

pub(crate) fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Old browsers and insecure pages have no service workers: Harbour then works online only.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .then(|| navigator.service_worker())
}

/// Registers `/sw.js` and sets `update_ready` when a new version has installed.
pub fn register(harbour: Harbour) {
    let update_ready = harbour.update_ready;
    let Some(container) = container() else {
        return;
    };
    // When a new version takes over, every open tab (the installed app and a browser tab a
    // hand-over opened) reloads into it, so no tab goes on writing in an older layout; one
    // holding unsaved words asks first. A first install taking charge of this tab is not a
    // new version: nothing to reload.
    let mut controlled = container.controller().is_some();
    let on_new_version = Closure::<dyn FnMut()>::new(move || {
        if !controlled {
            controlled = true;
        } else if harbour.new_version_took_over() {
            reload();
        }
    });
    container.set_oncontrollerchange(Some(on_new_version.as_ref().unchecked_ref()));
    on_new_version.forget();
    let registering = container.register("/sw.js");
    spawn_local(async move {
        // A browser that forbids workers may answer with nothing at all.
        let Ok(Ok(registration)) = JsFuture::from(registering)
            .await
            .map(|r| r.dyn_into::<ServiceWorkerRegistration>())
        else {
            return;
        };
        // A first install has no controller yet: nothing to update from.
        let has_old_version = move || container.controller().is_some();
        if registration.waiting().is_some() && has_old_version() {
            update_ready.set(true);
        }
        let watched = registration.clone();
        let on_update_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let has_old_version = has_old_version.clone();
            let on_state_change = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_old_version() {
                    update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
            on_state_change.forget();
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
    });
}

/// Reloads this tab, into the version that now runs it.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Lets the waiting version take over; every open tab then reloads into it (see
/// [`register`]).
pub fn switch_to_new_version() {
    let Some(container) = container() else {
        return;
    };
    let finding = container.get_registration();
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(finding).await else {
            return;
        };
        let Some(registration) = registration.dyn_ref::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            let _ = waiting.post_message(&JsValue::from_str(TAKE_OVER));
        }
    });
}
