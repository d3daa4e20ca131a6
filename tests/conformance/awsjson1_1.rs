//! Smithy's awsJson 1.1 test services (`conformance/awsjson1_1`: `JsonProtocol` and the
//! machine-learning service's `Predict`), declared with the macros as a user would, and the
//! suite's dispatch from operation names to them.

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, Blob, DateTime, EpochSeconds, HttpDate, Operation, Service};
use serde_json::Value;

use super::shared::*;
use super::{build, read, Exposed, Response, Sent, Suite};

/// Smithy's awsJson 1.1 protocol test service (`aws.protocoltests.json#JsonProtocol`).
const JSON_PROTOCOL: Service =
    Service::aws_json_1_1("jsonprotocol", "JsonProtocol").service_id("Json Protocol");

/// Amazon Machine Learning, for its `Predict` endpoint customisation.
const MACHINE_LEARNING: Service =
    Service::aws_json_1_1("machinelearning", "AmazonML_20141212").service_id("Machine Learning");

#[aws_operation(service = JSON_PROTOCOL, name = "EmptyOperation", output = "Empty")]
#[derive(Debug, Clone, Default)]
pub struct EmptyOperation {}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct EmptyStruct {}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct SimpleStruct {
    #[aws(rename = "Value")]
    pub value: Option<String>,
}

/// awsJson ignores `jsonName` (`RenamedMember`): the member is `Value` on the wire.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct StructWithJsonName {
    #[aws(rename = "Value")]
    pub value: Option<String>,
}

/// Every kind of member, timestamps in each format, and recursion through a box, a list and a
/// map.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct KitchenSink {
    #[aws(rename = "Blob")]
    pub blob: Option<Blob>,
    #[aws(rename = "Boolean")]
    pub boolean: Option<bool>,
    #[aws(rename = "Double")]
    pub double: Option<f64>,
    #[aws(rename = "EmptyStruct")]
    pub empty_struct: Option<EmptyStruct>,
    #[aws(rename = "Float")]
    pub float: Option<f32>,
    #[aws(rename = "HttpdateTimestamp")]
    pub httpdate_timestamp: Option<HttpDate>,
    #[aws(rename = "Integer")]
    pub integer: Option<i32>,
    #[aws(rename = "Iso8601Timestamp")]
    pub iso8601_timestamp: Option<DateTime>,
    /// A string of JSON (`mediaType: application/json`), sent as a string.
    #[aws(rename = "JsonValue")]
    pub json_value: Option<String>,
    #[aws(rename = "ListOfLists")]
    pub list_of_lists: Option<Vec<Vec<String>>>,
    #[aws(rename = "ListOfMapsOfStrings")]
    pub list_of_maps_of_strings: Option<Vec<BTreeMap<String, String>>>,
    #[aws(rename = "ListOfStrings")]
    pub list_of_strings: Option<Vec<String>>,
    #[aws(rename = "ListOfStructs")]
    pub list_of_structs: Option<Vec<SimpleStruct>>,
    #[aws(rename = "Long")]
    pub long: Option<i64>,
    #[aws(rename = "MapOfListsOfStrings")]
    pub map_of_lists_of_strings: Option<BTreeMap<String, Vec<String>>>,
    #[aws(rename = "MapOfMaps")]
    pub map_of_maps: Option<BTreeMap<String, BTreeMap<String, String>>>,
    #[aws(rename = "MapOfStrings")]
    pub map_of_strings: Option<BTreeMap<String, String>>,
    #[aws(rename = "MapOfStructs")]
    pub map_of_structs: Option<BTreeMap<String, SimpleStruct>>,
    #[aws(rename = "RecursiveList")]
    pub recursive_list: Option<Vec<KitchenSink>>,
    #[aws(rename = "RecursiveMap")]
    pub recursive_map: Option<BTreeMap<String, KitchenSink>>,
    #[aws(rename = "RecursiveStruct")]
    pub recursive_struct: Option<Box<KitchenSink>>,
    #[aws(rename = "SimpleStruct")]
    pub simple_struct: Option<SimpleStruct>,
    #[aws(rename = "String")]
    pub string: Option<String>,
    #[aws(rename = "StructWithJsonName")]
    pub struct_with_json_name: Option<StructWithJsonName>,
    #[aws(rename = "Timestamp")]
    pub timestamp: Option<EpochSeconds>,
    #[aws(rename = "UnixTimestamp")]
    pub unix_timestamp: Option<EpochSeconds>,
}

