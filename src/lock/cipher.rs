//! Sealing one stored value: AES-256-GCM with a fresh random nonce for every write, so the
//! same words never look the same twice, and a changed byte is found (the tag no longer
//! fits), never read as data.
//!
//! A sealed value is text: [`MARK`] then base64url of the nonce and the ciphertext with its
//! tag. Stored values are JSON, which never starts with `~`, so every value says by itself
//! whether it is sealed: turning the lock on or off can stop halfway and carry on later.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// How every sealed value begins: sealed with AES-256-GCM, in this format's first version.
pub const MARK: &str = "~s1.";
const NONCE_BYTES: usize = 12;

/// 256 bits: the random key everything is sealed with, or the key derived from a passcode
/// that seals it in turn. Wiped from memory when dropped.
pub struct Key(pub [u8; 32]);

impl Drop for Key {
    fn drop(&mut self) {
        self.0.fill(0);
    }
}

/// A fresh nonce for each write: 96 random bits from the phone.
pub type NewNonce<'a> = &'a mut dyn FnMut() -> [u8; NONCE_BYTES];

/// Whether `stored` is a sealed value rather than plain JSON.
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(MARK)
}

/// `plain`, sealed with `key` and `nonce`.
pub fn seal(key: &Key, nonce: [u8; NONCE_BYTES], plain: &str) -> String {
    let sealed = seal_bytes(key, nonce, plain.as_bytes());
    format!("{MARK}{}", URL_SAFE_NO_PAD.encode(sealed))
}

/// What `stored` said, if it is a value sealed with `key` and not a byte of it changed.
pub fn open(key: &Key, stored: &str) -> Option<String> {
    let bytes = URL_SAFE_NO_PAD.decode(stored.strip_prefix(MARK)?).ok()?;
    String::from_utf8(open_bytes(key, &bytes)?).ok()
}

/// `plain` sealed: the nonce, then the ciphertext and its tag.
pub fn seal_bytes(key: &Key, nonce: [u8; NONCE_BYTES], plain: &[u8]) -> Vec<u8> {
    let aes = Aes256Gcm::new(&key.0.into());
    // Encrypting into memory cannot fail but for a message of 64 GB.
    let sealed = aes
        .encrypt(Nonce::from_slice(&nonce), plain)
        .unwrap_or_default();
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    bytes
}

/// What [`seal_bytes`] sealed, if `key` is its key and not a byte changed.
pub fn open_bytes(key: &Key, sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < NONCE_BYTES {
        return None;
    }
    let (nonce, sealed) = sealed.split_at(NONCE_BYTES);
    let aes = Aes256Gcm::new(&key.0.into());
    aes.decrypt(Nonce::from_slice(nonce), sealed).ok()
}

/// The sealing a phone uses while unlocked: the data key, and the two ways to use it, as plain
/// function pointers so their code travels in the lock's own chunk, fetched only by phones
/// that use the lock (see `lock::page`).
pub struct Cipher {
    key: Key,
    seal: fn(&Key, [u8; NONCE_BYTES], &str) -> String,
    open: fn(&Key, &str) -> Option<String>,
}

impl Cipher {
    pub fn new(key: Key) -> Cipher {
        Cipher { key, seal, open }
    }

    pub fn seal(&self, nonce: [u8; NONCE_BYTES], plain: &str) -> String {
        (self.seal)(&self.key, nonce, plain)
    }

    pub fn open(&self, stored: &str) -> Option<String> {
        (self.open)(&self.key, stored)
    }

    /// The data key, sealed with a key derived from a passcode: all a passcode change rewrites.
    pub fn wrapped_with(&self, passcode_key: &Key, nonce: [u8; NONCE_BYTES]) -> String {
        seal(passcode_key, nonce, &URL_SAFE_NO_PAD.encode(self.key.0))
    }

    /// The data key from its wrapped copy, if `passcode_key` is the one that wrapped it.
    pub fn unwrap(passcode_key: &Key, wrapped: &str) -> Option<Cipher> {
        let text = open(passcode_key, wrapped)?;
        let bytes: [u8; 32] = URL_SAFE_NO_PAD.decode(text).ok()?.try_into().ok()?;
        Some(Cipher::new(Key(bytes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> Key {
        Key([byte; 32])
    }

    #[test]
    fn what_is_sealed_opens_with_its_key_only() {
        let sealed = seal(&key(1), [7; 12], r#"{"note":"a hard day"}"#);
        assert!(is_sealed(&sealed));
        assert!(!sealed.contains("hard"), "{sealed}");
        assert_eq!(
            open(&key(1), &sealed).as_deref(),
            Some(r#"{"note":"a hard day"}"#)
        );
        assert_eq!(open(&key(2), &sealed), None, "a wrong key opens nothing");
    }

    #[test]
    fn a_fresh_nonce_makes_the_same_words_look_different() {
        let once = seal(&key(1), [1; 12], "same");
        let twice = seal(&key(1), [2; 12], "same");
        assert_ne!(once, twice);
    }

    #[test]
    fn a_changed_byte_is_refused_never_read_as_data() {
        let sealed = seal(&key(1), [3; 12], "[1,2,3]");
        for at in MARK.len()..sealed.len() {
            let mut changed = sealed.clone().into_bytes();
            changed[at] = if changed[at] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(changed).expect("ascii");
            if changed != sealed {
                assert_eq!(open(&key(1), &changed), None, "changed at {at}");
            }
        }
        assert_eq!(
            open(&key(1), &sealed[..sealed.len() - 1]),
            None,
            "cut short"
        );
        assert_eq!(open(&key(1), MARK), None, "nothing after the mark");
        assert_eq!(open(&key(1), "[1,2,3]"), None, "plain JSON is not sealed");
    }

    #[test]
    fn the_data_key_unwraps_with_the_passcode_key_that_wrapped_it() {
        let cipher = Cipher::new(key(9));
        let wrapped = cipher.wrapped_with(&key(4), [5; 12]);
        let unwrapped = Cipher::unwrap(&key(4), &wrapped).expect("the right passcode");
        assert_eq!(
            unwrapped.open(&cipher.seal([6; 12], "kept")).as_deref(),
            Some("kept")
        );
        assert!(
            Cipher::unwrap(&key(5), &wrapped).is_none(),
            "a wrong passcode"
        );
    }
}
