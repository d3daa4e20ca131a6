// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's structures and unions that operations share.

use std::collections::BTreeMap;

use awsop::{aws_shape, Blob, EpochSeconds};

use crate::*;

/// Contains details of a table archival operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArchivalSummary {
    /// The date and time when table archival was initiated by DynamoDB, in UNIX epoch time format.
    pub archival_date_time: Option<EpochSeconds>,
    /// The reason DynamoDB archived the table.
    pub archival_reason: Option<String>,
    /// The Amazon Resource Name (ARN) of the backup the table was archived to, when applicable in the archival reason.
    #[aws(length(min = 37, max = 1024))]
    pub archival_backup_arn: Option<String>,
}

/// Represents an attribute for describing the schema for the table and indexes.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttributeDefinition {
    /// A name for the attribute.
    #[aws(length(min = 1, max = 255))]
    pub attribute_name: String,
    /// The data type for the attribute, where: S - the attribute is of type String N - the attribute is of type Number B - the attribute is of type Binary
    pub attribute_type: ScalarAttributeType,
}

/// Represents the data for an attribute.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttributeValue {
    /// An attribute of type String.
    pub s: Option<String>,
    /// An attribute of type Number.
    pub n: Option<String>,
    /// An attribute of type Binary.
    pub b: Option<Blob>,
    /// An attribute of type String Set.
    #[aws(rename = "SS")]
    pub ss: Option<Vec<String>>,
    /// An attribute of type Number Set.
    #[aws(rename = "NS")]
    pub ns: Option<Vec<String>>,
    /// An attribute of type Binary Set.
    #[aws(rename = "BS")]
    pub bs: Option<Vec<Blob>>,
    /// An attribute of type Map.
    pub m: Option<BTreeMap<String, AttributeValue>>,
    /// An attribute of type List.
    pub l: Option<Vec<AttributeValue>>,
    /// An attribute of type Null.
    #[aws(rename = "NULL")]
    pub null: Option<bool>,
    /// An attribute of type Boolean.
    #[aws(rename = "BOOL")]
    pub bool: Option<bool>,
}

/// For the UpdateItem operation, represents the attributes to be modified, the action to perform on each, and the new value for each.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AttributeValueUpdate {
    /// Represents the data for an attribute.
    pub value: Option<AttributeValue>,
    /// Specifies how to perform the update.
    pub action: Option<AttributeAction>,
}

/// Represents the properties of the scaling policy.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AutoScalingPolicyDescription {
    /// The name of the scaling policy.
    #[aws(length(min = 1, max = 256))]
    pub policy_name: Option<String>,
    /// Represents a target tracking scaling policy configuration.
    pub target_tracking_scaling_policy_configuration:
        Option<AutoScalingTargetTrackingScalingPolicyConfigurationDescription>,
}

/// Represents the auto scaling policy to be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AutoScalingPolicyUpdate {
    /// The name of the scaling policy.
    #[aws(length(min = 1, max = 256))]
    pub policy_name: Option<String>,
    /// Represents a target tracking scaling policy configuration.
    pub target_tracking_scaling_policy_configuration:
        AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
}

/// Represents the auto scaling settings for a global table or global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AutoScalingSettingsDescription {
    /// The minimum capacity units that a global table or global secondary index should be scaled down to.
    #[aws(range(min = 1))]
    pub minimum_units: Option<i64>,
    /// The maximum capacity units that a global table or global secondary index should be scaled up to.
    #[aws(range(min = 1))]
    pub maximum_units: Option<i64>,
    /// Disabled auto scaling for this global table or global secondary index.
    pub auto_scaling_disabled: Option<bool>,
    /// Role ARN used for configuring the auto scaling policy.
    pub auto_scaling_role_arn: Option<String>,
    /// Information about the scaling policies.
    pub scaling_policies: Option<Vec<AutoScalingPolicyDescription>>,
}

/// Represents the auto scaling settings to be modified for a global table or global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AutoScalingSettingsUpdate {
    /// The minimum capacity units that a global table or global secondary index should be scaled down to.
    #[aws(range(min = 1))]
    pub minimum_units: Option<i64>,
    /// The maximum capacity units that a global table or global secondary index should be scaled up to.
    #[aws(range(min = 1))]
    pub maximum_units: Option<i64>,
    /// Disabled auto scaling for this global table or global secondary index.
    pub auto_scaling_disabled: Option<bool>,
    /// Role ARN used for configuring auto scaling policy.
    #[aws(length(min = 1, max = 1600))]
    pub auto_scaling_role_arn: Option<String>,
    /// The scaling policy to apply for scaling target global table or global secondary index capacity units.
    pub scaling_policy_update: Option<AutoScalingPolicyUpdate>,
}

/// Represents the properties of a target tracking scaling policy.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
    /// Indicates whether scale in by the target tracking policy is disabled.
    pub disable_scale_in: Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before another scale in activity can start.
    pub scale_in_cooldown: Option<i32>,
    /// The amount of time, in seconds, after a scale out activity completes before another scale out activity can start.
    pub scale_out_cooldown: Option<i32>,
    /// The target value for the metric.
    pub target_value: f64,
}

/// Represents the settings of a target tracking scaling policy that will be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
    /// Indicates whether scale in by the target tracking policy is disabled.
    pub disable_scale_in: Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before another scale in activity can start.
    pub scale_in_cooldown: Option<i32>,
    /// The amount of time, in seconds, after a scale out activity completes before another scale out activity can start.
    pub scale_out_cooldown: Option<i32>,
    /// The target value for the metric.
    pub target_value: f64,
}

/// Contains the description of the backup created for the table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackupDescription {
    /// Contains the details of the backup created for the table.
    pub backup_details: Option<BackupDetails>,
    /// Contains the details of the table when the backup was created.
    pub source_table_details: Option<SourceTableDetails>,
    /// Contains the details of the features enabled on the table when the backup was created.
    pub source_table_feature_details: Option<SourceTableFeatureDetails>,
}

/// Contains the details of the backup created for the table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackupDetails {
    /// ARN associated with the backup.
    #[aws(length(min = 37, max = 1024))]
    pub backup_arn: String,
    /// Name of the requested backup.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub backup_name: String,
    /// Size of the backup in bytes.
    #[aws(range(min = 0))]
    pub backup_size_bytes: Option<i64>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    pub backup_status: BackupStatus,
    /// BackupType: USER - You create and manage these using the on-demand backup feature.
    pub backup_type: BackupType,
    /// Time at which the backup was created.
    pub backup_creation_date_time: EpochSeconds,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire.
    pub backup_expiry_date_time: Option<EpochSeconds>,
}

/// Contains details for the backup.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackupSummary {
    /// Name of the table.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// Unique identifier for the table.
    #[aws(pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    pub table_id: Option<String>,
    /// ARN associated with the table.
    #[aws(length(min = 1, max = 1024))]
    pub table_arn: Option<String>,
    /// ARN associated with the backup.
    #[aws(length(min = 37, max = 1024))]
    pub backup_arn: Option<String>,
    /// Name of the specified backup.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub backup_name: Option<String>,
    /// Time at which the backup was created.
    pub backup_creation_date_time: Option<EpochSeconds>,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire.
    pub backup_expiry_date_time: Option<EpochSeconds>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    pub backup_status: Option<BackupStatus>,
    /// BackupType: USER - You create and manage these using the on-demand backup feature.
    pub backup_type: Option<BackupType>,
    /// Size of the backup in bytes.
    #[aws(range(min = 0))]
    pub backup_size_bytes: Option<i64>,
}

/// An error associated with a statement in a PartiQL batch that was run.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchStatementError {
    /// The error code associated with the failed PartiQL batch statement.
    pub code: Option<BatchStatementErrorCodeEnum>,
    /// The error message associated with the PartiQL batch response.
    pub message: Option<String>,
    /// The item which caused the condition check to fail.
    pub item: Option<BTreeMap<String, AttributeValue>>,
}

