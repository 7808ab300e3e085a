//! What a core action is given from outside the core, and how it says it did not happen.
//!
//! Every use case (save a check-in, save a card, accept a hand-over…) is one core function
//! that takes a [`Context`] and its input and returns what changed, or why not. The app builds
//! the `Context` from the browser's storage, clock and ids; a test builds it from an in-memory
//! store, a fixed moment and counted ids, so every rule is tested natively.

use super::explain::Explain;
use crate::storage::quarantine::Watched;
use crate::storage::{Store, StoreError};
use crate::time::Moment;

/// What an action is given: the phone's store, the moment the action runs, new ids and the tab.
/// (The variable holding it is called `phone` throughout: it is the phone as the action sees it.)
pub struct Context<'a> {
    store: Watched<'a>,
    /// When the action runs, with the phone's offset at the time.
    pub now: Moment,
    ids: &'a mut dyn FnMut() -> String,
    /// The browser tab the action runs in, for what is kept per tab (a form's draft); empty
    /// when not known.
    tab: &'a str,
}

impl<'a> Context<'a> {
    pub fn new(
        store: &'a mut dyn Store,
        now: Moment,
        ids: &'a mut dyn FnMut() -> String,
    ) -> Context<'a> {
        Context {
            store: Watched::new(store),
            now,
            ids,
            tab: "",
        }
    }

    /// The same phone, acting for one browser tab.
    pub fn in_tab(self, tab: &'a str) -> Context<'a> {
        Context { tab, ..self }
    }

    /// The tab the action runs in ("" when not known).
    pub fn tab(&self) -> &'a str {
        self.tab
    }

    /// Where everything is kept.
    pub fn store(&mut self) -> &mut dyn Store {
        &mut self.store
    }

    /// A new unique id, for a new check-in or card.
    pub fn new_id(&mut self) -> String {
        (self.ids)()
    }

    /// True when something unreadable was found and set aside while the action ran: the
    /// client is told, once, whichever feature found it.
    pub fn set_something_aside(&self) -> bool {
        self.store.set_something_aside()
    }
}

/// Why an action did not happen: something to change first, or the phone would not keep it.
/// Either way, nothing stored was harmed and what was typed is still on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotDone<P> {
    Problems(Vec<P>),
    NotKept(StoreError),
}

impl<P> From<StoreError> for NotDone<P> {
    fn from(error: StoreError) -> Self {
        NotDone::NotKept(error)
    }
}

impl<P: Explain> NotDone<P> {
    /// What to tell the client, one message per problem.
    pub fn messages(&self) -> Vec<String> {
        match self {
            NotDone::Problems(problems) => problems.iter().map(Explain::message).collect(),
            NotDone::NotKept(error) => vec![error.message()],
        }
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::Context;
    use crate::storage::memory::MemoryStore;
    use crate::time::Moment;
    use chrono::DateTime;

    /// A phone for tests: an in-memory store, a fixed moment and ids "id-1", "id-2", …
    pub struct TestPhone {
        pub store: MemoryStore,
        pub now: Moment,
        made: usize,
    }

    impl TestPhone {
        pub fn at(rfc3339: &str) -> TestPhone {
            TestPhone {
                store: MemoryStore::new(),
                now: DateTime::parse_from_rfc3339(rfc3339).expect("test moment"),
                made: 0,
            }
        }

        /// Runs one action, as the app does.
        pub fn act<T>(&mut self, action: impl FnOnce(&mut Context) -> T) -> T {
            let made = &mut self.made;
            let mut ids = || {
                *made += 1;
                format!("id-{made}")
            };
            let mut phone = Context::new(&mut self.store, self.now, &mut ids);
            action(&mut phone)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::TestPhone;
    use super::*;
    use crate::storage::quarantine::read_json;

    #[test]
    fn gives_new_ids_and_reports_what_was_set_aside() {
        let mut test = TestPhone::at("2026-11-22T09:05:00Z");
        test.store.write("harbour.x", "{damaged").expect("write");
        let (ids, set_aside) = test.act(|phone| {
            let ids = (phone.new_id(), phone.new_id());
            let _ = read_json::<u8>(phone.store(), "harbour.x");
            (ids, phone.set_something_aside())
        });
        assert_eq!(ids, ("id-1".to_string(), "id-2".to_string()));
        assert!(set_aside);
        let quiet = test.act(|phone| {
            let _ = read_json::<u8>(phone.store(), "harbour.missing");
            phone.set_something_aside()
        });
        assert!(!quiet);
    }

    #[derive(Debug, PartialEq)]
    struct Typo;

    impl Explain for Typo {
        fn message(&self) -> String {
            "Check the spelling.".into()
        }
    }

    #[test]
    fn not_done_says_why_kindly() {
        let problems: NotDone<Typo> = NotDone::Problems(vec![Typo]);
        assert_eq!(problems.messages(), ["Check the spelling."]);
        let full: NotDone<Typo> = StoreError::Full.into();
        assert_eq!(full.messages(), [StoreError::Full.message()]);
    }
}
