//! Performs the changes to shared data a turn decided (`engine::Action`), in the turn's
//! transaction, and queues what they make others hear (`seats`, `tell`): announcements,
//! notices to people signed up, the promoted person's seat, a broadcast.

use super::context::Context;
use super::{seats, tell};
use crate::domain::consent::Purpose;
use crate::domain::opportunity::{Opportunity, OpportunityStatus};
use crate::domain::reply::MessageKind;
use crate::engine::data::permits;
use crate::engine::notices::{self, NoticeKind, SignUpOutcome};
use crate::engine::{Action, Directory};
use crate::store::signups::SignUpResult;
use crate::store::{self, StoreError, Tx};

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
            let result = seats::sign_up(tx, *opportunity, person).await?;
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
            // Then, once per opportunity: may the company have the CV? Asked after the sign-up
            // so that saying no cannot cost the place.
            if let Some(opp) = visible.filter(|o| holds_place && notices::asks_for_cv(o)) {
                let cv = Purpose::CvToCompany { opportunity: *opportunity };
                if !store::consents::in_force(tx, person, cv).await? {
                    let id = store::outbox::enqueue(
                        tx,
                        Some(person),
                        ctx.channel,
                        ctx.address,
                        ctx.lang,
                        &notices::cv_consent_question(&opp),
                    )
                    .await?;
                    store::offers::tag(tx, id, MessageKind::ConsentRequest, *opportunity).await?;
                }
            }
        }
        Action::CvConsent { opportunity, yes } => {
            let Some(person) = ctx.person else { return Ok(()) };
            // Only about something the person signed up for: a made-up button changes nothing
            // and gets the answer any number they are not signed up for gets.
            let visible = store::opportunities::visible_to(tx, *opportunity, person, false).await?;
            let Some(opp) = visible else {
                ctx.answer(tx, &notices::withdraw_reply(None, *opportunity, false), None).await?;
                return Ok(());
            };
            if !store::signups::holds(tx, *opportunity, person).await? {
                ctx.answer(tx, &notices::withdraw_reply(Some(&opp), *opportunity, false), None).await?;
                return Ok(());
            }
            let cv = Purpose::CvToCompany { opportunity: *opportunity };
            if *yes {
                store::consents::give(tx, person, cv, ctx.channel).await?;
            } else {
                store::consents::withdraw(tx, person, cv).await?;
                store::profile::record_refusal(tx, ctx.channel, ctx.lang, cv).await?;
            }
            ctx.answer(tx, &notices::cv_consent_reply(&opp, *yes), None).await?;
            tracing::info!(opportunity, yes, "CV consent answered");
        }
        Action::ExportMyData => {
            let Some(person) = ctx.person else { return Ok(()) };
            super::mydata::export(tx, ctx, person).await?;
        }
        Action::SendMyCv => {
            let Some(person) = ctx.person else { return Ok(()) };
            super::mydata::send_cv(tx, ctx, person).await?;
        }
        Action::CandidateCv { person } => {
            // Only a profile coordinators may see; every CV made is on the person's trail.
            if store::consents::matchable(tx, *person).await? {
                let by = store::audit::By::Staff(ctx.identity);
                store::audit::record(tx, store::audit::Action::CvDownloaded, *person, by).await?;
                ctx.answer(tx, &notices::candidate_cv(*person, ctx.lang), None).await?;
            }
        }
        Action::Handover { person, municipality } => {
            super::handover::start(tx, ctx, *person, *municipality).await?;
        }
        Action::AnswerHandover { handover, yes } => {
            super::handover::answer(tx, ctx, *handover, *yes).await?;
        }
        Action::Withdraw { opportunity } => {
            let Some(person) = ctx.person else { return Ok(()) };
            let result = seats::cancel(tx, *opportunity, person).await?;
            let visible = store::opportunities::visible_to(tx, *opportunity, person, false).await?;
            let reply = notices::withdraw_reply(visible.as_ref(), *opportunity, result.was.is_some());
            ctx.answer(tx, &reply, None).await?;
            tracing::info!(opportunity, promoted = !result.promoted.is_empty(), "sign-up cancelled");
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
            let Some(before) = update(tx, opportunity, ctx.directory).await? else { return Ok(()) };
            let id = opportunity.id.unwrap_or_default();
            if *publish && before.status == OpportunityStatus::Draft {
                publish_and_announce(tx, id, ctx).await?;
            } else if before.status == OpportunityStatus::Published && before.audience != opportunity.audience
            {
                // A wider audience: the newcomers hear of it; nobody hears twice.
                tell::audience(tx, id, ctx.directory, ctx.languages).await?;
            }
            tracing::info!(opportunity = id, "opportunity updated");
        }
        Action::Cancel { opportunity } => {
            if store::opportunities::cancel(tx, *opportunity).await? {
                let told = tell::signed_up(tx, *opportunity, NoticeKind::Cancelled, ctx.directory).await?;
                tracing::info!(opportunity, told, "opportunity cancelled");
            }
        }
        Action::Invite { opportunity, person } => {
            let Some(opp) = store::opportunities::load(tx, *opportunity).await? else { return Ok(()) };
            if opp.status != OpportunityStatus::Published {
                return Ok(());
            }
            if store::opportunities::invite(tx, *opportunity, *person, ctx.identity).await? {
                let told = tell::invited(tx, &opp, *person, ctx.directory).await?;
                tracing::info!(opportunity, told, "person invited");
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
                tell::broadcast(tx, ctx.identity, audience, texts, *fallback, ctx.languages).await?;
            // The coordinator's progress message, kept current by `broadcasts::run`.
            let total = store::broadcasts::report(tx, id).await?.total();
            let progress = notices::broadcast_progress(id, &total);
            let outbox =
                store::outbox::enqueue(tx, None, ctx.channel, ctx.address, ctx.lang, &progress).await?;
            store::broadcasts::set_progress_message(tx, id, outbox).await?;
            tracing::info!(broadcast = id, queued, "broadcast queued");
        }
    }
    Ok(())
}

/// Stores a coordinator's edit and acts on what it changed (`notices::changes`): reminders that
/// name the old start are dropped, seats a larger capacity adds go to the waitlist, and everyone
/// signed up to a published opportunity hears of the rest. Returns the version before, `None`
/// when there is no such opportunity.
pub async fn update(
    tx: &mut Tx<'_>,
    opportunity: &Opportunity,
    dir: &Directory,
) -> Result<Option<Opportunity>, StoreError> {
    let Some(before) = store::opportunities::update(tx, opportunity).await? else { return Ok(None) };
    let id = opportunity.id.unwrap_or_default();
    let changes = notices::changes(&before, opportunity);
    if changes.iter().any(|c| matches!(c, NoticeKind::Moved { .. })) {
        let reminders = [MessageKind::Reminder];
        store::outbox::drop_pending(tx, id, None, &reminders, "superseded: the opportunity moved").await?;
    }
    if notices::frees_seats(&before, opportunity) {
        seats::fill(tx, id).await?;
    }
    if before.status == OpportunityStatus::Published {
        for change in changes {
            tell::signed_up(tx, id, change, dir).await?;
        }
    }
    Ok(Some(before))
}

async fn publish_and_announce(tx: &mut Tx<'_>, id: i64, ctx: &Context<'_>) -> Result<(), StoreError> {
    if store::opportunities::publish(tx, id).await? {
        tell::audience(tx, id, ctx.directory, ctx.languages).await?;
    }
    Ok(())
}
