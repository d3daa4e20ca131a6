//! The HTTP server: connections, the signature check, scripted and random faults, and the
//! recorded requests; `framing` reads and writes awsJson 1.0, `routes` runs the operation.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::JoinSet;

use crate::faults::{Chaos, Fault, FaultAction};
use crate::framing::{
    add_request_id, answer, error_response, json_response, reply, Dropped, Reply,
};
use crate::state::{Call, State};
use crate::wire::ApiError;
use crate::{account_id, control, sigv4, RecordedRequest};

/// The largest request body the server reads.
const MAX_BODY: usize = 1 << 20;

#[derive(Debug, Default)]
pub(crate) struct Shared {
    pub(crate) state: Mutex<State>,
    pub(crate) faults: Mutex<VecDeque<Fault>>,
    pub(crate) chaos: Mutex<Chaos>,
    pub(crate) served: std::sync::atomic::AtomicU64,
    pub(crate) requests: Mutex<VecDeque<RecordedRequest>>,
    pub(crate) recorded_requests: usize,
    /// The key pairs to verify against; `None` accepts any key unverified.
    pub(crate) credentials: Option<Vec<(String, String)>>,
}

/// Locks a mutex; a panic elsewhere while holding it does not take the emulator down.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

pub(crate) async fn serve(listener: TcpListener, shared: Arc<Shared>) {
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
        return Ok(control::control(&shared, &parts, &body));
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
