//! Copying text and saying, in the caller's feedback line, whether the phone let it.

use super::Feedback;
use crate::platform::clipboard;
use leptos::task::spawn_local;

/// Copies `text` to the clipboard, then says in `feedback` whether it worked: `copied`, or
/// `refused` (which should say what to do instead).
pub fn copy_and_say(text: String, feedback: Feedback, copied: &'static str, refused: &'static str) {
    spawn_local(async move {
        feedback.say(if clipboard::copy(&text).await {
            copied
        } else {
            refused
        });
    });
}
