//! Handing cards over from one device to another with no server: the practitioner's device
//! packs the chosen cards (and, if they like, their contact details) into a link whose
//! fragment carries the data itself; the client opens it by scanning a QR code, tapping a
//! link or opening a file, sees exactly what will be added, and accepts or declines.
//!
//! - [`codec`]: the versioned, compressed, sealed, base64url payload, and every way it can be
//!   refused;
//! - [`code`]: the hand-over code the giving screen shows, which the sealing key comes from;
//! - [`merge`]: how received cards join a toolkit without duplicates;
//! - [`qr`]: the payload as a QR code, when it fits in one;
//! - [`actions`]: plan a hand-over, review one, accept it.
//!
//! Screens (WebAssembly only): `give`, `receive`, and their `routes`.

pub mod actions;
pub mod code;
pub mod codec;
pub mod merge;
pub mod qr;

#[cfg(target_arch = "wasm32")]
pub mod give;
#[cfg(target_arch = "wasm32")]
pub mod link;
#[cfg(target_arch = "wasm32")]
pub mod receive;
#[cfg(target_arch = "wasm32")]
pub mod routes;

#[cfg(target_arch = "wasm32")]
pub use routes::HandOverRoutes;

use crate::practitioner::Contact;
use crate::toolkit::card::CardContent;
use serde::{Deserialize, Serialize};

/// A card as it travels: its words and its id, without where it sat on the sender's device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCard {
    pub id: String,
    pub content: CardContent,
}

/// Everything one hand-over carries.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct HandOver {
    #[serde(default)]
    pub cards: Vec<SharedCard>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practitioner: Option<Contact>,
}
