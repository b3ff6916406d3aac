//! `jobbro run` with its own PostgreSQL (no `DATABASE_URL`), killed with SIGKILL and started
//! again at once, as a supervisor restarting it within 100 ms would: each new process must come
//! up and serve, although the server of the killed one is still shutting down (it gets the
//! parent-death signal only as its owner dies) when the new one looks at the data folder.

mod support;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::fake_bot_api::FakeBotApi;

/// Kills after the first start; the brief's "three times in a row".
const KILLS: usize = 3;
/// How long a start may take to answer /healthz, waiting for the old server included.
const HEALTHY_WITHIN: Duration = Duration::from_secs(60);

/// A data folder with the `jobbro run` using it. Dropping it (test passed or failed) kills
/// jobbro, waits for its PostgreSQL to stop, and only then removes the folder.
struct Site {
    dir: tempfile::TempDir,
    jobbro: Option<Child>,
}

impl Site {
    fn new() -> Site {
        // Short, under /tmp whatever TMPDIR says: the server's Unix socket lives in it.
        let dir = tempfile::Builder::new().prefix("jobbro-restart-").tempdir_in("/tmp").unwrap();
        // Run as root, PostgreSQL runs as the `postgres` user and must reach its folder inside.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o711)).unwrap();
        Site { dir, jobbro: None }
    }

    fn log(&self, round: usize) -> PathBuf {
        self.dir.path().join(format!("jobbro-{round}.log"))
    }

    fn start(&mut self, round: usize, api: &FakeBotApi, port: u16) {
        assert!(self.jobbro.is_none());
        let log = File::create(self.log(round)).unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_jobbro"));
        command
            .arg("run")
            .env_remove("DATABASE_URL")
            .env("JOBBRO_DATA_DIR", self.dir.path())
            .env("TELOXIDE_TOKEN", "1:T")
            .env("TELOXIDE_API_URL", api.url())
            .env("JOBBRO_LISTEN", format!("127.0.0.1:{port}"))
            .env_remove("JOBBRO_WEBHOOK_URL")
            .env_remove("JOBBRO_SMS_GATEWAY")
            .env("RUST_LOG", "info,sqlx=warn")
            .env("NO_PROXY", "*")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log);
        for proxy in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"] {
            command.env_remove(proxy);
        }
        self.jobbro = Some(command.spawn().expect("start jobbro run"));
    }

    /// SIGKILL, reaped at once as a supervisor would before restarting.
    fn kill(&mut self) {
        if let Some(mut jobbro) = self.jobbro.take() {
            let _ = jobbro.kill();
            let _ = jobbro.wait();
        }
    }

    /// Waits until /healthz (which queries the database) answers 200; fails if jobbro exits.
    async fn wait_healthy(&mut self, round: usize, port: u16) {
        let client = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(2)).build().unwrap();
        let url = format!("http://127.0.0.1:{port}/healthz");
        let started = Instant::now();
        loop {
            let jobbro = self.jobbro.as_mut().expect("a jobbro is running");
            if let Some(status) = jobbro.try_wait().unwrap() {
                panic!("start {round}: jobbro exited ({status}); its log:\n{}", self.log_text(round));
            }
            if let Ok(response) = client.get(&url).send().await
                && response.status() == reqwest::StatusCode::OK
            {
                return;
            }
            assert!(
                started.elapsed() < HEALTHY_WITHIN,
                "start {round}: /healthz not 200 within {HEALTHY_WITHIN:?}; jobbro's log:\n{}",
                self.log_text(round)
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log_text(&self, round: usize) -> String {
        std::fs::read_to_string(self.log(round)).unwrap_or_default()
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.kill();
        wait_until_stopped(&self.dir.path().join("postgres"));
    }
}

/// Waits (bounded) until the PostgreSQL named by the folder's postmaster.pid is gone.
fn wait_until_stopped(pg_dir: &Path) {
    let Some(pid) = std::fs::read_to_string(pg_dir.join("postmaster.pid"))
        .ok()
        .and_then(|f| f.lines().next()?.trim().parse::<i32>().ok())
    else {
        return;
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        // Gone, or a zombie nobody reaps (it was reparented): stopped either way.
        let state = std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|s| s.rsplit_once(')').and_then(|(_, rest)| rest.trim_start().chars().next()));
        if matches!(state, None | Some('Z' | 'X')) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    eprintln!("PostgreSQL (pid {pid}) still running after 60 s; removing its folder anyway");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobbro_killed_and_restarted_at_once_comes_back_every_time() {
    let api = FakeBotApi::start().await;
    let port = free_port();
    let mut site = Site::new();
    let started = Instant::now();
    site.start(0, &api, port);
    site.wait_healthy(0, port).await;
    println!("first start healthy after {:?}", started.elapsed());
    for round in 1..=KILLS {
        let killed = Instant::now();
        site.kill();
        site.start(round, &api, port);
        let gap = killed.elapsed();
        assert!(gap < Duration::from_millis(100), "restarted {gap:?} after the kill");
        site.wait_healthy(round, port).await;
        let waited = site.log_text(round).contains("waiting for the previous PostgreSQL");
        println!(
            "restart {round}: started {gap:?} after the kill, healthy after {:?}{}",
            killed.elapsed(),
            if waited { ", waited for the old server" } else { "" }
        );
        // It keeps serving: not a pool on a server that went away just after answering.
        tokio::time::sleep(Duration::from_millis(500)).await;
        site.wait_healthy(round, port).await;
    }
    println!("whole test {:?}", started.elapsed());
}
