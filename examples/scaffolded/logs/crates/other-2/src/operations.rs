// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the other 2 operations (DeleteDestination, DeleteIndexPolicy, DeleteIntegration, DeleteMetricFilter and 12 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Deletes the specified destination, and eventually disables all the subscription filters that publish to it.
///
/// Errors: [`DeleteDestinationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteDestination",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDestination {
    /// The name of the destination.
    #[aws(
        rename = "destinationName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub destination_name: String,
}

/// The output of [`DeleteDestination`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDestinationResponse {}

/// Deletes a log-group level field index policy that was applied to a single log group.
///
/// Errors: [`DeleteIndexPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteIndexPolicy",
    errors(InvalidParameterException, ResourceNotFoundException, LimitExceededException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteIndexPolicy {
    /// The log group to delete the index policy for.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
}

/// The output of [`DeleteIndexPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteIndexPolicyResponse {}

/// Deletes the integration between CloudWatch Logs and OpenSearch Service.
///
/// Errors: [`DeleteIntegrationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteIntegration",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, ValidationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteIntegration {
    /// The name of the integration to delete.
    #[aws(
        rename = "integrationName",
        length(min = 1, max = 50),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub integration_name: String,
    /// Specify true to force the deletion of the integration even if vended logs dashboards currently exist.
    #[aws(rename = "force")]
    pub force: Option<bool>,
}

/// The output of [`DeleteIntegration`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteIntegrationResponse {}

/// Deletes the specified metric filter.
///
/// Errors: [`DeleteMetricFilterError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteMetricFilter",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteMetricFilter {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The name of the metric filter.
    #[aws(rename = "filterName", length(min = 1, max = 512), pattern = "[^:*]*")]
    pub filter_name: String,
}

/// The output of [`DeleteMetricFilter`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteMetricFilterResponse {}

