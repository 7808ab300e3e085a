//! Newer data is left as it was: when this version rewrites a record, the fields a newer
//! Harbour added (which this one cannot know) are carried over from the stored copy, so a
//! tab left open on an older version never strips what a newer one wrote.
//!
//! Which fields are unknown is learnt from the record itself, not from a list to keep up to
//! date: a stored field is unknown when reading the stored copy into this version's type and
//! writing it again loses it. A field that vanishes only because it held its default value
//! (`"pinned": false`) is carried too, harmlessly: it says the same as leaving it out. A
//! known field the new copy leaves out (a note the client cleared) is never brought back.
//! Nested records (a card's content) are treated the same way; lists are not looked inside.

use super::{to_json, Store, StoreError};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

type Object = BTreeMap<String, Box<RawValue>>;

/// Writes `value` under `key`, keeping the fields of the stored record this version does not
/// know.
pub fn write_keeping_unknown<T: Serialize + DeserializeOwned>(
    store: &mut dyn Store,
    key: &str,
    value: &T,
) -> Result<(), StoreError> {
    let new = to_json(value)?;
    let text = match store.read(key)? {
        Some(stored) => with_unknown_from::<T>(new, &stored),
        None => new,
    };
    store.write(key, &text)
}

/// `new` (a `T` as this version writes it) plus the fields of `stored` that `T` does not know.
/// When `stored` is not a readable `T` there is nothing to carry: it was set aside when read.
pub fn with_unknown_from<T: Serialize + DeserializeOwned>(new: String, stored: &str) -> String {
    if new == stored {
        return new;
    }
    let understood = serde_json::from_str::<T>(stored)
        .ok()
        .and_then(|read| serde_json::to_string(&read).ok());
    understood
        .and_then(|understood| merged(&new, stored, &understood))
        .unwrap_or(new)
}

/// A list of records with ids, as JSON, each keeping the unknown fields of the stored record
/// with the same id (`stored`: the list as it is kept now, if any).
pub fn list_keeping_unknown<T: Serialize + DeserializeOwned>(
    records: &[T],
    id_of: impl Fn(&T) -> &str,
    stored: Option<&str>,
) -> Result<String, StoreError> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: String,
    }
    let stored: Vec<Box<RawValue>> = stored
        .and_then(|text| serde_json::from_str(text).ok())
        .unwrap_or_default();
    // A list, not a map: lists are short, and each map type adds to the download.
    let stored_by_id: Vec<(String, &str)> = stored
        .iter()
        .filter_map(|raw| Some((serde_json::from_str::<Id>(raw.get()).ok()?.id, raw.get())))
        .collect();
    let mut list = String::from("[");
    for (i, record) in records.iter().enumerate() {
        if i > 0 {
            list.push(',');
        }
        let new = to_json(record)?;
        let id = id_of(record);
        list.push_str(
            &match stored_by_id.iter().find(|(stored, _)| stored == id) {
                Some((_, stored)) => with_unknown_from::<T>(new, stored),
                None => new,
            },
        );
    }
    list.push(']');
    Ok(list)
}

