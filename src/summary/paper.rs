//! My toolkit on paper: the cards in use, plainly, for a page to keep where the client will
//! see it, because many clients are not always online or on their phone.
//!
//! This is a value, not a page: the print view lays it out beside Help now's lines (from
//! [`crate::help::every_line`]) and the client's own people, which [`on_paper`] reads too,
//! so the view never touches the store.

use crate::kernel::Context;
use crate::people::{self, Person};
use crate::storage::StoreError;
use crate::time::Moment;
use crate::toolkit::shelf::{self, Toolkit};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One card as printed, in the client's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperCard {
    pub name: String,
    /// Which feelings and how strong: "Sad, Angry · 6 to 10", or "Any feeling".
    pub when: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub situations: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    /// A physical or safety risk of the skill the card started from: it goes wherever the card
    /// goes, paper included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caution: Option<String>,
    /// The day it was made together in a session, if it was.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::period::iso_day_option"
    )]
    pub made_together: Option<NaiveDate>,
}

/// Everything a print of My toolkit needs from the phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolkitOnPaper {
    /// The cards in use, pinned first, in the client's order; put-away cards stay off paper.
    pub cards: Vec<PaperCard>,
    /// The client's people and own crisis line, first in Help now.
    pub people: Vec<Person>,
    /// The day it was made, printed on the page.
    pub made: NaiveDate,
}

/// The cards in use, as printed.
pub fn cards(toolkit: &Toolkit) -> Vec<PaperCard> {
    toolkit
        .shown()
        .into_iter()
        .map(|card| {
            let content = &card.content;
            PaperCard {
                name: content.name.clone(),
                when: card.when_line(),
                situations: content.situations.clone(),
                steps: content.steps.clone(),
                why: content.why.clone(),
                caution: content.caution().map(String::from),
                made_together: content.made_together.as_ref().map(Moment::date_naive),
            }
        })
        .collect()
}

/// Reads what a print of My toolkit and Help now needs. Cards or people that cannot be read
/// are set aside and the rest printed.
pub fn on_paper(phone: &mut Context) -> Result<ToolkitOnPaper, StoreError> {
    let toolkit = shelf::load(phone.store())?;
    Ok(ToolkitOnPaper {
        cards: cards(&toolkit),
        people: people::people(phone),
        made: phone.now.date_naive(),
    })
}
