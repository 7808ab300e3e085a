//! Calm messages for the client that stay until they are read and dismissed.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
}

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Default for Notices {
    fn default() -> Self {
        Notices(RwSignal::new(Vec::new()))
    }
}

impl Notices {
    /// The messages showing now.
    pub fn showing(&self) -> Vec<Notice> {
        self.0.get()
    }

    /// Shows a message, unless the same one is already showing.
    pub fn say(&self, text: String) {
        self.0.update(|notices| {
            if notices.iter().all(|n| n.text != text) {
                let id = notices.iter().map(|n| n.id + 1).max().unwrap_or(0);
                notices.push(Notice { id, text });
            }
        });
    }

    pub fn dismiss(&self, id: u32) {
        self.0.update(|notices| notices.retain(|n| n.id != id));
    }
}
