// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB: the global operations (CreateGlobalTable, DescribeGlobalTable, DescribeGlobalTableSettings, ListGlobalTables and 2 more).

use awsop::{aws_operation, aws_shape};

use awsop_dynamodb_shapes::*;

/// Creates a global table from an existing table.
///
/// Errors: [`CreateGlobalTableError`].
#[aws_operation(
    service = DYNAMODB,
    name = "CreateGlobalTable",
    output = "CreateGlobalTableOutput",
    errors(LimitExceededException, InternalServerError, GlobalTableAlreadyExistsException, TableNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateGlobalTable {
    /// The global table name.
    #[aws(
        context_param = "ResourceArn",
        length(min = 3, max = 255),
        pattern = "[a-zA-Z0-9_.-]+"
    )]
    pub global_table_name: String,
    /// The Regions where the global table needs to be created.
    pub replication_group: Vec<Replica>,
}

/// The output of [`CreateGlobalTable`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
}

/// Returns information about the specified global table.
///
/// Errors: [`DescribeGlobalTableError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeGlobalTable",
    output = "DescribeGlobalTableOutput",
    errors(InternalServerError, GlobalTableNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeGlobalTable {
    /// The name of the global table.
    #[aws(
        context_param = "ResourceArn",
        length(min = 3, max = 255),
        pattern = "[a-zA-Z0-9_.-]+"
    )]
    pub global_table_name: String,
}

/// The output of [`DescribeGlobalTable`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
}

/// Describes Region-specific settings for a global table.
///
/// Errors: [`DescribeGlobalTableSettingsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeGlobalTableSettings",
    output = "DescribeGlobalTableSettingsOutput",
    errors(GlobalTableNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeGlobalTableSettings {
    /// The name of the global table to describe.
    #[aws(
        context_param = "ResourceArn",
        length(min = 3, max = 255),
        pattern = "[a-zA-Z0-9_.-]+"
    )]
    pub global_table_name: String,
}

/// The output of [`DescribeGlobalTableSettings`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeGlobalTableSettingsOutput {
    /// The name of the global table.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub global_table_name: Option<String>,
    /// The Region-specific settings for the global table.
    pub replica_settings: Option<Vec<ReplicaSettingsDescription>>,
}

/// Lists all global tables that have a replica in the specified Region.
///
/// Errors: [`ListGlobalTablesError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ListGlobalTables",
    output = "ListGlobalTablesOutput",
    errors(InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListGlobalTables {
    /// The first global table name that this operation will evaluate.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub exclusive_start_global_table_name: Option<String>,
    /// The maximum number of table names to return, if the parameter is not specified DynamoDB defaults to 100.
    #[aws(range(min = 1))]
    pub limit: Option<i32>,
    /// Lists the global tables in a specific Region.
    pub region_name: Option<String>,
}

/// The output of [`ListGlobalTables`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListGlobalTablesOutput {
    /// List of global table names.
    pub global_tables: Option<Vec<GlobalTable>>,
    /// Last evaluated global table name.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub last_evaluated_global_table_name: Option<String>,
}

/// Adds or removes replicas in the specified global table.
///
/// Errors: [`UpdateGlobalTableError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateGlobalTable",
    output = "UpdateGlobalTableOutput",
    errors(InternalServerError, GlobalTableNotFoundException, ReplicaAlreadyExistsException, ReplicaNotFoundException, TableNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalTable {
    /// The global table name.
    #[aws(
        context_param = "ResourceArn",
        length(min = 3, max = 255),
        pattern = "[a-zA-Z0-9_.-]+"
    )]
    pub global_table_name: String,
    /// A list of Regions that should be added or removed from the global table.
    pub replica_updates: Vec<ReplicaUpdate>,
}

/// The output of [`UpdateGlobalTable`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
}

/// Updates settings for a global table.
///
/// Errors: [`UpdateGlobalTableSettingsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateGlobalTableSettings",
    output = "UpdateGlobalTableSettingsOutput",
    errors(GlobalTableNotFoundException, ReplicaNotFoundException, IndexNotFoundException, LimitExceededException, ResourceInUseException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalTableSettings {
    /// The name of the global table
    #[aws(
        context_param = "ResourceArn",
        length(min = 3, max = 255),
        pattern = "[a-zA-Z0-9_.-]+"
    )]
    pub global_table_name: String,
    /// The billing mode of the global table.
    pub global_table_billing_mode: Option<BillingMode>,
    /// The maximum number of writes consumed per second before DynamoDB returns a ThrottlingException.
    #[aws(range(min = 1))]
    pub global_table_provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for managing provisioned write capacity for the global table.
    pub global_table_provisioned_write_capacity_auto_scaling_settings_update:
        Option<AutoScalingSettingsUpdate>,
    /// Represents the settings of a global secondary index for a global table that will be modified.
    #[aws(length(min = 1, max = 20))]
    pub global_table_global_secondary_index_settings_update:
        Option<Vec<GlobalTableGlobalSecondaryIndexSettingsUpdate>>,
    /// Represents the settings for a global table in a Region that will be modified.
    #[aws(length(min = 1, max = 50))]
    pub replica_settings_update: Option<Vec<ReplicaSettingsUpdate>>,
}

/// The output of [`UpdateGlobalTableSettings`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalTableSettingsOutput {
    /// The name of the global table.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub global_table_name: Option<String>,
    /// The Region-specific settings for the global table.
    pub replica_settings: Option<Vec<ReplicaSettingsDescription>>,
}
