//! The app's state, shared by every screen through context: what every screen shows (the
//! toolkit, the client's own feeling words, a session in progress, notices) and the sources
//! core actions need (the phone's store, its clock, its ids).
//!
//! Screens read it with [`use_harbour`] and run core actions through [`Harbour::act`] and
//! [`Harbour::change`]; they never touch the store, read the clock or make ids themselves, so
//! component tests can make the state over an in-memory store, a fixed time and counted ids.

mod keys;
mod lock;
mod notices;

pub use keys::LockShown;
pub use notices::Notices;

use crate::feelings::OwnWords;
use crate::kernel::{Context, Explain};
use crate::opening::{self, OpeningProblem, SharedState};
use crate::session::Session;
use crate::storage::browser::{Opening, PhoneStore};
use crate::storage::memory::MemoryStore;
use crate::storage::{ReadOnly, Store};
use crate::time::Moment;
use crate::toolkit::shelf::Toolkit;
use leptos::prelude::*;
use std::sync::atomic::Ordering;
use std::sync::Mutex;

const SET_ASIDE: &str = "Some of what Harbour kept could not be read. It has been put safely \
    to one side, not deleted, and everything else is here as usual.";
const NOT_KEPT: &str = "This browser won't let Harbour keep anything on your phone just now, \
    so what you save will be gone when you close it. Private browsing can cause this.";

const FULL: &str = "Harbour's space on this phone is full. Everything you saved is here as \
    usual, but nothing new can be kept until there is room. The browser gives each website a \
    fixed amount, so freeing space on your phone won't help. In My data, at the bottom of every \
    screen, you can save a backup, then remove copies Harbour kept to one side; deleting \
    check-ins or cards you no longer need makes room too.";

/// Where core actions get the store, the time and new ids.
pub struct Sources {
    pub store: Box<dyn Store + Send>,
    pub clock: fn() -> Moment,
    pub ids: Box<dyn FnMut() -> String + Send>,
    /// This browser tab, for what is kept per tab (`storage::drafts`); empty if not known.
    pub tab: String,
    /// A fresh random nonce for each sealed write, when the lock is on.
    pub nonces: fn() -> [u8; 12],
}

/// The app's state: a small `Copy` handle, provided as context at the root.
#[derive(Clone, Copy)]
pub struct Harbour {
    /// Lives as long as the page. Only one action runs at a time: the page has one thread
    /// and actions never call back into the app.
    sources: &'static Mutex<Sources>,
    /// The lock's key while unlocked; never in a signal, never stored.
    keys: &'static Mutex<keys::Keys>,
    /// Whether Harbour is locked, for the frame to show the locked screen.
    pub lock: RwSignal<LockShown>,
    pub notices: Notices,
    // What every screen shares ([`SharedState`]), a signal for each part so a screen redraws
    // only for the part it shows. Only [`Harbour::show`] sets them, all from one value.
    pub own_words: ReadSignal<OwnWords>,
    pub toolkit: ReadSignal<Toolkit>,
    /// The session with the practitioner in progress, if any.
    pub session: ReadSignal<Option<Session>>,
    set_shared: SetShared,
    /// A new version of Harbour has installed and waits for the client.
    pub update_ready: RwSignal<bool>,
    /// A new version took over (from this tab or another) while this one held unsaved
    /// words: it waits for the client to reload, rather than reloading them away.
    pub reload_waiting: RwSignal<bool>,
    /// Words for the next screen to open with ("Saved."), set by a screen that moves on once
    /// it has done something; the frame shows them on that screen and lets them go after.
    pub said_on_arrival: RwSignal<Option<&'static str>>,
    /// The client left with the quick exit: the neutral screen shows in Harbour's place.
    pub left: RwSignal<bool>,
    /// How many screens hold words typed but not saved and kept in no draft.
    unsaved: RwSignal<u32>,
    /// Another tab (the installed app and a browser tab share storage) changed what is
    /// stored: screens holding their own copy of something read it again ([`Harbour::watch`]).
    changed_elsewhere: Trigger,
}

