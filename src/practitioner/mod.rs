//! The practitioner's contact details: on the client's phone, where asking to come back uses
//! them ([`mine`]: where they came from, and changing them), and on the practitioner's own
//! device so they need typing only once.

pub mod mine;
#[cfg(target_arch = "wasm32")]
pub mod page;

use crate::kernel::email::is_email;
use crate::kernel::glance::ContactGlance;
use crate::kernel::number::{is_phone_number, is_premium_rate, PREMIUM_RATE};
use crate::kernel::text::{has_hidden_characters, looks_like_markup, tidy_line};
use crate::kernel::Explain;
use crate::storage::quarantine::{read_json, Read};
use crate::storage::unknown_fields::write_keeping_unknown;
use crate::storage::{Store, StoreError};
use serde::{Deserialize, Serialize};

/// On the client's phone: the practitioner they work with.
pub const MY_PRACTITIONER_KEY: &str = "harbour.practitioner.contact";
/// On a practitioner's device: their own details, offered with each hand-over.
pub const OWN_DETAILS_KEY: &str = "harbour.practitioner.own";

const MAX_FIELD_CHARS: usize = 100;

/// The way the client and practitioner agreed the client gets in touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Text,
    Call,
    Email,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Text, Channel::Call, Channel::Email];

    pub fn label(self) -> &'static str {
        match self {
            Channel::Text => "A text message",
            Channel::Call => "A call",
            Channel::Email => "An email",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// The way agreed in session; the first way there are details for, if none was agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// When they usually reply, in the practitioner's words: "within 2 working days".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub replies: String,
    /// The service's own number, for when the practitioner is away.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service_phone: String,
}

/// Something that stops contact details being kept, with a kind message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactProblem {
    NoName,
    TooLong,
    /// Characters that hide or reorder text.
    HiddenCharacters,
    NoWayToReach,
    OddPhone,
    PremiumRate,
    OddEmail,
    /// The way agreed needs a detail that is not there (a text with no phone number).
    NothingForChannel(Channel),
    /// Web page code such as `<script>`: no one's details hold it.
    Markup,
}

impl Explain for ContactProblem {
    fn message(&self) -> String {
        let message = match self {
            ContactProblem::NoName => "Add the practitioner's name.",
            ContactProblem::TooLong => "Each detail can be up to 100 letters, on one line.",
            ContactProblem::HiddenCharacters => {
                "Part of the details has characters that can't be shown. Could you type it again?"
            }
            ContactProblem::NoWayToReach => "Add a phone number or an email address.",
            ContactProblem::OddPhone => {
                "A phone number can have digits, spaces and a + at the start."
            }
            ContactProblem::PremiumRate => {
                return format!("{PREMIUM_RATE} Check the number with your practitioner.")
            }
            ContactProblem::OddEmail => {
                "That email address doesn't look right: it needs one @, and no spaces, commas, \
                 semicolons, ?, & or %."
            }
            ContactProblem::NothingForChannel(Channel::Email) => {
                "Add an email address, or choose another way to get in touch."
            }
            ContactProblem::Markup => {
                "Details can't hold web page code, such as words inside < and >."
            }
            ContactProblem::NothingForChannel(_) => {
                "Add a phone number, or choose another way to get in touch."
            }
        };
        message.to_string()
    }
}

impl Contact {
    /// Trims every field, so what is kept is what is shown.
    pub fn tidied(&self) -> Contact {
        Contact {
            name: tidy_line(&self.name),
            service: tidy_line(&self.service),
            phone: tidy_line(&self.phone),
            email: self.email.trim().to_string(),
            channel: self.channel,
            replies: tidy_line(&self.replies),
            service_phone: tidy_line(&self.service_phone),
        }
    }

    /// True when these are details the client could have typed: sound, and tidied as typing
    /// tidies them. How details arriving by another door (a backup) are checked.
    pub fn is_as_typed(&self) -> bool {
        self.problems().is_empty() && self.tidied() == *self
    }

