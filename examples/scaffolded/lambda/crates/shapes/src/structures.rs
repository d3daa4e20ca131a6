// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's structures and unions that operations share.

use std::collections::BTreeMap;

use awsop::{aws_shape, Blob, EpochSeconds, Sensitive};

use crate::*;

/// The accelerator resource settings for a Lambda execution environment, including the amount of accelerator memory to allocate.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AcceleratorConfig {
    /// The minimum amount of memory (in GB) of each accelerator device exposed to the execution environment.
    pub accelerator_memory_size: i32,
}

/// Limits that are related to concurrency and storage.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountLimit {
    /// The amount of storage space that you can use for all deployment packages and layer archives.
    pub total_code_size: Option<i64>,
    /// The maximum size of a function's deployment package and layers when they're extracted.
    pub code_size_unzipped: Option<i64>,
    /// The maximum size of a deployment package when it's uploaded directly to Lambda.
    pub code_size_zipped: Option<i64>,
    /// The maximum number of simultaneous function executions.
    pub concurrent_executions: Option<i32>,
    /// The maximum number of simultaneous function executions, minus the capacity that's reserved for individual functions with PutFunctionConcurrency.
    #[aws(range(min = 0))]
    pub unreserved_concurrent_executions: Option<i32>,
}

/// The number of functions and amount of storage in use.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountUsage {
    /// The amount of storage space, in bytes, that's being used by deployment packages and layer archives.
    pub total_code_size: Option<i64>,
    /// The number of Lambda functions.
    pub function_count: Option<i64>,
}

/// Provides configuration information about a Lambda function alias.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AliasConfiguration {
    /// The Amazon Resource Name (ARN) of the alias.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub alias_arn: Option<String>,
    /// The name of the alias.
    #[aws(length(min = 1, max = 128))]
    pub name: Option<String>,
    /// The function version that the alias invokes.
    #[aws(length(min = 1, max = 1024), pattern = "(\\$LATEST|[0-9]+)")]
    pub function_version: Option<String>,
    /// A description of the alias.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The routing configuration of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
    /// A unique identifier that changes when you update the alias.
    pub revision_id: Option<String>,
}

/// The traffic-shifting configuration of a Lambda function alias.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AliasRoutingConfiguration {
    /// The second version, and the percentage of traffic that's routed to it.
    pub additional_version_weights: Option<BTreeMap<String, f64>>,
}

/// List of signing profiles that can sign a code package.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AllowedPublishers {
    /// The Amazon Resource Name (ARN) for each of the signing profiles.
    #[aws(length(min = 1, max = 20))]
    pub signing_profile_version_arns: Vec<String>,
}

/// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AmazonManagedKafkaEventSourceConfig {
    /// The identifier for the Kafka consumer group to join.
    #[aws(length(min = 1, max = 200), pattern = "[ a-zA-Z0-9-\\/*:_+=.@-]*")]
    pub consumer_group_id: Option<String>,
    /// Specific configuration settings for a Kafka schema registry.
    pub schema_registry_config: Option<KafkaSchemaRegistryConfig>,
}

/// Contains details about a callback operation in a durable execution, including the callback token and timeout configuration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallbackDetails {
    /// The callback ID.
    #[aws(length(min = 1, max = 1024), pattern = "[A-Za-z0-9+/]+={0,2}")]
    pub callback_id: Option<String>,
    /// The response payload from the callback operation as a string.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub result: Option<Sensitive<String>>,
    /// An error object that contains details about the failure.
    pub error: Option<ErrorObject>,
}

/// Contains details about a failed callback operation, including error information and the reason for failure.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallbackFailedDetails {
    /// An error object that contains details about the failure.
    pub error: EventError,
}

/// Configuration options for callback operations in durable executions, including timeout settings and retry behavior.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallbackOptions {
    /// The timeout for the callback operation in seconds.
    #[aws(range(min = 0, max = 99999999))]
    pub timeout_seconds: Option<i32>,
    /// The heartbeat timeout for the callback operation, in seconds.
    #[aws(range(min = 0, max = 99999999))]
    pub heartbeat_timeout_seconds: Option<i32>,
}

/// Contains details about a callback operation that has started, including timing information and callback metadata.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallbackStartedDetails {
    /// The callback ID.
    #[aws(length(min = 1, max = 1024), pattern = "[A-Za-z0-9+/]+={0,2}")]
    pub callback_id: String,
    /// The heartbeat timeout value, in seconds.
    #[aws(range(min = 0))]
    pub heartbeat_timeout: Option<i32>,
    /// The timeout value, in seconds.
    #[aws(range(min = 0))]
    pub timeout: Option<i32>,
}

/// Contains details about a successfully completed callback operation, including the result data and completion timestamp.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallbackSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}

/// Contains details about a callback operation that timed out, including timeout duration and any partial results.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallbackTimedOutDetails {
    /// Details about the callback timeout.
    pub error: EventError,
}

/// A capacity provider manages compute resources for Lambda functions.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProvider {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    #[aws(
        length(min = 1, max = 140),
        pattern = "arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+"
    )]
    pub capacity_provider_arn: String,
    /// The current state of the capacity provider.
    pub state: CapacityProviderState,
    /// The VPC configuration for the capacity provider.
    pub vpc_config: CapacityProviderVpcConfig,
    /// The permissions configuration for the capacity provider.
    pub permissions_config: CapacityProviderPermissionsConfig,
    /// The instance requirements for compute resources managed by the capacity provider.
    pub instance_requirements: Option<InstanceRequirements>,
    /// The scaling configuration for the capacity provider.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
    /// The ARN of the KMS key used to encrypt the capacity provider's resources.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub kms_key_arn: Option<String>,
    /// The date and time when the capacity provider was last modified.
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub last_modified: Option<String>,
    pub propagate_tags: Option<PropagateTags>,
    /// The telemetry configuration for the capacity provider, including logging settings.
    pub telemetry_config: Option<CapacityProviderTelemetryConfig>,
}

/// Configuration for the capacity provider that manages compute resources for Lambda functions.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderConfig {
    /// Configuration for Lambda-managed instances used by the capacity provider.
    pub lambda_managed_instances_capacity_provider_config:
        LambdaManagedInstancesCapacityProviderConfig,
}

/// The capacity provider's Amazon CloudWatch Logs configuration settings.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderLoggingConfig {
    /// Set this property to filter the system logs for your capacity provider that Lambda sends to CloudWatch.
    pub system_log_level: Option<SystemLogLevel>,
    /// The name of the Amazon CloudWatch log group the capacity provider sends logs to.
    #[aws(length(min = 1, max = 512), pattern = "[\\.\\-_/#A-Za-z0-9]+")]
    pub log_group: Option<String>,
}

/// Configuration that specifies the permissions required for the capacity provider to manage compute resources.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderPermissionsConfig {
    /// The ARN of the IAM role that the capacity provider uses to manage compute instances and other Amazon Web Services resources.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"
    )]
    pub capacity_provider_operator_role_arn: String,
}

