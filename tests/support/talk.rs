//! Someone talking to jobbro through the service: the real engine and store, no channel.
#![allow(dead_code)]

/// Someone talking to jobbro through the service, as a channel adapter would hand it their
/// messages: `say` and `press` return the message ids of the last reply to them.
pub struct Talk {
    pub app: jobbro::service::App,
    pub channel: jobbro::engine::Channel,
    pub address: String,
}

impl Talk {
    pub fn new(app: &jobbro::service::App, channel: jobbro::engine::Channel, address: &str) -> Talk {
        Talk { app: app.clone(), channel, address: address.into() }
    }

    pub async fn send(&self, input: jobbro::engine::Input) -> jobbro::engine::Reply {
        let inbound = jobbro::service::Inbound {
            channel: self.channel,
            address: self.address.clone(),
            external_id: None,
            lang_hint: Some(jobbro::domain::Lang::EN),
            input,
        };
        self.app.handle(inbound).await.unwrap();
        let payload: serde_json::Value = sqlx::query_scalar(
            "SELECT payload FROM outbox WHERE channel = $1 AND address = $2 ORDER BY id DESC LIMIT 1",
        )
        .bind(self.channel.code())
        .bind(&self.address)
        .fetch_one(&self.app.pool)
        .await
        .unwrap();
        serde_json::from_value(payload).unwrap()
    }

    pub async fn say(&self, text: &str) -> jobbro::engine::Reply {
        self.send(jobbro::engine::Input::Text(text.into())).await
    }

    /// Presses a button of the question this address was asked last (its token is stored).
    pub async fn press(&self, key: &str) -> jobbro::engine::Reply {
        let token: i64 = sqlx::query_scalar(
            "SELECT (c.state->>'token')::bigint FROM conversations c
             JOIN channel_identities ci ON ci.id = c.identity_id
             WHERE ci.channel = $1 AND ci.address = $2",
        )
        .bind(self.channel.code())
        .bind(&self.address)
        .fetch_one(&self.app.pool)
        .await
        .unwrap();
        self.send(jobbro::engine::Input::Choice { token: token as u32, key: key.into() }).await
    }
}

pub fn ids(reply: &jobbro::engine::Reply) -> Vec<String> {
    reply.blocks.iter().flat_map(|b| b.lines.iter().map(|m| m.id.clone())).collect()
}

/// The number arguments of a reply, to compare two answers apart from the number asked about.
pub fn without_numbers(reply: &jobbro::engine::Reply) -> String {
    serde_json::to_string(reply).unwrap().chars().filter(|c| !c.is_ascii_digit()).collect()
}
