//! Screens mounted in headless Chromium over an in-memory phone (wasm-bindgen-test), tapped
//! and typed into as a person would, then read back from the page and from the core. These
//! check each screen's wiring in seconds, without building the release bundle.
#![cfg(target_arch = "wasm32")]

use harbour::backup::{self, page::RestoreABackup};
use harbour::checkin::actions as checkins;
use harbour::checkin::book;
use harbour::checkin::form::CheckInForm;
use harbour::checkin::model::{CheckIn, FeelingRating};
use harbour::comeback::links::link_for;
use harbour::comeback::message::ready_message;
use harbour::comeback::page::ComeBackPage;
use harbour::handover::codec;
use harbour::handover::receive::ReceivePage;
use harbour::handover::{HandOver, SharedCard};
use harbour::help::page::HelpPage;
use harbour::home::HomePage;
use harbour::kernel::strength::StrengthRange;
use harbour::mydata::page::MyDataPage;
use harbour::on_paper::page::ToolkitOnPaperPage;
use harbour::people::{self, PersonDraft};
use harbour::platform::deflate::deflate;
use harbour::practitioner::{mine, Channel, Contact};
use harbour::session;
use harbour::state::{Harbour, Sources};
use harbour::storage::memory::MemoryStore;
use harbour::storage::PREFIX;
use harbour::summary::page::SincePage;
use harbour::summary::sharing::ShareWhatIChoose;
use harbour::summary::{build, choose, records, starting_period, Parts};
use harbour::time::{moment_from_millis, Moment};
use harbour::toolkit::actions as cards;
use harbour::toolkit::card::{Card, CardContent, Place};
use harbour::toolkit::editor::NewCardPage;
use harbour::toolkit::shelf;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// 14:00 on 22 November 2026, London.
fn two_pm() -> Moment {
    moment_from_millis(1_795_356_000_000, 0).expect("moment")
}

/// A phone with nothing on it: memory for storage, a fixed clock, ids "id-1", "id-2", …
fn new_phone() -> Harbour {
    phone_making_ids("id")
}

/// A new phone whose ids are "`prefix`-1", "`prefix`-2", …: another phone makes other ids.
fn phone_making_ids(prefix: &'static str) -> Harbour {
    let mut made = 0;
    Harbour::over(Sources {
        store: Box::new(MemoryStore::new()),
        clock: two_pm,
        ids: Box::new(move || {
            made += 1;
            format!("{prefix}-{made}")
        }),
        tab: "tab-1".into(),
        nonces: || [7; 12],
    })
}

/// Shows `screen` in a fresh part of the test page, with `harbour` as the app's state.
fn show<V: IntoView + 'static>(
    harbour: Harbour,
    screen: impl FnOnce() -> V + Send + 'static,
) -> HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let root: HtmlElement = document
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let mounted = mount_to(root.clone(), move || {
        provide_context(harbour);
        view! { <Router>{screen()}</Router> }
    });
    mounted.forget();
    root
}

/// Waits for the browser's own next task, for what the browser does outside Leptos (unpacking
/// a hand-over with its decompression stream, loading a frame). Leptos's own updates need only
/// [`tick`].
async fn browser_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

/// The button whose words are `text`.
fn button(root: &HtmlElement, text: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").expect("buttons");
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|b| b.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().is_some_and(|t| t.trim() == text))
        .unwrap_or_else(|| panic!("no button says {text}"))
}

/// The question asked before something that can't be undone, checking that its gentler
/// answer, `gentler`, is the primary one.
fn asked(root: &HtmlElement, question: &str, gentler: &str) -> HtmlElement {
    let group = find(root, &format!("[role=group][aria-label='{question}']"));
    assert!(
        button(&group, gentler).class_name().contains("primary"),
        "{gentler} is the primary answer to {question}"
    );
    group
}

fn type_into(root: &HtmlElement, selector: &str, text: &str) {
    let field = find(root, selector);
    match field.dyn_ref::<HtmlTextAreaElement>() {
        Some(area) => area.set_value(text),
        None => field.unchecked_ref::<HtmlInputElement>().set_value(text),
    }
    let input = web_sys::Event::new("input").expect("event");
    field.dispatch_event(&input).expect("dispatch");
}

