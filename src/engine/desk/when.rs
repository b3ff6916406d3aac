//! Dates and times as coordinators type them, read as Danish wall-clock time.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;

use crate::domain::text;

/// Opportunities are planned at most this far ahead; a typo in the year should not publish
/// something for 2072.
const MAX_DAYS_AHEAD: i64 = 2 * 365;

/// "24.12.2026 14:00", "24/12 9.30", "2026-12-24 14:00" in Danish time. The year may be left
/// out (the next such date). A time that does not exist (the spring clock change) is refused;
/// one that exists twice (autumn) means the first.
pub fn parse_local(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, &'static str> {
    let ascii = text::ascii_digits(input.trim()).to_lowercase().replace("kl.", " ").replace("kl", " ");
    let (date_part, time_part) = match ascii.trim().rsplit_once([' ', 'T']) {
        Some((d, t)) => (d.trim().to_string(), t.trim().to_string()),
        None => return Err("desk-error-datetime"),
    };
    let time = parse_time(&time_part).ok_or("desk-error-datetime")?;
    let today = now.with_timezone(&Copenhagen).date_naive();
    let date = parse_date_loose(&date_part, today).ok_or("desk-error-datetime")?;
    let local = NaiveDateTime::new(date, time);
    let moment = match Copenhagen.from_local_datetime(&local) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => return Err("desk-error-time-gap"),
    }
    .with_timezone(&Utc);
    if moment <= now {
        return Err("desk-error-past");
    }
    if moment > now + Duration::days(MAX_DAYS_AHEAD) {
        return Err("desk-error-too-far");
    }
    Ok(moment)
}

pub(super) fn parse_time(input: &str) -> Option<NaiveTime> {
    let parts: Vec<&str> = input.split([':', '.']).collect();
    let nums: Vec<u32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    match nums.as_slice() {
        [h] => NaiveTime::from_hms_opt(*h, 0, 0),
        [h, m] => NaiveTime::from_hms_opt(*h, *m, 0),
        _ => None,
    }
}

fn parse_date_loose(input: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Some(d) = crate::engine::input::parse_date(input) {
        return Some(d);
    }
    let parts: Vec<u32> = input
        .split(['.', '-', '/'])
        .filter(|s| !s.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [d, m] = parts.as_slice() else { return None };
    let this_year = NaiveDate::from_ymd_opt(today.year(), *m, *d)?;
    if this_year >= today { Some(this_year) } else { NaiveDate::from_ymd_opt(today.year() + 1, *m, *d) }
}
