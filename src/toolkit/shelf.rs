//! Where cards are kept: one key per card (`harbour.toolkit.card.<id>`) and a short list of
//! ids for their order (`harbour.toolkit.order`), so changing one card never rewrites the
//! others. A practitioner's template cards are kept the same way under `harbour.templates.`.
//!
//! A card that cannot be read is set aside and the rest still load. A card whose id is missing
//! from the order (say the order could not be written) is still shown, at the end.

use super::card::{Card, Place};
use crate::kernel::id::is_plain_id;
use crate::storage::quarantine::{read_json, read_sound, Read};
use crate::storage::unknown_fields::write_keeping_unknown;
use crate::storage::{to_json, Store, StoreError};

/// A set of cards and the keys it is kept under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shelf {
    card_prefix: &'static str,
    order_key: &'static str,
}

impl Shelf {
    /// The client's own toolkit.
    pub const TOOLKIT: Shelf = Shelf {
        card_prefix: "harbour.toolkit.card.",
        order_key: "harbour.toolkit.order",
    };
    /// A practitioner's template cards, kept on their own device to start clients' cards from.
    pub const TEMPLATES: Shelf = Shelf {
        card_prefix: "harbour.templates.card.",
        order_key: "harbour.templates.order",
    };

    fn card_key(self, id: &str) -> String {
        format!("{}{id}", self.card_prefix)
    }

    /// Each card's key starts with this, then the card's id.
    pub fn card_prefix(self) -> &'static str {
        self.card_prefix
    }

    /// The key of the list of card ids in the client's order.
    pub fn order_key(self) -> &'static str {
        self.order_key
    }
}

impl Default for Shelf {
    fn default() -> Shelf {
        Shelf::TOOLKIT
    }
}

/// Which way a card moves in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// A shelf's cards, in their order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Toolkit {
    shelf: Shelf,
    cards: Vec<Card>,
}

impl Toolkit {
    /// Every card, archived ones included, in stored order.
    pub fn all(&self) -> &[Card] {
        &self.cards
    }

