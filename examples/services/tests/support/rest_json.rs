//! The model server's restJson1 side: the operation found from the method and the model's
//! `requestUri` pattern, the input put back together from the URI labels, query string,
//! headers and payload or JSON body as the model binds each member, and the answer split the
//! same way into status, headers and body.

use std::collections::BTreeMap;
use std::time::SystemTime;

use base64::Engine as _;
use bytes::Bytes;
use http_body_util::Full;
use percent_encoding::percent_decode_str;
use serde_json::{json, Map, Value};

use super::{check, handle, problem, Answer, Shared, KEY, REGION, SECRET};

pub(super) fn answer(
    shared: &Shared,
    parts: &http::request::Parts,
    body: &Bytes,
) -> hyper::Response<Full<Bytes>> {
    let model = &shared.model;
    let path = parts.uri.path();
    let query: Vec<(String, String)> = parts
        .uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect();
    let found = model["operations"]
        .as_object()
        .into_iter()
        .flatten()
        .find_map(|(name, op)| {
            let http = &op["http"];
            if http["method"].as_str() != Some(parts.method.as_str()) {
                return None;
            }
            let uri = http["requestUri"].as_str().unwrap_or_default();
            let (pattern, constant) = uri.split_once('?').unwrap_or((uri, ""));
            let labels = labels(pattern, path)?;
            // a constant query (`?versions`) must be there too
            let constant_ok = constant.split('&').filter(|c| !c.is_empty()).all(|c| {
                query
                    .iter()
                    .any(|(k, _)| k == c.split('=').next().unwrap_or(c))
            });
            constant_ok.then(|| (name.clone(), labels))
        });
    let Some((operation, labels)) = found else {
        return problem(
            shared,
            format!(
                "{} {}: no operation of the model has this method and URI",
                parts.method, path
            ),
        );
    };
    let signing_name = model["metadata"]["signingName"]
        .as_str()
        .unwrap_or_default();
    let path_and_query = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    match awsop_emulator::verify_signature(
        &[(KEY.to_owned(), SECRET.to_owned())],
        signing_name,
        parts.method.as_str(),
        path_and_query,
        &parts.headers,
        body,
        SystemTime::now(),
    ) {
        Err(err) => {
            return problem(
                shared,
                format!("{operation}: {}: {}", err.code, err.message),
            );
        }
        Ok((_, region)) if region != REGION => {
            return problem(
                shared,
                format!("{operation}: signed for {region}, the client is in {REGION}"),
            );
        }
        Ok(_) => {}
    }
    let op = &model["operations"][&operation];
    let input = match op["input"]["shape"].as_str() {
        None => Ok(Value::Object(Map::new())),
        Some(shape) => assemble(model, shape, &labels, &query, &parts.headers, body),
    };
    let input = match input {
        Ok(input) => input,
        Err(why) => return problem(shared, format!("{operation}: {why}")),
    };
    let mut problems = Vec::new();
    if let Some(shape) = op["input"]["shape"].as_str() {
        check(model, &input, shape, &operation, &mut problems);
    }
    if !problems.is_empty() {
        return problem(shared, problems.join("; "));
    }
    handle(shared, operation, &parts.headers, input, respond)
}

fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// The labels of `path` under `pattern` (`/functions/{FunctionName}`, greedy `{Key+}`),
/// percent-decoded; `None` when the path does not fit the pattern.
fn labels(pattern: &str, path: &str) -> Option<BTreeMap<String, String>> {
    let want: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
    let got: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let mut labels = BTreeMap::new();
    for (i, part) in want.iter().enumerate() {
        if let Some(name) = part.strip_prefix('{').and_then(|p| p.strip_suffix("+}")) {
            let rest = got.get(i..).filter(|r| !r.is_empty())?;
            labels.insert(name.to_owned(), decode(&rest.join("/")));
            return Some(labels);
        }
        let segment = got.get(i)?;
        match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            Some(name) if !segment.is_empty() => {
                labels.insert(name.to_owned(), decode(segment));
            }
            Some(_) => return None,
            None if part == segment => {}
            None => return None,
        }
    }
    (want.len() == got.len()).then_some(labels)
}

