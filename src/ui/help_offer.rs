//! The offer of Help now, for a screen that may meet someone at a hard moment.

use crate::paths::HELP;
use leptos::prelude::*;
use leptos_router::components::A;

/// "If it's too much right now, Help now is here": after a strong check-in (saved, changed,
/// or one the phone could not keep) and whenever no card fits, so no one meets a dead end.
#[component]
pub fn HelpNowOffer() -> impl IntoView {
    view! {
        <p class="help-now-offer">
            "If it's too much right now, " <A href=HELP>"Help now is here"</A> "."
        </p>
    }
}
