//! The SMS channel: short numbered menus on the same engine, costed in segments, sent and
//! received through one of the gateways.

pub mod android;
pub mod gateway;
pub mod gatewayapi;
mod json;
pub mod kannel;
pub mod segments;

use std::sync::Arc;

use axum::Router;

use self::gateway::{Gateway, Text};
use super::text::{self, Style};
use crate::domain::sms::Sms;
use crate::domain::{Lang, Phone};
use crate::engine::{Channel, Reply};
use crate::i18n::Catalog;
use crate::outbox::{Outgoing, Receipt, SendError, Sender};
use crate::service::App;

/// The gateway chosen by configuration.
#[derive(Debug, Clone)]
pub enum AnyGateway {
    Kannel(kannel::Kannel),
    GatewayApi(gatewayapi::GatewayApi),
    Android(android::Android),
}

impl AnyGateway {
    pub fn routes(&self, app: App) -> Router {
        match self {
            AnyGateway::Kannel(k) => k.routes(app),
            AnyGateway::GatewayApi(g) => g.routes(app),
            AnyGateway::Android(a) => a.routes(app),
        }
    }
}

impl Gateway for AnyGateway {
    fn name(&self) -> &'static str {
        match self {
            AnyGateway::Kannel(k) => k.name(),
            AnyGateway::GatewayApi(g) => g.name(),
            AnyGateway::Android(a) => a.name(),
        }
    }

    async fn send(&self, text: Text<'_>) -> Result<(), SendError> {
        match self {
            AnyGateway::Kannel(k) => k.send(text).await,
            AnyGateway::GatewayApi(g) => g.send(text).await,
            AnyGateway::Android(a) => a.send(text).await,
        }
    }
}

/// Renders replies as short plain text, measures their cost, and hands them to the gateway.
pub struct SmsSender<G: Gateway> {
    pub gateway: G,
    pub catalog: Arc<Catalog>,
}

/// The SMS a reply becomes: its short rendering, with typographic characters in their GSM-7
/// form where that makes it GSM-7 (`domain::sms::Sms`), and what it costs.
pub fn sms(catalog: &Catalog, lang: Lang, reply: &Reply) -> Sms {
    Sms::new(text::render_with(catalog, lang, reply, Style::Short))
}

/// The text an SMS reply becomes, exactly as it is sent.
pub fn render(catalog: &Catalog, message: &Outgoing) -> String {
    sms(catalog, message.lang, &message.reply).into_text()
}

impl<G: Gateway> Sender for SmsSender<G> {
    fn channel(&self) -> Channel {
        Channel::Sms
    }

    async fn send(&self, message: &Outgoing) -> Result<Receipt, SendError> {
        let to =
            Phone::parse(&message.address).map_err(|_| SendError::Rejected("not a phone number".into()))?;
        let sms = sms(&self.catalog, message.lang, &message.reply);
        let cost = sms.cost();
        message.gate.wait().await?;
        self.gateway.send(Text { to: &to, body: sms.text(), cost, reference: message.id }).await?;
        message.gate.sent(None);
        Ok(Receipt { segments: Some(cost.segments.min(i16::MAX as usize) as i16) })
    }
}
