//! My people: the client's own people to call or text when things are hard, and their own
//! crisis or out-of-hours line if they have one. They come first in Help now, in the order
//! the client chose. The client adds, changes, reorders and removes them.
//!
//! A short list, kept under one key (`harbour.people`): it holds at most [`MAX_PEOPLE`] names
//! and numbers, so rewriting it is cheap.

#[cfg(target_arch = "wasm32")]
pub mod page;

use crate::kernel::id::is_plain_id;
use crate::kernel::number::{is_phone_number, is_premium_rate, PREMIUM_RATE};
use crate::kernel::text::{has_hidden_characters, looks_like_markup, tidy_line};
use crate::kernel::{Context, Explain, NotDone};
use crate::storage::quarantine::{read_sound, Read};
use crate::storage::unknown_fields::list_keeping_unknown;
use crate::storage::StoreError;
use serde::{Deserialize, Serialize};

pub const PEOPLE_KEY: &str = "harbour.people";
pub const MAX_PEOPLE: usize = 20;
const MAX_NAME_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub phone: String,
    /// The client's own crisis or out-of-hours line, rather than someone they know.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub crisis_line: bool,
}

/// What the client typed for one person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonDraft {
    pub name: String,
    pub phone: String,
    pub crisis_line: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonProblem {
    NoName,
    NameTooLong,
    /// Characters that hide or reorder text, or web page code.
    OddName,
    OddPhone,
    PremiumRate,
    TooMany,
}

impl Explain for PersonProblem {
    fn message(&self) -> String {
        match self {
            PersonProblem::NoName => "Add a name, so you know who it is.".into(),
            PersonProblem::NameTooLong => {
                format!("Try a shorter name: up to {MAX_NAME_CHARS} letters, on one line.")
            }
            PersonProblem::OddName => "A name can't hold hidden characters or web page code, \
                such as words inside < and >. Could you type it again?"
                .into(),
            PersonProblem::OddPhone => {
                "A phone number can have digits, spaces and a + at the start.".into()
            }
            PersonProblem::PremiumRate => PREMIUM_RATE.into(),
            PersonProblem::TooMany => {
                format!("You have {MAX_PEOPLE} people here already. Remove one to add another.")
            }
        }
    }
}

impl PersonDraft {
    fn checked(&self) -> Result<PersonDraft, Vec<PersonProblem>> {
        let tidy = PersonDraft {
            name: tidy_line(&self.name),
            phone: tidy_line(&self.phone),
            crisis_line: self.crisis_line,
        };
        let mut problems = Vec::new();
        if tidy.name.is_empty() {
            problems.push(PersonProblem::NoName);
        } else if tidy.name.chars().count() > MAX_NAME_CHARS {
            problems.push(PersonProblem::NameTooLong);
        } else if has_hidden_characters(&self.name, false) || looks_like_markup(&self.name) {
            problems.push(PersonProblem::OddName);
        }
        if !is_phone_number(&tidy.phone) {
            problems.push(PersonProblem::OddPhone);
        } else if is_premium_rate(&tidy.phone) {
            problems.push(PersonProblem::PremiumRate);
        }
        if problems.is_empty() {
            Ok(tidy)
        } else {
            Err(problems)
        }
    }
}

impl From<&Person> for PersonDraft {
    fn from(person: &Person) -> PersonDraft {
        PersonDraft {
            name: person.name.clone(),
            phone: person.phone.clone(),
            crisis_line: person.crisis_line,
        }
    }
}

/// The client's people, in their order. A list that cannot be read, or holds someone who
/// could not have been typed in (an odd id, hidden characters, markup, a costly number, words
/// not tidied as typing tidies them), is set aside as it was.
pub fn people(phone: &mut Context) -> Vec<Person> {
    let as_typed = |p: &Person| {
        let typed = PersonDraft::from(p);
        typed.checked().is_ok_and(|tidy| tidy == typed)
    };
    let sound = |people: &Vec<Person>| people.iter().all(|p| is_plain_id(&p.id) && as_typed(p));
    match read_sound::<Vec<Person>>(phone.store(), PEOPLE_KEY, sound) {
        Ok(Read::Found(people)) => people,
        _ => Vec::new(),
    }
}

