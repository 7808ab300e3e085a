//! Writing or changing a card. Every change is kept as a draft at once. In a session, the
//! library's description of the skill sits beside the card, to put it in the client's words.

use super::actions::{self, EditorFor};
use super::draft::CardDraft;
use super::library::{self, Skill};
use super::view::CardNotHere;
use crate::feelings::toggles::FeelingToggles;
use crate::kernel::strength::MAX_STRENGTH;
use crate::paths;
use crate::platform::{persistence, set_title};
use crate::state::{use_harbour, Harbour};
use crate::ui::id_param;
use crate::ui::{Caution, NumberChoice, Problems, TextField};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn NewCardPage() -> impl IntoView {
    set_title("New card");
    let (skill, template) = use_query_map().with_untracked(|q| (q.get("skill"), q.get("template")));
    let start = EditorFor::New {
        skill: skill.as_deref(),
        template: template.as_deref(),
    };
    let draft = use_harbour().act(|p| actions::open_editor(p, start));
    view! { <CardEditor draft /> }
}

#[component]
pub fn ChangeCardPage() -> impl IntoView {
    set_title("Change a card");
    let harbour = use_harbour();
    let id = id_param().get_untracked().unwrap_or_default();
    match harbour.toolkit.with_untracked(|t| t.find(&id).cloned()) {
        Some(card) => {
            let draft = harbour.act(|p| actions::open_editor(p, EditorFor::Change(&card)));
            view! { <CardEditor draft /> }.into_any()
        }
        None => view! { <CardNotHere /> }.into_any(),
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
            .with_untracked(|d| self.harbour.act(|p| actions::keep_editor(p, d)));
    }

    fn save(&self) -> Option<String> {
        let draft = self.draft.get_untracked();
        let saved = self.harbour.change(|p, shared| {
            actions::save_card(p, &mut shared.toolkit, &mut shared.session, &draft)
        });
        if saved.is_ok() {
            // Something worth keeping is on the phone now.
            persistence::ask_to_persist();
        }
        saved
            .map_err(|not_done| self.problems.set(not_done.messages()))
            .ok()
    }

    /// One typed part of the card: what it shows, and how typing changes it.
    fn text(
        self,
        read: fn(&CardDraft) -> &String,
        write: fn(&mut CardDraft) -> &mut String,
    ) -> (Signal<String>, Callback<String>) {
        let draft = self.draft;
        (
            Signal::derive(move || draft.with(|d| read(d).clone())),
            Callback::new(move |typed: String| self.change(|d| *write(d) = typed)),
        )
    }
}

#[component]
fn CardEditor(draft: CardDraft) -> impl IntoView {
    let harbour = use_harbour();
    let skill = draft.skill.as_deref().and_then(library::skill);
    let is_change = draft.editing.is_some();
    let back_to = match &draft.editing {
        Some(id) => paths::card(id),
        None => paths::ADD_CARD.into(),
    };
    let editor = Editor {
        harbour,
        draft: RwSignal::new(draft),
        problems: RwSignal::new(Vec::new()),
    };
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(id) = editor.save() {
            harbour.said_on_arrival.set(Some("Saved."));
            navigate(&paths::card(&id), Default::default());
        }
    };
    let (name, on_name) = editor.text(|d| &d.name, |d| &mut d.name);
    let (situations, on_situations) = editor.text(|d| &d.situations, |d| &mut d.situations);
    let (steps, on_steps) = editor.text(|d| &d.steps, |d| &mut d.steps);
    let (why, on_why) = editor.text(|d| &d.why, |d| &mut d.why);
    let (links, on_links) = editor.text(|d| &d.links, |d| &mut d.links);
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
                <TextField id="card-name" label="Name" value=name on_input=on_name />
                {move || {
                    // In a session the skill beside the card already says it.
                    let beside = skill.is_some() && harbour.session.with(Option::is_some);
                    let caution = editor.draft.with(CardDraft::caution);
                    caution.filter(|_| !beside).map(|text| view! { <Caution text /> })
                }}
                <FeelingsFor editor />
                <StrengthRangePicker editor />
                <TextField
                    id="card-situations"
                    label="Situations, in your words"
                    rows=3
                    value=situations
                    on_input=on_situations
                />
                <TextField
                    id="card-steps"
                    label="The steps, as you would say them"
                    hint="One step on each line."
                    rows=5
                    value=steps
                    on_input=on_steps
                />
                <TextField id="card-why" label="Why it helps me" rows=3 value=why on_input=on_why />
                <TextField
                    id="card-links"
                    label="Links (if you like)"
                    hint="A playlist or a video: one web address on each line."
                    rows=2
                    inputmode="url"
                    value=links
                    on_input=on_links
                />
                <Problems problems=editor.problems />
                <div class="actions">
                    <button type="submit" class="primary">
                        "Save card"
                    </button>
                    <A href=back_to attr:class="button quiet">
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
            {skill.caution.map(|text| view! { <Caution text /> })}
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
        view! {
            <NumberChoice
                id=id
                label=label
                numbers=0..=MAX_STRENGTH
                chosen=Signal::derive(move || editor.draft.with(end))
                on_choose=move |n| editor.change(|d| if upper { d.to = n } else { d.from = n })
            />
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
