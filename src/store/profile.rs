//! The profile value mapped onto `people` and the `person_*` tables. Saving rewrites the
//! person's child rows inside the caller's transaction: simple, and a profile is small.

use sqlx::Row;
use uuid::Uuid;

use super::{StoreError, Tx};
use crate::domain::profile::{
    Education, EducationLevel, LanguageSkill, Licence, OccupationEntry, PhoneEntry, PlaceEntry, Wish,
};
use crate::domain::{Channel, Lang, LanguageLevel, Phone, Profile};

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what}: {value}"))
}

pub async fn load(tx: &mut Tx<'_>, person: Uuid) -> Result<Option<Profile>, StoreError> {
    let Some(r) = sqlx::query(
        "SELECT lang, name, name_latin, phone_e164, phone_verified, place_id, place_other, place_own_words,
                birth_year, certificates, available_from, preferred_channel,
                registered_at IS NOT NULL AS registered
         FROM people WHERE id = $1",
    )
    .bind(person)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(None);
    };
    let lang: String = r.get("lang");
    let phone: Option<String> = r.get("phone_e164");
    let place_id: Option<i32> = r.get("place_id");
    let place = match (place_id, r.get::<bool, _>("place_other")) {
        (Some(id), _) => Some(PlaceEntry::Known(id)),
        (None, true) => Some(PlaceEntry::Other(r.get("place_own_words"))),
        (None, false) => None,
    };
    let mut profile = Profile {
        lang: Some(Lang::parse(&lang).ok_or_else(|| corrupt("lang", &lang))?),
        name: r.get("name"),
        name_latin: r.get("name_latin"),
        phone: match phone {
            Some(p) => Some(PhoneEntry {
                number: Phone::parse(&p).map_err(|_| corrupt("phone", "unparsable"))?,
                verified: r.get("phone_verified"),
            }),
            None => None,
        },
        place,
        birth_year: r.get::<Option<i16>, _>("birth_year").map(i32::from),
        education: None,
        occupations: Vec::new(),
        languages: Vec::new(),
        licences: Vec::new(),
        certificates: r.get("certificates"),
        wishes: Vec::new(),
        available_from: r.get("available_from"),
        preferred_channel: r
            .get::<Option<String>, _>("preferred_channel")
            .as_deref()
            .and_then(Channel::parse),
        registered: r.get("registered"),
    };

    if let Some(e) =
        sqlx::query("SELECT level, field, country, year FROM person_education WHERE person_id = $1")
            .bind(person)
            .fetch_optional(&mut **tx)
            .await?
    {
        let level: String = e.get("level");
        profile.education = Some(Education {
            level: EducationLevel::parse(&level).ok_or_else(|| corrupt("education level", &level))?,
            field: e.get("field"),
            country: e.get("country"),
            year: e.get::<Option<i16>, _>("year").map(i32::from),
        });
    }
    for o in sqlx::query(
        "SELECT occupation_id, own_words, years_experience, is_principal FROM person_occupations
         WHERE person_id = $1 ORDER BY position",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?
    {
        profile.occupations.push(OccupationEntry {
            occupation_id: o.get("occupation_id"),
            own_words: o.get("own_words"),
            years: o.get::<Option<i16>, _>("years_experience").map(i32::from),
            principal: o.get("is_principal"),
        });
    }
    for l in sqlx::query(
        "SELECT language_code, own_words, level, mother_tongue FROM person_languages WHERE person_id = $1 ORDER BY id",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?
    {
        let level: String = l.get("level");
        profile.languages.push(LanguageSkill {
            code: l.get("language_code"),
            own_words: l.get("own_words"),
            level: LanguageLevel::parse(&level).ok_or_else(|| corrupt("language level", &level))?,
            mother_tongue: l.get("mother_tongue"),
        });
    }
    for l in sqlx::query("SELECT licence FROM person_licences WHERE person_id = $1 ORDER BY licence")
        .bind(person)
        .fetch_all(&mut **tx)
        .await?
    {
        let code: String = l.get("licence");
        profile.licences.push(Licence::parse(&code).ok_or_else(|| corrupt("licence", &code))?);
    }
    for w in sqlx::query("SELECT wish FROM person_wishes WHERE person_id = $1 ORDER BY wish")
        .bind(person)
        .fetch_all(&mut **tx)
        .await?
    {
        let code: String = w.get("wish");
        profile.wishes.push(Wish::parse(&code).ok_or_else(|| corrupt("wish", &code))?);
    }
    // Keep the order the person chose them in, as far as the tables allow.
    profile.licences.sort_by_key(|l| Licence::ALL.iter().position(|x| x == l));
    profile.wishes.sort_by_key(|w| Wish::ALL.iter().position(|x| x == w));
    Ok(Some(profile))
}

/// Creates the person row at consent.
pub async fn create(tx: &mut Tx<'_>, lang: Lang) -> Result<Uuid, StoreError> {
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO people (id, lang) VALUES ($1, $2)")
        .bind(id)
        .bind(lang.code())
        .execute(&mut **tx)
        .await?;
    Ok(id)
}

pub async fn save(tx: &mut Tx<'_>, person: Uuid, p: &Profile) -> Result<(), StoreError> {
    let (place_id, place_other, place_words) = match &p.place {
        Some(PlaceEntry::Known(id)) => (Some(*id), false, None),
        Some(PlaceEntry::Other(words)) => (None, true, words.clone()),
        None => (None, false, None),
    };
    sqlx::query(
        "UPDATE people SET lang = $2, name = $3, name_latin = $4, phone_e164 = $5, phone_verified = $6,
                place_id = $7, place_other = $8, place_own_words = $9, birth_year = $10, certificates = $11,
                available_from = $12, preferred_channel = $14,
                registered_at = CASE WHEN $13 THEN coalesce(registered_at, now()) END,
                updated_at = now()
         WHERE id = $1",
    )
    .bind(person)
    .bind(Lang::or_default(p.lang).code())
    .bind(&p.name)
    .bind(&p.name_latin)
    .bind(p.phone.as_ref().map(|ph| ph.number.as_str().to_string()))
    .bind(p.phone.as_ref().is_some_and(|ph| ph.verified))
    .bind(place_id)
    .bind(place_other)
    .bind(place_words)
    .bind(p.birth_year.map(|y| y as i16))
    .bind(&p.certificates)
    .bind(p.available_from)
    .bind(p.registered)
    .bind(p.preferred_channel.map(|c| c.code()))
    .execute(&mut **tx)
    .await?;

    for delete in [
        "DELETE FROM person_education WHERE person_id = $1",
        "DELETE FROM person_occupations WHERE person_id = $1",
        "DELETE FROM person_languages WHERE person_id = $1",
        "DELETE FROM person_licences WHERE person_id = $1",
        "DELETE FROM person_wishes WHERE person_id = $1",
    ] {
        sqlx::query(delete).bind(person).execute(&mut **tx).await?;
    }
    if let Some(e) = &p.education {
        sqlx::query("INSERT INTO person_education (person_id, level, field, country, year) VALUES ($1, $2, $3, $4, $5)")
            .bind(person)
            .bind(e.level.code())
            .bind(&e.field)
            .bind(&e.country)
            .bind(e.year.map(|y| y as i16))
            .execute(&mut **tx)
            .await?;
    }
    for (i, o) in p.occupations.iter().enumerate() {
        sqlx::query(
            "INSERT INTO person_occupations (person_id, position, occupation_id, own_words, years_experience, is_principal)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(person)
        .bind(i as i16)
        .bind(o.occupation_id)
        .bind(&o.own_words)
        .bind(o.years.map(|y| y as i16))
        .bind(o.principal)
        .execute(&mut **tx)
        .await?;
    }
    for l in &p.languages {
        sqlx::query(
            "INSERT INTO person_languages (person_id, language_code, own_words, level, mother_tongue)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(person)
        .bind(&l.code)
        .bind(&l.own_words)
        .bind(l.level.code())
        .bind(l.mother_tongue)
        .execute(&mut **tx)
        .await?;
    }
    for l in &p.licences {
        sqlx::query("INSERT INTO person_licences (person_id, licence) VALUES ($1, $2)")
            .bind(person)
            .bind(l.code())
            .execute(&mut **tx)
            .await?;
    }
    for w in &p.wishes {
        sqlx::query("INSERT INTO person_wishes (person_id, wish) VALUES ($1, $2)")
            .bind(person)
            .bind(w.code())
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Removes the person; every table that names them cascades from `people`. A seat they hold
/// first goes to the next on the waitlist, exactly as when they cancel (the cascade alone would
/// free the seat and give it to no one). Returns who got those seats, per opportunity: the
/// caller tells them (`service::seats::erase`).
pub async fn erase(tx: &mut Tx<'_>, person: Uuid) -> Result<Vec<(i64, Vec<Uuid>)>, StoreError> {
    // What the funnel counted of them stays, under a random token that names no one, so the
    // numbers coordinators and sponsors saw do not change. Taken before their seats are given
    // up below, so a sign-up for something still to come counts as it did.
    // A registration by SMS leaves what its SMS cost, as `stats::sms_spend` counts it for the
    // living: the segments sent to them up to the registration.
    sqlx::query(
        "WITH me AS (SELECT gen_random_uuid() AS token, id, place_id, registered_at FROM people WHERE id = $1),
              registration_sms AS (
                  SELECT sum(o.segments)::integer AS segments FROM outbox o, me
                  WHERE o.person_id = me.id AND o.channel = 'sms' AND o.created_at <= me.registered_at
              ),
              steps AS (
                  SELECT 'registered' AS step, (registered_at AT TIME ZONE 'Europe/Copenhagen')::date AS on_day,
                         (SELECT segments FROM registration_sms) AS sms_segments
                  FROM me WHERE registered_at IS NOT NULL
                  UNION ALL
                  SELECT 'signed_up', (o.starts_at AT TIME ZONE 'Europe/Copenhagen')::date, NULL
                  FROM signups s JOIN opportunities o ON o.id = s.opportunity_id
                  WHERE s.person_id = $1 AND s.status <> 'cancelled' AND o.status <> 'cancelled'
                  UNION ALL
                  SELECT 'attended', (o.starts_at AT TIME ZONE 'Europe/Copenhagen')::date, NULL
                  FROM signups s JOIN opportunities o ON o.id = s.opportunity_id
                  WHERE s.person_id = $1 AND s.attendance = 'present'
                  UNION ALL
                  SELECT kind, started_on, NULL FROM outcomes WHERE person_id = $1)
         INSERT INTO erased_steps (token, step, place_id, on_day, sms_segments)
         SELECT me.token, steps.step, me.place_id, steps.on_day, steps.sms_segments FROM me, steps",
    )
    .bind(person)
    .execute(&mut **tx)
    .await?;
    let seats: Vec<i64> = sqlx::query_scalar(
        "SELECT opportunity_id FROM signups WHERE person_id = $1 AND status = 'confirmed' ORDER BY opportunity_id",
    )
    .bind(person)
    .fetch_all(&mut **tx)
    .await?;
    let mut promoted = Vec::new();
    for opportunity in seats {
        let cancelled = super::signups::cancel(tx, opportunity, person).await?;
        promoted.push((opportunity, cancelled.promoted));
    }
    // Messages to or about them keep their counts (channel, kind, status, segments: what the
    // SMS cost) and lose who and what: a message not sent yet never goes; one a sender holds
    // right now loses its address and text when it is done, as every message without a person.
    sqlx::query(
        "UPDATE outbox SET person_id = NULL, identity_id = NULL,
                last_error = CASE WHEN status = 'pending' THEN 'erased' ELSE last_error END,
                address = CASE WHEN status = 'sending' THEN address END,
                payload = CASE WHEN status = 'sending' THEN payload END,
                status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END
         WHERE person_id = $1
            OR (channel, address) IN (SELECT channel, address FROM channel_identities WHERE person_id = $1)",
    )
    .bind(person)
    .execute(&mut **tx)
    .await?;
    // Messages to coordinators that name them (a profile opened, a handover's news) lose their
    // text too. Found by content: erasures are rare, and only rows still holding a payload
    // (pending, or sent within JOBBRO_OUTBOX_KEEP_DAYS) are read.
    sqlx::query(
        "WITH me AS (SELECT name, name_latin, phone_e164 FROM people WHERE id = $1)
         UPDATE outbox o SET
                last_error = CASE WHEN o.status = 'pending' THEN 'erased' ELSE o.last_error END,
                payload = NULL,
                status = CASE WHEN o.status = 'pending' THEN 'failed' ELSE o.status END
         FROM me
         WHERE o.payload IS NOT NULL AND o.status <> 'sending'
           AND (strpos(o.payload::text, me.name) > 0 OR strpos(o.payload::text, me.name_latin) > 0
                OR strpos(o.payload::text, me.phone_e164) > 0)",
    )
    .bind(person)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM people WHERE id = $1").bind(person).execute(&mut **tx).await?;
    Ok(promoted)
}

pub async fn record_refusal(
    tx: &mut Tx<'_>,
    channel: Channel,
    lang: Lang,
    purpose: crate::domain::consent::Purpose,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO consent_refusals (channel, lang, purpose, notice_version) VALUES ($1, $2, $3, $4)",
    )
    .bind(channel.code())
    .bind(lang.code())
    .bind(purpose.code())
    .bind(purpose.notice_version())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The people a phone number belongs to: the number they gave (typed or proven) or the number
/// they text from. Several when two people gave the same number (a shared phone).
pub async fn with_phone(pool: &sqlx::PgPool, e164: &str) -> Result<Vec<Uuid>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM people WHERE phone_e164 = $1
         UNION
         SELECT person_id FROM channel_identities WHERE channel = 'sms' AND address = $1 AND person_id IS NOT NULL",
    )
    .bind(e164)
    .fetch_all(pool)
    .await?)
}

/// The person with this id, if there is one (as a list, like `with_phone`).
pub async fn with_id(pool: &sqlx::PgPool, id: Uuid) -> Result<Vec<Uuid>, StoreError> {
    Ok(sqlx::query_scalar("SELECT id FROM people WHERE id = $1").bind(id).fetch_all(pool).await?)
}

/// The name a coordinator reads: in Latin letters when given, else as the person wrote it.
pub async fn display_name(tx: &mut Tx<'_>, person: Uuid) -> Result<Option<String>, StoreError> {
    Ok(sqlx::query_scalar("SELECT coalesce(name_latin, name) FROM people WHERE id = $1")
        .bind(person)
        .fetch_optional(&mut **tx)
        .await?
        .flatten())
}
