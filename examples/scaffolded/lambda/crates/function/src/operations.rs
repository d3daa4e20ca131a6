// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the function operations (CreateFunction, DeleteFunction, DeleteFunctionCodeSigningConfig, DeleteFunctionConcurrency and 12 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, Blob, Sensitive};

use awsop_lambda_shapes::*;

/// Creates a Lambda Event Function.
///
/// Errors: [`CreateFunctionError`].
#[aws_operation(
    service = LAMBDA,
    name = "CreateFunction",
    http(method = "POST", uri = "/2015-03-31/functions", code = 201),
    output = "FunctionConfiguration",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, InvalidCodeSignatureException, ResourceNotFoundException, CodeVerificationFailedException, CodeSigningConfigNotFoundException, CodeStorageExceededException, FunctionVersionsPerCapacityProviderLimitExceededException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateFunction {
    /// The name or ARN of the Lambda function.
    #[aws(
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The identifier of the function's runtime.
    pub runtime: Option<Runtime>,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"
    )]
    pub role: String,
    /// The name of the method within your code that Lambda calls to run your function.
    #[aws(length(min = 0, max = 128), pattern = "[^\\s]+")]
    pub handler: Option<String>,
    /// The code for the function.
    pub code: FunctionCode,
    /// A description of the function.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it.
    #[aws(range(min = 1, max = 5400))]
    pub timeout: Option<i32>,
    /// The amount of memory available to the function at runtime.
    #[aws(range(min = 128, max = 32768))]
    pub memory_size: Option<i32>,
    /// Set to true to publish the first version of the function during creation.
    pub publish: Option<bool>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC.
    pub vpc_config: Option<VpcConfig>,
    /// The type of deployment package.
    pub package_type: Option<PackageType>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// Environment variables that are accessible from function code during execution.
    pub environment: Option<Environment>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources: The function's environment variables.
    #[aws(
        rename = "KMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub kms_key_arn: Option<String>,
    /// Set Mode to Active to sample and trace a subset of incoming requests with X-Ray.
    pub tracing_config: Option<TracingConfig>,
    /// A list of tags to apply to the function.
    pub tags: Option<BTreeMap<String, String>>,
    /// A list of function layers to add to the function's execution environment.
    pub layers: Option<Vec<String>>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.
    #[aws(length(min = 0, max = 1))]
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// To enable code signing for this function, specify the ARN of a code-signing configuration.
    #[aws(
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: Option<String>,
    /// Container image configuration values that override the values in the container image Dockerfile.
    pub image_config: Option<ImageConfig>,
    /// The instruction set architecture that the function supports.
    #[aws(length(min = 1, max = 1))]
    pub architectures: Option<Vec<Architecture>>,
    /// The size of the function's /tmp directory in MB.
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The function's SnapStart setting.
    pub snap_start: Option<SnapStart>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for multi-tenant applications that use Lambda functions.
    pub tenancy_config: Option<TenancyConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// Configuration settings for durable functions.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
}

/// Deletes a Lambda Event Function.
///
/// Errors: [`DeleteFunctionError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteFunction",
    http(method = "DELETE", uri = "/2015-03-31/functions/{FunctionName}"),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunction {
    /// The name or ARN of the Lambda function or version.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify a version to delete.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
}

/// The output of [`DeleteFunction`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionResponse {
    /// The HTTP status code returned by the operation.
    #[aws(response_code)]
    pub status_code: Option<i32>,
}

/// Removes the code signing configuration from the function.
///
/// Errors: [`DeleteFunctionCodeSigningConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteFunctionCodeSigningConfig",
    http(method = "DELETE", uri = "/2020-06-30/functions/{FunctionName}/code-signing-config", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException, CodeSigningConfigNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionCodeSigningConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
}

/// The output of [`DeleteFunctionCodeSigningConfig`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionCodeSigningConfigResponse {}

/// Removes a concurrent execution limit from a Lambda Event Function.
///
/// Errors: [`DeleteFunctionConcurrencyError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteFunctionConcurrency",
    http(method = "DELETE", uri = "/2017-10-31/functions/{FunctionName}/concurrency", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionConcurrency {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
}

/// The output of [`DeleteFunctionConcurrency`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionConcurrencyResponse {}

/// Returns information about a Lambda Event Function or function version, with a link to download the deployment package that's valid for 10 minutes.
///
/// Errors: [`GetFunctionError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetFunction",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunction {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify a version or alias to get details about a published version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
}

/// The output of [`GetFunction`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionResponse {
    /// The configuration of the function or version.
    pub configuration: Option<FunctionConfiguration>,
    /// The deployment package of the function or version.
    pub code: Option<FunctionCodeLocation>,
    /// The function's tags.
    pub tags: Option<BTreeMap<String, String>>,
    /// An object that contains details about an error related to retrieving tags.
    pub tags_error: Option<TagsError>,
    /// The function's reserved concurrency.
    pub concurrency: Option<Concurrency>,
}