#[aws_operation(
    service = JSON_PROTOCOL,
    name = "KitchenSinkOperation",
    output = "KitchenSink",
    errors(ErrorWithMembers, ErrorWithoutMembers)
)]
#[derive(Debug, Clone, Default)]
pub struct KitchenSinkOperation {
    #[aws(rename = "Blob")]
    pub blob: Option<Blob>,
    #[aws(rename = "Boolean")]
    pub boolean: Option<bool>,
    #[aws(rename = "Double")]
    pub double: Option<f64>,
    #[aws(rename = "EmptyStruct")]
    pub empty_struct: Option<EmptyStruct>,
    #[aws(rename = "Float")]
    pub float: Option<f32>,
    #[aws(rename = "HttpdateTimestamp")]
    pub httpdate_timestamp: Option<HttpDate>,
    #[aws(rename = "Integer")]
    pub integer: Option<i32>,
    #[aws(rename = "Iso8601Timestamp")]
    pub iso8601_timestamp: Option<DateTime>,
    #[aws(rename = "JsonValue")]
    pub json_value: Option<String>,
    #[aws(rename = "ListOfLists")]
    pub list_of_lists: Option<Vec<Vec<String>>>,
    #[aws(rename = "ListOfMapsOfStrings")]
    pub list_of_maps_of_strings: Option<Vec<BTreeMap<String, String>>>,
    #[aws(rename = "ListOfStrings")]
    pub list_of_strings: Option<Vec<String>>,
    #[aws(rename = "ListOfStructs")]
    pub list_of_structs: Option<Vec<SimpleStruct>>,
    #[aws(rename = "Long")]
    pub long: Option<i64>,
    #[aws(rename = "MapOfListsOfStrings")]
    pub map_of_lists_of_strings: Option<BTreeMap<String, Vec<String>>>,
    #[aws(rename = "MapOfMaps")]
    pub map_of_maps: Option<BTreeMap<String, BTreeMap<String, String>>>,
    #[aws(rename = "MapOfStrings")]
    pub map_of_strings: Option<BTreeMap<String, String>>,
    #[aws(rename = "MapOfStructs")]
    pub map_of_structs: Option<BTreeMap<String, SimpleStruct>>,
    #[aws(rename = "RecursiveList")]
    pub recursive_list: Option<Vec<KitchenSink>>,
    #[aws(rename = "RecursiveMap")]
    pub recursive_map: Option<BTreeMap<String, KitchenSink>>,
    #[aws(rename = "RecursiveStruct")]
    pub recursive_struct: Option<KitchenSink>,
    #[aws(rename = "SimpleStruct")]
    pub simple_struct: Option<SimpleStruct>,
    #[aws(rename = "String")]
    pub string: Option<String>,
    #[aws(rename = "StructWithJsonName")]
    pub struct_with_json_name: Option<StructWithJsonName>,
    #[aws(rename = "Timestamp")]
    pub timestamp: Option<EpochSeconds>,
    #[aws(rename = "UnixTimestamp")]
    pub unix_timestamp: Option<EpochSeconds>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ErrorWithMembers {
    #[aws(rename = "Code")]
    pub code: Option<String>,
    #[aws(rename = "ComplexData")]
    pub complex_data: Option<KitchenSink>,
    #[aws(rename = "IntegerField")]
    pub integer_field: Option<i32>,
    #[aws(rename = "ListField")]
    pub list_field: Option<Vec<String>>,
    #[aws(rename = "MapField")]
    pub map_field: Option<BTreeMap<String, String>>,
    #[aws(rename = "Message")]
    pub message: Option<String>,
    #[aws(rename = "StringField")]
    pub string_field: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ErrorWithoutMembers {}

#[aws_operation(
    service = JSON_PROTOCOL,
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
    service = JSON_PROTOCOL,
    name = "OperationWithOptionalInputOutput",
    output = "OptionalOutput"
)]
#[derive(Debug, Clone, Default)]
pub struct OperationWithOptionalInputOutput {
    #[aws(rename = "Value")]
    pub value: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct OptionalOutput {
    #[aws(rename = "Value")]
    pub value: Option<String>,
}

#[aws_operation(
    service = JSON_PROTOCOL,
    name = "PutAndGetInlineDocuments",
    output = "InlineDocuments"
)]
#[derive(Debug, Clone, Default)]
pub struct PutAndGetInlineDocuments {
    #[aws(rename = "inlineDocument")]
    pub inline_document: Option<Value>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct InlineDocuments {
    #[aws(rename = "inlineDocument")]
    pub inline_document: Option<Value>,
}

#[aws_operation(service = JSON_PROTOCOL, name = "JsonEnums", output = "Enums")]
#[derive(Debug, Clone, Default)]
pub struct JsonEnums {
    #[aws(rename = "fooEnum1")]
    pub foo_enum1: Option<FooEnum>,
    #[aws(rename = "fooEnum2")]
    pub foo_enum2: Option<FooEnum>,
    #[aws(rename = "fooEnum3")]
    pub foo_enum3: Option<FooEnum>,
    #[aws(rename = "fooEnumList")]
    pub foo_enum_list: Option<Vec<FooEnum>>,
    #[aws(rename = "fooEnumSet")]
    pub foo_enum_set: Option<Vec<FooEnum>>,
    #[aws(rename = "fooEnumMap")]
    pub foo_enum_map: Option<BTreeMap<String, FooEnum>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Enums {
    #[aws(rename = "fooEnum1")]
    pub foo_enum1: Option<FooEnum>,
    #[aws(rename = "fooEnum2")]
    pub foo_enum2: Option<FooEnum>,
    #[aws(rename = "fooEnum3")]
    pub foo_enum3: Option<FooEnum>,
    #[aws(rename = "fooEnumList")]
    pub foo_enum_list: Option<Vec<FooEnum>>,
    #[aws(rename = "fooEnumSet")]
    pub foo_enum_set: Option<Vec<FooEnum>>,
    #[aws(rename = "fooEnumMap")]
    pub foo_enum_map: Option<BTreeMap<String, FooEnum>>,
}

/// `intEnum` members are integers on the wire.
#[aws_operation(service = JSON_PROTOCOL, name = "JsonIntEnums", output = "IntEnums")]
#[derive(Debug, Clone, Default)]
pub struct JsonIntEnums {
    #[aws(rename = "intEnum1")]
    pub int_enum1: Option<i32>,
    #[aws(rename = "intEnum2")]
    pub int_enum2: Option<i32>,
    #[aws(rename = "intEnum3")]
    pub int_enum3: Option<i32>,
    #[aws(rename = "intEnumList")]
    pub int_enum_list: Option<Vec<i32>>,
    #[aws(rename = "intEnumSet")]
    pub int_enum_set: Option<Vec<i32>>,
    #[aws(rename = "intEnumMap")]
    pub int_enum_map: Option<BTreeMap<String, i32>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct IntEnums {
    #[aws(rename = "intEnum1")]
    pub int_enum1: Option<i32>,
    #[aws(rename = "intEnum2")]
    pub int_enum2: Option<i32>,
    #[aws(rename = "intEnum3")]
    pub int_enum3: Option<i32>,
    #[aws(rename = "intEnumList")]
    pub int_enum_list: Option<Vec<i32>>,
    #[aws(rename = "intEnumSet")]
    pub int_enum_set: Option<Vec<i32>>,
    #[aws(rename = "intEnumMap")]
    pub int_enum_map: Option<BTreeMap<String, i32>>,
}

#[aws_operation(service = JSON_PROTOCOL, name = "NullOperation", output = "Nulls")]
#[derive(Debug, Clone, Default)]
pub struct NullOperation {
    #[aws(rename = "string")]
    pub string: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Nulls {
    #[aws(rename = "string")]
    pub string: Option<String>,
}

/// `@sparse` collections keep their nulls.
#[aws_operation(
    service = JSON_PROTOCOL,
    name = "SparseNullsOperation",
    output = "SparseNulls"
)]
#[derive(Debug, Clone, Default)]
pub struct SparseNullsOperation {
    #[aws(rename = "sparseStringList")]
    pub sparse_string_list: Option<Vec<Option<String>>>,
    #[aws(rename = "sparseStringMap")]
    pub sparse_string_map: Option<BTreeMap<String, Option<String>>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct SparseNulls {
    #[aws(rename = "sparseStringList")]
    pub sparse_string_list: Option<Vec<Option<String>>>,
    #[aws(rename = "sparseStringMap")]
    pub sparse_string_map: Option<BTreeMap<String, Option<String>>>,
}

#[aws_operation(
    service = JSON_PROTOCOL,
    name = "GreetingWithErrors",
    output = "Greeting",
    errors(InvalidGreeting, ComplexError, FooError)
)]
#[derive(Debug, Clone, Default)]
pub struct GreetingWithErrors {}

modeled!(
    ErrorWithMembers => |e| e.message.as_deref(),
    ErrorWithoutMembers => |_| None,
);

awsop::json_union! {
    pub enum MyUnion {
        StringValue(String) = "stringValue",
        BooleanValue(bool) = "booleanValue",
        NumberValue(i32) = "numberValue",
        BlobValue(Blob) = "blobValue",
        TimestampValue(EpochSeconds) = "timestampValue",
        EnumValue(FooEnum) = "enumValue",
        ListValue(Vec<String>) = "listValue",
        MapValue(BTreeMap<String, String>) = "mapValue",
        StructureValue(GreetingStruct) = "structureValue",
    }
}

#[aws_operation(service = JSON_PROTOCOL, name = "JsonUnions", output = "Unions")]
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
    service = JSON_PROTOCOL,
    name = "EndpointOperation",
    output = "Empty",
    host_prefix = "foo."
)]
#[derive(Debug, Clone, Default)]
pub struct EndpointOperation {}

