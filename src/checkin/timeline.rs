//! Check-ins grouped by day for the history list, in the client's own time.

use super::model::CheckIn;
use crate::time::{day_label, Moment};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayOfCheckIns {
    /// "Today", "Yesterday", "Monday 16 November".
    pub label: String,
    pub checkins: Vec<CheckIn>,
}

/// Groups check-ins (newest first) under day headings as seen from `now`.
pub fn by_day(newest_first: &[CheckIn], now: &Moment) -> Vec<DayOfCheckIns> {
    let mut days: Vec<DayOfCheckIns> = Vec::new();
    for checkin in newest_first {
        let label = day_label(&checkin.at, now);
        match days.last_mut() {
            Some(day) if day.label == label => day.checkins.push(checkin.clone()),
            _ => days.push(DayOfCheckIns {
                label,
                checkins: vec![checkin.clone()],
            }),
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkin::fixtures::{checkin_at, moment};

    #[test]
    fn groups_newest_first_under_the_clients_days() {
        let checkins = [
            checkin_at("c", "2026-11-22T09:00:00+00:00"),
            checkin_at("b", "2026-11-22T07:00:00+00:00"),
            checkin_at("a", "2026-11-20T21:00:00+00:00"),
        ];
        let days = by_day(&checkins, &moment("2026-11-22T12:00:00+00:00"));
        let shape: Vec<(&str, usize)> = days
            .iter()
            .map(|d| (d.label.as_str(), d.checkins.len()))
            .collect();
        assert_eq!(shape, [("Today", 2), ("Friday 20 November", 1)]);
    }

    #[test]
    fn nothing_to_group_is_no_days() {
        assert!(by_day(&[], &moment("2026-11-22T12:00:00+00:00")).is_empty());
    }
}
