//! Retention: profiles nobody uses are erased by themselves (`jobbro run` runs `tick` hourly).
//!
//! A registered profile with no activity for `Rules::profile_keep_months` (18) and a
//! registration consented to but never finished, untouched for `Rules::draft_keep_days` (90),
//! are erased through `seats::erase` (a seat they held goes to the waitlist, who is told), with
//! an audit row by the retention rules naming the rule. Activity is any message from the person
//! on any of their channels (`people.last_active_at`); nothing jobbro sends counts.
//!
//! `Rules::notice_days` (30) before, the person is told in their language: a registered profile
//! where `reachable_addresses` says jobbro may write to them, a draft where they last wrote.
//! Any message from them withdraws the notice and keeps the profile; the next notice comes
//! after another full period without activity. The erasure comes at the date the notice named,
//! and never before the notice was *sent* `notice_days` earlier: a notice that waits in the
//! outbox (a sender down, a process down for weeks) holds the erasure back, so after downtime
//! people get their notices, not a burst of erasures. A notice that failed (Telegram refused it
//! and no SMS copy went, the number is undeliverable, the gateway gave up) is withdrawn a day
//! after it was queued, and the next pass tells the person again.
//!
//! A person jobbro may not write to cannot be told: one who sent STOP (which means no messages
//! of any kind), or one whose every address is unreachable. Their erasure is planned without a
//! notice, for the same moment a notice would have named (`notice_days` after the pass that
//! found them due), so they are not erased sooner than anyone told; if by then jobbro may write
//! to them again (START), the plan is dropped and they are told first.
//!
//! Several processes may run this at once: each person is decided in a transaction of their
//! own that holds their addresses and row (`store::retention::hold`, which skips a person
//! another process or a running turn holds), and a notice is queued in the transaction that
//! plans the erasure, so none is sent twice.

use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use super::seats;
use crate::domain::Channel;
use crate::domain::reply::MessageKind;
use crate::domain::retention::{Rule, Rules};
use crate::engine;
use crate::store::audit::{Action, By};
use crate::store::{self, StoreError, Tx};

/// People looked at per query; each is then decided in a transaction of their own.
pub const BATCH: i64 = 200;

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    /// Notices queued (warnings of registered profiles, reminders of drafts).
    pub told: usize,
    /// Erasures planned without a notice: the person cannot be written to.
    pub untold: usize,
    /// Profiles erased.
    pub erased: usize,
    /// Notices that never reached the person, withdrawn to be sent again.
    pub withdrawn: u64,
}

/// One pass of the retention rules at `now` (the loop passes the clock; tests any moment).
pub async fn tick(pool: &PgPool, rules: &Rules, now: DateTime<Utc>) -> Result<Tick, StoreError> {
    let mut done = Tick { withdrawn: store::retention::withdraw_failed(pool, now).await?, ..Tick::default() };
    erase_due(pool, rules, now, &mut done).await?;
    tell_due(pool, rules, now, &mut done).await?;
    Ok(done)
}

/// Tells the people whose time is near, or plans their erasure without a notice.
async fn tell_due(
    pool: &PgPool,
    rules: &Rules,
    now: DateTime<Utc>,
    done: &mut Tick,
) -> Result<(), StoreError> {
    let inactive = rules.notice_due_if_active_before(Rule::Inactive, now);
    let unfinished = rules.notice_due_if_active_before(Rule::Unfinished, now);
    loop {
        let batch = store::retention::due_for_notice(pool, inactive, unfinished, BATCH).await?;
        let mut decided = 0;
        for &person in &batch {
            let mut tx = pool.begin().await?;
            let Some(held) = store::retention::hold(&mut tx, person).await? else { continue };
            if held.erase_after.is_some()
                || held.last_active_at > rules.notice_due_if_active_before(held.rule, now)
            {
                continue; // decided or active since the list was read
            }
            let erase_after = rules.erase_after(now);
            let notice = match address(&mut tx, held.rule, person).await? {
                Some((channel, address)) => {
                    let erase_on = erase_after.with_timezone(&chrono_tz::Europe::Copenhagen).date_naive();
                    let reply = engine::retention::notice(held.rule, erase_on);
                    let id = store::outbox::enqueue_kind(
                        &mut tx,
                        person,
                        MessageKind::Retention,
                        channel,
                        &address,
                        held.lang,
                        &reply,
                    )
                    .await?;
                    let rule = Some(held.rule.code());
                    store::audit::record_for(&mut tx, Action::RetentionWarned, person, By::Retention, rule)
                        .await?;
                    done.told += 1;
                    Some(id)
                }
                None => {
                    done.untold += 1;
                    None
                }
            };
            store::retention::plan(&mut tx, person, notice, erase_after).await?;
            tx.commit().await?;
            decided += 1;
        }
        // A full batch may have more behind it; one where every person was busy is left for
        // the next pass.
        if (batch.len() as i64) < BATCH || decided == 0 {
            return Ok(());
        }
    }
}

/// Erases the people whose planned erasure came, once their notice was served.
async fn erase_due(
    pool: &PgPool,
    rules: &Rules,
    now: DateTime<Utc>,
    done: &mut Tick,
) -> Result<(), StoreError> {
    let sent_by = now - chrono::Days::new(u64::from(rules.notice_days));
    loop {
        let batch = store::retention::due_for_erasure(pool, now, sent_by, BATCH).await?;
        let mut decided = 0;
        for &person in &batch {
            let mut tx = pool.begin().await?;
            let Some(held) = store::retention::hold(&mut tx, person).await? else { continue };
            if held.erase_after.is_none_or(|at| at > now) {
                continue; // active since the list was read
            }
            match (held.notice, held.notice_sent_at) {
                (Some(_), Some(sent)) if rules.notice_served(sent, now) => {}
                (Some(_), _) => continue,
                (None, _) => {
                    // Planned without a notice; if jobbro may write to them now, it tells first.
                    if address(&mut tx, held.rule, person).await?.is_some() {
                        store::retention::unplan(&mut tx, person).await?;
                        tx.commit().await?;
                        decided += 1;
                        continue;
                    }
                }
            }
            seats::erase(&mut tx, person).await?;
            store::audit::record_for(&mut tx, Action::Erased, person, By::Retention, Some(held.rule.code()))
                .await?;
            tx.commit().await?;
            tracing::info!(%person, rule = held.rule.code(), "profile erased by the retention rules");
            done.erased += 1;
            decided += 1;
        }
        if (batch.len() as i64) < BATCH || decided == 0 {
            return Ok(());
        }
    }
}

/// Where a notice under `rule` may go: a registered person where jobbro may start a
/// conversation, a draft where they wrote last.
async fn address(tx: &mut Tx<'_>, rule: Rule, person: Uuid) -> Result<Option<(Channel, String)>, StoreError> {
    match rule {
        Rule::Inactive => store::identity::reachable_address(&mut **tx, person, MessageKind::Retention).await,
        Rule::Unfinished => store::retention::draft_address(tx, person).await,
    }
}
