//! The summary as a versioned JSON file for software: `{"harbour_summary": 1, ...}`, with
//! the same chosen parts as the text. A reader that meets a version it does not know says so
//! rather than guess.

use super::build::Summary;
use super::parts::{choose, NothingToShare, Outgoing, Parts};
use crate::kernel::Explain;
use crate::time::Moment;
use serde::{Deserialize, Serialize};

/// The version of the file this Harbour writes.
pub const SUMMARY_FILE_VERSION: u32 = 1;

/// The file as written: the version first, then what was chosen.
#[derive(Serialize, Deserialize)]
struct SummaryFile {
    harbour_summary: u32,
    #[serde(with = "crate::time::rfc3339")]
    made: Moment,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    summary: Summary,
}

/// Why a summary file could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryFileProblem {
    /// Not a Harbour summary, or damaged.
    NotASummary,
    /// Written by a newer Harbour, in a version this one does not know.
    NewerVersion(u32),
}

impl Explain for SummaryFileProblem {
    fn message(&self) -> String {
        match self {
            SummaryFileProblem::NotASummary => {
                "This file isn't a summary from Harbour, or part of it is missing.".into()
            }
            SummaryFileProblem::NewerVersion(_) => {
                "This summary was made by a newer Harbour. Opening Harbour with signal brings \
                 it up to date."
                    .into()
            }
        }
    }
}

/// The chosen parts of `summary` as JSON, or why there is nothing to share.
pub fn json(
    summary: &Summary,
    parts: Parts,
    made: Moment,
    name: Option<&str>,
) -> Result<String, NothingToShare> {
    Ok(choose(summary, parts, made, name)?.json())
}

impl Outgoing {
    /// The JSON file's text.
    pub fn json(&self) -> String {
        let file = SummaryFile {
            harbour_summary: SUMMARY_FILE_VERSION,
            made: self.made,
            name: self.name.clone(),
            summary: self.summary.clone(),
        };
        // Only strings, numbers, lists and maps with string keys: this cannot fail.
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }
}

/// Reads a summary file back.
pub fn parse_json(text: &str) -> Result<Outgoing, SummaryFileProblem> {
    #[derive(Deserialize)]
    struct Version {
        harbour_summary: u32,
    }
    let version = serde_json::from_str::<Version>(text)
        .map_err(|_| SummaryFileProblem::NotASummary)?
        .harbour_summary;
    if version > SUMMARY_FILE_VERSION {
        return Err(SummaryFileProblem::NewerVersion(version));
    }
    let file: SummaryFile =
        serde_json::from_str(text).map_err(|_| SummaryFileProblem::NotASummary)?;
    if file.harbour_summary != SUMMARY_FILE_VERSION {
        return Err(SummaryFileProblem::NotASummary);
    }
    Ok(Outgoing {
        made: file.made,
        name: file.name,
        summary: file.summary,
    })
}
