//! "Ask to come back" on home: one tap opens the way agreed with the practitioner, with the
//! message ready. Beside it, always: not for emergencies, when they usually reply, and the way
//! to Help now. Once a message app was opened, Harbour asks whether it went; then home says
//! when the client asked, and after the days they chose, suggests following up gently.

use super::links::{link_for, tel_link};
use super::message::{not_for_emergencies, ready_message};
use super::requests::{self, AskWay, Request, Sent, Standing};
use crate::paths::{COME_BACK, HELP, PRACTITIONER};
use crate::platform::send::{self, Leaving};
use crate::practitioner::mine::{self, MyPractitioner};
use crate::practitioner::{Channel, Contact};
use crate::state::{use_harbour, Harbour};
use crate::time::date_label;
use crate::ui::{send_and_say, Feedback, FeedbackLine, SendWords};
use leptos::prelude::*;
use leptos_router::components::A;

/// Where asking stands on this screen, kept in step with the phone (and with other tabs).
#[derive(Clone, Copy)]
pub struct Asking {
    harbour: Harbour,
    /// Every request on the phone, newest first, and where asking stands.
    overview: RwSignal<(Vec<Request>, Standing)>,
    /// How the last thing done here went, said once for the whole screen.
    pub feedback: Feedback,
}

impl Asking {
    pub fn new(harbour: Harbour) -> Asking {
        Asking {
            harbour,
            overview: harbour.watch(requests::overview),
            feedback: Feedback::new(),
        }
    }

    /// Every request on the phone, newest first.
    pub fn kept(&self) -> Signal<Vec<Request>> {
        let overview = self.overview;
        Signal::derive(move || overview.with(|(kept, _)| kept.clone()))
    }

    pub fn standing(&self) -> Standing {
        self.overview.with(|(_, standing)| standing.clone())
    }

    fn refresh(&self) {
        self.overview.set(self.harbour.act(requests::overview));
    }

    /// Forgets every request.
    pub fn clear_history(&self) {
        self.feedback
            .after(self.harbour.act(requests::clear_history));
        self.refresh();
    }

    /// Notes that a way to send `message` was opened. If the phone cannot note it, the
    /// message still goes: the client is told it won't be remembered.
    pub fn opened(&self, way: AskWay, message: &str) {
        if self
            .harbour
            .act(|p| requests::note_asked(p, way, message))
            .is_err()
        {
            self.feedback.problem_words(NOT_NOTED);
        }
        self.refresh();
    }

    fn answer(&self, request: &Request, sent: Sent) {
        self.feedback.after(
            self.harbour
                .act(|p| requests::answer_sent(p, request, sent)),
        );
        self.refresh();
    }

    fn got_back(&self, request: &Request) {
        self.feedback
            .after(self.harbour.act(|p| requests::got_back(p, request)));
        self.refresh();
    }
}

const NOT_NOTED: &str = "Your message app is opening, but this phone has no room to remember \
    that you asked. Everything else is as it was.";

/// The way a channel leaves Harbour.
pub fn way_of(channel: Channel) -> AskWay {
    match channel {
        Channel::Text => AskWay::Text,
        Channel::Call => AskWay::Call,
        Channel::Email => AskWay::Email,
    }
}

/// Not for emergencies, when they reply, and Help now: said before every way to ask, so a
/// screen reader reads it first.
#[component]
pub fn NotForEmergencies(contact: Option<Contact>) -> impl IntoView {
    view! {
        <p class="not-emergency">
            {not_for_emergencies(contact.as_ref())} " If you need help now, "
            <A href=HELP>"Help now"</A> " is here."
        </p>
    }
}

