//! Handing cards over: choose the cards (and, for a practitioner, their contact details),
//! then show the hand-over as a QR code, a link to share or copy, or a file.

use super::codec;
use super::qr::{self, QrImage};
use super::{HandOver, SharedCard};
use crate::app::Harbour;
use crate::app::ProblemList;
use crate::platform::set_title;
use crate::platform::share;
use crate::practitioner::{self, Contact, ContactProblem, OWN_DETAILS_KEY};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;

const FILE_NAME: &str = "harbour-cards.txt";

/// A hand-over ready to pass on.
#[derive(Clone)]
struct Made {
    link: String,
    qr: Option<QrImage>,
    cards: usize,
}

#[component]
pub fn GivePage() -> impl IntoView {
    set_title("Hand cards over");
    let harbour = expect_context::<Harbour>();
    let preselected: Vec<String> = use_query_map().with_untracked(|q| {
        q.get("cards")
            .map(|ids| ids.split(',').map(String::from).collect())
            .unwrap_or_default()
    });
    let chosen = RwSignal::new(preselected);
    let with_contact = RwSignal::new(false);
    let contact = RwSignal::new(
        harbour
            .store(|s| practitioner::load(s, OWN_DETAILS_KEY))
            .ok()
            .flatten()
            .unwrap_or_default(),
    );
    let problems = RwSignal::new(Vec::<String>::new());
    let made = RwSignal::new(None::<Made>);

    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        made.set(None);
        let ids = chosen.get_untracked();
        let cards: Vec<SharedCard> = harbour.toolkit.with_untracked(|t| {
            t.shown()
                .into_iter()
                .filter(|c| ids.contains(&c.id))
                .map(|c| SharedCard {
                    id: c.id.clone(),
                    content: c.content.clone(),
                })
                .collect()
        });
        let details = with_contact
            .get_untracked()
            .then(|| contact.get_untracked().tidied());
        let mut found: Vec<String> = Vec::new();
        if cards.is_empty() && details.is_none() {
            found.push("Choose at least one card to hand over.".into());
        }
        if let Some(details) = &details {
            found.extend(
                details
                    .problems()
                    .iter()
                    .map(|p| ContactProblem::message(p).to_string()),
            );
        }
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        if let Some(details) = &details {
            // Remembered so a practitioner types their details once; not needed to hand over.
            let _ = harbour.store(|s| practitioner::save(s, OWN_DETAILS_KEY, details));
        }
        problems.set(Vec::new());
        let count = cards.len();
        let handover = HandOver {
            cards,
            practitioner: details,
        };
        let link = codec::link(&share::origin(), &handover);
        made.set(Some(Made {
            qr: qr::draw(&link),
            link,
            cards: count,
        }));
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
                <ContactFields contact />
            </Show>
            <ProblemList problems=problems />
            <button type="submit" class="primary">
                "Make the hand-over"
            </button>
        </form>
        {move || made.get().map(|made| view! { <Ready made /> })}
    }
}

#[component]
fn ContactFields(contact: RwSignal<Contact>) -> impl IntoView {
    // Each field reads and writes one part of the details.
    type Part = (fn(&Contact) -> &String, fn(&mut Contact) -> &mut String);
    let field =
        move |id: &'static str, label: &'static str, kind: &'static str, (read, write): Part| {
            view! {
                <label for=id>{label}</label>
                <input
                    id=id
                    type=kind
                    autocomplete="off"
                    prop:value=move || contact.with(|c| read(c).clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        contact.update(|c| *write(c) = value);
                    }
                />
            }
        };
    view! {
        <fieldset class="contact-fields">
            <legend>"Your details, kept on the client's phone"</legend>
            {field("contact-name", "Your name", "text", (|c| &c.name, |c| &mut c.name))}
            {field("contact-service", "Service", "text", (|c| &c.service, |c| &mut c.service))}
            {field("contact-phone", "Phone", "tel", (|c| &c.phone, |c| &mut c.phone))}
            {field("contact-email", "Email", "email", (|c| &c.email, |c| &mut c.email))}
        </fieldset>
    }
}

/// The hand-over, ready: QR code when it fits, and the link and file either way.
#[component]
fn Ready(made: Made) -> impl IntoView {
    let status = RwSignal::new(None::<&'static str>);
    let Made { link, qr, cards } = made;
    let (share_link, copy_link, file_link) = (link.clone(), link.clone(), link.clone());
    let what = match cards {
        0 => "your contact details".to_string(),
        1 => "1 card".to_string(),
        n => format!("{n} cards"),
    };
    let code = match qr {
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
            <div class="actions">
                {share::can_share().then(|| view! {
                    <button type="button" on:click=move |_| {
                        let link = share_link.clone();
                        spawn_local(async move {
                            share::share_link("Cards from Harbour", &link).await;
                        });
                    }>"Share the link"</button>
                })}
                <button type="button" on:click=move |_| {
                    let link = copy_link.clone();
                    spawn_local(async move {
                        status.set(Some(if share::copy(&link).await {
                            "The link is copied."
                        } else {
                            "This browser wouldn't copy the link. You can select it below instead."
                        }));
                    });
                }>"Copy the link"</button>
                <button type="button" on:click=move |_| {
                    status.set(Some(match share::download(FILE_NAME, &file_link) {
                        Ok(()) => "Saved as a file in your downloads.",
                        Err(_) => "This browser wouldn't save the file. Try sharing or copying the link.",
                    }));
                }>"Save as a file"</button>
            </div>
            <p role="status">{move || status.get()}</p>
            <details>
                <summary>"Show the link"</summary>
                <textarea class="link-text" readonly rows="4" aria-label="The hand-over link">{link}</textarea>
            </details>
        </section>
    }
}
