// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon EventBridge Scheduler: the other operations (ListTagsForResource, TagResource, UntagResource).

use awsop::{aws_operation, aws_shape};

use awsop_scheduler_shapes::*;

/// Lists the tags associated with the Scheduler resource.
///
/// Errors: [`ListTagsForResourceError`].
#[aws_operation(
    service = SCHEDULER,
    name = "ListTagsForResource",
    http(method = "GET", uri = "/tags/{ResourceArn}"),
    output = "ListTagsForResourceOutput",
    errors(ValidationException, InternalServerException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResource {
    /// The ARN of the EventBridge Scheduler resource for which you want to view tags.
    #[aws(
        label,
        length(min = 1, max = 1011),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule-group\\/[0-9a-zA-Z-_.]+"
    )]
    pub resource_arn: String,
}

/// The output of [`ListTagsForResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// The list of tags associated with the specified resource.
    #[aws(length(min = 0, max = 200))]
    pub tags: Option<Vec<Tag>>,
}

/// Assigns one or more tags (key-value pairs) to the specified EventBridge Scheduler resource.
///
/// Errors: [`TagResourceError`].
#[aws_operation(
    service = SCHEDULER,
    name = "TagResource",
    http(method = "POST", uri = "/tags/{ResourceArn}"),
    output = "TagResourceOutput",
    errors(ValidationException, InternalServerException, ConflictException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResource {
    /// The Amazon Resource Name (ARN) of the schedule group that you are adding tags to.
    #[aws(
        label,
        length(min = 1, max = 1011),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule-group\\/[0-9a-zA-Z-_.]+"
    )]
    pub resource_arn: String,
    /// The list of tags to associate with the schedule group.
    #[aws(length(min = 0, max = 200))]
    pub tags: Vec<Tag>,
}

/// The output of [`TagResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResourceOutput {}

/// Removes one or more tags from the specified EventBridge Scheduler schedule group.
///
/// Errors: [`UntagResourceError`].
#[aws_operation(
    service = SCHEDULER,
    name = "UntagResource",
    http(method = "DELETE", uri = "/tags/{ResourceArn}"),
    output = "UntagResourceOutput",
    errors(ValidationException, InternalServerException, ConflictException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResource {
    /// The Amazon Resource Name (ARN) of the schedule group from which you are removing tags.
    #[aws(
        label,
        length(min = 1, max = 1011),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule-group\\/[0-9a-zA-Z-_.]+"
    )]
    pub resource_arn: String,
    /// The list of tag keys to remove from the resource.
    #[aws(query = "TagKeys", length(min = 0, max = 200))]
    pub tag_keys: Vec<String>,
}

/// The output of [`UntagResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResourceOutput {}
