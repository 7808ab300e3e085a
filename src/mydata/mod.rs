//! My data: what Harbour keeps on this phone, and the client's control over it. Deleting
//! everything leaves no `harbour.` key behind (the offline copy goes too, in the browser).

#[cfg(target_arch = "wasm32")]
pub mod page;

use crate::kernel::Phone;
use crate::storage::{erase_everything, StoreError};

/// Deletes everything Harbour keeps on this phone. Gives how many values went.
pub fn delete_everything(phone: &mut Phone) -> Result<usize, StoreError> {
    erase_everything(phone.store())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::actions as checkins;
    use crate::checkin::CheckInDraft;
    use crate::kernel::phone::fixtures::TestPhone;
    use crate::storage::{Store, PREFIX};

    #[test]
    fn deleting_everything_leaves_nothing_and_harbour_starts_afresh() {
        let mut test = TestPhone::at("2026-11-22T09:00:00Z");
        let opened = test.act(crate::opening::open);
        assert!(opened.problems.is_empty());
        let mut draft = CheckInDraft::default();
        draft.set_strength("Calm", 3);
        test.act(|p| checkins::save(p, &draft)).expect("save");
        assert!(test.act(delete_everything).expect("delete") >= 2);
        assert_eq!(test.store.keys_with_prefix(PREFIX), Ok(Vec::new()));
        assert_eq!(test.act(crate::opening::open), opened);
    }
}
