//! A backup only its owner can open: the whole backup file sealed with a key derived from a
//! passphrase (PBKDF2-SHA256 in the browser, a salt of the file's own), in a small JSON
//! wrapper that says only what it is and how to derive the key. A wrong passphrase, or a
//! changed byte, opens nothing and changes nothing.

use crate::kernel::Explain;
use crate::lock::cipher::{open, seal, Key};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// The wrapper's own format version.
pub const PROTECTED_FORMAT: u32 = 1;
/// More rounds than this are refused: a file could otherwise ask a phone to work for hours.
const MOST_ITERATIONS: u32 = 10_000_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectedFile {
    pub harbour_protected_backup: u32,
    /// The passphrase key's salt, base64url.
    pub salt: String,
    pub iterations: u32,
    /// The backup file's text, sealed.
    pub sealed: String,
}

/// Why a protected file does not open. Nothing on the phone is changed for either.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotOpened {
    WrongPassphrase,
    /// Made by a newer Harbour, or its wrapper is damaged.
    Unreadable,
}

impl Explain for NotOpened {
    fn message(&self) -> String {
        match self {
            NotOpened::WrongPassphrase => "That passphrase doesn't open this backup, so nothing \
                was changed. It is the one typed when the backup was saved: try again."
                .into(),
            NotOpened::Unreadable => "This protected backup can't be read: it may be damaged, or \
                made by a newer Harbour. Nothing was changed."
                .into(),
        }
    }
}

/// `backup`, sealed with the key a passphrase gave with `salt` and `iterations`.
pub fn protect(backup: &str, key: &Key, salt: &[u8], iterations: u32, nonce: [u8; 12]) -> String {
    let file = ProtectedFile {
        harbour_protected_backup: PROTECTED_FORMAT,
        salt: URL_SAFE_NO_PAD.encode(salt),
        iterations,
        sealed: seal(key, nonce, backup),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// The wrapper, if `text` is a protected backup (the key is derived from what it says).
pub fn protected(text: &str) -> Option<Result<(Vec<u8>, u32), NotOpened>> {
    #[derive(Deserialize)]
    struct Version {
        harbour_protected_backup: u32,
    }
    let text = text.trim_start_matches('\u{feff}');
    let version = serde_json::from_str::<Version>(text).ok()?;
    let derivation = serde_json::from_str::<ProtectedFile>(text)
        .ok()
        .filter(|file| {
            version.harbour_protected_backup <= PROTECTED_FORMAT
                && file.iterations <= MOST_ITERATIONS
                && file.iterations > 0
        })
        .and_then(|file| Some((URL_SAFE_NO_PAD.decode(file.salt).ok()?, file.iterations)))
        .ok_or(NotOpened::Unreadable);
    Some(derivation)
}

/// The backup inside a protected file, with the key its passphrase gave.
pub fn unprotect(text: &str, key: &Key) -> Result<String, NotOpened> {
    let file: ProtectedFile = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|_| NotOpened::Unreadable)?;
    open(key, &file.sealed).ok_or(NotOpened::WrongPassphrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BACKUP: &str =
        r#"{"harbour_backup":1,"records":{"harbour.people":[{"name":"Auntie Rose"}]}}"#;

    #[test]
    fn a_protected_backup_opens_with_its_passphrase_only() {
        let text = protect(BACKUP, &Key([3; 32]), &[9; 16], 600_000, [1; 12]);
        assert!(!text.contains("Auntie"), "{text}");
        let (salt, iterations) = protected(&text).expect("protected").expect("readable");
        assert_eq!((salt, iterations), (vec![9; 16], 600_000));
        assert_eq!(unprotect(&text, &Key([3; 32])).as_deref(), Ok(BACKUP));
        assert_eq!(
            unprotect(&text, &Key([4; 32])),
            Err(NotOpened::WrongPassphrase)
        );
    }

    #[test]
    fn a_plain_backup_is_not_protected_and_a_hostile_wrapper_is_refused() {
        assert_eq!(protected(BACKUP), None);
        assert_eq!(protected("not json"), None);
        let greedy = r#"{"harbour_protected_backup":1,"salt":"AAAA","iterations":4000000000,"sealed":"~s1.x"}"#;
        assert_eq!(
            protected(greedy),
            Some(Err(NotOpened::Unreadable)),
            "too many rounds"
        );
        let newer =
            r#"{"harbour_protected_backup":2,"salt":"AAAA","iterations":1,"sealed":"~s1.x"}"#;
        assert_eq!(protected(newer), Some(Err(NotOpened::Unreadable)));
        let text = protect(BACKUP, &Key([3; 32]), &[9; 16], 600_000, [1; 12]);
        let changed = text.replacen("~s1.", "~s1.A", 1);
        assert_eq!(
            unprotect(&changed, &Key([3; 32])),
            Err(NotOpened::WrongPassphrase)
        );
    }
}
