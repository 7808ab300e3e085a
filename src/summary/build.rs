//! "Since my last session": what the client did in a period, gathered from the phone in one
//! action, for the screen to show and for the client to choose from before sharing.
//!
//! It holds what happened and nothing more: days that have check-ins, each check-in as the
//! client made it, the cards tried and how they said each helped. Days without check-ins are
//! simply absent: there are no averages, scores, streaks or counts of missed days.

use super::period::Period;
use crate::checkin::book;
use crate::checkin::{CheckIn, FeelingRating};
use crate::comeback::requests::{self, AskWay, Sent};
use crate::kernel::tried::Helped;
use crate::kernel::Context;
use crate::on_paper::{self, PaperCard};
use crate::storage::StoreError;
use crate::time::Moment;
use crate::toolkit::shelf::{self, Toolkit};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a card no longer in the toolkit is named: what was tried still counts.
pub const CARD_NO_LONGER_IN_TOOLKIT: &str = "A card no longer in my toolkit";

/// Everything in a period that the client could share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub period: Period,
    /// Only the days with check-ins, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<Day>,
    /// Each card tried in the period, in the order first tried.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<CardTried>,
    /// Requests to come back made in the period, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requests: Vec<RequestMade>,
    /// The cards in use in the toolkit now, as printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub toolkit: Vec<PaperCard>,
}

/// One day on the client's calendar and the check-ins made on it, in the order made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    #[serde(with = "super::period::iso_day")]
    pub date: NaiveDate,
    pub checkins: Vec<Entry>,
}

/// A check-in as the client made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    /// With the phone's offset at the time, so it reads at the clock time the client saw.
    #[serde(with = "crate::time::rfc3339")]
    pub at: Moment,
    /// Each feeling with its strength as the client rated it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feelings: Vec<FeelingRating>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// "Bring this to my next session".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub for_next_session: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tried: Vec<Tried>,
}

/// A card tried after a check-in, with its name from the toolkit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tried {
    pub card: String,
    /// `None` when the card has since been deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the client did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helped: Option<Helped>,
}

impl Tried {
    /// The card's name, or [`CARD_NO_LONGER_IN_TOOLKIT`].
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or(CARD_NO_LONGER_IN_TOOLKIT)
    }
}

/// One card over the whole period: how many times it was tried and what the client said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardTried {
    pub card: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub times: usize,
    pub a_lot: usize,
    pub a_bit: usize,
    pub not_this_time: usize,
    pub not_said: usize,
}

impl CardTried {
    /// The card's name, or [`CARD_NO_LONGER_IN_TOOLKIT`].
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or(CARD_NO_LONGER_IN_TOOLKIT)
    }

    fn count(&mut self, helped: Option<Helped>) {
        self.times += 1;
        *match helped {
            Some(Helped::ALot) => &mut self.a_lot,
            Some(Helped::ABit) => &mut self.a_bit,
            Some(Helped::NotThisTime) => &mut self.not_this_time,
            None => &mut self.not_said,
        } += 1;
    }
}

/// Each card tried in these check-ins, in the order first tried, named by `name` (`None` for
/// a card no longer in the toolkit).
pub fn cards_tried<'a>(
    checkins: impl IntoIterator<Item = &'a CheckIn>,
    name: impl Fn(&str) -> Option<String>,
) -> Vec<CardTried> {
    let mut cards: Vec<CardTried> = Vec::new();
    for tried in checkins.into_iter().flat_map(|c| &c.tried) {
        let index = match cards.iter().position(|c| c.card == tried.card) {
            Some(index) => index,
            None => {
                cards.push(CardTried {
                    card: tried.card.clone(),
                    name: name(&tried.card),
                    times: 0,
                    a_lot: 0,
                    a_bit: 0,
                    not_this_time: 0,
                    not_said: 0,
                });
                cards.len() - 1
            }
        };
        cards[index].count(tried.helped);
    }
    cards
}

/// A request to come back, as the client made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestMade {
    #[serde(with = "crate::time::rfc3339")]
    pub at: Moment,
    pub way: AskWay,
    pub message: String,
    pub sent: Sent,
}

/// Gathers a period's summary from the phone. Only the check-in months that can hold these
/// days are read, so years of check-ins are never all parsed. Anything unreadable met on the
/// way is set aside and the rest is used.
pub fn build(phone: &mut Context, period: Period) -> Result<Summary, StoreError> {
    let checkins = book::on_days(phone.store(), period.from, period.to)?;
    let toolkit = shelf::load(phone.store())?;
    // Kept newest first: read backwards, they come oldest first.
    let requests: Vec<RequestMade> = requests::requests(phone)?
        .into_iter()
        .rev()
        .filter(|r| period.holds(&r.at))
        .map(|r| RequestMade {
            at: r.at,
            way: r.way,
            message: r.message,
            sent: r.sent,
        })
        .collect();
    Ok(gather(period, checkins, &toolkit, requests))
}

/// The summary of check-ins already in hand: what [`build`] does once it has read them.
pub fn gather(
    period: Period,
    mut checkins: Vec<CheckIn>,
    toolkit: &Toolkit,
    requests: Vec<RequestMade>,
) -> Summary {
    checkins.retain(|c| period.holds(&c.at));
    // By the day the client saw, then by time: a check-in heard in another offset can fall
    // on a day before one made earlier, and the days come out in date order.
    checkins.sort_by_key(|c| (c.at.date_naive(), c.at));
    let name = |card: &str| toolkit.find(card).map(|c| c.content.name.clone());
    let cards = cards_tried(&checkins, name);
    let mut days: Vec<Day> = Vec::new();
    for checkin in checkins {
        let date = checkin.at.date_naive();
        let entry = Entry {
            tried: checkin
                .tried
                .iter()
                .map(|t| Tried {
                    card: t.card.clone(),
                    name: name(&t.card),
                    helped: t.helped,
                })
                .collect(),
            id: checkin.id,
            at: checkin.at,
            feelings: checkin.feelings,
            note: checkin.note,
            for_next_session: checkin.for_next_session,
        };
        match days.iter_mut().find(|d| d.date == date) {
            Some(day) => day.checkins.push(entry),
            None => days.push(Day {
                date,
                checkins: vec![entry],
            }),
        }
    }
    Summary {
        period,
        days,
        cards,
        requests,
        toolkit: on_paper::cards(toolkit),
    }
}
