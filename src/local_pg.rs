//! A PostgreSQL server of our own, started from the system's binaries, for when no
//! `DATABASE_URL` is given: `jobbro` keeps one under `.jobbro/postgres`, the test suite a
//! throwaway one per test binary. The server is our child process and stops when we do.
//!
//! It listens on a Unix socket inside its own data folder (mode 0700) and nowhere else, so
//! no other local user can reach the data of the people in it, password or not.
//!
//! A server already running on the folder is used rather than started twice, but only a
//! healthy one: a server whose owner was killed gets the parent-death signal and shuts down,
//! so a jobbro restarted at once (a supervisor's restart) must not adopt it. The owner writes
//! its pid to `owner.pid` beside `postmaster.pid`; a server that is stopping, or whose owner is
//! dead, is waited for until it is gone, and then we start our own.

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
    #[error(
        "the PostgreSQL already running on {dir} (pid {pid}) neither stopped nor became ready within {waited:?}; see {dir}/server.log"
    )]
    Previous { pid: i32, waited: Duration, dir: PathBuf },
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
        if let Some(port) = wait_for_previous(dir)? {
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
        // Written before the server exists, so nobody sees our server with a stale owner.
        let owner_file = dir.join(OWNER_FILE);
        std::fs::write(&owner_file, format!("{}\n", std::process::id()))
            .map_err(|source| LocalPgError::Prepare { path: owner_file.clone(), source })?;

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
                        let _ = std::fs::remove_file(&owner_file);
                    }
                    Err(e) => {
                        let _ = std::fs::remove_file(&owner_file);
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

    /// Whether we started this server (rather than using one another process runs).
    pub fn is_ours(&self) -> bool {
        self.stop.is_some()
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

/// Holds the pid of the process that started the server; removed when it stops the server.
const OWNER_FILE: &str = "owner.pid";
/// How long a server found on the folder may take to stop or to become ready.
const WAIT_FOR_PREVIOUS: Duration = Duration::from_secs(60);

/// A server found on the data folder, as its postmaster.pid and owner.pid tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    /// None, or one that is gone: start our own.
    Nothing,
    /// A running server whose owner lives: use it.
    Ready(u16),
    /// Still starting: wait until it is ready.
    Starting(i32),
    /// Shutting down, or about to (its owner died, the death signal is on its way): wait
    /// until it is gone, then start our own.
    Stopping(i32),
}

/// The port of a server on `dir` we can use, or None when we are to start our own; waits
/// (bounded) for a server that is starting or stopping.
fn wait_for_previous(dir: &Path) -> Result<Option<u16>, LocalPgError> {
    let started = Instant::now();
    let mut told = Found::Nothing;
    loop {
        let found = find_server(dir);
        let pid = match found {
            Found::Nothing => {
                if let Found::Stopping(pid) = told {
                    tracing::info!(
                        "the previous PostgreSQL (pid {pid}) stopped after {:?}",
                        started.elapsed()
                    );
                }
                return Ok(None);
            }
            Found::Ready(port) => return Ok(Some(port)),
            Found::Starting(pid) | Found::Stopping(pid) => pid,
        };
        if found != told {
            match found {
                Found::Stopping(_) => {
                    tracing::info!("waiting for the previous PostgreSQL (pid {pid}) to stop")
                }
                _ => tracing::info!("waiting for PostgreSQL (pid {pid}) to finish starting"),
            }
            told = found;
        }
        if started.elapsed() > WAIT_FOR_PREVIOUS {
            return Err(LocalPgError::Previous { pid, waited: WAIT_FOR_PREVIOUS, dir: dir.to_path_buf() });
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn find_server(dir: &Path) -> Found {
    let Some(file) =
        std::fs::read_to_string(dir.join("postmaster.pid")).ok().and_then(|f| parse_pid_file(&f))
    else {
        return Found::Nothing;
    };
    let owner = std::fs::read_to_string(dir.join(OWNER_FILE)).ok().and_then(|f| f.trim().parse().ok());
    classify(&file, alive(file.pid), owner.map(alive))
}

/// What postmaster.pid says: the server's pid (line 1), port (line 4) and, from PostgreSQL
/// 10 on, its status (line 8). The server fills the file in while starting, so a line may be
/// missing yet.
#[derive(Debug, PartialEq, Eq)]
struct PidFile {
    pid: i32,
    port: Option<u16>,
    status: Option<String>,
}

fn parse_pid_file(text: &str) -> Option<PidFile> {
    let lines: Vec<&str> = text.lines().collect();
    Some(PidFile {
        pid: lines.first()?.trim().parse().ok()?,
        port: lines.get(3).and_then(|l| l.trim().parse().ok()),
        // Padded with spaces ("ready   ") so the server can rewrite it in place.
        status: lines.get(7).map(|l| l.trim().to_string()).filter(|s| !s.is_empty()),
    })
}

/// `owner_alive` is None when there is no owner.pid (a server started by hand, or by an
/// older jobbro): then only the server's status counts.
fn classify(file: &PidFile, server_alive: bool, owner_alive: Option<bool>) -> Found {
    if !server_alive {
        return Found::Nothing;
    }
    if file.status.as_deref() == Some("stopping") || owner_alive == Some(false) {
        return Found::Stopping(file.pid);
    }
    match (file.status.as_deref(), file.port) {
        (Some("ready" | "standby"), Some(port)) => Found::Ready(port),
        // "starting", or a file still being written.
        _ => Found::Starting(file.pid),
    }
}

/// Whether a process runs: it exists and is not a zombie (a server that exited but whose new
/// parent, after ours died, has not reaped it yet).
fn alive(pid: i32) -> bool {
    // pid 0 and negative pids would name process groups.
    // SAFETY: signal 0 only checks that the process exists.
    pid > 0
        && unsafe { libc::kill(pid, 0) } == 0
        && !std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| exited(&stat))
}

/// Whether /proc/<pid>/stat shows an exited process: state (after the command name in
/// parentheses, which may itself hold spaces and parentheses) Z (zombie) or X (dead).
fn exited(stat: &str) -> bool {
    stat.rsplit_once(')')
        .and_then(|(_, rest)| rest.trim_start().chars().next())
        .is_some_and(|s| matches!(s, 'Z' | 'X'))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// postmaster.pid of PostgreSQL 15 serving on a socket only.
    const READY: &str =
        "4242\n/tmp/d/postgres\n1700000000\n5432\n/tmp/d/postgres\n\n  1234567     65536\nready   \n";

    #[test]
    fn the_pid_file_gives_pid_port_and_status() {
        let file = parse_pid_file(READY).unwrap();
        assert_eq!(file, PidFile { pid: 4242, port: Some(5432), status: Some("ready".into()) });
        let stopping = READY.replace("ready   ", "stopping");
        assert_eq!(parse_pid_file(&stopping).unwrap().status.as_deref(), Some("stopping"));
        // Early in the start only the first lines are there.
        let early = parse_pid_file("4242\n/tmp/d/postgres\n1700000000\n5432\n").unwrap();
        assert_eq!(early, PidFile { pid: 4242, port: Some(5432), status: None });
        assert_eq!(parse_pid_file(""), None);
        assert_eq!(parse_pid_file("garbage\n"), None);
    }

    #[test]
    fn a_server_is_used_only_when_ready_and_its_owner_lives() {
        let ready = parse_pid_file(READY).unwrap();
        assert_eq!(classify(&ready, true, Some(true)), Found::Ready(5432));
        assert_eq!(classify(&ready, true, None), Found::Ready(5432), "no owner file: by status alone");
        // Its owner was killed: the death signal is on its way, whatever the file says yet.
        assert_eq!(classify(&ready, true, Some(false)), Found::Stopping(4242));
        assert_eq!(classify(&ready, false, Some(false)), Found::Nothing);
        let stopping = parse_pid_file(&READY.replace("ready   ", "stopping")).unwrap();
        assert_eq!(classify(&stopping, true, Some(true)), Found::Stopping(4242));
        let starting = parse_pid_file(&READY.replace("ready   ", "starting")).unwrap();
        assert_eq!(classify(&starting, true, Some(true)), Found::Starting(4242));
        let early = parse_pid_file("4242\n/tmp/d/postgres\n1700000000\n5432\n").unwrap();
        assert_eq!(classify(&early, true, Some(true)), Found::Starting(4242));
        let standby = parse_pid_file(&READY.replace("ready   ", "standby ")).unwrap();
        assert_eq!(classify(&standby, true, None), Found::Ready(5432));
    }

    #[test]
    fn a_zombie_counts_as_exited() {
        assert!(exited("4242 (postgres) Z 1 4242 4242 0 -1 4227908 0"));
        assert!(exited("4242 (post gres) (x)) X 1 4242"));
        assert!(!exited("4242 (postgres) S 1 4242 4242 0 -1 4194560 0"));
        assert!(!exited("4242 (Z) R 1"), "the state, not the name");
        assert!(!exited(""));
    }

    #[test]
    fn liveness_of_real_processes() {
        assert!(alive(std::process::id() as i32));
        assert!(!alive(0), "not our process group");
        assert!(!alive(-1));
        let mut child = Command::new("true").spawn().unwrap();
        let pid = child.id() as i32;
        // Exited but not yet reaped: a zombie.
        let deadline = Instant::now() + Duration::from_secs(10);
        while alive(pid) {
            assert!(Instant::now() < deadline, "a zombie is not alive");
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(std::path::Path::new(&format!("/proc/{pid}")).exists(), "still a zombie");
        child.wait().unwrap();
        assert!(!alive(pid));
    }
}
