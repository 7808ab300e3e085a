//! One check-in as looking back shows it: when, each feeling and its strength, the note and
//! the cards tried, with a way to change it.

use crate::checkin::CheckIn;
use crate::paths::change_check_in;
use crate::time::{clock_label, full_day_label};
use crate::toolkit::might_help::TriedWith;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn CheckInEntry(checkin: CheckIn, #[prop(optional)] with_day: bool) -> impl IntoView {
    let time = clock_label(&checkin.at);
    let when = if with_day {
        format!("{}, {time}", full_day_label(checkin.at.date_naive()))
    } else {
        time
    };
    let feelings = checkin
        .feelings
        .iter()
        .map(|f| view! { <li>{f.feeling.clone()} " " <span class="strength">{format!("{} out of 10", f.strength)}</span></li> })
        .collect_view();
    let note =
        (!checkin.note.is_empty()).then(|| view! { <p class="note">{checkin.note.clone()}</p> });
    let tried =
        (!checkin.tried.is_empty()).then(|| view! { <TriedWith checkin=checkin.clone() /> });
    let which = format!(" the check-in from {when}");
    view! {
        <li class="checkin">
            <p class="checkin-time">
                <time datetime=checkin.at.to_rfc3339()>{when}</time>
            </p>
            <ul class="felt">{feelings}</ul>
            {note}
            {tried}
            <A href=change_check_in(&checkin.id) attr:class="button quiet">
                "Change"
                <span class="visually-hidden">{which}</span>
            </A>
        </li>
    }
}
