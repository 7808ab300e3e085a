//! The reminder as an iCalendar file (RFC 5545) the phone's calendar keeps: one recurring
//! event in Europe/London time, with an alarm, and a link back to the check-in.
//!
//! Lines end in CRLF and are folded at 75 octets (never inside a character); text values are
//! escaped (`\\`, `\;`, `\,`, `\n`). The event's UID stays the same whenever the reminder
//! changes and its SEQUENCE grows, so a calendar replaces the old event with the new one.

use super::record::Reminder;
use crate::time::Moment;
use chrono::{Datelike, Days, NaiveDate, Timelike};

/// Britain's rules since 1996: summer time from 01:00 UTC on the last Sunday in March to 01:00
/// UTC on the last Sunday in October.
const LONDON: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/London\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0000\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:BST\r\n\
DTSTART:19700329T010000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0000\r\n\
TZNAME:GMT\r\n\
DTSTART:19701025T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

const WEEKDAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The file's text. `now` stamps it and decides the first day; `check_in_link` is the
/// address of Harbour's check-in on this phone.
pub fn calendar_file(reminder: &Reminder, now: Moment, check_in_link: &str) -> String {
    let first = first_day(reminder, now.date_naive());
    let days: Vec<&str> = reminder
        .days
        .iter()
        .filter_map(|d| WEEKDAY_CODES.get(usize::from(*d)).copied())
        .collect();
    let description = format!(
        "{}\nOpen Harbour to check in: {check_in_link}\nHarbour can't know whether you have \
         checked in already today.",
        reminder.words
    );
    let mut text = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harbour//Reminder//EN\r\n\
         CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
    );
    text.push_str(LONDON);
    let lines = [
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", reminder.uid),
        format!("DTSTAMP:{}", stamp(now)),
        format!("SEQUENCE:{}", reminder.sequence),
        format!(
            "DTSTART;TZID=Europe/London:{}T{:02}{:02}00",
            date(first),
            reminder.hour,
            reminder.minute
        ),
        "DURATION:PT10M".into(),
        format!("RRULE:FREQ=WEEKLY;BYDAY={}", days.join(",")),
        format!("SUMMARY:{}", escaped(&reminder.words)),
        format!("DESCRIPTION:{}", escaped(&description)),
        format!("URL:{check_in_link}"),
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escaped(&reminder.words)),
        "TRIGGER:PT0M".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    for line in lines {
        text.push_str(&folded(&line));
    }
    text
}

/// `20261204`. (Written out: chrono's formatting would bring its whole format parser along.)
fn date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// `20261203T180000Z`: the moment in UTC.
fn stamp(at: Moment) -> String {
    let utc = at.naive_utc();
    format!(
        "{}T{:02}{:02}{:02}Z",
        date(utc.date()),
        utc.hour(),
        utc.minute(),
        utc.second()
    )
}

/// The first chosen weekday on or after `today`.
fn first_day(reminder: &Reminder, today: NaiveDate) -> NaiveDate {
    (0..7)
        .map(|n| today + Days::new(n))
        .find(|d| reminder.is_on(d.weekday().num_days_from_monday()))
        .unwrap_or(today)
}

/// A TEXT value escaped as RFC 5545 (3.3.11) asks.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so that no line is longer than 75 octets (RFC 5545, 3.1), each
/// continuation starting with a space, ending in CRLF.
pub fn folded(line: &str) -> String {
    const MAX: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / MAX * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > MAX {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
