//! The dates a summary covers: whole days on the client's own calendar, both ends included.
//!
//! By default it starts on the day the last session ended (check-ins later that day are new
//! since the session) and runs to today; before any session has ended, it is the last 14 days.
//! A check-in falls on the day the client saw on their phone when they made it (the date in
//! its own stored offset), so a check-in made at 00:30 on a clock-change night is on that day.

use crate::kernel::{Context, Explain};
use crate::session;
use crate::time::Moment;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// How many days the summary covers when no session has ended yet, today included.
pub const DAYS_WITHOUT_A_SESSION: u64 = 14;

/// From one date to another, both included, as the client's calendar shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    #[serde(with = "iso_day")]
    pub from: NaiveDate,
    #[serde(with = "iso_day")]
    pub to: NaiveDate,
}

/// Why the dates the client picked cannot make a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodProblem {
    /// The first date is after the last.
    BackToFront,
    /// A date is missing or not a date (a date field cleared).
    NotADate,
}

impl Explain for PeriodProblem {
    fn message(&self) -> String {
        match self {
            PeriodProblem::BackToFront => {
                "The first date is after the last one. Could you swap them round?".into()
            }
            PeriodProblem::NotADate => "Pick a first and a last day to look back over.".into(),
        }
    }
}

impl Period {
    /// The dates the client picked.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodProblem> {
        if from > to {
            return Err(PeriodProblem::BackToFront);
        }
        Ok(Period { from, to })
    }

    /// The dates as a date field gives them (`2026-11-25`).
    pub fn from_fields(from: &str, to: &str) -> Result<Period, PeriodProblem> {
        match (iso_day::parse(from.trim()), iso_day::parse(to.trim())) {
            (Some(from), Some(to)) => Period::new(from, to),
            _ => Err(PeriodProblem::NotADate),
        }
    }

    /// From the day the last session ended to today, or the last 14 days without one. A
    /// session that seems to have ended after today (the phone's clock was changed) gives
    /// just today.
    pub fn since(last_session_ended: Option<&Moment>, now: &Moment) -> Period {
        let today = now.date_naive();
        let from = match last_session_ended {
            Some(ended) => ended.date_naive().min(today),
            None => today
                .checked_sub_days(Days::new(DAYS_WITHOUT_A_SESSION - 1))
                .unwrap_or(today),
        };
        Period { from, to: today }
    }

    /// True when `at` falls on one of these days, as the client saw the date then.
    pub fn holds(&self, at: &Moment) -> bool {
        (self.from..=self.to).contains(&at.date_naive())
    }
}

/// The period the summary starts with: since the last session, or the last 14 days. A record
/// of the last session that cannot be read is set aside and counts as none, and a store that
/// cannot be read at all gives the last 14 days too: the client can still pick dates.
pub fn starting_period(phone: &mut Context) -> Period {
    let ended = session::last_ended(phone.store()).ok().flatten();
    Period::since(ended.as_ref(), &phone.now)
}

/// Serde for a calendar date as `2026-11-25`, written and read by hand: chrono's general
/// date parser would add to the download for nothing.
pub(crate) mod iso_day {
    use chrono::{Datelike, NaiveDate};
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn text(day: NaiveDate) -> String {
        format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
    }

    pub fn parse(text: &str) -> Option<NaiveDate> {
        let mut parts = text.splitn(3, '-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
            return None;
        }
        NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    pub fn serialize<S: Serializer>(day: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&text(*day))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse(&text).ok_or_else(|| de::Error::custom("not a date like 2026-11-25"))
    }
}

/// [`iso_day`] for an optional date.
pub(crate) mod iso_day_option {
    use chrono::NaiveDate;
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        day: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match day {
            Some(day) => super::iso_day::serialize(day, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| {
                super::iso_day::parse(&text)
                    .ok_or_else(|| de::Error::custom("not a date like 2026-11-25"))
            })
            .transpose()
    }
}

