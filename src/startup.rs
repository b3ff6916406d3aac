//! Building and running jobbro: the database (our own PostgreSQL when none is configured),
//! the Telegram bot with its outbox worker and HTTP server, or the terminal simulator.

use std::path::Path;
use std::sync::Arc;

use sqlx::PgPool;
use teloxide::prelude::*;
use tokio::sync::watch;

use crate::channels::sms::android::Android;
use crate::channels::sms::gateway::Gateway;
use crate::channels::sms::gatewayapi::GatewayApi;
use crate::channels::sms::kannel::Kannel;
use crate::channels::sms::{AnyGateway, SmsSender};
use crate::channels::{console, telegram};
use crate::config::{DeliveryArgs, RunArgs, Secrets};
use crate::i18n::Catalog;
use crate::local_pg::{Durability, LocalPostgres};
use crate::service::App;
use crate::{outbox, store};

/// The database pool, and our own server when we had to start one (stopped on drop).
pub async fn database(url: Option<&str>, data_dir: &Path) -> anyhow::Result<(PgPool, Option<LocalPostgres>)> {
    let Some(url) = url else { return local_database(data_dir).await };
    let pool = store::connect(url).await?;
    store::migrate(&pool).await?;
    Ok((pool, None))
}

/// Times a server found running on the data folder may fail us before we give up.
const ADOPT_ATTEMPTS: u32 = 3;

/// Our own PostgreSQL under `data_dir`, or the one another jobbro process runs there.
async fn local_database(data_dir: &Path) -> anyhow::Result<(PgPool, Option<LocalPostgres>)> {
    let dir = std::path::absolute(data_dir.join("postgres"))?;
    let mut attempt = 1;
    loop {
        let start_dir = dir.clone();
        let server =
            tokio::task::spawn_blocking(move || LocalPostgres::start(&start_dir, Durability::Durable))
                .await??;
        match open_local(&server).await {
            Ok(pool) => {
                if server.is_ours() {
                    tracing::info!(
                        port = server.port(),
                        "started local PostgreSQL under {}",
                        data_dir.display()
                    );
                } else {
                    tracing::info!("using the PostgreSQL already running under {}", data_dir.display());
                }
                return Ok((pool, Some(server)));
            }
            // `start` waits for a server that is stopping, but one may still go away under us
            // (stopped by hand, or its owner killed before an owner file existed): look again,
            // which now sees it stopping and waits for it. Bounded: each look waits at most a
            // minute, and a server we started ourselves is never given up on.
            Err(e) if !server.is_ours() && attempt < ADOPT_ATTEMPTS => {
                tracing::warn!(
                    error = %e,
                    attempt,
                    "the PostgreSQL already running under {} failed us; looking again",
                    data_dir.display()
                );
                drop(server);
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
                attempt += 1;
            }
            Err(e) => {
                return Err(e.context(format!(
                    "could not use the local PostgreSQL under {} (its log: {})",
                    data_dir.display(),
                    dir.join("server.log").display()
                )));
            }
        }
    }
}

/// Creates the `jobbro` database when missing, connects and applies the migrations.
async fn open_local(server: &LocalPostgres) -> anyhow::Result<PgPool> {
    let admin = store::connect(&server.url("postgres")).await?;
    let exists: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'jobbro')")
            .fetch_one(&admin)
            .await?;
    if !exists {
        sqlx::query("CREATE DATABASE jobbro").execute(&admin).await?;
    }
    admin.close().await;
    let pool = store::connect(&server.url("jobbro")).await?;
    store::migrate(&pool).await?;
    Ok(pool)
}

pub fn app(pool: PgPool) -> anyhow::Result<App> {
    Ok(App::new(pool, Arc::new(Catalog::load()?)))
}

/// The texts: built in, or from a folder (`JOBBRO_LOCALES`).
pub fn catalog(locales: Option<&Path>) -> anyhow::Result<Catalog> {
    Ok(match locales {
        Some(dir) => Catalog::from_dir(dir)?,
        None => Catalog::load()?,
    })
}

/// Copies the app's languages and labels into the database (see `service::languages`). Every
/// way of starting jobbro runs it before the first turn.
pub async fn sync_languages(app: &App) -> anyhow::Result<()> {
    crate::service::languages::sync(&app.pool, &app.catalog).await?;
    Ok(())
}

/// Runs the terminal simulator on stdin/stdout.
pub async fn chat(app: &App, user: &str) -> anyhow::Result<()> {
    let sender = console::ConsoleSender::new(app.clone(), std::io::stdout());
    let stdin = tokio::io::BufReader::new(tokio::io::stdin());
    console::run(app, user, stdin, &sender).await?;
    Ok(())
}

