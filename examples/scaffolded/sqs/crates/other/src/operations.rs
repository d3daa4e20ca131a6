// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon Simple Queue Service: the other operations (AddPermission, ListDeadLetterSourceQueues, RemovePermission).

use awsop::{aws_operation, aws_shape};

use awsop_sqs_shapes::*;

/// Adds a permission to a queue for a specific principal.
///
/// Errors: [`AddPermissionError`].
#[aws_operation(
    service = SQS,
    name = "AddPermission",
    errors(OverLimit, RequestThrottled, QueueDoesNotExist, InvalidAddress, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddPermission {
    /// The URL of the Amazon SQS queue to which permissions are added.
    pub queue_url: String,
    /// The unique identification of the permission you're setting (for example, AliceSendMessage ).
    pub label: String,
    /// The Amazon Web Services account numbers of the principals who are to receive permission.
    #[aws(rename = "AWSAccountIds")]
    pub aws_account_ids: Vec<String>,
    /// The action the client wants to allow for the specified principal.
    pub actions: Vec<String>,
}

/// The output of [`AddPermission`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddPermissionResponse {}

/// Returns a list of your queues that have the RedrivePolicy queue attribute configured with a dead-letter queue.
///
/// Errors: [`ListDeadLetterSourceQueuesError`].
#[aws_operation(
    service = SQS,
    name = "ListDeadLetterSourceQueues",
    output = "ListDeadLetterSourceQueuesResult",
    errors(QueueDoesNotExist, RequestThrottled, InvalidSecurity, InvalidAddress, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueues {
    /// The URL of a dead-letter queue.
    pub queue_url: String,
    /// Pagination token to request the next set of results.
    pub next_token: Option<String>,
    /// Maximum number of results to include in the response.
    pub max_results: Option<i32>,
}

/// A list of your dead letter source queues.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesResult {
    /// A list of source queue URLs that have the RedrivePolicy queue attribute configured with a dead-letter queue.
    #[aws(rename = "queueUrls")]
    pub queue_urls: Vec<String>,
    /// Pagination token to include in the next request.
    pub next_token: Option<String>,
}

/// Revokes any permissions in the queue policy that matches the specified Label parameter.
///
/// Errors: [`RemovePermissionError`].
#[aws_operation(
    service = SQS,
    name = "RemovePermission",
    errors(InvalidAddress, RequestThrottled, QueueDoesNotExist, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemovePermission {
    /// The URL of the Amazon SQS queue from which permissions are removed.
    pub queue_url: String,
    /// The identification of the permission to remove.
    pub label: String,
}

/// The output of [`RemovePermission`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RemovePermissionResponse {}
