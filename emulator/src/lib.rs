//! A local, stateful AWS Partner Central Account server: real HTTP on loopback, SigV4
//! verified on every request, for demos, awsop's tests and your own.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let emulator = awsop_emulator::Emulator::start().await?;
//! let client = awsop::Client::new(emulator.client_config().build());
//! # let _ = client; Ok(()) }
//! ```
#![forbid(unsafe_code)]

mod connection;
mod faults;
mod input;
mod other;
mod profile;
mod qualification;
mod routes;
mod sigv4;
mod state;
mod wire;

use std::collections::VecDeque;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use bytes::Bytes;
use http::{HeaderMap, Request, Response, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value};
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

pub use faults::{Chaos, Fault, FaultAction};

use state::{Call, State};
use wire::ApiError;

/// The access key id the emulator accepts unless told otherwise.
pub const TEST_ACCESS_KEY_ID: &str = "AKIDAWSOPEMULATOR";
/// The secret access key that goes with [`TEST_ACCESS_KEY_ID`].
pub const TEST_SECRET_ACCESS_KEY: &str = "awsop-emulator-secret-key";
/// A second account's access key id, accepted by default: the other side of invitations.
pub const TEST_ACCESS_KEY_ID_2: &str = "AKIDAWSOPPARTNERB";
/// The secret access key that goes with [`TEST_ACCESS_KEY_ID_2`].
pub const TEST_SECRET_ACCESS_KEY_2: &str = "awsop-emulator-partner-b-secret";

/// The 12-digit account the emulator gives an access key (stable: a hash of the key id).
pub fn account_id(access_key_id: &str) -> String {
    // FNV-1a: a small, well-known hash; the account only needs to be stable and distinct
    let hash = access_key_id
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{:012}", hash % 1_000_000_000_000)
}

/// The region [`Emulator::client_config`] signs for.
pub const TEST_REGION: &str = "us-east-1";

/// What [`verify_signature`] found wrong: the status, error code and message a service answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureError {
    /// The HTTP status (403).
    pub status: u16,
    /// The error code (`InvalidSignatureException`, `UnrecognizedClientException`, ...).
    pub code: &'static str,
    /// The message, naming what is wrong and never a secret.
    pub message: String,
}

/// Verifies a request's SigV4 signature as this emulator does, for other loopback servers (the
/// example services' tests): the signature recomputed with aws-sigv4's full `sign` over the
/// headers the client says it signed, the scope's service, the key among `credentials`, and a
/// request time within five minutes of `now`. The signer's access key id and region, or the
/// error a service would answer.
pub fn verify_signature(
    credentials: &[(String, String)],
    signing_name: &str,
    method: &str,
    path_and_query: &str,
    headers: &HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Result<(String, String), SignatureError> {
    sigv4::verify(
        Some(credentials),
        signing_name,
        method,
        path_and_query,
        headers,
        body,
        now,
    )
    .map(|signer| (signer.access_key_id, signer.region))
    .map_err(|err| SignatureError {
        status: err.status,
        code: err.code,
        message: err.message,
    })
}

const TARGET_PREFIX: &str = "PartnerCentralAccount.";
const MAX_BODY: usize = 1 << 20;

/// How to start an emulator.
#[derive(Debug, Clone)]
pub struct Options {
    /// The port on 127.0.0.1; 0 lets the OS choose.
    pub port: u16,
    /// The access key pairs whose signatures are accepted; each access key is its own account
    /// ([`account_id`]).
    pub credentials: Vec<(String, String)>,
    /// Accept any access key without checking the signature (each key still its own
    /// account), as emulators of other AWS services do for SDKs configured with keys of their
    /// own. Off by default: every signature is verified against [`Options::credentials`].
    pub accept_any_key: bool,
    /// A state to start from, as `GET /__awsop/state` gives it.
    pub seed: Option<Value>,
    /// Random faults for requests no scripted fault answers.
    pub chaos: Chaos,
    /// How many requests [`Emulator::requests`] keeps, the newest (default 1,000; 0 keeps
    /// none, as the standalone server does). Each keeps at most the first 64 KiB of its body,
    /// so memory stays bounded under any traffic.
    pub recorded_requests: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            port: 0,
            credentials: vec![
                (TEST_ACCESS_KEY_ID.into(), TEST_SECRET_ACCESS_KEY.into()),
                (TEST_ACCESS_KEY_ID_2.into(), TEST_SECRET_ACCESS_KEY_2.into()),
            ],
            accept_any_key: false,
            seed: None,
            chaos: Chaos::default(),
            recorded_requests: 1000,
        }
    }
}

