//! Harbour: a recovery companion that keeps everything on the client's phone.
//!
//! The pure core (no browser APIs; tested natively with `cargo test`):
//! [`time`], [`feelings`], [`checkin`], [`toolkit`], [`handover`], [`practitioner`],
//! [`session`], [`help`], [`storage`].
//! The browser shell is compiled for WebAssembly only: the app frame (`app`), the screens
//! beside their features (`checkin::form`, `checkin::history`, `help::page`, `home`), and
//! the adapters over browser APIs (`platform`, `storage::browser`).

pub mod checkin;
pub mod feelings;
pub mod handover;
pub mod help;
pub mod practitioner;
pub mod session;
pub mod storage;
pub mod time;
pub mod toolkit;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod home;
#[cfg(target_arch = "wasm32")]
mod platform;

#[cfg(target_arch = "wasm32")]
pub use app::start;
