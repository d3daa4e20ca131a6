//! AWS Lambda as a user declares it (`awsop_example_services::lambda`, restJson1): the
//! example's story against a loopback server that finds each operation from its method and URI,
//! puts the input back together from the labels, query string, headers and payload as the model
//! binds them, holds it to the model and checks its signature; typed errors and retries; the
//! declarations against the model; the endpoints the rule set gives.

use crate::support;

use std::collections::BTreeMap;

use awsop::{Blob, Sensitive};
use awsop_example_services::lambda::*;
use base64::Engine as _;
use serde_json::{json, Value};
use support::{error, Answer, ModelServer};

/// A small Lambda: functions by name, each invocation echoing a greeting.
#[derive(Default)]
struct Functions(BTreeMap<String, Value>);

impl Functions {
    fn handle(&mut self, operation: &str, input: &Value) -> Answer {
        let name = input["FunctionName"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let missing = || {
            error(
                404,
                "ResourceNotFoundException",
                &format!(
                    "Function not found: arn:aws:lambda:us-east-1:000000000000:function:{name}"
                ),
            )
        };
        match operation {
            "CreateFunction" => {
                if self.0.contains_key(&name) {
                    return error(409, "ResourceConflictException", "Function already exist");
                }
                let configuration = json!({
                    "FunctionName": name,
                    "FunctionArn": format!("arn:aws:lambda:us-east-1:000000000000:function:{name}"),
                    "Runtime": input["Runtime"],
                    "Role": input["Role"],
                    "Handler": input["Handler"],
                    "CodeSize": base64::engine::general_purpose::STANDARD
                        .decode(input["Code"]["ZipFile"].as_str().unwrap_or_default())
                        .map_or(0, |zip| zip.len()),
                    "Description": input["Description"],
                    "Timeout": input["Timeout"],
                    "MemorySize": input["MemorySize"],
                    "Version": "$LATEST",
                    "State": "Active",
                });
                self.0.insert(name, configuration.clone());
                (201, configuration)
            }
            "GetFunction" => match self.0.get(&name) {
                Some(configuration) => (
                    200,
                    json!({
                        "Configuration": configuration,
                        "Code": {"RepositoryType": "S3", "Location": "https://awslambda.example/snapshot.zip"},
                    }),
                ),
                None => missing(),
            },
            "GetFunctionConfiguration" => match self.0.get(&name) {
                Some(configuration) => (200, configuration.clone()),
                None => missing(),
            },
            "Invoke" => {
                if !self.0.contains_key(&name) {
                    return missing();
                }
                let event: Value = input["Payload"]
                    .as_str()
                    .and_then(|p| base64::engine::general_purpose::STANDARD.decode(p).ok())
                    .and_then(|bytes| serde_json::from_slice(&bytes).ok())
                    .unwrap_or_default();
                let result = json!({"greeting": format!("Hello, {}", event["name"].as_str().unwrap_or("world"))});
                let mut output = json!({
                    "StatusCode": 200,
                    "ExecutedVersion": "$LATEST",
                    "Payload": base64::engine::general_purpose::STANDARD.encode(result.to_string()),
                });
                if input["LogType"] == "Tail" {
                    output["LogResult"] =
                        json!(base64::engine::general_purpose::STANDARD.encode("START\nEND\n"));
                }
                (200, output)
            }
            "ListFunctions" => {
                let start: usize = input["Marker"]
                    .as_str()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(0);
                let limit = input["MaxItems"].as_u64().map_or(50, |n| n as usize);
                let all: Vec<&Value> = self.0.values().collect();
                let page: Vec<&Value> = all.iter().skip(start).take(limit).copied().collect();
                let mut output = json!({"Functions": page});
                if start + limit < all.len() {
                    output["NextMarker"] = json!((start + limit).to_string());
                }
                (200, output)
            }
            "DeleteFunction" => match self.0.remove(&name) {
                Some(_) => (204, json!({})),
                None => missing(),
            },
            other => error(
                400,
                "InvalidParameterValueException",
                &format!("{other} is not served here"),
            ),
        }
    }
}

async fn lambda() -> ModelServer {
    let mut functions = Functions::default();
    functions.0.insert(
        "another".into(),
        json!({"FunctionName": "another", "Runtime": "java21", "State": "Active"}),
    );
    ModelServer::start(
        "lambda",
        Box::new(move |op, input| functions.handle(op, input)),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_story_runs_against_a_server_that_holds_it_to_the_model() {
    let server = lambda().await;
    let operations = support::story(
        &server,
        "lambda",
        "AWS_ENDPOINT_URL_LAMBDA",
        7,
        "ResourceNotFoundException",
    )
    .await;
    assert_eq!(
        operations,
        [
            "CreateFunction",
            "GetFunction",
            "GetFunctionConfiguration",
            "Invoke",
            "ListFunctions",
            "ListFunctions",
            "Invoke",
            "DeleteFunction",
        ],
        "one request per step, the listing a page per function (two functions)"
    );
    let seen = server.seen();
    // the invocation's headers and raw payload, as the model binds them
    let invoke = &seen[3];
    assert_eq!(invoke.headers["x-amz-invocation-type"], "RequestResponse");
    assert_eq!(invoke.headers["x-amz-log-type"], "Tail");
    assert_eq!(invoke.headers["content-type"], "application/octet-stream");
    assert_eq!(
        invoke.body["Payload"],
        base64::engine::general_purpose::STANDARD.encode(r#"{"name":"awsop"}"#)
    );
    // the second page was asked for with the first's marker
    assert_eq!(seen[5].body["Marker"], "1");
    assert_eq!(seen[5].body["MaxItems"], 1);
}

#[tokio::test]
async fn outputs_read_status_headers_and_payload_and_errors_their_type() {
    let server = lambda().await;
    let client = server.client();
    let out = client
        .send(Invoke {
            function_name: "another".into(),
            log_type: Some(LogType::Tail),
            payload: Some(Sensitive(Blob::from(r#"{"name":"Dana"}"#))),
            qualifier: Some("$LATEST".into()),
            ..Default::default()
        })
        .await
        .expect("an invocation");
    assert_eq!(out.status_code, Some(200));
    assert_eq!(out.executed_version.as_deref(), Some("$LATEST"));
    assert_eq!(
        out.log_result.as_deref(),
        Some(
            base64::engine::general_purpose::STANDARD
                .encode("START\nEND\n")
                .as_str()
        )
    );
    assert_eq!(
        out.payload.map(|p| p.0),
        Some(Blob::from(r#"{"greeting":"Hello, Dana"}"#))
    );
    let seen = server.seen();
    assert_eq!(
        seen[0].body["Qualifier"], "$LATEST",
        "the qualifier in the query string"
    );
    assert!(
        !format!(
            "{:?}",
            Invoke {
                payload: Some(Sensitive(Blob::from("secret"))),
                ..Default::default()
            }
        )
        .contains("secret"),
        "a sensitive payload never shows in Debug"
    );

    let deleted = client
        .send(DeleteFunction {
            function_name: "another".into(),
            ..Default::default()
        })
        .await
        .expect("a deletion");
    assert_eq!(deleted.status_code, Some(204));

    let err = client
        .send(GetFunctionConfiguration {
            function_name: "another".into(),
            ..Default::default()
        })
        .await
        .expect_err("deleted");
    assert_eq!(err.status(), Some(404));
    match err.service_error() {
        Some(GetFunctionConfigurationError::ResourceNotFoundException(e)) => {
            assert_eq!(e.kind.as_deref(), Some("User"));
        }
        other => panic!("expected ResourceNotFoundException, got {other:?}"),
    }

    // a 429 is retried, and the retry succeeds
    server.inject([error(429, "TooManyRequestsException", "Rate exceeded")]);
    client
        .send(ListFunctions::default())
        .await
        .expect("the retry succeeds");
    assert_eq!(server.seen().len(), 5);
    // a name longer than the model allows never leaves the client
    let err = client
        .send(GetFunction {
            function_name: "x".repeat(257),
            ..Default::default()
        })
        .await
        .expect_err("at most 256 characters");
    assert_eq!(err.kind(), awsop::ErrorKind::InvalidInput);
    assert_eq!(server.seen().len(), 5, "nothing sent");
    assert_eq!(server.problems(), Vec::<String>::new());
}

#[test]
fn the_default_endpoints_come_from_the_rule_set() {
    assert_eq!(
        support::default_endpoints(&LAMBDA),
        [
            "https://lambda.us-east-1.amazonaws.com",
            "https://lambda-fips.us-east-1.amazonaws.com",
            "https://lambda.us-east-1.api.aws",
            "https://lambda.cn-north-1.amazonaws.com.cn",
        ]
    );
    assert_eq!(LAMBDA.endpoint_env(), "LAMBDA");
}

#[test]
fn the_declarations_follow_the_model() {
    let model = support::model("lambda");
    let mut problems = Vec::new();
    support::matches_model::<CreateFunction>(&model, &mut problems);
    support::matches_model::<GetFunction>(&model, &mut problems);
    support::matches_model::<GetFunctionConfiguration>(&model, &mut problems);
    support::matches_model::<Invoke>(&model, &mut problems);
    support::matches_model::<ListFunctions>(&model, &mut problems);
    support::matches_model::<DeleteFunction>(&model, &mut problems);
    for (shape, check) in [
        (
            "InvalidParameterValueException",
            support::error_matches_model::<InvalidParameterValueException>
                as fn(&Value, &str, &mut Vec<String>),
        ),
        (
            "ResourceConflictException",
            support::error_matches_model::<ResourceConflictException>,
        ),
        (
            "ResourceNotFoundException",
            support::error_matches_model::<ResourceNotFoundException>,
        ),
        (
            "ServiceException",
            support::error_matches_model::<ServiceException>,
        ),
        (
            "TooManyRequestsException",
            support::error_matches_model::<TooManyRequestsException>,
        ),
    ] {
        check(&model, shape, &mut problems);
    }
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(model["metadata"]["serviceId"], LAMBDA.service_id);
    assert_eq!(model["metadata"]["protocol"], "rest-json");
}
