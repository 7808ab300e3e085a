//! A feeling's strength over the last 7, 30, 90 or 365 days, and how often each feeling came
//! up. Strengths are the client's own ratings, shown as they gave them: nothing is averaged
//! into a score, and a day without the feeling is a gap, not a zero.

use crate::checkin::CheckIn;
use crate::feelings::same_word;
use crate::time::day_and_month;
use chrono::{Days, NaiveDate};

/// How far back a trend looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Week,
    Month,
    Quarter,
    Year,
}

impl Span {
    pub const ALL: [Span; 4] = [Span::Week, Span::Month, Span::Quarter, Span::Year];

    pub fn days(self) -> u64 {
        match self {
            Span::Week => 7,
            Span::Month => 30,
            Span::Quarter => 90,
            Span::Year => 365,
        }
    }

    /// "7 days", for the choice.
    pub fn label(self) -> String {
        format!("{} days", self.days())
    }

    /// A year is drawn a week at a time: 365 points would be too fine to read on a phone.
    pub fn days_per_point(self) -> u64 {
        match self {
            Span::Year => 7,
            _ => 1,
        }
    }

    /// The first day the span covers, ending `today`.
    pub fn first_day(self, today: NaiveDate) -> NaiveDate {
        today
            .checked_sub_days(Days::new(self.days() - 1))
            .unwrap_or(today)
    }
}

/// A day (or, over a year, a week) and the strongest the feeling was in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `None` when the feeling was not in any check-in then: a gap.
    pub strongest: Option<u8>,
}

impl Point {
    /// "25 October", or "19 to 25 October" for a week.
    pub fn label(&self) -> String {
        if self.from == self.to {
            day_and_month(self.to)
        } else {
            format!("{} to {}", day_and_month(self.from), day_and_month(self.to))
        }
    }
}

/// A feeling and how many check-ins it came up in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeelingCount {
    pub feeling: String,
    pub times: usize,
}

/// Each feeling in these check-ins and how many it came up in, most often first (then in the
/// order first met, so the list is the same on every visit).
pub fn feelings_counted<'a>(checkins: impl IntoIterator<Item = &'a CheckIn>) -> Vec<FeelingCount> {
    let mut counts: Vec<FeelingCount> = Vec::new();
    for rating in checkins.into_iter().flat_map(|c| &c.feelings) {
        match counts
            .iter_mut()
            .find(|c| same_word(&c.feeling, &rating.feeling))
        {
            Some(count) => count.times += 1,
            None => counts.push(FeelingCount {
                feeling: rating.feeling.clone(),
                times: 1,
            }),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.times));
    counts
}

/// One of the client's urges over a span: how often it was rated, how high it went, and how
/// often they said they acted on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrgeSeen {
    pub id: String,
    pub name: String,
    pub times: usize,
    pub highest: u8,
    pub acted: usize,
    pub not_acted: usize,
}

/// Each urge rated in these check-ins, in the order first rated; `name` gives an urge's name
/// (an urge whose name is gone is "An urge no longer named").
pub fn urges_seen<'a>(
    checkins: impl IntoIterator<Item = &'a CheckIn>,
    name: impl Fn(&str) -> Option<String>,
) -> Vec<UrgeSeen> {
    let mut seen: Vec<UrgeSeen> = Vec::new();
    for rating in checkins.into_iter().flat_map(|c| &c.urges) {
        let at = match seen.iter().position(|u| u.id == rating.id) {
            Some(at) => at,
            None => {
                seen.push(UrgeSeen {
                    id: rating.id.clone(),
                    name: name(&rating.id).unwrap_or_else(|| NO_LONGER_NAMED.into()),
                    times: 0,
                    highest: 0,
                    acted: 0,
                    not_acted: 0,
                });
                seen.len() - 1
            }
        };
        let urge = &mut seen[at];
        urge.times += 1;
        urge.highest = urge.highest.max(rating.level);
        match rating.acted {
            Some(true) => urge.acted += 1,
            Some(false) => urge.not_acted += 1,
            None => {}
        }
    }
    seen
}

/// An urge rated once whose name is no longer kept (a backup restored without it).
pub const NO_LONGER_NAMED: &str = "An urge no longer named";

/// The strongest `feeling` was in each day (or week) of `span` ending `today`, oldest first.
pub fn strength_over(
    checkins: &[CheckIn],
    feeling: &str,
    span: Span,
    today: NaiveDate,
) -> Vec<Point> {
    let first = span.first_day(today);
    let step = span.days_per_point();
    let mut points = Vec::new();
    let mut to = today;
    loop {
        let from = to
            .checked_sub_days(Days::new(step - 1))
            .unwrap_or(first)
            .max(first);
        let strongest = checkins
            .iter()
            .filter(|c| (from..=to).contains(&c.at.date_naive()))
            .flat_map(|c| &c.feelings)
            .filter(|f| same_word(&f.feeling, feeling))
            .map(|f| f.strength)
            .max();
        points.push(Point {
            from,
            to,
            strongest,
        });
        match from.pred_opt() {
            Some(before) if from > first => to = before,
            _ => break,
        }
    }
    points.reverse();
    points
}

/// What a trend shows, in words, for screen readers: "Sad, over the last 30 days: on 12 days,
/// from 2 to 8."
pub fn in_words(feeling: &str, span: Span, points: &[Point]) -> String {
    let strengths: Vec<u8> = points.iter().filter_map(|p| p.strongest).collect();
    let (Some(low), Some(high)) = (strengths.iter().min(), strengths.iter().max()) else {
        return format!("{feeling} did not come up in the last {}.", span.label());
    };
    let unit = match (span.days_per_point(), strengths.len()) {
        (1, 1) => "day",
        (1, _) => "days",
        (_, 1) => "week",
        _ => "weeks",
    };
    let range = if low == high {
        format!("at {low}")
    } else {
        format!("from {low} to {high}")
    };
    format!(
        "{feeling}, over the last {}: on {} {unit}, {range}.",
        span.label(),
        strengths.len()
    )
}
