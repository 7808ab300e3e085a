//! The client's practitioner, as kept on their phone: the details, where they came from (a
//! hand-over, or typed in by the client) and when, so after a while Harbour can ask gently
//! whether they are still right. The client can type, change or remove any of it.

use super::{Contact, ContactProblem, MY_PRACTITIONER_KEY};
use crate::kernel::{Context, NotDone};
use crate::storage::quarantine::move_aside;
use crate::storage::unknown_fields::write_keeping_unknown;
use crate::storage::StoreError;
use crate::time::{date_label, Moment};
use serde::{Deserialize, Serialize};

/// After this long, the details are worth checking with the client.
const CHECK_AFTER_DAYS: i64 = 183;

/// Where the details on the phone came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Earlier versions kept only hand-over details, so that is what a record without a
    /// source came from.
    #[default]
    HandOver,
    TypedByMe,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyPractitioner {
    pub contact: Contact,
    #[serde(default)]
    pub source: Source,
    /// When they were kept or last said to be right.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::rfc3339_option"
    )]
    pub since: Option<Moment>,
}

impl MyPractitioner {
    /// "From your hand-over on Sunday 3 May 2026", "Typed in by you on …".
    pub fn where_from(&self) -> String {
        let from = match self.source {
            Source::HandOver => "From your hand-over",
            Source::TypedByMe => "Typed in by you",
        };
        match &self.since {
            Some(at) => format!("{from} on {}", date_label(at)),
            None => from.to_string(),
        }
    }

    /// True when the details are old enough to ask, gently, whether they are still right.
    pub fn worth_checking(&self, now: &Moment) -> bool {
        self.since
            .is_some_and(|since| now.signed_duration_since(since).num_days() >= CHECK_AFTER_DAYS)
    }
}

/// The practitioner on this phone, if any. Details that cannot be read are set aside.
pub fn mine(phone: &mut Context) -> Option<MyPractitioner> {
    let raw = phone.store().read(MY_PRACTITIONER_KEY).ok()??;
    // Earlier versions kept the details alone, from a hand-over. (Trying each shape in turn
    // costs the download far less than serde's untagged or flattened forms.)
    let kept = match serde_json::from_str::<MyPractitioner>(&raw) {
        Ok(kept) => kept,
        Err(_) => match serde_json::from_str::<Contact>(&raw) {
            Ok(contact) => MyPractitioner {
                contact,
                source: Source::HandOver,
                since: None,
            },
            Err(_) => {
                move_aside(phone.store(), MY_PRACTITIONER_KEY, &raw);
                return None;
            }
        },
    };
    kept.contact.problems().is_empty().then_some(kept)
}

/// The practitioner on this phone, and whether it is time to ask, gently, if the details
/// are still right.
pub fn to_show(phone: &mut Context) -> (Option<MyPractitioner>, bool) {
    let kept = mine(phone);
    let worth_checking = kept.as_ref().is_some_and(|k| k.worth_checking(&phone.now));
    (kept, worth_checking)
}

fn keep(phone: &mut Context, kept: &MyPractitioner) -> Result<(), StoreError> {
    write_keeping_unknown(phone.store(), MY_PRACTITIONER_KEY, kept)
}

/// Keeps details the client typed, tidied, in place of any there were.
pub fn save_typed(
    phone: &mut Context,
    typed: &Contact,
) -> Result<MyPractitioner, NotDone<ContactProblem>> {
    let contact = typed.tidied();
    let problems = contact.problems();
    if !problems.is_empty() {
        return Err(NotDone::Problems(problems));
    }
    let kept = MyPractitioner {
        contact,
        source: Source::TypedByMe,
        since: Some(phone.now),
    };
    keep(phone, &kept)?;
    Ok(kept)
}

/// Keeps details from a hand-over the client accepted.
pub fn save_handed_over(phone: &mut Context, contact: &Contact) -> Result<(), StoreError> {
    let kept = MyPractitioner {
        contact: contact.clone(),
        source: Source::HandOver,
        since: Some(phone.now),
    };
    keep(phone, &kept)
}

/// The client says the details are still right: they will not be asked again for a while.
pub fn still_right(
    phone: &mut Context,
    kept: &MyPractitioner,
) -> Result<MyPractitioner, StoreError> {
    let confirmed = MyPractitioner {
        since: Some(phone.now),
        ..kept.clone()
    };
    keep(phone, &confirmed)?;
    Ok(confirmed)
}

/// Removes the practitioner's details from this phone.
pub fn remove(phone: &mut Context) -> Result<(), StoreError> {
    phone.store().remove(MY_PRACTITIONER_KEY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::moment;
    use crate::kernel::context::fixtures::TestPhone;
    use crate::practitioner::fixtures::sam;
    use crate::storage::Store;

    #[test]
    fn details_from_an_earlier_version_still_read() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        let earlier = r#"{"name":"Sam Okafor","phone":"+44 7700 900123"}"#;
        test.store
            .write(MY_PRACTITIONER_KEY, earlier)
            .expect("write");
        let kept = test.act(mine).expect("readable");
        assert_eq!((kept.source, kept.since), (Source::HandOver, None));
        assert_eq!(kept.where_from(), "From your hand-over");
        assert!(!kept.worth_checking(&test.now));
    }

    #[test]
    fn unreadable_details_are_set_aside_as_they_were() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        test.store
            .write(MY_PRACTITIONER_KEY, "{\"name\":")
            .expect("write");
        assert_eq!(test.act(mine), None);
        assert_eq!(test.store.read(MY_PRACTITIONER_KEY), Ok(None));
        let kept = test
            .store
            .read("harbour.quarantine.harbour.practitioner.contact.1");
        assert_eq!(kept, Ok(Some("{\"name\":".into())));
    }

    #[test]
    fn typed_details_are_tidied_dated_and_checked_after_six_months() {
        let mut test = TestPhone::at("2026-05-03T10:00:00+01:00");
        let typed = Contact {
            name: "  Sam  Okafor ".into(),
            replies: " within 2  working days ".into(),
            ..sam()
        };
        let kept = test.act(|p| save_typed(p, &typed)).expect("save");
        assert_eq!(kept.contact.name, "Sam Okafor");
        assert_eq!(kept.contact.replies, "within 2 working days");
        assert_eq!(test.act(mine), Some(kept.clone()));
        assert_eq!(kept.where_from(), "Typed in by you on 3 May 2026");
        assert!(!kept.worth_checking(&moment("2026-10-01T10:00:00Z")));
        let later = moment("2026-11-10T10:00:00Z");
        assert!(kept.worth_checking(&later));
        test.now = later;
        assert_eq!(test.act(to_show), (Some(kept.clone()), true));
        let confirmed = test.act(|p| still_right(p, &kept)).expect("confirm");
        assert!(!confirmed.worth_checking(&later));
    }

    #[test]
    fn odd_details_are_refused_and_the_old_ones_kept() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        test.act(|p| save_handed_over(p, &sam()))
            .expect("hand-over");
        let odd = Contact {
            phone: "0909 879 0000".into(),
            ..sam()
        };
        let refused = test.act(|p| save_typed(p, &odd));
        assert_eq!(
            refused,
            Err(NotDone::Problems(vec![ContactProblem::PremiumRate]))
        );
        assert_eq!(test.act(mine).map(|m| m.contact), Some(sam()));
        test.act(remove).expect("remove");
        assert_eq!(test.act(mine), None);
    }
}
