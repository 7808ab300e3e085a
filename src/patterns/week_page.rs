//! My diary card: a week at a time, days across, as a DBT diary card is laid out; it prints
//! on one A4 page.

use super::actions;
use super::diary_card::{CardDay, DiaryWeek, Row, UrgeDay};
use crate::kernel::tried::Helped;
use crate::paths::{LOOKING_BACK, MY_URGES};
use crate::platform::print::print;
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::time::{full_day_label, WEEKDAYS_SHORT};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::components::A;

const COULD_NOT_READ: &str = "Harbour couldn't read your check-ins just now. Nothing has been \
    changed. Closing Harbour and opening it again may help.";

#[component]
pub fn DiaryWeekPage() -> impl IntoView {
    set_title("My diary card");
    let harbour = use_harbour();
    let day = RwSignal::new(None::<NaiveDate>);
    let week = Memo::new(move |_| {
        harbour.track_changes_elsewhere();
        let day = day.get();
        harbour.act(|p| actions::diary_week(p, day)).ok()
    });
    let no_print = RwSignal::new(false);
    view! {
        <h1>"My diary card"</h1>
        <p class="screen-only">
            "A week as a diary card: how strong each feeling was at its strongest, your urges "
            "and whether you acted on them, and the cards you tried. An empty box is a day with "
            "nothing noted."
        </p>
        {move || match week.get() {
            None => view! { <p class="problem" role="alert">{COULD_NOT_READ}</p> }.into_any(),
            Some(shown) => view! { <WeekShown shown day /> }.into_any(),
        }}
        <p class="actions">
            <button type="button" on:click=move |_| no_print.set(!print())>
                "Print this week"
            </button>
            <A href=MY_URGES attr:class="button quiet">"My urges"</A>
            <A href=LOOKING_BACK attr:class="button quiet">"Back to looking back"</A>
        </p>
        <Show when=move || no_print.get()>
            <p role="status">
                "This browser can't print. Your phone's share or screenshot can keep the week."
            </p>
        </Show>
    }
}

#[component]
fn WeekShown(shown: DiaryWeek, day: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let turn = |to: Option<NaiveDate>, words: &'static str| {
        to.map(|to| {
            view! {
                <button type="button" class="quiet" on:click=move |_| day.set(Some(to))>
                    {words}
                    <span class="visually-hidden">{format!(": the week of {}", full_day_label(to))}</span>
                </button>
            }
        })
    };
    let title = format!("The week of {}", full_day_label(shown.monday));
    let region = title.clone();
    let days = shown.days();
    let is_empty = shown.feelings.is_empty() && shown.urges.is_empty() && shown.cards.is_empty();
    view! {
        <div class="month-turn">
            {turn(shown.earlier, "Earlier")}
            <h2 aria-live="polite">{title.clone()}</h2>
            {turn(shown.later, "Later")}
        </div>
        {if is_empty {
            view! { <p>"No check-ins this week."</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" role="region" tabindex="0" aria-label=region>
                    <table class="numbers diary-card">
                        <caption>{title.clone()}</caption>
                        <thead>
                            <tr>
                                <td></td>
                                {days.map(|d| view! {
                                    <th scope="col" aria-label=full_day_label(d)>
                                        {WEEKDAYS_SHORT[d.weekday().num_days_from_monday() as usize]}
                                        " " {d.day()}
                                    </th>
                                }).collect_view()}
                            </tr>
                        </thead>
                        <Rows heading="Feelings, at their strongest (0 to 10)" rows=shown.feelings cell=|s: u8| s.to_string() />
                        <Rows heading="Urges (0 to 5), and whether I acted" rows=shown.urges cell=urge_words />
                        <Rows heading="Cards I tried, and how they helped" rows=shown.cards cell=card_words />
                    </table>
                </div>
            }
            .into_any()
        }}
        <p class="hint">{format!("Check-ins this week: {}.", shown.checkins)}</p>
    }
}

fn urge_words(day: UrgeDay) -> String {
    match day.acted {
        Some(true) => format!("{}, acted", day.highest),
        Some(false) => format!("{}, didn't act", day.highest),
        None => day.highest.to_string(),
    }
}

fn card_words(day: CardDay) -> String {
    let helped = match day.helped {
        Some(Helped::ALot) => "Helped a lot",
        Some(Helped::ABit) => "Helped a bit",
        Some(Helped::NotThisTime) => "Not this time",
        None => "Tried",
    };
    match day.times {
        1 => helped.to_string(),
        n => format!("{helped} ({n} times)"),
    }
}

/// A group of rows under its heading; nothing when there are none.
#[component]
fn Rows<Cell: Copy + 'static>(
    heading: &'static str,
    rows: Vec<Row<Cell>>,
    cell: fn(Cell) -> String,
) -> impl IntoView {
    (!rows.is_empty()).then(|| {
        let rows = rows
            .into_iter()
            .map(|row| {
                let cells = row
                    .days
                    .map(|day| view! { <td>{day.map(cell)}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{row.name}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <tbody>
                <tr><th scope="colgroup" colspan="8" class="row-group">{heading}</th></tr>
                {rows}
            </tbody>
        }
    })
}
