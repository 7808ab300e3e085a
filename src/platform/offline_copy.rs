//! Harbour's offline copy: the service worker and the files it keeps, removed when the client
//! deletes everything, so nothing of Harbour is left on a shared or borrowed phone.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Unregisters Harbour's service worker and deletes its caches. False if any part failed.
pub async fn forget() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let mut all_gone = true;
    if let Ok(caches) = window.caches() {
        let names = JsFuture::from(caches.keys()).await.ok();
        let names = names
            .map(|n| js_sys::Array::from(&n).to_vec())
            .unwrap_or_default();
        for name in names {
            let Some(name) = name.as_string().filter(|n| n.starts_with("harbour-")) else {
                continue;
            };
            all_gone &= JsFuture::from(caches.delete(&name)).await.is_ok();
        }
    }
    let Some(workers) = super::service_worker::container() else {
        return all_gone;
    };
    if let Ok(registrations) = JsFuture::from(workers.get_registrations()).await {
        for registration in js_sys::Array::from(&registrations).to_vec() {
            let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>()
            else {
                continue;
            };
            if let Ok(unregistering) = registration.unregister() {
                all_gone &= JsFuture::from(unregistering).await.is_ok();
            }
        }
    }
    all_gone
}
