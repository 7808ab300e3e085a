//! The toolkit's screens and where they live: each path is named here, beside its route.

use super::add::AddCardPage;
use super::editor::{ChangeCardPage, NewCardPage};
use super::list::ToolkitPage;
use super::view::CardPage;
use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::Route;
use leptos_router::path;

/// My toolkit: every card.
pub const TOOLKIT: &str = "/toolkit";
/// The library and templates a new card can start from.
pub const ADD_CARD: &str = "/toolkit/add";
/// A new card, starting blank.
pub const NEW_CARD: &str = "/toolkit/new";

/// A new card starting from a skill in the library.
pub fn card_from_skill(skill: &str) -> String {
    format!("{NEW_CARD}?skill={skill}")
}

/// A new card starting from a card kept as a template.
pub fn card_from_template(template: &str) -> String {
    format!("{NEW_CARD}?template={template}")
}

/// One card.
pub fn card(id: &str) -> String {
    format!("{TOOLKIT}/{id}")
}

/// Changing one card.
pub fn change_card(id: &str) -> String {
    format!("{TOOLKIT}/{id}/change")
}

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
