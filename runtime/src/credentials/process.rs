//! `credential_process`: credentials from a command's JSON output, with the command held to
//! a time limit and an output limit, and killed with everything it started when it overruns.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use serde::Deserialize;

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::types::DateTime;

/// The most a helper may print on stdout: credentials JSON is well under 4 KiB.
const MAX_OUTPUT: u64 = 64 * 1024;
/// The first line of stderr that an error shows, at most.
const MAX_STDERR_SHOWN: usize = 200;

/// Runs the profile's `credential_process` command and reads its JSON
/// (`Version` 1, `AccessKeyId`, `SecretAccessKey`, `SessionToken`, `Expiration`, `AccountId`).
///
/// The command runs in its own process group. If it has not finished within the timeout
/// (60 s unless [`with_timeout`](Self::with_timeout) says otherwise) or prints more than
/// 64 KiB, it and every process it started are killed and the call fails. Credentials whose
/// `Expiration` has already passed are refused. Errors name the program (the command's first
/// word), never the whole command line, which may hold a token.
#[derive(Debug, Clone)]
pub struct ProcessProvider {
    command: String,
    timeout: Duration,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Output {
    version: u32,
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    expiration: Option<DateTime>,
    account_id: Option<String>,
}

/// Kills the child's process group when dropped: after a timeout, an overflow or a dropped
/// call, and also after the helper exited, so that nothing it started in the background keeps
/// running or holds its pipes open.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(group) = i32::try_from(self.0.id())
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        {
            let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl ProcessProvider {
    /// A provider that runs `command` with the platform's shell.
    pub fn new(command: impl Into<String>) -> Self {
        Self {
            command: command.into(),
            timeout: Duration::from_secs(60),
        }
    }

    /// How long the command may run before it is killed (default 60 s).
    #[must_use]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    fn run(&self) -> Result<Credentials, CredentialsError> {
        let program = self.command.split_whitespace().next().unwrap_or_default();
        let failed = |what: String| {
            CredentialsError(format!("credential_process (program `{program}`) {what}"))
        };
        let mut shell = if cfg!(windows) {
            let mut c = Command::new("cmd");
            c.arg("/C");
            c
        } else {
            let mut c = Command::new("sh");
            c.arg("-c");
            c
        };
        shell
            .arg(&self.command)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut shell, 0);
        let started = Instant::now();
        let mut running = Running(
            shell
                .spawn()
                .map_err(|err| failed(format!("could not be started: {err}")))?,
        );
        // the pipes are read on threads of their own, each up to its limit, so a helper that
        // floods one cannot block the other or the wait
        let overflowed = Arc::new(AtomicBool::new(false));
        let too_much = || {
            failed(format!(
                "printed more than {} KiB; it and the processes it started were killed",
                MAX_OUTPUT / 1024
            ))
        };
        let reader = |pipe: Option<Box<dyn Read + Send>>| {
            let overflowed = Arc::clone(&overflowed);
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                if let Some(pipe) = pipe {
                    let _ = pipe.take(MAX_OUTPUT + 1).read_to_end(&mut bytes);
                }
                if bytes.len() as u64 > MAX_OUTPUT {
                    overflowed.store(true, Ordering::Relaxed);
                }
                bytes
            })
        };
        let stdout = reader(running.0.stdout.take().map(|p| Box::new(p) as _));
        let stderr = reader(running.0.stderr.take().map(|p| Box::new(p) as _));
        let status = loop {
            if overflowed.load(Ordering::Relaxed) {
                return Err(too_much());
            }
            if let Some(status) = running
                .0
                .try_wait()
                .map_err(|err| failed(format!("could not be waited for: {err}")))?
            {
                break status;
            }
            if started.elapsed() >= self.timeout {
                return Err(failed(format!(
                    "did not finish within {:?}; it and the processes it started were killed",
                    self.timeout
                )));
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        drop(running);
        let stdout = stdout.join().unwrap_or_default();
        let stderr = stderr.join().unwrap_or_default();
        if overflowed.load(Ordering::Relaxed) {
            return Err(too_much());
        }
        if !status.success() {
            let stderr = String::from_utf8_lossy(&stderr);
            let first = stderr
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(MAX_STDERR_SHOWN)
                .collect::<String>();
            return Err(failed(format!("failed ({status}): {first}")));
        }
        // the output holds the secret: errors say what is wrong, never quote it
        let parsed: Output = serde_json::from_slice(&stdout).map_err(|err| {
            failed(format!(
                "printed no valid credentials JSON (line {}, column {}: {}); expected Version, AccessKeyId, SecretAccessKey",
                err.line(),
                err.column(),
                match err.classify() {
                    serde_json::error::Category::Data => "a member is missing or of the wrong type",
                    _ => "not JSON",
                }
            ))
        })?;
        if parsed.version != 1 {
            return Err(failed(format!(
                "printed Version {}; only Version 1 is supported",
                parsed.version
            )));
        }
        let credentials = Credentials::new(
            parsed.access_key_id,
            parsed.secret_access_key,
            parsed.session_token,
        )
        .with_account(parsed.account_id);
        Ok(match parsed.expiration {
            Some(at) if SystemTime::from(at) <= SystemTime::now() => {
                return Err(failed(format!(
                    "printed credentials that expired at {}; refresh what it reads",
                    at.to_iso8601()
                )))
            }
            Some(at) => credentials.with_expiry(at.into()),
            None => credentials,
        })
    }
}

impl ProvideCredentials for ProcessProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let provider = self.clone();
            tokio::task::spawn_blocking(move || provider.run())
                .await
                .map_err(|err| {
                    CredentialsError(format!("credential_process did not finish: {err}"))
                })?
        })
    }
}
