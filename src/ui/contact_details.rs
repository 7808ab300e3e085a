//! Someone's details as a small card, the same wherever they show: their name, then a line
//! for each detail there is.

use crate::kernel::glance::ContactGlance;
use leptos::prelude::*;

#[component]
pub fn ContactDetails(contact: ContactGlance) -> impl IntoView {
    view! {
        <div class="contact-details">
            <p class="contact-name">{contact.name}</p>
            {contact.lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
        </div>
    }
}
