//! The screen for something this phone doesn't have (a card or check-in deleted, a wrong
//! address): says so kindly and offers a way on.

use leptos::prelude::*;
use leptos_router::components::A;

/// Shown for something the phone does not have: says so kindly, says the rest is safe, and
/// offers a way on, never a dead end.
#[component]
pub fn NotHere(
    /// "This card isn't here".
    heading: &'static str,
    /// Why it may be missing, and that everything else is safe.
    said: &'static str,
    /// Where to go instead, and the words on the way there.
    href: &'static str,
    go: &'static str,
) -> impl IntoView {
    view! {
        <h1>{heading}</h1>
        <p>{said}</p>
        <p>
            <A href=href attr:class="button">
                {go}
            </A>
        </p>
    }
}
