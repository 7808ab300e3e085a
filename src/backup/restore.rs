//! Bringing a backup back: see what the file holds, then add what this phone does not have.
//!
//! The file's records are first laid out in a scratch store and read with each feature's own
//! loader, so they meet exactly the rules the phone's own data meets: whatever breaks them is
//! kept to one side as the text it was, never stored as a record. Then each record is added
//! to the phone where it is missing; where the phone has its own, different copy, the phone's
//! is kept and the client is told how many. Nothing on the phone is removed or replaced.
//!
//! [`preview`] runs the very same steps over a layer that catches the writes, so what the
//! client is shown before restoring is exactly what restoring does.

use super::{read_file, BackupFile, FileProblem};
use crate::checkin::{book, model::CheckIn};
use crate::comeback::requests::{self, Request, Settings, REQUEST_PREFIX, SETTINGS_KEY};
use crate::feelings::{load_own_words, save_own_words, OWN_WORDS_KEY};
use crate::hope::{self, HopeChoice, HopeRating, HOPE_CHOICE_KEY, HOPE_PREFIX};
use crate::kernel::text::{has_hidden_characters, plural};
use crate::kernel::Context;
use crate::kernel::Explain;
use crate::people::{self, Person, PEOPLE_KEY};
use crate::practitioner::{self, mine, Contact, MY_PRACTITIONER_KEY, OWN_DETAILS_KEY};
use crate::reminders::{Reminder, REMINDER_KEY};
use crate::storage::memory::MemoryStore;
use crate::storage::quarantine::{
    move_aside, read_json, set_aside, set_aside_for, Read, QUARANTINE_PREFIX,
};
use crate::storage::{Store, StoreError};
use crate::summary::{self, record::SHARED_PREFIX, SharingRecord};
use crate::time::Moment;
use crate::toolkit::card::Card;
use crate::toolkit::shelf::{self, Shelf};
use crate::urges::{my_urges, Urge, URGES_KEY};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// How many of each kind of thing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub checkins: usize,
    pub cards: usize,
    pub templates: usize,
    pub requests: usize,
    /// The record of what the client shared, and when.
    pub shared: usize,
    pub people: usize,
    pub own_words: usize,
    /// Urges the client named, put away ones included.
    pub urges: usize,
    /// Answers to hope, control and chances.
    pub hope: usize,
    /// The practitioner's details and the client's settings.
    pub details: usize,
    /// Values that could not be read, kept to one side as they were.
    pub set_aside: usize,
}

impl Counts {
    /// Each kind there is, in words: "3 check-ins", "1 card in My toolkit", …
    pub fn lines(&self) -> Vec<String> {
        let kinds = [
            (self.checkins, "check-in", "check-ins"),
            (self.cards, "card in My toolkit", "cards in My toolkit"),
            (self.templates, "template card", "template cards"),
            (
                self.requests,
                "request to come back",
                "requests to come back",
            ),
            (
                self.shared,
                "note of something shared",
                "notes of things shared",
            ),
            (self.people, "person in Help now", "people in Help now"),
            (
                self.own_words,
                "feeling word of your own",
                "feeling words of your own",
            ),
            (self.urges, "urge of your own", "urges of your own"),
            (
                self.hope,
                "answer to hope, control and chances",
                "answers to hope, control and chances",
            ),
            (
                self.details,
                "set of details or settings",
                "sets of details and settings",
            ),
            (
                self.set_aside,
                "thing kept to one side, as it couldn't be read",
                "things kept to one side, as they couldn't be read",
            ),
        ];
        kinds
            .into_iter()
            .filter(|(n, _, _)| *n > 0)
            .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.lines().is_empty()
    }
}

/// What a backup file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holds {
    pub made: Moment,
    pub counts: Counts,
    /// The first and last check-in in the file.
    pub checkins_from: Option<Moment>,
    pub checkins_to: Option<Moment>,
}

/// What restoring does (or did) to this phone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Restored {
    pub added: Counts,
    /// Records this phone has its own, different copy of: the phone's is kept.
    pub kept_mine: usize,
    /// Parts of the file this version of Harbour does not know: left out.
    pub left_out: usize,
}

