// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB: the table operations (CreateTable, DeleteTable, DescribeTable, DescribeTableReplicaAutoScaling and 7 more).

use awsop::{aws_operation, aws_shape, EpochSeconds};

use awsop_dynamodb_shapes::*;

/// The CreateTable operation adds a new table to your account.
///
/// Errors: [`CreateTableError`].
#[aws_operation(
    service = DYNAMODB,
    name = "CreateTable",
    output = "CreateTableOutput",
    errors(ResourceInUseException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateTable {
    /// An array of attributes that describe the key schema for the table and indexes.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table to create.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// Specifies the attributes that make up the primary key for a table or an index.
    #[aws(length(min = 1))]
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// One or more local secondary indexes (the maximum is 5) to be created on the table.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndex>>,
    /// One or more global secondary indexes (the maximum is 20) to be created on the table.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
    /// Controls how you are charged for read and write throughput and how you manage capacity.
    pub billing_mode: Option<BillingMode>,
    /// Represents the provisioned throughput settings for a specified table or index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The settings for DynamoDB Streams on the table.
    pub stream_specification: Option<StreamSpecification>,
    /// Represents the settings used to enable server-side encryption.
    #[aws(rename = "SSESpecification")]
    pub sse_specification: Option<SSESpecification>,
    /// A list of key-value pairs to label the table.
    pub tags: Option<Vec<Tag>>,
    /// The table class of the new table.
    pub table_class: Option<TableClass>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Represents the warm throughput (in read units per second and write units per second) for creating a table.
    pub warm_throughput: Option<WarmThroughput>,
    /// An Amazon Web Services resource-based policy document in JSON format that will be attached to the table.
    pub resource_policy: Option<String>,
    /// Sets the maximum number of read and write units for the specified table in on-demand capacity mode.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// The Amazon Resource Name (ARN) of the source table used for the creation of a multi-account global table.
    #[aws(length(min = 1, max = 1024))]
    pub global_table_source_arn: Option<String>,
    /// Controls the settings synchronization mode for the global table.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
    /// One or more vector indexes to be created on the table.
    pub vector_indexes: Option<Vec<VectorIndex>>,
}

/// Represents the output of a CreateTable operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateTableOutput {
    /// Represents the properties of the table.
    pub table_description: Option<TableDescription>,
}

/// The DeleteTable operation deletes a table and all of its items.
///
/// Errors: [`DeleteTableError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DeleteTable",
    output = "DeleteTableOutput",
    errors(ResourceInUseException, ResourceNotFoundException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTable {
    /// The name of the table to delete.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
}

/// Represents the output of a DeleteTable operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteTableOutput {
    /// Represents the properties of a table.
    pub table_description: Option<TableDescription>,
}

/// Returns information about the table, including the current status of the table, when it was created, the primary key schema, and any indexes on the table.
///
/// Errors: [`DescribeTableError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeTable",
    output = "DescribeTableOutput",
    errors(ResourceNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeTable {
    /// The name of the table to describe.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
}

/// Represents the output of a DescribeTable operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeTableOutput {
    /// The properties of the table.
    pub table: Option<TableDescription>,
}

/// Describes auto scaling settings across replicas of the global table at once.
///
/// Errors: [`DescribeTableReplicaAutoScalingError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeTableReplicaAutoScaling",
    output = "DescribeTableReplicaAutoScalingOutput",
    errors(ResourceNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeTableReplicaAutoScaling {
    /// The name of the table.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
}

/// The output of [`DescribeTableReplicaAutoScaling`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeTableReplicaAutoScalingOutput {
    /// Represents the auto scaling properties of the table.
    pub table_auto_scaling_description: Option<TableAutoScalingDescription>,
}

/// Exports table data to an S3 bucket.
///
/// Errors: [`ExportTableToPointInTimeError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ExportTableToPointInTime",
    output = "ExportTableToPointInTimeOutput",
    errors(TableNotFoundException, PointInTimeRecoveryUnavailableException, LimitExceededException, InvalidExportTimeException, ExportConflictException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportTableToPointInTime {
    /// The Amazon Resource Name (ARN) associated with the table to export.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_arn: String,
    /// Time in the past from which to export table data, counted in seconds from the start of the Unix epoch.
    pub export_time: Option<EpochSeconds>,
    /// Providing a ClientToken makes the call to ExportTableToPointInTimeInput idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(idempotency_token, pattern = "^[^\\$]+$")]
    pub client_token: Option<String>,
    /// The name of the Amazon S3 bucket to export the snapshot to.
    #[aws(length(max = 255), pattern = "^[a-z0-9A-Z]+[\\.\\-\\w]*[a-z0-9A-Z]+$")]
    pub s3_bucket: String,
    /// The ID of the Amazon Web Services account that owns the bucket the export will be stored in.
    #[aws(pattern = "[0-9]{12}")]
    pub s3_bucket_owner: Option<String>,
    /// The Amazon S3 bucket prefix to use as the file name and path of the exported snapshot.
    #[aws(length(max = 1024))]
    pub s3_prefix: Option<String>,
    /// Type of encryption used on the bucket where export data will be stored.
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data will be stored (if applicable).
    #[aws(length(min = 1, max = 2048))]
    pub s3_sse_kms_key_id: Option<String>,
    /// The format for the exported data.
    pub export_format: Option<ExportFormat>,
    /// Choice of whether to execute as a full export or incremental export.
    pub export_type: Option<ExportType>,
    /// Optional object containing the parameters specific to an incremental export.
    pub incremental_export_specification: Option<IncrementalExportSpecification>,
    /// The criteria used to filter which items are included in the point-in-time export.
    pub filter_specification: Option<FilterSpecification>,
}

/// The output of [`ExportTableToPointInTime`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportTableToPointInTimeOutput {
    /// Contains a description of the table export.
    pub export_description: Option<ExportDescription>,
}

/// Imports table data from an S3 bucket.
///
/// Errors: [`ImportTableError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ImportTable",
    output = "ImportTableOutput",
    errors(ResourceInUseException, LimitExceededException, ImportConflictException),
    operation_context_params(ResourceArn = "TableCreationParameters.TableName"),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportTable {
    /// Providing a ClientToken makes the call to ImportTableInput idempotent, meaning that multiple identical calls have the same effect as one single call.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(idempotency_token, pattern = "^[^\\$]+$")]
    pub client_token: Option<String>,
    /// The S3 bucket that provides the source for the import.
    pub s3_bucket_source: S3BucketSource,
    /// The format of the source data.
    pub input_format: InputFormat,
    /// Additional properties that specify how the input is formatted,
    pub input_format_options: Option<InputFormatOptions>,
    /// Type of compression to be used on the input coming from the imported table.
    pub input_compression_type: Option<InputCompressionType>,
    /// Parameters for the table to import the data into.
    pub table_creation_parameters: TableCreationParameters,
}

/// The output of [`ImportTable`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportTableOutput {
    /// Represents the properties of the table created for the import, and parameters of the import.
    pub import_table_description: ImportTableDescription,
}

/// Returns an array of table names associated with the current account and endpoint.
///
/// Errors: [`ListTablesError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ListTables",
    output = "ListTablesOutput",
    errors(InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTables {
    /// The first table name that this operation will evaluate.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub exclusive_start_table_name: Option<String>,
    /// A maximum number of table names to return.
    #[aws(range(min = 1, max = 100))]
    pub limit: Option<i32>,
}

/// Represents the output of a ListTables operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTablesOutput {
    /// The names of the tables associated with the current account at the current endpoint.
    pub table_names: Option<Vec<String>>,
    /// The name of the last table in the current page of results.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub last_evaluated_table_name: Option<String>,
}

/// Creates a new table from an existing backup.
///
/// Errors: [`RestoreTableFromBackupError`].
#[aws_operation(
    service = DYNAMODB,
    name = "RestoreTableFromBackup",
    output = "RestoreTableFromBackupOutput",
    errors(TableAlreadyExistsException, TableInUseException, BackupNotFoundException, BackupInUseException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RestoreTableFromBackup {
    /// The name of the new table to which the backup must be restored.
    #[aws(
        context_param = "ResourceArn",
        length(min = 3, max = 255),
        pattern = "[a-zA-Z0-9_.-]+"
    )]
    pub target_table_name: String,
    /// The Amazon Resource Name (ARN) associated with the backup.
    #[aws(length(min = 37, max = 1024))]
    pub backup_arn: String,
    /// The billing mode of the restored table.
    pub billing_mode_override: Option<BillingMode>,
    /// List of global secondary indexes for the restored table.
    pub global_secondary_index_override: Option<Vec<GlobalSecondaryIndex>>,
    /// List of local secondary indexes for the restored table.
    pub local_secondary_index_override: Option<Vec<LocalSecondaryIndex>>,
    /// Provisioned throughput settings for the restored table.
    pub provisioned_throughput_override: Option<ProvisionedThroughput>,
    pub on_demand_throughput_override: Option<OnDemandThroughput>,
    /// The new server-side encryption settings for the restored table.
    #[aws(rename = "SSESpecificationOverride")]
    pub sse_specification_override: Option<SSESpecification>,
    /// The vector indexes for the restored table.
    pub vector_index_override: Option<Vec<VectorIndex>>,
}

/// The output of [`RestoreTableFromBackup`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RestoreTableFromBackupOutput {
    /// The description of the table created from an existing backup.
    pub table_description: Option<TableDescription>,
}

