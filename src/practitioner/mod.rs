//! The practitioner's contact details: kept on the client's phone when handed over with
//! their cards (asking to come back uses them), and on the practitioner's own device so they
//! need typing only once.

use crate::kernel::text::{has_hidden_characters, tidy_line};
use crate::kernel::Explain;
use crate::storage::quarantine::{read_json, Read};
use crate::storage::{to_json, Store, StoreError};
use serde::{Deserialize, Serialize};

/// On the client's phone: the practitioner they work with.
pub const MY_PRACTITIONER_KEY: &str = "harbour.practitioner.contact";
/// On a practitioner's device: their own details, offered with each hand-over.
pub const OWN_DETAILS_KEY: &str = "harbour.practitioner.own";

const MAX_FIELD_CHARS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
}

/// Something that stops contact details being kept, with a kind message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactProblem {
    NoName,
    TooLong,
    NoWayToReach,
    OddPhone,
    OddEmail,
}

impl Explain for ContactProblem {
    fn message(&self) -> String {
        let message = match self {
            ContactProblem::NoName => "Add the practitioner's name.",
            ContactProblem::TooLong => "Each detail can be up to 100 letters, on one line.",
            ContactProblem::NoWayToReach => "Add a phone number or an email address.",
            ContactProblem::OddPhone => {
                "A phone number can have digits, spaces and a + at the start."
            }
            ContactProblem::OddEmail => "That email address looks incomplete.",
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
        }
    }

    pub fn problems(&self) -> Vec<ContactProblem> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(ContactProblem::NoName);
        }
        let fields = [&self.name, &self.service, &self.phone, &self.email];
        if fields
            .iter()
            .any(|f| f.chars().count() > MAX_FIELD_CHARS || has_hidden_characters(f, false))
        {
            problems.push(ContactProblem::TooLong);
        }
        if self.phone.is_empty() && self.email.is_empty() {
            problems.push(ContactProblem::NoWayToReach);
        }
        if !self.phone.is_empty() && !is_phone_number(&self.phone) {
            problems.push(ContactProblem::OddPhone);
        }
        if !self.email.is_empty() && !is_email(&self.email) {
            problems.push(ContactProblem::OddEmail);
        }
        problems
    }

    /// The number as a `tel:` link needs it: digits and a leading +.
    pub fn dial(&self) -> String {
        self.phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }
}

fn is_phone_number(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let body = phone.strip_prefix('+').unwrap_or(phone);
    (5..=15).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '(' || c == ')')
}

fn is_email(email: &str) -> bool {
    let Some((user, domain)) = email.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == '"')
        && !domain.contains('@')
}

/// Reads contact details kept under `key`. Unreadable ones are set aside.
pub fn load(store: &mut dyn Store, key: &str) -> Result<Option<Contact>, StoreError> {
    Ok(match read_json::<Contact>(store, key)? {
        Read::Found(contact) if contact.problems().is_empty() => Some(contact),
        Read::Found(_) | Read::Missing | Read::SetAside { .. } => None,
    })
}

pub fn save(store: &mut dyn Store, key: &str, contact: &Contact) -> Result<(), StoreError> {
    store.write(key, &to_json(contact)?)
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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::sam;
    use super::*;
    use crate::storage::memory::MemoryStore;

    #[test]
    fn sound_details_are_kept_and_read_back() {
        let mut store = MemoryStore::new();
        assert!(sam().problems().is_empty());
        save(&mut store, MY_PRACTITIONER_KEY, &sam()).expect("save");
        assert_eq!(load(&mut store, MY_PRACTITIONER_KEY), Ok(Some(sam())));
        assert_eq!(sam().dial(), "+447700900123");
    }

    #[test]
    fn odd_details_are_explained() {
        let odd = Contact {
            name: " ".into(),
            service: String::new(),
            phone: "call me".into(),
            email: "sam@".into(),
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
