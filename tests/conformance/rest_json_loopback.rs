//! restJson1 over loopback: requests with labels (greedy ones too), query strings, headers and
//! raw payloads reach a real HTTP server, which checks each SigV4 signature by signing the
//! received request again with aws-sigv4's full `sign` (`awsop_emulator::verify_signature`);
//! outputs read their status, headers and payload, and errors their type header.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use awsop::{aws_operation, aws_shape, Blob, Client, Config, Credentials, DateTime, Service};
use http_body_util::{BodyExt as _, Full};
use hyper::body::{Bytes, Incoming};

const LAMBDA: Service = Service::rest_json_1("lambda").service_id("Lambda");

awsop::string_enum! {
    pub enum InvocationType {
        Event = "Event",
        RequestResponse = "RequestResponse",
        DryRun = "DryRun",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ResourceNotFoundException {
    #[aws(rename = "Type")]
    pub kind: Option<String>,
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ResourceNotFoundException {
    const CODE: &'static str = "ResourceNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

#[aws_operation(
    service = LAMBDA,
    name = "Invoke",
    http(method = "POST", uri = "/2015-03-31/functions/{FunctionName}/invocations"),
    errors(ResourceNotFoundException)
)]
#[derive(Debug, Clone, Default)]
pub struct Invoke {
    #[aws(label)]
    pub function_name: String,
    #[aws(header = "X-Amz-Invocation-Type")]
    pub invocation_type: Option<InvocationType>,
    #[aws(query = "Qualifier")]
    pub qualifier: Option<String>,
    #[aws(payload)]
    pub payload: Option<Blob>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct InvokeResponse {
    #[aws(response_code)]
    pub status_code: Option<i32>,
    #[aws(header = "X-Amz-Function-Error")]
    pub function_error: Option<String>,
    #[aws(header = "X-Amz-Executed-Version")]
    pub executed_version: Option<String>,
    #[aws(payload)]
    pub payload: Option<Blob>,
}

/// A GET whose path, query and headers need every kind of escaping the signer must match.
#[aws_operation(
    service = LAMBDA,
    name = "GetObjectLike",
    http(method = "GET", uri = "/buckets/{Bucket}/keys/{Key+}?versions")
)]
#[derive(Debug, Clone, Default)]
pub struct GetObjectLike {
    #[aws(label)]
    pub bucket: String,
    #[aws(label)]
    pub key: String,
    #[aws(query = "tag")]
    pub tags: Option<Vec<String>>,
    #[aws(query = "since")]
    pub since: Option<DateTime>,
    #[aws(header = "X-Amz-Names")]
    pub names: Option<Vec<String>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct GetObjectLikeResponse {
    #[aws(rename = "Size")]
    pub size: Option<i64>,
    #[aws(header = "X-Amz-Sizes")]
    pub sizes: Option<Vec<i64>>,
}

/// What the server received: method, path and query, headers, body.
type Received = (String, String, http::HeaderMap, Vec<u8>);

/// A loopback server that verifies each request's signature and answers `answer`.
async fn server(
    answer: (u16, Vec<(&'static str, &'static str)>, &'static str),
) -> (String, Arc<Mutex<Vec<Received>>>) {
    serve(answer, true).await
}

/// A loopback server that answers `answer`, to a request whose signature it verifies when
/// `verify`, and records each request.
async fn serve(
    answer: (u16, Vec<(&'static str, &'static str)>, &'static str),
    verify: bool,
) -> (String, Arc<Mutex<Vec<Received>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("its address"));
    let seen: Arc<Mutex<Vec<Received>>> = Arc::default();
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let record = Arc::clone(&record);
            let answer = answer.clone();
            tokio::spawn(async move {
                let service =
                    hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
                        let record = Arc::clone(&record);
                        let answer = answer.clone();
                        async move {
                            let (parts, body) = request.into_parts();
                            let body = body
                                .collect()
                                .await
                                .map(|b| b.to_bytes())
                                .unwrap_or_default();
                            let path = parts
                                .uri
                                .path_and_query()
                                .map(ToString::to_string)
                                .unwrap_or_default();
                            let verified = if !verify {
                                Ok(())
                            } else {
                                awsop_emulator::verify_signature(
                                    &[("AKID".to_owned(), "secret".to_owned())],
                                    "lambda",
                                    parts.method.as_str(),
                                    &path,
                                    &parts.headers,
                                    &body,
                                    SystemTime::now(),
                                )
                                .map(|_| ())
                            };
                            record.lock().expect("the record").push((
                                parts.method.to_string(),
                                path,
                                parts.headers.clone(),
                                body.to_vec(),
                            ));
                            let mut response = hyper::Response::builder();
                            let body = match verified {
                                Ok(_) => {
                                    response = response.status(answer.0);
                                    for (name, value) in &answer.1 {
                                        response = response.header(*name, *value);
                                    }
                                    answer.2.to_owned()
                                }
                                Err(err) => {
                                    response = response
                                        .status(err.status)
                                        .header("x-amzn-errortype", err.code);
                                    format!(r#"{{"message":"{}"}}"#, err.message)
                                }
                            };
                            Ok::<_, Infallible>(
                                response
                                    .body(Full::new(Bytes::from(body)))
                                    .expect("a response"),
                            )
                        }
                    });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (url, seen)
}

fn client(url: &str) -> Client {
    Client::new(
        Config::builder()
            .endpoint_url(url)
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "secret", None))
            .build(),
    )
}

#[tokio::test]
async fn invoke_sends_label_query_header_and_raw_payload_and_reads_headers_back() {
    let (url, seen) = server((
        200,
        vec![
            ("X-Amz-Function-Error", "Unhandled"),
            ("X-Amz-Executed-Version", "$LATEST"),
            ("Content-Type", "application/json"),
        ],
        r#"{"errorMessage":"boom"}"#,
    ))
    .await;
    let out = client(&url)
        .send(Invoke {
            function_name: "my function:prod".into(),
            invocation_type: Some(InvocationType::RequestResponse),
            qualifier: Some("v1 & v2".into()),
            payload: Some(Blob::from(r#"{"name":"Dana"}"#)),
        })
        .await
        .expect("the call succeeds, its signature verified by the server");
    assert_eq!(out.status_code, Some(200));
    assert_eq!(out.function_error.as_deref(), Some("Unhandled"));
    assert_eq!(out.executed_version.as_deref(), Some("$LATEST"));
    assert_eq!(out.payload, Some(Blob::from(r#"{"errorMessage":"boom"}"#)));

    let seen = seen.lock().expect("the record");
    let (method, path, headers, body) = &seen[0];
    assert_eq!(method, "POST");
    assert_eq!(
        path,
        "/2015-03-31/functions/my%20function%3Aprod/invocations?Qualifier=v1%20%26%20v2"
    );
    assert_eq!(headers["x-amz-invocation-type"], "RequestResponse");
    assert_eq!(headers["content-type"], "application/octet-stream");
    assert_eq!(body, br#"{"name":"Dana"}"#);
}

#[tokio::test]
async fn a_get_with_a_greedy_label_lists_and_escapes_is_signed_as_aws_sigv4_signs_it() {
    let (url, seen) = server((200, vec![("X-Amz-Sizes", "1, 2, 3")], r#"{"Size":42}"#)).await;
    let out = client(&url)
        .send(GetObjectLike {
            bucket: "my bucket".into(),
            key: "photos/2026/a+b é.jpg".into(),
            tags: Some(vec!["a/b".into(), "c=d".into()]),
            since: Some(DateTime::from_unix_timestamp(1_576_540_098).expect("a time")),
            names: Some(vec!["plain".into(), "with, comma".into()]),
        })
        .await
        .expect("the call succeeds, its signature verified by the server");
    assert_eq!(out.size, Some(42));
    assert_eq!(out.sizes, Some(vec![1, 2, 3]));

    let seen = seen.lock().expect("the record");
    let (method, path, headers, body) = &seen[0];
    assert_eq!(method, "GET");
    assert_eq!(
        path,
        "/buckets/my%20bucket/keys/photos/2026/a%2Bb%20%C3%A9.jpg?versions&tag=a%2Fb&tag=c%3Dd&since=2019-12-16T23%3A48%3A18Z"
    );
    assert_eq!(headers["x-amz-names"], r#"plain, "with, comma""#);
    assert!(body.is_empty());
    // no body, so no content type (and hyper sends no length for an empty GET)
    assert!(!headers.contains_key("content-type"));
    assert!(!headers.contains_key("content-length"));
}

#[tokio::test]
async fn an_error_is_read_from_its_type_header_and_body() {
    let (url, _seen) = server((
        404,
        vec![(
            "X-Amzn-Errortype",
            "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.lambda/",
        )],
        r#"{"Type":"User","message":"Function not found: arn:aws:lambda:us-east-1:1:function:nope"}"#,
    ))
    .await;
    let err = client(&url)
        .send(Invoke {
            function_name: "nope".into(),
            ..Default::default()
        })
        .await
        .expect_err("the server answers 404");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
    match err.service_error() {
        Some(InvokeError::ResourceNotFoundException(e)) => {
            assert_eq!(e.kind.as_deref(), Some("User"));
        }
        other => panic!("expected ResourceNotFoundException, got {other:?}"),
    }
}

#[tokio::test]
async fn an_empty_label_is_an_input_error_naming_it_and_nothing_is_sent() {
    let (url, seen) = server((200, vec![], "")).await;
    let err = client(&url)
        .send(Invoke::default())
        .await
        .expect_err("an empty label cannot be sent");
    assert_eq!(err.kind(), awsop::ErrorKind::InvalidInput);
    assert!(
        err.to_string()
            .contains("the URI label `FunctionName` is empty"),
        "{err}"
    );
    assert!(seen.lock().expect("the record").is_empty());
}

/// A service whose customisation sets a header name that is no HTTP token.
const BROKEN: Service = Service::rest_json_1("lambda")
    .service_id("Lambda")
    .customize(|request| request.set_header("bad header", "x"));

#[aws_operation(service = BROKEN, name = "Ping", http(method = "GET", uri = "/ping"))]
#[derive(Debug, Clone, Default)]
pub struct Ping {}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct PingResponse {}

#[tokio::test]
async fn a_header_name_that_is_no_token_is_an_input_error_not_a_panic() {
    let (url, seen) = server((200, vec![], "{}")).await;
    let err = client(&url)
        .send(Ping {})
        .await
        .expect_err("`bad header` is no header name");
    assert_eq!(err.kind(), awsop::ErrorKind::InvalidInput);
    assert!(
        err.to_string()
            .contains("`bad header` is not a valid header name"),
        "{err}"
    );
    assert!(seen.lock().expect("the record").is_empty());
}

#[tokio::test]
async fn labels_that_are_path_steps_and_headers_the_client_owns_are_refused_before_sending() {
    let (url, seen) = server((200, vec![], "")).await;
    let client = client(&url);
    for key in [".", "..", "photos/../../etc"] {
        let err = client
            .send(GetObjectLike {
                bucket: "b".into(),
                key: key.into(),
                ..Default::default()
            })
            .await
            .expect_err("a path step");
        assert_eq!(err.kind(), awsop::ErrorKind::InvalidInput, "{key}");
        assert!(
            err.to_string()
                .contains("the URI label `Key` is `.` or `..`"),
            "{err}"
        );
    }
    for (names, why) in [
        (&["User-Agent"][..], "is set by the client"),
        (&["X-Meta-A", "x-meta-a"][..], "would be sent twice"),
    ] {
        let extra = names.iter().map(|n| ((*n).to_owned(), "y".to_owned()));
        let err = client
            .send(Headed {
                value: Some("x".into()),
                extra: Some(extra.collect()),
            })
            .await
            .expect_err("a header the member may not set");
        assert_eq!(err.kind(), awsop::ErrorKind::InvalidInput);
        assert!(err.to_string().contains(why), "{err}");
    }
    assert!(seen.lock().expect("the record").is_empty(), "nothing sent");
}

/// A header member and prefixed headers with an empty prefix (any name).
#[aws_operation(service = LAMBDA, name = "Headed", http(method = "GET", uri = "/headed"))]
#[derive(Debug, Clone, Default)]
pub struct Headed {
    #[aws(header = "X-Amz-Names")]
    pub value: Option<String>,
    #[aws(prefix_headers = "")]
    pub extra: Option<BTreeMap<String, String>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct HeadedResponse {}

/// A large compressed body with `httpChecksumRequired`.
#[aws_operation(
    service = LAMBDA,
    name = "Upload",
    http(method = "PUT", uri = "/uploads/{Id}"),
    request_compression = "gzip",
    checksum_required
)]
#[derive(Debug, Clone, Default)]
pub struct Upload {
    #[aws(label)]
    pub id: String,
    pub text: String,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct UploadResponse {}

#[tokio::test]
async fn content_md5_is_of_the_bytes_sent_after_compression() {
    use base64::Engine as _;
    use md5::Digest as _;
    let (url, seen) = server((200, vec![], "{}")).await;
    client(&url)
        .send(Upload {
            id: "u1".into(),
            text: "awsop ".repeat(4000),
        })
        .await
        .expect("the upload, its signature verified");
    let seen = seen.lock().expect("the record");
    let (_, _, headers, body) = &seen[0];
    assert_eq!(headers["content-encoding"], "gzip");
    assert!(body.len() < 24_000, "compressed: {} bytes", body.len());
    let md5 = base64::engine::general_purpose::STANDARD.encode(md5::Md5::digest(body));
    assert_eq!(headers["content-md5"], md5.as_str());
}

#[tokio::test]
async fn a_transport_error_shows_the_uri_pattern_not_a_labels_value() {
    // a port nothing listens on
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let url = format!("http://{}", listener.local_addr().expect("its address"));
    drop(listener);
    let err = client(&url)
        .send(GetObjectLike {
            bucket: "secret-bucket".into(),
            key: "secret/key".into(),
            ..Default::default()
        })
        .await
        .expect_err("nothing listens");
    let text = format!("{err} {err:?}");
    assert!(!text.contains("secret"), "{text}");
    assert!(text.contains("/buckets/{Bucket}/keys/{Key+}"), "{text}");
}

/// A label named otherwise than its member (botocore's `locationName`: API Gateway's
/// `restApiId` fills `{restapi_id}`).
#[aws_operation(
    service = LAMBDA,
    name = "GetRestApiLike",
    http(method = "GET", uri = "/restapis/{restapi_id}")
)]
#[derive(Debug, Clone, Default)]
pub struct GetRestApiLike {
    #[aws(label = "restapi_id")]
    pub rest_api_id: String,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct GetRestApiLikeResponse {}

#[tokio::test]
async fn a_label_named_otherwise_than_its_member_fills_its_place_in_the_uri() {
    let (url, seen) = server((200, vec![], "{}")).await;
    client(&url)
        .send(GetRestApiLike {
            rest_api_id: "my api".into(),
        })
        .await
        .expect("the call succeeds, its signature verified by the server");
    let seen = seen.lock().expect("the record");
    assert_eq!(seen[0].1, "/restapis/my%20api");
    assert_eq!(
        <GetRestApiLike as awsop::Shape>::MEMBERS[0].location,
        awsop::Location::Label("restapi_id")
    );
}

/// An input read strictly (as the CLI reads one): a missing required member is named by the
/// key the body uses, its `json_name`.
#[aws_operation(service = LAMBDA, name = "Tag", output = "TagOutput", http(method = "POST", uri = "/tag/{Name}"))]
#[derive(Debug, Clone, Default)]
pub struct Tag {
    #[aws(label)]
    pub name: String,
    #[aws(json_name = "tagValue")]
    pub value: String,
}

/// An output whose status member has an alias: the alias is not read from the body either.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct TagOutput {
    #[serde(alias = "Status")]
    #[aws(response_code)]
    pub status: i32,
    pub note: Option<String>,
}

#[test]
fn strict_inputs_name_body_keys_and_outputs_leave_bound_members_to_http() {
    let err = serde_json::from_str::<Tag>(r#"{"Name":"f"}"#).expect_err("tagValue is required");
    assert!(
        err.to_string().contains("missing field `tagValue`"),
        "{err}"
    );
    let tag: Tag = serde_json::from_str(r#"{"Name":"f","tagValue":"v"}"#).expect("a whole input");
    assert_eq!((tag.name.as_str(), tag.value.as_str()), ("f", "v"));
    // a bound member is not in the body: not by its name, nor by its alias
    let out: TagOutput =
        serde_json::from_str(r#"{"Status":"not a number","note":"n"}"#).expect("read");
    assert_eq!((out.status, out.note.as_deref()), (0, None));
    let out: TagOutput = serde_json::from_str(r#"{"Note":"n"}"#).expect("read");
    assert_eq!(out.note.as_deref(), Some("n"));
}

/// An operation the model marks `authtype: none` (Cognito Identity's `GetId`, say).
#[aws_operation(
    service = LAMBDA,
    name = "GetGreeting",
    http(method = "GET", uri = "/greetings/{Name}"),
    no_auth
)]
#[derive(Debug, Clone, Default)]
pub struct GetGreeting {
    #[aws(label)]
    pub name: String,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct GetGreetingResponse {
    #[aws(rename = "Greeting")]
    pub greeting: Option<String>,
}

#[tokio::test]
async fn an_operation_without_authentication_is_sent_unsigned_and_needs_no_credentials() {
    let (url, seen) = serve((200, vec![], r#"{"Greeting":"hello"}"#), false).await;
    // no credentials anywhere: not configured, and not looked up in the environment
    let client = Client::new(
        Config::builder()
            .endpoint_url(&url)
            .region("us-east-1")
            .build(),
    );
    let out = client
        .send(GetGreeting {
            name: "world".into(),
        })
        .await
        .expect("sent without credentials");
    assert_eq!(out.greeting.as_deref(), Some("hello"));
    let seen = seen.lock().expect("the record").clone();
    let (method, path, headers, _) = &seen[0];
    assert_eq!(
        (method.as_str(), path.as_str()),
        ("GET", "/greetings/world")
    );
    for signed in ["authorization", "x-amz-date", "x-amz-security-token"] {
        assert!(
            !headers.contains_key(signed),
            "{signed} was sent: {headers:?}"
        );
    }
    // the same client cannot send an operation that is signed: it has no credentials
    let err = client
        .send(GetObjectLike {
            bucket: "b".into(),
            key: "k".into(),
            ..Default::default()
        })
        .await
        .expect_err("no credentials to sign with");
    assert_eq!(err.kind(), awsop::ErrorKind::Credentials, "{err}");
    assert_eq!(seen.len(), 1, "nothing more was sent");
}
