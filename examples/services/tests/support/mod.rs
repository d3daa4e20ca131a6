//! A loopback server for the example services' tests that holds every request to the service's
//! model: the method, path, content type and `X-Amz-Target` of the protocol, a SigV4 signature
//! checked by signing the received request again (aws-sigv4's full `sign`, through
//! `awsop_emulator::verify_signature`), and the body's members, types, required members,
//! lengths and enum values. What it answers comes from a per-service handler, and is held to the
//! operation's output shape too. Problems are recorded, and answered as a
//! `ValidationException`, so a test sees them.

#![allow(dead_code, reason = "each test binary uses the part it needs")]

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::{json, Map, Value};

pub const KEY: &str = awsop_emulator::TEST_ACCESS_KEY_ID;
pub const SECRET: &str = awsop_emulator::TEST_SECRET_ACCESS_KEY;
/// The region the tests' clients are in, and so the one their requests are signed for.
pub const REGION: &str = "us-east-1";

/// What a handler answers: a status and a JSON body.
pub type Answer = (u16, Value);

/// A handler: the operation name and the request body to an answer.
pub type Handler = Box<dyn FnMut(&str, &Value) -> Answer + Send>;

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub operation: String,
    pub headers: http::HeaderMap,
    pub body: Value,
}

struct Shared {
    model: Value,
    handler: Mutex<Handler>,
    seen: Mutex<Vec<Seen>>,
    problems: Mutex<Vec<String>>,
    faults: Mutex<VecDeque<Answer>>,
}

/// The running server: its URL, what it saw, what was wrong.
pub struct ModelServer {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
}

