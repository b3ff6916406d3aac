//! Loads the shared data a turn asked for (`engine::Lookup`) inside the turn's transaction.
//! An opportunity is read `FOR UPDATE`: what the coordinator sees and what their answer
//! changes are the same version.

use std::time::Duration;

use chrono::Utc;

use crate::domain::opportunity::Role;
use crate::domain::sms::Price;
use crate::domain::view::{BroadcastReach, Candidate, InviteCheck, OpportunityView};
use crate::engine::data::{CANDIDATE_PAGE, permits};
use crate::engine::{Data, Lookup};
use crate::store::limits::Limit;
use crate::store::search::CandidateQuery;
use crate::store::{self, StoreError, Tx};

pub struct Context {
    /// The address that took the turn.
    pub identity: uuid::Uuid,
    pub person: Option<uuid::Uuid>,
    /// Its staff role in force, read (and held) in this transaction.
    pub staff: Option<Role>,
    /// What an SMS segment costs (`App::sms_price`), for the lookups that show cost.
    pub sms_price: Price,
}

/// Wrong invitation codes an address may try: a handful an hour is a typo, more is guessing.
pub const INVITE_CODES: Limit = Limit {
    kind: "invite_codes",
    max: 5,
    window: Duration::from_secs(3600),
    block: Duration::from_secs(3600),
};

pub async fn load(
    tx: &mut Tx<'_>,
    ctx: &Context,
    lookup: &Lookup,
    data: &mut Data,
) -> Result<(), StoreError> {
    // The engine asks for desk data only for staff; this holds whatever the engine decided.
    if !permits(ctx.staff, lookup.needs()) {
        return Err(StoreError::Forbidden("desk data without a staff role in force".into()));
    }
    match lookup {
        Lookup::Invite(code) => {
            data.invite = Some(if store::limits::exhausted(tx, ctx.identity, INVITE_CODES).await? {
                InviteCheck::TooManyTries
            } else {
                match store::staff::check_invite(tx, code).await? {
                    Some(role) => InviteCheck::Valid(role),
                    None => {
                        store::limits::hit(tx, ctx.identity, INVITE_CODES).await?;
                        tracing::info!("wrong invitation code");
                        InviteCheck::Invalid
                    }
                }
            })
        }
        Lookup::PhoneOwner(e164) => {
            data.phone_owner =
                Some((e164.clone(), store::identity::phone_owner(tx, e164, ctx.person).await?));
        }
        Lookup::Staff => data.staff = Some(store::staff::list(&mut **tx, false, Some(ctx.identity)).await?),
        Lookup::Opportunities => {
            let filter = store::opportunities::ListFilter::upcoming_and_recent(Utc::now());
            data.opportunities = Some(store::opportunities::list(tx, &filter).await?);
        }
        Lookup::Opportunity(id) => {
            let view = match store::opportunities::load_for_update(tx, *id).await? {
                Some(opportunity) => {
                    Some(OpportunityView { opportunity, people: store::signups::signed_up(tx, *id).await? })
                }
                None => None,
            };
            data.opportunity = Some((*id, view));
        }
        Lookup::MySignups => {
            data.my_signups = Some(match ctx.person {
                Some(person) => store::signups::for_person(tx, person).await?,
                None => Vec::new(),
            })
        }
        Lookup::MyConsents => {
            data.my_consents = Some(match ctx.person {
                Some(person) => store::consents::of_person(&mut **tx, person).await?,
                None => Vec::new(),
            })
        }
        Lookup::Candidate(person) => {
            // Only while the person is registered and consents: a profile that was deleted or
            // withdrawn is not shown to coordinators.
            let found = match store::search::profile(tx, *person).await? {
                Some(profile) => {
                    // Every opening of a profile at the desk is on the person's audit trail.
                    let by = store::audit::By::Staff(ctx.identity);
                    store::audit::record(tx, store::audit::Action::ViewedProfile, *person, by).await?;
                    Some(Candidate { profile, outcomes: store::outcomes::for_person(tx, *person).await? })
                }
                None => None,
            };
            data.candidate = Some((*person, found));
        }
        Lookup::AudienceSize(audience) => {
            data.audience_size =
                Some((audience.clone(), store::audience::count_by_channel(tx, audience).await?))
        }
        Lookup::BroadcastSize(audience) => {
            let reach = BroadcastReach {
                by_channel: store::broadcasts::count_by_channel(tx, audience).await?,
                sms_by_lang: store::broadcasts::count_sms_by_lang(tx, audience).await?,
            };
            data.broadcast_size = Some((audience.clone(), reach));
            data.sms_price = Some(ctx.sms_price);
        }
        Lookup::Stats { from, to } => {
            data.stats = Some((*from, *to, store::stats::funnel(tx, None, *from, *to).await?));
            data.sms_spend = Some(store::stats::sms_spend(tx, *from, *to).await?);
            data.sms_price = Some(ctx.sms_price);
        }
        Lookup::Candidates { criteria, page } => {
            let query = CandidateQuery {
                occupations: criteria.occupation.into_iter().collect(),
                min_years: criteria.min_years,
                language: criteria.language.clone(),
                place: criteria.place,
                wish: criteria.wish,
            };
            let size = i64::from(CANDIDATE_PAGE);
            let found = store::search::candidates(tx, &query, i64::from(*page) * size, size).await?;
            data.candidates = Some((criteria.clone(), *page, found.candidates, found.total));
        }
    }
    Ok(())
}
