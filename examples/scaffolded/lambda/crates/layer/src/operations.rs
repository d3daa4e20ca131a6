// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the layer operations (AddLayerVersionPermission, DeleteLayerVersion, GetLayerVersion, GetLayerVersionByArn and 5 more).

use awsop::{aws_operation, aws_shape};

use awsop_lambda_shapes::*;

/// Adds permissions to the resource-based policy of a version of an Lambda layer.
///
/// Errors: [`AddLayerVersionPermissionError`].
#[aws_operation(
    service = LAMBDA,
    name = "AddLayerVersionPermission",
    http(method = "POST", uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", code = 201),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, PolicyLengthExceededException, ResourceNotFoundException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddLayerVersionPermission {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[aws(
        label,
        length(min = 1, max = 2048),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]{1,140}|[a-zA-Z0-9-_]{1,140})"
    )]
    pub layer_name: String,
    /// The version number.
    #[aws(label)]
    pub version_number: i64,
    /// An identifier that distinguishes the policy from others on the same layer version.
    #[aws(length(min = 1, max = 100), pattern = "([a-zA-Z0-9-_]+)")]
    pub statement_id: String,
    /// The API action that grants access to the layer.
    #[aws(length(min = 0, max = 22), pattern = "lambda:GetLayerVersion")]
    pub action: String,
    /// An account ID, or * to grant layer usage permission to all accounts in an organization, or all Amazon Web Services accounts (if organizationId is not specified).
    #[aws(
        length(min = 0, max = 10000),
        pattern = "\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root"
    )]
    pub principal: String,
    /// With the principal set to *, grant permission to all accounts in the specified organization.
    #[aws(length(min = 0, max = 34), pattern = "o-[a-z0-9]{10,32}")]
    pub organization_id: Option<String>,
    /// Only update the policy if the revision ID matches the ID specified.
    #[aws(query = "RevisionId")]
    pub revision_id: Option<String>,
}

/// The output of [`AddLayerVersionPermission`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddLayerVersionPermissionResponse {
    /// The permission statement.
    pub statement: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
}

/// Deletes a version of an Lambda layer.
///
/// Errors: [`DeleteLayerVersionError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteLayerVersion",
    http(method = "DELETE", uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", code = 204),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLayerVersion {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[aws(
        label,
        length(min = 1, max = 2048),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]{1,140}|[a-zA-Z0-9-_]{1,140})"
    )]
    pub layer_name: String,
    /// The version number.
    #[aws(label)]
    pub version_number: i64,
}

/// The output of [`DeleteLayerVersion`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLayerVersionResponse {}

/// Returns information about a version of an Lambda layer, with a link to download the layer archive that's valid for 10 minutes.
///
/// Errors: [`GetLayerVersionError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetLayerVersion",
    http(method = "GET", uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersion {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[aws(
        label,
        length(min = 1, max = 2048),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]{1,140}|[a-zA-Z0-9-_]{1,140})"
    )]
    pub layer_name: String,
    /// The version number.
    #[aws(label)]
    pub version_number: i64,
}

/// Returns information about a version of an Lambda layer, with a link to download the layer archive that's valid for 10 minutes.
///
/// Errors: [`GetLayerVersionByArnError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetLayerVersionByArn",
    http(method = "GET", uri = "/2018-10-31/layers?find=LayerVersion"),
    output = "GetLayerVersionResponse",
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionByArn {
    /// The ARN of the layer version.
    #[aws(
        query = "Arn",
        length(min = 1, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))"
    )]
    pub arn: String,
}

/// Returns the permission policy for a version of an Lambda layer.
///
/// Errors: [`GetLayerVersionPolicyError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetLayerVersionPolicy",
    http(method = "GET", uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionPolicy {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[aws(
        label,
        length(min = 1, max = 2048),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]{1,140}|[a-zA-Z0-9-_]{1,140})"
    )]
    pub layer_name: String,
    /// The version number.
    #[aws(label)]
    pub version_number: i64,
}

/// The output of [`GetLayerVersionPolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionPolicyResponse {
    /// The policy document.
    pub policy: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
}

/// Lists the versions of an Lambda layer.
///
/// Errors: [`ListLayerVersionsError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListLayerVersions",
    http(method = "GET", uri = "/2018-10-31/layers/{LayerName}/versions"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLayerVersions {
    /// The compatible instruction set architecture.
    #[aws(query = "CompatibleArchitecture")]
    pub compatible_architecture: Option<Architecture>,
    /// A runtime identifier.
    #[aws(query = "CompatibleRuntime")]
    pub compatible_runtime: Option<Runtime>,
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[aws(
        label,
        length(min = 1, max = 2048),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]{1,140}|[a-zA-Z0-9-_]{1,140})"
    )]
    pub layer_name: String,
    /// A pagination token returned by a previous call.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of versions to return.
    #[aws(query = "MaxItems", range(min = 1, max = 50))]
    pub max_items: Option<i32>,
}

