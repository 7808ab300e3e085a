//! Session mode on screen: the banner while it is on (with larger text), and its end, which
//! shows what was made together and offers to hand it over.

use crate::kernel::text::{capitalised, plural};
use crate::paths::{hand_over_cards, END_SESSION, PRACTITIONER, TOOLKIT};
use crate::platform::set_title;
use crate::practitioner::mine;
use crate::session;
use crate::state::use_harbour;
use crate::toolkit::actions;
use crate::ui::{CardSummary, ContactDetails, NotHere};
use leptos::prelude::*;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn SessionRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/session/end") view=crate::on_demand!(toolkit, EndSessionPage) /> }
        .into_inner()
}

/// Shown on every screen during a session. Also makes the text larger, for two people
/// reading one screen.
#[component]
pub fn SessionBanner() -> impl IntoView {
    let harbour = use_harbour();
    let in_session = move || harbour.session.with(Option::is_some);
    Effect::new(move |_| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root
                .class_list()
                .toggle_with_force("in-session", in_session());
        }
    });
    view! {
        <Show when=in_session>
            <div class="session-banner" role="region" aria-label="Session">
                <p>"In a session together"</p>
                <A href=END_SESSION attr:class="button">
                    "End session"
                </A>
            </div>
        </Show>
    }
}

#[component]
fn EndSessionPage() -> impl IntoView {
    set_title("End the session");
    let harbour = use_harbour();
    let current = harbour.session.get_untracked();
    let ended = RwSignal::new(false);
    let end = move |_| {
        // Ended on screen either way; one the phone could not forget ends at the next start.
        let _ = harbour.change(|p, shared| session::end(p, &mut shared.session));
        ended.set(true);
    };
    let Some(current) = current else {
        return view! {
            <NotHere
                heading="No session on"
                said="There's no session going just now. Your toolkit is as you left it."
                href=TOOLKIT
                go="Open my toolkit"
            />
        }
        .into_any();
    };
    let made = harbour.toolkit.with_untracked(|t| current.made_together(t));
    let ids: Vec<String> = made.here.iter().map(|(id, _)| id.clone()).collect();
    // The way to hand over, only while there is something here to hand over.
    let hand_over = (!ids.is_empty()).then(|| hand_over_cards(&ids));
    let gone = (made.gone > 0).then(|| {
        format!(
            "{} made or changed together {} no longer on this device: handed over, or deleted.",
            capitalised(&plural(made.gone, "card")),
            if made.gone == 1 { "is" } else { "are" }
        )
    });
    let made = match (made.here.is_empty(), gone) {
        (true, None) => {
            view! { <p>"No cards were made or changed in this session."</p> }.into_any()
        }
        (true, Some(gone)) => view! { <p>{gone}</p> }.into_any(),
        (false, gone) => view! {
            <p>"Made or changed together today:"</p>
            <ul class="session-cards">
                {made.here.into_iter().map(|(_, n)| view! { <li>{n}</li> }).collect_view()}
            </ul>
            {gone.map(|g| view! { <p>{g}</p> })}
        }
        .into_any(),
    };
    let last = RwSignal::new(false);
    view! {
        <h1>"End the session"</h1>
        {made}
        <Show
            when=move || last.get()
            fallback=move || view! {
                <button type="button" on:click=move |_| last.set(true)>
                    "This is our last session"
                </button>
            }
        >
            <LastSession />
        </Show>
        <Show
            when=move || ended.get()
            fallback=move || {
                let hand_over = hand_over.clone();
                view! {
                    {hand_over.is_some().then_some(view! {
                        <p>"Everything is saved on this phone. If you worked on the practitioner's device, hand the cards over first."</p>
                    })}
                    <div class="actions">
                        {hand_over.map(|href| view! { <A href attr:class="button">"Hand these over to another phone"</A> })}
                        <button type="button" class="primary" on:click=end>"End the session"</button>
                    </div>
                }
            }
        >
            <p role="status">"The session has ended. Your cards are in your toolkit."</p>
            <A href=TOOLKIT attr:class="button">"Open my toolkit"</A>
        </Show>
    }
    .into_any()
}

/// The end of a course of sessions, taken calmly: the toolkit and what helped, the
/// practitioner's details and reply time checked together, and the way back made plain.
#[component]
fn LastSession() -> impl IntoView {
    let harbour = use_harbour();
    let practitioner = harbour.act(mine::mine);
    let cards = harbour
        .toolkit
        .with_untracked(|t| t.shown().into_iter().cloned().collect::<Vec<_>>());
    let cards = harbour.act(|p| actions::at_a_hard_time(p, &cards));
    view! {
        <section class="last-session" aria-labelledby="last-session-heading">
            <h2 id="last-session-heading">"Our last session"</h2>
            <p>
                "This is the end of this set of sessions, not of your support. You can ask to "
                "come back whenever you need to: on the home screen, tap Ask to come back. "
                "It isn't for emergencies: Help now is at the top of every screen."
            </p>
            <h3>"Your toolkit, and what helped"</h3>
            {if cards.is_empty() {
                view! { <p>"There are no cards yet. You can make them at any time."</p> }.into_any()
            } else {
                view! {
                    <ul class="toolkit-list">
                        {cards
                            .into_iter()
                            .map(|card| view! { <li><CardSummary card /></li> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <h3>"How to reach your practitioner"</h3>
            {match practitioner {
                Some(kept) => view! {
                    <ContactDetails contact=kept.contact.glance() />
                    <p>"Check these together, and when they usually reply."</p>
                    <A href=PRACTITIONER attr:class="button">"Check or change the details"</A>
                }
                .into_any(),
                None => view! {
                    <p>"There are no practitioner details on this phone yet. Add them now, so asking to come back is one tap."</p>
                    <A href=PRACTITIONER attr:class="button primary">"Add my practitioner"</A>
                }
                .into_any(),
            }}
        </section>
    }
}
