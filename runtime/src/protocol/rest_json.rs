//! restJson1: the operation's `http` trait gives the method and URI pattern; its members are
//! bound to URI labels, the query string, headers or the payload, and the rest form the JSON
//! body. Errors name their type in `X-Amzn-Errortype`, or the body's `code` or `__type`.

use std::borrow::Cow;
use std::fmt::Write as _;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::bindings::{HttpRequest, HttpResponse};
use crate::error::{Error, ErrorKind};
use crate::json;
use crate::operation::{Operation, Shape};

use super::{Headers, Request};

/// What a label or query value keeps as it is: RFC 3986's unreserved characters.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A greedy label (`{Key+}`) keeps its `/` too.
const GREEDY: &AsciiSet = &UNRESERVED.remove(b'/');

/// Headers the client or its signer set (or aws-sigv4 leaves unsigned): no member may bind them.
const RESERVED: [&str; 10] = [
    "authorization",
    "host",
    "x-amz-date",
    "x-amz-security-token",
    "user-agent",
    "content-length",
    "transfer-encoding",
    "x-amzn-trace-id",
    "amz-sdk-invocation-id",
    "amz-sdk-request",
];

/// The request for `op`: method, path and query from its `http` trait and bound members,
/// headers, and the payload or JSON body. Only the binding is generic: the rest is compiled
/// once, not per operation.
pub(crate) fn request<O: Operation>(op: &O) -> Result<Request, Error<O::Error>> {
    let mut bound = HttpRequest::default();
    op.http_request(&mut bound);
    assemble(bound, O::HTTP, O::SERVICE.customize).map_err(|why| {
        Error::new(
            ErrorKind::InvalidInput,
            format!("{} cannot be sent: {why}", O::NAME),
        )
    })
}

/// The request from what an operation's members bound, after the service's customisation;
/// `Err` says what cannot be sent.
fn assemble(
    mut bound: HttpRequest<'_>,
    http: crate::bindings::Http,
    customize: Option<crate::service::Customize>,
) -> Result<Request, String> {
    if let Some(customize) = customize {
        customize(&mut bound);
    }
    if let Some(why) = bound.error {
        return Err(why);
    }
    let (pattern, constant_query) = match http.uri.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (http.uri, None),
    };
    let mut path_and_query = String::with_capacity(pattern.len() + 32);
    fill_labels(pattern, &bound.labels, &mut path_and_query).map_err(|err| match err {
        LabelError::Empty(label) => {
            format!("the URI label `{label}` is empty; a label needs a value")
        }
        LabelError::Dots(label) => format!(
            "the URI label `{label}` is `.` or `..` (or a greedy one holds such a segment), which the URL would take as a path step"
        ),
    })?;
    // the pattern's constant query is written as the model has it; bound values are encoded
    let mut query: Vec<Cow<'_, str>> = constant_query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .filter(|part| !part.is_empty())
        .map(Cow::Borrowed)
        .collect();
    let pair = |key: &str, value: &str| {
        format!(
            "{}={}",
            utf8_percent_encode(key, UNRESERVED),
            utf8_percent_encode(value, UNRESERVED)
        )
    };
    for (key, value) in &bound.query {
        query.push(Cow::Owned(pair(key, value)));
    }
    for (key, value) in &bound.params {
        // a member bound to the key by name wins over the map's entry
        if !bound.query.iter().any(|(named, _)| named == key) {
            query.push(Cow::Owned(pair(key, value)));
        }
    }
    for (i, part) in query.iter().enumerate() {
        path_and_query.push(if i == 0 { '?' } else { '&' });
        path_and_query.push_str(part);
    }

    let mut headers: Headers = Vec::with_capacity(bound.headers.len() + 2);
    let mut body = Vec::new();
    if let Some((bytes, content_type)) = bound.body.take() {
        body = bytes;
        let explicit = bound
            .headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("content-type"));
        if !explicit {
            headers.push((Cow::Borrowed("content-type"), content_type));
        }
    }
    let named = |name: &str| {
        bound
            .headers
            .iter()
            .any(|(named, _)| named.eq_ignore_ascii_case(name))
    };
    let prefixed: Vec<_> = std::mem::take(&mut bound.prefixed)
        .into_iter()
        .filter(|(name, _)| !named(name))
        .collect();
    for (name, value) in bound.headers.into_iter().chain(prefixed) {
        let name = match name {
            Cow::Borrowed(name) if super::is_static_name(name) => Cow::Borrowed(name),
            name => Cow::Owned(name.to_ascii_lowercase()),
        };
        let why = if !super::is_static_name(&name) {
            Some("is not a valid header name")
        } else if RESERVED.contains(&name.as_ref()) {
            Some("is set by the client and its signer; a member cannot set it")
        } else if headers.iter().any(|(seen, _)| *seen == name) {
            Some("would be sent twice (two members, or two map keys that differ only in case)")
        } else {
            None
        };
        if let Some(why) = why {
            return Err(format!("the header `{name}` {why}"));
        }
        headers.push((name, Cow::Owned(value.into_owned())));
    }
    Ok(Request {
        method: http.method,
        path_and_query,
        headers,
        body,
    })
}

