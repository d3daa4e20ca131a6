// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the event operations (CreateEventSourceMapping, DeleteEventSourceMapping, GetEventSourceMapping, ListEventSourceMappings and 1 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, EpochSeconds};

use awsop_lambda_shapes::*;

/// Creates a mapping between an event source and an Lambda Event Function.
///
/// Errors: [`CreateEventSourceMappingError`].
#[aws_operation(
    service = LAMBDA,
    name = "CreateEventSourceMapping",
    http(method = "POST", uri = "/2015-03-31/event-source-mappings", code = 202),
    output = "EventSourceMappingConfiguration",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateEventSourceMapping {
    /// The Amazon Resource Name (ARN) of the event source.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub event_source_arn: Option<String>,
    /// The name or ARN of the Lambda function.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// When true, the event source mapping is active.
    pub enabled: Option<bool>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function.
    #[aws(range(min = 1, max = 10000))]
    pub batch_size: Option<i32>,
    /// An object that defines the filter criteria that determine whether Lambda should process an event.
    pub filter_criteria: Option<FilterCriteria>,
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
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function.
    #[aws(range(min = 0, max = 300))]
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each shard concurrently.
    #[aws(range(min = 1, max = 10))]
    pub parallelization_factor: Option<i32>,
    /// The position in a stream from which to start reading.
    pub starting_position: Option<EventSourcePosition>,
    /// With StartingPosition set to AT_TIMESTAMP, the time from which to start reading.
    pub starting_position_timestamp: Option<EpochSeconds>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age.
    #[aws(range(min = -1, max = 604800))]
    pub maximum_record_age_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function returns an error, split the batch in two and retry.
    pub bisect_batch_on_function_error: Option<bool>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries.
    #[aws(range(min = -1, max = 10000))]
    pub maximum_retry_attempts: Option<i32>,
    /// A list of tags to apply to the event source mapping.
    pub tags: Option<BTreeMap<String, String>>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources.
    #[aws(range(min = 0, max = 900))]
    pub tumbling_window_in_seconds: Option<i32>,
    /// The name of the Kafka topic.
    #[aws(length(min = 1, max = 1))]
    pub topics: Option<Vec<String>>,
    /// (MQ) The name of the Amazon MQ broker destination queue to consume.
    #[aws(length(min = 1, max = 1))]
    pub queues: Option<Vec<String>>,
    /// An array of authentication protocols or VPC components required to secure your event source.
    #[aws(length(min = 0, max = 23))]
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// The self-managed Apache Kafka cluster to receive records from.
    pub self_managed_event_source: Option<SelfManagedEventSource>,
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
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source.
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
}

/// Deletes an event source mapping.
///
/// Errors: [`DeleteEventSourceMappingError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteEventSourceMapping",
    http(method = "DELETE", uri = "/2015-03-31/event-source-mappings/{UUID}", code = 202),
    output = "EventSourceMappingConfiguration",
    errors(InvalidParameterValueException, ResourceInUseException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteEventSourceMapping {
    /// The identifier of the event source mapping.
    #[aws(rename = "UUID", label, length(min = 36, max = 36))]
    pub uuid: String,
}

/// Returns details about an event source mapping.
///
/// Errors: [`GetEventSourceMappingError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetEventSourceMapping",
    http(method = "GET", uri = "/2015-03-31/event-source-mappings/{UUID}"),
    output = "EventSourceMappingConfiguration",
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetEventSourceMapping {
    /// The identifier of the event source mapping.
    #[aws(rename = "UUID", label, length(min = 36, max = 36))]
    pub uuid: String,
}

/// Lists event source mappings.
///
/// Errors: [`ListEventSourceMappingsError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListEventSourceMappings",
    http(method = "GET", uri = "/2015-03-31/event-source-mappings"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListEventSourceMappings {
    /// The Amazon Resource Name (ARN) of the event source.
    #[aws(
        query = "EventSourceArn",
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)"
    )]
    pub event_source_arn: Option<String>,
    /// The name or ARN of the Lambda function.
    #[aws(
        query = "FunctionName",
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: Option<String>,
    /// A pagination token returned by a previous call.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of event source mappings to return.
    #[aws(query = "MaxItems", range(min = 1, max = 10000))]
    pub max_items: Option<i32>,
}

/// The output of [`ListEventSourceMappings`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListEventSourceMappingsResponse {
    /// A pagination token that's returned when the response doesn't contain all event source mappings.
    pub next_marker: Option<String>,
    /// A list of event source mappings.
    pub event_source_mappings: Option<Vec<EventSourceMappingConfiguration>>,
}

/// Updates an event source mapping.
///
/// Errors: [`UpdateEventSourceMappingError`].
#[aws_operation(
    service = LAMBDA,
    name = "UpdateEventSourceMapping",
    http(method = "PUT", uri = "/2015-03-31/event-source-mappings/{UUID}", code = 202),
    output = "EventSourceMappingConfiguration",
    errors(InvalidParameterValueException, ResourceInUseException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateEventSourceMapping {
    /// The identifier of the event source mapping.
    #[aws(rename = "UUID", label, length(min = 36, max = 36))]
    pub uuid: String,
    /// The name or ARN of the Lambda function.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: Option<String>,
    /// When true, the event source mapping is active.
    pub enabled: Option<bool>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function.
    #[aws(range(min = 1, max = 10000))]
    pub batch_size: Option<i32>,
    /// An object that defines the filter criteria that determine whether Lambda should process an event.
    pub filter_criteria: Option<FilterCriteria>,
    /// The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's filter criteria.
    #[aws(
        rename = "KMSKeyArn",
        length(min = 0, max = 10000),
        pattern = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"
    )]
    pub kms_key_arn: Option<String>,
    /// The metrics configuration for your event source.
    pub metrics_config: Option<EventSourceMappingMetricsConfig>,
    pub logging_config: Option<EventSourceMappingLoggingConfig>,
    /// (Amazon SQS only) The scaling configuration for the event source.
    pub scaling_config: Option<ScalingConfig>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function.
    #[aws(range(min = 0, max = 300))]
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each shard concurrently.
    #[aws(range(min = 1, max = 10))]
    pub parallelization_factor: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
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
    /// An array of authentication protocols or VPC components required to secure your event source.
    #[aws(length(min = 0, max = 23))]
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of current response type enums applied to the event source mapping.
    #[aws(length(min = 0, max = 1))]
    pub function_response_types: Option<Vec<FunctionResponseType>>,
    pub amazon_managed_kafka_event_source_config: Option<AmazonManagedKafkaEventSourceConfig>,
    pub self_managed_kafka_event_source_config: Option<SelfManagedKafkaEventSourceConfig>,
    /// Specific configuration settings for a DocumentDB event source.
    #[aws(rename = "DocumentDBEventSourceConfig")]
    pub document_db_event_source_config: Option<DocumentDBEventSourceConfig>,
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source.
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
}
