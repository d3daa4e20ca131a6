//! awsJson 1.0 framing: which operation a request names and its JSON body; answers and
//! errors as the service writes them; and the response body, whole or cut short by a fault.

use bytes::Bytes;
use http::{HeaderMap, Response, StatusCode};
use serde_json::{Map, Value};

use crate::server::{lock, Shared};
use crate::state::Call;
use crate::wire::ApiError;

/// The `X-Amz-Target` of every operation: this prefix and its name.
const TARGET_PREFIX: &str = "PartnerCentralAccount.";

/// The connection is dropped without an answer.
#[derive(Debug)]
pub(crate) struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by a scripted fault")
    }
}

impl std::error::Error for Dropped {}

/// A response body: whole, or cut short after announcing more.
#[derive(Debug)]
pub(crate) enum Reply {
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

/// A whole body.
pub(crate) fn reply(body: impl Into<Bytes>) -> Response<Reply> {
    Response::new(Reply::Whole(Some(body.into())))
}

/// The operation a request names, run on its body.
pub(crate) fn answer(
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
    crate::routes::dispatch(&mut lock(&shared.state), call, operation, &body)
}

pub(crate) fn add_request_id(headers: &mut HeaderMap) {
    if let Ok(id) = http::HeaderValue::try_from(uuid::Uuid::new_v4().to_string()) {
        headers.insert("x-amzn-requestid", id);
    }
}

pub(crate) fn json_response(status: u16, body: &Value) -> Response<Reply> {
    let mut response = reply(body.to_string());
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    response.headers_mut().insert(
        "content-type",
        http::HeaderValue::from_static("application/x-amz-json-1.0"),
    );
    add_request_id(response.headers_mut());
    response
}

pub(crate) fn error_response(err: &ApiError) -> Response<Reply> {
    let mut response = json_response(err.status, &err.body());
    if let Ok(code) = http::HeaderValue::try_from(err.code) {
        response.headers_mut().insert("x-amzn-errortype", code);
    }
    response
}
