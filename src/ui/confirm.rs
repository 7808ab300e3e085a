//! A question asked before something that cannot be undone, with the gentler answer first.

use leptos::prelude::*;

/// A clear question before something that cannot be undone. The gentler answer is the
/// primary one.
#[component]
pub fn Confirm(
    /// The question, which names the group for screen readers.
    question: &'static str,
    /// What will happen, in plain words.
    #[prop(into)]
    said: String,
    /// The words on the button that goes ahead, and on the one that doesn't.
    yes: &'static str,
    no: &'static str,
    #[prop(into)] on_yes: Callback<()>,
    #[prop(into)] on_no: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="confirm" role="group" aria-label=question>
            <p>{said}</p>
            <div class="actions">
                <button type="button" on:click=move |_| on_yes.run(())>
                    {yes}
                </button>
                <button type="button" class="primary" on:click=move |_| on_no.run(())>
                    {no}
                </button>
            </div>
        </div>
    }
}
