//! My toolkit on paper: the cards in use and Help now (the client's people, then the UK
//! lines), plainly, for a page or a text file to keep where the client will see it, because
//! many clients are not always online or on their phone. A card as printed ([`PaperCard`])
//! is also how "Since my last session" shows the toolkit when the client includes it.
//!
//! This is a value, not a page: [`on_paper`] reads everything the print view needs, so the
//! view never touches the store. Screen (WebAssembly only): `page`, with its route.

use crate::help::{HelpLine, DANGER, HELP_LINES};
use crate::kernel::Context;
use crate::people::{self, Person};
use crate::storage::StoreError;
use crate::summary::period::iso_day;
use crate::time::{full_day_label, Moment};
use crate::toolkit::shelf::{self, Toolkit};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// One card as printed, in the client's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperCard {
    pub name: String,
    /// Which feelings and how strong: "Sad, Angry · 6 to 10", or "Any feeling".
    pub when: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub situations: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    /// A physical or safety risk of the skill the card started from: it goes wherever the card
    /// goes, paper included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caution: Option<String>,
    /// The day it was made together in a session, if it was.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::summary::period::iso_day_option"
    )]
    pub made_together: Option<NaiveDate>,
}

/// Everything a print of My toolkit needs from the phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolkitOnPaper {
    /// The cards in use, pinned first, in the client's order; put-away cards stay off paper.
    pub cards: Vec<PaperCard>,
    /// The client's people and own crisis line, first in Help now.
    pub people: Vec<Person>,
    /// The day it was made, printed on the page.
    pub made: NaiveDate,
}

/// The cards in use, as printed.
pub fn cards(toolkit: &Toolkit) -> Vec<PaperCard> {
    toolkit
        .shown()
        .into_iter()
        .map(|card| {
            let content = &card.content;
            PaperCard {
                name: content.name.clone(),
                when: card.when_line(),
                situations: content.situations.clone(),
                steps: content.steps.clone(),
                why: content.why.clone(),
                caution: content.caution().map(String::from),
                made_together: content.made_together.as_ref().map(Moment::date_naive),
            }
        })
        .collect()
}

/// Reads what a print of My toolkit and Help now needs. Cards or people that cannot be read
/// are set aside and the rest printed.
pub fn on_paper(phone: &mut Context) -> Result<ToolkitOnPaper, StoreError> {
    let toolkit = shelf::load(phone.store())?;
    Ok(ToolkitOnPaper {
        cards: cards(&toolkit),
        people: people::people(phone),
        made: phone.now.date_naive(),
    })
}

impl ToolkitOnPaper {
    /// My toolkit and Help now as plain text, for a file to keep where printing is missing
    /// (Firefox for Android has no print): the same cards and lines as the page.
    pub fn text(&self) -> String {
        let mut out = String::from("My toolkit and Help now\n");
        let _ = writeln!(out, "Made on {}", full_day_label(self.made));
        out.push_str("Written by me in Harbour\n\n\nMY TOOLKIT\n");
        if self.cards.is_empty() {
            out.push_str("\nNo cards in use yet.\n");
        }
        for card in &self.cards {
            write_card(&mut out, card);
        }
        out.push_str("\n\nHELP NOW\n");
        write_help_line(&mut out, &DANGER);
        for person in &self.people {
            let _ = write!(out, "\n{}: {}\n", person.name, person.phone);
            if person.crisis_line {
                out.push_str("My crisis or out-of-hours line\n");
            }
        }
        for line in &HELP_LINES {
            write_help_line(&mut out, line);
        }
        out
    }

    /// The name of its file: `harbour-toolkit-2026-11-25.txt`.
    pub fn file_name(&self) -> String {
        format!("harbour-toolkit-{}.txt", iso_day::text(self.made))
    }
}

fn write_help_line(out: &mut String, line: &HelpLine) {
    let _ = write!(out, "\n{}\n{}\n{}\n", line.name, line.when, line.action);
}

/// A card as plain text, for the toolkit's file and a summary's.
pub(crate) fn write_card(out: &mut String, card: &PaperCard) {
    let _ = write!(out, "\n{}\n", card.name);
    let _ = writeln!(out, "For: {}", card.when);
    if !card.situations.is_empty() {
        let _ = writeln!(out, "When I use it:\n{}", card.situations);
    }
    if !card.steps.is_empty() {
        out.push_str("Steps:\n");
        for (n, step) in card.steps.iter().enumerate() {
            let _ = writeln!(out, "{}. {step}", n + 1);
        }
    }
    if !card.why.is_empty() {
        let _ = writeln!(out, "Why it helps me:\n{}", card.why);
    }
    if let Some(caution) = &card.caution {
        let _ = writeln!(out, "Take care: {caution}");
    }
    if let Some(day) = card.made_together {
        let _ = writeln!(out, "Made together on {}", full_day_label(day));
    }
}

#[cfg(target_arch = "wasm32")]
pub mod page;

#[cfg(test)]
mod tests;
