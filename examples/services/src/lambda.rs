//! AWS Lambda (`2015-03-31`, restJson1): create a function, read it back, invoke it, list the
//! functions page by page, delete it. Declared from `models/lambda/service-2.json`: each
//! operation's `http` trait, its members where the model binds them (URI labels, the query
//! string, headers, the payload, the JSON body) with the model's names and constraints, and
//! the output members a program usually reads.

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, Blob, Sensitive, Service};

/// AWS Lambda: restJson1; its `serviceId` names `AWS_ENDPOINT_URL_LAMBDA`.
pub const LAMBDA: Service = Service::rest_json_1("lambda")
    .service_id("Lambda")
    .endpoint_rules(include_str!(
        "../../../models/lambda/endpoint-rule-set-1.json"
    ));

awsop::string_enum! {
    /// How to invoke: wait for the answer, queue the event, or only check the call.
    pub enum InvocationType {
        Event = "Event",
        RequestResponse = "RequestResponse",
        DryRun = "DryRun",
    }
}

awsop::string_enum! {
    /// Whether the answer carries the tail of the execution log.
    pub enum LogType {
        None = "None",
        Tail = "Tail",
    }
}

awsop::string_enum! {
    /// The runtimes this crate names (the model lists many more: any other is kept as sent).
    pub enum Runtime {
        Nodejs22X = "nodejs22.x",
        Python313 = "python3.13",
        Java21 = "java21",
        ProvidedAl2023 = "provided.al2023",
    }
}

awsop::string_enum! {
    /// A function's state.
    pub enum State {
        Pending = "Pending",
        Active = "Active",
        Inactive = "Inactive",
        Failed = "Failed",
    }
}

/// A function's code: a zip archive inline, or one in S3.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct FunctionCode {
    pub zip_file: Option<Sensitive<Blob>>,
    /// (The model's pattern also forbids a trailing `.`, with a look-behind awsop's patterns
    /// do not have; the service checks it.)
    #[aws(length(min = 3, max = 63), pattern = "[0-9A-Za-z\\.\\-_]*")]
    pub s3_bucket: Option<String>,
    #[aws(length(min = 1, max = 1024))]
    pub s3_key: Option<String>,
}

/// Where a function's code can be downloaded (for ten minutes).
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct FunctionCodeLocation {
    pub repository_type: Option<String>,
    pub location: Option<Sensitive<String>>,
}

/// A function's configuration (the members a program usually reads).
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct FunctionConfiguration {
    pub function_name: Option<String>,
    pub function_arn: Option<String>,
    pub runtime: Option<Runtime>,
    pub role: Option<String>,
    pub handler: Option<String>,
    pub code_size: Option<i64>,
    pub description: Option<String>,
    pub timeout: Option<i32>,
    pub memory_size: Option<i32>,
    pub last_modified: Option<String>,
    pub code_sha256: Option<String>,
    pub version: Option<String>,
    pub state: Option<State>,
}

/// Environment variables.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Environment {
    pub variables: Option<Sensitive<BTreeMap<String, String>>>,
}

/// Creates a function from inline or S3 code.
#[aws_operation(
    service = LAMBDA,
    name = "CreateFunction",
    http(method = "POST", uri = "/2015-03-31/functions", code = 201),
    output = "FunctionConfiguration",
    errors(
        InvalidParameterValueException,
        ResourceConflictException,
        ResourceNotFoundException,
        ServiceException,
        TooManyRequestsException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct CreateFunction {
    #[aws(length(min = 1, max = 140))]
    pub function_name: String,
    pub runtime: Option<Runtime>,
    #[aws(pattern = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+")]
    pub role: String,
    #[aws(length(max = 128), pattern = "[^\\s]+")]
    pub handler: Option<String>,
    pub code: FunctionCode,
    #[aws(length(max = 256))]
    pub description: Option<String>,
    #[aws(range(min = 1, max = 5400))]
    pub timeout: Option<i32>,
    #[aws(range(min = 128, max = 32768))]
    pub memory_size: Option<i32>,
    pub environment: Option<Environment>,
}

/// Reads a function's configuration and where its code is.
#[aws_operation(
    service = LAMBDA,
    name = "GetFunction",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}"),
    errors(
        InvalidParameterValueException,
        ResourceNotFoundException,
        ServiceException,
        TooManyRequestsException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct GetFunction {
    #[aws(label, length(min = 1, max = 256))]
    pub function_name: String,
    #[aws(query = "Qualifier", length(min = 1, max = 128))]
    pub qualifier: Option<String>,
}

/// A function, its code's location and its tags.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct GetFunctionResponse {
    pub configuration: Option<FunctionConfiguration>,
    pub code: Option<FunctionCodeLocation>,
    pub tags: Option<BTreeMap<String, String>>,
}

