//! Ids of check-ins and cards. They become part of storage keys (`harbour.toolkit.card.<id>`)
//! and travel in hand-overs, so they are short and plain.

use super::limits::MAX_ID_CHARS;

/// Letters, digits, `-` and `_` only, up to [`MAX_ID_CHARS`]: safe inside a storage key.
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ids_are_letters_digits_dashes_and_underscores() {
        assert!(is_plain_id("0b3f-4c2a_9"));
        assert!(!is_plain_id(""));
        assert!(!is_plain_id("a.b"));
        assert!(!is_plain_id("../x"));
        assert!(!is_plain_id(&"a".repeat(MAX_ID_CHARS + 1)));
    }
}