/// The output of [`ListLayerVersions`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLayerVersionsResponse {
    /// A pagination token returned when the response doesn't contain all versions.
    pub next_marker: Option<String>,
    /// A list of versions.
    pub layer_versions: Option<Vec<LayerVersionsListItem>>,
}

/// Lists Lambda layers and shows information about the latest version of each.
///
/// Errors: [`ListLayersError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListLayers",
    http(method = "GET", uri = "/2018-10-31/layers"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLayers {
    /// The compatible instruction set architecture.
    #[aws(query = "CompatibleArchitecture")]
    pub compatible_architecture: Option<Architecture>,
    /// A runtime identifier.
    #[aws(query = "CompatibleRuntime")]
    pub compatible_runtime: Option<Runtime>,
    /// A pagination token returned by a previous call.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of layers to return.
    #[aws(query = "MaxItems", range(min = 1, max = 50))]
    pub max_items: Option<i32>,
}

/// The output of [`ListLayers`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListLayersResponse {
    /// A pagination token returned when the response doesn't contain all layers.
    pub next_marker: Option<String>,
    /// A list of function layers.
    pub layers: Option<Vec<LayersListItem>>,
}

/// Creates an Lambda layer from a ZIP archive.
///
/// Errors: [`PublishLayerVersionError`].
#[aws_operation(
    service = LAMBDA,
    name = "PublishLayerVersion",
    http(method = "POST", uri = "/2018-10-31/layers/{LayerName}/versions", code = 201),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException, CodeStorageExceededException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PublishLayerVersion {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[aws(
        label,
        length(min = 1, max = 2048),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]{1,140}|[a-zA-Z0-9-_]{1,140})"
    )]
    pub layer_name: String,
    /// The description of the version.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The function layer archive.
    pub content: LayerVersionContentInput,
    /// A list of compatible instruction set architectures.
    #[aws(length(min = 0, max = 2))]
    pub compatible_architectures: Option<Vec<Architecture>>,
    /// A list of compatible function runtimes.
    #[aws(length(min = 0, max = 15))]
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license.
    #[aws(length(min = 0, max = 512), pattern = ".*")]
    pub license_info: Option<String>,
}

/// The output of [`PublishLayerVersion`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PublishLayerVersionResponse {
    /// Details about the layer version.
    pub content: Option<LayerVersionContentOutput>,
    /// The ARN of the layer.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+"
    )]
    pub layer_arn: Option<String>,
    /// The ARN of the layer version.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "((arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+))"
    )]
    pub layer_version_arn: Option<String>,
    /// The description of the version.
    #[aws(length(min = 0, max = 256))]
    pub description: Option<String>,
    /// The date that the layer version was created, in ISO-8601 format (YYYY-MM-DDThh:mm:ss.sTZD).
    #[aws(length(min = 0, max = 100), pattern = ".*")]
    pub created_date: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// A list of compatible instruction set architectures.
    #[aws(length(min = 0, max = 2))]
    pub compatible_architectures: Option<Vec<Architecture>>,
    /// The layer's compatible runtimes.
    #[aws(length(min = 0, max = 15))]
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license.
    #[aws(length(min = 0, max = 512), pattern = ".*")]
    pub license_info: Option<String>,
}

/// Removes a statement from the permissions policy for a version of an Lambda layer.
///
/// Errors: [`RemoveLayerVersionPermissionError`].
#[aws_operation(
    service = LAMBDA,
    name = "RemoveLayerVersionPermission",
    http(method = "DELETE", uri = "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemoveLayerVersionPermission {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[aws(
        label,
        length(min = 1, max = 2048),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]{1,140}|[a-zA-Z0-9-_]{1,140})"
    )]
    pub layer_name: String,
    /// The version number.
    #[aws(label)]
    pub version_number: i64,
    /// The identifier that was specified when the statement was added.
    #[aws(label, length(min = 1, max = 100), pattern = "([a-zA-Z0-9-_]+)")]
    pub statement_id: String,
    /// Only update the policy if the revision ID matches the ID specified.
    #[aws(query = "RevisionId")]
    pub revision_id: Option<String>,
}

/// The output of [`RemoveLayerVersionPermission`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemoveLayerVersionPermissionResponse {}
