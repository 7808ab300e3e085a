//! The check-in form: pick one or more feelings, say how strong, save. Three taps from home.
//! Every change is kept as a draft on the phone at once, so nothing typed is lost to a
//! reload, a crash, a closed tab or an app update.

use super::{actions, CheckIn, CheckInDraft};
use crate::feelings::add_own_word;
use crate::feelings::toggles::FeelingToggles;
use crate::kernel::strength::MAX_STRENGTH;
use crate::kernel::Explain;
use crate::paths::{HISTORY, MY_URGES};
use crate::platform::{persistence, scroll};
use crate::state::{use_harbour, Harbour};
use crate::toolkit::might_help::MightHelp;
use crate::ui::{HelpNowOffer, Problems};
use crate::urges::{Urge, MAX_LEVEL, STRONG_URGE};
use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;

const WORD_NOT_KEPT: &str = "Your new word is here for now, but there was no room to keep it \
    for next time: Harbour's space on this phone is full. My data shows how to make room.";

/// The form's state, shared by its parts.
#[derive(Clone, Copy)]
struct Form {
    harbour: Harbour,
    draft: RwSignal<CheckInDraft>,
    problems: RwSignal<Vec<String>>,
    saved: RwSignal<Option<CheckIn>>,
}

impl Form {
    fn change(&self, edit: impl FnOnce(&mut CheckInDraft)) {
        self.draft.update(edit);
        self.problems.set(Vec::new());
        // If the draft cannot be kept (a full phone), it is still on screen, and saving will
        // say so plainly; there is nothing more useful to tell the client at each keystroke.
        let _ = self
            .draft
            .with_untracked(|d| self.harbour.act(|p| actions::keep_form(p, d)));
    }

    fn save(&self) {
        let saved = self
            .draft
            .with_untracked(|d| self.harbour.act(|p| actions::save(p, d)));
        match saved {
            Ok(checkin) => {
                self.draft.set(CheckInDraft::default());
                self.saved.set(Some(checkin));
                // Something worth keeping is on the phone now.
                persistence::ask_to_persist();
            }
            Err(not_done) => self.problems.set(not_done.messages()),
        }
    }

    /// Adds a word the client typed and picks it. Returns a kind message if it can't be used.
    fn add_own_word(&self, typed: &str) -> Result<(), String> {
        let added = self
            .harbour
            .change(|p, shared| add_own_word(p, &mut shared.own_words, typed))
            .map_err(|problem| problem.message())?;
        if !added.kept {
            self.harbour.notices.say(WORD_NOT_KEPT.into());
        }
        if !self.draft.with_untracked(|d| d.is_picked(&added.word)) {
            self.change(|d| d.toggle(&added.word));
        }
        Ok(())
    }
}

/// A check-in form, new or changing an earlier check-in.
#[component]
pub fn CheckInForm(
    /// The heading over the form.
    heading: &'static str,
    /// The check-in being changed; none for a new check-in.
    #[prop(optional)]
    editing: Option<CheckIn>,
) -> impl IntoView {
    let harbour = use_harbour();
    let is_change = editing.is_some();
    let form = Form {
        harbour,
        draft: RwSignal::new(harbour.act(|p| actions::open_form(p, editing.as_ref()))),
        problems: RwSignal::new(Vec::new()),
        saved: RwSignal::new(None),
    };
    let picked = Memo::new(move |_| {
        form.draft.with(|d| {
            d.feelings
                .iter()
                .map(|f| f.word.clone())
                .collect::<Vec<_>>()
        })
    });

    view! {
        <Show
            when=move || form.saved.with(Option::is_none)
            fallback=move || view! { <Saved form is_change /> }
        >
            <form
                class="checkin-form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    form.save();
                }
            >
                <h1>{heading}</h1>
                <FeelingChoices form />
                <For each=move || picked.get() key=|word| word.clone() let:word>
                    <StrengthPicker form word />
                </For>
                <Urges form />
                <Extras form />
                <Problems problems=form.problems />
                <Show when=move || {
                    !form.problems.with(Vec::is_empty)
                        && form.draft.with(CheckInDraft::is_hard_moment)
                }>
                    <HelpNowOffer />
                </Show>
                <button type="submit" class="primary">
                    {if is_change { "Save changes" } else { "Save check-in" }}
                </button>
            </form>
        </Show>
    }
}

