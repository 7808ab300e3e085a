//! The parts of a summary the client chooses to share, and what is left once they have
//! chosen: the one value every way of sharing is made from, so the preview is what leaves.

use super::build::{Day, Entry, Summary};
use crate::kernel::text::tidy_line;
use crate::kernel::Explain;
use crate::time::Moment;
use serde::{Deserialize, Serialize};

/// What the client chooses to share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parts {
    /// Each check-in's day, time, feelings and strengths.
    pub checkins: bool,
    /// Notes the client marked "Bring this to my next session".
    pub marked_notes: bool,
    /// Every note, marked or not; marked notes are in whenever this is.
    pub all_notes: bool,
    /// Which cards were tried after check-ins and how they helped.
    pub skills_tried: bool,
    /// The cards in use in My toolkit.
    pub toolkit: bool,
    /// Requests to come back made in these dates.
    pub requests: bool,
}

impl Default for Parts {
    /// What a summary for the next session usually needs, and nothing private by surprise:
    /// - check-ins and skills tried are in: they are what client and practitioner look at
    ///   together, and the client sees them in the preview before anything leaves;
    /// - marked notes are in, because the client wrote them for the session; other notes are
    ///   out, because they may never have been meant for anyone else;
    /// - the toolkit is out: it was made together, so the practitioner knows it, and leaving
    ///   it out keeps a fortnight to one page (it prints on its own, too);
    /// - requests to come back are out: the practitioner had the ones that were sent, and
    ///   one the client chose not to send should not leave by surprise.
    fn default() -> Parts {
        Parts {
            checkins: true,
            marked_notes: true,
            all_notes: false,
            skills_tried: true,
            toolkit: false,
            requests: false,
        }
    }
}

/// One part the client can choose to share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    CheckIns,
    MarkedNotes,
    AllNotes,
    SkillsTried,
    Toolkit,
    Requests,
}

impl Part {
    /// Every part, in the order the client is offered them.
    pub const ALL: [Part; 6] = [
        Part::CheckIns,
        Part::MarkedNotes,
        Part::AllNotes,
        Part::SkillsTried,
        Part::Toolkit,
        Part::Requests,
    ];

    /// How the part is offered, beside its box.
    pub fn choice(self) -> &'static str {
        match self {
            Part::CheckIns => "My check-ins: feelings and how strong",
            Part::MarkedNotes => "Notes I marked for my next session",
            Part::AllNotes => "All my notes, marked or not",
            Part::SkillsTried => "Skills I tried and how they helped",
            Part::Toolkit => "My toolkit",
            Part::Requests => "Asking to come back",
        }
    }

    /// The part's box on the screen, by a name that stays the same.
    pub fn id(self) -> &'static str {
        match self {
            Part::CheckIns => "part-checkins",
            Part::MarkedNotes => "part-marked",
            Part::AllNotes => "part-all-notes",
            Part::SkillsTried => "part-skills",
            Part::Toolkit => "part-toolkit",
            Part::Requests => "part-requests",
        }
    }
}

impl Parts {
    /// Whether `part` is chosen.
    pub fn has(&self, part: Part) -> bool {
        match part {
            Part::CheckIns => self.checkins,
            Part::MarkedNotes => self.marked_notes,
            Part::AllNotes => self.all_notes,
            Part::SkillsTried => self.skills_tried,
            Part::Toolkit => self.toolkit,
            Part::Requests => self.requests,
        }
    }

    /// Chooses `part`, or leaves it out.
    pub fn set(&mut self, part: Part, chosen: bool) {
        let field = match part {
            Part::CheckIns => &mut self.checkins,
            Part::MarkedNotes => &mut self.marked_notes,
            Part::AllNotes => &mut self.all_notes,
            Part::SkillsTried => &mut self.skills_tried,
            Part::Toolkit => &mut self.toolkit,
            Part::Requests => &mut self.requests,
        };
        *field = chosen;
    }