/// Days after which someone who wrote but never answered the consent question is forgotten.
pub const UNCONSENTED_DAYS: i32 = 30;

/// A running jobbro: its tasks and the address its HTTP server really got (port 0 is allowed).
pub struct RunningBot {
    pub addr: std::net::SocketAddr,
    stop: watch::Sender<bool>,
    polling: Option<tokio::task::JoinHandle<()>>,
    workers: Vec<tokio::task::JoinHandle<()>>,
    housekeeping: tokio::task::JoinHandle<()>,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl RunningBot {
    /// Stops taking updates, finishes the batch at hand, and stops the server and the workers.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        if let Some(p) = self.polling {
            let _ = p.await;
        }
        for worker in self.workers {
            let _ = worker.await;
        }
        self.housekeeping.abort();
        let _ = self.server.await;
    }
}

/// Starts the Telegram bot alone (the tests' way in).
pub async fn start_bot(app: App, bot: Bot, args: RunArgs, secrets: Secrets) -> anyhow::Result<RunningBot> {
    start(app, Some(bot), args, secrets).await
}

/// The configured SMS gateway, if any.
fn sms_gateway(
    args: &RunArgs,
    secrets: &Secrets,
    addr: std::net::SocketAddr,
) -> anyhow::Result<Option<AnyGateway>> {
    let Some(name) = args.sms.gateway.as_deref() else { return Ok(None) };
    let public_url = match &args.sms.public_url {
        Some(url) => url.clone(),
        None => format!("http://{addr}/").parse()?,
    };
    let required =
        |value: &Option<String>, message: &str| value.clone().ok_or_else(|| anyhow::anyhow!("{message}"));
    match name {
        "kannel" => {
            let token = required(&secrets.sms_token, "JOBBRO_SMS_TOKEN must be set to receive SMS")?;
            let password =
                required(&secrets.kannel_password, "JOBBRO_KANNEL_PASSWORD must be set for Kannel")?;
            // jobbro hands these to Kannel in X-Kannel-* headers, which take printable ASCII only.
            for (setting, value) in [
                ("JOBBRO_SMS_FROM", &args.sms.from),
                ("JOBBRO_KANNEL_USERNAME", &args.sms.kannel_username),
                ("JOBBRO_KANNEL_PASSWORD", &password),
            ] {
                if axum::http::HeaderValue::from_str(value).is_err() {
                    anyhow::bail!(
                        "{setting} must be printable ASCII for Kannel (it is sent in an HTTP header)"
                    );
                }
            }
            Ok(Some(AnyGateway::Kannel(Kannel::new(
                args.sms.kannel_sendsms_url.clone(),
                args.sms.kannel_username.clone(),
                password,
                args.sms.from.clone(),
                public_url,
                token,
            ))))
        }
        "gatewayapi" => {
            let token =
                required(&secrets.gatewayapi_token, "JOBBRO_GATEWAYAPI_TOKEN must be set for GatewayAPI")?;
            let webhook_secret = required(
                &secrets.gatewayapi_webhook_secret,
                "JOBBRO_GATEWAYAPI_WEBHOOK_SECRET must be set for GatewayAPI (the authentication token of its webhooks)",
            )?;
            if args.sms.public_url.is_none() {
                tracing::warn!("JOBBRO_PUBLIC_URL is unset: GatewayAPI cannot deliver delivery statuses");
            }
            Ok(Some(AnyGateway::GatewayApi(GatewayApi::new(
                args.sms.gatewayapi_url.clone(),
                token,
                args.sms.from.clone(),
                public_url,
                webhook_secret,
            ))))
        }
        "android" => {
            let url = args.sms.android_url.clone().ok_or_else(|| {
                anyhow::anyhow!("JOBBRO_ANDROID_URL must be set for SMS Gateway for Android")
            })?;
            let username = required(
                &args.sms.android_username,
                "JOBBRO_ANDROID_USERNAME must be set for SMS Gateway for Android",
            )?;
            let password = required(
                &secrets.android_password,
                "JOBBRO_ANDROID_PASSWORD must be set for SMS Gateway for Android",
            )?;
            let signing_key = required(
                &secrets.android_signing_key,
                "JOBBRO_ANDROID_SIGNING_KEY must be set for SMS Gateway for Android (Settings, Webhooks, Signing Key in the app)",
            )?;
            Ok(Some(AnyGateway::Android(Android::new(url, username, password, signing_key))))
        }
        other => anyhow::bail!("unknown SMS gateway {other}"),
    }
}

