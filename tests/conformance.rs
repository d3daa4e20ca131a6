//! Smithy's awsJson 1.0 protocol compliance vectors (`conformance/awsjson1_0`): the test
//! services' operations declared with the macro, then all 70 client tests — 29 requests built
//! and signed as `send` would send them, 25 responses and 16 errors read by the client's own
//! response reader.

use std::collections::BTreeMap;

use awsop::{
    aws_operation, aws_shape, Blob, Client, Config, Credentials, EpochSeconds, ModeledError,
    Operation, Service,
};
use base64::Engine as _;
use serde_json::{Map, Value};

// ---- the test services and their shapes, declared as a user would ---------------------------

/// Smithy's awsJson 1.0 protocol test service (`aws.protocoltests.json10#JsonRpc10`).
const JSON_RPC_10: Service = Service::aws_json_1_0("jsonrpc10", "JsonRpc10");

/// Smithy's `@awsQueryCompatible` awsJson 1.0 test service.
const QUERY_COMPATIBLE_JSON_RPC_10: Service =
    Service::aws_json_1_0("query-compatible-jsonrpc10", "QueryCompatibleJsonRpc10")
        .query_compatible();

/// No output.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Empty {}

#[aws_operation(service = JSON_RPC_10, name = "NoInputAndNoOutput", output = "Empty")]
#[derive(Debug, Clone, Default)]
pub struct NoInputAndNoOutput {}

#[aws_operation(service = JSON_RPC_10, name = "NoInputAndOutput", output = "Empty")]
#[derive(Debug, Clone, Default)]
pub struct NoInputAndOutput {}

#[aws_operation(
    service = JSON_RPC_10,
    name = "EmptyInputAndEmptyOutput",
    output = "Empty"
)]
#[derive(Debug, Clone, Default)]
pub struct EmptyInputAndEmptyOutput {}

