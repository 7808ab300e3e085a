//! The Help now screen, and its route.

use super::{HelpLine, HELP_LINES};
use crate::people::page::PeopleToCall;
use crate::platform::set_title;
use crate::practitioner::mine;
use crate::state::use_harbour;
use crate::toolkit::actions;
use crate::toolkit::card::Card;
use crate::toolkit::list::CardSummary;
use crate::toolkit::suggest::for_help_now;
use leptos::prelude::*;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn HelpRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/help") view=HelpPage /> }.into_inner()
}

#[component]
fn HelpPage() -> impl IntoView {
    set_title("Help now");
    view! {
        <h1>"Help now"</h1>
        <p class="lead">
            "You don't have to cope with this alone. These are free, and someone will listen."
        </p>
        <PeopleToCall />
        <MyPractitioner />
        <ul class="help-lines">
            {HELP_LINES.iter().map(help_line).collect_view()}
        </ul>
        <OwnCards />
        <p>
            <A href="/toolkit-on-paper">"Keep these on paper, with my toolkit"</A>
        </p>
    }
}

/// The client's practitioner, marked plainly as not for emergencies.
#[component]
fn MyPractitioner() -> impl IntoView {
    let contact = use_harbour().act(mine::mine).map(|m| m.contact);
    contact.map(|contact| {
        let replies =
            (!contact.replies.is_empty()).then(|| format!("Usually replies {}.", contact.replies));
        view! {
            <section class="my-practitioner" aria-labelledby="my-practitioner-heading">
                <h2 id="my-practitioner-heading">"Your practitioner: not for emergencies"</h2>
                <p><A href="/practitioner">{contact.name.clone()}</A> " " {replies}</p>
                <A href="/come-back" attr:class="button">"Ask to come back"</A>
            </section>
        }
    })
}

/// The client's own cards, those for hard moments first.
#[component]
fn OwnCards() -> impl IntoView {
    let harbour = use_harbour();
    let cards: Vec<Card> = harbour
        .toolkit
        .with_untracked(|t| for_help_now(t).into_iter().cloned().collect());
    // Reading check-ins for "what helped" is skipped when there are no cards to show.
    let records = if cards.is_empty() {
        Default::default()
    } else {
        harbour.act(actions::records)
    };
    (!cards.is_empty()).then(|| {
        view! {
            <section class="own-cards" aria-labelledby="own-cards-heading">
                <h2 id="own-cards-heading">"Your toolkit"</h2>
                <ul class="toolkit-list">
                    {cards
                        .into_iter()
                        .map(|card| {
                            // Only what helped: never "helped 0 times" at a bad moment.
                            let record = records
                                .get(&card.id)
                                .copied()
                                .filter(|r| r.is_encouraging())
                                .unwrap_or_default();
                            view! { <li><CardSummary card record /></li> }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
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
