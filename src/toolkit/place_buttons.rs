//! The buttons that move a card between pinned, in use and put away.

use super::card::Place;
use leptos::prelude::*;

/// The buttons that change where a card sits: Pin or Unpin and Put away for a card in use,
/// Bring back for one put away. Buttons, never dragging.
#[component]
pub fn PlaceButtons(
    /// Where the card is now.
    place: Place,
    /// The card's name, for "Bring back <name>" where no group names the card.
    name: String,
    /// Moves the card to the place chosen.
    #[prop(into)]
    on_place: Callback<Place>,
) -> impl IntoView {
    let pinned = place == Place::Pinned;
    match place {
        Place::PutAway => view! {
            <button
                type="button"
                aria-label=format!("Bring back {name}")
                on:click=move |_| on_place.run(Place::InUse)
            >
                "Bring back"
            </button>
        }
        .into_any(),
        Place::InUse | Place::Pinned => view! {
            <button
                type="button"
                aria-pressed=pinned.to_string()
                aria-describedby=WHAT_PLACES_MEAN
                on:click=move |_| on_place.run(if pinned { Place::InUse } else { Place::Pinned })
            >
                {if pinned { "Unpin" } else { "Pin" }}
            </button>
            <button
                type="button"
                aria-describedby=WHAT_PLACES_MEAN
                on:click=move |_| on_place.run(Place::PutAway)
            >
                "Put away"
            </button>
        }
        .into_any(),
    }
}

const WHAT_PLACES_MEAN: &str = "what-places-mean";

/// What Pin and Put away do, said once on a screen with [`PlaceButtons`] (whose buttons point
/// screen readers to it).
#[component]
pub fn WhatPlacesMean() -> impl IntoView {
    view! {
        <p id=WHAT_PLACES_MEAN class="hint">
            "Pin puts a card at the top of your home screen. Put away takes it off your lists "
            "and out of Help now without deleting it: bring it back any time from "
            "“Cards you put away”."
        </p>
    }
}