#[aws_operation(
    service = JSON_PROTOCOL,
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
    service = JSON_PROTOCOL,
    name = "HostWithPathOperation",
    output = "Empty"
)]
#[derive(Debug, Clone, Default)]
pub struct HostWithPathOperation {}

/// Timestamps of the `date-time` format, with offsets and fractions.
#[aws_operation(service = JSON_PROTOCOL, name = "DatetimeOffsets", output = "Datetime")]
#[derive(Debug, Clone, Default)]
pub struct DatetimeOffsets {}

#[aws_operation(service = JSON_PROTOCOL, name = "FractionalSeconds", output = "Datetime")]
#[derive(Debug, Clone, Default)]
pub struct FractionalSeconds {}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Datetime {
    #[aws(rename = "datetime")]
    pub datetime: Option<DateTime>,
}

/// `encoding` is bound to a header in the model; awsJson sends it in the body.
#[aws_operation(
    service = JSON_PROTOCOL,
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

/// Machine Learning's `Predict`: the request goes to the input's `PredictEndpoint`.
#[aws_operation(service = MACHINE_LEARNING, name = "Predict", output = "PredictOutput")]
#[derive(Debug, Clone, Default)]
pub struct Predict {
    #[aws(
        rename = "MLModelId",
        length(min = 1, max = 64),
        pattern = "^[a-zA-Z0-9_.-]+$"
    )]
    pub ml_model_id: String,
    #[aws(rename = "Record")]
    pub record: BTreeMap<String, String>,
    #[aws(rename = "PredictEndpoint", endpoint_url)]
    pub predict_endpoint: String,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct PredictOutput {
    #[aws(rename = "Prediction")]
    pub prediction: Option<Prediction>,
}