/// Returns the code signing configuration for the specified function.
///
/// Errors: [`GetFunctionCodeSigningConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetFunctionCodeSigningConfig",
    http(method = "GET", uri = "/2020-06-30/functions/{FunctionName}/code-signing-config"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException, CodeSigningConfigNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionCodeSigningConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
}

/// The output of [`GetFunctionCodeSigningConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionCodeSigningConfigResponse {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[aws(
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    #[aws(
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
}

/// Returns details about the reserved concurrency configuration for a function.
///
/// Errors: [`GetFunctionConcurrencyError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetFunctionConcurrency",
    http(method = "GET", uri = "/2019-09-30/functions/{FunctionName}/concurrency"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionConcurrency {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
}

/// The output of [`GetFunctionConcurrency`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionConcurrencyResponse {
    /// The number of simultaneous executions that are reserved for the function.
    #[aws(range(min = 0))]
    pub reserved_concurrent_executions: Option<i32>,
}

/// Returns the version-specific settings of a Lambda Event Function or version.
///
/// Errors: [`GetFunctionConfigurationError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetFunctionConfiguration",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}/configuration"),
    output = "FunctionConfiguration",
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionConfiguration {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify a version or alias to get details about a published version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
}

/// Returns your function's recursive loop detection configuration.
///
/// Errors: [`GetFunctionRecursionConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetFunctionRecursionConfig",
    http(method = "GET", uri = "/2024-08-31/functions/{FunctionName}/recursion-config"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionRecursionConfig {
    /// The name of the function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)"
    )]
    pub function_name: String,
}

/// The output of [`GetFunctionRecursionConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionRecursionConfigResponse {
    /// If your function's recursive loop detection configuration is Allow, Lambda doesn't take any action when it detects your function being invoked as part of a recursive loop.
    pub recursive_loop: Option<RecursiveLoop>,
}

/// Retrieves the scaling configuration for a Lambda Managed Instances function.
///
/// Errors: [`GetFunctionScalingConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetFunctionScalingConfig",
    http(method = "GET", uri = "/2025-11-30/functions/{FunctionName}/function-scaling-config"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionScalingConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)"
    )]
    pub function_name: String,
    /// Specify a version or alias to get the scaling configuration for a published version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "(\\$LATEST\\.PUBLISHED|[0-9]+)"
    )]
    pub qualifier: String,
}

/// The output of [`GetFunctionScalingConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetFunctionScalingConfigResponse {
    /// The Amazon Resource Name (ARN) of the function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: Option<String>,
    /// The scaling configuration that is currently applied to the function.
    pub applied_function_scaling_config: Option<FunctionScalingConfig>,
    /// The scaling configuration that was requested for the function.
    pub requested_function_scaling_config: Option<FunctionScalingConfig>,
}

/// Returns a list of Lambda Event Functions, with the version-specific configuration of each.
///
/// Errors: [`ListFunctionsError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListFunctions",
    http(method = "GET", uri = "/2015-03-31/functions"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctions {
    /// For Lambda@Edge functions, the Amazon Web Services Region of the master function.
    #[aws(
        query = "MasterRegion",
        length(min = 1, max = 50),
        pattern = "ALL|(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}"
    )]
    pub master_region: Option<String>,
    /// Set to ALL to include entries for all published versions of each function.
    #[aws(query = "FunctionVersion")]
    pub function_version: Option<FunctionVersion>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of functions to return in the response.
    #[aws(query = "MaxItems", range(min = 1, max = 10000))]
    pub max_items: Option<i32>,
}

/// A list of Lambda functions.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionsResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of Lambda functions.
    pub functions: Option<Vec<FunctionConfiguration>>,
}

/// Update the code signing configuration for the function.
///
/// Errors: [`PutFunctionCodeSigningConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "PutFunctionCodeSigningConfig",
    http(method = "PUT", uri = "/2020-06-30/functions/{FunctionName}/code-signing-config"),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException, CodeSigningConfigNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutFunctionCodeSigningConfig {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[aws(
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
}

/// The output of [`PutFunctionCodeSigningConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutFunctionCodeSigningConfigResponse {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[aws(
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    #[aws(
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
}

/// Sets the maximum number of simultaneous executions for a Lambda Event Function, and reserves capacity for that concurrency level.
///
/// Errors: [`PutFunctionConcurrencyError`].
#[aws_operation(
    service = LAMBDA,
    name = "PutFunctionConcurrency",
    http(method = "PUT", uri = "/2017-10-31/functions/{FunctionName}/concurrency"),
    output = "Concurrency",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutFunctionConcurrency {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The number of simultaneous executions to reserve for the function.
    #[aws(range(min = 0))]
    pub reserved_concurrent_executions: i32,
}

/// Sets the recursive loop detection configuration for a Lambda Event Function.
///
/// Errors: [`PutFunctionRecursionConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "PutFunctionRecursionConfig",
    http(method = "PUT", uri = "/2024-08-31/functions/{FunctionName}/recursion-config"),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutFunctionRecursionConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)"
    )]
    pub function_name: String,
    /// If you set your function's recursive loop detection configuration to Allow, Lambda doesn't take any action when it detects your function being invoked as part of a recursive loop.
    pub recursive_loop: RecursiveLoop,
}

