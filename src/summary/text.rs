//! The summary as plain text for people: the one text the preview shows and every way of
//! sharing sends (copy, share sheet, email body, the text file), so what the client saw is
//! what leaves, word for word.
//!
//! The client's own words (notes, messages, card text) are put in exactly as written: never
//! escaped, cut or re-wrapped. Plain text cannot run markup, and whatever opens it shows it
//! as it is.

use super::build::{CardTried, Entry, RequestMade, Summary, Tried};
use super::parts::{choose, NothingToShare, Outgoing, Parts};
use super::period::{iso_day, Period};
use crate::checkin::FeelingRating;
use crate::comeback::links::mailto_link;
use crate::comeback::requests::{AskWay, Sent};
use crate::kernel::strength::MAX_STRENGTH;
use crate::kernel::text::plural;
use crate::kernel::tried::Helped;
use crate::on_paper::write_card;
use crate::time::{clock_label, date_label, full_day_label, Moment};
use std::fmt::Write;

/// The subject of an email carrying the summary.
pub const EMAIL_SUBJECT: &str = "Since my last session";

/// The chosen parts of `summary` as plain text, or why there is nothing to share.
pub fn text(
    summary: &Summary,
    parts: Parts,
    made: Moment,
    name: Option<&str>,
) -> Result<String, NothingToShare> {
    Ok(choose(summary, parts, made, name)?.text())
}

/// An email with the text as its body, or `None` when it is too long for some mail apps to
/// open whole: then the screen offers the text file instead.
pub fn email_link(address: &str, text: &str) -> Option<String> {
    mailto_link(address, EMAIL_SUBJECT, text)
}

/// True when the text fits in an email's body (see [`email_link`]).
pub fn fits_in_email(address: &str, text: &str) -> bool {
    email_link(address, text).is_some()
}

/// The name of the plain-text file: `harbour-summary-2026-11-11-to-2026-11-25.txt`.
pub fn text_file_name(period: Period) -> String {
    format!("{}.txt", file_stem(period))
}

/// The name of the JSON file: `harbour-summary-2026-11-11-to-2026-11-25.json`.
pub fn json_file_name(period: Period) -> String {
    format!("{}.json", file_stem(period))
}

fn file_stem(period: Period) -> String {
    format!(
        "harbour-summary-{}-to-{}",
        iso_day::text(period.from),
        iso_day::text(period.to)
    )
}

impl Outgoing {
    /// The text that leaves the phone, line breaks as `\n`.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let summary = &self.summary;
        out.push_str(&period_line(summary.period));
        let _ = writeln!(out, "Made on {}", date_label(&self.made));
        out.push_str("Written by me in Harbour\n");
        if let Some(name) = &self.name {
            let _ = writeln!(out, "My name: {name}");
        }
        if !summary.days.is_empty() {
            out.push_str("\n\nDAY BY DAY\n");
            for day in &summary.days {
                let _ = write!(out, "\n{}\n", full_day_label(day.date));
                for entry in &day.checkins {
                    write_entry(&mut out, entry);
                }
            }
        }
        if !summary.cards.is_empty() {
            out.push_str("\n\nSKILLS I TRIED\n\n");
            for card in &summary.cards {
                let _ = writeln!(out, "{}", card_line(card));
            }
        }
        if !summary.requests.is_empty() {
            out.push_str("\n\nASKING TO COME BACK\n");
            for request in &summary.requests {
                write_request(&mut out, request);
            }
        }
        if !summary.toolkit.is_empty() {
            out.push_str("\n\nMY TOOLKIT\n");
            for card in &summary.toolkit {
                write_card(&mut out, card);
            }
        }
        out
    }
}

