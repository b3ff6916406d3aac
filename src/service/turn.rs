//! One inbound event, start to finish: dedupe, load, run the engine, store the result and queue
//! the replies, all in one transaction.

use chrono::Utc;

use super::{App, actions, lookups, seats};
use crate::domain::Lang;
use crate::engine::{self, Channel, Conversation, Event, Input, ProfileChange, Snapshot};
use crate::store::{self, StoreError};

/// Rounds of "load what the engine asked for, run the turn again" before giving up: a turn
/// needs at most two (say, an opportunity and then its audience's size).
const MAX_LOOKUP_ROUNDS: usize = 4;

/// What every channel adapter produces.
#[derive(Debug, Clone)]
pub struct Inbound {
    pub channel: Channel,
    /// Telegram user id, E.164 phone number, or the simulator's user name.
    pub address: String,
    /// The channel's id for this update, for deduplication (Telegram's update_id).
    pub external_id: Option<String>,
    /// The language the channel suggests (Telegram's language_code).
    pub lang_hint: Option<Lang>,
    pub input: Input,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    /// The turn ran; this many replies were queued.
    Done { replies: usize },
    /// This update was handled before.
    Duplicate,
    /// The address sends faster than a person types: warned once, then not served for a while
    /// (`TURNS`).
    Flooding,
}

/// Turns one address may take: a person typing fast or tapping through buttons stays far
/// below one a second; a script sending hundreds a minute is answered once more (a warning)
/// and then ignored for ten minutes. The terminal simulator is the operator's own and is not
/// limited.
pub const TURNS: store::limits::Limit = store::limits::Limit {
    kind: "turns",
    max: 60,
    window: std::time::Duration::from_secs(60),
    block: std::time::Duration::from_secs(600),
};

/// Europe/Copenhagen's date: people and coordinators think in Danish days.
pub fn today() -> chrono::NaiveDate {
    Utc::now().with_timezone(&chrono_tz::Europe::Copenhagen).date_naive()
}

