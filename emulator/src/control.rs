//! The test control plane under `/__awsop/`: the state, a reset, and scripted faults.

use http::Response;
use serde_json::Value;

use crate::faults::{self, Chaos, Fault};
use crate::framing::{error_response, json_response, Reply};
use crate::server::{lock, Shared};
use crate::state::State;
use crate::wire::ApiError;

pub(crate) fn reset(shared: &Shared) {
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
pub(crate) fn control(
    shared: &Shared,
    parts: &http::request::Parts,
    body: &[u8],
) -> Response<Reply> {
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
