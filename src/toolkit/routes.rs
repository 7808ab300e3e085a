//! The toolkit's screens and where they live.

use super::add::AddCardPage;
use super::editor::{ChangeCardPage, NewCardPage};
use super::list::ToolkitPage;
use super::view::CardPage;
use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::Route;
use leptos_router::path;

#[component(transparent)]
pub fn ToolkitRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/toolkit") view=ToolkitPage />
        <Route path=path!("/toolkit/add") view=AddCardPage />
        <Route path=path!("/toolkit/new") view=NewCardPage />
        <Route path=path!("/toolkit/:id") view=CardPage />
        <Route path=path!("/toolkit/:id/change") view=ChangeCardPage />
    }
    .into_inner()
    // Several routes come as a list; the router takes them as one.
    .into_any_nested_route()
}
