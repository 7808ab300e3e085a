//! The hand-over code: twelve letters and digits the giving screen shows and the client
//! types, so the link (which the browser's history keeps for ever) carries the cards only
//! sealed. The key is derived from the code with PBKDF2 and the payload's own salt, so a
//! link found in a history cannot be opened by trying codes at speed.
//!
//! Crockford's base32 alphabet: no I, L, O or U, so nothing is misread aloud or on a small
//! screen; typed, lower case, spaces and dashes are fine, and I, L and O are read as 1, 1, 0.

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 12 characters of 5 bits: 60 random bits.
pub const CODE_LENGTH: usize = 12;

/// A new code from 8 random bytes (60 of their bits are used).
pub fn new_code(random: [u8; 8]) -> String {
    let mut bits = u64::from_le_bytes(random);
    (0..CODE_LENGTH)
        .map(|_| {
            let character = ALPHABET[(bits & 31) as usize] as char;
            bits >>= 5;
            character
        })
        .collect()
}

/// The code as the giving screen shows it: three groups of four, easy to read out.
pub fn shown(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The code as typed, in the one form keys are derived from; `None` when it cannot be one.
pub fn normalised(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            other => other,
        })
        .collect();
    (code.chars().count() == CODE_LENGTH && code.bytes().all(|b| ALPHABET.contains(&b)))
        .then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_back_however_it_is_typed() {
        let code = new_code([0xA5, 0x5A, 0x01, 0xFF, 0x80, 0x7F, 0x33, 0xCC]);
        assert_eq!(code.len(), CODE_LENGTH);
        assert_eq!(normalised(&code).as_deref(), Some(code.as_str()));
        assert_eq!(normalised(&shown(&code)).as_deref(), Some(code.as_str()));
        assert_eq!(
            normalised(&code.to_lowercase()).as_deref(),
            Some(code.as_str())
        );
        let dashed = shown(&code).replace(' ', "-");
        assert_eq!(normalised(&dashed).as_deref(), Some(code.as_str()));
    }

    #[test]
    fn letters_read_as_digits_and_wrong_lengths_are_no_code() {
        assert_eq!(
            normalised("o1l1 ioo0 0000").as_deref(),
            Some("011110000000")
        );
        assert_eq!(normalised("ABCD EFGH JK"), None, "too short");
        assert_eq!(normalised("ABCD EFGH JKMNP"), None, "too long");
        assert_eq!(
            normalised("ABCD EFGH JKU!"),
            None,
            "U and ! are not in the alphabet"
        );
        assert_eq!(normalised(""), None);
    }

    #[test]
    fn different_random_bytes_give_different_codes() {
        assert_ne!(new_code([1; 8]), new_code([2; 8]));
        assert_eq!(shown("ABCDEFGHJKMN"), "ABCD EFGH JKMN");
    }
}
