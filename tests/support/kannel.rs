//! A real Kannel for end-to-end tests: Debian's bearerbox and smsbox on 127.0.0.1 (installed
//! when missing), with a fake SMSC connection whose other end is `FakePhone`, a client that
//! speaks the fake SMSC's line protocol directly (Debian's `fakesmsc` reads lines into a
//! 256-byte buffer, too short for a long UCS-2 message).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use percent_encoding::{NON_ALPHANUMERIC, percent_decode, percent_encode};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};

const BEARERBOX: &str = "/usr/sbin/bearerbox";
const SMSBOX: &str = "/usr/sbin/smsbox";
pub const SENDSMS_USER: &str = "jobbro";

/// jobbro's settings for SMS through a Kannel whose sendsms is at `sendsms_url`: its HTTP
/// server on a free port, no Telegram webhook, the default pace.
pub fn jobbro_args(sendsms_url: &str) -> jobbro::config::RunArgs {
    jobbro::config::RunArgs {
        webhook_url: None,
        webhook_allow_http: false,
        listen: "127.0.0.1:0".parse().unwrap(),
        sms: jobbro::config::SmsArgs {
            gateway: Some("kannel".into()),
            from: "jobbro".into(),
            kannel_sendsms_url: sendsms_url.parse().unwrap(),
            kannel_username: SENDSMS_USER.into(),
            ..Default::default()
        },
        delivery: Default::default(),
        http: Default::default(),
        retention: Default::default(),
    }
}
pub const SENDSMS_PASSWORD: &str = "kannel-test-password";
const ADMIN_PASSWORD: &str = "kannel-admin";
/// The sender jobbro's messages carry (JOBBRO_SMS_FROM in the tests).
pub const SENDER: &str = "jobbro";

/// Fails, naming the command that installs it, when Debian's Kannel is missing.
pub fn ensure_installed() {
    // Installed by the README's test command, never by a test: a test that installs system
    // packages works on one machine and hangs or fails on the next (no lists, no root, a lock).
    assert!(
        Path::new(BEARERBOX).exists() && Path::new(SMSBOX).exists(),
        "Kannel is not installed: run the README's test command, which installs it with `{INSTALL}`"
    );
}

/// How the README's test command installs what the SMS tests need.
pub const INSTALL: &str = "apt-get update && apt-get install -y kannel kannel-extras";

