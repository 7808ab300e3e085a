//! The reminder's screen: days, a time and the words, saved as a calendar file.

use super::{make_reminder, reminder, ReminderDraft};
use crate::paths::CHECK_IN;
use crate::platform::{address, files, set_title};
use crate::state::use_harbour;
use crate::time::WEEKDAYS;
use crate::ui::{Problems, TextField};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

#[component(transparent)]
pub fn RemindersRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/reminder") view=crate::on_demand!(reminders, ReminderPage) /> }
        .into_inner()
}

const SAVED: &str = "Saved “harbour-reminder.ics” in your downloads. Open it, and your \
    calendar adds the reminder. If you change the reminder later, save the new file and open \
    it too: it takes the old one's place.";
const NOT_SAVED: &str = "This browser wouldn't save the file. Nothing else has changed.";

#[component]
fn ReminderPage() -> impl IntoView {
    set_title("A gentle reminder");
    let harbour = use_harbour();
    let kept = harbour.act(reminder);
    let had_one = kept.is_some();
    let draft = RwSignal::new(kept.as_ref().map(ReminderDraft::from).unwrap_or_default());
    let problems = RwSignal::new(Vec::<String>::new());
    let said = RwSignal::new(None::<&'static str>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        said.set(None);
        let link = format!("{}{CHECK_IN}", address::origin());
        let made = draft.with_untracked(|d| harbour.act(|p| make_reminder(p, d, &link)));
        match made {
            Ok(file) => {
                problems.set(Vec::new());
                let saved = files::download(file.name, &file.text).is_ok();
                said.set(Some(if saved { SAVED } else { NOT_SAVED }));
            }
            Err(not_done) => problems.set(not_done.messages()),
        }
    };
    let days = WEEKDAYS
        .iter()
        .enumerate()
        .map(|(at, day)| {
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || draft.with(|d| d.days[at])
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            draft.update(|d| d.days[at] = on);
                        }
                    />
                    <span>{*day}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <h1>"A gentle reminder"</h1>
        <p class="lead">
            "Harbour can put a reminder in your phone's calendar: choose the days and a time, "
            "then save the file and open it. Your calendar keeps the reminder, and Harbour "
            "sends nothing."
        </p>
        <p>
            "Harbour can't know whether you have checked in already that day, so the reminder "
            "comes either way. Let it pass if you have."
        </p>
        {had_one.then(|| view! {
            <p class="hint">"These are the choices of your last reminder file."</p>
        })}
        <form class="contact-form" novalidate on:submit=save>
            <fieldset class="reminder-days">
                <legend>"Days"</legend>
                {days}
            </fieldset>
            <TextField
                id="reminder-time"
                label="Time"
                kind="time"
                value=Signal::derive(move || draft.with(|d| d.time.clone()))
                on_input=move |text: String| draft.update(|d| d.time = text)
            />
            <TextField
                id="reminder-words"
                label="What the reminder says"
                hint="It may show on your phone's lock screen, where others can see it, so it says nothing of Harbour unless you want it to."
                value=Signal::derive(move || draft.with(|d| d.words.clone()))
                on_input=move |text: String| draft.update(|d| d.words = text)
            />
            <Problems problems />
            <button type="submit" class="primary">"Save the calendar file"</button>
        </form>
        {move || said.get().map(|words| view! { <p role="status">{words}</p> })}
    }
}
