//! "My data" as the person reads it: a summary of everything stored, in their language. On
//! Telegram and in the terminal the full copy comes as a file with it; an SMS carries only the
//! short version and says where the rest is.

use super::questions::profile_blocks;
use super::reply::{Block, Reply};
use crate::domain::Directory;
use crate::domain::consent::Purpose;
use crate::domain::view::MyData;
use crate::i18n::{Arg, Msg};

/// The summary; `short` for SMS.
pub fn summary(d: &MyData, dir: &Directory, short: bool) -> Reply {
    let in_force = d.consents.iter().filter(|c| c.in_force()).count() as i64;
    let counts = Msg::new("mydata-counts")
        .number("consents", in_force)
        .number("signups", d.signups.len() as i64)
        .number("uses", d.uses.len() as i64);
    if short {
        return Reply {
            blocks: vec![
                Block::line(Msg::new("mydata-sms-summary")),
                Block::line(counts),
                Block::line(Msg::new("mydata-sms-rest")),
            ],
            ..Reply::default()
        };
    }
    let mut blocks = vec![Block { lines: vec![Msg::new("mydata-export-title")], heading: true }];
    blocks.extend(profile_blocks(dir, &d.profile).into_iter().skip(1));
    let consents: Vec<Msg> = d
        .consents
        .iter()
        .map(|c| {
            let id = match (c.purpose, c.in_force()) {
                (Purpose::Matching, true) => "mydata-consent-matching",
                (Purpose::CvToCompany { .. }, true) => "mydata-consent-cv",
                (Purpose::Handover { .. }, true) => "mydata-consent-handover",
                (Purpose::Matching, false) => "mydata-consent-matching-withdrawn",
                (Purpose::CvToCompany { .. }, false) => "mydata-consent-cv-withdrawn",
                (Purpose::Handover { .. }, false) => "mydata-consent-handover-withdrawn",
            };
            Msg::new(id).text("about", c.about.clone().unwrap_or_default()).arg("date", Arg::When(c.given_at))
        })
        .collect();
    if !consents.is_empty() {
        blocks.push(Block {
            lines: [vec![Msg::new("mydata-consents-title")], consents].concat(),
            heading: false,
        });
    }
    let signups: Vec<Msg> = d
        .signups
        .iter()
        .map(|s| {
            Msg::new("mydata-signup")
                .text("title", s.title.clone())
                .arg("start", Arg::When(s.starts_at))
                .msg("status", Msg::new(&s.status.label_id()))
        })
        .collect();
    if !signups.is_empty() {
        blocks.push(Block {
            lines: [vec![Msg::new("mydata-signups-title")], signups].concat(),
            heading: false,
        });
    }
    // Who used the data: the newest ten (the file has them all).
    let uses: Vec<Msg> = d
        .uses
        .iter()
        .rev()
        .take(10)
        .map(|u| {
            Msg::new("mydata-use")
                .msg("action", Msg::new(&format!("mydata-action-{}", u.action)))
                .msg("by", Msg::new(&format!("mydata-by-{}", u.by)))
                .arg("date", Arg::When(u.at))
        })
        .collect();
    blocks.push(Block {
        lines: [
            vec![Msg::new("mydata-uses-title")],
            if uses.is_empty() { vec![Msg::new("mydata-uses-none")] } else { uses },
        ]
        .concat(),
        heading: false,
    });
    blocks.push(Block::line(counts));
    Reply { blocks, ..Reply::default() }
}
