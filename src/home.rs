//! Home: straight into a check-in, so feeling, strength and save are three taps away.

use crate::checkin::form::CheckInForm;
use crate::platform::set_title;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    set_title("Home");
    view! {
        <p class="welcome">"Harbour is yours. Nothing leaves this phone unless you choose."</p>
        <CheckInForm heading="How are you feeling?" />
    }
}
