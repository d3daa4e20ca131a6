//! Endpoint resolution: the rule set's cases from `conformance/endpoints`, and the
//! order in which configured endpoint URLs override the rules.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use awsop::endpoint::{resolve, EndpointParams, Param, RuleSet};
use awsop::service::PARTNERCENTRAL_ACCOUNT;
use awsop::{Config, Service};
use serde_json::Value;

/// The rule-set cases of one service file: each case's params, resolved by the rule set the
/// repository holds, against the expected url, headers and properties, or error text.
fn cases_pass(service: &str, expected_cases: usize) {
    let text = std::fs::read_to_string(awsop_tests::repo_file(&format!(
        "models/{service}/endpoint-rule-set-1.json"
    )))
    .expect("the model's rule set");
    let rules = RuleSet::parse(&text).unwrap_or_else(|e| panic!("{service}: {e}"));
    let file = awsop_tests::repo_json(&format!("conformance/endpoints/{service}.json"));
    let cases = file["cases"].as_array().expect("a list of cases");
    assert_eq!(cases.len(), expected_cases, "{service}");
    let mut failures = Vec::new();
    for case in cases {
        let params: Vec<(&str, Param)> = case["params"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, value)| {
                let param = match value {
                    Value::Bool(b) => Param::Bool(*b),
                    Value::String(s) => Param::String(s.clone()),
                    Value::Array(items) => Param::Strings(
                        items
                            .iter()
                            .map(|i| i.as_str().unwrap_or_default().to_owned())
                            .collect(),
                    ),
                    other => panic!("{service}: a parameter {name} = {other}"),
                };
                (name.as_str(), param)
            })
            .collect();
        let got = rules.resolve(params);
        let wrong = match (&got, case["url"].as_str(), case["error"].as_str()) {
            (Ok(endpoint), Some(url), _) => {
                let headers: BTreeMap<String, Vec<String>> =
                    endpoint.headers.iter().cloned().collect();
                let expected_headers: BTreeMap<String, Vec<String>> =
                    serde_json::from_value(case["headers"].clone()).unwrap_or_default();
                let properties = if case["properties"].is_null() {
                    serde_json::json!({})
                } else {
                    case["properties"].clone()
                };
                endpoint.url != url
                    || headers != expected_headers
                    || endpoint.properties != properties
            }
            (Err(message), None, Some(error)) => message != error,
            _ => true,
        };
        if wrong {
            failures.push(format!(
                "{}: {:?}\n  got {got:?}\n  expected {}",
                case["documentation"].as_str().unwrap_or_default(),
                case["params"],
                case.get("url")
                    .or(case.get("error"))
                    .unwrap_or(&Value::Null)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{service}: {} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn partnercentral_account_rule_set_cases() {
    cases_pass("partnercentral-account", 9);
}

#[test]
fn dynamodb_rule_set_cases() {
    cases_pass("dynamodb", 370);
}

#[test]
fn lambda_rule_set_cases() {
    cases_pass("lambda", 71);
}

#[test]
fn logs_rule_set_cases() {
    cases_pass("logs", 49);
}

#[test]
fn sqs_rule_set_cases() {
    cases_pass("sqs", 48);
}

#[test]
fn the_client_resolves_partner_central_through_its_rule_set() {
    // the service's own copies of the rule set and the partition table are the repository's
    let read = |path: &str| std::fs::read_to_string(awsop_tests::repo_file(path)).expect(path);
    assert_eq!(
        PARTNERCENTRAL_ACCOUNT.endpoint_rules,
        Some(read("models/partnercentral-account/endpoint-rule-set-1.json").as_str())
    );
    assert_eq!(
        read("runtime/src/endpoint/partitions.json"),
        read("models/partitions.json")
    );
    let cases = awsop_tests::repo_json("conformance/endpoints/partnercentral-account.json");
    for case in cases["cases"].as_array().expect("a list of cases") {
        let params = &case["params"];
        let got = resolve(
            &PARTNERCENTRAL_ACCOUNT,
            EndpointParams {
                region: params["Region"].as_str(),
                use_fips: params["UseFIPS"].as_bool().unwrap_or(false),
                use_dual_stack: false,
                endpoint: params["Endpoint"].as_str(),
                ..Default::default()
            },
        )
        .map(|endpoint| endpoint.url);
        match (case["url"].as_str(), case["error"].as_str()) {
            (Some(url), _) => assert_eq!(got, Ok(url.to_owned()), "{case}"),
            (None, Some(error)) => assert_eq!(got, Err(error.to_owned()), "{case}"),
            _ => panic!("a case without url or error: {case}"),
        }
    }
}

fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn configured_endpoints_override_in_the_official_order() {
    let dir = tempdir("order");
    let config_file = dir.join("config");
    std::fs::write(
        &config_file,
        "[default]\nendpoint_url = http://profile-global\nservices = local\n[services local]\npartnercentral_account =\n  endpoint_url = http://profile-service\n",
    )
    .expect("write config");
    let base = [
        ("AWS_CONFIG_FILE", config_file.to_str().unwrap_or_default()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials"),
    ];
    let resolve_with = |extra: &[(&str, &str)]| {
        let mut all = base.to_vec();
        all.extend_from_slice(extra);
        let config = Config::from_vars(vars(&all)).expect("valid configuration");
        config
            .endpoint_url_for(&PARTNERCENTRAL_ACCOUNT)
            .map(str::to_owned)
    };
    let service_env = (
        "AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT",
        "http://env-service",
    );
    let global_env = ("AWS_ENDPOINT_URL", "http://env-global");
    assert_eq!(
        resolve_with(&[service_env, global_env]).as_deref(),
        Some("http://env-service")
    );
    assert_eq!(
        resolve_with(&[global_env]).as_deref(),
        Some("http://env-global")
    );
    assert_eq!(resolve_with(&[]).as_deref(), Some("http://profile-service"));
    assert_eq!(
        resolve_with(&[("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"), global_env]),
        None
    );

    let explicit = Config::from_vars(vars(&[
        global_env,
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
    ]))
    .expect("valid")
    .to_builder()
    .endpoint_url("http://explicit")
    .build();
    assert_eq!(
        explicit.endpoint_url_for(&PARTNERCENTRAL_ACCOUNT),
        Some("http://explicit")
    );

    std::fs::write(
        &config_file,
        "[default]\nendpoint_url = http://profile-global\n",
    )
    .expect("write config");
    assert_eq!(resolve_with(&[]).as_deref(), Some("http://profile-global"));
    let _ = std::fs::remove_dir_all(&dir);
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("awsop-endpoints-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    dir
}

#[tokio::test]
async fn a_region_that_is_no_host_label_is_refused_before_anything_is_sent() {
    // a real listener where a pasted region would send the request
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    let hostile = format!("x@127.0.0.1:{port}/?");
    for region in [
        hostile.as_str(),
        "",
        "-us-east-1",
        "us-east-1-",
        "12345",
        "us east 1",
        &"a".repeat(64),
    ] {
        assert!(!awsop::endpoint::is_valid_region(region), "{region:?}");
    }
    for region in [
        "us-east-1",
        "cn-north-1",
        "us-gov-west-1",
        "aws-global",
        "eusc-de-east-1",
        "local",
    ] {
        assert!(awsop::endpoint::is_valid_region(region), "{region}");
    }

    // from the builder, with or without a custom endpoint (the region is signed into the
    // request either way): the call fails as configuration, and nothing reaches the listener
    for endpoint in [None, Some(format!("http://127.0.0.1:{port}"))] {
        let mut config = Config::builder()
            .region(hostile.clone())
            .credentials(awsop::Credentials::new("AKID", "secret", None));
        if let Some(endpoint) = endpoint {
            config = config.endpoint_url(endpoint);
        }
        let err = awsop::Client::new(config.build())
            .send(awsop_partnercentral_account::GetConnectionInvitation {
                catalog: "AWS".into(),
                identifier: "pacinv-0123456789abc".into(),
            })
            .await
            .expect_err("not a region");
        assert_eq!(err.kind(), awsop::ErrorKind::Configuration, "{err}");
        assert!(err.to_string().contains("not a valid region name"), "{err}");
        assert!(
            !err.to_string().contains("127.0.0.1"),
            "the value is not quoted: {err}"
        );
    }
    let accepted =
        tokio::time::timeout(std::time::Duration::from_millis(200), listener.accept()).await;
    assert!(accepted.is_err(), "nothing connected to the listener");

    // from the environment: loading fails
    let err = Config::from_vars(vars(&[
        ("AWS_CONFIG_FILE", "/nonexistent"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
        ("AWS_REGION", &hostile),
    ]))
    .expect_err("not a region");
    assert!(err.to_string().contains("from AWS_REGION"), "{err}");
}

// ---- two services on one client ---------------------------------------------------------------

/// A service reached through `AWS_ENDPOINT_URL_SERVICE_ONE` (awsJson 1.0).
const ONE: Service = Service::aws_json_1_0("svc-one", "ServiceOne_2024").service_id("Service One");

/// A rule set that takes the configured endpoint and signs for another region and name, as
/// DynamoDB's does for its `local` endpoint.
const RULES_TWO: &str = r#"{
  "version": "1.0",
  "parameters": {
    "Region": {"builtIn": "AWS::Region", "required": false, "type": "String"},
    "Endpoint": {"builtIn": "SDK::Endpoint", "required": false, "type": "String"}
  },
  "rules": [
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}], "type": "endpoint",
     "endpoint": {"url": {"ref": "Endpoint"},
                  "properties": {"authSchemes": [{"name": "sigv4", "signingName": "two-signer", "signingRegion": "eu-west-3"}]},
                  "headers": {}}},
    {"conditions": [], "type": "error", "error": "configure an endpoint"}
  ]
}"#;

/// A service of another protocol, signing name and rule set, reached through the profile's
/// `[services]` section (awsJson 1.1).
const TWO: Service = Service::aws_json_1_1("svc-two", "ServiceTwo_2025")
    .signing_name("svc-two-signing")
    .service_id("Service Two")
    .endpoint_rules(RULES_TWO);

#[awsop::aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Empty {}

#[awsop::aws_operation(service = ONE, name = "Ping", output = "Empty")]
#[derive(Debug, Clone, Default)]
pub struct Ping {}

#[awsop::aws_operation(service = TWO, name = "Pong", output = "Empty")]
#[derive(Debug, Clone, Default)]
pub struct Pong {}

/// What a loopback server saw of one request: its headers, lowercase names.
type Seen = Arc<Mutex<Vec<BTreeMap<String, String>>>>;

/// A server on loopback that records each request's headers and answers `{}`.
async fn recording_server() -> (String, Seen) {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Seen::default();
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let record = Arc::clone(&record);
            tokio::spawn(async move {
                let mut stream = BufReader::new(stream);
                loop {
                    let mut headers = BTreeMap::new();
                    let mut line = String::new();
                    // the request line, then headers up to the blank line
                    if stream.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    loop {
                        line.clear();
                        if stream.read_line(&mut line).await.unwrap_or(0) == 0 {
                            return;
                        }
                        let Some((name, value)) = line.trim_end().split_once(':') else {
                            break;
                        };
                        headers.insert(name.to_ascii_lowercase(), value.trim().to_owned());
                    }
                    let length = headers
                        .get("content-length")
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(0);
                    let mut body = vec![0; length];
                    if stream.read_exact(&mut body).await.is_err() {
                        return;
                    }
                    if let Ok(mut all) = record.lock() {
                        all.push(headers);
                    }
                    let answer = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\n\r\n{}";
                    if stream.get_mut().write_all(answer.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, seen)
}

#[tokio::test]
async fn one_client_calls_two_services_each_at_its_endpoint_and_signed_for_it() {
    let (one_url, one_seen) = recording_server().await;
    let (two_url, two_seen) = recording_server().await;
    let dir = tempdir("two-services");
    let config_file = dir.join("config");
    std::fs::write(
        &config_file,
        format!("[default]\nservices = local\n[services local]\nservice_two =\n  endpoint_url = {two_url}\n"),
    )
    .expect("write config");
    let client = awsop::Client::new(
        Config::from_vars(vars(&[
            ("AWS_CONFIG_FILE", config_file.to_str().unwrap_or_default()),
            ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent"),
            ("AWS_ENDPOINT_URL_SERVICE_ONE", &one_url),
            ("AWS_REGION", "us-west-2"),
            ("AWS_ACCESS_KEY_ID", "AKIDTWOSERVICES"),
            ("AWS_SECRET_ACCESS_KEY", "secret"),
        ]))
        .expect("valid configuration"),
    );
    for _ in 0..2 {
        client.send(Ping {}).await.expect("service one answers");
        client.send(Pong {}).await.expect("service two answers");
    }
    let _ = std::fs::remove_dir_all(&dir);
    let seen = |s: &Seen| s.lock().map(|v| v.clone()).unwrap_or_default();
    let (one, two) = (seen(&one_seen), seen(&two_seen));
    assert_eq!(
        (one.len(), two.len()),
        (2, 2),
        "each call at its own service's endpoint"
    );
    let host = |url: &str| url.trim_start_matches("http://").to_owned();
    for request in &one {
        assert_eq!(request.get("host"), Some(&host(&one_url)));
        assert_eq!(request["x-amz-target"], "ServiceOne_2024.Ping");
        assert_eq!(request["content-type"], "application/x-amz-json-1.0");
        assert!(
            request["authorization"].contains("/us-west-2/svc-one/aws4_request"),
            "{request:?}"
        );
    }
    for request in &two {
        assert_eq!(request.get("host"), Some(&host(&two_url)));
        assert_eq!(request["x-amz-target"], "ServiceTwo_2025.Pong");
        assert_eq!(request["content-type"], "application/x-amz-json-1.1");
        // the rule set's auth scheme names the signing region and name
        assert!(
            request["authorization"].contains("/eu-west-3/two-signer/aws4_request"),
            "{request:?}"
        );
    }
}

#[test]
fn a_service_id_names_its_variable_and_profile_key() {
    let logs = Service::aws_json_1_1("logs", "Logs_20140328").service_id("CloudWatch Logs");
    assert_eq!(logs.endpoint_env(), "CLOUDWATCH_LOGS");
    assert_eq!(logs.profile_key(), "cloudwatch_logs");
    assert_eq!(
        PARTNERCENTRAL_ACCOUNT.endpoint_env(),
        "PARTNERCENTRAL_ACCOUNT"
    );
    assert_eq!(
        PARTNERCENTRAL_ACCOUNT.profile_key(),
        "partnercentral_account"
    );
    assert_eq!(logs.content_type(), "application/x-amz-json-1.1");
}

/// DynamoDB's `operationContextParams`: a batch or a transaction that names its tables by ARN
/// goes to the endpoint of the account the first ARN names, as the rule set says (its own cases
/// hold the same parameters); by name, to the regional endpoint.
#[tokio::test]
async fn dynamodb_batches_and_transactions_go_to_the_account_their_table_arns_name() {
    use awsop_dynamodb::{
        BatchGetItem, KeysAndAttributes, Put, TransactWriteItem, TransactWriteItems,
    };
    let client = awsop::Client::new(
        Config::builder()
            .region("us-east-1")
            .credentials(awsop::Credentials::new("AKID", "secret", None))
            .build(),
    );
    let arn = "arn:aws:dynamodb:us-east-1:333333333333:table/Music";
    let account_endpoint = "333333333333.ddb.us-east-1.amazonaws.com";
    let regional = "dynamodb.us-east-1.amazonaws.com";
    let batch = |table: &str| BatchGetItem {
        request_items: BTreeMap::from([(
            table.to_owned(),
            KeysAndAttributes {
                keys: vec![BTreeMap::new()],
                ..Default::default()
            },
        )]),
        ..Default::default()
    };
    // keys(RequestItems)
    for (op, expected) in [(batch(arn), account_endpoint), (batch("Music"), regional)] {
        let (_, url, _, _) = client.__first_request(op).await.expect("a request");
        assert_eq!(url.host_str(), Some(expected));
    }
    // TransactItems[*].[ConditionCheck.TableName, Put.TableName, ..][]: a Put's table
    let transaction = |table: &str| TransactWriteItems {
        transact_items: vec![TransactWriteItem {
            put: Some(Put {
                table_name: table.to_owned(),
                ..Default::default()
            }),
            ..Default::default()
        }],
        ..Default::default()
    };
    for (op, expected) in [
        (transaction(arn), account_endpoint),
        (transaction("Music"), regional),
    ] {
        let (_, url, _, _) = client.__first_request(op).await.expect("a request");
        assert_eq!(url.host_str(), Some(expected));
    }
}
