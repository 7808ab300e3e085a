//! What Harbour does as it opens: brings the stored layout up to date, then reads what every
//! screen shares ([`SharedState`]: the client's own feeling words, the toolkit, a session in
//! progress).

use crate::feelings::{load_own_words, OwnWords};
use crate::kernel::{Context, Explain};
use crate::session::{self, Session};
use crate::storage::schema::{migrate, SchemaOutcome, MIGRATIONS};
use crate::storage::{ReadOnly, Store, StoreError};
use crate::toolkit::shelf::{self, Toolkit};

/// Something to tell the client as Harbour opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpeningProblem {
    /// A newer Harbour wrote the data; it is left as it is.
    NewerData,
    CouldNotOpen,
}

impl Explain for OpeningProblem {
    fn message(&self) -> String {
        match self {
            OpeningProblem::NewerData => "Your data was last saved by a newer Harbour. \
                Everything is here to read, but this older copy won't change anything, so \
                nothing the newer one wrote is lost. Opening Harbour with signal brings it up \
                to date."
                .into(),
            OpeningProblem::CouldNotOpen => "Harbour could not open what it keeps on your phone \
                just now. Nothing has been changed. Closing Harbour and opening it again may help."
                .into(),
        }
    }
}

/// What every screen shares. Read in one go (as Harbour opens, and after another tab or a
/// restore changed it), changed by core actions through `&mut SharedState`, and shown by the
/// app's state from one place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SharedState {
    pub own_words: OwnWords,
    pub toolkit: Toolkit,
    /// The session with the practitioner in progress, if any.
    pub session: Option<Session>,
}

impl SharedState {
    /// What every screen shares, read afresh from the store.
    pub fn read(store: &mut dyn Store) -> Result<SharedState, StoreError> {
        Ok(SharedState {
            own_words: load_own_words(store)?,
            toolkit: shelf::load(store)?,
            session: session::load(store)?,
        })
    }
}

/// What Harbour found as it opened.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Opened {
    pub shared: SharedState,
    pub problems: Vec<OpeningProblem>,
}

/// Brings the stored layout up to date, then reads what every screen shares. A layout newer
/// than this version is read through [`ReadOnly`] from the first read, so nothing is set
/// aside or rewritten: the caller then keeps the whole store read-only.
pub fn open(phone: &mut Context) -> Opened {
    let mut opened = Opened::default();
    let newer = match migrate(phone.store(), MIGRATIONS) {
        Ok(SchemaOutcome::Current { .. }) => false,
        Ok(SchemaOutcome::Newer { .. }) => {
            opened.problems.push(OpeningProblem::NewerData);
            true
        }
        Err(_) => {
            opened.problems.push(OpeningProblem::CouldNotOpen);
            false
        }
    };
    let read = if newer {
        SharedState::read(&mut ReadOnly(&*phone.store()))
    } else {
        SharedState::read(phone.store())
    };
    match read {
        Ok(shared) => opened.shared = shared,
        Err(_) => opened.problems.push(OpeningProblem::CouldNotOpen),
    }
    opened
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::context::fixtures::TestPhone;
    use crate::storage::schema::SCHEMA_KEY;

    #[test]
    fn a_new_phone_opens_empty_and_up_to_date() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        let opened = test.act(open);
        assert_eq!(opened, Opened::default());
        assert_eq!(test.store.read(SCHEMA_KEY), Ok(Some("2".into())));
    }

    #[test]
    fn newer_data_is_said_and_left_as_it_is() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        test.store.write(SCHEMA_KEY, "99").expect("write");
        let opened = test.act(open);
        assert_eq!(opened.problems, [OpeningProblem::NewerData]);
        assert_eq!(test.store.read(SCHEMA_KEY), Ok(Some("99".into())));
    }

    #[test]
    fn a_newer_layout_is_read_without_setting_anything_aside() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        test.store.write(SCHEMA_KEY, "3").expect("write");
        let long_name = format!(
            r#"{{"id":"c1","content":{{"name":"{}","strength":{{"from":0,"to":10}}}}}}"#,
            "n".repeat(75)
        );
        test.store
            .write("harbour.toolkit.card.c1", &long_name)
            .expect("write");
        test.store
            .write("harbour.toolkit.order", r#"["c1","c2"]"#)
            .expect("write");
        let fine = r#"{"id":"c2","content":{"name":"Breathe","strength":{"from":0,"to":10}}}"#;
        test.store
            .write("harbour.toolkit.card.c2", fine)
            .expect("write");
        test.store
            .write("harbour.feelings.own", r#"["Wobbly","od\u202ed"]"#)
            .expect("write");
        let before = test.store.entries().clone();
        let opened = test.act(open);
        assert_eq!(opened.problems, [OpeningProblem::NewerData]);
        assert_eq!(
            test.store.entries(),
            &before,
            "nothing moved, nothing rewritten"
        );
        let names: Vec<&str> = opened
            .shared
            .toolkit
            .all()
            .iter()
            .map(|c| c.content.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Breathe"],
            "the card it can't read is skipped, the rest open"
        );
        assert_eq!(opened.shared.own_words.words(), ["Wobbly"]);
    }

    #[test]
    fn one_damaged_card_on_a_full_phone_leaves_the_rest_open() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        test.act(open);
        let fine = r#"{"id":"c2","content":{"name":"Breathe","strength":{"from":0,"to":10}}}"#;
        test.store
            .write("harbour.toolkit.card.c1", "{damaged")
            .expect("write");
        test.store
            .write("harbour.toolkit.card.c2", fine)
            .expect("write");
        test.store
            .write("harbour.toolkit.order", r#"["c1","c2"]"#)
            .expect("write");
        let before = test.store.entries().clone();
        test.store.set_capacity(Some(test.store.used_bytes()));
        let opened = test.act(open);
        assert_eq!(opened.problems, []);
        assert_eq!(opened.shared.toolkit.all().len(), 1);
        assert_eq!(
            test.store.entries(),
            &before,
            "the damaged card stays where it was"
        );
    }

    #[test]
    fn a_refusing_store_is_said_kindly() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        test.store.set_capacity(Some(0));
        let opened = test.act(open);
        assert_eq!(opened.problems, [OpeningProblem::CouldNotOpen]);
        assert!(opened.problems[0]
            .message()
            .contains("Nothing has been changed"));
    }
}
