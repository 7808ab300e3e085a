//! "Ask to come back" in full: the message to change, every way to send it (the one agreed
//! first), the number or address as plain text, the requests kept on the phone, and when to
//! suggest following up.

use super::ask::{way_of, Asking, DidItGo, NotForEmergencies};
use super::links::link_for;
use super::message::{checked, ready_message};
use super::requests::{self, AskWay, Request, Settings, Standing};
use crate::kernel::Explain;
use crate::paths::PRACTITIONER;
use crate::platform::send::{self, Leaving};
use crate::platform::{set_title, share_sheet};
use crate::practitioner::mine;
use crate::practitioner::{Channel, Contact};
use crate::state::use_harbour;
use crate::time::date_label;
use crate::ui::{
    send_and_say, Confirm, Feedback, FeedbackLine, NumberChoice, Problems, SendWords, TextField,
};
use leptos::prelude::*;
use leptos_router::components::{Route, A};
use leptos_router::path;

#[component(transparent)]
pub fn ComeBackRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! { <Route path=path!("/come-back") view=crate::on_demand!(contacts, ComeBackPage) /> }
        .into_inner()
}

#[component]
pub fn ComeBackPage() -> impl IntoView {
    set_title("Ask to come back");
    let harbour = use_harbour();
    let contact = harbour.act(mine::mine).map(|m| m.contact);
    let asking = Asking::new(harbour);
    view! {
        <h1>"Ask to come back"</h1>
        <NotForEmergencies contact=contact.clone() />
        {match contact {
            None => view! {
                <p>
                    "First, add your practitioner's details: they come with a hand-over, "
                    "or you can type them in."
                </p>
                <A href=PRACTITIONER attr:class="button primary">"Add my practitioner"</A>
            }
            .into_any(),
            Some(contact) => view! { <Compose asking contact /> }.into_any(),
        }}
        <History asking />
    }
}

#[component]
fn Compose(asking: Asking, contact: Contact) -> impl IntoView {
    let ready = ready_message(&contact);
    let message = RwSignal::new(ready.clone());
    let ready = StoredValue::new(ready);
    let changed = move || ready.with_value(|ready| message.with(|m| m != ready));
    use_harbour().holds_unsaved(changed);
    let asking_to_start_again = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<String>::new());
    let feedback = asking.feedback;
    // The message as it will go, or the problems with it shown and nothing opened.
    let to_send = move || match message.with_untracked(|m| checked(m)) {
        Ok(text) => Some(text),
        Err(problem) => {
            problems.set(vec![problem.message()]);
            None
        }
    };
    let agreed = contact.way();
    let mut channels: Vec<Channel> = agreed.into_iter().collect();
    channels.extend(Channel::ALL.into_iter().filter(|c| Some(*c) != agreed));
    let way_button = {
        let contact = contact.clone();
        move |channel: Channel| {
            let detail = contact.detail_for(channel)?.to_string();
            let contact = contact.clone();
            let href = move || {
                message
                    .with(|m| checked(m).ok())
                    .and_then(|text| link_for(channel, &contact, &text))
            };
            let shown = href.clone();
            let label = match channel {
                Channel::Text => format!("Send as a text to {detail}"),
                Channel::Email => format!("Send as an email to {detail}"),
                Channel::Call => format!("Call {detail}"),
            };
            let class = if Some(channel) == agreed {
                "button primary"
            } else {
                "button"
            };
            Some(view! {
                <a
                    class=class
                    href=move || shown().unwrap_or_default()
                    on:click=move |ev| match (to_send(), href()) {
                        (Some(text), Some(_)) => asking.opened(way_of(channel), &text),
                        (Some(_), None) => {
                            ev.prevent_default();
                            problems.set(vec![TOO_LONG_FOR_EMAIL.into()]);
                        }
                        (None, _) => ev.prevent_default(),
                    }
                >
                    {label}
                </a>
            })
        }
    };
    // Noted after it is said, so a phone too full to note the request says so.
    let share_it = move |_| {
        let Some(text) = to_send() else { return };
        // Closing the share menu is the client's own choice: nothing needs saying.
        let words = SendWords::new("", NO_SHARE).when_closed("");
        let sending = send::share_text(Leaving::words(text.clone()));
        send_and_say(sending, feedback, words, move || {
            asking.opened(AskWay::Shared, &text)
        });
    };
    let copy_it = move |_| {
        let Some(text) = to_send() else { return };
        let words = SendWords::new(
            "The message is copied. Paste it into any message or email.",
            "This browser wouldn't copy it. You can select the message above.",
        );
        let sending = send::copy(Leaving::words(text.clone()));
        send_and_say(sending, feedback, words, move || {
            asking.opened(AskWay::Copied, &text)
        });
    };
    view! {
        <Show when=move || matches!(asking.standing(), Standing::DidItGo(_))>
            {move || match asking.standing() {
                Standing::DidItGo(request) => Some(view! { <DidItGo asking request /> }),
                _ => None,
            }}
        </Show>
        <TextField
            id="come-back-message"
            label="Your message"
            hint="Change anything you like: add what's happening, or good times to call. Nothing else from your phone goes in."
            rows=7
            value=message
            on_input=move |text: String| {
                problems.set(Vec::new());
                message.set(text);
            }
        />
        // Only once the message is changed, and only after asking: the changes are the client's.
        {move || match (changed(), asking_to_start_again.get()) {
            (false, _) => ().into_any(),
            (true, false) => view! {
                <button type="button" class="quiet" on:click=move |_| asking_to_start_again.set(true)>
                    "Start again"
                </button>
            }
            .into_any(),
            (true, true) => view! {
                <Confirm
                    question="Start the message again?"
                    said="Your changes to the message go, and the ready message comes back."
                    yes="Yes, start again"
                    no="Keep my changes"
                    on_yes=move |()| {
                        message.set(ready.get_value());
                        asking_to_start_again.set(false);
                    }
                    on_no=move |()| asking_to_start_again.set(false)
                />
            }
            .into_any(),
        }}
        <Problems problems />
        <div class="ways">
            {channels.into_iter().filter_map(way_button).collect_view()}
            {share_sheet::can_share().then(|| view! {
                <button type="button" on:click=share_it>"Share…"</button>
            })}
            <button type="button" on:click=copy_it>"Copy the message"</button>
        </div>
        <FeedbackLine feedback />
        <ContactPlain contact />
    }
}

const TOO_LONG_FOR_EMAIL: &str = "This message is too long for an email link. Copy it and \
    paste it into an email, or make it a little shorter.";
const NO_SHARE: &str = "This phone has no share menu here. Copy the message instead.";

/// The number and address as plain text, so they can be used by hand in any app.
#[component]
fn ContactPlain(contact: Contact) -> impl IntoView {
    view! {
        <div class="contact-plain">
            {(!contact.phone.is_empty()).then(|| view! { <p>"Their number: " {contact.phone.clone()}</p> })}
            {(!contact.email.is_empty()).then(|| view! { <p>"Their email: " {contact.email.clone()}</p> })}
            <p><A href=PRACTITIONER>"Change their details"</A></p>
        </div>
    }
}

/// The requests kept on the phone, when to suggest following up, and clearing them.
#[component]
fn History(asking: Asking) -> impl IntoView {
    let harbour = use_harbour();
    let kept = asking.kept();
    let settings = RwSignal::new(harbour.act(requests::settings));
    let feedback = Feedback::new();
    let clear = move |_| asking.clear_history();
    let choose_days = move |days: u8| {
        let chosen = Settings {
            follow_up_after_working_days: days,
        };
        if feedback
            .after(harbour.act(|p| requests::save_settings(p, chosen)))
            .is_some()
        {
            settings.set(chosen);
        }
    };
    view! {
        <section class="come-back-history" aria-labelledby="come-back-history">
            <h2 id="come-back-history">"When you asked"</h2>
            <FeedbackLine feedback />
            <Show
                when=move || kept.with(|k| !k.is_empty())
                fallback=|| view! { <p>"Nothing yet. Each time you ask, it is kept here, on this phone only."</p> }
            >
                <ul class="requests">
                    {move || kept.get().into_iter().map(request_line).collect_view()}
                </ul>
                <button type="button" class="quiet" on:click=clear>"Clear this history"</button>
            </Show>
            <NumberChoice
                id="follow-up-days"
                label="Suggest a gentle follow-up after (working days)"
                numbers=1..=10
                chosen=Signal::derive(move || settings.with(|s| s.follow_up_after_working_days))
                on_choose=choose_days
            />
        </section>
    }
}

fn request_line(request: Request) -> impl IntoView {
    let sent = match (request.sent, request.answered) {
        (_, Some(_)) => "They got back to you.",
        (requests::Sent::Yes, None) => "Sent.",
        (requests::Sent::NotYet, None) => "Not sent.",
        (requests::Sent::NotAsked, None) => "Not sure yet if it was sent.",
    };
    view! {
        <li>
            {date_label(&request.at)} ", " {request.way.label()} ". " {sent}
        </li>
    }
}
