//! "Your check-ins": newest first, grouped by day in local time, read a month at a time.
//! Each can be changed or deleted; a delete can be undone for a few seconds.

use super::timeline::by_day;
use super::{actions, CheckIn};
use crate::paths::{change_check_in, CHECK_IN, LOOKING_BACK, SINCE_LAST_SESSION};
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::time::{clock_label, Moment};
use crate::toolkit::might_help::TriedWith;
use crate::ui::{Feedback, FeedbackLine};
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;
use std::time::Duration;

/// Check-ins read at once; whole months are read, so a page may hold more.
const PAGE_SIZE: usize = 30;
const UNDO_FOR: Duration = Duration::from_secs(10);

const COULD_NOT_READ: &str = "Harbour couldn't read your check-ins just now. Nothing has been \
    changed. Closing Harbour and opening it again may help.";
const COULD_NOT_DELETE: &str = "Harbour couldn't delete that just now. It is still saved.";
const COULD_NOT_UNDO: &str = "Harbour couldn't bring that check-in back just now. \
    If Harbour's space is full, My data shows how to make room; then tap Undo again.";

#[component]
pub fn HistoryPage() -> impl IntoView {
    set_title("Your check-ins");
    let harbour = use_harbour();
    let shown = RwSignal::new(Vec::<CheckIn>::new());
    let next_month = RwSignal::new(Some(0_usize));
    let feedback = Feedback::new();
    let deleted = RwSignal::new(None::<CheckIn>);
    // Days are named ("Today", "Yesterday") as seen when the screen opened.
    let as_of = RwSignal::new(None::<Moment>);

    let show_more = move || {
        let Some(from) = next_month.get_untracked() else {
            return;
        };
        match harbour.act(|p| actions::history(p, from, PAGE_SIZE)) {
            Ok(history) => {
                shown.update(|list| list.extend(history.page.checkins));
                next_month.set(history.page.next_month);
                if as_of.get_untracked().is_none() {
                    as_of.set(Some(history.as_of));
                }
            }
            Err(_) => feedback.problem_words(COULD_NOT_READ),
        }
    };
    show_more();

    let delete = move |checkin: CheckIn| {
        match harbour.act(|p| actions::delete(p, &checkin)) {
            Ok(_) => {
                shown.update(|list| list.retain(|c| c.id != checkin.id));
                let id = checkin.id.clone();
                deleted.set(Some(checkin));
                // The page may be gone by then, hence `try_`.
                set_timeout(
                    move || {
                        deleted.try_update(|d| {
                            if d.as_ref().is_some_and(|c| c.id == id) {
                                *d = None;
                            }
                        });
                    },
                    UNDO_FOR,
                );
            }
            Err(_) => feedback.problem_words(COULD_NOT_DELETE),
        }
    };

    let undo = move || {
        let Some(checkin) = deleted.get_untracked() else {
            return;
        };
        match harbour.act(|p| actions::undo_delete(p, &checkin)) {
            Ok(()) => {
                shown.update(|list| {
                    list.push(checkin);
                    list.sort_by_key(|c| std::cmp::Reverse(c.at));
                });
                deleted.set(None);
            }
            Err(_) => feedback.problem_words(COULD_NOT_UNDO),
        }
    };

    view! {
        <h1>"Your check-ins"</h1>
        <p>
            <A href=LOOKING_BACK>"Looking back: a calendar, trends and what helped"</A>
        </p>
        <p>
            <A href=SINCE_LAST_SESSION>"Since my last session: look back and share what you choose"</A>
        </p>
        <FeedbackLine feedback />
        {move || {
            let Some(as_of) = as_of.get() else {
                return ().into_any();
            };
            let days = by_day(&shown.get(), &as_of);
            if days.is_empty() && next_month.get().is_none() {
                return view! { <Empty /> }.into_any();
            }
            days.into_iter()
                .map(|day| {
                    let items = day
                        .checkins
                        .into_iter()
                        .map(|c| check_in_item(c, &day.label, delete))
                        .collect_view();
                    view! {
                        <section class="day">
                            <h2>{day.label.clone()}</h2>
                            <ul class="checkins">{items}</ul>
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        }}
        <Show when=move || next_month.with(Option::is_some)>
            <button type="button" class="quiet" on:click=move |_| show_more()>
                "Show earlier check-ins"
            </button>
        </Show>
        <UndoDelete deleted undo />
    }
}

#[component]
fn Empty() -> impl IntoView {
    view! {
        <p>"Nothing here yet. When you check in, it will show here, newest first."</p>
        <p>
            <A href=CHECK_IN attr:class="button">
                "Check in now"
            </A>
        </p>
    }
}

fn check_in_item(
    checkin: CheckIn,
    day: &str,
    on_delete: impl Fn(CheckIn) + Copy + 'static,
) -> impl IntoView {
    let time = clock_label(&checkin.at);
    // Screen readers hear which check-in a button is for, not a list of identical "Delete"s.
    let which = format!(" check-in from {day}, {time}");
    let which_to_change = which.clone();
    let feelings = checkin
        .feelings
        .iter()
        .map(|f| {
            view! {
                <li>
                    {f.feeling.clone()} " "
                    <span class="strength">{format!("{} out of 10", f.strength)}</span>
                </li>
            }
        })
        .collect_view();
    let note = (!checkin.note.is_empty()).then(|| {
        view! { <p class="note">{checkin.note.clone()}</p> }
    });
    let for_session = checkin
        .for_next_session
        .then(|| view! { <p class="tag">"To bring to my next session"</p> });
    let changed = checkin.edited_at.is_some().then_some(" · changed");
    let tried =
        (!checkin.tried.is_empty()).then(|| view! { <TriedWith checkin=checkin.clone() /> });
    let at: Moment = checkin.at;
    let href = change_check_in(&checkin.id);
    view! {
        <li class="checkin">
            <p class="checkin-time">
                <time datetime=at.to_rfc3339()>{time}</time>
                {changed}
            </p>
            <ul class="felt">{feelings}</ul>
            {note}
            {for_session}
            {tried}
            <div class="actions">
                <A href=href attr:class="button quiet">
                    "Change"
                    <span class="visually-hidden">{which_to_change}</span>
                </A>
                <button type="button" class="quiet" on:click=move |_| on_delete(checkin.clone())>
                    "Delete"
                    <span class="visually-hidden">{which}</span>
                </button>
            </div>
        </li>
    }
}

/// "Check-in deleted. Undo", which takes the focus so keyboard and screen reader users
/// are not left on a button that has gone.
#[component]
fn UndoDelete(
    deleted: RwSignal<Option<CheckIn>>,
    undo: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let button = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if deleted.with(Option::is_some) {
            if let Some(button) = button.get() {
                let _ = button.focus();
            }
        }
    });
    view! {
        <Show when=move || deleted.with(Option::is_some)>
            <div class="toast" role="status">
                <p>"Check-in deleted."</p>
                <button type="button" node_ref=button on:click=move |_| undo()>
                    "Undo"
                </button>
            </div>
        </Show>
    }
}
