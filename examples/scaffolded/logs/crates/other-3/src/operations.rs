// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the other 3 operations (DeleteRetentionPolicy, DeleteSubscriptionFilter, DeleteSyslogConfiguration, DeleteTransformer and 12 more).

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Deletes the specified retention policy.
///
/// Errors: [`DeleteRetentionPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteRetentionPolicy",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRetentionPolicy {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
}

/// The output of [`DeleteRetentionPolicy`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRetentionPolicyResponse {}

/// Deletes the specified subscription filter.
///
/// Errors: [`DeleteSubscriptionFilterError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteSubscriptionFilter",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteSubscriptionFilter {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The name of the subscription filter.
    #[aws(rename = "filterName", length(min = 1, max = 512), pattern = "[^:*]*")]
    pub filter_name: String,
}

/// The output of [`DeleteSubscriptionFilter`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteSubscriptionFilterResponse {}

/// Deletes a syslog configuration for a log group.
///
/// Errors: [`DeleteSyslogConfigurationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteSyslogConfiguration",
    errors(AccessDeniedException, InvalidParameterException, InvalidOperationException, OperationAbortedException, ResourceNotFoundException, ThrottlingException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteSyslogConfiguration {
    /// The name or ARN of the log group to remove the syslog configuration from.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
    /// The ID of the VPC endpoint associated with the syslog configuration to delete.
    #[aws(rename = "vpcEndpointId", pattern = "^vpce-[0-9a-f]{1,64}$")]
    pub vpc_endpoint_id: Option<String>,
}

/// The output of [`DeleteSyslogConfiguration`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteSyslogConfigurationResponse {}

/// Deletes the log transformer for the specified log group.
///
/// Errors: [`DeleteTransformerError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteTransformer",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTransformer {
    /// Specify either the name or ARN of the log group to delete the transformer for.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
}

/// The output of [`DeleteTransformer`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTransformerResponse {}

