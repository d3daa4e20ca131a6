// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the other 4 operations (ListAggregateLogGroupSummaries, ListAnomalies, ListTagsForResource, ListTagsLogGroup and 3 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Returns an aggregate summary of all log groups in the Region grouped by specified data source characteristics.
///
/// Errors: [`ListAggregateLogGroupSummariesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListAggregateLogGroupSummaries",
    errors(ValidationException, ServiceUnavailableException, InvalidParameterException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListAggregateLogGroupSummaries {
    /// When includeLinkedAccounts is set to true, use this parameter to specify the list of accounts to search.
    #[aws(rename = "accountIdentifiers", length(min = 0, max = 20))]
    pub account_identifiers: Option<Vec<String>>,
    /// If you are using a monitoring account, set this to true to have the operation return log groups in the accounts listed in accountIdentifiers.
    #[aws(rename = "includeLinkedAccounts")]
    pub include_linked_accounts: Option<bool>,
    /// Filters the results by log group class to include only log groups of the specified class.
    #[aws(rename = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// Use this parameter to limit the returned log groups to only those with names that match the pattern that you specify.
    #[aws(
        rename = "logGroupNamePattern",
        length(min = 3, max = 129),
        pattern = "(\\^?[\\.\\-_\\/#A-Za-z0-9]{3,24})(\\|\\^?[\\.\\-_\\/#A-Za-z0-9]{3,24}){0,4}"
    )]
    pub log_group_name_pattern: Option<String>,
    /// Filters the results by data source characteristics to include only log groups associated with the specified data sources.
    #[aws(rename = "dataSources", length(min = 1, max = 5))]
    pub data_sources: Option<Vec<DataSourceFilter>>,
    /// Specifies how to group the log groups in the summary.
    #[aws(rename = "groupBy")]
    pub group_by: ListAggregateLogGroupSummariesGroupBy,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of aggregated summaries to return.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
}

/// The output of [`ListAggregateLogGroupSummaries`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListAggregateLogGroupSummariesResponse {
    /// The list of aggregate log group summaries grouped by the specified data source characteristics.
    #[aws(rename = "aggregateLogGroupSummaries")]
    pub aggregate_log_group_summaries: Option<Vec<AggregateLogGroupSummary>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns a list of anomalies that log anomaly detectors have found.
///
/// Errors: [`ListAnomaliesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListAnomalies",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListAnomalies {
    /// Use this to optionally limit the results to only the anomalies found by a certain anomaly detector.
    #[aws(
        rename = "anomalyDetectorArn",
        length(min = 1),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub anomaly_detector_arn: Option<String>,
    /// You can specify this parameter if you want to the operation to return only anomalies that are currently either suppressed or unsuppressed.
    #[aws(rename = "suppressionState")]
    pub suppression_state: Option<SuppressionState>,
    /// The maximum number of items to return.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`ListAnomalies`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListAnomaliesResponse {
    /// An array of structures, where each structure contains information about one anomaly that a log anomaly detector has found.
    #[aws(rename = "anomalies")]
    pub anomalies: Option<Vec<Anomaly>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Displays the tags associated with a CloudWatch Logs resource.
///
/// Errors: [`ListTagsForResourceError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListTagsForResource",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResource {
    /// The ARN of the resource that you want to view tags for.
    #[aws(
        rename = "resourceArn",
        length(min = 1, max = 1011),
        pattern = "[\\w+=/:,.@-]*"
    )]
    pub resource_arn: String,
}

/// The output of [`ListTagsForResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The list of tags associated with the requested resource.\>
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The ListTagsLogGroup operation is on the path to deprecation.
///
/// Deprecated by the service.
///
/// Errors: [`ListTagsLogGroupError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListTagsLogGroup",
    errors(ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsLogGroup {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
}

/// The output of [`ListTagsLogGroup`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsLogGroupResponse {
    /// The tags for the log group.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// Enables or disables bearer token authentication for the specified log group.
///
/// Errors: [`PutBearerTokenAuthenticationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutBearerTokenAuthentication",
    errors(InvalidParameterException, ResourceNotFoundException, AccessDeniedException, OperationAbortedException, ServiceUnavailableException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutBearerTokenAuthentication {
    /// The name or ARN of the log group.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
    /// Whether to enable bearer token authentication.
    #[aws(rename = "bearerTokenAuthenticationEnabled")]
    pub bearer_token_authentication_enabled: bool,
}

/// The output of [`PutBearerTokenAuthentication`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutBearerTokenAuthenticationResponse {}

/// Sets the storage tier policy for the account.
///
/// Errors: [`PutStorageTierPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutStorageTierPolicy",
    errors(InvalidParameterException, ServiceUnavailableException, AccessDeniedException, OperationAbortedException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutStorageTierPolicy {
    /// The storage tier to set for the account.
    #[aws(rename = "storageTier")]
    pub storage_tier: StorageTier,
}

/// The output of [`PutStorageTierPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutStorageTierPolicyResponse {
    /// The storage tier for the account.
    #[aws(rename = "storageTier")]
    pub storage_tier: Option<StorageTier>,
    /// The time when the storage tier policy was last updated, expressed as the number of milliseconds after January 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}

/// Use this operation to suppress anomaly detection for a specified anomaly or pattern.
///
/// Errors: [`UpdateAnomalyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "UpdateAnomaly",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateAnomaly {
    /// If you are suppressing or unsuppressing an anomaly, specify its unique ID here.
    #[aws(rename = "anomalyId", length(min = 36, max = 36))]
    pub anomaly_id: Option<String>,
    /// If you are suppressing or unsuppressing an pattern, specify its unique ID here.
    #[aws(rename = "patternId", length(min = 32, max = 32))]
    pub pattern_id: Option<String>,
    /// The ARN of the anomaly detector that this operation is to act on.
    #[aws(
        rename = "anomalyDetectorArn",
        length(min = 1),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub anomaly_detector_arn: String,
    /// Use this to specify whether the suppression to be temporary or infinite.
    #[aws(rename = "suppressionType")]
    pub suppression_type: Option<SuppressionType>,
    /// If you are temporarily suppressing an anomaly or pattern, use this structure to specify how long the suppression is to last.
    #[aws(rename = "suppressionPeriod")]
    pub suppression_period: Option<SuppressionPeriod>,
    /// Set this to true to prevent CloudWatch Logs from displaying this behavior as an anomaly in the future.
    #[aws(rename = "baseline")]
    pub baseline: Option<bool>,
}

/// The output of [`UpdateAnomaly`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateAnomalyResponse {}
