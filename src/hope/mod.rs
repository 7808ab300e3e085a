//! Hope, control and opportunity, in my own words: the recovery approach's three principles
//! as three short questions, each on a 1 to 5 scale with room for a sentence. Optional and
//! occasional (never asked, weekly, or whenever the client likes), shown as a trend to the
//! client only and never added up into a score.
//!
//! Ratings are kept a year per key (`harbour.hope.2026`, by the year the client saw), so a
//! save rewrites at most a year's few dozen.

#[cfg(target_arch = "wasm32")]
pub mod page;

use crate::kernel::id::is_plain_id;
use crate::kernel::text::{has_hidden_characters, looks_like_markup};
use crate::kernel::{Context, Explain, NotDone};
use crate::storage::quarantine::{read_json, read_sound, Read};
use crate::storage::unknown_fields::{list_keeping_unknown, write_keeping_unknown};
use crate::storage::StoreError;
use crate::time::Moment;
use chrono::Datelike;
use serde::{Deserialize, Serialize};

pub const HOPE_PREFIX: &str = "harbour.hope.";
/// How often the client wants to be asked.
pub const HOPE_CHOICE_KEY: &str = "harbour.hope-choice";
pub const MAX_SCALE: u8 = 5;
const MAX_WORDS_CHARS: usize = 280;

/// The three questions, in plain words, each with the ends of its scale.
pub const QUESTIONS: [(&str, &str, &str); 3] = [
    (
        "How hopeful do you feel that things can get better?",
        "Not hopeful",
        "Very hopeful",
    ),
    (
        "How much do you feel in charge of your life?",
        "Not at all",
        "Very much",
    ),
    (
        "How much do you feel there are chances open to you: people, things to do?",
        "None",
        "Plenty",
    ),
];

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskMe {
    #[default]
    Never,
    Weekly,
    WheneverILike,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HopeChoice {
    pub ask: AskMe,
    /// Kept here so home can tell a week has passed without reading the ratings.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::rfc3339_option"
    )]
    pub last_answered: Option<Moment>,
}

/// One time the client answered, each answer 1 to 5 if they gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HopeRating {
    pub id: String,
    #[serde(with = "crate::time::rfc3339")]
    pub at: Moment,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hope: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity: Option<u8>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
}

impl HopeRating {
    /// The three answers, in the questions' order.
    pub fn answers(&self) -> [Option<u8>; 3] {
        [self.hope, self.control, self.opportunity]
    }

    fn is_sound(&self) -> bool {
        is_plain_id(&self.id)
            && self
                .answers()
                .iter()
                .flatten()
                .all(|a| (1..=MAX_SCALE).contains(a))
            && self.words.chars().count() <= MAX_WORDS_CHARS
    }
}

/// The form: the three answers and a sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HopeDraft {
    pub answers: [Option<u8>; 3],
    pub words: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HopeProblem {
    Nothing,
    OffTheScale,
    WordsTooLong,
    OddWords,
}

impl Explain for HopeProblem {
    fn message(&self) -> String {
        match self {
            HopeProblem::Nothing => "Answer a question, or write a sentence, before saving.".into(),
            HopeProblem::OffTheScale => "Choose a number from 1 to 5.".into(),
            HopeProblem::WordsTooLong => {
                format!("Your words can hold {MAX_WORDS_CHARS} letters. Could you shorten them?")
            }
            HopeProblem::OddWords => "Part of your words has hidden characters or web page \
                code, such as words inside < and >. Could you type that part again?"
                .into(),
        }
    }
}

fn year_key(at: &Moment) -> String {
    format!("{HOPE_PREFIX}{}", at.year())
}

/// The year's ratings as stored now, oldest first; a year that cannot be read, or holds what
/// could not have been answered, is set aside as it was.
fn load_year(phone: &mut Context, key: &str) -> Result<Vec<HopeRating>, StoreError> {
    let sound = |ratings: &Vec<HopeRating>| ratings.iter().all(HopeRating::is_sound);
    Ok(
        match read_sound::<Vec<HopeRating>>(phone.store(), key, sound)? {
            Read::Found(ratings) => ratings,
            Read::Missing | Read::Unreadable => Vec::new(),
        },
    )
}

/// Saves an answer made now.
pub fn save_rating(
    phone: &mut Context,
    draft: &HopeDraft,
) -> Result<HopeRating, NotDone<HopeProblem>> {
    let words = draft.words.trim().to_string();
    let problem = if draft.answers.iter().all(Option::is_none) && words.is_empty() {
        Some(HopeProblem::Nothing)
    } else if draft
        .answers
        .iter()
        .flatten()
        .any(|a| !(1..=MAX_SCALE).contains(a))
    {
        Some(HopeProblem::OffTheScale)
    } else if words.chars().count() > MAX_WORDS_CHARS {
        Some(HopeProblem::WordsTooLong)
    } else if has_hidden_characters(&words, true) || looks_like_markup(&words) {
        Some(HopeProblem::OddWords)
    } else {
        None
    };
    if let Some(problem) = problem {
        return Err(NotDone::Problems(vec![problem]));
    }
    let [hope, control, opportunity] = draft.answers;
    let rating = HopeRating {
        id: phone.new_id(),
        at: phone.now,
        hope,
        control,
        opportunity,
        words,
    };
    let key = year_key(&rating.at);
    let mut year = load_year(phone, &key)?;
    year.push(rating.clone());
    let stored = phone.store().read(&key)?;
    let list = list_keeping_unknown(&year, |r| &r.id, stored.as_deref())?;
    phone.store().write(&key, &list)?;
    let mut choice = choice(phone);
    choice.last_answered = Some(rating.at);
    // The rating is kept; a reminder that cannot be updated only asks again sooner.
    let _ = write_keeping_unknown(phone.store(), HOPE_CHOICE_KEY, &choice);
    Ok(rating)
}

/// Every rating kept, newest first.
pub fn ratings(phone: &mut Context) -> Result<Vec<HopeRating>, StoreError> {
    let mut keys = phone.store().keys_with_prefix(HOPE_PREFIX)?;
    keys.retain(|k| k[HOPE_PREFIX.len()..].bytes().all(|b| b.is_ascii_digit()));
    keys.sort();
    let mut all = Vec::new();
    for key in keys.iter().rev() {
        all.extend(load_year(phone, key)?.into_iter().rev());
    }
    Ok(all)
}

pub fn choice(phone: &mut Context) -> HopeChoice {
    match read_json::<HopeChoice>(phone.store(), HOPE_CHOICE_KEY) {
        Ok(Read::Found(choice)) => choice,
        _ => HopeChoice::default(),
    }
}

/// How often to be asked, starting from the choice as stored now.
pub fn choose(phone: &mut Context, ask: AskMe) -> Result<(), StoreError> {
    let mut choice = choice(phone);
    choice.ask = ask;
    write_keeping_unknown(phone.store(), HOPE_CHOICE_KEY, &choice)
}

/// True when the client asked to be asked weekly and has not answered in the last 7 days.
pub fn is_due(phone: &mut Context) -> bool {
    let choice = choice(phone);
    let week_ago = phone.now - chrono::Duration::days(7);
    choice.ask == AskMe::Weekly && choice.last_answered.is_none_or(|at| at < week_ago)
}

#[cfg(test)]
mod tests;
