//! The wire protocols: how an operation's input becomes an HTTP request and how a response
//! becomes its output or typed error. One module per protocol; the call pipeline calls these
//! functions and never asks which protocol a service speaks.

use std::borrow::Cow;

use base64::Engine as _;

use crate::bindings::HttpResponse;
use crate::error::Error;
use crate::json::ErrorBody;
use crate::operation::{Operation, OperationError, Unhandled};
use crate::service::Protocol;

mod aws_json;
mod rest_json;

/// Headers as a protocol writes them: lowercase names, values. A borrowed name is a valid
/// lowercase header name (the client builds it without a copy); any other name is owned.
pub(crate) type Headers = Vec<(Cow<'static, str>, Cow<'static, str>)>;

/// Whether `name` may stand borrowed in [`Headers`]: a lowercase HTTP token.
pub(crate) fn is_static_name(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b"!#$%&'*+-.^_`|~".contains(&b)
        })
}

/// What a protocol makes of an input, before the endpoint, the SDK's headers and the signature.
pub(crate) struct Request {
    /// The HTTP method.
    pub(crate) method: &'static str,
    /// The path and query below the endpoint's path, percent-encoded (`2015-03-31/functions?
    /// Marker=x`); empty for the awsJson protocols, which send to the endpoint itself.
    pub(crate) path_and_query: String,
    /// The protocol's headers (lowercase names): content type, target, bound members, ...
    pub(crate) headers: Headers,
    /// The body, before any compression.
    pub(crate) body: Vec<u8>,
}

/// The request for `op`, in its service's protocol.
pub(crate) fn request<O: Operation>(op: &O) -> Result<Request, Error<O::Error>> {
    match O::SERVICE.protocol {
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => aws_json::request(op),
        Protocol::RestJson1 => rest_json::request(op),
    }
}

/// An error response read once: its code (what retry decisions read), message and body as
/// JSON (what the typed error is read from). Every JSON protocol names the code alike
/// (`X-Amzn-Errortype`, else the body's `code` or `__type`).
pub(crate) fn error_body(protocol: Protocol, errortype: Option<&str>, body: &[u8]) -> ErrorBody {
    match protocol {
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RestJson1 => {
            crate::json::error_body(errortype, body)
        }
    }
}

/// The output, or the typed error, of a response to `O`.
/// An error response's `error`, if the attempt already read it, is not read again.
pub(crate) fn read_response<O: Operation>(
    response: &HttpResponse<'_>,
    request_id: Option<String>,
    error: Option<ErrorBody>,
) -> Result<O::Output, Error<O::Error>> {
    match O::SERVICE.protocol {
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => {
            aws_json::read_response::<O>(response, request_id, error)
        }
        Protocol::RestJson1 => rest_json::read_response::<O>(response, request_id, error),
    }
}

/// The typed error of an error response, as every JSON protocol names it: the code from
/// `X-Amzn-Errortype`, else the body's `code` or `__type`; the message from the body. A
/// query-compatible service's `x-amzn-query-error: Code;Fault` (`query_error`) gives the code
/// the error exposes, and its fault.
fn service_error<O: Operation>(
    response: &HttpResponse<'_>,
    request_id: Option<String>,
    query_error: Option<&str>,
    error: Option<ErrorBody>,
) -> Error<O::Error> {
    let error = error.unwrap_or_else(|| {
        let errortype = response
            .headers
            .get("x-amzn-errortype")
            .and_then(|v| v.to_str().ok());
        crate::json::error_body(errortype, response.body)
    });
    let (info, json) = (error.info, error.json);
    let unhandled = Unhandled {
        code: info.code.clone(),
        message: info.message.clone(),
        request_id: request_id.clone(),
        status: response.status,
    };
    let Some(typed) = O::Error::from_response(
        info.code.as_deref().unwrap_or(""),
        response,
        json.as_ref(),
        unhandled,
    ) else {
        return Error::new(
            crate::error::ErrorKind::Response,
            "the operation's error type has no `Unhandled` variant for this error",
        );
    };
    let message = info.message.or_else(|| typed.message().map(str::to_owned));
    let query = query_error.and_then(|q| q.split_once(';'));
    let exposed = query.map(|(code, _)| code.to_owned()).or(info.code);
    let err = Error::service(typed, response.status, exposed, message, request_id);
    match query {
        Some((_, fault)) => err.with_fault(fault),
        None => err,
    }
}

/// `Content-MD5`: the body's MD5, base64 (the `httpChecksumRequired` trait).
pub(crate) fn md5(body: &[u8]) -> String {
    use md5::Digest as _;
    base64::engine::general_purpose::STANDARD.encode(md5::Md5::digest(body))
}

/// Reads a response as the client does after an attempt, without a network: for fuzzing the
/// response and error-body parsers (`fuzz/`).
pub fn read_response_parts<O: Operation>(
    status: u16,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<O::Output, Error<O::Error>> {
    let response = HttpResponse {
        status,
        headers,
        body,
    };
    read_response::<O>(&response, None, None)
}