/// Why a label cannot be written, naming it.
#[derive(Debug, PartialEq, Eq)]
enum LabelError<'p> {
    /// No value, or an empty one.
    Empty(&'p str),
    /// The value (or a segment of a greedy one) is `.` or `..`.
    Dots(&'p str),
}

/// Writes `pattern` with each `{label}` (or greedy `{label+}`) replaced by its percent-encoded
/// value.
fn fill_labels<'p>(
    pattern: &'p str,
    labels: &[(&'static str, Cow<'_, str>)],
    out: &mut String,
) -> Result<(), LabelError<'p>> {
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return Ok(());
        };
        let name = &rest[open + 1..open + close];
        let (name, greedy) = match name.strip_suffix('+') {
            Some(name) => (name, true),
            None => (name, false),
        };
        let value = labels
            .iter()
            .find(|(label, _)| *label == name)
            .map(|(_, value)| value)
            .filter(|value| !value.is_empty())
            .ok_or(LabelError::Empty(name))?;
        // `.` and `..` would be taken as path steps (by the URL, and by the server): the
        // request would go elsewhere
        let dots = |segment: &str| segment == "." || segment == "..";
        let stepping = if greedy {
            value.split('/').any(dots)
        } else {
            dots(value)
        };
        if stepping {
            return Err(LabelError::Dots(name));
        }
        let set = if greedy { GREEDY } else { UNRESERVED };
        let _ = write!(out, "{}", utf8_percent_encode(value, set));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    Ok(())
}

/// The output, or the typed error, of a restJson1 response. Pure: any bytes in, an answer out
/// (fuzzed).
pub(crate) fn read_response<O: Operation>(
    response: &HttpResponse<'_>,
    request_id: Option<String>,
    error: Option<json::ErrorBody>,
) -> Result<O::Output, Error<O::Error>> {
    let status = response.status;
    if (200..300).contains(&status) {
        let bad = |why: String| {
            Error::new(
                ErrorKind::Response,
                format!("the response is not a valid {} output: {why}", O::NAME),
            )
            .with_response(status, request_id.clone())
        };
        let body = if <O::Output as Shape>::HTTP_PAYLOAD {
            b"{}".as_slice()
        } else {
            json::output_body(response.body)
        };
        let mut output: O::Output =
            json::from_json_slice(body).map_err(|err| bad(err.to_string()).with_source(err))?;
        output.read_http(response).map_err(bad)?;
        return Ok(output);
    }
    Err(super::service_error::<O>(response, request_id, None, error))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_percent_encoded_and_greedy_ones_keep_slashes() {
        let labels = [
            ("foo", Cow::Borrowed("hello/escape")),
            ("baz", Cow::Borrowed("there/guy")),
        ];
        let mut out = String::new();
        let filled = fill_labels("/p/foo/{foo}/baz/{baz+}", &labels, &mut out);
        assert_eq!(filled, Ok(()));
        assert_eq!(out, "/p/foo/hello%2Fescape/baz/there/guy");
        let mut out = String::new();
        assert_eq!(
            fill_labels("/p/{missing}", &labels, &mut out),
            Err(LabelError::Empty("missing"))
        );
        for (pattern, value) in [("/s/{x}", "."), ("/s/{x}", ".."), ("/k/{x+}", "a/../b")] {
            let labels = [("x", Cow::Borrowed(value))];
            let filled = fill_labels(pattern, &labels, &mut String::new());
            assert_eq!(filled, Err(LabelError::Dots("x")), "{value}");
        }
        let labels = [("x", Cow::Borrowed("a.b/.c/d.."))];
        assert_eq!(fill_labels("/k/{x+}", &labels, &mut String::new()), Ok(()));
    }
}
