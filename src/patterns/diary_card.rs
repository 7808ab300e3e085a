//! A week in the shape of a DBT diary card: the days across; for each feeling its strongest
//! that day, for each urge its highest and whether the client acted, and for each card
//! whether it was tried and how it helped. An empty cell is a day with nothing to say.

use super::trend::{feelings_counted, NO_LONGER_NAMED};
use crate::checkin::CheckIn;
use crate::feelings::same_word;
use crate::kernel::tried::Helped;
use crate::summary::build::CARD_NO_LONGER_IN_TOOLKIT;
use chrono::{Datelike, Days, NaiveDate};

/// A row of the card: what it is about and a cell for each day, Monday first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<Cell> {
    pub name: String,
    pub days: [Option<Cell>; 7],
}

/// An urge on one day: the highest it went, and "did I act on it?" (yes if any check-in that
/// day said yes; no if one said no and none yes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UrgeDay {
    pub highest: u8,
    pub acted: Option<bool>,
}

/// A card on one day: how many times tried, and the most it helped, if the client said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardDay {
    pub times: usize,
    pub helped: Option<Helped>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryWeek {
    pub monday: NaiveDate,
    pub checkins: usize,
    /// Feelings most often first.
    pub feelings: Vec<Row<u8>>,
    /// The urges named now, then any others rated this week.
    pub urges: Vec<Row<UrgeDay>>,
    /// Cards in the order first tried this week.
    pub cards: Vec<Row<CardDay>>,
    /// The week before, when there are check-ins that far back.
    pub earlier: Option<NaiveDate>,
    /// The week after, unless this is the current week.
    pub later: Option<NaiveDate>,
}

impl DiaryWeek {
    pub fn days(&self) -> [NaiveDate; 7] {
        std::array::from_fn(|i| self.monday + Days::new(i as u64))
    }
}

/// The Monday of the week holding `day`.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// Which day of the week (0 for Monday) a check-in belongs to, by the date it showed where it
/// was made; none if it was made outside the week.
fn day_index(monday: NaiveDate, checkin: &CheckIn) -> Option<usize> {
    let days = (checkin.at.date_naive() - monday).num_days();
    usize::try_from(days).ok().filter(|d| *d < 7)
}

/// How much a card helped, the most helpful first, so a day's cell says the best of it.
fn most_helpful(a: Option<Helped>, b: Option<Helped>) -> Option<Helped> {
    let rank = |h: Option<Helped>| Helped::ALL.iter().position(|x| Some(*x) == h);
    match (rank(a), rank(b)) {
        (Some(x), Some(y)) if y < x => b,
        (Some(_), _) => a,
        _ => b,
    }
}

/// Where each row's cells are filled in: the row named `id`, added if it is not there.
fn row_for<'a, Cell>(
    rows: &'a mut Vec<(String, Row<Cell>)>,
    id: &str,
    name: impl FnOnce() -> String,
) -> &'a mut Row<Cell> {
    let at = match rows.iter().position(|(i, _)| i == id) {
        Some(at) => at,
        None => {
            rows.push((
                id.to_string(),
                Row {
                    name: name(),
                    days: std::array::from_fn(|_| None),
                },
            ));
            rows.len() - 1
        }
    };
    &mut rows[at].1
}

/// Lays out the week from `monday` with its check-ins. `urges_named` are the urges in use now
/// (id and name), each a row even on a week that did not rate it, as on a paper card;
/// `urge_name` and `card_name` name what the check-ins refer to.
pub fn lay_out_week(
    monday: NaiveDate,
    checkins: &[CheckIn],
    urges_named: &[(String, String)],
    urge_name: impl Fn(&str) -> Option<String>,
    card_name: impl Fn(&str) -> Option<String>,
) -> DiaryWeek {
    let in_week: Vec<(usize, &CheckIn)> = checkins
        .iter()
        .filter_map(|c| Some((day_index(monday, c)?, c)))
        .collect();
    let mut feelings: Vec<Row<u8>> = feelings_counted(in_week.iter().map(|(_, c)| *c))
        .into_iter()
        .map(|f| Row {
            name: f.feeling,
            days: [None; 7],
        })
        .collect();
    let mut urges: Vec<(String, Row<UrgeDay>)> = urges_named
        .iter()
        .map(|(id, name)| {
            let row = Row {
                name: name.clone(),
                days: [None; 7],
            };
            (id.clone(), row)
        })
        .collect();
    let mut cards: Vec<(String, Row<CardDay>)> = Vec::new();
    for (day, checkin) in &in_week {
        for rating in &checkin.feelings {
            if let Some(row) = feelings
                .iter_mut()
                .find(|r| same_word(&r.name, &rating.feeling))
            {
                let cell = &mut row.days[*day];
                *cell = Some(cell.map_or(rating.strength, |s| s.max(rating.strength)));
            }
        }
        for rating in &checkin.urges {
            let name = || urge_name(&rating.id).unwrap_or_else(|| NO_LONGER_NAMED.into());
            let cell = &mut row_for(&mut urges, &rating.id, name).days[*day];
            let before = cell.unwrap_or(UrgeDay {
                highest: 0,
                acted: None,
            });
            let acted = match (before.acted, rating.acted) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (a, b) => a.or(b),
            };
            *cell = Some(UrgeDay {
                highest: before.highest.max(rating.level),
                acted,
            });
        }
        for tried in &checkin.tried {
            let name =
                || card_name(&tried.card).unwrap_or_else(|| CARD_NO_LONGER_IN_TOOLKIT.into());
            let cell = &mut row_for(&mut cards, &tried.card, name).days[*day];
            *cell = Some(match *cell {
                Some(c) => CardDay {
                    times: c.times + 1,
                    helped: most_helpful(c.helped, tried.helped),
                },
                None => CardDay {
                    times: 1,
                    helped: tried.helped,
                },
            });
        }
    }
    DiaryWeek {
        monday,
        checkins: in_week.len(),
        feelings,
        urges: urges.into_iter().map(|(_, row)| row).collect(),
        cards: cards.into_iter().map(|(_, row)| row).collect(),
        earlier: None,
        later: None,
    }
}
