//! Sending something out of Harbour, whichever way the client chose: the share sheet (as
//! text, a link or a file), the clipboard, a file in downloads, or print. Every way ends the
//! same three ways, so each screen says how it went in one place. Each way is a function of
//! its own, so a screen carries only the ways it offers.

use super::{clipboard, files, print, share_sheet};

/// What leaves: its words, and the name they have as a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaving {
    pub text: String,
    pub file_name: String,
}

impl Leaving {
    /// Words that only ever leave as words (a message, a link).
    pub fn words(text: impl Into<String>) -> Leaving {
        Leaving {
            text: text.into(),
            file_name: String::new(),
        }
    }

    pub fn file(file_name: impl Into<String>, text: impl Into<String>) -> Leaving {
        Leaving {
            text: text.into(),
            file_name: file_name.into(),
        }
    }
}

/// How sending went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// It left, as far as Harbour can know: handed to an app, copied, saved or printed.
    Yes,
    /// The client closed the share sheet: nothing left.
    Closed,
    /// The phone or browser wouldn't do it this way.
    Refused,
}

impl From<share_sheet::SheetOutcome> for Sent {
    fn from(outcome: share_sheet::SheetOutcome) -> Sent {
        match outcome {
            share_sheet::SheetOutcome::Handed => Sent::Yes,
            share_sheet::SheetOutcome::Cancelled => Sent::Closed,
            share_sheet::SheetOutcome::Refused => Sent::Refused,
        }
    }
}

fn sent_if(done: bool) -> Sent {
    if done {
        Sent::Yes
    } else {
        Sent::Refused
    }
}

/// The share sheet, with the words.
pub async fn share_text(what: Leaving) -> Sent {
    share_sheet::share_text(&what.text).await.into()
}

/// The share sheet, with the words as a link titled `title`.
pub async fn share_link(title: &'static str, what: Leaving) -> Sent {
    share_sheet::share_link(title, &what.text).await.into()
}

/// The share sheet, with the words as a file.
pub async fn share_file(what: Leaving) -> Sent {
    share_sheet::share_file(&what.file_name, &what.text)
        .await
        .into()
}

pub async fn copy(what: Leaving) -> Sent {
    sent_if(clipboard::copy(&what.text).await)
}

/// A file in downloads.
pub async fn download(what: Leaving) -> Sent {
    sent_if(files::download(&what.file_name, &what.text).is_ok())
}

/// The browser's print dialog, for the page as it is laid out to print.
pub async fn print() -> Sent {
    sent_if(print::print())
}
