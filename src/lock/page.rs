//! The lock's screens, fetched only by phones that use it (the `lock` chunk): the locked
//! screen, and "Lock Harbour" in My data to turn it on, change it or turn it off.

use super::actions::{self, LockError, NewLock, PasscodeKey, Unlocked};
use super::cipher::Key;
use super::{passcode_problem, status, LockRecord, Status, AFTER_HIDDEN_CHOICES, ITERATIONS};
use crate::help::page::{Danger, PeopleList, UkLines};
use crate::kernel::Explain;
use crate::paths::MY_DATA;
use crate::platform::{passcode, set_title};
use crate::state::{use_harbour, Harbour, LockShown};
use crate::ui::{Confirm, Feedback, FeedbackLine, TextField};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn LockRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/my-data/lock") view=crate::on_demand!(lock, LockPage) /> }
        .into_inner()
}

/// Locks Harbour when it has been hidden (another app, the screen off) for the client's
/// chosen time: at once as it hides, or when it shows again after long enough.
pub fn lock_when_hidden() {
    let harbour = use_harbour();
    let hidden_at = std::cell::Cell::new(None::<f64>);
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        let now = js_sys::Date::now();
        if hidden {
            hidden_at.set(Some(now));
            harbour.hidden_for(0.0);
        } else if let Some(at) = hidden_at.take() {
            harbour.hidden_for((now - at) / 60_000.0);
        }
    });
}

/// The passcode's key, from a new salt; `None` when the browser cannot make one.
async fn new_passcode_key(passcode: &str) -> Option<PasscodeKey> {
    let (key, salt) = passcode::derive_with_new_salt(passcode, ITERATIONS).await?;
    Some(PasscodeKey {
        key: Key(key),
        salt: salt.to_vec(),
        iterations: ITERATIONS,
    })
}

/// The key `passcode` gives with the lock's stored salt and rounds, to open it.
async fn stored_passcode_key(harbour: Harbour, passcode: &str) -> Result<Key, LockError> {
    let (salt, iterations) = harbour.on_raw_store(|store, _, _| actions::derivation(store))?;
    passcode::derive_key(passcode, &salt, iterations)
        .await
        .map(Key)
        .ok_or(LockError::BrowserCannot)
}

/// The lock's record as stored now.
fn lock_record(harbour: Harbour) -> Result<LockRecord, LockError> {
    harbour.on_raw_store(|store, _, _| actions::lock_record(store))
}

/// Harbour opens with `cipher`, as the lock's record says.
fn open_with(harbour: Harbour, cipher: super::cipher::Cipher) {
    if let Ok(record) = lock_record(harbour) {
        harbour.unlocked(cipher, &record);
    }
}

/// What shows while Harbour is locked: nothing of the client's, and Help now's lines a tap
/// away.
#[component]
pub fn LockedScreen() -> impl IntoView {
    set_title("Locked");
    let harbour = use_harbour();
    let typed = RwSignal::new(String::new());
    let feedback = Feedback::new();
    let working = RwSignal::new(false);
    let help_shown = RwSignal::new(false);
    let damaged = harbour.on_raw_store(|store, _, _| status(store)) == Ok(Status::Damaged);
    let people = harbour.on_raw_store(|store, now, _| actions::readable_people(store, *now));
    let unlock = move || {
        if working.get_untracked() {
            return;
        }
        let passcode = typed.get_untracked();
        working.set(true);
        feedback.say("Opening…");
        spawn_local(async move {
            let opened = match stored_passcode_key(harbour, &passcode).await {
                Ok(key) => harbour
                    .on_raw_store(|store, now, nonces| actions::unlock(store, now, &key, nonces)),
                Err(error) => Err(error),
            };
            working.set(false);
            match opened {
                Ok(Unlocked::Open(cipher)) => open_with(harbour, cipher),
                Ok(Unlocked::NowOff) => harbour.lock_turned_off(),
                Err(error) => {
                    typed.set(String::new());
                    feedback.problem(&error);
                }
            }
        });
    };
    view! {
        <h1>"Harbour is locked"</h1>
        <Danger />
        {if damaged {
            view! {
                <p role="alert">{LockError::Damaged.message()}</p>
            }
            .into_any()
        } else {
            view! {
                <form
                    class="lock-form"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        unlock();
                    }
                >
                    <TextField
                        id="passcode"
                        label="Your passcode"
                        kind="password"
                        value=typed
                        on_input=move |text| typed.set(text)
                    />
                    <FeedbackLine feedback />
                    <button type="submit" class="primary" disabled=move || working.get()>
                        "Unlock"
                    </button>
                </form>
            }
            .into_any()
        }}
        <section aria-labelledby="locked-help">
            <h2 id="locked-help">"Need someone now?"</h2>
            {(!people.is_empty()).then(|| view! { <PeopleList list=people /> })}
            {move || {
                if help_shown.get() {
                    view! { <UkLines /> }.into_any()
                } else {
                    view! {
                        <button type="button" on:click=move |_| help_shown.set(true)>
                            "Show Help now's lines"
                        </button>
                    }
                    .into_any()
                }
            }}
        </section>
        <StartAgain />
    }
}

