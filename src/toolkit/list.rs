//! The toolkit screen: the client's cards, pinned first, with buttons to pin, move and put
//! away (no drag-only moves), the cards put away below, and the way into session mode.

use super::actions;
use super::card::{Card, Place};
use super::glance::glance;
use super::place_buttons::{PlaceButtons, WhatPlacesMean};
use super::shelf::Move;
use crate::paths;
use crate::paths::{HAND_OVER, PRACTITIONER, RECEIVE, TOOLKIT_ON_PAPER};
use crate::platform::set_title;
use crate::session;
use crate::state::use_harbour;
use crate::ui::{CardSummary, Feedback, FeedbackLine};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ToolkitPage() -> impl IntoView {
    set_title("My toolkit");
    let harbour = use_harbour();
    let records = StoredValue::new(harbour.act(actions::records));
    let feedback = Feedback::new();
    let place = move |id: String| {
        move |place: Place| {
            feedback.after(
                harbour.change(|p, shared| actions::place(p, &mut shared.toolkit, &id, place)),
            );
        }
    };
    // Each card with whether it can move up and down (within pinned, or within the rest).
    let shown = move || {
        harbour.toolkit.with(|t| {
            t.shown()
                .into_iter()
                .map(|c| {
                    (
                        c.clone(),
                        t.can_move(&c.id, Move::Up),
                        t.can_move(&c.id, Move::Down),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let put_away = move || {
        harbour
            .toolkit
            .with(|t| t.archived().into_iter().cloned().collect::<Vec<Card>>())
    };
    let card_row = move |(card, up_too, down_too): (Card, bool, bool)| {
        let record = records.with_value(|r| r.get(&card.id).copied());
        let name = card.content.name.clone();
        let (up, down) = (card.id.clone(), card.id.clone());
        let arrange = move |id: &str, direction: Move| {
            feedback.after(
                harbour.change(|p, shared| actions::arrange(p, &mut shared.toolkit, id, direction)),
            );
        };
        view! {
            <li class="toolkit-card">
                <CardSummary card=glance(&card, record) />
                <div class="card-actions" role="group" aria-label=format!("Arrange {}", card.content.name)>
                    {up_too.then(|| view! {
                        <button type="button" on:click=move |_| arrange(&up, Move::Up)>"Move up"</button>
                    })}
                    {down_too.then(|| view! {
                        <button type="button" on:click=move |_| arrange(&down, Move::Down)>"Move down"</button>
                    })}
                    <PlaceButtons place=card.place() name on_place=place(card.id) />
                </div>
            </li>
        }
    };
    let put_away_row = move |card: Card| {
        let name = card.content.name.clone();
        view! {
            <li class="archived-card">
                <span>{name.clone()}</span>
                <PlaceButtons place=Place::PutAway name on_place=place(card.id) />
            </li>
        }
    };
    view! {
        <h1>"My toolkit"</h1>
        <p class="lead">"Your skills, in your words, for when feelings run high."</p>
        <div class="actions">
            <A href=paths::ADD_CARD attr:class="button primary">
                "Add a card"
            </A>
            <SessionStart />
        </div>
        <FeedbackLine feedback />
        <Show
            when=move || harbour.toolkit.with(|t| !t.shown().is_empty())
            fallback=|| {
                view! {
                    <p class="empty">
                        "No cards yet. You and your practitioner can make them together, "
                        "starting from a skill in the library or from a blank card."
                    </p>
                }
            }
        >
            <h2>"Your cards"</h2>
            <WhatPlacesMean />
            <ul class="toolkit-list">{move || shown().into_iter().map(card_row).collect_view()}</ul>
        </Show>
        <Show when=move || harbour.toolkit.with(|t| !t.archived().is_empty())>
            <details class="archived">
                <summary>"Cards you put away"</summary>
                <ul>{move || put_away().into_iter().map(put_away_row).collect_view()}</ul>
            </details>
        </Show>
        <p>
            <A href=TOOLKIT_ON_PAPER>"Print my toolkit to keep on paper"</A>
        </p>
        <p>
            <A href=HAND_OVER>"Hand cards over to another phone"</A>
        </p>
        <p>
            <A href=RECEIVE>"Open a hand-over"</A>
        </p>
        <p>
            <A href=PRACTITIONER>"My practitioner"</A>
        </p>
    }
}

const SESSION_NOT_KEPT: &str = "The session has started, but this phone has no room to \
    remember it if Harbour is closed. Your cards are saved as usual.";

/// Starts session mode, or shows that one is on.
#[component]
fn SessionStart() -> impl IntoView {
    let harbour = use_harbour();
    let start = move |_| {
        if harbour
            .change(|p, shared| session::start(p, &mut shared.session))
            .is_err()
        {
            harbour.notices.say(SESSION_NOT_KEPT.into());
        }
    };
    view! {
        <Show when=move || harbour.session.with(Option::is_none)>
            <button type="button" on:click=start>
                "Start a session together"
            </button>
        </Show>
    }
}
