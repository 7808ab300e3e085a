//! A summary as the page shows it: on "Since my last session" and, with only the chosen
//! parts, on paper. The same words as the text (`text`), laid out to read.

use super::build::{Entry, Summary};
use super::text::{card_line, feeling_line, request_line, tried_line};
use crate::comeback::requests::Sent;
use crate::on_paper::page::PaperCards;
use crate::time::{clock_label, full_day_label};
use leptos::prelude::*;

/// The days with their check-ins, the skills tried, requests to come back and the toolkit
/// cards that `summary` holds. Gaps are just gaps: days without check-ins are not shown.
#[component]
pub fn SummaryShown(summary: Summary) -> impl IntoView {
    let days = (!summary.days.is_empty()).then(|| {
        let days = summary
            .days
            .into_iter()
            .map(|day| {
                view! {
                    <section class="summary-day">
                        <h3>{full_day_label(day.date)}</h3>
                        <ul class="checkins">{day.checkins.into_iter().map(entry).collect_view()}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <h2>"Day by day"</h2>
            <div class="summary-days">{days}</div>
        }
    });
    let cards = (!summary.cards.is_empty()).then(|| {
        view! {
            <h2>"Skills I tried"</h2>
            <ul class="summary-list">
                {summary.cards.iter().map(|c| view! { <li>{card_line(c)}</li> }).collect_view()}
            </ul>
        }
    });
    let requests = (!summary.requests.is_empty()).then(|| {
        let items = summary
            .requests
            .into_iter()
            .map(|r| {
                view! {
                    <li>
                        <p class="checkin-time">{request_line(&r)}</p>
                        {(r.sent == Sent::NotYet).then_some(view! { <p>"Not sent"</p> })}
                        <p class="note">{r.message}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>"Asking to come back"</h2>
            <ul class="summary-list">{items}</ul>
        }
    });
    let toolkit = (!summary.toolkit.is_empty()).then(|| {
        view! {
            <h2>"My toolkit"</h2>
            <PaperCards cards=summary.toolkit />
        }
    });
    view! { {days} {cards} {requests} {toolkit} }
}

/// One check-in as the client made it: the time, each feeling and how strong, the note if
/// it is shown, and the cards tried.
fn entry(entry: Entry) -> impl IntoView {
    let feelings = entry
        .feelings
        .iter()
        .map(|f| view! { <li>{feeling_line(f)}</li> })
        .collect_view();
    let tried = entry
        .tried
        .iter()
        .map(|t| view! { <p class="tried">{tried_line(t)}</p> })
        .collect_view();
    view! {
        <li class="checkin">
            <p class="checkin-time">{clock_label(&entry.at)}</p>
            <ul class="felt">{feelings}</ul>
            {entry.for_next_session.then_some(view! { <p class="tag">"For my next session"</p> })}
            {(!entry.note.is_empty()).then(|| view! { <p class="note">{entry.note}</p> })}
            {tried}
        </li>
    }
}
