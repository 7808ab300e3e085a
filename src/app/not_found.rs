use crate::platform::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    set_title("Page not found");
    view! {
        <h1>"This page isn't here"</h1>
        <p>"The link may be old or mistyped. Everything you saved is still on your phone."</p>
        <p>
            <A href="/" attr:class="button">
                "Go to the start"
            </A>
        </p>
    }
}