/// A text from a label, query or header as the JSON value of the model's `shape`.
fn typed(model: &Value, shape: &str, text: &str) -> Result<Value, String> {
    Ok(
        match model["shapes"][shape]["type"].as_str().unwrap_or_default() {
            "integer" | "long" => json!(text
                .parse::<i64>()
                .map_err(|_| format!("`{text}` is not a whole number"))?),
            "boolean" => json!(text == "true"),
            "double" | "float" => json!(text
                .parse::<f64>()
                .map_err(|_| format!("`{text}` is not a number"))?),
            _ => json!(text),
        },
    )
}

/// The input as the model names its members, from wherever the model binds each.
fn assemble(
    model: &Value,
    shape: &str,
    labels: &BTreeMap<String, String>,
    query: &[(String, String)],
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<Value, String> {
    let shape = &model["shapes"][shape];
    let payload = shape["payload"].as_str();
    let mut input = Map::new();
    let named_queries: Vec<&str> = shape["members"]
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(_, m)| m["location"] == "querystring" && m["locationName"].is_string())
        .filter_map(|(_, m)| m["locationName"].as_str())
        .collect();
    for (name, member) in shape["members"].as_object().into_iter().flatten() {
        let target = member["shape"].as_str().unwrap_or_default();
        let kind = model["shapes"][target]["type"].as_str().unwrap_or_default();
        let location_name = member["locationName"].as_str().unwrap_or(name);
        let value = match member["location"].as_str() {
            Some("uri") => match labels.get(location_name) {
                Some(text) => Some(typed(model, target, text)?),
                None => return Err(format!("the label {location_name} is not in the URI")),
            },
            Some("querystring") if kind == "map" => {
                let rest: Map<String, Value> = query
                    .iter()
                    .filter(|(k, _)| !named_queries.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), json!(v)))
                    .collect();
                (!rest.is_empty()).then_some(Value::Object(rest))
            }
            Some("querystring") => {
                let values: Vec<&String> = query
                    .iter()
                    .filter(|(k, _)| k == location_name)
                    .map(|(_, v)| v)
                    .collect();
                if kind == "list" {
                    let item = model["shapes"][target]["member"]["shape"]
                        .as_str()
                        .unwrap_or_default();
                    (!values.is_empty())
                        .then(|| {
                            values
                                .iter()
                                .map(|v| typed(model, item, v))
                                .collect::<Result<Vec<_>, _>>()
                        })
                        .transpose()?
                        .map(Value::Array)
                } else {
                    match values.as_slice() {
                        [] => None,
                        [one] => Some(typed(model, target, one)?),
                        _ => {
                            return Err(format!(
                                "the query parameter {location_name} is sent more than once"
                            ))
                        }
                    }
                }
            }
            Some("header") => match headers.get(location_name).map(|v| v.to_str()) {
                None => None,
                Some(Err(_)) => return Err(format!("the header {location_name} is not text")),
                Some(Ok(text)) if kind == "list" => Some(Value::Array(
                    text.split(',').map(|item| json!(item.trim())).collect(),
                )),
                Some(Ok(text)) => Some(typed(model, target, text)?),
            },
            Some("headers") => {
                let prefix = location_name.to_ascii_lowercase();
                let entries: Map<String, Value> = headers
                    .iter()
                    .filter_map(|(k, v)| {
                        let rest = k.as_str().strip_prefix(prefix.as_str())?;
                        Some((rest.to_owned(), json!(v.to_str().ok()?)))
                    })
                    .collect();
                (!entries.is_empty()).then_some(Value::Object(entries))
            }
            Some(other) => return Err(format!("{name}: the location {other} is not served")),
            None if payload == Some(name) => {
                if body.is_empty() {
                    None
                } else if kind == "blob" {
                    Some(json!(base64::engine::general_purpose::STANDARD.encode(body)))
                } else if kind == "string" {
                    Some(json!(String::from_utf8_lossy(body)))
                } else {
                    Some(
                        serde_json::from_slice(body)
                            .map_err(|_| "the payload is not JSON".to_owned())?,
                    )
                }
            }
            None => None, // a body member: below
        };
        if let Some(value) = value {
            input.insert(name.clone(), value);
        }
    }
    let body_members = shape["members"]
        .as_object()
        .into_iter()
        .flatten()
        .any(|(name, m)| m["location"].is_null() && payload != Some(name.as_str()));
    if payload.is_none() && !body.is_empty() {
        if !body_members {
            return Err("a body was sent, and the input has no body member".into());
        }
        if headers.get("content-type").and_then(|v| v.to_str().ok()) != Some("application/json") {
            return Err("a JSON body is sent as application/json".into());
        }
        let Ok(Value::Object(members)) = serde_json::from_slice::<Value>(body) else {
            return Err("the body is not a JSON object".into());
        };
        for (name, value) in members {
            let bound = !shape["members"][&name]["location"].is_null();
            if bound || input.contains_key(&name) {
                return Err(format!(
                    "{name} is bound outside the body, and was sent in it"
                ));
            }
            input.insert(name, value);
        }
    }
    Ok(Value::Object(input))
}

