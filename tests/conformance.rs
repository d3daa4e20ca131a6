//! Smithy's protocol compliance vectors, data-driven: for each suite (`conformance/awsjson1_0`,
//! `conformance/awsjson1_1`) the test services' operations are declared with the macros as a
//! user would, and every client test runs — requests built and signed as `send` would send
//! them, responses and errors read by the client's own response reader.

use std::collections::BTreeMap;

use awsop::{Client, Config, Credentials, Operation};
use base64::Engine as _;
use serde_json::{Map, Value};

/// The typed error `$op` reads from the response `$r`, as [`Exposed`]: the variant of
/// `$error` it is (one of those listed), its members, and the code and fault it exposes.
macro_rules! exposed {
    ($r:expr, $op:ty, $error:ident { $($variant:ident),* $(,)? }) => {{
        let err = $crate::conformance::read::<$op>($r)?.err().ok_or("not an error")?;
        let (code, fault) = (
            err.code().map(str::to_owned),
            err.fault().map(str::to_owned),
        );
        match err.into_service_error() {
            $(Some($error::$variant(e)) => Ok((
                stringify!($variant).to_owned(),
                serde_json::to_value(&e).unwrap_or_default(),
                code,
                fault,
            )),)*
            other => Err(format!("untyped: {other:?}")),
        }
    }};
}

#[path = "conformance/awsjson1_0.rs"]
mod awsjson1_0;
#[path = "conformance/awsjson1_1.rs"]
mod awsjson1_1;
#[path = "conformance/rest_json_loopback.rs"]
mod rest_json_loopback;
#[path = "conformance/restjson1.rs"]
mod restjson1;
#[path = "conformance/shared.rs"]
mod shared;

/// A first request as it would be sent: method, URL, headers, body.
pub(crate) type Sent = (&'static str, reqwest::Url, http::HeaderMap, Vec<u8>);

/// A suite: where its vectors are, and its operations by name.
trait Suite {
    /// The folder under `conformance/`.
    const DIR: &'static str;
    /// Whether body members go by their `jsonName` (restJson1; the awsJson protocols ignore it).
    const JSON_NAME: bool = false;
    /// The first request of `operation` for `params` (wire JSON), at `endpoint`.
    async fn request(operation: &str, params: Value, endpoint: String) -> Result<Sent, String>;
    /// The output `operation` reads from `r`, as JSON.
    fn output(operation: &str, r: &Response<'_>) -> Result<Value, String>;
    /// The typed error `operation` reads from `r`.
    fn error(operation: &str, r: &Response<'_>) -> Result<Exposed, String>;
}

// ---- the harness -----------------------------------------------------------------------------

fn load(dir: &str, file: &str) -> Value {
    awsop_tests::repo_json(&format!("conformance/{dir}/{file}"))
}

/// Test params → wire JSON: blobs base64, timestamps (given as epoch seconds) in their
/// member's or shape's `timestampFormat`, else the format of where they are bound (an HTTP date
/// in a header, ISO 8601 in a label or query, epoch seconds in a body); with `json_name`, body
/// members by their `jsonName`. Everything else is already as the JSON protocols send it.
fn to_wire(value: &Value, target: &str, shapes: &Map<String, Value>, json_name: bool) -> Value {
    Wire { shapes, json_name }.convert(value, target, None, "epoch-seconds")
}

struct Wire<'a> {
    shapes: &'a Map<String, Value>,
    json_name: bool,
}

impl Wire<'_> {
    fn convert(&self, value: &Value, target: &str, format: Option<&str>, bound: &str) -> Value {
        let shape = self.shapes.get(target);
        let kind = shape.and_then(|s| s["type"].as_str()).unwrap_or_default();
        if target == "Blob" || kind == "blob" {
            return Value::String(
                base64::engine::general_purpose::STANDARD
                    .encode(value.as_str().unwrap_or_default()),
            );
        }
        if target == "Timestamp" || kind == "timestamp" {
            let format = format
                .or_else(|| shape.and_then(|s| s["traits"]["timestampFormat"].as_str()))
                .unwrap_or(bound);
            return timestamp(value, format);
        }
        let Some(shape) = shape else {
            return value.clone();
        };
        match (kind, value) {
            ("structure" | "union", Value::Object(members)) => Value::Object(
                members
                    .iter()
                    // a null member is an unset one
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| {
                        let member = &shape["members"][k];
                        let bound = if member["httpHeader"].is_string() {
                            "http-date"
                        } else if member["httpLabel"].as_bool() == Some(true)
                            || member["httpQuery"].is_string()
                        {
                            "date-time"
                        } else {
                            "epoch-seconds"
                        };
                        let key = match member["jsonName"].as_str() {
                            Some(renamed) if self.json_name => renamed.to_owned(),
                            _ => k.clone(),
                        };
                        (
                            key,
                            self.convert(
                                v,
                                member["target"].as_str().unwrap_or_default(),
                                member["timestampFormat"].as_str(),
                                bound,
                            ),
                        )
                    })
                    .collect(),
            ),
            ("list", Value::Array(items)) => Value::Array(
                items
                    .iter()
                    .map(|v| {
                        self.convert(v, shape["member"].as_str().unwrap_or_default(), None, bound)
                    })
                    .collect(),
            ),
            ("map", Value::Object(entries)) => Value::Object(
                entries
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            self.convert(
                                v,
                                shape["value"].as_str().unwrap_or_default(),
                                None,
                                bound,
                            ),
                        )
                    })
                    .collect(),
            ),
            _ => value.clone(),
        }
    }
}

