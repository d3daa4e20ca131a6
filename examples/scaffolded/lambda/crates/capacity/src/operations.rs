// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the capacity operations (CreateCapacityProvider, DeleteCapacityProvider, GetCapacityProvider, ListCapacityProviders and 1 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_lambda_shapes::*;

/// Creates a capacity provider that manages compute resources for Lambda Event Functions
///
/// Errors: [`CreateCapacityProviderError`].
#[aws_operation(
    service = LAMBDA,
    name = "CreateCapacityProvider",
    http(method = "POST", uri = "/2025-11-30/capacity-providers", code = 202),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, CapacityProviderLimitExceededException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateCapacityProvider {
    /// The name of the capacity provider.
    #[aws(
        length(min = 1, max = 140),
        pattern = "(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+"
    )]
    pub capacity_provider_name: String,
    /// The VPC configuration for the capacity provider, including subnet IDs and security group IDs where compute instances will be launched.
    pub vpc_config: CapacityProviderVpcConfig,
    /// The permissions configuration that specifies the IAM role ARN used by the capacity provider to manage compute resources.
    pub permissions_config: CapacityProviderPermissionsConfig,
    /// The instance requirements that specify the compute instance characteristics, including architectures and allowed or excluded instance types.
    pub instance_requirements: Option<InstanceRequirements>,
    /// The scaling configuration that defines how the capacity provider scales compute instances, including maximum vCPU count and scaling policies.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
    /// The ARN of the KMS key used to encrypt data associated with the capacity provider.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*"
    )]
    pub kms_key_arn: Option<String>,
    /// A list of tags to associate with the capacity provider.
    pub tags: Option<BTreeMap<String, String>>,
    /// The tag propagation configuration for the capacity provider.
    pub propagate_tags: Option<PropagateTags>,
    /// The telemetry configuration for the capacity provider.
    pub telemetry_config: Option<CapacityProviderTelemetryConfig>,
}

/// The output of [`CreateCapacityProvider`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateCapacityProviderResponse {
    /// Information about the capacity provider that was created.
    pub capacity_provider: CapacityProvider,
}

/// Deletes a capacity provider.
///
/// Errors: [`DeleteCapacityProviderError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteCapacityProvider",
    http(method = "DELETE", uri = "/2025-11-30/capacity-providers/{CapacityProviderName}", code = 202),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCapacityProvider {
    /// The name of the capacity provider to delete.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+"
    )]
    pub capacity_provider_name: String,
}

/// The output of [`DeleteCapacityProvider`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteCapacityProviderResponse {
    /// Information about the deleted capacity provider.
    pub capacity_provider: CapacityProvider,
}

/// Retrieves information about a specific capacity provider, including its configuration, state, and associated resources.
///
/// Errors: [`GetCapacityProviderError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetCapacityProvider",
    http(method = "GET", uri = "/2025-11-30/capacity-providers/{CapacityProviderName}"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCapacityProvider {
    /// The name of the capacity provider to retrieve.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+"
    )]
    pub capacity_provider_name: String,
}

/// The output of [`GetCapacityProvider`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetCapacityProviderResponse {
    /// Information about the capacity provider, including its configuration and current state.
    pub capacity_provider: CapacityProvider,
}

/// Returns a list of capacity providers in your account.
///
/// Errors: [`ListCapacityProvidersError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListCapacityProviders",
    http(method = "GET", uri = "/2025-11-30/capacity-providers"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCapacityProviders {
    /// Filter capacity providers by their current state.
    #[aws(query = "State")]
    pub state: Option<CapacityProviderState>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of capacity providers to return.
    #[aws(query = "MaxItems", range(min = 1, max = 50))]
    pub max_items: Option<i32>,
}

/// The output of [`ListCapacityProviders`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCapacityProvidersResponse {
    /// A list of capacity providers in your account.
    #[aws(length(min = 0, max = 50))]
    pub capacity_providers: Vec<CapacityProvider>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// Updates the configuration of an existing capacity provider.
///
/// Errors: [`UpdateCapacityProviderError`].
#[aws_operation(
    service = LAMBDA,
    name = "UpdateCapacityProvider",
    http(method = "PUT", uri = "/2025-11-30/capacity-providers/{CapacityProviderName}", code = 202),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateCapacityProvider {
    /// The name of the capacity provider to update.
    #[aws(
        label,
        length(min = 1, max = 140),
        pattern = "(arn:aws[a-zA-Z-]*:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:capacity-provider:[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+"
    )]
    pub capacity_provider_name: String,
    /// The updated scaling configuration for the capacity provider.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
    pub propagate_tags: Option<PropagateTags>,
    /// The updated telemetry configuration for the capacity provider.
    pub telemetry_config: Option<CapacityProviderTelemetryConfig>,
}

/// The output of [`UpdateCapacityProvider`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateCapacityProviderResponse {
    /// Information about the updated capacity provider.
    pub capacity_provider: CapacityProvider,
}
