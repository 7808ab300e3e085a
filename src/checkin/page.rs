//! The check-in screens: `/check-in` for a new one, `/check-in/:id` to change one, and
//! `/history` for "Your check-ins".

use super::actions;
use super::form::CheckInForm;
use super::history::HistoryPage;
use crate::paths::HISTORY;
use crate::platform::set_title;
use crate::state::use_harbour;
use crate::ui::id_param;
use crate::ui::NotHere;
use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::Route;
use leptos_router::path;

#[component(transparent)]
pub fn CheckInRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/check-in") view=NewCheckInPage />
        <Route path=path!("/check-in/:id") view=ChangeCheckInPage />
        <Route path=path!("/history") view=crate::on_demand!(sharing, HistoryPage) />
    }
    .into_inner()
    // Several routes come as a list; the router takes them as one.
    .into_any_nested_route()
}

#[component]
fn NewCheckInPage() -> impl IntoView {
    set_title("Check in");
    view! { <CheckInForm heading="How are you feeling?" /> }
}

#[component]
fn ChangeCheckInPage() -> impl IntoView {
    set_title("Change a check-in");
    let harbour = use_harbour();
    let id = id_param();
    move || {
        let id = id.get().unwrap_or_default();
        match harbour.act(|p| actions::find(p, &id)) {
            Ok(Some(checkin)) => {
                view! { <CheckInForm heading="Change this check-in" editing=checkin /> }.into_any()
            }
            Ok(None) => view! {
                <NotHere
                    heading="This check-in isn't here"
                    said="It may have been deleted. Your other check-ins are safe."
                    href=HISTORY
                    go="See your check-ins"
                />
            }
            .into_any(),
            Err(_) => view! {
                <h1>"Change this check-in"</h1>
                <p class="problem" role="alert">
                    "Harbour couldn't read your check-ins just now. Nothing has been changed. "
                    "Closing Harbour and opening it again may help."
                </p>
            }
            .into_any(),
        }
    }
}
