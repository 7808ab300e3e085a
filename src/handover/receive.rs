//! Opening a hand-over: from the link's fragment, a chosen file or pasted text. The client
//! sees exactly what would be added and changed, and nothing is kept until they accept.

use super::actions::{self, Details, Review};
use super::codec::{self, HandOverProblem};
use super::link::{self, Opened};
use super::merge::{Keep, Outcome};
use super::HandOver;
use crate::kernel::text::plural;
use crate::kernel::Explain;
use crate::paths::{HOME, TOOLKIT};
use crate::platform::send::{self, Leaving};
use crate::platform::{address, files, home_screen, set_title};
use crate::state::use_harbour;
use crate::toolkit::card::Card;
use crate::toolkit::view::{card_details, Outline};
use crate::ui::{
    send_and_say, ContactDetails, Feedback, FeedbackLine, FileField, SendWords, TextField,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// Where the client is in opening a hand-over.
#[derive(Clone)]
enum Step {
    /// No payload yet: offer a file or pasted link.
    Choose,
    /// Unpacking what was given.
    Opening,
    Refused(HandOverProblem),
    /// Sealed: the code on the giving screen opens it.
    AskCode {
        salt: Vec<u8>,
        sealed: Vec<u8>,
    },
    Review(HandOver),
    Accepted(Outcome),
    Declined,
}

/// Opens a hand-over from a link, pasted text or a file's text, and shows the outcome.
fn open(text: String, step: RwSignal<Step>) {
    step.set(Step::Opening);
    spawn_local(async move {
        step.set(match link::open(&text).await {
            Ok(Opened::HandOver(handover)) => Step::Review(handover),
            Ok(Opened::NeedsCode { salt, sealed }) => Step::AskCode { salt, sealed },
            Err(problem) => Step::Refused(problem),
        });
    });
}

#[component]
pub fn ReceivePage() -> impl IntoView {
    set_title("Cards handed over");
    let step = RwSignal::new(Step::Choose);
    // The link as it came, for copying into the home-screen Harbour on an iPhone.
    let given = RwSignal::new(None::<String>);
    // Read once, then gone from the address bar and the history, accepted or not.
    let take_fragment = move || {
        let fragment = address::fragment();
        if !fragment.is_empty() {
            address::forget_fragment();
            given.set(Some(codec::link_to_payload(&address::origin(), &fragment)));
            open(fragment, step);
        }
    };
    take_fragment();
    // Another link opened while this screen is showing changes only the fragment.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| take_fragment());
    on_cleanup(move || listener.remove());
    let apart = home_screen::apart_from_home_screen();
    view! {
        <h1>"Cards handed over"</h1>
        {move || {
            let link = given.get()?;
            let waiting = matches!(step.get(), Step::Opening | Step::AskCode { .. } | Step::Review(_));
            (apart && waiting).then(|| view! { <ApartFromHomeScreen link /> })
        }}
        {move || match step.get() {
            Step::Choose => view! { <ChooseHandOver step /> }.into_any(),
            Step::Opening => view! { <p role="status">"Opening the hand-over…"</p> }.into_any(),
            Step::Refused(problem) => view! {
                <p class="problem" role="alert">{problem.message()}</p>
                <ChooseHandOver step />
            }
            .into_any(),
            Step::AskCode { salt, sealed } => view! { <AskCode salt sealed step /> }.into_any(),
            Step::Review(handover) => view! { <Review handover step /> }.into_any(),
            Step::Accepted(outcome) => accepted(outcome).into_any(),
            Step::Declined => view! {
                <p role="status">"Nothing was added. Your toolkit is just as it was."</p>
                <A href=HOME attr:class="button">"Home"</A>
            }
            .into_any(),
        }}
    }
}

/// On an iPhone, a link opens in Safari, whose storage is apart from Harbour on the home
/// screen: says so, and offers the way that reaches the Harbour the client uses.
#[component]
fn ApartFromHomeScreen(link: String) -> impl IntoView {
    let copied = Feedback::new();
    let copy = move |_| {
        let words = SendWords::new(
            "The link is copied.",
            "This browser wouldn't copy the link. Ask for it again in a message you can open later.",
        );
        send_and_say(
            send::copy(Leaving::words(link.clone())),
            copied,
            words,
            || (),
        )
    };
    view! {
        <div class="apart" role="note">
            <p>
                "This opened in Safari. On iPhone, Harbour on your home screen keeps its own "
                "copy, apart from Safari's, so cards added here won't be there."
            </p>
            <p>
                "To add them to Harbour on your home screen: copy the link, open Harbour from "
                "your home screen, go to My toolkit, tap Open a hand-over, and paste it. If you "
                "don't have Harbour on your home screen, you can add them here."
            </p>
            <button type="button" on:click=copy>"Copy the link"</button>
            <FeedbackLine feedback=copied />
        </div>
    }
}

/// A sealed hand-over: the code the giving screen shows, typed here, opens it. A wrong code
/// changes nothing and can be typed again.
#[component]
fn AskCode(salt: Vec<u8>, sealed: Vec<u8>, step: RwSignal<Step>) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let feedback = Feedback::new();
    let working = RwSignal::new(false);
    let sealed = StoredValue::new((salt, sealed));
    let try_code = move || {
        if working.get_untracked() {
            return;
        }
        working.set(true);
        feedback.say("Opening the hand-over…");
        spawn_local(async move {
            let (salt, sealed) = sealed.get_value();
            let opened = link::open_with_code(&salt, &sealed, &typed.get_untracked()).await;
            working.set(false);
            match opened {
                Ok(handover) => step.set(Step::Review(handover)),
                Err(problem) => feedback.problem(&problem),
            }
        });
    };
    view! {
        <form class="lock-form" novalidate on:submit=move |ev| {
            ev.prevent_default();
            try_code();
        }>
            <p>
                "The other screen shows a code beside the QR code. It keeps the cards private: "
                "without it, the link can't be read, even from the browser's history."
            </p>
            <TextField
                id="handover-code"
                label="The hand-over code"
                hint="12 letters and numbers, like 4KQ7 M2XP 9TRA."
                value=typed
                on_input=move |text| typed.set(text)
            />
            <FeedbackLine feedback />
            <button type="submit" class="primary" disabled=move || working.get()>"Open the hand-over"</button>
        </form>
    }
}