/// A PartiQL batch statement request.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchStatementRequest {
    /// A valid PartiQL statement.
    #[aws(length(min = 1, max = 8192))]
    pub statement: String,
    /// The parameters associated with a PartiQL statement in the batch request.
    #[aws(length(min = 1))]
    pub parameters: Option<Vec<AttributeValue>>,
    /// The read consistency of the PartiQL batch request.
    pub consistent_read: Option<bool>,
    /// An optional parameter that returns the item attributes for a PartiQL batch request operation that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// A PartiQL batch statement response..
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchStatementResponse {
    /// The error associated with a failed PartiQL batch statement.
    pub error: Option<BatchStatementError>,
    /// The table name associated with a failed PartiQL batch statement.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// A DynamoDB item associated with a BatchStatementResponse
    pub item: Option<BTreeMap<String, AttributeValue>>,
}

/// Contains the details for the read/write capacity mode.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BillingModeSummary {
    /// Controls how you are charged for read and write throughput and how you manage capacity.
    pub billing_mode: Option<BillingMode>,
    /// Represents the time when PAY_PER_REQUEST was last set as the read/write capacity mode.
    pub last_update_to_pay_per_request_date_time: Option<EpochSeconds>,
}

/// Contains the bulk put bytes used during a bulk operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BulkOperationBytes {
    /// The number of bulk put bytes.
    #[aws(range(min = 0))]
    pub bulk_put_bytes: Option<i64>,
}

/// Contains detailed information about a bulk operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BulkOperationDescription {
    /// The Amazon Resource Name (ARN) of the bulk operation.
    #[aws(length(min = 37, max = 1024))]
    pub bulk_operation_arn: Option<String>,
    /// The current status of the bulk operation can be one of the following values: IN_PROGRESS DynamoDB is processing the input.
    pub bulk_operation_status: Option<BulkOperationStatus>,
    /// A list containing identifying information for the table targeted by the bulk operation.
    pub table_details: Option<Vec<BulkOperationTableDetail>>,
    /// The idempotency token associated with the start request.
    #[aws(pattern = "^[^\\$]+$")]
    pub client_token: Option<String>,
    /// The Amazon S3 input configuration associated with the bulk operation.
    pub input_s3_configuration: Option<InputS3Configuration>,
    /// The Amazon S3 output configuration associated with the bulk operation.
    pub output_s3_configuration: Option<OutputS3Configuration>,
    /// The time when DynamoDB accepted the start request.
    pub start_time: Option<EpochSeconds>,
    /// The time when the operation reached a terminal status.
    pub end_time: Option<EpochSeconds>,
    /// The number of input items that DynamoDB has processed.
    #[aws(range(min = 0))]
    pub processed_item_count: Option<i64>,
    /// The number of bytes that DynamoDB has read from the Amazon S3 input objects.
    #[aws(range(min = 0))]
    pub processed_input_bytes: Option<i64>,
    /// The total size, in bytes, of the Amazon S3 input objects.
    #[aws(range(min = 0))]
    pub total_input_bytes: Option<i64>,
    /// Usage information for the table and its indexes.
    pub bulk_operation_usage: Option<Vec<BulkOperationUsage>>,
    /// The number of processed input items that failed because of parsing or validation errors.
    #[aws(range(min = 0))]
    pub failed_item_count: Option<i64>,
    /// A code that identifies why the bulk operation failed or was cancelled.
    pub failure_code: Option<String>,
    /// A message that describes why the bulk operation failed or was cancelled.
    pub failure_message: Option<String>,
    /// The maximum write request unit rate configured for the bulk operation.
    #[aws(range(min = 1024))]
    pub max_write_request_units: Option<i64>,
    /// The performance tier selected for the bulk operation.
    pub performance_tier: Option<BulkOperationPerformanceTier>,
}

/// Contains summary information about a bulk operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BulkOperationSummary {
    /// The Amazon Resource Name (ARN) of the bulk operation.
    #[aws(length(min = 37, max = 1024))]
    pub bulk_operation_arn: String,
    /// The current status of the bulk operation.
    pub bulk_operation_status: BulkOperationStatus,
    /// The time when DynamoDB accepted the start request.
    pub start_time: EpochSeconds,
    /// The time when the operation reached a terminal status.
    pub end_time: Option<EpochSeconds>,
}

/// Contains identifying information for a table associated with a bulk operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BulkOperationTableDetail {
    /// The name or ARN of the table associated with the bulk operation.
    #[aws(length(min = 1, max = 1024))]
    pub table_name: Option<String>,
    /// The unique identifier of the table associated with the bulk operation.
    #[aws(pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    pub table_id: Option<String>,
}

/// Contains the bytes used during a bulk operation, including a breakdown for the table and its indexes.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BulkOperationUsage {
    /// The name or ARN of the table associated with the reported usage.
    #[aws(length(min = 1, max = 1024))]
    pub table_name: Option<String>,
    /// The total number of bulk put bytes used by the operation.
    #[aws(range(min = 0))]
    pub bulk_put_bytes: Option<i64>,
    /// The number of bulk put bytes for the table, excluding its indexes.
    pub table: Option<BulkOperationBytes>,
    /// The bulk put bytes used on each local secondary index affected by the operation, keyed by index name.
    pub local_secondary_indexes: Option<BTreeMap<String, BulkOperationBytes>>,
    /// The bulk put bytes used on each global secondary index affected by the operation, keyed by index name.
    pub global_secondary_indexes: Option<BTreeMap<String, BulkOperationBytes>>,
    /// The bulk put vector bytes used on each vector index affected by the operation, keyed by index name.
    pub vector_indexes: Option<BTreeMap<String, BulkOperationVectorBytes>>,
}

/// Contains the bulk put vector bytes used by a vector index during a bulk operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BulkOperationVectorBytes {
    /// The number of bulk put vector bytes used on the vector index.
    #[aws(range(min = 0))]
    pub bulk_put_vector_bytes: Option<i64>,
}

/// An ordered list of errors for each item in the request which caused the transaction to get cancelled.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancellationReason {
    /// Item in the request which caused the transaction to get cancelled.
    pub item: Option<BTreeMap<String, AttributeValue>>,
    /// Status code for the result of the cancelled transaction.
    pub code: Option<String>,
    /// Cancellation reason message description.
    pub message: Option<String>,
}

/// Represents the amount of provisioned throughput capacity consumed on a table or an index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Capacity {
    /// The total number of read capacity units consumed on a table or an index.
    pub read_capacity_units: Option<f64>,
    /// The total number of write capacity units consumed on a table or an index.
    pub write_capacity_units: Option<f64>,
    /// The total number of capacity units consumed on a table or an index.
    pub capacity_units: Option<f64>,
}

/// Represents the selection criteria for a Query or Scan operation: For a Query operation, Condition is used for specifying the KeyConditions to use when querying a table or an index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Condition {
    /// One or more values to evaluate against the supplied attribute.
    pub attribute_value_list: Option<Vec<AttributeValue>>,
    /// A comparator for evaluating attributes.
    pub comparison_operator: ComparisonOperator,
}

/// Represents a request to perform a check that an item exists or to check the condition of specific attributes of the item.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConditionCheck {
    /// The primary key of the item to be checked.
    pub key: BTreeMap<String, AttributeValue>,
    /// Name of the table for the check item request.
    #[aws(length(min = 1, max = 1024))]
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: String,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// Use ReturnValuesOnConditionCheckFailure to get the item attributes if the ConditionCheck condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The capacity units consumed by an operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConsumedCapacity {
    /// The name of the table that was affected by the operation.
    #[aws(length(min = 1, max = 1024))]
    pub table_name: Option<String>,
    /// The total number of capacity units consumed by the operation.
    pub capacity_units: Option<f64>,
    /// The total number of read capacity units consumed by the operation.
    pub read_capacity_units: Option<f64>,
    /// The total number of write capacity units consumed by the operation.
    pub write_capacity_units: Option<f64>,
    /// The amount of throughput consumed on the table affected by the operation.
    pub table: Option<Capacity>,
    /// The amount of throughput consumed on each local index affected by the operation.
    pub local_secondary_indexes: Option<BTreeMap<String, Capacity>>,
    /// The amount of throughput consumed on each global index affected by the operation.
    pub global_secondary_indexes: Option<BTreeMap<String, Capacity>>,
    /// The amount of throughput consumed on each vector index affected by the operation.
    pub vector_indexes: Option<BTreeMap<String, VectorCapacity>>,
}