/// Starts jobbro's channels: Telegram (polling or webhook) when a bot is given, SMS when a
/// gateway is configured, an outbox worker for each, and one HTTP server for the webhooks,
/// the gateways and `/healthz`. Production and tests both start it here.
pub async fn start(
    app: App,
    bot: Option<Bot>,
    args: RunArgs,
    secrets: Secrets,
) -> anyhow::Result<RunningBot> {
    check_webhook_url(&args)?;
    let retention = args.retention.rules().map_err(|e| anyhow::anyhow!(e))?;
    let (stop, stop_rx) = watch::channel(false);
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let addr = listener.local_addr()?;
    let gateway = sms_gateway(&args, &secrets, addr)?;
    // After the settings are checked (a missing one is named without a database), before the
    // first update can arrive.
    sync_languages(&app).await?;
    let mut router =
        axum::Router::new().route("/healthz", axum::routing::get(healthz)).with_state(app.clone());
    let mut workers = Vec::new();
    let mut polling = None;
    let sender_bot = bot.clone();

    if let Some(bot) = bot {
        if let Err(e) = telegram::set_commands(&bot, &app.catalog).await {
            tracing::warn!(error = %telegram::describe(&e), "could not set the command menu");
        }
        match &args.webhook_url {
            Some(url) => {
                let secret = secrets.webhook_secret.clone().ok_or_else(|| {
                    anyhow::anyhow!("JOBBRO_WEBHOOK_SECRET must be set with JOBBRO_WEBHOOK_URL")
                })?;
                let hook = url.join(telegram::webhook::PATH.trim_start_matches('/'))?;
                bot.set_webhook(hook)
                    .secret_token(secret.clone())
                    .await
                    .map_err(|e| anyhow::anyhow!(telegram::describe(&e)))?;
                router = router.merge(telegram::webhook::router(app.clone(), bot.clone(), secret));
            }
            None => polling = Some(tokio::spawn(telegram::poll(app.clone(), bot.clone(), stop_rx.clone()))),
        }
    }
    if let Some(gateway) = &gateway {
        router = router.merge(gateway.routes(app.clone()));
    }
    workers.extend(senders(&app, sender_bot, gateway, &args.delivery, &stop_rx));
    let router = crate::channels::http::harden(router, args.http.timeouts());

    // Reminders are decided in the database, so every process may run this loop: a reminder
    // is queued by whichever gets there first, once.
    workers.push(tokio::spawn(crate::reminders::run(
        app.pool.clone(),
        app.outbox_ready.clone(),
        stop_rx.clone(),
    )));
    // Likewise a broadcast's progress and report: whoever holds the broadcast's row updates it.
    workers.push(tokio::spawn(crate::broadcasts::run(
        app.pool.clone(),
        app.outbox_ready.clone(),
        stop_rx.clone(),
    )));

    let pool = app.pool.clone();
    let keep_days = args.delivery.keep_days;
    let outbox_ready = app.outbox_ready.clone();
    let housekeeping = tokio::spawn(async move {
        let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            if let Err(e) = store::identity::prune_processed(&pool).await {
                tracing::warn!(error = %e, "could not prune the processed-update log");
            }
            match store::identity::prune_unconsented(&pool, UNCONSENTED_DAYS).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(count = n, "forgot first contacts that never consented"),
                Err(e) => tracing::warn!(error = %e, "could not forget unconsented first contacts"),
            }
            if let Err(e) = store::limits::prune(&pool).await {
                tracing::warn!(error = %e, "could not prune the per-address limits");
            }
            match store::outbox::scrub_delivered(&pool, keep_days).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(count = n, keep_days, "forgot the address and text of old messages"),
                Err(e) => tracing::warn!(error = %e, "could not scrub old messages"),
            }
            // Decided per person in the database, so every process may run it (see
            // `service::retention`); hourly is precise enough for periods counted in days.
            match crate::service::retention::tick(&pool, &retention, chrono::Utc::now()).await {
                Ok(done) if done == crate::service::retention::Tick::default() => {}
                Ok(done) => {
                    tracing::info!(
                        told = done.told,
                        untold = done.untold,
                        erased = done.erased,
                        withdrawn = done.withdrawn,
                        "retention rules applied"
                    );
                    // Notices, and the seats erased profiles held going to the waitlist.
                    outbox_ready.notify_waiters();
                }
                Err(e) => tracing::warn!(error = %e, "could not apply the retention rules"),
            }
        }
    });
    tracing::info!(%addr, telegram = ?polling.is_some(), sms = ?args.sms.gateway, "jobbro is running");
    let mut server_stop = stop_rx.clone();
    let server = tokio::spawn(async move {
        axum::serve(listener, router)
            .with_graceful_shutdown(async move {
                let _ = server_stop.wait_for(|s| *s).await;
            })
            .await
    });
    Ok(RunningBot { addr, stop, polling, workers, housekeeping, server })
}

