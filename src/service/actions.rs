//! Performs the changes to shared data a turn decided (`engine::Action`), in the turn's
//! transaction, and queues what they make others hear: announcements, notices to people signed
//! up, the promoted person's seat, a broadcast.

use crate::domain::opportunity::{Opportunity, OpportunityStatus, Role};
use crate::domain::{Channel, Lang};
use crate::engine::data::permits;
use crate::engine::notices::{self, SignUpOutcome};
use crate::engine::{Action, Directory, Reply};
use crate::store::opportunities::NoticeKind;
use crate::store::signups::SignUpResult;
use crate::store::{self, StoreError, Tx};

pub struct Context<'a> {
    /// The address that took the turn (a coordinator's, or a person's).
    pub identity: uuid::Uuid,
    /// Its staff role in force, read (and held) in this transaction.
    pub staff: Option<Role>,
    pub person: Option<uuid::Uuid>,
    pub channel: Channel,
    pub address: &'a str,
    pub lang: Lang,
    pub directory: &'a Directory,
    /// The languages jobbro speaks: an announcement or a broadcast is prepared in each.
    pub languages: &'a [Lang],
}

impl Context<'_> {
    /// Answers the address that took the turn; `about` marks the answer as a message about an
    /// opportunity the person holds a place on, so a bare "1" after it means "I cannot come".
    async fn answer(&self, tx: &mut Tx<'_>, reply: &Reply, about: Option<i64>) -> Result<(), StoreError> {
        let id =
            store::outbox::enqueue(tx, self.person, self.channel, self.address, self.lang, reply).await?;
        if let Some(opportunity) = about {
            store::offers::tag(tx, id, "notice", opportunity).await?;
        }
        Ok(())
    }
}