/// Represents the continuous backups and point in time recovery settings on the table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContinuousBackupsDescription {
    /// ContinuousBackupsStatus can be one of the following states: ENABLED, DISABLED
    pub continuous_backups_status: ContinuousBackupsStatus,
    /// The description of the point in time recovery settings applied to the table.
    pub point_in_time_recovery_description: Option<PointInTimeRecoveryDescription>,
}

/// Represents a Contributor Insights summary entry.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContributorInsightsSummary {
    /// Name of the table associated with the summary.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// Name of the index associated with the summary, if any.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// Describes the current status for contributor insights for the given table and index, if applicable.
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// Indicates the current mode of CloudWatch Contributor Insights, specifying whether it tracks all access and throttled events or throttled events only for the DynamoDB table or index.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// Represents a new global secondary index to be added to an existing table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be created.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// The key schema for the global secondary index.
    #[aws(length(min = 1))]
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into an index.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The maximum number of read and write units for the global secondary index being created.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) when creating a secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}

/// Specifies the action to add a new witness Region to a MRSC global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateGlobalTableWitnessGroupMemberAction {
    /// The Amazon Web Services Region name to be added as a witness Region for the MRSC global table.
    pub region_name: String,
}

/// Represents a replica to be added.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateReplicaAction {
    /// The Region of the replica to be added.
    pub region_name: String,
}

/// Represents a replica to be created.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateReplicationGroupMemberAction {
    /// The Region where the new replica will be created.
    pub region_name: String,
    /// The KMS key that should be used for KMS encryption in the new replica.
    #[aws(rename = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// The maximum on-demand throughput settings for the specified replica table being created.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Replica-specific global secondary index settings.
    #[aws(length(min = 1))]
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndex>>,
    /// Replica-specific table class.
    pub table_class_override: Option<TableClass>,
}

/// A new vector index to be added to a table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateVectorIndexAction {
    /// The name of the vector index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// The attribute that contains vector embeddings.
    pub vector_attribute: VectorAttributeDefinition,
    /// The partition key and inline filter attribute definitions for the vector index.
    #[aws(length(min = 1))]
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Projection,
    /// The number of dimensions in each vector.
    #[aws(range(min = 1))]
    pub dimensions: i64,
    /// The distance function used to calculate similarity.
    pub distance_function: VectorDistanceFunction,
}

/// Processing options for the CSV file being imported.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CsvOptions {
    /// The delimiter used for separating items in the CSV file being imported.
    #[aws(length(min = 1, max = 1), pattern = "[,;:|\\t ]")]
    pub delimiter: Option<String>,
    /// List of the headers used to specify a common header for all source CSV files being imported.
    #[aws(length(min = 1, max = 255))]
    pub header_list: Option<Vec<String>>,
}

/// Represents a request to perform a DeleteItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Delete {
    /// The primary key of the item to be deleted.
    pub key: BTreeMap<String, AttributeValue>,
    /// Name of the table in which the item to be deleted resides.
    #[aws(length(min = 1, max = 1024))]
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional delete to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// Use ReturnValuesOnConditionCheckFailure to get the item attributes if the Delete condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents a global secondary index to be deleted from an existing table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be deleted.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
}

/// Specifies the action to remove a witness Region from a MRSC global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteGlobalTableWitnessGroupMemberAction {
    /// The witness Region name to be removed from the MRSC global table.
    pub region_name: String,
}

/// Represents a replica to be removed.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteReplicaAction {
    /// The Region of the replica to be removed.
    pub region_name: String,
}

/// Represents a replica to be deleted.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteReplicationGroupMemberAction {
    /// The Region where the replica exists.
    pub region_name: String,
}

/// Represents a request to perform a DeleteItem operation on an item.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteRequest {
    /// A map of attribute name to attribute values, representing the primary key of the item to delete.
    pub key: BTreeMap<String, AttributeValue>,
}

/// A vector index to be removed from a table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteVectorIndexAction {
    /// The name of the vector index to delete.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
}

/// The parameters for disassociating the local replica from a global table using Version 2019.11.21 with multi-Region eventual consistency (MREC).
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisassociateReplicationGroupMemberAction {
    /// The Region of the replica to disassociate.
    pub region_name: String,
    /// The mode for handling pending replication before disassociation completes.
    pub disassociation_mode: DisassociationMode,
}

/// Enables setting the configuration for Kinesis Streaming.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnableKinesisStreamingConfiguration {
    /// Toggle for the precision of Kinesis data stream timestamp.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// An endpoint information details.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Endpoint {
    /// IP address of the endpoint.
    pub address: String,
    /// Endpoint cache time to live (TTL) value.
    pub cache_period_in_minutes: i64,
}

/// Represents a condition to be compared with an attribute value.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExpectedAttributeValue {
    /// Represents the data for the expected attribute.
    pub value: Option<AttributeValue>,
    /// Causes DynamoDB to evaluate the value before attempting a conditional operation: If Exists is true, DynamoDB will check to see if that attribute value already exists in the table.
    pub exists: Option<bool>,
    /// A comparator for evaluating attributes in the AttributeValueList.
    pub comparison_operator: Option<ComparisonOperator>,
    /// One or more values to evaluate against the supplied attribute.
    pub attribute_value_list: Option<Vec<AttributeValue>>,
}

/// Represents the properties of the exported table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportDescription {
    /// The Amazon Resource Name (ARN) of the table export.
    #[aws(length(min = 37, max = 1024))]
    pub export_arn: Option<String>,
    /// Export can be in one of the following states: IN_PROGRESS, COMPLETED, or FAILED.
    pub export_status: Option<ExportStatus>,
    /// The time at which the export task began.
    pub start_time: Option<EpochSeconds>,
    /// The time at which the export task completed.
    pub end_time: Option<EpochSeconds>,
    /// The name of the manifest file for the export task.
    pub export_manifest: Option<String>,
    /// The Amazon Resource Name (ARN) of the table that was exported.
    #[aws(length(min = 1, max = 1024))]
    pub table_arn: Option<String>,
    /// Unique ID of the table that was exported.
    #[aws(pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    pub table_id: Option<String>,
    /// Point in time from which table data was exported.
    pub export_time: Option<EpochSeconds>,
    /// The client token that was provided for the export task.
    #[aws(pattern = "^[^\\$]+$")]
    pub client_token: Option<String>,
    /// The name of the Amazon S3 bucket containing the export.
    #[aws(length(max = 255), pattern = "^[a-z0-9A-Z]+[\\.\\-\\w]*[a-z0-9A-Z]+$")]
    pub s3_bucket: Option<String>,
    /// The ID of the Amazon Web Services account that owns the bucket containing the export.
    #[aws(pattern = "[0-9]{12}")]
    pub s3_bucket_owner: Option<String>,
    /// The Amazon S3 bucket prefix used as the file name and path of the exported snapshot.
    #[aws(length(max = 1024))]
    pub s3_prefix: Option<String>,
    /// Type of encryption used on the bucket where export data is stored.
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data is stored (if applicable).
    #[aws(length(min = 1, max = 2048))]
    pub s3_sse_kms_key_id: Option<String>,
    /// Status code for the result of the failed export.
    pub failure_code: Option<String>,
    /// Export failure reason description.
    pub failure_message: Option<String>,
    /// The format of the exported data.
    pub export_format: Option<ExportFormat>,
    /// The billable size of the table export.
    #[aws(range(min = 0))]
    pub billed_size_bytes: Option<i64>,
    /// The number of items exported.
    #[aws(range(min = 0))]
    pub item_count: Option<i64>,
    /// The type of export that was performed.
    pub export_type: Option<ExportType>,
    /// Optional object containing the parameters specific to an incremental export.
    pub incremental_export_specification: Option<IncrementalExportSpecification>,
    /// The filter criteria applied to the export.
    pub filter_specification: Option<FilterSpecification>,
}

