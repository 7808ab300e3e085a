//! "Looking back" (`/looking-back`): the calendar, a feeling's trend, how often each feeling
//! came up and the cards tried; and finding check-ins again (`/looking-back/find`). Both are
//! a chunk of their own, fetched when first opened.

use super::actions::{self, Trend};
use super::calendar::{Band, CalendarDay, CalendarMonth, Month};
use super::charts::{BandShape, FeelingsChart, StrengthChart, TableToggle};
use super::entry::CheckInEntry;
use super::find_page::FindPage;
use super::trend::{in_words, FeelingCount, Point, Span, UrgeSeen};
use super::week_page::DiaryWeekPage;
use crate::paths::{CHECK_IN, DIARY_WEEK, FIND_CHECK_INS, HISTORY, HOPE, REMINDER};
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::time::{full_day_label, WEEKDAYS_SHORT};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::{Route, A};
use leptos_router::path;

const COULD_NOT_READ: &str = "Harbour couldn't read your check-ins just now. Nothing has been \
    changed. Closing Harbour and opening it again may help.";

#[component(transparent)]
pub fn PatternsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/looking-back") view=crate::on_demand!(patterns, LookingBackPage) />
        <Route path=path!("/looking-back/find") view=crate::on_demand!(patterns, FindPage) />
        <Route path=path!("/looking-back/week") view=crate::on_demand!(patterns, DiaryWeekPage) />
    }
    .into_inner()
    .into_any_nested_route()
}

#[component]
pub fn LookingBackPage() -> impl IntoView {
    set_title("Looking back");
    view! {
        <h1>"Looking back"</h1>
        <p>
            "How things have been, from your own check-ins. A day without a check-in is just "
            "a day."
        </p>
        <p class="actions">
            <A href=DIARY_WEEK attr:class="button quiet">"My diary card, week by week"</A>
            <A href=FIND_CHECK_INS attr:class="button quiet">"Find a check-in"</A>
            <A href=REMINDER attr:class="button quiet">"A gentle reminder to check in"</A>
            <A href=HOPE attr:class="button quiet">"Hope, control and chances"</A>
            <A href=HISTORY attr:class="button quiet">"All your check-ins"</A>
        </p>
        <CalendarSection />
        <TrendSection />
    }
}

