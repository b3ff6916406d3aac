//! A PostgreSQL server of our own, started from the system's binaries, for when no
//! `DATABASE_URL` is given: `jobbro` keeps one under `.jobbro/postgres`, the test suite a
//! throwaway one per test binary. The server is our child process and stops when we do.
//!
//! It listens on a Unix socket inside its own data folder (mode 0700) and nowhere else, so
//! no other local user can reach the data of the people in it, password or not.

use std::ffi::CString;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum LocalPgError {
    #[error(
        "no PostgreSQL server binaries found (looked for initdb on PATH and in /usr/lib/postgresql/*/bin); install them with: apt-get install postgresql"
    )]
    NoBinaries,
    #[error("running as root, but there is no 'postgres' system user to run the server as")]
    NoPostgresUser,
    #[error("could not prepare {path}: {source}")]
    Prepare {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{program} failed: {detail}")]
    Command { program: String, detail: String },
    #[error("PostgreSQL did not become ready within {0:?}; see {1}")]
    NotReady(Duration, PathBuf),
}

/// A running server. Dropping it stops the server if we started it.
#[derive(Debug)]
pub struct LocalPostgres {
    port: u16,
    socket_dir: PathBuf,
    /// Signals the thread that owns the child process to stop it.
    stop: Option<mpsc::Sender<()>>,
    owner: Option<std::thread::JoinHandle<()>>,
}

/// How the cluster is used: a durable one for running jobbro, a fast throwaway one for tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    Durable,
    Throwaway,
}

impl LocalPostgres {
    /// Starts (creating when needed) a cluster in `dir`. When a server from an earlier call is
    /// already running on `dir` (another jobbro process), connects to it instead.
    pub fn start(dir: &Path, durability: Durability) -> Result<LocalPostgres, LocalPgError> {
        let bin = find_bin_dir().ok_or(LocalPgError::NoBinaries)?;
        let user = run_as()?;
        if let Some(port) = running_port(dir) {
            return Ok(LocalPostgres { port, socket_dir: dir.to_path_buf(), stop: None, owner: None });
        }
        prepare_dir(dir, user)?;
        if !dir.join("PG_VERSION").exists() {
            let output = command(&bin.join("initdb"), user)
                .args(["-D"])
                .arg(dir)
                .args([
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-instructions",
                ])
                .output()
                .map_err(|e| LocalPgError::Command { program: "initdb".into(), detail: e.to_string() })?;
            if !output.status.success() {
                return Err(LocalPgError::Command {
                    program: "initdb".into(),
                    detail: String::from_utf8_lossy(&output.stderr).into_owned(),
                });
            }
        }
        // Only the socket's file name carries the port; nothing listens on TCP.
        let port = 5432;
        let socket = dir.join(format!(".s.PGSQL.{port}"));
        if socket.as_os_str().len() > 100 {
            return Err(LocalPgError::Prepare {
                path: socket,
                source: std::io::Error::other("path too long for a Unix socket; use a shorter data folder"),
            });
        }
        let log = dir.join("server.log");
        let mut args: Vec<String> = vec![
            "-D".into(),
            dir.display().to_string(),
            "-p".into(),
            port.to_string(),
            "-c".into(),
            "listen_addresses=".into(),
            "-c".into(),
            format!("unix_socket_directories={}", dir.display()),
            "-c".into(),
            "max_connections=200".into(),
        ];
        if durability == Durability::Throwaway {
            for setting in ["fsync=off", "synchronous_commit=off", "full_page_writes=off"] {
                args.extend(["-c".into(), setting.into()]);
            }
        }
        let log_file = std::fs::File::create(&log)
            .map_err(|source| LocalPgError::Prepare { path: log.clone(), source })?;
        let postgres = bin.join("postgres");

        // The child is spawned and owned by a thread of its own that lives as long as this
        // value: the parent-death signal is tied to the spawning thread, not the process.
        let (started_tx, started_rx) = mpsc::channel();
        let (stop_tx, stop_rx) = mpsc::channel::<()>();
        let owner = std::thread::Builder::new()
            .name("local-postgres".into())
            .spawn(move || {
                let spawned = command(&postgres, user)
                    .args(&args)
                    .stdin(Stdio::null())
                    .stdout(log_file.try_clone().map(Stdio::from).unwrap_or(Stdio::null()))
                    .stderr(Stdio::from(log_file))
                    .spawn();
                match spawned {
                    Ok(child) => {
                        let _ = started_tx.send(Ok(()));
                        // Wait until told to stop (or the owner value is gone).
                        let _ = stop_rx.recv();
                        stop_child(child);
                    }
                    Err(e) => {
                        let _ = started_tx.send(Err(e.to_string()));
                    }
                }
            })
            .map_err(|source| LocalPgError::Prepare { path: dir.to_path_buf(), source })?;
        started_rx
            .recv()
            .unwrap_or_else(|_| Err("owner thread ended".into()))
            .map_err(|detail| LocalPgError::Command { program: "postgres".into(), detail })?;
        let server =
            LocalPostgres { port, socket_dir: dir.to_path_buf(), stop: Some(stop_tx), owner: Some(owner) };
        server.wait_ready(&bin, &log)?;
        Ok(server)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// URL of a database on this server, reached through its socket.
    pub fn url(&self, database: &str) -> String {
        let host: String =
            url::form_urlencoded::byte_serialize(self.socket_dir.as_os_str().as_encoded_bytes()).collect();
        format!("postgres://postgres@localhost/{database}?host={host}&port={}", self.port)
    }

    fn wait_ready(&self, bin: &Path, log: &Path) -> Result<(), LocalPgError> {
        let limit = Duration::from_secs(60);
        let start = Instant::now();
        while start.elapsed() < limit {
            let ready = Command::new(bin.join("pg_isready"))
                .args(["-q", "-p", &self.port.to_string(), "-U", "postgres", "-h"])
                .arg(&self.socket_dir)
                .status()
                .is_ok_and(|s| s.success());
            if ready {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(LocalPgError::NotReady(limit, log.to_path_buf()))
    }
}

impl Drop for LocalPostgres {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(owner) = self.owner.take() {
            let _ = owner.join();
        }
    }
}

/// Fast shutdown: open transactions are rolled back, the data stays consistent.
fn stop_child(mut child: Child) {
    // SAFETY: kill(2) on the pid of a child we still own and have not reaped.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// The uid/gid to run PostgreSQL as: ourselves, or the `postgres` user when we are root
/// (PostgreSQL refuses to run as root).
fn run_as() -> Result<Option<(u32, u32)>, LocalPgError> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Ok(None);
    }
    let name = CString::new("postgres").expect("no NUL");
    // SAFETY: getpwnam returns NULL or a pointer to static storage that we read at once.
    let pw = unsafe { libc::getpwnam(name.as_ptr()) };
    if pw.is_null() {
        return Err(LocalPgError::NoPostgresUser);
    }
    // SAFETY: pw is non-null and points to a valid passwd record.
    let (uid, gid) = unsafe { ((*pw).pw_uid, (*pw).pw_gid) };
    Ok(Some((uid, gid)))
}

fn command(program: &Path, user: Option<(u32, u32)>) -> Command {
    let mut cmd = Command::new(program);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if let Some((uid, gid)) = user
                && (libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(gid) != 0
                    || libc::setuid(uid) != 0)
            {
                return Err(std::io::Error::last_os_error());
            }
            // Set after changing user: a credential change clears it. SIGINT = fast shutdown.
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGINT);
            Ok(())
        });
    }
    cmd
}

