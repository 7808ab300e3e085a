//! The app shell: opens the phone's storage, brings its layout up to date, and routes between
//! the screens. Each screen lives with its feature (`checkin`, `help`, `home`).

mod layout;
mod not_found;
mod notices;

pub use notices::Notices;

use crate::checkin::history::HistoryPage;
use crate::checkin::page::{ChangeCheckInPage, NewCheckInPage};
use crate::feelings::{load_own_words, OwnWords};
use crate::help::page::HelpPage;
use crate::home::HomePage;
use crate::platform;
use crate::storage::browser::PhoneStore;
use crate::storage::quarantine;
use crate::storage::schema::{migrate, SchemaOutcome, MIGRATIONS};
use crate::storage::{Store, StoreError};
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
            update_ready: RwSignal::new(false),
        };
        match harbour.store(|s| migrate(s, MIGRATIONS)) {
            Ok(SchemaOutcome::Current { .. }) => {}
            Ok(SchemaOutcome::Newer { .. }) => notices.say(NEWER_DATA),
            Err(_) => notices.say(COULD_NOT_OPEN),
        }
        match harbour.store(load_own_words) {
            Ok(words) => harbour.own_words.set(words),
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