/// Summary information about an export task.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportSummary {
    /// The Amazon Resource Name (ARN) of the export.
    #[aws(length(min = 37, max = 1024))]
    pub export_arn: Option<String>,
    /// Export can be in one of the following states: IN_PROGRESS, COMPLETED, or FAILED.
    pub export_status: Option<ExportStatus>,
    /// The type of export that was performed.
    pub export_type: Option<ExportType>,
}

/// Represents a failure a contributor insights operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FailureException {
    /// Exception name.
    pub exception_name: Option<String>,
    /// Description of the failure.
    pub exception_description: Option<String>,
}

/// Contains the filter criteria used to limit which items are included in an export.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterSpecification {
    /// A condition that filters which items are included in the export.
    pub filter_expression: Option<String>,
    /// The attributes you want to retrieve for items included in the export.
    pub projection_expression: Option<String>,
    /// A condition expression that filters items by key values.
    pub key_condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
}

/// Specifies an item and related attribute values to retrieve in a TransactGetItem object.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Get {
    /// A map of attribute names to AttributeValue objects that specifies the primary key of the item to retrieve.
    pub key: BTreeMap<String, AttributeValue>,
    /// The name of the table from which to retrieve the specified item.
    #[aws(length(min = 1, max = 1024))]
    pub table_name: String,
    /// A string that identifies one or more attributes of the specified item to retrieve from the table.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in the ProjectionExpression parameter.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
}

/// Represents the properties of a global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndex {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types: HASH - partition key RANGE - sort key The partition key of an item is also known as its hash attribute.
    #[aws(length(min = 1))]
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The maximum number of read and write units for the specified global secondary index.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}

/// Represents the auto scaling settings of a global secondary index for a global table that will be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    pub provisioned_write_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types: HASH - partition key RANGE - sort key The partition key of an item is also known as its hash attribute.
    #[aws(length(min = 1))]
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index.
    pub projection: Option<Projection>,
    /// The current state of the global secondary index: CREATING - The index is being created.
    pub index_status: Option<IndexStatus>,
    /// Indicates whether the index is currently backfilling.
    pub backfilling: Option<bool>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified index, in bytes.
    pub index_size_bytes: Option<i64>,
    /// The number of items in the specified index.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: Option<String>,
    /// The maximum number of read and write units for the specified global secondary index.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index.
    pub warm_throughput: Option<GlobalSecondaryIndexWarmThroughputDescription>,
}

/// Represents the properties of a global secondary index for the table when the backup was created.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexInfo {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types: HASH - partition key RANGE - sort key The partition key of an item is also known as its hash attribute.
    #[aws(length(min = 1))]
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index.
    pub projection: Option<Projection>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    pub on_demand_throughput: Option<OnDemandThroughput>,
}

/// Represents one of the following: A new global secondary index to be added to an existing table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexUpdate {
    /// The name of an existing global secondary index, along with new provisioned throughput settings to be applied to that index.
    pub update: Option<UpdateGlobalSecondaryIndexAction>,
    /// The parameters required for creating a global secondary index on an existing table: IndexName KeySchema AttributeDefinitions Projection ProvisionedThroughput
    pub create: Option<CreateGlobalSecondaryIndexAction>,
    /// The name of an existing global secondary index to be removed.
    pub delete: Option<DeleteGlobalSecondaryIndexAction>,
}

/// The description of the warm throughput value on a global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexWarmThroughputDescription {
    /// Represents warm throughput read units per second value for a global secondary index.
    #[aws(range(min = 1))]
    pub read_units_per_second: Option<i64>,
    /// Represents warm throughput write units per second value for a global secondary index.
    #[aws(range(min = 1))]
    pub write_units_per_second: Option<i64>,
    /// Represents the warm throughput status being created or updated on a global secondary index.
    pub status: Option<IndexStatus>,
}

/// Represents the properties of a global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalTable {
    /// The global table name.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub global_table_name: Option<String>,
    /// The Regions where the global table has replicas.
    pub replication_group: Option<Vec<Replica>>,
}

/// Contains details about the global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalTableDescription {
    /// The Regions where the global table has replicas.
    pub replication_group: Option<Vec<ReplicaDescription>>,
    /// The unique identifier of the global table.
    pub global_table_arn: Option<String>,
    /// The creation time of the global table.
    pub creation_date_time: Option<EpochSeconds>,
    /// The current state of the global table: CREATING - The global table is being created.
    pub global_table_status: Option<GlobalTableStatus>,
    /// The global table name.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub global_table_name: Option<String>,
}

/// Represents the settings of a global secondary index for a global table that will be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalTableGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// The maximum number of writes consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 1))]
    pub provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global secondary index's write capacity units.
    pub provisioned_write_capacity_auto_scaling_settings_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a witness Region in a MRSC global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalTableWitnessDescription {
    /// The name of the Amazon Web Services Region that serves as a witness for the MRSC global table.
    pub region_name: Option<String>,
    /// The current status of the witness Region in the MRSC global table.
    pub witness_status: Option<WitnessStatus>,
}

/// Represents one of the following: A new witness to be added to a new global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalTableWitnessGroupUpdate {
    /// Specifies a witness Region to be added to a new MRSC global table.
    pub create: Option<CreateGlobalTableWitnessGroupMemberAction>,
    /// Specifies a witness Region to be removed from an existing global table.
    pub delete: Option<DeleteGlobalTableWitnessGroupMemberAction>,
}

/// Summary information about the source file for the import.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportSummary {
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    #[aws(length(min = 37, max = 1024))]
    pub import_arn: Option<String>,
    /// The status of the import operation.
    pub import_status: Option<ImportStatus>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    #[aws(length(min = 1, max = 1024))]
    pub table_arn: Option<String>,
    /// The path and S3 bucket of the source file that is being imported.
    pub s3_bucket_source: Option<S3BucketSource>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with this import task.
    #[aws(length(min = 1, max = 1024))]
    pub cloud_watch_log_group_arn: Option<String>,
    /// The format of the source data.
    pub input_format: Option<InputFormat>,
    /// The time at which this import task began.
    pub start_time: Option<EpochSeconds>,
    /// The time at which this import task ended.
    pub end_time: Option<EpochSeconds>,
}

/// Represents the properties of the table being imported into.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportTableDescription {
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    #[aws(length(min = 37, max = 1024))]
    pub import_arn: Option<String>,
    /// The status of the import.
    pub import_status: Option<ImportStatus>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    #[aws(length(min = 1, max = 1024))]
    pub table_arn: Option<String>,
    /// The table id corresponding to the table created by import table process.
    #[aws(pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    pub table_id: Option<String>,
    /// The client token that was provided for the import task.
    #[aws(pattern = "^[^\\$]+$")]
    pub client_token: Option<String>,
    /// Values for the S3 bucket the source file is imported from.
    pub s3_bucket_source: Option<S3BucketSource>,
    /// The number of errors occurred on importing the source file into the target table.
    #[aws(range(min = 0))]
    pub error_count: Option<i64>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with the target table.
    #[aws(length(min = 1, max = 1024))]
    pub cloud_watch_log_group_arn: Option<String>,
    /// The format of the source data going into the target table.
    pub input_format: Option<InputFormat>,
    /// The format options for the data that was imported into the target table.
    pub input_format_options: Option<InputFormatOptions>,
    /// The compression options for the data that has been imported into the target table.
    pub input_compression_type: Option<InputCompressionType>,
    /// The parameters for the new table that is being imported into.
    pub table_creation_parameters: Option<TableCreationParameters>,
    /// The time when this import task started.
    pub start_time: Option<EpochSeconds>,
    /// The time at which the creation of the table associated with this import task completed.
    pub end_time: Option<EpochSeconds>,
    /// The total size of data processed from the source file, in Bytes.
    pub processed_size_bytes: Option<i64>,
    /// The total number of items processed from the source file.
    #[aws(range(min = 0))]
    pub processed_item_count: Option<i64>,
    /// The number of items successfully imported into the new table.
    #[aws(range(min = 0))]
    pub imported_item_count: Option<i64>,
    /// The error code corresponding to the failure that the import job ran into during execution.
    pub failure_code: Option<String>,
    /// The error message corresponding to the failure that the import job ran into during execution.
    pub failure_message: Option<String>,
}

