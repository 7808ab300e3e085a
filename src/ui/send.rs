//! Sending something out of Harbour one way and saying how it went, in the screen's
//! feedback line: every screen that shares, copies, saves or prints does it through here.

use super::Feedback;
use crate::platform::send::Sent;
use leptos::task::spawn_local;
use std::future::Future;
use std::pin::Pin;

const CLOSED: &str = "The share menu was closed, so nothing was shared.";

/// What to say when sending worked, when the share menu was closed, and when the phone
/// wouldn't (which should say what to do instead).
pub struct SendWords {
    sent: String,
    closed: &'static str,
    refused: &'static str,
}

impl SendWords {
    pub fn new(sent: impl Into<String>, refused: &'static str) -> SendWords {
        SendWords {
            sent: sent.into(),
            closed: CLOSED,
            refused,
        }
    }

    /// Says `closed` instead when the client closes the share menu (empty says nothing).
    pub fn when_closed(self, closed: &'static str) -> SendWords {
        SendWords { closed, ..self }
    }
}

/// Waits for `sending` (one of the ways in [`crate::platform::send`]), says how it went in
/// `feedback`, and once it has left, runs `then` (which may note it, and say if it could not).
pub fn send_and_say(
    sending: impl Future<Output = Sent> + 'static,
    feedback: Feedback,
    words: SendWords,
    then: impl FnOnce() + 'static,
) {
    // Boxed, so the saying is one piece of code however many ways and screens use it.
    say_when_sent(Box::pin(sending), feedback, words, Box::new(then));
}

fn say_when_sent(
    sending: Pin<Box<dyn Future<Output = Sent>>>,
    feedback: Feedback,
    words: SendWords,
    then: Box<dyn FnOnce()>,
) {
    spawn_local(async move {
        match sending.await {
            Sent::Yes => {
                feedback.say(words.sent);
                then();
            }
            Sent::Closed => feedback.say(words.closed),
            Sent::Refused => feedback.say(words.refused),
        }
    });
}
