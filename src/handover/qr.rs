//! A hand-over link as a QR code, drawn as one SVG path.
//!
//! Codes are capped at version 25 (117 x 117 modules): beyond that, a cheap phone's camera
//! struggles to read a code off another screen, so a larger hand-over is offered as a link
//! or file instead, and the client is told why.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

pub const MAX_VERSION: u8 = 25;
/// White modules around the code, as scanners expect.
const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: an SVG `viewBox` side and the path of its dark modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrImage {
    pub side: i32,
    pub path: String,
    pub version: u8,
}

/// The code for `text`, or `None` when it does not fit one readable code.
pub fn draw(text: &str) -> Option<QrImage> {
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(MAX_VERSION),
        None,
        true,
    )
    .ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle per run of dark modules keeps the path short.
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    Some(QrImage {
        side: size + 2 * QUIET_ZONE,
        path,
        version: code.version().value(),
    })
}

/// True when `text` fits one readable QR code.
pub fn fits(text: &str) -> bool {
    draw(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_short_link() {
        let image = draw("https://harbour.example/receive#1.abc").expect("fits");
        assert_eq!(image.side, i32::from(image.version) * 4 + 17 + 8);
        assert!(image.version <= 3);
        assert!(
            image.path.starts_with("M4 4h7v1h-7z"),
            "finder pattern first"
        );
    }

    #[test]
    fn a_link_too_long_for_a_readable_code_is_refused() {
        assert!(fits(&"a".repeat(1000)));
        assert!(!fits(&"a".repeat(1400)));
    }
}
