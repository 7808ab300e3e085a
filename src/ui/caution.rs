//! A skill's caution (a physical or safety risk), shown the same way on every screen that
//! offers or uses the skill. Takes the words; knows nothing of cards.

use leptos::prelude::*;

/// A skill's physical or safety risk, said plainly wherever the skill is offered or used.
#[component]
pub fn Caution(text: &'static str) -> impl IntoView {
    view! {
        <p class="caution">
            <strong>"Take care: "</strong>
            {text}
        </p>
    }
}
