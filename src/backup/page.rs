//! Backup and restore on My data, and the gentle reminder on home.

use super::protected::{protect as protect_text, protected, unprotect};
use super::reminder::{due, last_made, not_now, reminder, set_reminder};
use super::restore::{preview, restore, Preview, Restored};
use super::{make, MAX_FILE_BYTES};
use crate::lock::cipher::Key;
use crate::lock::{passcode_problem, ITERATIONS};
use crate::paths::{HOME, MY_DATA};
use crate::platform::send::{self, Leaving, Sent};
use crate::platform::{files, home_screen};
use crate::platform::{passcode, random_nonce};
use crate::state::use_harbour;
use crate::state::LockShown;
use crate::time::date_label;
use crate::ui::{send_and_say, Feedback, FeedbackLine, FileField, SendWords, TextField};

const CANNOT_PROTECT: &str = "This browser can't protect the file, so no backup was saved. \
    Trying again, or another browser, may help.";
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// Making a backup (protected with a passphrase, if chosen), and whether to be reminded.
#[component]
pub fn KeepABackup() -> impl IntoView {
    let harbour = use_harbour();
    let last = RwSignal::new(harbour.act(last_made));
    let remind = RwSignal::new(harbour.act(reminder).on);
    // With the lock on, a backup is protected unless the client chooses otherwise.
    let protect = RwSignal::new(matches!(
        harbour.lock.get_untracked(),
        LockShown::Open { .. }
    ));
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let feedback = Feedback::new();
    let save = move |download_only: bool| {
        let protect_with = protect.get_untracked().then(|| passphrase.get_untracked());
        if let Some(problem) = protect_with
            .as_deref()
            .and_then(|p| passcode_problem(p, &again.get_untracked(), "passphrase"))
        {
            feedback.problem_words(problem);
            return;
        }
        let Some(mut made) = feedback.after(harbour.act(make)) else {
            return;
        };
        last.set(harbour.act(last_made));
        spawn_local(async move {
            if let Some(passphrase) = protect_with {
                feedback.say("Protecting the file…");
                let Some((key, salt)) =
                    passcode::derive_with_new_salt(&passphrase, ITERATIONS).await
                else {
                    feedback.problem_words(CANNOT_PROTECT);
                    return;
                };
                made.text = protect_text(&made.text, &Key(key), &salt, ITERATIONS, random_nonce());
            }
            let file = Leaving::file(made.file_name.clone(), made.text);
            let downloaded = SendWords::new(
                format!(
                    "Your backup is saved in your downloads as {}. Move it somewhere that isn't \
                     only this phone.",
                    made.file_name
                ),
                "This browser wouldn't save the file. Trying again, or another browser, may help.",
            );
            if download_only {
                return send_and_say(send::download(file), feedback, downloaded, || ());
            }
            match send::share_file(file.clone()).await {
                Sent::Yes => feedback.say(format!(
                    "Your backup, {}, went to the app you chose. Check it arrived there.",
                    file.file_name
                )),
                Sent::Closed => {
                    feedback.say("Not saved: you closed the share menu, so nothing left the phone.")
                }
                // Where the phone can't share files, it goes to downloads.
                Sent::Refused => send_and_say(send::download(file), feedback, downloaded, || ()),
            }
        });
    };
    let on_remind = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        if let Some(kept) = feedback.after(harbour.act(|p| set_reminder(p, on))) {
            remind.set(kept.on);
        }
    };
    view! {
        <section class="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Keep a backup"</h2>
            <p>
                "One file with everything Harbour keeps. Save it somewhere that isn't only this "
                "phone, like your files online or an email to yourself, so a lost or broken phone "
                "doesn't take your check-ins and cards with it."
            </p>
            <label class="check">
                <input type="checkbox" prop:checked=move || protect.get() on:change=move |ev| protect.set(event_target_checked(&ev)) />
                <span>"Protect the file with a passphrase"</span>
            </label>
            {move || if protect.get() {
                view! {
                    <div class="lock-form">
                        <p>
                            "Only this passphrase opens the file. No one can get it back if it is "
                            "forgotten, not even Harbour: keep it somewhere safe."
                        </p>
                        <TextField
                            id="backup-passphrase"
                            label="Passphrase for this backup"
                            hint="At least 6 numbers, or a phrase of at least 8 letters."
                            kind="password"
                            value=passphrase
                            on_input=move |text| passphrase.set(text)
                        />
                        <TextField
                            id="backup-passphrase-again"
                            label="The same passphrase again"
                            kind="password"
                            value=again
                            on_input=move |text| again.set(text)
                        />
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <p class="caution">
                        "Without a passphrase the file holds your own words as plain text: anyone "
                        "who gets the file can read it, so keep it somewhere private."
                    </p>
                }
                .into_any()
            }}
            <p>
                {move || match last.get() {
                    Some(at) => format!("Your last backup from this phone was made on {}.", date_label(&at)),
                    None => "You haven't made a backup on this phone yet.".into(),
                }}
            </p>
            <div class="save-choice">
                <button type="button" aria-describedby="save-backup-how" on:click=move |_| save(false)>
                    "Save a backup"
                </button>
                <p id="save-backup-how" class="hint">
                    "Opens your phone's share menu: choose your files online, email or another app."
                </p>
            </div>
            <div class="save-choice">
                <button
                    type="button"
                    class="secondary"
                    aria-describedby="download-backup-how"
                    on:click=move |_| save(true)
                >
                    "Download the file instead"
                </button>
                <p id="download-backup-how" class="hint">
                    "Puts the file in this phone's Downloads, for you to move somewhere safe yourself."
                </p>
            </div>
            <FeedbackLine feedback />
            <label class="check">
                <input type="checkbox" prop:checked=move || remind.get() on:change=on_remind />
                "Remind me when my last backup is more than a month old"
            </label>
        </section>
    }
}

