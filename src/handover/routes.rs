//! The hand-over screens and where they live: `/hand-over` to give, `/receive` to take.

use super::give::GivePage;
use super::receive::ReceivePage;
use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::Route;
use leptos_router::path;

#[component(transparent)]
pub fn HandOverRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/hand-over") view=crate::on_demand!(toolkit, GivePage) />
        <Route path=path!("/receive") view=crate::on_demand!(toolkit, ReceivePage) />
    }
    .into_inner()
    // Several routes come as a list; the router takes them as one.
    .into_any_nested_route()
}