    /// Nothing chosen: a start for "just the toolkit" and the like.
    pub const NONE: Parts = Parts {
        checkins: false,
        marked_notes: false,
        all_notes: false,
        skills_tried: false,
        toolkit: false,
        requests: false,
    };

    /// What "Since my last session" shows on the phone, to look at together in session:
    /// everything in the dates but the notes that were not marked for the session (they may
    /// never have been meant for anyone else) and the toolkit (it has its own screen).
    pub const ON_SCREEN: Parts = Parts {
        checkins: true,
        marked_notes: true,
        all_notes: false,
        skills_tried: true,
        toolkit: false,
        requests: true,
    };

    /// True when this check-in's note goes with what is shared.
    pub fn shows_note(&self, entry: &Entry) -> bool {
        !entry.note.is_empty() && (self.all_notes || (self.marked_notes && entry.for_next_session))
    }

    /// The parts chosen, in plain words, for the sharing record and the screen.
    pub fn labels(&self) -> Vec<&'static str> {
        [
            (self.checkins, "Check-ins"),
            (
                self.marked_notes && !self.all_notes,
                "Notes for my next session",
            ),
            (self.all_notes, "All my notes"),
            (self.skills_tried, "Skills I tried"),
            (self.toolkit, "My toolkit"),
            (self.requests, "Asking to come back"),
        ]
        .into_iter()
        .filter_map(|(chosen, label)| chosen.then_some(label))
        .collect()
    }
}

/// What leaves the phone: the chosen parts of a summary, when it was made, and the client's
/// name if they chose to add it. The text, the JSON file and the preview are all made from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub made: Moment,
    pub name: Option<String>,
    /// The summary with only the chosen parts left in.
    pub summary: Summary,
}

/// The chosen parts hold nothing in these dates: said kindly, never an empty page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NothingToShare;

impl Explain for NothingToShare {
    fn message(&self) -> String {
        "There's nothing to share from these dates with the parts you chose. You could pick \
         other dates or add a part, or leave it for now."
            .into()
    }
}

/// Keeps only the chosen parts of `summary`.
pub fn choose(
    summary: &Summary,
    parts: Parts,
    made: Moment,
    name: Option<&str>,
) -> Result<Outgoing, NothingToShare> {
    let days: Vec<Day> = summary
        .days
        .iter()
        .filter_map(|day| {
            let checkins: Vec<Entry> = day
                .checkins
                .iter()
                .filter_map(|entry| chosen_entry(entry, parts))
                .collect();
            (!checkins.is_empty()).then_some(Day {
                date: day.date,
                checkins,
            })
        })
        .collect();
    let chosen = Summary {
        period: summary.period,
        days,
        cards: only_if(parts.skills_tried, &summary.cards),
        requests: only_if(parts.requests, &summary.requests),
        toolkit: only_if(parts.toolkit, &summary.toolkit),
    };
    if chosen.days.is_empty()
        && chosen.cards.is_empty()
        && chosen.requests.is_empty()
        && chosen.toolkit.is_empty()
    {
        return Err(NothingToShare);
    }
    let name = name.map(tidy_line).filter(|n| !n.is_empty());
    Ok(Outgoing {
        made,
        name,
        summary: chosen,
    })
}

fn only_if<T: Clone>(chosen: bool, all: &[T]) -> Vec<T> {
    if chosen {
        all.to_vec()
    } else {
        Vec::new()
    }
}

/// The chosen parts of one check-in, or `None` when none of it was chosen.
fn chosen_entry(entry: &Entry, parts: Parts) -> Option<Entry> {
    let note = if parts.shows_note(entry) {
        entry.note.clone()
    } else {
        String::new()
    };
    let feelings = only_if(parts.checkins, &entry.feelings);
    let tried = only_if(parts.skills_tried, &entry.tried);
    if feelings.is_empty() && note.is_empty() && tried.is_empty() {
        return None;
    }
    Some(Entry {
        id: entry.id.clone(),
        at: entry.at,
        for_next_session: entry.for_next_session && (parts.checkins || !note.is_empty()),
        feelings,
        note,
        tried,
    })
}
