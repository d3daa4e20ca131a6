//! DynamoDB as a user declares it (`awsop_example_services::dynamodb`): the example's story
//! against a loopback server that holds every request to the model and checks its signature;
//! typed errors and retries; the declarations against the model; the endpoints the rule set
//! gives.

use crate::support;

use std::collections::BTreeMap;

use awsop::endpoint::{resolve, EndpointParams};
use awsop::Client;
use awsop_example_services::dynamodb::*;
use serde_json::{json, Value};
use support::{empty, error, Answer, ModelServer};

/// A small DynamoDB: tables and their items, keyed by their key attributes.
#[derive(Default)]
struct Tables(BTreeMap<String, (Value, Vec<Value>)>);

fn not_found(table: &str) -> Answer {
    error(
        400,
        "ResourceNotFoundException",
        &format!("Requested resource not found: Table: {table} not found"),
    )
}

impl Tables {
    fn key_of(description: &Value, item: &Value) -> Value {
        let names: Vec<&str> = description["KeySchema"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|k| k["AttributeName"].as_str())
            .collect();
        Value::Array(names.iter().map(|n| item[*n].clone()).collect())
    }

    fn handle(&mut self, operation: &str, input: &Value) -> Answer {
        let table = input["TableName"].as_str().unwrap_or_default().to_owned();
        match operation {
            "CreateTable" => {
                if self.0.contains_key(&table) {
                    return error(
                        400,
                        "ResourceInUseException",
                        &format!("Table already exists: {table}"),
                    );
                }
                let mut description = json!({
                    "TableName": table,
                    "KeySchema": input["KeySchema"],
                    "AttributeDefinitions": input["AttributeDefinitions"],
                    "TableStatus": "CREATING",
                    "CreationDateTime": 1_733_300_000,
                    "TableArn": format!("arn:aws:dynamodb:us-east-1:111122223333:table/{table}"),
                    "TableId": "0f6a4c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
                    "ItemCount": 0,
                    "TableSizeBytes": 0,
                });
                let created = description.clone();
                description["TableStatus"] = json!("ACTIVE");
                self.0.insert(table, (description, Vec::new()));
                (200, json!({"TableDescription": created}))
            }
            "DescribeTable" => match self.0.get(&table) {
                Some((description, items)) => {
                    let mut description = description.clone();
                    description["ItemCount"] = json!(items.len());
                    (200, json!({"Table": description}))
                }
                None => not_found(&table),
            },
            "PutItem" => {
                let Some((description, items)) = self.0.get_mut(&table) else {
                    return not_found(&table);
                };
                let key = Self::key_of(description, &input["Item"]);
                items.retain(|item| Self::key_of(description, item) != key);
                items.push(input["Item"].clone());
                (200, empty())
            }
            "GetItem" => {
                let Some((description, items)) = self.0.get(&table) else {
                    return not_found(&table);
                };
                let key = Self::key_of(description, &input["Key"]);
                match items
                    .iter()
                    .find(|item| Self::key_of(description, item) == key)
                {
                    Some(item) => (200, json!({"Item": item})),
                    None => (200, empty()),
                }
            }
            "Query" => {
                let Some((_, items)) = self.0.get(&table) else {
                    return not_found(&table);
                };
                // `Name = :placeholder`, the one form this small DynamoDB knows
                let condition = input["KeyConditionExpression"].as_str().unwrap_or_default();
                let Some((name, placeholder)) = condition.split_once(" = ") else {
                    return error(
                        400,
                        "ValidationException",
                        "only `Name = :value` conditions here",
                    );
                };
                let wanted = &input["ExpressionAttributeValues"][placeholder];
                let found: Vec<&Value> = items.iter().filter(|i| &i[name] == wanted).collect();
                (
                    200,
                    json!({"Items": found, "Count": found.len(), "ScannedCount": items.len()}),
                )
            }
            "ListTables" => {
                let start = input["ExclusiveStartTableName"].as_str();
                let limit = input["Limit"].as_u64().map_or(100, |n| n as usize);
                let after: Vec<&String> = self
                    .0
                    .keys()
                    .filter(|name| start.is_none_or(|s| name.as_str() > s))
                    .collect();
                let page: Vec<&String> = after.iter().take(limit).copied().collect();
                let mut output = json!({"TableNames": page});
                if after.len() > limit {
                    output["LastEvaluatedTableName"] = json!(page.last());
                }
                (200, output)
            }
            "DeleteTable" => match self.0.remove(&table) {
                Some((mut description, _)) => {
                    description["TableStatus"] = json!("DELETING");
                    (200, json!({"TableDescription": description}))
                }
                None => not_found(&table),
            },
            other => error(
                400,
                "UnknownOperationException",
                &format!("{other} is not served here"),
            ),
        }
    }
}

