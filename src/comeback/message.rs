//! The message asking to come back: short, warm, in the client's own voice, and nothing from
//! the phone in it but what they write.

use crate::practitioner::Contact;

/// Longest message, in characters: a text of a few lines, well inside what every channel's
/// link can carry (see `links`).
pub const MAX_MESSAGE_CHARS: usize = 600;

/// What a text or email says, ready for the client to change.
pub fn ready_message(practitioner: &Contact) -> String {
    let hello = match practitioner.first_name() {
        "" => "Hello,".to_string(),
        name => format!("Hello {name},"),
    };
    format!(
        "{hello}\n\nI'd like to come back and see you again, please. Could you get in touch \
         when you can?\n\nThank you."
    )
}

/// What is said before every way to ask, so a screen reader reads it first: asking is not
/// for emergencies, and when a reply can be expected (the practitioner's own words, or a
/// plain "a few working days" when none were typed).
pub fn not_for_emergencies(practitioner: Option<&Contact>) -> String {
    let replies = match practitioner.filter(|c| !c.replies.is_empty()) {
        Some(contact) => match contact.first_name() {
            "" => format!("Your practitioner usually replies {}.", contact.replies),
            name => format!("{name} usually replies {}.", contact.replies),
        },
        None => "Replies can take a few working days.".into(),
    };
    format!("Not for emergencies. {replies}")
}

/// The subject of an email.
pub const SUBJECT: &str = "Asking to come back";

/// Why a message cannot be used as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageProblem {
    Empty,
    TooLong {
        chars: usize,
    },
    /// Characters that hide or reorder text.
    HiddenCharacters,
}

impl crate::kernel::Explain for MessageProblem {
    fn message(&self) -> String {
        match self {
            MessageProblem::Empty => {
                "Write a few words, or tap Start again for the ready message.".into()
            }
            MessageProblem::HiddenCharacters => "Part of your message has characters that \
                can't be shown. Could you type that part again?"
                .into(),
            MessageProblem::TooLong { chars } => format!(
                "Your message is {chars} characters, and one can hold {MAX_MESSAGE_CHARS}. \
                 Could you make it shorter? You can say more when they get in touch."
            ),
        }
    }
}

/// The message as it will be sent (line endings made plain), or why it cannot be.
pub fn checked(message: &str) -> Result<String, MessageProblem> {
    let message = message.replace("\r\n", "\n").trim().to_string();
    let chars = message.chars().count();
    if message.is_empty() {
        Err(MessageProblem::Empty)
    } else if crate::kernel::text::has_hidden_characters(&message, true) {
        Err(MessageProblem::HiddenCharacters)
    } else if chars > MAX_MESSAGE_CHARS {
        Err(MessageProblem::TooLong { chars })
    } else {
        Ok(message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn always_says_when_a_reply_can_be_expected() {
        let sam = Contact {
            name: "Sam Jones".into(),
            replies: "within 2 working days".into(),
            ..Contact::default()
        };
        assert_eq!(
            not_for_emergencies(Some(&sam)),
            "Not for emergencies. Sam usually replies within 2 working days."
        );
        let no_time = Contact {
            replies: String::new(),
            ..sam.clone()
        };
        for practitioner in [Some(&no_time), None] {
            assert_eq!(
                not_for_emergencies(practitioner),
                "Not for emergencies. Replies can take a few working days."
            );
        }
    }
    use crate::kernel::Explain;
    use crate::practitioner::fixtures::sam;

    #[test]
    fn the_ready_message_is_short_warm_and_first_person() {
        let message = ready_message(&sam());
        assert!(message.starts_with("Hello Sam,"));
        assert!(message.contains("I'd like to come back"));
        assert!(checked(&message).is_ok());
        let nameless = crate::practitioner::Contact::default();
        assert!(ready_message(&nameless).starts_with("Hello,"));
    }

    #[test]
    fn an_empty_or_very_long_message_is_explained() {
        assert_eq!(checked("  \n "), Err(MessageProblem::Empty));
        let long = "x".repeat(MAX_MESSAGE_CHARS + 1);
        let problem = checked(&long).expect_err("too long");
        assert!(problem.message().contains("601 characters"));
        assert_eq!(checked(" Hi\r\nthere "), Ok("Hi\nthere".to_string()));
        assert_eq!(
            checked("Hi \u{202E}maS"),
            Err(MessageProblem::HiddenCharacters)
        );
    }
}
