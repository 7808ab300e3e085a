//! The frame's notices: calm messages from anywhere in Harbour, each kept until dismissed.

use crate::state::Notices;
use leptos::prelude::*;

/// Calm messages that stay until they are read and dismissed, announced politely.
#[component]
pub fn NoticeList(notices: Notices) -> impl IntoView {
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || notices.showing() key=|n| n.id let:notice>
                <div class="notice">
                    <p>{notice.text}</p>
                    <button type="button" on:click=move |_| notices.dismiss(notice.id)>
                        "OK"
                    </button>
                </div>
            </For>
        </div>
    }
}
