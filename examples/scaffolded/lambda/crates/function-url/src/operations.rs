// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the function url operations (CreateFunctionUrlConfig, DeleteFunctionUrlConfig, GetFunctionUrlConfig, ListFunctionUrlConfigs and 1 more).

use awsop::{aws_operation, aws_shape};

use awsop_lambda_shapes::*;

/// Creates a Lambda function URL with the specified configuration parameters.
///
/// Errors: [`CreateFunctionUrlConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "CreateFunctionUrlConfig",
    http(method = "POST", uri = "/2021-10-31/functions/{FunctionName}/url", code = 201),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateFunctionUrlConfig {
    /// The name or ARN of the Lambda function.
    #[aws(label, length(min = 1, max = 140))]
    pub function_name: String,
    /// The alias name.
    #[aws(query = "Qualifier", length(min = 1, max = 128))]
    pub qualifier: Option<String>,
    /// The type of authentication that your function URL uses.
    pub auth_type: FunctionUrlAuthType,
    /// The cross-origin resource sharing (CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// Use one of the following options: BUFFERED – This is the default option.
    pub invoke_mode: Option<InvokeMode>,
}

/// The output of [`CreateFunctionUrlConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateFunctionUrlConfigResponse {
    /// The HTTP URL endpoint for your function.
    #[aws(length(min = 40, max = 100))]
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: String,
    /// The type of authentication that your function URL uses.
    pub auth_type: FunctionUrlAuthType,
    /// The cross-origin resource sharing (CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub creation_time: String,
    /// Use one of the following options: BUFFERED – This is the default option.
    pub invoke_mode: Option<InvokeMode>,
}

/// Deletes a Lambda function URL.
///
/// Errors: [`DeleteFunctionUrlConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteFunctionUrlConfig",
    http(method = "DELETE", uri = "/2021-10-31/functions/{FunctionName}/url", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionUrlConfig {
    /// The name or ARN of the Lambda function.
    #[aws(label, length(min = 1, max = 140))]
    pub function_name: String,
    /// The alias name.
    #[aws(query = "Qualifier", length(min = 1, max = 128))]
    pub qualifier: Option<String>,
}

/// The output of [`DeleteFunctionUrlConfig`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionUrlConfigResponse {}

/// Returns details about a Lambda function URL.
///
/// Errors: [`GetFunctionUrlConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetFunctionUrlConfig",
    http(method = "GET", uri = "/2021-10-31/functions/{FunctionName}/url"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionUrlConfig {
    /// The name or ARN of the Lambda function.
    #[aws(label, length(min = 1, max = 140))]
    pub function_name: String,
    /// The alias name.
    #[aws(query = "Qualifier", length(min = 1, max = 128))]
    pub qualifier: Option<String>,
}

/// The output of [`GetFunctionUrlConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionUrlConfigResponse {
    /// The HTTP URL endpoint for your function.
    #[aws(length(min = 40, max = 100))]
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: String,
    /// The type of authentication that your function URL uses.
    pub auth_type: FunctionUrlAuthType,
    /// The cross-origin resource sharing (CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub creation_time: String,
    /// When the function URL configuration was last updated, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub last_modified_time: String,
    /// Use one of the following options: BUFFERED – This is the default option.
    pub invoke_mode: Option<InvokeMode>,
}

/// Returns a list of Lambda function URLs for the specified function.
///
/// Errors: [`ListFunctionUrlConfigsError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListFunctionUrlConfigs",
    http(method = "GET", uri = "/2021-10-31/functions/{FunctionName}/urls"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionUrlConfigs {
    /// The name or ARN of the Lambda function.
    #[aws(label, length(min = 1, max = 140))]
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of function URLs to return in the response.
    #[aws(query = "MaxItems", range(min = 1, max = 50))]
    pub max_items: Option<i32>,
}

/// The output of [`ListFunctionUrlConfigs`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionUrlConfigsResponse {
    /// A list of function URL configurations.
    pub function_url_configs: Vec<FunctionUrlConfig>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// Updates the configuration for a function URL of a Lambda Event Function.
///
/// Errors: [`UpdateFunctionUrlConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "UpdateFunctionUrlConfig",
    http(method = "PUT", uri = "/2021-10-31/functions/{FunctionName}/url"),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionUrlConfig {
    /// The name or ARN of the Lambda function.
    #[aws(label, length(min = 1, max = 140))]
    pub function_name: String,
    /// The alias name.
    #[aws(query = "Qualifier", length(min = 1, max = 128))]
    pub qualifier: Option<String>,
    /// The type of authentication that your function URL uses.
    pub auth_type: Option<FunctionUrlAuthType>,
    /// The cross-origin resource sharing (CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// Use one of the following options: BUFFERED – This is the default option.
    pub invoke_mode: Option<InvokeMode>,
}

/// The output of [`UpdateFunctionUrlConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionUrlConfigResponse {
    /// The HTTP URL endpoint for your function.
    #[aws(length(min = 40, max = 100))]
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: String,
    /// The type of authentication that your function URL uses.
    pub auth_type: FunctionUrlAuthType,
    /// The cross-origin resource sharing (CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub creation_time: String,
    /// When the function URL configuration was last updated, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub last_modified_time: String,
    /// Use one of the following options: BUFFERED – This is the default option.
    pub invoke_mode: Option<InvokeMode>,
}
