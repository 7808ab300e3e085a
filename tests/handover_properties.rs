//! Properties of the hand-over codec: any sound toolkit survives the trip, and no bytes at
//! all, however damaged or hostile, make the decoder panic or let an unsound card through.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use harbour::handover::codec::{decode, decode_with, encode, encode_sealed, link, link_to_payload};
use harbour::handover::{qr, HandOver, SharedCard};
use harbour::kernel::strength::StrengthRange;
use harbour::lock::cipher::Key;
use harbour::practitioner::{Channel, Contact};
use harbour::toolkit::card::CardContent;
use proptest::prelude::*;

fn words(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec("[a-zA-Z']{1,9}", 1..=max).prop_map(|w| w.join(" "))
}

fn card() -> impl Strategy<Value = CardContent> {
    (
        words(6),
        prop::option::of(prop::sample::select(vec![
            "stop",
            "tipp",
            "wise-mind",
            "cope-ahead",
        ])),
        prop::collection::btree_set("[A-Z][a-z]{2,8}", 0..4),
        (0..=10_u8, 0..=10_u8),
        words(30),
        prop::collection::vec(words(15), 0..6),
        words(30),
    )
        .prop_map(
            |(name, skill, feelings, (a, b), situations, steps, why)| CardContent {
                name,
                skill: skill.map(String::from),
                feelings: feelings.into_iter().collect(),
                strength: StrengthRange {
                    from: a.min(b),
                    to: a.max(b),
                },
                situations,
                steps,
                why,
                links: vec!["https://example.org/playlist".into()],
                made_together: None,
            },
        )
}

