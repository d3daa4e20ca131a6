// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the function 2 operations (ListFunctionVersionsByCapacityProvider, ListFunctionsByCodeSigningConfig, PutFunctionScalingConfig).

use awsop::{aws_operation, aws_shape};

use awsop_lambda_shapes::*;

/// Returns a list of function versions that are configured to use a specific capacity provider.
///
/// Errors: [`ListFunctionVersionsByCapacityProviderError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListFunctionVersionsByCapacityProvider",
    http(method = "GET", uri = "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionVersionsByCapacityProvider {
    /// The name of the capacity provider to list function versions for.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+"
    )]
    pub capacity_provider_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of function versions to return in the response.
    #[aws(query = "MaxItems", range(min = 1, max = 50))]
    pub max_items: Option<i32>,
}

/// The output of [`ListFunctionVersionsByCapacityProvider`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionVersionsByCapacityProviderResponse {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    #[aws(
        length(min = 1, max = 140),
        pattern = "arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+"
    )]
    pub capacity_provider_arn: String,
    /// A list of function versions that use the specified capacity provider.
    #[aws(length(min = 0, max = 50))]
    pub function_versions: Vec<FunctionVersionsByCapacityProviderListItem>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// List the functions that use the specified code signing configuration.
///
/// Errors: [`ListFunctionsByCodeSigningConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListFunctionsByCodeSigningConfig",
    http(method = "GET", uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions"),
    errors(InvalidParameterValueException, ServiceException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionsByCodeSigningConfig {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[aws(
        label,
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// Maximum number of items to return.
    #[aws(query = "MaxItems", range(min = 1, max = 10000))]
    pub max_items: Option<i32>,
}

/// The output of [`ListFunctionsByCodeSigningConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListFunctionsByCodeSigningConfigResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// The function ARNs.
    pub function_arns: Option<Vec<String>>,
}

/// Sets the scaling configuration for a Lambda Managed Instances function.
///
/// Errors: [`PutFunctionScalingConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "PutFunctionScalingConfig",
    http(method = "PUT", uri = "/2025-11-30/functions/{FunctionName}/function-scaling-config", code = 202),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutFunctionScalingConfig {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)"
    )]
    pub function_name: String,
    /// Specify a version or alias to set the scaling configuration for a published version of the function.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "(\\$LATEST\\.PUBLISHED|[0-9]+)"
    )]
    pub qualifier: String,
    /// The scaling configuration to apply to the function, including minimum and maximum execution environment limits.
    pub function_scaling_config: Option<FunctionScalingConfig>,
}

/// The output of [`PutFunctionScalingConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutFunctionScalingConfigResponse {
    /// The current state of the function after applying the scaling configuration.
    pub function_state: Option<State>,
}
