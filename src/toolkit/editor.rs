//! Writing or changing a card. Every change is kept as a draft at once. In a session, the
//! library's description of the skill sits beside the card, to put it in the client's words.

use super::card::{Card, CardProblem};
use super::draft::{keep_draft, load_draft, CardDraft};
use super::library::{self, Skill};
use super::shelf::{self, Shelf};
use crate::app::Harbour;
use crate::app::ProblemList;
use crate::checkin::model::MAX_STRENGTH;
use crate::feelings::toggles::FeelingToggles;
use crate::platform::{new_id, now, set_title};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

#[component]
pub fn NewCardPage() -> impl IntoView {
    set_title("New card");
    let harbour = expect_context::<Harbour>();
    let (skill, template) = use_query_map().with_untracked(|q| (q.get("skill"), q.get("template")));
    let template = template.and_then(|id| {
        let templates = harbour
            .store(|s| shelf::load_from(s, Shelf::TEMPLATES))
            .ok()?;
        templates.find(&id).cloned()
    });
    let fresh = match template {
        Some(template) => CardDraft::from_template(&template),
        None => CardDraft::starting_from(skill.and_then(|id| library::skill(&id))),
    };
    view! { <CardEditor fresh existing=None /> }
}

#[component]
pub fn ChangeCardPage() -> impl IntoView {
    set_title("Change a card");
    let harbour = expect_context::<Harbour>();
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    match harbour.toolkit.with_untracked(|t| t.find(&id).cloned()) {
        Some(card) => {
            view! { <CardEditor fresh=CardDraft::editing(&card) existing=Some(card) /> }.into_any()
        }
        None => super::view::card_not_found().into_any(),
    }
}

#[derive(Clone, Copy)]
struct Editor {
    harbour: Harbour,
    draft: RwSignal<CardDraft>,
    problems: RwSignal<Vec<String>>,
}

impl Editor {
    fn change(&self, edit: impl FnOnce(&mut CardDraft)) {
        self.draft.update(edit);
        self.problems.set(Vec::new());
        // A draft that cannot be kept is still on screen; saving says plainly if room is short.
        let _ = self
            .draft
            .with_untracked(|d| self.harbour.store(|s| keep_draft(s, Some(d))));
    }

    fn save(&self, existing: Option<&Card>) -> Option<String> {
        let in_session = self.harbour.session.with_untracked(Option::is_some);
        let made_together = match existing {
            Some(card) => card.content.made_together,
            None => in_session.then(now),
        };
        let content = match self.draft.with_untracked(|d| d.to_content(made_together)) {
            Ok(content) => content,
            Err(problems) => {
                self.problems
                    .set(problems.iter().map(CardProblem::message).collect());
                return None;
            }
        };
        let card = match existing {
            Some(card) => Card {
                content,
                ..card.clone()
            },
            None => Card::new(new_id(), content),
        };
        let id = card.id.clone();
        match self.harbour.change_toolkit(|s, t| shelf::save(s, t, card)) {
            Ok(()) => {
                let _ = self.harbour.store(|s| keep_draft(s, None));
                self.harbour.touched_in_session(&id);
                Some(id)
            }
            Err(e) => {
                self.problems.set(vec![e.message().to_string()]);
                None
            }
        }
    }
}

/// The editor's typed fields.
#[derive(Clone, Copy)]
enum Text {
    Name,
    Situations,
    Steps,
    Why,
    Links,
}

impl Text {
    fn of(self, d: &CardDraft) -> &String {
        match self {
            Text::Name => &d.name,
            Text::Situations => &d.situations,
            Text::Steps => &d.steps,
            Text::Why => &d.why,
            Text::Links => &d.links,
        }
    }

    fn of_mut(self, d: &mut CardDraft) -> &mut String {
        match self {
            Text::Name => &mut d.name,
            Text::Situations => &mut d.situations,
            Text::Steps => &mut d.steps,
            Text::Why => &mut d.why,
            Text::Links => &mut d.links,
        }
    }
}

