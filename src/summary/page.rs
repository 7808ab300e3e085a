//! "Since my last session": a screen for client and practitioner to look at together, from
//! the dates the client picks: the period in a line (with the way to the sharing below, so no
//! one scrolls through every day to reach it), the days, and what the client chooses to share;
//! and the routes of this feature.

use super::build::build;
use super::parts::{choose, Parts};
use super::period::{iso_day, starting_period, Period};
use super::sharing::ShareWhatIChoose;
use super::show::SummaryShown;
use super::text::glance;
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::ui::{Feedback, FeedbackLine};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

#[component(transparent)]
pub fn SummaryRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/since-my-last-session") view=crate::on_demand!(sharing, SincePage) /> }
        .into_inner()
}

const COULD_NOT_READ: &str = "Harbour couldn't read your check-ins just now. Nothing has been \
    changed. Closing Harbour and opening it again may help.";

const NOTHING_HERE: &str = "There are no check-ins in these dates, and that's fine. You could \
    pick other dates, or come back to this another time.";

/// One end of the dates: a date field that picks again once changed.
#[component]
fn DateField(
    id: &'static str,
    label: &'static str,
    /// The day, as the field gives it (`2026-11-25`).
    day: RwSignal<String>,
    on_pick: impl Fn() + Copy + 'static,
) -> impl IntoView {
    view! {
        <div class="date-field">
            <label for=id>{label}</label>
            <input
                id=id
                type="date"
                prop:value=move || day.get()
                on:change=move |ev| {
                    day.set(event_target_value(&ev));
                    on_pick();
                }
            />
        </div>
    }
}

/// "Since my last session", with sharing what I choose below it.
#[component]
pub fn SincePage() -> impl IntoView {
    set_title("Since my last session");
    let harbour = use_harbour();
    // The dates start at the last session (or the last 14 days), and the page is made now.
    let (start, made) = harbour.act(|phone| {
        let start = starting_period(phone);
        (start, phone.now)
    });
    let period = RwSignal::new(start);
    let from = RwSignal::new(iso_day::text(start.from));
    let to = RwSignal::new(iso_day::text(start.to));
    let feedback = Feedback::new();
    let summary = RwSignal::new(None);
    let read = move |dates: Period| {
        let built = harbour.act(|p| build(p, dates)).ok();
        if built.is_none() {
            feedback.problem_words(COULD_NOT_READ);
        }
        summary.set(built);
    };
    read(start);
    let pick = move || {
        let picked = Period::from_fields(&from.get_untracked(), &to.get_untracked());
        if let Some(dates) = feedback.after(picked) {
            period.set(dates);
            read(dates);
        }
    };
    let shown = move || {
        summary.with(|s| {
            s.as_ref()
                .map(|s| choose(s, Parts::ON_SCREEN, made, None).map(|c| c.summary))
        })
    };
    view! {
        <h1>"Since my last session"</h1>
        <p class="lead">
            "What you noted since you last met, to look at together. It stays on this phone: "
            "you choose what to share, if anything."
        </p>
        <fieldset class="dates">
            <legend>"Which days"</legend>
            <div class="range-row">
                <DateField id="from" label="From" day=from on_pick=pick />
                <DateField id="to" label="To" day=to on_pick=pick />
            </div>
        </fieldset>
        <FeedbackLine feedback />
        {move || match shown() {
            Some(Ok(chosen)) => view! {
                <p class="glance">
                    {glance(&chosen)} ". " <a href="#share-heading">"Choose what to share"</a>
                </p>
                <SummaryShown summary=chosen />
            }
            .into_any(),
            Some(Err(_)) => view! { <p class="empty">{NOTHING_HERE}</p> }.into_any(),
            None => ().into_any(),
        }}
        <ShareWhatIChoose summary period made />
    }
}