/// Where restoring is.
#[derive(Clone, PartialEq)]
enum Step {
    Choosing,
    /// A protected backup: its passphrase first.
    Asking {
        text: String,
        salt: Vec<u8>,
        iterations: u32,
    },
    Previewed {
        text: String,
        preview: Preview,
    },
    Done(Restored),
}

/// Bringing a backup back: what the file holds first, then only what this phone lacks.
#[component]
pub fn RestoreABackup() -> impl IntoView {
    let harbour = use_harbour();
    let step = RwSignal::new(Step::Choosing);
    let feedback = Feedback::new();
    let show_preview = move |text: String| {
        if let Some(preview) = feedback.after(harbour.act(|p| preview(p, &text))) {
            step.set(Step::Previewed { text, preview });
        }
    };
    let on_file = move |file: web_sys::File| {
        feedback.clear();
        if file.size() > MAX_FILE_BYTES as f64 {
            feedback.problem(&super::FileProblem::TooBig);
            return;
        }
        spawn_local(async move {
            let Some(text) = files::read_text(file).await else {
                feedback.problem_words(COULD_NOT_READ);
                return;
            };
            match protected(&text) {
                Some(Ok((salt, iterations))) => step.set(Step::Asking {
                    text,
                    salt,
                    iterations,
                }),
                Some(Err(problem)) => feedback.problem(&problem),
                None => show_preview(text),
            }
        });
    };
    let passphrase = RwSignal::new(String::new());
    let opening = RwSignal::new(false);
    let open_protected = move |text: String, salt: Vec<u8>, iterations: u32| {
        if opening.get_untracked() {
            return;
        }
        opening.set(true);
        feedback.say("Opening the backup…");
        spawn_local(async move {
            let key = passcode::derive_key(&passphrase.get_untracked(), &salt, iterations).await;
            opening.set(false);
            passphrase.set(String::new());
            let Some(key) = key else {
                return feedback.problem_words(CANNOT_PROTECT);
            };
            if let Some(inner) = feedback.after(unprotect(&text, &Key(key))) {
                feedback.clear();
                show_preview(inner);
            }
        });
    };
    let add = move |text: String| {
        let restored = feedback.after(harbour.act(|p| restore(p, &text)));
        // Part of a backup may have been added before the phone refused the rest.
        harbour.reread();
        if let Some(restored) = restored {
            step.set(Step::Done(restored));
        }
    };
    view! {
        <section class="restore" aria-labelledby="restore-heading">
            <h2 id="restore-heading">"Restore from a backup"</h2>
            <p>
                "Choose a backup file. Harbour shows what it holds before changing anything, "
                "then adds only what this phone doesn't have: nothing here is replaced."
            </p>
            <Show when=home_screen::apart_from_home_screen>
                <p class="apart" role="note">
                    "This is Safari. On iPhone, Harbour on your home screen keeps its own copy, "
                    "apart from Safari's: to restore there, open Harbour from your home screen "
                    "and choose the file in My data."
                </p>
            </Show>
            <FeedbackLine feedback />
            {move || match step.get() {
                Step::Choosing => view! {
                    <FileField id="backup-file" label="Choose a backup file" accept=".json,application/json" on_file />
                }
                .into_any(),
                Step::Asking { text, salt, iterations } => view! {
                    <form class="lock-form" on:submit=move |ev| {
                        ev.prevent_default();
                        open_protected(text.clone(), salt.clone(), iterations);
                    }>
                        <p>"This backup is protected. Its passphrase opens it; nothing is changed until you choose."</p>
                        <TextField
                            id="restore-passphrase"
                            label="The backup's passphrase"
                            kind="password"
                            value=passphrase
                            on_input=move |text| passphrase.set(text)
                        />
                        <button type="submit" disabled=move || opening.get()>"Open the backup"</button>
                        <button type="button" class="secondary" on:click=move |_| step.set(Step::Choosing)>
                            "Cancel"
                        </button>
                    </form>
                }
                .into_any(),
                Step::Previewed { text, preview } => {
                    let nothing_new = preview.would.added.is_empty();
                    view! {
                        <BackupPreview preview=preview />
                        {if nothing_new {
                            view! {
                                <button type="button" on:click=move |_| step.set(Step::Choosing)>
                                    "Done"
                                </button>
                            }
                            .into_any()
                        } else {
                            view! {
                                <button type="button" on:click=move |_| add(text.clone())>
                                    "Add these to Harbour"
                                </button>
                                <button type="button" class="secondary" on:click=move |_| step.set(Step::Choosing)>
                                    "Cancel"
                                </button>
                            }
                            .into_any()
                        }}
                    }
                    .into_any()
                }
                Step::Done(restored) => view! {
                    <p role="status">"Added to Harbour: " {restored.added.lines().join(", ")} "."</p>
                    <KeptMine restored=restored />
                    <A href=HOME attr:class="button">"Home"</A>
                }
                .into_any(),
            }}
        </section>
    }
}

