//! The links that open another app with the message ready, as phones really read them:
//! - a text: `sms:<number>?&body=<text>`: one number, always (Android 13 drops the body
//!   without one); `?&body=` is read by both Android (`?body=`) and iOS (`&body=`);
//! - an email: `mailto:<address>?subject=…&body=…`, with line breaks as `%0D%0A`, the whole
//!   link kept under about 1,800 characters;
//! - a call: `tel:<number>`.
//!
//! Everything is percent-encoded (`%20`, never `+`), so `&`, `?`, `#`, `%`, `+`, emoji and
//! line breaks arrive as written.

use crate::kernel::number::dial;
use crate::practitioner::{Channel, Contact};

/// Longest `mailto:` link: some mail apps cut longer ones.
pub const MAX_MAILTO_CHARS: usize = 1800;

/// Percent-encodes everything but the characters every URL keeps as they are.
pub fn percent_encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A text to `number`, with `body` ready if there is one.
pub fn sms_link(number: &str, body: &str) -> String {
    if body.is_empty() {
        return format!("sms:{}", dial(number));
    }
    format!("sms:{}?&body={}", dial(number), percent_encoded(body))
}

/// `None` when the link would be too long for some mail apps.
pub fn mailto_link(address: &str, subject: &str, body: &str) -> Option<String> {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    let link = format!(
        "mailto:{address}?subject={}&body={}",
        percent_encoded(subject),
        percent_encoded(&body)
    );
    (link.chars().count() <= MAX_MAILTO_CHARS).then_some(link)
}

pub fn tel_link(number: &str) -> String {
    format!("tel:{}", dial(number))
}

/// The link for one way of getting in touch, if the details allow it.
pub fn link_for(channel: Channel, practitioner: &Contact, message: &str) -> Option<String> {
    let detail = practitioner.detail_for(channel)?;
    match channel {
        Channel::Text => Some(sms_link(detail, message)),
        Channel::Call => Some(tel_link(detail)),
        Channel::Email => mailto_link(detail, super::message::SUBJECT, message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practitioner::fixtures::sam;

    /// Decodes percent escapes, as the messages or mail app does.
    fn decoded(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
                out.push(u8::from_str_radix(hex, 16).expect("hex"));
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).expect("utf-8")
    }

    const AWKWARD: &str = "Tues & Weds? 50% better #1 + 🌊 :)\nSecond line — thanks";

    #[test]
    fn a_text_carries_every_character_and_line_as_written() {
        let link = sms_link("+44 7700 900123", AWKWARD);
        let (address, body) = link.split_once("?&body=").expect("body");
        assert_eq!(address, "sms:+447700900123");
        assert!(!body.contains(['+', ' ', '&', '?', '#', '\n']), "{body}");
        assert_eq!(decoded(body), AWKWARD);
        assert_eq!(sms_link("07700 900123", ""), "sms:07700900123");
    }

    #[test]
    fn an_email_uses_crlf_line_breaks_and_keeps_its_length() {
        let link =
            mailto_link("sam.okafor@example.org", "Asking to come back", AWKWARD).expect("fits");
        let (head, body) = link.split_once("&body=").expect("body");
        assert_eq!(
            head,
            "mailto:sam.okafor@example.org?subject=Asking%20to%20come%20back"
        );
        assert!(body.contains("%0D%0A"));
        assert_eq!(decoded(body), AWKWARD.replace('\n', "\r\n"));
        assert_eq!(
            mailto_link("a@b.org", "s", &"x".repeat(MAX_MAILTO_CHARS)),
            None
        );
    }

    #[test]
    fn the_agreed_way_opens_with_the_message_ready() {
        let message = "Hello Sam";
        assert_eq!(
            link_for(Channel::Text, &sam(), message).as_deref(),
            Some("sms:+447700900123?&body=Hello%20Sam")
        );
        assert_eq!(
            link_for(Channel::Call, &sam(), message).as_deref(),
            Some("tel:+447700900123")
        );
        let email = link_for(Channel::Email, &sam(), message).expect("email");
        assert!(email.starts_with("mailto:sam.okafor@example.org?subject="));
        let no_email = Contact {
            email: String::new(),
            ..sam()
        };
        assert_eq!(link_for(Channel::Email, &no_email, message), None);
    }

    #[test]
    fn a_typical_message_fits_an_email_link_and_a_very_long_one_is_refused() {
        let typical = super::super::message::ready_message(&sam());
        assert!(link_for(Channel::Email, &sam(), &typical).is_some());
        // Letters outside ASCII take six characters each once encoded: the screen offers
        // copying or sharing instead.
        let longest = "é".repeat(super::super::message::MAX_MESSAGE_CHARS);
        assert_eq!(link_for(Channel::Email, &sam(), &longest), None);
        assert!(link_for(Channel::Text, &sam(), &longest).is_some());
    }
}