impl App {
    #[tracing::instrument(skip_all, fields(channel = inbound.channel.code(), update = inbound.external_id.as_deref()))]
    pub async fn handle(&self, inbound: Inbound) -> Result<Handled, StoreError> {
        let _lane = self.lane(inbound.channel, &inbound.address).lock().await;
        let directory = store::directory::load(&self.pool).await?;
        let mut tx = self.pool.begin().await?;
        if let Some(id) = &inbound.external_id
            && !store::identity::mark_processed(&mut tx, inbound.channel, id).await?
        {
            tracing::info!("duplicate update ignored");
            return Ok(Handled::Duplicate);
        }
        let identity = store::identity::lock_or_create(&mut tx, inbound.channel, &inbound.address).await?;
        if inbound.channel != Channel::Console {
            match store::limits::hit(&mut tx, identity.id, TURNS).await? {
                store::limits::Verdict::Allowed => {}
                verdict => {
                    self.flooding(&mut tx, &inbound, &identity, verdict).await?;
                    tx.commit().await?;
                    self.outbox_ready.notify_waiters();
                    return Ok(Handled::Flooding);
                }
            }
        }
        let staff = store::staff::role(&mut tx, identity.id).await?;
        let offer = store::offers::last_offer(&mut tx, inbound.channel, &inbound.address).await?;
        let conversation = store::conversation::load(&mut tx, identity.id).await?;
        let profile = match identity.person_id {
            Some(person) => store::profile::load(&mut tx, person).await?,
            None => None,
        };
        let mut snapshot = Snapshot {
            channel: inbound.channel,
            conversation,
            profile,
            directory: &directory,
            today: today(),
            lang_hint: self.lang_hint(&inbound),
            verified_phone: match inbound.channel {
                Channel::Sms => crate::domain::Phone::parse(&inbound.address).ok(),
                _ => None,
            },
            stopped: identity.stopped,
            channels: match identity.person_id {
                Some(person) => store::identity::channels_of(&mut tx, person).await?,
                None => Vec::new(),
            },
            seed: uuid::Uuid::new_v4().as_u128() as u32,
            staff,
            data: engine::Data::default(),
            offer,
            now: Utc::now(),
        };
        let mut outcome = engine::handle(&snapshot, &self.catalog, inbound.input.clone());
        // The engine asks for the shared data a turn needs; load it and run the turn again.
        // Each round answers every lookup asked for, so a few rounds always suffice.
        for _ in 0..MAX_LOOKUP_ROUNDS {
            if outcome.wants.is_empty() {
                break;
            }
            let ctx = lookups::Context {
                identity: identity.id,
                person: identity.person_id,
                staff,
                sms_price: self.sms_price,
            };
            for lookup in std::mem::take(&mut outcome.wants) {
                lookups::load(&mut tx, &ctx, &lookup, &mut snapshot.data).await?;
            }
            outcome = engine::handle(&snapshot, &self.catalog, inbound.input.clone());
        }
        if !outcome.wants.is_empty() {
            return Err(StoreError::Corrupt(format!("engine kept asking for {:?}", outcome.wants)));
        }
        let mut person = identity.person_id;

        if let Some(existing) = claimed_person(&mut tx, person, &outcome).await? {
            // A finished registration here is not given up for a draft elsewhere.
            let existing_registered =
                store::profile::load(&mut tx, existing).await?.is_some_and(|p| p.registered);
            let registered_here = matches!(&outcome.profile, ProfileChange::Save(p) if p.registered);
            match person {
                Some(current) if registered_here && !existing_registered => {
                    // The other person's addresses join this one, and their draft goes.
                    store::identity::move_all(&mut tx, existing, current).await?;
                    seats::erase(&mut tx, existing).await?;
                    tracing::info!("a draft elsewhere joined this person by verified phone");
                }
                _ => {
                    // This address joins that person, and the draft made here goes.
                    store::identity::link_person(&mut tx, identity.id, existing).await?;
                    if let Some(draft) = person {
                        seats::erase(&mut tx, draft).await?;
                    }
                    person = Some(existing);
                    let joined = Snapshot {
                        conversation: None,
                        profile: store::profile::load(&mut tx, existing).await?,
                        ..snapshot.clone()
                    };
                    outcome = engine::handle(&joined, &self.catalog, Input::Linked);
                    tracing::info!("address joined an existing person by verified phone");
                }
            }
        }
        let lang = outcome
            .conversation
            .as_ref()
            .and_then(|c| c.lang)
            .or(snapshot.conversation.as_ref().and_then(|c| c.lang))
            .or(self.lang_hint(&inbound));
        apply(&mut tx, &inbound, identity.id, person, Lang::or_default(lang), &outcome).await?;
        let ctx = super::context::Context {
            identity: identity.id,
            staff,
            person,
            channel: inbound.channel,
            address: &inbound.address,
            lang: Lang::or_default(lang),
            directory: &directory,
            languages: &self.catalog.languages().iter().map(|l| l.lang).collect::<Vec<_>>(),
        };
        for action in &outcome.actions {
            actions::perform(&mut tx, &ctx, action).await?;
        }
        tx.commit().await?;
        self.outbox_ready.notify_waiters();
        Ok(Handled::Done { replies: outcome.replies.len() })
    }

    /// The language the channel suggests (Telegram's `language_code`), as one jobbro speaks:
    /// Norwegian becomes Danish, a language without a locale folder none.
    fn lang_hint(&self, inbound: &Inbound) -> Option<Lang> {
        inbound.lang_hint.and_then(|l| self.catalog.resolve(l))
    }

    /// An address over `TURNS`: the turn that crossed the limit gets one warning in the
    /// person's language (none after STOP: nothing of any kind goes to a stopped address); the
    /// ones after it are read and dropped. Logged without the address or the text.
    async fn flooding(
        &self,
        tx: &mut store::Tx<'_>,
        inbound: &Inbound,
        identity: &store::identity::Identity,
        verdict: store::limits::Verdict,
    ) -> Result<(), StoreError> {
        let store::limits::Verdict::JustBlocked { for_minutes } = verdict else {
            tracing::debug!(identity = %identity.id, "message from a flooding address ignored");
            return Ok(());
        };
        tracing::warn!(identity = %identity.id, minutes = for_minutes, "address sends too fast; warned, then ignored");
        if identity.stopped {
            return Ok(());
        }
        let conversation: Option<Conversation> = store::conversation::load(tx, identity.id).await?;
        let lang = conversation.and_then(|c| c.lang).or(self.lang_hint(inbound));
        let reply = engine::flood_warning(for_minutes);
        store::outbox::enqueue(
            tx,
            identity.person_id,
            inbound.channel,
            &inbound.address,
            Lang::or_default(lang),
            &reply,
        )
        .await?;
        Ok(())
    }
}

