//! The small kit of widgets screens share, so the same thing looks and works the same
//! everywhere: a card in a list and a contact's details; a skill's caution; the offer of Help
//! now; a question before what can't be undone; fields with their labels (text, a number, a
//! file); a screen's feedback line and what stops a form; sending something out and
//! saying how it went; a "this isn't here" screen; a skill to start a card from; the route's
//! `:id`. They take plain values and callbacks and know nothing of features or of the app's
//! state (a widget only one feature uses lives with that feature).

mod card_summary;
mod caution;
mod confirm;
mod contact_details;
mod field;
mod help_offer;
mod not_here;
mod problems;
mod route_id;
mod send;
mod skill_item;

pub use card_summary::CardSummary;
pub use caution::Caution;
pub use confirm::Confirm;
pub use contact_details::ContactDetails;
pub use field::{FileField, NumberChoice, TextField};
pub use help_offer::HelpNowOffer;
pub use not_here::NotHere;
pub use problems::{Feedback, FeedbackLine, Problems};
pub use route_id::id_param;
pub use send::{send_and_say, SendWords};
pub use skill_item::SkillItem;
