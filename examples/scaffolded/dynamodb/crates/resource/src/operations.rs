// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB: the resource operations (DeleteResourcePolicy, GetResourcePolicy, PutResourcePolicy, TagResource and 1 more).

use awsop::{aws_operation, aws_shape};

use awsop_dynamodb_shapes::*;

/// Deletes the resource-based policy attached to the resource, which can be a table or stream.
///
/// Errors: [`DeleteResourcePolicyError`].
#[aws_operation(
    service = DYNAMODB,
    name = "DeleteResourcePolicy",
    output = "DeleteResourcePolicyOutput",
    errors(ResourceNotFoundException, InternalServerError, PolicyNotFoundException, ResourceInUseException, LimitExceededException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicy {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource from which the policy will be removed.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1283))]
    pub resource_arn: String,
    /// A string value that you can use to conditionally delete your policy.
    #[aws(length(min = 1, max = 255))]
    pub expected_revision_id: Option<String>,
}

/// The output of [`DeleteResourcePolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyOutput {
    /// A unique string that represents the revision ID of the policy.
    #[aws(length(min = 1, max = 255))]
    pub revision_id: Option<String>,
}

/// Returns the resource-based policy document attached to the resource, which can be a table or stream, in JSON format.
///
/// Errors: [`GetResourcePolicyError`].
#[aws_operation(
    service = DYNAMODB,
    name = "GetResourcePolicy",
    output = "GetResourcePolicyOutput",
    errors(ResourceNotFoundException, InternalServerError, PolicyNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicy {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource to which the policy is attached.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1283))]
    pub resource_arn: String,
}

/// The output of [`GetResourcePolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicyOutput {
    /// The resource-based policy document attached to the resource, which can be a table or stream, in JSON format.
    pub policy: Option<String>,
    /// A unique string that represents the revision ID of the policy.
    #[aws(length(min = 1, max = 255))]
    pub revision_id: Option<String>,
}

/// Attaches a resource-based policy document to the resource, which can be a table or stream.
///
/// Errors: [`PutResourcePolicyError`].
#[aws_operation(
    service = DYNAMODB,
    name = "PutResourcePolicy",
    output = "PutResourcePolicyOutput",
    errors(ResourceNotFoundException, InternalServerError, LimitExceededException, PolicyNotFoundException, ResourceInUseException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicy {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource to which the policy will be attached.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1283))]
    pub resource_arn: String,
    /// An Amazon Web Services resource-based policy document in JSON format.
    pub policy: String,
    /// A string value that you can use to conditionally update your policy.
    #[aws(length(min = 1, max = 255))]
    pub expected_revision_id: Option<String>,
    /// Set this parameter to true to confirm that you want to remove your permissions to change the policy of this resource in the future.
    pub confirm_remove_self_resource_access: Option<bool>,
}

/// The output of [`PutResourcePolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyOutput {
    /// A unique string that represents the revision ID of the policy.
    #[aws(length(min = 1, max = 255))]
    pub revision_id: Option<String>,
}

/// Associate a set of tags with an Amazon DynamoDB resource.
///
/// Errors: [`TagResourceError`].
#[aws_operation(
    service = DYNAMODB,
    name = "TagResource",
    errors(LimitExceededException, ResourceNotFoundException, InternalServerError, ResourceInUseException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResource {
    /// Identifies the Amazon DynamoDB resource to which tags should be added.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1283))]
    pub resource_arn: String,
    /// The tags to be assigned to the Amazon DynamoDB resource.
    pub tags: Vec<Tag>,
}

/// The output of [`TagResource`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// Removes the association of tags from an Amazon DynamoDB resource.
///
/// Errors: [`UntagResourceError`].
#[aws_operation(
    service = DYNAMODB,
    name = "UntagResource",
    errors(LimitExceededException, ResourceNotFoundException, InternalServerError, ResourceInUseException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResource {
    /// The DynamoDB resource that the tags will be removed from.
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1283))]
    pub resource_arn: String,
    /// A list of tag keys.
    pub tag_keys: Vec<String>,
}

/// The output of [`UntagResource`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}