    pub fn problems(&self) -> Vec<ContactProblem> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(ContactProblem::NoName);
        }
        let fields = [
            &self.name,
            &self.service,
            &self.phone,
            &self.email,
            &self.replies,
            &self.service_phone,
        ];
        if fields.iter().any(|f| f.chars().count() > MAX_FIELD_CHARS) {
            problems.push(ContactProblem::TooLong);
        }
        if fields.iter().any(|f| has_hidden_characters(f, false)) {
            problems.push(ContactProblem::HiddenCharacters);
        }
        if fields.iter().any(|f| looks_like_markup(f)) {
            problems.push(ContactProblem::Markup);
        }
        if self.phone.is_empty() && self.email.is_empty() {
            problems.push(ContactProblem::NoWayToReach);
        }
        let numbers = [&self.phone, &self.service_phone];
        let numbers = numbers.into_iter().filter(|n| !n.is_empty());
        if numbers.clone().any(|n| !is_phone_number(n)) {
            problems.push(ContactProblem::OddPhone);
        } else if numbers.into_iter().any(|n| is_premium_rate(n)) {
            problems.push(ContactProblem::PremiumRate);
        }
        if !self.email.is_empty() && !is_email(&self.email) {
            problems.push(ContactProblem::OddEmail);
        }
        if let Some(channel) = self.channel {
            if self.detail_for(channel).is_none()
                && !(self.phone.is_empty() && self.email.is_empty())
            {
                problems.push(ContactProblem::NothingForChannel(channel));
            }
        }
        problems
    }

    /// The number or address a way of getting in touch uses, if there is one.
    pub fn detail_for(&self, channel: Channel) -> Option<&str> {
        let detail = match channel {
            Channel::Text | Channel::Call => &self.phone,
            Channel::Email => &self.email,
        };
        (!detail.is_empty()).then_some(detail.as_str())
    }

    /// The way to get in touch: the one agreed, or the first there are details for.
    pub fn way(&self) -> Option<Channel> {
        self.channel
            .filter(|c| self.detail_for(*c).is_some())
            .or_else(|| {
                Channel::ALL
                    .into_iter()
                    .find(|c| self.detail_for(*c).is_some())
            })
    }

    /// "Sam", for a message's greeting.
    pub fn first_name(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or_default()
    }

    /// Who they are, how to reach them and when they reply, one line for each detail there is.
    pub fn glance(&self) -> ContactGlance {
        let way = self
            .way()
            .map(|way| format!("Best way to get in touch: {}.", way.label()));
        let labelled = [
            ("", &self.service),
            ("Phone: ", &self.phone),
            ("Email: ", &self.email),
        ]
        .into_iter()
        .chain(way.as_ref().map(|way| ("", way)))
        .chain([
            ("Usually replies ", &self.replies),
            ("When they are away, the service: ", &self.service_phone),
        ]);
        ContactGlance {
            name: self.name.clone(),
            lines: labelled
                .filter(|(_, text)| !text.is_empty())
                .map(|(label, text)| format!("{label}{text}"))
                .collect(),
        }
    }
}

/// Reads contact details kept under `key`. Unreadable ones are set aside.
pub fn load(store: &mut dyn Store, key: &str) -> Result<Option<Contact>, StoreError> {
    Ok(match read_json::<Contact>(store, key)? {
        Read::Found(contact) if contact.problems().is_empty() => Some(contact),
        Read::Found(_) | Read::Missing | Read::Unreadable => None,
    })
}

