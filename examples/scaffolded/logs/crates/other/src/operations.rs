// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the other operations (AssociateKmsKey, AssociateSourceToS3TableIntegration, CancelExportTask, CancelImportTask and 12 more).

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Associates the specified KMS key with either one log group in the account, or with all stored CloudWatch Logs query insights results in the account.
///
/// Errors: [`AssociateKmsKeyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "AssociateKmsKey",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssociateKmsKey {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: String,
    /// Specifies the target for this operation.
    #[aws(
        rename = "resourceIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w+=/:,.@\\-\\*]*"
    )]
    pub resource_identifier: Option<String>,
}

/// The output of [`AssociateKmsKey`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssociateKmsKeyResponse {}

/// Associates a data source with an S3 Table Integration for query access in the 'logs' namespace.
///
/// Errors: [`AssociateSourceToS3TableIntegrationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "AssociateSourceToS3TableIntegration",
    errors(AccessDeniedException, ResourceNotFoundException, ThrottlingException, ValidationException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssociateSourceToS3TableIntegration {
    /// The Amazon Resource Name (ARN) of the S3 Table Integration to associate the data source with.
    #[aws(rename = "integrationArn")]
    pub integration_arn: String,
    /// The data source to associate with the S3 Table Integration.
    #[aws(rename = "dataSource")]
    pub data_source: DataSource,
}

/// The output of [`AssociateSourceToS3TableIntegration`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssociateSourceToS3TableIntegrationResponse {
    /// The unique identifier for the association between the data source and S3 Table Integration.
    #[aws(rename = "identifier", length(min = 1, max = 2048))]
    pub identifier: Option<String>,
}

/// Cancels the specified export task.
///
/// Errors: [`CancelExportTaskError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CancelExportTask",
    errors(InvalidParameterException, ResourceNotFoundException, InvalidOperationException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelExportTask {
    /// The ID of the export task.
    #[aws(rename = "taskId", length(min = 1, max = 512))]
    pub task_id: String,
}

/// The output of [`CancelExportTask`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelExportTaskResponse {}

/// Cancels an active import task and stops importing data from the CloudTrail Lake Event Data Store.
///
/// Errors: [`CancelImportTaskError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CancelImportTask",
    errors(AccessDeniedException, InvalidParameterException, ResourceNotFoundException, ThrottlingException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelImportTask {
    /// The ID of the import task to cancel.
    #[aws(
        rename = "importId",
        length(min = 1, max = 256),
        pattern = "[\\-a-zA-Z0-9]+"
    )]
    pub import_id: String,
}

/// The output of [`CancelImportTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelImportTaskResponse {
    /// The ID of the cancelled import task.
    #[aws(
        rename = "importId",
        length(min = 1, max = 256),
        pattern = "[\\-a-zA-Z0-9]+"
    )]
    pub import_id: Option<String>,
    /// Statistics about the import progress at the time of cancellation.
    #[aws(rename = "importStatistics")]
    pub import_statistics: Option<ImportStatistics>,
    /// The final status of the import task.
    #[aws(rename = "importStatus")]
    pub import_status: Option<ImportStatus>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
    /// The timestamp when the import task was cancelled, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}

/// Creates an export task so that you can efficiently export data from a log group to an Amazon S3 bucket.
///
/// Errors: [`CreateExportTaskError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CreateExportTask",
    errors(InvalidParameterException, LimitExceededException, OperationAbortedException, ServiceUnavailableException, ResourceNotFoundException, ResourceAlreadyExistsException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateExportTask {
    /// The name of the export task.
    #[aws(rename = "taskName", length(min = 1, max = 512))]
    pub task_name: Option<String>,
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// Export only log streams that match the provided prefix.
    #[aws(
        rename = "logStreamNamePrefix",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name_prefix: Option<String>,
    /// The start time of the range for the request, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "from", range(min = 0))]
    pub from: i64,
    /// The end time of the range for the request, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "to", range(min = 0))]
    pub to: i64,
    /// The name of S3 bucket for the exported log data.
    #[aws(rename = "destination", length(min = 1, max = 512))]
    pub destination: String,
    /// The prefix used as the start of the key for every object exported.
    #[aws(rename = "destinationPrefix")]
    pub destination_prefix: Option<String>,
}

/// The output of [`CreateExportTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateExportTaskResponse {
    /// The ID of the export task.
    #[aws(rename = "taskId", length(min = 1, max = 512))]
    pub task_id: Option<String>,
}

