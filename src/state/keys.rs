//! What the app holds of the lock: the key while unlocked (in memory only), what the screens
//! show (locked or not, and the client's choices), and the store each state gives the
//! features (`lock::sealing`).

use crate::lock::cipher::{Cipher, NewNonce};
use crate::lock::sealing::{Sealing, Shut};
use crate::storage::Store;

/// What the screens show of the lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockShown {
    Off,
    /// Nothing of the client's is on screen or in memory; the locked screen shows.
    Locked,
    Open {
        after_hidden_minutes: u32,
        people_readable: bool,
    },
}

/// The key, while unlocked.
pub enum Keys {
    Off,
    Locked,
    Open {
        cipher: Cipher,
        people_readable: bool,
    },
}

impl Keys {
    /// How the phone's store looks to features in this state: as it is, sealed, or shut.
    pub fn over<T>(
        &self,
        store: &mut dyn Store,
        nonces: NewNonce,
        action: impl FnOnce(&mut dyn Store) -> T,
    ) -> T {
        match self {
            Keys::Off => action(store),
            Keys::Locked => action(&mut Shut),
            Keys::Open {
                cipher,
                people_readable,
            } => action(&mut Sealing {
                inner: store,
                cipher,
                nonces,
                people_readable: *people_readable,
            }),
        }
    }
}
