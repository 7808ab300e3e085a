//! The "My data" screen: deleting everything, after a clear confirmation.

use super::{
    delete_everything, remove_set_aside_copies, set_aside_copies, set_aside_line, space_line,
    space_used,
};
use crate::backup::page::{KeepABackup, RestoreABackup};
use crate::paths::{HOME, LOCK};
use crate::platform::{persistence, set_title};
use crate::state::{use_harbour, LockShown};
use crate::ui::{Confirm, Feedback, FeedbackLine};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn MyDataRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/my-data") view=crate::on_demand!(sharing, MyDataPage) /> }
        .into_inner()
}

/// Where deleting everything is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Deleting {
    NotAsked,
    Confirming,
    Done,
}

#[component]
pub fn MyDataPage() -> impl IntoView {
    set_title("My data");
    let harbour = use_harbour();
    let step = RwSignal::new(Deleting::NotAsked);
    let feedback = Feedback::new();
    let delete = move |()| {
        // The offline app itself holds nothing personal and stays, so Help now still opens
        // with no signal afterwards.
        if feedback.after(harbour.change(delete_everything)).is_some() {
            step.set(Deleting::Done);
        }
    };
    view! {
        <h1>"My data"</h1>
        <p class="lead">
            "Everything you write in Harbour stays on this phone, and nothing is sent anywhere "
            "unless you choose."
        </p>
        <FeedbackLine feedback />
        <LockHarbour />
        <SafeOnThisPhone />
        <KeepABackup />
        <RestoreABackup />
        <SetAside />
        <section class="delete-everything" aria-labelledby="delete-everything">
            <h2 id="delete-everything">"Delete all my data"</h2>
            {move || match step.get() {
                Deleting::NotAsked => view! {
                    <p>
                        "Removes your check-ins, cards, notes, practitioner and people from this "
                        "phone. Harbour itself stays, so Help now still opens with no signal."
                    </p>
                    <button type="button" on:click=move |_| step.set(Deleting::Confirming)>
                        "Delete all my data"
                    </button>
                }
                .into_any(),
                Deleting::Confirming => view! {
                    <Confirm
                        question="Delete everything?"
                        said="This deletes everything you have kept in Harbour on this phone, \
                              for good. It can't be brought back, unless you have a backup."
                        yes="Yes, delete everything"
                        no="Keep my data"
                        on_yes=delete
                        on_no=move |()| step.set(Deleting::NotAsked)
                    />
                }
                .into_any(),
                Deleting::Done => view! {
                    <p role="status">"Everything Harbour kept on this phone is deleted."</p>
                    <p>
                        "Harbour itself is still here, with Help now, even with no signal. To "
                        "remove it too, remove it from your home screen, or clear this site's "
                        "data in your browser's settings."
                    </p>
                    <A href=HOME attr:class="button">"Home"</A>
                }
                .into_any(),
            }}
        </section>
    }
}

/// Whether Harbour is locked, and the way to the lock's screen.
#[component]
fn LockHarbour() -> impl IntoView {
    let lock = use_harbour().lock;
    let on = move || matches!(lock.get(), LockShown::Open { .. });
    view! {
        <section aria-labelledby="lock-heading">
            <h2 id="lock-heading">"Lock Harbour"</h2>
            <p>
                {move || if on() {
                    "The lock is on: Harbour asks for your passcode when it opens, and what it \
                     keeps is scrambled."
                } else {
                    "Anyone who can open this phone can open Harbour, too, unless you lock it \
                     with a passcode."
                }}
            </p>
            <A href=LOCK attr:class="button">
                {move || if on() { "Change the lock" } else { "Lock Harbour with a passcode" }}
            </A>
        </section>
    }
}

/// Whether the browser keeps Harbour's data safe, how much of its space is used, and what
/// to do if it is not kept.
#[component]
fn SafeOnThisPhone() -> impl IntoView {
    let used = use_harbour().act(space_used).map(space_line).ok();
    let persisted = RwSignal::new(None::<Option<bool>>);
    spawn_local(async move { persisted.set(Some(persistence::is_persisted().await)) });
    view! {
        <section class="kept" aria-labelledby="kept-heading">
            <h2 id="kept-heading">"Kept safe on this phone"</h2>
            {used.map(|line| view! { <p>{line}</p> })}
            <p role="status">
                {move || match persisted.get() {
                    None => "",
                    Some(Some(true)) => "This browser has agreed to keep Harbour's data, even when the phone is short of space.",
                    Some(_) => "This browser hasn't promised to keep Harbour's data: it may clear it if the phone runs short of space, or on an iPhone after a week without opening Harbour.",
                }}
            </p>
            <Show when=move || persisted.get().is_some_and(|p| p != Some(true))>
                <p>
                    "On an iPhone, add Harbour to your home screen (Share, then Add to Home "
                    "Screen) and open it from there: data there is kept. On any phone, a backup "
                    "keeps a copy safe."
                </p>
            </Show>
        </section>
    }
}

/// Copies of what could not be read take Harbour's space: once a backup holds them, the
/// client can remove them to make room.
#[component]
fn SetAside() -> impl IntoView {
    let harbour = use_harbour();
    let copies = RwSignal::new(harbour.act(set_aside_copies).unwrap_or_default());
    let confirming = RwSignal::new(false);
    let feedback = Feedback::new();
    let remove = move |()| {
        confirming.set(false);
        if feedback
            .after(harbour.act(remove_set_aside_copies))
            .is_some()
        {
            copies.set((0, 0));
        }
    };
    view! {
        <Show when=move || { copies.get().0 > 0 }>
            <section class="set-aside" aria-labelledby="set-aside-heading">
                <h2 id="set-aside-heading">"Kept to one side"</h2>
                <p>
                    {move || {
                        let (count, chars) = copies.get();
                        set_aside_line(count, chars)
                    }}
                </p>
                <p>"A backup includes them. After saving one, you can remove them here to make room."</p>
                <FeedbackLine feedback />
                {move || if confirming.get() {
                    view! {
                        <Confirm
                            question="Remove what was kept to one side?"
                            said="Only the copies that couldn't be read go. Your check-ins, cards and everything else stay."
                            yes="Yes, remove them"
                            no="Keep them"
                            on_yes=remove
                            on_no=move |()| confirming.set(false)
                        />
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| confirming.set(true)>
                            "Remove them to make room"
                        </button>
                    }
                    .into_any()
                }}
            </section>
        </Show>
    }
}
