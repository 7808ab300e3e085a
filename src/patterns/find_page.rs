//! "Find a check-in": by words in a note, a feeling, or a card tried; newest first, a year at a
//! time. What is searched for stays on this screen, never in the address.

use super::actions::{self, Found};
use super::entry::CheckInEntry;
use super::find::{Filter, MAX_WORDS_CHARS};
use crate::checkin::CheckIn;
use crate::paths::LOOKING_BACK;
use crate::platform::set_title;
use crate::state::use_harbour;
use leptos::prelude::*;
use leptos_router::components::A;

const COULD_NOT_READ: &str = "Harbour couldn't look through your check-ins just now. Nothing \
    has been changed. Closing Harbour and opening it again may help.";

/// What has been found so far, and where to carry on.
#[derive(Clone, Default)]
struct Results {
    checkins: Vec<CheckIn>,
    next_month: Option<usize>,
    looked_back_to: String,
}

#[component]
pub fn FindPage() -> impl IntoView {
    set_title("Find a check-in");
    let harbour = use_harbour();
    let choices = harbour.act(actions::choices).ok();
    let words = RwSignal::new(String::new());
    let feeling = RwSignal::new(String::new());
    let card = RwSignal::new(String::new());
    let results = RwSignal::new(None::<Results>);
    let problem = RwSignal::new(None::<&'static str>);
    let filter = move || Filter {
        words: words.get_untracked(),
        feeling: Some(feeling.get_untracked()).filter(|f| !f.is_empty()),
        card: Some(card.get_untracked()).filter(|c| !c.is_empty()),
    };
    let look = move |from_month: usize| {
        let filter = filter();
        if filter.is_empty() {
            problem.set(Some(
                "Type a word, or choose a feeling or a card, then tap Find.",
            ));
            return;
        }
        match harbour.act(|p| actions::find(p, &filter, from_month)) {
            Ok(Found {
                checkins,
                next_month,
                looked_back_to,
            }) => {
                problem.set(None);
                results.update(|shown| {
                    let shown = shown.get_or_insert_with(Results::default);
                    if from_month == 0 {
                        *shown = Results::default();
                    }
                    shown.checkins.extend(checkins);
                    shown.next_month = next_month;
                    if let Some(month) = looked_back_to {
                        shown.looked_back_to = month.label();
                    }
                });
            }
            Err(_) => problem.set(Some(COULD_NOT_READ)),
        }
    };
    let (feelings, cards) = choices.map(|c| (c.feelings, c.cards)).unwrap_or_default();
    view! {
        <h1>"Find a check-in"</h1>
        <p><A href=LOOKING_BACK>"Back to looking back"</A></p>
        <form
            class="find"
            role="search"
            on:submit=move |ev| {
                ev.prevent_default();
                look(0);
            }
        >
            <div class="field">
                <label for="find-words">"Words in a note"</label>
                <input
                    id="find-words"
                    type="search"
                    maxlength=MAX_WORDS_CHARS
                    autocomplete="off"
                    prop:value=move || words.get()
                    on:input=move |ev| words.set(event_target_value(&ev))
                />
            </div>
            <div class="field">
                <label for="find-feeling">"With the feeling"</label>
                <select id="find-feeling" on:change=move |ev| feeling.set(event_target_value(&ev))>
                    <option value="">"Any feeling"</option>
                    {feelings.into_iter().map(|f| view! { <option value=f.clone()>{f.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="find-card">"With the card tried"</label>
                <select id="find-card" on:change=move |ev| card.set(event_target_value(&ev))>
                    <option value="">"Any card, or none"</option>
                    {cards.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="primary">"Find"</button>
        </form>
        {move || problem.get().map(|words| view! { <p class="problem" role="alert">{words}</p> })}
        {move || results.get().map(|shown| view! { <Shown shown look /> })}
    }
}

#[component]
fn Shown(shown: Results, look: impl Fn(usize) + Copy + Send + Sync + 'static) -> impl IntoView {
    let summary = match shown.checkins.len() {
        0 => format!("No check-ins found, back to {}.", shown.looked_back_to),
        1 => format!("1 check-in found, back to {}.", shown.looked_back_to),
        n => format!("{n} check-ins found, back to {}.", shown.looked_back_to),
    };
    let entries = shown
        .checkins
        .into_iter()
        .map(|checkin| view! { <CheckInEntry checkin with_day=true /> })
        .collect_view();
    let further = shown.next_month.map(|next| {
        view! {
            <button type="button" class="quiet" on:click=move |_| look(next)>
                "Look further back"
            </button>
        }
    });
    view! {
        <h2>"What was found"</h2>
        <p role="status">{summary}</p>
        <ul class="checkins">{entries}</ul>
        {further}
    }
}
