//! A hand-over packed into a sealed link and read back from one, with the browser's own
//! deflate and key derivation.

use super::actions::Planned;
use super::code;
use super::codec::{self, HandOverProblem, Payload, MAX_JSON_BYTES};
use super::HandOver;
use crate::lock::cipher::Key;
use crate::lock::ITERATIONS;
use crate::platform::deflate::{deflate, inflate, Inflate};
use crate::platform::{address, passcode, random_nonce};

/// A sealed link for a planned hand-over, on this app's own origin, and the code that opens
/// it. `None` when the browser cannot compress or derive keys (browsers older than 2023).
pub async fn link_for(planned: &Planned) -> Option<(String, String)> {
    let packed = deflate(&planned.json).await?;
    let code = code::new_code(passcode::random::<8>()?);
    let (key, salt) = passcode::derive_with_new_salt(&code, ITERATIONS).await?;
    let payload = codec::wrap_sealed(&packed, &Key(key), salt, random_nonce());
    Some((codec::link_to_payload(&address::origin(), &payload), code))
}

/// What a link, pasted text or a file's text holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    HandOver(HandOver),
    /// Sealed: its code opens it.
    NeedsCode {
        salt: Vec<u8>,
        sealed: Vec<u8>,
    },
}

/// The hand-over in a link, pasted text or a file's text, or why it cannot be opened.
pub async fn open(text: &str) -> Result<Opened, HandOverProblem> {
    match codec::unwrap(text)? {
        Payload::Open(packed) => Ok(Opened::HandOver(unpack(&packed).await?)),
        Payload::Sealed { salt, sealed } => Ok(Opened::NeedsCode { salt, sealed }),
    }
}

/// A sealed hand-over, opened with the code as the client typed it.
pub async fn open_with_code(
    salt: &[u8],
    sealed: &[u8],
    typed: &str,
) -> Result<HandOver, HandOverProblem> {
    let code = code::normalised(typed).ok_or(HandOverProblem::CodeMistyped)?;
    let key = passcode::derive_key(&code, salt, ITERATIONS)
        .await
        .ok_or(HandOverProblem::BrowserTooOld)?;
    let packed = codec::open_sealed(&Key(key), sealed)?;
    unpack(&packed).await
}

async fn unpack(packed: &[u8]) -> Result<HandOver, HandOverProblem> {
    let json = inflate(packed, MAX_JSON_BYTES)
        .await
        .map_err(|stopped| match stopped {
            Inflate::TooLarge => HandOverProblem::TooLarge,
            Inflate::Damaged => HandOverProblem::Damaged,
            Inflate::Unsupported => HandOverProblem::BrowserTooOld,
        })?;
    codec::from_json(&json)
}
