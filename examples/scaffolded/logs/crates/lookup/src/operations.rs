// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the lookup operations (CreateLookupTable, DeleteLookupTable, DescribeLookupTables, GetLookupTable and 1 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Creates a lookup table by uploading CSV data or from CloudWatch Logs query results.
///
/// Errors: [`CreateLookupTableError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CreateLookupTable",
    errors(InvalidParameterException, ResourceAlreadyExistsException, AccessDeniedException, LimitExceededException, ValidationException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLookupTable {
    /// The name of the lookup table.
    #[aws(
        rename = "lookupTableName",
        length(min = 1, max = 256),
        pattern = "^[a-zA-Z0-9_]+$"
    )]
    pub lookup_table_name: String,
    /// A description of the lookup table.
    #[aws(rename = "description", length(min = 0, max = 1024))]
    pub description: Option<String>,
    /// The CSV content of the lookup table.
    #[aws(rename = "tableBody", length(min = 1, max = 10485760))]
    pub table_body: Option<String>,
    /// The ID of a completed or cancelled CloudWatch Logs query whose results populate the lookup table.
    #[aws(rename = "queryId", length(min = 1, max = 256))]
    pub query_id: Option<String>,
    /// The ARN of the KMS key to use to encrypt the lookup table data.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
    /// A list of key-value pairs to associate with the lookup table.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The output of [`CreateLookupTable`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLookupTableResponse {
    /// The ARN of the lookup table that was created.
    #[aws(rename = "lookupTableArn")]
    pub lookup_table_arn: Option<String>,
    /// The time when the lookup table was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "createdAt", range(min = 0))]
    pub created_at: Option<i64>,
}

/// Deletes a lookup table permanently.
///
/// Errors: [`DeleteLookupTableError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteLookupTable",
    errors(InvalidParameterException, ResourceNotFoundException, AccessDeniedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLookupTable {
    /// The ARN of the lookup table to delete.
    #[aws(rename = "lookupTableArn")]
    pub lookup_table_arn: String,
}

/// The output of [`DeleteLookupTable`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLookupTableResponse {}

/// Retrieves metadata about lookup tables in your account.
///
/// Errors: [`DescribeLookupTablesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeLookupTables",
    errors(InvalidParameterException, ResourceNotFoundException, AccessDeniedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeLookupTables {
    /// A prefix to filter lookup tables by name.
    #[aws(
        rename = "lookupTableNamePrefix",
        length(min = 1, max = 256),
        pattern = "^[a-zA-Z0-9_]+$"
    )]
    pub lookup_table_name_prefix: Option<String>,
    /// The maximum number of lookup tables to return in the response.
    #[aws(rename = "maxResults", range(max = 100))]
    pub max_results: Option<i32>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`DescribeLookupTables`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeLookupTablesResponse {
    /// An array of structures, where each structure contains metadata about one lookup table.
    #[aws(rename = "lookupTables")]
    pub lookup_tables: Option<Vec<LookupTable>>,
    /// The token to use when requesting the next set of items.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Retrieves the full content of a lookup table, including the CSV data.
///
/// Errors: [`GetLookupTableError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetLookupTable",
    errors(InvalidParameterException, ResourceNotFoundException, AccessDeniedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLookupTable {
    /// The ARN of the lookup table to retrieve.
    #[aws(rename = "lookupTableArn")]
    pub lookup_table_arn: String,
}

/// The output of [`GetLookupTable`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLookupTableResponse {
    /// The ARN of the lookup table.
    #[aws(rename = "lookupTableArn")]
    pub lookup_table_arn: Option<String>,
    /// The name of the lookup table.
    #[aws(
        rename = "lookupTableName",
        length(min = 1, max = 256),
        pattern = "^[a-zA-Z0-9_]+$"
    )]
    pub lookup_table_name: Option<String>,
    /// The description of the lookup table.
    #[aws(rename = "description", length(min = 0, max = 1024))]
    pub description: Option<String>,
    /// The full CSV content of the lookup table.
    #[aws(rename = "tableBody", length(min = 1, max = 10485760))]
    pub table_body: Option<String>,
    /// The size of the lookup table in bytes.
    #[aws(rename = "sizeBytes", range(min = 0))]
    pub size_bytes: Option<i64>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
    /// The ARN of the KMS key used to encrypt the lookup table data, if applicable.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
}

/// Updates an existing lookup table by replacing all of its content with new CSV data or CloudWatch Logs query results.
///
/// Errors: [`UpdateLookupTableError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "UpdateLookupTable",
    errors(InvalidParameterException, ResourceNotFoundException, AccessDeniedException, ValidationException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateLookupTable {
    /// The ARN of the lookup table to update.
    #[aws(rename = "lookupTableArn")]
    pub lookup_table_arn: String,
    /// An updated description of the lookup table.
    #[aws(rename = "description", length(min = 0, max = 1024))]
    pub description: Option<String>,
    /// The new CSV content to replace the existing data.
    #[aws(rename = "tableBody", length(min = 1, max = 10485760))]
    pub table_body: Option<String>,
    /// The ID of a completed or cancelled CloudWatch Logs query whose results replace the lookup table content.
    #[aws(rename = "queryId", length(min = 1, max = 256))]
    pub query_id: Option<String>,
    /// The ARN of the KMS key to use to encrypt the lookup table data.
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
}

/// The output of [`UpdateLookupTable`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateLookupTableResponse {
    /// The ARN of the lookup table that was updated.
    #[aws(rename = "lookupTableArn")]
    pub lookup_table_arn: Option<String>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "lastUpdatedTime", range(min = 0))]
    pub last_updated_time: Option<i64>,
}
