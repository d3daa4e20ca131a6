//! `credential_process`: credentials from a command's JSON output.

use std::process::{Command, Stdio};

use serde::Deserialize;

use crate::credentials::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::types::DateTime;

/// Runs the profile's `credential_process` command and reads its JSON
/// (`Version` 1, `AccessKeyId`, `SecretAccessKey`, `SessionToken`, `Expiration`).
#[derive(Debug, Clone)]
pub struct ProcessProvider {
    command: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Output {
    version: u32,
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    expiration: Option<DateTime>,
}

impl ProcessProvider {
    /// A provider that runs `command` with the platform's shell.
    pub fn new(command: impl Into<String>) -> Self {
        Self {
            command: command.into(),
        }
    }

    fn run(&self) -> Result<Credentials, CredentialsError> {
        let failed = |what: String| {
            CredentialsError(format!("credential_process `{}` {what}", self.command))
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
        let output = shell
            .arg(&self.command)
            .stdin(Stdio::null())
            .output()
            .map_err(|err| failed(format!("could not be started: {err}")))?;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let first = stderr
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(200)
                .collect::<String>();
            return Err(failed(format!("failed ({}): {first}", output.status)));
        }
        // the output holds the secret: errors say what is wrong, never quote it
        let parsed: Output = serde_json::from_slice(&output.stdout).map_err(|err| {
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
        );
        Ok(match parsed.expiration {
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