/// Epoch seconds (as the vectors give every timestamp) in the wire `format`.
fn timestamp(value: &Value, format: &str) -> Value {
    let Ok(time) = serde_json::from_value::<awsop::DateTime>(value.clone()) else {
        return value.clone();
    };
    match format {
        "date-time" => Value::String(time.to_iso8601()),
        "http-date" => serde_json::to_value(awsop::HttpDate(time)).unwrap_or_default(),
        _ => value.clone(),
    }
}

/// JSON equality where numbers compare by value (`1` equals `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        // an f32 member reads back as the f64 nearest it: equal at f32's precision
        #[expect(
            clippy::cast_possible_truncation,
            reason = "compared at f32's precision"
        )]
        (Value::Number(x), Value::Number(y)) => {
            x.as_f64() == y.as_f64()
                || x.as_f64()
                    .zip(y.as_f64())
                    .is_some_and(|(x, y)| x as f32 == y as f32)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

pub(crate) async fn build<O: Operation>(params: Value, endpoint: String) -> Result<Sent, String> {
    let op: O = serde_json::from_value(params).map_err(|e| format!("params: {e}"))?;
    let config = Config::builder()
        .endpoint_url(endpoint)
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None))
        .idempotency_tokens(awsop::FixedToken(
            "00000000-0000-4000-8000-000000000000".into(),
        ))
        .build();
    let (method, url, mut headers, body) = Client::new(config)
        .__first_request(op)
        .await
        .map_err(|e| e.to_string())?;
    // the transport hands the body to reqwest whole, which sends its length; hyper sends none
    // for an empty GET or HEAD body
    if !(body.is_empty() && matches!(method, "GET" | "HEAD")) {
        headers.insert(
            http::header::CONTENT_LENGTH,
            http::HeaderValue::from(body.len()),
        );
    }
    Ok((method, url, headers, body.to_vec()))
}

/// A response as the vector gives it: status, headers, body.
pub(crate) struct Response<'a> {
    status: u16,
    headers: &'a Value,
    body: &'a [u8],
}

