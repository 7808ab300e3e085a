//! The "My data" screen: deleting everything, after a clear confirmation.

use super::delete_everything;
use crate::feelings::OwnWords;
use crate::platform::{offline_copy, set_title};
use crate::state::use_harbour;
use crate::toolkit::shelf::Toolkit;
use crate::ui::Alert;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn MyDataRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/my-data") view=MyDataPage /> }.into_inner()
}

/// Where deleting everything is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Deleting {
    NotAsked,
    Confirming,
    Done,
}

#[component]
fn MyDataPage() -> impl IntoView {
    set_title("My data");
    let harbour = use_harbour();
    let step = RwSignal::new(Deleting::NotAsked);
    let problem = RwSignal::new(None::<String>);
    let delete = move |_| match harbour.change(|p, shared| {
        let deleted = delete_everything(p);
        shared.toolkit = Toolkit::default();
        shared.session = None;
        deleted
    }) {
        Ok(_) => {
            harbour.own_words.set(OwnWords::default());
            step.set(Deleting::Done);
            spawn_local(async move {
                if !offline_copy::forget().await {
                    problem.set(Some(OFFLINE_COPY_STAYED.into()));
                }
            });
        }
        Err(e) => problem.set(Some(format!("{} Nothing was deleted.", e.message()))),
    };
    view! {
        <h1>"My data"</h1>
        <p class="lead">
            "Everything you write in Harbour stays on this phone. No one else can see it, and "
            "nothing is sent anywhere unless you choose."
        </p>
        <Alert message=problem />
        <section class="delete-everything" aria-labelledby="delete-everything">
            <h2 id="delete-everything">"Delete all my data"</h2>
            {move || match step.get() {
                Deleting::NotAsked => view! {
                    <p>
                        "Removes your check-ins, cards, notes, practitioner and people from this "
                        "phone, and Harbour's offline copy."
                    </p>
                    <button type="button" on:click=move |_| step.set(Deleting::Confirming)>
                        "Delete all my data"
                    </button>
                }
                .into_any(),
                Deleting::Confirming => view! {
                    <div class="confirm" role="group" aria-label="Delete everything?">
                        <p>
                            "This deletes everything Harbour keeps on this phone, for good. It "
                            "can't be brought back. Harbour opens again next time you have signal."
                        </p>
                        <div class="actions">
                            <button type="button" on:click=delete>"Yes, delete everything"</button>
                            <button type="button" class="primary" on:click=move |_| step.set(Deleting::NotAsked)>
                                "Keep my data"
                            </button>
                        </div>
                    </div>
                }
                .into_any(),
                Deleting::Done => view! {
                    <p role="status">"Everything Harbour kept on this phone is deleted."</p>
                    <A href="/" attr:class="button">"Home"</A>
                }
                .into_any(),
            }}
        </section>
    }
}

const OFFLINE_COPY_STAYED: &str = "Your data is deleted, but this browser kept part of \
    Harbour's offline copy. Clearing this site's data in the browser's settings removes it.";
