//! Ask to come back: after their sessions a client may ask their practitioner to see them
//! again whenever they need to. One tap opens the way agreed in session (a text, an email or
//! a call) with a message ready that they can change; Harbour never sends anything itself.
//!
//! - [`message`]: the message, in plain first-person words;
//! - [`links`]: the `sms:`, `mailto:` and `tel:` links phones understand;
//! - [`requests`]: each request kept on the phone (when, which way, the message, whether it
//!   was sent, whether they got back), and when to suggest following up.
//!
//! Screens (WebAssembly only): `ask` (on home), `page` (change the message, every way to send
//! it, the history of requests).

pub mod links;
pub mod message;
pub mod requests;

#[cfg(target_arch = "wasm32")]
pub mod ask;
#[cfg(target_arch = "wasm32")]
pub mod page;

#[cfg(target_arch = "wasm32")]
pub use page::ComeBackRoutes;