/// Configuration that defines how the capacity provider scales compute instances based on demand and policies.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderScalingConfig {
    /// The maximum number of vCPUs that the capacity provider can provision across all compute instances.
    #[aws(range(min = 2, max = 15000))]
    pub max_v_cpu_count: Option<i32>,
    /// The scaling mode that determines how the capacity provider responds to changes in demand.
    pub scaling_mode: Option<CapacityProviderScalingMode>,
    /// A list of scaling policies that define how the capacity provider scales compute instances based on metrics and thresholds.
    #[aws(length(min = 1, max = 10))]
    pub scaling_policies: Option<Vec<TargetTrackingScalingPolicy>>,
}

/// Configuration that specifies the telemetry collection for the capacity provider.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderTelemetryConfig {
    /// The capacity provider's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<CapacityProviderLoggingConfig>,
}

/// VPC configuration that specifies the network settings for compute instances managed by the capacity provider.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderVpcConfig {
    /// A list of subnet IDs where the capacity provider launches compute instances.
    #[aws(length(min = 1, max = 16))]
    pub subnet_ids: Vec<String>,
    /// A list of security group IDs that control network access for compute instances managed by the capacity provider.
    #[aws(length(min = 0, max = 5))]
    pub security_group_ids: Vec<String>,
}

/// Contains details about a chained function invocation in a durable execution, including the target function and invocation parameters.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeDetails {
    /// The response payload from the chained invocation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub result: Option<Sensitive<String>>,
    /// Details about the chained invocation failure.
    pub error: Option<ErrorObject>,
}

/// Contains details about a failed chained function invocation, including error information and failure reason.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeFailedDetails {
    /// Details about the chained invocation failure.
    pub error: EventError,
}

/// Configuration options for chained function invocations in durable executions, including retry settings and timeout configuration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeOptions {
    /// The name or ARN of the Lambda function to invoke.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The tenant identifier for the chained invocation.
    #[aws(length(min = 1, max = 256), pattern = "[a-zA-Z0-9\\._:\\/=+\\-@ ]+")]
    pub tenant_id: Option<String>,
    /// The X-Ray trace header to use when starting the chained invocation.
    #[aws(length(min = 0, max = 8192))]
    pub x_amzn_trace_id: Option<String>,
}

/// Contains details about a chained function invocation that has started execution, including start time and execution context.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeStartedDetails {
    /// The name or ARN of the Lambda function being invoked.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The tenant identifier for the chained invocation.
    #[aws(length(min = 1, max = 256), pattern = "[a-zA-Z0-9\\._:\\/=+\\-@ ]+")]
    pub tenant_id: Option<String>,
    /// The JSON input payload provided to the chained invocation.
    pub input: Option<EventInput>,
    /// The version of the function that was executed.
    #[aws(
        length(min = 1, max = 1024),
        pattern = "(\\$LATEST(\\.PUBLISHED)?|[0-9]+)"
    )]
    pub executed_version: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies the durable execution.
    #[aws(
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: Option<String>,
}

/// Details about a chained invocation that was stopped.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeStoppedDetails {
    /// Details about why the chained invocation stopped.
    pub error: EventError,
}

/// Details about a chained invocation that succeeded.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}

/// Details about a chained invocation that timed out.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeTimedOutDetails {
    /// Details about the chained invocation timeout.
    pub error: EventError,
}

/// Contains operations that have been updated since the last checkpoint, such as completed asynchronous work like timers or callbacks.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckpointUpdatedExecutionState {
    /// A list of operations that have been updated since the last checkpoint.
    pub operations: Option<Vec<Operation>>,
    /// Indicates that more results are available.
    pub next_marker: Option<String>,
}

/// Details about a Code signing configuration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodeSigningConfig {
    /// Unique identifer for the Code signing configuration.
    #[aws(pattern = "csc-[a-zA-Z0-9-_\\.]{17}")]
    pub code_signing_config_id: String,
    /// The Amazon Resource Name (ARN) of the Code signing configuration.
    #[aws(
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: String,
    /// Code signing configuration description.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// List of allowed publishers.
    pub allowed_publishers: AllowedPublishers,
    /// The code signing policy controls the validation failure action for signature mismatch or expiry.
    pub code_signing_policies: CodeSigningPolicies,
    /// The date and time that the Code signing configuration was last modified, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub last_modified: String,
}

/// Code signing configuration policies specify the validation failure action for signature mismatch or expiry.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodeSigningPolicies {
    /// Code signing configuration policy for deployment validation failure.
    pub untrusted_artifact_on_deployment: Option<CodeSigningPolicy>,
}

/// The `Concurrency` structure.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Concurrency {
    /// The number of concurrent executions that are reserved for this function.
    #[aws(range(min = 0))]
    pub reserved_concurrent_executions: Option<i32>,
}

/// Details about a durable execution context.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextDetails {
    /// Whether the state data of child operations of this completed context should be included in the invoke payload and GetDurableExecutionState response.
    pub replay_children: Option<bool>,
    /// The response payload from the context.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub result: Option<Sensitive<String>>,
    /// Details about the context failure.
    pub error: Option<ErrorObject>,
}

/// Details about a context that failed.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextFailedDetails {
    /// Details about the context failure.
    pub error: EventError,
}

/// Configuration options for a durable execution context.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextOptions {
    /// Whether the state data of children of the completed context should be included in the invoke payload and GetDurableExecutionState response.
    pub replay_children: Option<bool>,
}

/// Details about a context that has started.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextStartedDetails {}

/// Details about a context that succeeded.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextSucceededDetails {
    /// The JSON response payload from the successful context.
    pub result: EventResult,
}

/// The cross-origin resource sharing (CORS) settings for your Lambda function URL.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cors {
    /// Whether to allow cookies or other credentials in requests to your function URL.
    pub allow_credentials: Option<bool>,
    /// The HTTP headers that origins can include in requests to your function URL.
    #[aws(length(min = 0, max = 100))]
    pub allow_headers: Option<Vec<String>>,
    /// The HTTP methods that are allowed when calling your function URL.
    #[aws(length(min = 0, max = 6))]
    pub allow_methods: Option<Vec<String>>,
    /// The origins that can access your function URL.
    #[aws(length(min = 0, max = 100))]
    pub allow_origins: Option<Vec<String>>,
    /// The HTTP headers in your function response that you want to expose to origins that call your function URL.
    #[aws(length(min = 0, max = 100))]
    pub expose_headers: Option<Vec<String>>,
    /// The maximum amount of time, in seconds, that web browsers can cache results of a preflight request.
    #[aws(range(min = 0, max = 86400))]
    pub max_age: Option<i32>,
}

/// The dead-letter queue for failed asynchronous invocations.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeadLetterConfig {
    /// The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub target_arn: Option<String>,
}

/// A configuration object that specifies the destination of an event after Lambda processes it.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DestinationConfig {
    /// The destination configuration for successful invocations.
    pub on_success: Option<OnSuccess>,
    /// The destination configuration for failed invocations.
    pub on_failure: Option<OnFailure>,
}

/// Specific configuration settings for a DocumentDB event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentDBEventSourceConfig {
    /// The name of the database to consume within the DocumentDB cluster.
    #[aws(length(min = 1, max = 63), pattern = "[^ /\\.$\\x22]*")]
    pub database_name: Option<String>,
    /// The name of the collection to consume within the database.
    #[aws(length(min = 1, max = 57))]
    pub collection_name: Option<String>,
    /// Determines what DocumentDB sends to your event stream during document update operations.
    pub full_document: Option<FullDocument>,
}

