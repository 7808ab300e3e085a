//! Each request to come back, kept on the phone: when, which way, the message, whether the
//! client says it was sent, and whether the practitioner got back. A web page cannot know
//! whether a message was sent, so the client is asked.
//!
//! One key per request (`harbour.comeback.request.<id>`), so keeping one never rewrites the
//! others; a request that cannot be read is set aside and the rest still load.

use crate::kernel::id::is_plain_id;
use crate::kernel::Context;
use crate::storage::quarantine::{read_json, read_sound, Read};
use crate::storage::unknown_fields::write_keeping_unknown;
use crate::storage::StoreError;
use crate::time::{local_date, Moment};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

pub const REQUEST_PREFIX: &str = "harbour.comeback.request.";
pub const SETTINGS_KEY: &str = "harbour.comeback.settings";

/// How the message left Harbour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AskWay {
    Text,
    Email,
    Call,
    /// The phone's share sheet, to whichever app the client chose.
    Shared,
    /// Copied, to send by hand.
    Copied,
}

impl AskWay {
    pub fn label(self) -> &'static str {
        match self {
            AskWay::Text => "by text",
            AskWay::Email => "by email",
            AskWay::Call => "by phone",
            AskWay::Shared => "from the share menu",
            AskWay::Copied => "copied to send yourself",
        }
    }
}

/// What the client said about sending it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sent {
    /// Not asked yet: Harbour asks when the client comes back to it.
    NotAsked,
    Yes,
    NotYet,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub id: String,
    #[serde(with = "crate::time::rfc3339")]
    pub at: Moment,
    pub way: AskWay,
    pub message: String,
    pub sent: Sent,
    /// When the client said the practitioner got back to them.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::rfc3339_option"
    )]
    pub answered: Option<Moment>,
}

/// The client's choice of when home suggests following up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub follow_up_after_working_days: u8,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            follow_up_after_working_days: 3,
        }
    }
}

/// The day, `working_days` Monday-to-Friday days after `asked`. Bank holidays are not known
/// here, so around them the suggestion may come a day early; it is only a gentle one.
pub fn follow_up_day(asked: NaiveDate, working_days: u8) -> NaiveDate {
    let mut day = asked;
    let mut left = working_days;
    while left > 0 {
        day = day.checked_add_days(Days::new(1)).unwrap_or(day);
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    day
}

/// Where asking to come back stands, for home.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Nothing asked, or the last request was answered or not sent.
    Free,
    /// The message app was opened: did it go?
    DidItGo(Request),
    /// Sent and waiting; `follow_up` once the client's chosen days have passed.
    Waiting { request: Request, follow_up: bool },
}

/// Where things stand, from the requests (newest first) as seen `now`.
pub fn standing(newest_first: &[Request], settings: Settings, now: &Moment) -> Standing {
    let Some(last) = newest_first.first() else {
        return Standing::Free;
    };
    match (last.sent, last.answered) {
        (_, Some(_)) | (Sent::NotYet, None) => Standing::Free,
        (Sent::NotAsked, None) => Standing::DidItGo(last.clone()),
        (Sent::Yes, None) => {
            let offset = *now.offset();
            let asked = local_date(&last.at, offset);
            let due = follow_up_day(asked, settings.follow_up_after_working_days);
            Standing::Waiting {
                request: last.clone(),
                follow_up: local_date(now, offset) >= due,
            }
        }
    }
}

/// Every request (newest first) and where things stand now. Requests that cannot be read
/// count as none.
pub fn overview(phone: &mut Context) -> (Vec<Request>, Standing) {
    let all = requests(phone).unwrap_or_default();
    let settings = settings(phone);
    let now = standing(&all, settings, &phone.now);
    (all, now)
}

/// True when the message is one the come-back screen would have let the client send: how a
/// request arriving by another door (a backup) is checked.
pub fn is_as_typed(request: &Request) -> bool {
    super::message::checked(&request.message).as_deref() == Ok(request.message.as_str())
}

fn key(id: &str) -> String {
    format!("{REQUEST_PREFIX}{id}")
}

fn keep(phone: &mut Context, request: &Request) -> Result<(), StoreError> {
    write_keeping_unknown(phone.store(), &key(&request.id), request)
}

/// Every request on the phone, newest first. Ones that cannot be read, or are kept under
/// another request's key, are set aside.
pub fn requests(phone: &mut Context) -> Result<Vec<Request>, StoreError> {
    let mut found = Vec::new();
    for stored in phone.store().keys_with_prefix(REQUEST_PREFIX)? {
        let sound = |r: &Request| is_plain_id(&r.id) && key(&r.id) == stored;
        if let Read::Found(request) = read_sound::<Request>(phone.store(), &stored, sound)? {
            found.push(request);
        }
    }
    found.sort_by_key(|r: &Request| std::cmp::Reverse(r.at));
    Ok(found)
}

/// Notes that the client opened a way to send the message now. Harbour asks later whether
/// it went (a copied message counts as not yet sent until they say).
pub fn note_asked(phone: &mut Context, way: AskWay, message: &str) -> Result<Request, StoreError> {
    let request = Request {
        id: phone.new_id(),
        at: phone.now,
        way,
        message: message.to_string(),
        sent: Sent::NotAsked,
        answered: None,
    };
    keep(phone, &request)?;
    Ok(request)
}

/// The client's answer to "Did you send it?".
pub fn answer_sent(
    phone: &mut Context,
    request: &Request,
    sent: Sent,
) -> Result<Option<Request>, StoreError> {
    change_stored(phone, request, |r, _| r.sent = sent)
}

/// "They got back to me."
pub fn got_back(phone: &mut Context, request: &Request) -> Result<Option<Request>, StoreError> {
    change_stored(phone, request, |r, now| r.answered = Some(now))
}

