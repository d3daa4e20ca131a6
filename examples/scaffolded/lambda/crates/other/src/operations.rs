// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the other operations (AddPermission, DeleteProvisionedConcurrencyConfig, GetAccountSettings, GetPolicy and 11 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, Blob, Sensitive};

use awsop_lambda_shapes::*;

/// Grants a principal permission to use a function.
///
/// Errors: [`AddPermissionError`].
#[aws_operation(
    service = LAMBDA,
    name = "AddPermission",
    http(method = "POST", uri = "/2015-03-31/functions/{FunctionName}/policy", code = 201),
    errors(InvalidParameterValueException, ResourceConflictException, PublicPolicyException, ServiceException, TooManyRequestsException, PolicyLengthExceededException, ResourceNotFoundException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddPermission {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// A statement identifier that differentiates the statement from others in the same policy.
    #[aws(length(min = 1, max = 100), pattern = "([a-zA-Z0-9-_]+)")]
    pub statement_id: String,
    /// The action that the principal can use on the function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "(lambda:[*]|lambda:[a-zA-Z]+|[*])"
    )]
    pub action: String,
    /// The Amazon Web Services service, Amazon Web Services account, IAM user, or IAM role that invokes the function.
    #[aws(length(min = 0, max = 2048), pattern = "[^\\s]+")]
    pub principal: String,
    /// For Amazon Web Services services, the ARN of the Amazon Web Services resource that invokes the function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub source_arn: Option<String>,
    /// The type of authentication that your function URL uses.
    pub function_url_auth_type: Option<FunctionUrlAuthType>,
    /// Indicates whether the permission applies when the function is invoked through a function URL.
    pub invoked_via_function_url: Option<bool>,
    /// For Amazon Web Services service, the ID of the Amazon Web Services account that owns the resource.
    #[aws(length(min = 0, max = 12), pattern = "\\d{12}")]
    pub source_account: Option<String>,
    /// For Alexa Smart Home functions, a token that the invoker must supply.
    #[aws(length(min = 0, max = 256), pattern = "[a-zA-Z0-9._\\-]+")]
    pub event_source_token: Option<String>,
    /// Specify a version or alias to add permissions to a published version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
    /// Update the policy only if the revision ID matches the ID that's specified.
    pub revision_id: Option<String>,
    /// The identifier for your organization in Organizations.
    #[aws(
        rename = "PrincipalOrgID",
        length(min = 12, max = 34),
        pattern = "o-[a-z0-9]{10,32}"
    )]
    pub principal_org_id: Option<String>,
}

/// The output of [`AddPermission`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddPermissionResponse {
    /// The permission statement that's added to the function policy.
    pub statement: Option<String>,
}

/// Deletes the provisioned concurrency configuration for a function.
///
/// Errors: [`DeleteProvisionedConcurrencyConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteProvisionedConcurrencyConfig",
    http(method = "DELETE", uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteProvisionedConcurrencyConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The version number or alias name.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "(|[a-zA-Z0-9$_-]+)"
    )]
    pub qualifier: String,
}

/// The output of [`DeleteProvisionedConcurrencyConfig`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteProvisionedConcurrencyConfigResponse {}

/// Retrieves details about your account's limits and usage in an Amazon Web Services Region.
///
/// Errors: [`GetAccountSettingsError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetAccountSettings",
    http(method = "GET", uri = "/2016-08-19/account-settings"),
    errors(ServiceException, TooManyRequestsException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAccountSettings {}

/// The output of [`GetAccountSettings`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAccountSettingsResponse {
    /// Limits that are related to concurrency and code storage.
    pub account_limit: Option<AccountLimit>,
    /// The number of functions and amount of storage in use.
    pub account_usage: Option<AccountUsage>,
}

/// Returns the resource-based IAM policy for a function, version, or alias.
///
/// Errors: [`GetPolicyError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetPolicy",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}/policy"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetPolicy {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify a version or alias to get the policy for that resource.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
}

/// The output of [`GetPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetPolicyResponse {
    /// The resource-based policy.
    pub policy: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
}

/// Retrieves the provisioned concurrency configuration for a function's alias or version.
///
/// Errors: [`GetProvisionedConcurrencyConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetProvisionedConcurrencyConfig",
    http(method = "GET", uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency"),
    errors(InvalidParameterValueException, ProvisionedConcurrencyConfigNotFoundException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProvisionedConcurrencyConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The version number or alias name.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "(|[a-zA-Z0-9$_-]+)"
    )]
    pub qualifier: String,
}

/// The output of [`GetProvisionedConcurrencyConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProvisionedConcurrencyConfigResponse {
    /// The amount of provisioned concurrency requested.
    #[aws(range(min = 1))]
    pub requested_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency available.
    #[aws(range(min = 0))]
    pub available_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency allocated.
    #[aws(range(min = 0))]
    pub allocated_provisioned_concurrent_executions: Option<i32>,
    /// The status of the allocation process.
    pub status: Option<ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be allocated.
    pub status_reason: Option<String>,
    /// The date and time that a user last updated the configuration, in ISO 8601 format.
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub last_modified: Option<String>,
}

/// Retrieves the runtime management configuration for a function's version.
///
/// Errors: [`GetRuntimeManagementConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetRuntimeManagementConfig",
    http(method = "GET", uri = "/2021-07-20/functions/{FunctionName}/runtime-management-config"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRuntimeManagementConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify a version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
}

/// The output of [`GetRuntimeManagementConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRuntimeManagementConfigResponse {
    /// The current runtime update mode of the function.
    pub update_runtime_on: Option<UpdateRuntimeOn>,
    /// The Amazon Resource Name (ARN) of your function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: Option<String>,
    /// The ARN of the runtime the function is configured to use.
    #[aws(
        length(min = 26, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}::runtime:.+)|(arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:runtime/[A-Za-z0-9_.-]{1,128}/version/[A-Za-z0-9_.-]{1,128}))"
    )]
    pub runtime_version_arn: Option<String>,
}

/// Invokes a Lambda Event Function.
///
/// Errors: [`InvokeError`].
#[aws_operation(
    service = LAMBDA,
    name = "Invoke",
    http(method = "POST", uri = "/2015-03-31/functions/{FunctionName}/invocations"),
    output = "InvocationResponse",
    errors(RuntimeAliasDeletedException, CodeArtifactUserDeletedException, ResourceNotReadyException, ServiceQuotaExceededException, InvalidSecurityGroupIDException, SnapStartTimeoutException, TooManyRequestsException, EC2ThrottledException, EFSMountConnectivityException, SubnetIPAddressLimitReachedException, KMSAccessDeniedException, RequestTooLargeException, KMSDisabledException, UnsupportedMediaTypeException, S3FilesMountConnectivityException, SerializedRequestEntityTooLargeException, InvalidRuntimeException, NoPublishedVersionException, EC2UnexpectedException, InvalidSubnetIDException, KMSNotFoundException, InvalidParameterValueException, EC2AccessDeniedException, EFSIOException, KMSInvalidStateException, ResourceConflictException, RuntimeVersionDeletedException, ENILimitReachedException, SnapStartNotReadyException, ServiceException, CodeArtifactUserPendingException, SnapStartException, RecursiveInvocationException, S3FilesMountFailureException, EFSMountTimeoutException, ENINotReadyException, S3FilesMountTimeoutException, CodeArtifactUserFailedException, ModeNotSupportedException, ResourceNotFoundException, InvalidRequestContentException, SnapStartRegenerationFailureException, DurableExecutionAlreadyStartedException, InvalidZipFileException, EFSMountFailureException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Invoke {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Choose from the following options.
    #[aws(header = "X-Amz-Invocation-Type")]
    pub invocation_type: Option<InvocationType>,
    /// Set to Tail to include the execution log in the response.
    #[aws(header = "X-Amz-Log-Type")]
    pub log_type: Option<LogType>,
    /// Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function in the context object.
    #[aws(header = "X-Amz-Client-Context")]
    pub client_context: Option<String>,
    /// A unique name for the durable execution.
    #[aws(
        header = "X-Amz-Durable-Execution-Name",
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub durable_execution_name: Option<String>,
    /// The JSON that you want to provide to your Lambda function as input.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(payload)]
    pub payload: Option<Sensitive<Blob>>,
    /// Specify a version or alias to invoke a published version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
    /// The identifier of the tenant in a multi-tenant Lambda function.
    #[aws(
        header = "X-Amz-Tenant-Id",
        length(min = 1, max = 256),
        pattern = "[a-zA-Z0-9\\._:\\/=+\\-@ ]+"
    )]
    pub tenant_id: Option<String>,
}

