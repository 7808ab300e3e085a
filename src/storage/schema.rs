//! The storage layout's version, and the migrations that bring older layouts up to date.
//!
//! `harbour.schema` holds the layout version as a number. On start, every migration newer than
//! the stored version runs once, in order, and the version is written after each one, so an
//! interrupted upgrade resumes where it stopped. Each migration must be safe to run again
//! on data it has already changed, because a crash can land between its work and the version
//! write. Data written by a newer Harbour is left exactly as it is.
//!
//! Layout version 1 was the first. Keys added since it began only ever added to it (an
//! older Harbour leaves keys it does not know alone, and keeps the fields it does not know
//! in the records it changes: `storage::unknown_fields`).
//!
//! Layout version 2, the current one, is version 1 where any value may be sealed by the lock
//! (`lock`; `harbour.lock` holds its record, `harbour.lock.tries` the wrong passcodes). An
//! older Harbour would take a sealed value for a damaged one, so it must open this data
//! read-only: that is all the version change does, and nothing is rewritten.
//!
//! Running migrations in two tabs at once is safe without a lock: each step may run again
//! on data it has already changed, and the version is written only after it.
//! - `harbour.schema`: this version, as a number;
//! - `harbour.checkins.YYYY-MM`: a JSON array of the check-ins made that UTC month, oldest
//!   first (`checkin::book`);
//! - `harbour.draft.checkin.<tab>`: the check-in form being filled in, if any, one per browser
//!   tab (`storage::drafts`; plain `harbour.draft.checkin` from before, taken over by the
//!   next tab);
//! - `harbour.feelings.own`: a JSON array of the client's own feeling words;
//! - `harbour.toolkit.card.<id>`: one toolkit card each, and `harbour.toolkit.order`, a JSON
//!   array of card ids in the client's order (`toolkit::shelf`);
//! - `harbour.draft.card.<tab>`: the card editor's fields while a card is written, if any,
//!   one per tab like the check-in form's;
//! - `harbour.templates.card.<id>` and `harbour.templates.order`: a practitioner's template
//!   cards on their own device, kept like the toolkit;
//! - `harbour.session`: the session with the practitioner in progress, if any;
//!   `harbour.session.last`: when the last session ended (`{"ended": ...}`), where "Since my
//!   last session" starts;
//! - `harbour.practitioner.contact`: on a client's phone, their practitioner's details, where
//!   they came from and when (`{"contact": {...}, "source": ..., "since": ...}`; earlier
//!   versions kept the details alone, which still read); `harbour.practitioner.own`: on a
//!   practitioner's device, their own details;
//! - `harbour.comeback.request.<id>`: one request to come back each;
//!   `harbour.comeback.settings`: after how many working days to suggest following up;
//! - `harbour.shared.<id>`: one record each of something the client shared: when, which
//!   way, which parts and dates (`summary::record`);
//! - `harbour.people`: the client's people and crisis line, a short list in their order;
//! - `harbour.backup.last`: when a backup was last made on this phone; and
//!   `harbour.backup.reminder`: whether to remind, and not before when (`backup::reminder`);
//! - `harbour.quarantine.<key>.<n>`: values that could not be read, kept as they were;
//! - `harbour.probe`: written and removed at start, to learn whether the browser keeps data.

use super::quarantine::{read_json, Read};
use super::{Store, StoreError};

pub const SCHEMA_KEY: &str = "harbour.schema";

/// One step from the previous layout version to `to`.
pub struct Migration {
    pub to: u32,
    pub run: fn(&mut dyn Store) -> Result<(), StoreError>,
}

/// Harbour's migrations, oldest first. The last one's `to` is the current layout version.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        to: 1,
        run: first_layout,
    },
    Migration {
        to: 2,
        run: values_may_be_sealed,
    },
];

/// Version 1 is the first layout: a new phone has nothing to change.
fn first_layout(_: &mut dyn Store) -> Result<(), StoreError> {
    Ok(())
}

/// Version 2 changes no value: it only tells an older Harbour to read, never write.
fn values_may_be_sealed(_: &mut dyn Store) -> Result<(), StoreError> {
    Ok(())
}

/// What starting up found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemaOutcome {
    /// The data is in the layout this version of Harbour writes (after migrating, if needed).
    Current { migrated_from: Option<u32> },
    /// A newer Harbour wrote this data. It is left alone; saving still works because newer
    /// layouts only ever add keys and fields.
    Newer { stored: u32 },
}

