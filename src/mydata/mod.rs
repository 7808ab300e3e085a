//! My data: what Harbour keeps on this phone, and the client's control over it. Deleting
//! everything leaves no `harbour.` key behind; the offline app itself, which holds nothing
//! of the client's, stays so Help now still opens with no signal.

#[cfg(target_arch = "wasm32")]
pub mod page;

use crate::kernel::text::{capitalised, plural};
use crate::kernel::{Context, Explain};
use crate::opening::SharedState;
use crate::storage::quarantine::QUARANTINE_PREFIX;
use crate::storage::{erase_everything, StoreError, PREFIX};

/// About how many characters a browser lets one site keep (localStorage is about five
/// million characters per site, whatever the phone's free space).
pub const SPACE_CHARS: usize = 5_000_000;

/// How much of Harbour's space is used, in characters (keys and values).
pub fn space_used(phone: &mut Context) -> Result<usize, StoreError> {
    Ok(kept_under(phone, PREFIX)?.1)
}

/// How many values are kept under keys starting with `prefix`, and how many characters they
/// take (keys and values).
fn kept_under(phone: &mut Context, prefix: &str) -> Result<(usize, usize), StoreError> {
    let keys = phone.store().keys_with_prefix(prefix)?;
    let mut chars = 0;
    for key in &keys {
        let value = phone.store().read(key)?.unwrap_or_default();
        chars += key.chars().count() + value.chars().count();
    }
    Ok((keys.len(), chars))
}

/// "About 3% of Harbour's space is used."
pub fn space_line(used_chars: usize) -> String {
    match used_chars {
        0 => "Nothing of Harbour's is kept on this phone yet.".into(),
        used => format!(
            "{} of Harbour's space on this phone is used.",
            capitalised(&share_of_space(used))
        ),
    }
}

/// "less than 1%", or "about 30%": how much of Harbour's space `used_chars` take.
fn share_of_space(used_chars: usize) -> String {
    match used_chars * 100 / SPACE_CHARS {
        0 => "less than 1%".into(),
        percent => format!("about {}%", percent.min(100)),
    }
}

/// What My data says of the `count` values set aside, which take `chars` of the space.
pub fn set_aside_line(count: usize, chars: usize) -> String {
    let (them, they_take) = if count == 1 {
        ("it", "It takes")
    } else {
        ("them", "They take")
    };
    format!(
        "{} couldn't be read, so Harbour kept {them} to one side rather than lose {them}. \
         {they_take} {} of Harbour's space.",
        plural(count, "thing"),
        share_of_space(chars),
    )
}

/// The values set aside because they could not be read: how many, and how many characters
/// of Harbour's space they take.
pub fn set_aside_copies(phone: &mut Context) -> Result<(usize, usize), StoreError> {
    kept_under(phone, QUARANTINE_PREFIX)
}

/// Removes the set-aside copies, to make room (offered once a backup holds them).
pub fn remove_set_aside_copies(phone: &mut Context) -> Result<usize, StoreError> {
    let keys = phone.store().keys_with_prefix(QUARANTINE_PREFIX)?;
    for key in &keys {
        phone.store().remove(key)?;
    }
    Ok(keys.len())
}

/// The phone would not let Harbour delete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotDeleted(pub StoreError);

impl Explain for NotDeleted {
    fn message(&self) -> String {
        format!("{} Nothing was deleted.", self.0.message())
    }
}

/// Deletes everything Harbour keeps on this phone, and what every screen shows with it.
/// Gives how many values went.
pub fn delete_everything(
    phone: &mut Context,
    shared: &mut SharedState,
) -> Result<usize, NotDeleted> {
    let deleted = erase_everything(phone.store()).map_err(NotDeleted)?;
    *shared = SharedState::default();
    Ok(deleted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::actions as checkins;
    use crate::checkin::CheckInDraft;
    use crate::kernel::context::fixtures::TestPhone;
    use crate::storage::{Store, PREFIX};

    #[test]
    fn a_refused_delete_says_what_happened_and_that_nothing_went() {
        let message = NotDeleted(StoreError::ReadOnly).message();
        assert!(message.starts_with(&StoreError::ReadOnly.message()));
        assert!(message.ends_with("Nothing was deleted."));
    }

    #[test]
    fn says_how_much_space_is_used() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        assert_eq!(test.act(space_used), Ok(0));
        test.store.write("harbour.x", "12345").expect("write");
        test.store.write("another.site", "not ours").expect("write");
        assert_eq!(test.act(space_used), Ok(14));
        assert_eq!(
            space_line(0),
            "Nothing of Harbour's is kept on this phone yet."
        );
        assert_eq!(
            space_line(14),
            "Less than 1% of Harbour's space on this phone is used."
        );
        assert_eq!(
            space_line(1_500_000),
            "About 30% of Harbour's space on this phone is used."
        );
    }

    #[test]
    fn the_set_aside_line_is_worded_for_one_and_for_many() {
        assert_eq!(
            set_aside_line(1, 40),
            "1 thing couldn't be read, so Harbour kept it to one side rather than lose it. \
             It takes less than 1% of Harbour's space."
        );
        assert_eq!(
            set_aside_line(3, 1_500_000),
            "3 things couldn't be read, so Harbour kept them to one side rather than lose them. \
             They take about 30% of Harbour's space."
        );
    }

    #[test]
    fn set_aside_copies_are_counted_and_can_be_removed_alone() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        test.store
            .write("harbour.quarantine.harbour.people.1", "[{")
            .expect("write");
        test.store.write("harbour.people", "[]").expect("write");
        assert_eq!(test.act(set_aside_copies), Ok((1, 37)));
        assert_eq!(test.act(remove_set_aside_copies), Ok(1));
        assert_eq!(test.act(set_aside_copies), Ok((0, 0)));
        assert_eq!(test.store.read("harbour.people"), Ok(Some("[]".into())));
    }

    #[test]
    fn deleting_everything_leaves_nothing_and_harbour_starts_afresh() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        let opened = test.act(crate::opening::open);
        assert!(opened.problems.is_empty());
        let mut draft = CheckInDraft::default();
        draft.set_strength("Calm", 3);
        test.act(|p| checkins::save(p, &draft)).expect("save");
        let mut shared = opened.shared.clone();
        shared.own_words.add("Wobbly").expect("a word");
        let deleted = test.act(|p| delete_everything(p, &mut shared));
        assert!(deleted.expect("delete") >= 2);
        assert_eq!(shared, SharedState::default());
        assert_eq!(test.store.keys_with_prefix(PREFIX), Ok(Vec::new()));
        assert_eq!(test.act(crate::opening::open), opened);
    }
}
