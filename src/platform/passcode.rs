//! The passcode's key, derived by the browser's own PBKDF2-SHA256 (Web Crypto: native code,
//! so 600,000 rounds take a fraction of a second), and new random keys and salts. Only the
//! lock's screens and protected backups use it, so it travels in their chunks.

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The 256-bit key `passcode` and `salt` give after `iterations` rounds; `None` if this browser
/// cannot derive one (Web Crypto needs a secure page).
pub async fn derive_key(passcode: &str, salt: &[u8], iterations: u32) -> Option<[u8; 32]> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let usages = Array::of1(&JsValue::from_str("deriveBits"));
    let raw = Uint8Array::from(passcode.as_bytes());
    let base = subtle
        .import_key_with_str("raw", &raw, "PBKDF2", false, &usages)
        .ok()?;
    let base: web_sys::CryptoKey = JsFuture::from(base).await.ok()?.into();
    let params = web_sys::Pbkdf2Params::new(
        "PBKDF2",
        &JsValue::from_str("SHA-256"),
        iterations,
        &Object::from(Uint8Array::from(salt)),
    );
    let bits = subtle.derive_bits_with_object(&params, &base, 256).ok()?;
    let bits = JsFuture::from(bits).await.ok()?;
    Uint8Array::new(&bits).to_vec().try_into().ok()
}

/// A key from `passcode` with a new random salt: the key and the salt, to keep beside what
/// it seals.
pub async fn derive_with_new_salt(passcode: &str, iterations: u32) -> Option<([u8; 32], [u8; 16])> {
    let salt = random::<16>()?;
    Some((derive_key(passcode, &salt, iterations).await?, salt))
}

/// `N` fresh random bytes, or `None` if the browser has no cryptographic source.
pub fn random<const N: usize>() -> Option<[u8; N]> {
    let mut bytes = [0; N];
    super::random_bytes(&mut bytes).then_some(bytes)
}