#[derive(Clone, Copy)]
struct SetShared {
    own_words: WriteSignal<OwnWords>,
    toolkit: WriteSignal<Toolkit>,
    session: WriteSignal<Option<Session>>,
}

/// The app's state, from any screen.
pub fn use_harbour() -> Harbour {
    expect_context::<Harbour>()
}

impl Harbour {
    /// Harbour on this phone: the browser's storage (or memory, if it refuses), clock and ids.
    pub fn on_this_phone() -> Harbour {
        let (store, opening) = PhoneStore::open();
        let refused = matches!(store, PhoneStore::Memory(_));
        let harbour = Harbour::over(Sources {
            store: Box::new(store),
            clock: crate::platform::now,
            ids: Box::new(crate::platform::new_id),
            tab: crate::platform::tab_id(),
            nonces: crate::platform::random_nonce,
        });
        harbour
            .left
            .set(crate::platform::discreet::left_in_this_tab());
        if refused {
            harbour.notices.say(NOT_KEPT.into());
        }
        if opening == Opening::Full {
            harbour.notices.say(FULL.into());
        }
        harbour
    }

    /// Opens Harbour over any sources: the phone's, or a test's.
    pub fn over(sources: Sources) -> Harbour {
        let (own_words, set_own_words) = signal(OwnWords::default());
        let (toolkit, set_toolkit) = signal(Toolkit::default());
        let (session, set_session) = signal(None);
        let harbour = Harbour {
            sources: Box::leak(Box::new(Mutex::new(sources))),
            keys: Box::leak(Box::new(Mutex::new(keys::Keys::Off))),
            lock: RwSignal::new(LockShown::Off),
            notices: Notices::default(),
            own_words,
            toolkit,
            session,
            set_shared: SetShared {
                own_words: set_own_words,
                toolkit: set_toolkit,
                session: set_session,
            },
            update_ready: RwSignal::new(false),
            reload_waiting: RwSignal::new(false),
            said_on_arrival: RwSignal::new(None),
            left: RwSignal::new(false),
            unsaved: RwSignal::new(0),
            changed_elsewhere: Trigger::new(),
        };
        // With the lock on, nothing is read until it is unlocked.
        if harbour.lock_is_on() {
            *harbour.keys.lock().unwrap_or_else(|e| e.into_inner()) = keys::Keys::Locked;
            harbour.lock.set(LockShown::Locked);
        } else {
            harbour.open_up();
        }
        harbour
    }

    /// Opens what is stored: migrations, anything to tell the client, what screens share.
    fn open_up(&self) {
        let opened = self.act(opening::open);
        for problem in &opened.problems {
            self.notices.say(problem.message());
        }
        if opened.problems.contains(&OpeningProblem::NewerData) {
            // Read, never write: a newer Harbour's data stays exactly as it is.
            let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
            let store = std::mem::replace(&mut sources.store, Box::new(MemoryStore::new()));
            sources.store = Box::new(ReadOnly(store));
        }
        self.show(opened.shared);
    }

    /// What every screen shares, as the screens show it now.
    fn shown(&self) -> SharedState {
        SharedState {
            own_words: self.own_words.get_untracked(),
            toolkit: self.toolkit.get_untracked(),
            session: self.session.get_untracked(),
        }
    }

    /// Has every screen show `shared`: the one place the shared signals are set. A part that
    /// did not change is left alone, so no screen redraws for nothing.
    fn show(&self, shared: SharedState) {
        let before = self.shown();
        let SetShared {
            own_words,
            toolkit,
            session,
        } = self.set_shared;
        if shared.own_words != before.own_words {
            own_words.set(shared.own_words);
        }
        if shared.toolkit != before.toolkit {
            toolkit.set(shared.toolkit);
        }
        if shared.session != before.session {
            session.set(shared.session);
        }
    }

