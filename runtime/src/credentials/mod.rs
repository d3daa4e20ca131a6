//! Credentials: what signs a request, where they come from, and the cache that refreshes
//! expiring ones. `Debug` shows the access key id only.

pub(crate) mod chain;
pub(crate) mod process;
pub mod profile;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use aws_smithy_runtime_api::client::identity::Identity;

use crate::clock::TimeSource;
use crate::types::Sensitive;

/// An access key pair, the session token of temporary credentials, and their expiry.
#[derive(Clone)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: Sensitive<String>,
    session_token: Option<Sensitive<String>>,
    expires_at: Option<SystemTime>,
    account_id: Option<String>,
}

impl Credentials {
    /// Static credentials.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            secret_access_key: Sensitive(secret_access_key.into()),
            session_token: session_token.map(Sensitive),
            expires_at: None,
            account_id: None,
        }
    }

    /// The same credentials, of this AWS account (what account-based endpoints, such as
    /// DynamoDB's, are built from).
    pub fn with_account_id(mut self, account_id: impl Into<String>) -> Self {
        self.account_id = Some(account_id.into());
        self
    }

    /// [`Credentials::with_account_id`] when a source names the account, else unchanged.
    pub(crate) fn with_account(self, account_id: Option<impl Into<String>>) -> Self {
        match account_id {
            Some(account_id) => self.with_account_id(account_id),
            None => self,
        }
    }

    /// The AWS account the credentials belong to, when known.
    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }

    /// The same credentials, valid until `expires_at`.
    pub fn with_expiry(mut self, expires_at: SystemTime) -> Self {
        self.expires_at = Some(expires_at);
        self
    }

    /// The access key id (not a secret).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The secret access key.
    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }

    /// The session token of temporary credentials.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref().map(String::as_str)
    }

    /// When temporary credentials expire.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }

    /// What the signer takes: built once per credentials, not per call.
    pub(crate) fn identity(&self) -> Identity {
        let mut builder = aws_credential_types::Credentials::builder()
            .access_key_id(self.access_key_id.clone())
            .secret_access_key(self.secret_access_key.0.clone())
            .provider_name("awsop");
        if let Some(token) = &self.session_token {
            builder = builder.session_token(token.0.clone());
        }
        if let Some(at) = self.expires_at {
            builder = builder.expiry(at);
        }
        if let Some(account_id) = &self.account_id {
            builder = builder.account_id(account_id.as_str());
        }
        builder.build().into()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

/// Why no credentials could be had: what was looked at, or what failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialsError(pub(crate) String);

impl CredentialsError {
    /// An error with this message (for providers written outside awsop).
    pub fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CredentialsError {}

/// The future a provider returns.
pub type CredentialsFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// A source of credentials. The client caches what it returns until shortly before
/// `expires_at`.
pub trait ProvideCredentials: fmt::Debug + Send + Sync {
    /// Fresh credentials.
    fn provide_credentials(&self) -> CredentialsFuture<'_>;
}

impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let credentials = self.clone();
        Box::pin(async move { Ok(credentials) })
    }
}

/// Credentials from any `aws_credential_types` provider, such as aws-config's default chain
/// (SSO, web identity, ECS, instance metadata), which awsop does not implement itself.
#[cfg(feature = "aws-credential-types")]
#[derive(Debug)]
pub struct AwsCredentialsProvider<P>(pub P);

#[cfg(feature = "aws-credential-types")]
impl<P: aws_credential_types::provider::ProvideCredentials> ProvideCredentials
    for AwsCredentialsProvider<P>
{
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let credentials = self.0.provide_credentials().await.map_err(|err| {
                CredentialsError(format!("the credentials provider failed: {err}"))
            })?;
            let mut ours = Credentials::new(
                credentials.access_key_id(),
                credentials.secret_access_key(),
                credentials.session_token().map(str::to_owned),
            );
            ours.expires_at = credentials.expiry();
            ours.account_id = credentials.account_id().map(|a| a.as_str().to_owned());
            Ok(ours)
        })
    }
}

/// Refresh this long before credentials expire, so no request is signed with credentials
/// that expire in flight.
pub(crate) const REFRESH_BEFORE_EXPIRY: Duration = Duration::from_secs(5 * 60);

/// The client's credentials: fixed, or from a provider through a cache.
#[derive(Debug)]
pub(crate) enum IdentitySource {
    Fixed(Identity),
    Cached(CredentialsCache),
    Missing,
}

impl IdentitySource {
    pub(crate) async fn identity(
        &self,
        time: &dyn TimeSource,
    ) -> Result<Identity, CredentialsError> {
        match self {
            Self::Fixed(identity) => Ok(identity.clone()),
            Self::Cached(cache) => cache.identity(time).await,
            Self::Missing => Err(CredentialsError(
                "no credentials configured; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or give Config::builder().credentials(..)".into(),
            )),
        }
    }
}

/// Caches a provider's credentials; refreshes them, one caller at a time, when fewer than
/// [`REFRESH_BEFORE_EXPIRY`] remain.
#[derive(Debug)]
pub(crate) struct CredentialsCache {
    provider: Arc<dyn ProvideCredentials>,
    cached: RwLock<Option<(Identity, Option<SystemTime>)>>,
    refresh: tokio::sync::Mutex<()>,
}

impl CredentialsCache {
    pub(crate) fn new(provider: Arc<dyn ProvideCredentials>) -> Self {
        Self {
            provider,
            cached: RwLock::new(None),
            refresh: tokio::sync::Mutex::new(()),
        }
    }

    fn fresh(&self, now: SystemTime) -> Option<Identity> {
        let cached = self.cached.read().ok()?;
        let (identity, expires_at) = cached.as_ref()?;
        match expires_at {
            Some(at) if now + REFRESH_BEFORE_EXPIRY >= *at => None,
            _ => Some(identity.clone()),
        }
    }

    async fn identity(&self, time: &dyn TimeSource) -> Result<Identity, CredentialsError> {
        if let Some(identity) = self.fresh(time.now()) {
            return Ok(identity);
        }
        let _refreshing = self.refresh.lock().await;
        let now = time.now();
        if let Some(identity) = self.fresh(now) {
            return Ok(identity); // another caller refreshed while this one waited
        }
        match self.provider.provide_credentials().await {
            Ok(credentials) => {
                let identity = credentials.identity();
                if let Ok(mut cached) = self.cached.write() {
                    *cached = Some((identity.clone(), credentials.expires_at()));
                }
                Ok(identity)
            }
            Err(err) => {
                // credentials that are about to expire, but have not, still sign this call
                let still_valid = self.cached.read().ok().and_then(|cached| {
                    cached
                        .as_ref()
                        .filter(|(_, at)| at.is_none_or(|at| now < at))
                        .map(|(i, _)| i.clone())
                });
                still_valid.ok_or(err)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_id_reaches_the_signer_s_identity() {
        let identity = Credentials::new("AKID", "secret", None)
            .with_account_id("111122223333")
            .identity();
        let account = identity
            .data::<aws_credential_types::Credentials>()
            .and_then(|c| c.account_id())
            .map(|a| a.as_str().to_owned());
        assert_eq!(account.as_deref(), Some("111122223333"));
    }

    #[test]
    fn debug_shows_the_access_key_id_only() {
        let creds = Credentials::new("AKIDEXAMPLE", "very-secret", Some("session-secret".into()));
        let shown = format!("{creds:?} {creds:#?}");
        assert!(shown.contains("AKIDEXAMPLE"));
        assert!(
            !shown.contains("very-secret") && !shown.contains("session-secret"),
            "{shown}"
        );
    }
}
