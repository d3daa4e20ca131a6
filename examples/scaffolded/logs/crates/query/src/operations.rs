// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the query operations (DeleteQueryDefinition, DescribeQueries, DescribeQueryDefinitions, GetQueryResults and 3 more).

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Deletes a saved CloudWatch Logs Insights query definition.
///
/// Errors: [`DeleteQueryDefinitionError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteQueryDefinition",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteQueryDefinition {
    /// The ID of the query definition that you want to delete.
    #[aws(rename = "queryDefinitionId", length(min = 1, max = 256))]
    pub query_definition_id: String,
}

/// The output of [`DeleteQueryDefinition`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteQueryDefinitionResponse {
    /// A value of TRUE indicates that the operation succeeded.
    #[aws(rename = "success")]
    pub success: Option<bool>,
}

/// Returns a list of CloudWatch Logs Insights queries that are scheduled, running, or have been run recently in this account.
///
/// Errors: [`DescribeQueriesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeQueries",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeQueries {
    /// Limits the returned queries to only those for the specified log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// Limits the returned queries to only those that have the specified status.
    #[aws(rename = "status")]
    pub status: Option<QueryStatus>,
    /// Limits the number of returned queries to the specified number.
    #[aws(rename = "maxResults", range(min = 1, max = 1000))]
    pub max_results: Option<i32>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// Limits the returned queries to only the queries that use the specified query language.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
}

/// The output of [`DescribeQueries`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeQueriesResponse {
    /// The list of queries that match the request.
    #[aws(rename = "queries")]
    pub queries: Option<Vec<QueryInfo>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// This operation returns a paginated list of your saved CloudWatch Logs Insights query definitions.
///
/// Errors: [`DescribeQueryDefinitionsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeQueryDefinitions",
    errors(InvalidParameterException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeQueryDefinitions {
    /// The query language used for this query.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// Use this parameter to filter your results to only the query definitions that have names that start with the prefix you specify.
    #[aws(rename = "queryDefinitionNamePrefix", length(min = 1, max = 255))]
    pub query_definition_name_prefix: Option<String>,
    /// Limits the number of returned query definitions to the specified number.
    #[aws(rename = "maxResults", range(min = 1, max = 1000))]
    pub max_results: Option<i32>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// The output of [`DescribeQueryDefinitions`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeQueryDefinitionsResponse {
    /// The list of query definitions that match your request.
    #[aws(rename = "queryDefinitions")]
    pub query_definitions: Option<Vec<QueryDefinition>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Returns the results from the specified query.
///
/// Errors: [`GetQueryResultsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetQueryResults",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQueryResults {
    /// The ID number of the query.
    #[aws(rename = "queryId", length(min = 1, max = 256))]
    pub query_id: String,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(max = 1024))]
    pub next_token: Option<String>,
    /// The maximum number of log events to return in the response.
    #[aws(rename = "maxItems", range(min = 0, max = 10000))]
    pub max_items: Option<i32>,
}

/// The output of [`GetQueryResults`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQueryResultsResponse {
    /// The query language used for this query.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The log events that matched the query criteria during the most recent time it ran.
    #[aws(rename = "results")]
    pub results: Option<Vec<Vec<ResultField>>>,
    /// Includes the number of log events scanned by the query, the number of log events that matched the query criteria, and the total number of bytes in the scanned log events.
    #[aws(rename = "statistics")]
    pub statistics: Option<QueryStatistics>,
    /// The status of the most recent running of the query.
    #[aws(rename = "status")]
    pub status: Option<QueryStatus>,
    /// If you associated an KMS key with the CloudWatch Logs Insights query results in this account, this field displays the ARN of the key that's used to encrypt the query results when StartQuery stores them.
    #[aws(rename = "encryptionKey", length(max = 256))]
    pub encryption_key: Option<String>,
    /// If there are more log events remaining in the results, the response includes a nextToken.
    #[aws(rename = "nextToken", length(max = 1024))]
    pub next_token: Option<String>,
}

/// Creates or updates a query definition for CloudWatch Logs Insights.
///
/// Errors: [`PutQueryDefinitionError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutQueryDefinition",
    errors(InvalidParameterException, LimitExceededException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutQueryDefinition {
    /// Specify the query language to use for this query.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// A name for the query definition.
    #[aws(rename = "name", length(min = 1, max = 255))]
    pub name: String,
    /// If you are updating a query definition, use this parameter to specify the ID of the query definition that you want to update.
    #[aws(rename = "queryDefinitionId", length(min = 1, max = 256))]
    pub query_definition_id: Option<String>,
    /// Use this parameter to include specific log groups as part of your query definition.
    #[aws(rename = "logGroupNames")]
    pub log_group_names: Option<Vec<String>>,
    /// The query string to use for this definition.
    #[aws(rename = "queryString", length(min = 1, max = 10000))]
    pub query_string: String,
    /// Used as an idempotency token, to avoid returning an exception if the service receives the same request twice because of a network error.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        rename = "clientToken",
        idempotency_token,
        length(min = 36, max = 128),
        pattern = "\\S{36,128}"
    )]
    pub client_token: Option<String>,
    /// Use this parameter to include specific query parameters as part of your query definition.
    #[aws(rename = "parameters", length(max = 20))]
    pub parameters: Option<Vec<QueryParameter>>,
}

/// The output of [`PutQueryDefinition`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutQueryDefinitionResponse {
    /// The ID of the query definition.
    #[aws(rename = "queryDefinitionId", length(min = 1, max = 256))]
    pub query_definition_id: Option<String>,
}

/// Starts a query of one or more log groups or data sources using CloudWatch Logs Insights.
///
/// Errors: [`StartQueryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "StartQuery",
    errors(MalformedQueryException, InvalidParameterException, LimitExceededException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartQuery {
    /// Specify the query language to use for this query.
    #[aws(rename = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The log group on which to perform the query.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// The list of log groups to be queried.
    #[aws(rename = "logGroupNames")]
    pub log_group_names: Option<Vec<String>>,
    /// The list of log groups to query.
    #[aws(rename = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The beginning of the time range to query.
    #[aws(rename = "startTime", range(min = 0))]
    pub start_time: i64,
    /// The end of the time range to query.
    #[aws(rename = "endTime", range(min = 0))]
    pub end_time: i64,
    /// The query string to use.
    #[aws(rename = "queryString", length(min = 0, max = 10000))]
    pub query_string: String,
    /// The maximum number of log events to return from the query.
    #[aws(rename = "limit", range(min = 1, max = 100000))]
    pub limit: Option<i32>,
}

/// The output of [`StartQuery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartQueryResponse {
    /// The unique ID of the query.
    #[aws(rename = "queryId", length(min = 1, max = 256))]
    pub query_id: Option<String>,
}

/// Stops a CloudWatch Logs Insights query that is in progress.
///
/// Errors: [`StopQueryError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "StopQuery",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StopQuery {
    /// The ID number of the query to stop.
    #[aws(rename = "queryId", length(min = 1, max = 256))]
    pub query_id: String,
}

/// The output of [`StopQuery`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StopQueryResponse {
    /// This is true if the query was stopped by the StopQuery operation.
    #[aws(rename = "success")]
    pub success: Option<bool>,
}