/// Configuration settings for durable functions, including execution timeout, retention period for execution history, and an optional ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DurableConfig {
    /// The ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    #[aws(
        rename = "KMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub kms_key_arn: Option<String>,
    /// The number of days to retain execution history after a durable execution completes.
    #[aws(range(min = 1, max = 90))]
    pub retention_period_in_days: Option<i32>,
    /// The maximum time (in seconds) that a durable execution can run before timing out.
    #[aws(range(min = 1, max = 31622400))]
    pub execution_timeout: Option<i32>,
}

/// A function's environment variable settings.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Environment {
    /// Environment variable key-value pairs.
    ///
    /// Sensitive: redacted in `Debug`.
    pub variables: Option<Sensitive<BTreeMap<String, Sensitive<String>>>>,
}

/// Error messages for environment variables that couldn't be applied.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnvironmentError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    ///
    /// Sensitive: redacted in `Debug`.
    pub message: Option<Sensitive<String>>,
}

/// The results of an operation to update or read environment variables.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnvironmentResponse {
    /// Environment variable key-value pairs.
    ///
    /// Sensitive: redacted in `Debug`.
    pub variables: Option<Sensitive<BTreeMap<String, Sensitive<String>>>>,
    /// Error messages for environment variables that couldn't be applied.
    pub error: Option<EnvironmentError>,
}

/// The size of the function's /tmp directory in MB.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EphemeralStorage {
    /// The size of the function's /tmp directory.
    #[aws(range(min = 512, max = 32768))]
    pub size: i32,
}

/// An object that contains error information.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorObject {
    /// A human-readable error message.
    ///
    /// Sensitive: redacted in `Debug`.
    pub error_message: Option<Sensitive<String>>,
    /// The error type.
    ///
    /// Sensitive: redacted in `Debug`.
    pub error_type: Option<Sensitive<String>>,
    /// Machine-readable error data.
    ///
    /// Sensitive: redacted in `Debug`.
    pub error_data: Option<Sensitive<String>>,
    /// Stack trace information for the error.
    pub stack_trace: Option<Vec<Sensitive<String>>>,
}

/// An event that occurred during the execution of a durable function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Event {
    /// The type of event that occurred.
    pub event_type: Option<EventType>,
    /// The subtype of the event, providing additional categorization.
    #[aws(length(min = 1, max = 32), pattern = "[a-zA-Z0-9-_]+")]
    pub sub_type: Option<String>,
    /// The unique identifier for this event.
    #[aws(range(min = 1))]
    pub event_id: Option<i32>,
    /// The unique identifier for this operation.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-_]+")]
    pub id: Option<String>,
    /// The customer-provided name for this operation.
    #[aws(length(min = 1, max = 256), pattern = "[\\x20-\\x7E]+")]
    pub name: Option<String>,
    /// The date and time when this event occurred, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub event_timestamp: Option<EpochSeconds>,
    /// The unique identifier of the parent operation, if this operation is running within a child context.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-_]+")]
    pub parent_id: Option<String>,
    /// Details about an execution that started.
    pub execution_started_details: Option<ExecutionStartedDetails>,
    /// Details about an execution that succeeded.
    pub execution_succeeded_details: Option<ExecutionSucceededDetails>,
    /// Details about an execution that failed.
    pub execution_failed_details: Option<ExecutionFailedDetails>,
    /// Details about an execution that timed out.
    pub execution_timed_out_details: Option<ExecutionTimedOutDetails>,
    /// Details about an execution that was stopped.
    pub execution_stopped_details: Option<ExecutionStoppedDetails>,
    /// Details about a context that started.
    pub context_started_details: Option<ContextStartedDetails>,
    /// Details about a context that succeeded.
    pub context_succeeded_details: Option<ContextSucceededDetails>,
    /// Details about a context that failed.
    pub context_failed_details: Option<ContextFailedDetails>,
    /// Details about a wait operation that started.
    pub wait_started_details: Option<WaitStartedDetails>,
    /// Details about a wait operation that succeeded.
    pub wait_succeeded_details: Option<WaitSucceededDetails>,
    /// Details about a wait operation that was cancelled.
    pub wait_cancelled_details: Option<WaitCancelledDetails>,
    /// Details about a step that started.
    pub step_started_details: Option<StepStartedDetails>,
    /// Details about a step that succeeded.
    pub step_succeeded_details: Option<StepSucceededDetails>,
    /// Details about a step that failed.
    pub step_failed_details: Option<StepFailedDetails>,
    pub chained_invoke_started_details: Option<ChainedInvokeStartedDetails>,
    /// Details about a chained invocation that succeeded.
    pub chained_invoke_succeeded_details: Option<ChainedInvokeSucceededDetails>,
    pub chained_invoke_failed_details: Option<ChainedInvokeFailedDetails>,
    /// Details about a chained invocation that timed out.
    pub chained_invoke_timed_out_details: Option<ChainedInvokeTimedOutDetails>,
    /// Details about a chained invocation that was stopped.
    pub chained_invoke_stopped_details: Option<ChainedInvokeStoppedDetails>,
    pub callback_started_details: Option<CallbackStartedDetails>,
    pub callback_succeeded_details: Option<CallbackSucceededDetails>,
    pub callback_failed_details: Option<CallbackFailedDetails>,
    pub callback_timed_out_details: Option<CallbackTimedOutDetails>,
    /// Details about a function invocation that completed.
    pub invocation_completed_details: Option<InvocationCompletedDetails>,
    /// The details of an ExecutionPaused event.
    pub execution_paused_details: Option<ExecutionPausedDetails>,
    /// The details of an ExecutionResumed event.
    pub execution_resumed_details: Option<ExecutionResumedDetails>,
}

/// Error information for an event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventError {
    /// The error payload.
    pub payload: Option<ErrorObject>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}

/// Input information for an event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventInput {
    /// The input payload.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub payload: Option<Sensitive<String>>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}

/// The reason for pausing a durable execution, as recorded in the execution history.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventPauseReason {
    /// The reason that you provided when you paused the execution.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 1024))]
    pub payload: Option<Sensitive<String>>,
    /// Specifies whether Lambda omitted the reason from the response because IncludeExecutionData is false.
    pub truncated: Option<bool>,
}

/// Result information for an event.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventResult {
    /// The result payload.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub payload: Option<Sensitive<String>>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}

/// The reason for resuming a durable execution, as recorded in the execution history.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventResumeReason {
    /// The reason that you provided when you resumed the execution.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 1024))]
    pub payload: Option<Sensitive<String>>,
    /// Specifies whether Lambda omitted the reason from the response because IncludeExecutionData is false.
    pub truncated: Option<bool>,
}

