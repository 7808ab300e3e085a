//! My urges: up to three urges the client names in their own words ("to drink", "to stay in
//! bed"), each rated 0 to 5 in a check-in with "did I act on it?", the way a DBT diary card
//! keeps them. All of it is optional.
//!
//! The names are kept once, under [`URGES_KEY`], each with a short id (`u1`, `u2`, ...); a
//! check-in keeps only the id, the level and whether the client acted, so years of diary
//! cards stay small. An urge put away keeps its name, since earlier check-ins still speak of
//! it, and naming it again brings it back with its history.

#[cfg(target_arch = "wasm32")]
pub mod page;

use crate::feelings::same_word;
use crate::kernel::id::is_plain_id;
use crate::kernel::text::{has_hidden_characters, looks_like_markup, tidy_line};
use crate::kernel::{Context, Explain, NotDone};
use crate::storage::quarantine::{read_sound, Read};
use crate::storage::unknown_fields::list_keeping_unknown;
use crate::storage::StoreError;
use serde::{Deserialize, Serialize};

pub const URGES_KEY: &str = "harbour.urges";
/// Urges rated in a check-in at one time: a diary card's few, not a checklist.
pub const MAX_URGES: usize = 3;
/// An urge runs from 0 (none) to this.
pub const MAX_LEVEL: u8 = 5;
/// From this level on, an urge offers Help now, as a strong feeling does.
pub const STRONG_URGE: u8 = 4;
const MAX_NAME_CHARS: usize = 40;
/// Names kept, put away ones included: more is a fault, not a person.
const MAX_KEPT: usize = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Urge {
    pub id: String,
    /// In the client's words, such as "to stay in bed".
    pub name: String,
    /// No longer rated in check-ins; kept so earlier check-ins still show its name.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub put_away: bool,
}

/// The urges the client names, put away ones included, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MyUrges(Vec<Urge>);

impl MyUrges {
    /// The urges rated in check-ins now.
    pub fn in_use(&self) -> impl Iterator<Item = &Urge> {
        self.0.iter().filter(|u| !u.put_away)
    }

    /// The name of an urge, put away or not.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.0.iter().find(|u| u.id == id).map(|u| u.name.as_str())
    }

    pub fn all(&self) -> &[Urge] {
        &self.0
    }

    /// `u` and one more than the highest number given so far, so an id is never reused.
    fn new_id(&self) -> String {
        let highest = self
            .0
            .iter()
            .filter_map(|u| u.id.strip_prefix('u')?.parse::<u32>().ok())
            .max()
            .unwrap_or(0);
        format!("u{}", highest + 1)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrgeProblem {
    NoName,
    NameTooLong,
    /// Characters that hide or reorder text, or web page code.
    OddName,
    SameName,
    TooMany,
}

impl Explain for UrgeProblem {
    fn message(&self) -> String {
        match self {
            UrgeProblem::NoName => {
                "Write the urge in a few words, such as “to stay in bed”.".into()
            }
            UrgeProblem::NameTooLong => {
                format!("Try fewer words: up to {MAX_NAME_CHARS} letters, on one line.")
            }
            UrgeProblem::OddName => "An urge can't hold hidden characters or web page code, \
                such as words inside < and >. Could you type it again?"
                .into(),
            UrgeProblem::SameName => "That urge is here already.".into(),
            UrgeProblem::TooMany => format!(
                "You have {MAX_URGES} urges here, as many as a diary card holds. Put one away \
                 to name another."
            ),
        }
    }
}

/// The name as typing keeps it, or what is wrong with it.
fn checked_name(typed: &str) -> Result<String, UrgeProblem> {
    let name = tidy_line(typed);
    if name.is_empty() {
        Err(UrgeProblem::NoName)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(UrgeProblem::NameTooLong)
    } else if has_hidden_characters(typed, false) || looks_like_markup(typed) {
        Err(UrgeProblem::OddName)
    } else {
        Ok(name)
    }
}

/// The client's urges as stored now. A list that cannot be read, or holds what could not have
/// been typed (an odd id, a name typing refuses, the same id twice), is set aside as it was.
pub fn my_urges(phone: &mut Context) -> MyUrges {
    let sound = |urges: &Vec<Urge>| {
        urges.len() <= MAX_KEPT
            && urges.iter().enumerate().all(|(i, u)| {
                is_plain_id(&u.id)
                    && checked_name(&u.name).as_deref() == Ok(u.name.as_str())
                    && !urges[..i].iter().any(|o| o.id == u.id)
            })
    };
    match read_sound::<Vec<Urge>>(phone.store(), URGES_KEY, sound) {
        Ok(Read::Found(urges)) => MyUrges(urges),
        _ => MyUrges::default(),
    }
}

/// Keeps `changed` and shows it; if the phone would not keep it, shows what is stored.
fn keep_and_show(
    phone: &mut Context,
    shown: &mut MyUrges,
    changed: MyUrges,
) -> Result<(), StoreError> {
    let stored = phone.store().read(URGES_KEY)?;
    let kept = list_keeping_unknown(&changed.0, |u| &u.id, stored.as_deref())
        .and_then(|list| phone.store().write(URGES_KEY, &list));
    *shown = if kept.is_ok() {
        changed
    } else {
        my_urges(phone)
    };
    kept
}

/// Names an urge to rate in check-ins, or changes the name of the urge with `id`. Starts from
/// the urges as stored now, so another tab's change is never undone; naming an urge put away
/// brings it back, with its history.
pub fn name_urge(
    phone: &mut Context,
    shown: &mut MyUrges,
    id: Option<&str>,
    typed: &str,
) -> Result<(), NotDone<UrgeProblem>> {
    let name = checked_name(typed).map_err(|p| NotDone::Problems(vec![p]))?;
    let mut changed = my_urges(phone);
    let same = changed
        .0
        .iter()
        .position(|u| same_word(&u.name, &name) && Some(u.id.as_str()) != id);
    let at = id.and_then(|id| changed.0.iter().position(|u| u.id == id));
    let problem = if same.is_some_and(|s| !changed.0[s].put_away) {
        Some(UrgeProblem::SameName)
    } else if at.is_none()
        && (changed.in_use().count() >= MAX_URGES
            || (same.is_none() && changed.0.len() >= MAX_KEPT))
    {
        Some(UrgeProblem::TooMany)
    } else {
        None
    };
    if let Some(problem) = problem {
        *shown = changed;
        return Err(NotDone::Problems(vec![problem]));
    }
    match (at, same) {
        (Some(at), _) => changed.0[at].name = name,
        (None, Some(same)) => changed.0[same].put_away = false,
        (None, None) => {
            let id = changed.new_id();
            changed.0.push(Urge {
                id,
                name,
                put_away: false,
            });
        }
    }
    Ok(keep_and_show(phone, shown, changed)?)
}

/// Stops rating an urge in check-ins; its name stays for the check-ins that rated it.
pub fn put_away(phone: &mut Context, shown: &mut MyUrges, id: &str) -> Result<(), StoreError> {
    let mut changed = my_urges(phone);
    for urge in changed.0.iter_mut().filter(|u| u.id == id) {
        urge.put_away = true;
    }
    keep_and_show(phone, shown, changed)
}

#[cfg(test)]
mod tests;