impl Restored {
    /// What stays as it was on this phone, said to the client; `None` when nothing differs.
    pub fn kept_mine_line(&self) -> Option<String> {
        let are = if self.kept_mine == 1 { "is" } else { "are" };
        (self.kept_mine > 0).then(|| {
            format!(
                "{} on this phone {are} different from the backup: Harbour keeps this phone's.",
                plural(self.kept_mine, "thing"),
            )
        })
    }
}

/// What the file holds and what restoring it would do, before anything changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub holds: Holds,
    pub would: Restored,
}

/// Why a restore did not finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotRestored {
    File(FileProblem),
    /// The phone refused part way: what was added stays (restoring again adds the rest).
    Store(StoreError),
}

impl Explain for NotRestored {
    fn message(&self) -> String {
        match self {
            NotRestored::File(problem) => problem.message(),
            NotRestored::Store(error) => format!(
                "Part of the backup may have been added before this: {} Nothing that was on \
                 this phone has been lost, and restoring again adds the rest.",
                error.message()
            ),
        }
    }
}

impl From<StoreError> for NotRestored {
    fn from(error: StoreError) -> NotRestored {
        NotRestored::Store(error)
    }
}

/// What `text` holds, and what restoring it would add, without changing anything.
pub fn preview(phone: &mut Context, text: &str) -> Result<Preview, NotRestored> {
    let file = read_file(text).map_err(NotRestored::File)?;
    let (mut scratch, holds) = checked(&file)?;
    let mut layer = Layer::over(&*phone.store());
    let would = add_missing(&mut scratch, &mut layer)?;
    Ok(Preview { holds, would })
}

/// Adds what `text` holds and this phone does not.
pub fn restore(phone: &mut Context, text: &str) -> Result<Restored, NotRestored> {
    let file = read_file(text).map_err(NotRestored::File)?;
    let (mut scratch, _) = checked(&file)?;
    Ok(add_missing(&mut scratch, phone.store())?)
}

/// The file's records laid out and read by each feature's loader: what is left in the
/// scratch store under the records' own keys is sound; what is not is set aside in it.
fn checked(file: &BackupFile) -> Result<(MemoryStore, Holds), StoreError> {
    let mut scratch = MemoryStore::new();
    for (key, raw) in &file.records {
        scratch.write(key, raw.get())?;
    }
    for (key, text) in &file.set_aside {
        if key.starts_with(QUARANTINE_PREFIX) {
            scratch.write(key, text)?;
        }
    }
    set_aside_what_typing_refuses(&mut scratch)?;
    let mut counts = Counts::default();
    let (mut from, mut to) = (None, None);
    for key in book::month_keys(&scratch)? {
        set_aside_hidden_notes(&mut scratch, &key)?;
        let month = book::load_month(&mut scratch, &key)?;
        counts.checkins += month.len();
        // Months come newest first: the last one read holds the first check-in.
        if let (Some(first), Some(last)) = (month.first(), month.last()) {
            from = Some(first.at);
            to = to.or(Some(last.at));
        }
    }
    counts.cards = shelf::load_from(&mut scratch, Shelf::TOOLKIT)?.all().len();
    counts.templates = shelf::load_from(&mut scratch, Shelf::TEMPLATES)?
        .all()
        .len();
    let mut no_new_ids = String::new;
    let mut phone = Context::new(&mut scratch, file.made, &mut no_new_ids);
    counts.requests = requests::requests(&mut phone)?.len();
    counts.shared = summary::records(&mut phone)?.len();
    counts.people = people::people(&mut phone).len();
    counts.urges = my_urges(&mut phone).all().len();
    counts.hope = hope::ratings(&mut phone)?.len();
    let details_sound = mine::mine(&mut phone).is_some();
    counts.details += usize::from(details_sound);
    // `mine` reads unsound details as none without setting them aside.
    if let (false, Some(text)) = (details_sound, scratch.read(MY_PRACTITIONER_KEY)?) {
        move_aside(&mut scratch, MY_PRACTITIONER_KEY, &text);
    }
    counts.details += usize::from(practitioner::load(&mut scratch, OWN_DETAILS_KEY)?.is_some());
    let settings = read_json::<Settings>(&mut scratch, SETTINGS_KEY)?;
    counts.details += usize::from(matches!(settings, Read::Found(_)));
    let hope_choice = read_json::<HopeChoice>(&mut scratch, HOPE_CHOICE_KEY)?;
    counts.details += usize::from(matches!(hope_choice, Read::Found(_)));
    let reminder = read_json::<Reminder>(&mut scratch, REMINDER_KEY)?;
    counts.details += usize::from(matches!(reminder, Read::Found(_)));
    counts.own_words = load_own_words(&mut scratch)?.words().len();
    counts.set_aside = scratch.keys_with_prefix(QUARANTINE_PREFIX)?.len();
    let holds = Holds {
        made: file.made,
        counts,
        checkins_from: from,
        checkins_to: to,
    };
    Ok((scratch, holds))
}

