//! Sizes more than one feature relies on. A limit used by one feature only lives with it.

/// Ids come from the browser's `crypto.randomUUID()` (36 characters); this bounds what a
/// stored or received id may hold, since ids become part of storage keys.
pub const MAX_ID_CHARS: usize = 64;
/// More feelings than this in one check-in or on one card is almost certainly a fault, not a
/// person. Also bounds the skills recorded as tried with one check-in.
pub const MAX_FEELINGS: usize = 20;
