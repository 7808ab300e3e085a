//! The toolkit screen: the client's cards, pinned first, with buttons to pin, move and put
//! away (no drag-only moves), the cards put away below, and the way into session mode.

use super::card::Card;
use super::helped::{self, Record};
use super::library;
use super::shelf::{self, Move};
use crate::app::Harbour;
use crate::platform::set_title;
use crate::storage::StoreError;
use leptos::prelude::*;
use leptos_router::components::A;
use std::collections::HashMap;

/// What a card is for, in one line: "Sad, Angry · 6 to 10".
pub fn when_line(card: &Card) -> String {
    let content = &card.content;
    let feelings = if content.feelings.is_empty() {
        "Any feeling".to_string()
    } else {
        content.feelings.join(", ")
    };
    let strength = content.strength;
    if strength == super::card::StrengthRange::ANY {
        feelings
    } else {
        format!("{feelings} · {} to {}", strength.from, strength.to)
    }
}

/// A card in a list: its name (opening it), what it is for, and what helped.
#[component]
pub fn CardSummary(card: Card, #[prop(optional)] record: Option<Record>) -> impl IntoView {
    let skill = card
        .content
        .skill
        .as_deref()
        .and_then(library::skill)
        .filter(|s| s.name != card.content.name)
        .map(|s| view! { <p class="card-skill">"From " {s.name}</p> });
    let first_step = card.content.steps.first().cloned();
    let when = when_line(&card);
    view! {
        <div class="card-summary">
            <h3>
                <A href=format!("/toolkit/{}", card.id)>{card.content.name}</A>
                {card.pinned.then(|| view! { <span class="pin-mark">" · pinned"</span> })}
            </h3>
            {skill}
            <p class="card-when">{when}</p>
            {first_step.map(|step| view! { <p class="card-step">{step}</p> })}
            {record.and_then(Record::summary).map(|s| view! { <p class="card-helped">{s}</p> })}
        </div>
    }
}

#[component]
pub fn ToolkitPage() -> impl IntoView {
    set_title("My toolkit");
    let harbour = expect_context::<Harbour>();
    let records = StoredValue::new(helped_records(harbour));
    let problem = RwSignal::new(None::<String>);
    let act = move |result: Result<bool, StoreError>| match result {
        Ok(_) => problem.set(None),
        Err(e) => problem.set(Some(e.message().to_string())),
    };
    let shown = move || {
        harbour
            .toolkit
            .with(|t| t.shown().into_iter().cloned().collect::<Vec<Card>>())
    };
    let archived = move || {
        harbour
            .toolkit
            .with(|t| t.archived().into_iter().cloned().collect::<Vec<Card>>())
    };
    let card_row = move |card: Card| {
        let record = records.with_value(|r| r.get(&card.id).copied());
        let id = card.id.clone();
        let name = card.content.name.clone();
        let pinned = card.pinned;
        let (up, down, pin, away) = (id.clone(), id.clone(), id.clone(), id);
        view! {
            <li class="toolkit-card">
                <CardSummary card record=record.unwrap_or_default() />
                <div class="card-actions" role="group" aria-label=format!("Arrange {name}")>
                    <button
                        type="button"
                        on:click=move |_| act(harbour.change_toolkit(|s, t| shelf::shift(s, t, &up, Move::Up)))
                    >
                        "Move up"
                    </button>
                    <button
                        type="button"
                        on:click=move |_| act(harbour.change_toolkit(|s, t| shelf::shift(s, t, &down, Move::Down)))
                    >
                        "Move down"
                    </button>
                    <button
                        type="button"
                        aria-pressed=pinned.to_string()
                        on:click=move |_| {
                            act(harbour.change_toolkit(|s, t| shelf::set_place(s, t, &pin, !pinned, false).map(|_| true)))
                        }
                    >
                        {if pinned { "Unpin" } else { "Pin" }}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            act(harbour.change_toolkit(|s, t| shelf::set_place(s, t, &away, false, true).map(|_| true)))
                        }
                    >
                        "Put away"
                    </button>
                </div>
            </li>
        }
    };
    let archived_row = move |card: Card| {
        let id = card.id.clone();
        let name = card.content.name.clone();
        view! {
            <li class="archived-card">
                <span>{name.clone()}</span>
                <button
                    type="button"
                    aria-label=format!("Bring back {name}")
                    on:click=move |_| {
                        act(harbour.change_toolkit(|s, t| shelf::set_place(s, t, &id, false, false).map(|_| true)))
                    }
                >
                    "Bring back"
                </button>
            </li>
        }
    };
    view! {
        <h1>"My toolkit"</h1>
        <p class="lead">"Your skills, in your words, for when feelings run high."</p>
        <div class="actions">
            <A href="/toolkit/add" attr:class="button primary">
                "Add a card"
            </A>
            <SessionStart />
        </div>
        <p class="problem" role="alert">
            {move || problem.get()}
        </p>
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
            <ul class="toolkit-list">{move || shown().into_iter().map(card_row).collect_view()}</ul>
        </Show>
        <Show when=move || harbour.toolkit.with(|t| !t.archived().is_empty())>
            <details class="archived">
                <summary>"Cards you put away"</summary>
                <ul>{move || archived().into_iter().map(archived_row).collect_view()}</ul>
            </details>
        </Show>
        <p>
            <A href="/hand-over">"Hand cards over to another phone"</A>
        </p>
    }
}

/// Starts session mode, or shows that one is on.
#[component]
fn SessionStart() -> impl IntoView {
    let harbour = expect_context::<Harbour>();
    view! {
        <Show when=move || harbour.session.with(Option::is_none)>
            <button type="button" on:click=move |_| crate::session::page::start(harbour)>
                "Start a session together"
            </button>
        </Show>
    }
}

/// Records for every card, for lists that show what helped.
pub fn helped_records(harbour: Harbour) -> HashMap<String, Record> {
    harbour.store(helped::from_store).unwrap_or_default()
}
