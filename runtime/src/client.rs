//! The call pipeline: fill the idempotency token → serialize → resolve the endpoint →
//! credentials → (sign → send → classify) per attempt → retry or deserialize.

use std::borrow::Cow;
use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};

use aws_smithy_runtime_api::client::identity::Identity;
use bytes::Bytes;
use http::header::{HeaderMap, HeaderName, HeaderValue, USER_AGENT};
use tracing::{field, Instrument};

use crate::bindings::HttpResponse;
use crate::clock::ClockSkew;
use crate::config::{Config, CredentialsSource};
use crate::credentials::{CredentialsCache, IdentitySource};
use crate::endpoint::{resolve, EndpointParams};
use crate::error::{Error, ErrorKind};
use crate::operation::Operation;
use crate::protocol;
use crate::retry::{
    classify, Jitter as _, RandomJitter, RetryQuota, Retryable, CLOCK_SKEW_CODES, RETRY_COST,
    SUCCESS_REFILL, TIMEOUT_RETRY_COST,
};
use crate::sign::{signature_headers, SigningKeyCache, ToSign};
use crate::transport::{RawResponse, Transport, TransportError};
use crate::validate::Validator;

const USER_AGENT_VALUE: &str = concat!("awsop/", env!("CARGO_PKG_VERSION"));

