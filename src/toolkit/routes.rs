//! The toolkit's screens, mounted at the addresses `crate::paths` names.

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
        <Route path=path!("/toolkit") view=crate::on_demand!(toolkit, ToolkitPage) />
        <Route path=path!("/toolkit/add") view=crate::on_demand!(toolkit, AddCardPage) />
        <Route path=path!("/toolkit/new") view=crate::on_demand!(toolkit, NewCardPage) />
        <Route path=path!("/toolkit/:id") view=crate::on_demand!(toolkit, CardPage) />
        <Route path=path!("/toolkit/:id/change") view=crate::on_demand!(toolkit, ChangeCardPage) />
    }
    .into_inner()
    // Several routes come as a list; the router takes them as one.
    .into_any_nested_route()
}
