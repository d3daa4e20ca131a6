// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the scheduled operations (CreateScheduledQuery, DeleteScheduledQuery, GetScheduledQuery, GetScheduledQueryHistory and 2 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Creates a scheduled query that runs CloudWatch Logs Insights queries at regular intervals.
///
/// Errors: [`CreateScheduledQueryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CreateScheduledQuery",
    errors(ValidationException, AccessDeniedException, ResourceNotFoundException, ConflictException, ServiceQuotaExceededException, ThrottlingException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateScheduledQuery {
    /// The name of the scheduled query.
    #[aws(rename = "name", length(min = 1, max = 300))]
    pub name: String,
    /// An optional description for the scheduled query to help identify its purpose and functionality.
    #[aws(rename = "description", length(max = 1024))]
    pub description: Option<String>,
    /// The query language to use for the scheduled query.
    #[aws(rename = "queryLanguage")]
    pub query_language: QueryLanguage,
    /// The query string to execute.
    #[aws(rename = "queryString", length(min = 0, max = 10000))]
    pub query_string: String,
    /// An array of log group names or ARNs to query.
    #[aws(rename = "logGroupIdentifiers", length(min = 1, max = 50))]
    pub log_group_identifiers: Option<Vec<String>>,
    /// A cron expression that defines when the scheduled query runs.
    #[aws(rename = "scheduleExpression", length(max = 256))]
    pub schedule_expression: String,
    /// The timezone for evaluating the schedule expression.
    #[aws(rename = "timezone", length(min = 1))]
    pub timezone: Option<String>,
    /// The time offset in seconds that defines the lookback period for the query.
    #[aws(rename = "startTimeOffset")]
    pub start_time_offset: Option<i64>,
    /// The time offset in seconds that defines the end of the lookback period for the query.
    #[aws(rename = "endTimeOffset")]
    pub end_time_offset: Option<i64>,
    /// Configuration for where to deliver query results.
    #[aws(rename = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The start time for the scheduled query in Unix epoch format.
    #[aws(rename = "scheduleStartTime", range(min = 0))]
    pub schedule_start_time: Option<i64>,
    /// The end time for the scheduled query in Unix epoch format.
    #[aws(rename = "scheduleEndTime", range(min = 0))]
    pub schedule_end_time: Option<i64>,
    /// The ARN of the IAM role that grants permissions to execute the query and deliver results to the specified destination.
    #[aws(rename = "executionRoleArn", length(min = 1))]
    pub execution_role_arn: String,
    /// The initial state of the scheduled query.
    #[aws(rename = "state")]
    pub state: Option<ScheduledQueryState>,
    /// Key-value pairs to associate with the scheduled query for resource management and cost allocation.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The output of [`CreateScheduledQuery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateScheduledQueryResponse {
    /// The ARN of the created scheduled query.
    #[aws(rename = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// The current state of the scheduled query.
    #[aws(rename = "state")]
    pub state: Option<ScheduledQueryState>,
}

/// Deletes a scheduled query and stops all future executions.
///
/// Errors: [`DeleteScheduledQueryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteScheduledQuery",
    errors(ValidationException, AccessDeniedException, ResourceNotFoundException, ThrottlingException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteScheduledQuery {
    /// The ARN or name of the scheduled query to delete.
    #[aws(rename = "identifier", length(min = 1, max = 300))]
    pub identifier: String,
}

/// The output of [`DeleteScheduledQuery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteScheduledQueryResponse {}

/// Retrieves details about a specific scheduled query, including its configuration, execution status, and metadata.
///
/// Errors: [`GetScheduledQueryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetScheduledQuery",
    errors(ValidationException, AccessDeniedException, ResourceNotFoundException, ThrottlingException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetScheduledQuery {
    /// The ARN or name of the scheduled query to retrieve.
    #[aws(rename = "identifier", length(min = 1, max = 300))]
    pub identifier: String,
}

/// The output of [`GetScheduledQuery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetScheduledQueryResponse {
    /// The ARN of the scheduled query.
    #[aws(rename = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// The name of the scheduled query.
    #[aws(rename = "name", length(min = 1, max = 300))]
    pub name: Option<String>,
    /// The description of the scheduled query.
    #[aws(rename = "description", length(max = 1024))]
    pub description: Option<String>,
    /// The query language used by the scheduled query.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The query string executed by the scheduled query.
    #[aws(rename = "queryString", length(min = 0, max = 10000))]
    pub query_string: Option<String>,
    /// The log groups queried by the scheduled query.
    #[aws(rename = "logGroupIdentifiers", length(min = 1, max = 50))]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The cron expression that defines when the scheduled query runs.
    #[aws(rename = "scheduleExpression", length(max = 256))]
    pub schedule_expression: Option<String>,
    /// The timezone used for evaluating the schedule expression.
    #[aws(rename = "timezone", length(min = 1))]
    pub timezone: Option<String>,
    /// The time offset in seconds that defines the lookback period for the query.
    #[aws(rename = "startTimeOffset")]
    pub start_time_offset: Option<i64>,
    /// The time offset in seconds that defines the end of the lookback period for the query.
    #[aws(rename = "endTimeOffset")]
    pub end_time_offset: Option<i64>,
    /// Configuration for where query results are delivered.
    #[aws(rename = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The current state of the scheduled query.
    #[aws(rename = "state")]
    pub state: Option<ScheduledQueryState>,
    /// The schedule type of the scheduled query.
    #[aws(rename = "scheduleType")]
    pub schedule_type: Option<ScheduleType>,
    /// The timestamp when the scheduled query was last executed.
    #[aws(rename = "lastTriggeredTime", range(min = 0))]
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution of the scheduled query.
    #[aws(rename = "lastExecutionStatus")]
    pub last_execution_status: Option<ExecutionStatus>,
    /// The start time for the scheduled query in Unix epoch format.
    #[aws(rename = "scheduleStartTime", range(min = 0))]
    pub schedule_start_time: Option<i64>,
    /// The end time for the scheduled query in Unix epoch format.
    #[aws(rename = "scheduleEndTime", range(min = 0))]
    pub schedule_end_time: Option<i64>,
    /// The ARN of the IAM role used to execute the query and deliver results.
    #[aws(rename = "executionRoleArn", length(min = 1))]
    pub execution_role_arn: Option<String>,
    /// The timestamp when the scheduled query was created.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}

/// Retrieves the execution history of a scheduled query within a specified time range, including query results and destination processing status.
///
/// Errors: [`GetScheduledQueryHistoryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetScheduledQueryHistory",
    errors(ValidationException, AccessDeniedException, ResourceNotFoundException, ThrottlingException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetScheduledQueryHistory {
    /// The ARN or name of the scheduled query to retrieve history for.
    #[aws(rename = "identifier", length(min = 1, max = 300))]
    pub identifier: String,
    /// The start time for the history query in Unix epoch format.
    #[aws(rename = "startTime", range(min = 0))]
    pub start_time: i64,
    /// The end time for the history query in Unix epoch format.
    #[aws(rename = "endTime", range(min = 0))]
    pub end_time: i64,
    /// An array of execution statuses to filter the history results.
    #[aws(rename = "executionStatuses")]
    pub execution_statuses: Option<Vec<ExecutionStatus>>,
    /// The maximum number of history records to return.
    #[aws(rename = "maxResults", range(min = 1, max = 1000))]
    pub max_results: Option<i32>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`GetScheduledQueryHistory`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetScheduledQueryHistoryResponse {
    /// The name of the scheduled query.
    #[aws(rename = "name", length(min = 1, max = 300))]
    pub name: Option<String>,
    /// The ARN of the scheduled query.
    #[aws(rename = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// An array of execution history records for the scheduled query.
    #[aws(rename = "triggerHistory")]
    pub trigger_history: Option<Vec<TriggerHistoryRecord>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Lists all scheduled queries in your account and region.
///
/// Errors: [`ListScheduledQueriesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListScheduledQueries",
    errors(ValidationException, AccessDeniedException, ThrottlingException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListScheduledQueries {
    /// The maximum number of scheduled queries to return.
    #[aws(rename = "maxResults", range(min = 1, max = 1000))]
    pub max_results: Option<i32>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// Filter scheduled queries by state.
    #[aws(rename = "state")]
    pub state: Option<ScheduledQueryState>,
    /// Filter scheduled queries by schedule type.
    #[aws(rename = "scheduleType")]
    pub schedule_type: Option<ScheduleType>,
}

/// The output of [`ListScheduledQueries`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListScheduledQueriesResponse {
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// An array of scheduled query summary information.
    #[aws(rename = "scheduledQueries")]
    pub scheduled_queries: Option<Vec<ScheduledQuerySummary>>,
}

/// Updates an existing scheduled query with new configuration.
///
/// Errors: [`UpdateScheduledQueryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "UpdateScheduledQuery",
    errors(ValidationException, AccessDeniedException, ResourceNotFoundException, ConflictException, ThrottlingException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateScheduledQuery {
    /// The ARN or name of the scheduled query to update.
    #[aws(rename = "identifier", length(min = 1, max = 300))]
    pub identifier: String,
    /// An updated description for the scheduled query.
    #[aws(rename = "description", length(max = 1024))]
    pub description: Option<String>,
    /// The updated query language for the scheduled query.
    #[aws(rename = "queryLanguage")]
    pub query_language: QueryLanguage,
    /// The updated query string to execute.
    #[aws(rename = "queryString", length(min = 0, max = 10000))]
    pub query_string: String,
    /// The updated array of log group names or ARNs to query.
    #[aws(rename = "logGroupIdentifiers", length(min = 1, max = 50))]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The updated cron expression that defines when the scheduled query runs.
    #[aws(rename = "scheduleExpression", length(max = 256))]
    pub schedule_expression: String,
    /// The updated timezone for evaluating the schedule expression.
    #[aws(rename = "timezone", length(min = 1))]
    pub timezone: Option<String>,
    /// The updated time offset in seconds that defines the lookback period for the query.
    #[aws(rename = "startTimeOffset")]
    pub start_time_offset: Option<i64>,
    /// The updated time offset in seconds that defines the end of the lookback period for the query.
    #[aws(rename = "endTimeOffset")]
    pub end_time_offset: Option<i64>,
    /// The updated configuration for where to deliver query results.
    #[aws(rename = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The updated start time for the scheduled query in Unix epoch format.
    #[aws(rename = "scheduleStartTime", range(min = 0))]
    pub schedule_start_time: Option<i64>,
    /// The updated end time for the scheduled query in Unix epoch format.
    #[aws(rename = "scheduleEndTime", range(min = 0))]
    pub schedule_end_time: Option<i64>,
    /// The updated ARN of the IAM role that grants permissions to execute the query and deliver results.
    #[aws(rename = "executionRoleArn", length(min = 1))]
    pub execution_role_arn: String,
    /// The updated state of the scheduled query.
    #[aws(rename = "state")]
    pub state: Option<ScheduledQueryState>,
}

/// The output of [`UpdateScheduledQuery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateScheduledQueryResponse {
    /// The ARN of the updated scheduled query.
    #[aws(rename = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// The name of the updated scheduled query.
    #[aws(rename = "name", length(min = 1, max = 300))]
    pub name: Option<String>,
    /// The description of the updated scheduled query.
    #[aws(rename = "description", length(max = 1024))]
    pub description: Option<String>,
    /// The query language of the updated scheduled query.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The query string of the updated scheduled query.
    #[aws(rename = "queryString", length(min = 0, max = 10000))]
    pub query_string: Option<String>,
    /// The log groups queried by the updated scheduled query.
    #[aws(rename = "logGroupIdentifiers", length(min = 1, max = 50))]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The cron expression of the updated scheduled query.
    #[aws(rename = "scheduleExpression", length(max = 256))]
    pub schedule_expression: Option<String>,
    /// The timezone of the updated scheduled query.
    #[aws(rename = "timezone", length(min = 1))]
    pub timezone: Option<String>,
    /// The time offset of the updated scheduled query.
    #[aws(rename = "startTimeOffset")]
    pub start_time_offset: Option<i64>,
    /// The end time offset in seconds of the updated scheduled query.
    #[aws(rename = "endTimeOffset")]
    pub end_time_offset: Option<i64>,
    /// The destination configuration of the updated scheduled query.
    #[aws(rename = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The state of the updated scheduled query.
    #[aws(rename = "state")]
    pub state: Option<ScheduledQueryState>,
    /// The schedule type of the updated scheduled query.
    #[aws(rename = "scheduleType")]
    pub schedule_type: Option<ScheduleType>,
    /// The timestamp when the updated scheduled query was last executed.
    #[aws(rename = "lastTriggeredTime", range(min = 0))]
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution of the updated scheduled query.
    #[aws(rename = "lastExecutionStatus")]
    pub last_execution_status: Option<ExecutionStatus>,
    /// The start time of the updated scheduled query.
    #[aws(rename = "scheduleStartTime", range(min = 0))]
    pub schedule_start_time: Option<i64>,
    /// The end time of the updated scheduled query.
    #[aws(rename = "scheduleEndTime", range(min = 0))]
    pub schedule_end_time: Option<i64>,
    /// The execution role ARN of the updated scheduled query.
    #[aws(rename = "executionRoleArn", length(min = 1))]
    pub execution_role_arn: Option<String>,
    /// The timestamp when the scheduled query was originally created.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}
