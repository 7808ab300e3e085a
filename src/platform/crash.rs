//! If Harbour ever crashes, the client sees a kind page with 999 and the crisis lines, not a
//! blank screen. This is plain DOM work so it still runs when the app itself cannot.

use crate::help::crash_page_html;

pub fn show_kind_page_on_crash() {
    std::panic::set_hook(Box::new(|_| show_crash_page()));
}

fn show_crash_page() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    body.set_inner_html(&crash_page_html());
}