impl ModelServer {
    /// Serves `service`'s model (`models/<service>/service-2.json`) on 127.0.0.1 with `handler`.
    pub async fn start(service: &str, handler: Handler) -> Self {
        let shared = Arc::new(Shared {
            model: model(service),
            handler: Mutex::new(handler),
            seen: Mutex::default(),
            problems: Mutex::default(),
            faults: Mutex::default(),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let addr = listener.local_addr().expect("its address");
        let serving = Arc::clone(&shared);
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = Arc::clone(&serving);
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let shared = Arc::clone(&shared);
                        async move { Ok::<_, std::convert::Infallible>(answer(&shared, request).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Self { addr, shared }
    }

    /// The URL to point a client at.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A client for this server, signing with the test keys in [`REGION`], retrying at once.
    pub fn client(&self) -> awsop::Client {
        awsop::Client::new(
            awsop::Config::builder()
                .endpoint_url(self.url())
                .region(REGION)
                .credentials(awsop::Credentials::new(KEY, SECRET, None))
                .sleep(NoWait)
                .build(),
        )
    }

    /// Every request so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.shared
            .seen
            .lock()
            .map(|s| s.clone())
            .unwrap_or_default()
    }

    /// Every departure from the model so far.
    pub fn problems(&self) -> Vec<String> {
        self.shared
            .problems
            .lock()
            .map(|p| p.clone())
            .unwrap_or_default()
    }

    /// Answers the next requests with these, one each, before the handler.
    pub fn inject(&self, faults: impl IntoIterator<Item = Answer>) {
        if let Ok(mut queue) = self.shared.faults.lock() {
            queue.extend(faults);
        }
    }
}

/// An error answer in the awsJson form: `__type` with the service's namespace, and a message.
pub fn error(status: u16, code: &str, message: &str) -> Answer {
    (
        status,
        json!({"__type": format!("com.amazonaws.example#{code}"), "message": message}),
    )
}

/// An error answer of a query-compatible service: also the code its awsQuery clients know and
/// the fault, as `x-amzn-query-error: <code>;Sender`.
pub fn query_error(status: u16, code: &str, query_code: &str, message: &str) -> Answer {
    let (status, mut body) = error(status, code, message);
    body[QUERY_ERROR] = json!(format!("{query_code};Sender"));
    (status, body)
}

/// Where [`query_error`] leaves the header's value for [`respond`] (not sent in the body).
const QUERY_ERROR: &str = "__awsop_query_error";

fn problem(shared: &Shared, text: String) -> hyper::Response<Full<Bytes>> {
    if let Ok(mut problems) = shared.problems.lock() {
        problems.push(text.clone());
    }
    respond(shared, error(400, "ValidationException", &text))
}

fn respond(shared: &Shared, (status, mut body): Answer) -> hyper::Response<Full<Bytes>> {
    let version = shared.model["metadata"]["jsonVersion"]
        .as_str()
        .unwrap_or("1.0");
    let query_error = body
        .as_object_mut()
        .and_then(|fields| fields.remove(QUERY_ERROR))
        .and_then(|v| v.as_str().map(str::to_owned));
    let mut response = hyper::Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() = http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::OK);
    let headers = response.headers_mut();
    if let Ok(value) = http::HeaderValue::try_from(format!("application/x-amz-json-{version}")) {
        headers.insert("content-type", value);
    }
    headers.insert(
        "x-amzn-requestid",
        http::HeaderValue::from_static("00000000-0000-4000-8000-000000000000"),
    );
    if let Some(value) = query_error.and_then(|v| http::HeaderValue::try_from(v).ok()) {
        headers.insert("x-amzn-query-error", value);
    }
    response
}

async fn answer(
    shared: &Shared,
    request: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = request.into_parts();
    let Ok(body) = body.collect().await.map(|b| b.to_bytes()) else {
        return problem(shared, "the body could not be read".into());
    };
    let metadata = &shared.model["metadata"];
    if metadata["protocol"] == "rest-json" {
        return rest_json::answer(shared, &parts, &body);
    }
    let version = metadata["jsonVersion"].as_str().unwrap_or("1.0");
    if parts.method != http::Method::POST || parts.uri.path() != "/" {
        return problem(
            shared,
            format!("{} {}: awsJson is POST /", parts.method, parts.uri),
        );
    }
    let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let content_type = format!("application/x-amz-json-{version}");
    if header("content-type") != Some(content_type.as_str()) {
        return problem(
            shared,
            format!(
                "content-type {:?}, expected {content_type}",
                header("content-type")
            ),
        );
    }
    let prefix = metadata["targetPrefix"].as_str().unwrap_or_default();
    let Some(operation) = header("x-amz-target")
        .and_then(|t| t.strip_prefix(prefix))
        .and_then(|t| t.strip_prefix('.'))
        .filter(|op| shared.model["operations"].get(*op).is_some())
        .map(str::to_owned)
    else {
        return problem(
            shared,
            format!(
                "x-amz-target {:?} names no operation of the model",
                header("x-amz-target")
            ),
        );
    };
    if metadata.get("awsQueryCompatible").is_some() && header("x-amzn-query-mode") != Some("true") {
        return problem(
            shared,
            format!(
                "{operation}: a query-compatible service's request says x-amzn-query-mode: true"
            ),
        );
    }
    let signing_name = metadata["signingName"]
        .as_str()
        .or(metadata["endpointPrefix"].as_str())
        .unwrap_or_default();
    let credentials = [(KEY.to_owned(), SECRET.to_owned())];
    let path_and_query = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    match awsop_emulator::verify_signature(
        &credentials,
        signing_name,
        "POST",
        path_and_query,
        &parts.headers,
        &body,
        SystemTime::now(),
    ) {
        Err(err) => {
            if let Ok(mut problems) = shared.problems.lock() {
                problems.push(format!("{operation}: {}: {}", err.code, err.message));
            }
            return respond(shared, error(err.status, err.code, &err.message));
        }
        // the tests' clients are in us-east-1: the scope says so, or the signer chose wrong
        Ok((_, region)) if region != REGION => {
            return problem(
                shared,
                format!("{operation}: signed for {region}, the client is in {REGION}"),
            );
        }
        Ok(_) => {}
    }
    let Ok(input) = serde_json::from_slice::<Value>(&body) else {
        return problem(shared, format!("{operation}: the body is not JSON"));
    };
    let op = &shared.model["operations"][&operation];
    let mut problems = Vec::new();
    if let Some(shape) = op["input"]["shape"].as_str() {
        check(&shared.model, &input, shape, &operation, &mut problems);
    }
    if !problems.is_empty() {
        return problem(shared, problems.join("; "));
    }
    handle(
        shared,
        operation,
        &parts.headers,
        input,
        |shared, _, answer| respond(shared, answer),
    )
}

/// A request that held to the model: recorded, then answered by an injected fault or the
/// handler, whose answer is held to the output shape too and written by `write`.
fn handle(
    shared: &Shared,
    operation: String,
    headers: &http::HeaderMap,
    input: Value,
    write: fn(&Shared, &str, Answer) -> hyper::Response<Full<Bytes>>,
) -> hyper::Response<Full<Bytes>> {
    let op = &shared.model["operations"][&operation];
    if let Ok(mut seen) = shared.seen.lock() {
        seen.push(Seen {
            operation: operation.clone(),
            headers: headers.clone(),
            body: input.clone(),
        });
    }
    let fault = shared.faults.lock().ok().and_then(|mut q| q.pop_front());
    let (status, output) = match fault {
        Some(fault) => fault,
        None => match shared.handler.lock() {
            Ok(mut handler) => handler(&operation, &input),
            Err(_) => error(500, "InternalServerError", "the handler panicked"),
        },
    };
    if (200..300).contains(&status) {
        let mut problems = Vec::new();
        if let Some(shape) = op["output"]["shape"].as_str() {
            check(
                &shared.model,
                &output,
                shape,
                &format!("{operation} output"),
                &mut problems,
            );
        }
        if !problems.is_empty() {
            // the server's own answer breaks the model: the test's handler is wrong
            return problem(shared, problems.join("; "));
        }
    }
    write(shared, &operation, (status, output))
}

#[path = "rest_json.rs"]
mod rest_json;

/// Holds `value` to the model's shape `name`, at `path`: member names, required members, types,
/// lengths and enum values.
pub fn check(model: &Value, value: &Value, name: &str, path: &str, problems: &mut Vec<String>) {
    let shape = &model["shapes"][name];
    let kind = shape["type"].as_str().unwrap_or_default();
    let length = |n: usize, problems: &mut Vec<String>| {
        let n = n as u64;
        if shape["min"].as_u64().is_some_and(|min| n < min)
            || shape["max"].as_u64().is_some_and(|max| n > max)
        {
            problems.push(format!(
                "{path}: length {n} outside the model's {}..{}",
                shape["min"], shape["max"]
            ));
        }
    };
    match (kind, value) {
        ("structure", Value::Object(members)) => {
            let declared = shape["members"].as_object().cloned().unwrap_or_default();
            for required in shape["required"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                if !members.contains_key(required) {
                    problems.push(format!("{path}: the required member {required} is missing"));
                }
            }
            let union = shape["union"].as_bool() == Some(true);
            if union && members.len() != 1 {
                problems.push(format!(
                    "{path}: a union with {} members set",
                    members.len()
                ));
            }
            for (member, value) in members {
                match declared.get(member).and_then(|m| m["shape"].as_str()) {
                    Some(target) => {
                        check(model, value, target, &format!("{path}.{member}"), problems)
                    }
                    None => problems.push(format!("{path}: {member} is not a member of {name}")),
                }
            }
        }
        ("list", Value::Array(items)) => {
            length(items.len(), problems);
            let member = shape["member"]["shape"].as_str().unwrap_or_default();
            for (i, item) in items.iter().enumerate() {
                check(model, item, member, &format!("{path}[{i}]"), problems);
            }
        }
        ("map", Value::Object(entries)) => {
            length(entries.len(), problems);
            let key = shape["key"]["shape"].as_str().unwrap_or_default();
            let target = shape["value"]["shape"].as_str().unwrap_or_default();
            for (k, v) in entries {
                check(
                    model,
                    &Value::String(k.clone()),
                    key,
                    &format!("{path} key"),
                    problems,
                );
                check(model, v, target, &format!("{path}.{k}"), problems);
            }
        }
        ("string", Value::String(text)) => {
            length(text.chars().count(), problems);
            if let Some(values) = shape["enum"].as_array() {
                if !values.iter().any(|v| v.as_str() == Some(text)) {
                    problems.push(format!("{path}: `{text}` is not a value of {name}"));
                }
            }
        }
        ("integer" | "long", Value::Number(n)) if n.is_i64() || n.is_u64() => {
            let n = n.as_i64().unwrap_or(i64::MAX);
            if shape["min"].as_i64().is_some_and(|min| n < min)
                || shape["max"].as_i64().is_some_and(|max| n > max)
            {
                problems.push(format!("{path}: {n} outside the model's range"));
            }
        }
        ("double" | "float", Value::Number(_))
        | ("boolean", Value::Bool(_))
        | ("timestamp", Value::Number(_))
        | ("blob", Value::String(_)) => {}
        (_, Value::Null) => problems.push(format!("{path}: null")),
        (kind, other) => problems.push(format!("{path}: {other} is not a {kind} ({name})")),
    }
}

/// An empty JSON object.
pub fn empty() -> Value {
    Value::Object(Map::new())
}

/// Runs the example `name` (built by `cargo test` beside the tests) against `url` with the
/// test keys, the way a user would run it, within a minute: its exit status and output.
pub fn run_example(name: &str, endpoint_var: &str, url: &str) -> std::process::Output {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>");
    let example = dir.join("examples").join(name);
    assert!(
        example.is_file(),
        "{} is not built: run `cargo test -p awsop-example-services` (which builds the examples)",
        example.display()
    );
    let mut child = std::process::Command::new(&example)
        .env_clear()
        .env(endpoint_var, url)
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ACCESS_KEY_ID", KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_CONFIG_FILE", "/nonexistent/config")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the example starts");
    let started = std::time::Instant::now();
    loop {
        if child
            .try_wait()
            .expect("the example can be waited for")
            .is_some()
        {
            return child.wait_with_output().expect("its output");
        }
        if started.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the {name} example ran longer than a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The repository's `models/<service>/service-2.json`.
pub fn model(service: &str) -> Value {
    let path = format!(
        "{}/../../models/{service}/service-2.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Each declared operation's members against the model: wire names, requiredness, every
/// required member declared; then against the operation `awsop scaffold` wrote
/// ([`matches_scaffold`]).
pub fn matches_model<O: awsop::Operation>(model: &Value, problems: &mut Vec<String>) {
    matches_scaffold::<O>(problems);
    let op = &model["operations"][O::NAME];
    let input = op["input"]["shape"].as_str().unwrap_or_default();
    let shape = &model["shapes"][input];
    let awsop::Schema::Structure(members) = <O as awsop::Validate>::schema() else {
        problems.push(format!("{}: not a structure", O::NAME));
        return;
    };
    let required: Vec<&str> = shape["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for member in members {
        if shape["members"].get(member.name).is_none() {
            problems.push(format!("{}.{}: not in the model", O::NAME, member.name));
        }
        if member.required != required.contains(&member.name) {
            problems.push(format!(
                "{}.{}: required {} here, {} in the model",
                O::NAME,
                member.name,
                member.required,
                !member.required
            ));
        }
    }
    for name in required {
        if !members.iter().any(|m| m.name == name) {
            problems.push(format!(
                "{}.{name}: required by the model, not declared",
                O::NAME
            ));
        }
    }
    if model["metadata"]["protocol"] == "rest-json" {
        // the http trait: method, URI pattern, success code
        let http = &op["http"];
        let code = http["responseCode"].as_u64().unwrap_or(200);
        if O::HTTP.method != http["method"]
            || O::HTTP.uri != http["requestUri"]
            || u64::from(O::HTTP.code) != code
        {
            problems.push(format!(
                "{}: http {:?}, the model's {} {} {code}",
                O::NAME,
                O::HTTP,
                http["method"],
                http["requestUri"]
            ));
        }
    } else if O::SERVICE.target_prefix != model["metadata"]["targetPrefix"] {
        problems.push(format!("{}: target prefix", O::NAME));
    }
}

/// The operations `awsop scaffold` wrote for the service `id` (examples/scaffolded/).
fn scaffolded(id: &str) -> &'static [awsop::OperationEntry] {
    match id {
        "dynamodb" => awsop_dynamodb::OPERATIONS,
        "sqs" => awsop_sqs::OPERATIONS,
        "logs" => awsop_logs::OPERATIONS,
        "lambda" => awsop_lambda::OPERATIONS,
        "scheduler" => awsop_scheduler::OPERATIONS,
        _ => &[],
    }
}

/// The hand declaration `O` against the one `awsop scaffold` wrote for the whole service: the
/// same service facts, HTTP trait and errors (the hand one may list fewer), and each member
/// the hand one declares bound in the same place, required, token and sensitive alike (the
/// hand one may declare fewer members, fewer enum values and fewer constraints).
pub fn matches_scaffold<O: awsop::Operation>(problems: &mut Vec<String>) {
    let Some(entry) = scaffolded(O::SERVICE.id)
        .iter()
        .find(|e| e.name() == O::NAME)
    else {
        problems.push(format!("{}: not in the scaffolded crate", O::NAME));
        return;
    };
    let name = O::NAME;
    let theirs = entry.service();
    let ours = O::SERVICE;
    if (
        ours.id,
        ours.target_prefix,
        ours.signing_name,
        ours.service_id,
        ours.query_compatible,
    ) != (
        theirs.id,
        theirs.target_prefix,
        theirs.signing_name,
        theirs.service_id,
        theirs.query_compatible,
    ) || ours.endpoint_rules.map(str::len) != theirs.endpoint_rules.map(str::len)
    {
        problems.push(format!(
            "{name}: the service differs from the scaffolded one"
        ));
    }
    if O::HTTP != entry.http {
        problems.push(format!(
            "{name}: http {:?}, scaffolded {:?}",
            O::HTTP,
            entry.http
        ));
    }
    for code in <O::Error as awsop::OperationError>::codes() {
        if !entry.errors().contains(&code) {
            problems.push(format!(
                "{name}: error {code} is not the scaffolded operation's"
            ));
        }
    }
    let sides = [
        (
            "input",
            <O as awsop::Shape>::MEMBERS,
            entry.input.members,
            true,
        ),
        (
            "output",
            <O::Output as awsop::Shape>::MEMBERS,
            entry.output.members,
            false,
        ),
    ];
    for (side, ours, theirs, input) in sides {
        for member in ours {
            let Some(scaffolded) = theirs.iter().find(|m| m.name == member.name) else {
                problems.push(format!("{name} {side}.{}: not scaffolded", member.name));
                continue;
            };
            // an output's members are all optional in some hand declarations: the model's
            // required output members are read with a default either way
            let same = member.location == scaffolded.location
                && member.sensitive == scaffolded.sensitive
                && member.idempotency_token == scaffolded.idempotency_token
                && (!input || member.required == scaffolded.required);
            if !same {
                problems.push(format!(
                    "{name} {side}.{}: declared {:?}/required {}/sensitive {}, scaffolded {:?}/required {}/sensitive {}",
                    member.name,
                    member.location,
                    member.required,
                    member.sensitive,
                    scaffolded.location,
                    scaffolded.required,
                    scaffolded.sensitive
                ));
            }
        }
    }
}

/// A modeled error's members against the model's shape `name`, by their wire names.
pub fn error_matches_model<E: awsop::Validate>(
    model: &Value,
    name: &str,
    problems: &mut Vec<String>,
) {
    let awsop::Schema::Structure(members) = E::schema() else {
        problems.push(format!("{name}: not a structure"));
        return;
    };
    if model["shapes"][name]["exception"].as_bool() != Some(true) {
        problems.push(format!("{name}: not an exception of the model"));
    }
    for member in members {
        if model["shapes"][name]["members"].get(member.name).is_none() {
            problems.push(format!("{name}.{}: not in the model", member.name));
        }
    }
}

/// Retries without waiting.
#[derive(Debug)]
pub struct NoWait;

impl awsop::Sleep for NoWait {
    fn sleep(
        &self,
        _: std::time::Duration,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
        Box::pin(async {})
    }
}

/// Runs the example `name` against `server` (its endpoint in `endpoint_var`) as a user would:
/// it must exit 0 having printed each of its `steps`, `expected` among them, and `done`, with
/// every request as the model says. The operations it sent, in order.
pub async fn story(
    server: &ModelServer,
    name: &'static str,
    endpoint_var: &'static str,
    steps: usize,
    expected: &str,
) -> Vec<String> {
    let url = server.url();
    let output = tokio::task::spawn_blocking(move || run_example(name, endpoint_var, &url))
        .await
        .expect("the example ran");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for step in 1..=steps {
        assert!(stdout.contains(&format!("[{step}/{steps}]")), "{stdout}");
    }
    assert!(
        stdout.contains(expected) && stdout.ends_with("done\n"),
        "{stdout}"
    );
    assert_eq!(
        server.problems(),
        Vec::<String>::new(),
        "every request as the model says"
    );
    server.seen().into_iter().map(|s| s.operation).collect()
}

/// The endpoints `service`'s rule set gives, with nothing configured but the region: us-east-1
/// plain, with FIPS, dual-stack, and cn-north-1.
pub fn default_endpoints(service: &awsop::Service) -> [String; 4] {
    let url = |region: &str, use_fips: bool, use_dual_stack: bool| {
        awsop::endpoint::resolve(
            service,
            awsop::endpoint::EndpointParams {
                region: Some(region),
                use_fips,
                use_dual_stack,
                ..Default::default()
            },
        )
        .map_or_else(|err| format!("error: {err}"), |e| e.url)
    };
    [
        url("us-east-1", false, false),
        url("us-east-1", true, false),
        url("us-east-1", false, true),
        url("cn-north-1", false, false),
    ]
}
