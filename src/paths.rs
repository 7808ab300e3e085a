//! Where every screen lives. Screens link to one another by these addresses, so no feature
//! has to import another's screens to point at them; each feature's routes (`*Routes`, beside
//! its screens) mount its screens at the addresses named here.

/// Home: a check-in straight away, and the pinned cards.
pub const HOME: &str = "/";

/// Help now: the danger line, the client's people, and free lines to call or text.
pub const HELP: &str = "/help";

/// A new check-in.
pub const CHECK_IN: &str = "/check-in";
/// Your check-ins, newest first.
pub const HISTORY: &str = "/history";

/// Looking back: the calendar, trends and what helped.
pub const LOOKING_BACK: &str = "/looking-back";
/// My diary card: a week, days across, with feelings, urges and cards tried.
pub const DIARY_WEEK: &str = "/looking-back/week";
/// Finding check-ins again by words, feeling or card.
pub const FIND_CHECK_INS: &str = "/looking-back/find";

/// Hope, control and chances: three questions, and the answers so far.
pub const HOPE: &str = "/hope";
/// A gentle reminder: a calendar file the phone's calendar keeps.
pub const REMINDER: &str = "/reminder";
/// My urges: naming the urges a check-in rates.
pub const MY_URGES: &str = "/my-urges";

/// Changing one check-in.
pub fn change_check_in(id: &str) -> String {
    format!("{CHECK_IN}/{id}")
}

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

/// Handing cards over to another phone.
pub const HAND_OVER: &str = "/hand-over";
/// Opening a hand-over: the path every hand-over link carries, so the link format names it.
pub const RECEIVE: &str = "/receive";

/// Handing over just these cards.
pub fn hand_over_cards(ids: &[String]) -> String {
    format!("{HAND_OVER}?cards={}", ids.join(","))
}

/// Ending a session: what was made together, and handing it over.
pub const END_SESSION: &str = "/session/end";

/// Ask to come back: the message, and every way to send it.
pub const COME_BACK: &str = "/come-back";
/// My practitioner's details: typing, changing or removing them.
pub const PRACTITIONER: &str = "/practitioner";
/// My people: adding, changing and ordering who to call first.
pub const PEOPLE: &str = "/people";

/// "Since my last session": looking back together, and sharing what the client chooses.
pub const SINCE_LAST_SESSION: &str = "/since-my-last-session";
/// The toolkit laid out to print and keep on paper.
pub const TOOLKIT_ON_PAPER: &str = "/toolkit-on-paper";
/// My data: backups, restoring one, and deleting everything.
pub const MY_DATA: &str = "/my-data";
/// Lock Harbour: turning the lock on, changing it, turning it off.
pub const LOCK: &str = "/my-data/lock";
