//! My people on screen: first in Help now, with a call and a text button each, and a screen
//! to add, change, reorder and remove them.

use super::{arrange, people, save_person, Arrange, Person, PersonDraft};
use crate::comeback::links::{sms_link, tel_link};
use crate::paths::{HELP, PEOPLE};
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

/// The client's people in Help now, straight after the danger line and before the UK lines.
/// Nothing when there is no one yet: [`AddYourPeople`] then asks, at the foot.
#[component]
pub fn PeopleToCall() -> impl IntoView {
    let list = use_harbour().watch(people);
    let person = |person: Person| {
        let label = person
            .crisis_line
            .then_some("Your crisis or out-of-hours line");
        let (name, phone) = (person.name.clone(), person.phone.clone());
        view! {
            <li class="person">
                <h3>{person.name.clone()}</h3>
                {label.map(|l| view! { <p>{l}</p> })}
                <p>{phone.clone()}</p>
                <div class="actions">
                    <a class="button" href=tel_link(&phone)>"Call " {name.clone()}</a>
                    <a class="button" href=sms_link(&phone, "")>"Text " {name}</a>
                </div>
            </li>
        }
    };
    move || {
        let list = list.get();
        (!list.is_empty()).then(|| {
            view! {
                <section class="my-people" aria-labelledby="my-people-heading">
                    <h2 id="my-people-heading">"Your people"</h2>
                    <ul class="help-lines">{list.into_iter().map(person).collect_view()}</ul>
                    <p><A href=PEOPLE>"Add or change your people"</A></p>
                </section>
            }
        })
    }
}

/// At the foot of Help now while the client has no people yet, so the prompt never sits
/// above the lines.
#[component]
pub fn AddYourPeople() -> impl IntoView {
    let list = use_harbour().watch(people);
    let none_yet = move || list.with(Vec::is_empty);
    move || {
        none_yet().then(|| {
        view! {
            <section class="add-people" aria-labelledby="add-people-heading">
                <h2 id="add-people-heading">"Your people"</h2>
                <p>"You can add people you trust to call or text, and your own crisis line if you have one. They will come first here."</p>
                <A href=PEOPLE attr:class="button">"Add your people"</A>
            </section>
        }
    })
    }
}

#[component]
fn MyPeoplePage() -> impl IntoView {
    set_title("My people");
    let harbour = use_harbour();
    let list = harbour.watch(people);
    let editing = RwSignal::new(None::<Option<String>>);
    let feedback = Feedback::new();
    let row = move |person: Person| {
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
                    <button type="button" on:click=move |_| act(Arrange::Up)>"Move up"</button>
                    <button type="button" on:click=move |_| act(Arrange::Down)>"Move down"</button>
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
        <ul class="people">{move || list.get().into_iter().map(row).collect_view()}</ul>
        {move || match editing.get() {
            None => view! {
                <button type="button" class="primary" on:click=move |_| editing.set(Some(None))>
                    "Add someone"
                </button>
            }
            .into_any(),
            Some(id) => view! { <PersonForm id list editing /> }.into_any(),
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
            Ok(()) => editing.set(None),
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