/// Another way in: a hand-over file, or a link pasted from a message.
#[component]
fn ChooseHandOver(step: RwSignal<Step>) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let on_file = move |file: web_sys::File| {
        if file.size() > codec::MAX_PAYLOAD_CHARS as f64 * 2.0 {
            step.set(Step::Refused(HandOverProblem::TooLarge));
            return;
        }
        spawn_local(async move {
            match files::read_text(file).await {
                Some(text) => open(text, step),
                None => step.set(Step::Refused(HandOverProblem::Damaged)),
            }
        });
    };
    view! {
        <p>"Open a hand-over from your practitioner: scan their QR code with your camera, "
            "tap the link they sent, or use one of these."</p>
        <FileField id="handover-file" label="A hand-over file" accept=".txt,text/plain" on_file />
        <form novalidate on:submit=move |ev| {
            ev.prevent_default();
            open(pasted.get_untracked(), step);
        }>
            <TextField
                id="handover-link"
                label="Or paste the link"
                rows=3
                value=pasted
                on_input=move |link: String| pasted.set(link)
            />
            <button type="submit">"Open"</button>
        </form>
    }
}

#[component]
fn Review(handover: HandOver, step: RwSignal<Step>) -> impl IntoView {
    let harbour = use_harbour();
    let review = harbour
        .toolkit
        .with_untracked(|toolkit| harbour.act(|p| actions::review(p, toolkit, &handover)));
    // Read once from the link, which is then gone from the address bar: a reload would lose it.
    harbour.holds_unsaved(|| true);
    let choices = RwSignal::new(Vec::<(String, Keep)>::new());
    let feedback = Feedback::new();
    let nothing_to_do = review.nothing_to_do();
    let cards_to_add = !(review.new.is_empty() && review.changed.is_empty());
    let use_new_details = RwSignal::new(false);
    let Review {
        ref new,
        ref changed,
        ref already_here,
        ref details,
        ..
    } = review;
    let (new, changed, already_here, details) = (
        new.clone(),
        changed.clone(),
        already_here.clone(),
        details.clone(),
    );

    let accept = move |_| {
        let keep = |id: &str| {
            choices.with_untracked(|c| {
                c.iter()
                    .find(|(i, _)| i == id)
                    .map(|(_, k)| *k)
                    .unwrap_or(Keep::Mine)
            })
        };
        let use_new = use_new_details.get_untracked();
        let accepted = harbour
            .change(|p, shared| actions::accept(p, &mut shared.toolkit, &review, keep, use_new));
        if let Some(outcome) = feedback.after(accepted) {
            address::forget_fragment();
            step.set(Step::Accepted(outcome));
        }
    };
    let decline = move |_| {
        address::forget_fragment();
        step.set(Step::Declined);
    };

    view! {
        <p class="lead">"Nothing has been added yet. Here is everything in this hand-over."</p>
        {details.map(|details| details_choice(details, use_new_details))}
        {(!new.is_empty()).then(|| view! {
            <h2>{plural(new.len(), "new card")} " to add"</h2>
            <ul class="arrivals">
                {new.iter().map(|card| view! {
                    <li class="arrival">{card_details(card, view! { <h3>{card.content.name.clone()}</h3> }, Outline::InList)}</li>
                }).collect_view()}
            </ul>
        })}
        {(!changed.is_empty()).then(|| view! {
            <h2>"You have these cards in other words"</h2>
            <p>"Choose which to keep. Yours stays unless you choose the new one."</p>
            <ul class="arrivals">
                {changed.into_iter().map(|(mine, theirs)| changed_choice(mine, theirs, choices)).collect_view()}
            </ul>
        })}
        {(!already_here.is_empty()).then(|| view! {
            <h2>"Already in your toolkit"</h2>
            <ul>{already_here.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
        })}
        <FeedbackLine feedback />
        {if nothing_to_do {
            view! {
                <p role="status">"You already have everything in this hand-over."</p>
                <button type="button" on:click=decline>"Done"</button>
            }.into_any()
        } else {
            view! {
                <div class="actions">
                    <button type="button" class="primary" on:click=accept>
                        {if cards_to_add { "Add to my toolkit" } else { "Done" }}
                    </button>
                    <button type="button" on:click=decline>"No thanks"</button>
                </div>
            }.into_any()
        }}
    }
}

/// The practitioner's details in the hand-over, new to the phone or beside the ones it has:
/// the client's own choice, apart from the cards. Nothing changes unless they choose it.
fn details_choice(details: Details, use_new: RwSignal<bool>) -> impl IntoView {
    let option = move |label: &'static str, new: bool| {
        view! {
            <label class="check">
                <input
                    type="radio"
                    name="practitioner-details"
                    prop:checked=move || use_new.get() == new
                    on:change=move |_| use_new.set(new)
                />
                <span>{label}</span>
            </label>
        }
    };
    let (heading, shown, question, keep, take) = match details {
        Details::New(theirs) => (
            "Your practitioner's details",
            view! { <ContactDetails contact=theirs.glance() /> }.into_any(),
            "Save these details on your phone?",
            "Not now",
            "Save them, to ask to come back",
        ),
        Details::Different { mine, theirs } => (
            "Other details for your practitioner",
            view! {
                <div class="side-by-side">
                    <div>
                        <h3>"On your phone"</h3>
                        <ContactDetails contact=mine.contact.glance() />
                    </div>
                    <div>
                        <h3>"In this hand-over"</h3>
                        <ContactDetails contact=theirs.glance() />
                    </div>
                </div>
            }
            .into_any(),
            "Which details to keep?",
            "Keep the details on my phone",
            "Use the new details",
        ),
    };
    view! {
        <section class="contact-preview">
            <h2>{heading}</h2>
            {shown}
            <fieldset>
                <legend>{question}</legend>
                {option(keep, false)}
                {option(take, true)}
            </fieldset>
        </section>
    }
}

