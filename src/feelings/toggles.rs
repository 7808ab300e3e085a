//! The feeling words, built-in and the client's own, as toggle buttons: used by the check-in
//! form and by the card editor, so a feeling reads and works the same in both.

use crate::state::use_harbour;
use leptos::prelude::*;

#[component]
pub fn FeelingToggles(
    /// Whether a word is chosen.
    is_picked: impl Fn(&str) -> bool + Copy + Send + Sync + 'static,
    /// Chooses or unchooses a word.
    toggle: impl Fn(&str) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let harbour = use_harbour();
    let button = move |word: String| {
        let tapped = word.clone();
        let label = word.clone();
        view! {
            <button
                type="button"
                class="feeling"
                aria-pressed=move || is_picked(&word).to_string()
                on:click=move |_| toggle(&tapped)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="feeling-buttons">
            {move || harbour.own_words.get().choices().into_iter().map(button).collect_view()}
        </div>
    }
}
