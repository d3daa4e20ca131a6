//! EventBridge Scheduler as a user declares it (`awsop_example_services::scheduler`,
//! restJson1): the example's story against a loopback server that holds every request to the
//! model (labels, query string, body) and checks its signature; idempotency tokens in the body
//! and in the query string; typed errors and retries; the declarations against the model; the
//! endpoints the rule set gives.

use crate::support;

use std::collections::BTreeMap;

use awsop_example_services::scheduler::*;
use serde_json::{json, Value};
use support::{error, Answer, ModelServer};

/// A small Scheduler: groups, and their schedules by name.
#[derive(Default)]
struct Groups(BTreeMap<String, BTreeMap<String, Value>>);

impl Groups {
    fn handle(&mut self, operation: &str, input: &Value) -> Answer {
        let name = input["Name"].as_str().unwrap_or_default().to_owned();
        let group = input["GroupName"].as_str().unwrap_or("default").to_owned();
        let arn = format!("arn:aws:scheduler:us-east-1:000000000000:schedule/{group}/{name}");
        let missing = || {
            error(
                404,
                "ResourceNotFoundException",
                &format!("Schedule {name} does not exist."),
            )
        };
        match operation {
            "CreateScheduleGroup" => {
                if self.0.contains_key(&name) {
                    return error(
                        409,
                        "ConflictException",
                        &format!("Schedule group {name} already exists."),
                    );
                }
                self.0.insert(name.clone(), BTreeMap::new());
                (
                    200,
                    json!({"ScheduleGroupArn": format!("arn:aws:scheduler:us-east-1:000000000000:schedule-group/{name}")}),
                )
            }
            "CreateSchedule" | "UpdateSchedule" => {
                let Some(schedules) = self.0.get_mut(&group) else {
                    return error(
                        404,
                        "ResourceNotFoundException",
                        &format!("Schedule group {group} does not exist."),
                    );
                };
                let exists = schedules.contains_key(&name);
                if operation == "CreateSchedule" && exists {
                    return error(
                        409,
                        "ConflictException",
                        &format!("Schedule {name} already exists."),
                    );
                }
                if operation == "UpdateSchedule" && !exists {
                    return missing();
                }
                let mut schedule = input.clone();
                if let Some(fields) = schedule.as_object_mut() {
                    fields.remove("ClientToken");
                    fields.insert("Arn".into(), json!(arn));
                    fields.insert("GroupName".into(), json!(group));
                    fields.entry("State").or_insert(json!("ENABLED"));
                    fields.insert("CreationDate".into(), json!(1_765_065_600));
                }
                schedules.insert(name, schedule);
                (200, json!({"ScheduleArn": arn}))
            }
            "GetSchedule" => match self.0.get(&group).and_then(|s| s.get(&name)) {
                Some(schedule) => (200, schedule.clone()),
                None => missing(),
            },
            "ListSchedules" => {
                let group = input["GroupName"].as_str().unwrap_or("default");
                let start: usize = input["NextToken"]
                    .as_str()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(0);
                let limit = input["MaxResults"].as_u64().map_or(100, |n| n as usize);
                let all: Vec<&Value> = self
                    .0
                    .get(group)
                    .into_iter()
                    .flat_map(BTreeMap::values)
                    .collect();
                let page: Vec<Value> = all
                    .iter()
                    .skip(start)
                    .take(limit)
                    .map(|s| json!({"Arn": s["Arn"], "Name": s["Name"], "GroupName": s["GroupName"], "State": s["State"], "Target": {"Arn": s["Target"]["Arn"]}}))
                    .collect();
                let mut output = json!({"Schedules": page});
                if start + limit < all.len() {
                    output["NextToken"] = json!((start + limit).to_string());
                }
                (200, output)
            }
            "DeleteSchedule" => match self.0.get_mut(&group).and_then(|s| s.remove(&name)) {
                Some(_) => (200, json!({})),
                None => missing(),
            },
            other => error(
                400,
                "ValidationException",
                &format!("{other} is not served here"),
            ),
        }
    }
}

async fn scheduler() -> ModelServer {
    let mut groups = Groups::default();
    groups.0.insert("default".into(), BTreeMap::new());
    ModelServer::start(
        "scheduler",
        Box::new(move |op, input| groups.handle(op, input)),
    )
    .await
}