pub(crate) fn read<O: Operation>(
    r: &Response<'_>,
) -> Result<Result<Value, awsop::Error<O::Error>>, String> {
    let mut headers = http::HeaderMap::new();
    for (name, value) in r.headers.as_object().into_iter().flatten() {
        let name = http::HeaderName::from_bytes(name.as_bytes()).map_err(|e| e.to_string())?;
        let value = http::HeaderValue::from_str(value.as_str().unwrap_or_default())
            .map_err(|e| e.to_string())?;
        headers.append(name, value);
    }
    Ok(
        match awsop::__private::read_response::<O>(r.status, &headers, r.body) {
            Ok(output) => Ok(serde_json::to_value(&output).map_err(|e| e.to_string())?),
            Err(err) => Err(err),
        },
    )
}

/// The typed error's shape name and members, and the code and fault the error exposes.
pub(crate) type Exposed = (String, Value, Option<String>, Option<String>);

/// Runs one vector; `Err` says what differs.
async fn run<S: Suite>(
    test: &Value,
    shapes: &Map<String, Value>,
    operations: &Value,
) -> Result<(), String> {
    let operation = test["operation"].as_str().unwrap_or_default();
    let params = test["params"].clone();
    let params = if params.is_null() {
        Value::Object(Map::new())
    } else {
        params
    };
    match test["kind"].as_str().unwrap_or_default() {
        "request" => {
            let input = operations[operation]["input"].as_str().unwrap_or_default();
            let wire = to_wire(&params, input, shapes, S::JSON_NAME);
            let host = test["host"].as_str().unwrap_or("example.com");
            let (method, url, headers, body) =
                S::request(operation, wire, format!("https://{host}")).await?;
            if let Some(expected) = test["method"].as_str() {
                if method != expected {
                    return Err(format!("method {method}, expected {expected}"));
                }
            }
            for name in test["requireHeaders"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap_or_default();
                if !headers.contains_key(name) {
                    return Err(format!("header {name} required, not sent"));
                }
            }
            for name in test["forbidHeaders"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap_or_default();
                if headers.contains_key(name) {
                    return Err(format!("header {name} forbidden, sent"));
                }
            }
            if let Some(resolved) = test["resolvedHost"].as_str() {
                let got = url.host_str().unwrap_or_default();
                if got != resolved {
                    return Err(format!("host {got}, expected {resolved}"));
                }
            }
            let uri = test["uri"].as_str().unwrap_or("/");
            if url.path() != uri {
                return Err(format!("uri {}, expected {uri}", url.path()));
            }
            let sent: Vec<&str> = url
                .query()
                .map(|q| q.split('&').collect())
                .unwrap_or_default();
            for pair in test["queryParams"].as_array().into_iter().flatten() {
                let pair = pair.as_str().unwrap_or_default();
                if !sent.contains(&pair) {
                    return Err(format!("query {sent:?} lacks {pair}"));
                }
            }
            let names: Vec<&str> = sent
                .iter()
                .map(|p| p.split('=').next().unwrap_or_default())
                .collect();
            for name in test["forbidQueryParams"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap_or_default();
                if names.contains(&name) {
                    return Err(format!("query parameter {name} forbidden, sent"));
                }
            }
            for name in test["requireQueryParams"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap_or_default();
                if !names.contains(&name) {
                    return Err(format!("query parameter {name} required, not sent"));
                }
            }
            for (name, value) in test["headers"].as_object().into_iter().flatten() {
                let got = headers.get(name.as_str()).and_then(|v| v.to_str().ok());
                if got != value.as_str() {
                    return Err(format!("header {name}: {got:?}, expected {value}"));
                }
            }
            if operation == "QueryIncompatibleOperation"
                && headers.contains_key("x-amzn-query-mode")
            {
                return Err(
                    "x-amzn-query-mode sent by a service that is not query-compatible".into(),
                );
            }
            if let Some(expected) = test["body"].as_str() {
                let text = String::from_utf8_lossy(&body);
                let matches = if test["bodyMediaType"].as_str() == Some("application/json") {
                    let got: Value = serde_json::from_str(&text)
                        .map_err(|e| format!("body is not JSON: {e}"))?;
                    let want: Value =
                        serde_json::from_str(expected).map_err(|e| format!("vector body: {e}"))?;
                    same(&got, &want)
                } else {
                    text == expected
                };
                if !matches {
                    return Err(format!("body {text}\nexpected {expected}"));
                }
            }
            Ok(())
        }
        "response" => {
            let body = test["body"].as_str().unwrap_or_default();
            let r = Response {
                status: u16::try_from(test["code"].as_u64().unwrap_or(200)).unwrap_or(200),
                headers: &test["headers"],
                body: body.as_bytes(),
            };
            let got = S::output(operation, &r)?;
            let output_shape = operations[operation]["output"].as_str().unwrap_or_default();
            let want = to_wire(&params, output_shape, shapes, S::JSON_NAME);
            if same(&got, &want) {
                Ok(())
            } else {
                Err(format!("output {got}\nexpected {want}"))
            }
        }
        "error" => {
            let body = test["body"].as_str().unwrap_or_default();
            let r = Response {
                status: u16::try_from(test["code"].as_u64().unwrap_or(400)).unwrap_or(400),
                headers: &test["headers"],
                body: body.as_bytes(),
            };
            let (shape, members, code, fault) = S::error(operation, &r)?;
            let expected_shape = test["errorShape"].as_str().unwrap_or_default();
            if shape != expected_shape {
                return Err(format!("error {shape}, expected {expected_shape}"));
            }
            let want = to_wire(&params, expected_shape, shapes, S::JSON_NAME);
            if !same(&members, &want) {
                return Err(format!("members {members}\nexpected {want}"));
            }
            if let Some(vendor) = test["vendorParams"].as_object() {
                if code.as_deref() != vendor.get("code").and_then(Value::as_str) {
                    return Err(format!(
                        "exposed code {code:?}, expected {:?}",
                        vendor.get("code")
                    ));
                }
                if let Some(kind) = vendor.get("type").and_then(Value::as_str) {
                    if fault.as_deref() != Some(kind) {
                        return Err(format!("fault {fault:?}, expected {kind}"));
                    }
                }
            }
            Ok(())
        }
        other => Err(format!("unknown kind {other}")),
    }
}

