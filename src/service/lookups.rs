//! Loads the shared data a turn asked for (`engine::Lookup`) inside the turn's transaction.
//! An opportunity is read `FOR UPDATE`: what the coordinator sees and what their answer
//! changes are the same version.

use std::time::Duration;

use chrono::Utc;

use crate::domain::opportunity::Role;
use crate::engine::data::{
    CANDIDATE_PAGE, Candidate, CandidateLine, FunnelRow, FunnelScope, MySignup, OpportunityLine,
    OpportunityView, SignedUp,
};
use crate::engine::data::{InviteCheck, PhoneOwner, StaffLine, permits};
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
            let owner = store::identity::phone_owner(tx, e164, ctx.person).await?;
            data.phone_owner = Some((
                e164.clone(),
                owner.map(|o| PhoneOwner {
                    initials: o.name.as_deref().and_then(crate::domain::text::initials),
                    lang: o.lang,
                }),
            ));
        }
        Lookup::Staff => {
            let list = store::staff::list(&mut **tx, false).await?;
            data.staff = Some(
                list.into_iter()
                    .map(|m| StaffLine {
                        number: m.number,
                        role: m.role,
                        channel: m.channel,
                        note: m.note,
                        last_seen: m.last_seen_at,
                        is_self: m.identity == ctx.identity,
                    })
                    .collect(),
            );
        }
        Lookup::Opportunities => {
            let filter = store::opportunities::ListFilter::upcoming_and_recent(Utc::now());
            let list = store::opportunities::list(tx, &filter).await?;
            data.opportunities = Some(
                list.into_iter()
                    .map(|o| OpportunityLine {
                        id: o.id,
                        kind: o.kind,
                        title: o.title,
                        starts_at: o.starts_at,
                        status: o.status,
                        confirmed: o.confirmed,
                        waitlisted: o.waitlisted,
                    })
                    .collect(),
            );
        }
        Lookup::Opportunity(id) => {
            let view = match store::opportunities::load_for_update(tx, *id).await? {
                Some(opportunity) => {
                    let people = store::signups::signed_up(tx, *id).await?;
                    Some(OpportunityView {
                        opportunity,
                        people: people
                            .into_iter()
                            .map(|p| SignedUp {
                                person: p.person,
                                name: p.name.unwrap_or_default(),
                                status: p.status,
                                attendance: p.attendance,
                            })
                            .collect(),
                    })
                }
                None => None,
            };
            data.opportunity = Some((*id, view));
        }
        Lookup::MySignups => {
            let list = match ctx.person {
                Some(person) => store::signups::for_person(tx, person).await?,
                None => Vec::new(),
            };
            data.my_signups = Some(
                list.into_iter()
                    .map(|s| MySignup {
                        id: s.opportunity,
                        title: s.title,
                        starts_at: s.starts_at,
                        status: s.status,
                    })
                    .collect(),
            );
        }
        Lookup::Candidate(person) => {
            // Only while the person is registered and consents: a profile that was deleted or
            // withdrawn is not shown to coordinators.
            let found = match store::search::profile(tx, *person).await? {
                Some(profile) => {
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
            data.broadcast_size =
                Some((audience.clone(), store::broadcasts::count_by_channel(tx, audience).await?))
        }
        Lookup::Stats { from, to } => {
            let funnel = store::stats::funnel(tx, None, *from, *to).await?;
            let row = |scope, s: &store::stats::Steps| FunnelRow {
                scope,
                registered: s.registered,
                signed_up: s.signed_up,
                attended: s.attended,
                internship: s.internship,
                igu: s.igu,
                job: s.job,
                education: s.education,
            };
            let mut rows: Vec<FunnelRow> = funnel
                .places
                .iter()
                .map(|p| {
                    let scope = match &p.place {
                        Some(name) => FunnelScope::Place(name.clone()),
                        None => FunnelScope::Elsewhere,
                    };
                    row(scope, &p.steps)
                })
                .collect();
            rows.push(row(FunnelScope::All, &funnel.total));
            data.stats = Some((*from, *to, rows));
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
            let lines = found
                .candidates
                .into_iter()
                .map(|c| CandidateLine {
                    person: c.person,
                    name: c.display_name.clone().unwrap_or_default(),
                    place: c.place,
                    occupation: criteria.occupation.or(c.principal_occupation),
                    years: c.years,
                    danish: c.danish,
                })
                .collect();
            data.candidates = Some((criteria.clone(), *page, lines, found.total));
        }
    }
    Ok(())
}
