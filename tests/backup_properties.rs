//! Property tests of backup and restore: any history makes the round trip to a fresh phone;
//! no file, however damaged or strange, panics, changes a phone it should not, or loses
//! anything the phone had; and a backup lets in exactly what typing could have. The decoders
//! see thousands of inputs (counts in each config).
#![cfg(not(target_arch = "wasm32"))]

use harbour::backup::{make, restore::preview, restore::restore};
use harbour::checkin::{book, CheckIn, FeelingRating};
use harbour::comeback::message::checked;
use harbour::comeback::requests;
use harbour::kernel::Context;
use harbour::people::{people, save_person, PersonDraft};
use harbour::practitioner::mine::{mine, save_typed, MyPractitioner, Source};
use harbour::practitioner::Contact;
use harbour::storage::memory::MemoryStore;
use harbour::time::{moment_from_millis, Moment};
use harbour::toolkit::card::{Card, CardContent};
use harbour::toolkit::shelf;
use proptest::prelude::*;

fn moment() -> impl Strategy<Value = Moment> {
    (
        946_684_800_000_i64..4_102_444_800_000,
        -14 * 60..=14 * 60_i32,
    )
        .prop_map(|(millis, offset)| moment_from_millis(millis, offset).expect("in range"))
}

fn history() -> impl Strategy<Value = Vec<CheckIn>> {
    prop::collection::vec(
        (
            moment(),
            0..=10_u8,
            "[a-zA-Z0-9 ,.!?'\u{e9}\u{1f600}\u{5d0}<>&\"]{0,60}",
        ),
        0..25,
    )
    .prop_map(|entries| {
        entries
            .into_iter()
            .enumerate()
            .map(|(i, (at, strength, note))| CheckIn {
                id: format!("c-{i}"),
                at,
                feelings: vec![FeelingRating {
                    feeling: "Calm".into(),
                    strength,
                }],
                note: note.trim().to_string(),
                for_next_session: i % 3 == 0,
                edited_at: None,
                tried: Vec::new(),
                urges: Vec::new(),
            })
            .collect()
    })
}

fn now() -> Moment {
    moment_from_millis(1_795_000_000_000, 0).expect("moment")
}

fn with_phone<T>(store: &mut MemoryStore, action: impl FnOnce(&mut Context) -> T) -> T {
    let mut made = 0;
    let mut ids = || {
        made += 1;
        format!("new-{made}")
    };
    action(&mut Context::new(store, now(), &mut ids))
}

fn everything(store: &mut MemoryStore) -> Vec<CheckIn> {
    let mut all = Vec::new();
    for key in book::month_keys(store).expect("months") {
        all.extend(book::load_month(store, &key).expect("month"));
    }
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all
}

fn a_backup_of(checkins: &[CheckIn]) -> (MemoryStore, String) {
    let mut store = MemoryStore::new();
    for checkin in checkins {
        book::save(&mut store, checkin).expect("save");
    }
    let text = with_phone(&mut store, make).expect("backup").text;
    (store, text)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_history_comes_back_whole_on_a_fresh_phone(checkins in history()) {
        let (mut old, text) = a_backup_of(&checkins);
        let mut fresh = MemoryStore::new();
        let restored = with_phone(&mut fresh, |p| restore(p, &text)).expect("restore");
        prop_assert_eq!(restored.added.checkins, checkins.len());
        prop_assert_eq!(everything(&mut fresh), everything(&mut old));
        let again = with_phone(&mut fresh, |p| restore(p, &text)).expect("again");
        prop_assert_eq!(again.added.checkins, 0, "restoring twice adds nothing");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_as_a_backup_never_panics_or_changes_anything(text in "\\PC{0,400}") {
        let (mut phone, _) = a_backup_of(&[]);
        book::save(&mut phone, &CheckIn {
            id: "mine".into(),
            at: now(),
            feelings: vec![FeelingRating { feeling: "Sad".into(), strength: 4 }],
            note: String::new(),
            for_next_session: false,
            edited_at: None,
            tried: Vec::new(),
            urges: Vec::new(),
        }).expect("save");
        let before = phone.entries().clone();
        let previewed = with_phone(&mut phone, |p| preview(p, &text));
        prop_assert_eq!(phone.entries(), &before, "a preview never changes the phone");
        if previewed.is_err() {
            prop_assert!(with_phone(&mut phone, |p| restore(p, &text)).is_err());
            prop_assert_eq!(phone.entries(), &before);
        }
    }

    #[test]
    fn a_damaged_backup_loses_nothing_the_phone_had(
        checkins in history(),
        cut in any::<prop::sample::Index>(),
        flip in any::<prop::sample::Index>(),
        with in "[\\[\\]{}\",:0-9a-z\\\\]",
    ) {
        let (_, text) = a_backup_of(&checkins);
        let mut damaged: Vec<char> = text.chars().collect();
        let at = flip.index(damaged.len());
        damaged[at] = with.chars().next().expect("a character");
        let damaged: String = damaged[..=cut.index(damaged.len()).max(at)].iter().collect();

        let (mut phone, _) = a_backup_of(&checkins[..checkins.len() / 2]);
        let before = everything(&mut phone);
        let _ = with_phone(&mut phone, |p| preview(p, &damaged));
        let _ = with_phone(&mut phone, |p| restore(p, &damaged));
        let after = everything(&mut phone);
        for checkin in &before {
            prop_assert!(after.contains(checkin), "{} was lost", checkin.id);
        }
    }
}

/// Words as someone might type them, and as someone might write them into a file by hand to
/// get past the rules: hidden or reordering characters, markup, far too long.
fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.!'\u{e9}\u{1f600}\u{5d0}]{1,30}",
        Just("Call Mum\u{202E}321 009 00770".to_string()),
        Just("Call\u{200B}Mum".to_string()),
        Just("Mum\u{E0031}".to_string()),
        Just("soft\u{AD}hyphen".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("I <3 this".to_string()),
        Just("x".repeat(700)),
        Just(" ".to_string()),
    ]
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("07700 900123".to_string()),
        Just("0909 879 0000".to_string()),
        Just("118 118".to_string()),
        Just("+882 1234 5678".to_string()),
        Just("call me".to_string()),
        "[0-9 +]{5,16}",
    ]
}