/// Sends operations. Cheap to clone: clones share one connection pool, one credentials
/// cache, one retry quota and one learned clock skew.
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// let client = awsop::Client::from_env()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    identity: IdentitySource,
    transport: Transport,
    quota: RetryQuota,
    skew: ClockSkew,
    /// The endpoints of the services called, each resolved once (by service id); a client
    /// that calls more services than this resolves the others per call.
    endpoints: [OnceLock<(&'static crate::Service, Resolved)>; ENDPOINT_SLOTS],
    /// Endpoints that depend on the input or the account, by parameter set.
    keyed_endpoints: std::sync::Mutex<std::collections::VecDeque<KeyedEndpoint>>,
    signing_keys: SigningKeyCache,
    /// What is wrong with the configured region, found once: it is signed into every request
    /// and may name the host, so a call with it fails before anything is sent.
    region_error: Option<String>,
}

/// How many services' endpoints a client keeps.
const ENDPOINT_SLOTS: usize = 8;

/// A service's resolved endpoint: the URL, and the signing scope its rule set names.
#[derive(Debug, Clone)]
struct Resolved {
    url: reqwest::Url,
    /// The `sigv4` auth scheme's `signingRegion` (a global endpoint signed for one region).
    signing_region: Option<String>,
    /// The `sigv4` auth scheme's `signingName`.
    signing_name: Option<String>,
    /// The rule set reads the credentials' account (`AWS::Auth::AccountId`).
    reads_account: bool,
}

/// Whether two services are one: the same facts, and the same rule set (by its text's place,
/// so a comparison never reads a whole rule set). Two declarations of one service in
/// different places are kept apart, which costs a slot, never a wrong endpoint.
fn same_service(a: &crate::Service, b: &crate::Service) -> bool {
    std::ptr::eq(a, b)
        || (a.id == b.id
            && a.protocol == b.protocol
            && a.target_prefix == b.target_prefix
            && a.signing_name == b.signing_name
            && a.service_id == b.service_id
            && a.query_compatible == b.query_compatible
            && crate::service::same_customize(a.customize, b.customize)
            && match (a.endpoint_rules, b.endpoint_rules) {
                (None, None) => true,
                (Some(x), Some(y)) => std::ptr::eq(x, y),
                _ => false,
            })
}

/// Whether `service`'s rule set reads the credentials' account (`AWS::Auth::AccountId`), from
/// its parsed parameters (parsed once per process).
fn reads_account(service: &crate::Service) -> bool {
    crate::endpoint::reads_built_in(service, "AWS::Auth::AccountId")
}

/// The endpoints resolved per parameter set (context parameters, account): service id,
/// account, parameters, and what they resolved to.
type KeyedEndpoint = (
    &'static crate::Service,
    Option<String>,
    Vec<(&'static str, String)>,
    Resolved,
);

/// How many keyed endpoints a client keeps (then the oldest goes).
const KEYED_ENDPOINTS: usize = 64;

/// One failed attempt: the error, and whether it may be tried again.
pub(crate) type Failed<E> = (Error<E>, Option<Retryable>);

impl Client {
    /// A client for `config`. Nothing is connected, loaded or resolved until the first call.
    pub fn new(config: Config) -> Self {
        let identity = match &config.credentials {
            CredentialsSource::None => IdentitySource::Missing,
            CredentialsSource::Fixed(credentials) => IdentitySource::Fixed(credentials.identity()),
            CredentialsSource::Provider(provider) => {
                IdentitySource::Cached(CredentialsCache::new(Arc::clone(provider)))
            }
        };
        let transport = Transport::new(config.connect_timeout, config.trust.clone());
        let region_error = config
            .region
            .as_deref()
            .and_then(|region| crate::endpoint::check_region(region).err());
        let quota = RetryQuota::new(config.retry.quota);
        Self {
            inner: Arc::new(Inner {
                config,
                identity,
                transport,
                quota,
                skew: ClockSkew::default(),
                endpoints: Default::default(),
                keyed_endpoints: std::sync::Mutex::default(),
                signing_keys: SigningKeyCache::default(),
                region_error,
            }),
        }
    }

    /// A client configured from the environment and profile files: see [`Config::from_env`].
    pub fn from_env() -> Result<Self, Error> {
        Config::from_env().map(Self::new)
    }

    /// The client's configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// Sends `op` and returns its output, or an error whose
    /// [`service_error`](Error::service_error) is the operation's typed error.
    ///
    /// The idempotency token, if the operation has one and it is `None`, is filled once here,
    /// so every retry sends the same token.
    pub async fn send<O: Operation>(&self, mut op: O) -> Result<O::Output, Error<O::Error>> {
        op.fill_idempotency_token(&*self.inner.config.idempotency_tokens);
        let span = operation_span(O::SERVICE.id, O::NAME);
        // the operation timeout counts from here: planning is part of the call
        let deadline = self
            .inner
            .config
            .operation_timeout
            .map(|limit| (tokio::time::Instant::now() + limit, limit));
        // only what the operation's types decide is compiled per operation: the plan before
        // and the reading after; what lies between is compiled once, in this crate
        let plan = {
            let _entered = span.enter();
            Plan::of(&op)
        };
        let result = match plan {
            Err(err) => Err(err),
            Ok(plan) => {
                let done = self.dispatch(plan, span.clone(), deadline).await;
                let _entered = span.enter();
                read::<O>(done)
            }
        };
        if let Err(err) = &result {
            call_failed(
                &span,
                err.kind(),
                err.code(),
                err.status(),
                err.request_id(),
            );
        }
        result.map_err(|err| err.with_operation(O::NAME))
    }

    /// Prepares and sends a planned call, under the operation's span and timeout. Not generic,
    /// and boxed, so that neither this nor the futures it awaits (credentials, the attempts,
    /// the HTTP client) is compiled again in each crate that sends an operation.
    fn dispatch<'a>(
        &'a self,
        plan: Plan<'a>,
        span: tracing::Span,
        deadline: Option<(tokio::time::Instant, std::time::Duration)>,
    ) -> Pin<Box<dyn Future<Output = Result<Executed, Error>> + Send + 'a>> {
        let service = plan.service;
        let call = async move {
            let prepared = self.prepare(plan).await?;
            Ok(self.execute(&prepared, service).await)
        }
        .instrument(span);
        Box::pin(async move {
            match deadline {
                Some((at, limit)) => tokio::time::timeout_at(at, call).await.unwrap_or_else(|_| {
                    Err(Error::new(
                        ErrorKind::Timeout,
                        format!("the operation timeout of {limit:?} passed"),
                    ))
                }),
                None => call.await,
            }
        })
    }

    /// Finds the URL, region and credentials for a planned call: with the plan's request, all
    /// that every attempt shares.
    async fn prepare(&self, plan: Plan<'_>) -> Result<Prepared<'_>, Error> {
        let inner = &*self.inner;
        let config = &inner.config;
        let service = plan.service;
        // a rule set that reads the input or the account may only resolve with them: its
        // error waits until they are known; any other service's error comes first, as before
        let fast = match self.endpoint(service) {
            Ok(endpoint) => Some(endpoint),
            Err(_) if plan.has_context_params || reads_account(service) => None,
            Err(err) => return Err(err),
        };
        let reads_more =
            plan.has_context_params || fast.as_ref().is_none_or(|endpoint| endpoint.reads_account);
        let region = config.region.as_deref().ok_or_else(|| {
            Error::new(ErrorKind::Configuration, "no region configured; set AWS_REGION, the profile's `region`, or Config::builder().region(..)")
        })?;
        if let Some(message) = &inner.region_error {
            return Err(Error::new(ErrorKind::Configuration, message.clone()));
        }
        // an operation without authentication is sent unsigned: no credentials are looked up
        let identity = if plan.no_auth {
            None
        } else {
            Some(
                inner
                    .identity
                    .identity(&*config.time_source)
                    .await
                    .map_err(|err| Error::new(ErrorKind::Credentials, err.to_string()))?,
            )
        };
        // an endpoint that depends on the input (context parameters) or on the credentials'
        // account is resolved once per such parameter set and kept
        let account_id = identity
            .as_ref()
            .and_then(|identity| identity.data::<aws_credential_types::Credentials>())
            .and_then(|c| c.account_id())
            .map(|a| a.as_str())
            .filter(|_| reads_more);
        let endpoint = match fast {
            Some(endpoint) if !plan.has_context_params && account_id.is_none() => endpoint,
            _ => Cow::Owned(self.keyed_endpoint(service, account_id, &plan.context)?),
        };
        // the URL, and the region and name to sign for: the configured region and the
        // service's name unless the rule set names others (a global endpoint, a local one)
        let (mut url, signing_region, signing_name) = match endpoint {
            Cow::Borrowed(resolved) => (
                Cow::Borrowed(&resolved.url),
                resolved
                    .signing_region
                    .as_deref()
                    .map_or(Cow::Borrowed(region), Cow::Borrowed),
                resolved
                    .signing_name
                    .as_deref()
                    .map_or(Cow::Borrowed(service.signing_name), Cow::Borrowed),
            ),
            Cow::Owned(resolved) => (
                Cow::Owned(resolved.url),
                resolved
                    .signing_region
                    .map_or(Cow::Borrowed(region), Cow::Owned),
                resolved
                    .signing_name
                    .map_or(Cow::Borrowed(service.signing_name), Cow::Owned),
            ),
        };
        if let Some(text) = plan.endpoint_url {
            url = Cow::Owned(endpoint_url(text).map_err(|message| {
                Error::new(
                    ErrorKind::InvalidInput,
                    format!("{}'s endpoint URL member {message}", plan.name),
                )
            })?);
        }
        if let Some(prefix) = &plan.host_prefix {
            url = Cow::Owned(with_host_prefix(&url, prefix)?);
        }
        // what messages and traces show of the URL: origin and path, never user info or a
        // query; with the operation's URI pattern, not its labels' values (which may be secret)
        let request = plan.request;
        let shown = place(&mut url, &request.path_and_query, plan.uri);
        Ok(Prepared {
            url,
            body: request.body.into(),
            compressed: plan.compressed,
            region: signing_region,
            signing_name,
            identity,
            method: request.method,
            protocol_headers: request.headers,
            invocation_id: uuid::Uuid::new_v4().hyphenated().to_string(),
            shown,
        })
    }

    /// The first attempt's request for `op` (method, URL, headers, body), built and signed as `send`
    /// would send it, without sending it: for protocol conformance tests.
    #[doc(hidden)]
    pub async fn __first_request<O: Operation>(
        &self,
        mut op: O,
    ) -> Result<(&'static str, reqwest::Url, HeaderMap, Bytes), Error<O::Error>> {
        op.fill_idempotency_token(&*self.inner.config.idempotency_tokens);
        let plan = Plan::of(&op)?;
        let prepared = self.prepare(plan).await.map_err(Error::widen)?;
        let max = self.inner.config.retry.max_attempts.max(1);
        let request = prepared.attempt(1, max);
        let now = self.inner.skew.corrected(&*self.inner.config.time_source);
        let headers = request.headers(&self.inner.signing_keys, now)?;
        Ok((request.method, request.url.clone(), headers, request.body))
    }

    /// Sends attempts until one answers for good: a success, an error not worth retrying, or
    /// the last attempt or quota.
    async fn execute(&self, prepared: &Prepared<'_>, service: &'static crate::Service) -> Executed {
        let inner = &*self.inner;
        let config = &inner.config;
        let max = config.retry.max_attempts.max(1);
        let mut attempt = 1;
        let mut last_cost = None;
        loop {
            let request = prepared.attempt(attempt, max);
            let span = tracing::debug_span!(
                "awsop.attempt",
                attempt,
                status = field::Empty,
                request_id = field::Empty
            );
            let sent = self.attempt(request, service).instrument(span.clone());
            let result = match config.attempt_timeout {
                Some(limit) => tokio::time::timeout(limit, sent).await.unwrap_or_else(|_| {
                    let message =
                        format!("no complete response within the attempt timeout of {limit:?}");
                    Err((
                        Error::new(ErrorKind::Timeout, message),
                        Some(Retryable::Timeout),
                    ))
                }),
                None => sent.await,
            };
            tracing::Span::current().record("attempts", attempt);
            let (outcome, retryable) = match result {
                Ok((response, retryable)) => {
                    span.record("status", response.status);
                    if let Some(id) = &response.request_id {
                        span.record("request_id", id.as_str());
                    }
                    (Ok(response), retryable)
                }
                Err((err, retryable)) => (Err(err), retryable),
            };
            let done = |result, quota_exhausted| Executed {
                result,
                attempt,
                max,
                quota_exhausted,
            };
            let Some(retryable) = retryable.filter(|_| attempt < max) else {
                let decision = match (&outcome, retryable) {
                    (Ok(response), _) if (200..300).contains(&response.status) => "done",
                    (_, None) => "not retryable",
                    (_, Some(_)) => "attempts exhausted",
                };
                attempt_event(&span, &outcome, decision, None);
                if matches!(&outcome, Ok(response) if (200..300).contains(&response.status)) {
                    inner.quota.release(last_cost.unwrap_or(SUCCESS_REFILL));
                }
                return done(outcome, false);
            };
            let cost = if retryable == Retryable::Timeout {
                TIMEOUT_RETRY_COST
            } else {
                RETRY_COST
            };
            if !inner.quota.acquire(cost) {
                attempt_event(&span, &outcome, "retry quota exhausted", None);
                return done(outcome, true);
            }
            last_cost = Some(cost);
            let fraction = config
                .jitter
                .as_ref()
                .map_or_else(|| RandomJitter.fraction(), |jitter| jitter.fraction());
            let wait = config.retry.backoff(attempt, fraction);
            attempt_event(&span, &outcome, "retrying", Some(wait));
            drop(outcome);
            config.sleep.sleep(wait).await;
            attempt += 1;
        }
    }

    /// The endpoint of `service`, resolved at its first call and kept (one slot per service).
    fn endpoint(&self, service: &'static crate::Service) -> Result<Cow<'_, Resolved>, Error> {
        for slot in &self.inner.endpoints {
            if let Some((kept, resolved)) = slot.get() {
                if same_service(kept, service) {
                    return Ok(Cow::Borrowed(resolved));
                }
                continue;
            }
            let resolved = self.resolve_endpoint(service, None, &[])?;
            // another caller may fill this slot first, for this service or another
            let _ = slot.set((service, resolved));
            if let Some((kept, resolved)) = slot.get() {
                if same_service(kept, service) {
                    return Ok(Cow::Borrowed(resolved));
                }
            }
        }
        self.resolve_endpoint(service, None, &[]).map(Cow::Owned)
    }

    /// The endpoint of `service` for an account and context parameters, resolved once per set
    /// of them and kept (the last [`KEYED_ENDPOINTS`]).
    fn keyed_endpoint(
        &self,
        service: &'static crate::Service,
        account_id: Option<&str>,
        context: &[(&'static str, Cow<'_, str>)],
    ) -> Result<Resolved, Error> {
        let same = |entry: &KeyedEndpoint| {
            same_service(entry.0, service)
                && entry.1.as_deref() == account_id
                && entry.2.len() == context.len()
                && entry
                    .2
                    .iter()
                    .zip(context)
                    .all(|(a, b)| a.0 == b.0 && a.1 == b.1)
        };
        if let Ok(cache) = self.inner.keyed_endpoints.lock() {
            if let Some(entry) = cache.iter().find(|e| same(e)) {
                return Ok(entry.3.clone());
            }
        }
        let borrowed: Vec<(&'static str, &str)> =
            context.iter().map(|(k, v)| (*k, v.as_ref())).collect();
        let resolved = self.resolve_endpoint(service, account_id, &borrowed)?;
        if let Ok(mut cache) = self.inner.keyed_endpoints.lock() {
            if cache.len() >= KEYED_ENDPOINTS {
                cache.pop_front();
            }
            cache.push_back((
                service,
                account_id.map(str::to_owned),
                context
                    .iter()
                    .map(|(k, v)| (*k, v.as_ref().to_owned()))
                    .collect(),
                resolved.clone(),
            ));
        }
        Ok(resolved)
    }

    fn resolve_endpoint(
        &self,
        service: &'static crate::Service,
        account_id: Option<&str>,
        context: &[(&'static str, &str)],
    ) -> Result<Resolved, Error> {
        let config = &self.inner.config;
        let endpoint = resolve(
            service,
            EndpointParams {
                region: config.region.as_deref(),
                use_fips: config.use_fips,
                use_dual_stack: config.use_dual_stack,
                endpoint: config.endpoint_url_for(service),
                account_id,
                account_id_endpoint_mode: Some(&config.account_id_endpoint_mode),
                context,
            },
        )
        .map_err(|message| Error::new(ErrorKind::Configuration, message))?;
        // the URL is not repeated: a configured one may carry user info or a query
        let url = endpoint_url(&endpoint.url).map_err(|message| {
            Error::new(
                ErrorKind::Configuration,
                format!("the endpoint of {} {message}", service.id),
            )
        })?;
        Ok(Resolved {
            url,
            signing_region: endpoint.signing_region().map(str::to_owned),
            signing_name: endpoint.signing_name().map(str::to_owned),
            reads_account: reads_account(service),
        })
    }

    /// One attempt: the response, and whether an error response is worth retrying.
    async fn attempt(
        &self,
        request: Attempt<'_>,
        service: &'static crate::Service,
    ) -> Result<(RawResponse, Option<Retryable>), Failed<Infallible>> {
        let inner = &*self.inner;
        let now = inner.skew.corrected(&*inner.config.time_source);
        let headers = request
            .headers(&inner.signing_keys, now)
            .map_err(|err| (err, None))?;
        let mut response = inner
            .transport
            .send(request.method, request.url.clone(), headers, request.body)
            .await
            .map_err(|err| {
                // origin and path (or URI pattern) only: user info, a query or a label's
                // value stays out of the message
                let shown = request
                    .shown
                    .map_or_else(|| origin_and_path(request.url), str::to_owned);
                transport_error(err, &shown, inner.config.connect_timeout)
            })?;
        let skew_changed = response
            .date
            .as_deref()
            .is_some_and(|date| inner.skew.learn(date, &*inner.config.time_source));
        let retryable = if (200..300).contains(&response.status) {
            None
        } else {
            let error = protocol::error_body(
                service.protocol,
                response
                    .headers
                    .get("x-amzn-errortype")
                    .and_then(|v| v.to_str().ok()),
                &response.body,
            );
            let code = error.info.code.as_deref();
            let retryable = classify(response.status, code).or_else(|| {
                (skew_changed && code.is_some_and(|c| CLOCK_SKEW_CODES.contains(&c)))
                    .then_some(Retryable::Transient)
            });
            response.error = Some(error);
            retryable
        };
        Ok((response, retryable))
    }
}

/// How a call's attempts ended: the last response or failure, the attempt it came from, and
/// whether the retry quota stopped the retries.
struct Executed {
    result: Result<RawResponse, Error>,
    attempt: u32,
    max: u32,
    quota_exhausted: bool,
}

/// What the operation's types decide about a call, worked out before anything is awaited:
/// the validated and serialized request, and what the endpoint reads of the input. The rest
/// of the pipeline takes this, so it is compiled once, not per operation.
struct Plan<'a> {
    service: &'static crate::Service,
    name: &'static str,
    /// The operation's URI pattern (restJson1), as messages show the path.
    uri: &'static str,
    /// The request, its body compressed when the operation asks for it and is large.
    request: protocol::Request,
    compressed: bool,
    no_auth: bool,
    has_context_params: bool,
    /// The input's members the rule set reads (when `has_context_params`): its members'
    /// values, and what the model's `operationContextParams` select from its JSON.
    context: Vec<(&'static str, Cow<'a, str>)>,
    /// The input's endpoint URL member, if it has one and it is set.
    endpoint_url: Option<&'a str>,
    host_prefix: Option<String>,
}

impl<'a> Plan<'a> {
    /// Validates and serializes `op` (and compresses its body), and reads what its endpoint
    /// depends on.
    fn of<O: Operation>(op: &'a O) -> Result<Self, Error<O::Error>> {
        let mut validator = Validator::new();
        op.validate(&mut validator);
        validator.finish().map_err(Error::invalid_input)?;
        let mut request = protocol::request(op)?;
        let mut context = Vec::new();
        if O::HAS_CONTEXT_PARAMS {
            let mut members = Vec::new();
            op.context_params(&mut members);
            context.extend(
                members
                    .into_iter()
                    .map(|(name, value)| (name, Cow::Borrowed(value))),
            );
        }
        if !O::OPERATION_CONTEXT_PARAMS.is_empty() {
            // of the JSON before any compression
            select_context(O::OPERATION_CONTEXT_PARAMS, &request.body, &mut context);
        }
        let (body, compressed) =
            crate::compress::maybe_gzip::<O>(std::mem::take(&mut request.body));
        if O::CHECKSUM_REQUIRED {
            // of the bytes sent: after any compression
            request.headers.push((
                Cow::Borrowed("content-md5"),
                Cow::Owned(protocol::md5(&body)),
            ));
        }
        request.body = body;
        Ok(Plan {
            service: O::SERVICE,
            name: O::NAME,
            uri: O::HTTP.uri,
            request,
            compressed,
            no_auth: O::NO_AUTH,
            has_context_params: O::HAS_CONTEXT_PARAMS || !O::OPERATION_CONTEXT_PARAMS.is_empty(),
            context,
            endpoint_url: op.endpoint_url(),
            host_prefix: op.host_prefix(),
        })
    }
}

/// The values the model's `operationContextParams` select from a request's JSON `body`, one
/// entry per value (a list parameter takes them all). A body that is not JSON selects nothing.
fn select_context(
    params: &[(&'static str, &'static str)],
    body: &[u8],
    context: &mut Vec<(&'static str, Cow<'_, str>)>,
) {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(body) else {
        return;
    };
    for (name, path) in params {
        match crate::endpoint::context::evaluate(path, &json) {
            Ok(values) => context.extend(values.into_iter().map(|v| (*name, Cow::Owned(v)))),
            // the model check names such a path; the call goes to the endpoint without it
            Err(err) => tracing::debug!(parameter = name, path, %err, "context parameter not read"),
        }
    }
}

/// The output or typed error of an operation from how its call ended.
fn read<O: Operation>(done: Result<Executed, Error>) -> Result<O::Output, Error<O::Error>> {
    let done = done.map_err(Error::widen)?;
    let finish = |err: Error<O::Error>| {
        let err = err.with_attempts(done.attempt, done.max);
        if done.quota_exhausted {
            err.with_quota_exhausted()
        } else {
            err
        }
    };
    match done.result {
        Err(err) => Err(finish(err.widen())),
        Ok(response) => protocol::read_response::<O>(
            &HttpResponse {
                status: response.status,
                headers: &response.headers,
                body: &response.body,
            },
            response.request_id,
            response.error,
        )
        .map_err(finish),
    }
}

/// The span a call runs in.
fn operation_span(service: &'static str, operation: &'static str) -> tracing::Span {
    tracing::info_span!(
        "awsop.operation",
        service,
        operation,
        attempts = field::Empty,
    )
}

/// The debug event of a failed call.
fn call_failed(
    span: &tracing::Span,
    kind: ErrorKind,
    code: Option<&str>,
    status: Option<u16>,
    request_id: Option<&str>,
) {
    let _entered = span.enter();
    tracing::debug!(kind = ?kind, code, status, request_id, "call failed");
}

/// What every attempt of a call shares.
struct Prepared<'a> {
    url: Cow<'a, reqwest::Url>,
    body: Bytes,
    compressed: bool,
    /// The signing region and name: the configured region and the service's name, unless
    /// the endpoint says otherwise.
    region: Cow<'a, str>,
    signing_name: Cow<'a, str>,
    /// The credentials to sign with; none for an operation without authentication.
    identity: Option<Identity>,
    method: &'static str,
    /// The protocol's headers: content type, target, ...
    protocol_headers: protocol::Headers,
    invocation_id: String,
    /// The URL as messages show it, when the path holds an operation's labels.
    shown: Option<String>,
}

impl Prepared<'_> {
    fn attempt(&self, attempt: u32, max: u32) -> Attempt<'_> {
        Attempt {
            url: &self.url,
            method: self.method,
            protocol_headers: &self.protocol_headers,
            invocation_id: &self.invocation_id,
            attempt,
            max,
            identity: self.identity.as_ref(),
            region: &self.region,
            signing_name: &self.signing_name,
            body: self.body.clone(),
            compressed: self.compressed,
            shown: self.shown.as_deref(),
        }
    }
}

/// Puts a protocol's path and query below the endpoint, traces where the request goes, and
/// returns what messages show of the URL when its path holds an operation's labels: origin,
/// path and the URI pattern, never a label's value (which may be secret). Not generic: compiled
/// once, not per operation.
fn place(url: &mut Cow<'_, reqwest::Url>, path_and_query: &str, pattern: &str) -> Option<String> {
    if path_and_query.is_empty() {
        tracing::debug!(endpoint = %origin_and_path(url), "endpoint resolved");
        return None;
    }
    let pattern = pattern.split('?').next().unwrap_or_default();
    let shown = format!(
        "{}{}",
        origin_and_path(url),
        pattern.strip_prefix('/').unwrap_or(pattern)
    );
    *url = Cow::Owned(below(url, path_and_query));
    tracing::debug!(endpoint = %shown, "endpoint resolved");
    Some(shown)
}

/// A URL as messages and traces show it: origin and path, never user info or a query.
fn origin_and_path(url: &reqwest::Url) -> String {
    format!("{}{}", url.origin().ascii_serialization(), url.path())
}

/// An endpoint's URL as requests use it: http or https, its path ending in `/` (the operation's
/// path `/` joins the endpoint's: `https://host/custom` → `/custom/`); else what is wrong.
fn endpoint_url(text: &str) -> Result<reqwest::Url, String> {
    let mut url = reqwest::Url::parse(text).map_err(|err| format!("is not a URL: {err}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err("is not http or https".into());
    }
    if !url.path().ends_with('/') {
        let joined = format!("{}/", url.path());
        url.set_path(&joined);
    }
    Ok(url)
}

/// The endpoint with a protocol's path and query below its own path (which ends in `/`):
/// `https://host/custom/` and `a/b?c=d` → `https://host/custom/a/b?c=d`.
fn below(endpoint: &reqwest::Url, path_and_query: &str) -> reqwest::Url {
    let (path, query) = match path_and_query.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (path_and_query, None),
    };
    let mut url = endpoint.clone();
    // one slash: a greedy label's own leading `/` is part of its value
    let joined = format!(
        "{}{}",
        endpoint.path(),
        path.strip_prefix('/').unwrap_or(path)
    );
    url.set_path(&joined);
    url.set_query(query);
    url
}

/// `https://example.com` with prefix `foo.` → `https://foo.example.com`; the prefix's labels
/// must be host labels.
fn with_host_prefix<E>(url: &reqwest::Url, prefix: &str) -> Result<reqwest::Url, Error<E>> {
    let valid = prefix.trim_end_matches('.').split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    if !valid {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            format!("the host prefix `{prefix}` is not made of host labels (letters, digits, `-`)"),
        ));
    }
    let host = format!("{prefix}{}", url.host_str().unwrap_or_default());
    let mut prefixed = url.clone();
    prefixed.set_host(Some(&host)).map_err(|err| {
        Error::new(
            ErrorKind::InvalidInput,
            format!("`{host}` is not a host: {err}"),
        )
    })?;
    Ok(prefixed)
}

