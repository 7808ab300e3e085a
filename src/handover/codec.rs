//! The hand-over payload: the format's version, a dot, then base64url (no padding). In
//! version 2, written now, that is a salt and the raw-deflated JSON of a [`HandOver`] sealed
//! with AES-256-GCM, under a key derived from the hand-over code (`code`) the giving screen
//! shows: the link travels in a fragment (`https://…/receive#2.…`), which browsers never send
//! to a server but do keep in their history, and what the history keeps cannot be read.
//! Version 1, open (the deflated JSON itself), is still read: an older Harbour made it.
//!
//! Decoding trusts nothing: every size is bounded before work is done on it, the inflated
//! size is capped (a small payload cannot unpack into gigabytes), and every card and contact
//! must pass the same rules as ones typed on this phone. Any problem refuses the whole
//! hand-over, so nothing half-read is ever stored.

use super::HandOver;
use crate::kernel::id::is_plain_id;
use crate::kernel::Explain;
use crate::lock::cipher::{open_bytes, seal_bytes, Key};
use crate::paths::RECEIVE;
use crate::toolkit::card::CardProblem;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The format written now, sealed. A later format gets a new number; this one stays readable.
pub const VERSION: u32 = 2;
/// The first format, open: still read, and written by tests and tools.
pub const OPEN_VERSION: u32 = 1;
/// The key's salt, before the sealed hand-over.
pub const SALT_BYTES: usize = 16;
/// Nonce and tag: what sealing adds besides the salt.
const SEALING_BYTES: usize = 12 + 16;
/// Longest payload text accepted: a file may be longer than a QR code, never this long.
pub const MAX_PAYLOAD_CHARS: usize = 200_000;
/// Largest unpacked JSON accepted: far above 100 full cards, far below a memory problem.
pub const MAX_JSON_BYTES: usize = 512 * 1024;
pub const MAX_CARDS: usize = 100;

/// Why a hand-over cannot be opened. Every case leaves the phone's data as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandOverProblem {
    /// No payload at all, or not one of ours.
    NotAHandOver,
    /// Made by a newer Harbour than this one.
    NewerVersion,
    TooLarge,
    /// Cut off, mistyped or damaged on the way.
    Damaged,
    /// The payload is readable but a card breaks the rules (or was tampered with).
    UnsoundCard {
        name: String,
        problem: CardProblem,
    },
    UnsoundContact,
    Empty,
    /// The browser cannot unpack it (browsers from before 2023 have no deflate streams).
    BrowserTooOld,
    /// Not the code this hand-over was sealed with.
    WrongCode,
    /// What was typed cannot be a code at all.
    CodeMistyped,
}

/// What a payload holds: the hand-over itself (version 1), or sealed until its code is typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    Open(Vec<u8>),
    Sealed { salt: Vec<u8>, sealed: Vec<u8> },
}

impl Explain for HandOverProblem {
    fn message(&self) -> String {
        let nothing = "Nothing has been added or changed.";
        match self {
            HandOverProblem::NotAHandOver => format!(
                "This isn't a Harbour hand-over link. {nothing} Ask your practitioner for a new link or QR code."
            ),
            HandOverProblem::NewerVersion => format!(
                "This hand-over was made with a newer Harbour. {nothing} Open Harbour while online so it can update, then try the link again."
            ),
            HandOverProblem::TooLarge => format!(
                "This hand-over is far larger than Harbour makes. {nothing}"
            ),
            HandOverProblem::Damaged => format!(
                "This link is incomplete or damaged, perhaps cut off when it was copied. {nothing} Ask for the link again, or scan the QR code."
            ),
            HandOverProblem::UnsoundCard { name, problem } => format!(
                "The card \u{201c}{name}\u{201d} can't be added: {} {nothing}",
                problem.message()
            ),
            HandOverProblem::UnsoundContact => format!(
                "The practitioner's contact details in this hand-over can't be read. {nothing}"
            ),
            HandOverProblem::Empty => format!("This hand-over has nothing in it. {nothing}"),
            HandOverProblem::BrowserTooOld => format!(
                "This browser is too old to open hand-overs. {nothing} Updating it, or opening the link in another browser, will help."
            ),
            HandOverProblem::WrongCode => format!(
                "That code doesn't open this hand-over: it may be mistyped, or the link cut short. {nothing} Check the code against the other screen and type it again, or ask for the link again."
            ),
            HandOverProblem::CodeMistyped => format!(
                "A hand-over code is 12 letters and numbers, like 4KQ7 M2XP 9TRA. {nothing} Check it against the other screen."
            ),
        }
    }
}

