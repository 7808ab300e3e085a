//! The `:id` in the current route's path (a card's, a check-in's), for the screen it opens.

use leptos::prelude::*;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

/// The `:id` in a route's path, as the router reads it.
#[derive(Params, PartialEq)]
struct RouteId {
    id: Option<String>,
}

/// The current route's `:id`. `None` when the path has none.
pub fn id_param() -> Memo<Option<String>> {
    let params = use_params::<RouteId>();
    Memo::new(move |_| params.with(|p| p.as_ref().ok().and_then(|p| p.id.clone())))
}
