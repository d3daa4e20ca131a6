//! SQS as a user declares it (`awsop_example_services::sqs`): the example's story against a
//! loopback server that holds every request to the model (query mode included) and checks its
//! signature; typed errors with their query codes; the declarations against the model; the
//! endpoints the rule set gives.

use crate::support;

use std::collections::BTreeMap;

use awsop_example_services::sqs::*;
use serde_json::{json, Value};
use support::{empty, error, query_error, Answer, ModelServer};

/// A queue's messages: id, body, attributes, and the receipt handle of the receive that hides
/// it (none while visible).
type Queue = Vec<(String, String, Value, Option<String>)>;

/// A small SQS: queues by URL.
#[derive(Default)]
struct Queues {
    queues: BTreeMap<String, Queue>,
    sent: usize,
}

const ACCOUNT_URL: &str = "https://sqs.us-east-1.amazonaws.com/111122223333";

fn no_queue() -> Answer {
    query_error(
        400,
        "QueueDoesNotExist",
        "AWS.SimpleQueueService.NonExistentQueue",
        "The specified queue does not exist.",
    )
}

impl Queues {
    fn handle(&mut self, operation: &str, input: &Value) -> Answer {
        let url = input["QueueUrl"].as_str().unwrap_or_default().to_owned();
        match operation {
            "CreateQueue" => {
                let url = format!(
                    "{ACCOUNT_URL}/{}",
                    input["QueueName"].as_str().unwrap_or_default()
                );
                self.queues.entry(url.clone()).or_default();
                (200, json!({"QueueUrl": url}))
            }
            "GetQueueUrl" => {
                let url = format!(
                    "{ACCOUNT_URL}/{}",
                    input["QueueName"].as_str().unwrap_or_default()
                );
                if self.queues.contains_key(&url) {
                    (200, json!({"QueueUrl": url}))
                } else {
                    no_queue()
                }
            }
            "SendMessage" => {
                let Some(queue) = self.queues.get_mut(&url) else {
                    return no_queue();
                };
                self.sent += 1;
                let id = format!("00000000-0000-4000-8000-{:012}", self.sent);
                let attributes = input
                    .get("MessageAttributes")
                    .cloned()
                    .unwrap_or(Value::Null);
                queue.push((
                    id.clone(),
                    input["MessageBody"].as_str().unwrap_or_default().to_owned(),
                    attributes,
                    None,
                ));
                (
                    200,
                    json!({"MessageId": id, "MD5OfMessageBody": "0123456789abcdef0123456789abcdef"}),
                )
            }
            "ReceiveMessage" => {
                let Some(queue) = self.queues.get_mut(&url) else {
                    return no_queue();
                };
                let most = input["MaxNumberOfMessages"].as_u64().unwrap_or(1) as usize;
                let mut messages = Vec::new();
                for (id, body, attributes, handle) in
                    queue.iter_mut().filter(|m| m.3.is_none()).take(most)
                {
                    let receipt = format!("receipt-{id}");
                    *handle = Some(receipt.clone());
                    let mut message =
                        json!({"MessageId": id, "ReceiptHandle": receipt, "Body": body});
                    if !attributes.is_null() {
                        message["MessageAttributes"] = attributes.clone();
                    }
                    messages.push(message);
                }
                (200, json!({"Messages": messages}))
            }
            "DeleteMessage" => {
                let Some(queue) = self.queues.get_mut(&url) else {
                    return no_queue();
                };
                let handle = input["ReceiptHandle"].as_str();
                let before = queue.len();
                queue.retain(|m| m.3.as_deref() != handle);
                if queue.len() == before {
                    return query_error(
                        400,
                        "ReceiptHandleIsInvalid",
                        "ReceiptHandleIsInvalid",
                        "The input receipt handle is invalid.",
                    );
                }
                (200, empty())
            }
            "DeleteQueue" => match self.queues.remove(&url) {
                Some(_) => (200, empty()),
                None => no_queue(),
            },
            other => error(
                400,
                "UnsupportedOperation",
                &format!("{other} is not served here"),
            ),
        }
    }
}

