//! Home: the client's pinned cards first, as large buttons a thumb finds on a hard day; asking
//! to come back; then straight into a check-in, so feeling, strength and save are three taps
//! away; below it, the way into their toolkit.

use crate::backup::page::BackupReminder;
use crate::checkin::form::CheckInForm;
use crate::comeback::ask::AskToComeBack;
use crate::hope::is_due;
use crate::paths::{card, HOPE, SINCE_LAST_SESSION, TOOLKIT};
use crate::platform::set_title;
use crate::state::use_harbour;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn HomePage() -> impl IntoView {
    set_title("Home");
    view! {
        <PinnedCards />
        <p class="welcome">"Harbour is yours. Nothing leaves this phone unless you choose."</p>
        <AskToComeBack />
        <CheckInForm heading="How are you feeling?" />
        <p>
            <A href=SINCE_LAST_SESSION>"Since my last session"</A>
        </p>
        <HopeThisWeek />
        <section class="home-toolkit" aria-labelledby="home-toolkit-heading">
            <h2 id="home-toolkit-heading">"My toolkit"</h2>
            <A href=TOOLKIT attr:class="button">"Open my toolkit"</A>
        </section>
        <BackupReminder />
    }
}

/// For a client who asked to be asked weekly, once a week has passed: the way to the three
/// questions, as an offer.
#[component]
fn HopeThisWeek() -> impl IntoView {
    let harbour = use_harbour();
    harbour.act(is_due).then(|| {
        view! {
            <p>
                <A href=HOPE>"This week's three questions: hope, control and chances"</A>
            </p>
        }
    })
}

/// The cards the client pinned, each a large button; nothing at all until one is pinned.
#[component]
fn PinnedCards() -> impl IntoView {
    let harbour = use_harbour();
    let pinned = move || {
        harbour.toolkit.with(|t| {
            t.pinned()
                .into_iter()
                .map(|c| (c.id.clone(), c.content.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    move || {
        let pinned = pinned();
        (!pinned.is_empty()).then(|| {
            let buttons = pinned
                .into_iter()
                .map(|(id, name)| view! { <li><A href=card(&id) attr:class="button">{name}</A></li> })
                .collect_view();
            view! {
                <section class="pinned-cards" aria-labelledby="pinned-heading">
                    <h2 id="pinned-heading">"My pinned cards"</h2>
                    <ul class="pinned">{buttons}</ul>
                </section>
            }
        })
    }
}