#[component]
fn BackupPreview(preview: Preview) -> impl IntoView {
    let holds = preview.holds;
    let span = match (holds.checkins_from, holds.checkins_to) {
        (Some(from), Some(to)) => Some(format!(
            "Check-ins from {} to {}.",
            date_label(&from),
            date_label(&to)
        )),
        _ => None,
    };
    let adds = preview.would.added.lines();
    view! {
        <div class="backup-preview" role="status">
            <h3>{format!("A backup made on {}", date_label(&holds.made))}</h3>
            <p>"It holds:"</p>
            <ul>{holds.counts.lines().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            {span.map(|span| view! { <p>{span}</p> })}
            {if adds.is_empty() {
                view! { <p>"Everything in it is already on this phone, so there is nothing to add."</p> }.into_any()
            } else {
                view! {
                    <p>"Restoring adds:"</p>
                    <ul>{adds.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                }
                .into_any()
            }}
            <KeptMine restored=preview.would />
        </div>
    }
}

/// What stays as it is on this phone, and what this version leaves out.
#[component]
fn KeptMine(restored: Restored) -> impl IntoView {
    let kept = restored.kept_mine_line();
    let left_out = (restored.left_out > 0).then_some(
        "Part of the backup was made by a newer Harbour and is left out. Opening Harbour with \
         signal brings it up to date; restoring again then adds it.",
    );
    view! {
        {kept.map(|line| view! { <p>{line}</p> })}
        {left_out.map(|line| view! { <p>{line}</p> })}
    }
}

/// On home, when the last backup is more than a month old: a gentle line, never a warning.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let harbour = use_harbour();
    let shown = RwSignal::new(harbour.act(due));
    let later = move |_| {
        let _ = harbour.act(not_now);
        shown.set(false);
    };
    view! {
        <Show when=move || shown.get()>
            <aside class="backup-reminder" aria-label="Backup">
                <p>
                    "It's been a while since your last backup. A backup keeps your check-ins and "
                    "cards safe if this phone is lost."
                </p>
                <A href=MY_DATA attr:class="button">"Make a backup"</A>
                <button type="button" class="secondary" on:click=later>"Not now"</button>
            </aside>
        </Show>
    }
}

const COULD_NOT_READ: &str = "Harbour couldn't read that file, so nothing was changed. \
    Choosing it again, or saving it again first, may help.";