#[aws_operation(
    service = JSON_RPC_10,
    name = "SimpleScalarProperties",
    output = "SimpleScalars"
)]
#[derive(Debug, Clone, Default)]
pub struct SimpleScalarProperties {
    #[aws(rename = "floatValue")]
    pub float_value: Option<f32>,
    #[aws(rename = "doubleValue")]
    pub double_value: Option<f64>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct SimpleScalars {
    #[aws(rename = "floatValue")]
    pub float_value: Option<f32>,
    #[aws(rename = "doubleValue")]
    pub double_value: Option<f64>,
}

#[aws_operation(
    service = JSON_RPC_10,
    name = "GreetingWithErrors",
    output = "Greeting",
    errors(InvalidGreeting, ComplexError, FooError)
)]
#[derive(Debug, Clone, Default)]
pub struct GreetingWithErrors {
    #[aws(rename = "greeting")]
    pub greeting: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Greeting {
    #[aws(rename = "greeting")]
    pub greeting: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct InvalidGreeting {
    #[aws(rename = "Message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ComplexError {
    #[aws(rename = "TopLevel")]
    pub top_level: Option<String>,
    #[aws(rename = "Nested")]
    pub nested: Option<ComplexNestedErrorData>,
}

/// awsJson 1.0 ignores `jsonName`: the member is `Foo` on the wire.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ComplexNestedErrorData {
    #[aws(rename = "Foo")]
    pub foo: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct FooError {}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct NoCustomCodeError {
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct CustomCodeError {
    #[aws(rename = "message")]
    pub message: Option<String>,
}

macro_rules! modeled {
    ($($shape:ident => $message:expr),* $(,)?) => {$(
        impl ModeledError for $shape {
            const CODE: &'static str = stringify!($shape);
            fn message(&self) -> Option<&str> {
                let message: fn(&Self) -> Option<&str> = $message;
                message(self)
            }
        }
    )*};
}
modeled!(
    InvalidGreeting => |e| e.message.as_deref(),
    ComplexError => |_| None,
    FooError => |_| None,
    NoCustomCodeError => |e| e.message.as_deref(),
    CustomCodeError => |e| e.message.as_deref(),
);

awsop::string_enum! {
    pub enum FooEnum { Foo = "Foo", Baz = "Baz", Bar = "Bar", One = "1", Zero = "0" }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GreetingStruct {
    #[aws(rename = "hi")]
    pub hi: Option<String>,
}

awsop::json_union! {
    pub enum MyUnion {
        StringValue(String) = "stringValue",
        BooleanValue(bool) = "booleanValue",
        NumberValue(i32) = "numberValue",
        BlobValue(Blob) = "blobValue",
        TimestampValue(EpochSeconds) = "timestampValue",
        EnumValue(FooEnum) = "enumValue",
        IntEnumValue(i32) = "intEnumValue",
        ListValue(Vec<String>) = "listValue",
        MapValue(BTreeMap<String, String>) = "mapValue",
        StructureValue(GreetingStruct) = "structureValue",
    }
}

#[aws_operation(service = JSON_RPC_10, name = "JsonUnions", output = "Unions")]
#[derive(Debug, Clone, Default)]
pub struct JsonUnions {
    #[aws(rename = "contents")]
    pub contents: Option<MyUnion>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Unions {
    #[aws(rename = "contents")]
    pub contents: Option<MyUnion>,
}

#[aws_operation(
    service = JSON_RPC_10,
    name = "EndpointOperation",
    output = "Empty",
    host_prefix = "foo."
)]
#[derive(Debug, Clone, Default)]
pub struct EndpointOperation {}

#[aws_operation(
    service = JSON_RPC_10,
    name = "EndpointWithHostLabelOperation",
    output = "Empty",
    host_prefix = "foo.{label}."
)]
#[derive(Debug, Clone, Default)]
pub struct EndpointWithHostLabelOperation {
    #[aws(rename = "label")]
    pub label: String,
}

#[aws_operation(
    service = JSON_RPC_10,
    name = "HostWithPathOperation",
    output = "Empty"
)]
#[derive(Debug, Clone, Default)]
pub struct HostWithPathOperation {}

/// `encoding` is bound to a header in the model; awsJson sends it in the body.
#[aws_operation(
    service = JSON_RPC_10,
    name = "PutWithContentEncoding",
    output = "Empty",
    request_compression = "gzip"
)]
#[derive(Debug, Clone, Default)]
pub struct PutWithContentEncoding {
    #[aws(rename = "encoding")]
    pub encoding: Option<String>,
    #[aws(rename = "data")]
    pub data: Option<String>,
}

awsop::string_enum! {
    pub enum TestEnum { Foo = "FOO", Bar = "BAR", Baz = "BAZ" }
}