/// The output of [`Invoke`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvocationResponse {
    /// The HTTP status code is in the 200 range for a successful request.
    #[aws(response_code)]
    pub status_code: Option<i32>,
    /// If present, indicates that an error occurred during function execution.
    #[aws(header = "X-Amz-Function-Error")]
    pub function_error: Option<String>,
    /// The last 4 KB of the execution log, which is base64-encoded.
    #[aws(header = "X-Amz-Log-Result")]
    pub log_result: Option<String>,
    /// The response from the function, or an error object.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(payload)]
    pub payload: Option<Sensitive<Blob>>,
    /// The version of the function that executed.
    #[aws(
        header = "X-Amz-Executed-Version",
        length(min = 1, max = 1024),
        pattern = "(\\$LATEST|[0-9]+)"
    )]
    pub executed_version: Option<String>,
    /// The ARN of the durable execution that was started.
    #[aws(
        header = "X-Amz-Durable-Execution-Arn",
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: Option<String>,
}

/// For asynchronous function invocation, use Invoke.
///
/// Deprecated by the service.
///
/// Errors: [`InvokeAsyncError`].
#[aws_operation(
    service = LAMBDA,
    name = "InvokeAsync",
    http(method = "POST", uri = "/2014-11-13/functions/{FunctionName}/invoke-async", code = 202),
    errors(ServiceQuotaExceededException, InvalidSecurityGroupIDException, SnapStartTimeoutException, EC2ThrottledException, EFSMountConnectivityException, SubnetIPAddressLimitReachedException, KMSAccessDeniedException, KMSDisabledException, S3FilesMountConnectivityException, InvalidRuntimeException, EC2UnexpectedException, InvalidSubnetIDException, KMSNotFoundException, EC2AccessDeniedException, EFSIOException, KMSInvalidStateException, ResourceConflictException, ENILimitReachedException, SnapStartNotReadyException, ServiceException, SnapStartException, S3FilesMountFailureException, EFSMountTimeoutException, S3FilesMountTimeoutException, ModeNotSupportedException, ResourceNotFoundException, InvalidRequestContentException, SnapStartRegenerationFailureException, EFSMountFailureException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvokeAsync {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The JSON that you want to provide to your Lambda function as input.
    #[aws(payload)]
    pub invoke_args: Blob,
}

/// A success response ( 202 Accepted ) indicates that the request is queued for invocation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvokeAsyncResponse {
    /// The status code.
    #[aws(response_code)]
    pub status: Option<i32>,
}

/// Retrieves a list of provisioned concurrency configurations for a function.
///
/// Errors: [`ListProvisionedConcurrencyConfigsError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListProvisionedConcurrencyConfigs",
    http(method = "GET", uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListProvisionedConcurrencyConfigs {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// Specify a number to limit the number of configurations returned.
    #[aws(query = "MaxItems", range(min = 1, max = 50))]
    pub max_items: Option<i32>,
}

/// The output of [`ListProvisionedConcurrencyConfigs`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListProvisionedConcurrencyConfigsResponse {
    /// A list of provisioned concurrency configurations.
    pub provisioned_concurrency_configs: Option<Vec<ProvisionedConcurrencyConfigListItem>>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// Returns a function, event source mapping, or code signing configuration's tags.
///
/// Errors: [`ListTagsError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListTags",
    http(method = "GET", uri = "/2017-03-31/tags/{Resource}"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTags {
    /// The resource's Amazon Resource Name (ARN).
    #[aws(
        label,
        length(min = 1, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(capacity-provider|network-connector):[a-zA-Z0-9-_]{1,64})"
    )]
    pub resource: String,
}

/// The output of [`ListTags`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsResponse {
    /// The function's tags.
    pub tags: Option<BTreeMap<String, String>>,
}

/// Returns a list of versions of a Lambda Event Function, with the version-specific configuration of each.
///
/// Errors: [`ListVersionsByFunctionError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListVersionsByFunction",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}/versions"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListVersionsByFunction {
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
    /// The maximum number of versions to return.
    #[aws(query = "MaxItems", range(min = 1, max = 10000))]
    pub max_items: Option<i32>,
}

