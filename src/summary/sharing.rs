//! Share what I choose: the parts, the exact text that would leave (the preview is that
//! text, as text), the ways to share it, the page that prints, and the sharing record.
//!
//! Only what the client did is noted, and only once it has left: a share menu closed or
//! refused is not. A phone too full to keep the note still shared, and is told so.

use super::build::Summary;
use super::parts::{choose, Outgoing, Part, Parts};
use super::period::Period;
use super::record::{clear_records, note_shared, records, ShareWay, SharingRecord};
use super::show::SummaryShown;
use super::text::{email_link, json_file_name, period_words, text_file_name};
use crate::kernel::Explain;
use crate::platform::send::{self, Leaving};
use crate::platform::share_sheet;
use crate::practitioner::mine::mine;
use crate::state::use_harbour;
use crate::time::{date_label, Moment};
use crate::ui::{send_and_say, Confirm, Feedback, FeedbackLine, SendWords, TextField};
use leptos::prelude::*;

const NOT_RECORDED: &str = "It was shared, but this phone has no room to keep a note of it in \
    your sharing record.";
const NO_SHARE_MENU: &str = "This phone can't share that from here. You could copy the text \
    or save it as a file instead.";
const NOT_COPIED: &str = "This phone wouldn't let Harbour copy it. You could save it as a text \
    file instead.";
const NOT_SAVED: &str = "This phone wouldn't save the file. You could copy the text instead.";
const NO_PRINTING: &str = "This browser can't print. You could save it as a text file instead.";

/// What the screen says once a way has worked.
fn done(way: ShareWay) -> &'static str {
    match way {
        ShareWay::ShareSheet => "Handed to the app you chose. Only you know if you sent it.",
        ShareWay::Email => {
            "Your email app should open with it ready. Only you know if you sent it."
        }
        ShareWay::Print => "Sent to print. If you saved it as a PDF, it's with your files.",
        ShareWay::TextFile => "Saved as a text file with your downloads.",
        ShareWay::JsonFile => "Saved as a file for software with your downloads.",
        ShareWay::Copy => "Copied. You can paste it wherever you like.",
    }
}