fn handover() -> impl Strategy<Value = HandOver> {
    (prop::collection::vec(card(), 1..12), any::<bool>()).prop_map(|(cards, with_contact)| {
        HandOver {
            cards: cards
                .into_iter()
                .enumerate()
                .map(|(i, content)| SharedCard {
                    id: format!("card-{i}"),
                    content,
                })
                .collect(),
            practitioner: with_contact.then(|| Contact {
                name: "Sam Okafor".into(),
                service: "Riverside Recovery Team".into(),
                phone: "07700 900123".into(),
                channel: Some(Channel::Text),
                replies: "within 2 working days".into(),
                ..Contact::default()
            }),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_sound_toolkit_survives_the_trip(handover in handover()) {
        for card in &handover.cards {
            prop_assert!(card.content.problems().is_empty(), "{:?}", card.content.problems());
        }
        prop_assert_eq!(decode(&link("https://harbour.example", &handover)), Ok(handover));
    }

    #[test]
    fn every_sound_toolkit_survives_the_trip_sealed_and_only_its_key_opens_it(
        handover in handover(),
        key in any::<[u8; 32]>(),
        wrong in any::<[u8; 32]>(),
        salt in any::<[u8; 16]>(),
    ) {
        let payload = encode_sealed(&handover, &Key(key), salt);
        prop_assert_eq!(decode_with(&payload, Some(&Key(key))), Ok(handover));
        if wrong != key {
            prop_assert!(decode_with(&payload, Some(&Key(wrong))).is_err());
        }
        prop_assert!(decode(&payload).is_err(), "sealed, it never opens without a key");
    }

    #[test]
    fn random_text_never_panics_and_never_decodes(text in "\\PC{0,400}") {
        prop_assert!(decode(&text).is_err());
        let in_envelope = format!("1.{text}");
        prop_assert!(decode(&in_envelope).is_err());
    }

    #[test]
    fn random_bytes_in_a_valid_envelope_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = decode(&format!("1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 6);
        let _ = decode(&format!("1.{}", URL_SAFE_NO_PAD.encode(packed)));
    }

    #[test]
    fn a_damaged_hand_over_never_becomes_another_sound_one(
        handover in handover(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let payload = encode(&handover);
        let mut bytes = URL_SAFE_NO_PAD.decode(&payload[2..]).expect("our own base64");
        let i = at.index(bytes.len());
        if bytes[i] == byte {
            return Ok(());
        }
        bytes[i] = byte;
        // Deflate has no checksum, so a flipped byte may still unpack: whatever comes out
        // must pass every rule, or be refused.
        if let Ok(decoded) = decode(&format!("1.{}", URL_SAFE_NO_PAD.encode(&bytes))) {
            for card in &decoded.cards {
                prop_assert!(card.content.problems().is_empty());
            }
        }
        let cut = &payload[..payload.len() - 1 - at.index(payload.len() - 3)];
        if let Ok(decoded) = decode(cut) {
            prop_assert!(decoded.cards.iter().all(|c| c.content.problems().is_empty()));
        }
    }
}

/// Words for made-up cards, so each card's text differs the way real cards do (identical
/// cards would compress far better than real ones).
const WORDS: [&str; 48] = [
    "I", "my", "the", "walk", "breathe", "slowly", "kitchen", "sister", "music", "cold", "water",
    "count", "ten", "window", "outside", "dog", "phone", "tea", "bath", "write", "down", "what",
    "happened", "feel", "angry", "tired", "shift", "bus", "home", "friend", "text", "name", "five",
    "things", "see", "hear", "hands", "feet", "floor", "notice", "urge", "wait", "minutes", "plan",
    "tomorrow", "kind", "voice", "safe",
];

/// A sentence of `n` words picked by a small deterministic generator from `seed`.
fn sentence(seed: &mut u64, n: usize) -> String {
    let mut words = Vec::with_capacity(n);
    for _ in 0..n {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        words.push(WORDS[(*seed >> 33) as usize % WORDS.len()]);
    }
    let mut text = words.join(" ");
    text.push('.');
    text
}

/// A card of typical length: a name, two feelings, a sentence of situations, four steps
/// of about eight words and a sentence of why, each different from card to card.
fn typical_card(i: usize) -> SharedCard {
    let mut seed = i as u64 + 1;
    SharedCard {
        id: format!("0b7e9c1a-2f4d-4c1e-9a57-1d2f3e4a5b{i:02}"),
        content: CardContent {
            name: sentence(&mut seed, 3).trim_end_matches('.').to_string(),
            skill: Some("tipp".into()),
            feelings: vec!["Angry".into(), "Overwhelmed".into()],
            strength: StrengthRange { from: 6, to: 10 },
            situations: sentence(&mut seed, 14),
            steps: (0..4).map(|_| sentence(&mut seed, 8)).collect(),
            why: sentence(&mut seed, 14),
            links: Vec::new(),
            made_together: None,
        },
    }
}

/// How many typical cards fit one readable QR code (with the practitioner's details).
/// `./scripts/bench` prints it; this test keeps it from quietly falling.
#[test]
fn several_typical_cards_fit_one_qr_code() {
    let origin = "https://harbour.example";
    let mut fits = 0;
    for n in 1..=40 {
        let handover = HandOver {
            cards: (0..n).map(typical_card).collect(),
            practitioner: Some(Contact {
                name: "Sam Okafor".into(),
                service: "Riverside Recovery Team".into(),
                phone: "07700 900123".into(),
                email: "sam.okafor@example.org".into(),
                channel: Some(Channel::Text),
                replies: "within 2 working days".into(),
                service_phone: "0300 123 4567".into(),
            }),
        };
        // Sealed, as the giving screen makes it: the salt, nonce and tag ride along.
        let payload = encode_sealed(&handover, &Key([1; 32]), [2; 16]);
        let text = link_to_payload(origin, &payload);
        if !qr::fits(&text) {
            break;
        }
        fits = n;
        println!("{n} typical cards: link {} characters", text.len());
    }
    println!(
        "largest toolkit in one QR code (version {} or lower): {fits} typical cards",
        qr::MAX_VERSION
    );
    assert!(fits >= 3, "only {fits} typical cards fit one QR code");
}