#[component]
fn CardEditor(fresh: CardDraft, existing: Option<Card>) -> impl IntoView {
    let harbour = expect_context::<Harbour>();
    let kept = harbour.store(load_draft).ok().flatten();
    let editor = Editor {
        harbour,
        draft: RwSignal::new(CardDraft::resume(kept, fresh)),
        problems: RwSignal::new(Vec::new()),
    };
    let skill = editor
        .draft
        .with_untracked(|d| d.skill.clone())
        .and_then(|id| library::skill(&id));
    let navigate = use_navigate();
    let is_change = existing.is_some();
    let cancel_to = existing
        .as_ref()
        .map(|c| format!("/toolkit/{}", c.id))
        .unwrap_or_else(|| "/toolkit/add".into());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(id) = editor.save(existing.as_ref()) {
            navigate(&format!("/toolkit/{id}"), Default::default());
        }
    };
    let text = move |field: Text| {
        (
            move || editor.draft.with(|d| field.of(d).clone()),
            move |ev| {
                let value = event_target_value(&ev);
                editor.change(|d| *field.of_mut(d) = value);
            },
        )
    };
    let (name, on_name) = text(Text::Name);
    let (situations, on_situations) = text(Text::Situations);
    let (steps, on_steps) = text(Text::Steps);
    let (why, on_why) = text(Text::Why);
    let (links, on_links) = text(Text::Links);
    view! {
        <div class="card-editor-layout">
            {move || {
                harbour
                    .session
                    .with(Option::is_some)
                    .then(|| skill.map(skill_beside))
                    .flatten()
            }}
            <form class="card-editor" novalidate on:submit=on_submit>
                <h1>{if is_change { "Change your card" } else { "Your card" }}</h1>
                <label for="card-name">"Name"</label>
                <input id="card-name" type="text" prop:value=name on:input=on_name />
                <FeelingsFor editor />
                <StrengthRangePicker editor />
                <label for="card-situations">"Situations, in your words"</label>
                <textarea id="card-situations" rows="3" prop:value=situations on:input=on_situations></textarea>
                <label for="card-steps">"The steps, as you would say them"</label>
                <p class="hint" id="steps-hint">"One step on each line."</p>
                <textarea
                    id="card-steps"
                    rows="5"
                    aria-describedby="steps-hint"
                    prop:value=steps
                    on:input=on_steps
                ></textarea>
                <label for="card-why">"Why it helps me"</label>
                <textarea id="card-why" rows="3" prop:value=why on:input=on_why></textarea>
                <label for="card-links">"Links (if you like)"</label>
                <p class="hint" id="links-hint">"A playlist or a video: one web address on each line."</p>
                <textarea
                    id="card-links"
                    rows="2"
                    inputmode="url"
                    aria-describedby="links-hint"
                    prop:value=links
                    on:input=on_links
                ></textarea>
                <ProblemList problems=editor.problems />
                <div class="actions">
                    <button type="submit" class="primary">
                        "Save card"
                    </button>
                    <A href=cancel_to attr:class="button quiet">
                        "Back"
                    </A>
                </div>
            </form>
        </div>
    }
}

/// The library's words for the skill, beside the card in a session.
fn skill_beside(skill: &'static Skill) -> impl IntoView {
    view! {
        <aside class="skill-beside" aria-label="From the library">
            <h2>{skill.name}</h2>
            <p>{skill.about}</p>
            <ul>{skill.starter_steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
        </aside>
    }
}

/// The feelings a card is for, as toggle buttons: the same words as check-ins.
#[component]
fn FeelingsFor(editor: Editor) -> impl IntoView {
    view! {
        <fieldset class="feelings">
            <legend>"Which feelings is it for?"</legend>
            <p class="hint">"Leave them all off if it helps with any feeling."</p>
            <FeelingToggles
                is_picked=move |word| editor.draft.with(|d| d.has_feeling(word))
                toggle=move |word| editor.change(|d| d.toggle_feeling(word))
            />
        </fieldset>
    }
}

/// How strong, as two choices on the check-in scale.
#[component]
fn StrengthRangePicker(editor: Editor) -> impl IntoView {
    let select = move |id: &'static str, label: &'static str, upper: bool| {
        let end = move |d: &CardDraft| if upper { d.to } else { d.from };
        let options = (0..=MAX_STRENGTH)
            .map(|n| {
                view! {
                    <option
                        value=n.to_string()
                        prop:selected=move || editor.draft.with(|d| end(d) == n)
                    >
                        {n}
                    </option>
                }
            })
            .collect_view();
        view! {
            <label for=id>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Ok(n) = event_target_value(&ev).parse::<u8>() {
                        editor.change(|d| if upper { d.to = n } else { d.from = n });
                    }
                }
            >
                {options}
            </select>
        }
    };
    view! {
        <fieldset class="strength-range">
            <legend>"How strong? (0 to 10, as in check-ins)"</legend>
            <div class="range-row">
                {select("strength-from", "From", false)}
                {select("strength-to", "To", true)}
            </div>
        </fieldset>
    }
}
