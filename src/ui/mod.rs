//! The small kit of widgets screens share, so the same thing looks and works the same
//! everywhere: a skill's caution; the offer of Help now; a question before what can't be
//! undone; a typed field with its label, hint and problem; what stops a form; copying and
//! saying so; a "this isn't here" screen; a skill to start a card from; the route's `:id`.
//! They take plain values and callbacks and know nothing of features or of the app's state
//! (a widget only one feature uses lives with that feature).

mod caution;
mod confirm;
mod copy;
mod field;
mod help_offer;
mod not_here;
mod problems;
mod route_id;
mod skill_item;

pub use caution::Caution;
pub use confirm::Confirm;
pub use copy::copy_and_say;
pub use field::TextField;
pub use help_offer::HelpNowOffer;
pub use not_here::NotHere;
pub use problems::{Feedback, FeedbackLine, Problems};
pub use route_id::id_param;
pub use skill_item::SkillItem;