/// Every kind of member with a model default.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    #[aws(rename = "defaultString", default = "hi")]
    pub default_string: String,
    #[aws(rename = "defaultBoolean", default = true)]
    pub default_boolean: bool,
    #[aws(rename = "defaultList", default)]
    pub default_list: Vec<String>,
    #[aws(rename = "defaultDocumentMap", default_json = "{}")]
    pub default_document_map: Value,
    #[aws(rename = "defaultDocumentString", default = "hi")]
    pub default_document_string: Value,
    #[aws(rename = "defaultDocumentBoolean", default = true)]
    pub default_document_boolean: Value,
    #[aws(rename = "defaultDocumentList", default_json = "[]")]
    pub default_document_list: Value,
    #[aws(rename = "defaultNullDocument")]
    pub default_null_document: Option<Value>,
    #[aws(rename = "defaultTimestamp", default = 0)]
    pub default_timestamp: EpochSeconds,
    #[aws(rename = "defaultBlob", default = "abc")]
    pub default_blob: Blob,
    #[aws(rename = "defaultByte", default = 1)]
    pub default_byte: i8,
    #[aws(rename = "defaultShort", default = 1)]
    pub default_short: i16,
    #[aws(rename = "defaultInteger", default = 10)]
    pub default_integer: i32,
    #[aws(rename = "defaultLong", default = 100)]
    pub default_long: i64,
    #[aws(rename = "defaultFloat", default = 1.0)]
    pub default_float: f32,
    #[aws(rename = "defaultDouble", default = 1.0)]
    pub default_double: f64,
    #[aws(rename = "defaultMap", default)]
    pub default_map: BTreeMap<String, String>,
    #[aws(rename = "defaultEnum", default = "FOO")]
    pub default_enum: TestEnum,
    #[aws(rename = "defaultIntEnum", default = 1)]
    pub default_int_enum: i32,
    #[aws(rename = "emptyString", default)]
    pub empty_string: String,
    #[aws(rename = "falseBoolean", default)]
    pub false_boolean: bool,
    #[aws(rename = "emptyBlob", default)]
    pub empty_blob: Blob,
    #[aws(rename = "zeroByte", default)]
    pub zero_byte: i8,
    #[aws(rename = "zeroShort", default)]
    pub zero_short: i16,
    #[aws(rename = "zeroInteger", default)]
    pub zero_integer: i32,
    #[aws(rename = "zeroLong", default)]
    pub zero_long: i64,
    #[aws(rename = "zeroFloat", default)]
    pub zero_float: f32,
    #[aws(rename = "zeroDouble", default)]
    pub zero_double: f64,
}

/// `clientOptional`: the default is the server's business, the client leaves it unset.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ClientOptionalDefaults {
    #[aws(rename = "member")]
    pub member: Option<i32>,
}

/// Top-level input members are always optional: their defaults are not sent.
#[aws_operation(
    service = JSON_RPC_10,
    name = "OperationWithDefaults",
    output = "Defaults"
)]
#[derive(Debug, Clone, Default)]
pub struct OperationWithDefaults {
    #[aws(rename = "defaults")]
    pub defaults: Option<Defaults>,
    #[aws(rename = "clientOptionalDefaults")]
    pub client_optional_defaults: Option<ClientOptionalDefaults>,
    #[aws(rename = "topLevelDefault")]
    pub top_level_default: Option<String>,
    #[aws(rename = "otherTopLevelDefault")]
    pub other_top_level_default: Option<i32>,
}

#[aws_operation(
    service = JSON_RPC_10,
    name = "OperationWithRequiredMembers",
    output = "RequiredMembers"
)]
#[derive(Debug, Clone, Default)]
pub struct OperationWithRequiredMembers {}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct RequiredMembers {
    #[aws(rename = "requiredString")]
    pub required_string: String,
    #[aws(rename = "requiredBoolean")]
    pub required_boolean: bool,
    #[aws(rename = "requiredList")]
    pub required_list: Vec<String>,
    #[aws(rename = "requiredTimestamp")]
    pub required_timestamp: EpochSeconds,
    #[aws(rename = "requiredBlob")]
    pub required_blob: Blob,
    #[aws(rename = "requiredByte")]
    pub required_byte: i8,
    #[aws(rename = "requiredShort")]
    pub required_short: i16,
    #[aws(rename = "requiredInteger")]
    pub required_integer: i32,
    #[aws(rename = "requiredLong")]
    pub required_long: i64,
    #[aws(rename = "requiredFloat")]
    pub required_float: f32,
    #[aws(rename = "requiredDouble")]
    pub required_double: f64,
    #[aws(rename = "requiredMap")]
    pub required_map: BTreeMap<String, String>,
}

