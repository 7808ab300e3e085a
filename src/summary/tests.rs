//! The summary built from hand-made check-ins whose answers are known, what leaves the phone
//! for each choice of parts, and the sharing record.

use super::period::day;
use super::*;
use crate::checkin::book;
use crate::checkin::fixtures::moment;
use crate::checkin::{CheckIn, FeelingRating};
use crate::comeback::requests::{self, AskWay, Sent};
use crate::kernel::context::fixtures::TestPhone;
use crate::kernel::tried::{Helped, SkillTried};
use crate::kernel::{Context, Explain};
use crate::storage::memory::MemoryStore;
use crate::storage::quarantine::QUARANTINE_PREFIX;
use crate::storage::{Store, StoreError};
use crate::toolkit::shelf::fixtures::add_card;
use std::cell::RefCell;

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

fn with_note(mut checkin: CheckIn, note: &str, marked: bool) -> CheckIn {
    checkin.note = note.into();
    checkin.for_next_session = marked;
    checkin
}

fn with_tried(mut checkin: CheckIn, tried: &[(&str, Option<Helped>)]) -> CheckIn {
    checkin.tried = tried
        .iter()
        .map(|(card, helped)| SkillTried {
            card: card.to_string(),
            helped: *helped,
        })
        .collect();
    checkin
}

fn save_all(phone: &mut Context, checkins: &[CheckIn]) {
    for checkin in checkins {
        book::save(phone.store(), checkin).expect("save");
    }
}

fn period(from: &str, to: &str) -> Period {
    Period::new(day(from), day(to)).expect("period")
}

fn ids(summary: &Summary) -> Vec<Vec<&str>> {
    summary
        .days
        .iter()
        .map(|d| d.checkins.iter().map(|c| c.id.as_str()).collect())
        .collect()
}

/// A fortnight in Europe/London across the night the clocks go back, with known answers.
fn autumn_fortnight(test: &mut TestPhone) -> Summary {
    test.act(|phone| {
        add_card(phone, "breathe", "Slow breathing");
        add_card(phone, "walk", "A walk outside");
        save_all(
            phone,
            &[
                with_tried(
                    checkin("sat", "2026-10-24T21:00:00+01:00", &[("Sad", 6)]),
                    &[("breathe", Some(Helped::ALot))],
                ),
                // 00:30 BST and 01:30 GMT: both on Sunday the 25th, as the client saw them.
                with_note(
                    checkin("night1", "2026-10-25T00:30:00+01:00", &[("Anxious", 8)]),
                    "Couldn't sleep",
                    true,
                ),
                with_tried(
                    checkin("night2", "2026-10-25T01:30:00+00:00", &[("Anxious", 5)]),
                    &[("breathe", None), ("gone", Some(Helped::NotThisTime))],
                ),
                with_tried(
                    with_note(
                        checkin(
                            "tue",
                            "2026-10-27T18:00:00+00:00",
                            &[("Calm", 3), ("Lonely", 4)],
                        ),
                        "Only for me",
                        false,
                    ),
                    &[
                        ("breathe", Some(Helped::ABit)),
                        ("walk", Some(Helped::ALot)),
                    ],
                ),
            ],
        );
        build(phone, period("2026-10-20", "2026-11-02"))
    })
    .expect("summary")
}

#[test]
fn builds_days_feelings_and_cards_from_known_check_ins() {
    let mut test = TestPhone::at("2026-11-02T10:00:00Z");
    let summary = autumn_fortnight(&mut test);
    let dates: Vec<_> = summary.days.iter().map(|d| d.date).collect();
    assert_eq!(
        dates,
        [day("2026-10-24"), day("2026-10-25"), day("2026-10-27")]
    );
    assert_eq!(
        ids(&summary),
        [vec!["sat"], vec!["night1", "night2"], vec!["tue"]]
    );
    let tue = &summary.days[2].checkins[0];
    assert_eq!(
        tue.feelings
            .iter()
            .map(|f| (f.feeling.as_str(), f.strength))
            .collect::<Vec<_>>(),
        [("Calm", 3), ("Lonely", 4)]
    );
    assert_eq!(tue.note, "Only for me");
    let night2 = &summary.days[1].checkins[1];
    assert_eq!(night2.tried[0].name(), "Slow breathing");
    assert_eq!(night2.tried[1].name(), "A card no longer in my toolkit");
    assert_eq!(night2.tried[1].helped, Some(Helped::NotThisTime));

    let tally: Vec<_> = summary
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
        tally,
        [
            ("Slow breathing", 3, 1, 1, 0, 1),
            ("A card no longer in my toolkit", 1, 0, 0, 1, 0),
            ("A walk outside", 1, 1, 0, 0, 0),
        ]
    );
}

