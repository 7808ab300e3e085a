//! "My practitioner": the details asking to come back uses, where they came from, and a way
//! to type, change or remove any of them. Reached from home, My toolkit and Help now.

use super::mine::{self, MyPractitioner};
use super::{Channel, Contact};
use crate::paths::{HELP, HOME};
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::ui::{Confirm, ContactDetails, Feedback, FeedbackLine, Problems, TextField};
use leptos::prelude::*;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn PractitionerRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/practitioner") view=crate::on_demand!(contacts, MyPractitionerPage) /> }.into_inner()
}

/// Where the screen is: looking at the details, changing them, or about to remove them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Looking,
    Changing,
    Removing,
}

#[component]
fn MyPractitionerPage() -> impl IntoView {
    set_title("My practitioner");
    let harbour = use_harbour();
    let (_, worth_checking) = harbour.act(mine::to_show);
    // Read again when another tab changes them; the form, once open, keeps what is typed.
    let kept = harbour.watch(mine::mine);
    let checking = RwSignal::new(worth_checking);
    let mode = RwSignal::new(if kept.with_untracked(Option::is_none) {
        Mode::Changing
    } else {
        Mode::Looking
    });
    let feedback = Feedback::new();
    let still_right = move |_| {
        let Some(current) = kept.get_untracked() else {
            return;
        };
        if let Some(confirmed) = feedback.after(harbour.act(|p| mine::still_right(p, &current))) {
            kept.set(Some(confirmed));
            checking.set(false);
        }
    };
    let remove = move |()| {
        if feedback.after(harbour.act(mine::remove)).is_some() {
            kept.set(None);
            mode.set(Mode::Changing);
        }
    };
    let done = move |saved: Option<MyPractitioner>| {
        if let Some(saved) = saved {
            kept.set(Some(saved));
            checking.set(false);
            feedback.say("Saved.");
        }
        mode.set(Mode::Looking);
    };
    view! {
        <h1>"My practitioner"</h1>
        <p class="lead">
            "The details Harbour uses when you ask to come back. They stay on this phone."
        </p>
        <FeedbackLine feedback />
        {move || match mode.get() {
            // Untracked: a change in another tab never throws away what is being typed here.
            Mode::Changing => {
                let current = kept.get_untracked();
                view! { <ChangeDetails current on_done=done /> }.into_any()
            }
            other => match (other, kept.get()) {
            (_, None) => ().into_any(),
            (Mode::Looking, Some(current)) => view! {
                <ContactDetails contact=current.contact.glance() />
                <p class="hint">{current.where_from()}</p>
                <Show when=move || checking.get()>
                    <div class="gentle-check" role="group" aria-label="Are these still right?">
                        <p>"It's been a while since these were added. Are they still right?"</p>
                        <div class="actions">
                            <button type="button" on:click=still_right>"Yes, still right"</button>
                            <button type="button" on:click=move |_| mode.set(Mode::Changing)>
                                "Change them"
                            </button>
                        </div>
                    </div>
                </Show>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| mode.set(Mode::Changing)>
                        "Change"
                    </button>
                    <button type="button" on:click=move |_| mode.set(Mode::Removing)>
                        "Remove"
                    </button>
                </div>
            }
            .into_any(),
            (Mode::Removing, Some(current)) => view! {
                <Confirm
                    question="Remove these details?"
                    said=format!(
                        "Remove {}'s details from this phone? You can add them again at any time.",
                        current.contact.name,
                    )
                    yes="Yes, remove them"
                    no="Keep them"
                    on_yes=remove
                    on_no=move |()| mode.set(Mode::Looking)
                />
            }
            .into_any(),
            (Mode::Changing, _) => ().into_any(),
            },
        }}
        <p>
            <A href=HOME>"Home"</A>
            " · "
            <A href=HELP>"Help now"</A>
        </p>
    }
}