/// The parts, the preview, the ways to share, the page that prints and the record.
#[component]
pub fn ShareWhatIChoose(
    /// The summary of the dates picked.
    /// The summary of the dates picked, if the phone could read it.
    summary: RwSignal<Option<Summary>>,
    /// The dates picked.
    period: RwSignal<Period>,
    /// When the page was made, as the text says.
    made: Moment,
) -> impl IntoView {
    let harbour = use_harbour();
    let parts = RwSignal::new(Parts::default());
    let name = RwSignal::new(String::new());
    let feedback = Feedback::new();
    let kept = harbour.watch(|p| records(p).unwrap_or_default());
    let chosen = Memo::new(move |_| {
        summary.with(|s| {
            s.as_ref()
                .map(|s| name.with(|n| choose(s, parts.get(), made, Some(n))))
        })
    });
    let shared = move || chosen.with(|c| c.clone().and_then(Result::ok));
    // The page that prints is laid out again only when what is chosen changes, not at each
    // letter of the name.
    let on_paper = Memo::new(move |_| {
        chosen.with(|c| {
            c.as_ref()
                .and_then(|c| c.as_ref().ok())
                .map(|s| s.summary.clone())
        })
    });
    let printed_name = Signal::derive(move || {
        chosen.with(|c| {
            c.as_ref()
                .and_then(|c| c.as_ref().ok())
                .and_then(|s| s.name.clone())
        })
    });
    let text = Memo::new(move |_| {
        chosen.with(|c| c.as_ref().and_then(|c| c.as_ref().ok()).map(Outgoing::text))
    });

    // Notes a way that worked; the sharing happened even if the phone can't keep the note.
    let note = move |way: ShareWay| {
        let (parts, dates) = (parts.get_untracked(), period.get_untracked());
        match harbour.act(|p| note_shared(p, way, parts, Some(dates))) {
            Ok(record) => kept.update(|list| list.insert(0, record)),
            Err(_) => feedback.problem_words(NOT_RECORDED),
        }
    };
    let share = move |way: ShareWay| {
        let Some(shared) = shared() else { return };
        let dates = period.get_untracked();
        let text = Leaving::file(text_file_name(dates), shared.text());
        let said = |refused| SendWords::new(done(way), refused);
        let then = move || note(way);
        match way {
            ShareWay::ShareSheet => {
                send_and_say(send::share_text(text), feedback, said(NO_SHARE_MENU), then)
            }
            ShareWay::Copy => send_and_say(send::copy(text), feedback, said(NOT_COPIED), then),
            ShareWay::TextFile => {
                send_and_say(send::download(text), feedback, said(NOT_SAVED), then)
            }
            ShareWay::JsonFile => {
                let json = Leaving::file(json_file_name(dates), shared.json());
                send_and_say(send::download(json), feedback, said(NOT_SAVED), then)
            }
            ShareWay::Print => send_and_say(send::print(), feedback, said(NO_PRINTING), then),
            // The link opens the email app; that it opened is all Harbour can know.
            ShareWay::Email => {
                feedback.say(done(way));
                note(way);
            }
        }
    };
    // Where the phone can share files, the text file through the share sheet.
    let share_file = move |_| {
        let Some(shared) = shared() else { return };
        let what = Leaving::file(text_file_name(period.get_untracked()), shared.text());
        let words = SendWords::new(done(ShareWay::ShareSheet), NO_SHARE_MENU);
        send_and_say(send::share_file(what), feedback, words, move || {
            note(ShareWay::ShareSheet)
        });
    };
    // Addressed to the practitioner when the phone has their email; the client can change it.
    let practitioner =
        harbour.watch(|p| mine(p).map(|m| m.contact).filter(|c| !c.email.is_empty()));
    let email = move || {
        let address =
            practitioner.with(|p| p.as_ref().map(|c| c.email.clone()).unwrap_or_default());
        text.with(|t| t.as_deref().and_then(|t| email_link(&address, t)))
    };
    let email_to = move || {
        practitioner.with(|p| match p {
            Some(c) if !c.name.is_empty() => format!("Email it to {}", c.name),
            _ => "Email it".to_string(),
        })
    };

    let choices = Part::ALL
        .into_iter()
        .map(|part| {
            view! {
                <label class="check" for=part.id()>
                    <input
                        id=part.id()
                        type="checkbox"
                        prop:checked=move || parts.with(|p| p.has(part))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            parts.update(|p| p.set(part, on));
                        }
                    />
                    <span>{part.choice()}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share what I choose"</h2>
            <p>
                "Nothing leaves this phone unless you share it. Under the ways to share is "
                "exactly what would leave, word for word. A file saved or sent is plain text: "
                "anyone who gets it can read it."
            </p>
            <fieldset>
                <legend>"What to share"</legend>
                {choices}
            </fieldset>
            <TextField
                id="share-name"
                label="Your name (if you'd like it on the page)"
                hint="Left empty, no name goes with it."
                value=name
                on_input=move |n: String| name.set(n)
            />
            {move || match chosen.get() {
                Some(Err(nothing)) => view! { <p class="empty">{nothing.message()}</p> }.into_any(),
                Some(Ok(_)) => view! {
                    <div class="ways">
                        <Show when=share_sheet::can_share>
                            <button type="button" on:click=move |_| share(ShareWay::ShareSheet)>"Share…"</button>
                            <button type="button" on:click=share_file>"Share as a file…"</button>
                        </Show>
                        {move || match email() {
                            Some(href) => view! {
                                <a class="button" href=href on:click=move |_| share(ShareWay::Email)>
                                    {email_to()}
                                </a>
                            }
                            .into_any(),
                            None => view! {
                                <p>
                                    "This is too long for the body of an email. You could save it "
                                    "as a text file and attach that to an email instead."
                                </p>
                            }
                            .into_any(),
                        }}
                        <button type="button" on:click=move |_| share(ShareWay::Print)>"Print or save as PDF"</button>
                        <button type="button" on:click=move |_| share(ShareWay::TextFile)>"Save as a text file"</button>
                        <button type="button" on:click=move |_| share(ShareWay::JsonFile)>"Save as a file for software (JSON)"</button>
                        <button type="button" on:click=move |_| share(ShareWay::Copy)>"Copy the text"</button>
                    </div>
                    <h3 id="preview-heading">"What would leave your phone"</h3>
                    <pre class="preview" role="region" aria-labelledby="preview-heading">{move || text.get()}</pre>
                }
                .into_any(),
                None => ().into_any(),
            }}
            <FeedbackLine feedback />
        </section>
        <SharingRecords kept />
        {move || on_paper.get().map(|summary| view! { <OnPaper summary made name=printed_name /> })}
    }
}

/// The page that prints: the dates, the day made, "Written by me in Harbour", the name only
/// if the client typed one, and the chosen parts. Shown only on paper.
#[component]
fn OnPaper(
    /// The chosen parts.
    summary: Summary,
    made: Moment,
    /// The name the client typed, if any.
    name: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <div class="print-only">
            <h1>"Since my last session"</h1>
            <p class="paper-about">
                {period_words(summary.period)} <br />
                "Made on " {date_label(&made)} ". Written by me in Harbour."
                {move || name.get().map(|n| view! { <br /> "My name: " {n} })}
            </p>
            <SummaryShown summary />
        </div>
    }
}

/// What the client has shared, when and which way, to read and clear.
#[component]
fn SharingRecords(kept: RwSignal<Vec<SharingRecord>>) -> impl IntoView {
    let harbour = use_harbour();
    let confirming = RwSignal::new(false);
    let feedback = Feedback::new();
    let clear = move |()| {
        confirming.set(false);
        if feedback.after(harbour.act(clear_records)).is_some() {
            kept.set(Vec::new());
        }
    };
    view! {
        <section class="sharing-record" aria-labelledby="sharing-record-heading">
            <h2 id="sharing-record-heading">"What I've shared"</h2>
            <Show
                when=move || kept.with(|k| !k.is_empty())
                fallback=|| view! { <p>"Nothing shared from Harbour yet. This list stays on this phone."</p> }
            >
                <ul class="summary-list">
                    {move || {
                        kept.get()
                            .into_iter()
                            .map(|r| view! { <li><strong>{r.when_and_how()}</strong><br />{r.what()}</li> })
                            .collect_view()
                    }}
                </ul>
                <FeedbackLine feedback />
                {move || if confirming.get() {
                    view! {
                        <Confirm
                            question="Clear what I've shared?"
                            said="This clears the list on this phone. What you shared has already left, so it isn't called back."
                            yes="Yes, clear the list"
                            no="Keep the list"
                            on_yes=clear
                            on_no=move |()| confirming.set(false)
                        />
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="quiet" on:click=move |_| confirming.set(true)>
                            "Clear this list"
                        </button>
                    }
                    .into_any()
                }}
            </Show>
        </section>
    }
}
