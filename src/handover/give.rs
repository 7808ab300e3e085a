//! Handing cards over: choose the cards (and, for a practitioner, their contact details),
//! then show the hand-over as a QR code, a link to share or copy, or a file.

use super::actions;
use super::code::shown;
use super::link::link_for;
use super::qr;
use crate::kernel::Explain;
use crate::platform::send::{self, Leaving};
use crate::platform::set_title;
use crate::platform::share_sheet;
use crate::practitioner::page::{ContactFields, Whose};
use crate::state::use_harbour;
use crate::toolkit::actions::delete_cards;
use crate::ui::{send_and_say, Feedback, FeedbackLine, Problems, SendWords};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;

const FILE_NAME: &str = "harbour-cards.txt";
const CANNOT_PACK: &str = "This browser can't make a hand-over link. Updating it, or using \
    another browser, will help.";

/// A hand-over ready to pass on: its link, and what it carries in words.
#[derive(Clone)]
struct Made {
    link: String,
    /// The code that opens the sealed link: never in the link itself.
    code: String,
    what: String,
    /// The cards handed over.
    ids: Vec<String>,
}

#[component]
pub fn GivePage() -> impl IntoView {
    set_title("Hand cards over");
    let harbour = use_harbour();
    let preselected: Vec<String> = use_query_map().with_untracked(|q| {
        q.get("cards")
            .map(|ids| ids.split(',').map(String::from).collect())
            .unwrap_or_default()
    });
    let chosen = RwSignal::new(preselected);
    let with_contact = RwSignal::new(false);
    let contact = RwSignal::new(harbour.act(actions::own_details));
    let problems = RwSignal::new(Vec::<String>::new());
    let made = RwSignal::new(None::<Made>);

    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        made.set(None);
        let ids = chosen.get_untracked();
        let details = with_contact
            .get_untracked()
            .then(|| contact.get_untracked());
        let planned = harbour.toolkit.with_untracked(|toolkit| {
            harbour.act(|p| actions::plan(p, toolkit, &ids, details.as_ref()))
        });
        match planned {
            Ok(planned) => {
                problems.set(Vec::new());
                spawn_local(async move {
                    match link_for(&planned).await {
                        Some((link, code)) => made.set(Some(Made {
                            link,
                            code,
                            what: planned.what(),
                            ids: planned.ids.clone(),
                        })),
                        None => problems.set(vec![CANNOT_PACK.into()]),
                    }
                });
            }
            Err(found) => problems.set(found.iter().map(Explain::message).collect()),
        }
    };

    let card_choice = move |id: String, name: String| {
        let checked_id = id.clone();
        view! {
            <li>
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || chosen.with(|c| c.contains(&checked_id))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            made.set(None);
                            chosen.update(|c| {
                                c.retain(|x| *x != id);
                                if on {
                                    c.push(id.clone());
                                }
                            });
                            // "Choose at least one card" is no longer true once one is.
                            if on {
                                let stale = actions::GiveProblem::NothingChosen.message();
                                problems.update(|p| p.retain(|said| *said != stale));
                            }
                        }
                    />
                    <span>{name}</span>
                </label>
            </li>
        }
    };
    let cards = harbour.toolkit.with_untracked(|t| {
        t.shown()
            .into_iter()
            .map(|c| (c.id.clone(), c.content.name.clone()))
            .collect::<Vec<_>>()
    });

    view! {
        <h1>"Hand cards over"</h1>
        <p class="lead">
            "Pass cards to another phone with no account and no server: the cards travel inside "
            "a QR code or link, and the other phone shows them before anything is kept."
        </p>
        <form class="give" novalidate on:submit=make>
            <fieldset>
                <legend>"Cards to hand over"</legend>
                {if cards.is_empty() {
                    view! { <p>"There are no cards on this phone yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="choices">
                            {cards.into_iter().map(|(id, name)| card_choice(id, name)).collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            </fieldset>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || with_contact.get()
                    on:change=move |ev| {
                        made.set(None);
                        with_contact.set(event_target_checked(&ev));
                    }
                />
                <span>"Include my contact details (for practitioners)"</span>
            </label>
            <Show when=move || with_contact.get()>
                <ContactFields contact whose=Whose::Own />
            </Show>
            <Problems problems />
            <button type="submit" class="primary">
                "Make the hand-over"
            </button>
        </form>
        {move || made.get().map(|made| view! { <Ready made /> })}
    }
}

/// The hand-over, ready: QR code when it fits, and the link and file either way.
#[component]
fn Ready(made: Made) -> impl IntoView {
    let feedback = Feedback::new();
    let Made {
        link,
        code: hand_over_code,
        what,
        ids,
    } = made;
    let link_file = StoredValue::new(Leaving::file(FILE_NAME, link.clone()));
    let share = move |_| {
        let words = SendWords::new(
            "",
            "This phone wouldn't share the link. Try copying it or saving it as a file.",
        );
        let sending = send::share_link("Cards from Harbour", link_file.get_value());
        send_and_say(sending, feedback, words.when_closed(""), || ());
    };
    let copy = move |_| {
        let words = SendWords::new(
            "The link is copied.",
            "This browser wouldn't copy the link. You can select it below instead.",
        );
        send_and_say(send::copy(link_file.get_value()), feedback, words, || ());
    };
    let save = move |_| {
        let words = SendWords::new(
            "Saved as a file in your downloads.",
            "This browser wouldn't save the file. Try sharing or copying the link.",
        );
        send_and_say(
            send::download(link_file.get_value()),
            feedback,
            words,
            || (),
        );
    };
    let code = match qr::draw(&link) {
        Some(image) => view! {
            <p>"Scan this with the other phone's camera, then open the link it shows."</p>
            <svg
                class="qr"
                role="img"
                aria-label=format!("QR code carrying {what}")
                viewBox=format!("0 0 {0} {0}", image.side)
                shape-rendering="crispEdges"
            >
                <rect width="100%" height="100%" fill="#fff" />
                <path d=image.path fill="#000" />
            </svg>
        }
        .into_any(),
        None => view! {
            <p class="problem">
                "This is too much for one QR code. Share the link or save it as a file instead, "
                "or hand over fewer cards at a time."
            </p>
        }
        .into_any(),
    };
    view! {
        <section class="ready" aria-labelledby="ready-heading">
            <h2 id="ready-heading" tabindex="-1">{format!("Ready to hand over {what}")}</h2>
            {code}
            <div class="hand-over-code">
                <p>"Then the other phone asks for this code:"</p>
                <p class="code">
                    <span aria-hidden="true">{shown(&hand_over_code)}</span>
                    <span class="visually-hidden">{spelled(&hand_over_code)}</span>
                </p>
                <p class="hint">
                    "Read it out or show it; if you send the link, send the code another way. "
                    "It isn't in the link, so the link alone can't be read, even from a "
                    "browser's history."
                </p>
            </div>
            <div class="actions">
                {share_sheet::can_share().then(|| view! {
                    <button type="button" on:click=share>"Share the link"</button>
                })}
                <button type="button" on:click=copy>"Copy the link"</button>
                <button type="button" on:click=save>"Save as a file"</button>
            </div>
            <FeedbackLine feedback />
            <details>
                <summary>"Show the link"</summary>
                <textarea class="link-text" readonly rows="4" aria-label="The hand-over link">{link}</textarea>
            </details>
            {(!ids.is_empty()).then(|| view! { <LeaveNothingBehind ids /> })}
        </section>
    }
}

/// The code one character at a time, as a screen reader should say it.
fn spelled(code: &str) -> String {
    shown(code)
        .split(' ')
        .map(|group| {
            group
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Once the other phone has the cards, removes them from this device (the default): a
/// practitioner's device sees many clients, and keeps none of their words.
#[component]
fn LeaveNothingBehind(ids: Vec<String>) -> impl IntoView {
    let harbour = use_harbour();
    let remove = RwSignal::new(true);
    let feedback = Feedback::new();
    let done = move |_| {
        if !remove.get_untracked() {
            feedback.say("The cards stay on this device too.");
            return;
        }
        let deleted = harbour.change(|p, shared| delete_cards(p, &mut shared.toolkit, &ids));
        feedback.say_after(deleted, "Done. These cards are no longer on this device.");
    };
    view! {
        <div class="after-hand-over" role="group" aria-labelledby="after-hand-over">
            <h3 id="after-hand-over">"Once the other phone has them"</h3>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || remove.get()
                    on:change=move |ev| remove.set(event_target_checked(&ev))
                />
                <span>"Remove these cards from this device"</span>
            </label>
            <button type="button" on:click=done>"The other phone has them"</button>
            <FeedbackLine feedback />
        </div>
    }
}