    pub fn find(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    /// The cards in use, pinned first, each group in the client's order.
    pub fn shown(&self) -> Vec<&Card> {
        let active = self.cards.iter().filter(|c| !c.archived);
        let (pinned, rest): (Vec<&Card>, Vec<&Card>) = active.partition(|c| c.pinned);
        pinned.into_iter().chain(rest).collect()
    }

    /// The pinned cards in use, in the client's order: home's large buttons, and what might
    /// help when no card fits a check-in.
    pub fn pinned(&self) -> Vec<&Card> {
        self.shown().into_iter().filter(|c| c.pinned).collect()
    }

    pub fn archived(&self) -> Vec<&Card> {
        self.cards.iter().filter(|c| c.archived).collect()
    }

    fn ids(&self) -> Vec<&str> {
        self.cards.iter().map(|c| c.id.as_str()).collect()
    }

    /// True when a card can move past its neighbour in the shown list: not already at that
    /// end of its group (pinned, or the rest).
    pub fn can_move(&self, id: &str, direction: Move) -> bool {
        self.neighbour(id, direction).is_some()
    }

    /// Moves a card past its neighbour in the shown list (within pinned, or within the rest).
    /// Returns false when it is already at that end.
    fn shift(&mut self, id: &str, direction: Move) -> bool {
        let Some((a, b)) = self.neighbour(id, direction) else {
            return false;
        };
        self.cards.swap(a, b);
        true
    }

    /// Where a card and the neighbour it would swap places with sit in `cards`.
    fn neighbour(&self, id: &str, direction: Move) -> Option<(usize, usize)> {
        let shown = self.shown();
        let at = shown.iter().position(|s| s.id == id)?;
        let neighbour = match direction {
            Move::Up => at.checked_sub(1)?,
            Move::Down => at + 1,
        };
        let neighbour = shown.get(neighbour)?;
        if shown[at].pinned != neighbour.pinned {
            return None;
        }
        let index = |id: &str| self.cards.iter().position(|c| c.id == id);
        Some((index(id)?, index(&neighbour.id)?))
    }
}

/// Reads the client's whole toolkit. Unreadable or unsound cards are set aside; the rest load.
pub fn load(store: &mut dyn Store) -> Result<Toolkit, StoreError> {
    load_from(store, Shelf::TOOLKIT)
}

/// Reads every card on a shelf, as [`load`] does.
pub fn load_from(store: &mut dyn Store, shelf: Shelf) -> Result<Toolkit, StoreError> {
    let order: Vec<String> = match read_json::<Vec<String>>(store, shelf.order_key)? {
        Read::Found(ids) => ids,
        Read::Missing | Read::Unreadable => Vec::new(),
    };
    let mut ids: Vec<String> = order.into_iter().filter(|id| is_plain_id(id)).collect();
    let mut stored: Vec<String> = store
        .keys_with_prefix(shelf.card_prefix)?
        .into_iter()
        .filter_map(|k| k.strip_prefix(shelf.card_prefix).map(String::from))
        .filter(|id| !ids.contains(id))
        .collect();
    stored.sort_unstable();
    ids.extend(stored);

    let mut cards = Vec::with_capacity(ids.len());
    for id in ids {
        let key = shelf.card_key(&id);
        let sound = |card: &Card| card.id == id && card.problems().is_empty();
        if let Read::Found(card) = read_sound::<Card>(store, &key, sound)? {
            if !cards.iter().any(|c: &Card| c.id == id) {
                cards.push(card);
            }
        }
    }
    Ok(Toolkit { shelf, cards })
}

/// Keeps a new or changed card. A new card goes at the end of its group.
pub fn save(store: &mut dyn Store, toolkit: &mut Toolkit, card: Card) -> Result<(), StoreError> {
    write_keeping_unknown(store, &toolkit.shelf.card_key(&card.id), &card)?;
    match toolkit.cards.iter_mut().find(|c| c.id == card.id) {
        Some(kept) => *kept = card,
        None => {
            toolkit.cards.push(card);
            write_order(store, toolkit)?;
        }
    }
    Ok(())
}

/// Moves a card up or down among its neighbours, and keeps the new order.
pub fn shift(
    store: &mut dyn Store,
    toolkit: &mut Toolkit,
    id: &str,
    direction: Move,
) -> Result<bool, StoreError> {
    let mut moved = toolkit.clone();
    if !moved.shift(id, direction) {
        return Ok(false);
    }
    write_order(store, &moved)?;
    *toolkit = moved;
    Ok(true)
}

/// Pins, unpins, puts away or brings back a card: any change to its place, not its words.
pub fn set_place(
    store: &mut dyn Store,
    toolkit: &mut Toolkit,
    id: &str,
    place: Place,
) -> Result<(), StoreError> {
    let Some(card) = toolkit.find(id) else {
        return Ok(());
    };
    let changed = card.placed(place);
    save(store, toolkit, changed)
}

/// Removes a card for good.
pub fn remove(store: &mut dyn Store, toolkit: &mut Toolkit, id: &str) -> Result<(), StoreError> {
    // From the shelf as stored now: a card another tab added stays.
    let mut kept = load_from(store, toolkit.shelf)?;
    kept.cards.retain(|c| c.id != id);
    write_order(store, &kept)?;
    store.remove(&toolkit.shelf.card_key(id))?;
    *toolkit = kept;
    Ok(())
}

/// Puts `added`, cards just kept on the shelf, at the end of its order in the order given.
pub fn add_to_order(
    store: &mut dyn Store,
    shelf: Shelf,
    added: &[String],
) -> Result<(), StoreError> {
    let mut toolkit = load_from(store, shelf)?;
    toolkit
        .cards
        .sort_by_key(|c| added.iter().position(|id| *id == c.id));
    write_order(store, &toolkit)
}

fn write_order(store: &mut dyn Store, toolkit: &Toolkit) -> Result<(), StoreError> {
    store.write(toolkit.shelf.order_key, &to_json(&toolkit.ids())?)
}

#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;
    use crate::kernel::Context;
    use crate::toolkit::card::CardContent;

