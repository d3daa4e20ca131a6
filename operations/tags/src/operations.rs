// Written by operations/codegen/generate.py from the service model; edit freely,
// tests/model.rs keeps these declarations and the model in agreement.
//! Tags on the resources the service issues.

use awsop::{aws_operation, aws_shape};

use awsop_partnercentral_account_shapes::*;

/// Lists all tags associated with a specific AWS Partner Central Account resource.
///
/// Errors: [`ListTagsForResourceError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "ListTagsForResource",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResource {
    /// The Amazon Resource Name (ARN) of the resource to list tags for.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"
    )]
    pub resource_arn: String,
}

/// The output of [`ListTagsForResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The Amazon Resource Name (ARN) of the resource that the tags are associated with.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"
    )]
    pub resource_arn: String,
    /// A list of tags associated with the specified resource.
    #[aws(length(min = 0, max = 200))]
    pub tags: Option<Vec<Tag>>,
}

/// Adds or updates tags for a specified AWS Partner Central Account resource.
///
/// Errors: [`TagResourceError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "TagResource",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResource {
    /// The Amazon Resource Name (ARN) of the resource to tag.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"
    )]
    pub resource_arn: String,
    /// A list of tags to add or update for the specified resource.
    #[aws(length(min = 0, max = 200))]
    pub tags: Vec<Tag>,
}

/// The output of [`TagResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// Removes specified tags from an AWS Partner Central Account resource.
///
/// Errors: [`UntagResourceError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "UntagResource",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResource {
    /// The Amazon Resource Name (ARN) of the resource to remove tags from.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"
    )]
    pub resource_arn: String,
    /// A list of tag keys to remove from the specified resource.
    #[aws(length(min = 0, max = 50))]
    pub tag_keys: Vec<String>,
}

/// The output of [`UntagResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}
