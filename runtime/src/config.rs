//! Configuration: region, credentials, endpoint, retries, timeouts, and what tests inject.
//! [`Config::from_env`] reads the environment and the shared profile files as the official
//! SDKs do.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::clock::{SystemClock, TimeSource};
use crate::credentials::chain::{DefaultChain, ProfileCredentials};
use crate::credentials::process::ProcessProvider;
use crate::credentials::profile::{FileKind, Profiles};
use crate::credentials::{Credentials, ProvideCredentials};
use crate::error::{Error, ErrorKind};
use crate::retry::{Jitter, RetryConfig, Sleep, TokioSleep};
use crate::service::Service;
use crate::token::{IdempotencyTokens, RandomTokens};
use crate::transport::Trust;

/// Where the client's credentials come from.
#[derive(Clone)]
pub(crate) enum CredentialsSource {
    None,
    Fixed(Credentials),
    Provider(Arc<dyn ProvideCredentials>),
}

/// Endpoint URLs from the environment and the profile, below an explicit one.
#[derive(Clone, Debug, Default)]
pub(crate) struct ConfiguredEndpoints {
    /// `AWS_ENDPOINT_URL_<SERVICE>`, by the service's `endpoint_env`.
    env_service: Vec<(String, String)>,
    /// `AWS_ENDPOINT_URL`.
    env_global: Option<String>,
    /// The profile's `endpoint_url`.
    profile_global: Option<String>,
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` / `ignore_configured_endpoint_urls`.
    ignore: bool,
}

/// Everything a [`Client`](crate::Client) needs. Build one with [`Config::builder`] or read
/// it from the environment and profile files with [`Config::from_env`].
#[derive(Clone)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) credentials: CredentialsSource,
    pub(crate) endpoint_url: Option<String>,
    pub(crate) configured_endpoints: ConfiguredEndpoints,
    pub(crate) use_fips: bool,
    pub(crate) use_dual_stack: bool,
    /// `AWS::Auth::AccountIdEndpointMode`: `preferred` (the default), `disabled` or `required`.
    pub(crate) account_id_endpoint_mode: std::borrow::Cow<'static, str>,
    pub(crate) idempotency_tokens: Arc<dyn IdempotencyTokens>,
    pub(crate) retry: RetryConfig,
    pub(crate) sleep: Arc<dyn Sleep>,
    /// `None`: [`RandomJitter`](crate::RandomJitter), without an allocation per client.
    pub(crate) jitter: Option<Arc<dyn Jitter>>,
    pub(crate) time_source: Arc<dyn TimeSource>,
    pub(crate) connect_timeout: Duration,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
    /// CA bundles and the system's store, beside the bundled roots.
    pub(crate) trust: Trust,
    /// The selected profile's name and the files' profiles, for [`Config::profile_setting`].
    pub(crate) profile: Arc<(String, Profiles)>,
}

/// Profile keys whose credentials come from another service (STS, SSO, the instance or the
/// container), which awsop does not call itself.
const UNRESOLVED_PROFILE_KEYS: [&str; 7] = [
    "role_arn",
    "source_profile",
    "credential_source",
    "web_identity_token_file",
    "sso_session",
    "sso_start_url",
    "sso_account_id",
];

fn configuration(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Configuration, message)
}

fn flag(value: &str) -> bool {
    value.trim().eq_ignore_ascii_case("true")
}

impl Config {
    /// A builder with the defaults: no region, no credentials, standard retries (3 attempts),
    /// random tokens, 3.1 s connect timeout, 60 s operation timeout.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder(Self {
            region: None,
            credentials: CredentialsSource::None,
            endpoint_url: None,
            configured_endpoints: ConfiguredEndpoints::default(),
            use_fips: false,
            use_dual_stack: false,
            account_id_endpoint_mode: std::borrow::Cow::Borrowed("preferred"),
            idempotency_tokens: Arc::new(RandomTokens),
            retry: RetryConfig::default(),
            sleep: Arc::new(TokioSleep),
            jitter: None,
            time_source: Arc::new(SystemClock),
            connect_timeout: Duration::from_millis(3100),
            attempt_timeout: None,
            operation_timeout: Some(Duration::from_secs(60)),
            trust: Trust::default(),
            profile: Arc::new(("default".to_owned(), Profiles::default())),
        })
    }

    /// Reads the environment and the shared profile files, as the official SDKs do:
    ///
    /// - credentials: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, else
    ///   the profile's `aws_access_key_id`/`aws_secret_access_key`/`aws_session_token`, else its
    ///   `credential_process`; resolved at the first call and cached until shortly before expiry;
    /// - the profile: `AWS_PROFILE` (default `default`) in `AWS_CONFIG_FILE` (`~/.aws/config`)
    ///   and `AWS_SHARED_CREDENTIALS_FILE` (`~/.aws/credentials`);
    /// - region: `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`;
    /// - endpoint: `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's `[services]`
    ///   section, its `endpoint_url`; `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` turns them off;
    /// - `AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`, `AWS_ACCOUNT_ID_ENDPOINT_MODE`,
    ///   `AWS_MAX_ATTEMPTS`, `AWS_RETRY_MODE` and their profile keys; `AWS_ACCOUNT_ID` (or the
    ///   profile's `aws_account_id`) with the keys.
    ///
    /// Fails on a malformed profile file (naming file and line), an `AWS_PROFILE` that no file
    /// has, or a malformed setting. Missing credentials or region fail the first call instead,
    /// naming what was looked at.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(std::env::vars())
    }

    /// [`Config::from_env`] with the profile named explicitly, as the aws CLI's `--profile`:
    /// its credentials are used even where `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`
    /// are set (they are read only when no profile is named), and a profile that no file has
    /// is an error. Region and the other settings are read as `from_env` reads them.
    pub fn from_profile(profile: &str) -> Result<Self, Error> {
        Self::load(std::env::vars(), Some(profile))
    }

    /// [`Config::from_env`] over the given variables instead of the process environment.
    pub fn from_vars(vars: impl IntoIterator<Item = (String, String)>) -> Result<Self, Error> {
        Self::load(vars, None)
    }

    /// [`Config::from_profile`] over the given variables instead of the process environment.
    pub fn from_vars_with_profile(
        vars: impl IntoIterator<Item = (String, String)>,
        profile: &str,
    ) -> Result<Self, Error> {
        Self::load(vars, Some(profile))
    }

    fn load(
        vars: impl IntoIterator<Item = (String, String)>,
        explicit_profile: Option<&str>,
    ) -> Result<Self, Error> {
        let env: HashMap<String, String> =
            vars.into_iter().filter(|(_, v)| !v.is_empty()).collect();
        let var = |name: &str| env.get(name).map(String::as_str);
        let mut config = Self::builder().0;

        let home = var("HOME").or_else(|| var("USERPROFILE"));
        let config_path = var("AWS_CONFIG_FILE")
            .map(str::to_owned)
            .or_else(|| home.map(|h| format!("{h}/.aws/config")));
        let credentials_path = var("AWS_SHARED_CREDENTIALS_FILE")
            .map(str::to_owned)
            .or_else(|| home.map(|h| format!("{h}/.aws/credentials")));
        let mut profiles = Profiles::default();
        let mut files = Vec::new();
        for (path, kind) in [
            (config_path, FileKind::Config),
            (credentials_path, FileKind::Credentials),
        ] {
            let Some(path) = path else { continue };
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    profiles
                        .merge(&text, &path, kind)
                        .map_err(|err| configuration(err.to_string()))?;
                    files.push(path);
                }
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                    files.push(format!("{path} (not found)"))
                }
                Err(err) => return Err(configuration(format!("cannot read {path}: {err}"))),
            }
        }
        let (profile_name, named_by) = match (explicit_profile, var("AWS_PROFILE")) {
            (Some(name), _) => (name.to_owned(), Some("named explicitly")),
            (None, Some(name)) => (name.to_owned(), Some("from AWS_PROFILE")),
            (None, None) => ("default".to_owned(), None),
        };
        if let Some(named_by) = named_by.filter(|_| !profiles.has_profile(&profile_name)) {
            return Err(configuration(format!(
                "the profile `{profile_name}` ({named_by}) is in none of {}; add a `[profile {profile_name}]` section or name another profile",
                files.join(", ")
            )));
        }
        let setting = |env_name: &str, profile_key: &str| {
            var(env_name).or_else(|| profiles.get(&profile_name, profile_key))
        };

        config.region = var("AWS_REGION")
            .or_else(|| var("AWS_DEFAULT_REGION"))
            .or_else(|| profiles.get(&profile_name, "region"))
            .map(str::to_owned);
        if let Some(region) = &config.region {
            crate::endpoint::check_region(region).map_err(|message| {
                configuration(format!(
                    "{message} (from AWS_REGION, AWS_DEFAULT_REGION or the profile's region)"
                ))
            })?;
        }
        config.use_fips = setting("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint").is_some_and(flag);
        config.use_dual_stack =
            setting("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint").is_some_and(flag);
        if let Some(mode) = setting("AWS_ACCOUNT_ID_ENDPOINT_MODE", "account_id_endpoint_mode") {
            let mode = mode.trim();
            if !["preferred", "disabled", "required"].contains(&mode) {
                return Err(configuration(format!(
                    "the account ID endpoint mode is `{mode}` (AWS_ACCOUNT_ID_ENDPOINT_MODE or the profile's account_id_endpoint_mode); expected `preferred`, `disabled` or `required`"
                )));
            }
            config.account_id_endpoint_mode = std::borrow::Cow::Owned(mode.to_owned());
        }
        if let Some(value) = setting("AWS_MAX_ATTEMPTS", "max_attempts") {
            config.retry.max_attempts = match value.trim().parse::<u32>() {
                Ok(n) if n >= 1 => n,
                _ => return Err(configuration(format!("max attempts is `{value}` (AWS_MAX_ATTEMPTS or the profile's max_attempts); expected a whole number of at least 1"))),
            };
        }
        if let Some(mode) = setting("AWS_RETRY_MODE", "retry_mode") {
            // legacy and adaptive are accepted as the official SDKs accept them; both retry as
            // standard here (adaptive's client-side rate limiting is not implemented)
            if !["standard", "legacy", "adaptive"].contains(&mode.trim()) {
                return Err(configuration(format!(
                    "retry mode is `{mode}`; expected `standard`, `legacy` or `adaptive`"
                )));
            }
        }

        // AWS_CA_BUNDLE or the profile's ca_bundle: a PEM file whose certificates are trusted
        // beside the bundled roots; read and checked here, so a wrong one fails the load
        if let Some(path) = setting("AWS_CA_BUNDLE", "ca_bundle") {
            let pem = std::fs::read(path).map_err(|err| {
                configuration(format!(
                    "cannot read the CA bundle {path} (AWS_CA_BUNDLE or the profile's ca_bundle): {err}"
                ))
            })?;
            Trust::certificates(path, &pem).map_err(configuration)?;
            config.trust.bundles.push((path.to_owned(), Arc::new(pem)));
        }

        let endpoints = &mut config.configured_endpoints;
        endpoints.ignore = setting(
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
            "ignore_configured_endpoint_urls",
        )
        .is_some_and(flag);
        endpoints.env_global = var("AWS_ENDPOINT_URL").map(str::to_owned);
        endpoints.env_service = env
            .iter()
            .filter_map(|(name, value)| {
                Some((
                    name.strip_prefix("AWS_ENDPOINT_URL_")?.to_owned(),
                    value.clone(),
                ))
            })
            .collect();
        endpoints.env_service.sort();
        endpoints.profile_global = profiles
            .get(&profile_name, "endpoint_url")
            .map(str::to_owned);
        // a profile named explicitly wins over the environment's keys, as in the aws CLI
        let key_vars = if explicit_profile.is_some() {
            (None, None)
        } else {
            (var("AWS_ACCESS_KEY_ID"), var("AWS_SECRET_ACCESS_KEY"))
        };
        let environment = match key_vars {
            (Some(key), Some(secret)) => Some(
                Credentials::new(key, secret, var("AWS_SESSION_TOKEN").map(str::to_owned))
                    .with_account(var("AWS_ACCOUNT_ID")),
            ),
            (None, None) => None,
            (Some(_), None) => {
                return Err(Error::new(
                    ErrorKind::Credentials,
                    "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; set both",
                ))
            }
            (None, Some(_)) => {
                return Err(Error::new(
                    ErrorKind::Credentials,
                    "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not; set both",
                ))
            }
        };
        let get = |key: &str| profiles.get(&profile_name, key);
        // the official chain's order within a profile: a role, web identity or SSO setting
        // comes before static keys, so a profile with one is never signed with the keys
        let delegated = UNRESOLVED_PROFILE_KEYS
            .into_iter()
            .find(|key| get(key).is_some());
        let profile = match (delegated, get("aws_access_key_id"), get("aws_secret_access_key")) {
            (Some(key), _, _) => ProfileCredentials::Unsupported(key.to_owned()),
            (None, Some(key), Some(secret)) => ProfileCredentials::Static(
                Credentials::new(key, secret, get("aws_session_token").map(str::to_owned))
                    .with_account(get("aws_account_id")),
            ),
            (None, Some(_), None) | (None, None, Some(_)) => {
                return Err(Error::new(ErrorKind::Credentials, format!(
                    "profile `{profile_name}` has only one of aws_access_key_id and aws_secret_access_key; set both"
                )))
            }
            (None, None, None) => match get("credential_process") {
                Some(command) => ProfileCredentials::Process(ProcessProvider::new(command)),
                None => ["AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_WEB_IDENTITY_TOKEN_FILE"]
                    .into_iter()
                    .find(|name| var(name).is_some())
                    .map_or(ProfileCredentials::None, |name| ProfileCredentials::Unsupported(name.to_owned())),
            },
        };
        config.profile = Arc::new((profile_name.clone(), profiles.clone()));
        config.credentials = match (&environment, &profile) {
            (Some(credentials), _) | (None, ProfileCredentials::Static(credentials)) => {
                CredentialsSource::Fixed(credentials.clone())
            }
            _ => CredentialsSource::Provider(Arc::new(DefaultChain {
                environment,
                profile,
                profile_name,
                files,
            })),
        };
        Ok(config)
    }

    /// A setting of the selected profile that awsop itself does not read, for tools built on
    /// it (the CLI's `output`): `None` where the profile lacks it, and always for
    /// `aws_secret_access_key`, `aws_session_token` and `credential_process` (whose command
    /// line may hold a token).
    pub fn profile_setting(&self, key: &str) -> Option<&str> {
        if matches!(
            key,
            "aws_secret_access_key" | "aws_session_token" | "credential_process"
        ) {
            return None;
        }
        let (name, profiles) = &*self.profile;
        profiles.get(name, key)
    }

    /// The configured region.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// Fixed credentials, if that is what the configuration has.
    pub fn credentials(&self) -> Option<&Credentials> {
        match &self.credentials {
            CredentialsSource::Fixed(credentials) => Some(credentials),
            _ => None,
        }
    }

    /// The endpoint URL configured for `service`, in the official order: explicit, then
    /// (unless configured endpoints are ignored) `AWS_ENDPOINT_URL_<SERVICE>`,
    /// `AWS_ENDPOINT_URL`, the profile's `[services]` entry, the profile's `endpoint_url`.
    pub fn endpoint_url_for(&self, service: &Service) -> Option<&str> {
        if let Some(url) = &self.endpoint_url {
            return Some(url);
        }
        let configured = &self.configured_endpoints;
        if configured.ignore {
            return None;
        }
        let env = service.endpoint_env();
        configured
            .env_service
            .iter()
            .find(|(k, _)| *k == env)
            .map(|(_, url)| url.as_str())
            .or(configured.env_global.as_deref())
            .or_else(|| {
                let (name, profiles) = &*self.profile;
                profiles.service_property(name, &service.profile_key(), "endpoint_url")
            })
            .or(configured.profile_global.as_deref())
    }

    /// A builder that starts from this configuration.
    pub fn to_builder(&self) -> ConfigBuilder {
        ConfigBuilder(self.clone())
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let credentials: &dyn fmt::Debug = match &self.credentials {
            CredentialsSource::None => &"none",
            CredentialsSource::Fixed(credentials) => credentials,
            CredentialsSource::Provider(provider) => provider,
        };
        f.debug_struct("Config")
            .field("region", &self.region)
            .field("credentials", credentials)
            .field("endpoint_url", &self.endpoint_url)
            .field("configured_endpoints", &self.configured_endpoints)
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field("account_id_endpoint_mode", &self.account_id_endpoint_mode)
            .field("idempotency_tokens", &self.idempotency_tokens)
            .field("retry", &self.retry)
            .field("connect_timeout", &self.connect_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("operation_timeout", &self.operation_timeout)
            .finish_non_exhaustive()
    }
}

