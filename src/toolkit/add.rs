//! Adding a card: a practitioner's own templates (if they keep any on this device), the
//! library of skills in three groups, each with what it is about, or a blank card for the
//! client's own skill.

use super::actions;
use super::card::Card;
use super::library::{in_group, SkillGroup};
use crate::paths;
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::ui::{Feedback, FeedbackLine, SkillItem};
use leptos::prelude::*;
use leptos_router::components::A;

/// The practitioner's templates, with a way to start a card from each and to remove it.
#[component]
fn Templates() -> impl IntoView {
    let harbour = use_harbour();
    let templates = harbour.watch(|p| actions::templates(p).unwrap_or_default());
    let feedback = Feedback::new();
    let template = move |card: Card| {
        let id = card.id.clone();
        let remove_label = format!(": {}", card.content.name);
        let remove = move |_| {
            let mut changed = templates.get_untracked();
            if feedback
                .after(harbour.act(|p| actions::remove_template(p, &mut changed, &id)))
                .is_some()
            {
                templates.set(changed);
            }
        };
        view! {
            <SkillItem
                caution=card.content.caution()
                name=card.content.name
                href=paths::card_from_template(&card.id)
            >
                <button type="button" class="quiet" on:click=remove>
                    "Remove template"
                    <span class="visually-hidden">{remove_label}</span>
                </button>
            </SkillItem>
        }
    };
    view! {
        <Show when=move || templates.with(|t| !t.all().is_empty())>
            <section class="skill-group">
                <h2>"Your templates"</h2>
                <p>"Cards you keep on this device to start clients' cards from."</p>
                <FeedbackLine feedback />
                <ul class="skills">
                    {move || templates.get().all().iter().cloned().map(template).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

#[component]
pub fn AddCardPage() -> impl IntoView {
    set_title("Add a card");
    let group = |group: SkillGroup| {
        view! {
            <section class="skill-group">
                <h2>{group.title()}</h2>
                <p>{group.about()}</p>
                <ul class="skills">
                    {in_group(group)
                        .map(|skill| {
                            view! {
                                <SkillItem
                                    name=skill.name.to_string()
                                    about=skill.about
                                    caution=skill.caution
                                    href=paths::card_from_skill(skill.id)
                                />
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    };
    view! {
        <h1>"Add a card"</h1>
        <p class="lead">"Start from a skill and put it in your own words, or start blank."</p>
        <A href=paths::NEW_CARD attr:class="button primary">
            "My own skill, from a blank card"
        </A>
        <Templates />
        {SkillGroup::ALL.into_iter().map(group).collect_view()}
    }
}