/// The period in one line, above the days so the client sees its shape before scrolling:
/// "4 check-ins on 3 days, 1 for my next session, 3 skills tried, 1 request to come back".
/// Only what is there: nothing counts what wasn't done.
pub fn glance(summary: &Summary) -> String {
    let checkins: usize = summary.days.iter().map(|d| d.checkins.len()).sum();
    let marked = summary
        .days
        .iter()
        .flat_map(|d| &d.checkins)
        .filter(|e| e.for_next_session)
        .count();
    let said = [
        (checkins > 0).then(|| {
            format!(
                "{} on {}",
                plural(checkins, "check-in"),
                plural(summary.days.len(), "day")
            )
        }),
        (marked > 0).then(|| format!("{marked} for my next session")),
        (!summary.cards.is_empty())
            .then(|| format!("{} tried", plural(summary.cards.len(), "skill"))),
        (!summary.requests.is_empty())
            .then(|| format!("{} to come back", plural(summary.requests.len(), "request"))),
    ];
    said.into_iter().flatten().collect::<Vec<_>>().join(", ")
}

/// A card over the whole period, as the text and the screen say it:
/// "Breathe slowly: tried 3 times (helped a lot: 2, not said: 1)".
pub fn card_line(card: &CardTried) -> String {
    let said = [
        ("helped a lot", card.a_lot),
        ("helped a bit", card.a_bit),
        ("not this time", card.not_this_time),
        ("not said", card.not_said),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(label, n)| format!("{label}: {n}"))
    .collect::<Vec<_>>()
    .join(", ");
    let times = match card.times {
        1 => "once".to_string(),
        n => plural(n, "time"),
    };
    format!("{}: tried {times} ({said})", card.name())
}

/// A card tried after one check-in: "Tried: Breathe slowly. How it helped: a lot".
pub fn tried_line(tried: &Tried) -> String {
    // In a sentence, lower case; written out rather than lowered, which would bring the
    // whole of Unicode's case tables into the download.
    let how = match tried.helped {
        Some(Helped::ALot) => "a lot",
        Some(Helped::ABit) => "a bit",
        Some(Helped::NotThisTime) => "not this time",
        None => return format!("Tried: {}", tried.name()),
    };
    format!("Tried: {}. How it helped: {how}", tried.name())
}

/// A feeling as the client rated it: "Sad 6 out of 10".
pub fn feeling_line(feeling: &FeelingRating) -> String {
    format!(
        "{} {} out of {MAX_STRENGTH}",
        feeling.feeling, feeling.strength
    )
}

/// When and how a request to come back was made:
/// "Wednesday 18 November 2026, 9:05am, by text".
pub fn request_line(request: &RequestMade) -> String {
    format!(
        "{}, {}, {}",
        full_day_label(request.at.date_naive()),
        clock_label(&request.at),
        way_label(request.way)
    )
}

/// The dates covered, as the page heads them: "From Wednesday 11 November 2026 to …".
pub fn period_words(period: Period) -> String {
    period_line(period).trim_end().to_string()
}

fn period_line(period: Period) -> String {
    if period.from == period.to {
        format!("{}\n", full_day_label(period.from))
    } else {
        format!(
            "From {} to {}\n",
            full_day_label(period.from),
            full_day_label(period.to)
        )
    }
}

fn write_entry(out: &mut String, entry: &Entry) {
    let _ = write!(out, "\n{}\n", clock_label(&entry.at));
    if !entry.feelings.is_empty() {
        let feelings: Vec<String> = entry.feelings.iter().map(feeling_line).collect();
        let _ = writeln!(out, "Feelings: {}", feelings.join(", "));
    }
    if entry.for_next_session {
        out.push_str("For my next session\n");
    }
    if !entry.note.is_empty() {
        let _ = writeln!(out, "My note:\n{}", entry.note);
    }
    for tried in &entry.tried {
        let _ = writeln!(out, "{}", tried_line(tried));
    }
}

fn write_request(out: &mut String, request: &RequestMade) {
    let _ = write!(out, "\n{}\n", request_line(request));
    if request.sent == Sent::NotYet {
        out.push_str("Not sent\n");
    }
    let _ = writeln!(out, "{}", request.message);
}

/// How a request left, in the client's own voice.
fn way_label(way: AskWay) -> &'static str {
    match way {
        AskWay::Text => "by text",
        AskWay::Email => "by email",
        AskWay::Call => "by phone",
        AskWay::Shared => "from the share menu",
        AskWay::Copied => "copied to send myself",
    }
}
