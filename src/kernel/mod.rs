//! The kernel: the words every feature shares, each defined once, so features import the
//! kernel and never each other for them.
//!
//! - [`limits`]: sizes shared by check-ins, cards and hand-overs;
//! - [`id`]: the ids that become part of storage keys;
//! - [`strength`]: how strong a feeling is, and ranges of strength;
//! - [`number`]: phone numbers as typed and as dialled, and the ones that cost a lot;
//! - [`email`]: an email address that goes where it shows;
//! - [`text`]: tidying and checking what a person typed;
//! - [`tried`]: a skill tried after a check-in, and whether it helped;
//! - [`glance`]: how a card and a contact read at a glance, for the shared widgets;
//! - [`context`]: what a core action is given from outside (the store, the time, new ids) and
//!   how it says it did not happen.

pub mod context;
pub mod email;
pub mod explain;
pub mod glance;
pub mod id;
pub mod limits;
pub mod number;
pub mod strength;
pub mod text;
pub mod tried;

pub use context::{Context, NotDone};
pub use explain::Explain;