/// What one attempt sends.
struct Attempt<'a> {
    url: &'a reqwest::Url,
    method: &'static str,
    protocol_headers: &'a protocol::Headers,
    invocation_id: &'a str,
    attempt: u32,
    max: u32,
    identity: Option<&'a Identity>,
    region: &'a str,
    signing_name: &'a str,
    body: Bytes,
    compressed: bool,
    shown: Option<&'a str>,
}

impl Attempt<'_> {
    /// The request headers, signed at `now` (each attempt is signed anew).
    fn headers<E>(
        &self,
        keys: &SigningKeyCache,
        now: std::time::SystemTime,
    ) -> Result<HeaderMap, Error<E>> {
        let amz_sdk_request = format!("attempt={}; max={}", self.attempt, self.max);
        // a body the client compressed says so after any encoding the input gave
        let encoding = self.compressed.then(|| {
            match self
                .protocol_headers
                .iter()
                .find(|(name, _)| name == "content-encoding")
            {
                Some((_, given)) => format!("{given}, gzip"),
                None => "gzip".to_owned(),
            }
        });
        // the protocol's headers (less an encoding the client restates) and the client's own:
        // signed as one list below, then set on the request
        let protocol = || {
            self.protocol_headers
                .iter()
                .filter(|(name, _)| encoding.is_none() || name != "content-encoding")
        };
        let sdk = [
            ("amz-sdk-invocation-id", Some(self.invocation_id)),
            ("amz-sdk-request", Some(amz_sdk_request.as_str())),
            ("content-encoding", encoding.as_deref()),
        ];
        let mut unsigned: Vec<(&str, &str)> = Vec::with_capacity(self.protocol_headers.len() + 3);
        unsigned.extend(protocol().map(|(name, value)| (name.as_ref(), value.as_ref())));
        unsigned.extend(
            sdk.iter()
                .filter_map(|(name, value)| Some((*name, (*value)?))),
        );
        let signature = match self.identity {
            Some(identity) => {
                let to_sign = ToSign {
                    method: self.method,
                    identity,
                    region: self.region,
                    service: self.signing_name,
                    time: now,
                    url: self.url,
                    headers: &unsigned,
                    body: &self.body,
                };
                signature_headers(keys, &to_sign).map_err(|message| {
                    Error::new(
                        ErrorKind::Credentials,
                        format!("could not sign the request: {message}"),
                    )
                })?
            }
            None => Vec::new(),
        };
        let mut headers = HeaderMap::with_capacity(unsigned.len() + signature.len() + 1);
        let invalid = |name: &str| {
            Error::new(
                ErrorKind::InvalidInput,
                format!("the `{name}` header value is not valid"),
            )
        };
        // a protocol's borrowed names are lowercase tokens (`protocol::Headers`): no copy
        for (name, value) in protocol() {
            let value = HeaderValue::from_str(value).map_err(|_| invalid(name))?;
            let name = match name {
                Cow::Borrowed(name) => HeaderName::from_static(name),
                Cow::Owned(name) => HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                    Error::new(
                        ErrorKind::InvalidInput,
                        format!("`{name}` is not a valid header name"),
                    )
                })?,
            };
            headers.insert(name, value);
        }
        for (name, value) in sdk {
            if let Some(value) = value {
                let value = HeaderValue::from_str(value).map_err(|_| invalid(name))?;
                headers.insert(HeaderName::from_static(name), value);
            }
        }
        for (name, value) in signature {
            let mut value = HeaderValue::try_from(value).map_err(|_| invalid(name))?;
            value.set_sensitive(
                name.eq_ignore_ascii_case("authorization")
                    || name.eq_ignore_ascii_case("x-amz-security-token"),
            );
            headers.insert(HeaderName::from_static(name), value);
        }
        headers.insert(USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE));
        Ok(headers)
    }
}

