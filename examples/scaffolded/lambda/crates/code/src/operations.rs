// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the code operations (CreateCodeSigningConfig, DeleteCodeSigningConfig, GetCodeSigningConfig, ListCodeSigningConfigs and 1 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_lambda_shapes::*;

/// Creates a code signing configuration.
///
/// Errors: [`CreateCodeSigningConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "CreateCodeSigningConfig",
    http(method = "POST", uri = "/2020-04-22/code-signing-configs", code = 201),
    errors(InvalidParameterValueException, ServiceException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateCodeSigningConfig {
    /// Descriptive name for this code signing configuration.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// Signing profiles for this code signing configuration.
    pub allowed_publishers: AllowedPublishers,
    /// The code signing policies define the actions to take if the validation checks fail.
    pub code_signing_policies: Option<CodeSigningPolicies>,
    /// A list of tags to add to the code signing configuration.
    pub tags: Option<BTreeMap<String, String>>,
}

/// The output of [`CreateCodeSigningConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateCodeSigningConfigResponse {
    /// The code signing configuration.
    pub code_signing_config: CodeSigningConfig,
}

/// Deletes the code signing configuration.
///
/// Errors: [`DeleteCodeSigningConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteCodeSigningConfig",
    http(method = "DELETE", uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCodeSigningConfig {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[aws(
        label,
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: String,
}

/// The output of [`DeleteCodeSigningConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCodeSigningConfigResponse {}

/// Returns information about the specified code signing configuration.
///
/// Errors: [`GetCodeSigningConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetCodeSigningConfig",
    http(method = "GET", uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}"),
    errors(InvalidParameterValueException, ServiceException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCodeSigningConfig {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[aws(
        label,
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: String,
}

/// The output of [`GetCodeSigningConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCodeSigningConfigResponse {
    /// The code signing configuration
    pub code_signing_config: CodeSigningConfig,
}

/// Returns a list of code signing configurations.
///
/// Errors: [`ListCodeSigningConfigsError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListCodeSigningConfigs",
    http(method = "GET", uri = "/2020-04-22/code-signing-configs"),
    errors(InvalidParameterValueException, ServiceException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCodeSigningConfigs {
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// Maximum number of items to return.
    #[aws(query = "MaxItems", range(min = 1, max = 10000))]
    pub max_items: Option<i32>,
}

/// The output of [`ListCodeSigningConfigs`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCodeSigningConfigsResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// The code signing configurations
    pub code_signing_configs: Option<Vec<CodeSigningConfig>>,
}

/// Update the code signing configuration.
///
/// Errors: [`UpdateCodeSigningConfigError`].
#[aws_operation(
    service = LAMBDA,
    name = "UpdateCodeSigningConfig",
    http(method = "PUT", uri = "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}"),
    errors(InvalidParameterValueException, ServiceException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateCodeSigningConfig {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[aws(
        label,
        length(min = 0, max = 200),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:code-signing-config:csc-[a-z0-9]{17}"
    )]
    pub code_signing_config_arn: String,
    /// Descriptive name for this code signing configuration.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// Signing profiles for this code signing configuration.
    pub allowed_publishers: Option<AllowedPublishers>,
    /// The code signing policy.
    pub code_signing_policies: Option<CodeSigningPolicies>,
}

/// The output of [`UpdateCodeSigningConfig`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateCodeSigningConfigResponse {
    /// The code signing configuration
    pub code_signing_config: CodeSigningConfig,
}