async fn dynamodb() -> ModelServer {
    let mut tables = Tables::default();
    // another account's table, so the listing has pages
    tables.0.insert(
        "awsop-example-another".into(),
        (
            json!({"TableName": "awsop-example-another", "KeySchema": []}),
            Vec::new(),
        ),
    );
    ModelServer::start(
        "dynamodb",
        Box::new(move |op, input| tables.handle(op, input)),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_story_runs_against_a_server_that_holds_it_to_the_model() {
    let server = dynamodb().await;
    let operations = support::story(
        &server,
        "dynamodb",
        "AWS_ENDPOINT_URL_DYNAMODB",
        8,
        "ResourceNotFoundException",
    )
    .await;
    assert_eq!(
        operations,
        [
            "CreateTable",
            "DescribeTable",
            "PutItem",
            "PutItem",
            "PutItem",
            "GetItem",
            "Query",
            "ListTables",
            "ListTables",
            "DescribeTable",
            "DeleteTable",
        ],
        "one request per step, the listing a page per table (two tables)"
    );
    // the list and the map went out as DynamoDB's L and M
    let put = &server.seen()[2].body;
    assert_eq!(
        put["Item"]["Tags"],
        json!({"L": [{"S": "upbeat"}, {"S": "summer"}]})
    );
    assert_eq!(put["Item"]["Chart"]["M"]["Peak"], json!({"N": "3"}));
}

#[tokio::test]
async fn typed_errors_come_back_and_throttling_is_retried() {
    let server = dynamodb().await;
    let client = server.client();
    let err = client
        .send(DeleteTable {
            table_name: "awsop-example-missing".into(),
        })
        .await
        .expect_err("no such table");
    match err.service_error() {
        Some(DeleteTableError::ResourceNotFoundException(e)) => {
            assert_eq!(
                e.message.as_deref(),
                Some("Requested resource not found: Table: awsop-example-missing not found")
            );
        }
        other => panic!("not typed: {other:?}"),
    }
    // DynamoDB's throttling code is retried, as the official SDKs retry it
    server.inject([error(
        400,
        "ProvisionedThroughputExceededException",
        "slow down",
    )]);
    let listed = client
        .send(ListTables::default())
        .await
        .expect("the retry succeeds");
    assert_eq!(
        listed.table_names.as_deref(),
        Some(&["awsop-example-another".to_owned()][..])
    );
    assert_eq!(server.seen().len(), 3);
    assert_eq!(server.problems(), Vec::<String>::new());
    // a value the model refuses is caught before anything is sent
    let err = client
        .send(ListTables {
            limit: Some(1000),
            ..Default::default()
        })
        .await
        .expect_err("Limit is at most 100");
    assert_eq!(err.kind(), awsop::ErrorKind::InvalidInput);
    assert_eq!(server.seen().len(), 3);
    // the server checks signatures: another secret is refused
    let forger = Client::new(
        awsop::Config::builder()
            .endpoint_url(server.url())
            .region("us-east-1")
            .credentials(awsop::Credentials::new(
                support::KEY,
                "not-the-secret",
                None,
            ))
            .max_attempts(1)
            .build(),
    );
    let err = forger
        .send(ListTables::default())
        .await
        .expect_err("a bad signature");
    assert_eq!(
        (err.status(), err.code()),
        (Some(403), Some("InvalidSignatureException"))
    );
    assert_eq!(server.problems().len(), 1, "{:?}", server.problems());
}

#[test]
fn the_default_endpoints_come_from_the_rule_set() {
    assert_eq!(
        support::default_endpoints(&DYNAMODB),
        [
            "https://dynamodb.us-east-1.amazonaws.com",
            "https://dynamodb-fips.us-east-1.amazonaws.com",
            "https://dynamodb.us-east-1.api.aws",
            "https://dynamodb.cn-north-1.amazonaws.com.cn",
        ]
    );
    // DynamoDB Local, signed for us-east-1 as the rule set says
    let local = resolve(
        &DYNAMODB,
        EndpointParams {
            region: Some("local"),
            ..Default::default()
        },
    )
    .expect("local");
    assert_eq!(
        (local.url.as_str(), local.signing_region()),
        ("http://localhost:8000", Some("us-east-1"))
    );
}

#[test]
fn the_declarations_follow_the_model() {
    let model = support::model("dynamodb");
    let mut problems = Vec::new();
    support::matches_model::<CreateTable>(&model, &mut problems);
    support::matches_model::<DescribeTable>(&model, &mut problems);
    support::matches_model::<PutItem>(&model, &mut problems);
    support::matches_model::<GetItem>(&model, &mut problems);
    support::matches_model::<Query>(&model, &mut problems);
    support::matches_model::<ListTables>(&model, &mut problems);
    support::matches_model::<DeleteTable>(&model, &mut problems);
    // the modeled errors' members, by their wire names
    support::error_matches_model::<ResourceNotFoundException>(
        &model,
        "ResourceNotFoundException",
        &mut problems,
    );
    support::error_matches_model::<ResourceInUseException>(
        &model,
        "ResourceInUseException",
        &mut problems,
    );
    support::error_matches_model::<LimitExceededException>(
        &model,
        "LimitExceededException",
        &mut problems,
    );
    support::error_matches_model::<InternalServerError>(
        &model,
        "InternalServerError",
        &mut problems,
    );
    support::error_matches_model::<ConditionalCheckFailedException>(
        &model,
        "ConditionalCheckFailedException",
        &mut problems,
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(model["metadata"]["serviceId"], DYNAMODB.service_id);
    assert_eq!(model["metadata"]["endpointPrefix"], DYNAMODB.id);
}

/// The URL `op`'s first request goes to, with credentials of `account` and this mode.
async fn first_url<O: awsop::Operation>(op: O, account: Option<&str>, mode: &str) -> String {
    let mut credentials = awsop::Credentials::new(support::KEY, support::SECRET, None);
    if let Some(account) = account {
        credentials = credentials.with_account_id(account);
    }
    let client = Client::new(
        awsop::Config::builder()
            .region("us-east-1")
            .credentials(credentials)
            .account_id_endpoint_mode(mode)
            .build(),
    );
    let (_, url, _, _) = client.__first_request(op).await.expect("a request");
    url.to_string()
}

#[tokio::test]
async fn account_based_endpoints_come_from_the_credentials_and_the_table_arn() {
    let describe = |table: &str| DescribeTable {
        table_name: table.into(),
    };
    assert_eq!(
        first_url(describe("Music"), Some("111122223333"), "preferred").await,
        "https://111122223333.ddb.us-east-1.amazonaws.com/"
    );
    // the table's ARN names its account: its endpoint wins
    assert_eq!(
        first_url(
            describe("arn:aws:dynamodb:us-east-1:222233334444:table/Music"),
            Some("111122223333"),
            "preferred"
        )
        .await,
        "https://222233334444.ddb.us-east-1.amazonaws.com/"
    );
    assert_eq!(
        first_url(describe("Music"), Some("111122223333"), "disabled").await,
        "https://dynamodb.us-east-1.amazonaws.com/"
    );
    assert_eq!(
        first_url(describe("Music"), None, "preferred").await,
        "https://dynamodb.us-east-1.amazonaws.com/"
    );
    // an operation without the context parameter still takes the account
    assert_eq!(
        first_url(ListTables::default(), Some("111122223333"), "preferred").await,
        "https://111122223333.ddb.us-east-1.amazonaws.com/"
    );
    // required, with an account: the account's endpoint
    assert_eq!(
        first_url(describe("Music"), Some("111122223333"), "required").await,
        "https://111122223333.ddb.us-east-1.amazonaws.com/"
    );
    let err = Client::new(
        awsop::Config::builder()
            .region("us-east-1")
            .credentials(awsop::Credentials::new(support::KEY, support::SECRET, None))
            .account_id_endpoint_mode("required")
            .build(),
    )
    .__first_request(describe("Music"))
    .await
    .expect_err("required, and no account");
    assert!(
        err.to_string()
            .contains("AccountIdEndpointMode is required but no AccountID was provided"),
        "{err}"
    );
}