fn keep(phone: &mut Context, people: &[Person]) -> Result<(), StoreError> {
    if people.is_empty() {
        return phone.store().remove(PEOPLE_KEY);
    }
    let stored = phone.store().read(PEOPLE_KEY)?;
    let list = list_keeping_unknown(people, |p| &p.id, stored.as_deref())?;
    phone.store().write(PEOPLE_KEY, &list)
}

/// Keeps `changed`, worked out from the list as stored now, and shows it; if the phone
/// would not keep it, shows what is stored.
fn keep_and_show(
    phone: &mut Context,
    shown: &mut Vec<Person>,
    changed: Vec<Person>,
) -> Result<(), StoreError> {
    let kept = keep(phone, &changed);
    *shown = if kept.is_ok() { changed } else { people(phone) };
    kept
}

/// Adds someone at the end, or changes the person with `id`. Starts from the list as stored
/// now, so a change another tab made (someone added, or everything deleted) is never undone;
/// `shown`, the list on screen, becomes what the phone kept.
pub fn save_person(
    phone: &mut Context,
    shown: &mut Vec<Person>,
    id: Option<&str>,
    draft: &PersonDraft,
) -> Result<(), NotDone<PersonProblem>> {
    let tidy = draft.checked().map_err(NotDone::Problems)?;
    let mut changed = people(phone);
    let count = changed.len();
    match id.and_then(|id| changed.iter_mut().find(|p| p.id == id)) {
        Some(person) => {
            person.name = tidy.name;
            person.phone = tidy.phone;
            person.crisis_line = tidy.crisis_line;
        }
        None if count >= MAX_PEOPLE => {
            *shown = changed;
            return Err(NotDone::Problems(vec![PersonProblem::TooMany]));
        }
        None => changed.push(Person {
            id: phone.new_id(),
            name: tidy.name,
            phone: tidy.phone,
            crisis_line: tidy.crisis_line,
        }),
    }
    Ok(keep_and_show(phone, shown, changed)?)
}

/// A change to the list that is not a person's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrange {
    /// One place towards the top of Help now.
    Up,
    Down,
    Remove,
}

