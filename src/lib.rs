//! Harbour: a recovery companion that keeps everything on the client's phone.
//!
//! The pure core (no browser APIs; tested natively with `cargo test`):
//! [`time`], [`feelings`], [`checkin`], [`help`], [`storage`].
//! The browser shell (Leptos views and adapters) is compiled for WebAssembly only.

pub mod checkin;
pub mod feelings;
pub mod help;
pub mod storage;
pub mod time;