pub async fn perform(tx: &mut Tx<'_>, ctx: &Context<'_>, action: &Action) -> Result<(), StoreError> {
    // Every desk action is checked here too, not only at the engine's door: the rule holds
    // whatever path produced the action.
    if !permits(ctx.staff, action.needs()) {
        return Err(StoreError::Forbidden("a desk action without a staff role in force".into()));
    }
    match action {
        Action::RedeemInvite { code } => {
            if store::staff::redeem(tx, code, ctx.identity).await? {
                tracing::info!("staff role granted by invitation");
            } else {
                tracing::warn!("invitation used by someone else in the same moment");
            }
        }
        Action::SignUp { opportunity } => {
            let Some(person) = ctx.person else { return Ok(()) };
            let result = store::signups::sign_up(tx, *opportunity, person).await?;
            let visible = store::opportunities::visible_to(tx, *opportunity, person, false).await?;
            let (outcome, holds_place) = match result {
                SignUpResult::Confirmed => (SignUpOutcome::Confirmed, true),
                SignUpResult::Waitlisted { position } => (SignUpOutcome::Waitlisted { position }, true),
                SignUpResult::AlreadyConfirmed => (SignUpOutcome::AlreadyConfirmed, false),
                SignUpResult::AlreadyWaitlisted { .. } => (SignUpOutcome::AlreadyWaitlisted, false),
                SignUpResult::Closed => (SignUpOutcome::Closed, false),
                SignUpResult::Unknown => (SignUpOutcome::Closed, false),
            };
            // What the person may not see is as unknown as a number that does not exist.
            let reply = notices::sign_up_reply(visible.as_ref(), *opportunity, outcome);
            ctx.answer(tx, &reply, holds_place.then_some(*opportunity)).await?;
            tracing::info!(opportunity, ?result, "sign-up");
        }
        Action::Withdraw { opportunity } => {
            let Some(person) = ctx.person else { return Ok(()) };
            let result = store::signups::cancel(tx, *opportunity, person).await?;
            let visible = store::opportunities::visible_to(tx, *opportunity, person, false).await?;
            let reply = notices::withdraw_reply(visible.as_ref(), *opportunity, result.was.is_some());
            ctx.answer(tx, &reply, None).await?;
            tracing::info!(opportunity, promoted = result.promoted.is_some(), "sign-up cancelled");
        }
        Action::Create { opportunity, publish } => {
            let draft = Opportunity { status: OpportunityStatus::Draft, ..(**opportunity).clone() };
            let id = store::opportunities::insert(tx, &draft, Some(ctx.identity)).await?;
            tracing::info!(opportunity = id, publish, "opportunity created");
            if *publish {
                publish_and_announce(tx, id, ctx).await?;
            }
        }
        Action::Update { opportunity, publish } => {
            let Some(before) = store::opportunities::update(tx, opportunity).await? else { return Ok(()) };
            let id = opportunity.id.unwrap_or_default();
            if before.status == OpportunityStatus::Published {
                for change in store::opportunities::changes(&before, opportunity) {
                    store::opportunities::notify_signed_up(tx, id, &change, ctx.directory).await?;
                }
            }
            if *publish && before.status == OpportunityStatus::Draft {
                publish_and_announce(tx, id, ctx).await?;
            } else if before.status == OpportunityStatus::Published && before.audience != opportunity.audience
            {
                // A wider audience: the newcomers hear of it; nobody hears twice.
                announce(tx, id, ctx).await?;
            }
            tracing::info!(opportunity = id, "opportunity updated");
        }
        Action::Cancel { opportunity } => {
            if store::opportunities::cancel(tx, *opportunity).await? {
                let told = store::opportunities::notify_signed_up(
                    tx,
                    *opportunity,
                    &NoticeKind::Cancelled,
                    ctx.directory,
                )
                .await?;
                tracing::info!(opportunity, told, "opportunity cancelled");
            }
        }
        Action::Invite { opportunity, person } => {
            let Some(opp) = store::opportunities::load(tx, *opportunity).await? else { return Ok(()) };
            if opp.status != OpportunityStatus::Published {
                return Ok(());
            }
            if store::opportunities::invite(tx, *opportunity, *person, ctx.identity).await? {
                let told =
                    store::opportunities::queue_unasked(tx, *person, "announcement", *opportunity, |lang| {
                        notices::announcement(&opp, ctx.directory, lang)
                    })
                    .await?;
                tracing::info!(opportunity, told = told.is_some(), "person invited");
            }
        }
        Action::MarkAttendance { opportunity, person, attendance } => {
            store::signups::mark_attendance(tx, *opportunity, *person, *attendance).await?;
        }
        Action::RecordOutcome { person, kind, started_on, opportunity } => {
            store::outcomes::record(tx, *person, *kind, *started_on, *opportunity, ctx.identity).await?;
        }
        Action::CreateInvite { role } => {
            let expires_at = chrono::Utc::now() + chrono::Duration::hours(super::staff::INVITE_HOURS);
            let made = store::staff::InviteFor { note: None, created_by: Some(ctx.identity) };
            let code = store::staff::create_invite(&mut **tx, *role, expires_at, made).await?;
            ctx.answer(tx, &crate::engine::desk::invite_code_reply(&code, *role, expires_at), None).await?;
            tracing::info!(role = role.code(), "invitation made at the desk");
        }
        Action::RevokeStaff { number } => {
            let done = super::staff::revoke(tx, *number, Some(ctx.identity)).await?;
            tracing::info!(number, done, "staff role revoked at the desk");
        }
        // Done by the service before the turn is stored: it changes whose turn this is.
        Action::ClaimProfile { .. } => {}
        Action::Broadcast { audience, texts, fallback } => {
            let (id, queued) =
                store::broadcasts::create(tx, ctx.identity, audience, texts, *fallback, ctx.languages)
                    .await?;
            crate::broadcasts::start_progress(tx, id, ctx.channel, ctx.address, ctx.lang).await?;
            tracing::info!(broadcast = id, queued, "broadcast queued");
        }
    }
    Ok(())
}

async fn publish_and_announce(tx: &mut Tx<'_>, id: i64, ctx: &Context<'_>) -> Result<(), StoreError> {
    if store::opportunities::publish(tx, id).await? {
        announce(tx, id, ctx).await?;
    }
    Ok(())
}

/// Queues the announcement to everyone in the audience who has not had it, each in their
/// language: the structured fields are the same, only the description's language differs.
async fn announce(tx: &mut Tx<'_>, id: i64, ctx: &Context<'_>) -> Result<(), StoreError> {
    let Some(opp) = store::opportunities::load(tx, id).await? else { return Ok(()) };
    let payloads: Vec<_> = ctx
        .languages
        .iter()
        .map(|&lang| {
            let reply = notices::announcement(&opp, ctx.directory, lang);
            (lang, serde_json::to_value(&reply).expect("a reply always serialises"))
        })
        .collect();
    let queued = store::audience::enqueue_announcement(tx, id, &payloads).await?;
    tracing::info!(opportunity = id, queued, "announced");
    Ok(())
}
