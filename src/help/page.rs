//! The Help now screen, and its route.

pub use super::people::PeopleList;
use super::people::{AddYourPeople, PeopleToCall};
use super::{HelpLine, DANGER, HELP_LINES};
use crate::comeback::message::not_for_emergencies;
use crate::paths::{COME_BACK, PRACTITIONER, TOOLKIT_ON_PAPER};
use crate::platform::set_title;
use crate::practitioner::mine;
use crate::state::use_harbour;
use crate::toolkit::actions;
use crate::toolkit::card::Card;
use crate::toolkit::suggest::for_help_now;
use crate::ui::CardSummary;
use leptos::prelude::*;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn HelpRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/help") view=HelpPage /> }.into_inner()
}

#[component]
pub fn HelpPage() -> impl IntoView {
    set_title("Help now");
    view! {
        <h1>"Help now"</h1>
        <Danger />
        <p class="lead">
            "You don't have to cope with this alone. These are free, and someone will listen."
        </p>
        <PeopleToCall />
        <UkLines />
        <MyPractitioner />
        <OwnCards />
        <AddYourPeople />
        <p>
            <A href=TOOLKIT_ON_PAPER>"Keep these on paper, with my toolkit"</A>
        </p>
    }
}

/// The one line for immediate danger, first and in view without scrolling: the same markup
/// as the loading screen's and the crash page's (`help::danger_html`).
#[component]
pub fn Danger() -> impl IntoView {
    view! {
        <div class="danger">
            <p class="danger-line">
                <strong>{DANGER.name}</strong> " "
                <a class="button" href=DANGER.href()>{DANGER.action}</a>
            </p>
            <p>{DANGER.when}</p>
        </div>
    }
}

/// The client's practitioner, after every UK line, marked plainly as not for emergencies.
#[component]
fn MyPractitioner() -> impl IntoView {
    let kept = use_harbour().watch(mine::mine);
    move || {
        kept.get().map(|kept| {
            let contact = kept.contact;
            let (name, replies) = (contact.name.clone(), not_for_emergencies(Some(&contact)));
            view! {
                <section class="my-practitioner" aria-labelledby="my-practitioner-heading">
                    <h2 id="my-practitioner-heading">"Your practitioner: not for emergencies"</h2>
                    <p>
                        <A href=PRACTITIONER>{name}</A> ". " {replies}
                    </p>
                    <A href=COME_BACK attr:class="button">"Ask to come back"</A>
                </section>
            }
        })
    }
}

/// The client's own cards, those for hard moments first.
#[component]
fn OwnCards() -> impl IntoView {
    let harbour = use_harbour();
    let cards: Vec<Card> = harbour
        .toolkit
        .with_untracked(|t| for_help_now(t).into_iter().cloned().collect());
    let cards = harbour.act(|p| actions::at_a_hard_time(p, &cards));
    (!cards.is_empty()).then(|| {
        view! {
            <section class="own-cards" aria-labelledby="own-cards-heading">
                <h2 id="own-cards-heading">"Your toolkit"</h2>
                <ul class="toolkit-list">
                    {cards
                        .into_iter()
                        .map(|card| view! { <li><CardSummary card /></li> })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// The UK's free lines, from the one source: on Help now, and on the locked screen.
#[component]
pub fn UkLines() -> impl IntoView {
    view! {
        <ul class="help-lines">
            {HELP_LINES.iter().map(help_line).collect_view()}
        </ul>
    }
}

fn help_line(line: &HelpLine) -> impl IntoView {
    view! {
        <li class="help-line">
            <h2>{line.name}</h2>
            <p>{line.when}</p>
            <a class="button" href=line.href()>
                {line.action}
            </a>
        </li>
    }
}
