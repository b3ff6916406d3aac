//! The whole of jobbro as it runs: the real start-up with Telegram (against the fake Bot API)
//! and SMS (through a real Kannel), on a fresh PostgreSQL. Shared by the end-to-end stories.

use std::time::Duration;

use jobbro::config::{RunArgs, Secrets};
use jobbro::startup::{self, RunningBot};
use sqlx::PgPool;

use super::db::fresh_db;
use super::fake_bot_api::{FakeBotApi, FakeUser, SentMessage};
use super::kannel::{FakePhone, Kannel, Ports, Received, SENDSMS_PASSWORD};
use super::registration::button;

pub const TOKEN: &str = "123456:STORY";
const SMS_TOKEN: &str = "story-sms-secret";
pub const WAIT: Duration = Duration::from_secs(15);

pub struct Stack {
    pub api: FakeBotApi,
    pub pool: PgPool,
    pub url: String,
    _jobbro: RunningBot,
    _kannel: Kannel,
    pub phone: FakePhone,
}

impl Stack {
    pub async fn start() -> Stack {
        Stack::start_with(jobbro::i18n::Catalog::load().expect("locales load")).await
    }

    /// The stack speaking the languages of `catalog` (a locale folder of a test's own).
    pub async fn start_with(catalog: jobbro::i18n::Catalog) -> Stack {
        jobbro::telemetry::init();
        let api = FakeBotApi::start().await;
        let (pool, url) = fresh_db().await;
        let ports = Ports::pick();
        let args = RunArgs {
            // Replies are not spaced a second apart per chat here: the stories have many turns.
            delivery: jobbro::config::DeliveryArgs { telegram_chat_interval_ms: 0, ..Default::default() },
            ..super::kannel::jobbro_args(&ports.sendsms_url())
        };
        let secrets = Secrets {
            telegram_token: Some(TOKEN.into()),
            sms_token: Some(SMS_TOKEN.into()),
            kannel_password: Some(SENDSMS_PASSWORD.into()),
            ..Secrets::default()
        };
        let app = jobbro::service::App::new(pool.clone(), std::sync::Arc::new(catalog));
        let jobbro = startup::start(app, Some(api.bot(TOKEN)), args, secrets).await.unwrap();
        let kannel = Kannel::start(ports, &format!("http://{}", jobbro.addr), SMS_TOKEN);
        let phone = FakePhone::connect(ports).await;
        Stack { api, pool, url, _jobbro: jobbro, _kannel: kannel, phone }
    }

    pub async fn say(&self, user: &FakeUser, said: &str) -> Vec<SentMessage> {
        self.api.push_text(user, said);
        self.api.next_replies(user.id, WAIT).await
    }

    pub async fn press(&self, user: &FakeUser, last: &[SentMessage], key: &str) -> Vec<SentMessage> {
        let (message, data) = button(last, key);
        self.api.push_callback(user, message.message_id, &data);
        self.api.next_replies(user.id, WAIT).await
    }

    /// An SMS from `from`, and the next SMS jobbro sends (to anyone).
    pub async fn sms(&mut self, from: &str, said: &str) -> Received {
        self.phone.send(from, said).await;
        self.phone.receive(WAIT).await
    }

    pub async fn tick_reminders(&self, at: chrono::DateTime<chrono::Utc>) -> jobbro::reminders::Tick {
        let dir = jobbro::store::directory::load(&self.pool).await.unwrap();
        jobbro::reminders::tick(&self.pool, &dir, at).await.unwrap()
    }

    /// A coordinator on Telegram, by a one-time code sent to the bot.
    pub async fn coordinator(&self, user: &FakeUser) {
        let code = super::coordination::coordinator_code(&self.pool).await;
        self.say(user, &code).await;
    }

    /// Waits until every queued message was handled (sent or failed), up to `WAIT`.
    pub async fn settle(&self) {
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let unfinished: i64 =
                sqlx::query_scalar("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')")
                    .fetch_one(&self.pool)
                    .await
                    .unwrap();
            if unfinished == 0 {
                return;
            }
            assert!(std::time::Instant::now() < deadline, "{unfinished} messages still waiting");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
