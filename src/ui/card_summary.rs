//! A card in a list, the same on every screen that lists cards: its name (opening it), the
//! skill it came from, what it is for, its first step, its caution and what helped.

use super::Caution;
use crate::kernel::glance::CardGlance;
use leptos::prelude::*;
use leptos_router::components::A;

/// A card at a glance, as its feature worked it out.
#[component]
pub fn CardSummary(card: CardGlance) -> impl IntoView {
    let CardGlance {
        name,
        href,
        pinned,
        from_skill,
        when,
        first_step,
        caution,
        helped,
    } = card;
    view! {
        <div class="card-summary">
            <h3>
                <A href=href>{name}</A>
                {pinned.then(|| view! { <span class="pin-mark">" · pinned"</span> })}
            </h3>
            {from_skill.map(|skill| view! { <p class="card-skill">"From " {skill}</p> })}
            <p class="card-when">{when}</p>
            {first_step.map(|step| view! { <p class="card-step">{step}</p> })}
            {caution.map(|text| view! { <Caution text /> })}
            {helped.map(|helped| view! { <p class="card-helped">{helped}</p> })}
        </div>
    }
}
