//! My urges' screen: name up to three, change their words, put one away.

use super::{my_urges, name_urge, put_away, MyUrges, MAX_URGES};
use crate::paths::CHECK_IN;
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::ui::{Feedback, FeedbackLine, Problems, TextField};
use leptos::prelude::*;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn UrgesRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/my-urges") view=crate::on_demand!(urges, MyUrgesPage) /> }
        .into_inner()
}

#[component]
fn MyUrgesPage() -> impl IntoView {
    set_title("My urges");
    let harbour = use_harbour();
    let list = harbour.watch(my_urges);
    // `Some(None)`: naming a new urge; `Some(Some(id))`: changing that one's words.
    let editing = RwSignal::new(None::<Option<String>>);
    let feedback = Feedback::new();
    let row = move |id: String, name: String| {
        let away = StoredValue::new(id.clone());
        let put_away_now = move |_| {
            let mut changed = list.get_untracked();
            feedback.after(away.with_value(|id| harbour.act(|p| put_away(p, &mut changed, id))));
            list.set(changed);
        };
        view! {
            <li class="person-row">
                <p><strong>{name.clone()}</strong></p>
                <div class="card-actions" role="group" aria-label=format!("The urge {name}")>
                    <button type="button" on:click=move |_| editing.set(Some(Some(id.clone())))>
                        "Change the words"
                    </button>
                    <button type="button" on:click=put_away_now>"Put away"</button>
                </div>
            </li>
        }
    };
    let in_use = move || list.with(|l| l.in_use().count());
    view! {
        <h1>"My urges"</h1>
        <p class="lead">
            "Up to three urges in your own words, such as “to stay in bed” or “to drink”, to "
            "rate from 0 to 5 when you check in, the way a diary card does. You can name them "
            "with your practitioner or on your own, and rate them only when you want to."
        </p>
        <p class="hint">
            "An urge put away is no longer asked about; the check-ins that rated it keep it."
        </p>
        <FeedbackLine feedback />
        <ul class="people">
            {move || {
                list.with(|l| {
                    l.in_use()
                        .map(|u| row(u.id.clone(), u.name.clone()))
                        .collect_view()
                })
            }}
        </ul>
        {move || match editing.get() {
            Some(id) => view! { <UrgeForm id list editing feedback /> }.into_any(),
            None if in_use() < MAX_URGES => view! {
                <button type="button" class="primary" on:click=move |_| editing.set(Some(None))>
                    "Name an urge"
                </button>
            }
            .into_any(),
            None => view! { <p class="hint">"That is as many as a diary card holds."</p> }
                .into_any(),
        }}
        <p><A href=CHECK_IN>"Back to my check-in"</A></p>
    }
}

/// Naming a new urge (`id` is none) or changing an urge's words.
#[component]
fn UrgeForm(
    id: Option<String>,
    list: RwSignal<MyUrges>,
    editing: RwSignal<Option<Option<String>>>,
    feedback: Feedback,
) -> impl IntoView {
    let harbour = use_harbour();
    let start = id
        .as_deref()
        .and_then(|id| list.with_untracked(|l| l.name_of(id).map(str::to_string)))
        .unwrap_or_default();
    let typed = RwSignal::new(start.clone());
    harbour.holds_unsaved(move || typed.with(|t| *t != start));
    let problems = RwSignal::new(Vec::<String>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut changed = list.get_untracked();
        let saved =
            typed.with_untracked(|t| harbour.act(|p| name_urge(p, &mut changed, id.as_deref(), t)));
        list.set(changed);
        match saved {
            Ok(()) => {
                editing.set(None);
                feedback.say("Saved.");
            }
            Err(not_done) => problems.set(not_done.messages()),
        }
    };
    view! {
        <form class="contact-form" novalidate on:submit=save>
            <TextField
                id="urge-name"
                label="The urge, in your own words"
                value=Signal::derive(move || typed.get())
                on_input=move |text: String| typed.set(text)
            />
            <Problems problems />
            <div class="actions">
                <button type="submit" class="primary">"Save"</button>
                <button type="button" on:click=move |_| editing.set(None)>"Back"</button>
            </div>
        </form>
    }
}