/// `new` with what `stored` holds beyond `understood`, or `None` when there is nothing to add
/// (or any of them is not an object).
fn merged(new: &str, stored: &str, understood: &str) -> Option<String> {
    if ![new, stored, understood]
        .iter()
        .all(|text| text.trim_start().starts_with('{'))
    {
        return None;
    }
    let stored: Object = serde_json::from_str(stored).ok()?;
    let understood: Object = serde_json::from_str(understood).ok()?;
    let mut new_fields: Object = serde_json::from_str(new).ok()?;
    let mut added = false;
    for (name, stored_value) in stored {
        let carried = match (new_fields.get(&name), understood.get(&name)) {
            (None, None) => Some(stored_value),
            (Some(now), Some(read)) => merged(now.get(), stored_value.get(), read.get())
                .and_then(|inner| RawValue::from_string(inner).ok()),
            _ => None,
        };
        if let Some(value) = carried {
            new_fields.insert(name, value);
            added = true;
        }
    }
    added.then(|| serde_json::to_string(&new_fields).ok())?
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::memory::MemoryStore;
    use serde::Deserialize;

    #[derive(Serialize, Deserialize)]
    struct Inner {
        words: String,
    }

    #[derive(Serialize, Deserialize)]
    struct Record {
        name: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
        inner: Inner,
    }

    fn record(name: &str, note: &str) -> Record {
        Record {
            name: name.into(),
            note: note.into(),
            inner: Inner {
                words: "mine".into(),
            },
        }
    }

    fn parsed(text: &str) -> Object {
        serde_json::from_str(text).expect("an object")
    }

    #[test]
    fn fields_a_newer_version_wrote_survive_a_change() {
        let mut store = MemoryStore::new();
        let newer =
            r#"{"name":"old","colour":"teal","inner":{"words":"x","image":[1,2]},"note":"n"}"#;
        store.write("harbour.r", newer).expect("write");
        write_keeping_unknown(&mut store, "harbour.r", &record("new", "changed")).expect("keep");
        let kept = parsed(&store.read("harbour.r").expect("read").expect("there"));
        assert_eq!(kept["name"].get(), "\"new\"");
        assert_eq!(kept["note"].get(), "\"changed\"");
        assert_eq!(kept["colour"].get(), "\"teal\"");
        let inner = parsed(kept["inner"].get());
        assert_eq!(inner["words"].get(), "\"mine\"");
        assert_eq!(inner["image"].get(), "[1,2]");
    }

    #[test]
    fn a_cleared_field_this_version_knows_stays_cleared() {
        let stored = r#"{"name":"a","note":"private","inner":{"words":"x"}}"#;
        let new = to_json(&record("a", "")).expect("json");
        let kept = with_unknown_from::<Record>(new.clone(), stored);
        assert_eq!(
            kept, new,
            "nothing carried: the note was cleared on purpose"
        );
    }

    #[test]
    fn nothing_unknown_writes_exactly_what_this_version_would() {
        let mut store = MemoryStore::new();
        store
            .write("harbour.r", r#"{ "name" : "a", "inner": {"words": "x"} }"#)
            .expect("write");
        write_keeping_unknown(&mut store, "harbour.r", &record("b", "")).expect("keep");
        assert_eq!(
            store.read("harbour.r"),
            Ok(Some(to_json(&record("b", "")).expect("json")))
        );
    }

    #[derive(Serialize, Deserialize)]
    struct Listed {
        id: String,
        n: u8,
    }

    #[test]
    fn each_record_in_a_list_keeps_its_own_unknown_fields() {
        let stored = r#"[{"id":"a","n":1,"mood":"calm"},{"id":"gone","n":2},{"id":"b","n":3}]"#;
        let records = [
            Listed {
                id: "b".into(),
                n: 4,
            },
            Listed {
                id: "a".into(),
                n: 1,
            },
            Listed {
                id: "c".into(),
                n: 5,
            },
        ];
        let list = list_keeping_unknown(&records, |r| &r.id, Some(stored)).expect("list");
        assert_eq!(
            list,
            r#"[{"id":"b","n":4},{"id":"a","mood":"calm","n":1},{"id":"c","n":5}]"#
        );
        let fresh = list_keeping_unknown(&records[..1], |r| &r.id, None).expect("list");
        assert_eq!(fresh, r#"[{"id":"b","n":4}]"#);
    }

    #[test]
    fn a_damaged_or_foreign_stored_copy_gives_nothing_to_carry() {
        let new = to_json(&record("a", "")).expect("json");
        for stored in ["{damaged", "[1,2]", "\"text\"", r#"{"other":"shape"}"#] {
            assert_eq!(with_unknown_from::<Record>(new.clone(), stored), new);
        }
    }
}
