//! Harbour: a recovery companion that keeps everything on the client's phone.
//!
//! The pure core (no browser APIs; tested natively with `cargo test`): the [`kernel`] of
//! words every feature shares; the features [`checkin`], [`urges`], [`patterns`] (looking
//! back), [`backup`], [`feelings`], [`toolkit`], [`comeback`], [`handover`], [`practitioner`],
//! [`people`], [`session`], [`summary`] (share only what I choose), [`reminders`], [`help`], the
//! [`lock`] and the [`quick_exit`], each with its rules, its storage and its actions (one core
//! function per use case, taking a [`kernel::Context`]); what
//! happens as Harbour [`opening`]s; where each screen lives ([`paths`]); and [`storage`] and
//! [`time`].
//!
//! The browser shell is compiled for WebAssembly only: the app's shared [`state`], the
//! small [`ui`] kit of shared widgets, the frame and router (`app`), the screens beside their
//! features (`checkin::form`, `toolkit::editor`, …) and the adapters over browser APIs
//! ([`platform`], `storage::browser`). Imports point one way: screens -> features -> kernel;
//! no two files, and no two features' screens, import each other (`tests/import_graph.rs`).

// In a client's hands a panic is a blank screen: outside tests, every failure is a value with
// a kind message.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod backup;
pub mod checkin;
pub mod comeback;
pub mod feelings;
pub mod handover;
pub mod help;
pub mod hope;
pub mod kernel;
pub mod lock;
pub mod mydata;
#[cfg(test)]
mod newer_fields;
pub mod on_paper;
pub mod opening;
pub mod paths;
pub mod patterns;
pub mod people;
pub mod practitioner;
pub mod quick_exit;
pub mod reminders;
pub mod session;
pub mod storage;
pub mod summary;
pub mod time;
pub mod toolkit;
pub mod urges;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod home;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use app::start;
