// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB: the other operations (BatchExecuteStatement, CancelBulkOperation, CreateBackup, DeleteBackup and 12 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, EpochSeconds};

use awsop_dynamodb_shapes::*;

/// This operation allows you to perform batch reads or writes on data stored in DynamoDB, using PartiQL.
///
/// Errors: [`BatchExecuteStatementError`].
#[aws_operation(
    service = DYNAMODB,
    name = "BatchExecuteStatement",
    output = "BatchExecuteStatementOutput",
    errors(RequestLimitExceeded, InternalServerError, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchExecuteStatement {
    /// The list of PartiQL statements representing the batch to run.
    #[aws(length(min = 1, max = 25))]
    pub statements: Vec<BatchStatementRequest>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The output of [`BatchExecuteStatement`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchExecuteStatementOutput {
    /// The response to each PartiQL statement in the batch.
    pub responses: Option<Vec<BatchStatementResponse>>,
    /// The capacity units consumed by the entire operation.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
}

/// Cancels an in-progress bulk operation asynchronously.
///
/// Errors: [`CancelBulkOperationError`].
#[aws_operation(
    service = DYNAMODB,
    name = "CancelBulkOperation",
    output = "CancelBulkOperationOutput",
    errors(ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelBulkOperation {
    /// The Amazon Resource Name (ARN) of the bulk operation to cancel.
    #[aws(context_param = "ResourceArn", length(min = 37, max = 1024))]
    pub bulk_operation_arn: String,
}

/// The output of [`CancelBulkOperation`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelBulkOperationOutput {
    /// The Amazon Resource Name (ARN) of the bulk operation for which DynamoDB accepted the cancellation request.
    #[aws(length(min = 37, max = 1024))]
    pub bulk_operation_arn: String,
    /// The status returned after DynamoDB accepts the cancellation request.
    pub bulk_operation_status: BulkOperationStatus,
}

/// Creates a backup for an existing table.
///
/// Errors: [`CreateBackupError`].
#[aws_operation(
    service = DYNAMODB,
    name = "CreateBackup",
    output = "CreateBackupOutput",
    errors(TableNotFoundException, TableInUseException, ContinuousBackupsUnavailableException, BackupInUseException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBackup {
    /// The name of the table.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// Specified name for the backup.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub backup_name: String,
}

/// The output of [`CreateBackup`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateBackupOutput {
    /// Contains the details of the backup created for the table.
    pub backup_details: Option<BackupDetails>,
}

/// Deletes an existing backup of a table.
///
/// Errors: [`DeleteBackupError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DeleteBackup",
    output = "DeleteBackupOutput",
    errors(BackupNotFoundException, BackupInUseException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteBackup {
    /// The ARN associated with the backup.
    #[aws(context_param = "ResourceArn", length(min = 37, max = 1024))]
    pub backup_arn: String,
}

/// The output of [`DeleteBackup`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteBackupOutput {
    /// Contains the description of the backup created for the table.
    pub backup_description: Option<BackupDescription>,
}

/// Describes an existing backup of a table.
///
/// Errors: [`DescribeBackupError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeBackup",
    output = "DescribeBackupOutput",
    errors(BackupNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeBackup {
    /// The Amazon Resource Name (ARN) associated with the backup.
    #[aws(context_param = "ResourceArn", length(min = 37, max = 1024))]
    pub backup_arn: String,
}

/// The output of [`DescribeBackup`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeBackupOutput {
    /// Contains the description of the backup created for the table.
    pub backup_description: Option<BackupDescription>,
}

/// Describes the specified bulk operation.
///
/// Errors: [`DescribeBulkOperationError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeBulkOperation",
    output = "DescribeBulkOperationOutput",
    errors(ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeBulkOperation {
    /// The Amazon Resource Name (ARN) of the bulk operation to describe.
    #[aws(context_param = "ResourceArn", length(min = 37, max = 1024))]
    pub bulk_operation_arn: String,
}

/// The output of [`DescribeBulkOperation`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeBulkOperationOutput {
    /// Contains detailed information about the bulk operation.
    pub bulk_operation_description: BulkOperationDescription,
}

/// Checks the status of continuous backups and point in time recovery on the specified table.
///
/// Errors: [`DescribeContinuousBackupsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeContinuousBackups",
    output = "DescribeContinuousBackupsOutput",
    errors(TableNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeContinuousBackups {
    /// Name of the table for which the customer wants to check the continuous backups and point in time recovery settings.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
}

/// The output of [`DescribeContinuousBackups`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the table.
    pub continuous_backups_description: Option<ContinuousBackupsDescription>,
}

/// Returns information about contributor insights for a given table or global secondary index.
///
/// Errors: [`DescribeContributorInsightsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeContributorInsights",
    output = "DescribeContributorInsightsOutput",
    errors(ResourceNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeContributorInsights {
    /// The name of the table to describe.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The name of the global secondary index to describe, if applicable.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
}

/// The output of [`DescribeContributorInsights`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeContributorInsightsOutput {
    /// The name of the table being described.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// The name of the global secondary index being described.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// List of names of the associated contributor insights rules.
    pub contributor_insights_rule_list: Option<Vec<String>>,
    /// Current status of contributor insights.
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// Timestamp of the last time the status was changed.
    pub last_update_date_time: Option<EpochSeconds>,
    /// Returns information about the last failure that was encountered.
    pub failure_exception: Option<FailureException>,
    /// The mode of CloudWatch Contributor Insights for DynamoDB that determines which events are emitted.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// Returns the regional endpoint information.
///
/// Errors: [`DescribeEndpointsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeEndpoints",
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeEndpoints {}

/// The output of [`DescribeEndpoints`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeEndpointsResponse {
    /// List of endpoints.
    pub endpoints: Vec<Endpoint>,
}

/// This operation allows you to perform reads and singleton writes on data stored in DynamoDB, using PartiQL.
///
/// Errors: [`ExecuteStatementError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ExecuteStatement",
    output = "ExecuteStatementOutput",
    errors(ConditionalCheckFailedException, ProvisionedThroughputExceededException, ResourceNotFoundException, ItemCollectionSizeLimitExceededException, TransactionConflictException, RequestLimitExceeded, InternalServerError, DuplicateItemException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecuteStatement {
    /// The PartiQL statement representing the operation to run.
    #[aws(length(min = 1, max = 8192))]
    pub statement: String,
    /// The parameters for the PartiQL statement, if any.
    #[aws(length(min = 1))]
    pub parameters: Option<Vec<AttributeValue>>,
    /// The consistency of a read operation.
    pub consistent_read: Option<bool>,
    /// Set this value to get remaining results, if NextToken was returned in the statement response.
    #[aws(length(min = 1, max = 32768))]
    pub next_token: Option<String>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items).
    #[aws(range(min = 1))]
    pub limit: Option<i32>,
    /// An optional parameter that returns the item attributes for an ExecuteStatement operation that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The output of [`ExecuteStatement`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecuteStatementOutput {
    /// If a read operation was used, this property will contain the result of the read operation; a map of attribute names and their values.
    pub items: Option<Vec<BTreeMap<String, AttributeValue>>>,
    /// If the response of a read request exceeds the response payload limit DynamoDB will set this value in the response.
    #[aws(length(min = 1, max = 32768))]
    pub next_token: Option<String>,
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set.
    pub last_evaluated_key: Option<BTreeMap<String, AttributeValue>>,
}

/// List DynamoDB backups that are associated with an Amazon Web Services account and weren't made with Amazon Web Services Backup.
///
/// Errors: [`ListBackupsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ListBackups",
    output = "ListBackupsOutput",
    errors(InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListBackups {
    /// Lists the backups from the table specified in TableName.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: Option<String>,
    /// Maximum number of backups to return at once.
    #[aws(range(min = 1, max = 100))]
    pub limit: Option<i32>,
    /// Only backups created after this time are listed.
    pub time_range_lower_bound: Option<EpochSeconds>,
    /// Only backups created before this time are listed.
    pub time_range_upper_bound: Option<EpochSeconds>,
    /// LastEvaluatedBackupArn is the Amazon Resource Name (ARN) of the backup last evaluated when the current page of results was returned, inclusive of the current page of results.
    #[aws(length(min = 37, max = 1024))]
    pub exclusive_start_backup_arn: Option<String>,
    /// The backups from the table specified by BackupType are listed.
    pub backup_type: Option<BackupTypeFilter>,
}

/// The output of [`ListBackups`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListBackupsOutput {
    /// List of BackupSummary objects.
    pub backup_summaries: Option<Vec<BackupSummary>>,
    /// The ARN of the backup last evaluated when the current page of results was returned, inclusive of the current page of results.
    #[aws(length(min = 37, max = 1024))]
    pub last_evaluated_backup_arn: Option<String>,
}

/// Lists bulk operations that started within the past 90 days for the current Amazon Web Services account and Amazon Web Services Region, with the most recent operations first.
///
/// Errors: [`ListBulkOperationsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ListBulkOperations",
    output = "ListBulkOperationsOutput",
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListBulkOperations {
    /// The maximum number of bulk operation summaries to return in one page.
    #[aws(range(min = 1, max = 25))]
    pub max_results: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to ListBulkOperations.
    #[aws(length(min = 1, max = 1024), pattern = "([0-9a-f]{16})+")]
    pub next_token: Option<String>,
}

/// The output of [`ListBulkOperations`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListBulkOperationsOutput {
    /// A list of bulk operation summaries for the current Amazon Web Services account and Amazon Web Services Region.
    pub bulk_operations_summary_list: Option<Vec<BulkOperationSummary>>,
    /// If this value is returned, there are additional results to be displayed.
    #[aws(length(min = 1, max = 1024), pattern = "([0-9a-f]{16})+")]
    pub next_token: Option<String>,
}

/// Returns a list of ContributorInsightsSummary for a table and all its global secondary indexes.
///
/// Errors: [`ListContributorInsightsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ListContributorInsights",
    output = "ListContributorInsightsOutput",
    errors(ResourceNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListContributorInsights {
    /// The name of the table.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: Option<String>,
    /// A token to for the desired page, if there is one.
    pub next_token: Option<String>,
    /// Maximum number of results to return per page.
    #[aws(range(max = 100))]
    pub max_results: Option<i32>,
}

/// The output of [`ListContributorInsights`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListContributorInsightsOutput {
    /// A list of ContributorInsightsSummary.
    pub contributor_insights_summaries: Option<Vec<ContributorInsightsSummary>>,
    /// A token to go to the next page if there is one.
    pub next_token: Option<String>,
}

/// Starts an asynchronous bulk operation that reads items from Amazon S3 and writes them to an existing DynamoDB table, so you can efficiently load or migrate large datasets.
///
/// Errors: [`StartBulkPutItemsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "StartBulkPutItems",
    output = "StartBulkPutItemsOutput",
    errors(LimitExceededException, ResourceInUseException, IdempotentParameterMismatchException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartBulkPutItems {
    /// A unique, case-sensitive identifier that ensures the bulk operation starts no more than one time.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(idempotency_token, pattern = "^[^\\$]+$")]
    pub client_token: Option<String>,
    /// The Amazon S3 location, data format, and compression settings for the input objects.
    pub input_s3_configuration: InputS3Configuration,
    /// The Amazon S3 location, encryption settings, and output types for the bulk operation.
    pub output_s3_configuration: OutputS3Configuration,
    /// The name or ARN of the existing DynamoDB table that receives the items.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The maximum rate, in write request units per second, at which the bulk operation attempts to write.
    #[aws(range(min = 1024))]
    pub max_write_request_units: Option<i64>,
    /// The performance tier for the bulk operation.
    pub performance_tier: Option<BulkOperationPerformanceTier>,
}

/// The output of [`StartBulkPutItems`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartBulkPutItemsOutput {
    /// Contains detailed information about a bulk operation.
    pub bulk_operation_description: BulkOperationDescription,
}

/// UpdateContinuousBackups enables or disables point in time recovery for the specified table.
///
/// Errors: [`UpdateContinuousBackupsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateContinuousBackups",
    output = "UpdateContinuousBackupsOutput",
    errors(TableNotFoundException, ContinuousBackupsUnavailableException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateContinuousBackups {
    /// The name of the table.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// Represents the settings used to enable point in time recovery.
    pub point_in_time_recovery_specification: PointInTimeRecoverySpecification,
}

/// The output of [`UpdateContinuousBackups`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the table.
    pub continuous_backups_description: Option<ContinuousBackupsDescription>,
}

/// Updates the status for contributor insights for a specific table or index.
///
/// Errors: [`UpdateContributorInsightsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateContributorInsights",
    output = "UpdateContributorInsightsOutput",
    errors(ResourceNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateContributorInsights {
    /// The name of the table.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The global secondary index name, if applicable.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// Represents the contributor insights action.
    pub contributor_insights_action: ContributorInsightsAction,
    /// Specifies whether to track all access and throttled events or throttled events only for the DynamoDB table or index.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// The output of [`UpdateContributorInsights`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateContributorInsightsOutput {
    /// The name of the table.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// The name of the global secondary index, if applicable.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The status of contributor insights
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// The updated mode of CloudWatch Contributor Insights that determines whether to monitor all access and throttled events or to track throttled events exclusively.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}
