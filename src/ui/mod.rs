//! The small kit of widgets screens share, so the same thing looks and works the same
//! everywhere: a skill's caution; the offer of Help now; a question before what can't be
//! undone; a typed field with its label, hint and problem; what stops a form; a notice; a
//! "this isn't here" screen; the buttons that place a card; a skill to start a card from.

mod caution;
mod confirm;
mod copy;
mod field;
mod help_offer;
mod not_here;
mod notices;
mod place;
mod problems;
mod route_id;
mod skill_item;

pub use caution::Caution;
pub use confirm::Confirm;
pub use copy::copy_and_say;
pub use field::TextField;
pub use help_offer::HelpNowOffer;
pub use not_here::NotHere;
pub use notices::NoticeList;
pub use place::PlaceButtons;
pub use problems::{Alert, Problems};
pub use route_id::id_param;
pub use skill_item::SkillItem;
