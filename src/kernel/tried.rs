//! A skill the client tried after a check-in and, if they said, whether it helped. It is kept
//! with the check-in; the toolkit learns each card's record from it.

use serde::{Deserialize, Serialize};

/// Whether a skill helped, in the client's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Helped {
    ALot,
    ABit,
    NotThisTime,
}

impl Helped {
    pub const ALL: [Helped; 3] = [Helped::ALot, Helped::ABit, Helped::NotThisTime];

    pub fn label(self) -> &'static str {
        match self {
            Helped::ALot => "A lot",
            Helped::ABit => "A bit",
            Helped::NotThisTime => "Not this time",
        }
    }
}

/// A card from the toolkit tried after a check-in, and later, if they said, whether it helped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillTried {
    pub card: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helped: Option<Helped>,
}