fn text(root: &HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_check_in_form_saves_in_three_taps_and_offers_what_might_help() {
    let harbour = new_phone();
    let form = show(
        harbour,
        || view! { <CheckInForm heading="How are you feeling?" /> },
    );
    button(&form, "Sad").click();
    tick().await;
    find(&form, "input[name='strength-Sad'][value='8']").click();
    tick().await;
    button(&form, "Save check-in").click();
    tick().await;

    assert!(text(&form).contains("Saved. Thank you for checking in."));
    let saved = harbour
        .act(|p| checkins::find(p, "id-1"))
        .expect("read")
        .expect("saved as id-1");
    assert_eq!((saved.at, saved.feelings[0].strength), (two_pm(), 8));
    assert!(text(&form).contains("Your toolkit is empty for now."));
}

#[wasm_bindgen_test]
async fn the_check_in_form_says_what_is_missing_and_keeps_what_was_typed() {
    let harbour = new_phone();
    let form = show(
        harbour,
        || view! { <CheckInForm heading="How are you feeling?" /> },
    );
    button(&form, "Anxious").click();
    tick().await;
    type_into(&form, "#note", "Before the appointment");
    button(&form, "Save check-in").click();
    tick().await;

    let alert = find(&form, "[role='alert']");
    assert!(text(&alert).contains("How strong is “Anxious”?"));
    assert_eq!(harbour.act(|p| checkins::find(p, "id-1")), Ok(None));
    let kept = harbour.act(|p| checkins::open_form(p, None));
    assert_eq!(kept.note, "Before the appointment");
}

#[wasm_bindgen_test]
async fn the_card_editor_marks_a_card_made_in_a_session() {
    let harbour = new_phone();
    harbour
        .change(|p, shared| session::start(p, &mut shared.session))
        .expect("session");
    let editor = show(harbour, || view! { <NewCardPage /> });
    button(&editor, "Save card").click();
    tick().await;
    assert!(text(&find(&editor, "[role='alert']")).contains("Give the card a name"));
    assert!(harbour.toolkit.with_untracked(|t| t.all().is_empty()));

    type_into(&editor, "#card-name", "  Cold   water ");
    type_into(
        &editor,
        "#card-steps",
        "I hold an ice cube.\n\nI breathe out slowly.",
    );
    button(&editor, "Angry").click();
    tick().await;
    button(&editor, "Save card").click();
    tick().await;

    let card = harbour
        .toolkit
        .with_untracked(|t| t.find("id-1").cloned())
        .expect("saved as id-1");
    assert_eq!(card.content.name, "Cold water");
    assert_eq!(card.content.steps.len(), 2);
    assert_eq!(card.content.feelings, ["Angry"]);
    assert_eq!(card.content.made_together, Some(two_pm()));
    let noted = harbour
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.cards.clone()));
    assert_eq!(noted, Some(vec!["id-1".to_string()]));
}

fn breathe(name: &str) -> CardContent {
    CardContent {
        name: name.into(),
        skill: None,
        feelings: vec!["Anxious".into()],
        strength: StrengthRange { from: 3, to: 8 },
        situations: String::new(),
        steps: vec!["I breathe out slower than I breathe in.".into()],
        why: String::new(),
        links: Vec::new(),
        made_together: None,
    }
}

/// Opens the receive screen as a hand-over link would, packed as a phone packs it.
async fn open_hand_over(harbour: Harbour, handover: &HandOver) -> HtmlElement {
    let packed = deflate(&codec::to_json(handover)).await.expect("deflate");
    let window = web_sys::window().expect("window");
    window
        .location()
        .set_hash(&codec::wrap(&packed))
        .expect("hash");
    let screen = show(harbour, || view! { <ReceivePage /> });
    // Unpacking takes the browser a moment or two.
    for _ in 0..20 {
        browser_turn().await;
        if !text(&screen).contains("Opening the hand-over") {
            break;
        }
    }
    screen
}

