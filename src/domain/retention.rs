//! How long jobbro keeps a profile nobody uses, as time arithmetic: when the notice is due,
//! when the erasure may follow. `service::retention` applies it; the settings come from
//! `config::RetentionArgs`.

use chrono::{DateTime, Days, Months, Utc};
use serde::{Deserialize, Serialize};

code_enum!(
    /// Which rule erases a profile (`audit_log.detail` of the erasure): a registered profile
    /// nobody used for `Rules::profile_keep_months`, or a registration started and consented
    /// to but never finished, untouched for `Rules::draft_keep_days`.
    Rule {
        Inactive = "inactive",
        Unfinished = "unfinished",
    }
);

impl Rule {
    pub fn of(registered: bool) -> Rule {
        if registered { Rule::Inactive } else { Rule::Unfinished }
    }
}

/// The retention periods. A profile is erased after its period without activity; the person is
/// told `notice_days` before, and any message from them keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    pub profile_keep_months: u32,
    pub draft_keep_days: u32,
    pub notice_days: u32,
}

impl Default for Rules {
    /// 18 months for a profile, 90 days for an unfinished registration, 30 days' notice.
    fn default() -> Rules {
        Rules { profile_keep_months: 18, draft_keep_days: 90, notice_days: 30 }
    }
}

impl Rules {
    /// Checks that the notice comes before the erasure it announces, with time to answer.
    pub fn parse(profile_keep_months: u32, draft_keep_days: u32, notice_days: u32) -> Result<Rules, String> {
        if notice_days == 0 {
            return Err("the retention notice must come at least a day before the erasure".into());
        }
        if notice_days >= draft_keep_days {
            return Err(format!(
                "the retention notice ({notice_days} days) must be shorter than the time an unfinished registration is kept ({draft_keep_days} days)"
            ));
        }
        // The shortest months: a notice must fit in the shortest possible keeping time.
        if u64::from(notice_days) >= u64::from(profile_keep_months) * 28 {
            return Err(format!(
                "the retention notice ({notice_days} days) must be shorter than the time a profile is kept ({profile_keep_months} months)"
            ));
        }
        Ok(Rules { profile_keep_months, draft_keep_days, notice_days })
    }

    /// The notice is due for a profile last active at or before this moment.
    pub fn notice_due_if_active_before(&self, rule: Rule, now: DateTime<Utc>) -> DateTime<Utc> {
        let told = now + Days::new(u64::from(self.notice_days));
        match rule {
            Rule::Inactive => told
                .checked_sub_months(Months::new(self.profile_keep_months))
                .unwrap_or(DateTime::<Utc>::MIN_UTC),
            Rule::Unfinished => told - Days::new(u64::from(self.draft_keep_days)),
        }
    }

    /// When a profile whose notice is decided at `now` is erased: the notice period later,
    /// whenever that is. After downtime a profile long past its period gets its full notice too.
    pub fn erase_after(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now + Days::new(u64::from(self.notice_days))
    }

    /// Whether a notice sent at `sent_at` gave the person their full notice period by `now`.
    pub fn notice_served(&self, sent_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        sent_at + Days::new(u64::from(self.notice_days)) <= now
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn a_profile_is_told_thirty_days_before_its_eighteen_months_are_up() {
        let rules = Rules::default();
        let now = at("2028-07-01T12:00:00Z");
        // Told on 1 July 2028 for erasure on 31 July: last active 31 January 2027.
        assert_eq!(rules.notice_due_if_active_before(Rule::Inactive, now), at("2027-01-31T12:00:00Z"));
        assert_eq!(rules.erase_after(now), at("2028-07-31T12:00:00Z"));
        // A draft: 60 days without a word.
        assert_eq!(rules.notice_due_if_active_before(Rule::Unfinished, now), at("2028-05-02T12:00:00Z"));
    }

    #[test]
    fn a_notice_counts_from_when_it_was_sent() {
        let rules = Rules::default();
        let sent = at("2028-07-01T12:00:00Z");
        assert!(!rules.notice_served(sent, at("2028-07-31T11:59:59Z")));
        assert!(rules.notice_served(sent, at("2028-07-31T12:00:00Z")));
    }

    #[test]
    fn the_notice_must_fit_in_the_keeping_time() {
        assert_eq!(Rules::parse(18, 90, 30), Ok(Rules::default()));
        assert!(Rules::parse(18, 30, 30).is_err(), "a draft would be told on the day it is erased");
        assert!(Rules::parse(1, 90, 28).is_err(), "February has 28 days");
        assert!(Rules::parse(18, 90, 0).is_err());
        assert!(Rules::parse(2, 90, 30).is_ok());
    }

    #[test]
    fn the_rule_follows_the_registration() {
        assert_eq!(Rule::of(true), Rule::Inactive);
        assert_eq!(Rule::of(false).code(), "unfinished");
    }
}
