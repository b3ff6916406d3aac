//! Settings, from the command line or the environment. Secrets (the bot token, the webhook
//! secret) only come from the environment and never appear in `Debug` output.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "jobbro",
    version,
    about = "Job bridge: registration and matching for newly arrived asylum seekers in Denmark"
)]
pub struct Cli {
    /// PostgreSQL URL. When unset, jobbro starts its own server under <data-dir>/postgres.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,
    /// Folder for jobbro's own PostgreSQL when DATABASE_URL is unset.
    #[arg(long, env = "JOBBRO_DATA_DIR", default_value = ".jobbro", global = true)]
    pub data_dir: PathBuf,
    /// Read the texts from this folder (laid out like locales/: one sub-folder per language)
    /// instead of those built in: a language can be added or corrected without a new build.
    #[arg(long, env = "JOBBRO_LOCALES", global = true)]
    pub locales: Option<PathBuf>,
    /// What one SMS segment costs, in DKK ("0.25"): the desk shows what a broadcast will cost
    /// and, under /stats, what SMS cost. Read by every command that runs turns (the desk works
    /// in `jobbro chat` too).
    #[arg(long, env = "JOBBRO_SMS_PRICE", default_value = "0.25", global = true, value_parser = crate::domain::sms::Price::parse)]
    pub sms_price: crate::domain::sms::Price,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Subcommand)]