/// Starts an import from a data source to CloudWatch Log and creates a managed log group as the destination for the imported data.
///
/// Errors: [`CreateImportTaskError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CreateImportTask",
    errors(AccessDeniedException, ConflictException, InvalidParameterException, ResourceNotFoundException, ThrottlingException, ValidationException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateImportTask {
    /// The ARN of the source to import from.
    #[aws(rename = "importSourceArn")]
    pub import_source_arn: String,
    /// The ARN of the IAM role that grants CloudWatch Logs permission to import from the CloudTrail Lake Event Data Store.
    #[aws(rename = "importRoleArn", length(min = 1))]
    pub import_role_arn: String,
    /// Optional filters to constrain the import by CloudTrail event time.
    #[aws(rename = "importFilter")]
    pub import_filter: Option<ImportFilter>,
}

/// The output of [`CreateImportTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateImportTaskResponse {
    /// A unique identifier for the import task.
    #[aws(
        rename = "importId",
        length(min = 1, max = 256),
        pattern = "[\\-a-zA-Z0-9]+"
    )]
    pub import_id: Option<String>,
    /// The ARN of the CloudWatch Logs log group created as the destination for the imported events.
    #[aws(rename = "importDestinationArn")]
    pub import_destination_arn: Option<String>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "creationTime", range(min = 0))]
    pub creation_time: Option<i64>,
}

/// Deletes a CloudWatch Logs account policy.
///
/// Errors: [`DeleteAccountPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteAccountPolicy",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, OperationAbortedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteAccountPolicy {
    /// The name of the policy to delete.
    #[aws(rename = "policyName")]
    pub policy_name: String,
    /// The type of policy to delete.
    #[aws(rename = "policyType")]
    pub policy_type: PolicyType,
    /// Specifies whether to preview the impact of deleting the policy without deleting it.
    #[aws(rename = "dryRun")]
    pub dry_run: Option<bool>,
}

/// The output of [`DeleteAccountPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteAccountPolicyResponse {
    /// The estimated impact of deleting the policy.
    #[aws(rename = "dryRunResult")]
    pub dry_run_result: Option<DryRunResult>,
}

/// Deletes the data protection policy from the specified log group.
///
/// Errors: [`DeleteDataProtectionPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteDataProtectionPolicy",
    errors(InvalidParameterException, OperationAbortedException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDataProtectionPolicy {
    /// The name or ARN of the log group that you want to delete the data protection policy for.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: String,
}

/// The output of [`DeleteDataProtectionPolicy`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDataProtectionPolicyResponse {}

/// Returns a list of all CloudWatch Logs account policies in the account.
///
/// Errors: [`DescribeAccountPoliciesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeAccountPolicies",
    errors(InvalidParameterException, OperationAbortedException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeAccountPolicies {
    /// Use this parameter to limit the returned policies to only the policies that match the policy type that you specify.
    #[aws(rename = "policyType")]
    pub policy_type: PolicyType,
    /// Use this parameter to limit the returned policies to only the policy with the name that you specify.
    #[aws(rename = "policyName")]
    pub policy_name: Option<String>,
    /// If you are using an account that is set up as a monitoring account for CloudWatch unified cross-account observability, you can use this to specify the account ID of a source account.
    #[aws(rename = "accountIdentifiers", length(min = 0, max = 20))]
    pub account_identifiers: Option<Vec<String>>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`DescribeAccountPolicies`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeAccountPoliciesResponse {
    /// An array of structures that contain information about the CloudWatch Logs account policies that match the specified filters.
    #[aws(rename = "accountPolicies")]
    pub account_policies: Option<Vec<AccountPolicy>>,
    /// The token to use when requesting the next set of items.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Lists the specified export tasks.
///
/// Errors: [`DescribeExportTasksError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeExportTasks",
    errors(InvalidParameterException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeExportTasks {
    /// The ID of the export task.
    #[aws(rename = "taskId", length(min = 1, max = 512))]
    pub task_id: Option<String>,
    /// The status code of the export task.
    #[aws(rename = "statusCode")]
    pub status_code: Option<ExportTaskStatusCode>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of items returned.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
}

/// The output of [`DescribeExportTasks`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeExportTasksResponse {
    /// The export tasks.
    #[aws(rename = "exportTasks")]
    pub export_tasks: Option<Vec<ExportTask>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Gets detailed information about the individual batches within an import task, including their status and any error messages.
///
/// Errors: [`DescribeImportTaskBatchesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeImportTaskBatches",
    errors(AccessDeniedException, InvalidParameterException, ResourceNotFoundException, ThrottlingException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeImportTaskBatches {
    /// The ID of the import task to get batch information for.
    #[aws(
        rename = "importId",
        length(min = 1, max = 256),
        pattern = "[\\-a-zA-Z0-9]+"
    )]
    pub import_id: String,
    /// Optional filter to list import batches by their status.
    #[aws(rename = "batchImportStatus")]
    pub batch_import_status: Option<Vec<ImportStatus>>,
    /// The maximum number of import batches to return in the response.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    /// The pagination token for the next set of results.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`DescribeImportTaskBatches`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeImportTaskBatchesResponse {
    /// The ARN of the source being imported from.
    #[aws(rename = "importSourceArn")]
    pub import_source_arn: Option<String>,
    /// The ID of the import task.
    #[aws(
        rename = "importId",
        length(min = 1, max = 256),
        pattern = "[\\-a-zA-Z0-9]+"
    )]
    pub import_id: Option<String>,
    /// The list of import batches that match the request filters.
    #[aws(rename = "importBatches")]
    pub import_batches: Option<Vec<ImportBatch>>,
    /// The token to use when requesting the next set of results.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Lists and describes import tasks, with optional filtering by import status and source ARN.
///
/// Errors: [`DescribeImportTasksError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeImportTasks",
    errors(AccessDeniedException, InvalidParameterException, ResourceNotFoundException, ThrottlingException, InvalidOperationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeImportTasks {
    /// Optional filter to describe a specific import task by its ID.
    #[aws(
        rename = "importId",
        length(min = 1, max = 256),
        pattern = "[\\-a-zA-Z0-9]+"
    )]
    pub import_id: Option<String>,
    /// Optional filter to list imports by their status.
    #[aws(rename = "importStatus")]
    pub import_status: Option<ImportStatus>,
    /// Optional filter to list imports from a specific source
    #[aws(rename = "importSourceArn")]
    pub import_source_arn: Option<String>,
    /// The maximum number of import tasks to return in the response.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    /// The pagination token for the next set of results.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`DescribeImportTasks`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeImportTasksResponse {
    /// The list of import tasks that match the request filters.
    #[aws(rename = "imports")]
    pub imports: Option<Vec<Import>>,
    /// The token to use when requesting the next set of results.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Disassociates the specified KMS key from the specified log group or from all CloudWatch Logs Insights query results in the account.
///
/// Errors: [`DisassociateKmsKeyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DisassociateKmsKey",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisassociateKmsKey {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// Specifies the target for this operation.
    #[aws(
        rename = "resourceIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w+=/:,.@\\-\\*]*"
    )]
    pub resource_identifier: Option<String>,
}

