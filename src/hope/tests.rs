use super::*;
use crate::kernel::context::fixtures::TestPhone;
use crate::storage::Store;

fn answered(hope: u8, control: u8, opportunity: u8, words: &str) -> HopeDraft {
    HopeDraft {
        answers: [Some(hope), Some(control), Some(opportunity)],
        words: words.into(),
    }
}

fn problems(test: &mut TestPhone, draft: &HopeDraft) -> Vec<HopeProblem> {
    match test.act(|p| save_rating(p, draft)) {
        Err(NotDone::Problems(problems)) => problems,
        _ => Vec::new(),
    }
}

#[test]
fn ratings_are_kept_a_year_per_key_and_read_back_newest_first() {
    let mut test = TestPhone::at("2026-12-30T10:00:00Z");
    test.act(|p| save_rating(p, &answered(2, 3, 1, "  A slow week.  ")))
        .expect("first");
    test.now = crate::checkin::fixtures::moment("2027-01-06T10:00:00Z");
    let partial = HopeDraft {
        answers: [Some(4), None, None],
        words: String::new(),
    };
    test.act(|p| save_rating(p, &partial)).expect("second");
    assert_eq!(
        test.store
            .read("harbour.hope.2026")
            .expect("read")
            .as_deref(),
        Some(
            r#"[{"id":"id-1","at":"2026-12-30T10:00:00Z","hope":2,"control":3,"opportunity":1,"words":"A slow week."}]"#
        )
    );
    let all = test.act(ratings).expect("ratings");
    let answers: Vec<_> = all.iter().map(HopeRating::answers).collect();
    assert_eq!(
        answers,
        [[Some(4), None, None], [Some(2), Some(3), Some(1)]]
    );
}

#[test]
fn refuses_an_empty_answer_one_off_the_scale_and_odd_words_keeping_nothing() {
    let mut test = TestPhone::at("2026-12-03T10:00:00Z");
    assert_eq!(
        problems(&mut test, &HopeDraft::default()),
        [HopeProblem::Nothing]
    );
    assert_eq!(
        problems(&mut test, &answered(0, 3, 3, "")),
        [HopeProblem::OffTheScale]
    );
    assert_eq!(
        problems(&mut test, &answered(6, 3, 3, "")),
        [HopeProblem::OffTheScale]
    );
    assert_eq!(
        problems(&mut test, &answered(3, 3, 3, &"x".repeat(281))),
        [HopeProblem::WordsTooLong]
    );
    assert_eq!(
        problems(&mut test, &answered(3, 3, 3, "<img src=x>")),
        [HopeProblem::OddWords]
    );
    assert_eq!(
        problems(&mut test, &answered(3, 3, 3, "hidden\u{200B}")),
        [HopeProblem::OddWords]
    );
    assert!(test.store.entries().is_empty(), "nothing kept");
    for problem in [
        HopeProblem::Nothing,
        HopeProblem::OffTheScale,
        HopeProblem::WordsTooLong,
        HopeProblem::OddWords,
    ] {
        assert!(problem.message().ends_with('.') || problem.message().ends_with('?'));
    }
}

#[test]
fn weekly_asks_again_only_when_a_week_has_passed_and_never_means_never() {
    let mut test = TestPhone::at("2026-12-03T10:00:00Z");
    assert!(!test.act(is_due), "never, unless the client chooses");
    test.act(|p| choose(p, AskMe::Weekly)).expect("choose");
    assert!(test.act(is_due));
    test.act(|p| save_rating(p, &answered(3, 3, 3, "")))
        .expect("save");
    assert!(!test.act(is_due));
    test.now = crate::checkin::fixtures::moment("2026-12-10T10:00:01Z");
    assert!(test.act(is_due), "a week on");
    test.act(|p| choose(p, AskMe::WheneverILike))
        .expect("choose");
    assert!(!test.act(is_due));
    assert!(
        test.act(choice).last_answered.is_some(),
        "kept through a change of choice"
    );
}

#[test]
fn a_year_no_one_could_have_answered_is_set_aside_as_it_was() {
    let mut test = TestPhone::at("2026-12-03T10:00:00Z");
    let odd = r#"[{"id":"a","at":"2026-01-01T00:00:00Z","hope":9}]"#;
    test.store.write("harbour.hope.2026", odd).expect("write");
    assert_eq!(test.act(ratings).expect("ratings"), Vec::new());
    assert_eq!(
        test.store.read("harbour.quarantine.harbour.hope.2026.1"),
        Ok(Some(odd.into()))
    );
    test.act(|p| save_rating(p, &answered(3, 3, 3, "")))
        .expect("save after");
    assert_eq!(test.act(ratings).expect("ratings").len(), 1);
}
