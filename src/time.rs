//! Moments in a client's life, stored so they survive travel and clock changes.
//!
//! A [`Moment`] is a UTC instant together with the local offset the phone had when it was
//! recorded. Serialised it is one RFC 3339 string, e.g. `2026-07-01T09:05:00+01:00`, which
//! a person can read in an export and which sorts by instant once parsed.
//!
//! Nothing here asks the system for the time: callers pass `now` in, so every rule is testable.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, SecondsFormat, TimeZone, Timelike};
use serde::{de, Deserialize, Deserializer, Serializer};

/// A UTC instant plus the local offset at which it was recorded.
pub type Moment = DateTime<FixedOffset>;

/// Builds a moment from what a browser gives: milliseconds since the Unix epoch (UTC) and the
/// local offset in minutes east of UTC. `None` if either is out of range.
pub fn moment_from_millis(utc_millis: i64, offset_minutes_east: i32) -> Option<Moment> {
    let offset = FixedOffset::east_opt(offset_minutes_east.checked_mul(60)?)?;
    let utc = DateTime::from_timestamp_millis(utc_millis)?;
    Some(utc.with_timezone(&offset))
}

/// The same instant seen from another offset: used to tell "today" on the client's phone now.
pub fn local_date(at: &Moment, offset: FixedOffset) -> NaiveDate {
    offset.from_utc_datetime(&at.naive_utc()).date_naive()
}

/// Serde for a [`Moment`] (`#[serde(with = "crate::time::rfc3339")]`), through chrono's
/// dedicated RFC 3339 reader and writer: its general date parser would add several KB to the
/// download for nothing.
pub mod rfc3339 {
    use super::*;

    pub fn serialize<S: Serializer>(at: &Moment, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&at.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Moment, D::Error> {
        let text = String::deserialize(deserializer)?;
        DateTime::parse_from_rfc3339(&text).map_err(de::Error::custom)
    }
}

/// [`rfc3339`] for an optional moment.
pub mod rfc3339_option {
    use super::*;