/// Telegram calls only HTTPS webhooks: an http:// URL is a mistake (Telegram refuses it, or a
/// proxy in between sees the secret token), unless someone tests locally and says so.
fn check_webhook_url(args: &RunArgs) -> anyhow::Result<()> {
    match &args.webhook_url {
        Some(url) if url.scheme() != "https" && !args.webhook_allow_http => anyhow::bail!(
            "JOBBRO_WEBHOOK_URL must be an https:// URL: Telegram calls webhooks only over HTTPS \
             (for a local test without TLS, set JOBBRO_WEBHOOK_ALLOW_HTTP=true or --webhook-allow-http)"
        ),
        _ => Ok(()),
    }
}

/// The outbox workers for the channels at hand, with their pace and retry settings.
fn senders(
    app: &App,
    bot: Option<Bot>,
    gateway: Option<AnyGateway>,
    delivery: &DeliveryArgs,
    stop: &watch::Receiver<bool>,
) -> Vec<tokio::task::JoinHandle<()>> {
    let retry = outbox::RetryRules {
        give_up_after: std::time::Duration::from_secs(delivery.give_up_minutes * 60),
        ..outbox::RetryRules::default()
    };
    let lease = std::time::Duration::from_secs(delivery.lease_secs);
    let mut workers = Vec::new();
    if let Some(bot) = bot {
        let settings = outbox::Settings {
            chat_interval: std::time::Duration::from_millis(delivery.telegram_chat_interval_ms),
            sms_fallback: gateway.is_some(),
            retry,
            lease,
            ..outbox::Settings::paced("telegram", delivery.telegram_rate)
        };
        let sender = telegram::TelegramSender { bot, catalog: app.catalog.clone(), pool: app.pool.clone() };
        workers.push(spawn_sender(app, sender, settings, stop));
    }
    if let Some(gateway) = gateway {
        let default_rate = if matches!(gateway, AnyGateway::Android(_)) { 1.0 } else { 10.0 };
        let key = format!("sms:{}", gateway.name());
        let settings = outbox::Settings {
            retry,
            lease,
            ..outbox::Settings::paced(&key, delivery.sms_rate.unwrap_or(default_rate))
        };
        let sender = SmsSender { gateway, catalog: app.catalog.clone() };
        workers.push(spawn_sender(app, sender, settings, stop));
    }
    workers
}

/// One channel's outbox worker, woken when a turn of this process queues replies.
fn spawn_sender<S: outbox::Sender + 'static>(
    app: &App,
    sender: S,
    settings: outbox::Settings,
    stop: &watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(outbox::run(app.pool.clone(), app.outbox_ready.clone(), sender, settings, stop.clone()))
}

/// Runs until Ctrl-C or SIGTERM.
pub async fn run(app: App, args: RunArgs, secrets: Secrets) -> anyhow::Result<()> {
    // Reads TELOXIDE_TOKEN and TELOXIDE_API_URL (a self-hosted or test Bot API server).
    let bot = secrets.telegram_token.as_ref().map(|_| Bot::from_env());
    let running = start(app, bot, args, secrets).await?;
    shutdown_signal().await?;
    tracing::info!("stopping");
    running.stop().await;
    Ok(())
}

/// `jobbro deliver`: only the outbox workers, until Ctrl-C or SIGTERM; then messages being
/// sent are finished and recorded, and the rest go back to the queue for the other senders.
pub async fn deliver(app: App, args: RunArgs, secrets: Secrets) -> anyhow::Result<()> {
    let bot = secrets.telegram_token.as_ref().map(|_| Bot::from_env());
    // Delivery reports reach whichever process serves the gateway's callbacks (jobbro run).
    let gateway = sms_gateway(&args, &secrets, args.listen)?;
    if bot.is_none() && gateway.is_none() {
        anyhow::bail!("nothing to deliver: set TELOXIDE_TOKEN or JOBBRO_SMS_GATEWAY");
    }
    let (stop, stop_rx) = watch::channel(false);
    let workers = senders(&app, bot, gateway, &args.delivery, &stop_rx);
    tracing::info!("delivering");
    shutdown_signal().await?;
    tracing::info!("stopping");
    let _ = stop.send(true);
    for worker in workers {
        let _ = worker.await;
    }
    Ok(())
}

async fn shutdown_signal() -> anyhow::Result<()> {
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        r = tokio::signal::ctrl_c() => r?,
        _ = terminate.recv() => {}
    }
    Ok(())
}

async fn healthz(
    axum::extract::State(app): axum::extract::State<App>,
) -> (axum::http::StatusCode, &'static str) {
    match sqlx::query("SELECT 1").execute(&app.pool).await {
        Ok(_) => (axum::http::StatusCode::OK, "ok"),
        Err(_) => (axum::http::StatusCode::SERVICE_UNAVAILABLE, "database unreachable"),
    }
}
