//! Looking back on hand-made check-ins whose answers are known.

use super::actions::{self, Found};
use super::calendar::{Band, Month};
use super::diary_card::{CardDay, UrgeDay};
use super::find::Filter;
use super::trend::{in_words, Span};
use crate::checkin::book;
use crate::checkin::fixtures::moment;
use crate::checkin::model::UrgeRating;
use crate::checkin::{CheckIn, FeelingRating};
use crate::kernel::context::fixtures::TestPhone;
use crate::kernel::tried::{Helped, SkillTried};
use crate::storage::Store;
use crate::toolkit::shelf::fixtures::add_card;
use crate::urges::{self, MyUrges};
use chrono::NaiveDate;

fn checkin(id: &str, at: &str, feelings: &[(&str, u8)]) -> CheckIn {
    CheckIn {
        id: id.into(),
        at: moment(at),
        feelings: feelings
            .iter()
            .map(|(feeling, strength)| FeelingRating {
                feeling: feeling.to_string(),
                strength: *strength,
            })
            .collect(),
        note: String::new(),
        for_next_session: false,
        edited_at: None,
        tried: Vec::new(),
        urges: Vec::new(),
    }
}

/// `urges`: id, level, and "did I act on it?".
fn with_urges(mut checkin: CheckIn, urges: &[(&str, u8, Option<bool>)]) -> CheckIn {
    checkin.urges = urges
        .iter()
        .map(|(id, level, acted)| UrgeRating {
            id: id.to_string(),
            level: *level,
            acted: *acted,
        })
        .collect();
    checkin
}

fn tried(mut checkin: CheckIn, cards: &[(&str, Option<Helped>)]) -> CheckIn {
    checkin.tried = cards
        .iter()
        .map(|(card, helped)| SkillTried {
            card: card.to_string(),
            helped: *helped,
        })
        .collect();
    checkin
}

fn noted(mut checkin: CheckIn, note: &str) -> CheckIn {
    checkin.note = note.into();
    checkin
}

fn phone_with(now: &str, checkins: &[CheckIn]) -> TestPhone {
    let mut test = TestPhone::at(now);
    test.act(|phone| {
        for checkin in checkins {
            book::save(phone.store(), checkin).expect("save");
        }
    });
    test
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("test date")
}

fn month(text: &str) -> Month {
    Month::parse(text).expect("test month")
}

#[test]
fn a_month_is_laid_out_in_weeks_from_monday_with_each_days_strongest_feeling() {
    let mut test = phone_with(
        "2026-11-25T12:00:00+00:00",
        &[
            checkin("a", "2026-11-02T08:00:00+00:00", &[("Sad", 3)]),
            checkin(
                "b",
                "2026-11-02T20:00:00+00:00",
                &[("Calm", 2), ("Angry", 8)],
            ),
            checkin("c", "2026-11-10T09:00:00+00:00", &[("Anxious", 5)]),
            checkin("october", "2026-10-20T09:00:00+01:00", &[("Sad", 1)]),
        ],
    );
    let november = test
        .act(|phone| actions::calendar(phone, None))
        .expect("calendar");
    assert_eq!(november.month, month("2026-11"));
    // 1 November 2026 is a Sunday: six empty cells, then thirty days, in six weeks.
    assert_eq!(november.weeks.len(), 6);
    assert!(november.weeks[0][..6].iter().all(Option::is_none));
    let first = november.weeks[0][6].as_ref().expect("the 1st");
    assert_eq!(first.date, date("2026-11-01"));
    let days: Vec<(NaiveDate, usize, Option<u8>)> = november
        .days_with_checkins()
        .map(|d| (d.date, d.checkins.len(), d.strongest()))
        .collect();
    assert_eq!(
        days,
        [
            (date("2026-11-02"), 2, Some(8)),
            (date("2026-11-10"), 1, Some(5)),
        ]
    );
    let bands: Vec<Option<Band>> = november.days_with_checkins().map(|d| d.band()).collect();
    assert_eq!(bands, [Some(Band::Strong), Some(Band::Middling)]);
    assert_eq!(november.previous, Some(month("2026-10")));
    assert_eq!(november.next, None, "no months after this one");
    let october = test
        .act(|phone| actions::calendar(phone, november.previous))
        .expect("calendar");
    assert_eq!(october.previous, None, "nothing kept before October");
    assert_eq!(october.next, Some(month("2026-11")));
    assert_eq!(october.days_with_checkins().count(), 1);
}

