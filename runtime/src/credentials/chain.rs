//! The default credentials chain, in the official SDKs' order as far as awsop goes:
//! environment variables, then the shared profile (static keys or `credential_process`).
//! SSO, web identity, ECS and instance metadata come through the `aws-credential-types`
//! feature and aws-config's provider.

use super::process::ProcessProvider;
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// What the selected profile offers.
#[derive(Debug, Clone)]
pub(crate) enum ProfileCredentials {
    Static(Credentials),
    Process(ProcessProvider),
    /// A key awsop does not resolve itself (`role_arn`, `sso_session`, ...).
    Unsupported(String),
    None,
}

/// Environment, then profile.
#[derive(Debug, Clone)]
pub struct DefaultChain {
    pub(crate) environment: Option<Credentials>,
    pub(crate) profile: ProfileCredentials,
    /// The profile's name and the files read, for the error that says what was looked at.
    pub(crate) profile_name: String,
    pub(crate) files: Vec<String>,
}

impl ProvideCredentials for DefaultChain {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            if let Some(credentials) = &self.environment {
                return Ok(credentials.clone());
            }
            match &self.profile {
                ProfileCredentials::Static(credentials) => Ok(credentials.clone()),
                ProfileCredentials::Process(process) => process.provide_credentials().await,
                ProfileCredentials::Unsupported(setting) => Err(CredentialsError(unresolved(setting, &self.profile_name))),
                ProfileCredentials::None => Err(CredentialsError(format!(
                    "no credentials found; looked at the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) and profile `{}` in {}; set those variables or add aws_access_key_id and aws_secret_access_key (or credential_process) to the profile",
                    self.profile_name,
                    if self.files.is_empty() { "no profile files".to_owned() } else { self.files.join(" and ") }
                ))),
            }
        })
    }
}

/// Why a setting awsop does not resolve stops the call, and the two ways to go on: the aws
/// CLI resolves it for a `credential_process`, or aws-config's provider does in code.
fn unresolved(setting: &str, profile: &str) -> String {
    let source = if setting.starts_with("AWS_") {
        format!("the environment's {setting}")
    } else {
        format!("profile `{profile}`'s `{setting}`")
    };
    format!(
        "credentials come from {source}, which awsop does not resolve itself (it calls no STS, SSO, \
         container or instance-metadata service), and no other identity is used in its place; \
         to go on, let the aws CLI resolve them: add `credential_process = aws configure export-credentials \
         --profile {profile} --format process` to another profile and use that one; in code, enable awsop's \
         `aws-credential-types` feature and give aws-config's provider to Config::builder().credentials_provider(..)"
    )
}