#[test]
fn the_glance_says_what_is_there_in_one_line() {
    let mut test = TestPhone::at("2026-11-02T10:00:00Z");
    let summary = autumn_fortnight(&mut test);
    assert_eq!(
        text::glance(&summary),
        "4 check-ins on 3 days, 1 for my next session, 3 skills tried"
    );
    let only_one = Summary {
        days: summary.days[..1].to_vec(),
        cards: Vec::new(),
        ..summary
    };
    assert_eq!(text::glance(&only_one), "1 check-in on 1 day");
}

#[test]
fn a_period_holds_its_first_and_last_day_and_nothing_either_side() {
    let mut test = TestPhone::at("2026-11-30T10:00:00Z");
    let summary = test
        .act(|phone| {
            save_all(
                phone,
                &[
                    checkin("before", "2026-10-31T23:59:00+00:00", &[("Sad", 1)]),
                    // 00:10 on 1 November in Paris is still 31 October in UTC.
                    checkin("first", "2026-11-01T00:10:00+01:00", &[("Sad", 2)]),
                    checkin("last", "2026-11-30T23:50:00+00:00", &[("Sad", 3)]),
                    checkin("after", "2026-12-01T00:00:00+00:00", &[("Sad", 4)]),
                ],
            );
            build(phone, period("2026-11-01", "2026-11-30"))
        })
        .expect("summary");
    assert_eq!(ids(&summary), [vec!["first"], vec!["last"]]);
}

/// A store that remembers every key read, to show which months a summary opened.
struct ReadsNoted {
    inner: MemoryStore,
    read: RefCell<Vec<String>>,
}

impl Store for ReadsNoted {
    fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.read.borrow_mut().push(key.to_string());
        self.inner.read(key)
    }
    fn write(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.write(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.keys_with_prefix(prefix)
    }
}

#[test]
fn months_outside_the_period_are_never_read() {
    let mut inner = MemoryStore::new();
    for (id, at) in [
        ("old", "2023-03-10T10:00:00+00:00"),
        ("sep", "2026-09-10T10:00:00+00:00"),
        ("nov", "2026-11-20T10:00:00+00:00"),
    ] {
        book::save(&mut inner, &checkin(id, at, &[("Sad", 5)])).expect("save");
    }
    // Damaged, and outside the period: opening it would set it aside.
    inner
        .write("harbour.checkins.2025-01", "{not a month")
        .expect("write");
    let mut store = ReadsNoted {
        inner,
        read: RefCell::new(Vec::new()),
    };
    let mut ids_made = || "id".to_string();
    let mut phone = Context::new(&mut store, moment("2026-11-25T10:00:00Z"), &mut ids_made);
    let summary = build(&mut phone, period("2026-11-12", "2026-11-25")).expect("summary");
    assert_eq!(ids(&summary), [vec!["nov"]]);
    assert!(!phone.set_something_aside());
    let months: Vec<String> = store
        .read
        .borrow()
        .iter()
        .filter(|k| k.starts_with(book::CHECKINS_PREFIX))
        .cloned()
        .collect();
    assert_eq!(months, ["harbour.checkins.2026-11"]);
    assert_eq!(
        store.inner.keys_with_prefix(QUARANTINE_PREFIX),
        Ok(Vec::new())
    );
}