#[aws_operation(
    service = JSON_RPC_10,
    name = "OperationWithRequiredMembersWithDefaults",
    output = "RequiredMembersWithDefaults"
)]
#[derive(Debug, Clone, Default)]
pub struct OperationWithRequiredMembersWithDefaults {}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct RequiredMembersWithDefaults {
    #[aws(rename = "requiredString", default = "hi")]
    pub required_string: String,
    #[aws(rename = "requiredBoolean", default = true)]
    pub required_boolean: bool,
    #[aws(rename = "requiredList", default)]
    pub required_list: Vec<String>,
    #[aws(rename = "requiredTimestamp", default = 1)]
    pub required_timestamp: EpochSeconds,
    #[aws(rename = "requiredBlob", default = "blob")]
    pub required_blob: Blob,
    #[aws(rename = "requiredByte", default = 1)]
    pub required_byte: i8,
    #[aws(rename = "requiredShort", default = 1)]
    pub required_short: i16,
    #[aws(rename = "requiredInteger", default = 10)]
    pub required_integer: i32,
    #[aws(rename = "requiredLong", default = 100)]
    pub required_long: i64,
    #[aws(rename = "requiredFloat", default = 1.0)]
    pub required_float: f32,
    #[aws(rename = "requiredDouble", default = 1.0)]
    pub required_double: f64,
    #[aws(rename = "requiredMap", default)]
    pub required_map: BTreeMap<String, String>,
    #[aws(rename = "requiredEnum", default = "FOO")]
    pub required_enum: TestEnum,
    #[aws(rename = "requiredIntEnum", default = 1)]
    pub required_int_enum: i32,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Farewell {
    #[aws(rename = "phrase", default = "bye")]
    pub phrase: String,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Dialog {
    #[aws(rename = "language")]
    pub language: Option<String>,
    #[aws(rename = "greeting", default = "hi")]
    pub greeting: String,
    #[aws(rename = "farewell")]
    pub farewell: Option<Farewell>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct TopLevel {
    #[aws(rename = "dialog")]
    pub dialog: Dialog,
    #[aws(rename = "dialogList", default)]
    pub dialog_list: Vec<Dialog>,
    #[aws(rename = "dialogMap", default)]
    pub dialog_map: BTreeMap<String, Dialog>,
}

#[aws_operation(
    service = JSON_RPC_10,
    name = "OperationWithNestedStructure",
    output = "TopLevel"
)]
#[derive(Debug, Clone, Default)]
pub struct OperationWithNestedStructure {
    #[aws(rename = "topLevel")]
    pub top_level: TopLevel,
}

#[aws_operation(
    service = JSON_RPC_10,
    name = "QueryIncompatibleOperation",
    output = "Empty"
)]
#[derive(Debug, Clone, Default)]
pub struct QueryIncompatibleOperation {}

#[aws_operation(
    service = QUERY_COMPATIBLE_JSON_RPC_10,
    name = "QueryCompatibleOperation",
    output = "Empty",
    errors(NoCustomCodeError, CustomCodeError)
)]
#[derive(Debug, Clone, Default)]
pub struct QueryCompatibleOperation {}

// ---- the harness -----------------------------------------------------------------------------

fn load(file: &str) -> Value {
    awsop_tests::repo_json(&format!("conformance/awsjson1_0/{file}"))
}

/// Test params → wire JSON: blobs base64; everything else is already as awsJson sends it.
fn to_wire(value: &Value, target: &str, shapes: &Map<String, Value>) -> Value {
    if target == "Blob" {
        return Value::String(
            base64::engine::general_purpose::STANDARD.encode(value.as_str().unwrap_or_default()),
        );
    }
    let Some(shape) = shapes.get(target) else {
        return value.clone();
    };
    match (shape["type"].as_str().unwrap_or_default(), value) {
        ("structure" | "union", Value::Object(members)) => Value::Object(
            members
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        to_wire(
                            v,
                            shape["members"][k]["target"].as_str().unwrap_or_default(),
                            shapes,
                        ),
                    )
                })
                .collect(),
        ),
        ("list", Value::Array(items)) => Value::Array(
            items
                .iter()
                .map(|v| to_wire(v, shape["member"].as_str().unwrap_or_default(), shapes))
                .collect(),
        ),
        ("map", Value::Object(entries)) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        to_wire(v, shape["value"].as_str().unwrap_or_default(), shapes),
                    )
                })
                .collect(),
        ),
        _ => value.clone(),
    }
}