#[component]
fn CalendarSection() -> impl IntoView {
    let harbour = use_harbour();
    let month = RwSignal::new(None::<Month>);
    let chosen = RwSignal::new(None::<NaiveDate>);
    let calendar = Memo::new(move |_| {
        harbour.track_changes_elsewhere();
        let month = month.get();
        harbour.act(|p| actions::calendar(p, month)).ok()
    });
    let go_to = move |to: Month| {
        chosen.set(None);
        month.set(Some(to));
    };
    view! {
        <section class="looking-back" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">"Calendar"</h2>
            {move || match calendar.get() {
                None => view! { <p class="problem" role="alert">{COULD_NOT_READ}</p> }.into_any(),
                Some(shown) => view! { <MonthShown shown chosen go_to /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn MonthShown(
    shown: CalendarMonth,
    chosen: RwSignal<Option<NaiveDate>>,
    go_to: impl Fn(Month) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let turn = |to: Option<Month>, words: &'static str| {
        to.map(|to| {
            view! {
                <button type="button" class="quiet" on:click=move |_| go_to(to)>
                    {words} <span class="visually-hidden">{format!(": {}", to.label())}</span>
                </button>
            }
        })
    };
    let weeks = shown
        .weeks
        .iter()
        .map(|week| {
            let days = week
                .iter()
                .map(|cell| view! { <td>{cell.clone().map(|day| view! { <DayCell day chosen /> })}</td> })
                .collect_view();
            view! { <tr>{days}</tr> }
        })
        .collect_view();
    let table_days: Vec<CalendarDay> = shown.days_with_checkins().cloned().collect();
    let in_month = table_days.clone();
    let chosen_day = move || {
        let date = chosen.get()?;
        let day = in_month.iter().find(|d| d.date == date)?.clone();
        Some(view! { <DayChosen day /> })
    };
    view! {
        <div class="month-turn">
            {turn(shown.previous, "Earlier")}
            <h3 aria-live="polite">{shown.month.label()}</h3>
            {turn(shown.next, "Later")}
        </div>
        <table class="calendar">
            <thead>
                <tr>{WEEKDAYS_SHORT.map(|d| view! { <th scope="col">{d}</th> }).collect_view()}</tr>
            </thead>
            <tbody>{weeks}</tbody>
        </table>
        <ul class="band-key" aria-label="What the shapes mean">
            {Band::ALL
                .map(|band| view! { <li><BandShape band />" "{capitalised(band.words())}</li> })
                .collect_view()}
        </ul>
        {if table_days.is_empty() {
            view! { <p>"No check-ins this month."</p> }.into_any()
        } else {
            view! {
                <p class="hint">"Tap a day to see its check-ins."</p>
                <TableToggle>
                    <MonthTable days=table_days.clone() />
                </TableToggle>
            }
            .into_any()
        }}
        {chosen_day}
    }
}

fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// A day of the calendar: a button with its shape when it has check-ins, otherwise a plain day.
#[component]
fn DayCell(day: CalendarDay, chosen: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let number = day.date.day();
    if day.checkins.is_empty() {
        return view! { <span class="day-number">{number}</span> }.into_any();
    }
    let count = match day.checkins.len() {
        1 => "1 check-in".to_string(),
        n => format!("{n} check-ins"),
    };
    let band = day.band();
    // A day whose check-ins rated only urges has no feeling's strength to draw.
    let strength = band.map_or("urges only", Band::words);
    let date = day.date;
    let label = format!("{}: {count}, {strength}", full_day_label(date));
    view! {
        <button
            type="button"
            class="day"
            aria-label=label
            aria-pressed=move || (chosen.get() == Some(date)).to_string()
            on:click=move |_| chosen.set(Some(date))
        >
            <span class="day-number" aria-hidden="true">{number}</span>
            {match band {
                Some(band) => view! { <BandShape band /> }.into_any(),
                None => view! { <span class="urges-only" aria-hidden="true">"·"</span> }.into_any(),
            }}
        </button>
    }
    .into_any()
}

#[component]
fn MonthTable(days: Vec<CalendarDay>) -> impl IntoView {
    let rows = days
        .into_iter()
        .map(|day| {
            view! {
                <tr>
                    <th scope="row">{full_day_label(day.date)}</th>
                    <td>{day.checkins.len()}</td>
                    <td>{day.strongest()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="numbers">
            <caption>"Days with check-ins this month"</caption>
            <thead>
                <tr>
                    <th scope="col">"Day"</th>
                    <th scope="col">"Check-ins"</th>
                    <th scope="col">"Strongest feeling"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
fn DayChosen(day: CalendarDay) -> impl IntoView {
    let entries = day
        .checkins
        .into_iter()
        .map(|checkin| view! { <CheckInEntry checkin /> })
        .collect_view();
    view! {
        <section class="day-chosen" aria-live="polite">
            <h3>{full_day_label(day.date)}</h3>
            <ul class="checkins">{entries}</ul>
        </section>
    }
}

#[component]
fn TrendSection() -> impl IntoView {
    let harbour = use_harbour();
    let span = RwSignal::new(Span::Month);
    let feeling = RwSignal::new(None::<String>);
    let trend = Memo::new(move |_| {
        harbour.track_changes_elsewhere();
        let span = span.get();
        feeling.with(|f| harbour.act(|p| actions::trend(p, span, f.as_deref())).ok())
    });
    let spans = Span::ALL
        .map(|choice| {
            view! {
                <button
                    type="button"
                    class="quiet"
                    aria-pressed=move || (span.get() == choice).to_string()
                    on:click=move |_| span.set(choice)
                >
                    {choice.label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="looking-back" aria-labelledby="trend-heading">
            <h2 id="trend-heading">"How your feelings have been"</h2>
            <div class="span-choice" role="group" aria-label="Over the last">
                <span aria-hidden="true">"Over the last "</span>
                {spans}
            </div>
            {move || match trend.get() {
                None => view! { <p class="problem" role="alert">{COULD_NOT_READ}</p> }.into_any(),
                Some(shown) if shown.feelings.is_empty() => view! { <NoCheckInsYet span=shown.span /> }.into_any(),
                Some(shown) => view! { <TrendShown shown feeling /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn NoCheckInsYet(span: Span) -> impl IntoView {
    view! {
        <p>{format!("No check-ins in the last {}.", span.label())}</p>
        <p>
            <A href=CHECK_IN attr:class="button">"Check in now"</A>
        </p>
    }
}

#[component]
fn TrendShown(shown: Trend, feeling: RwSignal<Option<String>>) -> impl IntoView {
    let Trend {
        span,
        feelings,
        feeling: drawn,
        points,
        cards,
        urges,
        ..
    } = shown;
    let drawn = drawn.unwrap_or_default();
    let options = feelings
        .iter()
        .map(|c| {
            let selected = c.feeling == drawn;
            view! { <option value=c.feeling.clone() selected=selected>{c.feeling.clone()}</option> }
        })
        .collect_view();
    let label = in_words(&drawn, span, &points);
    // Written in both cases: a to_lowercase call would bring Unicode's case tables along.
    let (per, unit) = if span.days_per_point() == 1 {
        ("Day", "day")
    } else {
        ("Week", "week")
    };
    let counted = format!(
        "How often each feeling came up in the last {}: {}.",
        span.label(),
        feelings
            .iter()
            .map(|c| format!("{} {}", c.feeling, times(c.times)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    view! {
        <div class="field">
            <label for="trend-feeling">"Feeling"</label>
            <select id="trend-feeling" on:change=move |ev| feeling.set(Some(event_target_value(&ev)))>
                {options}
            </select>
        </div>
        <h3>{format!("{drawn}: the strongest each {unit}")}</h3>
        <StrengthChart points=points.clone() label />
        <TableToggle>
            <PointsTable points=points.clone() feeling=drawn.clone() per unit />
        </TableToggle>
        <h3>"How often each feeling came up"</h3>
        <FeelingsChart counts=feelings.clone() label=counted />
        <TableToggle>
            <CountsTable counts=feelings.clone() />
        </TableToggle>
        <h3>"Your cards"</h3>
        <CardsTried cards />
        <UrgesSeen urges />
    }
}

/// The urges rated in the span; nothing for a client who does not rate urges.
#[component]
fn UrgesSeen(urges: Vec<UrgeSeen>) -> impl IntoView {
    (!urges.is_empty()).then(|| {
        let rows = urges
            .into_iter()
            .map(|u| {
                view! {
                    <tr>
                        <th scope="row">{u.name}</th>
                        <td>{u.times}</td>
                        <td>{u.highest}</td>
                        <td>{u.acted}</td>
                        <td>{u.not_acted}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h3>"Your urges"</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Your urges">
                <table class="numbers">
                    <caption>"Urges rated (0 to 5), and whether you acted"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Urge"</th>
                            <th scope="col">"Rated"</th>
                            <th scope="col">"Highest"</th>
                            <th scope="col">"Acted"</th>
                            <th scope="col">"Didn't act"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}

/// The chart's numbers: each day (or week) the feeling came up, and its strongest.
#[component]
fn PointsTable(
    points: Vec<Point>,
    feeling: String,
    per: &'static str,
    unit: &'static str,
) -> impl IntoView {
    let rows = points
        .iter()
        .filter_map(|p| p.strongest.map(|s| (p.label(), s)))
        .map(|(when, s)| view! { <tr><th scope="row">{when}</th><td>{s}</td></tr> })
        .collect_view();
    view! {
        <table class="numbers">
            <caption>{format!("{feeling}, the strongest each {unit}")}</caption>
            <thead><tr><th scope="col">{per}</th><th scope="col">"Strongest"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="hint">{format!("Only the {unit}s with {feeling} are listed.")}</p>
    }
}

#[component]
fn CountsTable(counts: Vec<FeelingCount>) -> impl IntoView {
    let rows = counts
        .into_iter()
        .map(|c| view! { <tr><th scope="row">{c.feeling}</th><td>{c.times}</td></tr> })
        .collect_view();
    view! {
        <table class="numbers">
            <caption>"Check-ins with each feeling"</caption>
            <thead><tr><th scope="col">"Feeling"</th><th scope="col">"Check-ins"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn times(n: usize) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{n} times"),
    }
}

#[component]
fn CardsTried(cards: Vec<crate::summary::CardTried>) -> impl IntoView {
    if cards.is_empty() {
        return view! {
            <p>"No cards tried in this time. After a check-in, Harbour offers cards that might help."</p>
        }
        .into_any();
    }
    let rows = cards
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.name().to_string()}</th>
                    <td>{c.times}</td>
                    <td>{c.a_lot}</td>
                    <td>{c.a_bit}</td>
                    <td>{c.not_this_time}</td>
                    <td>{c.not_said}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // Wide on a small phone: it scrolls sideways, and a keyboard can scroll it too.
        <div class="table-scroll" tabindex="0" role="region" aria-label="Cards tried">
            <table class="numbers">
                <caption>"Cards tried, and how you said they helped"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Card"</th>
                        <th scope="col">"Tried"</th>
                        <th scope="col">"Helped a lot"</th>
                        <th scope="col">"A bit"</th>
                        <th scope="col">"Not this time"</th>
                        <th scope="col">"Didn't say"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