/// Runs every vector of suite `S`: `count` of them, by kind as `kinds` says; every failure is
/// listed.
async fn suite<S: Suite>(count: usize, kinds: [(&str, usize); 3]) {
    let tests = load(S::DIR, "tests.json");
    let shapes = load(S::DIR, "shapes.json");
    let tests = tests.as_array().expect("a list of vectors");
    assert_eq!(tests.len(), count);
    let mut counts = BTreeMap::new();
    let mut failures = Vec::new();
    for test in tests {
        let kind = test["kind"].as_str().unwrap_or_default().to_owned();
        *counts.entry(kind.clone()).or_insert(0) += 1;
        if let Err(why) = run::<S>(
            test,
            shapes["shapes"].as_object().expect("shapes"),
            &shapes["operations"],
        )
        .await
        {
            failures.push(format!(
                "{kind} {}: {why}",
                test["id"].as_str().unwrap_or_default()
            ));
        }
    }
    let kinds: BTreeMap<String, usize> = kinds.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect();
    assert_eq!(counts, kinds);
    assert!(
        failures.is_empty(),
        "{} of {count} {} vectors failed:\n{}",
        failures.len(),
        S::DIR,
        failures.join("\n")
    );
}

#[tokio::test]
async fn all_250_restjson1_client_vectors_pass() {
    suite::<restjson1::RestJson1>(250, [("error", 14), ("request", 142), ("response", 94)]).await;
}

#[tokio::test]
async fn all_119_awsjson1_1_client_vectors_pass() {
    suite::<awsjson1_1::AwsJson11>(119, [("error", 14), ("request", 57), ("response", 48)]).await;
}

#[tokio::test]
async fn all_70_awsjson1_0_client_vectors_pass() {
    suite::<awsjson1_0::AwsJson10>(70, [("error", 16), ("request", 29), ("response", 25)]).await;
}
