//! Each way of looking back, as one action: a calendar month, a feeling's trend with the
//! cards tried, and finding check-ins again. Each reads only the months it shows, so ten
//! years of check-ins cost no more than a new phone's few.

use super::calendar::{lay_out, CalendarMonth, Month};
use super::diary_card::{lay_out_week, monday_of, DiaryWeek};
use super::find::Filter;
use super::trend::{
    feelings_counted, strength_over, urges_seen, FeelingCount, Point, Span, UrgeSeen,
};
use crate::checkin::book::{self, CHECKINS_PREFIX};
use crate::checkin::CheckIn;
use crate::feelings::{load_own_words, same_word};
use crate::kernel::Context;
use crate::storage::StoreError;
use crate::summary::{build::cards_tried, CardTried};
use crate::toolkit::shelf;
use crate::urges::my_urges;
use chrono::{Days, NaiveDate};

/// A month of the calendar: `None` for this month.
pub fn calendar(phone: &mut Context, month: Option<Month>) -> Result<CalendarMonth, StoreError> {
    let today = phone.now.date_naive();
    let month = month.unwrap_or(Month::of(today));
    let checkins = book::on_days(phone.store(), month.first_day(), month.last_day())?;
    let earliest = earliest_month(phone)?;
    Ok(lay_out(month, checkins, earliest, today))
}

/// The month of the first check-in kept, as the client saw its date.
fn earliest_month(phone: &mut Context) -> Result<Option<Month>, StoreError> {
    Ok(earliest_day(phone)?.map(Month::of))
}

/// The day of the first check-in kept, as the client saw it.
fn earliest_day(phone: &mut Context) -> Result<Option<NaiveDate>, StoreError> {
    let Some(oldest_key) = book::month_keys(phone.store())?.pop() else {
        return Ok(None);
    };
    let month = book::load_month(phone.store(), &oldest_key)?;
    let first = month.iter().map(|c| c.at.date_naive()).min();
    // A month emptied by setting its check-ins aside points at the month it was kept as.
    let kept_as = oldest_key
        .strip_prefix(CHECKINS_PREFIX)
        .and_then(Month::parse);
    Ok(first.or(kept_as.map(Month::first_day)))
}

/// A feeling's trend over a span, how often each feeling came up, and the cards tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trend {
    pub span: Span,
    pub first_day: NaiveDate,
    /// Every feeling in the span, most often first.
    pub feelings: Vec<FeelingCount>,
    /// The feeling drawn: the one asked for, or the one that came up most.
    pub feeling: Option<String>,
    pub points: Vec<Point>,
    /// Each card tried in the span, in the order first tried.
    pub cards: Vec<CardTried>,
    /// Each urge rated in the span, in the order first rated.
    pub urges: Vec<UrgeSeen>,
}

/// The last `span` of days, drawing `feeling` (or the one that came up most).
pub fn trend(phone: &mut Context, span: Span, feeling: Option<&str>) -> Result<Trend, StoreError> {
    let today = phone.now.date_naive();
    let first_day = span.first_day(today);
    let checkins = book::on_days(phone.store(), first_day, today)?;
    let toolkit = shelf::load(phone.store())?;
    let feelings = feelings_counted(&checkins);
    let asked = feeling.and_then(|f| feelings.iter().find(|c| same_word(&c.feeling, f)));
    let feeling = asked.or(feelings.first()).map(|c| c.feeling.clone());
    let points = match &feeling {
        Some(feeling) => strength_over(&checkins, feeling, span, today),
        None => Vec::new(),
    };
    let name = |card: &str| toolkit.find(card).map(|c| c.content.name.clone());
    let urges = my_urges(phone);
    Ok(Trend {
        span,
        first_day,
        cards: cards_tried(&checkins, name),
        urges: urges_seen(&checkins, |id| urges.name_of(id).map(str::to_string)),
        feelings,
        feeling,
        points,
    })
}

/// The diary card's week holding `day` (this week when none).
pub fn diary_week(phone: &mut Context, day: Option<NaiveDate>) -> Result<DiaryWeek, StoreError> {
    let today = phone.now.date_naive();
    let monday = monday_of(day.unwrap_or(today).min(today));
    let sunday = monday + Days::new(6);
    let checkins = book::on_days(phone.store(), monday, sunday)?;
    let toolkit = shelf::load(phone.store())?;
    let urges = my_urges(phone);
    let in_use: Vec<(String, String)> = urges
        .in_use()
        .map(|u| (u.id.clone(), u.name.clone()))
        .collect();
    let mut week = lay_out_week(
        monday,
        &checkins,
        &in_use,
        |id| urges.name_of(id).map(str::to_string),
        |card| toolkit.find(card).map(|c| c.content.name.clone()),
    );
    let week_before = monday - Days::new(7);
    week.earlier = earliest_day(phone)?
        .is_some_and(|first| first < monday)
        .then_some(week_before);
    week.later = (sunday < today).then_some(monday + Days::new(7));
    Ok(week)
}

/// At most this many months are read for one look, so a search that finds little never makes
/// the client wait on years at once: they can look further back.
const MONTHS_PER_LOOK: usize = 12;
/// A look stops once it has at least this many.
const ENOUGH: usize = 30;

/// Check-ins found, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub checkins: Vec<CheckIn>,
    /// Where to carry on looking (an index into the months kept), if older months remain.
    pub next_month: Option<usize>,
    /// The oldest month looked through so far.
    pub looked_back_to: Option<Month>,
}

/// Looks for check-ins matching `filter` from the `from_month`-th month kept, newest first.
pub fn find(phone: &mut Context, filter: &Filter, from_month: usize) -> Result<Found, StoreError> {
    let keys = book::month_keys(phone.store())?;
    let mut found = Found {
        checkins: Vec::new(),
        next_month: None,
        looked_back_to: None,
    };
    let mut index = from_month;
    while index < keys.len()
        && index < from_month + MONTHS_PER_LOOK
        && found.checkins.len() < ENOUGH
    {
        let month = book::load_month(phone.store(), &keys[index])?;
        found
            .checkins
            .extend(month.into_iter().rev().filter(|c| filter.matches(c)));
        found.looked_back_to = keys[index]
            .strip_prefix(CHECKINS_PREFIX)
            .and_then(Month::parse);
        index += 1;
    }
    found.next_month = (index < keys.len()).then_some(index);
    Ok(found)
}

/// What a search can be narrowed to: every feeling word (built in, then the client's own) and
/// every card (put away ones too: what was tried still counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    pub feelings: Vec<String>,
    /// Id and name.
    pub cards: Vec<(String, String)>,
}

pub fn choices(phone: &mut Context) -> Result<Choices, StoreError> {
    let feelings = load_own_words(phone.store())?.choices();
    let cards = shelf::load(phone.store())?
        .all()
        .iter()
        .map(|c| (c.id.clone(), c.content.name.clone()))
        .collect();
    Ok(Choices { feelings, cards })
}