#[cfg(test)]
pub(crate) fn day(text: &str) -> NaiveDate {
    iso_day::parse(text).expect("test date")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::moment;
    use crate::kernel::context::fixtures::TestPhone;

    #[test]
    fn starts_where_the_last_session_ended() {
        let now = moment("2026-11-25T10:00:00+00:00");
        let ended = moment("2026-11-11T15:00:00+00:00");
        assert_eq!(
            Period::since(Some(&ended), &now),
            Period {
                from: day("2026-11-11"),
                to: day("2026-11-25")
            }
        );
        let in_the_future = moment("2026-12-01T15:00:00+00:00");
        assert_eq!(
            Period::since(Some(&in_the_future), &now).from,
            now.date_naive()
        );
    }

    #[test]
    fn without_a_session_covers_the_last_fourteen_days() {
        let now = moment("2026-11-25T10:00:00+00:00");
        assert_eq!(
            Period::since(None, &now),
            Period {
                from: day("2026-11-12"),
                to: day("2026-11-25")
            }
        );
    }

    #[test]
    fn the_starting_period_reads_when_session_mode_last_ended() {
        let mut test = TestPhone::at("2026-11-25T10:00:00Z");
        let fortnight = test.act(starting_period);
        assert_eq!(fortnight.from, day("2026-11-12"));
        test.now = moment("2026-11-18T16:00:00Z");
        let mut on = None;
        test.act(|p| session::start(p, &mut on)).expect("start");
        test.act(|p| session::end(p, &mut on)).expect("end");
        test.now = moment("2026-11-25T10:00:00Z");
        let since = test.act(starting_period);
        assert_eq!(
            (since.from, since.to),
            (day("2026-11-18"), day("2026-11-25"))
        );
    }

    #[test]
    fn dates_picked_back_to_front_are_a_kind_problem() {
        let problem = Period::new(day("2026-11-25"), day("2026-11-01"));
        assert_eq!(problem, Err(PeriodProblem::BackToFront));
        assert!(PeriodProblem::BackToFront.message().ends_with('?'));
        assert!(Period::new(day("2026-11-25"), day("2026-11-25")).is_ok());
    }

    #[test]
    fn dates_from_date_fields() {
        assert_eq!(
            Period::from_fields("2026-11-11", " 2026-11-25"),
            Ok(Period {
                from: day("2026-11-11"),
                to: day("2026-11-25")
            })
        );
        assert_eq!(
            Period::from_fields("2026-11-25", "2026-11-11"),
            Err(PeriodProblem::BackToFront)
        );
        for (from, to) in [
            ("", "2026-11-25"),
            ("2026-11-11", ""),
            ("soon", "2026-11-25"),
        ] {
            assert_eq!(
                Period::from_fields(from, to),
                Err(PeriodProblem::NotADate),
                "{from} {to}"
            );
        }
        assert!(!PeriodProblem::NotADate.message().is_empty());
    }

    #[test]
    fn a_day_is_the_one_the_client_saw_even_on_clock_change_nights() {
        let period = Period::new(day("2026-10-25"), day("2026-10-25")).expect("period");
        // Europe/London: the clocks go back at 02:00 BST on the last Sunday of October.
        assert!(period.holds(&moment("2026-10-25T00:30:00+01:00")));
        assert!(period.holds(&moment("2026-10-25T01:30:00+00:00")));
        assert!(!period.holds(&moment("2026-10-24T23:59:00+01:00")));
        assert!(!period.holds(&moment("2026-10-26T00:00:00+00:00")));
    }

    #[test]
    fn dates_travel_as_plain_iso_text() {
        let period = Period::new(day("2026-01-05"), day("2026-11-25")).expect("period");
        let json = serde_json::to_string(&period).expect("json");
        assert_eq!(json, r#"{"from":"2026-01-05","to":"2026-11-25"}"#);
        assert_eq!(serde_json::from_str::<Period>(&json).expect("back"), period);
        for odd in [
            "2026-1-05",
            "2026-02-30",
            "20260105",
            "+2026-01-05",
            "2026-01-05x",
        ] {
            assert_eq!(iso_day::parse(odd), None, "{odd}");
        }
    }
}
