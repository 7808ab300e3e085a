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