/// Brings the stored layout up to the newest of `migrations`.
pub fn migrate(
    store: &mut dyn Store,
    migrations: &[Migration],
) -> Result<SchemaOutcome, StoreError> {
    let latest = migrations.last().map_or(0, |m| m.to);
    // An unreadable version is set aside; migrations are safe to re-run, so start from 0.
    let stored = match read_json::<u32>(store, SCHEMA_KEY)? {
        Read::Found(version) => version,
        Read::Missing | Read::Unreadable => 0,
    };
    if stored > latest {
        return Ok(SchemaOutcome::Newer { stored });
    }
    let mut migrated_from = None;
    for migration in migrations.iter().filter(|m| m.to > stored) {
        (migration.run)(store)?;
        store.write(SCHEMA_KEY, &migration.to.to_string())?;
        migrated_from.get_or_insert(stored);
    }
    Ok(SchemaOutcome::Current { migrated_from })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::memory::MemoryStore;

    fn add_marker(store: &mut dyn Store) -> Result<(), StoreError> {
        let runs = store.read("harbour.runs")?.unwrap_or_default();
        store.write("harbour.runs", &format!("{runs}2"))
    }

    fn rename_old_key(store: &mut dyn Store) -> Result<(), StoreError> {
        if let Some(old) = store.read("harbour.old")? {
            store.write("harbour.new", &old)?;
            store.remove("harbour.old")?;
        }
        let runs = store.read("harbour.runs")?.unwrap_or_default();
        store.write("harbour.runs", &format!("{runs}3"))
    }

    fn fail(_: &mut dyn Store) -> Result<(), StoreError> {
        Err(StoreError::Full)
    }

    const STEPS: &[Migration] = &[
        Migration {
            to: 1,
            run: first_layout,
        },
        Migration {
            to: 2,
            run: add_marker,
        },
        Migration {
            to: 3,
            run: rename_old_key,
        },
    ];

    #[test]
    fn a_new_phone_gets_the_current_version() {
        let mut store = MemoryStore::new();
        let outcome = migrate(&mut store, MIGRATIONS).expect("migrate");
        assert_eq!(
            outcome,
            SchemaOutcome::Current {
                migrated_from: Some(0)
            }
        );
        assert_eq!(store.read(SCHEMA_KEY), Ok(Some("2".into())));
    }

    #[test]
    fn runs_each_migration_once_in_order() {
        let mut store = MemoryStore::new();
        store.write(SCHEMA_KEY, "1").expect("write");
        store.write("harbour.old", "[\"kept\"]").expect("write");
        assert_eq!(
            migrate(&mut store, STEPS),
            Ok(SchemaOutcome::Current {
                migrated_from: Some(1)
            })
        );
        assert_eq!(store.read("harbour.runs"), Ok(Some("23".into())));
        assert_eq!(store.read("harbour.new"), Ok(Some("[\"kept\"]".into())));
        assert_eq!(store.read(SCHEMA_KEY), Ok(Some("3".into())));

        assert_eq!(
            migrate(&mut store, STEPS),
            Ok(SchemaOutcome::Current {
                migrated_from: None
            })
        );
        assert_eq!(
            store.read("harbour.runs"),
            Ok(Some("23".into())),
            "not run again"
        );
    }

    #[test]
    fn an_interrupted_upgrade_resumes_where_it_stopped() {
        let mut store = MemoryStore::new();
        let failing: &[Migration] = &[
            Migration {
                to: 1,
                run: first_layout,
            },
            Migration {
                to: 2,
                run: add_marker,
            },
            Migration { to: 3, run: fail },
        ];
        assert_eq!(migrate(&mut store, failing), Err(StoreError::Full));
        assert_eq!(store.read(SCHEMA_KEY), Ok(Some("2".into())));
        migrate(&mut store, STEPS).expect("resume");
        assert_eq!(store.read("harbour.runs"), Ok(Some("23".into())));
    }

    #[test]
    fn leaves_data_from_a_newer_harbour_alone() {
        let mut store = MemoryStore::new();
        store.write(SCHEMA_KEY, "7").expect("write");
        assert_eq!(
            migrate(&mut store, STEPS),
            Ok(SchemaOutcome::Newer { stored: 7 })
        );
        assert_eq!(store.read(SCHEMA_KEY), Ok(Some("7".into())));
    }

    #[test]
    fn an_unreadable_version_is_set_aside_and_migrations_rerun_safely() {
        let mut store = MemoryStore::new();
        store.write(SCHEMA_KEY, "one").expect("write");
        store
            .write("harbour.new", "[\"kept\"]")
            .expect("already migrated data");
        migrate(&mut store, STEPS).expect("migrate");
        assert_eq!(store.read(SCHEMA_KEY), Ok(Some("3".into())));
        assert_eq!(store.read("harbour.new"), Ok(Some("[\"kept\"]".into())));
        assert_eq!(
            store.read("harbour.quarantine.harbour.schema.1"),
            Ok(Some("one".into()))
        );
    }
}