/// Lists all your destinations.
///
/// Errors: [`DescribeDestinationsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeDestinations",
    errors(InvalidParameterException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeDestinations {
    /// The prefix to match.
    #[aws(length(min = 1, max = 512), pattern = "[^:*]*")]
    pub destination_name_prefix: Option<String>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of items returned.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
}

/// The output of [`DescribeDestinations`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeDestinationsResponse {
    /// The destinations.
    #[aws(rename = "destinations")]
    pub destinations: Option<Vec<Destination>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns the field index policies of the specified log group.
///
/// Errors: [`DescribeIndexPoliciesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeIndexPolicies",
    errors(InvalidParameterException, ResourceNotFoundException, LimitExceededException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeIndexPolicies {
    /// An array containing the name or ARN of the log group that you want to retrieve field index policies for.
    #[aws(rename = "logGroupIdentifiers", length(min = 1, max = 1))]
    pub log_group_identifiers: Vec<String>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`DescribeIndexPolicies`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeIndexPoliciesResponse {
    /// An array containing the field index policies.
    #[aws(rename = "indexPolicies")]
    pub index_policies: Option<Vec<IndexPolicy>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Lists the specified metric filters.
///
/// Errors: [`DescribeMetricFiltersError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeMetricFilters",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeMetricFilters {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
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
    /// Filters results to include only those with the specified metric name.
    #[aws(rename = "metricName", length(max = 255), pattern = "[^:*$]*")]
    pub metric_name: Option<String>,
    /// Filters results to include only those in the specified namespace.
    #[aws(rename = "metricNamespace", length(max = 255), pattern = "[^:*$]*")]
    pub metric_namespace: Option<String>,
}

/// The output of [`DescribeMetricFilters`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeMetricFiltersResponse {
    /// The metric filters.
    #[aws(rename = "metricFilters")]
    pub metric_filters: Option<Vec<MetricFilter>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns information about a log group data protection policy.
///
/// Errors: [`GetDataProtectionPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetDataProtectionPolicy",
    errors(InvalidParameterException, OperationAbortedException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicy {
    /// The name or ARN of the log group that contains the data protection policy that you want to see.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
}

/// The output of [`GetDataProtectionPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyResponse {
    /// The log group name or ARN that you specified in your request.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// The data protection policy document for this log group.
    #[aws(rename = "policyDocument")]
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}

/// Returns information about one integration between CloudWatch Logs and OpenSearch Service.
///
/// Errors: [`GetIntegrationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetIntegration",
    errors(InvalidParameterException, ServiceUnavailableException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetIntegration {
    /// The name of the integration that you want to find information about.
    #[aws(
        rename = "integrationName",
        length(min = 1, max = 50),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub integration_name: String,
}

/// The output of [`GetIntegration`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetIntegrationResponse {
    /// The name of the integration.
    #[aws(
        rename = "integrationName",
        length(min = 1, max = 50),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub integration_name: Option<String>,
    /// The type of integration.
    #[aws(rename = "integrationType")]
    pub integration_type: Option<IntegrationType>,
    /// The current status of this integration.
    #[aws(rename = "integrationStatus")]
    pub integration_status: Option<IntegrationStatus>,
    /// A structure that contains information about the integration configuration.
    #[aws(rename = "integrationDetails")]
    pub integration_details: Option<IntegrationDetails>,
}

/// Returns a list of integrations between CloudWatch Logs and other services in this account.
///
/// Errors: [`ListIntegrationsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListIntegrations",
    errors(InvalidParameterException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListIntegrations {
    /// To limit the results to integrations that start with a certain name prefix, specify that name prefix here.
    #[aws(
        rename = "integrationNamePrefix",
        length(min = 1, max = 50),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub integration_name_prefix: Option<String>,
    /// To limit the results to integrations of a certain type, specify that type here.
    #[aws(rename = "integrationType")]
    pub integration_type: Option<IntegrationType>,
    /// To limit the results to integrations with a certain status, specify that status here.
    #[aws(rename = "integrationStatus")]
    pub integration_status: Option<IntegrationStatus>,
}

/// The output of [`ListIntegrations`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListIntegrationsResponse {
    /// An array, where each object in the array contains information about one CloudWatch Logs integration in this account.
    #[aws(rename = "integrationSummaries")]
    pub integration_summaries: Option<Vec<IntegrationSummary>>,
}

/// Creates a data protection policy for the specified log group.
///
/// Errors: [`PutDataProtectionPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutDataProtectionPolicy",
    errors(InvalidParameterException, LimitExceededException, OperationAbortedException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDataProtectionPolicy {
    /// Specify either the log group name or log group ARN.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
    /// Specify the data protection policy, in JSON.
    #[aws(rename = "policyDocument")]
    pub policy_document: String,
}

/// The output of [`PutDataProtectionPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDataProtectionPolicyResponse {
    /// The log group name or ARN that you specified in your request.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// The data protection policy used for this log group.
    #[aws(rename = "policyDocument")]
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}

/// Creates or updates a destination.
///
/// Errors: [`PutDestinationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutDestination",
    errors(InvalidParameterException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDestination {
    /// A name for the destination.
    #[aws(
        rename = "destinationName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub destination_name: String,
    /// The ARN of an Amazon Kinesis stream to which to deliver matching log events.
    #[aws(rename = "targetArn", length(min = 1))]
    pub target_arn: String,
    /// The ARN of an IAM role that grants CloudWatch Logs permissions to call the Amazon Kinesis PutRecord operation on the destination stream.
    #[aws(rename = "roleArn", length(min = 1))]
    pub role_arn: String,
    /// An optional list of key-value pairs to associate with the resource.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The output of [`PutDestination`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDestinationResponse {
    /// The destination.
    #[aws(rename = "destination")]
    pub destination: Option<Destination>,
}

/// Creates or updates an access policy associated with an existing destination.
///
/// Errors: [`PutDestinationPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutDestinationPolicy",
    errors(InvalidParameterException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDestinationPolicy {
    /// A name for an existing destination.
    #[aws(
        rename = "destinationName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub destination_name: String,
    /// An IAM policy document that authorizes cross-account users to deliver their log events to the associated destination.
    #[aws(rename = "accessPolicy", length(min = 1))]
    pub access_policy: String,
    /// Specify true if you are updating an existing destination policy to grant permission to an organization ID instead of granting permission to individual Amazon Web Services accounts.
    #[aws(rename = "forceUpdate")]
    pub force_update: Option<bool>,
}

/// The output of [`PutDestinationPolicy`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutDestinationPolicyResponse {}

/// Creates or updates a field index policy for the specified log group.
///
/// Errors: [`PutIndexPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutIndexPolicy",
    errors(InvalidParameterException, ResourceNotFoundException, LimitExceededException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutIndexPolicy {
    /// Specify either the log group name or log group ARN to apply this field index policy to.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
    /// The index policy document, in JSON format.
    #[aws(rename = "policyDocument", length(min = 1, max = 51200))]
    pub policy_document: String,
}

/// The output of [`PutIndexPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutIndexPolicyResponse {
    /// The index policy that you just created or updated.
    #[aws(rename = "indexPolicy")]
    pub index_policy: Option<IndexPolicy>,
}

/// Creates an integration between CloudWatch Logs and another service in this account.
///
/// Errors: [`PutIntegrationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutIntegration",
    errors(InvalidParameterException, LimitExceededException, ServiceUnavailableException, ValidationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutIntegration {
    /// A name for the integration.
    #[aws(
        rename = "integrationName",
        length(min = 1, max = 50),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub integration_name: String,
    /// A structure that contains configuration information for the integration that you are creating.
    #[aws(rename = "resourceConfig")]
    pub resource_config: ResourceConfig,
    /// The type of integration.
    #[aws(rename = "integrationType")]
    pub integration_type: IntegrationType,
}

/// The output of [`PutIntegration`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutIntegrationResponse {
    /// The name of the integration that you just created.
    #[aws(
        rename = "integrationName",
        length(min = 1, max = 50),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub integration_name: Option<String>,
    /// The status of the integration that you just created.
    #[aws(rename = "integrationStatus")]
    pub integration_status: Option<IntegrationStatus>,
}

/// Creates or updates a metric filter and associates it with the specified log group.
///
/// Errors: [`PutMetricFilterError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutMetricFilter",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, LimitExceededException, ServiceUnavailableException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutMetricFilter {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// A name for the metric filter.
    #[aws(rename = "filterName", length(min = 1, max = 512), pattern = "[^:*]*")]
    pub filter_name: String,
    /// A filter pattern for extracting metric data out of ingested log events.
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: String,
    /// A collection of information that defines how metric data gets emitted.
    #[aws(rename = "metricTransformations", length(min = 1, max = 1))]
    pub metric_transformations: Vec<MetricTransformation>,
    /// This parameter is valid only for log groups that have an active log transformer.
    #[aws(rename = "applyOnTransformedLogs")]
    pub apply_on_transformed_logs: Option<bool>,
    /// A filter expression that specifies which log events should be processed by this metric filter based on system fields such as source account and source region.
    #[aws(rename = "fieldSelectionCriteria", length(min = 0, max = 2000))]
    pub field_selection_criteria: Option<String>,
    /// A list of system fields to emit as additional dimensions in the generated metrics.
    #[aws(rename = "emitSystemFieldDimensions")]
    pub emit_system_field_dimensions: Option<Vec<String>>,
}

/// The output of [`PutMetricFilter`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutMetricFilterResponse {}