/// A record arriving from a file meets the rules typing it would: where the phone's own
/// loaders let a stored record off (an earlier version kept it, so it is the client's), a
/// file's is held to them. What typing would refuse is kept aside as the text it was: card
/// words with hidden characters or markup, a request whose message could not have been
/// typed, details of a practitioner that could not have been saved.
fn set_aside_what_typing_refuses(scratch: &mut MemoryStore) -> Result<(), StoreError> {
    for key in scratch.keys_with_prefix(crate::storage::PREFIX)? {
        let Some(text) = scratch.read(&key)? else {
            continue;
        };
        let refused = if SHELVES.iter().any(|s| key.starts_with(s.card_prefix())) {
            serde_json::from_str::<Card>(&text).map_or(true, |c| !c.content.problems().is_empty())
        } else if key.starts_with(REQUEST_PREFIX) {
            serde_json::from_str::<Request>(&text).map_or(true, |r| !requests::is_as_typed(&r))
        } else if key == OWN_DETAILS_KEY {
            serde_json::from_str::<Contact>(&text).map_or(true, |c| !c.is_as_typed())
        } else if key == MY_PRACTITIONER_KEY {
            serde_json::from_str::<mine::MyPractitioner>(&text)
                .is_ok_and(|kept| !kept.contact.is_as_typed())
        } else {
            false
        };
        if refused {
            move_aside(scratch, &key, &text);
        }
    }
    Ok(())
}

/// A kept note may hold characters a note can no longer be typed with (the phone still
/// opens those), but one arriving from a file is held to today's rule: those check-ins are
/// set aside, as the text they were.
fn set_aside_hidden_notes(scratch: &mut MemoryStore, key: &str) -> Result<(), StoreError> {
    let Some(text) = scratch.read(key)? else {
        return Ok(());
    };
    let Ok(month) = serde_json::from_str::<Vec<Box<RawValue>>>(&text) else {
        return Ok(());
    };
    let hides = |raw: &RawValue| {
        serde_json::from_str::<CheckIn>(raw.get())
            .is_ok_and(|c| has_hidden_characters(&c.note, true))
    };
    let (hidden, sound): (Vec<&RawValue>, Vec<&RawValue>) = month
        .iter()
        .map(|raw| raw.as_ref())
        .partition(|raw| hides(raw));
    if !hidden.is_empty() {
        let list = |raws: &[&RawValue]| {
            format!(
                "[{}]",
                raws.iter().map(|r| r.get()).collect::<Vec<_>>().join(",")
            )
        };
        set_aside(scratch, key, &list(&hidden))?;
        scratch.write(key, &list(&sound))?;
    }
    Ok(())
}

/// The toolkit, then a practitioner's templates.
const SHELVES: [Shelf; 2] = [Shelf::TOOLKIT, Shelf::TEMPLATES];

enum Added {
    New,
    Same,
    KeptMine,
}

