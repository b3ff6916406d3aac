//! Loads the shared data a turn asked for (`engine::Lookup`) inside the turn's transaction.
//! An opportunity is read `FOR UPDATE`: what the coordinator sees and what their answer
//! changes are the same version.

use chrono::Utc;

use crate::engine::data::{Candidate, MySignup, OpportunityLine, OpportunityView, SignedUp};
use crate::engine::{Data, Directory, Lookup};
use crate::store::{self, StoreError, Tx};

pub struct Context<'a> {
    pub person: Option<uuid::Uuid>,
    pub directory: &'a Directory,
}

pub async fn load(tx: &mut Tx<'_>, ctx: &Context<'_>, lookup: &Lookup, data: &mut Data) -> Result<(), StoreError> {
    match lookup {
        Lookup::Invite(code) => data.invite = Some(store::staff::check_invite(tx, code).await?),
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
                    .map(|s| MySignup { id: s.opportunity, title: s.title, starts_at: s.starts_at, status: s.status })
                    .collect(),
            );
        }
        Lookup::Candidate(person) => {
            let found = match store::profile::load(tx, *person).await? {
                Some(profile) => {
                    Some(Candidate { profile, outcomes: store::outcomes::for_person(tx, *person).await? })
                }
                None => None,
            };
            data.candidate = Some((*person, found));
        }
        Lookup::AudienceSize(audience) => {
            data.audience_size = Some((audience.clone(), store::audience::count_by_channel(tx, audience).await?))
        }
        Lookup::BroadcastSize(audience) => {
            data.broadcast_size = Some((audience.clone(), store::broadcasts::count_by_channel(tx, audience).await?))
        }
        Lookup::Stats { from, to } => {
            data.stats = Some((*from, *to, store::stats::funnel_rows(tx, ctx.directory, *from, *to).await?))
        }
        Lookup::Candidates { criteria, page } => {
            let (found, total) = store::search::candidates(tx, criteria, *page).await?;
            data.candidates = Some((criteria.clone(), *page, found, total));
        }
    }
    Ok(())
}
