//! Registers the service worker (release builds only) and tells the app when a new version
//! is waiting. The new version takes over only when the client says so; the open check-in
//! form is kept as a draft, so the reload that follows loses nothing.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
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
pub fn register(update_ready: RwSignal<bool>) {
    let Some(container) = container() else {
        return;
    };
    let registering = container.register("/sw.js");
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(registering).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
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

/// Lets the waiting version take over, then reloads into it.
pub fn switch_to_new_version() {
    let Some(container) = container() else {
        return;
    };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
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