/// The output of [`ListVersionsByFunction`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListVersionsByFunctionResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of Lambda function versions.
    pub versions: Option<Vec<FunctionConfiguration>>,
}

/// Creates a version from the current code and configuration of a Lambda Event Function.
///
/// Errors: [`PublishVersionError`].
#[aws_operation(
    service = LAMBDA,
    name = "PublishVersion",
    http(method = "POST", uri = "/2015-03-31/functions/{FunctionName}/versions", code = 201),
    output = "FunctionConfiguration",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException, CodeStorageExceededException, FunctionVersionsPerCapacityProviderLimitExceededException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PublishVersion {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Only publish a version if the hash value matches the value that's specified.
    pub code_sha256: Option<String>,
    /// A description for the version to override the description in the function configuration.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// Only update the function if the revision ID matches the ID that's specified.
    pub revision_id: Option<String>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
}

/// Adds a provisioned concurrency configuration to a function's alias or version.
///
/// Errors: [`PutProvisionedConcurrencyConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "PutProvisionedConcurrencyConfig",
    http(method = "PUT", uri = "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", code = 202),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutProvisionedConcurrencyConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The version number or alias name.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "(|[a-zA-Z0-9$_-]+)"
    )]
    pub qualifier: String,
    /// The amount of provisioned concurrency to allocate for the version or alias.
    #[aws(range(min = 1))]
    pub provisioned_concurrent_executions: i32,
}

/// The output of [`PutProvisionedConcurrencyConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutProvisionedConcurrencyConfigResponse {
    /// The amount of provisioned concurrency requested.
    #[aws(range(min = 1))]
    pub requested_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency allocated.
    #[aws(range(min = 0))]
    pub allocated_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency available.
    #[aws(range(min = 0))]
    pub available_provisioned_concurrent_executions: Option<i32>,
    /// The status of the allocation process.
    pub status: Option<ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be allocated.
    pub status_reason: Option<String>,
    /// The date and time that a user last updated the configuration, in ISO 8601 format.
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub last_modified: Option<String>,
}

/// Sets the runtime management configuration for a function's version.
///
/// Errors: [`PutRuntimeManagementConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "PutRuntimeManagementConfig",
    http(method = "PUT", uri = "/2021-07-20/functions/{FunctionName}/runtime-management-config"),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutRuntimeManagementConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify a version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
    /// Specify the runtime update mode.
    pub update_runtime_on: UpdateRuntimeOn,
    /// The ARN of the runtime version you want the function to use.
    #[aws(
        length(min = 26, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}::runtime:.+)|(arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:runtime/[A-Za-z0-9_.-]{1,128}/version/[A-Za-z0-9_.-]{1,128}))"
    )]
    pub runtime_version_arn: Option<String>,
}

/// The output of [`PutRuntimeManagementConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutRuntimeManagementConfigResponse {
    /// The runtime update mode.
    pub update_runtime_on: UpdateRuntimeOn,
    /// The ARN of the function
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: String,
    /// The ARN of the runtime the function is configured to use.
    #[aws(
        length(min = 26, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}::runtime:.+)|(arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:runtime/[A-Za-z0-9_.-]{1,128}/version/[A-Za-z0-9_.-]{1,128}))"
    )]
    pub runtime_version_arn: Option<String>,
}

/// Revokes function-use permission from an Amazon Web Services service or another Amazon Web Services account.
///
/// Errors: [`RemovePermissionError`].
#[aws_operation(
    service = LAMBDA,
    name = "RemovePermission",
    http(method = "DELETE", uri = "/2015-03-31/functions/{FunctionName}/policy/{StatementId}", code = 204),
    errors(InvalidParameterValueException, PublicPolicyException, ServiceException, TooManyRequestsException, ResourceNotFoundException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemovePermission {
    /// The name or ARN of the Lambda function, version, or alias.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Statement ID of the permission to remove.
    #[aws(label, length(min = 1, max = 100), pattern = "([a-zA-Z0-9-_.]+)")]
    pub statement_id: String,
    /// Specify a version or alias to remove permissions from a published version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
    /// Update the policy only if the revision ID matches the ID that's specified.
    #[aws(query = "RevisionId")]
    pub revision_id: Option<String>,
}

/// The output of [`RemovePermission`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemovePermissionResponse {}
