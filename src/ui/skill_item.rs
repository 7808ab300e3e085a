//! One skill to start a card from: its name, what it is about, and "Make it mine".

use super::Caution;
use leptos::prelude::*;
use leptos_router::components::A;

/// A skill to start a card from (from the library, or a practitioner's template): its name,
/// what it is about, and "Make it mine", with any other actions after it.
#[component]
pub fn SkillItem(
    name: String,
    /// What the skill is about, if there is more to say than its name.
    #[prop(optional)]
    about: Option<&'static str>,
    /// A risk to say before the skill is chosen.
    #[prop(default = None)]
    caution: Option<&'static str>,
    /// The editor, opened to start this card.
    href: String,
    /// More actions, such as removing a template.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let which = format!(": {name}");
    view! {
        <li class="skill">
            <h3>{name}</h3>
            {about.map(|about| view! { <p>{about}</p> })}
            {caution.map(|text| view! { <Caution text /> })}
            <div class="actions">
                <A href=href attr:class="button">
                    "Make it mine"
                    <span class="visually-hidden">{which}</span>
                </A>
                {children.map(|more| more())}
            </div>
        </li>
    }
}