/// The feeling words as toggle buttons, and a place to add the client's own.
#[component]
fn FeelingChoices(form: Form) -> impl IntoView {
    view! {
        <fieldset class="feelings">
            <legend>"Tap one or more feelings"</legend>
            <FeelingToggles
                is_picked=move |word| form.draft.with(|d| d.is_picked(word))
                toggle=move |word| {
                    form.change(|d| d.toggle(word));
                    // A feeling just picked has its strength choice last: it follows the thumb.
                    if form.draft.with_untracked(|d| d.is_picked(word)) {
                        scroll::bring_last_into_view_soon(STRENGTHS);
                    }
                }
            />
            <OwnWord form />
        </fieldset>
    }
}

#[component]
fn OwnWord(form: Form) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move || match form.add_own_word(&typed.get_untracked()) {
        Ok(()) => {
            typed.set(String::new());
            problem.set(None);
            scroll::bring_last_into_view_soon(STRENGTHS);
        }
        Err(message) => problem.set(Some(message)),
    };
    view! {
        <div class="own-word">
            <label for="own-word">"Or use your own word"</label>
            <div class="own-word-row">
                <input
                    id="own-word"
                    type="text"
                    autocomplete="off"
                    enterkeyhint="done"
                    aria-describedby="own-word-problem"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                    on:keydown=move |ev: KeyboardEvent| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            add();
                        }
                    }
                />
                <button type="button" on:click=move |_| add()>
                    "Add"
                </button>
            </div>
            <p id="own-word-problem" class="problem" aria-live="polite">
                {move || problem.get()}
            </p>
        </div>
    }
}

/// The strength choices, in the order their feelings were picked.
const STRENGTHS: &str = ".checkin-form .strength";

