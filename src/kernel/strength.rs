//! How strong a feeling is, on the 0 to 10 scale the client uses in check-ins and on cards.

use serde::{Deserialize, Serialize};

/// Strength runs from 0 (not at all) to this.
pub const MAX_STRENGTH: u8 = 10;
/// From this strength on, a feeling counts as strong: Help now and cards for hard moments
/// come first.
pub const STRONG: u8 = 7;

/// When the client reaches for a skill: how strong the feeling is, `from..=to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrengthRange {
    pub from: u8,
    pub to: u8,
}

impl StrengthRange {
    pub const ANY: StrengthRange = StrengthRange {
        from: 0,
        to: MAX_STRENGTH,
    };

    pub fn contains(self, strength: u8) -> bool {
        (self.from..=self.to).contains(&strength)
    }

    /// True when the range runs from low to high within the scale.
    pub fn is_sound(self) -> bool {
        self.from <= self.to && self.to <= MAX_STRENGTH
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_holds_its_ends() {
        let range = StrengthRange { from: 6, to: 8 };
        assert!(range.contains(6) && range.contains(8));
        assert!(!range.contains(5) && !range.contains(9));
        assert!(range.is_sound() && StrengthRange::ANY.is_sound());
        assert!(!StrengthRange { from: 8, to: 6 }.is_sound());
        assert!(!StrengthRange { from: 0, to: 11 }.is_sound());
    }
}