/// The hand-over as JSON, ready to be deflated.
pub fn to_json(handover: &HandOver) -> Vec<u8> {
    // Serialising plain strings and numbers cannot fail; an empty object is the fallback.
    serde_json::to_vec(handover).unwrap_or_else(|_| b"{}".to_vec())
}

/// Open payload text for raw-deflated JSON (version 1).
pub fn wrap(packed: &[u8]) -> String {
    format!("{OPEN_VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Sealed payload text (version 2) for raw-deflated JSON, with the key the code gave.
pub fn wrap_sealed(packed: &[u8], key: &Key, salt: [u8; SALT_BYTES], nonce: [u8; 12]) -> String {
    let mut bytes = salt.to_vec();
    bytes.extend_from_slice(&seal_bytes(key, nonce, packed));
    format!("{VERSION}.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The raw-deflated JSON in a sealed payload, if `key` is its code's.
pub fn open_sealed(key: &Key, sealed: &[u8]) -> Result<Vec<u8>, HandOverProblem> {
    open_bytes(key, sealed).ok_or(HandOverProblem::WrongCode)
}

/// The whole link for payload text already made.
pub fn link_to_payload(origin: &str, payload: &str) -> String {
    format!("{origin}{RECEIVE}#{payload}")
}

/// Finds the payload in whatever the client has: a link, a fragment, or the bare text (as
/// read from a hand-over file, which may have a line break at the end).
pub fn payload_in(text: &str) -> &str {
    let text = text.trim();
    match text.rsplit_once('#') {
        Some((_, fragment)) => fragment,
        None => text,
    }
}

/// What payload text holds, or why it cannot be a hand-over. The raw-deflated JSON (opened
/// with the code's key, if sealed) is to be inflated to at most [`MAX_JSON_BYTES`], then read
/// with [`from_json`].
pub fn unwrap(text: &str) -> Result<Payload, HandOverProblem> {
    let payload = payload_in(text);
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(HandOverProblem::TooLarge);
    }
    // Messaging apps sometimes break a long link over lines, and a browser writes a space
    // in a link's fragment as `%20`; base64url has neither spaces nor `%` of its own.
    let payload: String = percent_decoded(payload).split_ascii_whitespace().collect();
    let Some((version, body)) = payload.split_once('.') else {
        return Err(HandOverProblem::NotAHandOver);
    };
    let sealed = match version.parse::<u32>() {
        Ok(OPEN_VERSION) => false,
        Ok(VERSION) => true,
        Ok(v) if v > VERSION && version.len() <= 4 => return Err(HandOverProblem::NewerVersion),
        _ => return Err(HandOverProblem::NotAHandOver),
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| HandOverProblem::Damaged)?;
    if !sealed {
        return Ok(Payload::Open(bytes));
    }
    if bytes.len() < SALT_BYTES + SEALING_BYTES {
        return Err(HandOverProblem::Damaged);
    }
    let (salt, sealed) = bytes.split_at(SALT_BYTES);
    Ok(Payload::Sealed {
        salt: salt.to_vec(),
        sealed: sealed.to_vec(),
    })
}

/// The text with every `%XX` escape read back as its character (`%20` as a space). A `%`
/// not followed by two hex digits is kept, and the payload check then refuses it.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// Reads and checks inflated JSON: any card or contact that breaks the rules refuses the
/// whole hand-over.
pub fn from_json(json: &[u8]) -> Result<HandOver, HandOverProblem> {
    let handover: HandOver = serde_json::from_slice(json).map_err(|_| HandOverProblem::Damaged)?;
    check(&handover)?;
    Ok(handover)
}

/// The whole codec with a deflater written in Rust, for native tests and tools. Phones use
/// the browser's own (`CompressionStream`), which costs the download nothing.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::*;

    /// Packs a hand-over into payload text.
    pub fn encode(handover: &HandOver) -> String {
        wrap(&miniz_oxide::deflate::compress_to_vec(
            &to_json(handover),
            9,
        ))
    }

    /// The whole link for a hand-over.
    pub fn link(origin: &str, handover: &HandOver) -> String {
        format!("{origin}{RECEIVE}#{}", encode(handover))
    }

    /// Packs a hand-over into sealed payload text, with the key a code gave.
    pub fn encode_sealed(handover: &HandOver, key: &Key, salt: [u8; SALT_BYTES]) -> String {
        let packed = miniz_oxide::deflate::compress_to_vec(&to_json(handover), 9);
        wrap_sealed(&packed, key, salt, [7; 12])
    }

    /// Unpacks and checks payload text, open or sealed (with `key`, if given).
    pub fn decode_with(text: &str, key: Option<&Key>) -> Result<HandOver, HandOverProblem> {
        let packed = match (unwrap(text)?, key) {
            (Payload::Open(packed), _) => packed,
            (Payload::Sealed { sealed, .. }, Some(key)) => open_sealed(key, &sealed)?,
            (Payload::Sealed { .. }, None) => return Err(HandOverProblem::WrongCode),
        };
        let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_JSON_BYTES)
            .map_err(|e| match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => HandOverProblem::TooLarge,
                _ => HandOverProblem::Damaged,
            })?;
        from_json(&json)
    }

    /// Unpacks and checks open payload text.
    pub fn decode(text: &str) -> Result<HandOver, HandOverProblem> {
        decode_with(text, None)
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{decode, decode_with, encode, encode_sealed, link};

fn check(handover: &HandOver) -> Result<(), HandOverProblem> {
    if handover.cards.is_empty() && handover.practitioner.is_none() {
        return Err(HandOverProblem::Empty);
    }
    if handover.cards.len() > MAX_CARDS {
        return Err(HandOverProblem::TooLarge);
    }
    for (i, card) in handover.cards.iter().enumerate() {
        let name: String = card.content.name.chars().take(60).collect();
        if !is_plain_id(&card.id) || handover.cards[..i].iter().any(|c| c.id == card.id) {
            return Err(HandOverProblem::UnsoundCard {
                name,
                problem: CardProblem::Damaged,
            });
        }
        if let Some(problem) = card.content.problems().into_iter().next() {
            return Err(HandOverProblem::UnsoundCard { name, problem });
        }
    }
    if let Some(contact) = &handover.practitioner {
        if !contact.problems().is_empty() {
            return Err(HandOverProblem::UnsoundContact);
        }
    }
    Ok(())
}

// Native only: the tests pack and unpack with the Rust deflater.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::handover::SharedCard;
    use crate::practitioner::fixtures::sam;
    use crate::toolkit::card::fixtures::content;

    fn two_cards() -> HandOver {
        HandOver {
            cards: vec![
                SharedCard {
                    id: "c1".into(),
                    content: content("Cold water"),
                },
                SharedCard {
                    id: "c2".into(),
                    content: content("Walk the dog"),
                },
            ],
            practitioner: Some(sam()),
        }
    }

    fn pack_json(json: &str) -> String {
        let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
        format!("1.{}", URL_SAFE_NO_PAD.encode(packed))
    }

    #[test]
    fn round_trips_through_a_link() {
        let link = link("https://harbour.example", &two_cards());
        assert!(link.starts_with("https://harbour.example/receive#1."));
        assert_eq!(decode(&link), Ok(two_cards()));
        assert_eq!(
            decode(&format!("{}\n", encode(&two_cards()))),
            Ok(two_cards())
        );
        let payload = encode(&two_cards());
        let (start, end) = payload.split_at(40);
        let broken = format!("{start}\r\n {end}");
        assert_eq!(decode(&broken), Ok(two_cards()), "a link broken over lines");
    }

    #[test]
    fn a_link_with_spaces_the_browser_escaped_still_reads() {
        let link = link("https://harbour.example", &two_cards());
        let (start, end) = link.split_at(link.len() / 2);
        for broken in [
            format!("{start}%20{end}"),
            format!("{start}%0A%20{end}"),
            format!("{start} \n {end}"),
        ] {
            assert_eq!(decode(&broken), Ok(two_cards()), "{broken}");
        }
        assert_eq!(percent_decoded("a%2"), "a%2");
        assert_eq!(percent_decoded("%zz%41"), "%zzA");
        assert!(decode(&format!("{start}%FF{end}")).is_err());
    }

    #[test]
    fn a_sealed_hand_over_opens_with_its_code_only_and_its_link_says_nothing() {
        let key = Key([5; 32]);
        let payload = encode_sealed(&two_cards(), &key, [3; SALT_BYTES]);
        assert!(payload.starts_with("2."));
        let open = encode(&two_cards());
        assert!(
            payload.len() < open.len() + 70,
            "sealing adds {} characters",
            payload.len() - open.len()
        );
        assert_eq!(decode_with(&payload, Some(&key)), Ok(two_cards()));
        assert_eq!(
            decode_with(&payload, Some(&Key([6; 32]))),
            Err(HandOverProblem::WrongCode)
        );
        let Ok(Payload::Sealed { salt, sealed }) = unwrap(&payload) else {
            panic!("sealed");
        };
        assert_eq!(salt, [3; SALT_BYTES]);
        let packed = open_sealed(&key, &sealed).expect("opens");
        let json = miniz_oxide::inflate::decompress_to_vec(&packed).expect("inflates");
        assert!(!String::from_utf8_lossy(&sealed).contains("Cold water"));
        assert!(String::from_utf8_lossy(&json).contains("\"cards\""));
        let mut changed = sealed.clone();
        changed[20] ^= 1;
        assert_eq!(open_sealed(&key, &changed), Err(HandOverProblem::WrongCode));
        assert_eq!(
            decode_with("2.AAAA", Some(&key)),
            Err(HandOverProblem::Damaged),
            "too short to be sealed"
        );
    }

    #[test]
    fn refuses_other_versions_and_strangers() {
        let body = encode(&two_cards());
        let body = body.trim_start_matches("1.");
        assert_eq!(
            decode(&format!("3.{body}")),
            Err(HandOverProblem::NewerVersion)
        );
        assert_eq!(
            decode(&format!("0.{body}")),
            Err(HandOverProblem::NotAHandOver)
        );
        assert_eq!(
            decode(&format!("x.{body}")),
            Err(HandOverProblem::NotAHandOver)
        );
        assert_eq!(decode(""), Err(HandOverProblem::NotAHandOver));
        assert_eq!(
            decode("https://example.org/page"),
            Err(HandOverProblem::NotAHandOver)
        );
    }

    #[test]
    fn refuses_bad_base64_and_bad_deflate_and_truncation() {
        assert_eq!(decode("1.not base64!"), Err(HandOverProblem::Damaged));
        assert_eq!(decode("1.AAAA"), Err(HandOverProblem::Damaged));
        assert_eq!(decode("1."), Err(HandOverProblem::Damaged));
        let whole = encode(&two_cards());
        for cut in [whole.len() / 2, whole.len() - 3, 5] {
            assert!(decode(&whole[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn refuses_huge_payloads_before_unpacking_them() {
        assert_eq!(
            decode(&format!("1.{}", "A".repeat(MAX_PAYLOAD_CHARS))),
            Err(HandOverProblem::TooLarge)
        );
        // A few KB that would unpack into megabytes of JSON.
        let bomb = format!(
            "{{\"cards\":[],\"x\":\"{}\"}}",
            " ".repeat(4 * MAX_JSON_BYTES)
        );
        let payload = pack_json(&bomb);
        assert!(payload.len() < 10_000);
        assert_eq!(decode(&payload), Err(HandOverProblem::TooLarge));
    }

    #[test]
    fn refuses_cards_that_break_the_rules() {
        let mut hostile = two_cards();
        hostile.cards[0].content.steps = vec!["<script>alert(1)</script>".into()];
        assert!(matches!(
            decode(&encode(&hostile)),
            Err(HandOverProblem::UnsoundCard {
                problem: CardProblem::Markup,
                ..
            })
        ));
        let mut huge = two_cards();
        huge.cards[0].content.why = "x".repeat(100_000);
        assert!(matches!(
            decode(&encode(&huge)),
            Err(HandOverProblem::UnsoundCard { .. })
        ));
        let mut path = two_cards();
        path.cards[0].id = "../../harbour.checkins.2026-11".into();
        assert!(decode(&encode(&path)).is_err());
        let mut twice = two_cards();
        twice.cards[1].id = "c1".into();
        assert!(decode(&encode(&twice)).is_err());
        let mut link = two_cards();
        link.cards[1].content.links = vec!["javascript:alert(1)".into()];
        assert!(decode(&encode(&link)).is_err());
    }

    #[test]
    fn refuses_wrong_shapes_and_empty_hand_overs() {
        assert_eq!(decode(&pack_json("[1,2,3]")), Err(HandOverProblem::Damaged));
        assert_eq!(
            decode(&pack_json("{\"cards\":[{}]}")),
            Err(HandOverProblem::Damaged)
        );
        assert_eq!(decode(&pack_json("{}")), Err(HandOverProblem::Empty));
        let mut odd_contact = two_cards();
        odd_contact.practitioner = Some(crate::practitioner::Contact::default());
        assert_eq!(
            decode(&encode(&odd_contact)),
            Err(HandOverProblem::UnsoundContact)
        );
    }

    #[test]
    fn every_problem_says_nothing_changed() {
        for problem in [
            HandOverProblem::NotAHandOver,
            HandOverProblem::NewerVersion,
            HandOverProblem::TooLarge,
            HandOverProblem::Damaged,
            HandOverProblem::UnsoundCard {
                name: "A".into(),
                problem: CardProblem::OddLink,
            },
            HandOverProblem::UnsoundContact,
            HandOverProblem::Empty,
            HandOverProblem::BrowserTooOld,
        ] {
            assert!(
                problem.message().contains("Nothing has been added"),
                "{problem:?}"
            );
        }
    }
}