/// A free port below Linux's ephemeral range (32768 and up). Kannel's ports are chosen before
/// jobbro and other tests bind ":0", and a port the kernel handed out in between would stop
/// bearerbox from starting; ports from here are never handed out that way. Each test process
/// starts at its own offset, and the port is checked free before it is used.
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    const FIRST: u32 = 20_000;
    const COUNT: u32 = 12_000;
    static NEXT: AtomicU32 = AtomicU32::new(u32::MAX);
    let _ = NEXT.compare_exchange(
        u32::MAX,
        (std::process::id() * 97) % COUNT,
        Ordering::SeqCst,
        Ordering::SeqCst,
    );
    loop {
        let port = (FIRST + NEXT.fetch_add(1, Ordering::SeqCst) % COUNT) as u16;
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// Kannel's ports, chosen before jobbro starts (jobbro needs the sendsms URL, Kannel jobbro's).
#[derive(Debug, Clone, Copy)]
pub struct Ports {
    admin: u16,
    smsbox: u16,
    pub fake_smsc: u16,
    sendsms: u16,
}

impl Ports {
    pub fn pick() -> Ports {
        Ports { admin: free_port(), smsbox: free_port(), fake_smsc: free_port(), sendsms: free_port() }
    }

    pub fn sendsms_url(&self) -> String {
        format!("http://127.0.0.1:{}/cgi-bin/sendsms", self.sendsms)
    }
}

pub struct Kannel {
    children: Vec<Child>,
    pub dir: PathBuf,
}

impl Kannel {
    /// Starts bearerbox, waits for its status page, then smsbox. Incoming messages go to
    /// jobbro at `jobbro_base` (e.g. `http://127.0.0.1:8080`) with the shared `token`.
    pub fn start(ports: Ports, jobbro_base: &str, token: &str) -> Kannel {
        ensure_installed();
        let dir = std::env::temp_dir().join(format!("jobbro-kannel-{}-{}", std::process::id(), ports.admin));
        std::fs::create_dir_all(&dir).unwrap();
        let log = |name: &str| dir.join(name).display().to_string();
        // max-sms-octets: the fake SMSC takes a long message whole, so the phone sees it as the
        // person does after reassembly; with a real SMSC, Kannel splits and concatenates.
        // What keeps numbers and texts out of Kannel's logs (README, "Kannel"; measured by
        // tests/sms_kannel.rs): log-level 2 (warnings) in the core and smsbox groups, since
        // levels 0 and 1 log every message's number and text; an access log whose format
        // leaves out the sender, receiver and text (%p %P %q %Q %a %b %k %s %S %r); no
        // access-log in the smsbox group (its lines hold number, text and URLs, and its format
        // cannot be set); post-url with the sender in a header (send-sender) and the text as
        // the body, so no URL holds them.
        let config = format!(
            r#"group = core
admin-port = {admin}
admin-password = {ADMIN_PASSWORD}
status-password = {ADMIN_PASSWORD}
admin-allow-ip = "127.0.0.1"
smsbox-port = {smsbox}
box-allow-ip = "127.0.0.1"
log-file = "{bearerbox_log}"
log-level = 2
access-log = "{access_log}"
access-log-clean = true
access-log-format = "%t %l [SMSC:%i] [SVC:%n] [ACT:%A] [BINF:%B] [FID:%F] [flags:%m:%c:%M:%C:%d] [msg:%L] [udh:%U]"
dlr-storage = internal

group = smsc
smsc = fake
smsc-id = fake
port = {fake}
connect-allow-ip = "127.0.0.1"
max-sms-octets = 10000

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = {smsbox}
sendsms-port = {sendsms}
mo-recode = true
log-file = "{smsbox_log}"
log-level = 2

group = sendsms-user
username = {SENDSMS_USER}
password = {SENDSMS_PASSWORD}
max-messages = 10
concatenation = true

group = sms-service
keyword = default
catch-all = true
max-messages = 0
post-url = "{jobbro_base}/sms/kannel/incoming?token={token}&id=%I"
send-sender = true
"#,
            admin = ports.admin,
            smsbox = ports.smsbox,
            fake = ports.fake_smsc,
            sendsms = ports.sendsms,
            bearerbox_log = log("bearerbox.log"),
            smsbox_log = log("smsbox.log"),
            access_log = log("access.log"),
        );
        let conf = dir.join("kannel.conf");
        std::fs::write(&conf, config).unwrap();
        // The console output too goes to a file that `logs` reads: `-v 2` is its log level
        // (debug, with every number and text, unless set; Debian's init script uses 4).
        let spawn = |program: &str, console: &str| {
            let console = std::fs::File::create(dir.join(console)).unwrap();
            Command::new(program)
                .args(["-v", "2"])
                .arg(&conf)
                .stdin(Stdio::null())
                .stdout(console.try_clone().unwrap())
                .stderr(console)
                .spawn()
                .unwrap_or_else(|e| panic!("{program}: {e}"))
        };
        let mut kannel = Kannel { children: vec![spawn(BEARERBOX, "bearerbox.console")], dir: dir.clone() };
        // smsbox started before bearerbox answers would give up: wait for the status page.
        let status = format!("127.0.0.1:{}", ports.admin);
        wait_for(&status, "bearerbox", &dir);
        kannel.children.push(spawn(SMSBOX, "smsbox.console"));
        wait_for(&format!("127.0.0.1:{}", ports.sendsms), "smsbox", &dir);
        kannel
    }
}

impl Kannel {
    /// Every log Kannel wrote (log files, access log, console output), by file name.
    pub fn logs(&self) -> Vec<(String, String)> {
        let mut logs: Vec<(String, String)> = std::fs::read_dir(&self.dir)
            .unwrap()
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name != "kannel.conf")
            .map(|name| {
                let bytes = std::fs::read(self.dir.join(&name)).unwrap();
                (name, String::from_utf8_lossy(&bytes).into_owned())
            })
            .collect();
        logs.sort();
        logs
    }
}

/// Waits until `what` (bearerbox or smsbox) listens on `addr`, or fails with the end of its
/// log and console output (a configuration error shows only there, before the log opens).
fn wait_for(addr: &str, what: &str, dir: &Path) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(addr).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut ends = String::new();
    for file in [format!("{what}.log"), format!("{what}.console")] {
        let log = std::fs::read_to_string(dir.join(&file)).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        let tail = &lines[lines.len().saturating_sub(15)..];
        ends.push_str(&format!("\n--- the end of {file}:\n{}", tail.join("\n")));
    }
    panic!("{what} did not start listening on {addr} within 20 s{ends}");
}

