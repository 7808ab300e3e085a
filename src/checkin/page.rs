//! The check-in screens: `/check-in` for a new one, `/check-in/:id` to change one.

use super::book;
use super::form::CheckInForm;
use crate::app::Harbour;
use crate::platform::set_title;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NewCheckInPage() -> impl IntoView {
    set_title("Check in");
    view! { <CheckInForm heading="How are you feeling?" /> }
}

#[component]
pub fn ChangeCheckInPage() -> impl IntoView {
    set_title("Change a check-in");
    let harbour = expect_context::<Harbour>();
    let params = use_params_map();
    move || {
        let id = params.with(|p| p.get("id")).unwrap_or_default();
        match harbour.store(|s| book::find(s, &id)) {
            Ok(Some(checkin)) => {
                view! { <CheckInForm heading="Change this check-in" editing=checkin /> }.into_any()
            }
            Ok(None) => view! {
                <h1>"This check-in isn't here"</h1>
                <p>"It may have been deleted. Your other check-ins are safe."</p>
                <p>
                    <A href="/history" attr:class="button">
                        "See your check-ins"
                    </A>
                </p>
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