pub fn save(store: &mut dyn Store, key: &str, contact: &Contact) -> Result<(), StoreError> {
    write_keeping_unknown(store, key, contact)
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::Contact;

    pub fn sam() -> Contact {
        Contact {
            name: "Sam Okafor".into(),
            service: "Riverside Recovery Team".into(),
            phone: "+44 7700 900123".into(),
            email: "sam.okafor@example.org".into(),
            ..Contact::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::sam;
    use super::*;
    use crate::storage::memory::MemoryStore;

    #[test]
    fn details_read_as_one_line_each_with_the_agreed_way_and_nothing_empty() {
        let agreed = Contact {
            channel: Some(Channel::Email),
            replies: "within 2 working days".into(),
            ..sam()
        };
        assert_eq!(
            agreed.glance(),
            ContactGlance {
                name: "Sam Okafor".into(),
                lines: vec![
                    "Riverside Recovery Team".into(),
                    "Phone: +44 7700 900123".into(),
                    "Email: sam.okafor@example.org".into(),
                    format!("Best way to get in touch: {}.", Channel::Email.label()),
                    "Usually replies within 2 working days".into(),
                ],
            }
        );
        let name_and_number = Contact {
            name: "Sam".into(),
            phone: "07700 900123".into(),
            ..Contact::default()
        };
        assert_eq!(
            name_and_number.glance().lines,
            vec![
                "Phone: 07700 900123".to_string(),
                format!("Best way to get in touch: {}.", Channel::Text.label()),
            ]
        );
    }

    #[test]
    fn sound_details_are_kept_and_read_back() {
        let mut store = MemoryStore::new();
        assert!(sam().problems().is_empty());
        save(&mut store, MY_PRACTITIONER_KEY, &sam()).expect("save");
        assert_eq!(load(&mut store, MY_PRACTITIONER_KEY), Ok(Some(sam())));
        assert_eq!(sam().way(), Some(Channel::Text));
        assert_eq!(sam().first_name(), "Sam");
    }

    #[test]
    fn odd_details_are_explained() {
        let odd = Contact {
            name: " ".into(),
            service: String::new(),
            phone: "call me".into(),
            email: "sam@".into(),
            ..Contact::default()
        };
        assert_eq!(
            odd.problems(),
            vec![
                ContactProblem::NoName,
                ContactProblem::OddPhone,
                ContactProblem::OddEmail
            ]
        );
        let unreachable = Contact {
            name: "Sam".into(),
            ..Contact::default()
        };
        assert_eq!(unreachable.problems(), vec![ContactProblem::NoWayToReach]);
    }

    #[test]
    fn numbers_and_addresses_that_cannot_work_are_explained() {
        let premium = Contact {
            phone: "0909 879 0000".into(),
            ..sam()
        };
        assert_eq!(premium.problems(), vec![ContactProblem::PremiumRate]);
        for odd in [
            "sam?x@example.org",
            "sam&co@example.org",
            "100%@example.org",
            "https://bank.example@evil.example/pay",
            "sam@example.org/inbox",
        ] {
            let contact = Contact {
                email: odd.into(),
                ..sam()
            };
            assert_eq!(contact.problems(), vec![ContactProblem::OddEmail], "{odd}");
        }
        let email_without_address = Contact {
            email: String::new(),
            channel: Some(Channel::Email),
            ..sam()
        };
        assert_eq!(
            email_without_address.problems(),
            vec![ContactProblem::NothingForChannel(Channel::Email)]
        );
        assert_eq!(email_without_address.way(), Some(Channel::Text));
        let markup = Contact {
            service: "<img src=x onerror=alert(1)>".into(),
            ..sam()
        };
        assert_eq!(markup.problems(), vec![ContactProblem::Markup]);
        let spoofed = Contact {
            name: "Sam \u{202E}rakofO".into(),
            ..sam()
        };
        assert_eq!(spoofed.problems(), vec![ContactProblem::HiddenCharacters]);
    }

    #[test]
    fn tidying_trims_what_was_typed() {
        let typed = Contact {
            name: "  Sam   Okafor ".into(),
            email: " sam@example.org ".into(),
            ..Contact::default()
        };
        assert_eq!(typed.tidied().name, "Sam Okafor");
        assert_eq!(typed.tidied().email, "sam@example.org");
    }
}
