use super::*;
use crate::kernel::context::fixtures::TestPhone;
use crate::storage::Store;

fn phone() -> TestPhone {
    TestPhone::at("2026-11-25T10:00:00Z")
}

fn name(test: &mut TestPhone, typed: &str) -> Result<MyUrges, Vec<UrgeProblem>> {
    let mut shown = MyUrges::default();
    match test.act(|p| name_urge(p, &mut shown, None, typed)) {
        Ok(()) => Ok(shown),
        Err(NotDone::Problems(problems)) => Err(problems),
        Err(NotDone::NotKept(error)) => panic!("not kept: {error:?}"),
    }
}

fn names(urges: &MyUrges) -> Vec<&str> {
    urges.in_use().map(|u| u.name.as_str()).collect()
}

#[test]
fn names_up_to_three_urges_with_short_ids_kept_once() {
    let mut test = phone();
    name(&mut test, "  to stay   in bed ").expect("first");
    name(&mut test, "to drink").expect("second");
    let shown = name(&mut test, "to hurt myself").expect("third");
    assert_eq!(
        names(&shown),
        ["to stay in bed", "to drink", "to hurt myself"]
    );
    let ids: Vec<_> = shown.all().iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["u1", "u2", "u3"]);
    assert_eq!(
        test.store.read(URGES_KEY).expect("read").as_deref(),
        Some(
            r#"[{"id":"u1","name":"to stay in bed"},{"id":"u2","name":"to drink"},{"id":"u3","name":"to hurt myself"}]"#
        )
    );
    assert_eq!(name(&mut test, "to shout"), Err(vec![UrgeProblem::TooMany]));
    assert_eq!(test.act(my_urges), shown, "nothing changed by the refusal");
}

#[test]
fn refuses_what_typing_refuses_and_the_same_urge_twice() {
    let mut test = phone();
    name(&mut test, "to drink").expect("first");
    assert_eq!(
        name(&mut test, "To Drink"),
        Err(vec![UrgeProblem::SameName])
    );
    assert_eq!(name(&mut test, "   "), Err(vec![UrgeProblem::NoName]));
    assert_eq!(
        name(&mut test, &"x".repeat(41)),
        Err(vec![UrgeProblem::NameTooLong])
    );
    assert_eq!(
        name(&mut test, "<b>to run</b>"),
        Err(vec![UrgeProblem::OddName])
    );
    assert_eq!(
        name(&mut test, "to run\u{202E}"),
        Err(vec![UrgeProblem::OddName])
    );
    assert_eq!(names(&test.act(my_urges)), ["to drink"]);
    for problem in [
        UrgeProblem::NoName,
        UrgeProblem::NameTooLong,
        UrgeProblem::OddName,
        UrgeProblem::SameName,
        UrgeProblem::TooMany,
    ] {
        assert!(problem.message().ends_with('.') || problem.message().ends_with('?'));
    }
}

#[test]
fn an_urge_put_away_keeps_its_name_and_comes_back_with_its_id() {
    let mut test = phone();
    name(&mut test, "to drink").expect("first");
    let mut shown = name(&mut test, "to stay in bed").expect("second");
    test.act(|p| put_away(p, &mut shown, "u1"))
        .expect("put away");
    assert_eq!(names(&shown), ["to stay in bed"]);
    assert_eq!(
        shown.name_of("u1"),
        Some("to drink"),
        "earlier check-ins still name it"
    );
    let back = name(&mut test, "to drink").expect("named again");
    assert_eq!(names(&back), ["to drink", "to stay in bed"]);
    assert_eq!(back.all().len(), 2, "the same urge, not a new one");
    // A new urge after one was put away gets a new id: old check-ins keep meaning the old one.
    test.act(|p| put_away(p, &mut shown, "u2"))
        .expect("put away");
    let newer = name(&mut test, "to shout").expect("new");
    assert_eq!(newer.all()[2].id, "u3");
}

#[test]
fn renaming_keeps_the_id_and_starts_from_what_is_stored() {
    let mut test = phone();
    let mut stale = name(&mut test, "to drink").expect("first");
    // Another tab names a second urge; this screen still shows one.
    name(&mut test, "to stay in bed").expect("other tab");
    test.act(|p| name_urge(p, &mut stale, Some("u1"), "to drink alone"))
        .expect("rename");
    assert_eq!(names(&stale), ["to drink alone", "to stay in bed"]);
    assert_eq!(stale.all()[0].id, "u1");
}

#[test]
fn a_list_no_one_could_have_typed_is_set_aside_as_it_was() {
    for odd in [
        r#"[{"id":"u 1","name":"to drink"}]"#,
        r#"[{"id":"u1","name":"  to drink"}]"#,
        r#"[{"id":"u1","name":"a"},{"id":"u1","name":"b"}]"#,
        r#"{"id":"u1"}"#,
    ] {
        let mut test = phone();
        test.store.write(URGES_KEY, odd).expect("write");
        assert_eq!(test.act(my_urges), MyUrges::default(), "{odd}");
        assert_eq!(
            test.store
                .read(&format!("harbour.quarantine.{URGES_KEY}.1"))
                .expect("read")
                .as_deref(),
            Some(odd)
        );
    }
}