#[wasm_bindgen_test]
async fn the_hand_over_review_shows_everything_and_keeps_nothing_until_accepted() {
    let harbour = new_phone();
    let handover = HandOver {
        cards: vec![SharedCard {
            id: "given-1".into(),
            content: breathe("Slow breathing"),
        }],
        practitioner: None,
    };
    let review = open_hand_over(harbour, &handover).await;
    assert!(text(&review).contains("1 new card to add"));
    assert!(text(&review).contains("Slow breathing"));
    assert!(harbour.toolkit.with_untracked(|t| t.all().is_empty()));

    button(&review, "Add to my toolkit").click();
    tick().await;
    assert!(text(&review).contains("1 card added."));
    let kept = harbour
        .toolkit
        .with_untracked(|t| t.find("given-1").cloned());
    assert_eq!(kept.map(|c| c.content), Some(breathe("Slow breathing")));
}

#[wasm_bindgen_test]
async fn a_sealed_hand_over_opens_with_its_code_however_typed_and_never_without() {
    use harbour::handover::link::{open, open_with_code, Opened};
    use harbour::lock::{cipher::Key, ITERATIONS};
    use harbour::platform::passcode::derive_with_new_salt;
    let handover = HandOver {
        cards: vec![SharedCard {
            id: "c1".into(),
            content: breathe("Slow breathing"),
        }],
        practitioner: None,
    };
    let packed = deflate(&codec::to_json(&handover)).await.expect("deflate");
    let code = "4KQ7M2XP9TRA";
    let (key, salt) = derive_with_new_salt(code, ITERATIONS).await.expect("a key");
    let payload = codec::wrap_sealed(&packed, &Key(key), salt, [3; 12]);
    let Ok(Opened::NeedsCode { salt, sealed }) = open(&payload).await else {
        panic!("a sealed hand-over asks for its code");
    };
    assert_eq!(
        open_with_code(&salt, &sealed, "4kq7-m2xp-9tra").await,
        Ok(handover)
    );
    assert_eq!(
        open_with_code(&salt, &sealed, "4KQ7 M2XP 9TRB").await,
        Err(codec::HandOverProblem::WrongCode)
    );
    assert_eq!(
        open_with_code(&salt, &sealed, "4KQ7").await,
        Err(codec::HandOverProblem::CodeMistyped)
    );
}

#[wasm_bindgen_test]
async fn a_damaged_or_oversized_hand_over_is_refused_with_nothing_changed() {
    let damaged = harbour::handover::link::open("1.AAAAAAAA").await;
    let damaged = damaged.map(|_| ());
    assert_eq!(damaged, Err(codec::HandOverProblem::Damaged));
    // Two megabytes of one letter pack into a few kilobytes: it must not be unpacked whole.
    let bomb = deflate(&vec![b'a'; 2 * 1024 * 1024])
        .await
        .expect("deflate");
    let refused = harbour::handover::link::open(&codec::wrap(&bomb))
        .await
        .map(|_| ());
    assert_eq!(refused, Err(codec::HandOverProblem::TooLarge));
    let one_card = HandOver {
        cards: vec![SharedCard {
            id: "c1".into(),
            content: breathe("Slow breathing"),
        }],
        practitioner: None,
    };
    let whole = deflate(&codec::to_json(&one_card)).await.expect("deflate");
    let opened = harbour::handover::link::open(&codec::wrap(&whole)).await;
    assert_eq!(
        opened,
        Ok(harbour::handover::link::Opened::HandOver(one_card))
    );
    let cut = codec::wrap(&whole[..whole.len() - 3]);
    let refused = harbour::handover::link::open(&cut).await.map(|_| ());
    assert_eq!(refused, Err(codec::HandOverProblem::Damaged));
}

#[wasm_bindgen_test]
async fn the_hand_over_review_keeps_my_words_unless_i_choose_the_new_ones() {
    let harbour = new_phone();
    harbour
        .change(|p, shared| {
            let mine = Card::new("shared-1".into(), breathe("My breathing"));
            harbour::toolkit::shelf::save(p.store(), &mut shared.toolkit, mine)
        })
        .expect("my card");
    let handover = HandOver {
        cards: vec![SharedCard {
            id: "shared-1".into(),
            content: breathe("Their breathing"),
        }],
        practitioner: None,
    };
    let review = open_hand_over(harbour, &handover).await;
    assert!(text(&review).contains("You have these cards in other words"));
    button(&review, "No thanks").click();
    tick().await;
    assert!(text(&review).contains("Nothing was added."));
    let name = harbour
        .toolkit
        .with_untracked(|t| t.find("shared-1").map(|c| c.content.name.clone()));
    assert_eq!(name.as_deref(), Some("My breathing"));
}

