//! Share only what I choose: "Since my last session", the parts the client picks, exactly
//! what leaves the phone, and a record of what was shared (My toolkit on paper, which notes
//! itself in that record, lives in `on_paper`).
//!
//! - [`period`]: the dates covered (since the last session, or the last 14 days);
//! - [`build`]: the summary of a period, read from the phone in one action;
//! - [`parts`]: the parts the client chooses, and what is left once they have;
//! - [`text`]: the plain text for people, the one source for the preview and every way of
//!   sharing, with the email and file names;
//! - [`file`]: the versioned JSON file for software, and reading it back;
//! - [`record`]: the sharing record kept on the phone.
//!
//! Nothing here sends anything: the screens share, and only when the client chooses.
//!
//! Screens (WebAssembly only): `page` ("Since my last session", and the routes), `sharing`
//! (the parts, the preview, the ways, the page that prints, the record), `show` (a summary
//! laid out to read).

pub mod build;
pub mod file;
pub mod parts;
pub mod period;
pub mod record;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod sharing;
#[cfg(target_arch = "wasm32")]
mod show;

#[cfg(target_arch = "wasm32")]
pub use page::SummaryRoutes;

#[cfg(test)]
mod tests;

pub use build::{build, CardTried, Day, Entry, RequestMade, Summary, Tried};
pub use file::{json, parse_json, SummaryFileProblem};
pub use parts::{choose, NothingToShare, Outgoing, Part, Parts};
pub use period::{starting_period, Period, PeriodProblem};
pub use record::{
    clear_records, note_shared, note_toolkit_shared, records, ShareWay, SharingRecord,
};
pub use text::{email_link, fits_in_email, json_file_name, text, text_file_name};
