//! A month on the calendar: the days with check-ins and how strong the strongest feeling was.
//! Days without a check-in are plain days, never "missed".

use crate::checkin::CheckIn;
use crate::kernel::strength::STRONG;
use crate::time::month_label;
use chrono::{Datelike, Days, NaiveDate};

/// A month of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    /// The month a day falls in.
    pub fn of(day: NaiveDate) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    /// A month written as in the address, `2026-11`; `None` for anything else, or a year no
    /// one could have check-ins in.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let month = Month {
            year: year.parse().ok()?,
            month: month.parse().ok()?,
        };
        ((1..=12).contains(&month.month) && (1900..=9998).contains(&month.year)).then_some(month)
    }

    /// As [`Month::parse`] reads it.
    pub fn text(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// "November 2026".
    pub fn label(self) -> String {
        month_label(self.year, self.month)
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or(NaiveDate::MAX)
    }

    pub fn previous(self) -> Month {
        match self.month {
            1 => Month {
                year: self.year - 1,
                month: 12,
            },
            m => Month {
                month: m - 1,
                ..self
            },
        }
    }

    pub fn next(self) -> Month {
        match self.month {
            12 => Month {
                year: self.year + 1,
                month: 1,
            },
            m => Month {
                month: m + 1,
                ..self
            },
        }
    }
}

/// How strong the strongest feeling of a day was, in three bands, each drawn as its own shape
/// so it reads without colour, in dark mode and on paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// 0 to 3.
    Gentle,
    /// 4 to 6.
    Middling,
    /// [`STRONG`] or more.
    Strong,
}

impl Band {
    pub const ALL: [Band; 3] = [Band::Gentle, Band::Middling, Band::Strong];

    pub fn of(strength: u8) -> Band {
        match strength {
            s if s >= STRONG => Band::Strong,
            s if s >= 4 => Band::Middling,
            _ => Band::Gentle,
        }
    }

    /// The strengths the band holds, for the key and screen readers.
    pub fn words(self) -> &'static str {
        match self {
            Band::Gentle => "strongest feeling 0 to 3",
            Band::Middling => "strongest feeling 4 to 6",
            Band::Strong => "strongest feeling 7 or more",
        }
    }
}

/// One day of the month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarDay {
    pub date: NaiveDate,
    /// The check-ins made that day, in the order made.
    pub checkins: Vec<CheckIn>,
}

impl CalendarDay {
    /// The strongest feeling of the day, if it had a check-in.
    pub fn strongest(&self) -> Option<u8> {
        self.checkins
            .iter()
            .flat_map(|c| &c.feelings)
            .map(|f| f.strength)
            .max()
    }

    pub fn band(&self) -> Option<Band> {
        self.strongest().map(Band::of)
    }
}

/// A month laid out in weeks, Monday first; the cells before the 1st and after the last day
/// are empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarMonth {
    pub month: Month,
    pub weeks: Vec<[Option<CalendarDay>; 7]>,
    /// The month before, when there are check-ins that far back.
    pub previous: Option<Month>,
    /// The month after, unless this is the current month.
    pub next: Option<Month>,
}

impl CalendarMonth {
    /// The days with check-ins, in order: the table of the same numbers.
    pub fn days_with_checkins(&self) -> impl Iterator<Item = &CalendarDay> {
        self.weeks
            .iter()
            .flatten()
            .flatten()
            .filter(|d| !d.checkins.is_empty())
    }
}

/// Lays out `month` with the check-ins made in it (each on the day it showed where it was
/// made). `earliest` is the first month with any check-ins; `today` the client's date now.
pub fn lay_out(
    month: Month,
    checkins: Vec<CheckIn>,
    earliest: Option<Month>,
    today: NaiveDate,
) -> CalendarMonth {
    let mut days: Vec<CalendarDay> = Vec::with_capacity(31);
    let mut day = month.first_day();
    while Month::of(day) == month {
        days.push(CalendarDay {
            date: day,
            checkins: Vec::new(),
        });
        let Some(next) = day.checked_add_days(Days::new(1)) else {
            break;
        };
        day = next;
    }
    for checkin in checkins {
        let date = checkin.at.date_naive();
        if let Some(day) = days.iter_mut().find(|d| d.date == date) {
            day.checkins.push(checkin);
        }
    }
    let blanks = month.first_day().weekday().num_days_from_monday() as usize;
    let mut cells: Vec<Option<CalendarDay>> = std::iter::repeat_n(None, blanks)
        .chain(days.into_iter().map(Some))
        .collect();
    cells.resize(cells.len().div_ceil(7) * 7, None);
    let weeks = cells
        .chunks(7)
        .map(|week| std::array::from_fn(|i| week[i].clone()))
        .collect();
    CalendarMonth {
        month,
        weeks,
        previous: earliest
            .filter(|first| *first < month)
            .map(|_| month.previous()),
        next: (month < Month::of(today)).then(|| month.next()),
    }
}
