//! Copying text and saying, in a status line the caller shows, whether the phone let it.

use crate::platform::clipboard;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copies `text` to the clipboard, then says in `status` whether it worked: `copied`, or
/// `refused` (which should say what to do instead).
pub fn copy_and_say(
    text: String,
    status: RwSignal<Option<&'static str>>,
    copied: &'static str,
    refused: &'static str,
) {
    spawn_local(async move {
        status.set(Some(if clipboard::copy(&text).await {
            copied
        } else {
            refused
        }));
    });
}