#[test]
fn a_check_in_at_half_past_midnight_as_the_clocks_go_back_is_on_that_day() {
    // In the UK the clocks go back at 02:00 BST on Sunday 25 October 2026: 00:30 that night is
    // still BST, and 23:30 on the 24th in UTC, so it is kept in the UTC month's key.
    let mut test = phone_with(
        "2026-10-27T12:00:00+00:00",
        &[
            checkin("night", "2026-10-25T00:30:00+01:00", &[("Anxious", 9)]),
            checkin("after", "2026-10-25T01:30:00+00:00", &[("Calm", 2)]),
            checkin("next", "2026-10-26T00:30:00+00:00", &[("Sad", 4)]),
        ],
    );
    let october = test
        .act(|phone| actions::calendar(phone, None))
        .expect("calendar");
    let days: Vec<(NaiveDate, Option<u8>)> = october
        .days_with_checkins()
        .map(|d| (d.date, d.strongest()))
        .collect();
    assert_eq!(
        days,
        [(date("2026-10-25"), Some(9)), (date("2026-10-26"), Some(4))]
    );
}

#[test]
fn the_first_and_last_months_of_a_year_turn_over() {
    assert_eq!(month("2026-01").previous(), month("2025-12"));
    assert_eq!(month("2026-12").next(), month("2027-01"));
    assert_eq!(month("2028-02").last_day(), date("2028-02-29"));
    assert_eq!(month("2026-11").label(), "November 2026");
    assert_eq!(month("2026-03").text(), "2026-03");
    for odd in [
        "2026-13", "2026-00", "26-11", "2026-1", "abcd-ef", "", "9999-12", "2026-11-",
    ] {
        assert_eq!(Month::parse(odd), None, "{odd}");
    }
}

#[test]
fn a_trend_shows_each_days_strongest_and_leaves_gaps_as_gaps() {
    let mut test = phone_with(
        "2026-11-25T21:00:00+00:00",
        &[
            checkin("old", "2026-11-18T10:00:00+00:00", &[("Sad", 9)]),
            checkin("a", "2026-11-19T10:00:00+00:00", &[("Sad", 3)]),
            checkin("b", "2026-11-21T08:00:00+00:00", &[("Sad", 5), ("Calm", 1)]),
            checkin("c", "2026-11-21T22:00:00+00:00", &[("sad", 8)]),
            checkin("d", "2026-11-24T10:00:00+00:00", &[("Calm", 6)]),
            checkin(
                "e",
                "2026-11-25T10:00:00+00:00",
                &[("Angry", 2), ("Sad", 0)],
            ),
        ],
    );
    let week = test
        .act(|phone| actions::trend(phone, Span::Week, None))
        .expect("trend");
    assert_eq!(week.first_day, date("2026-11-19"));
    // Sad came up most (four times, whatever its case), so it is drawn first.
    assert_eq!(week.feeling.as_deref(), Some("Sad"));
    let counts: Vec<(&str, usize)> = week
        .feelings
        .iter()
        .map(|c| (c.feeling.as_str(), c.times))
        .collect();
    assert_eq!(counts, [("Sad", 4), ("Calm", 2), ("Angry", 1)]);
    let points: Vec<Option<u8>> = week.points.iter().map(|p| p.strongest).collect();
    assert_eq!(points, [Some(3), None, Some(8), None, None, None, Some(0)]);
    assert_eq!(week.points[0].label(), "19 November");
    assert_eq!(
        in_words("Sad", Span::Week, &week.points),
        "Sad, over the last 7 days: on 3 days, from 0 to 8."
    );
    let calm = test
        .act(|phone| actions::trend(phone, Span::Week, Some("calm")))
        .expect("trend");
    assert_eq!(calm.feeling.as_deref(), Some("Calm"));
    assert_eq!(
        in_words("Calm", Span::Week, &calm.points),
        "Calm, over the last 7 days: on 2 days, from 1 to 6."
    );
    // A feeling that did not come up in the span gives the one that came up most.
    let gone = test
        .act(|phone| actions::trend(phone, Span::Week, Some("Proud")))
        .expect("trend");
    assert_eq!(gone.feeling.as_deref(), Some("Sad"));
}