/// Optional object containing the parameters specific to an incremental export.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IncrementalExportSpecification {
    /// Time in the past which provides the inclusive start range for the export table's data, counted in seconds from the start of the Unix epoch.
    pub export_from_time: Option<EpochSeconds>,
    /// Time in the past which provides the exclusive end range for the export table's data, counted in seconds from the start of the Unix epoch.
    pub export_to_time: Option<EpochSeconds>,
    /// The view type that was chosen for the export.
    pub export_view_type: Option<ExportViewType>,
}

/// The format options for the data that was imported into the target table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InputFormatOptions {
    /// The options for imported source files in CSV format.
    pub csv: Option<CsvOptions>,
}

/// Contains the Amazon S3 location and format settings for bulk operation input.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InputS3Configuration {
    /// The Amazon Web Services account ID of the input bucket owner.
    #[aws(pattern = "[0-9]{12}")]
    pub s3_bucket_owner: Option<String>,
    /// The name of the Amazon S3 bucket that contains the input objects.
    #[aws(length(max = 255), pattern = "^[a-z0-9A-Z]+[\\.\\-\\w]*[a-z0-9A-Z]+$")]
    pub s3_bucket: String,
    /// An optional key prefix that limits the input to matching objects in the Amazon S3 bucket.
    #[aws(length(max = 1024))]
    pub s3_key_prefix: Option<String>,
    /// The format of the input objects.
    pub input_format: BulkOperationInputFormat,
    /// The compression type of the input objects.
    pub input_compression_type: Option<InputCompressionType>,
}

/// Information about item collections, if any, that were affected by the operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemCollectionMetrics {
    /// The partition key value of the item collection.
    pub item_collection_key: Option<BTreeMap<String, AttributeValue>>,
    /// An estimate of item collection size, in gigabytes.
    #[aws(rename = "SizeEstimateRangeGB")]
    pub size_estimate_range_gb: Option<Vec<f64>>,
}

/// Details for the requested item.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemResponse {
    /// Map of attribute data consisting of the data type and attribute value.
    pub item: Option<BTreeMap<String, AttributeValue>>,
}

/// Represents a single element of a key schema.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeySchemaElement {
    /// The name of a key attribute.
    #[aws(length(min = 1, max = 255))]
    pub attribute_name: String,
    /// The role that this key attribute will assume: HASH - partition key RANGE - sort key The partition key of an item is also known as its hash attribute.
    pub key_type: KeyType,
}

/// Represents a set of primary keys and, for each key, the attributes to retrieve from the table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeysAndAttributes {
    /// The primary key attribute values that define the items and the attributes associated with the items.
    #[aws(length(min = 1, max = 100))]
    pub keys: Vec<BTreeMap<String, AttributeValue>>,
    /// This is a legacy parameter.
    #[aws(length(min = 1))]
    pub attributes_to_get: Option<Vec<String>>,
    /// The consistency of a read operation.
    pub consistent_read: Option<bool>,
    /// A string that identifies one or more attributes to retrieve from the table.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
}

/// Describes a Kinesis data stream destination.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KinesisDataStreamDestination {
    /// The ARN for a specific Kinesis data stream.
    #[aws(length(min = 37, max = 1024))]
    pub stream_arn: Option<String>,
    /// The current status of replication.
    pub destination_status: Option<DestinationStatus>,
    /// The human-readable string that corresponds to the replica status.
    pub destination_status_description: Option<String>,
    /// The precision of the Kinesis data stream timestamp.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// The `KinesisStreamingDestinationOutput` structure.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KinesisStreamingDestinationOutput {
    /// The name of the table being modified.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// The ARN for the specific Kinesis data stream.
    #[aws(length(min = 37, max = 1024))]
    pub stream_arn: Option<String>,
    /// The current status of the replication.
    pub destination_status: Option<DestinationStatus>,
    /// The destination for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<EnableKinesisStreamingConfiguration>,
}

/// Represents the properties of a local secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocalSecondaryIndex {
    /// The name of the local secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types: HASH - partition key RANGE - sort key The partition key of an item is also known as its hash attribute.
    #[aws(length(min = 1))]
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the local secondary index.
    pub projection: Projection,
}

/// Represents the properties of a local secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocalSecondaryIndexDescription {
    /// Represents the name of the local secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types: HASH - partition key RANGE - sort key The partition key of an item is also known as its hash attribute.
    #[aws(length(min = 1))]
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index.
    pub projection: Option<Projection>,
    /// The total size of the specified index, in bytes.
    pub index_size_bytes: Option<i64>,
    /// The number of items in the specified index.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: Option<String>,
}

/// Represents the properties of a local secondary index for the table when the backup was created.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocalSecondaryIndexInfo {
    /// Represents the name of the local secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The complete key schema for a local secondary index, which consists of one or more pairs of attribute names and key types: HASH - partition key RANGE - sort key The partition key of an item is also known as its hash attribute.
    #[aws(length(min = 1))]
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary index.
    pub projection: Option<Projection>,
}

/// Sets the maximum number of read and write units for the specified on-demand table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnDemandThroughput {
    /// Maximum number of read request units for the specified table.
    pub max_read_request_units: Option<i64>,
    /// Maximum number of write request units for the specified table.
    pub max_write_request_units: Option<i64>,
}

/// Overrides the on-demand throughput settings for this replica table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnDemandThroughputOverride {
    /// Maximum number of read request units for the specified replica table.
    pub max_read_request_units: Option<i64>,
}

/// Contains the Amazon S3 location, encryption settings, and output types for a bulk operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutputS3Configuration {
    /// The Amazon Web Services account ID of the output bucket owner.
    #[aws(pattern = "[0-9]{12}")]
    pub s3_bucket_owner: Option<String>,
    /// The name of the Amazon S3 bucket where DynamoDB writes output records.
    #[aws(length(max = 255), pattern = "^[a-z0-9A-Z]+[\\.\\-\\w]*[a-z0-9A-Z]+$")]
    pub s3_bucket: Option<String>,
    /// An optional key prefix under which DynamoDB writes the output records.
    #[aws(length(max = 1024))]
    pub s3_key_prefix: Option<String>,
    /// The server-side encryption algorithm for the output objects.
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The identifier of the KMS key that encrypts the output objects.
    #[aws(length(min = 1, max = 2048))]
    pub s3_sse_kms_key_id: Option<String>,
    /// The following values describe the types of output that DynamoDB writes for individual input items.
    pub output_type: Vec<OutputTypeEnum>,
}

/// Represents a PartiQL statement that uses parameters.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParameterizedStatement {
    /// A PartiQL statement that uses parameters.
    #[aws(length(min = 1, max = 8192))]
    pub statement: String,
    /// The parameter values.
    #[aws(length(min = 1))]
    pub parameters: Option<Vec<AttributeValue>>,
    /// An optional parameter that returns the item attributes for a PartiQL ParameterizedStatement operation that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The description of the point in time settings applied to the table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PointInTimeRecoveryDescription {
    /// The current state of point in time recovery: ENABLED - Point in time recovery is enabled.
    pub point_in_time_recovery_status: Option<PointInTimeRecoveryStatus>,
    /// The number of preceding days for which continuous backups are taken and maintained.
    #[aws(range(min = 1, max = 35))]
    pub recovery_period_in_days: Option<i32>,
    /// Specifies the earliest point in time you can restore your table to.
    pub earliest_restorable_date_time: Option<EpochSeconds>,
    /// LatestRestorableDateTime is typically 5 minutes before the current time.
    pub latest_restorable_date_time: Option<EpochSeconds>,
}

/// Represents the settings used to enable point in time recovery.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PointInTimeRecoverySpecification {
    /// Indicates whether point in time recovery is enabled (true) or disabled (false) on the table.
    pub point_in_time_recovery_enabled: bool,
    /// The number of preceding days for which continuous backups are taken and maintained.
    #[aws(range(min = 1, max = 35))]
    pub recovery_period_in_days: Option<i32>,
}