fn transport_error<E>(
    err: TransportError,
    url: &str,
    connect_timeout: std::time::Duration,
) -> Failed<E> {
    match err {
        TransportError::Build(message) => (
            Error::new(
                ErrorKind::Configuration,
                format!("could not set up the HTTP client: {message}"),
            ),
            None,
        ),
        TransportError::Untrusted(reason) => (
            Error::new(
                ErrorKind::Transport,
                format!("{url} presented a TLS certificate this client does not trust ({reason}); if your network re-signs TLS with its own CA, give that CA's PEM bundle as AWS_CA_BUNDLE, the profile's ca_bundle or ConfigBuilder::ca_bundle_pem"),
            ),
            None,
        ),
        TransportError::Timeout(err) => (
            // the HTTP client's only timeout is the connect timeout: attempt and operation
            // timeouts are the pipeline's own
            Error::new(
                ErrorKind::Timeout,
                format!("no connection to {url} within the connect timeout of {connect_timeout:?}"),
            )
            .with_source(err.without_url()),
            Some(Retryable::Timeout),
        ),
        TransportError::Io(err) => (
            Error::new(
                ErrorKind::Transport,
                format!("no complete response from {url}"),
            )
            .with_source(err.without_url()),
            Some(Retryable::Transient),
        ),
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.config)
            .finish_non_exhaustive()
    }
}

