//! My people's screen: add, change, reorder and remove them (Help now shows them first, in
//! this order).

use super::{arrange, people, save_person, Arrange, Person, PersonDraft};
use crate::paths::HELP;
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::ui::{Feedback, FeedbackLine, Problems, TextField};
use leptos::prelude::*;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn PeopleRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/people") view=crate::on_demand!(contacts, MyPeoplePage) /> }
        .into_inner()
}

#[component]
fn MyPeoplePage() -> impl IntoView {
    set_title("My people");
    let harbour = use_harbour();
    let list = harbour.watch(people);
    let editing = RwSignal::new(None::<Option<String>>);
    let feedback = Feedback::new();
    // Move up and Move down only where there is somewhere to move.
    let row = move |(at, count, person): (usize, usize, Person)| {
        let id = StoredValue::new(person.id.clone());
        let change = person.id.clone();
        let act = move |how: Arrange| {
            let mut changed = list.get_untracked();
            feedback.after(id.with_value(|id| harbour.act(|p| arrange(p, &mut changed, id, how))));
            list.set(changed);
        };
        view! {
            <li class="person-row">
                <p>
                    <strong>{person.name.clone()}</strong> " · " {person.phone.clone()}
                    {person.crisis_line.then_some(" · crisis line")}
                </p>
                <div class="card-actions" role="group" aria-label=format!("Arrange {}", person.name)>
                    {(at > 0).then(|| view! {
                        <button type="button" on:click=move |_| act(Arrange::Up)>"Move up"</button>
                    })}
                    {(at + 1 < count).then(|| view! {
                        <button type="button" on:click=move |_| act(Arrange::Down)>"Move down"</button>
                    })}
                    <button type="button" on:click=move |_| editing.set(Some(Some(change.clone())))>"Change"</button>
                    <button type="button" on:click=move |_| act(Arrange::Remove)>"Remove"</button>
                </div>
            </li>
        }
    };
    view! {
        <h1>"My people"</h1>
        <p class="lead">
            "People you trust to call or text when things are hard, and your own crisis or "
            "out-of-hours line if you have one. They come first in Help now, in this order."
        </p>
        <FeedbackLine feedback />
        <ul class="people">{move || {
            let people = list.get();
            let count = people.len();
            people.into_iter().enumerate().map(|(at, p)| row((at, count, p))).collect_view()
        }}</ul>
        {move || match editing.get() {
            None => view! {
                <button type="button" class="primary" on:click=move |_| editing.set(Some(None))>
                    "Add someone"
                </button>
            }
            .into_any(),
            Some(id) => view! { <PersonForm id list editing feedback /> }.into_any(),
        }}
        <p><A href=HELP>"Back to Help now"</A></p>
    }
}

/// Adding someone (`id` is none) or changing them.
#[component]
fn PersonForm(
    id: Option<String>,
    list: RwSignal<Vec<Person>>,
    editing: RwSignal<Option<Option<String>>>,
    /// Where the list says the person was saved.
    feedback: Feedback,
) -> impl IntoView {
    let harbour = use_harbour();
    let start = id
        .as_ref()
        .and_then(|id| {
            list.with_untracked(|l| l.iter().find(|p| &p.id == id).map(PersonDraft::from))
        })
        .unwrap_or_default();
    let draft = RwSignal::new(start.clone());
    harbour.holds_unsaved(move || draft.with(|d| *d != start));
    let problems = RwSignal::new(Vec::<String>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut changed = list.get_untracked();
        let saved = draft
            .with_untracked(|d| harbour.act(|p| save_person(p, &mut changed, id.as_deref(), d)));
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
                id="person-name"
                label="Name"
                value=Signal::derive(move || draft.with(|d| d.name.clone()))
                on_input=move |text: String| draft.update(|d| d.name = text)
            />
            <TextField
                id="person-phone"
                label="Phone number"
                kind="tel"
                value=Signal::derive(move || draft.with(|d| d.phone.clone()))
                on_input=move |text: String| draft.update(|d| d.phone = text)
            />
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || draft.with(|d| d.crisis_line)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.update(|d| d.crisis_line = on);
                    }
                />
                <span>"This is my crisis or out-of-hours line"</span>
            </label>
            <Problems problems />
            <div class="actions">
                <button type="submit" class="primary">"Save"</button>
                <button type="button" on:click=move |_| editing.set(None)>"Back"</button>
            </div>
        </form>
    }
}
