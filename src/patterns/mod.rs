//! See my patterns: looking back over check-ins, honestly and without judging. Strengths are
//! shown as the client rated them, days without a check-in are plain days and gaps are gaps:
//! nothing here counts streaks, misses or scores.
//!
//! - [`calendar`]: a month of days, with how strong the strongest feeling was;
//! - [`trend`]: a feeling's strength over 7, 30, 90 or 365 days, and how often each came up;
//! - [`find`]: finding check-ins again by words, feeling or card;
//! - [`diary_card`]: a week in the shape of a DBT diary card, with urges and cards tried;
//! - [`actions`]: each view as one action, reading only the months it shows.
//!
//! Screens (WebAssembly only, a chunk of their own): `page` with the routes, `charts` (the
//! SVG drawings), `entry` (one check-in), `find_page`, `week_page` (the diary card).

pub mod actions;
pub mod calendar;
pub mod diary_card;
pub mod find;
pub mod trend;

#[cfg(target_arch = "wasm32")]
mod charts;
#[cfg(target_arch = "wasm32")]
mod entry;
#[cfg(target_arch = "wasm32")]
mod find_page;
#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
mod week_page;

#[cfg(test)]
mod tests;
