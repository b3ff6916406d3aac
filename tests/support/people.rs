#![allow(dead_code)]
//! People written straight into the tables, for tests of the coordinators' queries: each test
//! states only what matters to it and gets a registered, consenting person by default.

use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;
use uuid::Uuid;

/// A person as the tables hold them. `Default` is a registered, consenting Danish reader with no
/// address: add the addresses, occupations and languages a test needs.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: &'static str,
    pub name_latin: Option<&'static str>,
    pub lang: &'static str,
    pub place: Option<i32>,
    pub registered_at: Option<DateTime<Utc>>,
    /// None: never consented; Some(false): consent in force; Some(true): only a withdrawn one.
    pub consent_withdrawn: Option<bool>,
    pub preferred_channel: Option<&'static str>,
    /// (channel, address, minutes since last seen, sent STOP)
    pub addresses: Vec<(&'static str, String, i64, bool)>,
    /// (occupation id, years, principal)
    pub occupations: Vec<(i32, Option<i16>, bool)>,
    /// (code, level, mother tongue)
    pub languages: Vec<(&'static str, &'static str, bool)>,
    pub wishes: Vec<&'static str>,
}

impl Default for Person {
    fn default() -> Person {
        Person {
            name: "Someone",
            name_latin: None,
            lang: "da",
            place: None,
            registered_at: Some(Utc::now() - Duration::days(30)),
            consent_withdrawn: Some(false),
            preferred_channel: None,
            addresses: Vec::new(),
            occupations: Vec::new(),
            languages: Vec::new(),
            wishes: Vec::new(),
        }
    }
}

impl Person {
    pub fn named(name: &'static str) -> Person {
        Person { name, ..Person::default() }
    }

    /// A Telegram address seen `minutes` ago.
    pub fn telegram(mut self, address: &str, minutes: i64) -> Person {
        self.addresses.push(("telegram", address.to_string(), minutes, false));
        self
    }

    pub fn sms(mut self, address: &str, minutes: i64) -> Person {
        self.addresses.push(("sms", address.to_string(), minutes, false));
        self
    }

    pub fn lang(mut self, lang: &'static str) -> Person {
        self.lang = lang;
        self
    }

    pub fn place(mut self, place: i32) -> Person {
        self.place = Some(place);
        self
    }

    pub fn occupation(mut self, id: i32, years: Option<i16>, principal: bool) -> Person {
        self.occupations.push((id, years, principal));
        self
    }

    pub fn speaks(mut self, code: &'static str, level: &'static str) -> Person {
        self.languages.push((code, level, level == "native"));
        self
    }

    pub fn wish(mut self, wish: &'static str) -> Person {
        self.wishes.push(wish);
        self
    }

    pub async fn insert(&self, pool: &PgPool) -> Uuid {
        let id = Uuid::new_v4();
        sqlx::query(
            "INSERT INTO people (id, lang, name, name_latin, place_id, registered_at, preferred_channel)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(self.lang)
        .bind(self.name)
        .bind(self.name_latin)
        .bind(self.place)
        .bind(self.registered_at)
        .bind(self.preferred_channel)
        .execute(pool)
        .await
        .unwrap();
        if let Some(withdrawn) = self.consent_withdrawn {
            sqlx::query(
                "INSERT INTO consents (person_id, purpose, notice_version, withdrawn_at)
                 VALUES ($1, 'matching-by-coordinators', 'test', CASE WHEN $2 THEN now() END)",
            )
            .bind(id)
            .bind(withdrawn)
            .execute(pool)
            .await
            .unwrap();
        }
        for (channel, address, minutes, stopped) in &self.addresses {
            sqlx::query(
                "INSERT INTO channel_identities (id, person_id, channel, address, verified, last_seen_at, stopped_at)
                 VALUES ($1, $2, $3, $4, true, now() - make_interval(mins => $5), CASE WHEN $6 THEN now() END)",
            )
            .bind(Uuid::new_v4())
            .bind(id)
            .bind(channel)
            .bind(address)
            .bind(*minutes as i32)
            .bind(*stopped)
            .execute(pool)
            .await
            .unwrap();
        }
        for (position, (occupation, years, principal)) in self.occupations.iter().enumerate() {
            sqlx::query(
                "INSERT INTO person_occupations (person_id, position, occupation_id, years_experience, is_principal)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(position as i16)
            .bind(occupation)
            .bind(years)
            .bind(principal)
            .execute(pool)
            .await
            .unwrap();
        }
        for (code, level, mother) in &self.languages {
            sqlx::query(
                "INSERT INTO person_languages (person_id, language_code, level, mother_tongue) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(code)
            .bind(level)
            .bind(mother)
            .execute(pool)
            .await
            .unwrap();
        }
        for wish in &self.wishes {
            sqlx::query("INSERT INTO person_wishes (person_id, wish) VALUES ($1, $2)")
                .bind(id)
                .bind(wish)
                .execute(pool)
                .await
                .unwrap();
        }
        id
    }
}

/// The id of a seeded place.
pub async fn place(pool: &PgPool, name: &str) -> i32 {
    sqlx::query_scalar("SELECT id FROM places WHERE name = $1").bind(name).fetch_one(pool).await.unwrap()
}

/// A published opportunity starting at `starts_at` (an hour long) in `place`; returns its number.
pub async fn opportunity(pool: &PgPool, starts_at: DateTime<Utc>, place: Option<i32>) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO opportunities (kind, status, company, title, starts_at, ends_at, place_id, published_at)
         VALUES ('company_visit', 'published', 'Danfoss', 'Besøg', $1, $1 + interval '1 hour', $2, now())
         RETURNING id",
    )
    .bind(starts_at)
    .bind(place)
    .fetch_one(pool)
    .await
    .unwrap()
}

pub async fn sign_up(pool: &PgPool, opportunity: i64, person: Uuid, status: &str) {
    sqlx::query("INSERT INTO signups (opportunity_id, person_id, status) VALUES ($1, $2, $3)")
        .bind(opportunity)
        .bind(person)
        .bind(status)
        .execute(pool)
        .await
        .unwrap();
}