fn email() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("sam@example.org".to_string()),
        Just("sam@example.org?bcc=other@example.org".to_string()),
        Just("sam@example.org,boss@example.org".to_string()),
        Just("sam@example.org;boss@example.org".to_string()),
        Just(String::new()),
    ]
}

/// One record of each kind that a person types, as a backup file would carry it.
#[derive(Debug, Clone)]
struct Typed {
    card_name: String,
    step: String,
    message: String,
    request_under_own_key: bool,
    person: String,
    person_phone: String,
    practitioner_phone: String,
    practitioner_email: String,
}

fn typed() -> impl Strategy<Value = Typed> {
    (
        (words(), words(), words(), any::<bool>()),
        (words(), number(), number(), email()),
    )
        .prop_map(
            |(
                (card_name, step, message, request_under_own_key),
                (person, person_phone, practitioner_phone, practitioner_email),
            )| Typed {
                card_name,
                step,
                message,
                request_under_own_key,
                person,
                person_phone,
                practitioner_phone,
                practitioner_email,
            },
        )
}

fn json(value: &str) -> String {
    serde_json::to_string(value).expect("string")
}

impl Typed {
    fn card(&self) -> String {
        format!(
            r#"{{"id":"card-1","content":{{"name":{},"strength":{{"from":0,"to":10}},"steps":[{}]}}}}"#,
            json(&self.card_name),
            json(&self.step)
        )
    }

    fn request(&self) -> String {
        let id = if self.request_under_own_key {
            "r-1"
        } else {
            "r-2"
        };
        format!(
            r#"{{"id":"{id}","at":"2026-11-20T10:00:00Z","way":"text","message":{},"sent":"yes"}}"#,
            json(&self.message)
        )
    }

    fn people(&self) -> String {
        format!(
            r#"[{{"id":"p-1","name":{},"phone":{}}}]"#,
            json(&self.person),
            json(&self.person_phone)
        )
    }

    fn practitioner(&self) -> Contact {
        Contact {
            name: "Sam Okafor".into(),
            phone: self.practitioner_phone.clone(),
            email: self.practitioner_email.clone(),
            ..Contact::default()
        }
    }

    fn file(&self) -> String {
        let practitioner = serde_json::to_string(&MyPractitioner {
            contact: self.practitioner(),
            source: Source::TypedByMe,
            since: None,
        })
        .expect("details");
        format!(
            r#"{{"harbour_backup":1,"made":"2026-11-25T10:00:00Z","schema":1,"records":{{"harbour.toolkit.card.card-1":{},"harbour.toolkit.order":["card-1"],"harbour.comeback.request.r-1":{},"harbour.people":{},"harbour.practitioner.contact":{}}},"set_aside":{{}}}}"#,
            self.card(),
            self.request(),
            self.people(),
            practitioner
        )
    }
}