/// JSON equality where numbers compare by value (`1` equals `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

async fn build<O: Operation>(
    params: Value,
    endpoint: String,
) -> Result<(reqwest::Url, http::HeaderMap, Vec<u8>), String> {
    let op: O = serde_json::from_value(params).map_err(|e| format!("params: {e}"))?;
    let config = Config::builder()
        .endpoint_url(endpoint)
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None))
        .build();
    let (url, headers, body) = Client::new(config)
        .__first_request(op)
        .await
        .map_err(|e| e.to_string())?;
    Ok((url, headers, body.to_vec()))
}

async fn request(
    operation: &str,
    params: Value,
    endpoint: String,
) -> Result<(reqwest::Url, http::HeaderMap, Vec<u8>), String> {
    match operation {
        "NoInputAndNoOutput" => build::<NoInputAndNoOutput>(params, endpoint).await,
        "NoInputAndOutput" => build::<NoInputAndOutput>(params, endpoint).await,
        "EmptyInputAndEmptyOutput" => build::<EmptyInputAndEmptyOutput>(params, endpoint).await,
        "SimpleScalarProperties" => build::<SimpleScalarProperties>(params, endpoint).await,
        "JsonUnions" => build::<JsonUnions>(params, endpoint).await,
        "EndpointOperation" => build::<EndpointOperation>(params, endpoint).await,
        "EndpointWithHostLabelOperation" => {
            build::<EndpointWithHostLabelOperation>(params, endpoint).await
        }
        "HostWithPathOperation" => build::<HostWithPathOperation>(params, endpoint).await,
        "PutWithContentEncoding" => build::<PutWithContentEncoding>(params, endpoint).await,
        "OperationWithDefaults" => build::<OperationWithDefaults>(params, endpoint).await,
        "OperationWithNestedStructure" => {
            build::<OperationWithNestedStructure>(params, endpoint).await
        }
        "QueryIncompatibleOperation" => build::<QueryIncompatibleOperation>(params, endpoint).await,
        "QueryCompatibleOperation" => build::<QueryCompatibleOperation>(params, endpoint).await,
        other => Err(format!("no request declaration for {other}")),
    }
}

/// A response as the vector gives it: status, headers, body.
struct Response<'a> {
    status: u16,
    headers: &'a Value,
    body: &'a [u8],
}

impl Response<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .as_object()?
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| v.as_str())
    }
}

fn read<O: Operation>(r: &Response<'_>) -> Result<Result<Value, awsop::Error<O::Error>>, String> {
    Ok(
        match awsop::__private::read_response::<O>(
            r.status,
            r.header("x-amzn-errortype"),
            r.header("x-amzn-query-error"),
            r.body,
        ) {
            Ok(output) => Ok(serde_json::to_value(&output).map_err(|e| e.to_string())?),
            Err(err) => Err(err),
        },
    )
}

fn output(operation: &str, r: &Response<'_>) -> Result<Value, String> {
    fn ok<O: Operation>(r: &Response<'_>) -> Result<Value, String> {
        read::<O>(r)?.map_err(|e| e.to_string())
    }
    match operation {
        "NoInputAndNoOutput" => ok::<NoInputAndNoOutput>(r),
        "NoInputAndOutput" => ok::<NoInputAndOutput>(r),
        "EmptyInputAndEmptyOutput" => ok::<EmptyInputAndEmptyOutput>(r),
        "SimpleScalarProperties" => ok::<SimpleScalarProperties>(r),
        "JsonUnions" => ok::<JsonUnions>(r),
        "OperationWithDefaults" => ok::<OperationWithDefaults>(r),
        "OperationWithRequiredMembers" => ok::<OperationWithRequiredMembers>(r),
        "OperationWithRequiredMembersWithDefaults" => {
            ok::<OperationWithRequiredMembersWithDefaults>(r)
        }
        "OperationWithNestedStructure" => ok::<OperationWithNestedStructure>(r),
        other => Err(format!("no response declaration for {other}")),
    }
}

