//! What went wrong, said where it happened: one message ([`Alert`]) or the list of what stops
//! a form ([`Problems`]), each read out by screen readers when it appears.

use leptos::prelude::*;

/// Everything that stops a form being saved, as one list read out when it appears.
#[component]
pub fn Problems(
    /// The messages; nothing shows while there are none.
    #[prop(into)]
    problems: Signal<Vec<String>>,
) -> impl IntoView {
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="problems" role="alert">
                <ul>
                    {move || problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// One message that something did not work, read out when it appears.
#[component]
pub fn Alert(
    /// The message; nothing shows while there is none.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Show when=move || message.with(Option::is_some)>
            <p class="problem" role="alert">
                {move || message.get()}
            </p>
        </Show>
    }
}