fn prepare_dir(dir: &Path, user: Option<(u32, u32)>) -> Result<(), LocalPgError> {
    let err = |source| LocalPgError::Prepare { path: dir.to_path_buf(), source };
    std::fs::create_dir_all(dir).map_err(err)?;
    if let Some((uid, gid)) = user {
        std::os::unix::fs::chown(dir, Some(uid), Some(gid)).map_err(err)?;
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(err)?;
    Ok(())
}

/// The port of a live server on `dir`, read from its postmaster.pid.
fn running_port(dir: &Path) -> Option<u16> {
    let pid_file = std::fs::read_to_string(dir.join("postmaster.pid")).ok()?;
    let mut lines = pid_file.lines();
    let pid: i32 = lines.next()?.trim().parse().ok()?;
    // SAFETY: signal 0 only checks that the process exists.
    if unsafe { libc::kill(pid, 0) } != 0 {
        return None;
    }
    lines.nth(2)?.trim().parse().ok()
}

/// `initdb` on PATH, else the newest /usr/lib/postgresql/<version>/bin (Debian's layout).
fn find_bin_dir() -> Option<PathBuf> {
    if let Some(paths) = std::env::var_os("PATH") {
        for p in std::env::split_paths(&paths) {
            let initdb = p.join("initdb");
            if initdb.exists() {
                // Resolve symlinks so postgres and pg_isready are found beside it.
                let real = std::fs::canonicalize(&initdb).unwrap_or(initdb);
                return real.parent().map(Path::to_path_buf);
            }
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin): &(u32, PathBuf)| bin.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}