/// Builds a [`Config`].
#[derive(Debug, Clone)]
pub struct ConfigBuilder(Config);

impl ConfigBuilder {
    /// The region to sign for and to resolve the endpoint in (`us-east-1`).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.0.region = Some(region.into());
        self
    }

    /// Fixed credentials to sign with.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.0.credentials = CredentialsSource::Fixed(credentials);
        self
    }

    /// A provider of credentials, cached by the client until shortly before they expire.
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.0.credentials = CredentialsSource::Provider(Arc::new(provider));
        self
    }

    /// Send every call to this URL instead of the service's endpoint (e.g. the emulator).
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.0.endpoint_url = Some(url.into());
        self
    }

    /// Use the FIPS endpoint.
    pub fn use_fips(mut self, use_fips: bool) -> Self {
        self.0.use_fips = use_fips;
        self
    }

    /// Use the service's dual-stack (IPv4 and IPv6) endpoint, where its rule set has one.
    pub fn use_dual_stack(mut self, use_dual_stack: bool) -> Self {
        self.0.use_dual_stack = use_dual_stack;
        self
    }

    /// Whether account-based endpoints are used where a service has them (DynamoDB):
    /// `preferred` (the default: when the credentials name their account), `disabled` or
    /// `required`.
    pub fn account_id_endpoint_mode(mut self, mode: impl Into<String>) -> Self {
        self.0.account_id_endpoint_mode = std::borrow::Cow::Owned(mode.into());
        self
    }

    /// Where autofilled idempotency tokens come from (default: random v4 UUIDs).
    pub fn idempotency_tokens(mut self, tokens: impl IdempotencyTokens + 'static) -> Self {
        self.0.idempotency_tokens = Arc::new(tokens);
        self
    }

    /// Attempts, backoff and the retry quota.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.0.retry = retry;
        self
    }

    /// Attempts in all, the first included (1 turns retries off).
    pub fn max_attempts(mut self, max_attempts: u32) -> Self {
        self.0.retry.max_attempts = max_attempts.max(1);
        self
    }

    /// How to wait between attempts (default `tokio::time::sleep`).
    pub fn sleep(mut self, sleep: impl Sleep + 'static) -> Self {
        self.0.sleep = Arc::new(sleep);
        self
    }

    /// Where backoff jitter comes from (default: uniform random fractions).
    pub fn jitter(mut self, jitter: impl Jitter + 'static) -> Self {
        self.0.jitter = Some(Arc::new(jitter));
        self
    }

    /// Where the time comes from (default: the system clock).
    pub fn time_source(mut self, time: impl TimeSource + 'static) -> Self {
        self.0.time_source = Arc::new(time);
        self
    }

    /// The most a TCP (and TLS) connect may take (default 3.1 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.0.connect_timeout = timeout;
        self
    }

    /// The most one attempt may take, response body included (default: none).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.0.attempt_timeout = Some(timeout);
        self
    }

    /// The most a whole call may take, retries and backoff included (default 60 s; `None`
    /// for no limit).
    pub fn operation_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.0.operation_timeout = timeout;
        self
    }

    /// Also trust the certificates of this PEM bundle (a corporate CA, a test server's), as
    /// `AWS_CA_BUNDLE` does. A bundle that holds no PEM certificate fails the first call.
    pub fn ca_bundle_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.0.trust.bundles.push((
            "given to ConfigBuilder::ca_bundle_pem".to_owned(),
            Arc::new(pem.into()),
        ));
        self
    }

    /// Also trust the operating system's certificate store, read at the first request (so
    /// building a client stays cheap). Cargo feature `os-trust-store`.
    #[cfg(feature = "os-trust-store")]
    pub fn use_os_trust_store(mut self, use_it: bool) -> Self {
        self.0.trust.os_store = use_it;
        self
    }

    /// The configuration.
    pub fn build(self) -> Config {
        self.0
    }
}