/// Represents attributes that are copied (projected) from the table into an index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Projection {
    /// The set of attributes that are projected into the index: KEYS_ONLY - Only the index and primary keys are projected into the index.
    pub projection_type: Option<ProjectionType>,
    /// Represents the non-key attribute names which will be projected into the index.
    #[aws(length(min = 1, max = 20))]
    pub non_key_attributes: Option<Vec<String>>,
}

/// Represents the provisioned throughput settings for the specified global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughput {
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 1))]
    pub read_capacity_units: i64,
    /// The maximum number of writes consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 1))]
    pub write_capacity_units: i64,
}

/// Represents the provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughputDescription {
    /// The date and time of the last provisioned throughput increase for this table.
    pub last_increase_date_time: Option<EpochSeconds>,
    /// The date and time of the last provisioned throughput decrease for this table.
    pub last_decrease_date_time: Option<EpochSeconds>,
    /// The number of provisioned throughput decreases for this table during this UTC calendar day.
    #[aws(range(min = 1))]
    pub number_of_decreases_today: Option<i64>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 0))]
    pub read_capacity_units: Option<i64>,
    /// The maximum number of writes consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 0))]
    pub write_capacity_units: Option<i64>,
}

/// Replica-specific provisioned throughput settings.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughputOverride {
    /// Replica-specific read capacity units.
    #[aws(range(min = 1))]
    pub read_capacity_units: Option<i64>,
}

/// Represents a request to perform a PutItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Put {
    /// A map of attribute name to attribute values, representing the primary key of the item to be written by PutItem.
    pub item: BTreeMap<String, AttributeValue>,
    /// Name of the table in which to write the item.
    #[aws(length(min = 1, max = 1024))]
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// Use ReturnValuesOnConditionCheckFailure to get the item attributes if the Put condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents a request to perform a PutItem operation on an item.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutRequest {
    /// A map of attribute name to attribute values, representing the primary key of an item to be processed by PutItem.
    pub item: BTreeMap<String, AttributeValue>,
}

/// Represents the properties of a replica.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Replica {
    /// The Region where the replica needs to be created.
    pub region_name: Option<String>,
}

/// Represents the auto scaling settings of the replica.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaAutoScalingDescription {
    /// The Region where the replica exists.
    pub region_name: Option<String>,
    /// Replica-specific global secondary index auto scaling settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndexAutoScalingDescription>>,
    pub replica_provisioned_read_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    pub replica_provisioned_write_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// The current state of the replica: CREATING - The replica is being created.
    pub replica_status: Option<ReplicaStatus>,
}

/// Represents the auto scaling settings of a replica that will be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaAutoScalingUpdate {
    /// The Region where the replica exists.
    pub region_name: String,
    /// Represents the auto scaling settings of global secondary indexes that will be modified.
    pub replica_global_secondary_index_updates:
        Option<Vec<ReplicaGlobalSecondaryIndexAutoScalingUpdate>>,
    pub replica_provisioned_read_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Contains the details of the replica.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaDescription {
    /// The name of the Region.
    pub region_name: Option<String>,
    /// The current state of the replica: CREATING - The replica is being created.
    pub replica_status: Option<ReplicaStatus>,
    /// The Amazon Resource Name (ARN) of the global table replica.
    pub replica_arn: Option<String>,
    /// Detailed information about the replica status.
    pub replica_status_description: Option<String>,
    /// Specifies the progress of a Create, Update, or Delete action on the replica as a percentage.
    pub replica_status_percent_progress: Option<String>,
    /// The KMS key of the replica that will be used for KMS encryption.
    #[aws(rename = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput settings for the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Represents the warm throughput value for this replica.
    pub warm_throughput: Option<TableWarmThroughputDescription>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndexDescription>>,
    /// The time at which the replica was first detected as inaccessible.
    pub replica_inaccessible_date_time: Option<EpochSeconds>,
    pub replica_table_class_summary: Option<TableClassSummary>,
    /// Indicates one of the settings synchronization modes for the global table replica: ENABLED : Indicates that the settings synchronization mode for the global table replica is enabled.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
}

/// Represents the properties of a replica global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndex {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// Replica table GSI-specific provisioned throughput.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput settings for the specified global secondary index in the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
}

/// Represents the auto scaling configuration for a replica global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingDescription {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The current state of the replica global secondary index: CREATING - The index is being created.
    pub index_status: Option<IndexStatus>,
    pub provisioned_read_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
    pub provisioned_write_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
}

/// Represents the auto scaling settings of a global secondary index for a replica that will be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    pub provisioned_read_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a replica global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// If not described, uses the source table GSI's read capacity settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput for the specified global secondary index in the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Represents the warm throughput of the global secondary index for this replica.
    pub warm_throughput: Option<GlobalSecondaryIndexWarmThroughputDescription>,
}

/// Represents the properties of a global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexSettingsDescription {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// The current status of the global secondary index: CREATING - The global secondary index is being created.
    pub index_status: Option<IndexStatus>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 1))]
    pub provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for a global secondary index replica's read capacity units.
    pub provisioned_read_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
    /// The maximum number of writes consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 1))]
    pub provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for a global secondary index replica's write capacity units.
    pub provisioned_write_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
}

/// Represents the settings of a global secondary index for a global table that will be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 1))]
    pub provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global secondary index replica's read capacity units.
    pub provisioned_read_capacity_auto_scaling_settings_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a replica.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaSettingsDescription {
    /// The Region name of the replica.
    pub region_name: String,
    /// The current state of the Region: CREATING - The Region is being created.
    pub replica_status: Option<ReplicaStatus>,
    /// The read/write capacity mode of the replica.
    pub replica_billing_mode_summary: Option<BillingModeSummary>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 0))]
    pub replica_provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for a global table replica's read capacity units.
    pub replica_provisioned_read_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// The maximum number of writes consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 0))]
    pub replica_provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for a global table replica's write capacity units.
    pub replica_provisioned_write_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// Replica global secondary index settings for the global table.
    pub replica_global_secondary_index_settings:
        Option<Vec<ReplicaGlobalSecondaryIndexSettingsDescription>>,
    pub replica_table_class_summary: Option<TableClassSummary>,
}

/// Represents the settings for a global table in a Region that will be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaSettingsUpdate {
    /// The Region of the replica to be added.
    pub region_name: String,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 1))]
    pub replica_provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global table replica's read capacity units.
    pub replica_provisioned_read_capacity_auto_scaling_settings_update:
        Option<AutoScalingSettingsUpdate>,
    /// Represents the settings of a global secondary index for a global table that will be modified.
    #[aws(length(min = 1, max = 20))]
    pub replica_global_secondary_index_settings_update:
        Option<Vec<ReplicaGlobalSecondaryIndexSettingsUpdate>>,
    /// Replica-specific table class.
    pub replica_table_class: Option<TableClass>,
}

/// Represents one of the following: A new replica to be added to an existing global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaUpdate {
    /// The parameters required for creating a replica on an existing global table.
    pub create: Option<CreateReplicaAction>,
    /// The name of the existing replica to be removed.
    pub delete: Option<DeleteReplicaAction>,
}

/// Represents one of the following: A new replica to be added to an existing regional table or global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicationGroupUpdate {
    /// The parameters required for creating a replica for the table.
    pub create: Option<CreateReplicationGroupMemberAction>,
    /// The parameters required for updating a replica for the table.
    pub update: Option<UpdateReplicationGroupMemberAction>,
    /// The parameters required for deleting a replica for the table.
    pub delete: Option<DeleteReplicationGroupMemberAction>,
    /// The parameters for disassociating the local replica from the global table and retaining it as a standalone regional table.
    pub disassociate: Option<DisassociateReplicationGroupMemberAction>,
}

/// Contains details for the restore.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RestoreSummary {
    /// The Amazon Resource Name (ARN) of the backup from which the table was restored.
    #[aws(length(min = 37, max = 1024))]
    pub source_backup_arn: Option<String>,
    /// The ARN of the source table of the backup that is being restored.
    #[aws(length(min = 1, max = 1024))]
    pub source_table_arn: Option<String>,
    /// Point in time or source backup time.
    pub restore_date_time: EpochSeconds,
    /// Indicates if a restore is in progress or not.
    pub restore_in_progress: bool,
}

