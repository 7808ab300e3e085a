//! Session mode: working through the toolkit together with the practitioner. While a session
//! is on, text is larger, new cards are marked "made together on <date>", and the cards made
//! or changed are gathered so the end of the session can show them (and hand them over).
//!
//! The session is kept on the phone, so a reload in the middle of one does not end it.

use crate::kernel::Context;
use crate::storage::quarantine::{read_json, Read};
use crate::storage::unknown_fields::write_keeping_unknown;
use crate::storage::{Store, StoreError};
use crate::time::Moment;
use crate::toolkit::shelf::Toolkit;
use serde::{Deserialize, Serialize};

#[cfg(target_arch = "wasm32")]
pub mod page;

#[cfg(target_arch = "wasm32")]
pub use page::SessionRoutes;

pub const SESSION_KEY: &str = "harbour.session";
/// When the last session ended, so "Since my last session" knows where to start.
pub const LAST_ENDED_KEY: &str = "harbour.session.last";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    #[serde(with = "crate::time::rfc3339")]
    pub started: Moment,
    /// Ids of the cards made or changed in this session, in the order first touched.
    #[serde(default)]
    pub cards: Vec<String>,
}

impl Session {
    pub fn new(started: Moment) -> Session {
        Session {
            started,
            cards: Vec::new(),
        }
    }

    /// The cards made or changed in this session, as the end of it shows them.
    pub fn made_together(&self, toolkit: &Toolkit) -> MadeTogether {
        let here: Vec<(String, String)> = self
            .cards
            .iter()
            .filter_map(|id| {
                toolkit
                    .find(id)
                    .map(|c| (id.clone(), c.content.name.clone()))
            })
            .collect();
        MadeTogether {
            gone: self.cards.len() - here.len(),
            here,
        }
    }

    /// Notes that a card was made or changed in this session.
    pub fn touched(&mut self, card: &str) {
        if !self.cards.iter().any(|c| c == card) {
            self.cards.push(card.to_string());
        }
    }
}

/// What a session made, at its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MadeTogether {
    /// Each card still on this phone: its id and name.
    pub here: Vec<(String, String)>,
    /// How many are no longer on it: handed over from a practitioner's device and removed
    /// from it, or deleted.
    pub gone: usize,
}

/// The session in progress, if any. One that cannot be read is set aside and counts as ended.
pub fn load(store: &mut dyn Store) -> Result<Option<Session>, StoreError> {
    Ok(match read_json::<Session>(store, SESSION_KEY)? {
        Read::Found(session) => Some(session),
        Read::Missing | Read::Unreadable => None,
    })
}

/// Keeps the session, or ends it (`None`).
pub fn keep(store: &mut dyn Store, session: Option<&Session>) -> Result<(), StoreError> {
    match session {
        Some(session) => write_keeping_unknown(store, SESSION_KEY, session),
        None => store.remove(SESSION_KEY),
    }
}

/// Starts a session now. It is on even if the phone has no room to remember it; the error
/// says it will not outlive Harbour being closed.
pub fn start(phone: &mut Context, session: &mut Option<Session>) -> Result<(), StoreError> {
    let started = Session::new(phone.now);
    let kept = keep(phone.store(), Some(&started));
    *session = Some(started);
    kept
}

/// When the last session ended, kept apart from the session in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct LastEnded {
    #[serde(with = "crate::time::rfc3339")]
    ended: Moment,
}

/// Ends the session and remembers when. The cards made in it stay in the toolkit. The session
/// ends even if the phone has no room to remember when; the error says so.
pub fn end(phone: &mut Context, session: &mut Option<Session>) -> Result<(), StoreError> {
    *session = None;
    keep(phone.store(), None)?;
    let last = LastEnded { ended: phone.now };
    write_keeping_unknown(phone.store(), LAST_ENDED_KEY, &last)
}

/// When the last session ended, if one has. One that cannot be read is set aside and counts
/// as none.
pub fn last_ended(store: &mut dyn Store) -> Result<Option<Moment>, StoreError> {
    Ok(match read_json::<LastEnded>(store, LAST_ENDED_KEY)? {
        Read::Found(last) => Some(last.ended),
        Read::Missing | Read::Unreadable => None,
    })
}

/// Notes that a card was made or changed, if a session is on.
pub fn note_card(
    phone: &mut Context,
    session: &mut Option<Session>,
    card: &str,
) -> Result<(), StoreError> {
    let Some(on) = session else {
        return Ok(());
    };
    on.touched(card);
    keep(phone.store(), Some(on))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::moment;
    use crate::storage::memory::MemoryStore;

    #[test]
    fn a_session_survives_a_reload_until_it_ends() {
        let mut store = MemoryStore::new();
        let mut session = Session::new(moment("2026-11-22T14:00:00Z"));
        session.touched("a");
        session.touched("b");
        session.touched("a");
        keep(&mut store, Some(&session)).expect("keep");
        let back = load(&mut store).expect("load").expect("session");
        assert_eq!(back.cards, ["a", "b"]);
        keep(&mut store, None).expect("end");
        assert_eq!(load(&mut store), Ok(None));
    }

    #[test]
    fn starting_noting_and_ending_a_session() {
        use crate::kernel::context::fixtures::TestPhone;
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let mut session = None;
        test.act(|p| note_card(p, &mut session, "a"))
            .expect("no session");
        assert_eq!(session, None);
        test.act(|p| start(p, &mut session)).expect("start");
        test.act(|p| note_card(p, &mut session, "a")).expect("note");
        let kept = test.act(|p| load(p.store())).expect("load").expect("on");
        assert_eq!(
            (kept.started, kept.cards),
            (test.now, vec!["a".to_string()])
        );
        test.act(|p| end(p, &mut session)).expect("end");
        assert_eq!((session, test.act(|p| load(p.store()))), (None, Ok(None)));
        assert_eq!(test.act(|p| last_ended(p.store())), Ok(Some(test.now)));
    }

    #[test]
    fn the_end_tells_cards_still_here_from_cards_gone() {
        use crate::kernel::context::fixtures::TestPhone;
        use crate::toolkit::shelf::fixtures::add_card;
        let mut test = TestPhone::at("2026-11-22T14:00:00Z");
        let toolkit = test.act(|p| {
            add_card(p, "a", "Ice in my hand");
            crate::toolkit::shelf::load(p.store()).expect("toolkit")
        });
        let mut session = Session::new(test.now);
        assert_eq!(
            session.made_together(&toolkit),
            MadeTogether {
                here: Vec::new(),
                gone: 0
            }
        );
        session.touched("a");
        session.touched("handed-over-and-removed");
        assert_eq!(
            session.made_together(&toolkit),
            MadeTogether {
                here: vec![("a".into(), "Ice in my hand".into())],
                gone: 1
            }
        );
    }

    #[test]
    fn an_unreadable_last_session_counts_as_none_and_is_set_aside() {
        let mut store = MemoryStore::new();
        assert_eq!(last_ended(&mut store), Ok(None));
        store.write(LAST_ENDED_KEY, "{\"ended\":7}").expect("write");
        assert_eq!(last_ended(&mut store), Ok(None));
        assert_eq!(
            store.read("harbour.quarantine.harbour.session.last.1"),
            Ok(Some("{\"ended\":7}".into()))
        );
    }
}
