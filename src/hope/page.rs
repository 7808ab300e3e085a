//! Hope, control and chances: the three questions, how often to be asked, and the answers so
//! far, newest first.

use super::{
    choice, choose, ratings, save_rating, AskMe, HopeDraft, HopeRating, MAX_SCALE, QUESTIONS,
};
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::time::full_day_label;
use crate::ui::{Feedback, FeedbackLine, Problems};
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

#[component(transparent)]
pub fn HopeRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/hope") view=crate::on_demand!(hope, HopePage) /> }.into_inner()
}

#[component]
fn HopePage() -> impl IntoView {
    set_title("Hope, control and chances");
    let harbour = use_harbour();
    let answers = harbour.watch(|p| ratings(p).unwrap_or_default());
    let draft = RwSignal::new(HopeDraft::default());
    harbour.holds_unsaved(move || draft.with(|d| *d != HopeDraft::default()));
    let problems = RwSignal::new(Vec::<String>::new());
    let feedback = Feedback::new();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match draft.with_untracked(|d| harbour.act(|p| save_rating(p, d))) {
            Ok(rating) => {
                problems.set(Vec::new());
                draft.set(HopeDraft::default());
                answers.update(|a| a.insert(0, rating));
                feedback.say("Saved. Thank you.");
            }
            Err(not_done) => problems.set(not_done.messages()),
        }
    };
    let questions = QUESTIONS
        .iter()
        .enumerate()
        .map(|(at, (question, low, high))| {
            let scale = (1..=MAX_SCALE)
                .map(|n| {
                    view! {
                        <label class="strength-option">
                            <input
                                type="radio"
                                name=format!("hope-{at}")
                                value=n.to_string()
                                prop:checked=move || draft.with(|d| d.answers[at] == Some(n))
                                on:change=move |_| draft.update(|d| d.answers[at] = Some(n))
                            />
                            <span>{n}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="strength">
                    <legend>{*question}</legend>
                    <p class="hint">{format!("1 is “{low}”. 5 is “{high}”.")}</p>
                    <div class="strength-options">{scale}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <h1>"Hope, control and chances"</h1>
        <p class="lead">
            "Three short questions, in your own words. Answer any of them, or none. Nothing is "
            "added up into a score, and the answers stay on this phone."
        </p>
        <AskMeChoice />
        <FeedbackLine feedback />
        <form class="hope-form" novalidate on:submit=save>
            {questions}
            <label for="hope-words">"A sentence, if you like"</label>
            <textarea
                id="hope-words"
                rows="3"
                prop:value=move || draft.with(|d| d.words.clone())
                on:input=move |ev| {
                    let words = event_target_value(&ev);
                    draft.update(|d| d.words = words);
                }
            ></textarea>
            <Problems problems />
            <button type="submit" class="primary">"Save my answers"</button>
        </form>
        {move || answers.with(|a| (!a.is_empty()).then(|| view! { <Answers answers=a.clone() /> }))}
    }
}

/// Never, weekly or whenever the client likes.
#[component]
fn AskMeChoice() -> impl IntoView {
    let harbour = use_harbour();
    let chosen = RwSignal::new(harbour.act(choice).ask);
    let feedback = Feedback::new();
    let options = [
        (AskMe::Never, "Don't ask me: they are here when I want them"),
        (
            AskMe::Weekly,
            "Once a week: home offers them when a week has passed",
        ),
        (AskMe::WheneverILike, "Whenever I like"),
    ]
    .map(|(ask, words)| {
        view! {
            <label class="check">
                <input
                    type="radio"
                    name="hope-ask"
                    prop:checked=move || chosen.get() == ask
                    on:change=move |_| {
                        feedback.after(harbour.act(|p| choose(p, ask)));
                        chosen.set(ask);
                    }
                />
                <span>{words}</span>
            </label>
        }
    });
    view! {
        <fieldset>
            <legend>"When would you like these questions?"</legend>
            {options.collect_view()}
        </fieldset>
        <FeedbackLine feedback />
    }
}

/// The answers so far, newest first: the same questions over time, each as the client gave it.
#[component]
fn Answers(answers: Vec<HopeRating>) -> impl IntoView {
    let cell = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_default();
    let rows = answers
        .into_iter()
        .map(|r| {
            let [hope, control, chances] = r.answers();
            view! {
                <tr>
                    <th scope="row">{full_day_label(r.at.date_naive())}</th>
                    <td>{cell(hope)}</td>
                    <td>{cell(control)}</td>
                    <td>{cell(chances)}</td>
                    <td>{r.words}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>"Your answers so far"</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Your answers so far">
            <table class="numbers">
                <caption>"Each time you answered, newest first (1 to 5)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Day"</th>
                        <th scope="col">"Hopeful"</th>
                        <th scope="col">"In charge"</th>
                        <th scope="col">"Chances"</th>
                        <th scope="col">"In your words"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
