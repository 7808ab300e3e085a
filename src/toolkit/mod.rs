//! My toolkit: the client's skills cards, made with their practitioner, in their own words.
//!
//! - [`library`]: the built-in DBT-informed skills a card can start from;
//! - [`card`]: a card and the rules it keeps;
//! - [`draft`]: a card being written, kept at every change;
//! - [`shelf`]: where cards are stored, one key each, and their order;
//! - [`suggest`]: which cards might help after a check-in, and in Help now;
//! - [`helped`]: what helped, learned from the client's own check-ins;
//! - [`glance`]: a card at a glance, as every list shows it;
//! - [`actions`]: each use case (save a card, place it, keep a template…) as one action.
//!
//! Screens (WebAssembly only): `list` (the toolkit), `view` (one card), `editor`, `add` (the
//! library and templates), `might_help` (after a check-in), and their `routes`.

pub mod actions;
pub mod card;
pub mod draft;
pub mod glance;
pub mod helped;
pub mod library;
pub mod shelf;
pub mod suggest;

#[cfg(target_arch = "wasm32")]
pub mod add;
#[cfg(target_arch = "wasm32")]
pub mod editor;
#[cfg(target_arch = "wasm32")]
pub mod list;
#[cfg(target_arch = "wasm32")]
pub mod might_help;
#[cfg(target_arch = "wasm32")]
mod place_buttons;
#[cfg(target_arch = "wasm32")]
pub mod routes;
#[cfg(target_arch = "wasm32")]
pub mod view;

#[cfg(target_arch = "wasm32")]
pub use routes::ToolkitRoutes;