#[test]
fn requests_to_come_back_in_the_period_are_gathered_oldest_first() {
    let mut test = TestPhone::at("2026-11-10T09:00:00Z");
    test.act(|p| requests::note_asked(p, AskWay::Text, "Could we meet?"))
        .expect("ask");
    test.now = moment("2026-11-20T09:00:00Z");
    test.act(|p| requests::note_asked(p, AskWay::Email, "Second ask"))
        .expect("ask");
    test.now = moment("2026-10-01T09:00:00Z");
    test.act(|p| requests::note_asked(p, AskWay::Call, "Long ago"))
        .expect("ask");
    let summary = test
        .act(|p| build(p, period("2026-11-01", "2026-11-25")))
        .expect("summary");
    let messages: Vec<_> = summary
        .requests
        .iter()
        .map(|r| r.message.as_str())
        .collect();
    assert_eq!(messages, ["Could we meet?", "Second ask"]);
    assert_eq!(summary.requests[0].sent, Sent::NotAsked);
}

fn made() -> crate::time::Moment {
    moment("2026-11-02T10:00:00+00:00")
}

#[test]
fn the_text_says_when_and_who_and_by_default_keeps_private_notes_out() {
    let mut test = TestPhone::at("2026-11-02T10:00:00Z");
    let summary = autumn_fortnight(&mut test);
    let text = text(&summary, Parts::default(), made(), None).expect("text");
    assert!(text.starts_with(
        "From Tuesday 20 October 2026 to Monday 2 November 2026\n\
         Made on 2 November 2026\n\
         Written by me in Harbour\n"
    ));
    assert!(!text.contains("My name"));
    assert!(text.contains(
        "\nSunday 25 October 2026\n\n12:30am\nFeelings: Anxious 8 out of 10\n\
         For my next session\nMy note:\nCouldn't sleep\n\n1:30am\n"
    ));
    assert!(text.contains("Tried: A card no longer in my toolkit. How it helped: not this time"));
    assert!(text
        .contains("Slow breathing: tried 3 times (helped a lot: 1, helped a bit: 1, not said: 1)"));
    assert!(text.contains("A walk outside: tried once (helped a lot: 1)"));
    assert!(!text.contains("Only for me"));
    assert!(!text.contains("MY TOOLKIT"));

    let named =
        super::text(&summary, Parts::default(), made(), Some("  Ana  Kovač ")).expect("text");
    assert!(named.contains("Written by me in Harbour\nMy name: Ana Kovač\n"));
    let blank = super::text(&summary, Parts::default(), made(), Some("   ")).expect("text");
    assert!(!blank.contains("My name"));
}

#[test]
fn all_notes_brings_marked_notes_too() {
    let mut test = TestPhone::at("2026-11-02T10:00:00Z");
    let summary = autumn_fortnight(&mut test);
    let parts = Parts {
        all_notes: true,
        ..Parts::NONE
    };
    let text = text(&summary, parts, made(), None).expect("text");
    assert!(text.contains("Couldn't sleep") && text.contains("Only for me"));
    assert!(!text.contains("Feelings:") && !text.contains("Tried:"));
    assert_eq!(parts.labels(), ["All my notes"]);
    assert_eq!(
        Parts::default().labels(),
        ["Check-ins", "Notes for my next session", "Skills I tried"]
    );
}

#[test]
fn a_note_appears_exactly_as_written_however_awkward() {
    let awkward = format!(
        "Felt 🌊😶‍🌫️ today. שלום עליכם and مرحبا\n<script>alert(1)</script> & \"quotes\" {}",
        "x".repeat(4000 - 90)
    );
    assert!(awkward.chars().count() <= crate::checkin::model::MAX_NOTE_CHARS);
    let mut test = TestPhone::at("2026-11-02T10:00:00Z");
    let summary = test
        .act(|phone| {
            save_all(
                phone,
                &[with_note(
                    checkin("a", "2026-11-01T20:00:00+00:00", &[("Sad", 7)]),
                    &awkward,
                    true,
                )],
            );
            build(phone, period("2026-11-01", "2026-11-02"))
        })
        .expect("summary");
    let text = text(&summary, Parts::default(), made(), None).expect("text");
    assert!(text.contains(&awkward));
    let json = json(&summary, Parts::default(), made(), None).expect("json");
    let back = parse_json(&json).expect("back");
    assert_eq!(back.summary.days[0].checkins[0].note, awkward);
}