/// Typing or changing the details. `on_done` gets what was kept, or `None` if the client
/// went back without saving.
#[component]
fn ChangeDetails(
    current: Option<MyPractitioner>,
    #[prop(into)] on_done: Callback<Option<MyPractitioner>>,
) -> impl IntoView {
    let harbour = use_harbour();
    let had_details = current.is_some();
    let start = current.map(|c| c.contact).unwrap_or_default();
    let typed = RwSignal::new(start.clone());
    harbour.holds_unsaved(move || typed.with(|t| *t != start));
    let problems = RwSignal::new(Vec::<String>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let saved = typed.with_untracked(|t| harbour.act(|p| mine::save_typed(p, t)));
        match saved {
            Ok(saved) => on_done.run(Some(saved)),
            Err(not_done) => problems.set(not_done.messages()),
        }
    };
    view! {
        <form class="contact-form" novalidate on:submit=save on:input=move |_| problems.set(Vec::new())>
            {(!had_details).then(|| view! {
                <p>
                    "No details yet. Your practitioner can add them with a hand-over, "
                    "or you can type them in here."
                </p>
            })}
            <ContactFields contact=typed whose=Whose::Theirs />
            <Problems problems />
            <div class="actions">
                <button type="submit" class="primary">"Save"</button>
                {had_details.then(|| view! {
                    <button type="button" on:click=move |_| on_done.run(None)>"Back"</button>
                })}
            </div>
        </form>
    }
}

/// Whose details are being typed, which decides how the fields are worded.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    /// A practitioner's own, to hand over.
    Own,
    /// The client's practitioner's, on the client's phone.
    Theirs,
}

/// The fields of a practitioner's details, for a practitioner typing their own (to hand
/// over) or a client typing their practitioner's.
#[component]
pub fn ContactFields(contact: RwSignal<Contact>, whose: Whose) -> impl IntoView {
    let part = move |read: fn(&Contact) -> &String, write: fn(&mut Contact) -> &mut String| {
        (
            Signal::derive(move || contact.with(|c| read(c).clone())),
            Callback::new(move |text: String| contact.update(|c| *write(c) = text)),
        )
    };
    let (name, on_name) = part(|c| &c.name, |c| &mut c.name);
    let (service, on_service) = part(|c| &c.service, |c| &mut c.service);
    let (phone, on_phone) = part(|c| &c.phone, |c| &mut c.phone);
    let (email, on_email) = part(|c| &c.email, |c| &mut c.email);
    let (replies, on_replies) = part(|c| &c.replies, |c| &mut c.replies);
    let (service_phone, on_service_phone) = part(|c| &c.service_phone, |c| &mut c.service_phone);
    let own = whose == Whose::Own;
    let channel = move |way: Channel| {
        view! {
            <label class="check">
                <input
                    type="radio"
                    name="contact-channel"
                    prop:checked=move || contact.with(|c| c.channel == Some(way))
                    on:change=move |_| contact.update(|c| c.channel = Some(way))
                />
                <span>{way.label()}</span>
            </label>
        }
    };
    view! {
        <fieldset class="contact-fields">
            <legend>
                {if own { "Your details, kept on the client's phone" } else { "Their details" }}
            </legend>
            <TextField
                id="contact-name"
                label=if own { "Your name" } else { "Their name" }
                value=name
                on_input=on_name
            />
            <TextField id="contact-service" label="Service" value=service on_input=on_service />
            <TextField
                id="contact-phone"
                label=if own { "Phone" } else { "Phone, for texts and calls" }
                kind="tel"
                value=phone
                on_input=on_phone
            />
            <TextField id="contact-email" label="Email" kind="email" value=email on_input=on_email />
            <fieldset>
                <legend>
                    {if own {
                        "The way you agreed your client gets in touch"
                    } else {
                        "The way you agreed to get in touch"
                    }}
                </legend>
                {Channel::ALL.map(channel).collect_view()}
            </fieldset>
            <TextField
                id="contact-replies"
                label=if own { "When you usually reply" } else { "When they usually reply" }
                hint="For example: within 2 working days."
                value=replies
                on_input=on_replies
            />
            <TextField
                id="contact-service-number"
                label=if own {
                    "The service's number, for when you are away (if you like)"
                } else {
                    "The service's number, for when they are away (if you like)"
                }
                kind="tel"
                value=service_phone
                on_input=on_service_phone
            />
        </fieldset>
    }
}