/// Saves a check-in through the core, as the form would.
fn saved_check_in(harbour: Harbour, feeling: &str, strength: u8, note: &str, marked: bool) {
    let mut draft = harbour.act(|p| checkins::open_form(p, None));
    draft.toggle(feeling);
    draft.set_strength(feeling, strength);
    draft.note = note.into();
    draft.for_next_session = marked;
    harbour.act(|p| checkins::save(p, &draft)).expect("saved");
}

/// The text the core makes for these parts, as the screen should preview it.
fn core_text(harbour: Harbour, parts: Parts, name: Option<&str>) -> String {
    harbour.act(|p| {
        let period = starting_period(p);
        let summary = build(p, period).expect("summary");
        choose(&summary, parts, two_pm(), name)
            .expect("something to share")
            .text()
    })
}

#[wasm_bindgen_test]
async fn since_my_last_session_previews_exactly_the_core_text_for_the_parts_chosen() {
    let harbour = new_phone();
    saved_check_in(harbour, "Sad", 6, "For Thursday: <b>not bold</b> 🌊", true);
    saved_check_in(harbour, "Calm", 2, "Just for me", false);
    let screen = show(harbour, || view! { <SincePage /> });
    tick().await;

    let shown = text(&screen);
    assert!(shown.contains("For Thursday: <b>not bold</b> 🌊"));
    assert!(
        !shown.contains("Just for me"),
        "unmarked notes stay off the screen and out of the preview"
    );
    let preview = || {
        find(&screen, "pre.preview")
            .text_content()
            .unwrap_or_default()
    };
    assert_eq!(preview(), core_text(harbour, Parts::default(), None));
    assert_eq!(
        screen.query_selector("pre.preview b").expect("query"),
        None,
        "markup is text"
    );

    find(&screen, "#part-all-notes").click();
    type_into(&screen, "#share-name", "Jo");
    tick().await;
    let all_notes = Parts {
        all_notes: true,
        ..Parts::default()
    };
    assert_eq!(preview(), core_text(harbour, all_notes, Some("Jo")));
    assert!(preview().contains("Just for me"));
}

#[wasm_bindgen_test]
async fn since_my_last_session_says_kindly_when_dates_are_back_to_front() {
    let harbour = new_phone();
    let screen = show(harbour, || view! { <SincePage /> });
    tick().await;
    assert!(text(&screen).contains("There are no check-ins in these dates, and that's fine."));
    let from = find(&screen, "#from");
    from.unchecked_ref::<HtmlInputElement>()
        .set_value("2026-12-01");
    from.dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    tick().await;
    let alert = find(&screen, "[role='alert']");
    assert!(text(&alert).contains("The first date is after the last one."));
}

#[wasm_bindgen_test]
async fn the_toolkit_on_paper_holds_every_help_now_line() {
    let harbour = new_phone();
    let screen = show(harbour, || view! { <ToolkitOnPaperPage /> });
    tick().await;
    let shown = text(&screen);
    for line in harbour::help::every_line() {
        assert!(shown.contains(line.name), "{}", line.name);
    }
    assert!(shown.contains("Written by me in Harbour."));
}

#[wasm_bindgen_test]
async fn the_check_in_form_says_nothing_is_sent_by_itself() {
    let form = show(
        new_phone(),
        || view! { <CheckInForm heading="How are you feeling?" /> },
    );
    assert!(text(&form).contains("Harbour sends nothing by itself, and no one is watching."));
}

