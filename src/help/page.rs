//! The Help now screen.

use super::{HelpLine, HELP_LINES};
use crate::platform::set_title;
use leptos::prelude::*;

#[component]
pub fn HelpPage() -> impl IntoView {
    set_title("Help now");
    view! {
        <h1>"Help now"</h1>
        <p class="lead">
            "You don't have to cope with this alone. These are free, and someone will listen."
        </p>
        <ul class="help-lines">
            {HELP_LINES.iter().map(help_line).collect_view()}
        </ul>
    }
}

fn help_line(line: &HelpLine) -> impl IntoView {
    view! {
        <li class="help-line">
            <h2>{line.name}</h2>
            <p>{line.when}</p>
            <a class="button" href=line.href()>
                {line.action}
            </a>
        </li>
    }
}