#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Prediction {
    #[aws(rename = "predictedLabel")]
    pub predicted_label: Option<String>,
    #[aws(rename = "predictedValue")]
    pub predicted_value: Option<f32>,
    #[aws(rename = "predictedScores")]
    pub predicted_scores: Option<BTreeMap<String, f32>>,
    #[aws(rename = "details")]
    pub details: Option<BTreeMap<String, String>>,
}

/// The awsJson 1.1 suite.
pub(crate) struct AwsJson11;

impl Suite for AwsJson11 {
    const DIR: &'static str = "awsjson1_1";

    async fn request(operation: &str, params: Value, endpoint: String) -> Result<Sent, String> {
        match operation {
            "EmptyOperation" => build::<EmptyOperation>(params, endpoint).await,
            "KitchenSinkOperation" => build::<KitchenSinkOperation>(params, endpoint).await,
            "SimpleScalarProperties" => build::<SimpleScalarProperties>(params, endpoint).await,
            "OperationWithOptionalInputOutput" => {
                build::<OperationWithOptionalInputOutput>(params, endpoint).await
            }
            "PutAndGetInlineDocuments" => build::<PutAndGetInlineDocuments>(params, endpoint).await,
            "JsonEnums" => build::<JsonEnums>(params, endpoint).await,
            "JsonIntEnums" => build::<JsonIntEnums>(params, endpoint).await,
            "NullOperation" => build::<NullOperation>(params, endpoint).await,
            "SparseNullsOperation" => build::<SparseNullsOperation>(params, endpoint).await,
            "JsonUnions" => build::<JsonUnions>(params, endpoint).await,
            "EndpointOperation" => build::<EndpointOperation>(params, endpoint).await,
            "EndpointWithHostLabelOperation" => {
                build::<EndpointWithHostLabelOperation>(params, endpoint).await
            }
            "HostWithPathOperation" => build::<HostWithPathOperation>(params, endpoint).await,
            "PutWithContentEncoding" => build::<PutWithContentEncoding>(params, endpoint).await,
            "Predict" => build::<Predict>(params, endpoint).await,
            other => Err(format!("no request declaration for {other}")),
        }
    }

    fn output(operation: &str, r: &Response<'_>) -> Result<Value, String> {
        fn ok<O: Operation>(r: &Response<'_>) -> Result<Value, String> {
            read::<O>(r)?.map_err(|e| e.to_string())
        }
        match operation {
            "EmptyOperation" => ok::<EmptyOperation>(r),
            "KitchenSinkOperation" => ok::<KitchenSinkOperation>(r),
            "SimpleScalarProperties" => ok::<SimpleScalarProperties>(r),
            "PutAndGetInlineDocuments" => ok::<PutAndGetInlineDocuments>(r),
            "JsonEnums" => ok::<JsonEnums>(r),
            "JsonIntEnums" => ok::<JsonIntEnums>(r),
            "NullOperation" => ok::<NullOperation>(r),
            "SparseNullsOperation" => ok::<SparseNullsOperation>(r),
            "JsonUnions" => ok::<JsonUnions>(r),
            "DatetimeOffsets" => ok::<DatetimeOffsets>(r),
            "FractionalSeconds" => ok::<FractionalSeconds>(r),
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
            other => Err(format!("no error declaration for {other}")),
        }
    }
}