/// The S3 bucket that is being imported from.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3BucketSource {
    /// The account number of the S3 bucket that is being imported from.
    #[aws(pattern = "[0-9]{12}")]
    pub s3_bucket_owner: Option<String>,
    /// The S3 bucket that is being imported from.
    #[aws(length(max = 255), pattern = "^[a-z0-9A-Z]+[\\.\\-\\w]*[a-z0-9A-Z]+$")]
    pub s3_bucket: String,
    /// The key prefix shared by all S3 Objects that are being imported.
    #[aws(length(max = 1024))]
    pub s3_key_prefix: Option<String>,
}

/// The description of the server-side encryption status on the specified table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SSEDescription {
    /// Represents the current state of server-side encryption.
    pub status: Option<SSEStatus>,
    /// Server-side encryption type.
    #[aws(rename = "SSEType")]
    pub sse_type: Option<SSEType>,
    /// The KMS key ARN used for the KMS encryption.
    #[aws(rename = "KMSMasterKeyArn")]
    pub kms_master_key_arn: Option<String>,
    /// Indicates the time, in UNIX epoch date format, when DynamoDB detected that the table's KMS key was inaccessible.
    pub inaccessible_encryption_date_time: Option<EpochSeconds>,
}

/// Represents the settings used to enable server-side encryption.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SSESpecification {
    /// Indicates whether server-side encryption is done using an Amazon Web Services managed key or an Amazon Web Services owned key.
    pub enabled: Option<bool>,
    /// Server-side encryption type.
    #[aws(rename = "SSEType")]
    pub sse_type: Option<SSEType>,
    /// The KMS key that should be used for the KMS encryption.
    #[aws(rename = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
}

/// A single result from a SearchVectors operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResultItem {
    /// A map of attribute names to AttributeValue objects, representing the projected attributes of the item returned by the vector search.
    pub item: Option<BTreeMap<String, AttributeValue>>,
    /// The similarity score for this item relative to the search vector.
    pub score: Option<f64>,
}

/// An element in the search schema of a vector index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchSchemaElement {
    /// The name of the attribute.
    #[aws(length(max = 65535))]
    pub attribute_name: String,
    /// The role of the attribute in the search schema.
    pub search_schema_element_type: SearchSchemaElementType,
}

/// Contains the details of the table when the backup was created.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceTableDetails {
    /// The name of the table for which the backup was created.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: String,
    /// Unique identifier for the table for which the backup was created.
    #[aws(pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    pub table_id: String,
    /// ARN of the table for which backup was created.
    #[aws(length(min = 1, max = 1024))]
    pub table_arn: Option<String>,
    /// Size of the table in bytes.
    pub table_size_bytes: Option<i64>,
    /// Schema of the table.
    #[aws(length(min = 1))]
    pub key_schema: Vec<KeySchemaElement>,
    /// Time when the source table was created.
    pub table_creation_date_time: EpochSeconds,
    /// Read IOPs and Write IOPS on the table when the backup was created.
    pub provisioned_throughput: ProvisionedThroughput,
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Number of items in the table.
    #[aws(range(min = 0))]
    pub item_count: Option<i64>,
    /// Controls how you are charged for read and write throughput and how you manage capacity.
    pub billing_mode: Option<BillingMode>,
}

/// Contains the details of the features enabled on the table when the backup was created.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceTableFeatureDetails {
    /// Represents the LSI properties for the table when the backup was created.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndexInfo>>,
    /// Represents the GSI properties for the table when the backup was created.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndexInfo>>,
    /// Stream settings on the table when the backup was created.
    pub stream_description: Option<StreamSpecification>,
    /// Time to Live settings on the table when the backup was created.
    pub time_to_live_description: Option<TimeToLiveDescription>,
    /// The description of the server-side encryption status on the table when the backup was created.
    #[aws(rename = "SSEDescription")]
    pub sse_description: Option<SSEDescription>,
    /// The vector index properties for the table at the time the backup was created, including the index name, vector attribute, dimensions, distance function, search schema, and projection.
    pub vector_indexes: Option<Vec<VectorIndexInfo>>,
}

/// Represents the DynamoDB Streams configuration for a table in DynamoDB.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StreamSpecification {
    /// Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table.
    pub stream_enabled: bool,
    /// When an item in the table is modified, StreamViewType determines what information is written to the stream for this table.
    pub stream_view_type: Option<StreamViewType>,
}

/// Represents the auto scaling configuration for a global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableAutoScalingDescription {
    /// The name of the table.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// The current state of the table: CREATING - The table is being created.
    pub table_status: Option<TableStatus>,
    /// Represents replicas of the global table.
    pub replicas: Option<Vec<ReplicaAutoScalingDescription>>,
}

/// Contains details of the table class.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableClassSummary {
    /// The table class of the specified table.
    pub table_class: Option<TableClass>,
    /// The date and time at which the table class was last updated.
    pub last_update_date_time: Option<EpochSeconds>,
}

/// The parameters for the table created as part of the import operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableCreationParameters {
    /// The name of the table created as part of the import operation.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: String,
    /// The attributes of the table created as part of the import operation.
    pub attribute_definitions: Vec<AttributeDefinition>,
    /// The primary key and option sort key of the table created as part of the import operation.
    #[aws(length(min = 1))]
    pub key_schema: Vec<KeySchemaElement>,
    /// The billing mode for provisioning the table created as part of the import operation.
    pub billing_mode: Option<BillingMode>,
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    pub on_demand_throughput: Option<OnDemandThroughput>,
    #[aws(rename = "SSESpecification")]
    pub sse_specification: Option<SSESpecification>,
    /// The Global Secondary Indexes (GSI) of the table to be created as part of the import operation.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
    /// The vector indexes of the table to be created as part of the import operation.
    pub vector_indexes: Option<Vec<VectorIndex>>,
}

/// Represents the properties of a table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableDescription {
    /// An array of AttributeDefinition objects.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// The primary key structure for the table.
    #[aws(length(min = 1))]
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// The current state of the table: CREATING - The table is being created.
    pub table_status: Option<TableStatus>,
    /// The date and time when the table was created, in UNIX epoch time format.
    pub creation_date_time: Option<EpochSeconds>,
    /// The provisioned throughput settings for the table, consisting of read and write capacity units, along with data about increases and decreases.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified table, in bytes.
    pub table_size_bytes: Option<i64>,
    /// The number of items in the specified table.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the table.
    pub table_arn: Option<String>,
    /// A unique identifier for the table, in UUID format, generated by DynamoDB when the table is created.
    #[aws(pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    pub table_id: Option<String>,
    /// Contains the details for the read/write capacity mode.
    pub billing_mode_summary: Option<BillingModeSummary>,
    /// Represents one or more local secondary indexes on the table.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndexDescription>>,
    /// The global secondary indexes, if any, on the table.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndexDescription>>,
    /// The current DynamoDB Streams configuration for the table.
    pub stream_specification: Option<StreamSpecification>,
    /// A timestamp, in ISO 8601 format, for this stream.
    pub latest_stream_label: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the latest stream for this table.
    #[aws(length(min = 37, max = 1024))]
    pub latest_stream_arn: Option<String>,
    /// Represents the version of global tables in use, if the table is replicated across Amazon Web Services Regions.
    pub global_table_version: Option<String>,
    /// Represents replicas of the table.
    pub replicas: Option<Vec<ReplicaDescription>>,
    /// The witness Region and its current status in the MRSC global table.
    pub global_table_witnesses: Option<Vec<GlobalTableWitnessDescription>>,
    /// Indicates one of the settings synchronization modes for the global table: ENABLED : Indicates that the settings synchronization mode for the global table is enabled.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
    /// Contains details for the restore.
    pub restore_summary: Option<RestoreSummary>,
    /// The description of the server-side encryption status on the specified table.
    #[aws(rename = "SSEDescription")]
    pub sse_description: Option<SSEDescription>,
    /// Contains information about the table archive.
    pub archival_summary: Option<ArchivalSummary>,
    /// Contains details of the table class.
    pub table_class_summary: Option<TableClassSummary>,
    /// Indicates whether deletion protection is enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Specifies whether disassociation protection is enabled ( true ) or disabled ( false ) for the local global table replica.
    pub disassociation_protection_enabled: Option<bool>,
    /// The maximum number of read and write units for the specified on-demand table.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Describes the warm throughput value of the base table.
    pub warm_throughput: Option<TableWarmThroughputDescription>,
    /// Indicates one of the following consistency modes for a global table: EVENTUAL : Indicates that the global table is configured for multi-Region eventual consistency (MREC).
    pub multi_region_consistency: Option<MultiRegionConsistency>,
    /// The vector indexes, if any, on the table.
    pub vector_indexes: Option<Vec<VectorIndexDescription>>,
}

