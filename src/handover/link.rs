//! A hand-over packed into a link and read back from one, with the browser's own deflate.

use super::actions::Planned;
use super::codec::{self, HandOverProblem, MAX_JSON_BYTES};
use super::HandOver;
use crate::platform::address;
use crate::platform::deflate::{deflate, inflate, Inflate};

/// The link for a planned hand-over, on this app's own origin. `None` when the browser
/// cannot compress (browsers older than 2023).
pub async fn link_for(planned: &Planned) -> Option<String> {
    let packed = deflate(&planned.json).await?;
    Some(codec::link_to(&address::origin(), &packed))
}

/// The hand-over in a link, pasted text or a file's text, or why it cannot be opened.
pub async fn open(text: &str) -> Result<HandOver, HandOverProblem> {
    let packed = codec::unwrap(text)?;
    let json = inflate(&packed, MAX_JSON_BYTES)
        .await
        .map_err(|stopped| match stopped {
            Inflate::TooLarge => HandOverProblem::TooLarge,
            Inflate::Damaged => HandOverProblem::Damaged,
            Inflate::Unsupported => HandOverProblem::BrowserTooOld,
        })?;
    codec::from_json(&json)
}
