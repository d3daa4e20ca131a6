//! CloudWatch Logs as a user declares it (`awsop_example_services::logs`, awsJson 1.1): the
//! example's story against a loopback server that holds every request to the model and checks
//! its signature; typed errors; the declarations against the model; the endpoints the rule
//! set gives.

use crate::support;

use std::collections::BTreeMap;

use awsop_example_services::logs::*;
use serde_json::{json, Value};
use support::{empty, error, Answer, ModelServer};

/// A small CloudWatch Logs: groups, their streams and events.
#[derive(Default)]
struct Groups(BTreeMap<String, BTreeMap<String, Vec<Value>>>);

impl Groups {
    fn handle(&mut self, operation: &str, input: &Value) -> Answer {
        let group = input["logGroupName"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let stream = input["logStreamName"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let missing = || {
            error(
                400,
                "ResourceNotFoundException",
                "The specified log group does not exist.",
            )
        };
        match operation {
            "CreateLogGroup" => {
                if self.0.contains_key(&group) {
                    return error(
                        400,
                        "ResourceAlreadyExistsException",
                        "The specified log group already exists",
                    );
                }
                self.0.insert(group, BTreeMap::new());
                (200, empty())
            }
            "CreateLogStream" => {
                let Some(streams) = self.0.get_mut(&group) else {
                    return missing();
                };
                if streams.contains_key(&stream) {
                    return error(
                        400,
                        "ResourceAlreadyExistsException",
                        "The specified log stream already exists",
                    );
                }
                streams.insert(stream, Vec::new());
                (200, empty())
            }
            "PutLogEvents" => {
                let Some(events) = self.0.get_mut(&group).and_then(|s| s.get_mut(&stream)) else {
                    return missing();
                };
                for event in input["logEvents"].as_array().into_iter().flatten() {
                    let mut event = event.clone();
                    event["ingestionTime"] = event["timestamp"].clone();
                    events.push(event);
                }
                (
                    200,
                    json!({"nextSequenceToken": "49650000000000000000000000000000000000000000000000000001"}),
                )
            }
            "GetLogEvents" => {
                let Some(events) = self.0.get(&group).and_then(|s| s.get(&stream)) else {
                    return missing();
                };
                (
                    200,
                    json!({"events": events, "nextForwardToken": "f/1", "nextBackwardToken": "b/1"}),
                )
            }
            "DescribeLogGroups" => {
                let start: usize = input["nextToken"]
                    .as_str()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(0);
                let limit = input["limit"].as_u64().map_or(50, |n| n as usize);
                let names: Vec<&String> = self.0.keys().collect();
                let page: Vec<Value> = names
                    .iter()
                    .skip(start)
                    .take(limit)
                    .map(|name| json!({"logGroupName": name, "creationTime": 1_733_300_000_000_i64, "storedBytes": 0}))
                    .collect();
                let mut output = json!({"logGroups": page});
                if start + limit < names.len() {
                    output["nextToken"] = json!((start + limit).to_string());
                }
                (200, output)
            }
            "DeleteLogGroup" => match self.0.remove(&group) {
                Some(_) => (200, empty()),
                None => missing(),
            },
            other => error(
                400,
                "InvalidParameterException",
                &format!("{other} is not served here"),
            ),
        }
    }
}

async fn logs() -> ModelServer {
    let mut groups = Groups::default();
    groups
        .0
        .insert("/aws/lambda/another".into(), BTreeMap::new());
    ModelServer::start("logs", Box::new(move |op, input| groups.handle(op, input))).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_story_runs_against_a_server_that_holds_it_to_the_model() {
    let server = logs().await;
    let operations = support::story(
        &server,
        "logs",
        "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS",
        7,
        "ResourceAlreadyExistsException",
    )
    .await;
    assert_eq!(
        operations,
        [
            "CreateLogGroup",
            "CreateLogStream",
            "PutLogEvents",
            "GetLogEvents",
            "DescribeLogGroups",
            "DescribeLogGroups",
            "CreateLogStream",
            "DeleteLogGroup",
        ],
        "one request per step, the listing a page per group (two groups)"
    );
    assert!(server.seen().iter().all(|s| s
        .headers
        .get("content-type")
        .is_some_and(|v| v == "application/x-amz-json-1.1")));
}

#[tokio::test]
async fn a_typed_error_without_members_keeps_the_services_message() {
    let server = logs().await;
    let client = server.client();
    let err = client
        .send(DeleteLogGroup {
            log_group_name: "/no/such/group".into(),
        })
        .await
        .expect_err("no such group");
    assert!(
        matches!(
            err.service_error(),
            Some(DeleteLogGroupError::ResourceNotFoundException(_))
        ),
        "{err:?}"
    );
    assert_eq!(
        err.message(),
        Some("The specified log group does not exist.")
    );
    // a 503 is retried
    server.inject([error(503, "ServiceUnavailableException", "try again")]);
    client
        .send(CreateLogGroup {
            log_group_name: "/retried".into(),
            ..Default::default()
        })
        .await
        .expect("the retry succeeds");
    assert_eq!(server.seen().len(), 3);
    // a name longer than the model allows never leaves the client
    let err = client
        .send(CreateLogGroup {
            log_group_name: "x".repeat(513),
            ..Default::default()
        })
        .await
        .expect_err("at most 512 characters");
    assert_eq!(err.kind(), awsop::ErrorKind::InvalidInput);
    assert_eq!(server.seen().len(), 3, "nothing sent");
}

#[test]
fn the_default_endpoints_come_from_the_rule_set() {
    assert_eq!(
        support::default_endpoints(&LOGS),
        [
            "https://logs.us-east-1.amazonaws.com",
            "https://logs-fips.us-east-1.amazonaws.com",
            "https://logs.us-east-1.api.aws",
            "https://logs.cn-north-1.amazonaws.com.cn",
        ]
    );
    assert_eq!(LOGS.endpoint_env(), "CLOUDWATCH_LOGS");
}

#[test]
fn the_declarations_follow_the_model() {
    let model = support::model("logs");
    let mut problems = Vec::new();
    support::matches_model::<CreateLogGroup>(&model, &mut problems);
    support::matches_model::<CreateLogStream>(&model, &mut problems);
    support::matches_model::<PutLogEvents>(&model, &mut problems);
    support::matches_model::<GetLogEvents>(&model, &mut problems);
    support::matches_model::<DescribeLogGroups>(&model, &mut problems);
    support::matches_model::<DeleteLogGroup>(&model, &mut problems);
    support::error_matches_model::<ResourceNotFoundException>(
        &model,
        "ResourceNotFoundException",
        &mut problems,
    );
    support::error_matches_model::<ResourceAlreadyExistsException>(
        &model,
        "ResourceAlreadyExistsException",
        &mut problems,
    );
    support::error_matches_model::<InvalidParameterException>(
        &model,
        "InvalidParameterException",
        &mut problems,
    );
    support::error_matches_model::<LimitExceededException>(
        &model,
        "LimitExceededException",
        &mut problems,
    );
    support::error_matches_model::<OperationAbortedException>(
        &model,
        "OperationAbortedException",
        &mut problems,
    );
    support::error_matches_model::<ServiceUnavailableException>(
        &model,
        "ServiceUnavailableException",
        &mut problems,
    );
    support::error_matches_model::<DataAlreadyAcceptedException>(
        &model,
        "DataAlreadyAcceptedException",
        &mut problems,
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(model["metadata"]["serviceId"], LOGS.service_id);
    assert_eq!(model["metadata"]["jsonVersion"], "1.1");
}
