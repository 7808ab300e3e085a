//! What a client does with check-ins, each as one action: open the form, keep it as typed,
//! save it, find, page through, delete and bring back a check-in, and note a skill tried.

use super::book::{self, Page};
use super::draft::CheckInDraft;
use super::model::{CheckIn, Problem};
use super::{keep_draft, load_draft, DRAFT_KEY};
use crate::kernel::tried::Helped;
use crate::kernel::{Context, NotDone};
use crate::storage::drafts::draft_key;
use crate::storage::{saved_before_draft, StoreError};
use crate::time::Moment;
use crate::urges::{my_urges, Urge};

/// The form to show: what was being typed last time if it is for the same check-in (or for
/// a new one), otherwise a fresh form. A kept form that cannot be read is set aside.
pub fn open_form(phone: &mut Context, editing: Option<&CheckIn>) -> CheckInDraft {
    let tab = phone.tab();
    let kept = load_draft(phone.store(), tab).ok().flatten();
    CheckInDraft::resume(kept, editing)
}

/// The urges the form rates: those in use, and any this check-in rated that have been put away
/// since, so changing it keeps them.
pub fn urges_to_rate(phone: &mut Context, draft: &CheckInDraft) -> Vec<Urge> {
    let urges = my_urges(phone);
    let rated_here = |u: &&Urge| !u.put_away || draft.urge(&u.id).is_some();
    urges.all().iter().filter(rated_here).cloned().collect()
}

/// Keeps the form as it is now, so a reload, a crash or an update loses nothing.
pub fn keep_form(phone: &mut Context, draft: &CheckInDraft) -> Result<(), StoreError> {
    let tab = phone.tab();
    keep_draft(phone.store(), tab, draft)
}

/// Saves the form as a check-in: a new one made now, or the one being changed, changed now.
/// Once it is kept, the form is cleared.
pub fn save(phone: &mut Context, draft: &CheckInDraft) -> Result<CheckIn, NotDone<Problem>> {
    let id = match &draft.editing {
        Some(editing) => editing.id.clone(),
        None => phone.new_id(),
    };
    let checkin = draft
        .to_check_in(&id, phone.now)
        .map_err(NotDone::Problems)?;
    let tab = phone.tab();
    saved_before_draft(phone.store(), &draft_key(DRAFT_KEY, tab), |store| {
        book::save(store, &checkin)
    })?;
    // Saved: a form that cannot be cleared now only shows again next time, and is harmless.
    let _ = keep_draft(phone.store(), tab, &CheckInDraft::default());
    Ok(checkin)
}

/// One check-in, by id.
pub fn find(phone: &mut Context, id: &str) -> Result<Option<CheckIn>, StoreError> {
    book::find(phone.store(), id)
}

/// A stretch of "Your check-ins", newest first, and the moment its days are named from.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub page: Page,
    /// "Today" and "Yesterday" are as seen from here.
    pub as_of: Moment,
}

/// Check-ins from the `from_month`-th month with any (newest first), at least `at_least`.
pub fn history(
    phone: &mut Context,
    from_month: usize,
    at_least: usize,
) -> Result<History, StoreError> {
    Ok(History {
        page: book::page(phone.store(), from_month, at_least)?,
        as_of: phone.now,
    })
}

/// Deletes a check-in and gives it back, so the client can undo.
pub fn delete(phone: &mut Context, checkin: &CheckIn) -> Result<Option<CheckIn>, StoreError> {
    book::delete(phone.store(), &checkin.id, &checkin.at)
}

/// Brings back a check-in the client has just deleted, exactly as it was.
pub fn undo_delete(phone: &mut Context, deleted: &CheckIn) -> Result<(), StoreError> {
    book::save(phone.store(), deleted)
}