/// A forgotten passcode cannot be got back: starting again, without the data, is the way on.
#[component]
fn StartAgain() -> impl IntoView {
    let harbour = use_harbour();
    let asking = RwSignal::new(false);
    let feedback = Feedback::new();
    let start_again = move |()| {
        let erased = harbour.on_raw_store(|store, _, _| actions::start_again(store));
        if feedback.after(erased).is_some() {
            let _ = window().location().replace("/");
        }
    };
    view! {
        <section aria-labelledby="forgotten">
            <h2 id="forgotten">"Forgotten your passcode?"</h2>
            <p>
                "No one can get it back, not even Harbour: that is what keeps your words "
                "private. You can start again without your data, and restore a backup if you "
                "have one."
            </p>
            <FeedbackLine feedback />
            {move || {
                if asking.get() {
                    view! {
                        <Confirm
                            question="Start again without your data?"
                            said="This deletes everything Harbour kept on this phone, for good. \
                                  A backup you saved can be restored afterwards."
                            yes="Yes, delete it and start again"
                            no="Keep it locked"
                            on_yes=start_again
                            on_no=move |()| asking.set(false)
                        />
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="quiet" on:click=move |_| asking.set(true)>
                            "Start again without my data"
                        </button>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// "Lock Harbour", from My data.
#[component]
pub fn LockPage() -> impl IntoView {
    set_title("Lock Harbour");
    let harbour = use_harbour();
    // Redrawn when the lock goes on or off, not when a choice changes (it would lose focus).
    let open = Memo::new(move |_| matches!(harbour.lock.get(), LockShown::Open { .. }));
    view! {
        <h1>"Lock Harbour"</h1>
        <WhatItDoes />
        {move || {
            match (open.get(), harbour.lock.get_untracked()) {
                (true, LockShown::Open { after_hidden_minutes, people_readable }) => view! {
                    <LockIsOn after_hidden_minutes people_readable />
                }
                .into_any(),
                _ => view! { <TurnOn /> }.into_any(),
            }
        }}
        <p>
            <A href=MY_DATA>"Back to My data"</A>
        </p>
    }
}

#[component]
fn WhatItDoes() -> impl IntoView {
    view! {
        <p class="lead">
            "With the lock on, Harbour asks for your passcode when it opens, and what it keeps "
            "on this phone is scrambled so that only your passcode opens it."
        </p>
        <h2>"What it protects against"</h2>
        <ul>
            <li>"Someone picking up or borrowing your phone and opening Harbour."</li>
            <li>"Someone copying the browser's files off the phone."</li>
        </ul>
        <h2>"What it can't protect against"</h2>
        <ul>
            <li>"Someone who has seen or guessed your passcode."</li>
            <li>"Someone who picks up the phone while Harbour is open and unlocked."</li>
            <li>"Files you saved or shared from Harbour, unless a backup has its own passphrase."</li>
        </ul>
    }
}

/// The choice of how long Harbour may be hidden before it locks.
#[component]
fn AfterHidden(
    chosen: RwSignal<u32>,
    #[prop(optional)] on_choose: Option<Callback<u32>>,
) -> impl IntoView {
    let option = move |minutes: u32| {
        let label = match minutes {
            0 => "At once".to_string(),
            1 => "After 1 minute".to_string(),
            n => format!("After {n} minutes"),
        };
        view! {
            <label class="check">
                <input
                    type="radio"
                    name="after-hidden"
                    prop:checked=move || chosen.get() == minutes
                    on:change=move |_| {
                        chosen.set(minutes);
                        if let Some(on_choose) = on_choose {
                            on_choose.run(minutes);
                        }
                    }
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <fieldset>
            <legend>"Lock when Harbour has been out of sight (another app, or the screen off)"</legend>
            {AFTER_HIDDEN_CHOICES.into_iter().map(option).collect_view()}
        </fieldset>
    }
}

#[component]
fn PeopleReadable(
    chosen: RwSignal<bool>,
    #[prop(optional)] on_choose: Option<Callback<bool>>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || chosen.get()
                on:change=move |ev| {
                    let readable = event_target_checked(&ev);
                    chosen.set(readable);
                    if let Some(on_choose) = on_choose {
                        on_choose.run(readable);
                    }
                }
            />
            <span>
                "Show my people on the locked screen, so I can reach them without the passcode. "
                "Anyone holding the phone could see their names and numbers."
            </span>
        </label>
    }
}

/// Two boxes for a new passcode, and the rule it must keep.
#[component]
fn NewPasscode(first: RwSignal<String>, again: RwSignal<String>) -> impl IntoView {
    view! {
        <TextField
            id="new-passcode"
            label="New passcode"
            hint="At least 6 numbers, or a phrase of at least 8 letters."
            kind="password"
            value=first
            on_input=move |text| first.set(text)
        />
        <TextField
            id="new-passcode-again"
            label="The same passcode again"
            kind="password"
            value=again
            on_input=move |text| again.set(text)
        />
    }
}

#[component]
fn TurnOn() -> impl IntoView {
    let harbour = use_harbour();
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let after_hidden = RwSignal::new(1_u32);
    let people_readable = RwSignal::new(false);
    let feedback = Feedback::new();
    let working = RwSignal::new(false);
    let turn_on = move || {
        if working.get_untracked() {
            return;
        }
        let passcode = first.get_untracked();
        if let Some(problem) = passcode_problem(&passcode, &again.get_untracked(), "passcode") {
            feedback.problem_words(problem);
            return;
        }
        working.set(true);
        feedback.say("Turning the lock on…");
        spawn_local(async move {
            let Some((key, data_key)) = new_passcode_key(&passcode)
                .await
                .zip(passcode::random::<32>())
            else {
                working.set(false);
                feedback.problem(&LockError::BrowserCannot);
                return;
            };
            let new = NewLock {
                passcode: key,
                data_key: Key(data_key),
                after_hidden_minutes: after_hidden.get_untracked(),
                people_readable: people_readable.get_untracked(),
            };
            let turned =
                harbour.on_raw_store(|store, _, nonces| actions::turn_on(store, new, nonces));
            working.set(false);
            match turned {
                // The screen turns to "The lock is on." and what can be done with it.
                Ok(cipher) => open_with(harbour, cipher),
                Err(error) => feedback.problem(&error),
            }
        });
    };
    view! {
        <section aria-labelledby="turn-on">
            <h2 id="turn-on">"Turn the lock on"</h2>
            <p class="caution">
                "If you forget your passcode, no one can open what Harbour keeps: not your "
                "practitioner, not Harbour. Save a backup first, so you could start again with it."
            </p>
            <p>
                <A href=MY_DATA>"Save a backup first, in My data"</A>
            </p>
            <form class="lock-form" on:submit=move |ev| {
                ev.prevent_default();
                turn_on();
            }>
                <NewPasscode first again />
                <AfterHidden chosen=after_hidden />
                <PeopleReadable chosen=people_readable />
                <FeedbackLine feedback />
                <button type="submit" class="primary" disabled=move || working.get()>
                    "Turn the lock on"
                </button>
            </form>
        </section>
    }
}

/// The lock is on: lock now, the choices, a new passcode, or turning it off.
#[component]
fn LockIsOn(after_hidden_minutes: u32, people_readable: bool) -> impl IntoView {
    let harbour = use_harbour();
    let after_hidden = RwSignal::new(after_hidden_minutes);
    let people = RwSignal::new(people_readable);
    let choices = Feedback::new();
    let save_choices = move || {
        let chosen = harbour
            .on_raw_store(|store, _, nonces| {
                harbour.with_cipher(|cipher| {
                    actions::choose(
                        store,
                        cipher,
                        nonces,
                        after_hidden.get_untracked(),
                        people.get_untracked(),
                    )
                })
            })
            .and_then(|()| lock_record(harbour));
        if let Some(record) = choices.after(chosen) {
            harbour.lock_choices_changed(&record);
            choices.say("Saved.");
        }
    };
    view! {
        <p role="status">"The lock is on."</p>
        <button type="button" class="primary" on:click=move |_| harbour.lock_now()>
            "Lock now"
        </button>
        <section aria-labelledby="lock-choices">
            <h2 id="lock-choices">"When it locks"</h2>
            <AfterHidden chosen=after_hidden on_choose=Callback::new(move |_| save_choices()) />
            <PeopleReadable chosen=people on_choose=Callback::new(move |_| save_choices()) />
            <FeedbackLine feedback=choices />
        </section>
        <ChangePasscode />
        <TurnOff />
    }
}

/// Whether `passcode` is the lock's passcode now: deriving its key is the only way to know.
async fn is_the_passcode(harbour: Harbour, passcode: &str) -> Result<(), LockError> {
    let key = stored_passcode_key(harbour, passcode).await?;
    harbour.on_raw_store(
        |store, now, nonces| match actions::unlock(store, now, &key, nonces)? {
            Unlocked::Open(_) => Ok(()),
            Unlocked::NowOff => Err(LockError::NotOn),
        },
    )
}

#[component]
fn ChangePasscode() -> impl IntoView {
    let harbour = use_harbour();
    let current = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let feedback = Feedback::new();
    let working = RwSignal::new(false);
    let change = move || {
        if working.get_untracked() {
            return;
        }
        let new = first.get_untracked();
        if let Some(problem) = passcode_problem(&new, &again.get_untracked(), "passcode") {
            feedback.problem_words(problem);
            return;
        }
        working.set(true);
        feedback.say("Changing the passcode…");
        spawn_local(async move {
            let changed = match is_the_passcode(harbour, &current.get_untracked()).await {
                Ok(()) => match new_passcode_key(&new).await {
                    Some(key) => harbour.on_raw_store(|store, _, nonces| {
                        harbour.with_cipher(|cipher| {
                            actions::change_passcode(store, cipher, key, nonces())
                        })
                    }),
                    None => Err(LockError::BrowserCannot),
                },
                Err(error) => Err(error),
            };
            working.set(false);
            current.set(String::new());
            if feedback.after(changed).is_some() {
                first.set(String::new());
                again.set(String::new());
                feedback.say("Your passcode is changed.");
            }
        });
    };
    view! {
        <section aria-labelledby="change-passcode">
            <h2 id="change-passcode">"Change the passcode"</h2>
            <form class="lock-form" on:submit=move |ev| {
                ev.prevent_default();
                change();
            }>
                <TextField
                    id="current-passcode"
                    label="Your passcode now"
                    kind="password"
                    value=current
                    on_input=move |text| current.set(text)
                />
                <NewPasscode first again />
                <FeedbackLine feedback />
                <button type="submit" disabled=move || working.get()>
                    "Change the passcode"
                </button>
            </form>
        </section>
    }
}

#[component]
fn TurnOff() -> impl IntoView {
    let harbour = use_harbour();
    let current = RwSignal::new(String::new());
    let feedback = Feedback::new();
    let working = RwSignal::new(false);
    let turn_off = move || {
        if working.get_untracked() {
            return;
        }
        working.set(true);
        feedback.say("Turning the lock off…");
        spawn_local(async move {
            let turned = match is_the_passcode(harbour, &current.get_untracked()).await {
                Ok(()) => harbour.on_raw_store(|store, _, nonces| {
                    harbour.with_cipher(|cipher| actions::turn_off(store, cipher, nonces))
                }),
                Err(error) => Err(error),
            };
            working.set(false);
            current.set(String::new());
            if feedback.after(turned).is_some() {
                harbour.lock_turned_off();
            }
        });
    };
    view! {
        <section aria-labelledby="turn-off">
            <h2 id="turn-off">"Turn the lock off"</h2>
            <p>"What Harbour keeps goes back to plain text on this phone, readable by anyone who opens it."</p>
            <form class="lock-form" on:submit=move |ev| {
                ev.prevent_default();
                turn_off();
            }>
                <TextField
                    id="off-passcode"
                    label="Your passcode"
                    kind="password"
                    value=current
                    on_input=move |text| current.set(text)
                />
                <FeedbackLine feedback />
                <button type="submit" disabled=move || working.get()>
                    "Turn the lock off"
                </button>
            </form>
        </section>
    }
}
