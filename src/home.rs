//! Home: straight into a check-in, so feeling, strength and save are three taps away; below
//! it, the client's pinned cards and the way into their toolkit.

use crate::backup::page::BackupReminder;
use crate::checkin::form::CheckInForm;
use crate::comeback::ask::AskToComeBack;
use crate::paths::{card, SINCE_LAST_SESSION, TOOLKIT};
use crate::platform::set_title;
use crate::state::use_harbour;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn HomePage() -> impl IntoView {
    set_title("Home");
    view! {
        <p class="welcome">"Harbour is yours. Nothing leaves this phone unless you choose."</p>
        <AskToComeBack />
        <CheckInForm heading="How are you feeling?" />
        <p>
            <A href=SINCE_LAST_SESSION>"Since my last session"</A>
        </p>
        <PinnedCards />
        <BackupReminder />
    }
}

#[component]
fn PinnedCards() -> impl IntoView {
    let harbour = use_harbour();
    let pinned = move || {
        harbour.toolkit.with(|t| {
            t.shown()
                .into_iter()
                .filter(|c| c.pinned)
                .map(|c| (c.id.clone(), c.content.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="home-toolkit" aria-labelledby="home-toolkit-heading">
            <h2 id="home-toolkit-heading">"My toolkit"</h2>
            <ul class="pinned">
                {move || {
                    pinned()
                        .into_iter()
                        .map(|(id, name)| view! { <li><A href=card(&id)>{name}</A></li> })
                        .collect_view()
                }}
            </ul>
            <A href=TOOLKIT attr:class="button">"Open my toolkit"</A>
        </section>
    }
}