#[test]
fn a_year_is_drawn_a_week_at_a_time_ending_today() {
    let mut test = phone_with(
        "2026-11-25T21:00:00+00:00",
        &[
            checkin("first", "2025-11-26T10:00:00+00:00", &[("Sad", 2)]),
            checkin("early", "2025-11-25T10:00:00+00:00", &[("Sad", 10)]),
            checkin("a", "2026-11-19T10:00:00+00:00", &[("Sad", 4)]),
            checkin("b", "2026-11-24T10:00:00+00:00", &[("Sad", 6)]),
        ],
    );
    let year = test
        .act(|phone| actions::trend(phone, Span::Year, None))
        .expect("trend");
    assert_eq!(year.first_day, date("2025-11-26"));
    assert_eq!(year.points.len(), 53);
    let oldest = year.points[0];
    assert_eq!(
        (oldest.from, oldest.to),
        (date("2025-11-26"), date("2025-11-26"))
    );
    assert_eq!(
        oldest.strongest,
        Some(2),
        "the day before the year is not in it"
    );
    let latest = year.points[52];
    assert_eq!(
        (latest.from, latest.to),
        (date("2026-11-19"), date("2026-11-25"))
    );
    assert_eq!(latest.strongest, Some(6));
    assert_eq!(latest.label(), "19 November to 25 November");
    assert_eq!(
        in_words("Sad", Span::Year, &year.points),
        "Sad, over the last 365 days: on 2 weeks, from 2 to 6."
    );
}

#[test]
fn a_new_phone_has_no_trend_and_says_so_kindly() {
    let mut test = TestPhone::at("2026-11-25T21:00:00+00:00");
    let trend = test
        .act(|phone| actions::trend(phone, Span::Month, None))
        .expect("trend");
    assert!(trend.feelings.is_empty() && trend.points.is_empty() && trend.cards.is_empty());
    assert_eq!(trend.feeling, None);
    assert_eq!(
        in_words("Sad", Span::Month, &[]),
        "Sad did not come up in the last 30 days."
    );
    let calendar = test
        .act(|phone| actions::calendar(phone, None))
        .expect("calendar");
    assert_eq!(calendar.days_with_checkins().count(), 0);
    assert_eq!((calendar.previous, calendar.next), (None, None));
}

#[test]
fn counts_each_card_tried_in_the_span_and_what_the_client_said() {
    let mut test = phone_with(
        "2026-11-25T21:00:00+00:00",
        &[
            tried(
                checkin("long-ago", "2026-09-01T10:00:00+00:00", &[("Sad", 6)]),
                &[("breathe", Some(Helped::NotThisTime))],
            ),
            tried(
                checkin("a", "2026-11-20T10:00:00+00:00", &[("Sad", 6)]),
                &[("breathe", Some(Helped::ALot)), ("walk", None)],
            ),
            tried(
                checkin("b", "2026-11-22T10:00:00+00:00", &[("Sad", 8)]),
                &[("breathe", Some(Helped::ABit))],
            ),
            tried(
                checkin("c", "2026-11-24T10:00:00+00:00", &[("Anxious", 7)]),
                &[
                    ("breathe", Some(Helped::NotThisTime)),
                    ("gone", Some(Helped::ALot)),
                ],
            ),
        ],
    );
    test.act(|phone| {
        add_card(phone, "breathe", "Paced breathing");
        add_card(phone, "walk", "A short walk");
    });
    let month = test
        .act(|phone| actions::trend(phone, Span::Month, None))
        .expect("trend");
    let cards: Vec<(&str, usize, usize, usize, usize, usize)> = month
        .cards
        .iter()
        .map(|c| {
            (
                c.name(),
                c.times,
                c.a_lot,
                c.a_bit,
                c.not_this_time,
                c.not_said,
            )
        })
        .collect();
    assert_eq!(
        cards,
        [
            ("Paced breathing", 3, 1, 1, 1, 0),
            ("A short walk", 1, 0, 0, 0, 1),
            ("A card no longer in my toolkit", 1, 1, 0, 0, 0),
        ]
    );
}