/// One changed card: both versions, and a choice of which to keep.
fn changed_choice(
    mine: Card,
    theirs: Card,
    choices: RwSignal<Vec<(String, Keep)>>,
) -> impl IntoView {
    let id = mine.id.clone();
    let name = format!("keep-{id}");
    let option = move |label: &'static str, keep: Keep| {
        let id = id.clone();
        let chosen = id.clone();
        view! {
            <label class="check">
                <input
                    type="radio"
                    name=name.clone()
                    prop:checked=move || {
                        choices.with(|c| c.iter().find(|(i, _)| *i == chosen).map(|(_, k)| *k).unwrap_or(Keep::Mine)) == keep
                    }
                    on:change=move |_| choices.update(|c| {
                        c.retain(|(i, _)| *i != id);
                        c.push((id.clone(), keep));
                    })
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <li class="arrival changed">
            <div class="side-by-side">
                <div>{card_details(&mine, view! { <h3>"Yours: " {mine.content.name.clone()}</h3> }, Outline::InList)}</div>
                <div>{card_details(&theirs, view! { <h3>"New: " {theirs.content.name.clone()}</h3> }, Outline::InList)}</div>
            </div>
            <fieldset>
                <legend>{format!("Which “{}” to keep?", mine.content.name)}</legend>
                {option("Keep mine", Keep::Mine)}
                {option("Use the new one", Keep::Theirs)}
            </fieldset>
        </li>
    }
}

fn accepted(outcome: Outcome) -> impl IntoView {
    view! {
        <p role="status">{outcome.summary()}</p>
        <A href=TOOLKIT attr:class="button primary">"Open my toolkit"</A>
    }
}
