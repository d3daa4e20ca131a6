// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB: the other 2 operations (DescribeExport, DescribeImport, DescribeKinesisStreamingDestination, DescribeLimits and 12 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_dynamodb_shapes::*;

/// Describes an existing table export.
///
/// Errors: [`DescribeExportError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeExport",
    output = "DescribeExportOutput",
    errors(ExportNotFoundException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeExport {
    /// The Amazon Resource Name (ARN) associated with the export.
    #[aws(context_param = "ResourceArn", length(min = 37, max = 1024))]
    pub export_arn: String,
}

/// The output of [`DescribeExport`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeExportOutput {
    /// Represents the properties of the export.
    pub export_description: Option<ExportDescription>,
}

/// Represents the properties of the import.
///
/// Errors: [`DescribeImportError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeImport",
    output = "DescribeImportOutput",
    errors(ImportNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeImport {
    /// The Amazon Resource Name (ARN) associated with the table you're importing to.
    #[aws(context_param = "ResourceArn", length(min = 37, max = 1024))]
    pub import_arn: String,
}

/// The output of [`DescribeImport`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeImportOutput {
    /// Represents the properties of the table created for the import, and parameters of the import.
    pub import_table_description: ImportTableDescription,
}

/// Returns information about the status of Kinesis streaming.
///
/// Errors: [`DescribeKinesisStreamingDestinationError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeKinesisStreamingDestination",
    output = "DescribeKinesisStreamingDestinationOutput",
    errors(ResourceNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeKinesisStreamingDestination {
    /// The name of the table being described.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
}

/// The output of [`DescribeKinesisStreamingDestination`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeKinesisStreamingDestinationOutput {
    /// The name of the table being described.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// The list of replica structures for the table being described.
    pub kinesis_data_stream_destinations: Option<Vec<KinesisDataStreamDestination>>,
}

/// Returns the current provisioned-capacity quotas for your Amazon Web Services account in a Region, both for the Region as a whole and for any one DynamoDB table that you create there.
///
/// Errors: [`DescribeLimitsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeLimits",
    output = "DescribeLimitsOutput",
    errors(InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeLimits {}

/// Represents the output of a DescribeLimits operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeLimitsOutput {
    /// The maximum total read capacity units that your account allows you to provision across all of your tables in this Region.
    #[aws(range(min = 1))]
    pub account_max_read_capacity_units: Option<i64>,
    /// The maximum total write capacity units that your account allows you to provision across all of your tables in this Region.
    #[aws(range(min = 1))]
    pub account_max_write_capacity_units: Option<i64>,
    /// The maximum read capacity units that your account allows you to provision for a new table that you are creating in this Region, including the read capacity units provisioned for its global secondary indexes (GSIs).
    #[aws(range(min = 1))]
    pub table_max_read_capacity_units: Option<i64>,
    /// The maximum write capacity units that your account allows you to provision for a new table that you are creating in this Region, including the write capacity units provisioned for its global secondary indexes (GSIs).
    #[aws(range(min = 1))]
    pub table_max_write_capacity_units: Option<i64>,
}

/// Gives a description of the Time to Live (TTL) status on the specified table.
///
/// Errors: [`DescribeTimeToLiveError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DescribeTimeToLive",
    output = "DescribeTimeToLiveOutput",
    errors(ResourceNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeTimeToLive {
    /// The name of the table to be described.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
}

/// The output of [`DescribeTimeToLive`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeTimeToLiveOutput {
    pub time_to_live_description: Option<TimeToLiveDescription>,
}