    /// Keeps a card named `name` whose one step is "First step of `name`".
    pub fn add_card(phone: &mut Context, id: &str, name: &str) {
        let mut toolkit = load(phone.store()).expect("load");
        let mut content = CardContent::starting_from(None);
        content.name = name.into();
        content.steps = vec![format!("First step of {name}")];
        save(phone.store(), &mut toolkit, Card::new(id.into(), content)).expect("save");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::memory::MemoryStore;
    use crate::toolkit::card::fixtures::card;

    const ORDER_KEY: &str = "harbour.toolkit.order";

    fn names(cards: &[&Card]) -> Vec<String> {
        cards.iter().map(|c| c.content.name.clone()).collect()
    }

    fn three(store: &mut MemoryStore) -> Toolkit {
        let mut toolkit = Toolkit::default();
        for (id, name) in [("a", "A"), ("b", "B"), ("c", "C")] {
            save(store, &mut toolkit, card(id, name)).expect("save");
        }
        toolkit
    }

    #[test]
    fn cards_come_back_in_order_after_a_reload() {
        let mut store = MemoryStore::new();
        let toolkit = three(&mut store);
        assert_eq!(load(&mut store), Ok(toolkit.clone()));
        assert_eq!(names(&toolkit.shown()), ["A", "B", "C"]);
    }

    #[test]
    fn a_change_rewrites_only_that_card() {
        let mut store = MemoryStore::new();
        let mut toolkit = three(&mut store);
        let order_before = store.read(ORDER_KEY).expect("read");
        let a_before = store.read("harbour.toolkit.card.a").expect("read");
        let mut b = toolkit.find("b").cloned().expect("b");
        b.content.why = "Because.".into();
        save(&mut store, &mut toolkit, b).expect("save");
        assert_eq!(store.read(ORDER_KEY).expect("read"), order_before);
        assert_eq!(
            store.read("harbour.toolkit.card.a").expect("read"),
            a_before
        );
        assert_eq!(
            load(&mut store)
                .expect("load")
                .find("b")
                .map(|c| c.content.why.as_str()),
            Some("Because.")
        );
    }

    #[test]
    fn pinned_cards_come_first_and_archived_ones_are_kept_apart() {
        let mut store = MemoryStore::new();
        let mut toolkit = three(&mut store);
        set_place(&mut store, &mut toolkit, "c", Place::Pinned).expect("pin");
        set_place(&mut store, &mut toolkit, "a", Place::PutAway).expect("archive");
        let toolkit = load(&mut store).expect("load");
        assert_eq!(names(&toolkit.shown()), ["C", "B"]);
        assert_eq!(names(&toolkit.pinned()), ["C"]);
        assert_eq!(names(&toolkit.archived()), ["A"]);
    }

    #[test]
    fn moves_stay_within_pinned_or_unpinned_cards() {
        let mut store = MemoryStore::new();
        let mut toolkit = three(&mut store);
        set_place(&mut store, &mut toolkit, "c", Place::Pinned).expect("pin");
        assert!(toolkit.can_move("b", Move::Up));
        assert_eq!(shift(&mut store, &mut toolkit, "b", Move::Up), Ok(true));
        assert_eq!(names(&toolkit.shown()), ["C", "B", "A"]);
        // C is the only pinned card: it has nowhere to move.
        assert!(!toolkit.can_move("c", Move::Up) && !toolkit.can_move("c", Move::Down));
        assert!(!toolkit.can_move("b", Move::Up) && toolkit.can_move("b", Move::Down));
        // B is first of the unpinned cards: it does not jump above the pinned one.
        assert_eq!(shift(&mut store, &mut toolkit, "b", Move::Up), Ok(false));
        assert_eq!(shift(&mut store, &mut toolkit, "a", Move::Down), Ok(false));
        assert_eq!(
            names(&load(&mut store).expect("load").shown()),
            ["C", "B", "A"]
        );
    }

    #[test]
    fn a_damaged_card_is_set_aside_and_the_rest_load() {
        let mut store = MemoryStore::new();
        three(&mut store);
        store
            .write("harbour.toolkit.card.b", "{\"id\":")
            .expect("write");
        let toolkit = load(&mut store).expect("load");
        assert_eq!(names(&toolkit.shown()), ["A", "C"]);
        assert_eq!(
            store.read("harbour.quarantine.harbour.toolkit.card.b.1"),
            Ok(Some("{\"id\":".into()))
        );
    }

    #[test]
    fn an_unsound_card_is_set_aside_too() {
        let mut store = MemoryStore::new();
        three(&mut store);
        let mut hostile = card("b", "B");
        hostile.content.links = vec!["javascript:alert(1)".into()];
        // As another version might have written it: an extra field, other spacing.
        let raw = to_json(&hostile)
            .expect("json")
            .replacen('{', "{ \"colour\": \"teal\", ", 1);
        store.write("harbour.toolkit.card.b", &raw).expect("write");
        let toolkit = load(&mut store).expect("load");
        assert_eq!(names(&toolkit.shown()), ["A", "C"]);
        assert_eq!(crate::storage::quarantine::count(&store), Ok(1));
        assert_eq!(
            store.read("harbour.quarantine.harbour.toolkit.card.b.1"),
            Ok(Some(raw)),
            "kept as the very text it was"
        );
    }

    #[test]
    fn cards_missing_from_a_lost_order_still_show() {
        let mut store = MemoryStore::new();
        three(&mut store);
        store.write(ORDER_KEY, "not json").expect("write");
        assert_eq!(
            names(&load(&mut store).expect("load").shown()),
            ["A", "B", "C"]
        );
    }

    #[test]
    fn templates_live_on_their_own_shelf_and_can_be_removed() {
        let mut store = MemoryStore::new();
        let toolkit = three(&mut store);
        let mut templates = load_from(&mut store, Shelf::TEMPLATES).expect("load");
        save(&mut store, &mut templates, card("t", "Template")).expect("save");
        assert_eq!(load(&mut store), Ok(toolkit));
        let reloaded = load_from(&mut store, Shelf::TEMPLATES).expect("load");
        assert_eq!(names(&reloaded.shown()), ["Template"]);
        remove(&mut store, &mut templates, "t").expect("remove");
        assert_eq!(store.read("harbour.templates.card.t"), Ok(None));
        assert!(load_from(&mut store, Shelf::TEMPLATES)
            .expect("load")
            .all()
            .is_empty());
    }

    #[test]
    fn a_full_phone_keeps_the_toolkit_as_it_was() {
        let mut store = MemoryStore::new();
        let mut toolkit = three(&mut store);
        store.set_capacity(Some(0));
        let before = toolkit.clone();
        assert_eq!(
            save(&mut store, &mut toolkit, card("d", "D")),
            Err(StoreError::Full)
        );
        assert_eq!(toolkit, before);
        store.set_capacity(None);
        assert_eq!(load(&mut store), Ok(before));
    }
}