/// Changes the request as it is stored now, not as a screen read it earlier: another tab may
/// have answered it, or cleared the history (then nothing is written back, and `None` says so).
fn change_stored(
    phone: &mut Context,
    request: &Request,
    change: impl FnOnce(&mut Request, Moment),
) -> Result<Option<Request>, StoreError> {
    let key = key(&request.id);
    let Read::Found(mut stored) = read_json::<Request>(phone.store(), &key)? else {
        return Ok(None);
    };
    change(&mut stored, phone.now);
    keep(phone, &stored)?;
    Ok(Some(stored))
}

/// Forgets every request. Nothing else changes.
pub fn clear_history(phone: &mut Context) -> Result<(), StoreError> {
    for stored in phone.store().keys_with_prefix(REQUEST_PREFIX)? {
        phone.store().remove(&stored)?;
    }
    Ok(())
}

pub fn settings(phone: &mut Context) -> Settings {
    match read_json::<Settings>(phone.store(), SETTINGS_KEY) {
        Ok(Read::Found(settings)) if (1..=20).contains(&settings.follow_up_after_working_days) => {
            settings
        }
        _ => Settings::default(),
    }
}

pub fn save_settings(phone: &mut Context, settings: Settings) -> Result<(), StoreError> {
    write_keeping_unknown(phone.store(), SETTINGS_KEY, &settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::moment;
    use crate::kernel::context::fixtures::TestPhone;
    use crate::storage::Store;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn follow_up_counts_working_days_only() {
        // Thursday 26 November 2026: three working days on is Tuesday 1 December.
        assert_eq!(follow_up_day(date("2026-11-26"), 3), date("2026-12-01"));
        // Asked on a Saturday: Monday is the first working day.
        assert_eq!(follow_up_day(date("2026-11-28"), 1), date("2026-11-30"));
        assert_eq!(follow_up_day(date("2026-11-25"), 0), date("2026-11-25"));
    }

    #[test]
    fn a_request_goes_from_opened_to_sent_to_answered() {
        let mut test = TestPhone::at("2026-11-26T10:00:00Z");
        let settings = Settings::default();
        assert_eq!(standing(&[], settings, &test.now), Standing::Free);

        let opened = test
            .act(|p| note_asked(p, AskWay::Text, "Hello Sam & co?"))
            .expect("noted");
        let all = test.act(requests).expect("read");
        assert_eq!(
            standing(&all, settings, &test.now),
            Standing::DidItGo(opened.clone())
        );

        let sent = test
            .act(|p| answer_sent(p, &opened, Sent::Yes))
            .expect("sent")
            .expect("still there");
        let all = test.act(requests).expect("read");
        assert_eq!(
            standing(&all, settings, &moment("2026-11-30T10:00:00Z")),
            Standing::Waiting {
                request: sent.clone(),
                follow_up: false
            }
        );
        assert_eq!(
            standing(&all, settings, &moment("2026-12-01T08:00:00Z")),
            Standing::Waiting {
                request: sent.clone(),
                follow_up: true
            }
        );

        let answered = test.act(|p| got_back(p, &sent)).expect("answered");
        assert_eq!(answered.and_then(|a| a.answered), Some(test.now));
        let all = test.act(requests).expect("read");
        assert_eq!(standing(&all, settings, &test.now), Standing::Free);
        assert_eq!(all[0].message, "Hello Sam & co?");
    }

    #[test]
    fn not_yet_sent_leaves_the_way_free_and_history_can_be_cleared() {
        let mut test = TestPhone::at("2026-11-26T10:00:00Z");
        let opened = test
            .act(|p| note_asked(p, AskWay::Copied, "Hi"))
            .expect("noted");
        test.act(|p| answer_sent(p, &opened, Sent::NotYet))
            .expect("not yet");
        let all = test.act(requests).expect("read");
        assert_eq!(
            standing(&all, Settings::default(), &test.now),
            Standing::Free
        );
        test.store.write("harbour.other", "kept").expect("write");
        test.act(clear_history).expect("clear");
        assert_eq!(test.act(requests), Ok(Vec::new()));
        // A screen still showing it, in another tab, does not bring it back.
        assert_eq!(test.act(|p| answer_sent(p, &opened, Sent::Yes)), Ok(None));
        assert_eq!(test.act(requests), Ok(Vec::new()));
        assert_eq!(test.store.read("harbour.other"), Ok(Some("kept".into())));
    }

    #[test]
    fn the_newest_request_counts_and_damaged_ones_are_set_aside() {
        let mut test = TestPhone::at("2026-11-26T10:00:00Z");
        test.act(|p| note_asked(p, AskWay::Text, "first"))
            .expect("first");
        test.now = moment("2026-11-27T10:00:00Z");
        let second = test
            .act(|p| note_asked(p, AskWay::Email, "second"))
            .expect("second");
        test.store
            .write("harbour.comeback.request.broken", "{\"id\":")
            .expect("write");
        let all = test.act(requests).expect("read");
        assert_eq!(all.first(), Some(&second));
        assert_eq!(all.len(), 2);
        assert!(test
            .store
            .read("harbour.quarantine.harbour.comeback.request.broken.1")
            .expect("read")
            .is_some());
    }

    #[test]
    fn the_follow_up_days_are_the_clients_choice() {
        let mut test = TestPhone::at("2026-11-26T10:00:00Z");
        assert_eq!(test.act(settings), Settings::default());
        let five = Settings {
            follow_up_after_working_days: 5,
        };
        test.act(|p| save_settings(p, five)).expect("save");
        assert_eq!(test.act(settings), five);
        test.store
            .write(SETTINGS_KEY, r#"{"follow_up_after_working_days":0}"#)
            .expect("write");
        assert_eq!(test.act(settings), Settings::default());
    }
}
