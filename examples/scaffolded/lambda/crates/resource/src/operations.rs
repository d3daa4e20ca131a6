// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the resource operations (DeleteResourcePolicy, GetResourcePolicy, PutResourcePolicy, TagResource and 1 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_lambda_shapes::*;

/// Deletes a resource-based policy from a Lambda resource.
///
/// Errors: [`DeleteResourcePolicyError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteResourcePolicy",
    http(method = "DELETE", uri = "/2026-07-09/resource-policy/{ResourceArn}", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicy {
    /// The Amazon Resource Name (ARN) of the Lambda resource you want to delete the policy from.
    #[aws(
        label,
        length(min = 0, max = 512),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_])+)?|runtime/[a-zA-Z0-9-_./]+)"
    )]
    pub resource_arn: String,
    /// The revision ID that the existing policy must match for the deletion to proceed.
    #[aws(
        query = "RevisionId",
        length(min = 36, max = 36),
        pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    )]
    pub revision_id: Option<String>,
}

/// The output of [`DeleteResourcePolicy`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyResponse {}

/// Retrieves the resource-based policy attached to a Lambda resource.
///
/// Errors: [`GetResourcePolicyError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetResourcePolicy",
    http(method = "GET", uri = "/2026-07-09/resource-policy/{ResourceArn}"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicy {
    /// The Amazon Resource Name (ARN) of the Lambda resource you want to retrieve the policy for.
    #[aws(
        label,
        length(min = 0, max = 512),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_])+)?|runtime/[a-zA-Z0-9-_./]+)"
    )]
    pub resource_arn: String,
}

/// The output of [`GetResourcePolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicyResponse {
    /// The resource-based policy attached to the Lambda resource you specified.
    #[aws(length(min = 1, max = 20480), pattern = "[\\s\\S]+")]
    pub policy: Option<String>,
    /// The revision ID of the policy.
    #[aws(
        length(min = 36, max = 36),
        pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    )]
    pub revision_id: Option<String>,
}

/// Adds a resource-based policy to a Lambda resource.
///
/// Errors: [`PutResourcePolicyError`].
#[aws_operation(
    service = LAMBDA,
    name = "PutResourcePolicy",
    http(method = "PUT", uri = "/2026-07-09/resource-policy/{ResourceArn}"),
    errors(InvalidParameterValueException, ResourceConflictException, PublicPolicyException, ServiceException, TooManyRequestsException, PolicyLengthExceededException, ResourceNotFoundException, PreconditionFailedException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicy {
    /// The Amazon Resource Name (ARN) of the Lambda resource you want to add the policy to.
    #[aws(
        label,
        length(min = 0, max = 512),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_])+)?|runtime/[a-zA-Z0-9-_./]+)"
    )]
    pub resource_arn: String,
    /// The policy document you want to add to your Lambda resource.
    #[aws(length(min = 1, max = 20480), pattern = "[\\s\\S]+")]
    pub policy: String,
    /// The revision ID that the existing policy must match for the replacement to proceed.
    #[aws(
        length(min = 36, max = 36),
        pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    )]
    pub revision_id: Option<String>,
}

/// The output of [`PutResourcePolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyResponse {
    /// The resource-based policy that Lambda adds to the resource.
    #[aws(length(min = 1, max = 20480), pattern = "[\\s\\S]+")]
    pub policy: Option<String>,
    /// The revision ID of the policy that Lambda adds to your Lambda resource.
    #[aws(
        length(min = 36, max = 36),
        pattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    )]
    pub revision_id: Option<String>,
}

/// Adds tags to a function, event source mapping, or code signing configuration.
///
/// Errors: [`TagResourceError`].
#[aws_operation(
    service = LAMBDA,
    name = "TagResource",
    http(method = "POST", uri = "/2017-03-31/tags/{Resource}", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResource {
    /// The resource's Amazon Resource Name (ARN).
    #[aws(
        label,
        length(min = 1, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(capacity-provider|network-connector):[a-zA-Z0-9-_]{1,64})"
    )]
    pub resource: String,
    /// A list of tags to apply to the resource.
    pub tags: BTreeMap<String, String>,
}

/// The output of [`TagResource`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// Removes tags from a function, event source mapping, or code signing configuration.
///
/// Errors: [`UntagResourceError`].
#[aws_operation(
    service = LAMBDA,
    name = "UntagResource",
    http(method = "DELETE", uri = "/2017-03-31/tags/{Resource}", code = 204),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResource {
    /// The resource's Amazon Resource Name (ARN).
    #[aws(
        label,
        length(min = 1, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(capacity-provider|network-connector):[a-zA-Z0-9-_]{1,64})"
    )]
    pub resource: String,
    /// A list of tag keys to remove from the resource.
    #[aws(query = "tagKeys")]
    pub tag_keys: Vec<String>,
}

/// The output of [`UntagResource`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}