fn is_uuid(token: &Value) -> bool {
    token.as_str().is_some_and(|t| {
        t.len() == 36 && t.chars().filter(|c| *c == '-').count() == 4 && t.as_bytes()[14] == b'4'
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_story_runs_against_a_server_that_holds_it_to_the_model() {
    let server = scheduler().await;
    let operations = support::story(
        &server,
        "scheduler",
        "AWS_ENDPOINT_URL_SCHEDULER",
        7,
        "ResourceNotFoundException",
    )
    .await;
    assert_eq!(
        operations,
        [
            "CreateScheduleGroup",
            "CreateSchedule",
            "CreateSchedule",
            "GetSchedule",
            "ListSchedules",
            "ListSchedules",
            "UpdateSchedule",
            "GetSchedule",
            "DeleteSchedule",
            "DeleteSchedule",
        ],
        "one request per step, the listing a page per schedule (two schedules)"
    );
    let seen = server.seen();
    // tokens autofilled, in the body and in the query string, each call its own
    let tokens: Vec<&Value> = seen
        .iter()
        .filter(|s| {
            s.operation.starts_with("Create")
                || s.operation == "DeleteSchedule"
                || s.operation == "UpdateSchedule"
        })
        .map(|s| &s.body["ClientToken"])
        .collect();
    assert_eq!(tokens.len(), 6);
    assert!(tokens.iter().all(|t| is_uuid(t)), "{tokens:?}");
    assert_eq!(
        seen[5].body["NextToken"], "1",
        "the second page asked with the first's token"
    );
    assert_eq!(
        seen[3].body["GroupName"], "awsop-example",
        "groupName in the query string"
    );
}

#[tokio::test]
async fn a_retry_keeps_the_token_and_errors_are_typed() {
    let server = scheduler().await;
    let client = server.client();
    server.inject([error(500, "InternalServerException", "try again")]);
    client
        .send(CreateScheduleGroup {
            name: "retried".into(),
            ..Default::default()
        })
        .await
        .expect("the retry succeeds");
    let seen = server.seen();
    assert_eq!(seen.len(), 2);
    assert!(is_uuid(&seen[0].body["ClientToken"]));
    assert_eq!(
        seen[0].body["ClientToken"], seen[1].body["ClientToken"],
        "one token for every attempt"
    );

    let err = client
        .send(CreateScheduleGroup {
            name: "retried".into(),
            ..Default::default()
        })
        .await
        .expect_err("exists");
    assert_eq!(err.status(), Some(409));
    match err.service_error() {
        Some(CreateScheduleGroupError::ConflictException(e)) => {
            assert_eq!(e.message, "Schedule group retried already exists.");
        }
        other => panic!("expected ConflictException, got {other:?}"),
    }
    // a name longer than the model allows never leaves the client
    let err = client
        .send(GetSchedule {
            name: "x".repeat(65),
            group_name: None,
        })
        .await
        .expect_err("at most 64 characters");
    assert_eq!(err.kind(), awsop::ErrorKind::InvalidInput);
    assert_eq!(server.seen().len(), 3, "nothing sent");
    assert_eq!(server.problems(), Vec::<String>::new());
}

#[test]
fn the_default_endpoints_come_from_the_rule_set() {
    assert_eq!(
        support::default_endpoints(&SCHEDULER),
        [
            "https://scheduler.us-east-1.amazonaws.com",
            "https://scheduler-fips.us-east-1.amazonaws.com",
            "https://scheduler.us-east-1.api.aws",
            "https://scheduler.cn-north-1.amazonaws.com.cn",
        ]
    );
    assert_eq!(SCHEDULER.endpoint_env(), "SCHEDULER");
}

#[test]
fn the_declarations_follow_the_model() {
    let model = support::model("scheduler");
    let mut problems = Vec::new();
    support::matches_model::<CreateScheduleGroup>(&model, &mut problems);
    support::matches_model::<CreateSchedule>(&model, &mut problems);
    support::matches_model::<GetSchedule>(&model, &mut problems);
    support::matches_model::<ListSchedules>(&model, &mut problems);
    support::matches_model::<UpdateSchedule>(&model, &mut problems);
    support::matches_model::<DeleteSchedule>(&model, &mut problems);
    for (shape, check) in [
        (
            "ServiceQuotaExceededException",
            support::error_matches_model::<ServiceQuotaExceededException>
                as fn(&Value, &str, &mut Vec<String>),
        ),
        (
            "ValidationException",
            support::error_matches_model::<ValidationException>,
        ),
        (
            "InternalServerException",
            support::error_matches_model::<InternalServerException>,
        ),
        (
            "ConflictException",
            support::error_matches_model::<ConflictException>,
        ),
        (
            "ThrottlingException",
            support::error_matches_model::<ThrottlingException>,
        ),
        (
            "ResourceNotFoundException",
            support::error_matches_model::<ResourceNotFoundException>,
        ),
    ] {
        check(&model, shape, &mut problems);
    }
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(model["metadata"]["serviceId"], SCHEDULER.service_id);
}