/// A mapping between an Amazon Web Services resource and a Lambda function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventSourceMappingConfiguration {
    /// The identifier of the event source mapping.
    #[aws(rename = "UUID", length(min = 36, max = 36))]
    pub uuid: Option<String>,
    /// The position in a stream from which to start reading.
    pub starting_position: Option<EventSourcePosition>,
    /// With StartingPosition set to AT_TIMESTAMP, the time from which to start reading.
    pub starting_position_timestamp: Option<EpochSeconds>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function.
    #[aws(range(min = 1, max = 10000))]
    pub batch_size: Option<i32>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function.
    #[aws(range(min = 0, max = 300))]
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process concurrently from each shard.
    #[aws(range(min = 1, max = 10))]
    pub parallelization_factor: Option<i32>,
    /// The Amazon Resource Name (ARN) of the event source.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub event_source_arn: Option<String>,
    /// An object that defines the filter criteria that determine whether Lambda should process an event.
    pub filter_criteria: Option<FilterCriteria>,
    /// An object that contains details about an error related to filter criteria encryption.
    pub filter_criteria_error: Option<FilterCriteriaError>,
    /// The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's filter criteria.
    #[aws(
        rename = "KMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub kms_key_arn: Option<String>,
    /// The metrics configuration for your event source.
    pub metrics_config: Option<EventSourceMappingMetricsConfig>,
    /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source.
    pub logging_config: Option<EventSourceMappingLoggingConfig>,
    /// (Amazon SQS only) The scaling configuration for the event source.
    pub scaling_config: Option<ScalingConfig>,
    /// The ARN of the Lambda function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: Option<String>,
    /// The date that the event source mapping was last updated or that its state changed.
    pub last_modified: Option<EpochSeconds>,
    /// The result of the event source mapping's last processing attempt.
    pub last_processing_result: Option<String>,
    /// The state of the event source mapping.
    pub state: Option<String>,
    /// Indicates whether a user or Lambda made the last change to the event source mapping.
    pub state_transition_reason: Option<String>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
    /// The name of the Kafka topic.
    #[aws(length(min = 1, max = 1))]
    pub topics: Option<Vec<String>>,
    /// (Amazon MQ) The name of the Amazon MQ broker destination queue to consume.
    #[aws(length(min = 1, max = 1))]
    pub queues: Option<Vec<String>>,
    /// An array of the authentication protocol, VPC components, or virtual host to secure and define your event source.
    #[aws(length(min = 0, max = 23))]
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// The self-managed Apache Kafka cluster for your event source.
    pub self_managed_event_source: Option<SelfManagedEventSource>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age.
    #[aws(range(min = -1, max = 604800))]
    pub maximum_record_age_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function returns an error, split the batch in two and retry.
    pub bisect_batch_on_function_error: Option<bool>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries.
    #[aws(range(min = -1, max = 10000))]
    pub maximum_retry_attempts: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources.
    #[aws(range(min = 0, max = 900))]
    pub tumbling_window_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of current response type enums applied to the event source mapping.
    #[aws(length(min = 0, max = 1))]
    pub function_response_types: Option<Vec<FunctionResponseType>>,
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source.
    pub amazon_managed_kafka_event_source_config: Option<AmazonManagedKafkaEventSourceConfig>,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    pub self_managed_kafka_event_source_config: Option<SelfManagedKafkaEventSourceConfig>,
    /// Specific configuration settings for a DocumentDB event source.
    #[aws(rename = "DocumentDBEventSourceConfig")]
    pub document_db_event_source_config: Option<DocumentDBEventSourceConfig>,
    /// The Amazon Resource Name (ARN) of the event source mapping.
    #[aws(
        length(min = 85, max = 120),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    )]
    pub event_source_mapping_arn: Option<String>,
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source.
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
}

/// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventSourceMappingLoggingConfig {
    /// The log level you want your event source mapping to use.
    pub system_log_level: Option<EventSourceMappingSystemLogLevel>,
}

/// The metrics configuration for your event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventSourceMappingMetricsConfig {
    /// The metrics you want your event source mapping to produce, including EventCount, ErrorCount, KafkaMetrics.
    #[aws(length(min = 0, max = 3))]
    pub metrics: Option<Vec<EventSourceMappingMetric>>,
}

/// Information about a durable execution.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Execution {
    /// The Amazon Resource Name (ARN) of the durable execution, if this execution is a durable execution.
    #[aws(
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// The unique name of the durable execution, if one was provided when the execution was started.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-_]+")]
    pub durable_execution_name: String,
    /// The Amazon Resource Name (ARN) of the Lambda function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: String,
    /// The current status of the durable execution.
    pub status: ExecutionStatus,
    /// The date and time when the durable execution started, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: EpochSeconds,
    /// The date and time when the durable execution ended, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: Option<EpochSeconds>,
    /// The ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    #[aws(
        rename = "KMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub kms_key_arn: Option<String>,
}

/// Details about a durable execution.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionDetails {
    /// The original input payload provided for the durable execution.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub input_payload: Option<Sensitive<String>>,
}

/// Details about a failed durable execution.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionFailedDetails {
    /// Details about the execution failure.
    pub error: EventError,
}

/// Details about a durable execution that paused.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionPausedDetails {
    /// The date and time when you requested the pause, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub pause_request_timestamp: EpochSeconds,
    /// The reason that you provided when you paused the execution.
    pub reason: Option<EventPauseReason>,
    /// Specifies whether the pause also paused the execution timeout.
    pub execution_timeout_paused: bool,
}

/// Details about a durable execution that resumed.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionResumedDetails {
    /// The date and time when you requested the resume, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub resume_request_timestamp: EpochSeconds,
    /// The reason that you provided when you resumed the execution.
    pub reason: Option<EventResumeReason>,
}

/// Details about a durable execution that started.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionStartedDetails {
    /// The input payload provided for the durable execution.
    pub input: EventInput,
    /// The maximum amount of time that the durable execution is allowed to run, in seconds.
    #[aws(range(min = 0))]
    pub execution_timeout: i32,
}

/// Details about a durable execution that stopped.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionStoppedDetails {
    /// Details about why the execution stopped.
    pub error: EventError,
}

/// Details about a durable execution that succeeded.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}

/// Details about a durable execution that timed out.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecutionTimedOutDetails {
    /// Details about the execution timeout.
    pub error: Option<EventError>,
}

/// Details about the connection between a Lambda function and an Amazon EFS file system or an Amazon S3 file system.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileSystemConfig {
    /// The Amazon Resource Name (ARN) of the Amazon EFS or Amazon S3 Files access point that provides access to the file system.
    #[aws(
        length(min = 0, max = 256),
        pattern = "arn:aws[a-zA-Z-]*:elasticfilesystem:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}"
    )]
    pub arn: String,
    /// The path where the function can access the file system, starting with /mnt/.
    #[aws(length(min = 0, max = 160), pattern = "/mnt/[a-zA-Z0-9-_.]+")]
    pub local_mount_path: String,
    /// The configuration for how your function accesses data on an Amazon S3 file system.
    pub s3_files_config: Option<S3FilesConfig>,
}

/// A structure within a FilterCriteria object that defines an event filtering pattern.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// A filter pattern.
    #[aws(length(min = 0, max = 4096), pattern = "[\\s\\S]*")]
    pub pattern: Option<String>,
}

/// An object that contains the filters for an event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterCriteria {
    /// A list of filters.
    pub filters: Option<Vec<Filter>>,
}

/// An object that contains details about an error related to filter criteria encryption.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterCriteriaError {
    /// The KMS exception that resulted from filter criteria encryption or decryption.
    #[aws(length(min = 10, max = 50), pattern = "[A-Za-z]+Exception")]
    pub error_code: Option<String>,
    /// The error message.
    #[aws(length(min = 10, max = 2048), pattern = ".*")]
    pub message: Option<String>,
}

