//! One card, large and plain, for reaching in a hard moment: the steps first, then why it
//! helps, when it is for and what helped before.

use super::actions;
use super::card::{Card, Place};
use super::helped::Record;
use super::library;
use super::place_buttons::{PlaceButtons, WhatPlacesMean};
use crate::paths;
use crate::platform::set_title;
use crate::state::{use_harbour, Harbour};
use crate::time::date_label;
use crate::ui::id_param;
use crate::ui::{Caution, Confirm, Feedback, FeedbackLine, NotHere};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn CardPage() -> impl IntoView {
    let harbour = use_harbour();
    let id = id_param();
    let records = harbour.act(actions::records);
    move || {
        let id = id.get().unwrap_or_default();
        match harbour.toolkit.with(|t| t.find(&id).cloned()) {
            Some(card) => {
                set_title("Your card");
                let record = records.get(&card.id).copied().unwrap_or_default();
                card_view(harbour, card, record).into_any()
            }
            None => view! { <CardNotHere /> }.into_any(),
        }
    }
}

/// Shown for a card id the phone does not have.
#[component]
pub fn CardNotHere() -> impl IntoView {
    set_title("Card not found");
    view! {
        <NotHere
            heading="This card isn't here"
            said="It may have been made on another phone. Your other cards are safe."
            href=paths::TOOLKIT
            go="Open my toolkit"
        />
    }
}

/// Where a card's details sit in the page's outline, so its section headings follow on.
#[derive(Clone, Copy)]
pub enum Outline {
    /// The card is the page (its name is the `h1`): sections are `h2`.
    Page,
    /// The card is one of several (its name is an `h3`): sections are `h4`.
    InList,
}

fn section(title: &'static str, outline: Outline) -> AnyView {
    match outline {
        Outline::Page => view! { <h2>{title}</h2> }.into_any(),
        Outline::InList => view! { <h4>{title}</h4> }.into_any(),
    }
}

/// Everything a card says, for its own page and for a hand-over before it is accepted.
pub fn card_details(
    card: &Card,
    heading: impl IntoView + 'static,
    outline: Outline,
) -> impl IntoView {
    let content = &card.content;
    let skill = content.skill.as_deref().and_then(library::skill);
    let links = content.links.iter().map(|link| {
        view! {
            <li>
                <a href=link.clone() target="_blank" rel="noopener noreferrer">
                    {link.clone()}
                </a>
            </li>
        }
    });
    view! {
        {heading}
        {skill.map(|s| view! { <p class="card-skill">"From the skill " {s.name}</p> })}
        {content.caution().map(|text| view! { <Caution text /> })}
        {content
            .made_together
            .map(|at| view! { <p class="made-together">"Made together on " {date_label(&at)}</p> })}
        {(!content.steps.is_empty())
            .then(|| {
                view! {
                    {section("The steps", outline)}
                    <ol class="steps">
                        {content.steps.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}
                    </ol>
                }
            })}
        {(!content.why.is_empty())
            .then(|| view! {
                {section("Why it helps me", outline)}
                <p class="why">{content.why.clone()}</p>
            })}
        {section("When I use it", outline)}
        <p>{card.when_line()}</p>
        {(!content.situations.is_empty()).then(|| view! { <p class="situations">{content.situations.clone()}</p> })}
        {(!content.links.is_empty()).then(|| view! {
            {section("Links", outline)}
            <ul class="links">{links.collect_view()}</ul>
        })}
    }
}

fn card_view(harbour: Harbour, card: Card, record: Record) -> impl IntoView {
    let feedback = Feedback::new();
    let template = card.clone();
    let details = card_details(
        &card,
        view! { <h1>{card.content.name.clone()}</h1> },
        Outline::Page,
    );
    let change_href = paths::change_card(&card.id);
    let id = card.id.clone();
    let on_place = move |place: Place| {
        let placed = harbour.change(|p, shared| actions::place(p, &mut shared.toolkit, &id, place));
        feedback.after(placed);
    };
    view! {
        <article class="card-page">
            {details}
            {record.summary().map(|s| view! { <p class="card-helped">{s}</p> })}
            <FeedbackLine feedback />
            <div class="actions">
                <A href=change_href attr:class="button primary">"Change"</A>
                <PlaceButtons place=card.place() name=card.content.name.clone() on_place />
                <A href=paths::TOOLKIT attr:class="button quiet">"My toolkit"</A>
            </div>
            <WhatPlacesMean />
            <DeleteCard id=card.id.clone() name=card.content.name.clone() />
            <KeepAsTemplate card=template />
        </article>
    }
}

/// Deletes a card for good, after asking. Putting it away is offered as the gentler choice.
#[component]
fn DeleteCard(id: String, name: String) -> impl IntoView {
    let harbour = use_harbour();
    let asking = RwSignal::new(false);
    let feedback = Feedback::new();
    let navigate = leptos_router::hooks::use_navigate();
    let ids = vec![id];
    let delete = move |()| {
        let deleted =
            harbour.change(|p, shared| actions::delete_cards(p, &mut shared.toolkit, &ids));
        if feedback.after(deleted).is_some() {
            harbour.said_on_arrival.set(Some("Card deleted."));
            navigate(paths::TOOLKIT, Default::default());
        }
    };
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="quiet" on:click=move |_| asking.set(true)>
                    "Delete this card"
                </button>
            }
        >
            <Confirm
                question="Delete this card?"
                said=format!(
                    "Delete “{name}” for good? It can't be brought back. Put away keeps it out of sight instead."
                )
                yes="Yes, delete it"
                no="Keep it"
                on_yes=delete.clone()
                on_no=move |()| asking.set(false)
            />
        </Show>
        <FeedbackLine feedback />
    }
}

/// For practitioners: keeps a copy of the card on this device to start other clients' cards
/// from. The copy is their own: changing one never changes the other.
#[component]
fn KeepAsTemplate(card: Card) -> impl IntoView {
    let harbour = use_harbour();
    let feedback = Feedback::new();
    let keep = move |_| {
        feedback.say_after(
            harbour.act(|p| actions::keep_as_template(p, &card)),
            "Kept as a template. Start other cards from it under Add a card.",
        );
    };
    view! {
        <details class="for-practitioners">
            <summary>"For practitioners"</summary>
            <p>
                "Keep this card's skill on this device, to start other clients' cards from. "
                "Only its name, feelings, strength and steps are kept: never this client's "
                "situations, reasons or links."
            </p>
            <button type="button" on:click=keep>"Keep as a template"</button>
            <FeedbackLine feedback />
        </details>
    }
}