/// 0 to 10 for one picked feeling, as a radio group (arrow keys work; no dragging needed).
/// It comes into view when its feeling is tapped, and Save comes into view when a strength is
/// chosen, so the check-in follows the thumb down the screen.
#[component]
fn StrengthPicker(form: Form, word: String) -> impl IntoView {
    let name = format!("strength-{word}");
    let options = (0..=MAX_STRENGTH)
        .map(|n| {
            let shown = word.clone();
            let chosen = word.clone();
            view! {
                <label class="strength-option">
                    <input
                        type="radio"
                        name=name.clone()
                        value=n.to_string()
                        prop:checked=move || form.draft.with(|d| d.strength_of(&shown) == Some(n))
                        on:change=move |_| {
                            form.change(|d| d.set_strength(&chosen, n));
                            scroll::bring_last_into_view_soon(".checkin-form [type=submit]");
                        }
                    />
                    <span>{n}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="strength">
            <legend>"How strong is “" {word.clone()} "”?"</legend>
            <p class="hint">"0 is not at all. 10 is as strong as it gets."</p>
            <div class="strength-options">{options}</div>
        </fieldset>
    }
}

/// The client's urges, each 0 to 5 with "Did you act on it?", or the way to name them. Most
/// check-ins rate none, so this part comes with the urges' own chunk, fetched when it is first
/// opened (at once when the check-in being changed rated some).
#[component]
fn Urges(form: Form) -> impl IntoView {
    let any_rated = form.draft.with_untracked(|d| !d.urges.is_empty());
    let opened = RwSignal::new(any_rated);
    provide_context(form);
    view! {
        <details class="extras urges" open=any_rated on:toggle=move |_| opened.set(true)>
            <summary>"Urges (if you like)"</summary>
            <Show when=move || opened.get()>{crate::on_demand!(urges, UrgeRatings)}</Show>
        </details>
    }
}

/// The urges the form rates; an urge of 4 or 5 offers Help now at once.
#[component]
fn UrgeRatings() -> impl IntoView {
    let Some(form) = use_context::<Form>() else {
        return ().into_any();
    };
    let urges = form
        .draft
        .with_untracked(|d| form.harbour.act(|p| actions::urges_to_rate(p, d)));
    let none_yet = urges.is_empty();
    let high = move || {
        form.draft.with(|d| {
            d.urges
                .iter()
                .any(|u| u.level.is_some_and(|l| l >= STRONG_URGE))
        })
    };
    view! {
        <Show when=move || none_yet>
            <p class="hint">
                "A diary card can hold up to three urges in your own words, such as “to "
                "stay in bed”, each rated 0 to 5."
            </p>
        </Show>
        {urges.into_iter().map(|urge| view! { <UrgeRating form urge /> }).collect_view()}
        <Show when=high>
            <HelpNowOffer />
        </Show>
        <A href=MY_URGES>{if none_yet { "Name my urges" } else { "Change my urges" }}</A>
    }
    .into_any()
}

/// One urge: 0 to 5, and "Did you act on it?" (Yes, No, or Rather not say).
#[component]
fn UrgeRating(form: Form, urge: Urge) -> impl IntoView {
    let id = urge.id;
    let levels = (0..=MAX_LEVEL)
        .map(|n| {
            let (shown, chosen) = (id.clone(), id.clone());
            view! {
                <label class="strength-option">
                    <input
                        type="radio"
                        name=format!("urge-{id}")
                        value=n.to_string()
                        prop:checked=move || {
                            form.draft.with(|d| d.urge(&shown).and_then(|u| u.level) == Some(n))
                        }
                        on:change=move |_| form.change(|d| d.set_urge_level(&chosen, n))
                    />
                    <span>{n}</span>
                </label>
            }
        })
        .collect_view();
    let answers = [
        (Some(true), "Yes"),
        (Some(false), "No"),
        (None, "Rather not say"),
    ]
    .into_iter()
    .map(|(acted, words)| {
        let (shown, chosen) = (id.clone(), id.clone());
        view! {
            <label class="check">
                <input
                    type="radio"
                    name=format!("acted-{id}")
                    prop:checked=move || {
                        form.draft.with(|d| d.urge(&shown).and_then(|u| u.acted) == acted)
                    }
                    on:change=move |_| form.change(|d| d.set_acted(&chosen, acted))
                />
                <span>{words}</span>
            </label>
        }
    })
    .collect_view();
    view! {
        <fieldset class="strength urge">
            <legend>"The urge “" {urge.name.clone()} "”: how strong?"</legend>
            <p class="hint">"0 is none. 5 is as strong as it gets."</p>
            <div class="strength-options">{levels}</div>
            <fieldset class="acted">
                <legend>"Did you act on it?"</legend>
                {answers}
            </fieldset>
        </fieldset>
    }
}

/// The optional parts: a note, and "bring this to my next session".
#[component]
fn Extras(form: Form) -> impl IntoView {
    let has_extras = form
        .draft
        .with_untracked(|d| !d.note.is_empty() || d.for_next_session);
    view! {
        <details class="extras" open=has_extras>
            <summary>"Add a note (if you like)"</summary>
            <label for="note">"Your note"</label>
            <textarea
                id="note"
                rows="4"
                prop:value=move || form.draft.with(|d| d.note.clone())
                on:input=move |ev| {
                    let note = event_target_value(&ev);
                    form.change(|d| d.note = note);
                }
            ></textarea>
            <label class="check">
                <input
                    type="checkbox"
                    aria-describedby="next-session-hint"
                    prop:checked=move || form.draft.with(|d| d.for_next_session)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        form.change(|d| d.for_next_session = on);
                    }
                />
                <span>"Bring this to my next session"</span>
            </label>
            <p class="hint" id="next-session-hint">
                "Harbour sends nothing by itself, and no one is watching. You share it only if "
                "you choose, from Since my last session."
            </p>
        </details>
    }
}

/// What the client sees once it is saved.
#[component]
fn Saved(form: Form, is_change: bool) -> impl IntoView {
    let heading_ref = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading_ref.get() {
            let _ = heading.focus();
        }
    });
    view! {
        <section class="saved" role="status">
            // The screen's heading now: it takes the place of the form's.
            <h1 tabindex="-1" node_ref=heading_ref>
                {if is_change { "Your changes are saved." } else { "Saved. Thank you for checking in." }}
            </h1>
            <div class="actions">
                <Show when=move || !is_change>
                    <button type="button" on:click=move |_| form.saved.set(None)>
                        "Check in again"
                    </button>
                </Show>
                <A href=HISTORY attr:class="button quiet">
                    "See your check-ins"
                </A>
            </div>
            {form.saved.get_untracked().map(|checkin| {
                if !is_change {
                    view! { <MightHelp checkin /> }.into_any()
                } else {
                    checkin.is_hard_moment().then(|| view! { <HelpNowOffer /> }).into_any()
                }
            })}
        </section>
    }
}
