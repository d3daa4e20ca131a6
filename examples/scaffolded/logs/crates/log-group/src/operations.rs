// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the log group operations (CreateLogGroup, DeleteLogGroup, DescribeLogGroups, GetLogGroupFields and 5 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Creates a log group with the specified name.
///
/// Errors: [`CreateLogGroupError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CreateLogGroup",
    errors(InvalidParameterException, ResourceAlreadyExistsException, LimitExceededException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLogGroup {
    /// A name for the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
    /// The key-value pairs to use for the tags.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
    /// Use this parameter to specify the log group class for this log group.
    #[aws(rename = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// Use this parameter to enable deletion protection for the new log group.
    #[aws(rename = "deletionProtectionEnabled")]
    pub deletion_protection_enabled: Option<bool>,
}

/// The output of [`CreateLogGroup`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLogGroupResponse {}

/// Deletes the specified log group and permanently deletes all the archived log events associated with the log group.
///
/// Errors: [`DeleteLogGroupError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteLogGroup",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException, ValidationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLogGroup {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
}

/// The output of [`DeleteLogGroup`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLogGroupResponse {}

/// Returns information about log groups, including data sources that ingest into each log group.
///
/// Errors: [`DescribeLogGroupsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeLogGroups",
    errors(InvalidParameterException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeLogGroups {
    /// When includeLinkedAccounts is set to true, use this parameter to specify the list of accounts to search.
    #[aws(rename = "accountIdentifiers", length(min = 0, max = 20))]
    pub account_identifiers: Option<Vec<String>>,
    /// The prefix to match.
    #[aws(
        rename = "logGroupNamePrefix",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name_prefix: Option<String>,
    /// If you specify a string for this parameter, the operation returns only log groups that have names that match the string based on a case-sensitive substring search.
    #[aws(
        rename = "logGroupNamePattern",
        length(min = 0, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]*"
    )]
    pub log_group_name_pattern: Option<String>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of items returned.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    /// If you are using a monitoring account, set this to true to have the operation return log groups in the accounts listed in accountIdentifiers.
    #[aws(rename = "includeLinkedAccounts")]
    pub include_linked_accounts: Option<bool>,
    /// Use this parameter to limit the results to only those log groups in the specified log group class.
    #[aws(rename = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// Use this array to filter the list of log groups returned.
    #[aws(rename = "logGroupIdentifiers", length(min = 1, max = 50))]
    pub log_group_identifiers: Option<Vec<String>>,
}

/// The output of [`DescribeLogGroups`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeLogGroupsResponse {
    /// An array of structures, where each structure contains the information about one log group.
    #[aws(rename = "logGroups")]
    pub log_groups: Option<Vec<LogGroup>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns a list of the fields that are included in log events in the specified log group.
///
/// Errors: [`GetLogGroupFieldsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetLogGroupFields",
    errors(InvalidParameterException, LimitExceededException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogGroupFields {
    /// The name of the log group to search.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// The time to set as the center of the query.
    #[aws(rename = "time", range(min = 0))]
    pub time: Option<i64>,
    /// Specify either the name or ARN of the log group to view.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
}

/// The output of [`GetLogGroupFields`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogGroupFieldsResponse {
    /// The array of fields found in the query.
    #[aws(rename = "logGroupFields")]
    pub log_group_fields: Option<Vec<LogGroupField>>,
}

/// Returns a list of log groups in the Region in your account.
///
/// Errors: [`ListLogGroupsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListLogGroups",
    errors(InvalidParameterException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLogGroups {
    /// Use this parameter to limit the returned log groups to only those with names that match the pattern that you specify.
    #[aws(
        rename = "logGroupNamePattern",
        length(min = 3, max = 129),
        pattern = "(\\^?[\\.\\-_\\/#A-Za-z0-9]{3,24})(\\|\\^?[\\.\\-_\\/#A-Za-z0-9]{3,24}){0,4}"
    )]
    pub log_group_name_pattern: Option<String>,
    /// Use this parameter to limit the results to only those log groups in the specified log group class.
    #[aws(rename = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// If you are using a monitoring account, set this to true to have the operation return log groups in the accounts listed in accountIdentifiers.
    #[aws(rename = "includeLinkedAccounts")]
    pub include_linked_accounts: Option<bool>,
    /// When includeLinkedAccounts is set to true, use this parameter to specify the list of accounts to search.
    #[aws(rename = "accountIdentifiers", length(min = 0, max = 20))]
    pub account_identifiers: Option<Vec<String>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of log groups to return.
    #[aws(rename = "limit", range(min = 1, max = 1000))]
    pub limit: Option<i32>,
    /// An array of data source filters to filter log groups by their associated data sources.
    #[aws(rename = "dataSources", length(min = 1, max = 5))]
    pub data_sources: Option<Vec<DataSourceFilter>>,
    /// An array of field index names to filter log groups that have specific field indexes.
    #[aws(rename = "fieldIndexNames", length(min = 1, max = 20))]
    pub field_index_names: Option<Vec<String>>,
    /// An array of tag filters to return only log groups that have specific tags.
    #[aws(rename = "logGroupTags", length(min = 1, max = 5))]
    pub log_group_tags: Option<Vec<TagFilter>>,
}

/// The output of [`ListLogGroups`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLogGroupsResponse {
    /// An array of structures, where each structure contains the information about one log group.
    #[aws(rename = "logGroups")]
    pub log_groups: Option<Vec<LogGroupSummary>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns a list of the log groups that were analyzed during a single CloudWatch Logs Insights query.
///
/// Errors: [`ListLogGroupsForQueryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListLogGroupsForQuery",
    errors(InvalidParameterException, AccessDeniedException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLogGroupsForQuery {
    /// The ID of the query to use.
    #[aws(rename = "queryId", length(min = 1, max = 256))]
    pub query_id: String,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// Limits the number of returned log groups to the specified number.
    #[aws(rename = "maxResults", range(min = 50, max = 500))]
    pub max_results: Option<i32>,
}

/// The output of [`ListLogGroupsForQuery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLogGroupsForQueryResponse {
    /// An array of the names and ARNs of the log groups that were processed in the query.
    #[aws(rename = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Enables or disables deletion protection for the specified log group.
///
/// Errors: [`PutLogGroupDeletionProtectionError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutLogGroupDeletionProtection",
    errors(InvalidParameterException, ResourceNotFoundException, AccessDeniedException, OperationAbortedException, ServiceUnavailableException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutLogGroupDeletionProtection {
    /// The name or ARN of the log group.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
    /// Whether to enable deletion protection.
    #[aws(rename = "deletionProtectionEnabled")]
    pub deletion_protection_enabled: bool,
}

/// The output of [`PutLogGroupDeletionProtection`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutLogGroupDeletionProtectionResponse {}

/// The TagLogGroup operation is on the path to deprecation.
///
/// Deprecated by the service.
///
/// Errors: [`TagLogGroupError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "TagLogGroup",
    errors(ResourceNotFoundException, InvalidParameterException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagLogGroup {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The key-value pairs to use for the tags.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: BTreeMap<String, String>,
}

/// The output of [`TagLogGroup`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagLogGroupResponse {}

/// The UntagLogGroup operation is on the path to deprecation.
///
/// Deprecated by the service.
///
/// Errors: [`UntagLogGroupError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "UntagLogGroup",
    errors(ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagLogGroup {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The tag keys.
    #[aws(rename = "tags", length(min = 1))]
    pub tags: Vec<String>,
}

/// The output of [`UntagLogGroup`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagLogGroupResponse {}
