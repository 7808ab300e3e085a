//! Fields with their labels, tied together for screen readers: a text field (one line or
//! several, with an optional hint), a choice of number and a file. Screens use these
//! rather than writing `<label for>` by hand; the check-in form on home is the one exception,
//! because this widget would add 4 KB to the first visit.

use leptos::prelude::*;
use std::ops::RangeInclusive;
use wasm_bindgen::JsCast;

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

/// A labelled choice of one whole number from `numbers`.
#[component]
pub fn NumberChoice(
    id: &'static str,
    label: &'static str,
    numbers: RangeInclusive<u8>,
    /// The number chosen now.
    #[prop(into)]
    chosen: Signal<u8>,
    #[prop(into)] on_choose: Callback<u8>,
) -> impl IntoView {
    let options = numbers
        .map(|n| {
            view! {
                <option value=n.to_string() prop:selected=move || chosen.get() == n>
                    {n}
                </option>
            }
        })
        .collect_view();
    view! {
        <label for=id>{label}</label>
        <select
            id=id
            on:change=move |ev| {
                if let Ok(n) = event_target_value(&ev).parse::<u8>() {
                    on_choose.run(n);
                }
            }
        >
            {options}
        </select>
    }
}

/// A labelled file picker: gives the file chosen, and lets the same file be chosen again.
#[component]
pub fn FileField(
    id: &'static str,
    label: &'static str,
    /// The kinds of file offered, such as `.json,application/json`.
    accept: &'static str,
    #[prop(into)] on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|files| files.get(0));
        // Choosing the same file again is a new choice.
        input.set_value("");
        if let Some(file) = file {
            on_file.run(file);
        }
    };
    view! {
        <label for=id>{label}</label>
        <input id=id type="file" accept=accept on:change=on_change />
    }
}
