//! The app shell: opens the phone's storage, brings its layout up to date, and routes between
//! the screens. Each screen lives with its feature (`checkin`, `help`, `home`).

mod layout;
mod not_found;
mod notices;
mod problems;

pub use notices::Notices;
pub use problems::ProblemList;

use crate::checkin::history::HistoryPage;
use crate::checkin::page::{ChangeCheckInPage, NewCheckInPage};
use crate::feelings::{load_own_words, OwnWords};
use crate::handover::give::GivePage;
use crate::handover::receive::ReceivePage;
use crate::help::page::HelpPage;
use crate::home::HomePage;
use crate::platform;
use crate::session::page::EndSessionPage;
use crate::session::{self, Session};
use crate::storage::browser::PhoneStore;
use crate::storage::quarantine;
use crate::storage::schema::{migrate, SchemaOutcome, MIGRATIONS};
use crate::storage::{Store, StoreError};
use crate::toolkit::add::AddCardPage;
use crate::toolkit::editor::{ChangeCardPage, NewCardPage};
use crate::toolkit::list::ToolkitPage;
use crate::toolkit::shelf::{self, Toolkit};
use crate::toolkit::view::CardPage;
use layout::Layout;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use not_found::NotFound;

const SET_ASIDE: &str = "Some of what Harbour kept could not be read. It has been put safely \
    to one side, not deleted, and everything else is here as usual.";
const NOT_KEPT: &str = "This browser won't let Harbour keep anything on your phone just now, \
    so what you save will be gone when you close it. Private browsing can cause this.";
const NEWER_DATA: &str = "Your check-ins were last saved by a newer Harbour. Everything is \
    still here; opening Harbour with signal will bring this copy up to date.";
const COULD_NOT_OPEN: &str = "Harbour could not open what it keeps on your phone just now. \
    Nothing has been changed. Closing Harbour and opening it again may help.";

/// What every screen shares: the phone's store and the app-wide signals.
#[derive(Clone, Copy)]
pub struct Harbour {
    store: StoredValue<PhoneStore>,
    pub notices: Notices,
    pub own_words: RwSignal<OwnWords>,
    pub toolkit: RwSignal<Toolkit>,
    /// The session with the practitioner in progress, if any.
    pub session: RwSignal<Option<Session>>,
    pub update_ready: RwSignal<bool>,
}

impl Harbour {
    fn open() -> Harbour {
        let store = PhoneStore::open();
        let notices = Notices::default();
        if matches!(store, PhoneStore::Memory(_)) {
            notices.say(NOT_KEPT);
        }
        let harbour = Harbour {
            store: StoredValue::new(store),
            notices,
            own_words: RwSignal::new(OwnWords::default()),
            toolkit: RwSignal::new(Toolkit::default()),
            session: RwSignal::new(None),
            update_ready: RwSignal::new(false),
        };
        match harbour.store(|s| migrate(s, MIGRATIONS)) {
            Ok(SchemaOutcome::Current { .. }) => {}
            Ok(SchemaOutcome::Newer { .. }) => notices.say(NEWER_DATA),
            Err(_) => notices.say(COULD_NOT_OPEN),
        }
        match harbour.store(|s| Ok((load_own_words(s)?, shelf::load(s)?, session::load(s)?))) {
            Ok((words, toolkit, in_session)) => {
                harbour.own_words.set(words);
                harbour.toolkit.set(toolkit);
                harbour.session.set(in_session);
            }
            Err(_) => notices.say(COULD_NOT_OPEN),
        }
        harbour
    }

    /// Runs `work` against the phone's store. If anything had to be set aside on the way,
    /// the client is told, here, once, whichever feature found it.
    pub fn store<T>(
        &self,
        work: impl FnOnce(&mut dyn Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let outcome = self.store.try_update_value(|store| {
            let set_aside_before = quarantine::count(store).unwrap_or(0);
            let result = work(store);
            let set_aside_after = quarantine::count(store).unwrap_or(0);
            (result, set_aside_after > set_aside_before)
        });
        match outcome {
            Some((result, set_aside)) => {
                if set_aside {
                    self.notices.say(SET_ASIDE);
                }
                result
            }
            None => Err(StoreError::Unavailable("the app is closing".into())),
        }
    }
}

impl Harbour {
    /// Changes the toolkit in storage and on screen together: the screen only changes if
    /// the phone kept the change.
    pub fn change_toolkit<T>(
        &self,
        change: impl FnOnce(&mut dyn Store, &mut Toolkit) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut toolkit = self.toolkit.get_untracked();
        let result = self.store(|s| change(s, &mut toolkit));
        if result.is_ok() {
            self.toolkit.set(toolkit);
        } else if let Ok(stored) = self.store(shelf::load) {
            // Part of a change may have been kept (a card but not the order): show what is.
            self.toolkit.set(stored);
        }
        result
    }

    /// Notes that a card was made or changed, if a session is on.
    pub fn touched_in_session(&self, card: &str) {
        let Some(mut session) = self.session.get_untracked() else {
            return;
        };
        session.touched(card);
        let _ = self.store(|s| session::keep(s, Some(&session)));
        self.session.set(Some(session));
    }
}

#[component]
fn App() -> impl IntoView {
    let harbour = Harbour::open();
    provide_context(harbour);
    if !cfg!(debug_assertions) {
        platform::service_worker::register(harbour.update_ready);
    }
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/check-in") view=NewCheckInPage />
                    <Route path=path!("/check-in/:id") view=ChangeCheckInPage />
                    <Route path=path!("/history") view=HistoryPage />
                    <Route path=path!("/help") view=HelpPage />
                    <Route path=path!("/toolkit") view=ToolkitPage />
                    <Route path=path!("/toolkit/add") view=AddCardPage />
                    <Route path=path!("/toolkit/new") view=NewCardPage />
                    <Route path=path!("/toolkit/:id") view=CardPage />
                    <Route path=path!("/toolkit/:id/change") view=ChangeCardPage />
                    <Route path=path!("/session/end") view=EndSessionPage />
                    <Route path=path!("/hand-over") view=GivePage />
                    <Route path=path!("/receive") view=ReceivePage />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Starts Harbour in the page: replaces the plain loading screen in `index.html`.
pub fn start() {
    platform::crash::show_kind_page_on_crash();
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    mount_to_body(App);
}