    pub fn serialize<S: Serializer>(at: &Option<Moment>, serializer: S) -> Result<S::Ok, S::Error> {
        match at {
            Some(at) => rfc3339::serialize(at, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Moment>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| DateTime::parse_from_rfc3339(&text).map_err(de::Error::custom))
            .transpose()
    }
}

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A heading for the day of `at`, as the client would say it: "Today", "Yesterday",
/// "Monday 16 November", or with the year when it is not this year.
///
/// The day is the one on the client's own calendar where they are now (`now`'s offset).
pub fn day_label(at: &Moment, now: &Moment) -> String {
    let today = now.date_naive();
    let day = local_date(at, *now.offset());
    if day == today {
        return "Today".to_string();
    }
    if today.pred_opt() == Some(day) {
        return "Yesterday".to_string();
    }
    let weekday = WEEKDAYS[day.weekday().num_days_from_monday() as usize];
    let month = MONTHS[day.month0() as usize];
    if day.year() == today.year() {
        format!("{weekday} {} {month}", day.day())
    } else {
        format!("{weekday} {} {month} {}", day.day(), day.year())
    }
}

/// The date of `at` where it was recorded, in full: "22 November 2026".
pub fn date_label(at: &Moment) -> String {
    let day = at.date_naive();
    format!(
        "{} {} {}",
        day.day(),
        MONTHS[day.month0() as usize],
        day.year()
    )
}

/// A calendar day in full, with its weekday and year: "Sunday 25 October 2026", for a page
/// that may be read long after it was made.
pub fn full_day_label(day: NaiveDate) -> String {
    let weekday = WEEKDAYS[day.weekday().num_days_from_monday() as usize];
    let month = MONTHS[day.month0() as usize];
    format!("{weekday} {} {month} {}", day.day(), day.year())
}

/// A month on the calendar: "November 2026".
pub fn month_label(year: i32, month: u32) -> String {
    let name = MONTHS.get(month.wrapping_sub(1) as usize).unwrap_or(&"");
    format!("{name} {year}")
}

/// A day without its weekday or year, for charts and tables: "25 October".
pub fn day_and_month(day: NaiveDate) -> String {
    format!("{} {}", day.day(), MONTHS[day.month0() as usize])
}

/// Short weekday names, Monday first, for a calendar's columns.
pub const WEEKDAYS_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// The clock time of `at` as it was where the client was, e.g. "9:05am" or "11:40pm".
pub fn clock_label(at: &Moment) -> String {
    let (pm, hour) = at.hour12();
    let suffix = if pm { "pm" } else { "am" };
    format!("{hour}:{:02}{suffix}", at.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Moment {
        DateTime::parse_from_rfc3339(s).expect("test moment")
    }

    #[test]
    fn dates_are_written_in_full_where_they_happened() {
        assert_eq!(
            date_label(&at("2026-11-22T23:30:00-05:00")),
            "22 November 2026"
        );
    }

    #[test]
    fn days_in_full_carry_their_weekday_and_year() {
        let day = NaiveDate::from_ymd_opt(2026, 10, 25).expect("date");
        assert_eq!(full_day_label(day), "Sunday 25 October 2026");
    }

    #[test]
    fn builds_a_moment_from_browser_numbers() {
        let m = moment_from_millis(1_795_000_000_000, 60).expect("in range");
        assert_eq!(m.offset().local_minus_utc(), 3600);
        assert_eq!(m.timestamp_millis(), 1_795_000_000_000);
    }

    #[test]
    fn refuses_impossible_offsets_and_instants() {
        assert!(moment_from_millis(0, 24 * 60).is_none());
        assert!(moment_from_millis(i64::MAX, 0).is_none());
        assert!(moment_from_millis(0, i32::MAX).is_none());
    }

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Stamped {
        #[serde(with = "rfc3339")]
        at: Moment,
        #[serde(default, with = "rfc3339_option")]
        later: Option<Moment>,
    }

    #[test]
    fn keeps_both_instant_and_offset_through_json() {
        let stamped = Stamped {
            at: at("2026-07-01T09:05:00+01:00"),
            later: Some(at("2026-07-01T08:05:00.250Z")),
        };
        let json = serde_json::to_string(&stamped).expect("serialise");
        assert_eq!(
            json,
            r#"{"at":"2026-07-01T09:05:00+01:00","later":"2026-07-01T08:05:00.250Z"}"#
        );
        let back: Stamped = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, stamped);
        assert_eq!(back.at.offset(), stamped.at.offset());
    }

    #[test]
    fn refuses_moments_that_are_not_rfc3339() {
        for json in [
            r#"{"at":"yesterday"}"#,
            r#"{"at":"2026-13-01T00:00:00Z"}"#,
            r#"{"at":7}"#,
        ] {
            assert!(serde_json::from_str::<Stamped>(json).is_err(), "{json}");
        }
        let missing_later: Stamped =
            serde_json::from_str(r#"{"at":"2026-07-01T09:05:00Z"}"#).expect("later is optional");
        assert_eq!(missing_later.later, None);
    }

    #[test]
    fn names_days_from_where_the_client_is_now() {
        let now = at("2026-11-22T10:00:00+00:00");
        assert_eq!(day_label(&at("2026-11-22T08:00:00+00:00"), &now), "Today");
        assert_eq!(
            day_label(&at("2026-11-21T23:59:00+00:00"), &now),
            "Yesterday"
        );
        assert_eq!(
            day_label(&at("2026-11-16T12:00:00+00:00"), &now),
            "Monday 16 November"
        );
        assert_eq!(
            day_label(&at("2025-12-25T12:00:00+00:00"), &now),
            "Thursday 25 December 2025"
        );
    }

    #[test]
    fn a_check_in_made_abroad_falls_on_the_right_day_at_home() {
        // 01:00 on the 22nd in New York is 06:00 on the 22nd in London.
        let made_in_new_york = at("2026-11-22T01:00:00-05:00");
        let now_in_london = at("2026-11-22T12:00:00+00:00");
        assert_eq!(day_label(&made_in_new_york, &now_in_london), "Today");
    }

    #[test]
    fn shows_the_clock_time_the_client_saw() {
        assert_eq!(clock_label(&at("2026-11-22T09:05:00-05:00")), "9:05am");
        assert_eq!(clock_label(&at("2026-11-22T23:40:00+00:00")), "11:40pm");
        assert_eq!(clock_label(&at("2026-11-22T00:00:00+00:00")), "12:00am");
    }
}