/// The block on home.
#[component]
pub fn AskToComeBack() -> impl IntoView {
    let harbour = use_harbour();
    // Read again when another tab adds, changes or removes the details.
    let kept = harbour.watch(mine::mine);
    let asking = Asking::new(harbour);
    view! {
        <section class="come-back" aria-labelledby="come-back-heading">
            <h2 id="come-back-heading">"Your practitioner"</h2>
            {move || {
                let contact = kept.with(|k| k.as_ref().map(|p| p.contact.clone()));
                view! { <NotForEmergencies contact /> }
            }}
            {move || match kept.get() {
                None => view! {
                    <p>
                        "You can ask to see your practitioner again whenever you need to. "
                        "Add their details from a hand-over, or type them in."
                    </p>
                    <A href=PRACTITIONER attr:class="button">"Add my practitioner"</A>
                }
                .into_any(),
                Some(practitioner) => view! { <Asked asking practitioner /> }.into_any(),
            }}
            <FeedbackLine feedback=asking.feedback />
        </section>
    }
}

/// What home shows once there is a practitioner, as things stand.
#[component]
fn Asked(asking: Asking, practitioner: MyPractitioner) -> impl IntoView {
    let contact = practitioner.contact;
    move || match asking.standing() {
        Standing::Free => view! { <OneTap asking contact=contact.clone() /> }.into_any(),
        Standing::DidItGo(request) => view! { <DidItGo asking request /> }.into_any(),
        Standing::Waiting { request, follow_up } => {
            let waiting = request.clone();
            let service = (!contact.service_phone.is_empty()).then(|| {
                let href = tel_link(&contact.service_phone);
                view! {
                    " Or ring the service on " <a href=href>{contact.service_phone.clone()}</a> "."
                }
            });
            view! {
                <p role="status">"You asked to come back on " {date_label(&request.at)} "."</p>
                {follow_up.then(|| view! {
                    <p class="follow-up">
                        "No reply yet? That's OK. You could send a gentle reminder." {service}
                    </p>
                })}
                <div class="actions">
                    <button type="button" on:click=move |_| asking.got_back(&waiting)>
                        "They got back to me"
                    </button>
                    <A href=COME_BACK attr:class="button">"Ask again"</A>
                </div>
            }
            .into_any()
        }
    }
}

/// The one tap: the agreed way, the message ready. And a way to change it first.
#[component]
fn OneTap(asking: Asking, contact: Contact) -> impl IntoView {
    let message = ready_message(&contact);
    let Some(channel) = contact.way() else {
        return view! { <A href=PRACTITIONER attr:class="button">"Add a number or email"</A> }
            .into_any();
    };
    let href = link_for(channel, &contact, &message).unwrap_or_else(|| COME_BACK.into());
    let label = match channel {
        Channel::Call => format!("Call {} to ask to come back", contact.name),
        _ => "Ask to come back".to_string(),
    };
    view! {
        <a
            class="button primary ask"
            href=href
            on:click=move |_| asking.opened(way_of(channel), &message)
        >
            {label}
        </a>
        <p>
            <A href=COME_BACK>"Change the message first, or choose another way"</A>
        </p>
    }
    .into_any()
}

/// "Did you send it?", asked when the client comes back to Harbour.
#[component]
pub fn DidItGo(asking: Asking, request: Request) -> impl IntoView {
    let copied = Feedback::new();
    let question = match request.way {
        AskWay::Call => "Did you get through?",
        _ => "Did you send it?",
    };
    let (yes, not_yet, text) = (request.clone(), request.clone(), request.message.clone());
    let copy = move |_| {
        let words = SendWords::new(
            "The message is copied.",
            "This browser wouldn't copy it. Your message is below to select.",
        );
        send_and_say(
            send::copy(Leaving::words(text.clone())),
            copied,
            words,
            || (),
        )
    };
    view! {
        <div class="did-it-go" role="group" aria-labelledby="did-it-go">
            <p id="did-it-go">{question}</p>
            <div class="actions">
                <button type="button" on:click=move |_| asking.answer(&yes, Sent::Yes)>"Yes"</button>
                <button type="button" on:click=move |_| asking.answer(&not_yet, Sent::NotYet)>
                    "Not yet"
                </button>
                <button type="button" on:click=copy>"Copy the message"</button>
            </div>
            <FeedbackLine feedback=copied />
            <details>
                <summary>"Your message"</summary>
                <p class="message-text">{request.message.clone()}</p>
            </details>
        </div>
    }
}
