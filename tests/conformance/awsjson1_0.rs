//! Smithy's awsJson 1.0 test services (`conformance/awsjson1_0`), declared with the macros as a
//! user would, and the suite's dispatch from operation names to them.

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, Blob, EpochSeconds, Operation, Service};
use serde_json::Value;

use super::shared::*;
use super::{build, read, Exposed, Response, Sent, Suite};

/// Smithy's awsJson 1.0 protocol test service (`aws.protocoltests.json10#JsonRpc10`).
const JSON_RPC_10: Service = Service::aws_json_1_0("jsonrpc10", "JsonRpc10");

/// Smithy's `@awsQueryCompatible` awsJson 1.0 test service.
const QUERY_COMPATIBLE_JSON_RPC_10: Service =
    Service::aws_json_1_0("query-compatible-jsonrpc10", "QueryCompatibleJsonRpc10")
        .query_compatible();

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

modeled!(
    NoCustomCodeError => |e| e.message.as_deref(),
    CustomCodeError => |e| e.message.as_deref(),
);

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

/// The awsJson 1.0 suite.
pub(crate) struct AwsJson10;

impl Suite for AwsJson10 {
    const DIR: &'static str = "awsjson1_0";

    async fn request(operation: &str, params: Value, endpoint: String) -> Result<Sent, String> {
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
            "QueryIncompatibleOperation" => {
                build::<QueryIncompatibleOperation>(params, endpoint).await
            }
            "QueryCompatibleOperation" => build::<QueryCompatibleOperation>(params, endpoint).await,
            other => Err(format!("no request declaration for {other}")),
        }
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

    fn error(operation: &str, r: &Response<'_>) -> Result<Exposed, String> {
        match operation {
            "GreetingWithErrors" => exposed!(
                r,
                GreetingWithErrors,
                GreetingWithErrorsError {
                    InvalidGreeting,
                    ComplexError,
                    FooError
                }
            ),
            "QueryCompatibleOperation" => exposed!(
                r,
                QueryCompatibleOperation,
                QueryCompatibleOperationError {
                    NoCustomCodeError,
                    CustomCodeError
                }
            ),
            other => Err(format!("no error declaration for {other}")),
        }
    }
}