/// The code for the Lambda function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionCode {
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
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's.zip deployment package.
    #[aws(
        rename = "SourceKMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub source_kms_key_arn: Option<String>,
}

/// Details about a function's deployment package.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionCodeLocation {
    /// The service that's hosting the file.
    pub repository_type: Option<String>,
    /// A presigned URL that you can use to download the deployment package.
    #[aws(length(min = 0, max = 10000))]
    pub location: Option<String>,
    /// URI of a container image in the Amazon ECR registry.
    pub image_uri: Option<String>,
    /// The resolved URI for the image.
    pub resolved_image_uri: Option<String>,
    /// The resolved Amazon S3 object that contains the deployment package.
    pub resolved_s3_object: Option<ResolvedS3Object>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's.zip deployment package.
    #[aws(
        rename = "SourceKMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub source_kms_key_arn: Option<String>,
    /// An object that contains details about an error related to function deployment package retrieval.
    pub error: Option<FunctionCodeLocationError>,
}

/// Contains details about an error that occurred when Lambda attempted to retrieve a function's deployment package.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionCodeLocationError {
    /// The error code that identifies why Lambda failed to retrieve the deployment package.
    pub error_code: Option<String>,
    /// The human-readable message that describes why Lambda failed to retrieve the deployment package.
    ///
    /// Sensitive: redacted in `Debug`.
    pub message: Option<Sensitive<String>>,
}

/// Details about a function's configuration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionConfiguration {
    /// The name of the function.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: Option<String>,
    /// The function's Amazon Resource Name (ARN).
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: Option<String>,
    /// The identifier of the function's runtime.
    pub runtime: Option<Runtime>,
    /// The function's execution role.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"
    )]
    pub role: Option<String>,
    /// The function that Lambda calls to begin running your function.
    #[aws(length(min = 0, max = 128), pattern = "[^\\s]+")]
    pub handler: Option<String>,
    /// The size of the function's deployment package, in bytes.
    pub code_size: Option<i64>,
    /// The function's description.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The amount of time in seconds that Lambda allows a function to run before stopping it.
    #[aws(range(min = 1, max = 5400))]
    pub timeout: Option<i32>,
    /// The amount of memory available to the function at runtime.
    #[aws(range(min = 128, max = 32768))]
    pub memory_size: Option<i32>,
    /// The date and time that the function was last updated, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub last_modified: Option<String>,
    /// The SHA256 hash of the function's deployment package.
    pub code_sha256: Option<String>,
    /// The version of the Lambda function.
    #[aws(length(min = 1, max = 1024), pattern = "(\\$LATEST|[0-9]+)")]
    pub version: Option<String>,
    /// The function's networking configuration.
    pub vpc_config: Option<VpcConfigResponse>,
    /// The function's dead letter queue.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The function's environment variables.
    pub environment: Option<EnvironmentResponse>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources: The function's environment variables.
    #[aws(
        rename = "KMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub kms_key_arn: Option<String>,
    /// The function's X-Ray tracing configuration.
    pub tracing_config: Option<TracingConfigResponse>,
    /// For Lambda@Edge functions, the ARN of the main function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub master_arn: Option<String>,
    /// The latest updated revision of the function or alias.
    pub revision_id: Option<String>,
    /// The function's layers.
    pub layers: Option<Vec<Layer>>,
    /// The current state of the function.
    pub state: Option<State>,
    /// The reason for the function's current state.
    pub state_reason: Option<String>,
    /// The reason code for the function's current state.
    pub state_reason_code: Option<StateReasonCode>,
    /// The status of the last update that was performed on the function.
    pub last_update_status: Option<LastUpdateStatus>,
    /// The reason for the last update that was performed on the function.
    pub last_update_status_reason: Option<String>,
    /// The reason code for the last update that was performed on the function.
    pub last_update_status_reason_code: Option<LastUpdateStatusReasonCode>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 file system.
    #[aws(length(min = 0, max = 1))]
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// The ARN of the signing profile version.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub signing_profile_version_arn: Option<String>,
    /// The ARN of the signing job.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub signing_job_arn: Option<String>,
    /// The type of deployment package.
    pub package_type: Option<PackageType>,
    /// The function's image configuration values.
    pub image_config_response: Option<ImageConfigResponse>,
    /// The instruction set architecture that the function supports.
    #[aws(length(min = 1, max = 1))]
    pub architectures: Option<Vec<Architecture>>,
    /// The size of the function's /tmp directory in MB.
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// Set ApplyOn to PublishedVersions to create a snapshot of the initialized execution environment when you publish a function version.
    pub snap_start: Option<SnapStartResponse>,
    /// The ARN of the runtime and any errors that occured.
    pub runtime_version_config: Option<RuntimeVersionConfig>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// The function's tenant isolation configuration settings.
    pub tenancy_config: Option<TenancyConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// The SHA256 hash of the function configuration.
    pub config_sha256: Option<String>,
    /// The function's durable execution configuration settings, if the function is configured for durability.
    pub durable_config: Option<DurableConfig>,
    /// The customer-managed runtime configuration for your function.
    pub runtime_config: Option<FunctionRuntimeConfig>,
    /// The accelerator resource settings for a Lambda execution environment.
    pub accelerator_config: Option<AcceleratorConfig>,
}

/// The `FunctionEventInvokeConfig` structure.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionEventInvokeConfig {
    /// The date and time that the configuration was last updated.
    pub last_modified: Option<EpochSeconds>,
    /// The Amazon Resource Name (ARN) of the function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    #[aws(range(min = 0, max = 2))]
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    #[aws(range(min = 60, max = 21600))]
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    pub destination_config: Option<DestinationConfig>,
}

/// The customer-managed runtime configuration for your function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionRuntimeConfig {
    /// The Amazon Resource Name (ARN) of the customer-managed runtime that your function uses.
    #[aws(
        length(min = 48, max = 2048),
        pattern = "arn:[a-z-]+:lambda:[a-z0-9-]+:\\d{12}:runtime/.+"
    )]
    pub runtime_arn: String,
    /// The name of the customer-managed runtime alias that your function uses.
    #[aws(length(min = 1, max = 128))]
    pub runtime_alias: String,
}

/// Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionScalingConfig {
    /// The minimum number of execution environments to maintain for the function.
    #[aws(range(min = 0, max = 15000))]
    pub min_execution_environments: Option<i32>,
    /// The maximum number of execution environments that can be provisioned for the function.
    #[aws(range(min = 0, max = 15000))]
    pub max_execution_environments: Option<i32>,
}

/// Details about a Lambda function URL.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionUrlConfig {
    /// The HTTP URL endpoint for your function.
    #[aws(length(min = 40, max = 100))]
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: String,
    /// When the function URL was created, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub creation_time: String,
    /// When the function URL configuration was last updated, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub last_modified_time: String,
    /// The cross-origin resource sharing (CORS) settings for your function URL.
    pub cors: Option<Cors>,
    /// The type of authentication that your function URL uses.
    pub auth_type: FunctionUrlAuthType,
    /// Use one of the following options: BUFFERED – This is the default option.
    pub invoke_mode: Option<InvokeMode>,
}

