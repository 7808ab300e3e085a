//! Help now: where to turn when things are too much, from every screen, in the same place.
//!
//! The UK lines are fixed here. The client's own people and their distress-tolerance cards
//! will join them (see the toolkit and contacts work), above these lines.

#[cfg(target_arch = "wasm32")]
pub mod page;

#[cfg(target_arch = "wasm32")]
pub use page::HelpRoutes;

/// How a line is reached, which decides the link a tap opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    Call,
    Text { body: &'static str },
}

/// A crisis line, with plain words about when to use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpLine {
    pub name: &'static str,
    /// What a tap does, as the button says it.
    pub action: &'static str,
    /// The number as dialled or texted.
    pub number: &'static str,
    pub reach: Reach,
    pub when: &'static str,
}

impl HelpLine {
    /// The link a tap opens: the phone's dialler, or its messages app with the text ready.
    pub fn href(&self) -> String {
        match self.reach {
            Reach::Call => format!("tel:{}", self.number),
            // `?&body=` is understood by both Android and iOS messages apps.
            Reach::Text { body } => format!("sms:{}?&body={}", self.number, body),
        }
    }
}

/// The lines, most urgent first.
pub const HELP_LINES: [HelpLine; 4] = [
    HelpLine {
        name: "Emergency: 999",
        action: "Call 999",
        number: "999",
        reach: Reach::Call,
        when: "If your life, or someone else's, is in danger right now, \
               or you have hurt yourself badly.",
    },
    HelpLine {
        name: "Samaritans: 116 123",
        action: "Call Samaritans on 116 123",
        number: "116123",
        reach: Reach::Call,
        when: "To talk to someone about anything, day or night. \
               Free, 24 hours a day, every day.",
    },
    HelpLine {
        name: "Shout: text SHOUT to 85258",
        action: "Text SHOUT to 85258",
        number: "85258",
        reach: Reach::Text { body: "SHOUT" },
        when: "If you would rather text than talk. Free, 24 hours a day, \
               and it does not show on your phone bill.",
    },
    HelpLine {
        name: "NHS 111: choose the mental health option",
        action: "Call NHS 111",
        number: "111",
        reach: Reach::Call,
        when: "When you need urgent help for your mental health but it is not \
               an emergency. When they answer, choose the mental health option.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_the_uk_lines_with_links_a_phone_understands() {
        let hrefs: Vec<String> = HELP_LINES.iter().map(HelpLine::href).collect();
        assert_eq!(
            hrefs,
            ["tel:999", "tel:116123", "sms:85258?&body=SHOUT", "tel:111"]
        );
    }

    #[test]
    fn every_line_says_when_to_use_it() {
        for line in HELP_LINES {
            assert!(line.when.len() > 20, "{}", line.name);
            assert!(line.action.contains(&line.number[..3]), "{}", line.name);
        }
    }
}
