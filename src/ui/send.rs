//! Sending something out of Harbour one way and saying how it went, in the screen's
//! feedback line: every screen that shares, copies, saves or prints does it through here.

use super::Feedback;
use crate::platform::send::{send, Leaving, SendWay, Sent};
use leptos::task::spawn_local;

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

/// Sends `what` the chosen way, says how it went in `feedback`, and once it has left, runs
/// `then` (which may note it, and say if it could not).
pub fn send_and_say(
    way: SendWay,
    what: Leaving,
    feedback: Feedback,
    words: SendWords,
    then: impl FnOnce() + 'static,
) {
    spawn_local(async move {
        match send(way, &what).await {
            Sent::Yes => {
                feedback.say(words.sent);
                then();
            }
            Sent::Closed => feedback.say(words.closed),
            Sent::Refused => feedback.say(words.refused),
        }
    });
}
