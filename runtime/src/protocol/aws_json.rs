//! awsJson 1.0 and 1.1: `POST /` with `X-Amz-Target: <prefix>.<Operation>` and the input as
//! the JSON body; the output is the JSON body, an error names its type in `__type`, `code` or
//! `X-Amzn-Errortype`.

use std::borrow::Cow;

use crate::bindings::HttpResponse;
use crate::error::{Error, ErrorKind};
use crate::json;
use crate::operation::Operation;

use super::Request;

/// The request for `op`: its JSON body and the protocol's headers.
pub(crate) fn request<O: Operation>(op: &O) -> Result<Request, Error<O::Error>> {
    let body = serde_json::to_vec(op).map_err(|err| {
        Error::new(ErrorKind::InvalidInput, "the input did not serialize").with_source(err)
    })?;
    let service = O::SERVICE;
    let mut headers = Vec::with_capacity(3);
    headers.push((
        Cow::Borrowed("content-type"),
        Cow::Borrowed(service.content_type()),
    ));
    headers.push((
        Cow::Borrowed("x-amz-target"),
        Cow::Owned(format!("{}.{}", service.target_prefix, O::NAME)),
    ));
    if service.query_compatible {
        headers.push((Cow::Borrowed("x-amzn-query-mode"), Cow::Borrowed("true")));
    }
    Ok(Request {
        method: "POST",
        path_and_query: String::new(),
        headers,
        body,
    })
}

/// The output, or the typed error, from a response's status, error-type headers, request id
/// and body (whether to retry is `attempt`'s call, before this). Pure: any bytes in, an answer
/// out (fuzzed).
pub(crate) fn read_response<O: Operation>(
    response: &HttpResponse<'_>,
    request_id: Option<String>,
    error: Option<json::ErrorBody>,
) -> Result<O::Output, Error<O::Error>> {
    let (status, body) = (response.status, response.body);
    if (200..300).contains(&status) {
        return json::from_json_slice(json::output_body(body)).map_err(|err| {
            Error::new(
                ErrorKind::Response,
                format!("the response body is not a valid {} output: {err}", O::NAME),
            )
            .with_response(status, request_id)
            .with_source(err)
        });
    }
    // a query-compatible service names the error its awsQuery clients know, and its fault
    let query_error = response
        .headers
        .get("x-amzn-query-error")
        .and_then(|v| v.to_str().ok());
    Err(super::service_error::<O>(
        response,
        request_id,
        query_error,
        error,
    ))
}