/// Adds every sound record of `scratch` that `phone` lacks.
fn add_missing(scratch: &mut MemoryStore, phone: &mut dyn Store) -> Result<Restored, StoreError> {
    let mut done = Restored::default();
    let mut keys = scratch.keys_with_prefix(crate::storage::PREFIX)?;
    keys.sort();
    let mut new_cards: [Vec<String>; 2] = Default::default();
    for key in keys {
        let Some(text) = scratch.read(&key)? else {
            continue;
        };
        let card_shelf = SHELVES
            .into_iter()
            .position(|s| key.starts_with(s.card_prefix()));
        if let Some(original) = key.strip_prefix(QUARANTINE_PREFIX) {
            if keep_aside(phone, original, &text)? {
                done.added.set_aside += 1;
            }
        } else if book::is_month_key(&key) {
            let (added, differ) = add_to_list::<CheckIn>(phone, &key, &text, |c| &c.id)?;
            done.added.checkins += added;
            done.kept_mine += differ;
        } else if key == PEOPLE_KEY {
            let (added, differ) = add_to_list::<Person>(phone, &key, &text, |p| &p.id)?;
            done.added.people += added;
            done.kept_mine += differ;
        } else if key.starts_with(HOPE_PREFIX) {
            let (added, differ) = add_to_list::<HopeRating>(phone, &key, &text, |r| &r.id)?;
            done.added.hope += added;
            done.kept_mine += differ;
        } else if key == HOPE_CHOICE_KEY {
            done.added.details +=
                usize::from(add_record::<HopeChoice>(phone, &key, &text, &mut done)?);
        } else if key == REMINDER_KEY {
            done.added.details +=
                usize::from(add_record::<Reminder>(phone, &key, &text, &mut done)?);
        } else if key == URGES_KEY {
            // Ids are numbered on each phone: a phone that named its own urges keeps them.
            let (added, differ) = add_to_list::<Urge>(phone, &key, &text, |u| &u.id)?;
            done.added.urges += added;
            done.kept_mine += differ;
        } else if key == OWN_WORDS_KEY {
            done.added.own_words += add_words(scratch, phone)?;
        } else if let Some(shelf) = card_shelf {
            let added = add_record::<Card>(phone, &key, &text, &mut done)?;
            if added {
                let id = key
                    .trim_start_matches(SHELVES[shelf].card_prefix())
                    .to_string();
                new_cards[shelf].push(id);
                if shelf == 0 {
                    done.added.cards += 1;
                } else {
                    done.added.templates += 1;
                }
            }
        } else if key.starts_with(REQUEST_PREFIX) {
            done.added.requests +=
                usize::from(add_record::<Request>(phone, &key, &text, &mut done)?);
        } else if key.starts_with(SHARED_PREFIX) {
            done.added.shared +=
                usize::from(add_record::<SharingRecord>(phone, &key, &text, &mut done)?);
        } else if key == MY_PRACTITIONER_KEY {
            done.added.details += usize::from(add_record::<mine::MyPractitioner>(
                phone, &key, &text, &mut done,
            )?);
        } else if key == OWN_DETAILS_KEY {
            done.added.details +=
                usize::from(add_record::<Contact>(phone, &key, &text, &mut done)?);
        } else if key == SETTINGS_KEY {
            done.added.details +=
                usize::from(add_record::<Settings>(phone, &key, &text, &mut done)?);
        } else if !SHELVES.iter().any(|s| key == s.order_key()) {
            done.left_out += 1;
        }
    }
    for (shelf, ids) in SHELVES.into_iter().zip(new_cards) {
        if !ids.is_empty() {
            shelf::add_to_order(phone, shelf, &order_of(scratch, shelf, ids)?)?;
        }
    }
    Ok(done)
}

/// The added cards' ids, in the file's order.
fn order_of(
    scratch: &mut MemoryStore,
    shelf: Shelf,
    added: Vec<String>,
) -> Result<Vec<String>, StoreError> {
    let in_file = shelf::load_from(scratch, shelf)?;
    Ok(in_file
        .all()
        .iter()
        .map(|c| c.id.clone())
        .filter(|id| added.contains(id))
        .collect())
}

/// Adds one record where the phone has none. True when it was added.
fn add_record<T: DeserializeOwned + PartialEq>(
    phone: &mut dyn Store,
    key: &str,
    text: &str,
    done: &mut Restored,
) -> Result<bool, StoreError> {
    match compare::<T>(phone.read(key)?.as_deref(), text) {
        Added::New => {
            phone.write(key, text)?;
            Ok(true)
        }
        Added::Same => Ok(false),
        Added::KeptMine => {
            done.kept_mine += 1;
            Ok(false)
        }
    }
}