/// Reads a function's configuration.
#[aws_operation(
    service = LAMBDA,
    name = "GetFunctionConfiguration",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}/configuration"),
    output = "FunctionConfiguration",
    errors(
        InvalidParameterValueException,
        ResourceNotFoundException,
        ServiceException,
        TooManyRequestsException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct GetFunctionConfiguration {
    #[aws(label, length(min = 1, max = 256))]
    pub function_name: String,
    #[aws(query = "Qualifier", length(min = 1, max = 128))]
    pub qualifier: Option<String>,
}

/// Invokes a function: the payload is the body, the answer's payload is the function's result.
#[aws_operation(
    service = LAMBDA,
    name = "Invoke",
    http(method = "POST", uri = "/2015-03-31/functions/{FunctionName}/invocations"),
    output = "InvocationResponse",
    errors(
        InvalidParameterValueException,
        ResourceConflictException,
        ResourceNotFoundException,
        ServiceException,
        TooManyRequestsException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct Invoke {
    #[aws(label, length(min = 1, max = 256))]
    pub function_name: String,
    #[aws(header = "X-Amz-Invocation-Type")]
    pub invocation_type: Option<InvocationType>,
    #[aws(header = "X-Amz-Log-Type")]
    pub log_type: Option<LogType>,
    #[aws(header = "X-Amz-Client-Context")]
    pub client_context: Option<String>,
    #[aws(payload)]
    pub payload: Option<Sensitive<Blob>>,
    #[aws(query = "Qualifier", length(min = 1, max = 128))]
    pub qualifier: Option<String>,
}

/// The status, the function's error kind, the log's tail, the version run, and the result.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct InvocationResponse {
    #[aws(response_code)]
    pub status_code: Option<i32>,
    #[aws(header = "X-Amz-Function-Error")]
    pub function_error: Option<String>,
    /// The last 4 KB of the execution log, base64-encoded (`LogType::Tail`).
    #[aws(header = "X-Amz-Log-Result")]
    pub log_result: Option<String>,
    #[aws(payload)]
    pub payload: Option<Sensitive<Blob>>,
    #[aws(header = "X-Amz-Executed-Version", length(min = 1, max = 1024))]
    pub executed_version: Option<String>,
}

/// Lists functions, up to 50 a page.
#[aws_operation(
    service = LAMBDA,
    name = "ListFunctions",
    http(method = "GET", uri = "/2015-03-31/functions"),
    errors(
        InvalidParameterValueException,
        ServiceException,
        TooManyRequestsException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct ListFunctions {
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    #[aws(query = "MaxItems", range(min = 1, max = 10000))]
    pub max_items: Option<i32>,
}

/// A page of functions.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ListFunctionsResponse {
    pub next_marker: Option<String>,
    pub functions: Option<Vec<FunctionConfiguration>>,
}

impl awsop::Paginate for ListFunctions {
    type Item = FunctionConfiguration;
    fn set_next_token(&mut self, token: Option<String>) {
        self.marker = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_items = Some(size);
    }
    fn next_token(output: &ListFunctionsResponse) -> Option<&str> {
        output.next_marker.as_deref()
    }
    fn items(output: ListFunctionsResponse) -> Vec<FunctionConfiguration> {
        output.functions.unwrap_or_default()
    }
}

/// Deletes a function (or one version of it).
#[aws_operation(
    service = LAMBDA,
    name = "DeleteFunction",
    http(method = "DELETE", uri = "/2015-03-31/functions/{FunctionName}"),
    errors(
        InvalidParameterValueException,
        ResourceConflictException,
        ResourceNotFoundException,
        ServiceException,
        TooManyRequestsException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteFunction {
    #[aws(label, length(min = 1, max = 256))]
    pub function_name: String,
    #[aws(query = "Qualifier", length(min = 1, max = 128))]
    pub qualifier: Option<String>,
}

/// The status of a deletion (204).
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct DeleteFunctionResponse {
    #[aws(response_code)]
    pub status_code: Option<i32>,
}

/// Declares Lambda's exceptions: a `Type` (who is at fault) and a message, whose wire name the
/// model spells `message` for some and `Message` for others.
macro_rules! lambda_errors {
    ($($(#[$doc:meta])* $shape:ident($message:literal)),* $(,)?) => {$(
        $(#[$doc])*
        #[aws_shape]
        #[derive(Debug, Clone, Default)]
        pub struct $shape {
            #[aws(rename = "Type")]
            pub kind: Option<String>,
            #[aws(rename = $message)]
            pub message: Option<String>,
        }
    )*};
}

lambda_errors!(
    /// A parameter is not valid.
    InvalidParameterValueException("message"),
    /// The resource exists already, or another operation on it is under way.
    ResourceConflictException("message"),
    /// No function (or version, or alias) of this name.
    ResourceNotFoundException("Message"),
    /// The service failed.
    ServiceException("Message"),
);

/// Too many requests: how long to wait is the `Retry-After` header.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct TooManyRequestsException {
    #[aws(rename = "retryAfterSeconds", header = "Retry-After")]
    pub retry_after_seconds: Option<String>,
    #[aws(rename = "Type")]
    pub kind: Option<String>,
    #[aws(rename = "message")]
    pub message: Option<String>,
    pub reason: Option<String>,
}

macro_rules! modeled {
    ($($shape:ident),*) => {$(
        impl awsop::ModeledError for $shape {
            const CODE: &'static str = stringify!($shape);
            fn message(&self) -> Option<&str> {
                self.message.as_deref()
            }
        }
    )*};
}

modeled!(
    InvalidParameterValueException,
    ResourceConflictException,
    ResourceNotFoundException,
    ServiceException,
    TooManyRequestsException
);