/// Notes that a card was tried after a check-in or, with `helped`, whether it helped. Gives
/// the check-in as now kept, or `None` when that was already noted.
pub fn note_tried(
    phone: &mut Context,
    checkin: &CheckIn,
    card: &str,
    helped: Option<Helped>,
) -> Result<Option<CheckIn>, StoreError> {
    let mut changed = checkin.clone();
    if !changed.record_tried(card, helped) {
        return Ok(None);
    }
    book::save(phone.store(), &changed)?;
    Ok(Some(changed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::sample;
    use crate::checkin::DRAFT_KEY;
    use crate::kernel::context::fixtures::TestPhone;
    use crate::storage::{Store, StoreError};

    fn sad_at_six() -> CheckInDraft {
        let mut draft = CheckInDraft::default();
        draft.set_strength("Sad", 6);
        draft.note = "  a long day  ".into();
        draft
    }

    #[test]
    fn saving_makes_a_check_in_now_and_clears_the_form() {
        let mut test = TestPhone::at("2026-11-22T09:05:00Z");
        test.act(|p| keep_form(p, &sad_at_six())).expect("keep");
        let saved = test.act(|p| save(p, &sad_at_six())).expect("save");
        assert_eq!(saved.id, "id-1");
        assert_eq!(saved.at, test.now);
        assert_eq!(saved.note, "a long day");
        assert_eq!(test.store.read(DRAFT_KEY), Ok(None));
        assert_eq!(test.act(|p| find(p, "id-1")), Ok(Some(saved)));
    }

    #[test]
    fn changing_keeps_the_id_and_time_and_notes_when_it_changed() {
        let mut test = TestPhone::at("2026-11-23T10:00:00Z");
        let original = sample();
        test.act(|p| undo_delete(p, &original)).expect("store");
        let mut draft = test.act(|p| open_form(p, Some(&original)));
        draft.note = "on reflection".into();
        let changed = test.act(|p| save(p, &draft)).expect("save");
        assert_eq!((changed.id.as_str(), changed.at), ("a1", original.at));
        assert_eq!(changed.edited_at, Some(test.now));
        assert_eq!(
            test.act(|p| history(p, 0, 10)).expect("read").page.checkins,
            [changed]
        );
    }

    #[test]
    fn a_kept_form_never_takes_the_last_room_a_save_needs() {
        let mut test = TestPhone::at("2026-11-22T09:05:00Z");
        let mut draft = sad_at_six();
        draft.note = "a long note ".repeat(20);
        test.act(|p| keep_form(p, &draft)).expect("keep");
        let used = test.store.used_bytes();
        // Room for the check-in only once the kept form is gone.
        test.store.set_capacity(Some(used + 100));
        let saved = test.act(|p| save(p, &draft)).expect("saved");
        assert_eq!(test.act(|p| find(p, &saved.id)), Ok(Some(saved)));
    }

    #[test]
    fn problems_and_a_full_phone_keep_everything_as_it_was() {
        let mut test = TestPhone::at("2026-11-22T09:05:00Z");
        let refused = test.act(|p| save(p, &CheckInDraft::default()));
        assert_eq!(refused, Err(NotDone::Problems(vec![Problem::NoFeeling])));
        let mut spoofed = sad_at_six();
        spoofed.note = "see you \u{202E}yadnoM".into();
        let refused = test.act(|p| save(p, &spoofed));
        assert_eq!(
            refused,
            Err(NotDone::Problems(vec![Problem::HiddenCharacters]))
        );
        test.act(|p| keep_form(p, &sad_at_six())).expect("keep");
        let used = test.store.used_bytes();
        test.store.set_capacity(Some(used));
        let full = test.act(|p| save(p, &sad_at_six()));
        assert_eq!(full, Err(NotDone::NotKept(StoreError::Full)));
        test.store.set_capacity(None);
        assert_eq!(test.act(|p| open_form(p, None)), sad_at_six());
    }

    #[test]
    fn a_deleted_check_in_can_be_brought_back() {
        let mut test = TestPhone::at("2026-11-22T09:05:00Z");
        let saved = test.act(|p| save(p, &sad_at_six())).expect("save");
        let deleted = test.act(|p| delete(p, &saved)).expect("delete");
        assert_eq!(deleted.as_ref(), Some(&saved));
        assert_eq!(test.act(|p| find(p, &saved.id)), Ok(None));
        test.act(|p| undo_delete(p, &saved)).expect("undo");
        assert_eq!(test.act(|p| find(p, &saved.id)), Ok(Some(saved)));
    }

    #[test]
    fn a_skill_tried_and_whether_it_helped_are_kept_with_the_check_in() {
        let mut test = TestPhone::at("2026-11-22T09:05:00Z");
        let saved = test.act(|p| save(p, &sad_at_six())).expect("save");
        let tried = test
            .act(|p| note_tried(p, &saved, "cold-water", None))
            .expect("tried")
            .expect("changed");
        assert_eq!(
            test.act(|p| note_tried(p, &tried, "cold-water", None)),
            Ok(None)
        );
        let helped = test
            .act(|p| note_tried(p, &tried, "cold-water", Some(Helped::ABit)))
            .expect("helped")
            .expect("changed");
        let kept = test
            .act(|p| find(p, &saved.id))
            .expect("find")
            .expect("there");
        assert_eq!(kept.tried, helped.tried);
        assert_eq!(kept.tried[0].helped, Some(Helped::ABit));
    }
}