/// Information about a function version that uses a specific capacity provider, including its ARN and current state.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionVersionsByCapacityProviderListItem {
    /// The Amazon Resource Name (ARN) of the function version.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: String,
    /// The current state of the function version.
    pub state: State,
}

/// The `GetLayerVersionResponse` structure.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionResponse {
    /// Details about the layer version.
    pub content: Option<LayerVersionContentOutput>,
    /// The ARN of the layer.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+"
    )]
    pub layer_arn: Option<String>,
    /// The ARN of the layer version.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))"
    )]
    pub layer_version_arn: Option<String>,
    /// The description of the version.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The date that the layer version was created, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub created_date: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// A list of compatible instruction set architectures.
    #[aws(length(min = 0, max = 2))]
    pub compatible_architectures: Option<Vec<Architecture>>,
    /// The layer's compatible runtimes.
    #[aws(length(min = 0, max = 15))]
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license.
    #[aws(length(min = 0, max = 512), pattern = ".*")]
    pub license_info: Option<String>,
}

/// Configuration values that override the container image Dockerfile settings.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImageConfig {
    /// Specifies the entry point to their application, which is typically the location of the runtime executable.
    #[aws(length(min = 0, max = 1500))]
    pub entry_point: Option<Vec<String>>,
    /// Specifies parameters that you want to pass in with ENTRYPOINT.
    #[aws(length(min = 0, max = 1500))]
    pub command: Option<Vec<String>>,
    /// Specifies the working directory.
    #[aws(length(min = 0, max = 1000))]
    pub working_directory: Option<String>,
}

/// Error response to GetFunctionConfiguration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImageConfigError {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    ///
    /// Sensitive: redacted in `Debug`.
    pub message: Option<Sensitive<String>>,
}

/// Response to a GetFunctionConfiguration request.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImageConfigResponse {
    /// Configuration values that override the container image Dockerfile.
    pub image_config: Option<ImageConfig>,
    /// Error response to GetFunctionConfiguration.
    pub error: Option<ImageConfigError>,
}

/// Specifications that define the characteristics and constraints for compute instances used by the capacity provider.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InstanceRequirements {
    /// A list of supported CPU architectures for compute instances.
    #[aws(length(min = 1, max = 1))]
    pub architectures: Option<Vec<Architecture>>,
    /// A list of EC2 instance types that the capacity provider is allowed to use.
    #[aws(length(min = 0, max = 400))]
    pub allowed_instance_types: Option<Vec<String>>,
    /// A list of EC2 instance types that the capacity provider should not use, even if they meet other requirements.
    #[aws(length(min = 0, max = 400))]
    pub excluded_instance_types: Option<Vec<String>>,
}

/// Details about a function invocation that completed.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvocationCompletedDetails {
    /// The date and time when the invocation started, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: EpochSeconds,
    /// The date and time when the invocation ended, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: EpochSeconds,
    /// The request ID for the invocation.
    pub request_id: String,
    /// Details about the invocation failure.
    pub error: Option<EventError>,
}

/// Specific access configuration settings that tell Lambda how to authenticate with your schema registry.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KafkaSchemaRegistryAccessConfig {
    /// The type of authentication Lambda uses to access your schema registry.
    pub type_: Option<KafkaSchemaRegistryAuthType>,
    /// The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema registry.
    #[aws(
        rename = "URI",
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub uri: Option<String>,
}

/// Specific configuration settings for a Kafka schema registry.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KafkaSchemaRegistryConfig {
    /// The URI for your schema registry.
    #[aws(
        rename = "SchemaRegistryURI",
        length(min = 1, max = 10000),
        pattern = "[a-zA-Z0-9-\\/*:_+=.@-]*"
    )]
    pub schema_registry_uri: Option<String>,
    /// The record format that Lambda delivers to your function after schema validation.
    pub event_record_format: Option<SchemaRegistryEventRecordFormat>,
    /// An array of access configuration objects that tell Lambda how to authenticate with your schema registry.
    pub access_configs: Option<Vec<KafkaSchemaRegistryAccessConfig>>,
    /// An array of schema validation configuration objects, which tell Lambda the message attributes you want to validate and filter using your schema registry.
    pub schema_validation_configs: Option<Vec<KafkaSchemaValidationConfig>>,
}

/// Specific schema validation configuration settings that tell Lambda the message attributes you want to validate and filter using your schema registry.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KafkaSchemaValidationConfig {
    /// The attributes you want your schema registry to validate and filter for.
    pub attribute: Option<KafkaSchemaValidationAttribute>,
}

/// Configuration for Lambda-managed instances used by the capacity provider.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LambdaManagedInstancesCapacityProviderConfig {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    #[aws(
        length(min = 1, max = 140),
        pattern = "arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+"
    )]
    pub capacity_provider_arn: String,
    /// The maximum number of concurrent execution environments that can run on each compute instance.
    #[aws(range(min = 1, max = 1600))]
    pub per_execution_environment_max_concurrency: Option<i32>,
    /// The amount of memory in GiB allocated per vCPU for execution environments.
    #[aws(range(min = 2, max = 8))]
    pub execution_environment_memory_gi_b_per_v_cpu: Option<f64>,
}

/// An Lambda layer.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layer {
    /// The Amazon Resource Name (ARN) of the function layer.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))"
    )]
    pub arn: Option<String>,
    /// The size of the layer archive in bytes.
    pub code_size: Option<i64>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub signing_profile_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of a signing job.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub signing_job_arn: Option<String>,
}

/// A ZIP archive that contains the contents of an Lambda layer.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LayerVersionContentInput {
    /// The Amazon S3 bucket of the layer archive.
    #[aws(length(min = 3, max = 63))]
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the layer archive.
    #[aws(length(min = 1, max = 1024), pattern = ".*")]
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the layer archive object to use.
    #[aws(length(min = 1, max = 1024), pattern = ".*")]
    pub s3_object_version: Option<String>,
    /// Specifies how the layer archive is stored.
    pub s3_object_storage_mode: Option<S3ObjectStorageMode>,
    /// The base64-encoded contents of the layer archive.
    ///
    /// Sensitive: redacted in `Debug`.
    pub zip_file: Option<Sensitive<Blob>>,
}

/// Details about a version of an Lambda layer.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LayerVersionContentOutput {
    /// A link to the layer archive in Amazon S3 that is valid for 10 minutes.
    #[aws(length(min = 0, max = 10000))]
    pub location: Option<String>,
    /// The SHA-256 hash of the layer archive.
    pub code_sha256: Option<String>,
    /// The size of the layer archive in bytes.
    pub code_size: Option<i64>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub signing_profile_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of a signing job.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub signing_job_arn: Option<String>,
    /// The resolved Amazon S3 object that contains the layer archive.
    pub resolved_s3_object: Option<ResolvedS3Object>,
}

/// Details about a version of an Lambda layer.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LayerVersionsListItem {
    /// The ARN of the layer version.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))"
    )]
    pub layer_version_arn: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// The description of the version.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The date that the version was created, in ISO 8601 format.
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub created_date: Option<String>,
    /// A list of compatible instruction set architectures.
    #[aws(length(min = 0, max = 2))]
    pub compatible_architectures: Option<Vec<Architecture>>,
    /// The layer's compatible runtimes.
    #[aws(length(min = 0, max = 15))]
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's open-source license.
    #[aws(length(min = 0, max = 512), pattern = ".*")]
    pub license_info: Option<String>,
}

