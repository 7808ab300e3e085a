//! How a card and a contact read at a glance, as plain words ready to show: the feature that
//! owns the record makes them (and tests them natively); the shared widgets in `ui` show them
//! the same way on every screen.

/// A card in a list: its name and address, what it is for, its first step, its caution and
/// what helped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardGlance {
    pub name: String,
    /// Where the card opens.
    pub href: String,
    pub pinned: bool,
    /// The skill it started from, when the client named the card otherwise.
    pub from_skill: Option<&'static str>,
    /// "Sad, Angry · 6 to 10", or "Any feeling".
    pub when: String,
    pub first_step: Option<String>,
    pub caution: Option<&'static str>,
    /// How it helped when tried, in encouraging words, if it was tried.
    pub helped: Option<String>,
}

/// Someone to get in touch with: their name, then one line for each detail there is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactGlance {
    pub name: String,
    pub lines: Vec<String>,
}
