//! How every problem is told to the client: one kind, plain message, whatever the feature.

/// A problem said kindly, in words ready to show: what happened, that nothing was lost (where
/// that is so), and what the client can do.
pub trait Explain {
    fn message(&self) -> String;
}
