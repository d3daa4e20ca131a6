//! Smithy's restJson1 test services (`conformance/restjson1`: `RestJson`, and the API
//! Gateway, Glacier and validation services its customisation tests use), declared with the
//! macros as a user would, and the suite's dispatch from operation names to them.
//!
//! The declarations follow `shapes.json` member for member: each binding trait is a field
//! argument (`label`, `query`, `query_params`, `header`, `prefix_headers`, `payload`,
//! `response_code`), `jsonName` is `json_name`, and a timestamp's type is its format (the
//! member's, else its shape's, else where it is bound: epoch seconds in the body, an HTTP date in
//! a header, ISO 8601 in a label or query).
#![allow(clippy::struct_field_names)]

use std::collections::BTreeMap;

use awsop::bindings::HttpRequest;
use awsop::{aws_operation, aws_shape, Blob, DateTime, EpochSeconds, HttpDate, Operation, Service};
use serde_json::Value;
use sha2::{Digest as _, Sha256};

use super::{build, read, Exposed, Response, Sent, Suite};

/// Smithy's restJson1 protocol test service (`aws.protocoltests.restjson#RestJson`).
const REST_JSON: Service = Service::rest_json_1("restjson").service_id("Rest Json Protocol");

/// API Gateway, with the customisation its SDKs apply: every request accepts JSON.
const API_GATEWAY: Service = Service::rest_json_1("apigateway")
    .service_id("API Gateway")
    .customize(|request| request.set_header("accept", "application/json"));

/// Glacier, with the customisations its SDKs apply.
const GLACIER: Service = Service::rest_json_1("glacier")
    .service_id("Glacier")
    .customize(glacier);

/// Glacier's: the API version in a header, `-` (the caller's account) for an empty account id,
/// and a body's SHA-256 and tree hash when the input gives none.
fn glacier(request: &mut HttpRequest<'_>) {
    request.set_header("x-amz-glacier-version", "2012-06-01");
    if request.label_value("accountId") == Some("") {
        request.set_label("accountId", "-");
    }
    if !request.body().is_empty() {
        let linear = hex::encode(Sha256::digest(request.body()));
        if request.header_value("x-amz-sha256-tree-hash").is_none() {
            let tree = tree_hash(request.body());
            request.set_header("x-amz-sha256-tree-hash", tree);
        }
        request.set_header("x-amz-content-sha256", linear);
    }
}

/// Glacier's tree hash: SHA-256 of each MiB, then of each pair of hashes, up to one.
fn tree_hash(body: &[u8]) -> String {
    let mut level: Vec<Vec<u8>> = body
        .chunks(1024 * 1024)
        .map(|chunk| Sha256::digest(chunk).to_vec())
        .collect();
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|pair| match pair {
                [a, b] => Sha256::digest([a.as_slice(), b.as_slice()].concat()).to_vec(),
                [single] => single.clone(),
                _ => Vec::new(),
            })
            .collect();
    }
    hex::encode(level.first().map(Vec::as_slice).unwrap_or_default())
}

/// Smithy's restJson1 validation test service.
const REST_JSON_VALIDATION: Service =
    Service::rest_json_1("restjsonvalidation").service_id("Rest Json Validation Protocol");

/// No output, and a union member of the `Unit` type.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Unit {}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NoInputAndOutputOutput {}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmptyInputAndEmptyOutputOutput {}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InputAndOutputWithHeadersIO {
    #[aws(rename = "headerString", header = "X-String")]
    pub header_string: Option<String>,
    #[aws(rename = "headerByte", header = "X-Byte")]
    pub header_byte: Option<i8>,
    #[aws(rename = "headerShort", header = "X-Short")]
    pub header_short: Option<i16>,
    #[aws(rename = "headerInteger", header = "X-Integer")]
    pub header_integer: Option<i32>,
    #[aws(rename = "headerLong", header = "X-Long")]
    pub header_long: Option<i64>,
    #[aws(rename = "headerFloat", header = "X-Float")]
    pub header_float: Option<f32>,
    #[aws(rename = "headerDouble", header = "X-Double")]
    pub header_double: Option<f64>,
    #[aws(rename = "headerTrueBool", header = "X-Boolean1")]
    pub header_true_bool: Option<bool>,
    #[aws(rename = "headerFalseBool", header = "X-Boolean2")]
    pub header_false_bool: Option<bool>,
    #[aws(rename = "headerStringList", header = "X-StringList")]
    pub header_string_list: Option<Vec<String>>,
    #[aws(rename = "headerStringSet", header = "X-StringSet")]
    pub header_string_set: Option<Vec<String>>,
    #[aws(rename = "headerIntegerList", header = "X-IntegerList")]
    pub header_integer_list: Option<Vec<i32>>,
    #[aws(rename = "headerBooleanList", header = "X-BooleanList")]
    pub header_boolean_list: Option<Vec<bool>>,
    #[aws(rename = "headerTimestampList", header = "X-TimestampList")]
    pub header_timestamp_list: Option<Vec<HttpDate>>,
    #[aws(rename = "headerEnum", header = "X-Enum")]
    pub header_enum: Option<FooEnum>,
    #[aws(rename = "headerEnumList", header = "X-EnumList")]
    pub header_enum_list: Option<Vec<FooEnum>>,
    #[aws(rename = "headerIntegerEnum", header = "X-IntegerEnum")]
    pub header_integer_enum: Option<i32>,
    #[aws(rename = "headerIntegerEnumList", header = "X-IntegerEnumList")]
    pub header_integer_enum_list: Option<Vec<i32>>,
}