#[test]
fn nothing_to_share_is_said_kindly() {
    let mut test = TestPhone::at("2026-11-25T10:00:00Z");
    let empty = test
        .act(|p| build(p, period("2026-11-12", "2026-11-25")))
        .expect("summary");
    assert_eq!(
        text(&empty, Parts::default(), made(), None),
        Err(NothingToShare)
    );
    let message = NothingToShare.message();
    assert!(message.contains("nothing to share") && message.ends_with('.'));
    // Check-ins with no marked notes, and only marked notes chosen: still nothing.
    let summary = autumn_fortnight(&mut TestPhone::at("2026-11-02T10:00:00Z"));
    let only_requests = Parts {
        requests: true,
        ..Parts::NONE
    };
    assert_eq!(
        json(&summary, only_requests, made(), None),
        Err(NothingToShare)
    );
}

#[test]
fn the_json_file_is_versioned_and_reads_back() {
    let summary = autumn_fortnight(&mut TestPhone::at("2026-11-02T10:00:00Z"));
    let parts = Parts {
        toolkit: true,
        ..Parts::default()
    };
    let json = json(&summary, parts, made(), Some("Ana")).expect("json");
    assert!(json.starts_with("{\n  \"harbour_summary\": 1,"));
    let back = parse_json(&json).expect("back");
    assert_eq!(
        back,
        choose(&summary, parts, made(), Some("Ana")).expect("chosen")
    );
    assert_eq!(back.summary.toolkit.len(), 2);
    assert_eq!(
        parse_json(&json.replacen("\"harbour_summary\": 1", "\"harbour_summary\": 2", 1)),
        Err(SummaryFileProblem::NewerVersion(2))
    );
    assert_eq!(parse_json("[1,2]"), Err(SummaryFileProblem::NotASummary));
    assert_eq!(
        parse_json("{\"harbour_summary\": 1}"),
        Err(SummaryFileProblem::NotASummary)
    );
    for problem in [
        SummaryFileProblem::NotASummary,
        SummaryFileProblem::NewerVersion(2),
    ] {
        assert!(problem.message().ends_with('.'));
    }
}

#[test]
fn a_long_text_goes_as_a_file_not_in_an_email() {
    let short = "A few lines\nfor Sam";
    let link = email_link("sam@example.org", short).expect("fits");
    assert!(link.starts_with("mailto:sam@example.org?subject=Since%20my%20last%20session&body="));
    assert!(fits_in_email("sam@example.org", short));
    assert!(!fits_in_email("sam@example.org", &"a note ".repeat(300)));
    let dates = period("2026-11-11", "2026-11-25");
    assert_eq!(
        text_file_name(dates),
        "harbour-summary-2026-11-11-to-2026-11-25.txt"
    );
    assert_eq!(
        json_file_name(dates),
        "harbour-summary-2026-11-11-to-2026-11-25.json"
    );
}

#[test]
fn the_sharing_record_survives_a_reload_lists_newest_first_and_clears() {
    let mut test = TestPhone::at("2026-11-20T10:00:00Z");
    let dates = period("2026-11-06", "2026-11-20");
    test.act(|p| note_shared(p, ShareWay::Email, Parts::default(), Some(dates)))
        .expect("note");
    test.now = moment("2026-11-22T10:00:00Z");
    let toolkit_only = Parts {
        toolkit: true,
        ..Parts::NONE
    };
    test.act(|p| note_shared(p, ShareWay::Print, toolkit_only, None))
        .expect("note");
    // A reload: a new phone over the same stored data.
    let mut reloaded = TestPhone::at("2026-11-23T10:00:00Z");
    reloaded.store = test.store.clone();
    let listed = reloaded.act(records).expect("records");
    let seen: Vec<_> = listed.iter().map(|r| (r.way, r.period)).collect();
    assert_eq!(
        seen,
        [(ShareWay::Print, None), (ShareWay::Email, Some(dates))]
    );
    assert_eq!(listed[1].parts, Parts::default());
    assert_eq!(
        reloaded.store.keys_with_prefix("harbour.shared."),
        Ok(vec![
            "harbour.shared.id-1".to_string(),
            "harbour.shared.id-2".to_string()
        ])
    );
    reloaded.act(clear_records).expect("clear");
    assert_eq!(reloaded.act(records), Ok(Vec::new()));
}

