//! What stops a form being saved, as one list read out when it appears.

use leptos::prelude::*;

#[component]
pub fn ProblemList(problems: RwSignal<Vec<String>>) -> impl IntoView {
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