/// One person, several channels: the person whose profile this turn said is theirs (the
/// other profile that verified the phone number, "Is that you?" answered yes), if it is not
/// this one. Looked up again here, under this turn's transaction.
async fn claimed_person(
    tx: &mut store::Tx<'_>,
    person: Option<uuid::Uuid>,
    outcome: &engine::Outcome,
) -> Result<Option<uuid::Uuid>, StoreError> {
    let Some(phone) = outcome.actions.iter().find_map(|a| match a {
        engine::Action::ClaimProfile { phone } => Some(phone),
        _ => None,
    }) else {
        return Ok(None);
    };
    Ok(store::identity::phone_owner(tx, phone, person).await?.map(|o| o.person))
}

/// Stores what a turn decided: the profile, the consent record, STOP, the conversation, and the
/// replies as outbox rows, all in the turn's transaction.
async fn apply(
    tx: &mut store::Tx<'_>,
    inbound: &Inbound,
    identity: uuid::Uuid,
    mut person: Option<uuid::Uuid>,
    lang: Lang,
    outcome: &engine::Outcome,
) -> Result<(), StoreError> {
    match &outcome.profile {
        ProfileChange::Unchanged => {}
        ProfileChange::Save(profile) => {
            let id = match person {
                Some(id) => id,
                None => {
                    let id = store::profile::create(tx, Lang::or_default(profile.lang)).await?;
                    store::identity::link_person(tx, identity, id).await?;
                    person = Some(id);
                    id
                }
            };
            store::profile::save(tx, id, profile).await?;
        }
        ProfileChange::Erase => {
            if let Some(id) = person.take() {
                seats::erase(tx, id).await?;
                store::audit::record(tx, store::audit::Action::Erased, id, store::audit::By::Person).await?;
            }
            // The identity went with the person; make sure an unlinked one goes too.
            store::identity::delete(tx, identity).await?;
            tracing::info!("person erased on request");
        }
    }
    for event in &outcome.events {
        match event {
            Event::ConsentGiven(purpose) => {
                if let Some(id) = person {
                    store::consents::give(tx, id, *purpose, inbound.channel).await?;
                }
            }
            Event::ConsentWithdrawn(purpose) => {
                if let Some(id) = person {
                    store::consents::withdraw(tx, id, *purpose).await?;
                }
            }
            Event::ConsentRefused { purpose, lang } => {
                store::profile::record_refusal(tx, inbound.channel, *lang, *purpose).await?;
            }
            Event::Registered => tracing::info!(person = ?person, "registration completed"),
            Event::Stopped => store::identity::set_stopped(tx, identity, true).await?,
            Event::Resumed => store::identity::set_stopped(tx, identity, false).await?,
        }
    }
    match &outcome.conversation {
        Some(c) => store::conversation::save(tx, identity, c).await?,
        None if person.is_none() => {
            store::conversation::delete(tx, identity).await?;
            store::identity::forget_unless_limited(tx, identity).await?;
        }
        None => store::conversation::delete(tx, identity).await?,
    }
    for reply in &outcome.replies {
        // A question asked again in place (a tick in a multi-choice question) edits the
        // message that asked it, when that is still known; otherwise it comes as a new one.
        let earlier = match reply.replaces {
            Some(token) => {
                store::outbox::question_message(tx, inbound.channel, &inbound.address, token).await?
            }
            None => None,
        };
        let edited = match earlier {
            Some(message) => store::outbox::enqueue_edit(tx, message, reply).await?,
            None => None,
        };
        if edited.is_none() {
            store::outbox::enqueue(tx, person, inbound.channel, &inbound.address, lang, reply).await?;
        }
    }
    Ok(())
}
