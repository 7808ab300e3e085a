//! The app's frame: starts Harbour in the page, provides its state, and routes between the
//! screens. Each feature declares its own routes beside its screens, at the addresses named in
//! [`crate::paths`].

mod layout;
mod notices;
pub mod on_demand;

use crate::checkin::CheckInRoutes;
use crate::comeback::ComeBackRoutes;
use crate::handover::HandOverRoutes;
use crate::help::HelpRoutes;
use crate::home::HomePage;
use crate::hope::page::HopeRoutes;
use crate::lock::page::{LockRoutes, LockedScreen};
use crate::mydata::page::MyDataRoutes;
use crate::on_paper::page::OnPaperRoutes;
use crate::paths::HOME;
use crate::patterns::page::PatternsRoutes;
use crate::people::page::PeopleRoutes;
use crate::platform;
use crate::practitioner::page::PractitionerRoutes;
use crate::quick_exit::page as quick_exit;
use crate::reminders::page::RemindersRoutes;
use crate::session::SessionRoutes;
use crate::state::Harbour;
use crate::state::LockShown;
use crate::summary::SummaryRoutes;
use crate::toolkit::ToolkitRoutes;
use crate::ui::NotHere;
use crate::urges::page::UrgesRoutes;
use layout::{Layout, LockedLayout};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
fn App() -> impl IntoView {
    let harbour = Harbour::on_this_phone();
    provide_context(harbour);
    // The installed app and a browser tab share storage: when another tab changes
    // Harbour's data, every screen here shows it.
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        let key = event.key();
        if key
            .as_deref()
            .is_none_or(|key| key == crate::lock::LOCK_KEY)
        {
            harbour.lock_changed_elsewhere();
        }
        if key.is_none_or(|key| key.starts_with(crate::storage::PREFIX)) {
            harbour.reread();
        }
    });
    if !cfg!(debug_assertions) {
        platform::service_worker::register(harbour);
    }
    quick_exit::leave_when_asked();
    crate::lock::page::lock_when_hidden();
    let locked = Memo::new(move |_| harbour.lock.get() == LockShown::Locked);
    let locked_screen = crate::on_demand!(lock, LockedScreen);
    move || {
        if harbour.left.get() {
            return view! { <quick_exit::Neutral /> }.into_any();
        }
        if locked.get() {
            return view! { <LockedLayout>{locked_screen()}</LockedLayout> }.into_any();
        }
        view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage />
                    <CheckInRoutes />
                    <PatternsRoutes />
                    <UrgesRoutes />
                    <RemindersRoutes />
                    <HopeRoutes />
                    <ToolkitRoutes />
                    <HandOverRoutes />
                    <SessionRoutes />
                    <HelpRoutes />
                    <ComeBackRoutes />
                    <PractitionerRoutes />
                    <PeopleRoutes />
                    <MyDataRoutes />
                    <LockRoutes />
                    <SummaryRoutes />
                    <OnPaperRoutes />
                </Routes>
            </Layout>
        </Router>
        }
        .into_any()
    }
}

#[component]
fn NotFound() -> impl IntoView {
    platform::set_title("Page not found");
    view! {
        <NotHere
            heading="This page isn't here"
            said="The link may be old or mistyped. Everything you saved is still on your phone."
            href=HOME
            go="Go to the start"
        />
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