fn compare<T: DeserializeOwned + PartialEq>(mine: Option<&str>, theirs: &str) -> Added {
    let Some(mine) = mine else {
        return Added::New;
    };
    match (
        serde_json::from_str::<T>(mine),
        serde_json::from_str::<T>(theirs),
    ) {
        (Ok(mine), Ok(theirs)) if mine == theirs => Added::Same,
        _ => Added::KeptMine,
    }
}

/// Adds the records of the list `text` whose ids the phone's list at `key` lacks, each
/// exactly as the file has it. Gives how many were added and how many differ.
fn add_to_list<T: DeserializeOwned + PartialEq>(
    phone: &mut dyn Store,
    key: &str,
    text: &str,
    id_of: impl Fn(&T) -> &str,
) -> Result<(usize, usize), StoreError> {
    let Ok(mine) =
        serde_json::from_str::<Vec<Box<RawValue>>>(phone.read(key)?.as_deref().unwrap_or("[]"))
    else {
        // The phone's own list could not be read: its loader sets it aside as it was;
        // nothing is added over it meanwhile.
        return Ok((0, 0));
    };
    let read = |raw: &RawValue| serde_json::from_str::<T>(raw.get()).ok();
    let mine_read: Vec<T> = mine.iter().filter_map(|raw| read(raw)).collect();
    let theirs: Vec<Box<RawValue>> = serde_json::from_str(text).unwrap_or_default();
    let mut list: Vec<&str> = mine.iter().map(|raw| raw.get()).collect();
    let (mut added, mut differ) = (0, 0);
    for raw in &theirs {
        let Some(record) = read(raw) else { continue };
        match mine_read.iter().find(|m| id_of(m) == id_of(&record)) {
            None => {
                list.push(raw.get());
                added += 1;
            }
            Some(m) if *m == record => {}
            Some(_) => differ += 1,
        }
    }
    if added > 0 {
        phone.write(key, &format!("[{}]", list.join(",")))?;
    }
    Ok((added, differ))
}

/// Adds the file's own feeling words the phone does not have.
fn add_words(scratch: &mut MemoryStore, phone: &mut dyn Store) -> Result<usize, StoreError> {
    let theirs = load_own_words(scratch)?;
    let mut mine = load_own_words(phone)?;
    let before = mine.words().len();
    for word in theirs.words() {
        let _ = mine.add(word);
    }
    let added = mine.words().len() - before;
    if added > 0 {
        save_own_words(phone, &mine)?;
    }
    Ok(added)
}

/// Keeps a value set aside in the file, unless the phone already keeps the same text aside
/// for the same key. True when it was kept. Only that key's copies are looked at, so a file
/// of thousands of them restores in time that grows with their number, not its square.
fn keep_aside(phone: &mut dyn Store, numbered: &str, text: &str) -> Result<bool, StoreError> {
    let original = numbered.rsplit_once('.').map_or(numbered, |(key, _)| key);
    if set_aside_for(phone, original)?
        .iter()
        .any(|kept| kept == text)
    {
        return Ok(false);
    }
    set_aside(phone, original, text)?;
    Ok(true)
}

/// A store that reads through to the phone and keeps every write to itself: a preview
/// runs the restore over one, so nothing on the phone changes.
struct Layer<'a> {
    phone: &'a dyn Store,
    /// The latest write to each key (`None`: removed).
    written: BTreeMap<String, Option<String>>,
}

impl<'a> Layer<'a> {
    fn over(phone: &'a dyn Store) -> Layer<'a> {
        Layer {
            phone,
            written: BTreeMap::new(),
        }
    }
}

impl Store for Layer<'_> {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self.written.get(key) {
            Some(value) => Ok(value.clone()),
            None => self.phone.read(key),
        }
    }
    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.written.insert(key.into(), Some(value.into()));
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.written.insert(key.into(), None);
        Ok(())
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let mut keys = self.phone.keys_with_prefix(prefix)?;
        keys.retain(|k| !self.written.contains_key(k));
        let written = self.written.range(prefix.to_string()..);
        keys.extend(
            written
                .take_while(|(k, _)| k.starts_with(prefix))
                .filter(|(_, v)| v.is_some())
                .map(|(k, _)| k.clone()),
        );
        Ok(keys)
    }
}
