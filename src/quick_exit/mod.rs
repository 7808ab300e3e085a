//! Quick exit: one tap (or Escape three times) puts a plain, neutral screen where Harbour was,
//! for when someone comes close. The screen is inside the app, so nothing is asked of any
//! other site; the address and title give nothing away, Back does not bring Harbour back, and
//! Harbour locks if the lock is on (`page`, with the browser's side in
//! `platform::discreet`).

#[cfg(target_arch = "wasm32")]
pub mod page;

/// How close together three presses of Escape must be to count as asking to leave.
pub const PRESSES_WITHIN_MS: f64 = 2_000.0;

/// Counts presses of Escape: three within [`PRESSES_WITHIN_MS`] ask for the quick exit. Escape
/// alone closes things, so one or two never do.
#[derive(Debug, Default, Clone)]
pub struct EscapePresses {
    /// When the last presses came, in milliseconds, oldest first; at most three.
    at: Vec<f64>,
}

impl EscapePresses {
    /// Notes a press at `at_ms`; `true` when it is the third in a short while.
    pub fn press(&mut self, at_ms: f64) -> bool {
        self.at
            .retain(|&earlier| at_ms - earlier < PRESSES_WITHIN_MS);
        self.at.push(at_ms);
        if self.at.len() >= 3 {
            self.at.clear();
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_quick_presses_leave_and_slow_ones_do_not() {
        let mut presses = EscapePresses::default();
        assert!(!presses.press(0.0));
        assert!(!presses.press(500.0));
        assert!(presses.press(900.0), "the third within two seconds");
        assert!(
            !presses.press(1_000.0),
            "counting starts again after leaving"
        );

        let mut slow = EscapePresses::default();
        for at in [0.0, 1_500.0, 3_000.0, 4_500.0] {
            assert!(
                !slow.press(at),
                "a press every 1.5 s is not asking to leave"
            );
        }
    }
}