/// Every value kept to one side on the phone.
fn set_aside(store: &MemoryStore) -> Vec<String> {
    store
        .entries()
        .iter()
        .filter(|(key, _)| key.starts_with("harbour.quarantine."))
        .map(|(_, value)| value.clone())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// A backup is one more door into the phone: what it lets in is exactly what typing the
    /// same words could have stored, and what it refuses is kept aside as the text it was.
    #[test]
    fn any_backup_restores_exactly_what_typing_could_have_stored(typed in typed()) {
        // What each typing door says of the same words, on a phone of its own.
        let mut typing = MemoryStore::new();
        let content: CardContent = serde_json::from_str::<Card>(&typed.card()).expect("card").content;
        let card_typable = content.problems().is_empty();
        let request_typable = typed.request_under_own_key
            && checked(&typed.message).as_deref() == Ok(typed.message.as_str());
        let draft = PersonDraft { name: typed.person.clone(), phone: typed.person_phone.clone(), crisis_line: false };
        let mut shown = Vec::new();
        let person_typable = with_phone(&mut typing, |p| save_person(p, &mut shown, None, &draft)).is_ok()
            && shown.first().is_some_and(|p| p.name == typed.person && p.phone == typed.person_phone);
        let details_typable = with_phone(&mut typing, |p| save_typed(p, &typed.practitioner()))
            .is_ok_and(|kept| kept.contact == typed.practitioner());

        let mut fresh = MemoryStore::new();
        let restored = with_phone(&mut fresh, |p| restore(p, &typed.file()));
        prop_assert!(restored.is_ok(), "{:?}", restored.err());
        let toolkit = shelf::load(&mut fresh).expect("toolkit");
        prop_assert_eq!(toolkit.find("card-1").is_some(), card_typable, "card {:?}", typed.card_name);
        let requests_now = with_phone(&mut fresh, requests::requests).expect("requests");
        prop_assert_eq!(requests_now.len(), usize::from(request_typable), "request {:?}", typed.message);
        let people_now = with_phone(&mut fresh, people);
        prop_assert_eq!(people_now.len(), usize::from(person_typable), "person {:?}", typed.person);
        let details_now = with_phone(&mut fresh, mine);
        prop_assert_eq!(details_now.is_some(), details_typable, "details {:?}", typed.practitioner());

        // Nothing is lost: what was refused is kept aside exactly as the file had it.
        let aside = set_aside(&fresh);
        for (refused, text) in [
            (!card_typable, typed.card()),
            (!request_typable, typed.request()),
            (!person_typable, typed.people()),
        ] {
            if refused {
                prop_assert!(aside.contains(&text), "{} is kept aside", text);
            }
        }
    }
}

/// How many keys a store looks at: the stand-in for a browser's localStorage, which has no
/// index, so listing keys by prefix visits every key.
struct Counting {
    inner: MemoryStore,
    looked_at: std::cell::Cell<usize>,
}

impl harbour::storage::Store for Counting {
    fn read(&self, key: &str) -> Result<Option<String>, harbour::storage::StoreError> {
        self.looked_at.set(self.looked_at.get() + 1);
        self.inner.read(key)
    }
    fn write(&mut self, key: &str, value: &str) -> Result<(), harbour::storage::StoreError> {
        self.looked_at.set(self.looked_at.get() + 1);
        self.inner.write(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), harbour::storage::StoreError> {
        self.looked_at.set(self.looked_at.get() + 1);
        self.inner.remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, harbour::storage::StoreError> {
        let all = self.inner.entries().len();
        self.looked_at.set(self.looked_at.get() + all);
        self.inner.keys_with_prefix(prefix)
    }
}

/// The work of previewing, then restoring, a backup of `n` unreadable records on a fresh phone.
fn work_to_restore_unreadable(n: usize) -> usize {
    let set_aside: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#""harbour.quarantine.harbour.comeback.request.r{i}.1":{}"#,
                json(&format!("{{damaged {i}"))
            )
        })
        .collect();
    let text = format!(
        r#"{{"harbour_backup":1,"made":"2026-11-25T10:00:00Z","schema":1,"records":{{}},"set_aside":{{{}}}}}"#,
        set_aside.join(",")
    );
    let mut phone = Counting {
        inner: MemoryStore::new(),
        looked_at: std::cell::Cell::new(0),
    };
    let mut ids = String::new;
    let mut at = Context::new(&mut phone, now(), &mut ids);
    let previewed = preview(&mut at, &text).expect("preview");
    assert_eq!(previewed.would.added.set_aside, n);
    let restored = restore(&mut at, &text).expect("restore");
    assert_eq!(restored.added.set_aside, n);
    phone.looked_at.get()
}

/// Restoring a file of many unreadable records takes work that grows with their number, not
/// its square (each one set aside used to look at every stored key). Counted, not timed, so
/// a busy machine cannot change the answer: 8 times the records must cost well under 64
/// times the work.
#[test]
fn restoring_many_unreadable_records_grows_linearly() {
    let (small, large) = (
        work_to_restore_unreadable(2_000),
        work_to_restore_unreadable(16_000),
    );
    let ratio = large as f64 / small as f64;
    println!(
        "work to restore 2,000 and 16,000 unreadable records: {small} and {large} (x{ratio:.1})"
    );
    assert!(ratio < 12.0, "x{ratio:.1} the work for x8 the records");
}