awsop::string_enum! {
    pub enum FooEnum {
        Foo = "Foo",
        Baz = "Baz",
        Bar = "Bar",
        One = "1",
        Zero = "0",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NullAndEmptyHeadersIO {
    #[aws(rename = "a", header = "X-A")]
    pub a: Option<String>,
    #[aws(rename = "b", header = "X-B")]
    pub b: Option<String>,
    #[aws(rename = "c", header = "X-C")]
    pub c: Option<Vec<String>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimestampFormatHeadersIO {
    #[aws(rename = "memberEpochSeconds", header = "X-memberEpochSeconds")]
    pub member_epoch_seconds: Option<EpochSeconds>,
    #[aws(rename = "memberHttpDate", header = "X-memberHttpDate")]
    pub member_http_date: Option<HttpDate>,
    #[aws(rename = "memberDateTime", header = "X-memberDateTime")]
    pub member_date_time: Option<DateTime>,
    #[aws(rename = "defaultFormat", header = "X-defaultFormat")]
    pub default_format: Option<HttpDate>,
    #[aws(rename = "targetEpochSeconds", header = "X-targetEpochSeconds")]
    pub target_epoch_seconds: Option<EpochSeconds>,
    #[aws(rename = "targetHttpDate", header = "X-targetHttpDate")]
    pub target_http_date: Option<HttpDate>,
    #[aws(rename = "targetDateTime", header = "X-targetDateTime")]
    pub target_date_time: Option<DateTime>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MediaTypeHeaderOutput {
    #[aws(rename = "json", header = "X-Json", media_type = "application/json")]
    pub json: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IgnoreQueryParamsInResponseOutput {
    #[aws(rename = "baz")]
    pub baz: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpPrefixHeadersOutput {
    #[aws(rename = "foo", header = "x-foo")]
    pub foo: Option<String>,
    #[aws(rename = "fooMap", prefix_headers = "x-foo-")]
    pub foo_map: Option<BTreeMap<String, String>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpPrefixHeadersInResponseOutput {
    #[aws(rename = "prefixHeaders", prefix_headers = "")]
    pub prefix_headers: Option<BTreeMap<String, String>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpEmptyPrefixHeadersOutput {
    #[aws(rename = "prefixHeaders", prefix_headers = "")]
    pub prefix_headers: Option<BTreeMap<String, String>>,
    #[aws(rename = "specificHeader", header = "hello")]
    pub specific_header: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpPayloadTraitsInputOutput {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload)]
    pub blob: Option<Blob>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpPayloadTraitsWithMediaTypeInputOutput {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload, media_type = "text/plain")]
    pub blob: Option<Blob>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpPayloadWithStructureInputOutput {
    #[aws(rename = "nested", payload)]
    pub nested: Option<NestedPayload>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NestedPayload {
    #[aws(rename = "greeting")]
    pub greeting: Option<String>,
    #[aws(rename = "name")]
    pub name: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnumPayloadInput {
    #[aws(rename = "payload", payload)]
    pub payload: Option<StringEnum>,
}

awsop::string_enum! {
    pub enum StringEnum {
        V = "enumvalue",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StringPayloadInput {
    #[aws(rename = "payload", payload)]
    pub payload: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpPayloadWithUnionInputOutput {
    #[aws(rename = "nested", payload)]
    pub nested: Option<UnionPayload>,
}

awsop::json_union! {
    pub enum UnionPayload {
        Greeting(String) = "greeting",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpResponseCodeOutput {
    #[aws(rename = "Status", response_code)]
    pub status: Option<i32>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StreamingTraitsInputOutput {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload)]
    pub blob: Option<Blob>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StreamingTraitsWithMediaTypeInputOutput {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload, media_type = "text/plain")]
    pub blob: Option<Blob>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GreetingWithErrorsOutput {
    #[aws(rename = "greeting", header = "X-Greeting")]
    pub greeting: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidGreeting {
    #[aws(rename = "Message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComplexError {
    #[aws(rename = "Header", header = "X-Header")]
    pub header: Option<String>,
    #[aws(rename = "TopLevel")]
    pub top_level: Option<String>,
    #[aws(rename = "Nested")]
    pub nested: Option<ComplexNestedErrorData>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComplexNestedErrorData {
    #[aws(rename = "Foo", json_name = "Fooooo")]
    pub foo: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FooError {}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SimpleScalarPropertiesInputOutput {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "stringValue")]
    pub string_value: Option<String>,
    #[aws(rename = "trueBooleanValue")]
    pub true_boolean_value: Option<bool>,
    #[aws(rename = "falseBooleanValue")]
    pub false_boolean_value: Option<bool>,
    #[aws(rename = "byteValue")]
    pub byte_value: Option<i8>,
    #[aws(rename = "shortValue")]
    pub short_value: Option<i16>,
    #[aws(rename = "integerValue")]
    pub integer_value: Option<i32>,
    #[aws(rename = "longValue")]
    pub long_value: Option<i64>,
    #[aws(rename = "floatValue")]
    pub float_value: Option<f32>,
    #[aws(rename = "doubleValue", json_name = "DoubleDribble")]
    pub double_value: Option<f64>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonTimestampsInputOutput {
    #[aws(rename = "normal")]
    pub normal: Option<EpochSeconds>,
    #[aws(rename = "dateTime")]
    pub date_time: Option<DateTime>,
    #[aws(rename = "dateTimeOnTarget")]
    pub date_time_on_target: Option<DateTime>,
    #[aws(rename = "epochSeconds")]
    pub epoch_seconds: Option<EpochSeconds>,
    #[aws(rename = "epochSecondsOnTarget")]
    pub epoch_seconds_on_target: Option<EpochSeconds>,
    #[aws(rename = "httpDate")]
    pub http_date: Option<HttpDate>,
    #[aws(rename = "httpDateOnTarget")]
    pub http_date_on_target: Option<HttpDate>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonEnumsInputOutput {
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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonIntEnumsInputOutput {
    #[aws(rename = "integerEnum1")]
    pub integer_enum1: Option<i32>,
    #[aws(rename = "integerEnum2")]
    pub integer_enum2: Option<i32>,
    #[aws(rename = "integerEnum3")]
    pub integer_enum3: Option<i32>,
    #[aws(rename = "integerEnumList")]
    pub integer_enum_list: Option<Vec<i32>>,
    #[aws(rename = "integerEnumSet")]
    pub integer_enum_set: Option<Vec<i32>>,
    #[aws(rename = "integerEnumMap")]
    pub integer_enum_map: Option<BTreeMap<String, i32>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecursiveShapesInputOutput {
    #[aws(rename = "nested")]
    pub nested: Option<RecursiveShapesInputOutputNested1>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecursiveShapesInputOutputNested1 {
    #[aws(rename = "foo")]
    pub foo: Option<String>,
    #[aws(rename = "nested")]
    pub nested: Option<Box<RecursiveShapesInputOutputNested2>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecursiveShapesInputOutputNested2 {
    #[aws(rename = "bar")]
    pub bar: Option<String>,
    #[aws(rename = "recursiveMember")]
    pub recursive_member: Option<Box<RecursiveShapesInputOutputNested1>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonListsInputOutput {
    #[aws(rename = "stringList")]
    pub string_list: Option<Vec<String>>,
    #[aws(rename = "stringSet")]
    pub string_set: Option<Vec<String>>,
    #[aws(rename = "integerList")]
    pub integer_list: Option<Vec<i32>>,
    #[aws(rename = "booleanList")]
    pub boolean_list: Option<Vec<bool>>,
    #[aws(rename = "timestampList")]
    pub timestamp_list: Option<Vec<EpochSeconds>>,
    #[aws(rename = "enumList")]
    pub enum_list: Option<Vec<FooEnum>>,
    #[aws(rename = "intEnumList")]
    pub int_enum_list: Option<Vec<i32>>,
    #[aws(rename = "nestedStringList")]
    pub nested_string_list: Option<Vec<Vec<String>>>,
    #[aws(rename = "structureList", json_name = "myStructureList")]
    pub structure_list: Option<Vec<StructureListMember>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StructureListMember {
    #[aws(rename = "a", json_name = "value")]
    pub a: Option<String>,
    #[aws(rename = "b", json_name = "other")]
    pub b: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseJsonListsInputOutput {
    #[aws(rename = "sparseStringList")]
    pub sparse_string_list: Option<Vec<Option<String>>>,
    #[aws(rename = "sparseShortList")]
    pub sparse_short_list: Option<Vec<Option<i16>>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonMapsInputOutput {
    #[aws(rename = "denseStructMap")]
    pub dense_struct_map: Option<BTreeMap<String, GreetingStruct>>,
    #[aws(rename = "denseNumberMap")]
    pub dense_number_map: Option<BTreeMap<String, i32>>,
    #[aws(rename = "denseBooleanMap")]
    pub dense_boolean_map: Option<BTreeMap<String, bool>>,
    #[aws(rename = "denseStringMap")]
    pub dense_string_map: Option<BTreeMap<String, String>>,
    #[aws(rename = "denseSetMap")]
    pub dense_set_map: Option<BTreeMap<String, Vec<String>>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GreetingStruct {
    #[aws(rename = "hi")]
    pub hi: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseJsonMapsInputOutput {
    #[aws(rename = "sparseStructMap")]
    pub sparse_struct_map: Option<BTreeMap<String, Option<GreetingStruct>>>,
    #[aws(rename = "sparseNumberMap")]
    pub sparse_number_map: Option<BTreeMap<String, Option<i32>>>,
    #[aws(rename = "sparseBooleanMap")]
    pub sparse_boolean_map: Option<BTreeMap<String, Option<bool>>>,
    #[aws(rename = "sparseStringMap")]
    pub sparse_string_map: Option<BTreeMap<String, Option<String>>>,
    #[aws(rename = "sparseSetMap")]
    pub sparse_set_map: Option<BTreeMap<String, Option<Vec<String>>>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonBlobsInputOutput {
    #[aws(rename = "data")]
    pub data: Option<Blob>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentTypeInputOutput {
    #[aws(rename = "stringValue")]
    pub string_value: Option<String>,
    #[aws(rename = "documentValue")]
    pub document_value: Option<Value>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentTypeAsPayloadInputOutput {
    #[aws(rename = "documentValue", payload)]
    pub document_value: Option<Value>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentTypeAsMapValueInputOutput {
    #[aws(rename = "docValuedMap")]
    pub doc_valued_map: Option<BTreeMap<String, Value>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnionInputOutput {
    #[aws(rename = "contents")]
    pub contents: Option<MyUnion>,
}

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
        RenamedStructureValue(RenamedGreeting) = "renamedStructureValue",
        UnionValue(NestedUnion) = "unionValue",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RenamedGreeting {
    #[aws(rename = "salutation")]
    pub salutation: Option<String>,
}

awsop::json_union! {
    pub enum NestedUnion {
        StringValue(String) = "stringValue",
    }
}

awsop::json_union! {
    pub enum PlayerAction {
        Quit(Unit) = "quit",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PostPlayerActionOutput {
    #[aws(rename = "action")]
    pub action: PlayerAction,
}

awsop::json_union! {
    pub enum UnionWithJsonName {
        Foo(String) = "FOO",
        Bar(String) = "bar",
        Baz(String) = "_baz",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PostUnionWithJsonNameOutput {
    #[aws(rename = "value")]
    pub value: UnionWithJsonName,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HttpChecksumRequiredInputOutput {
    #[aws(rename = "foo")]
    pub foo: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestBodyStructureInputOutput {
    #[aws(rename = "testId", header = "x-amz-test-id")]
    pub test_id: Option<String>,
    #[aws(rename = "testConfig")]
    pub test_config: Option<TestConfig>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestConfig {
    #[aws(rename = "timeout")]
    pub timeout: Option<i32>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestPayloadStructureInputOutput {
    #[aws(rename = "testId", header = "x-amz-test-id")]
    pub test_id: Option<String>,
    #[aws(rename = "payloadConfig", payload)]
    pub payload_config: Option<PayloadConfig>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PayloadConfig {
    #[aws(rename = "data")]
    pub data: Option<i32>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestPayloadBlobInputOutput {
    #[aws(rename = "contentType", header = "Content-Type")]
    pub content_type: Option<String>,
    #[aws(rename = "data", payload)]
    pub data: Option<Blob>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestNoPayloadInputOutput {
    #[aws(rename = "testId", header = "X-Amz-Test-Id")]
    pub test_id: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatetimeOffsetsOutput {
    #[aws(rename = "datetime")]
    pub datetime: Option<DateTime>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FractionalSecondsOutput {
    #[aws(rename = "datetime")]
    pub datetime: Option<DateTime>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
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
    #[aws(rename = "defaultTimestamp", default)]
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

awsop::string_enum! {
    pub enum TestEnum {
        Foo = "FOO",
        Bar = "BAR",
        Baz = "BAZ",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientOptionalDefaults {
    #[aws(rename = "member")]
    pub member: Option<i32>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperationWithDefaultsOutput {
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
    #[aws(rename = "defaultTimestamp", default)]
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

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopLevel {
    #[aws(rename = "dialog")]
    pub dialog: Dialog,
    #[aws(rename = "dialogList", default)]
    pub dialog_list: Vec<Dialog>,
    #[aws(rename = "dialogMap", default)]
    pub dialog_map: BTreeMap<String, Dialog>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dialog {
    #[aws(rename = "language")]
    pub language: Option<String>,
    #[aws(rename = "greeting", default = "hi")]
    pub greeting: String,
    #[aws(rename = "farewell")]
    pub farewell: Option<Farewell>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Farewell {
    #[aws(rename = "phrase", default = "bye")]
    pub phrase: String,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperationWithNestedStructureOutput {
    #[aws(rename = "dialog")]
    pub dialog: Dialog,
    #[aws(rename = "dialogList", default)]
    pub dialog_list: Vec<Dialog>,
    #[aws(rename = "dialogMap", default)]
    pub dialog_map: BTreeMap<String, Dialog>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RestApis {
    #[aws(rename = "items", json_name = "item")]
    pub items: Option<Vec<RestApi>>,
    #[aws(rename = "position")]
    pub position: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RestApi {
    #[aws(rename = "id")]
    pub id: Option<String>,
    #[aws(rename = "name")]
    pub name: Option<String>,
    #[aws(rename = "description")]
    pub description: Option<String>,
    #[aws(rename = "createdDate")]
    pub created_date: Option<EpochSeconds>,
    #[aws(rename = "version")]
    pub version: Option<String>,
    #[aws(rename = "warnings")]
    pub warnings: Option<Vec<String>>,
    #[aws(rename = "binaryMediaTypes")]
    pub binary_media_types: Option<Vec<String>>,
    #[aws(rename = "minimumCompressionSize")]
    pub minimum_compression_size: Option<i32>,
    #[aws(rename = "apiKeySource")]
    pub api_key_source: Option<ApiKeySourceType>,
    #[aws(rename = "endpointConfiguration")]
    pub endpoint_configuration: Option<EndpointConfiguration>,
    #[aws(rename = "policy")]
    pub policy: Option<String>,
    #[aws(rename = "tags")]
    pub tags: Option<BTreeMap<String, String>>,
    #[aws(rename = "disableExecuteApiEndpoint")]
    pub disable_execute_api_endpoint: Option<bool>,
}

awsop::string_enum! {
    pub enum ApiKeySourceType {
        Header = "HEADER",
        Authorizer = "AUTHORIZER",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EndpointConfiguration {
    #[aws(rename = "types")]
    pub types: Option<Vec<EndpointType>>,
    #[aws(rename = "vpcEndpointIds")]
    pub vpc_endpoint_ids: Option<Vec<String>>,
}

awsop::string_enum! {
    pub enum EndpointType {
        Regional = "REGIONAL",
        Edge = "EDGE",
        Private = "PRIVATE",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BadRequestException {
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TooManyRequestsException {
    #[aws(rename = "retryAfterSeconds", header = "Retry-After")]
    pub retry_after_seconds: Option<String>,
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnauthorizedException {
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArchiveCreationOutput {
    #[aws(rename = "location", header = "Location")]
    pub location: Option<String>,
    #[aws(rename = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
    #[aws(rename = "archiveId", header = "x-amz-archive-id")]
    pub archive_id: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidParameterValueException {
    #[aws(rename = "type")]
    pub r#type: Option<String>,
    #[aws(rename = "code")]
    pub code: Option<String>,
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MissingParameterValueException {
    #[aws(rename = "type")]
    pub r#type: Option<String>,
    #[aws(rename = "code")]
    pub code: Option<String>,
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestTimeoutException {
    #[aws(rename = "type")]
    pub r#type: Option<String>,
    #[aws(rename = "code")]
    pub code: Option<String>,
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    #[aws(rename = "type")]
    pub r#type: Option<String>,
    #[aws(rename = "code")]
    pub code: Option<String>,
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceUnavailableException {
    #[aws(rename = "type")]
    pub r#type: Option<String>,
    #[aws(rename = "code")]
    pub code: Option<String>,
    #[aws(rename = "message")]
    pub message: Option<String>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UploadMultipartPartOutput {
    #[aws(rename = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
}

awsop::json_union! {
    pub enum RecursiveUnionOne {
        String(RecursiveEnumString) = "string",
        Union(Box<RecursiveUnionTwo>) = "union",
    }
}

awsop::string_enum! {
    pub enum RecursiveEnumString {
        Abc = "abc",
        Def = "def",
    }
}

awsop::json_union! {
    pub enum RecursiveUnionTwo {
        String(RecursiveEnumString) = "string",
        Union(Box<RecursiveUnionOne>) = "union",
    }
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValidationException {
    #[aws(rename = "message")]
    pub message: String,
    #[aws(rename = "fieldList")]
    pub field_list: Option<Vec<ValidationExceptionField>>,
}

#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValidationExceptionField {
    #[aws(rename = "path")]
    pub path: String,
    #[aws(rename = "message")]
    pub message: String,
}

super::shared::modeled!(
    BadRequestException => |e| e.message.as_deref(),
    ComplexError => |_| None,
    FooError => |_| None,
    InvalidGreeting => |e| e.message.as_deref(),
    InvalidParameterValueException => |e| e.message.as_deref(),
    MissingParameterValueException => |e| e.message.as_deref(),
    RequestTimeoutException => |e| e.message.as_deref(),
    ResourceNotFoundException => |e| e.message.as_deref(),
    ServiceUnavailableException => |e| e.message.as_deref(),
    TooManyRequestsException => |e| e.message.as_deref(),
    UnauthorizedException => |e| e.message.as_deref(),
    ValidationException => |e| Some(e.message.as_str()),
);

#[aws_operation(
    service = REST_JSON,
    name = "NoInputAndNoOutput",
    http(method = "POST", uri = "/NoInputAndNoOutput"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct NoInputAndNoOutput {}

#[aws_operation(
    service = REST_JSON,
    name = "NoInputAndOutput",
    http(method = "POST", uri = "/NoInputAndOutputOutput"),
    output = "NoInputAndOutputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct NoInputAndOutput {}

#[aws_operation(
    service = REST_JSON,
    name = "EmptyInputAndEmptyOutput",
    http(method = "POST", uri = "/EmptyInputAndEmptyOutput"),
    output = "EmptyInputAndEmptyOutputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct EmptyInputAndEmptyOutput {}

#[aws_operation(
    service = REST_JSON,
    name = "UnitInputAndOutput",
    http(method = "POST", uri = "/UnitInputAndOutput"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct UnitInputAndOutput {}

#[aws_operation(
    service = REST_JSON,
    name = "InputAndOutputWithHeaders",
    http(method = "POST", uri = "/InputAndOutputWithHeaders"),
    output = "InputAndOutputWithHeadersIO",
)]
#[derive(Debug, Clone, Default)]
pub struct InputAndOutputWithHeaders {
    #[aws(rename = "headerString", header = "X-String")]
    pub header_string: Option<String>,
    #[aws(rename = "headerByte", header = "X-Byte")]
    pub header_byte: Option<i8>,
    #[aws(rename = "headerShort", header = "X-Short")]
    pub header_short: Option<i16>,
    #[aws(rename = "headerInteger", header = "X-Integer")]
    pub header_integer: Option<i32>,
    #[aws(rename = "headerLong", header = "X-Long")]
    pub header_long: Option<i64>,
    #[aws(rename = "headerFloat", header = "X-Float")]
    pub header_float: Option<f32>,
    #[aws(rename = "headerDouble", header = "X-Double")]
    pub header_double: Option<f64>,
    #[aws(rename = "headerTrueBool", header = "X-Boolean1")]
    pub header_true_bool: Option<bool>,
    #[aws(rename = "headerFalseBool", header = "X-Boolean2")]
    pub header_false_bool: Option<bool>,
    #[aws(rename = "headerStringList", header = "X-StringList")]
    pub header_string_list: Option<Vec<String>>,
    #[aws(rename = "headerStringSet", header = "X-StringSet")]
    pub header_string_set: Option<Vec<String>>,
    #[aws(rename = "headerIntegerList", header = "X-IntegerList")]
    pub header_integer_list: Option<Vec<i32>>,
    #[aws(rename = "headerBooleanList", header = "X-BooleanList")]
    pub header_boolean_list: Option<Vec<bool>>,
    #[aws(rename = "headerTimestampList", header = "X-TimestampList")]
    pub header_timestamp_list: Option<Vec<HttpDate>>,
    #[aws(rename = "headerEnum", header = "X-Enum")]
    pub header_enum: Option<FooEnum>,
    #[aws(rename = "headerEnumList", header = "X-EnumList")]
    pub header_enum_list: Option<Vec<FooEnum>>,
    #[aws(rename = "headerIntegerEnum", header = "X-IntegerEnum")]
    pub header_integer_enum: Option<i32>,
    #[aws(rename = "headerIntegerEnumList", header = "X-IntegerEnumList")]
    pub header_integer_enum_list: Option<Vec<i32>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "NullAndEmptyHeadersClient",
    http(method = "GET", uri = "/NullAndEmptyHeadersClient"),
    output = "NullAndEmptyHeadersIO",
)]
#[derive(Debug, Clone, Default)]
pub struct NullAndEmptyHeadersClient {
    #[aws(rename = "a", header = "X-A")]
    pub a: Option<String>,
    #[aws(rename = "b", header = "X-B")]
    pub b: Option<String>,
    #[aws(rename = "c", header = "X-C")]
    pub c: Option<Vec<String>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "TimestampFormatHeaders",
    http(method = "POST", uri = "/TimestampFormatHeaders"),
    output = "TimestampFormatHeadersIO",
)]
#[derive(Debug, Clone, Default)]
pub struct TimestampFormatHeaders {
    #[aws(rename = "memberEpochSeconds", header = "X-memberEpochSeconds")]
    pub member_epoch_seconds: Option<EpochSeconds>,
    #[aws(rename = "memberHttpDate", header = "X-memberHttpDate")]
    pub member_http_date: Option<HttpDate>,
    #[aws(rename = "memberDateTime", header = "X-memberDateTime")]
    pub member_date_time: Option<DateTime>,
    #[aws(rename = "defaultFormat", header = "X-defaultFormat")]
    pub default_format: Option<HttpDate>,
    #[aws(rename = "targetEpochSeconds", header = "X-targetEpochSeconds")]
    pub target_epoch_seconds: Option<EpochSeconds>,
    #[aws(rename = "targetHttpDate", header = "X-targetHttpDate")]
    pub target_http_date: Option<HttpDate>,
    #[aws(rename = "targetDateTime", header = "X-targetDateTime")]
    pub target_date_time: Option<DateTime>,
}

#[aws_operation(
    service = REST_JSON,
    name = "MediaTypeHeader",
    http(method = "GET", uri = "/MediaTypeHeader"),
    output = "MediaTypeHeaderOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct MediaTypeHeader {
    #[aws(rename = "json", header = "X-Json", media_type = "application/json")]
    pub json: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpRequestWithLabels",
    http(method = "GET", uri = "/HttpRequestWithLabels/{string}/{short}/{integer}/{long}/{float}/{double}/{boolean}/{timestamp}"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpRequestWithLabels {
    #[aws(rename = "string", label)]
    pub string: String,
    #[aws(rename = "short", label)]
    pub short: i16,
    #[aws(rename = "integer", label)]
    pub integer: i32,
    #[aws(rename = "long", label)]
    pub long: i64,
    #[aws(rename = "float", label)]
    pub float: f32,
    #[aws(rename = "double", label)]
    pub double: f64,
    #[aws(rename = "boolean", label)]
    pub boolean: bool,
    #[aws(rename = "timestamp", label)]
    pub timestamp: DateTime,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpRequestWithLabelsAndTimestampFormat",
    http(method = "GET", uri = "/HttpRequestWithLabelsAndTimestampFormat/{memberEpochSeconds}/{memberHttpDate}/{memberDateTime}/{defaultFormat}/{targetEpochSeconds}/{targetHttpDate}/{targetDateTime}"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpRequestWithLabelsAndTimestampFormat {
    #[aws(rename = "memberEpochSeconds", label)]
    pub member_epoch_seconds: EpochSeconds,
    #[aws(rename = "memberHttpDate", label)]
    pub member_http_date: HttpDate,
    #[aws(rename = "memberDateTime", label)]
    pub member_date_time: DateTime,
    #[aws(rename = "defaultFormat", label)]
    pub default_format: DateTime,
    #[aws(rename = "targetEpochSeconds", label)]
    pub target_epoch_seconds: EpochSeconds,
    #[aws(rename = "targetHttpDate", label)]
    pub target_http_date: HttpDate,
    #[aws(rename = "targetDateTime", label)]
    pub target_date_time: DateTime,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpRequestWithGreedyLabelInPath",
    http(method = "GET", uri = "/HttpRequestWithGreedyLabelInPath/foo/{foo}/baz/{baz+}"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpRequestWithGreedyLabelInPath {
    #[aws(rename = "foo", label)]
    pub foo: String,
    #[aws(rename = "baz", label)]
    pub baz: String,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpRequestWithFloatLabels",
    http(method = "GET", uri = "/FloatHttpLabels/{float}/{double}"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpRequestWithFloatLabels {
    #[aws(rename = "float", label)]
    pub float: f32,
    #[aws(rename = "double", label)]
    pub double: f64,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpRequestWithRegexLiteral",
    http(method = "GET", uri = "/ReDosLiteral/{str}/(a+)+"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpRequestWithRegexLiteral {
    #[aws(rename = "str", label)]
    pub str: String,
}

#[aws_operation(
    service = REST_JSON,
    name = "AllQueryStringTypes",
    http(method = "GET", uri = "/AllQueryStringTypesInput"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct AllQueryStringTypes {
    #[aws(rename = "queryString", query = "String")]
    pub query_string: Option<String>,
    #[aws(rename = "queryStringList", query = "StringList")]
    pub query_string_list: Option<Vec<String>>,
    #[aws(rename = "queryStringSet", query = "StringSet")]
    pub query_string_set: Option<Vec<String>>,
    #[aws(rename = "queryByte", query = "Byte")]
    pub query_byte: Option<i8>,
    #[aws(rename = "queryShort", query = "Short")]
    pub query_short: Option<i16>,
    #[aws(rename = "queryInteger", query = "Integer")]
    pub query_integer: Option<i32>,
    #[aws(rename = "queryIntegerList", query = "IntegerList")]
    pub query_integer_list: Option<Vec<i32>>,
    #[aws(rename = "queryIntegerSet", query = "IntegerSet")]
    pub query_integer_set: Option<Vec<i32>>,
    #[aws(rename = "queryLong", query = "Long")]
    pub query_long: Option<i64>,
    #[aws(rename = "queryFloat", query = "Float")]
    pub query_float: Option<f32>,
    #[aws(rename = "queryDouble", query = "Double")]
    pub query_double: Option<f64>,
    #[aws(rename = "queryDoubleList", query = "DoubleList")]
    pub query_double_list: Option<Vec<f64>>,
    #[aws(rename = "queryBoolean", query = "Boolean")]
    pub query_boolean: Option<bool>,
    #[aws(rename = "queryBooleanList", query = "BooleanList")]
    pub query_boolean_list: Option<Vec<bool>>,
    #[aws(rename = "queryTimestamp", query = "Timestamp")]
    pub query_timestamp: Option<DateTime>,
    #[aws(rename = "queryTimestampList", query = "TimestampList")]
    pub query_timestamp_list: Option<Vec<DateTime>>,
    #[aws(rename = "queryEnum", query = "Enum")]
    pub query_enum: Option<FooEnum>,
    #[aws(rename = "queryEnumList", query = "EnumList")]
    pub query_enum_list: Option<Vec<FooEnum>>,
    #[aws(rename = "queryIntegerEnum", query = "IntegerEnum")]
    pub query_integer_enum: Option<i32>,
    #[aws(rename = "queryIntegerEnumList", query = "IntegerEnumList")]
    pub query_integer_enum_list: Option<Vec<i32>>,
    #[aws(rename = "queryParamsMapOfStringList", query_params)]
    pub query_params_map_of_string_list: Option<BTreeMap<String, Vec<String>>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "ConstantQueryString",
    http(method = "GET", uri = "/ConstantQueryString/{hello}?foo=bar&hello"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct ConstantQueryString {
    #[aws(rename = "hello", label)]
    pub hello: String,
}

#[aws_operation(
    service = REST_JSON,
    name = "ConstantAndVariableQueryString",
    http(method = "GET", uri = "/ConstantAndVariableQueryString?foo=bar"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct ConstantAndVariableQueryString {
    #[aws(rename = "baz", query = "baz")]
    pub baz: Option<String>,
    #[aws(rename = "maybeSet", query = "maybeSet")]
    pub maybe_set: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "IgnoreQueryParamsInResponse",
    http(method = "GET", uri = "/IgnoreQueryParamsInResponse"),
    output = "IgnoreQueryParamsInResponseOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct IgnoreQueryParamsInResponse {}

#[aws_operation(
    service = REST_JSON,
    name = "OmitsNullSerializesEmptyString",
    http(method = "GET", uri = "/OmitsNullSerializesEmptyString"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct OmitsNullSerializesEmptyString {
    #[aws(rename = "nullValue", query = "Null")]
    pub null_value: Option<String>,
    #[aws(rename = "emptyString", query = "Empty")]
    pub empty_string: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "OmitsSerializingEmptyLists",
    http(method = "POST", uri = "/OmitsSerializingEmptyLists"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct OmitsSerializingEmptyLists {
    #[aws(rename = "queryStringList", query = "StringList")]
    pub query_string_list: Option<Vec<String>>,
    #[aws(rename = "queryIntegerList", query = "IntegerList")]
    pub query_integer_list: Option<Vec<i32>>,
    #[aws(rename = "queryDoubleList", query = "DoubleList")]
    pub query_double_list: Option<Vec<f64>>,
    #[aws(rename = "queryBooleanList", query = "BooleanList")]
    pub query_boolean_list: Option<Vec<bool>>,
    #[aws(rename = "queryTimestampList", query = "TimestampList")]
    pub query_timestamp_list: Option<Vec<DateTime>>,
    #[aws(rename = "queryEnumList", query = "EnumList")]
    pub query_enum_list: Option<Vec<FooEnum>>,
    #[aws(rename = "queryIntegerEnumList", query = "IntegerEnumList")]
    pub query_integer_enum_list: Option<Vec<i32>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "QueryIdempotencyTokenAutoFill",
    http(method = "POST", uri = "/QueryIdempotencyTokenAutoFill"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct QueryIdempotencyTokenAutoFill {
    #[aws(rename = "token", query = "token", idempotency_token)]
    pub token: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "QueryPrecedence",
    http(method = "POST", uri = "/Precedence"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct QueryPrecedence {
    #[aws(rename = "foo", query = "bar")]
    pub foo: Option<String>,
    #[aws(rename = "baz", query_params)]
    pub baz: Option<BTreeMap<String, String>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpQueryParamsOnlyOperation",
    http(method = "GET", uri = "/http-query-params-only"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpQueryParamsOnlyOperation {
    #[aws(rename = "queryMap", query_params)]
    pub query_map: Option<BTreeMap<String, String>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "QueryParamsAsStringListMap",
    http(method = "POST", uri = "/StringListMap"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct QueryParamsAsStringListMap {
    #[aws(rename = "qux", query = "corge")]
    pub qux: Option<String>,
    #[aws(rename = "foo", query_params)]
    pub foo: Option<BTreeMap<String, Vec<String>>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpPrefixHeaders",
    http(method = "GET", uri = "/HttpPrefixHeaders"),
    output = "HttpPrefixHeadersOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpPrefixHeaders {
    #[aws(rename = "foo", header = "x-foo")]
    pub foo: Option<String>,
    #[aws(rename = "fooMap", prefix_headers = "x-foo-")]
    pub foo_map: Option<BTreeMap<String, String>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpPrefixHeadersInResponse",
    http(method = "GET", uri = "/HttpPrefixHeadersResponse"),
    output = "HttpPrefixHeadersInResponseOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpPrefixHeadersInResponse {}

#[aws_operation(
    service = REST_JSON,
    name = "HttpEmptyPrefixHeaders",
    http(method = "GET", uri = "/HttpEmptyPrefixHeaders"),
    output = "HttpEmptyPrefixHeadersOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpEmptyPrefixHeaders {
    #[aws(rename = "prefixHeaders", prefix_headers = "")]
    pub prefix_headers: Option<BTreeMap<String, String>>,
    #[aws(rename = "specificHeader", header = "hello")]
    pub specific_header: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpPayloadTraits",
    http(method = "POST", uri = "/HttpPayloadTraits"),
    output = "HttpPayloadTraitsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpPayloadTraits {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload)]
    pub blob: Option<Blob>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpPayloadTraitsWithMediaType",
    http(method = "POST", uri = "/HttpPayloadTraitsWithMediaType"),
    output = "HttpPayloadTraitsWithMediaTypeInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpPayloadTraitsWithMediaType {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload, media_type = "text/plain")]
    pub blob: Option<Blob>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpPayloadWithStructure",
    http(method = "PUT", uri = "/HttpPayloadWithStructure"),
    output = "HttpPayloadWithStructureInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpPayloadWithStructure {
    #[aws(rename = "nested", payload)]
    pub nested: Option<NestedPayload>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpEnumPayload",
    http(method = "POST", uri = "/EnumPayload"),
    output = "EnumPayloadInput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpEnumPayload {
    #[aws(rename = "payload", payload)]
    pub payload: Option<StringEnum>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpStringPayload",
    http(method = "POST", uri = "/StringPayload"),
    output = "StringPayloadInput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpStringPayload {
    #[aws(rename = "payload", payload)]
    pub payload: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpPayloadWithUnion",
    http(method = "PUT", uri = "/HttpPayloadWithUnion"),
    output = "HttpPayloadWithUnionInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpPayloadWithUnion {
    #[aws(rename = "nested", payload)]
    pub nested: Option<UnionPayload>,
}

#[aws_operation(
    service = REST_JSON,
    name = "HttpResponseCode",
    http(method = "PUT", uri = "/HttpResponseCode"),
    output = "HttpResponseCodeOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct HttpResponseCode {}

#[aws_operation(
    service = REST_JSON,
    name = "StreamingTraits",
    http(method = "POST", uri = "/StreamingTraits"),
    output = "StreamingTraitsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct StreamingTraits {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload)]
    pub blob: Option<Blob>,
}

#[aws_operation(
    service = REST_JSON,
    name = "StreamingTraitsRequireLength",
    http(method = "POST", uri = "/StreamingTraitsRequireLength"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct StreamingTraitsRequireLength {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload)]
    pub blob: Option<Blob>,
}

#[aws_operation(
    service = REST_JSON,
    name = "StreamingTraitsWithMediaType",
    http(method = "POST", uri = "/StreamingTraitsWithMediaType"),
    output = "StreamingTraitsWithMediaTypeInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct StreamingTraitsWithMediaType {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "blob", payload, media_type = "text/plain")]
    pub blob: Option<Blob>,
}

#[aws_operation(
    service = REST_JSON,
    name = "GreetingWithErrors",
    http(method = "PUT", uri = "/GreetingWithErrors"),
    output = "GreetingWithErrorsOutput",
    errors(InvalidGreeting, ComplexError, FooError),
)]
#[derive(Debug, Clone, Default)]
pub struct GreetingWithErrors {}

#[aws_operation(
    service = REST_JSON,
    name = "SimpleScalarProperties",
    http(method = "PUT", uri = "/SimpleScalarProperties"),
    output = "SimpleScalarPropertiesInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct SimpleScalarProperties {
    #[aws(rename = "foo", header = "X-Foo")]
    pub foo: Option<String>,
    #[aws(rename = "stringValue")]
    pub string_value: Option<String>,
    #[aws(rename = "trueBooleanValue")]
    pub true_boolean_value: Option<bool>,
    #[aws(rename = "falseBooleanValue")]
    pub false_boolean_value: Option<bool>,
    #[aws(rename = "byteValue")]
    pub byte_value: Option<i8>,
    #[aws(rename = "shortValue")]
    pub short_value: Option<i16>,
    #[aws(rename = "integerValue")]
    pub integer_value: Option<i32>,
    #[aws(rename = "longValue")]
    pub long_value: Option<i64>,
    #[aws(rename = "floatValue")]
    pub float_value: Option<f32>,
    #[aws(rename = "doubleValue", json_name = "DoubleDribble")]
    pub double_value: Option<f64>,
}

#[aws_operation(
    service = REST_JSON,
    name = "JsonTimestamps",
    http(method = "POST", uri = "/JsonTimestamps"),
    output = "JsonTimestampsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct JsonTimestamps {
    #[aws(rename = "normal")]
    pub normal: Option<EpochSeconds>,
    #[aws(rename = "dateTime")]
    pub date_time: Option<DateTime>,
    #[aws(rename = "dateTimeOnTarget")]
    pub date_time_on_target: Option<DateTime>,
    #[aws(rename = "epochSeconds")]
    pub epoch_seconds: Option<EpochSeconds>,
    #[aws(rename = "epochSecondsOnTarget")]
    pub epoch_seconds_on_target: Option<EpochSeconds>,
    #[aws(rename = "httpDate")]
    pub http_date: Option<HttpDate>,
    #[aws(rename = "httpDateOnTarget")]
    pub http_date_on_target: Option<HttpDate>,
}

#[aws_operation(
    service = REST_JSON,
    name = "JsonEnums",
    http(method = "PUT", uri = "/JsonEnums"),
    output = "JsonEnumsInputOutput",
)]
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

#[aws_operation(
    service = REST_JSON,
    name = "JsonIntEnums",
    http(method = "PUT", uri = "/JsonIntEnums"),
    output = "JsonIntEnumsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct JsonIntEnums {
    #[aws(rename = "integerEnum1")]
    pub integer_enum1: Option<i32>,
    #[aws(rename = "integerEnum2")]
    pub integer_enum2: Option<i32>,
    #[aws(rename = "integerEnum3")]
    pub integer_enum3: Option<i32>,
    #[aws(rename = "integerEnumList")]
    pub integer_enum_list: Option<Vec<i32>>,
    #[aws(rename = "integerEnumSet")]
    pub integer_enum_set: Option<Vec<i32>>,
    #[aws(rename = "integerEnumMap")]
    pub integer_enum_map: Option<BTreeMap<String, i32>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "RecursiveShapes",
    http(method = "PUT", uri = "/RecursiveShapes"),
    output = "RecursiveShapesInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct RecursiveShapes {
    #[aws(rename = "nested")]
    pub nested: Option<RecursiveShapesInputOutputNested1>,
}

#[aws_operation(
    service = REST_JSON,
    name = "JsonLists",
    http(method = "PUT", uri = "/JsonLists"),
    output = "JsonListsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct JsonLists {
    #[aws(rename = "stringList")]
    pub string_list: Option<Vec<String>>,
    #[aws(rename = "stringSet")]
    pub string_set: Option<Vec<String>>,
    #[aws(rename = "integerList")]
    pub integer_list: Option<Vec<i32>>,
    #[aws(rename = "booleanList")]
    pub boolean_list: Option<Vec<bool>>,
    #[aws(rename = "timestampList")]
    pub timestamp_list: Option<Vec<EpochSeconds>>,
    #[aws(rename = "enumList")]
    pub enum_list: Option<Vec<FooEnum>>,
    #[aws(rename = "intEnumList")]
    pub int_enum_list: Option<Vec<i32>>,
    #[aws(rename = "nestedStringList")]
    pub nested_string_list: Option<Vec<Vec<String>>>,
    #[aws(rename = "structureList", json_name = "myStructureList")]
    pub structure_list: Option<Vec<StructureListMember>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "SparseJsonLists",
    http(method = "PUT", uri = "/SparseJsonLists"),
    output = "SparseJsonListsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct SparseJsonLists {
    #[aws(rename = "sparseStringList")]
    pub sparse_string_list: Option<Vec<Option<String>>>,
    #[aws(rename = "sparseShortList")]
    pub sparse_short_list: Option<Vec<Option<i16>>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "JsonMaps",
    http(method = "POST", uri = "/JsonMaps"),
    output = "JsonMapsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct JsonMaps {
    #[aws(rename = "denseStructMap")]
    pub dense_struct_map: Option<BTreeMap<String, GreetingStruct>>,
    #[aws(rename = "denseNumberMap")]
    pub dense_number_map: Option<BTreeMap<String, i32>>,
    #[aws(rename = "denseBooleanMap")]
    pub dense_boolean_map: Option<BTreeMap<String, bool>>,
    #[aws(rename = "denseStringMap")]
    pub dense_string_map: Option<BTreeMap<String, String>>,
    #[aws(rename = "denseSetMap")]
    pub dense_set_map: Option<BTreeMap<String, Vec<String>>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "SparseJsonMaps",
    http(method = "POST", uri = "/SparseJsonMaps"),
    output = "SparseJsonMapsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct SparseJsonMaps {
    #[aws(rename = "sparseStructMap")]
    pub sparse_struct_map: Option<BTreeMap<String, Option<GreetingStruct>>>,
    #[aws(rename = "sparseNumberMap")]
    pub sparse_number_map: Option<BTreeMap<String, Option<i32>>>,
    #[aws(rename = "sparseBooleanMap")]
    pub sparse_boolean_map: Option<BTreeMap<String, Option<bool>>>,
    #[aws(rename = "sparseStringMap")]
    pub sparse_string_map: Option<BTreeMap<String, Option<String>>>,
    #[aws(rename = "sparseSetMap")]
    pub sparse_set_map: Option<BTreeMap<String, Option<Vec<String>>>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "JsonBlobs",
    http(method = "POST", uri = "/JsonBlobs"),
    output = "JsonBlobsInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct JsonBlobs {
    #[aws(rename = "data")]
    pub data: Option<Blob>,
}

#[aws_operation(
    service = REST_JSON,
    name = "DocumentType",
    http(method = "PUT", uri = "/DocumentType"),
    output = "DocumentTypeInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct DocumentType {
    #[aws(rename = "stringValue")]
    pub string_value: Option<String>,
    #[aws(rename = "documentValue")]
    pub document_value: Option<Value>,
}

#[aws_operation(
    service = REST_JSON,
    name = "DocumentTypeAsPayload",
    http(method = "PUT", uri = "/DocumentTypeAsPayload"),
    output = "DocumentTypeAsPayloadInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct DocumentTypeAsPayload {
    #[aws(rename = "documentValue", payload)]
    pub document_value: Option<Value>,
}

#[aws_operation(
    service = REST_JSON,
    name = "DocumentTypeAsMapValue",
    http(method = "PUT", uri = "/DocumentTypeAsMapValue"),
    output = "DocumentTypeAsMapValueInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct DocumentTypeAsMapValue {
    #[aws(rename = "docValuedMap")]
    pub doc_valued_map: Option<BTreeMap<String, Value>>,
}

#[aws_operation(
    service = REST_JSON,
    name = "JsonUnions",
    http(method = "PUT", uri = "/JsonUnions"),
    output = "UnionInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct JsonUnions {
    #[aws(rename = "contents")]
    pub contents: Option<MyUnion>,
}

#[aws_operation(
    service = REST_JSON,
    name = "PostPlayerAction",
    http(method = "POST", uri = "/PostPlayerAction"),
    output = "PostPlayerActionOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct PostPlayerAction {
    #[aws(rename = "action")]
    pub action: Option<PlayerAction>,
}

#[aws_operation(
    service = REST_JSON,
    name = "PostUnionWithJsonName",
    http(method = "POST", uri = "/PostUnionWithJsonName"),
    output = "PostUnionWithJsonNameOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct PostUnionWithJsonName {
    #[aws(rename = "value")]
    pub value: Option<UnionWithJsonName>,
}

#[aws_operation(
    service = REST_JSON,
    name = "EndpointOperation",
    http(method = "POST", uri = "/EndpointOperation"),
    output = "Unit",
    host_prefix = "foo.",
)]
#[derive(Debug, Clone, Default)]
pub struct EndpointOperation {}

#[aws_operation(
    service = REST_JSON,
    name = "EndpointWithHostLabelOperation",
    http(method = "POST", uri = "/EndpointWithHostLabelOperation"),
    output = "Unit",
    host_prefix = "foo.{label}.",
)]
#[derive(Debug, Clone, Default)]
pub struct EndpointWithHostLabelOperation {
    #[aws(rename = "label")]
    pub label: String,
}

#[aws_operation(
    service = REST_JSON,
    name = "HostWithPathOperation",
    http(method = "GET", uri = "/HostWithPathOperation"),
    output = "Unit",
)]
#[derive(Debug, Clone, Default)]
pub struct HostWithPathOperation {}

#[aws_operation(
    service = REST_JSON,
    name = "HttpChecksumRequired",
    http(method = "POST", uri = "/HttpChecksumRequired"),
    output = "HttpChecksumRequiredInputOutput",
    checksum_required,
)]
#[derive(Debug, Clone, Default)]
pub struct HttpChecksumRequired {
    #[aws(rename = "foo")]
    pub foo: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "TestBodyStructure",
    http(method = "POST", uri = "/body"),
    output = "TestBodyStructureInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct TestBodyStructure {
    #[aws(rename = "testId", header = "x-amz-test-id")]
    pub test_id: Option<String>,
    #[aws(rename = "testConfig")]
    pub test_config: Option<TestConfig>,
}

#[aws_operation(
    service = REST_JSON,
    name = "TestPayloadStructure",
    http(method = "POST", uri = "/payload"),
    output = "TestPayloadStructureInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct TestPayloadStructure {
    #[aws(rename = "testId", header = "x-amz-test-id")]
    pub test_id: Option<String>,
    #[aws(rename = "payloadConfig", payload)]
    pub payload_config: Option<PayloadConfig>,
}

#[aws_operation(
    service = REST_JSON,
    name = "TestPayloadBlob",
    http(method = "POST", uri = "/blob_payload"),
    output = "TestPayloadBlobInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct TestPayloadBlob {
    #[aws(rename = "contentType", header = "Content-Type")]
    pub content_type: Option<String>,
    #[aws(rename = "data", payload)]
    pub data: Option<Blob>,
}

#[aws_operation(
    service = REST_JSON,
    name = "TestGetNoPayload",
    http(method = "GET", uri = "/no_payload"),
    output = "TestNoPayloadInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct TestGetNoPayload {
    #[aws(rename = "testId", header = "X-Amz-Test-Id")]
    pub test_id: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "TestPostNoPayload",
    http(method = "POST", uri = "/no_payload"),
    output = "TestNoPayloadInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct TestPostNoPayload {
    #[aws(rename = "testId", header = "X-Amz-Test-Id")]
    pub test_id: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "TestGetNoInputNoPayload",
    http(method = "GET", uri = "/no_input_no_payload"),
    output = "TestNoPayloadInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct TestGetNoInputNoPayload {}

#[aws_operation(
    service = REST_JSON,
    name = "TestPostNoInputNoPayload",
    http(method = "POST", uri = "/no_input_no_payload"),
    output = "TestNoPayloadInputOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct TestPostNoInputNoPayload {}

#[aws_operation(
    service = REST_JSON,
    name = "DatetimeOffsets",
    http(method = "POST", uri = "/DatetimeOffsets"),
    output = "DatetimeOffsetsOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct DatetimeOffsets {}

#[aws_operation(
    service = REST_JSON,
    name = "FractionalSeconds",
    http(method = "POST", uri = "/FractionalSeconds"),
    output = "FractionalSecondsOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct FractionalSeconds {}

#[aws_operation(
    service = REST_JSON,
    name = "PutWithContentEncoding",
    http(method = "POST", uri = "/requestcompression/putcontentwithencoding"),
    output = "Unit",
    request_compression = "gzip",
)]
#[derive(Debug, Clone, Default)]
pub struct PutWithContentEncoding {
    #[aws(rename = "encoding", header = "Content-Encoding")]
    pub encoding: Option<String>,
    #[aws(rename = "data")]
    pub data: Option<String>,
}

#[aws_operation(
    service = REST_JSON,
    name = "OperationWithDefaults",
    http(method = "POST", uri = "/OperationWithDefaults"),
    output = "OperationWithDefaultsOutput",
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
    service = REST_JSON,
    name = "OperationWithNestedStructure",
    http(method = "POST", uri = "/OperationWithNestedStructure"),
    output = "OperationWithNestedStructureOutput",
)]
#[derive(Debug, Clone, Default)]
pub struct OperationWithNestedStructure {
    #[aws(rename = "topLevel")]
    pub top_level: TopLevel,
}

#[aws_operation(
    service = API_GATEWAY,
    name = "GetRestApis",
    http(method = "GET", uri = "/restapis"),
    output = "RestApis",
    errors(BadRequestException, TooManyRequestsException, UnauthorizedException),
)]
#[derive(Debug, Clone, Default)]
pub struct GetRestApis {
    #[aws(rename = "position", query = "position")]
    pub position: Option<String>,
    #[aws(rename = "limit", query = "limit")]
    pub limit: Option<i32>,
}

#[aws_operation(
    service = GLACIER,
    name = "UploadArchive",
    http(method = "POST", uri = "/{accountId}/vaults/{vaultName}/archives", code = 201),
    output = "ArchiveCreationOutput",
    errors(InvalidParameterValueException, MissingParameterValueException, RequestTimeoutException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default)]
pub struct UploadArchive {
    #[aws(rename = "vaultName", label)]
    pub vault_name: String,
    #[aws(rename = "accountId", label)]
    pub account_id: String,
    #[aws(rename = "archiveDescription", header = "x-amz-archive-description")]
    pub archive_description: Option<String>,
    #[aws(rename = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
    #[aws(rename = "body", payload)]
    pub body: Option<Blob>,
}

#[aws_operation(
    service = GLACIER,
    name = "UploadMultipartPart",
    http(method = "PUT", uri = "/{accountId}/vaults/{vaultName}/multipart-uploads/{uploadId}", code = 204),
    output = "UploadMultipartPartOutput",
    errors(InvalidParameterValueException, MissingParameterValueException, RequestTimeoutException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default)]
pub struct UploadMultipartPart {
    #[aws(rename = "accountId", label)]
    pub account_id: String,
    #[aws(rename = "vaultName", label)]
    pub vault_name: String,
    #[aws(rename = "uploadId", label)]
    pub upload_id: String,
    #[aws(rename = "checksum", header = "x-amz-sha256-tree-hash")]
    pub checksum: Option<String>,
    #[aws(rename = "range", header = "Content-Range")]
    pub range: Option<String>,
    #[aws(rename = "body", payload)]
    pub body: Option<Blob>,
}

#[aws_operation(
    service = REST_JSON_VALIDATION,
    name = "RecursiveStructures",
    http(method = "POST", uri = "/RecursiveStructures"),
    output = "Unit",
    errors(ValidationException),
)]
#[derive(Debug, Clone, Default)]
pub struct RecursiveStructures {
    #[aws(rename = "union")]
    pub r#union: Option<RecursiveUnionOne>,
}

/// The restJson1 suite.
pub(crate) struct RestJson1;

impl Suite for RestJson1 {
    const DIR: &'static str = "restjson1";
    const JSON_NAME: bool = true;

    async fn request(operation: &str, params: Value, endpoint: String) -> Result<Sent, String> {
        match operation {
            "AllQueryStringTypes" => build::<AllQueryStringTypes>(params, endpoint).await,
            "ConstantAndVariableQueryString" => {
                build::<ConstantAndVariableQueryString>(params, endpoint).await
            }
            "ConstantQueryString" => build::<ConstantQueryString>(params, endpoint).await,
            "DocumentType" => build::<DocumentType>(params, endpoint).await,
            "DocumentTypeAsMapValue" => build::<DocumentTypeAsMapValue>(params, endpoint).await,
            "DocumentTypeAsPayload" => build::<DocumentTypeAsPayload>(params, endpoint).await,
            "EmptyInputAndEmptyOutput" => build::<EmptyInputAndEmptyOutput>(params, endpoint).await,
            "EndpointOperation" => build::<EndpointOperation>(params, endpoint).await,
            "EndpointWithHostLabelOperation" => {
                build::<EndpointWithHostLabelOperation>(params, endpoint).await
            }
            "GetRestApis" => build::<GetRestApis>(params, endpoint).await,
            "HostWithPathOperation" => build::<HostWithPathOperation>(params, endpoint).await,
            "HttpChecksumRequired" => build::<HttpChecksumRequired>(params, endpoint).await,
            "HttpEmptyPrefixHeaders" => build::<HttpEmptyPrefixHeaders>(params, endpoint).await,
            "HttpEnumPayload" => build::<HttpEnumPayload>(params, endpoint).await,
            "HttpPayloadTraits" => build::<HttpPayloadTraits>(params, endpoint).await,
            "HttpPayloadTraitsWithMediaType" => {
                build::<HttpPayloadTraitsWithMediaType>(params, endpoint).await
            }
            "HttpPayloadWithStructure" => build::<HttpPayloadWithStructure>(params, endpoint).await,
            "HttpPayloadWithUnion" => build::<HttpPayloadWithUnion>(params, endpoint).await,
            "HttpPrefixHeaders" => build::<HttpPrefixHeaders>(params, endpoint).await,
            "HttpQueryParamsOnlyOperation" => {
                build::<HttpQueryParamsOnlyOperation>(params, endpoint).await
            }
            "HttpRequestWithFloatLabels" => {
                build::<HttpRequestWithFloatLabels>(params, endpoint).await
            }
            "HttpRequestWithGreedyLabelInPath" => {
                build::<HttpRequestWithGreedyLabelInPath>(params, endpoint).await
            }
            "HttpRequestWithLabels" => build::<HttpRequestWithLabels>(params, endpoint).await,
            "HttpRequestWithLabelsAndTimestampFormat" => {
                build::<HttpRequestWithLabelsAndTimestampFormat>(params, endpoint).await
            }
            "HttpRequestWithRegexLiteral" => {
                build::<HttpRequestWithRegexLiteral>(params, endpoint).await
            }
            "HttpStringPayload" => build::<HttpStringPayload>(params, endpoint).await,
            "InputAndOutputWithHeaders" => {
                build::<InputAndOutputWithHeaders>(params, endpoint).await
            }
            "JsonBlobs" => build::<JsonBlobs>(params, endpoint).await,
            "JsonEnums" => build::<JsonEnums>(params, endpoint).await,
            "JsonIntEnums" => build::<JsonIntEnums>(params, endpoint).await,
            "JsonLists" => build::<JsonLists>(params, endpoint).await,
            "JsonMaps" => build::<JsonMaps>(params, endpoint).await,
            "JsonTimestamps" => build::<JsonTimestamps>(params, endpoint).await,
            "JsonUnions" => build::<JsonUnions>(params, endpoint).await,
            "MediaTypeHeader" => build::<MediaTypeHeader>(params, endpoint).await,
            "NoInputAndNoOutput" => build::<NoInputAndNoOutput>(params, endpoint).await,
            "NoInputAndOutput" => build::<NoInputAndOutput>(params, endpoint).await,
            "NullAndEmptyHeadersClient" => {
                build::<NullAndEmptyHeadersClient>(params, endpoint).await
            }
            "OmitsNullSerializesEmptyString" => {
                build::<OmitsNullSerializesEmptyString>(params, endpoint).await
            }
            "OmitsSerializingEmptyLists" => {
                build::<OmitsSerializingEmptyLists>(params, endpoint).await
            }
            "OperationWithDefaults" => build::<OperationWithDefaults>(params, endpoint).await,
            "OperationWithNestedStructure" => {
                build::<OperationWithNestedStructure>(params, endpoint).await
            }
            "PostPlayerAction" => build::<PostPlayerAction>(params, endpoint).await,
            "PostUnionWithJsonName" => build::<PostUnionWithJsonName>(params, endpoint).await,
            "PutWithContentEncoding" => build::<PutWithContentEncoding>(params, endpoint).await,
            "QueryIdempotencyTokenAutoFill" => {
                build::<QueryIdempotencyTokenAutoFill>(params, endpoint).await
            }
            "QueryParamsAsStringListMap" => {
                build::<QueryParamsAsStringListMap>(params, endpoint).await
            }
            "QueryPrecedence" => build::<QueryPrecedence>(params, endpoint).await,
            "RecursiveShapes" => build::<RecursiveShapes>(params, endpoint).await,
            "RecursiveStructures" => build::<RecursiveStructures>(params, endpoint).await,
            "SimpleScalarProperties" => build::<SimpleScalarProperties>(params, endpoint).await,
            "SparseJsonLists" => build::<SparseJsonLists>(params, endpoint).await,
            "SparseJsonMaps" => build::<SparseJsonMaps>(params, endpoint).await,
            "StreamingTraits" => build::<StreamingTraits>(params, endpoint).await,
            "StreamingTraitsRequireLength" => {
                build::<StreamingTraitsRequireLength>(params, endpoint).await
            }
            "StreamingTraitsWithMediaType" => {
                build::<StreamingTraitsWithMediaType>(params, endpoint).await
            }
            "TestBodyStructure" => build::<TestBodyStructure>(params, endpoint).await,
            "TestGetNoInputNoPayload" => build::<TestGetNoInputNoPayload>(params, endpoint).await,
            "TestGetNoPayload" => build::<TestGetNoPayload>(params, endpoint).await,
            "TestPayloadBlob" => build::<TestPayloadBlob>(params, endpoint).await,
            "TestPayloadStructure" => build::<TestPayloadStructure>(params, endpoint).await,
            "TestPostNoInputNoPayload" => build::<TestPostNoInputNoPayload>(params, endpoint).await,
            "TestPostNoPayload" => build::<TestPostNoPayload>(params, endpoint).await,
            "TimestampFormatHeaders" => build::<TimestampFormatHeaders>(params, endpoint).await,
            "UnitInputAndOutput" => build::<UnitInputAndOutput>(params, endpoint).await,
            "UploadArchive" => build::<UploadArchive>(params, endpoint).await,
            "UploadMultipartPart" => build::<UploadMultipartPart>(params, endpoint).await,
            other => Err(format!("no request declaration for {other}")),
        }
    }

    fn output(operation: &str, r: &Response<'_>) -> Result<Value, String> {
        fn ok<O: Operation>(r: &Response<'_>) -> Result<Value, String> {
            read::<O>(r)?.map_err(|e| e.to_string())
        }
        match operation {
            "DatetimeOffsets" => ok::<DatetimeOffsets>(r),
            "DocumentType" => ok::<DocumentType>(r),
            "DocumentTypeAsMapValue" => ok::<DocumentTypeAsMapValue>(r),
            "DocumentTypeAsPayload" => ok::<DocumentTypeAsPayload>(r),
            "EmptyInputAndEmptyOutput" => ok::<EmptyInputAndEmptyOutput>(r),
            "FractionalSeconds" => ok::<FractionalSeconds>(r),
            "GreetingWithErrors" => ok::<GreetingWithErrors>(r),
            "HttpEmptyPrefixHeaders" => ok::<HttpEmptyPrefixHeaders>(r),
            "HttpEnumPayload" => ok::<HttpEnumPayload>(r),
            "HttpPayloadTraits" => ok::<HttpPayloadTraits>(r),
            "HttpPayloadTraitsWithMediaType" => ok::<HttpPayloadTraitsWithMediaType>(r),
            "HttpPayloadWithStructure" => ok::<HttpPayloadWithStructure>(r),
            "HttpPayloadWithUnion" => ok::<HttpPayloadWithUnion>(r),
            "HttpPrefixHeaders" => ok::<HttpPrefixHeaders>(r),
            "HttpPrefixHeadersInResponse" => ok::<HttpPrefixHeadersInResponse>(r),
            "HttpResponseCode" => ok::<HttpResponseCode>(r),
            "HttpStringPayload" => ok::<HttpStringPayload>(r),
            "IgnoreQueryParamsInResponse" => ok::<IgnoreQueryParamsInResponse>(r),
            "InputAndOutputWithHeaders" => ok::<InputAndOutputWithHeaders>(r),
            "JsonBlobs" => ok::<JsonBlobs>(r),
            "JsonEnums" => ok::<JsonEnums>(r),
            "JsonIntEnums" => ok::<JsonIntEnums>(r),
            "JsonLists" => ok::<JsonLists>(r),
            "JsonMaps" => ok::<JsonMaps>(r),
            "JsonTimestamps" => ok::<JsonTimestamps>(r),
            "JsonUnions" => ok::<JsonUnions>(r),
            "MediaTypeHeader" => ok::<MediaTypeHeader>(r),
            "NoInputAndNoOutput" => ok::<NoInputAndNoOutput>(r),
            "NoInputAndOutput" => ok::<NoInputAndOutput>(r),
            "OperationWithDefaults" => ok::<OperationWithDefaults>(r),
            "OperationWithNestedStructure" => ok::<OperationWithNestedStructure>(r),
            "PostPlayerAction" => ok::<PostPlayerAction>(r),
            "PostUnionWithJsonName" => ok::<PostUnionWithJsonName>(r),
            "RecursiveShapes" => ok::<RecursiveShapes>(r),
            "SimpleScalarProperties" => ok::<SimpleScalarProperties>(r),
            "SparseJsonLists" => ok::<SparseJsonLists>(r),
            "SparseJsonMaps" => ok::<SparseJsonMaps>(r),
            "StreamingTraits" => ok::<StreamingTraits>(r),
            "StreamingTraitsWithMediaType" => ok::<StreamingTraitsWithMediaType>(r),
            "TimestampFormatHeaders" => ok::<TimestampFormatHeaders>(r),
            "UnitInputAndOutput" => ok::<UnitInputAndOutput>(r),
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
