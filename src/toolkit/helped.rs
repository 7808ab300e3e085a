//! What helped, learned from the client's own check-ins: "Helped 4 of the last 6 times you
//! tried it". It describes the skill, never the client, and counts only times they said.

use crate::checkin::book;
use crate::checkin::CheckIn;
use crate::kernel::tried::Helped;
use crate::storage::{Store, StoreError};
use std::collections::HashMap;

/// How many recent answers a card's record looks at.
pub const RECENT: usize = 6;
/// How far back to look, so years of check-ins never slow the toolkit down.
const MONTHS_TO_READ: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Record {
    pub helped: usize,
    pub answered: usize,
}

impl Record {
    /// True when the record has something good to say.
    pub fn is_encouraging(self) -> bool {
        self.helped > 0
    }

    /// What to show at a bad moment (Help now, the last session's review): the record when it
    /// is encouraging, otherwise nothing at all, never "helped 0 times".
    pub fn at_a_hard_time(self) -> Record {
        if self.is_encouraging() {
            self
        } else {
            Record::default()
        }
    }

    /// In plain words, or `None` before the client has said anything about this card.
    pub fn summary(self) -> Option<String> {
        let Record { helped, answered } = self;
        Some(match (helped, answered) {
            (_, 0) => return None,
            (1, 1) => "Helped the one time you said".into(),
            (0, 1) => "Didn't help the one time you said".into(),
            (h, RECENT) => format!("Helped {h} of the last {RECENT} times you tried it"),
            (h, n) => format!("Helped {h} of the {n} times you tried it"),
        })
    }
}

/// Each card's record from check-ins given newest first.
pub fn learn<'a>(newest_first: impl IntoIterator<Item = &'a CheckIn>) -> HashMap<String, Record> {
    let mut records: HashMap<String, Record> = HashMap::new();
    for checkin in newest_first {
        for tried in &checkin.tried {
            let Some(helped) = tried.helped else { continue };
            let record = records.entry(tried.card.clone()).or_default();
            if record.answered < RECENT {
                record.answered += 1;
                if helped != Helped::NotThisTime {
                    record.helped += 1;
                }
            }
        }
    }
    records
}

/// Each card's record from what is stored, reading back at most two years.
pub fn from_store(store: &mut dyn Store) -> Result<HashMap<String, Record>, StoreError> {
    let mut checkins = Vec::new();
    for key in book::month_keys(store)?.into_iter().take(MONTHS_TO_READ) {
        let mut month = book::load_month(store, &key)?;
        month.reverse();
        checkins.extend(month);
    }
    Ok(learn(&checkins))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::checkin_at;

    fn tried(id: &str, at: &str, helped: Option<Helped>) -> CheckIn {
        let mut c = checkin_at(id, at);
        c.record_tried("ice", None);
        if helped.is_some() {
            c.record_tried("ice", helped);
        }
        c
    }

    #[test]
    fn counts_the_last_six_answers_only() {
        let mut newest_first = Vec::new();
        for (i, helped) in [
            Helped::ALot,
            Helped::NotThisTime,
            Helped::ABit,
            Helped::ALot,
            Helped::NotThisTime,
            Helped::ALot,
            Helped::NotThisTime,
            Helped::NotThisTime,
        ]
        .into_iter()
        .enumerate()
        {
            newest_first.push(tried(
                &format!("c{i}"),
                "2026-11-01T09:00:00Z",
                Some(helped),
            ));
        }
        newest_first.push(tried("unanswered", "2026-10-01T09:00:00Z", None));
        let record = learn(&newest_first)["ice"];
        assert_eq!(
            record,
            Record {
                helped: 4,
                answered: 6
            }
        );
        assert_eq!(
            record.summary().as_deref(),
            Some("Helped 4 of the last 6 times you tried it")
        );
    }

    #[test]
    fn only_records_where_a_card_helped_are_encouraging() {
        let none = Record {
            helped: 0,
            answered: 6,
        };
        let some = Record {
            helped: 1,
            answered: 6,
        };
        assert!(!none.is_encouraging() && some.is_encouraging());
        assert!(!Record::default().is_encouraging());
        assert_eq!(
            none.at_a_hard_time().summary(),
            None,
            "never helped 0 times"
        );
        assert_eq!(some.at_a_hard_time(), some);
    }

    #[test]
    fn says_nothing_until_the_client_has_said() {
        let records = learn(&[tried("a", "2026-11-01T09:00:00Z", None)]);
        assert_eq!(records.get("ice"), None);
        assert_eq!(Record::default().summary(), None);
        assert_eq!(
            Record {
                helped: 2,
                answered: 3
            }
            .summary()
            .as_deref(),
            Some("Helped 2 of the 3 times you tried it")
        );
    }

    #[test]
    fn reads_answers_from_stored_check_ins() {
        let mut store = crate::storage::memory::MemoryStore::new();
        book::save(
            &mut store,
            &tried("a", "2026-10-01T09:00:00Z", Some(Helped::ABit)),
        )
        .expect("save");
        book::save(
            &mut store,
            &tried("b", "2026-11-01T09:00:00Z", Some(Helped::NotThisTime)),
        )
        .expect("save");
        assert_eq!(
            from_store(&mut store).expect("read")["ice"],
            Record {
                helped: 1,
                answered: 2
            }
        );
    }
}