/// Stops replication from the DynamoDB table to the Kinesis data stream.
///
/// Errors: [`DisableKinesisStreamingDestinationError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DisableKinesisStreamingDestination",
    output = "KinesisStreamingDestinationOutput",
    errors(InternalServerError, LimitExceededException, ResourceInUseException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisableKinesisStreamingDestination {
    /// The name of the DynamoDB table.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The ARN for a Kinesis data stream.
    #[aws(length(min = 37, max = 1024))]
    pub stream_arn: String,
    /// The source for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<EnableKinesisStreamingConfiguration>,
}

/// Starts table data replication to the specified Kinesis data stream at a timestamp chosen during the enable workflow.
///
/// Errors: [`EnableKinesisStreamingDestinationError`].
#[aws_operation(
    service = DYNAMODB,
    name = "EnableKinesisStreamingDestination",
    output = "KinesisStreamingDestinationOutput",
    errors(InternalServerError, LimitExceededException, ResourceInUseException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnableKinesisStreamingDestination {
    /// The name of the DynamoDB table.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The ARN for a Kinesis data stream.
    #[aws(length(min = 37, max = 1024))]
    pub stream_arn: String,
    /// The source for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<EnableKinesisStreamingConfiguration>,
}

/// This operation allows you to perform transactional reads or writes on data stored in DynamoDB, using PartiQL.
///
/// Errors: [`ExecuteTransactionError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ExecuteTransaction",
    output = "ExecuteTransactionOutput",
    errors(ResourceNotFoundException, TransactionCanceledException, TransactionInProgressException, IdempotentParameterMismatchException, ProvisionedThroughputExceededException, RequestLimitExceeded, InternalServerError, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecuteTransaction {
    /// The list of PartiQL statements representing the transaction to run.
    #[aws(length(min = 1, max = 100))]
    pub transact_statements: Vec<ParameterizedStatement>,
    /// Set this value to get remaining results, if NextToken was returned in the statement response.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(idempotency_token, length(min = 1, max = 36))]
    pub client_request_token: Option<String>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The output of [`ExecuteTransaction`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExecuteTransactionOutput {
    /// The response to a PartiQL transaction.
    #[aws(length(min = 1, max = 100))]
    pub responses: Option<Vec<ItemResponse>>,
    /// The capacity units consumed by the entire operation.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
}

/// Lists completed exports within the past 90 days, in reverse alphanumeric order of ExportArn.
///
/// Errors: [`ListExportsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ListExports",
    output = "ListExportsOutput",
    errors(LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListExports {
    /// The Amazon Resource Name (ARN) associated with the exported table.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_arn: Option<String>,
    /// Maximum number of results to return per page.
    #[aws(range(min = 1, max = 25))]
    pub max_results: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to ListExports.
    pub next_token: Option<String>,
}

/// The output of [`ListExports`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListExportsOutput {
    /// A list of ExportSummary objects.
    pub export_summaries: Option<Vec<ExportSummary>>,
    /// If this value is returned, there are additional results to be displayed.
    pub next_token: Option<String>,
}

/// Lists completed imports within the past 90 days.
///
/// Errors: [`ListImportsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ListImports",
    output = "ListImportsOutput",
    errors(LimitExceededException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListImports {
    /// The Amazon Resource Name (ARN) associated with the table that was imported to.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_arn: Option<String>,
    /// The number of ImportSummary objects returned in a single page.
    #[aws(range(min = 1, max = 25))]
    pub page_size: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to ListImports.
    #[aws(length(min = 112, max = 1024), pattern = "([0-9a-f]{16})+")]
    pub next_token: Option<String>,
}

/// The output of [`ListImports`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListImportsOutput {
    /// A list of ImportSummary objects.
    pub import_summary_list: Option<Vec<ImportSummary>>,
    /// If this value is returned, there are additional results to be displayed.
    #[aws(length(min = 112, max = 1024), pattern = "([0-9a-f]{16})+")]
    pub next_token: Option<String>,
}

/// List all tags on an Amazon DynamoDB resource.
///
/// Errors: [`ListTagsOfResourceError`].
#[aws_operation(
    service = DYNAMODB,
    name = "ListTagsOfResource",
    output = "ListTagsOfResourceOutput",
    errors(ResourceNotFoundException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsOfResource {
    /// The Amazon DynamoDB resource with tags to be listed.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1283))]
    pub resource_arn: String,
    /// An optional string that, if supplied, must be copied from the output of a previous call to ListTagOfResource.
    pub next_token: Option<String>,
}

/// The output of [`ListTagsOfResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsOfResourceOutput {
    /// The tags currently associated with the Amazon DynamoDB resource.
    pub tags: Option<Vec<Tag>>,
    /// If this value is returned, there are additional results to be displayed.
    pub next_token: Option<String>,
}

/// You must provide the name of the partition key attribute and a single value for that attribute.
///
/// Errors: [`QueryError`].
#[aws_operation(
    service = DYNAMODB,
    name = "Query",
    output = "QueryOutput",
    errors(ProvisionedThroughputExceededException, ResourceNotFoundException, RequestLimitExceeded, InternalServerError, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// The name of the table containing the requested items.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The name of an index to query.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// The attributes to be returned in the result.
    pub select: Option<Select>,
    /// This is a legacy parameter.
    #[aws(length(min = 1))]
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items).
    #[aws(range(min = 1))]
    pub limit: Option<i32>,
    /// Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads.
    pub consistent_read: Option<bool>,
    /// This is a legacy parameter.
    pub key_conditions: Option<BTreeMap<String, Condition>>,
    /// This is a legacy parameter.
    pub query_filter: Option<BTreeMap<String, Condition>>,
    /// This is a legacy parameter.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Specifies the order for index traversal: If true (default), the traversal is performed in ascending order; if false, the traversal is performed in descending order.
    pub scan_index_forward: Option<bool>,
    /// The primary key of the first item that this operation will evaluate.
    pub exclusive_start_key: Option<BTreeMap<String, AttributeValue>>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// A string that identifies one or more attributes to retrieve from the table.
    pub projection_expression: Option<String>,
    /// A string that contains conditions that DynamoDB applies after the Query operation, but before the data is returned to you.
    pub filter_expression: Option<String>,
    /// The condition that specifies the key values for items to be retrieved by the Query action.
    pub key_condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
}

/// Represents the output of a Query operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueryOutput {
    /// An array of item attributes that match the query criteria.
    pub items: Option<Vec<BTreeMap<String, AttributeValue>>>,
    /// The number of items in the response.
    pub count: Option<i32>,
    /// The number of items evaluated, before any QueryFilter is applied.
    pub scanned_count: Option<i32>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set.
    pub last_evaluated_key: Option<BTreeMap<String, AttributeValue>>,
    /// The capacity units consumed by the Query operation.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// The Scan operation returns one or more items and item attributes by accessing every item in a table or a secondary index.
///
/// Errors: [`ScanError`].
#[aws_operation(
    service = DYNAMODB,
    name = "Scan",
    output = "ScanOutput",
    errors(ProvisionedThroughputExceededException, ResourceNotFoundException, RequestLimitExceeded, InternalServerError, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scan {
    /// The name of the table containing the requested items or if you provide IndexName, the name of the table to which that index belongs.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The name of a secondary index to scan.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: Option<String>,
    /// This is a legacy parameter.
    #[aws(length(min = 1))]
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items).
    #[aws(range(min = 1))]
    pub limit: Option<i32>,
    /// The attributes to be returned in the result.
    pub select: Option<Select>,
    /// This is a legacy parameter.
    pub scan_filter: Option<BTreeMap<String, Condition>>,
    /// This is a legacy parameter.
    pub conditional_operator: Option<ConditionalOperator>,
    /// The primary key of the first item that this operation will evaluate.
    pub exclusive_start_key: Option<BTreeMap<String, AttributeValue>>,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// For a parallel Scan request, TotalSegments represents the total number of segments into which the Scan operation will be divided.
    #[aws(range(min = 1, max = 1000000))]
    pub total_segments: Option<i32>,
    /// For a parallel Scan request, Segment identifies an individual segment to be scanned by an application worker.
    #[aws(range(min = 0, max = 999999))]
    pub segment: Option<i32>,
    /// A string that identifies one or more attributes to retrieve from the specified table or index.
    pub projection_expression: Option<String>,
    /// A string that contains conditions that DynamoDB applies after the Scan operation, but before the data is returned to you.
    pub filter_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// A Boolean value that determines the read consistency model during the scan: If ConsistentRead is false, then the data returned from Scan might not contain the results from other recently completed write operations ( PutItem, UpdateItem, or DeleteItem ).
    pub consistent_read: Option<bool>,
}

/// Represents the output of a Scan operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScanOutput {
    /// An array of item attributes that match the scan criteria.
    pub items: Option<Vec<BTreeMap<String, AttributeValue>>>,
    /// The number of items in the response.
    pub count: Option<i32>,
    /// The number of items evaluated, before any ScanFilter is applied.
    pub scanned_count: Option<i32>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result set.
    pub last_evaluated_key: Option<BTreeMap<String, AttributeValue>>,
    /// The capacity units consumed by the Scan operation.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// Performs a vector similarity search on a vector index associated with an Amazon DynamoDB table, and returns the most similar items sorted by similarity score based on the distance function configured for the index.
///
/// Errors: [`SearchVectorsError`].
#[aws_operation(
    service = DYNAMODB,
    name = "SearchVectors",
    output = "SearchVectorsOutput",
    errors(ResourceNotFoundException, RequestLimitExceeded, InternalServerError, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchVectors {
    /// The name or Amazon Resource Name (ARN) of the table containing the vector index.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The name of the vector index to search.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub index_name: String,
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<BTreeMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<BTreeMap<String, AttributeValue>>,
    /// A string that identifies one or more attributes to retrieve from the index.
    pub projection_expression: Option<String>,
    /// The search vector to compare against the indexed vectors.
    #[aws(length(min = 1, max = 4096))]
    pub search_vector: Vec<AttributeValue>,
    /// A condition expression used to filter the vector search results.
    pub search_condition_expression: Option<String>,
    /// The number of most similar results to return.
    #[aws(range(min = 1))]
    pub top_k: i32,
}

/// The output of [`SearchVectors`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchVectorsOutput {
    /// The capacity units consumed by the SearchVectors operation.
    pub consumed_capacity: Option<VectorCapacity>,
    /// A list of items returned by the vector similarity search, sorted by similarity with the most similar item first.
    pub search_results: Option<Vec<SearchResultItem>>,
}

/// The command to update the Kinesis stream destination.
///
/// Errors: [`UpdateKinesisStreamingDestinationError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateKinesisStreamingDestination",
    output = "UpdateKinesisStreamingDestinationOutput",
    errors(InternalServerError, LimitExceededException, ResourceInUseException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingDestination {
    /// The table name for the Kinesis streaming destination input.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// The Amazon Resource Name (ARN) for the Kinesis stream input.
    #[aws(length(min = 37, max = 1024))]
    pub stream_arn: String,
    /// The command to update the Kinesis stream configuration.
    pub update_kinesis_streaming_configuration: Option<UpdateKinesisStreamingConfiguration>,
}

/// The output of [`UpdateKinesisStreamingDestination`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingDestinationOutput {
    /// The table name for the Kinesis streaming destination output.
    #[aws(length(min = 3, max = 255), pattern = "[a-zA-Z0-9_.-]+")]
    pub table_name: Option<String>,
    /// The ARN for the Kinesis stream input.
    #[aws(length(min = 37, max = 1024))]
    pub stream_arn: Option<String>,
    /// The status of the attempt to update the Kinesis streaming destination output.
    pub destination_status: Option<DestinationStatus>,
    /// The command to update the Kinesis streaming destination configuration.
    pub update_kinesis_streaming_configuration: Option<UpdateKinesisStreamingConfiguration>,
}

/// The UpdateTimeToLive method enables or disables Time to Live (TTL) for the specified table.
///
/// Errors: [`UpdateTimeToLiveError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UpdateTimeToLive",
    output = "UpdateTimeToLiveOutput",
    errors(ResourceInUseException, ResourceNotFoundException, LimitExceededException, InternalServerError),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateTimeToLive {
    /// The name of the table to be configured.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    pub table_name: String,
    /// Represents the settings used to enable or disable Time to Live for the specified table.
    pub time_to_live_specification: TimeToLiveSpecification,
}

/// The output of [`UpdateTimeToLive`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateTimeToLiveOutput {
    /// Represents the output of an UpdateTimeToLive operation.
    pub time_to_live_specification: Option<TimeToLiveSpecification>,
}
