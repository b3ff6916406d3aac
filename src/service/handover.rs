//! Handover of a profile to a municipality ("smart reception"): a coordinator starts it from a
//! candidate's profile; the package (the CV and the profile as a JSON document) goes to that
//! coordinator only with the person's consent for that municipality in force. Without it the
//! person is asked; a consent they withdrew refuses the handover.

use uuid::Uuid;

use super::context::Context;
use crate::domain::PlaceKind;
use crate::domain::consent::Purpose;
use crate::engine::notices::{self, HandoverNews};
use crate::store::handovers::Handover;
use crate::store::{self, StoreError, Tx};

/// A coordinator's handover of `person` to `municipality`.
pub async fn start(
    tx: &mut Tx<'_>,
    ctx: &Context<'_>,
    person: Uuid,
    municipality: i32,
) -> Result<(), StoreError> {
    // Only a profile coordinators may see, and only to a municipality.
    if !store::consents::matchable(tx, person).await? {
        return Ok(());
    }
    let Some(place) = ctx.directory.place(municipality).filter(|p| p.kind == PlaceKind::Municipality) else {
        return Ok(());
    };
    let name = store::profile::display_name(tx, person).await?.unwrap_or_default();
    let purpose = Purpose::Handover { municipality };
    let id = store::handovers::start(tx, person, municipality, ctx.identity).await?;
    let Some(handover) = store::handovers::load(tx, id).await? else { return Ok(()) };
    let standing = store::consents::standing(tx, person, purpose).await?;
    if standing.in_force {
        return hand_over(tx, &handover, &name).await;
    }
    // Given once and taken back: the person said no to this municipality; not asked again.
    let news = if standing.ever_given {
        store::handovers::decide(tx, id, false).await?;
        HandoverNews::Withdrawn
    } else {
        let question = |_| notices::handover_question(id, &place.name);
        match store::outbox::enqueue_about_data(tx, person, question).await? {
            Some(outbox) => {
                store::offers::tag_handover(tx, outbox, id).await?;
                HandoverNews::Asked
            }
            None => {
                store::handovers::decide(tx, id, false).await?;
                HandoverNews::Unreachable
            }
        }
    };
    ctx.answer(tx, &notices::handover_news(news, &name, &place.name), None).await?;
    tracing::info!(handover = id, ?news, "handover started");
    Ok(())
}

/// The person's answer to the handover question.
pub async fn answer(tx: &mut Tx<'_>, ctx: &Context<'_>, id: i64, yes: bool) -> Result<(), StoreError> {
    let Some(person) = ctx.person else { return Ok(()) };
    // Only their own, and only once: a made-up or old button changes nothing and is answered
    // as any old button is.
    let handover =
        store::handovers::load(tx, id).await?.filter(|h| h.person == person && h.status == "asked");
    let Some(handover) = handover else {
        return ctx.answer(tx, &notices::stale_button(), None).await;
    };
    let purpose = Purpose::Handover { municipality: handover.municipality };
    ctx.answer(tx, &notices::handover_reply(&handover.municipality_name, yes), None).await?;
    let name = store::profile::display_name(tx, person).await?.unwrap_or_default();
    if yes {
        store::consents::give(tx, person, purpose, ctx.channel).await?;
        hand_over(tx, &handover, &name).await?;
    } else {
        store::profile::record_refusal(tx, ctx.channel, ctx.lang, purpose).await?;
        store::handovers::decide(tx, id, false).await?;
        tell_coordinator(
            tx,
            &handover,
            notices::handover_news(HandoverNews::Declined, &name, &handover.municipality_name),
        )
        .await?;
    }
    tracing::info!(handover = id, yes, "handover answered");
    Ok(())
}

/// The package goes to the coordinator who started the handover, while their role is in force;
/// the handover is recorded and audited.
async fn hand_over(tx: &mut Tx<'_>, handover: &Handover, name: &str) -> Result<(), StoreError> {
    let Some((identity, ..)) = &handover.coordinator else {
        // The coordinator's role was taken back: nobody to give the package to. The consent
        // stays; another coordinator's handover goes through at once.
        return Ok(());
    };
    store::handovers::decide(tx, handover.id, true).await?;
    store::audit::record_for(
        tx,
        store::audit::Action::HandedOver,
        handover.person,
        store::audit::By::Staff(*identity),
        Some(&handover.municipality_name),
    )
    .await?;
    for reply in notices::handover_package(handover.id, handover.person, name, &handover.municipality_name) {
        tell_coordinator(tx, handover, reply).await?;
    }
    Ok(())
}

async fn tell_coordinator(
    tx: &mut Tx<'_>,
    handover: &Handover,
    reply: crate::engine::Reply,
) -> Result<(), StoreError> {
    if let Some((_, channel, address, lang)) = &handover.coordinator {
        store::outbox::enqueue(tx, None, *channel, address, *lang, &reply).await?;
    }
    Ok(())
}
