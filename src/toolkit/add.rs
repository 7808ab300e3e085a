//! Adding a card: the library of skills in three groups, each with what it is about, or a
//! blank card for the client's own skill.

use super::library::{in_group, SkillGroup};
use crate::platform::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

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
        {SkillGroup::ALL.into_iter().map(group).collect_view()}
    }
}