#[test]
fn a_record_reads_as_when_which_way_and_what() {
    let mut test = TestPhone::at("2026-11-20T09:05:00Z");
    let dates = period("2026-11-06", "2026-11-20");
    let record = test
        .act(|p| note_shared(p, ShareWay::Copy, Parts::default(), Some(dates)))
        .expect("note");
    assert_eq!(record.when_and_how(), "20 November 2026 at 9:05am, copied");
    assert_eq!(
        record.what(),
        "Check-ins, Notes for my next session, Skills I tried. \
         From Friday 6 November 2026 to Friday 20 November 2026"
    );
    let toolkit_only = Parts {
        toolkit: true,
        ..Parts::NONE
    };
    let printed = test
        .act(|p| note_shared(p, ShareWay::Print, toolkit_only, None))
        .expect("note");
    assert_eq!(printed.what(), "My toolkit");
    assert!(printed
        .when_and_how()
        .ends_with(", opened to print or save as a PDF"));
}

#[test]
fn how_a_card_helped_reads_in_lower_case_as_its_label_does() {
    for helped in Helped::ALL {
        let tried = crate::summary::Tried {
            card: "c".into(),
            name: Some("Breathe".into()),
            helped: Some(helped),
        };
        assert_eq!(
            super::text::tried_line(&tried),
            format!(
                "Tried: Breathe. How it helped: {}",
                helped.label().to_lowercase()
            )
        );
    }
}

#[test]
fn the_screen_shows_marked_notes_and_requests_but_keeps_other_notes_private() {
    let on_screen = Parts::ON_SCREEN;
    assert!(on_screen.checkins && on_screen.marked_notes && on_screen.skills_tried);
    assert!(on_screen.requests);
    assert!(!on_screen.all_notes && !on_screen.toolkit);
}

#[test]
fn an_unreadable_record_is_set_aside_and_the_rest_still_load() {
    let mut test = TestPhone::at("2026-11-20T10:00:00Z");
    test.act(|p| note_shared(p, ShareWay::Copy, Parts::default(), None))
        .expect("note");
    test.store
        .write("harbour.shared.broken", "{\"way\":")
        .expect("write");
    test.store
        .write(
            "harbour.shared.other",
            &test
                .store
                .read("harbour.shared.id-1")
                .expect("read")
                .expect("kept"),
        )
        .expect("write");
    let listed = test.act(records).expect("records");
    assert_eq!(listed.len(), 1);
    assert_eq!(
        test.store
            .keys_with_prefix(QUARANTINE_PREFIX)
            .expect("keys")
            .len(),
        2
    );
}

#[test]
fn a_full_phone_says_the_record_was_not_kept_and_harms_no_other() {
    let mut test = TestPhone::at("2026-11-20T10:00:00Z");
    test.act(|p| note_shared(p, ShareWay::Copy, Parts::default(), None))
        .expect("note");
    let before = test.store.clone();
    test.store.set_capacity(Some(10));
    let full = test.act(|p| note_shared(p, ShareWay::Email, Parts::default(), None));
    assert_eq!(full, Err(StoreError::Full));
    test.store.set_capacity(None);
    assert_eq!(
        test.store.keys_with_prefix("harbour.shared."),
        before.keys_with_prefix("harbour.shared.")
    );
    assert_eq!(test.act(records).expect("records").len(), 1);
}

#[cfg(not(target_arch = "wasm32"))]
mod chosen_parts {
    //! Whatever the client chooses, the text holds exactly those parts.

    use super::*;
    use crate::kernel::text::has_hidden_characters;
    use proptest::prelude::*;

    const CARDS: [(&str, &str); 2] = [("c1", "CARDNAME-ONE"), ("c2", "CARDNAME-TWO")];

    fn any_parts() -> impl Strategy<Value = Parts> {
        prop::array::uniform6(any::<bool>()).prop_map(|b| Parts {
            checkins: b[0],
            marked_notes: b[1],
            all_notes: b[2],
            skills_tried: b[3],
            toolkit: b[4],
            requests: b[5],
        })
    }

    fn any_helped() -> impl Strategy<Value = Option<Helped>> {
        prop::option::of(prop::sample::select(Helped::ALL.to_vec()))
    }

