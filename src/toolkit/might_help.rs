//! "What might help now", after a check-in is saved: the client's own cards that fit (or,
//! when none does, their pinned cards and the way into the toolkit), with
//! "I tried this" and, then or later, whether it helped. The answers are kept with the
//! check-in, and teach each card's "helped 4 of the last 6 times".

use super::card::Card;
use super::suggest;
use crate::checkin::{actions, CheckIn};
use crate::kernel::tried::{Helped, SkillTried};
use crate::paths;
use crate::state::{use_harbour, Harbour};
use crate::ui::{Caution, Feedback, FeedbackLine, HelpNowOffer};
use leptos::prelude::*;
use leptos_router::components::A;

/// Notes what was tried with a check-in. The screen changes only once kept; otherwise the
/// message says why.
fn note(
    harbour: Harbour,
    checkin: RwSignal<CheckIn>,
    card: &str,
    helped: Option<Helped>,
    feedback: Feedback,
) {
    let noted =
        checkin.with_untracked(|c| harbour.act(|p| actions::note_tried(p, c, card, helped)));
    if let Some(Some(changed)) = feedback.after(noted) {
        checkin.set(changed);
    }
}

#[component]
pub fn MightHelp(checkin: CheckIn) -> impl IntoView {
    let harbour = use_harbour();
    let (cards, fitting, has_cards) = harbour.toolkit.with_untracked(|t| {
        let offer = suggest::after_check_in(t, &checkin);
        let cards: Vec<Card> = offer.cards.into_iter().cloned().collect();
        (cards, offer.fitting, !t.shown().is_empty())
    });
    let help_now = suggest::offer_help_now(&checkin, fitting).then(|| view! { <HelpNowOffer /> });
    let none_fit = (!fitting).then(|| {
        let said = match (has_cards, cards.is_empty()) {
            (false, _) => "Your toolkit is empty for now.",
            (true, true) => "None of your cards are for this feeling at this strength yet.",
            (true, false) => {
                "None of your cards are for this feeling at this strength yet. Your pinned cards:"
            }
        };
        view! { <p>{said}</p> }
    });
    let checkin = RwSignal::new(checkin);
    view! {
        {help_now}
        <section class="might-help" aria-labelledby="might-help-heading">
            <h2 id="might-help-heading">"What might help now"</h2>
            {none_fit}
            <ul class="might-help-cards">
                {cards
                    .into_iter()
                    .map(|card| view! { <li><TriedCard checkin card /></li> })
                    .collect_view()}
            </ul>
            {(!fitting).then(|| view! { <A href=paths::TOOLKIT attr:class="button">"Open my toolkit"</A> })}
        </section>
    }
}

/// One card with "I tried this" and, once tried, "did it help?".
#[component]
pub fn TriedCard(checkin: RwSignal<CheckIn>, card: Card) -> impl IntoView {
    let harbour = use_harbour();
    let feedback = Feedback::new();
    let id = card.id.clone();
    let tried = {
        let id = id.clone();
        move || checkin.with(|c| c.tried.iter().find(|t| t.card == id).cloned())
    };
    let first_step = card.content.steps.first().cloned();
    let caution = card.content.caution();
    let name = card.content.name.clone();
    let mark = {
        let id = id.clone();
        move |_| note(harbour, checkin, &id, None, feedback)
    };
    let answer = move |helped: Helped, current: Option<SkillTried>| {
        let id = id.clone();
        let pressed = current.and_then(|t| t.helped) == Some(helped);
        view! {
            <button
                type="button"
                aria-pressed=pressed.to_string()
                on:click=move |_| note(harbour, checkin, &id, Some(helped), feedback)
            >
                {helped.label()}
            </button>
        }
    };
    let heading = name.clone();
    view! {
        <div class="tried-card">
            <h3>
                <A href=paths::card(&card.id)>{heading}</A>
            </h3>
            {first_step.map(|s| view! { <p class="card-step">{s}</p> })}
            {caution.map(|text| view! { <Caution text /> })}
            {move || match tried() {
                None => view! {
                    <button type="button" on:click=mark.clone()>
                        "I tried this"
                        <span class="visually-hidden">{format!(": {name}")}</span>
                    </button>
                }
                .into_any(),
                Some(current) => view! {
                    <fieldset class="did-it-help">
                        <legend>{format!("Did “{name}” help?")}</legend>
                        {Helped::ALL.map(|h| answer.clone()(h, Some(current.clone()))).collect_view()}
                    </fieldset>
                }
                .into_any(),
            }}
            <FeedbackLine feedback />
        </div>
    }
}

/// The cards tried with an earlier check-in, so the client can say later whether they helped.
#[component]
pub fn TriedWith(checkin: CheckIn) -> impl IntoView {
    let harbour = use_harbour();
    let cards: Vec<Card> = harbour.toolkit.with_untracked(|t| {
        checkin
            .tried
            .iter()
            .filter_map(|tried| t.find(&tried.card).cloned())
            .collect()
    });
    let checkin = RwSignal::new(checkin);
    view! {
        <ul class="tried-with" aria-label="Skills you tried">
            {cards.into_iter().map(|card| view! { <li><TriedCard checkin card /></li> }).collect_view()}
        </ul>
    }
}