/// Restores the specified table to the specified point in time within EarliestRestorableDateTime and LatestRestorableDateTime.
///
/// Errors: [`RestoreTableToPointInTimeError`].
#[aws_operation(
    service = DYNAMODB,
    name = "RestoreTableToPointInTime",
    output = "RestoreTableToPointInTimeOutput",
    errors(TableAlreadyExistsException, TableNotFoundException, TableInUseException, LimitExceededException, InvalidRestoreTimeException, PointInTimeRecoveryUnavailableException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RestoreTableToPointInTime {
    /// The DynamoDB table that will be restored.
    #[aws(length(min = 1, max = 1024))]
    pub source_table_arn: Option<String>,
    /// Name of the source table that is being restored.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub source_table_name: Option<String>,
    /// The name of the new table to which it must be restored to.
    #[aws(
        context_param = "ResourceArn",
        length(min = 3, max = 255),
        pattern = "[a-zA-Z0-9_.-]+"
    )]
    pub target_table_name: String,
    /// Restore the table to the latest possible time.
    pub use_latest_restorable_time: Option<bool>,
    /// Time in the past to restore the table to.
    pub restore_date_time: Option<EpochSeconds>,
    /// The billing mode of the restored table.
    pub billing_mode_override: Option<BillingMode>,
    /// List of global secondary indexes for the restored table.
    pub global_secondary_index_override: Option<Vec<GlobalSecondaryIndex>>,
    /// List of local secondary indexes for the restored table.
    pub local_secondary_index_override: Option<Vec<LocalSecondaryIndex>>,
    /// Provisioned throughput settings for the restored table.
    pub provisioned_throughput_override: Option<ProvisionedThroughput>,
    pub on_demand_throughput_override: Option<OnDemandThroughput>,
    /// The new server-side encryption settings for the restored table.
    #[aws(rename = "SSESpecificationOverride")]
    pub sse_specification_override: Option<SSESpecification>,
    /// The vector indexes for the restored table.
    pub vector_index_override: Option<Vec<VectorIndex>>,
}

/// The output of [`RestoreTableToPointInTime`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RestoreTableToPointInTimeOutput {
    /// Represents the properties of a table.
    pub table_description: Option<TableDescription>,
}

/// Modifies the provisioned throughput settings, global secondary indexes, DynamoDB Streams settings, or global table replica settings for a given table.
///
/// Errors: [`UpdateTableError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateTable",
    output = "UpdateTableOutput",
    errors(ResourceInUseException, ResourceNotFoundException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateTable {
    /// An array of attributes that describe the key schema for the table and indexes.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table to be updated.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// Controls how you are charged for read and write throughput and how you manage capacity.
    pub billing_mode: Option<BillingMode>,
    /// The new provisioned throughput settings for the specified table or index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// An array of one or more global secondary indexes for the table.
    pub global_secondary_index_updates: Option<Vec<GlobalSecondaryIndexUpdate>>,
    /// Represents the DynamoDB Streams configuration for the table.
    pub stream_specification: Option<StreamSpecification>,
    /// The new server-side encryption settings for the specified table.
    #[aws(rename = "SSESpecification")]
    pub sse_specification: Option<SSESpecification>,
    /// A list of replica update actions (create, delete, update, or disassociate) for the table.
    #[aws(length(min = 1))]
    pub replica_updates: Option<Vec<ReplicationGroupUpdate>>,
    /// The table class of the table to be updated.
    pub table_class: Option<TableClass>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// Specifies the consistency mode for a new global table.
    pub multi_region_consistency: Option<MultiRegionConsistency>,
    /// A list of witness updates for a MRSC global table.
    #[aws(length(min = 1, max = 1))]
    pub global_table_witness_updates: Option<Vec<GlobalTableWitnessGroupUpdate>>,
    /// Updates the maximum number of read and write units for the specified table in on-demand capacity mode.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput (in read units per second and write units per second) for updating a table.
    pub warm_throughput: Option<WarmThroughput>,
    /// Controls the settings replication mode for a global table replica.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
    /// Specifies whether disassociation protection is enabled ( true ) or disabled ( false ) for the local replica of a multi-Region eventual consistency (MREC) global table using Version 2019.11.21.
    pub disassociation_protection_enabled: Option<bool>,
    /// A list of vector indexes to be added to or removed from the table.
    pub vector_index_updates: Option<Vec<VectorIndexUpdate>>,
}

/// Represents the output of an UpdateTable operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateTableOutput {
    /// Represents the properties of the table.
    pub table_description: Option<TableDescription>,
}

/// Updates auto scaling settings on your global tables at once.
///
/// Errors: [`UpdateTableReplicaAutoScalingError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateTableReplicaAutoScaling",
    output = "UpdateTableReplicaAutoScalingOutput",
    errors(ResourceNotFoundException, ResourceInUseException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateTableReplicaAutoScaling {
    /// Represents the auto scaling settings of the global secondary indexes of the replica to be updated.
    #[aws(length(min = 1))]
    pub global_secondary_index_updates: Option<Vec<GlobalSecondaryIndexAutoScalingUpdate>>,
    /// The name of the global table to be updated.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    pub provisioned_write_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
    /// Represents the auto scaling settings of replicas of the table that will be modified.
    #[aws(length(min = 1))]
    pub replica_updates: Option<Vec<ReplicaAutoScalingUpdate>>,
}

/// The output of [`UpdateTableReplicaAutoScaling`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateTableReplicaAutoScalingOutput {
    /// Returns information about the auto scaling settings of a table with replicas.
    pub table_auto_scaling_description: Option<TableAutoScalingDescription>,
}