/// The output of [`DisassociateKmsKey`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisassociateKmsKeyResponse {}

/// Disassociates a data source from an S3 Table Integration, removing query access and deleting all associated data from the integration.
///
/// Errors: [`DisassociateSourceFromS3TableIntegrationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DisassociateSourceFromS3TableIntegration",
    errors(AccessDeniedException, ResourceNotFoundException, ThrottlingException, ValidationException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisassociateSourceFromS3TableIntegration {
    /// The unique identifier of the association to remove between the data source and S3 Table Integration.
    #[aws(rename = "identifier", length(min = 1, max = 2048))]
    pub identifier: String,
}

/// The output of [`DisassociateSourceFromS3TableIntegration`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisassociateSourceFromS3TableIntegrationResponse {
    /// The unique identifier of the association that was removed.
    #[aws(rename = "identifier", length(min = 1, max = 2048))]
    pub identifier: Option<String>,
}

/// Returns a list of data source associations for a specified S3 Table Integration, showing which data sources are currently associated for query access.
///
/// Errors: [`ListSourcesForS3TableIntegrationError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "ListSourcesForS3TableIntegration",
    errors(AccessDeniedException, ResourceNotFoundException, ThrottlingException, ValidationException, InternalServerException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSourcesForS3TableIntegration {
    /// The Amazon Resource Name (ARN) of the S3 Table Integration to list associations for.
    #[aws(rename = "integrationArn")]
    pub integration_arn: String,
    /// The maximum number of associations to return in a single call.
    #[aws(rename = "maxResults", range(min = 1, max = 100))]
    pub max_results: Option<i32>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`ListSourcesForS3TableIntegration`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSourcesForS3TableIntegrationResponse {
    /// The list of data source associations for the specified S3 Table Integration.
    #[aws(rename = "sources")]
    pub sources: Option<Vec<S3TableIntegrationSource>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Creates an account-level data protection policy, subscription filter policy, field index policy, transformer policy, metric extraction policy, or retention policy that applies to all log groups, a subset of log groups, or a data source name and type combination in the account.
///
/// Errors: [`PutAccountPolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutAccountPolicy",
    errors(InvalidParameterException, OperationAbortedException, ServiceUnavailableException, LimitExceededException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutAccountPolicy {
    /// A name for the policy.
    #[aws(rename = "policyName")]
    pub policy_name: String,
    /// Specify the policy, in JSON.
    #[aws(rename = "policyDocument")]
    pub policy_document: String,
    /// The type of policy that you're creating or updating.
    #[aws(rename = "policyType")]
    pub policy_type: PolicyType,
    /// Currently the only valid value for this parameter is ALL, which specifies that the data protection policy applies to all log groups in the account.
    #[aws(rename = "scope")]
    pub scope: Option<Scope>,
    /// Use this parameter to apply the new policy to a subset of log groups in the account or a data source name and type combination.
    #[aws(rename = "selectionCriteria")]
    pub selection_criteria: Option<String>,
    /// Specifies whether to preview the impact of the policy without creating or updating it.
    #[aws(rename = "dryRun")]
    pub dry_run: Option<bool>,
}

/// The output of [`PutAccountPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutAccountPolicyResponse {
    /// The account policy that you created.
    #[aws(rename = "accountPolicy")]
    pub account_policy: Option<AccountPolicy>,
    /// The estimated impact of the policy on log groups in the account.
    #[aws(rename = "dryRunResult")]
    pub dry_run_result: Option<DryRunResult>,
}
