use super::ics::escaped;
use super::*;
use crate::kernel::context::fixtures::TestPhone;
use crate::storage::Store;

const LINK: &str = "https://harbour.example/check-in";

/// Thursday 3 December 2026, 18:00 in London.
fn phone() -> TestPhone {
    TestPhone::at("2026-12-03T18:00:00Z")
}

fn draft(days: &[usize], time: &str, words: &str) -> ReminderDraft {
    ReminderDraft {
        days: std::array::from_fn(|d| days.contains(&d)),
        time: time.into(),
        words: words.into(),
    }
}

fn made(test: &mut TestPhone, draft: &ReminderDraft) -> String {
    match test.act(|p| make_reminder(p, draft, LINK)) {
        Ok(file) => file.text,
        Err(_) => panic!("not made"),
    }
}

/// The file's content lines, unfolded, as (name with parameters, value).
fn unfolded(text: &str) -> Vec<(String, String)> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (name, value) = l.split_once(':').expect("name:value");
            (name.to_string(), value.to_string())
        })
        .collect()
}

fn unescaped(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') | Some('N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn value_of<'a>(lines: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

#[test]
fn a_weekly_reminder_in_london_time_with_an_alarm_and_the_way_back() {
    let mut test = phone();
    let text = made(&mut test, &draft(&[0, 2, 4], "09:30", "A moment for you"));
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    assert!(
        text.split("\r\n").all(|l| l.len() <= 75),
        "folded at 75 octets"
    );
    let lines = unfolded(&text);
    // Thursday today: the first Monday, Wednesday or Friday from here is Friday the 4th.
    assert_eq!(
        value_of(&lines, "DTSTART;TZID=Europe/London"),
        ["20261204T093000"]
    );
    assert_eq!(
        value_of(&lines, "RRULE"),
        [
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "FREQ=WEEKLY;BYDAY=MO,WE,FR"
        ]
    );
    assert_eq!(value_of(&lines, "TZID"), ["Europe/London"]);
    assert_eq!(value_of(&lines, "DTSTAMP"), ["20261203T180000Z"]);
    assert_eq!(value_of(&lines, "SUMMARY"), ["A moment for you"]);
    assert_eq!(value_of(&lines, "URL"), [LINK]);
    assert_eq!(value_of(&lines, "ACTION"), ["DISPLAY"]);
    assert_eq!(value_of(&lines, "TRIGGER"), ["PT0M"]);
    let description = unescaped(value_of(&lines, "DESCRIPTION")[0]);
    assert!(description.contains(LINK));
    assert!(description.contains("Harbour can't know whether you have checked in already today."));
    // Every BEGIN has its END, in order.
    let mut open = Vec::new();
    for (name, value) in &lines {
        match name.as_str() {
            "BEGIN" => open.push(value.clone()),
            "END" => assert_eq!(open.pop().as_deref(), Some(value.as_str())),
            _ => {}
        }
    }
    assert!(open.is_empty());
}

#[test]
fn a_changed_reminder_replaces_the_event_it_made_before() {
    let mut test = phone();
    let first = unfolded(&made(&mut test, &draft(&[0], "09:00", "A moment for you")));
    let second = unfolded(&made(
        &mut test,
        &draft(&[5, 6], "10:15", "Time for tea, then a check-in"),
    ));
    assert_eq!(value_of(&first, "UID"), value_of(&second, "UID"));
    assert_eq!(value_of(&first, "SEQUENCE"), ["0"]);
    assert_eq!(value_of(&second, "SEQUENCE"), ["1"]);
    // Saturday the 5th is the first of the new days.
    assert_eq!(
        value_of(&second, "DTSTART;TZID=Europe/London"),
        ["20261205T101500"]
    );
    assert_eq!(
        value_of(&second, "SUMMARY"),
        ["Time for tea\\, then a check-in"]
    );
    let kept = test.act(reminder).expect("kept");
    assert_eq!(
        ReminderDraft::from(&kept),
        draft(&[5, 6], "10:15", "Time for tea, then a check-in")
    );
}

#[test]
fn a_chosen_day_today_starts_today_and_summer_time_is_the_calendars_to_apply() {
    let mut test = TestPhone::at("2027-07-05T08:00:00+01:00");
    let lines = unfolded(&made(&mut test, &draft(&[0], "07:45", "A moment for you")));
    // Monday 5 July: the time stays 07:45 in London, whatever the offset.
    assert_eq!(
        value_of(&lines, "DTSTART;TZID=Europe/London"),
        ["20270705T074500"]
    );
}

#[test]
fn refuses_what_typing_refuses_and_keeps_nothing_then() {
    let cases = [
        (draft(&[], "09:00", "A moment"), ReminderProblem::NoDay),
        (draft(&[1], "25:00", "A moment"), ReminderProblem::NoTime),
        (draft(&[1], "nine", "A moment"), ReminderProblem::NoTime),
        (draft(&[1], "09:00", "   "), ReminderProblem::NoWords),
        (
            draft(&[1], "09:00", &"x".repeat(61)),
            ReminderProblem::WordsTooLong,
        ),
        (
            draft(&[1], "09:00", "<script>x</script>"),
            ReminderProblem::OddWords,
        ),
        (
            draft(&[1], "09:00", "a\u{202E}moment"),
            ReminderProblem::OddWords,
        ),
    ];
    for (draft, problem) in cases {
        let mut test = phone();
        match test.act(|p| make_reminder(p, &draft, LINK)) {
            Err(NotDone::Problems(problems)) => assert_eq!(problems, [problem]),
            _ => panic!("{draft:?} was made"),
        }
        assert_eq!(test.store.read(REMINDER_KEY), Ok(None));
        assert!(problem.message().ends_with('.') || problem.message().ends_with('?'));
    }
}

#[test]
fn an_unreadable_reminder_is_set_aside_and_a_new_event_begins() {
    let mut test = phone();
    test.store.write(REMINDER_KEY, "{\"uid\":").expect("write");
    assert_eq!(test.act(reminder), None);
    assert_eq!(
        test.store.read("harbour.quarantine.harbour.reminder.1"),
        Ok(Some("{\"uid\":".into()))
    );
    let lines = unfolded(&made(&mut test, &ReminderDraft::default()));
    assert_eq!(value_of(&lines, "SEQUENCE"), ["0"]);
}

#[test]
fn text_is_escaped_as_the_standard_asks() {
    assert_eq!(escaped("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    assert_eq!(unescaped(&escaped("a,b;c\\d\ne")), "a,b;c\\d\ne");
}

// proptest is a native test tool only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::super::ics::{escaped, folded};
    use super::unescaped;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_line_folds_within_75_octets_and_unfolds_back(line in "\\PC{0,300}") {
            let folded = folded(&line);
            prop_assert!(folded.ends_with("\r\n"));
            for physical in folded.trim_end_matches("\r\n").split("\r\n") {
                prop_assert!(physical.len() <= 75);
            }
            prop_assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line.clone());
            prop_assert_eq!(unescaped(&escaped(&line)), line);
        }
    }
}
