//! Integration and trybuild tests of awsop; the tests are the crate's `[[test]]` targets,
//! and this library holds what they share.
//!
//! The README's examples run here as doctests: they use the operations crate and the
//! emulator, which `awsop` itself cannot depend on.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use awsop_partnercentral_account as api;
use awsop_partnercentral_account::{ConnectionType, CreateConnectionInvitation};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// A file of the repository's data (`models/`, `conformance/`), by its path from the
/// repository root: the tests read nothing from outside the repository.
pub fn repo_file(path: &str) -> PathBuf {
    // this crate is `tests/`, one folder below the root
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    root.parent().unwrap_or(&root).join(path)
}

/// Reads a JSON file of the repository's data ([`repo_file`]); a missing or malformed file
/// panics with its path, as a test's set-up should.
pub fn repo_json(path: &str) -> serde_json::Value {
    let file = repo_file(path);
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{} is part of the repository: {e}", file.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", file.display()))
}

/// A [`awsop::Sleep`] that records the backoff asked for and returns at once.
#[derive(Debug, Default, Clone)]
pub struct RecordingSleep(Arc<Mutex<Vec<Duration>>>);

impl awsop::Sleep for RecordingSleep {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        if let Ok(mut waits) = self.0.lock() {
            waits.push(duration);
        }
        Box::pin(async {})
    }
}

impl RecordingSleep {
    /// Every wait asked for, in order.
    pub fn waits(&self) -> Vec<Duration> {
        self.0.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

/// An [`awsop::Jitter`] that always gives this fraction, so the waits are known exactly.
#[derive(Debug, Clone, Copy)]
pub struct FixedJitter(pub f64);

impl awsop::Jitter for FixedJitter {
    fn fraction(&self) -> f64 {
        self.0
    }
}

/// A valid invitation from the caller to `receiver` in the `Sandbox` catalog: the input the
/// tests share (each overrides what it is about with `..invitation(..)`).
pub fn invitation(receiver: &str, kind: ConnectionType) -> CreateConnectionInvitation {
    CreateConnectionInvitation {
        catalog: "Sandbox".into(),
        client_token: None,
        connection_type: kind,
        email: "alliances@example.com".into(),
        message: "Let's work together".into(),
        name: "Dana Alvarez".into(),
        receiver_identifier: receiver.into(),
    }
}

/// A request on one resource (an invitation, connection or partner, by id or ARN) in the
/// `Sandbox` catalog, every other member at its default: the fixture the tests share. A test
/// states only what it is about: `PutProfileVisibility { visibility, ..On::on(id) }`.
pub trait On: Default {
    /// The request on `identifier` in `Sandbox`.
    fn on(identifier: impl Into<String>) -> Self;
}

macro_rules! on {
    ($($operation:ident),* $(,)?) => {$(
        impl On for api::$operation {
            fn on(identifier: impl Into<String>) -> Self {
                let mut request = Self::default();
                request.catalog = "Sandbox".into();
                request.identifier = identifier.into();
                request
            }
        }
    )*};
}

on!(
    AcceptConnectionInvitation,
    AssociateAwsTrainingCertificationEmailDomain,
    CancelConnection,
    CancelConnectionInvitation,
    CancelProfileUpdateTask,
    DisassociateAwsTrainingCertificationEmailDomain,
    GetAllianceLeadContact,
    GetConnection,
    GetConnectionInvitation,
    GetPartner,
    GetProfileUpdateTask,
    GetProfileVisibility,
    GetQualificationsAssociationDetails,
    GetQualificationsAssociationTask,
    GetQualificationsDisassociationTask,
    PutAllianceLeadContact,
    PutProfileVisibility,
    RejectConnectionInvitation,
    StartProfileUpdateTask,
    StartQualificationsAssociationTask,
    StartQualificationsDisassociationTask,
);

/// True for an RFC 4122 version 4 UUID in its hyphenated form.
pub fn is_v4_uuid(token: &str) -> bool {
    let parts: Vec<&str> = token.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && token.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
        && parts[2].starts_with('4')
        && parts[3].starts_with(['8', '9', 'a', 'b'])
}

/// The most any test waits for one exchange with a loopback server: a regression fails the
/// test instead of hanging CI.
pub const EXCHANGE_BOUND: Duration = Duration::from_secs(20);

/// One HTTP/1.1 request on a fresh connection, the way any tool would send it (JSON body):
/// status and body.
pub async fn plain_http(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    body: &str,
) -> (u16, String) {
    plain_http_typed(addr, method, path, body, "application/json").await
}

/// [`plain_http`] with this `Content-Type`; panics after [`EXCHANGE_BOUND`].
pub async fn plain_http_typed(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    body: &str,
    content_type: &str,
) -> (u16, String) {
    let request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
    let (status, response) = raw_http(addr, &request).await;
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// Sends `request` as written on a fresh connection and reads until it closes: the status and
/// the whole response; panics after [`EXCHANGE_BOUND`].
pub async fn raw_http(addr: std::net::SocketAddr, request: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(addr)
            .await
            .expect("the server accepts");
        stream
            .write_all(request.as_bytes())
            .await
            .expect("the request is sent");
        let mut response = String::new();
        stream
            .read_to_string(&mut response)
            .await
            .expect("a response");
        response
    };
    let response = tokio::time::timeout(EXCHANGE_BOUND, exchange)
        .await
        .expect("the server answers within the bound");
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}
