//! Calm messages for the client that stay until they are read and dismissed.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Notice {
    id: u32,
    text: &'static str,
}

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Default for Notices {
    fn default() -> Self {
        Notices(RwSignal::new(Vec::new()))
    }
}

impl Notices {
    /// Shows a message, unless the same one is already showing.
    pub fn say(&self, text: &'static str) {
        self.0.update(|notices| {
            if notices.iter().all(|n| n.text != text) {
                let id = notices.iter().map(|n| n.id + 1).max().unwrap_or(0);
                notices.push(Notice { id, text });
            }
        });
    }

    fn dismiss(&self, id: u32) {
        self.0.update(|notices| notices.retain(|n| n.id != id));
    }
}

/// The list of messages, announced politely to screen readers.
#[component]
pub fn NoticeList(notices: Notices) -> impl IntoView {
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || notices.0.get() key=|n| n.id let:notice>
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