#[test]
fn finds_check_ins_by_the_words_of_a_note_a_feeling_or_a_card() {
    let mut test = phone_with(
        "2026-11-25T21:00:00+00:00",
        &[
            noted(
                checkin("bus", "2026-11-02T08:00:00+00:00", &[("Anxious", 6)]),
                "Used the Breathing card on the bus.",
            ),
            noted(
                checkin("park", "2026-10-02T08:00:00+00:00", &[("Calm", 2)]),
                "Sat in the park, breathing slowly.",
            ),
            tried(
                checkin("walk", "2026-09-02T08:00:00+00:00", &[("Sad", 7)]),
                &[("walk", Some(Helped::ALot))],
            ),
        ],
    );
    let ids =
        |found: &Found| -> Vec<String> { found.checkins.iter().map(|c| c.id.clone()).collect() };
    let look = |test: &mut TestPhone, filter: Filter| {
        test.act(|phone| actions::find(phone, &filter, 0))
            .expect("find")
    };
    let breathing = look(
        &mut test,
        Filter {
            words: "  BREATHING ".into(),
            ..Filter::default()
        },
    );
    assert_eq!(
        ids(&breathing),
        ["bus", "park"],
        "newest first, in any case"
    );
    let two_words = look(
        &mut test,
        Filter {
            words: "breathing bus".into(),
            ..Filter::default()
        },
    );
    assert_eq!(ids(&two_words), ["bus"], "every word must be there");
    let calm = look(
        &mut test,
        Filter {
            feeling: Some("calm".into()),
            ..Filter::default()
        },
    );
    assert_eq!(ids(&calm), ["park"]);
    let walked = look(
        &mut test,
        Filter {
            card: Some("walk".into()),
            ..Filter::default()
        },
    );
    assert_eq!(ids(&walked), ["walk"]);
    assert_eq!(walked.next_month, None);
    assert_eq!(walked.looked_back_to, Some(month("2026-09")));
    let nothing = look(
        &mut test,
        Filter {
            words: "holiday".into(),
            ..Filter::default()
        },
    );
    assert!(nothing.checkins.is_empty());
}

#[test]
fn a_search_that_finds_little_looks_back_a_year_at_a_time() {
    let checkins: Vec<CheckIn> = (0..30)
        .map(|i| {
            let at = format!("{:04}-{:02}-10T10:00:00+00:00", 2024 + i / 12, i % 12 + 1);
            checkin(&format!("m{i}"), &at, &[("Sad", 3)])
        })
        .collect();
    let mut test = phone_with("2026-06-25T21:00:00+00:00", &checkins);
    let filter = Filter {
        words: "never written".into(),
        ..Filter::default()
    };
    let first = test
        .act(|phone| actions::find(phone, &filter, 0))
        .expect("find");
    assert_eq!(first.next_month, Some(12));
    assert_eq!(first.looked_back_to, Some(month("2025-07")));
    let second = test
        .act(|phone| actions::find(phone, &filter, 24))
        .expect("find");
    assert_eq!(second.next_month, None);
    assert_eq!(second.looked_back_to, Some(month("2024-01")));
}

#[test]
fn a_search_offers_every_feeling_word_and_every_card() {
    let mut test = TestPhone::at("2026-11-25T21:00:00+00:00");
    test.act(|phone| add_card(phone, "breathe", "Paced breathing"));
    let choices = test.act(actions::choices).expect("choices");
    assert!(choices.feelings.iter().any(|f| f == "Sad"));
    assert_eq!(
        choices.cards,
        [("breathe".to_string(), "Paced breathing".to_string())]
    );
}

#[test]
fn a_damaged_month_is_set_aside_and_the_calendar_still_opens() {
    let mut test = phone_with(
        "2026-11-25T21:00:00+00:00",
        &[checkin("ok", "2026-11-03T10:00:00+00:00", &[("Sad", 3)])],
    );
    test.store
        .write("harbour.checkins.2026-10", "[{\"id\":")
        .expect("damage");
    let november = test
        .act(|phone| actions::calendar(phone, None))
        .expect("calendar");
    assert_eq!(november.days_with_checkins().count(), 1);
    assert_eq!(
        test.store
            .read("harbour.quarantine.harbour.checkins.2026-10.1")
            .expect("read"),
        Some("[{\"id\":".into())
    );
}

fn name_urges(test: &mut TestPhone, names: &[&str]) {
    for name in names {
        test.act(|p| urges::name_urge(p, &mut MyUrges::default(), None, name))
            .expect("urge");
    }
}

