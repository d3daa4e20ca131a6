// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the function event operations (DeleteFunctionEventInvokeConfig, GetFunctionEventInvokeConfig, ListFunctionEventInvokeConfigs, PutFunctionEventInvokeConfig and 1 more).

use awsop::{aws_operation, aws_shape};

use awsop_lambda_shapes::*;

/// Deletes the configuration for asynchronous invocation for a function, version, or alias.
///
/// Errors: [`DeleteFunctionEventInvokeConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteFunctionEventInvokeConfig",
    http(method = "DELETE", uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionEventInvokeConfig {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// A version number or alias name.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
}

/// The output of [`DeleteFunctionEventInvokeConfig`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionEventInvokeConfigResponse {}

/// Retrieves the configuration for asynchronous invocation for a function, version, or alias.
///
/// Errors: [`GetFunctionEventInvokeConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetFunctionEventInvokeConfig",
    http(method = "GET", uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config"),
    output = "FunctionEventInvokeConfig",
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionEventInvokeConfig {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// A version number or alias name.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
}

/// Retrieves a list of configurations for asynchronous invocation for a Lambda Event Function.
///
/// Errors: [`ListFunctionEventInvokeConfigsError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListFunctionEventInvokeConfigs",
    http(method = "GET", uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config/list"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionEventInvokeConfigs {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of configurations to return.
    #[aws(query = "MaxItems", range(min = 1, max = 50))]
    pub max_items: Option<i32>,
}

/// The output of [`ListFunctionEventInvokeConfigs`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionEventInvokeConfigsResponse {
    /// A list of configurations.
    pub function_event_invoke_configs: Option<Vec<FunctionEventInvokeConfig>>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// Configures options for asynchronous invocation on a function, version, or alias.
///
/// Errors: [`PutFunctionEventInvokeConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "PutFunctionEventInvokeConfig",
    http(method = "PUT", uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config"),
    output = "FunctionEventInvokeConfig",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutFunctionEventInvokeConfig {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// A version number or alias name.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    #[aws(range(min = 0, max = 2))]
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    #[aws(range(min = 60, max = 21600))]
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    pub destination_config: Option<DestinationConfig>,
}

/// Updates the configuration for asynchronous invocation for a function, version, or alias.
///
/// Errors: [`UpdateFunctionEventInvokeConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "UpdateFunctionEventInvokeConfig",
    http(method = "POST", uri = "/2019-09-25/functions/{FunctionName}/event-invoke-config"),
    output = "FunctionEventInvokeConfig",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionEventInvokeConfig {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// A version number or alias name.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    #[aws(range(min = 0, max = 2))]
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    #[aws(range(min = 60, max = 21600))]
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    pub destination_config: Option<DestinationConfig>,
}