    /// Runs a core action with the phone's store, the time now and new ids. If anything had
    /// to be set aside on the way, the client is told, here, once, whichever feature found it.
    pub fn act<T>(&self, action: impl FnOnce(&mut Context) -> T) -> T {
        let (result, set_aside) = {
            // Nothing can panic while it is held (panics abort), so it is never poisoned.
            let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
            let Sources {
                store,
                clock,
                ids,
                tab,
                nonces,
            } = &mut *sources;
            let keys = self.keys.lock().unwrap_or_else(|e| e.into_inner());
            keys.over(store.as_mut(), nonces, |store| {
                let mut phone = Context::new(store, clock(), ids.as_mut()).in_tab(tab.as_str());
                let result = action(&mut phone);
                (result, phone.set_something_aside())
            })
        };
        if set_aside {
            self.notices.say(SET_ASIDE.into());
        }
        result
    }

    /// The quick exit: the neutral screen at once in Harbour's place, and nothing of it in
    /// the title, the address or Back.
    pub fn leave(&self) {
        crate::platform::discreet::cover_tracks();
        self.lock_now();
        self.left.set(true);
    }

    /// Reads again what every screen shares, after another tab (or a restore) changed it,
    /// and has every watching screen read its own part again.
    pub fn reread(&self) {
        if let Ok(shared) = self.act(|p| SharedState::read(p.store())) {
            self.show(shared);
        }
        self.changed_elsewhere.notify();
    }

    /// Notes, for as long as the calling screen is shown, whether it holds words typed but not
    /// saved (a form that keeps no draft): while any screen does, a new version never
    /// reloads this tab by itself, it asks (see [`Harbour::new_version_took_over`]).
    pub fn holds_unsaved(&self, unsaved: impl Fn() -> bool + Send + Sync + 'static) {
        let count = self.unsaved;
        let counted = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let now_counted = counted.clone();
        Effect::new(move |_| {
            let holds = unsaved();
            if holds != now_counted.swap(holds, Ordering::Relaxed) {
                count.update(|n| *n = if holds { *n + 1 } else { n.saturating_sub(1) });
            }
        });
        on_cleanup(move || {
            if counted.swap(false, Ordering::Relaxed) {
                count.update(|n| *n = n.saturating_sub(1));
            }
        });
    }

    /// A new version has taken charge of this tab: reload into it now, unless a screen holds
    /// unsaved words; then the client is asked, and reloads when they are ready.
    pub fn new_version_took_over(&self) -> bool {
        let reload_now = self.unsaved.get_untracked() == 0;
        if !reload_now {
            self.update_ready.set(false);
            self.reload_waiting.set(true);
        }
        reload_now
    }

    /// Has the calling effect or memo run again whenever another tab changes what is stored:
    /// for a screen whose reading also follows the client's choices (a month, a feeling).
    pub fn track_changes_elsewhere(&self) {
        self.changed_elsewhere.track();
    }

    /// What `read` gives now, as a signal that is read again whenever another tab changes
    /// what is stored: for a screen's own list (my people, my practitioner, requests), so it
    /// never shows, or changes, a copy older than the phone's.
    pub fn watch<T: Send + Sync + 'static>(
        &self,
        read: impl Fn(&mut Context) -> T + Send + Sync + 'static,
    ) -> RwSignal<T> {
        let value = RwSignal::new(self.act(&read));
        let harbour = *self;
        Effect::new(move |ran: Option<()>| {
            harbour.track_changes_elsewhere();
            if ran.is_some() {
                value.set(harbour.act(&read));
            }
        });
        value
    }

    /// Runs a core action that changes what every screen shares. It starts from what is
    /// stored now, so a change made in another tab is never undone; the screens change only
    /// as far as the phone kept the change: after a failure they show what is stored.
    pub fn change<T, E>(
        &self,
        action: impl FnOnce(&mut Context, &mut SharedState) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut shared = self.shown();
        let result = self.act(|phone| {
            read_stored(phone, &mut shared);
            let result = action(phone, &mut shared);
            if result.is_err() {
                // Part of a change may have been kept (a card but not the order).
                read_stored(phone, &mut shared);
            }
            result
        });
        self.show(shared);
        result
    }
}

/// What is stored now, into `shared`; left as it is if the phone can't read it.
fn read_stored(phone: &mut Context, shared: &mut SharedState) {
    if let Ok(stored) = SharedState::read(phone.store()) {
        *shared = stored;
    }
}
