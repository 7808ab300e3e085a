//! Small adapters over browser APIs the core must not touch: the clock, ids, this tab, the
//! screen's title (here); the page's [`address`], the [`share_sheet`], the [`clipboard`],
//! [`files`], [`print`]ing, and any of them as one way to [`send`]; whether Harbour is open
//! from the [`home_screen`]; bringing what a tap opened into view ([`scroll`]); asking the browser to keep Harbour's data ([`persistence`]), the
//! [`service_worker`], [`deflate`], what a [`crash`] shows, what a quick exit leaves
//! ([`discreet`]) and the lock's keys ([`passcode`]).

pub mod address;
pub mod clipboard;
pub mod crash;
pub mod deflate;
pub mod discreet;
pub mod files;
pub mod home_screen;
pub mod passcode;
pub mod persistence;
pub mod print;
pub mod scroll;
pub mod send;
pub mod service_worker;
pub mod share_sheet;

use crate::time::{moment_from_millis, Moment};
use chrono::DateTime;

/// Now, with the phone's current offset.
pub fn now() -> Moment {
    let date = js_sys::Date::new_0();
    let millis = date.get_time() as i64;
    // getTimezoneOffset is minutes *behind* UTC (London in summer: -60).
    let offset_east = -(date.get_timezone_offset() as i32);
    moment_from_millis(millis, offset_east)
        .or_else(|| moment_from_millis(millis, 0))
        .unwrap_or(DateTime::UNIX_EPOCH.fixed_offset())
}

/// Names the screen in the browser tab and for screen readers: "Your check-ins · Harbour".
/// Titles show in the recent-apps list and the browser's history, so they are fixed words
/// (`'static`), never a card's name, a feeling or anything else the client wrote.
pub fn set_title(screen: &'static str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{screen} · Harbour"));
    }
}

/// This tab's id, kept in the tab's own session storage so it lasts through reloads and ends
/// with the tab. Empty when the browser refuses session storage.
pub fn tab_id() -> String {
    use gloo_storage::{SessionStorage, Storage};
    const KEY: &str = "harbour.tab";
    SessionStorage::get::<String>(KEY).unwrap_or_else(|_| {
        let id = new_id();
        match SessionStorage::set(KEY, &id) {
            Ok(()) => id,
            Err(_) => String::new(),
        }
    })
}

/// 96 random bits from the browser's cryptographic source: a nonce for one sealed write.
pub fn random_nonce() -> [u8; 12] {
    let mut nonce = [0; 12];
    random_bytes(&mut nonce);
    nonce
}

/// Fills `bytes` from the browser's cryptographic source. Harbour only runs where there is
/// one (every browser it supports); if it ever failed, the lock refuses to turn on
/// (`platform::passcode`), so nothing is sealed with a weak key.
pub fn random_bytes(bytes: &mut [u8]) -> bool {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(bytes).is_ok())
}

/// A new unique id: a random UUID where the browser offers one (secure pages do), otherwise
/// the time and a random number, which is unique enough for one person's phone.
pub fn new_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| {
            let random = (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64;
            format!("{:x}-{random:x}", js_sys::Date::now() as u64)
        })
}