/// Moves or removes someone, starting from the list as stored now (see [`save_person`]).
pub fn arrange(
    phone: &mut Context,
    shown: &mut Vec<Person>,
    id: &str,
    how: Arrange,
) -> Result<(), StoreError> {
    let mut changed = people(phone);
    let Some(at) = changed.iter().position(|p| p.id == id) else {
        *shown = changed;
        return Ok(());
    };
    match how {
        Arrange::Remove => {
            changed.remove(at);
        }
        Arrange::Up | Arrange::Down => {
            let other = if how == Arrange::Up {
                at.checked_sub(1)
            } else {
                Some(at + 1)
            };
            match other.filter(|o| *o < changed.len()) {
                Some(other) => changed.swap(at, other),
                None => {
                    *shown = changed;
                    return Ok(());
                }
            }
        }
    }
    keep_and_show(phone, shown, changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::context::fixtures::TestPhone;
    use crate::storage::Store;

    fn draft(name: &str, phone: &str) -> PersonDraft {
        PersonDraft {
            name: name.into(),
            phone: phone.into(),
            crisis_line: false,
        }
    }

    #[test]
    fn people_are_added_changed_reordered_and_removed_and_kept() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        let mut list = Vec::new();
        test.act(|p| save_person(p, &mut list, None, &draft(" Mum ", "07700 900001")))
            .expect("mum");
        test.act(|p| save_person(p, &mut list, None, &draft("Dev", "07700 900002")))
            .expect("dev");
        assert_eq!(list[0].name, "Mum");
        test.act(|p| arrange(p, &mut list, "id-2", Arrange::Up))
            .expect("up");
        assert_eq!(
            list.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["Dev", "Mum"]
        );
        test.act(|p| arrange(p, &mut list, "id-2", Arrange::Up))
            .expect("already top");
        let crisis = PersonDraft {
            crisis_line: true,
            ..draft("Crisis team", "0300 123 4567")
        };
        test.act(|p| save_person(p, &mut list, Some("id-1"), &crisis))
            .expect("change");
        assert_eq!(test.act(people), list);
        assert!(list[1].crisis_line);
        test.act(|p| arrange(p, &mut list, "id-2", Arrange::Remove))
            .expect("remove");
        test.act(|p| arrange(p, &mut list, "id-1", Arrange::Remove))
            .expect("remove");
        assert_eq!(test.store.read(PEOPLE_KEY), Ok(None));
    }

    #[test]
    fn numbers_that_cannot_work_are_explained_and_nothing_changes() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        let mut list = Vec::new();
        let refused = test.act(|p| save_person(p, &mut list, None, &draft("", "call me")));
        assert_eq!(
            refused,
            Err(NotDone::Problems(vec![
                PersonProblem::NoName,
                PersonProblem::OddPhone
            ]))
        );
        let premium = test.act(|p| save_person(p, &mut list, None, &draft("Line", "09098790000")));
        assert_eq!(
            premium,
            Err(NotDone::Problems(vec![PersonProblem::PremiumRate]))
        );
        for odd in ["<b>Mum</b>", "Mum\u{202E}"] {
            let refused =
                test.act(|p| save_person(p, &mut list, None, &draft(odd, "07700 900001")));
            assert_eq!(
                refused,
                Err(NotDone::Problems(vec![PersonProblem::OddName])),
                "{odd:?}"
            );
        }
        assert!(list.is_empty());
        test.store.set_capacity(Some(0));
        let full = test.act(|p| save_person(p, &mut list, None, &draft("Mum", "07700 900001")));
        assert_eq!(full, Err(NotDone::NotKept(StoreError::Full)));
        assert!(list.is_empty(), "the screen shows only what was kept");
    }

    #[test]
    fn two_tabs_never_undo_each_others_people() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        let (mut first_tab, mut second_tab) = (Vec::new(), Vec::new());
        test.act(|p| save_person(p, &mut first_tab, None, &draft("Ann", "07700 900001")))
            .expect("ann");
        test.act(|p| save_person(p, &mut second_tab, None, &draft("Bob", "07700 900002")))
            .expect("bob");
        let names = |list: &[Person]| list.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&test.act(people)), ["Ann", "Bob"]);
        assert_eq!(names(&second_tab), ["Ann", "Bob"], "the screen shows both");

        // Everything deleted in one tab; the other, still showing Ann and Bob, adds Cat.
        crate::storage::erase_everything(&mut test.store).expect("delete");
        test.act(|p| save_person(p, &mut second_tab, None, &draft("Cat", "07700 900003")))
            .expect("cat");
        assert_eq!(
            names(&test.act(people)),
            ["Cat"],
            "the deleted people stay deleted"
        );
        test.act(|p| arrange(p, &mut first_tab, "id-1", Arrange::Remove))
            .expect("gone already");
        assert_eq!(names(&first_tab), ["Cat"]);
    }

    #[test]
    fn a_list_is_capped() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        let mut list = Vec::new();
        for _ in 0..MAX_PEOPLE {
            test.act(|p| save_person(p, &mut list, None, &draft("A", "07700 900001")))
                .expect("add");
        }
        let more = test.act(|p| save_person(p, &mut list, None, &draft("B", "07700 900002")));
        assert_eq!(more, Err(NotDone::Problems(vec![PersonProblem::TooMany])));
    }
}