/// The typed error's shape name and members, and the code and fault the error exposes.
type Exposed = (String, Value, Option<String>, Option<String>);

fn error(operation: &str, r: &Response<'_>) -> Result<Exposed, String> {
    fn members(shape: &impl serde::Serialize) -> Value {
        serde_json::to_value(shape).unwrap_or_default()
    }
    match operation {
        "GreetingWithErrors" => {
            let err = read::<GreetingWithErrors>(r)?.err().ok_or("not an error")?;
            let (code, fault) = (
                err.code().map(str::to_owned),
                err.fault().map(str::to_owned),
            );
            Ok(match err.into_service_error() {
                Some(GreetingWithErrorsError::InvalidGreeting(e)) => {
                    ("InvalidGreeting".into(), members(&e), code, fault)
                }
                Some(GreetingWithErrorsError::ComplexError(e)) => {
                    ("ComplexError".into(), members(&e), code, fault)
                }
                Some(GreetingWithErrorsError::FooError(e)) => {
                    ("FooError".into(), members(&e), code, fault)
                }
                other => return Err(format!("untyped: {other:?}")),
            })
        }
        "QueryCompatibleOperation" => {
            let err = read::<QueryCompatibleOperation>(r)?
                .err()
                .ok_or("not an error")?;
            let (code, fault) = (
                err.code().map(str::to_owned),
                err.fault().map(str::to_owned),
            );
            Ok(match err.into_service_error() {
                Some(QueryCompatibleOperationError::NoCustomCodeError(e)) => {
                    ("NoCustomCodeError".into(), members(&e), code, fault)
                }
                Some(QueryCompatibleOperationError::CustomCodeError(e)) => {
                    ("CustomCodeError".into(), members(&e), code, fault)
                }
                other => return Err(format!("untyped: {other:?}")),
            })
        }
        other => Err(format!("no error declaration for {other}")),
    }
}

/// Runs one vector; `Err` says what differs.
async fn run(test: &Value, shapes: &Map<String, Value>, operations: &Value) -> Result<(), String> {
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
            let wire = to_wire(&params, input, shapes);
            let host = test["host"].as_str().unwrap_or("example.com");
            let (url, headers, body) = request(operation, wire, format!("https://{host}")).await?;
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
            let got = output(operation, &r)?;
            let output_shape = operations[operation]["output"].as_str().unwrap_or_default();
            let want = to_wire(&params, output_shape, shapes);
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
            let (shape, members, code, fault) = error(operation, &r)?;
            let expected_shape = test["errorShape"].as_str().unwrap_or_default();
            if shape != expected_shape {
                return Err(format!("error {shape}, expected {expected_shape}"));
            }
            let want = to_wire(&params, expected_shape, shapes);
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

#[tokio::test]
async fn all_70_awsjson1_0_client_vectors_pass() {
    let tests = load("tests.json");
    let shapes = load("shapes.json");
    let tests = tests.as_array().expect("a list of vectors");
    assert_eq!(tests.len(), 70);
    let mut counts = BTreeMap::new();
    let mut failures = Vec::new();
    for test in tests {
        let kind = test["kind"].as_str().unwrap_or_default().to_owned();
        *counts.entry(kind.clone()).or_insert(0) += 1;
        if let Err(why) = run(
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
    assert_eq!(
        counts,
        BTreeMap::from([
            ("error".into(), 16),
            ("request".into(), 29),
            ("response".into(), 25)
        ])
    );
    assert!(
        failures.is_empty(),
        "{} of 70 vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
