// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon Simple Queue Service: the queue operations (CreateQueue, DeleteQueue, GetQueueAttributes, GetQueueUrl and 6 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_sqs_shapes::*;

/// Creates a new standard or FIFO queue.
///
/// Errors: [`CreateQueueError`].
#[aws_operation(
    service = SQS,
    name = "CreateQueue",
    output = "CreateQueueResult",
    errors(QueueDeletedRecently, QueueNameExists, RequestThrottled, InvalidAddress, InvalidAttributeName, InvalidAttributeValue, UnsupportedOperation, InvalidSecurity),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateQueue {
    /// The name of the new queue.
    pub queue_name: String,
    /// A map of attributes with their corresponding values.
    pub attributes: Option<BTreeMap<QueueAttributeName, String>>,
    /// Add cost allocation tags to the specified Amazon SQS queue.
    #[aws(rename = "tags")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// Returns the QueueUrl attribute of the created queue.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateQueueResult {
    /// The URL of the created Amazon SQS queue.
    pub queue_url: Option<String>,
}

/// Deletes the queue specified by the QueueUrl, regardless of the queue's contents.
///
/// Errors: [`DeleteQueueError`].
#[aws_operation(
    service = SQS,
    name = "DeleteQueue",
    errors(RequestThrottled, QueueDoesNotExist, InvalidAddress, UnsupportedOperation, InvalidSecurity),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteQueue {
    /// The URL of the Amazon SQS queue to delete.
    pub queue_url: String,
}

/// The output of [`DeleteQueue`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteQueueResponse {}

/// Gets attributes for the specified queue.
///
/// Errors: [`GetQueueAttributesError`].
#[aws_operation(
    service = SQS,
    name = "GetQueueAttributes",
    output = "GetQueueAttributesResult",
    errors(InvalidAttributeName, RequestThrottled, QueueDoesNotExist, UnsupportedOperation, InvalidSecurity, InvalidAddress),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributes {
    /// The URL of the Amazon SQS queue whose attribute information is retrieved.
    pub queue_url: String,
    /// A list of attributes for which to retrieve information.
    pub attribute_names: Option<Vec<QueueAttributeName>>,
}

/// A list of returned queue attributes.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesResult {
    /// A map of attributes to their respective values.
    pub attributes: Option<BTreeMap<QueueAttributeName, String>>,
}

/// The GetQueueUrl API returns the URL of an existing Amazon SQS queue.
///
/// Errors: [`GetQueueUrlError`].
#[aws_operation(
    service = SQS,
    name = "GetQueueUrl",
    output = "GetQueueUrlResult",
    errors(RequestThrottled, QueueDoesNotExist, InvalidAddress, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrl {
    /// (Required) The name of the queue for which you want to fetch the URL.
    pub queue_name: String,
    /// (Optional) The Amazon Web Services account ID of the account that created the queue.
    #[aws(rename = "QueueOwnerAWSAccountId")]
    pub queue_owner_aws_account_id: Option<String>,
}

/// For more information, see Interpreting Responses in the Amazon SQS Developer Guide.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlResult {
    /// The URL of the queue.
    pub queue_url: Option<String>,
}

/// List all cost allocation tags added to the specified Amazon SQS queue.
///
/// Errors: [`ListQueueTagsError`].
#[aws_operation(
    service = SQS,
    name = "ListQueueTags",
    output = "ListQueueTagsResult",
    errors(RequestThrottled, QueueDoesNotExist, UnsupportedOperation, InvalidAddress, InvalidSecurity),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListQueueTags {
    /// The URL of the queue.
    pub queue_url: String,
}

/// The output of [`ListQueueTags`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListQueueTagsResult {
    /// The list of all tags added to the specified queue.
    pub tags: Option<BTreeMap<String, String>>,
}

/// Returns a list of your queues in the current region.
///
/// Errors: [`ListQueuesError`].
#[aws_operation(
    service = SQS,
    name = "ListQueues",
    output = "ListQueuesResult",
    errors(RequestThrottled, InvalidSecurity, InvalidAddress, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListQueues {
    /// A string to use for filtering the list results.
    pub queue_name_prefix: Option<String>,
    /// Pagination token to request the next set of results.
    pub next_token: Option<String>,
    /// Maximum number of results to include in the response.
    pub max_results: Option<i32>,
}

/// A list of your queues.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListQueuesResult {
    /// A list of queue URLs, up to 1,000 entries, or the value of MaxResults that you sent in the request.
    pub queue_urls: Option<Vec<String>>,
    /// Pagination token to include in the next request.
    pub next_token: Option<String>,
}

/// Deletes available messages in a queue (including in-flight messages) specified by the QueueURL parameter.
///
/// Errors: [`PurgeQueueError`].
#[aws_operation(
    service = SQS,
    name = "PurgeQueue",
    errors(QueueDoesNotExist, PurgeQueueInProgress, RequestThrottled, InvalidAddress, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PurgeQueue {
    /// The URL of the queue from which the PurgeQueue action deletes messages.
    pub queue_url: String,
}

/// The output of [`PurgeQueue`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PurgeQueueResponse {}

/// Sets the value of one or more queue attributes, like a policy.
///
/// Errors: [`SetQueueAttributesError`].
#[aws_operation(
    service = SQS,
    name = "SetQueueAttributes",
    errors(InvalidAttributeName, InvalidAttributeValue, RequestThrottled, QueueDoesNotExist, UnsupportedOperation, OverLimit, InvalidAddress, InvalidSecurity),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetQueueAttributes {
    /// The URL of the Amazon SQS queue whose attributes are set.
    pub queue_url: String,
    /// A map of attributes to set.
    pub attributes: BTreeMap<QueueAttributeName, String>,
}

/// The output of [`SetQueueAttributes`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SetQueueAttributesResponse {}

/// Add cost allocation tags to the specified Amazon SQS queue.
///
/// Errors: [`TagQueueError`].
#[aws_operation(
    service = SQS,
    name = "TagQueue",
    errors(InvalidAddress, RequestThrottled, QueueDoesNotExist, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagQueue {
    /// The URL of the queue.
    pub queue_url: String,
    /// The list of tags to be added to the specified queue.
    pub tags: BTreeMap<String, String>,
}

/// The output of [`TagQueue`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagQueueResponse {}

/// Remove cost allocation tags from the specified Amazon SQS queue.
///
/// Errors: [`UntagQueueError`].
#[aws_operation(
    service = SQS,
    name = "UntagQueue",
    errors(InvalidAddress, RequestThrottled, QueueDoesNotExist, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagQueue {
    /// The URL of the queue.
    pub queue_url: String,
    /// The list of tags to be removed from the specified queue.
    pub tag_keys: Vec<String>,
}

/// The output of [`UntagQueue`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagQueueResponse {}
