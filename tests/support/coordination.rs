//! Opportunities, people and the outbox rows about them, for the sign-up and reminder tests.

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;
use jobbro::domain::Lang;
use jobbro::domain::opportunity::{
    Audience, DEFAULT_REMINDER_MINUTES, Opportunity, OpportunityKind, OpportunityStatus,
};
use jobbro::engine::{Channel, Reply};
use jobbro::i18n::Arg;
use sqlx::{PgPool, Row};
use uuid::Uuid;

/// A Danish wall-clock time as the instant it is.
pub fn copenhagen(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Copenhagen.with_ymd_and_hms(y, m, d, h, min, 0).single().expect("an unambiguous Danish time").to_utc()
}

pub fn utc(s: &str) -> DateTime<Utc> {
    s.parse().expect("an RFC 3339 instant")
}

/// A registered, consented person with one address; returns their id.
pub async fn person(pool: &PgPool, lang: Lang, channel: Channel, address: &str, name: &str) -> Uuid {
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO people (id, lang, name, registered_at) VALUES ($1, $2, $3, now())")
        .bind(id)
        .bind(lang.code())
        .bind(name)
        .execute(pool)
        .await
        .unwrap();
    sqlx::query("INSERT INTO consents (person_id, purpose, notice_version) VALUES ($1, 'matching-by-coordinators', 'test')")
        .bind(id)
        .execute(pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO channel_identities (id, person_id, channel, address, verified) VALUES ($1, $2, $3, $4, true)",
    )
    .bind(Uuid::new_v4())
    .bind(id)
    .bind(channel.code())
    .bind(address)
    .execute(pool)
    .await
    .unwrap();
    id
}

/// A one-time coordinator's code, valid for an hour.
pub async fn coordinator_code(pool: &PgPool) -> String {
    jobbro::store::staff::create_invite(
        pool,
        jobbro::domain::opportunity::Role::Coordinator,
        Utc::now() + chrono::Duration::hours(1),
        Default::default(),
    )
    .await
    .unwrap()
}

/// A published company visit of two hours with the default reminders.
pub fn visit(starts_at: DateTime<Utc>, capacity: Option<i32>) -> Opportunity {
    Opportunity {
        id: None,
        kind: OpportunityKind::CompanyVisit,
        status: OpportunityStatus::Published,
        company: "Danfoss".into(),
        title: "Besøg på fabrikken".into(),
        starts_at,
        ends_at: starts_at + chrono::Duration::hours(2),
        place: None,
        meeting_point: Some("Hovedindgangen".into()),
        transport_note: None,
        capacity,
        signup_deadline: None,
        descriptions: Vec::new(),
        audience: Audience::default(),
        reminder_minutes: DEFAULT_REMINDER_MINUTES.to_vec(),
    }
}

/// Stores an opportunity; returns it with its number.
pub async fn create(pool: &PgPool, opp: &Opportunity) -> Opportunity {
    let mut tx = pool.begin().await.unwrap();
    let id = jobbro::store::opportunities::insert(&mut tx, opp, None).await.unwrap();
    tx.commit().await.unwrap();
    Opportunity { id: Some(id), ..opp.clone() }
}

pub async fn sign_up(pool: &PgPool, opportunity: i64, person: Uuid) -> jobbro::store::signups::SignUpResult {
    let mut tx = pool.begin().await.unwrap();
    let result = jobbro::service::seats::sign_up(&mut tx, opportunity, person).await.unwrap();
    tx.commit().await.unwrap();
    result
}

/// One outbox row, as the tests look at it.
#[derive(Debug, Clone)]
pub struct Out {
    pub id: i64,
    pub person: Option<Uuid>,
    pub channel: Channel,
    pub address: Option<String>,
    pub lang: Lang,
    pub kind: String,
    pub opportunity: Option<i64>,
    pub status: String,
    pub last_error: Option<String>,
    pub reply: Option<Reply>,
}

impl Out {
    pub fn reply(&self) -> &Reply {
        self.reply.as_ref().expect("a message with its content")
    }

    /// The message ids of the payload, line by line.
    pub fn ids(&self) -> Vec<String> {
        self.reply().blocks.iter().flat_map(|b| b.lines.iter().map(|m| m.id.clone())).collect()
    }

    /// An argument of the first line with this message id.
    pub fn arg(&self, id: &str, name: &str) -> Option<Arg> {
        self.reply()
            .blocks
            .iter()
            .flat_map(|b| &b.lines)
            .find(|m| m.id == id)
            .and_then(|m| m.args.iter().find(|(n, _)| n == name).map(|(_, a)| a.clone()))
    }
}

/// Outbox rows of a kind, oldest first.
pub async fn outbox(pool: &PgPool, kind: &str) -> Vec<Out> {
    let rows = sqlx::query(
        "SELECT id, person_id, channel, address, lang, kind, opportunity_id, status, last_error, payload
         FROM outbox WHERE kind = $1 ORDER BY id",
    )
    .bind(kind)
    .fetch_all(pool)
    .await
    .unwrap();
    rows.iter()
        .map(|r| Out {
            id: r.get("id"),
            person: r.get("person_id"),
            channel: Channel::parse(r.get("channel")).unwrap(),
            address: r.get("address"),
            lang: Lang::parse(r.get("lang")).unwrap(),
            kind: r.get("kind"),
            opportunity: r.get("opportunity_id"),
            status: r.get("status"),
            last_error: r.get("last_error"),
            reply: r
                .get::<Option<serde_json::Value>, _>("payload")
                .map(|p| serde_json::from_value(p).expect("a stored reply")),
        })
        .collect()
}