async fn sqs() -> ModelServer {
    let mut queues = Queues::default();
    ModelServer::start("sqs", Box::new(move |op, input| queues.handle(op, input))).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_story_runs_against_a_server_that_holds_it_to_the_model() {
    let server = sqs().await;
    let operations = support::story(
        &server,
        "sqs",
        "AWS_ENDPOINT_URL_SQS",
        7,
        "AWS.SimpleQueueService.NonExistentQueue",
    )
    .await;
    assert_eq!(
        operations,
        [
            "CreateQueue",
            "GetQueueUrl",
            "SendMessage",
            "SendMessage",
            "SendMessage",
            "ReceiveMessage",
            "DeleteMessage",
            "DeleteMessage",
            "DeleteMessage",
            "ReceiveMessage",
            "GetQueueUrl",
            "DeleteQueue",
        ]
    );
    let sent = &server.seen()[2].body;
    assert_eq!(
        sent["MessageAttributes"],
        json!({"Priority": {"DataType": "Number", "StringValue": "1"}})
    );
    assert!(server.seen().iter().all(|s| s
        .headers
        .get("x-amzn-query-mode")
        .is_some_and(|v| v == "true")));
}

#[tokio::test]
async fn a_typed_error_carries_its_query_code_and_fault() {
    let server = sqs().await;
    let client = server.client();
    let err = client
        .send(DeleteQueue {
            queue_url: format!("{ACCOUNT_URL}/missing"),
        })
        .await
        .expect_err("no such queue");
    assert!(
        matches!(
            err.service_error(),
            Some(DeleteQueueError::QueueDoesNotExist(_))
        ),
        "{err:?}"
    );
    assert_eq!(err.code(), Some("AWS.SimpleQueueService.NonExistentQueue"));
    assert_eq!(err.fault(), Some("Sender"));
    assert_eq!(err.message(), Some("The specified queue does not exist."));
    // SQS's throttling error is retried, and the retry is signed and checked again
    server.inject([query_error(
        400,
        "RequestThrottled",
        "RequestThrottled",
        "slow down",
    )]);
    let created = client
        .send(CreateQueue {
            queue_name: "retried".into(),
            ..Default::default()
        })
        .await
        .expect("the retry succeeds");
    assert_eq!(created.queue_url, Some(format!("{ACCOUNT_URL}/retried")));
    assert_eq!(server.seen().len(), 3, "one failed call, two attempts");
    assert_eq!(server.problems(), Vec::<String>::new());
}

#[test]
fn the_default_endpoints_come_from_the_rule_set() {
    assert_eq!(
        support::default_endpoints(&SQS),
        [
            "https://sqs.us-east-1.amazonaws.com",
            "https://sqs-fips.us-east-1.amazonaws.com",
            "https://sqs.us-east-1.api.aws",
            "https://sqs.cn-north-1.amazonaws.com.cn",
        ]
    );
}

#[test]
fn the_declarations_follow_the_model() {
    let model = support::model("sqs");
    let mut problems = Vec::new();
    support::matches_model::<CreateQueue>(&model, &mut problems);
    support::matches_model::<GetQueueUrl>(&model, &mut problems);
    support::matches_model::<SendMessage>(&model, &mut problems);
    support::matches_model::<ReceiveMessage>(&model, &mut problems);
    support::matches_model::<DeleteMessage>(&model, &mut problems);
    support::matches_model::<DeleteQueue>(&model, &mut problems);
    support::error_matches_model::<QueueDoesNotExist>(&model, "QueueDoesNotExist", &mut problems);
    support::error_matches_model::<QueueNameExists>(&model, "QueueNameExists", &mut problems);
    support::error_matches_model::<QueueDeletedRecently>(
        &model,
        "QueueDeletedRecently",
        &mut problems,
    );
    support::error_matches_model::<ReceiptHandleIsInvalid>(
        &model,
        "ReceiptHandleIsInvalid",
        &mut problems,
    );
    support::error_matches_model::<InvalidMessageContents>(
        &model,
        "InvalidMessageContents",
        &mut problems,
    );
    support::error_matches_model::<RequestThrottled>(&model, "RequestThrottled", &mut problems);
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(model["metadata"]["serviceId"], SQS.service_id);
    assert!(SQS.query_compatible && model["metadata"].get("awsQueryCompatible").is_some());
}
