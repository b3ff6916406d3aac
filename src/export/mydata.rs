//! `jobbro-mydata/1`: everything stored about a person, for the person ("My data").

use serde_json::{Value, json};

use crate::domain::Directory;
use crate::domain::view::MyData;

pub const FORMAT: &str = "jobbro-mydata/1";

pub fn document(d: &MyData, dir: &Directory, made_at: chrono::DateTime<chrono::Utc>) -> Value {
    json!({
        "format": FORMAT,
        "made_at": made_at.to_rfc3339(),
        "person": d.person.to_string(),
        "created_at": d.created_at.to_rfc3339(),
        "registered_at": d.registered_at.map(|t| t.to_rfc3339()),
        "profile": super::profile::profile_object(&d.profile, dir),
        "preferred_channel": d.profile.preferred_channel.map(|c| c.code()),
        "addresses": d.addresses.iter().map(|a| json!({
            "channel": a.channel.code(),
            "address": a.address,
            "first_seen": a.first_seen.to_rfc3339(),
            "last_seen": a.last_seen.to_rfc3339(),
            "stopped": a.stopped,
        })).collect::<Vec<_>>(),
        "consents": d.consents.iter().map(|c| json!({
            "purpose": c.purpose.code(),
            "about": c.about,
            "opportunity": c.purpose.opportunity(),
            "notice_version": c.notice_version,
            "channel": c.channel.map(|ch| ch.code()),
            "given_at": c.given_at.to_rfc3339(),
            "withdrawn_at": c.withdrawn_at.map(|t| t.to_rfc3339()),
        })).collect::<Vec<_>>(),
        "signups": d.signups.iter().map(|s| json!({
            "opportunity": s.opportunity,
            "company": s.company,
            "title": s.title,
            "starts_at": s.starts_at.to_rfc3339(),
            "status": s.status.code(),
            "attendance": s.attendance.map(|a| a.code()),
            "signed_up_at": s.signed_up_at.to_rfc3339(),
        })).collect::<Vec<_>>(),
        "outcomes": d.outcomes.iter().map(|(kind, day)| json!({
            "kind": kind.code(),
            "started_on": day.to_string(),
        })).collect::<Vec<_>>(),
        "handovers": d.handovers.iter().map(|h| json!({
            "municipality": h.municipality,
            "status": h.status,
            "requested_at": h.requested_at.to_rfc3339(),
            "decided_at": h.decided_at.map(|t| t.to_rfc3339()),
        })).collect::<Vec<_>>(),
        "uses": d.uses.iter().map(|u| json!({
            "at": u.at.to_rfc3339(),
            "action": u.action,
            "by": u.by,
            "staff_number": u.staff_number,
            "detail": u.detail,
        })).collect::<Vec<_>>(),
        "messages": d.messages.iter().map(|(channel, kind, n)| json!({
            "channel": channel,
            "kind": kind,
            "count": n,
        })).collect::<Vec<_>>(),
    })
}