/// Details about an Lambda layer.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LayersListItem {
    /// The name of the layer.
    #[aws(
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+"
    )]
    pub layer_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the function layer.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+"
    )]
    pub layer_arn: Option<String>,
    /// The newest version of the layer.
    pub latest_matching_version: Option<LayerVersionsListItem>,
}

/// The function's Amazon CloudWatch Logs configuration settings.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoggingConfig {
    /// The format in which Lambda sends your function's application and system logs to CloudWatch.
    pub log_format: Option<LogFormat>,
    /// Set this property to filter the application logs for your function that Lambda sends to CloudWatch.
    pub application_log_level: Option<ApplicationLogLevel>,
    /// Set this property to filter the system logs for your function that Lambda sends to CloudWatch.
    pub system_log_level: Option<SystemLogLevel>,
    /// The name of the Amazon CloudWatch log group the function sends logs to.
    #[aws(length(min = 1, max = 512), pattern = "[\\.\\-_/#A-Za-z0-9]+")]
    pub log_group: Option<String>,
}

/// A destination for events that failed processing.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnFailure {
    /// The Amazon Resource Name (ARN) of the destination resource.
    #[aws(
        length(min = 0, max = 350),
        pattern = "$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub destination: Option<String>,
}

/// A destination for events that were processed successfully.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnSuccess {
    /// The Amazon Resource Name (ARN) of the destination resource.
    #[aws(
        length(min = 0, max = 350),
        pattern = "$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub destination: Option<String>,
}

/// Information about an operation within a durable execution.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Operation {
    /// The unique identifier for this operation.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-_]+")]
    pub id: String,
    /// The unique identifier of the parent operation, if this operation is running within a child context.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-_]+")]
    pub parent_id: Option<String>,
    /// The customer-provided name for this operation.
    #[aws(length(min = 1, max = 256), pattern = "[\\x20-\\x7E]+")]
    pub name: Option<String>,
    /// The type of operation.
    pub type_: OperationType,
    /// The subtype of the operation, providing additional categorization.
    #[aws(length(min = 1, max = 32), pattern = "[a-zA-Z0-9-_]+")]
    pub sub_type: Option<String>,
    /// The date and time when the operation started, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: EpochSeconds,
    /// The date and time when the operation ended, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: Option<EpochSeconds>,
    /// The current status of the operation.
    pub status: OperationStatus,
    /// Details about the execution, if this operation represents an execution.
    pub execution_details: Option<ExecutionDetails>,
    /// Details about the context, if this operation represents a context.
    pub context_details: Option<ContextDetails>,
    /// Details about the step, if this operation represents a step.
    pub step_details: Option<StepDetails>,
    /// Details about the wait operation, if this operation represents a wait.
    pub wait_details: Option<WaitDetails>,
    pub callback_details: Option<CallbackDetails>,
    pub chained_invoke_details: Option<ChainedInvokeDetails>,
}

/// An update to be applied to an operation during checkpointing.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperationUpdate {
    /// The unique identifier for this operation.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-_]+")]
    pub id: String,
    /// The unique identifier of the parent operation, if this operation is running within a child context.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-_]+")]
    pub parent_id: Option<String>,
    /// The customer-provided name for this operation.
    #[aws(length(min = 1, max = 256), pattern = "[\\x20-\\x7E]+")]
    pub name: Option<String>,
    /// The type of operation to update.
    pub type_: OperationType,
    /// The subtype of the operation, providing additional categorization.
    #[aws(length(min = 1, max = 32), pattern = "[a-zA-Z0-9-_]+")]
    pub sub_type: Option<String>,
    /// The action to take on the operation.
    pub action: OperationAction,
    /// The payload for successful operations.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub payload: Option<Sensitive<String>>,
    /// The error information for failed operations.
    pub error: Option<ErrorObject>,
    /// Options for context operations.
    pub context_options: Option<ContextOptions>,
    /// Options for step operations.
    pub step_options: Option<StepOptions>,
    /// Options for wait operations.
    pub wait_options: Option<WaitOptions>,
    pub callback_options: Option<CallbackOptions>,
    pub chained_invoke_options: Option<ChainedInvokeOptions>,
}

/// Details about a durable execution that is pausing or paused.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PauseDetails {
    /// The date and time when you requested the pause, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub pause_request_timestamp: EpochSeconds,
    /// The reason that you provided when you paused the execution.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 1024))]
    pub reason: Option<Sensitive<String>>,
    /// Specifies whether the pause also pauses the execution timeout.
    pub execution_timeout_paused: bool,
}

/// Configuration for tag propagation to managed resources launched by the capacity provider.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PropagateTags {
    /// The tag propagation mode.
    pub mode: Option<PropagateTagsMode>,
    /// A list of tags to apply to managed resources when Mode is set to Explicit.
    #[aws(length(min = 0, max = 40))]
    pub explicit_tags: Option<BTreeMap<String, String>>,
}

/// Details about the provisioned concurrency configuration for a function alias or version.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisionedConcurrencyConfigListItem {
    /// The Amazon Resource Name (ARN) of the alias or version.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: Option<String>,
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

/// The provisioned mode configuration for the event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisionedPollerConfig {
    /// The minimum number of event pollers this event source can scale down to.
    #[aws(range(min = 1, max = 200))]
    pub minimum_pollers: Option<i32>,
    /// The maximum number of event pollers this event source can scale up to.
    #[aws(range(min = 1, max = 10000))]
    pub maximum_pollers: Option<i32>,
    /// (Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group.
    #[aws(length(min = 0, max = 128), pattern = "[a-zA-Z0-9-_]*")]
    pub poller_group_name: Option<String>,
}

/// Details about the resolved Amazon S3 object that contains a function's deployment package.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResolvedS3Object {
    /// The Amazon S3 bucket that contains the deployment package.
    #[aws(length(min = 3, max = 63))]
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package.
    #[aws(length(min = 1, max = 1024), pattern = ".*")]
    pub s3_key: Option<String>,
    /// The version of the deployment package object.
    #[aws(length(min = 1, max = 1024), pattern = ".*")]
    pub s3_object_version: Option<String>,
}

/// Information about retry attempts for an operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RetryDetails {
    /// The current attempt number for this operation.
    #[aws(range(min = 0))]
    pub current_attempt: Option<i32>,
    /// The delay before the next retry attempt, in seconds.
    #[aws(range(min = 0))]
    pub next_attempt_delay_seconds: Option<i32>,
}

/// The ARN of the runtime and any errors that occured.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuntimeVersionConfig {
    /// The ARN of the runtime version you want the function to use.
    #[aws(
        length(min = 26, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}::runtime:.+)|(arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:runtime/[A-Za-z0-9_.-]{1,128}/version/[A-Za-z0-9_.-]{1,128}))"
    )]
    pub runtime_version_arn: Option<String>,
    /// Error response when Lambda is unable to retrieve the runtime version for a function.
    pub error: Option<RuntimeVersionError>,
}

/// Any error returned when the runtime version information for the function could not be retrieved.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuntimeVersionError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    ///
    /// Sensitive: redacted in `Debug`.
    pub message: Option<Sensitive<String>>,
}

