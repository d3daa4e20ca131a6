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

/// `$to { member: from.member, .. }`: one of the model's structures from another with the same
/// members (`GetConnectionInvitationResponse` and `CancelConnectionInvitationResponse`, say).
/// The compiler checks each name on both sides.
macro_rules! same_members {
    ($from:expr => $to:ident { $($member:ident),* $(,)? }) => {{
        let from = $from;
        $to { $($member: from.$member),* }
    }};
}

mod connection;
mod control;
mod faults;
mod framing;
mod input;
mod other;
mod profile;
mod qualification;
mod routes;
mod server;
mod sigv4;
mod state;
mod wire;

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use http::HeaderMap;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub use faults::{Chaos, Fault, FaultAction};

use server::{lock, Shared};
use state::State;

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
        let server = tokio::spawn(server::serve(listener, Arc::clone(&shared)));
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
        control::reset(&self.shared);
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
