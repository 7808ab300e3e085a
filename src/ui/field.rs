//! A text field with its label, optional hint and problem, tied together for screen readers,
//! on one line or several.

use leptos::prelude::*;

/// A labelled place to type, with an optional hint below the label, on one line or several.
#[component]
pub fn TextField(
    /// The input's id, which its label names.
    id: &'static str,
    label: &'static str,
    /// Said under the label, and read out with the field.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// Lines shown for a text area; none for a one-line input.
    #[prop(optional)]
    rows: Option<u32>,
    /// For a one-line input: `text`, `tel` or `email`.
    #[prop(default = "text")]
    kind: &'static str,
    /// The keyboard a phone shows, such as `url`.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// What is typed now.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the whole text at every change.
    #[prop(into)]
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let described = hint_id.clone();
    let input = match rows {
        Some(rows) => view! {
            <textarea
                id=id
                rows=rows
                inputmode=inputmode
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        None => view! {
            <input
                id=id
                type=kind
                autocomplete="off"
                inputmode=inputmode
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any(),
    };
    view! {
        <label for=id>{label}</label>
        {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
        {input}
    }
}
