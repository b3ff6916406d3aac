//! What other people hear when shared data changes, queued in the transaction of the change:
//! an opportunity's announcement to its audience, notices to everyone signed up, the seat a
//! waitlisted person got, a coordinator's broadcast. The engine says what each message is
//! (`engine::notices`); this says who gets it.

use uuid::Uuid;

use crate::domain::Lang;
use crate::domain::opportunity::{BroadcastAudience, Opportunity};
use crate::domain::reply::MessageKind;
use crate::engine::Directory;
use crate::engine::notices::{self, NoticeKind};
use crate::store::{self, StoreError, Tx};

/// Queues the announcement to everyone in the audience who has not had it, each in their
/// language (one copy prepared in each of `languages`): the structured fields are the same,
/// only the description's language differs.
pub async fn audience(
    tx: &mut Tx<'_>,
    opportunity: i64,
    dir: &Directory,
    languages: &[Lang],
) -> Result<(), StoreError> {
    let Some(opp) = store::opportunities::load(tx, opportunity).await? else { return Ok(()) };
    let payloads: Vec<_> = languages
        .iter()
        .map(|&lang| {
            let reply = notices::announcement(&opp, dir, lang);
            (lang, serde_json::to_value(&reply).expect("a reply always serialises"))
        })
        .collect();
    let queued = store::audience::enqueue_announcement(tx, opportunity, &payloads).await?;
    tracing::info!(opportunity, queued, "announced");
    Ok(())
}

/// Queues the announcement to one person a coordinator invited; false when they cannot be
/// written to (STOP, no address).
pub async fn invited(
    tx: &mut Tx<'_>,
    opp: &Opportunity,
    person: Uuid,
    dir: &Directory,
) -> Result<bool, StoreError> {
    let id = opp.id.unwrap_or_default();
    let build = |lang| notices::announcement(opp, dir, lang);
    Ok(store::outbox::enqueue_unasked(tx, person, MessageKind::Announcement, id, build).await?.is_some())
}

/// Tells everyone signed up (confirmed and waitlisted) about a change, each on their reachable
/// channel in their language. People who sent STOP or have no address are left out. Returns
/// how many were queued.
pub async fn signed_up(
    tx: &mut Tx<'_>,
    opportunity: i64,
    kind: NoticeKind,
    dir: &Directory,
) -> Result<usize, StoreError> {
    let Some(opp) = store::opportunities::load(tx, opportunity).await? else { return Ok(0) };
    let mut queued = 0;
    for person in store::signups::holders(tx, opportunity).await? {
        let build = |lang| notices::change_notice(kind, &opp, dir, lang);
        if store::outbox::enqueue_unasked(tx, person, MessageKind::Notice, opportunity, build)
            .await?
            .is_some()
        {
            queued += 1;
        }
    }
    tracing::info!(opportunity, ?kind, queued, "signed-up people told of a change");
    Ok(queued)
}

/// Tells each person who got a seat from the waitlist, in the order they got it.
pub async fn promoted(tx: &mut Tx<'_>, opportunity: i64, people: &[Uuid]) -> Result<(), StoreError> {
    if people.is_empty() {
        return Ok(());
    }
    let Some(opp) = store::opportunities::load(tx, opportunity).await? else { return Ok(()) };
    for person in people {
        let build = |_| notices::promoted(&opp);
        if store::outbox::enqueue_unasked(tx, *person, MessageKind::Notice, opportunity, build)
            .await?
            .is_none()
        {
            // They hold the seat and see it under "My sign-ups"; we may not write to them.
            tracing::info!(opportunity, %person, "promoted person cannot be told (STOP or no address)");
        }
    }
    Ok(())
}

/// Records a broadcast and queues its copies, each reader's in their language (one prepared
/// in each of `languages`, `notices::broadcast`); returns its number and how many copies were
/// queued. `texts` must hold the fallback language.
pub async fn broadcast(
    tx: &mut Tx<'_>,
    by: Uuid,
    audience: &BroadcastAudience,
    texts: &[(Lang, String)],
    fallback: Lang,
    languages: &[Lang],
) -> Result<(i64, i64), StoreError> {
    let copies = languages
        .iter()
        .map(|&lang| notices::broadcast(lang, texts, fallback).map(|reply| (lang, reply)))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| StoreError::Corrupt(format!("broadcast without a text in its fallback {fallback}")))?;
    store::broadcasts::create(tx, by, audience, texts, fallback, &copies).await
}