/// The answer split as the model binds the output's members: the status (or a `statusCode`
/// member), headers, and the payload or the JSON body; an error as the type header and body.
fn respond(
    shared: &Shared,
    operation: &str,
    (status, output): Answer,
) -> hyper::Response<Full<Bytes>> {
    let mut response = hyper::Response::builder()
        .header("x-amzn-requestid", "00000000-0000-4000-8000-000000000000");
    if !(200..300).contains(&status) {
        let code = output["__type"]
            .as_str()
            .and_then(|t| t.rsplit('#').next())
            .unwrap_or("InternalServerError")
            .to_owned();
        let body =
            json!({"Type": "User", "message": output["message"], "Message": output["message"]});
        return response
            .status(status)
            .header("x-amzn-errortype", code)
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from(body.to_string())))
            .unwrap_or_default();
    }
    let mut status = status;
    let mut body = Map::new();
    let mut raw: Option<(Vec<u8>, &str)> = None;
    let op_shape = shared.model["operations"][operation]["output"]["shape"].as_str();
    let members = op_shape.and_then(|s| shared.model["shapes"][s]["members"].as_object());
    let payload = op_shape.and_then(|s| shared.model["shapes"][s]["payload"].as_str());
    for (name, value) in output.as_object().into_iter().flatten() {
        let member = members.and_then(|m| m.get(name));
        let location = member.and_then(|m| m["location"].as_str());
        let location_name = member
            .and_then(|m| m["locationName"].as_str())
            .unwrap_or(name);
        match location {
            Some("statusCode") => {
                status = value
                    .as_u64()
                    .and_then(|s| u16::try_from(s).ok())
                    .unwrap_or(status)
            }
            Some("header") => {
                let text = value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_owned);
                response = response.header(location_name, text);
            }
            _ if payload == Some(name.as_str()) => {
                let target = member.and_then(|m| m["shape"].as_str()).unwrap_or_default();
                raw = Some(match shared.model["shapes"][target]["type"].as_str() {
                    Some("blob") => (
                        base64::engine::general_purpose::STANDARD
                            .decode(value.as_str().unwrap_or_default())
                            .unwrap_or_default(),
                        "application/octet-stream",
                    ),
                    _ => (value.to_string().into_bytes(), "application/json"),
                });
            }
            _ => {
                body.insert(name.clone(), value.clone());
            }
        }
    }
    let (bytes, content_type) = raw.unwrap_or_else(|| {
        (
            Value::Object(body).to_string().into_bytes(),
            "application/json",
        )
    });
    response
        .status(status)
        .header("content-type", content_type)
        .body(Full::new(Bytes::from(bytes)))
        .unwrap_or_default()
}