/// The crash page as the panic hook shows it, in a frame the size of a 320 x 568 phone with
/// text at 200 % and the app's own style sheet: the 999 button is in view without scrolling.
#[wasm_bindgen_test]
async fn the_crash_page_shows_999_in_the_first_screen_of_a_small_phone_at_200_percent_text() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let frame: web_sys::HtmlIFrameElement = document
        .create_element("iframe")
        .expect("iframe")
        .unchecked_into();
    frame
        .set_attribute("style", "width: 320px; height: 568px; border: 0")
        .expect("style");
    frame.set_srcdoc(&format!(
        "<!doctype html><html lang=\"en-GB\" style=\"font-size: 200%\"><head>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <style>{}</style></head><body>{}</body></html>",
        include_str!("../style/harbour.css"),
        harbour::help::crash_page_html()
    ));
    document
        .body()
        .expect("body")
        .append_child(&frame)
        .expect("append");
    let mut call = None;
    for _ in 0..100 {
        browser_turn().await;
        call = frame
            .content_document()
            .and_then(|d| d.query_selector(".danger a").ok().flatten());
        if call.is_some() {
            break;
        }
    }
    let call = call.expect("the crash page's 999 button");
    assert_eq!(call.get_attribute("href").as_deref(), Some("tel:999"));
    assert_eq!(call.text_content().as_deref(), Some("Call 999"));
    let at = call.get_bounding_client_rect();
    assert!(
        at.top() >= 0.0 && at.bottom() <= 568.0,
        "999 at {}..{} of 568 px",
        at.top(),
        at.bottom()
    );
}

/// Saves one of the client's people through the core, as My people would.
fn saved_person(harbour: Harbour, name: &str, number: &str) {
    let draft = PersonDraft {
        name: name.into(),
        phone: number.into(),
        crisis_line: false,
    };
    let mut shown = harbour.act(people::people);
    harbour
        .act(|p| people::save_person(p, &mut shown, None, &draft))
        .expect("saved");
}

#[wasm_bindgen_test]
async fn help_now_puts_999_first_then_my_people_then_the_free_lines() {
    let harbour = new_phone();
    saved_person(harbour, "Jo", "07700 900123");
    let screen = show(harbour, || view! { <HelpPage /> });
    tick().await;
    let page = text(&screen);
    let at = |words: &str| {
        page.find(words)
            .unwrap_or_else(|| panic!("Help now says {words}"))
    };
    assert!(at("999") < at("Jo"), "the danger line comes first");
    assert!(
        at("Jo") < at("Samaritans"),
        "my people before the free lines"
    );
    let call_jo = find(&screen, "a[href^='tel:07700']");
    assert!(call_jo.text_content().unwrap_or_default().contains("Jo"));
}

#[wasm_bindgen_test]
async fn my_data_deletes_everything_only_once_asked_and_answered_yes() {
    let harbour = new_phone();
    saved_check_in(harbour, "Calm", 2, "", false);
    saved_person(harbour, "Jo", "07700 900123");
    let stored = move || {
        harbour
            .act(|p| p.store().keys_with_prefix(PREFIX))
            .expect("keys")
            .len()
    };
    let before = stored();
    assert!(before >= 2);
    let screen = show(harbour, || view! { <MyDataPage /> });
    tick().await;

    button(&screen, "Delete all my data").click();
    tick().await;
    let question = asked(&screen, "Delete everything?", "Keep my data");
    assert!(text(&question).contains("It can't be brought back"));
    button(&screen, "Keep my data").click();
    tick().await;
    assert_eq!(stored(), before, "saying no keeps everything");

    button(&screen, "Delete all my data").click();
    tick().await;
    button(&screen, "Yes, delete everything").click();
    tick().await;
    assert!(text(&screen).contains("Everything Harbour kept on this phone is deleted."));
    assert_eq!(stored(), 0);
    assert!(harbour.own_words.with_untracked(|w| w.words().is_empty()));
    assert_eq!(harbour.toolkit.with_untracked(|t| t.all().len()), 0);
}

