// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the resource operations (DeleteResourcePolicy, DescribeResourcePolicies, PutResourcePolicy, TagResource and 1 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Deletes a resource policy from this account.
///
/// Errors: [`DeleteResourcePolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteResourcePolicy",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicy {
    /// The name of the policy to be revoked.
    #[aws(rename = "policyName")]
    pub policy_name: Option<String>,
    /// The ARN of the CloudWatch Logs resource for which the resource policy needs to be deleted
    #[aws(rename = "resourceArn")]
    pub resource_arn: Option<String>,
    /// The expected revision ID of the resource policy.
    #[aws(rename = "expectedRevisionId", length(min = 1))]
    pub expected_revision_id: Option<String>,
}

/// The output of [`DeleteResourcePolicy`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyResponse {}

/// Lists the resource policies in this account.
///
/// Errors: [`DescribeResourcePoliciesError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeResourcePolicies",
    errors(InvalidParameterException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeResourcePolicies {
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of resource policies to be displayed with one call of this API.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
    /// The ARN of the CloudWatch Logs resource for which to query the resource policy.
    #[aws(rename = "resourceArn")]
    pub resource_arn: Option<String>,
    /// Specifies the scope of the resource policy.
    #[aws(rename = "policyScope")]
    pub policy_scope: Option<PolicyScope>,
}

/// The output of [`DescribeResourcePolicies`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeResourcePoliciesResponse {
    /// The resource policies that exist in this account.
    #[aws(rename = "resourcePolicies")]
    pub resource_policies: Option<Vec<ResourcePolicy>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Creates or updates a resource policy allowing other Amazon Web Services services to put log events to this account, such as Amazon Route 53.
///
/// Errors: [`PutResourcePolicyError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutResourcePolicy",
    errors(InvalidParameterException, LimitExceededException, OperationAbortedException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicy {
    /// Name of the new policy.
    #[aws(rename = "policyName")]
    pub policy_name: Option<String>,
    /// Details of the new policy, including the identity of the principal that is enabled to put logs to this account.
    #[aws(rename = "policyDocument", length(min = 1, max = 51200))]
    pub policy_document: Option<String>,
    /// The ARN of the CloudWatch Logs resource to which the resource policy needs to be added or attached.
    #[aws(rename = "resourceArn")]
    pub resource_arn: Option<String>,
    /// The expected revision ID of the resource policy.
    #[aws(rename = "expectedRevisionId", length(min = 1))]
    pub expected_revision_id: Option<String>,
}

/// The output of [`PutResourcePolicy`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyResponse {
    /// The new policy.
    #[aws(rename = "resourcePolicy")]
    pub resource_policy: Option<ResourcePolicy>,
    /// The revision ID of the created or updated resource policy.
    #[aws(rename = "revisionId", length(min = 1))]
    pub revision_id: Option<String>,
}

/// Assigns one or more tags (key-value pairs) to the specified CloudWatch Logs resource.
///
/// Errors: [`TagResourceError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "TagResource",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException, TooManyTagsException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResource {
    /// The ARN of the resource that you're adding tags to.
    #[aws(
        rename = "resourceArn",
        length(min = 1, max = 1011),
        pattern = "[\\w+=/:,.@-]*"
    )]
    pub resource_arn: String,
    /// The list of key-value pairs to associate with the resource.
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: BTreeMap<String, String>,
}

/// The output of [`TagResource`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// Removes one or more tags from the specified resource.
///
/// Errors: [`UntagResourceError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "UntagResource",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResource {
    /// The ARN of the CloudWatch Logs resource that you're removing tags from.
    #[aws(
        rename = "resourceArn",
        length(min = 1, max = 1011),
        pattern = "[\\w+=/:,.@-]*"
    )]
    pub resource_arn: String,
    /// The list of tag keys to remove from the resource.
    #[aws(rename = "tagKeys", length(min = 0, max = 50))]
    pub tag_keys: Vec<String>,
}

/// The output of [`UntagResource`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}