pub enum Cmd {
    /// Run the bot (the default). Without TELOXIDE_TOKEN, opens the terminal simulator instead.
    Run(Box<RunArgs>),
    /// Chat with jobbro in the terminal, as a person registering would (reads stdin).
    Chat {
        /// The simulated person's name (their address on the console channel), 1 to 64 characters.
        #[arg(long, default_value = "console-user", value_parser = console_user)]
        user: String,
    },
    /// Only deliver queued messages (no updates, no HTTP server): run any number, on any
    /// machines, against one database. Same settings as run.
    Deliver(Box<RunArgs>),
    /// Apply database migrations and exit.
    Migrate,
    /// Administration.
    Admin {
        #[command(subcommand)]
        command: AdminCmd,
    },
    /// Write CVs as a PDF: one person's, or those of everyone with a confirmed seat for an
    /// opportunity who consented to their CV going to its company (for the company hosting it).
    /// Each CV written is recorded in the audit trail.
    Cv {
        /// The person: their id or phone number (a number two people gave is refused).
        #[arg(required_unless_present = "opportunity", conflicts_with = "opportunity")]
        person: Option<String>,
        /// Everyone with a confirmed seat for this opportunity and consent to send their CV to
        /// its company, one person a page.
        #[arg(long)]
        opportunity: Option<i64>,
        /// The CV's language.
        #[arg(long, default_value = "da", value_parser = ["da", "en"])]
        lang: String,
        /// The PDF file to write.
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(clap::Args)]
pub struct RunArgs {
    /// Public HTTPS URL of this server; when set, Telegram delivers updates by webhook to
    /// <url>/telegram/webhook instead of long polling.
    #[arg(long, env = "JOBBRO_WEBHOOK_URL")]
    pub webhook_url: Option<url::Url>,
    /// Accept an http:// JOBBRO_WEBHOOK_URL. For local tests only: Telegram calls only HTTPS
    /// webhooks, and the secret token would cross the network in the clear.
    #[arg(long, env = "JOBBRO_WEBHOOK_ALLOW_HTTP", value_parser = clap::builder::BoolishValueParser::new())]
    pub webhook_allow_http: bool,
    /// Address the HTTP server (webhooks, SMS gateways, /healthz) listens on.
    #[arg(long, env = "JOBBRO_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    #[command(flatten)]
    pub sms: SmsArgs,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
    #[command(flatten)]
    pub http: HttpArgs,
    #[command(flatten)]
    pub retention: RetentionArgs,
}

/// How long profiles nobody uses are kept (`service::retention`, hourly in `jobbro run`).
#[derive(clap::Args, Clone, Debug)]
pub struct RetentionArgs {
    /// Months a registered profile is kept without any message from the person.
    #[arg(long, env = "JOBBRO_PROFILE_KEEP_MONTHS", default_value_t = 18, value_parser = clap::value_parser!(u32).range(1..=1200))]
    pub profile_keep_months: u32,
    /// Days a registration started (and consented to) but never finished is kept without any
    /// message from the person.
    #[arg(long, env = "JOBBRO_DRAFT_KEEP_DAYS", default_value_t = 90, value_parser = clap::value_parser!(u32).range(1..=36500))]
    pub draft_keep_days: u32,
    /// Days before either erasure the person is told (and any reply keeps the profile).
    #[arg(long, env = "JOBBRO_RETENTION_NOTICE_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=36500))]
    pub notice_days: u32,
}

impl Default for RetentionArgs {
    /// The defaults above.
    fn default() -> RetentionArgs {
        let rules = crate::domain::retention::Rules::default();
        RetentionArgs {
            profile_keep_months: rules.profile_keep_months,
            draft_keep_days: rules.draft_keep_days,
            notice_days: rules.notice_days,
        }
    }
}

impl RetentionArgs {
    /// The rules, checked: the notice must come before the erasure it announces.
    pub fn rules(&self) -> Result<crate::domain::retention::Rules, String> {
        crate::domain::retention::Rules::parse(
            self.profile_keep_months,
            self.draft_keep_days,
            self.notice_days,
        )
    }
}

/// Timeouts of the HTTP server (webhooks, SMS gateways). A request over one is answered 408
/// and changes nothing; the caller (Telegram, the gateway) tries again later.
#[derive(clap::Args, Clone, Debug)]
pub struct HttpArgs {
    /// Longest pause, in seconds, while a request body is being received.
    #[arg(long = "http-body-timeout-secs", env = "JOBBRO_HTTP_BODY_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub body_timeout_secs: u64,
    /// Longest time, in seconds, for a whole request, the turn it runs included. Below the
    /// 15 s GatewayAPI waits for an answer, so a stuck request fails here first.
    #[arg(long = "http-timeout-secs", env = "JOBBRO_HTTP_TIMEOUT_SECS", default_value_t = 14, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout_secs: u64,
}

impl Default for HttpArgs {
    /// The defaults above.
    fn default() -> HttpArgs {
        HttpArgs { body_timeout_secs: 10, timeout_secs: 14 }
    }
}

impl HttpArgs {
    pub fn timeouts(&self) -> crate::channels::http::Timeouts {
        crate::channels::http::Timeouts {
            body: std::time::Duration::from_secs(self.body_timeout_secs),
            request: std::time::Duration::from_secs(self.timeout_secs),
        }
    }
}

/// How fast and how persistently queued messages are delivered. Rates hold for all jobbro
/// processes on the database together.
#[derive(clap::Args, Clone, Debug)]
pub struct DeliveryArgs {
    /// Telegram messages per second (Telegram allows about 30).
    #[arg(long, env = "JOBBRO_TELEGRAM_RATE", default_value_t = 30.0, value_parser = rate)]
    pub telegram_rate: f64,
    /// Least time between two messages to one Telegram chat, in milliseconds (Telegram: 1 s).
    #[arg(long, env = "JOBBRO_TELEGRAM_CHAT_INTERVAL_MS", default_value_t = 1000)]
    pub telegram_chat_interval_ms: u64,
    /// SMS per second through the gateway; unset: 10 for Kannel and GatewayAPI, 1 for a phone.
    #[arg(long, env = "JOBBRO_SMS_RATE", value_parser = rate)]
    pub sms_rate: Option<f64>,
    /// Minutes after queuing when a message that keeps failing temporarily is given up.
    #[arg(long, env = "JOBBRO_OUTBOX_GIVE_UP_MINUTES", default_value_t = 60)]
    pub give_up_minutes: u64,
    /// Seconds a sender's claim on a message lasts; a message whose sender died goes out after it.
    #[arg(long, env = "JOBBRO_OUTBOX_LEASE_SECS", default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..))]
    pub lease_secs: u64,
    /// Days a sent or given-up message keeps its address and text; after that only its
    /// channel, kind, status, times and SMS segments stay, for statistics.
    #[arg(long, env = "JOBBRO_OUTBOX_KEEP_DAYS", default_value_t = 90, value_parser = clap::value_parser!(u32).range(1..))]
    pub keep_days: u32,
}

impl Default for DeliveryArgs {
    /// The defaults above.
    fn default() -> DeliveryArgs {
        DeliveryArgs {
            telegram_rate: 30.0,
            telegram_chat_interval_ms: 1000,
            sms_rate: None,
            give_up_minutes: 60,
            lease_secs: 120,
            keep_days: 90,
        }
    }
}

fn rate(value: &str) -> Result<f64, String> {
    match value.trim().parse::<f64>() {
        Ok(r) if r.is_finite() && r > 0.0 => Ok(r),
        _ => Err("a rate is a number of messages per second above 0".into()),
    }
}

/// The SMS gateway, when jobbro also talks SMS.
#[derive(clap::Args, Clone, Debug)]
pub struct SmsArgs {
    /// The SMS gateway to use; unset: no SMS.
    #[arg(long = "sms-gateway", env = "JOBBRO_SMS_GATEWAY", value_parser = ["kannel", "gatewayapi", "android"])]
    pub gateway: Option<String>,
    /// Sender shown on people's phones (a number or up to 11 letters).
    #[arg(long = "sms-from", env = "JOBBRO_SMS_FROM", default_value = "jobbro")]
    pub from: String,
    /// URL where the SMS gateway reaches this server (for delivery reports).
    #[arg(long = "public-url", env = "JOBBRO_PUBLIC_URL")]
    pub public_url: Option<url::Url>,
    /// Kannel's sendsms interface.
    #[arg(long, env = "JOBBRO_KANNEL_SENDSMS_URL", default_value = "http://127.0.0.1:13013/cgi-bin/sendsms")]
    pub kannel_sendsms_url: url::Url,
    /// Kannel sendsms user.
    #[arg(long, env = "JOBBRO_KANNEL_USERNAME", default_value = "jobbro")]
    pub kannel_username: String,
    /// GatewayAPI's REST API (https://gatewayapi.eu for its EU platform).
    #[arg(long, env = "JOBBRO_GATEWAYAPI_URL", default_value = "https://gatewayapi.com")]
    pub gatewayapi_url: url::Url,
    /// SMS Gateway for Android's API: the phone's local server (http://<phone>:8080) or the
    /// cloud server (https://api.sms-gate.app/3rdparty/v1).
    #[arg(long, env = "JOBBRO_ANDROID_URL")]
    pub android_url: Option<url::Url>,
    /// SMS Gateway for Android's user name (shown in the app).
    #[arg(long, env = "JOBBRO_ANDROID_USERNAME")]
    pub android_username: Option<String>,
}

#[derive(Subcommand)]
pub enum AdminCmd {
    /// Manage the places (asylum centres, municipalities) offered during registration.
    Place {
        #[command(subcommand)]
        command: PlaceCmd,
    },
    /// Print a one-time code that makes whoever sends it to the bot a coordinator (or admin).
    Invite {
        #[arg(long, value_parser = ["coordinator", "admin"], default_value = "coordinator")]
        role: String,
        /// How long the code stays valid, in hours.
        #[arg(long, default_value_t = 72, value_parser = clap::value_parser!(u32).range(1..=24 * 30))]
        hours: u32,
        /// Who the code is for (shown in the staff list), e.g. "Mette, Sønderborg".
        #[arg(long, value_parser = staff_note)]
        note: Option<String>,
    },
    /// Remove a person and every row that names them, as "Delete my data" does (a seat they
    /// held goes to the next on the waitlist, who is told). The person is given by their id or
    /// by their phone number; a number more than one person gave is refused.
    Erase {
        /// The person's id (a UUID), or their phone number (+45 20 12 34 56, 20123456).
        person: String,
    },
    /// The audit trail: who opened or erased whose data, and when.
    Audit {
        /// Only the rows about this person (their id).
        #[arg(long)]
        person: Option<uuid::Uuid>,
    },
    /// Who has a staff role, and taking one back.
    Staff {
        #[command(subcommand)]
        command: StaffCmd,
    },
}

#[derive(Subcommand)]
pub enum StaffCmd {
    /// Everyone with a staff role in force (with --all, also those whose role was taken back).
    List {
        #[arg(long)]
        all: bool,
    },
    /// Take a staff role back at once (a lost phone, someone who left): the number from `list`.
    Revoke { number: i32 },
}

fn staff_note(note: &str) -> Result<String, String> {
    crate::domain::text::clean(note, crate::domain::text::Field::Line { max: 80 })
        .map_err(|_| "a note is 1 to 80 characters with letters".to_string())
}

#[derive(Subcommand)]
pub enum PlaceCmd {
    /// Add a place (or re-activate one).
    Add {
        #[arg(long, value_parser = ["asylum_centre", "municipality"])]
        kind: String,
        name: String,
    },
    /// List the places offered.
    List,
}

impl RunArgs {
    /// The run settings when no subcommand is given: environment, then defaults.
    pub fn default_from_env() -> RunArgs {
        #[derive(Parser)]
        struct Only {
            #[command(flatten)]
            args: RunArgs,
        }
        Only::parse_from(["jobbro"]).args
    }
}

fn console_user(name: &str) -> Result<String, String> {
    let name = name.trim();
    match name.chars().count() {
        1..=64 => Ok(name.to_string()),
        _ => Err("the user name must have 1 to 64 characters".into()),
    }
}

impl Default for SmsArgs {
    /// No SMS.
    fn default() -> SmsArgs {
        SmsArgs {
            gateway: None,
            from: "jobbro".into(),
            public_url: None,
            kannel_sendsms_url: "http://127.0.0.1:13013/cgi-bin/sendsms".parse().expect("static URL"),
            kannel_username: "jobbro".into(),
            gatewayapi_url: "https://gatewayapi.com".parse().expect("static URL"),
            android_url: None,
            android_username: None,
        }
    }
}

/// Secrets read from the environment only.
#[derive(Default)]
pub struct Secrets {
    pub telegram_token: Option<String>,
    pub webhook_secret: Option<String>,
    /// Shared secret the SMS gateway puts in every URL it calls (JOBBRO_SMS_TOKEN).
    pub sms_token: Option<String>,
    /// Kannel's sendsms password (JOBBRO_KANNEL_PASSWORD).
    pub kannel_password: Option<String>,
    /// GatewayAPI's API token (JOBBRO_GATEWAYAPI_TOKEN).
    pub gatewayapi_token: Option<String>,
    /// The authentication token of the GatewayAPI webhooks, which sign with it
    /// (JOBBRO_GATEWAYAPI_WEBHOOK_SECRET).
    pub gatewayapi_webhook_secret: Option<String>,
    /// SMS Gateway for Android's password (JOBBRO_ANDROID_PASSWORD).
    pub android_password: Option<String>,
    /// The key SMS Gateway for Android signs its webhooks with (JOBBRO_ANDROID_SIGNING_KEY).
    pub android_signing_key: Option<String>,
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Secrets")
            .field("telegram_token", &self.telegram_token.as_ref().map(|_| "<set>"))
            .field("webhook_secret", &self.webhook_secret.as_ref().map(|_| "<set>"))
            .field("sms_token", &self.sms_token.as_ref().map(|_| "<set>"))
            .field("kannel_password", &self.kannel_password.as_ref().map(|_| "<set>"))
            .field("gatewayapi_token", &self.gatewayapi_token.as_ref().map(|_| "<set>"))
            .field("gatewayapi_webhook_secret", &self.gatewayapi_webhook_secret.as_ref().map(|_| "<set>"))
            .field("android_password", &self.android_password.as_ref().map(|_| "<set>"))
            .field("android_signing_key", &self.android_signing_key.as_ref().map(|_| "<set>"))
            .finish()
    }
}

