use clap::Parser;

use jobbro::config::{AdminCmd, Cli, Cmd, PlaceCmd, RunArgs, Secrets, StaffCmd};
use jobbro::domain::opportunity::Role;
use jobbro::domain::reply::Document;
use jobbro::domain::{Lang, PlaceKind};
use jobbro::{startup, store, telemetry};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    telemetry::init();
    let cli = Cli::parse();
    let secrets = Secrets::from_env();
    let (pool, _server) = startup::database(cli.database_url.as_deref(), &cli.data_dir).await?;
    let catalog = startup::catalog(cli.locales.as_deref())?;
    let app =
        jobbro::service::App::new(pool.clone(), std::sync::Arc::new(catalog)).with_sms_price(cli.sms_price);
    startup::sync_languages(&app).await?;
    match cli.command.unwrap_or_else(|| Cmd::Run(Box::new(RunArgs::default_from_env()))) {
        Cmd::Run(args) => match (&secrets.telegram_token, &args.sms.gateway) {
            (Some(_), _) | (_, Some(_)) => startup::run(app, *args, secrets).await?,
            (None, None) => {
                eprintln!(
                    "Neither TELOXIDE_TOKEN nor JOBBRO_SMS_GATEWAY is set: opening the terminal simulator (jobbro chat). Ctrl-D ends it."
                );
                startup::chat(&app, "console-user").await?;
            }
        },
        Cmd::Deliver(args) => startup::deliver(app, *args, secrets).await?,
        Cmd::Chat { user } => startup::chat(&app, &user).await?,
        Cmd::Migrate => eprintln!("migrations applied"),
        Cmd::Admin { command: AdminCmd::Invite { role, hours, note } } => {
            let role = Role::parse(&role).expect("clap checked the value");
            let expires = chrono::Utc::now() + chrono::Duration::hours(i64::from(hours));
            let made = store::staff::InviteFor { note: note.as_deref(), created_by: None };
            let code = store::staff::create_invite(&pool, role, expires, made).await?;
            // The code goes to stdout only: it is a secret for one person, not a log line.
            println!("{code}");
            eprintln!(
                "One-time {} code, valid until {} (Danish time). Whoever sends it to the bot gets the role.",
                role.code(),
                expires.with_timezone(&chrono_tz::Europe::Copenhagen).format("%d.%m.%Y %H:%M")
            );
        }
        Cmd::Admin { command: AdminCmd::Staff { command: StaffCmd::List { all } } } => {
            let danish = |t: chrono::DateTime<chrono::Utc>| {
                t.with_timezone(&chrono_tz::Europe::Copenhagen).format("%d.%m.%Y %H:%M").to_string()
            };
            println!("number\trole\tchannel\tnote\tgranted\tlast seen\trevoked");
            for m in store::staff::list(&pool, all, None).await? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    m.number,
                    m.role.code(),
                    m.channel.code(),
                    m.note.as_deref().unwrap_or("-"),
                    danish(m.granted_at),
                    danish(m.last_seen),
                    m.revoked_at.map(danish).unwrap_or_else(|| "-".into()),
                );
            }
        }
        Cmd::Admin { command: AdminCmd::Staff { command: StaffCmd::Revoke { number } } } => {
            let mut tx = pool.begin().await?;
            let done = jobbro::service::staff::revoke(&mut tx, number, None).await?;
            tx.commit().await?;
            if !done {
                pool.close().await;
                anyhow::bail!("no staff member {number} with a role in force (see: jobbro admin staff list)");
            }
            println!("staff member {number}: role taken back");
        }
        Cmd::Admin { command: AdminCmd::Erase { person } } => {
            let id = one_person(&pool, &person, "nothing erased").await?;
            let mut tx = pool.begin().await?;
            jobbro::service::seats::erase(&mut tx, id).await?;
            store::audit::record(&mut tx, store::audit::Action::Erased, id, store::audit::By::Admin).await?;
            tx.commit().await?;
            // The id only: the number given may be the person's, and stdout may be logged.
            println!("person {id}: erased");
        }
        Cmd::Cv { person, opportunity, lang, output } => {
            let lang = Lang::parse(&lang).expect("clap checked the value");
            let document = match (person, opportunity) {
                (_, Some(opportunity)) => Document::Cvs { opportunity, lang },
                (Some(person), None) => {
                    Document::Cv { person: one_person(&pool, &person, "no CV written").await?, lang }
                }
                (None, None) => unreachable!("clap requires one of them"),
            };
            let Some(file) = jobbro::attachments::make(&pool, &app.catalog, &document).await? else {
                pool.close().await;
                anyhow::bail!("no such person or opportunity (no CV written)");
            };
            // The audit rows and the file together: a file that cannot be written records nothing.
            let mut tx = pool.begin().await?;
            let detail = opportunity.map(|id| id.to_string());
            for person in &file.people {
                let (action, by) = (store::audit::Action::CvDownloaded, store::audit::By::Admin);
                store::audit::record_for(&mut tx, action, *person, by, detail.as_deref()).await?;
            }
            std::fs::write(&output, &file.bytes)?;
            tx.commit().await?;
            // Ids only: names stay out of anything that may be logged.
            println!("{}: {} CV(s)", output.display(), file.people.len());
            for person in &file.people {
                println!("person {person}");
            }
        }
        Cmd::Admin { command: AdminCmd::Audit { person } } => {
            println!("time\taction\tperson\tby\tdetail");
            for e in store::audit::list(&pool, person).await? {
                let by = match e.staff_number {
                    Some(n) => format!("staff {n}"),
                    None => e.by,
                };
                let at = e.at.with_timezone(&chrono_tz::Europe::Copenhagen).format("%d.%m.%Y %H:%M:%S");
                println!("{at}\t{}\t{}\t{by}\t{}", e.action, e.person, e.detail.unwrap_or_default());
            }
        }
        Cmd::Admin { command: AdminCmd::Place { command } } => match command {
            PlaceCmd::Add { kind, name } => {
                let kind = PlaceKind::parse(&kind).expect("clap checked the value");
                let id = store::directory::add_place(&pool, kind, name.trim()).await?;
                println!("place {id}: {}", name.trim());
            }
            PlaceCmd::List => {
                for place in store::directory::load(&pool).await?.places {
                    println!("{}\t{}\t{}", place.id, place.kind.code(), place.name);
                }
            }
        },
    }
    pool.close().await;
    Ok(())
}

/// The one person an id or phone number names; an error saying why not (none, or a number two
/// people gave), ending in what was therefore not done.
async fn one_person(pool: &sqlx::PgPool, person: &str, not_done: &str) -> anyhow::Result<uuid::Uuid> {
    let ids = match uuid::Uuid::parse_str(person.trim()) {
        Ok(id) => store::profile::with_id(pool, id).await?,
        Err(_) => match jobbro::domain::Phone::parse(person) {
            Ok(phone) => store::profile::with_phone(pool, phone.as_str()).await?,
            Err(_) => {
                pool.close().await;
                anyhow::bail!("{person:?} is neither a person's id nor a phone number");
            }
        },
    };
    let [id] = ids[..] else {
        pool.close().await;
        match ids.len() {
            0 => anyhow::bail!("no person has this id or number ({not_done})"),
            n => anyhow::bail!("{n} people gave this number; give the person's id instead ({not_done})"),
        }
    };
    Ok(id)
}
