//! Adding a card: a practitioner's own templates (if they keep any on this device), the
//! library of skills in three groups, each with what it is about, or a blank card for the
//! client's own skill.

use super::card::Card;
use super::library::{in_group, SkillGroup};
use super::shelf::{self, Shelf, Toolkit};
use crate::app::Harbour;
use crate::platform::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

/// The practitioner's templates, with a way to start a card from each and to remove it.
#[component]
fn Templates() -> impl IntoView {
    let harbour = expect_context::<Harbour>();
    let templates = RwSignal::new(
        harbour
            .store(|s| shelf::load_from(s, Shelf::TEMPLATES))
            .unwrap_or_default(),
    );
    let problem = RwSignal::new(None::<String>);
    let template = move |card: Card| {
        let id = card.id.clone();
        let name = card.content.name.clone();
        let (make_label, remove_label) = (format!(": {name}"), format!(": {name}"));
        view! {
            <li class="skill">
                <h3>{name}</h3>
                <div class="actions">
                    <A href=format!("/toolkit/new?template={}", card.id) attr:class="button">
                        "Make it mine"
                        <span class="visually-hidden">{make_label}</span>
                    </A>
                    <button
                        type="button"
                        class="quiet"
                        on:click=move |_| {
                            let mut changed: Toolkit = templates.get_untracked();
                            match harbour.store(|s| shelf::remove(s, &mut changed, &id)) {
                                Ok(()) => templates.set(changed),
                                Err(e) => problem.set(Some(e.message().to_string())),
                            }
                        }
                    >
                        "Remove template"
                        <span class="visually-hidden">{remove_label}</span>
                    </button>
                </div>
            </li>
        }
    };
    view! {
        <Show when=move || templates.with(|t| !t.all().is_empty())>
            <section class="skill-group">
                <h2>"Your templates"</h2>
                <p>"Cards you keep on this device to start clients' cards from."</p>
                <p class="problem" role="alert">{move || problem.get()}</p>
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
                                <li class="skill">
                                    <h3>{skill.name}</h3>
                                    <p>{skill.about}</p>
                                    <A
                                        href=format!("/toolkit/new?skill={}", skill.id)
                                        attr:class="button"
                                    >
                                        "Make it mine"
                                        <span class="visually-hidden">{format!(": {}", skill.name)}</span>
                                    </A>
                                </li>
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
        <A href="/toolkit/new" attr:class="button primary">
            "My own skill, from a blank card"
        </A>
        <Templates />
        {SkillGroup::ALL.into_iter().map(group).collect_view()}
    }
}