/// Setting controls how your function accesses data from an Amazon S3 file system.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3FilesConfig {
    /// Specifies if a function reads from the file system for the lowest latency, or through Amazon S3 Files feature "direct Amazon S3 bucket reads" for the highest throughput.
    pub direct_s3_read: Option<DirectS3Read>,
}

/// (Amazon SQS only) The scaling configuration for the event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScalingConfig {
    /// Limits the number of concurrent instances that the Amazon SQS event source can invoke.
    #[aws(range(min = 2, max = 1000))]
    pub maximum_concurrency: Option<i32>,
}

/// The self-managed Apache Kafka cluster for your event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SelfManagedEventSource {
    /// The list of bootstrap servers for your Kafka brokers in the following format: "KAFKA_BOOTSTRAP_SERVERS": \["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"\].
    #[aws(length(min = 1, max = 2))]
    pub endpoints: Option<BTreeMap<EndPointType, Vec<String>>>,
}

/// Specific configuration settings for a self-managed Apache Kafka event source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SelfManagedKafkaEventSourceConfig {
    /// The identifier for the Kafka consumer group to join.
    #[aws(length(min = 1, max = 200), pattern = "[ a-zA-Z0-9-\\/*:_+=.@-]*")]
    pub consumer_group_id: Option<String>,
    /// Specific configuration settings for a Kafka schema registry.
    pub schema_registry_config: Option<KafkaSchemaRegistryConfig>,
    /// The mode that Lambda uses to consume records from your self-managed Apache Kafka topic.
    pub consumption_mode: Option<KafkaEventSourceMappingConsumptionMode>,
}

/// The function's Lambda SnapStart setting.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SnapStart {
    /// Set to PublishedVersions to create a snapshot of the initialized execution environment when you publish a function version.
    pub apply_on: Option<SnapStartApplyOn>,
}

/// The function's SnapStart setting.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SnapStartResponse {
    /// When set to PublishedVersions, Lambda creates a snapshot of the execution environment when you publish a function version.
    pub apply_on: Option<SnapStartApplyOn>,
    /// When you provide a qualified Amazon Resource Name (ARN), this response element indicates whether SnapStart is activated for the specified function version.
    pub optimization_status: Option<SnapStartOptimizationStatus>,
}

/// To secure and define access to your event source, you can specify the authentication protocol, VPC components, or virtual host.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceAccessConfiguration {
    /// The type of authentication protocol, VPC components, or virtual host for your event source.
    pub type_: Option<SourceAccessType>,
    /// The value for your chosen configuration in Type.
    #[aws(
        rename = "URI",
        length(min = 1, max = 200),
        pattern = "[ a-zA-Z0-9-\\/*:_+=.@-]*"
    )]
    pub uri: Option<String>,
}

/// Details about a step operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepDetails {
    /// The current attempt number for this step.
    #[aws(range(min = 0))]
    pub attempt: Option<i32>,
    /// The date and time when the next attempt is scheduled, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub next_attempt_timestamp: Option<EpochSeconds>,
    /// The JSON response payload from the step operation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub result: Option<Sensitive<String>>,
    /// Details about the step failure.
    pub error: Option<ErrorObject>,
}

/// Details about a step that failed.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepFailedDetails {
    /// Details about the step failure.
    pub error: EventError,
    /// Information about retry attempts for this step operation.
    pub retry_details: RetryDetails,
}

/// Configuration options for a step operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepOptions {
    /// The delay in seconds before the next retry attempt.
    #[aws(range(min = 1, max = 31622400))]
    pub next_attempt_delay_seconds: Option<i32>,
}

/// Details about a step that has started.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepStartedDetails {}

/// Details about a step that succeeded.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
    /// Information about retry attempts for this step operation.
    pub retry_details: RetryDetails,
}

/// An object that contains details about an error related to retrieving tags.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagsError {
    /// The error code.
    #[aws(length(min = 10, max = 21), pattern = "[A-Za-z]+Exception")]
    pub error_code: String,
    /// The error message.
    #[aws(length(min = 84, max = 1000), pattern = ".*")]
    pub message: String,
}

/// A scaling policy for the capacity provider that automatically adjusts capacity to maintain a target value for a specific metric.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TargetTrackingScalingPolicy {
    /// The predefined metric type to track for scaling decisions.
    pub predefined_metric_type: CapacityProviderPredefinedMetricType,
    /// The target value for the metric that the scaling policy attempts to maintain through scaling actions.
    #[aws(range(min = 0, max = 100))]
    pub target_value: f64,
}

/// Specifies the tenant isolation mode configuration for a Lambda function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TenancyConfig {
    /// Tenant isolation mode allows for invocation to be sent to a corresponding execution environment dedicated to a specific tenant ID.
    pub tenant_isolation_mode: TenantIsolationMode,
}

/// Contains trace headers for the Lambda durable execution.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TraceHeader {
    /// The X-Ray trace header associated with the durable execution.
    #[aws(length(min = 0, max = 8192))]
    pub x_amzn_trace_id: Option<String>,
}

/// The function's X-Ray tracing configuration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TracingConfig {
    /// The tracing mode.
    pub mode: Option<TracingMode>,
}

/// The function's X-Ray tracing configuration.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TracingConfigResponse {
    /// The tracing mode.
    pub mode: Option<TracingMode>,
}

/// The VPC security groups and subnets that are attached to a Lambda function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VpcConfig {
    /// A list of VPC subnet IDs.
    #[aws(length(min = 0, max = 16))]
    pub subnet_ids: Option<Vec<String>>,
    /// A list of VPC security group IDs.
    #[aws(length(min = 0, max = 5))]
    pub security_group_ids: Option<Vec<String>>,
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub ipv6_allowed_for_dual_stack: Option<bool>,
}

/// The VPC security groups and subnets that are attached to a Lambda function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VpcConfigResponse {
    /// A list of VPC subnet IDs.
    #[aws(length(min = 0, max = 16))]
    pub subnet_ids: Option<Vec<String>>,
    /// A list of VPC security group IDs.
    #[aws(length(min = 0, max = 5))]
    pub security_group_ids: Option<Vec<String>>,
    /// The ID of the VPC.
    pub vpc_id: Option<String>,
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub ipv6_allowed_for_dual_stack: Option<bool>,
}

/// Details about a wait operation that was cancelled.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaitCancelledDetails {
    /// Details about why the wait operation was cancelled.
    pub error: Option<EventError>,
}

/// Details about a wait operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaitDetails {
    /// The date and time when the wait operation is scheduled to complete, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub scheduled_end_timestamp: Option<EpochSeconds>,
}

/// Specifies how long the durable execution waits.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaitOptions {
    /// The duration to wait, in seconds.
    #[aws(range(min = 1, max = 31622400))]
    pub wait_seconds: Option<i32>,
}

/// Details about a wait operation that has started.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaitStartedDetails {
    /// The duration to wait, in seconds.
    #[aws(range(min = 0))]
    pub duration: i32,
    /// The date and time when the wait operation is scheduled to complete, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    pub scheduled_end_timestamp: EpochSeconds,
}

/// Details about a wait operation that succeeded.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaitSucceededDetails {
    /// The wait duration, in seconds.
    #[aws(range(min = 0))]
    pub duration: Option<i32>,
}
