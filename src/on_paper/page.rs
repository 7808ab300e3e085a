//! Bring my toolkit to paper: the cards in use and Help now (the client's people, then the UK
//! lines) as one clean page to keep where the client will see it.

use super::{on_paper, PaperCard};
use crate::help::{HelpLine, DANGER, HELP_LINES};
use crate::platform::send::{self, Leaving};
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::summary::record::{note_toolkit_shared, ShareWay};
use crate::time::full_day_label;
use crate::ui::{send_and_say, Feedback, FeedbackLine, SendWords};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

const COULD_NOT_READ: &str = "Harbour couldn't read your toolkit just now. Nothing has been \
    changed. Closing Harbour and opening it again may help.";
const NOT_RECORDED: &str = "That worked, but this phone has no room to keep a note of it in \
    your sharing record.";

#[component(transparent)]
pub fn OnPaperRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/toolkit-on-paper") view=crate::on_demand!(sharing, ToolkitOnPaperPage) /> }
        .into_inner()
}

#[component]
pub fn ToolkitOnPaperPage() -> impl IntoView {
    set_title("My toolkit on paper");
    let harbour = use_harbour();
    let paper = harbour.act(on_paper);
    let feedback = Feedback::new();
    // Noted in the sharing record once it has gone; a full phone still printed or saved.
    let note = move |way: ShareWay| {
        if harbour.act(|p| note_toolkit_shared(p, way)).is_err() {
            feedback.problem_words(NOT_RECORDED);
        }
    };
    let file = StoredValue::new(
        paper
            .as_ref()
            .map(|p| Leaving::file(p.file_name(), p.text()))
            .ok(),
    );
    let print = move |_| {
        let words = SendWords::new(
            "Sent to print. If you saved it as a PDF, it's with your files.",
            "This browser can't print. You could save it as a text file instead.",
        );
        send_and_say(send::print(), feedback, words, move || {
            note(ShareWay::Print)
        });
    };
    let save = move |_| {
        let Some(what) = file.get_value() else { return };
        let words = SendWords::new(
            "Saved as a text file with your downloads.",
            "This phone wouldn't save the file just now.",
        );
        send_and_say(send::download(what), feedback, words, move || {
            note(ShareWay::TextFile)
        });
    };
    let Ok(paper) = paper else {
        return view! {
            <h1>"My toolkit on paper"</h1>
            <p class="problem" role="alert">{COULD_NOT_READ}</p>
        }
        .into_any();
    };
    let people = paper
        .people
        .into_iter()
        .map(|person| {
            view! {
                <li>
                    <h3>{person.name}</h3>
                    {person.crisis_line.then_some(view! { <p>"My crisis or out-of-hours line"</p> })}
                    <p>{person.phone}</p>
                </li>
            }
        })
        .collect_view();
    let line = |line: &HelpLine| {
        view! {
            <li>
                <h3>{line.name}</h3>
                <p>{line.when}</p>
                <p>{line.action}</p>
            </li>
        }
    };
    let cards = if paper.cards.is_empty() {
        view! { <p>"No cards in use yet. They'll be here once you and your practitioner make some."</p> }.into_any()
    } else {
        view! { <PaperCards cards=paper.cards /> }.into_any()
    };
    view! {
        <div class="on-paper">
            <h1>"My toolkit and Help now"</h1>
            <p class="paper-about">
                "Made on " {full_day_label(paper.made)} ". Written by me in Harbour."
            </p>
            <p class="screen-only">"A page to print and keep where you'll see it."</p>
            <div class="actions screen-only">
                <button type="button" on:click=print>"Print or save as PDF"</button>
                <button type="button" on:click=save>"Save as a text file"</button>
            </div>
            <div class="screen-only">
                <FeedbackLine feedback />
            </div>
            <h2>"My toolkit"</h2>
            {cards}
            <h2>"Help now"</h2>
            <ul class="paper-help">
                {line(&DANGER)} {people} {HELP_LINES.iter().map(line).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

/// Toolkit cards as printed, in the client's words, each with its caution.
#[component]
pub fn PaperCards(cards: Vec<PaperCard>) -> impl IntoView {
    let cards = cards
        .into_iter()
        .map(|card| {
            let steps = (!card.steps.is_empty()).then(|| {
                view! { <ol class="steps">{card.steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol> }
            });
            view! {
                <li class="paper-card">
                    <h3>{card.name}</h3>
                    <p class="card-when">"For: " {card.when}</p>
                    {(!card.situations.is_empty()).then(|| view! { <p class="note">"When I use it: " {card.situations}</p> })}
                    {steps}
                    {(!card.why.is_empty()).then(|| view! { <p class="note">"Why it helps me: " {card.why}</p> })}
                    {card.caution.map(|c| view! { <p class="caution">"Take care: " {c}</p> })}
                    {card.made_together.map(|d| view! { <p class="card-when">"Made together on " {full_day_label(d)}</p> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="paper-cards">{cards}</ul> }
}
