// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the alias operations (CreateAlias, DeleteAlias, GetAlias, ListAliases and 1 more).

use awsop::{aws_operation, aws_shape};

use awsop_lambda_shapes::*;

/// Creates an alias for a Lambda Event Function version.
///
/// Errors: [`CreateAliasError`].
#[aws_operation(
    service = LAMBDA,
    name = "CreateAlias",
    http(method = "POST", uri = "/2015-03-31/functions/{FunctionName}/aliases", code = 201),
    output = "AliasConfiguration",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, AliasLimitExceededException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateAlias {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The name of the alias.
    #[aws(length(min = 1, max = 128))]
    pub name: String,
    /// The function version that the alias invokes.
    #[aws(
        length(min = 1, max = 1024),
        pattern = "(\\$LATEST(\\.PUBLISHED)?|[0-9]+)"
    )]
    pub function_version: String,
    /// A description of the alias.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The routing configuration of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
}

/// Deletes a Lambda Event Function alias.
///
/// Errors: [`DeleteAliasError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteAlias",
    http(method = "DELETE", uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteAlias {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The name of the alias.
    #[aws(label, length(min = 1, max = 128))]
    pub name: String,
}

/// The output of [`DeleteAlias`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteAliasResponse {}

/// Returns details about a Lambda Event Function alias.
///
/// Errors: [`GetAliasError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetAlias",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}"),
    output = "AliasConfiguration",
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAlias {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The name of the alias.
    #[aws(label, length(min = 1, max = 128))]
    pub name: String,
}

/// Returns a list of aliases for a Lambda Event Function.
///
/// Errors: [`ListAliasesError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListAliases",
    http(method = "GET", uri = "/2015-03-31/functions/{FunctionName}/aliases"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListAliases {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// Specify a function version to only list aliases that invoke that version.
    #[aws(
        query = "FunctionVersion",
        length(min = 1, max = 1024),
        pattern = "(\\$LATEST(\\.PUBLISHED)?|[0-9]+)"
    )]
    pub function_version: Option<String>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// Limit the number of aliases returned.
    #[aws(query = "MaxItems", range(min = 1, max = 10000))]
    pub max_items: Option<i32>,
}

/// The output of [`ListAliases`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListAliasesResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of aliases.
    pub aliases: Option<Vec<AliasConfiguration>>,
}

/// Updates the configuration of a Lambda Event Function alias.
///
/// Errors: [`UpdateAliasError`].
#[aws_operation(
    service = LAMBDA,
    name = "UpdateAlias",
    http(method = "PUT", uri = "/2015-03-31/functions/{FunctionName}/aliases/{Name}"),
    output = "AliasConfiguration",
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateAlias {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The name of the alias.
    #[aws(label, length(min = 1, max = 128))]
    pub name: String,
    /// The function version that the alias invokes.
    #[aws(
        length(min = 1, max = 1024),
        pattern = "(\\$LATEST(\\.PUBLISHED)?|[0-9]+)"
    )]
    pub function_version: Option<String>,
    /// A description of the alias.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The routing configuration of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
    /// Only update the alias if the revision ID matches the ID that's specified.
    pub revision_id: Option<String>,
}