#[wasm_bindgen_test]
async fn come_back_offers_the_ready_message_each_link_carries_what_is_typed_and_starting_again_asks(
) {
    let harbour = new_phone();
    let sam = Contact {
        name: "Sam Okafor".into(),
        service: "Riverside Recovery Team".into(),
        phone: "+44 7700 900123".into(),
        email: "sam.okafor@example.org".into(),
        ..Contact::default()
    };
    harbour
        .act(|p| mine::save_handed_over(p, &sam))
        .expect("saved");
    let screen = show(harbour, || view! { <ComeBackPage /> });
    tick().await;
    let message = || {
        find(&screen, "#come-back-message")
            .unchecked_into::<HtmlTextAreaElement>()
            .value()
    };
    let text_link = || find(&screen, "a[href^='sms:']").get_attribute("href");
    let ready = ready_message(&sam);
    assert_eq!(message(), ready);
    assert_eq!(text_link(), link_for(Channel::Text, &sam, &ready));
    assert!(
        !text(&screen).contains("Start again"),
        "nothing to start again from yet"
    );

    let typed = "Hello Sam, could we meet again? I'm finding things hard & I'd like to talk.";
    type_into(&screen, "#come-back-message", typed);
    tick().await;
    assert_eq!(text_link(), link_for(Channel::Text, &sam, typed));
    let email_link = find(&screen, "a[href^='mailto:']").get_attribute("href");
    assert_eq!(email_link, link_for(Channel::Email, &sam, typed));

    button(&screen, "Start again").click();
    tick().await;
    let question = asked(&screen, "Start the message again?", "Keep my changes");
    button(&question, "Keep my changes").click();
    tick().await;
    assert_eq!(message(), typed, "keeping the changes keeps every word");
    button(&screen, "Start again"); // still offered

    button(&screen, "Start again").click();
    tick().await;
    button(&screen, "Yes, start again").click();
    tick().await;
    assert_eq!(message(), ready);
    assert!(
        !text(&screen).contains("Start again"),
        "back to the ready message, so nothing to start again from"
    );
    assert!(
        text(&screen).contains("Help now"),
        "Help now is offered here too"
    );
}

/// A card kept in the toolkit, in `place`.
fn saved_card(harbour: Harbour, id: &str, name: &str, place: Place) {
    harbour
        .change(|p, shared| {
            shelf::save(
                p.store(),
                &mut shared.toolkit,
                Card::new(id.into(), breathe(name)),
            )?;
            cards::place(p, &mut shared.toolkit, id, place)
        })
        .expect("saved");
}

#[wasm_bindgen_test]
async fn home_shows_only_pinned_cards_in_use_and_suggests_a_backup_after_a_month() {
    let harbour = new_phone();
    saved_card(harbour, "c1", "Cold water", Place::Pinned);
    saved_card(harbour, "c2", "Walk round the block", Place::InUse);
    saved_card(harbour, "c3", "Old habit", Place::PutAway);
    let forty_days_ago =
        moment_from_millis(1_795_356_000_000 - 40 * 86_400_000, 0).expect("moment");
    let old = CheckIn {
        id: "old".into(),
        at: forty_days_ago,
        feelings: vec![FeelingRating {
            feeling: "Calm".into(),
            strength: 3,
        }],
        note: String::new(),
        for_next_session: false,
        edited_at: None,
        tried: Vec::new(),
        urges: Vec::new(),
    };
    harbour.act(|p| book::save(p.store(), &old)).expect("saved");
    let screen = show(harbour, || view! { <HomePage /> });
    tick().await;

    let pinned = find(&screen, "ul.pinned");
    assert_eq!(text(&pinned), "Cold water", "only the pinned card in use");
    assert_eq!(
        find(&pinned, "a").get_attribute("href").as_deref(),
        Some("/toolkit/c1")
    );
    assert!(
        text(&screen).contains("Add my practitioner"),
        "no practitioner yet"
    );
    let reminder = || screen.query_selector(".backup-reminder").expect("query");
    assert!(
        reminder().is_some(),
        "a month without a backup is mentioned gently"
    );
    button(&screen, "Not now").click();
    tick().await;
    assert!(reminder().is_none());
    assert!(!harbour.act(backup::reminder::due), "not now is remembered");
}