/// A request as the emulator received it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// The `X-Amz-Target` header.
    pub target: Option<String>,
    /// Every header, lowercase names.
    pub headers: Vec<(String, String)>,
    /// The body (its first 64 KiB).
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON (`Value::Null` if it is not JSON).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<State>,
    faults: Mutex<VecDeque<Fault>>,
    chaos: Mutex<Chaos>,
    served: std::sync::atomic::AtomicU64,
    requests: Mutex<VecDeque<RecordedRequest>>,
    recorded_requests: usize,
    /// The key pairs to verify against; `None` accepts any key unverified.
    credentials: Option<Vec<(String, String)>>,
}

/// Locks a mutex; a panic elsewhere while holding it does not take the emulator down.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A running emulator. Dropping it stops the server and closes its connections.
#[derive(Debug)]
pub struct Emulator {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: JoinHandle<()>,
}

impl Emulator {
    /// Starts on an OS-chosen port of 127.0.0.1 with the test credentials.
    pub async fn start() -> io::Result<Self> {
        Self::start_with(Options::default()).await
    }

    /// Starts with `options`.
    pub async fn start_with(options: Options) -> io::Result<Self> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, options.port)).await?;
        let addr = listener.local_addr()?;
        let state = match &options.seed {
            Some(seed) => State::from_snapshot(seed).map_err(|err| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("the seed is not a state: {err}"),
                )
            })?,
            None => State::default(),
        };
        let shared = Arc::new(Shared {
            credentials: (!options.accept_any_key).then_some(options.credentials),
            state: Mutex::new(state),
            chaos: Mutex::new(options.chaos),
            recorded_requests: options.recorded_requests,
            ..Shared::default()
        });
        let server = tokio::spawn(serve(listener, Arc::clone(&shared)));
        Ok(Self {
            addr,
            shared,
            server,
        })
    }

    /// `http://127.0.0.1:<port>`.
    pub fn endpoint_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A client configuration for this emulator: its endpoint, the test credentials and region.
    pub fn client_config(&self) -> awsop::ConfigBuilder {
        awsop::Config::builder()
            .endpoint_url(self.endpoint_url())
            .region(TEST_REGION)
            .credentials(awsop::Credentials::new(
                TEST_ACCESS_KEY_ID,
                TEST_SECRET_ACCESS_KEY,
                None,
            ))
    }

    /// A client configuration for this emulator signing with another accepted key pair (each
    /// key is its own account: see [`account_id`]).
    pub fn client_config_as(
        &self,
        access_key_id: &str,
        secret_access_key: &str,
    ) -> awsop::ConfigBuilder {
        self.client_config().credentials(awsop::Credentials::new(
            access_key_id,
            secret_access_key,
            None,
        ))
    }

    /// Answers the next requests with these faults, one each, in order.
    pub fn inject(&self, faults: impl IntoIterator<Item = Fault>) {
        lock(&self.shared.faults).extend(faults);
    }

    /// Sets the random faults for requests no scripted fault answers.
    pub fn set_chaos(&self, chaos: Chaos) {
        *lock(&self.shared.chaos) = chaos;
    }

    /// Faults not used yet.
    pub fn pending_faults(&self) -> usize {
        lock(&self.shared.faults).len()
    }

    /// The requests received so far, signed or not: the newest
    /// [`Options::recorded_requests`], oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).iter().cloned().collect()
    }

    /// The service's state as JSON (what `GET /__awsop/state` answers).
    pub fn state(&self) -> Value {
        lock(&self.shared.state).snapshot()
    }

    /// Forgets every resource, fault and recorded request (what `POST /__awsop/reset` does).
    pub fn reset(&self) {
        reset(&self.shared);
    }

    /// Runs until the server task ends (it does not, unless it fails).
    pub async fn wait(self) {
        let _ = (&mut { self }.server).await;
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    // Connections live in this set: when the server task is aborted, they are too.
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let shared = Arc::clone(&shared);
                connections.spawn(async move {
                    let service = service_fn(move |request| handle(Arc::clone(&shared), request));
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// The connection is dropped without an answer.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by a scripted fault")
    }
}

impl std::error::Error for Dropped {}

/// A response body: whole, or cut short after announcing more.
#[derive(Debug)]
enum Reply {
    Whole(Option<Bytes>),
    Truncated {
        start: Option<Bytes>,
        announced: u64,
    },
}

impl hyper::body::Body for Reply {
    type Data = Bytes;
    type Error = Dropped;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, Dropped>>> {
        let this = self.get_mut();
        std::task::Poll::Ready(match this {
            Reply::Whole(bytes) => bytes.take().map(|b| Ok(hyper::body::Frame::data(b))),
            Reply::Truncated { start, .. } => match start.take() {
                Some(bytes) => Some(Ok(hyper::body::Frame::data(bytes))),
                None => Some(Err(Dropped)),
            },
        })
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        match self {
            Reply::Whole(bytes) => {
                hyper::body::SizeHint::with_exact(bytes.as_ref().map_or(0, |b| b.len() as u64))
            }
            Reply::Truncated { announced, .. } => hyper::body::SizeHint::with_exact(*announced),
        }
    }
}

fn reply(body: impl Into<Bytes>) -> Response<Reply> {
    Response::new(Reply::Whole(Some(body.into())))
}

async fn handle(
    shared: Arc<Shared>,
    request: Request<Incoming>,
) -> Result<Response<Reply>, Dropped> {
    let (parts, body) = request.into_parts();
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            return Ok(error_response(&ApiError::new(
                413,
                "SerializationException",
                "The request body is larger than 1 MiB or was cut short",
            )))
        }
    };
    if parts.uri.path().starts_with("/__awsop/") {
        return Ok(control(&shared, &parts, &body));
    }
    let target = parts
        .headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    record(
        &shared,
        RecordedRequest {
            target: target.clone(),
            headers: parts
                .headers
                .iter()
                .map(|(n, v)| {
                    (
                        n.as_str().to_owned(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            body: body[..body.len().min(RECORDED_BODY)].to_vec(),
        },
    );

    let now = SystemTime::now();
    let signer = match sigv4::verify(
        shared.credentials.as_deref(),
        "partnercentral-account",
        parts.method.as_str(),
        parts
            .uri
            .path_and_query()
            .map_or("/", http::uri::PathAndQuery::as_str),
        &parts.headers,
        &body,
        now,
    ) {
        Ok(signer) => signer,
        Err(err) => return Ok(error_response(&err)),
    };
    let n = shared
        .served
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let fault = lock(&shared.faults)
        .pop_front()
        .or_else(|| lock(&shared.chaos).draw(n));
    let call = call_of(now, &signer);
    if let Some(fault) = fault {
        if fault.after_commit && fault.action != FaultAction::PassThrough {
            // the service does the work; only its answer is lost
            let _ = answer(&shared, &parts, &call, target.as_deref(), &body);
        }
        if !fault.delay.is_zero() {
            tokio::time::sleep(fault.delay).await;
        }
        match fault.action {
            FaultAction::PassThrough => {}
            FaultAction::DropConnection => return Err(Dropped),
            FaultAction::Truncate { status, body } => {
                let announced = body.len() as u64 + 64;
                let mut response = Response::new(Reply::Truncated {
                    start: Some(Bytes::from(body)),
                    announced,
                });
                *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
                add_request_id(response.headers_mut());
                return Ok(response);
            }
            FaultAction::Respond {
                status,
                headers,
                body,
            } => {
                let mut response = reply(body);
                *response.status_mut() =
                    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                for (name, value) in headers {
                    if let (Ok(name), Ok(value)) = (
                        http::HeaderName::try_from(name),
                        http::HeaderValue::try_from(value),
                    ) {
                        response.headers_mut().append(name, value);
                    }
                }
                add_request_id(response.headers_mut());
                return Ok(response);
            }
        }
    }
    Ok(
        match answer(&shared, &parts, &call, target.as_deref(), &body) {
            Ok(value) => json_response(200, &value),
            Err(err) => error_response(&err),
        },
    )
}

/// The call's facts for the handlers: the time (the service answers in whole seconds), and
/// the region and account of the key that signed it.
fn call_of(now: SystemTime, signer: &sigv4::Signer) -> Call {
    let seconds = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Call {
        now: awsop::DateTime::from_unix_timestamp(i64::try_from(seconds).unwrap_or(0))
            .unwrap_or_default(),
        region: signer.region.clone(),
        account: account_id(&signer.access_key_id),
    }
}

/// The most of a body a recorded request keeps.
const RECORDED_BODY: usize = 64 * 1024;

/// Keeps `request` among the newest `recorded_requests`.
fn record(shared: &Shared, request: RecordedRequest) {
    if shared.recorded_requests == 0 {
        return;
    }
    let mut requests = lock(&shared.requests);
    if requests.len() >= shared.recorded_requests {
        requests.pop_front();
    }
    requests.push_back(request);
}

fn reset(shared: &Shared) {
    *lock(&shared.state) = State::default();
    lock(&shared.faults).clear();
    *lock(&shared.chaos) = Chaos::default();
    lock(&shared.requests).clear();
}

/// `GET /__awsop/state`, `POST /__awsop/reset` and `POST /__awsop/faults` (a JSON list of
/// faults for the next requests): the test control plane, unsigned (the server listens on
/// loopback only).
///
/// A POST must say `Content-Type: application/json`: a web page can send a cross-origin POST
/// without asking (a "simple" request) only as form data or plain text, so a page the user
/// visits cannot reset the state or script faults.
fn control(shared: &Shared, parts: &http::request::Parts, body: &[u8]) -> Response<Reply> {
    let (method, path) = (&parts.method, parts.uri.path());
    let json = parts
        .headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().starts_with("application/json"));
    if method == http::Method::POST && !json {
        return error_response(&ApiError::new(
            415,
            "UnsupportedMediaTypeException",
            "the control plane takes POSTs with Content-Type: application/json only",
        ));
    }
    match (method.as_str(), path) {
        ("POST", "/__awsop/faults") => {
            let parsed: Result<Vec<Fault>, String> = serde_json::from_slice::<Vec<Value>>(body)
                .map_err(|err| format!("the body must be a JSON list of faults: {err}"))
                .and_then(|list| list.iter().map(faults::from_json).collect());
            match parsed {
                Ok(list) => {
                    let count = list.len();
                    lock(&shared.faults).extend(list);
                    json_response(200, &serde_json::json!({ "Scripted": count }))
                }
                Err(message) => error_response(&ApiError::new(400, "SerializationException", message)),
            }
        }
        ("GET", "/__awsop/state") => json_response(200, &lock(&shared.state).snapshot()),
        ("POST", "/__awsop/reset") => {
            reset(shared);
            json_response(200, &serde_json::json!({}))
        }
        _ => error_response(&ApiError::new(
            404,
            "UnknownOperationException",
            "the control plane has GET /__awsop/state, POST /__awsop/reset and POST /__awsop/faults",
        )),
    }
}

fn answer(
    shared: &Shared,
    parts: &http::request::Parts,
    call: &Call,
    target: Option<&str>,
    body: &[u8],
) -> Result<Value, ApiError> {
    if parts.method != http::Method::POST || parts.uri.path() != "/" {
        return Err(ApiError::new(
            404,
            "UnknownOperationException",
            "awsJson 1.0 requests are POST /",
        ));
    }
    let content_type = parts
        .headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type.starts_with("application/x-amz-json-1.0") {
        return Err(ApiError::new(
            400,
            "SerializationException",
            format!("Content-Type must be application/x-amz-json-1.0, not `{content_type}`"),
        ));
    }
    let operation = target
        .and_then(|t| t.strip_prefix(TARGET_PREFIX))
        .ok_or_else(|| {
            ApiError::new(
                400,
                "UnknownOperationException",
                format!("X-Amz-Target must be {TARGET_PREFIX}<Operation>"),
            )
        })?;
    let body: Map<String, Value> = if body.is_empty() {
        Map::new()
    } else {
        awsop::from_json_slice(body).map_err(|err| {
            ApiError::new(
                400,
                "SerializationException",
                format!("The request body is not a JSON object: {err}"),
            )
        })?
    };
    routes::dispatch(&mut lock(&shared.state), call, operation, &body)
}

fn add_request_id(headers: &mut HeaderMap) {
    if let Ok(id) = http::HeaderValue::try_from(uuid::Uuid::new_v4().to_string()) {
        headers.insert("x-amzn-requestid", id);
    }
}

fn json_response(status: u16, body: &Value) -> Response<Reply> {
    let mut response = reply(body.to_string());
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    response.headers_mut().insert(
        "content-type",
        http::HeaderValue::from_static("application/x-amz-json-1.0"),
    );
    add_request_id(response.headers_mut());
    response
}

fn error_response(err: &ApiError) -> Response<Reply> {
    let mut response = json_response(err.status, &err.body());
    if let Ok(code) = http::HeaderValue::try_from(err.code) {
        response.headers_mut().insert("x-amzn-errortype", code);
    }
    response
}