impl Secrets {
    pub fn from_env() -> Secrets {
        let get = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Secrets {
            telegram_token: get("TELOXIDE_TOKEN"),
            webhook_secret: get("JOBBRO_WEBHOOK_SECRET"),
            sms_token: get("JOBBRO_SMS_TOKEN"),
            kannel_password: get("JOBBRO_KANNEL_PASSWORD"),
            gatewayapi_token: get("JOBBRO_GATEWAYAPI_TOKEN"),
            gatewayapi_webhook_secret: get("JOBBRO_GATEWAYAPI_WEBHOOK_SECRET"),
            android_password: get("JOBBRO_ANDROID_PASSWORD"),
            android_signing_key: get("JOBBRO_ANDROID_SIGNING_KEY"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(args: &[&str]) -> RunArgs {
        match Cli::try_parse_from(args).map(|cli| cli.command) {
            Ok(Some(Cmd::Run(args))) => *args,
            Ok(_) => panic!("not the run command"),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn http_settings_have_defaults_and_flags() {
        let defaults = run_args(&["jobbro", "run"]);
        assert!(!defaults.webhook_allow_http, "plain-HTTP webhooks need asking for");
        assert_eq!((defaults.http.body_timeout_secs, defaults.http.timeout_secs), (10, 14));
        let set = run_args(&[
            "jobbro",
            "run",
            "--webhook-allow-http",
            "--http-body-timeout-secs",
            "2",
            "--http-timeout-secs",
            "5",
        ]);
        assert!(set.webhook_allow_http);
        assert_eq!((set.http.body_timeout_secs, set.http.timeout_secs), (2, 5));
        assert!(
            Cli::try_parse_from(["jobbro", "run", "--http-timeout-secs", "0"]).is_err(),
            "0 s is no timeout"
        );
    }

    #[test]
    fn the_sms_price_has_a_default_and_a_wrong_one_stops_the_start() {
        let cli = Cli::try_parse_from(["jobbro", "run"]).unwrap();
        assert_eq!(cli.sms_price, crate::domain::sms::Price::DEFAULT);
        let cli = Cli::try_parse_from(["jobbro", "chat", "--sms-price", "0,1875"]).unwrap();
        assert_eq!(cli.sms_price.to_string(), "0.1875");
        let wrong = Cli::try_parse_from(["jobbro", "run", "--sms-price", "25 øre"]).err().expect("refused");
        assert!(wrong.to_string().contains("no price per SMS segment"), "{wrong}");
    }

    #[test]
    fn retention_settings_have_defaults_and_are_checked() {
        let defaults = run_args(&["jobbro", "run"]);
        assert_eq!(defaults.retention.rules(), Ok(crate::domain::retention::Rules::default()));
        let set = run_args(&[
            "jobbro",
            "run",
            "--profile-keep-months",
            "12",
            "--draft-keep-days",
            "60",
            "--notice-days",
            "14",
        ]);
        let rules = set.retention.rules().unwrap();
        assert_eq!((rules.profile_keep_months, rules.draft_keep_days, rules.notice_days), (12, 60, 14));
        let late = run_args(&["jobbro", "run", "--draft-keep-days", "30"]);
        assert!(late.retention.rules().is_err(), "a notice as long as the keeping time");
    }
}
