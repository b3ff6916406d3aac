//! The person's right of access: "My data" and "My CV". Each copy is on the audit trail.

use uuid::Uuid;

use super::context::Context;
use crate::domain::Channel;
use crate::store::{self, StoreError, Tx};

/// Sends the person everything stored about them: a readable summary, and on a channel that
/// carries files the whole copy as a JSON file (`jobbro-mydata/1`).
pub async fn export(tx: &mut Tx<'_>, ctx: &Context<'_>, person: Uuid) -> Result<(), StoreError> {
    store::audit::record(tx, store::audit::Action::Exported, person, store::audit::By::Person).await?;
    let Some(data) = store::mydata::collect(tx, person).await? else { return Ok(()) };
    let mut reply = crate::engine::mydata::summary(&data, ctx.directory, ctx.channel == Channel::Sms);
    // The whole copy as a file where the channel carries files.
    if ctx.channel != Channel::Sms {
        reply.document = Some(crate::domain::reply::Document::MyData { person });
    }
    ctx.answer(tx, &reply, None).await?;
    tracing::info!("my data sent");
    Ok(())
}

/// Sends the person their CV as a file.
pub async fn send_cv(tx: &mut Tx<'_>, ctx: &Context<'_>, person: Uuid) -> Result<(), StoreError> {
    store::audit::record(tx, store::audit::Action::CvDownloaded, person, store::audit::By::Person).await?;
    let reply = crate::engine::notices::my_cv(person, ctx.lang);
    ctx.answer(tx, &reply, None).await?;
    Ok(())
}
