//! The client's own people in Help now: first after the danger line, each with a call and a
//! text button; or, while there is no one yet, an offer to add them at the foot.

use crate::comeback::links::{sms_link, tel_link};
use crate::paths::PEOPLE;
use crate::people::{people, Person};
use crate::state::use_harbour;
use leptos::prelude::*;
use leptos_router::components::A;

/// The client's people in Help now, straight after the danger line and before the UK lines.
/// Nothing when there is no one yet: [`AddYourPeople`] then asks, at the foot.
#[component]
pub fn PeopleToCall() -> impl IntoView {
    let list = use_harbour().watch(people);
    move || {
        let list = list.get();
        (!list.is_empty()).then(|| {
            view! {
                <section class="my-people" aria-labelledby="my-people-heading">
                    <h2 id="my-people-heading">"Your people"</h2>
                    <PeopleList list />
                    <p><A href=PEOPLE>"Add or change your people"</A></p>
                </section>
            }
        })
    }
}

/// Each of the client's people with a call and a text button: in Help now, and on the
/// locked screen when the client chose to keep them readable there.
#[component]
pub fn PeopleList(list: Vec<Person>) -> impl IntoView {
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
    view! { <ul class="help-lines">{list.into_iter().map(person).collect_view()}</ul> }
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