impl Drop for Kannel {
    fn drop(&mut self) {
        // smsbox first, then bearerbox.
        for child in self.children.iter_mut().rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A message as the phone saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Received {
    pub from: String,
    pub to: String,
    /// True when Kannel sent it as UCS-2 (coding=2).
    pub ucs2: bool,
    pub text: String,
}

impl Received {
    /// What this SMS costs as the network counts it, from the coding Kannel chose and the text
    /// the phone got: GSM-7 holds 160 septets in one segment and 153 in each part of a longer
    /// one (characters of the extension table take two); UCS-2 holds 70 UTF-16 units, 67 per
    /// part. Counted here apart from jobbro's own measure, so the two can be compared.
    pub fn segments(&self) -> usize {
        let (units, single, part) = if self.ucs2 {
            (self.text.encode_utf16().count(), 70, 67)
        } else {
            let extension = |c: char| "^{}\\[~]|€\x0c".contains(c);
            (self.text.chars().map(|c| if extension(c) { 2 } else { 1 }).sum(), 160, 153)
        };
        if units <= single { 1 } else { units.div_ceil(part) }
    }
}

/// The other end of Kannel's fake SMSC: sends what people type, receives what jobbro sends.
pub struct FakePhone {
    reader: BufReader<OwnedReadHalf>,
    writer: OwnedWriteHalf,
}

impl FakePhone {
    pub async fn connect(ports: Ports) -> FakePhone {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match TcpStream::connect(("127.0.0.1", ports.fake_smsc)).await {
                Ok(stream) => {
                    let (r, w) = stream.into_split();
                    return FakePhone { reader: BufReader::new(r), writer: w };
                }
                Err(_) if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(50)).await,
                Err(e) => panic!("fake SMSC port: {e}"),
            }
        }
    }

    /// An SMS from `from` to the service number. Latin-1 text goes as `text`, anything else
    /// (Arabic) as `ucs2`, URL-encoded UTF-16BE, as a phone would send it.
    pub async fn send(&mut self, from: &str, text: &str) {
        let line = if text.chars().all(|c| (c as u32) < 0x100 && !c.is_control()) {
            format!("{from} 1234 text {text}\n")
        } else {
            let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
            format!("{from} 1234 ucs2 {}\n", percent_encode(&utf16, NON_ALPHANUMERIC))
        };
        self.writer.write_all(line.as_bytes()).await.unwrap();
    }

    /// Fails if jobbro sends anything within `within`.
    pub async fn expect_nothing(&mut self, within: Duration) {
        let mut line = String::new();
        if let Ok(read) = tokio::time::timeout(within, self.reader.read_line(&mut line)).await {
            panic!("expected no SMS, got {read:?}: {line}");
        }
    }

    /// The next message jobbro sent to any phone. The fake SMSC writes a GSM-7 message's text
    /// raw, so a text with line breaks spans several lines: they run until the next message's
    /// header (which starts with jobbro's sender name) or until nothing more is waiting.
    pub async fn receive(&mut self, timeout: Duration) -> Received {
        let mut line = String::new();
        tokio::time::timeout(timeout, self.reader.read_line(&mut line))
            .await
            .expect("an SMS from jobbro within the timeout")
            .unwrap();
        let mut line = line.trim_end_matches('\n').to_string();
        loop {
            if self.reader.buffer().is_empty() {
                match tokio::time::timeout(Duration::from_millis(50), self.reader.fill_buf()).await {
                    Ok(Ok(buf)) if !buf.is_empty() => {}
                    _ => break,
                }
            }
            if self.reader.buffer().starts_with(format!("{SENDER} ").as_bytes()) {
                break;
            }
            let mut more = String::new();
            self.reader.read_line(&mut more).await.unwrap();
            line.push('\n');
            line.push_str(more.trim_end_matches('\n'));
        }
        let mut parts = line.splitn(4, ' ');
        let (from, to, kind, data) = (
            parts.next().unwrap(),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        let (ucs2, text) = match kind {
            "text" => (false, data.to_string()),
            "ucs-2" => {
                let bytes: Vec<u8> = percent_decode(data.replace('+', "%20").as_bytes()).collect();
                let units: Vec<u16> = bytes.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
                (true, String::from_utf16(&units).expect("valid UTF-16"))
            }
            other => panic!("unexpected fake SMSC message type {other}: {line}"),
        };
        Received { from: from.into(), to: to.into(), ucs2, text }
    }
}