/// Use this operation to return the valid and default values that are used when creating delivery sources, delivery destinations, and deliveries.
///
/// Errors: [`DescribeConfigurationTemplatesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeConfigurationTemplates",
    errors(ServiceUnavailableException, ValidationException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeConfigurationTemplates {
    /// Use this parameter to filter the response to include only the configuration templates that apply to the Amazon Web Services service that you specify here.
    #[aws(rename = "service", length(min = 1, max = 255), pattern = "[\\w_-]*")]
    pub service: Option<String>,
    /// Use this parameter to filter the response to include only the configuration templates that apply to the log types that you specify here.
    #[aws(rename = "logTypes", length(min = 1, max = 10))]
    pub log_types: Option<Vec<String>>,
    /// Use this parameter to filter the response to include only the configuration templates that apply to the resource types that you specify here.
    #[aws(rename = "resourceTypes", length(min = 1, max = 10))]
    pub resource_types: Option<Vec<String>>,
    /// Use this parameter to filter the response to include only the configuration templates that apply to the delivery destination types that you specify here.
    #[aws(rename = "deliveryDestinationTypes", length(min = 1, max = 4))]
    pub delivery_destination_types: Option<Vec<DeliveryDestinationType>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// Use this parameter to limit the number of configuration templates that are returned in the response.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
}

/// The output of [`DescribeConfigurationTemplates`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeConfigurationTemplatesResponse {
    /// An array of objects, where each object describes one configuration template that matches the filters that you specified in the request.
    #[aws(rename = "configurationTemplates")]
    pub configuration_templates: Option<Vec<ConfigurationTemplate>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns a list of field indexes discovered in log data.
///
/// Errors: [`DescribeFieldIndexesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeFieldIndexes",
    errors(InvalidParameterException, ResourceNotFoundException, LimitExceededException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeFieldIndexes {
    /// An array containing the names or ARNs of the log groups that you want to retrieve field indexes for.
    #[aws(rename = "logGroupIdentifiers", length(min = 1, max = 100))]
    pub log_group_identifiers: Vec<String>,
    /// The index categories to return.
    #[aws(rename = "indexCategories", length(max = 4))]
    pub index_categories: Option<Vec<IndexCategory>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`DescribeFieldIndexes`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeFieldIndexesResponse {
    /// An array containing the field index information.
    #[aws(rename = "fieldIndexes")]
    pub field_indexes: Option<Vec<FieldIndex>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Lists the subscription filters for the specified log group.
///
/// Errors: [`DescribeSubscriptionFiltersError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeSubscriptionFilters",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeSubscriptionFilters {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The prefix to match.
    #[aws(
        rename = "filterNamePrefix",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub filter_name_prefix: Option<String>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of items returned.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
}

/// The output of [`DescribeSubscriptionFilters`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeSubscriptionFiltersResponse {
    /// The subscription filters.
    #[aws(rename = "subscriptionFilters")]
    pub subscription_filters: Option<Vec<SubscriptionFilter>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns the storage tier policy for the account.
///
/// Errors: [`GetStorageTierPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetStorageTierPolicy",
    errors(ServiceUnavailableException, InvalidParameterException, AccessDeniedException, OperationAbortedException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetStorageTierPolicy {}

/// The output of [`GetStorageTierPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetStorageTierPolicyResponse {
    /// The current storage tier for the account.
    #[aws(rename = "storageTier")]
    pub storage_tier: Option<StorageTier>,
    /// The time when the storage tier policy was last updated, expressed as the number of milliseconds after January 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}

/// Returns the information about the log transformer associated with this log group.
///
/// Errors: [`GetTransformerError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetTransformer",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTransformer {
    /// Specify either the name or ARN of the log group to return transformer information for.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
}

/// The output of [`GetTransformer`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetTransformerResponse {
    /// The ARN of the log group that you specified in your request.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// The creation time of the transformer, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The date and time when this transformer was most recently modified, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastModifiedTime", range(min = 0))]
    pub last_modified_time: Option<i64>,
    /// This sructure contains the configuration of the requested transformer.
    #[aws(rename = "transformerConfig", length(min = 1, max = 20))]
    pub transformer_config: Option<Vec<Processor>>,
}

/// Returns a list of syslog configurations.
///
/// Errors: [`ListSyslogConfigurationsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListSyslogConfigurations",
    errors(AccessDeniedException, InvalidParameterException, InvalidOperationException, ResourceNotFoundException, ThrottlingException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSyslogConfigurations {
    /// The name or ARN of the log group to filter syslog configurations for.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// The ID of the VPC endpoint to filter syslog configurations for.
    #[aws(rename = "vpcEndpointId", pattern = "^vpce-[0-9a-f]{1,64}$")]
    pub vpc_endpoint_id: Option<String>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of syslog configurations to return in the response.
    #[aws(rename = "maxResults", range(min = 0, max = 50))]
    pub max_results: Option<i32>,
}

/// The output of [`ListSyslogConfigurations`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSyslogConfigurationsResponse {
    /// The list of syslog configurations.
    #[aws(rename = "syslogConfigurations")]
    pub syslog_configurations: Option<Vec<SyslogConfiguration>>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Sets the retention of the specified log group.
///
/// Errors: [`PutRetentionPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutRetentionPolicy",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutRetentionPolicy {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    #[aws(rename = "retentionInDays")]
    pub retention_in_days: i32,
}

/// The output of [`PutRetentionPolicy`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutRetentionPolicyResponse {}

/// Creates or updates a subscription filter and associates it with the specified log group.
///
/// Errors: [`PutSubscriptionFilterError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutSubscriptionFilter",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, LimitExceededException, ServiceUnavailableException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutSubscriptionFilter {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// A name for the subscription filter.
    #[aws(rename = "filterName", length(min = 1, max = 512), pattern = "[^:*]*")]
    pub filter_name: String,
    /// A filter pattern for subscribing to a filtered stream of log events.
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: String,
    /// The ARN of the destination to deliver matching log events to.
    #[aws(rename = "destinationArn", length(min = 1))]
    pub destination_arn: String,
    /// The ARN of an IAM role that grants CloudWatch Logs permissions to deliver ingested log events to the destination stream.
    #[aws(rename = "roleArn", length(min = 1))]
    pub role_arn: Option<String>,
    /// The method used to distribute log data to the destination.
    #[aws(rename = "distribution")]
    pub distribution: Option<Distribution>,
    /// This parameter is valid only for log groups that have an active log transformer.
    #[aws(rename = "applyOnTransformedLogs")]
    pub apply_on_transformed_logs: Option<bool>,
    /// A filter expression that specifies which log events should be processed by this subscription filter based on system fields such as source account and source region.
    #[aws(rename = "fieldSelectionCriteria", length(min = 0, max = 2000))]
    pub field_selection_criteria: Option<String>,
    /// A list of system fields to include in the log events sent to the subscription destination.
    #[aws(rename = "emitSystemFields")]
    pub emit_system_fields: Option<Vec<String>>,
}

/// The output of [`PutSubscriptionFilter`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutSubscriptionFilterResponse {}

/// Creates or updates a syslog configuration for a log group.
///
/// Errors: [`PutSyslogConfigurationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutSyslogConfiguration",
    errors(AccessDeniedException, InvalidParameterException, InvalidOperationException, OperationAbortedException, ResourceNotFoundException, ThrottlingException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutSyslogConfiguration {
    /// The name or ARN of the log group to associate with the syslog configuration.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
    /// The ID of the VPC endpoint to use for syslog ingestion.
    #[aws(rename = "vpcEndpointId", pattern = "^vpce-[0-9a-f]{1,64}$")]
    pub vpc_endpoint_id: Option<String>,
}

/// The output of [`PutSyslogConfiguration`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutSyslogConfigurationResponse {}

/// Creates or updates a log transformer for a single log group.
///
/// Errors: [`PutTransformerError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutTransformer",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, LimitExceededException, OperationAbortedException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutTransformer {
    /// Specify either the name or ARN of the log group to create the transformer for.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
    /// This structure contains the configuration of this log transformer.
    #[aws(rename = "transformerConfig", length(min = 1, max = 20))]
    pub transformer_config: Vec<Processor>,
}

/// The output of [`PutTransformer`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutTransformerResponse {}

/// Tests the filter pattern of a metric filter against a sample of log event messages.
///
/// Errors: [`TestMetricFilterError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "TestMetricFilter",
    errors(InvalidParameterException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestMetricFilter {
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: String,
    /// The log event messages to test.
    #[aws(rename = "logEventMessages", length(min = 1, max = 50))]
    pub log_event_messages: Vec<String>,
}

/// The output of [`TestMetricFilter`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestMetricFilterResponse {
    /// The matched events.
    #[aws(rename = "matches")]
    pub matches: Option<Vec<MetricFilterMatchRecord>>,
}

/// Use this operation to test a log transformer.
///
/// Errors: [`TestTransformerError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "TestTransformer",
    errors(InvalidParameterException, ServiceUnavailableException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestTransformer {
    /// This structure contains the configuration of this log transformer that you want to test.
    #[aws(rename = "transformerConfig", length(min = 1, max = 20))]
    pub transformer_config: Vec<Processor>,
    /// An array of the raw log events that you want to use to test this transformer.
    #[aws(rename = "logEventMessages", length(min = 1, max = 50))]
    pub log_event_messages: Vec<String>,
}

/// The output of [`TestTransformer`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TestTransformerResponse {
    /// An array where each member of the array includes both the original version and the transformed version of one of the log events that you input.
    #[aws(rename = "transformedLogs")]
    pub transformed_logs: Option<Vec<TransformedLogRecord>>,
}