#[test]
fn each_urge_in_a_span_is_counted_with_its_highest_and_what_the_client_did() {
    let mut test = phone_with(
        "2026-11-25T12:00:00+00:00",
        &[
            with_urges(
                checkin("a", "2026-11-20T09:00:00+00:00", &[("Sad", 3)]),
                &[("u1", 3, Some(false)), ("u2", 0, None)],
            ),
            with_urges(
                checkin("b", "2026-11-21T09:00:00+00:00", &[]),
                &[("u1", 5, Some(true))],
            ),
            with_urges(
                checkin("c", "2026-11-22T09:00:00+00:00", &[("Calm", 2)]),
                &[("u9", 1, None)],
            ),
            with_urges(
                checkin("old", "2026-09-01T09:00:00+01:00", &[("Sad", 3)]),
                &[("u1", 4, Some(true))],
            ),
        ],
    );
    name_urges(&mut test, &["to drink", "to stay in bed"]);
    let trend = test
        .act(|p| actions::trend(p, Span::Week, None))
        .expect("trend");
    let seen: Vec<_> = trend
        .urges
        .iter()
        .map(|u| (u.name.as_str(), u.times, u.highest, u.acted, u.not_acted))
        .collect();
    assert_eq!(
        seen,
        [
            ("to drink", 2, 5, 1, 1),
            ("to stay in bed", 1, 0, 0, 0),
            ("An urge no longer named", 1, 1, 0, 0),
        ]
    );
}

#[test]
fn a_diary_card_week_shows_each_days_strongest_urges_and_cards() {
    let mut test = phone_with(
        "2026-11-26T10:00:00+00:00",
        &[
            // Sunday the 22nd where it was made (00:30 on Monday in London): the week before.
            checkin("late", "2026-11-22T23:30:00-01:00", &[("Sad", 9)]),
            checkin("mon1", "2026-11-23T09:00:00+00:00", &[("Sad", 4)]),
            checkin(
                "mon2",
                "2026-11-23T20:00:00+00:00",
                &[("Sad", 7), ("Calm", 2)],
            ),
            with_urges(
                tried(
                    checkin("wed1", "2026-11-25T09:00:00+00:00", &[("Sad", 3)]),
                    &[("c1", Some(Helped::ABit))],
                ),
                &[("u1", 2, Some(false))],
            ),
            with_urges(
                tried(
                    checkin("wed2", "2026-11-25T21:00:00+00:00", &[]),
                    &[("c1", Some(Helped::ALot)), ("gone", None)],
                ),
                &[("u1", 4, Some(true))],
            ),
            checkin("next", "2026-11-30T09:00:00+00:00", &[("Angry", 5)]),
        ],
    );
    test.act(|p| add_card(p, "c1", "Cold water"));
    name_urges(&mut test, &["to drink", "to stay in bed"]);
    let week = test
        .act(|p| actions::diary_week(p, Some(date("2026-11-24"))))
        .expect("week");
    assert_eq!(week.monday, date("2026-11-23"));
    assert_eq!(week.checkins, 4);
    let feelings: Vec<_> = week
        .feelings
        .iter()
        .map(|r| (r.name.as_str(), r.days))
        .collect();
    assert_eq!(
        feelings,
        [
            ("Sad", [Some(7), None, Some(3), None, None, None, None]),
            ("Calm", [Some(2), None, None, None, None, None, None]),
        ]
    );
    let drink = UrgeDay {
        highest: 4,
        acted: Some(true),
    };
    assert_eq!(week.urges[0].name, "to drink");
    assert_eq!(
        week.urges[0].days,
        [None, None, Some(drink), None, None, None, None]
    );
    assert_eq!(
        week.urges[1].name, "to stay in bed",
        "a row though not rated"
    );
    assert_eq!(week.urges[1].days, [None; 7]);
    let cold = CardDay {
        times: 2,
        helped: Some(Helped::ALot),
    };
    assert_eq!(week.cards[0].name, "Cold water");
    assert_eq!(week.cards[0].days[2], Some(cold));
    assert_eq!(week.cards[1].name, "A card no longer in my toolkit");
    assert_eq!(
        (week.earlier, week.later),
        (Some(date("2026-11-16")), None),
        "this is the current week"
    );
}

#[test]
fn a_diary_card_week_never_runs_past_this_week_and_turns_back() {
    let mut test = phone_with(
        "2026-11-26T10:00:00+00:00",
        &[checkin("a", "2026-10-25T00:30:00+01:00", &[("Sad", 2)])],
    );
    let future = test
        .act(|p| actions::diary_week(p, Some(date("2027-01-05"))))
        .expect("week");
    assert_eq!(future.monday, date("2026-11-23"));
    // The clocks went back at 02:00 on Sunday 25 October: 00:30 is still that Sunday.
    let october = test
        .act(|p| actions::diary_week(p, Some(date("2026-10-25"))))
        .expect("week");
    assert_eq!(october.monday, date("2026-10-19"));
    assert_eq!(october.feelings[0].days[6], Some(2));
    assert_eq!(october.later, Some(date("2026-10-26")));
    assert_eq!(october.earlier, None, "nothing kept before October");
}