/// Represents the warm throughput value (in read units per second and write units per second) of the table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableWarmThroughputDescription {
    /// Represents the base table's warm throughput value in read units per second.
    #[aws(range(min = 1))]
    pub read_units_per_second: Option<i64>,
    /// Represents the base table's warm throughput value in write units per second.
    #[aws(range(min = 1))]
    pub write_units_per_second: Option<i64>,
    /// Represents warm throughput value of the base table.
    pub status: Option<TableStatus>,
}

/// Describes a tag.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key of the tag.
    #[aws(length(min = 1, max = 128))]
    pub key: String,
    /// The value of the tag.
    #[aws(length(min = 0, max = 256))]
    pub value: String,
}

/// Represents the specific reason why a DynamoDB request was throttled and the ARN of the impacted resource.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThrottlingReason {
    /// The reason for throttling.
    #[aws(rename = "reason")]
    pub reason: Option<String>,
    /// The Amazon Resource Name (ARN) of the DynamoDB table or index that experienced the throttling event.
    #[aws(rename = "resource")]
    pub resource: Option<String>,
}

/// The description of the Time to Live (TTL) status on the specified table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimeToLiveDescription {
    /// The TTL status for the table.
    pub time_to_live_status: Option<TimeToLiveStatus>,
    /// The name of the TTL attribute for items in the table.
    #[aws(length(min = 1, max = 255))]
    pub attribute_name: Option<String>,
}

/// Represents the settings used to enable or disable Time to Live (TTL) for the specified table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimeToLiveSpecification {
    /// Indicates whether TTL is to be enabled (true) or disabled (false) on the table.
    pub enabled: bool,
    /// The name of the TTL attribute used to store the expiration time for items in the table.
    #[aws(length(min = 1, max = 255))]
    pub attribute_name: String,
}

/// Specifies an item to be retrieved as part of the transaction.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactGetItem {
    /// Contains the primary key that identifies the item to get, together with the name of the table that contains the item, and optionally the specific attributes of the item to retrieve.
    pub get: Get,
}

/// A list of requests that can perform update, put, delete, or check operations on multiple items in one or more tables atomically.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactWriteItem {
    /// A request to perform a check item operation.
    pub condition_check: Option<ConditionCheck>,
    /// A request to perform a PutItem operation.
    pub put: Option<Put>,
    /// A request to perform a DeleteItem operation.
    pub delete: Option<Delete>,
    /// A request to perform an UpdateItem operation.
    pub update: Option<Update>,
}

/// Represents a request to perform an UpdateItem operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Update {
    /// The primary key of the item to be updated.
    pub key: BTreeMap<String, AttributeValue>,
    /// An expression that defines one or more attributes to be updated, the action to be performed on them, and new value(s) for them.
    pub update_expression: String,
    /// Name of the table for the UpdateItem request.
    #[aws(length(min = 1, max = 1024))]
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// Use ReturnValuesOnConditionCheckFailure to get the item attributes if the Update condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the new provisioned throughput settings to be applied to a global secondary index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be updated.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Updates the maximum number of read and write units for the specified global secondary index.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value of the new provisioned throughput settings to be applied to a global secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}

/// Enables updating the configuration for Kinesis Streaming.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingConfiguration {
    /// Enables updating the precision of Kinesis data stream timestamp.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// Represents a replica to be modified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateReplicationGroupMemberAction {
    /// The Region where the replica exists.
    pub region_name: String,
    /// The KMS key of the replica that should be used for KMS encryption.
    #[aws(rename = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput for the replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Replica-specific global secondary index settings.
    #[aws(length(min = 1))]
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndex>>,
    /// Replica-specific table class.
    pub table_class_override: Option<TableClass>,
}

/// The definition of a vector attribute for a vector index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VectorAttributeDefinition {
    /// The name of the vector attribute.
    #[aws(length(min = 1, max = 255))]
    pub attribute_name: String,
}

/// The consumed capacity for vector index operations, including vector search request bytes and vector write request bytes.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VectorCapacity {
    /// The number of vector search request bytes consumed by a SearchVectors operation.
    pub vector_search_request_bytes: Option<f64>,
    /// The number of vector write request bytes consumed when writing to a vector index.
    pub vector_write_request_bytes: Option<f64>,
}

/// Contains the configuration settings for a vector index, including the index name, vector attribute, dimensions, distance function, search schema, and projection.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VectorIndex {
    /// The name of the vector index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    /// The vector attribute configuration for the index.
    pub vector_attribute: VectorAttributeDefinition,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    #[aws(length(min = 1))]
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Projection,
    /// The number of dimensions in each vector.
    #[aws(range(min = 1))]
    pub dimensions: i64,
    /// The distance function used to calculate similarity between vectors.
    pub distance_function: VectorDistanceFunction,
}

/// Contains the current state and configuration of a vector index, including its status, size, item count, and the settings specified when the index was created.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VectorIndexDescription {
    /// The name of the vector index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    #[aws(length(min = 1))]
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Option<Projection>,
    /// The vector attribute configuration for the index.
    pub vector_attribute: Option<VectorAttributeDefinition>,
    /// The number of dimensions in each vector.
    #[aws(range(min = 1))]
    pub dimensions: Option<i64>,
    /// The distance function used to calculate similarity between vectors.
    pub distance_function: Option<VectorDistanceFunction>,
    /// The current state of the vector index: CREATING - The index is being created.
    pub index_status: Option<IndexStatus>,
    /// Specifies whether the index is currently backfilling.
    pub backfilling: Option<bool>,
    /// The total size of the vector index, in bytes.
    pub index_size_bytes: Option<i64>,
    /// The number of items indexed in the vector index.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the vector index.
    pub index_arn: Option<String>,
}

/// Contains the configuration of a vector index as it existed at the time a backup was created.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VectorIndexInfo {
    /// The name of the vector index.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The vector attribute configuration for the index.
    pub vector_attribute: Option<VectorAttributeDefinition>,
    /// The search schema that defines partition key and inline filter attributes for the vector index.
    #[aws(length(min = 1))]
    pub search_schema: Option<Vec<SearchSchemaElement>>,
    /// Specifies attributes that are copied (projected) from the table into the vector index.
    pub projection: Option<Projection>,
    /// The number of dimensions in each vector.
    #[aws(range(min = 1))]
    pub dimensions: Option<i64>,
    /// The distance function used to calculate similarity between vectors.
    pub distance_function: Option<VectorDistanceFunction>,
}

/// A vector index to be added to or removed from a table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VectorIndexUpdate {
    /// The configuration for creating a new vector index on the table.
    pub create: Option<CreateVectorIndexAction>,
    /// The configuration for deleting an existing vector index from the table.
    pub delete: Option<DeleteVectorIndexAction>,
}

/// Provides visibility into the number of read and write operations your table or secondary index can instantaneously support.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WarmThroughput {
    /// Represents the number of read operations your base table can instantaneously support.
    pub read_units_per_second: Option<i64>,
    /// Represents the number of write operations your base table can instantaneously support.
    pub write_units_per_second: Option<i64>,
}

/// Represents an operation to perform - either DeleteItem or PutItem.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WriteRequest {
    /// A request to perform a PutItem operation.
    pub put_request: Option<PutRequest>,
    /// A request to perform a DeleteItem operation.
    pub delete_request: Option<DeleteRequest>,
}
