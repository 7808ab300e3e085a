//! If Harbour ever crashes, the client sees a kind page with the crisis lines, not a blank
//! screen. This is plain DOM work so it still runs when the app itself cannot.

use crate::help::lines_html;

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
    let lines = lines_html();
    body.set_inner_html(&format!(
        "<main class=\"crash\"><h1>Something went wrong in Harbour</h1>\
         <p>Everything you saved is still on your phone. Closing Harbour and opening it \
         again usually helps.</p><p><a class=\"button\" href=\"/\">Open Harbour again</a></p>\
         <h2>If you need help now</h2><ul class=\"help-lines\">{lines}</ul></main>"
    ));
}