/// Puts `text` in the file input `selector` as a chosen file, as the file picker does.
fn choose_file(root: &HtmlElement, selector: &str, name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let file = web_sys::File::new_with_str_sequence(&parts, name).expect("file");
    let chosen = web_sys::DataTransfer::new().expect("transfer");
    chosen.items().add_with_file(&file).expect("add");
    let input = find(root, selector).unchecked_into::<HtmlInputElement>();
    input.set_files(chosen.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
}

/// Waits for the browser to read a chosen file and Harbour to show what it found.
async fn until_read(screen: &HtmlElement, selector: &str) {
    for _ in 0..20 {
        browser_turn().await;
        if screen.query_selector(selector).ok().flatten().is_some() {
            return;
        }
    }
}

#[wasm_bindgen_test]
async fn restoring_shows_what_a_backup_holds_and_changes_nothing_until_added() {
    let other = phone_making_ids("old-phone");
    saved_check_in(other, "Sad", 6, "From my old phone", false);
    saved_card(other, "c1", "Cold water", Place::InUse);
    let made = other.act(backup::make).expect("backup");

    let harbour = new_phone();
    saved_check_in(harbour, "Calm", 2, "", false);
    let stored = move || {
        harbour
            .act(|p| p.store().keys_with_prefix(PREFIX))
            .expect("keys")
    };
    let before = stored();
    let screen = show(harbour, || view! { <RestoreABackup /> });
    tick().await;

    choose_file(
        &screen,
        "#backup-file",
        "not-a-backup.json",
        "{\"hello\": 1}",
    );
    until_read(&screen, "[role=alert]").await;
    assert!(
        !text(&find(&screen, "[role=alert]")).is_empty(),
        "a clear message"
    );
    assert_eq!(
        stored(),
        before,
        "a file that isn't a backup changes nothing"
    );

    choose_file(&screen, "#backup-file", &made.file_name, &made.text);
    until_read(&screen, ".backup-preview").await;
    let preview = text(&find(&screen, ".backup-preview"));
    assert!(preview.contains("It holds:"), "{preview}");
    assert!(preview.contains("Restoring adds:"), "{preview}");
    assert!(
        screen
            .query_selector("[role=alert]")
            .expect("query")
            .is_none(),
        "the old problem went"
    );
    assert_eq!(stored(), before, "a preview changes nothing");

    button(&screen, "Add these to Harbour").click();
    tick().await;
    assert!(text(&screen).contains("Added to Harbour:"));
    assert_eq!(
        harbour.toolkit.with_untracked(|t| t.all().len()),
        1,
        "the card is on screen too"
    );
    let history = harbour
        .act(|p| checkins::history(p, 0, 10))
        .expect("history");
    assert_eq!(history.page.checkins.len(), 2, "mine and the backup's");
}

#[wasm_bindgen_test]
async fn share_what_i_choose_previews_the_parts_and_notes_only_what_left() {
    let harbour = new_phone();
    saved_check_in(harbour, "Sad", 6, "For Thursday", true);
    let period = harbour.act(starting_period);
    let summary = RwSignal::new(harbour.act(|p| build(p, period)).ok());
    let period = RwSignal::new(period);
    let screen = show(
        harbour,
        move || view! { <ShareWhatIChoose summary period made=two_pm() /> },
    );
    tick().await;
    assert!(find(&screen, "pre.preview")
        .text_content()
        .unwrap_or_default()
        .contains("For Thursday"));

    for part in ["#part-checkins", "#part-marked", "#part-skills"] {
        find(&screen, part).click();
    }
    tick().await;
    assert!(screen
        .query_selector("pre.preview")
        .expect("query")
        .is_none());
    assert!(text(&screen)
        .contains("There's nothing to share from these dates with the parts you chose."));
    assert!(text(&screen).contains("Nothing shared from Harbour yet."));

    find(&screen, "#part-marked").click();
    tick().await;
    let preview = find(&screen, "pre.preview")
        .text_content()
        .unwrap_or_default();
    assert!(preview.contains("For Thursday"));
    button(&screen, "Save as a text file").click();
    tick().await;
    tick().await;
    assert!(text(&screen).contains("Saved as a text file with your downloads."));
    let kept = harbour.act(records).expect("records");
    assert_eq!(kept.len(), 1, "what left is noted once");
    assert!(text(&find(&screen, ".sharing-record")).contains(&kept[0].what()));
}