/// The output of [`PutFunctionRecursionConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutFunctionRecursionConfigResponse {
    /// The status of your function's recursive loop detection configuration.
    pub recursive_loop: Option<RecursiveLoop>,
}

/// Updates a Lambda Event Function's code.
///
/// Errors: [`UpdateFunctionCodeError`].
#[aws_operation(
    service = LAMBDA,
    name = "UpdateFunctionCode",
    http(method = "PUT", uri = "/2015-03-31/functions/{FunctionName}/code"),
    output = "FunctionConfiguration",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, InvalidCodeSignatureException, ResourceNotFoundException, CodeVerificationFailedException, CodeSigningConfigNotFoundException, CodeStorageExceededException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionCode {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The base64-encoded contents of the deployment package.
    ///
    /// Sensitive: redacted in `Debug`.
    pub zip_file: Option<Sensitive<Blob>>,
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function.
    #[aws(length(min = 3, max = 63))]
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package.
    #[aws(length(min = 1, max = 1024), pattern = ".*")]
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the deployment package object to use.
    #[aws(length(min = 1, max = 1024), pattern = ".*")]
    pub s3_object_version: Option<String>,
    /// Specifies how the deployment package is stored.
    pub s3_object_storage_mode: Option<S3ObjectStorageMode>,
    /// URI of a container image in the Amazon ECR registry.
    pub image_uri: Option<String>,
    /// The instruction set architecture that the function supports.
    #[aws(length(min = 1, max = 1))]
    pub architectures: Option<Vec<Architecture>>,
    /// Set to true to publish a new version of the function after updating the code.
    pub publish: Option<bool>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
    /// Set to true to validate the request parameters and access permissions without modifying the function code.
    pub dry_run: Option<bool>,
    /// Update the function only if the revision ID matches the ID that's specified.
    pub revision_id: Option<String>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's.zip deployment package.
    #[aws(
        rename = "SourceKMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub source_kms_key_arn: Option<String>,
}

/// Modifies the version-specific settings of a Lambda Event Function.
///
/// Errors: [`UpdateFunctionConfigurationError`].
#[aws_operation(
    service = LAMBDA,
    name = "UpdateFunctionConfiguration",
    http(method = "PUT", uri = "/2015-03-31/functions/{FunctionName}/configuration"),
    output = "FunctionConfiguration",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, InvalidCodeSignatureException, ResourceNotFoundException, CodeVerificationFailedException, CodeSigningConfigNotFoundException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionConfiguration {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"
    )]
    pub role: Option<String>,
    /// The name of the method within your code that Lambda calls to run your function.
    #[aws(length(min = 0, max = 128), pattern = "[^\\s]+")]
    pub handler: Option<String>,
    /// A description of the function.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it.
    #[aws(range(min = 1, max = 5400))]
    pub timeout: Option<i32>,
    /// The amount of memory available to the function at runtime.
    #[aws(range(min = 128, max = 32768))]
    pub memory_size: Option<i32>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC.
    pub vpc_config: Option<VpcConfig>,
    /// Environment variables that are accessible from function code during execution.
    pub environment: Option<Environment>,
    /// The identifier of the function's runtime.
    pub runtime: Option<Runtime>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources: The function's environment variables.
    #[aws(
        rename = "KMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub kms_key_arn: Option<String>,
    /// Set Mode to Active to sample and trace a subset of incoming requests with X-Ray.
    pub tracing_config: Option<TracingConfig>,
    /// Update the function only if the revision ID matches the ID that's specified.
    pub revision_id: Option<String>,
    /// A list of function layers to add to the function's execution environment.
    pub layers: Option<Vec<String>>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.
    #[aws(length(min = 0, max = 1))]
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// Container image configuration values that override the values in the container image Docker file.
    pub image_config: Option<ImageConfig>,
    /// The size of the function's /tmp directory in MB.
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The function's SnapStart setting.
    pub snap_start: Option<SnapStart>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// Configuration settings for durable functions, including execution timeout, retention period for execution history, and an optional ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
}