const _: () = {
    const fn assert_traits<T: Send + Sync + Clone>() {}
    const fn assert_error<T: Send + Sync>() {}
    assert_traits::<Client>();
    assert_error::<Error>();
};

/// The debug event that ends an attempt: its status and request id, or the error's kind, and
/// what the client does next (`retrying` with the wait, or why it stops).
fn attempt_event(
    span: &tracing::Span,
    outcome: &Result<RawResponse, Error>,
    decision: &str,
    wait: Option<std::time::Duration>,
) {
    match outcome {
        Ok(response) => tracing::debug!(
            parent: span,
            status = response.status,
            request_id = response.request_id.as_deref(),
            decision,
            ?wait,
            "attempt answered"
        ),
        Err(err) => tracing::debug!(
            parent: span,
            kind = ?err.kind(),
            error = %err,
            decision,
            ?wait,
            "attempt failed"
        ),
    }
}

#[cfg(test)]
mod path_tests {
    use super::*;

    #[test]
    fn a_protocols_path_and_query_go_below_the_endpoints_path() {
        let url = |text: &str| reqwest::Url::parse(text).expect("a URL");
        assert_eq!(
            below(
                &url("https://lambda.us-east-1.amazonaws.com/"),
                "2015-03-31/functions?Marker=x%2Fy"
            )
            .as_str(),
            "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions?Marker=x%2Fy"
        );
        assert_eq!(
            below(
                &url("http://127.0.0.1:4566/custom/"),
                "/schedules/my%20schedule"
            )
            .as_str(),
            "http://127.0.0.1:4566/custom/schedules/my%20schedule"
        );
        // a greedy label's own leading `/` stays: `/{Key+}` with Key `/a` is `//a`
        assert_eq!(below(&url("https://example.com/"), "//a/b").path(), "//a/b");
    }
}
