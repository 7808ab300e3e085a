//! The browser's print dialog.

/// Opens the browser's print dialog (print, or save as a PDF). False where there is none, as
/// in Firefox for Android: the screen then offers a file instead.
pub fn print() -> bool {
    web_sys::window().is_some_and(|w| w.print().is_ok())
}
