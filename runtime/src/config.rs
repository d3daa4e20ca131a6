//! Configuration: region, credentials, endpoint, retries, timeouts, and what tests inject.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::credentials::Credentials;
use crate::error::{Error, ErrorKind};
use crate::retry::{RetryConfig, Sleep, TokioSleep};
use crate::token::{IdempotencyTokens, RandomTokens};

/// Everything a [`Client`](crate::Client) needs. Build one with [`Config::builder`] or read
/// it from the environment with [`Config::from_env`].
#[derive(Clone)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) credentials: Option<Credentials>,
    pub(crate) endpoint_url: Option<String>,
    /// `AWS_ENDPOINT_URL_<SERVICE>` values, by the service's `endpoint_env`.
    pub(crate) service_endpoint_urls: Vec<(String, String)>,
    /// `AWS_ENDPOINT_URL`.
    pub(crate) global_endpoint_url: Option<String>,
    pub(crate) use_fips: bool,
    pub(crate) idempotency_tokens: Arc<dyn IdempotencyTokens>,
    pub(crate) retry: RetryConfig,
    pub(crate) sleep: Arc<dyn Sleep>,
    pub(crate) connect_timeout: Duration,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
}

impl Config {
    /// A builder with the defaults: no region, no credentials, 3 attempts, random tokens,
    /// 3.1 s connect timeout, 60 s operation timeout.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder(Self {
            region: None,
            credentials: None,
            endpoint_url: None,
            service_endpoint_urls: Vec::new(),
            global_endpoint_url: None,
            use_fips: false,
            idempotency_tokens: Arc::new(RandomTokens),
            retry: RetryConfig::default(),
            sleep: Arc::new(TokioSleep),
            connect_timeout: Duration::from_millis(3100),
            attempt_timeout: None,
            operation_timeout: Some(Duration::from_secs(60)),
        })
    }

    /// Reads `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_REGION`
    /// (or `AWS_DEFAULT_REGION`), `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_<SERVICE>` (e.g.
    /// `AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT`), `AWS_USE_FIPS_ENDPOINT` and
    /// `AWS_MAX_ATTEMPTS`. Fails, naming the variables, when credentials or region are missing.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(std::env::vars())
    }

    /// [`Config::from_env`] over the given variables instead of the process environment.
    pub fn from_vars(vars: impl IntoIterator<Item = (String, String)>) -> Result<Self, Error> {
        let mut builder = Self::builder();
        let (mut key, mut secret, mut token, mut region, mut default_region) =
            (None, None, None, None, None);
        for (name, value) in vars {
            if value.is_empty() {
                continue;
            }
            match name.as_str() {
                "AWS_ACCESS_KEY_ID" => key = Some(value),
                "AWS_SECRET_ACCESS_KEY" => secret = Some(value),
                "AWS_SESSION_TOKEN" => token = Some(value),
                "AWS_REGION" => region = Some(value),
                "AWS_DEFAULT_REGION" => default_region = Some(value),
                "AWS_ENDPOINT_URL" => builder.0.global_endpoint_url = Some(value),
                "AWS_USE_FIPS_ENDPOINT" => builder.0.use_fips = value.eq_ignore_ascii_case("true"),
                "AWS_MAX_ATTEMPTS" => match value.parse::<u32>() {
                    Ok(n) if n >= 1 => builder.0.retry.max_attempts = n,
                    _ => {
                        return Err(Error::new(
                            ErrorKind::Configuration,
                            format!(
                            "AWS_MAX_ATTEMPTS is `{value}`; expected a whole number of at least 1"
                        ),
                        ))
                    }
                },
                _ => {
                    if let Some(service) = name.strip_prefix("AWS_ENDPOINT_URL_") {
                        builder
                            .0
                            .service_endpoint_urls
                            .push((service.to_owned(), value));
                    }
                }
            }
        }
        builder.0.region = region.or(default_region);
        builder.0.credentials = match (key, secret) {
            (Some(key), Some(secret)) => Some(Credentials::new(key, secret, token)),
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
        let config = builder.build();
        if config.credentials.is_none() {
            return Err(Error::new(
                ErrorKind::Credentials,
                "no credentials found; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials)",
            ));
        }
        if config.region.is_none() {
            return Err(Error::new(
                ErrorKind::Configuration,
                "no region found; set AWS_REGION or AWS_DEFAULT_REGION (e.g. us-east-1)",
            ));
        }
        Ok(config)
    }

    /// The configured region.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The credentials, if any.
    pub fn credentials(&self) -> Option<&Credentials> {
        self.credentials.as_ref()
    }

    /// The endpoint URL configured for `service` (explicit, then `AWS_ENDPOINT_URL_<SERVICE>`,
    /// then `AWS_ENDPOINT_URL`), if any.
    pub fn endpoint_url_for(&self, service: &crate::Service) -> Option<&str> {
        self.endpoint_url
            .as_deref()
            .or_else(|| {
                self.service_endpoint_urls
                    .iter()
                    .find(|(env, _)| env == service.endpoint_env)
                    .map(|(_, url)| url.as_str())
            })
            .or(self.global_endpoint_url.as_deref())
    }

    /// A builder that starts from this configuration.
    pub fn to_builder(&self) -> ConfigBuilder {
        ConfigBuilder(self.clone())
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .field("endpoint_url", &self.endpoint_url)
            .field("service_endpoint_urls", &self.service_endpoint_urls)
            .field("global_endpoint_url", &self.global_endpoint_url)
            .field("use_fips", &self.use_fips)
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

    /// The credentials to sign with.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.0.credentials = Some(credentials);
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

    /// Where autofilled idempotency tokens come from (default: random v4 UUIDs).
    pub fn idempotency_tokens(mut self, tokens: impl IdempotencyTokens + 'static) -> Self {
        self.0.idempotency_tokens = Arc::new(tokens);
        self
    }

    /// Attempts and backoff.
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

    /// The most a whole call may take, retries and backoff included (default 60 s).
    pub fn operation_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.0.operation_timeout = timeout;
        self
    }

    /// The configuration.
    pub fn build(self) -> Config {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn environment_gives_credentials_region_and_endpoints() {
        let config = Config::from_vars(vars(&[
            ("AWS_ACCESS_KEY_ID", "AKID"),
            ("AWS_SECRET_ACCESS_KEY", "secret"),
            ("AWS_DEFAULT_REGION", "eu-west-1"),
            ("AWS_ENDPOINT_URL", "http://global"),
            ("AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT", "http://service"),
        ]))
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.region(), Some("eu-west-1"));
        assert_eq!(
            config.endpoint_url_for(&crate::service::PARTNERCENTRAL_ACCOUNT),
            Some("http://service")
        );
        let explicit = config.to_builder().endpoint_url("http://explicit").build();
        assert_eq!(
            explicit.endpoint_url_for(&crate::service::PARTNERCENTRAL_ACCOUNT),
            Some("http://explicit")
        );
    }

    #[test]
    fn missing_settings_are_named() {
        let err = Config::from_vars(vars(&[("AWS_REGION", "us-east-1")]))
            .err()
            .map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("credentials error: no credentials found; set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials)"));
        let err = Config::from_vars(vars(&[
            ("AWS_ACCESS_KEY_ID", "a"),
            ("AWS_SECRET_ACCESS_KEY", "b"),
        ]))
        .err()
        .map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("configuration error: no region found; set AWS_REGION or AWS_DEFAULT_REGION (e.g. us-east-1)"));
        let err = Config::from_vars(vars(&[("AWS_MAX_ATTEMPTS", "zero")]))
            .err()
            .map(|e| e.kind());
        assert_eq!(err, Some(ErrorKind::Configuration));
    }
}