    /// A check-in in November 2026 with a note that names itself ("NOTE3#"), or none.
    fn any_checkin(i: usize) -> impl Strategy<Value = CheckIn> {
        (
            0..30_u32,
            0..24_u32,
            0..=10_u8,
            prop::option::of(
                "\\PC{0,40}".prop_filter("typable", |t| !has_hidden_characters(t, true)),
            ),
            any::<bool>(),
            prop::collection::vec((0..3_usize, any_helped()), 0..3),
        )
            .prop_map(move |(day, hour, strength, note, marked, tried)| {
                let at = format!("2026-11-{:02}T{hour:02}:15:00+00:00", day + 1);
                let mut checkin = checkin(&format!("k{i}"), &at, &[("Sad", strength)]);
                checkin.note = note.map(|t| format!("NOTE{i}#{t}")).unwrap_or_default();
                checkin.for_next_session = marked;
                for (card, helped) in tried {
                    let id = ["c1", "c2", "gone"][card];
                    checkin.record_tried(id, helped);
                }
                checkin
            })
    }

    fn any_checkins() -> impl Strategy<Value = Vec<CheckIn>> {
        (0..8_usize).prop_flat_map(|n| (0..n).map(any_checkin).collect::<Vec<_>>())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn the_text_holds_exactly_the_chosen_parts(
            checkins in any_checkins(),
            parts in any_parts(),
            with_request in any::<bool>(),
        ) {
            let mut test = TestPhone::at("2026-11-30T12:00:00Z");
            let summary = test.act(|phone| {
                for (id, name) in CARDS {
                    add_card(phone, id, name);
                }
                save_all(phone, &checkins);
                if with_request {
                    requests::note_asked(phone, AskWay::Text, "REQUEST-MESSAGE")?;
                }
                build(phone, period("2026-11-01", "2026-11-30"))
            }).expect("summary");

            let notes_shown = checkins.iter().any(|c| {
                !c.note.is_empty() && (parts.all_notes || (parts.marked_notes && c.for_next_session))
            });
            let any_tried = checkins.iter().any(|c| !c.tried.is_empty());
            let something = (parts.checkins && !checkins.is_empty())
                || notes_shown
                || (parts.skills_tried && any_tried)
                || parts.toolkit
                || (parts.requests && with_request);
            let Ok(text) = text(&summary, parts, made(), None) else {
                prop_assert!(!something);
                return Ok(());
            };
            prop_assert!(something);

            for (i, c) in checkins.iter().enumerate() {
                if c.note.is_empty() {
                    continue;
                }
                let chosen = parts.all_notes || (parts.marked_notes && c.for_next_session);
                prop_assert_eq!(text.contains(&c.note), chosen, "note {}", i);
                prop_assert_eq!(text.contains(&format!("NOTE{i}#")), chosen);
            }
            let feelings_shown = parts.checkins && !checkins.is_empty();
            prop_assert_eq!(text.contains("\nFeelings: Sad "), feelings_shown);
            let tried_shown = parts.skills_tried && any_tried;
            prop_assert_eq!(text.contains("\nTried: "), tried_shown);
            prop_assert_eq!(text.contains("SKILLS I TRIED"), tried_shown);
            for (id, name) in CARDS {
                let tried = checkins.iter().any(|c| c.tried.iter().any(|t| t.card == id));
                prop_assert_eq!(
                    text.contains(name),
                    parts.toolkit || (parts.skills_tried && tried)
                );
            }
            prop_assert_eq!(text.contains("MY TOOLKIT"), parts.toolkit);
            prop_assert_eq!(text.contains("REQUEST-MESSAGE"), parts.requests && with_request);

            let json = json(&summary, parts, made(), None).expect("json");
            let back = parse_json(&json).expect("parse");
            prop_assert_eq!(back, choose(&summary, parts, made(), None).expect("chosen"));
        }
    }
}

#[test]
fn each_part_is_set_and_read_on_its_own_with_its_own_box() {
    let mut ids = Vec::new();
    for part in Part::ALL {
        let mut parts = Parts::NONE;
        parts.set(part, true);
        let chosen: Vec<Part> = Part::ALL.into_iter().filter(|p| parts.has(*p)).collect();
        assert_eq!(chosen, [part], "{part:?} sets only itself");
        parts.set(part, false);
        assert_eq!(parts, Parts::NONE);
        assert!(!part.choice().is_empty());
        ids.push(part.id());
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), Part::ALL.len(), "every box has its own id");
}
