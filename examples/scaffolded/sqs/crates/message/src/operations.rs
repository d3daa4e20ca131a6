// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon Simple Queue Service: the message operations (CancelMessageMoveTask, ChangeMessageVisibility, ChangeMessageVisibilityBatch, DeleteMessage and 6 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_sqs_shapes::*;

/// Cancels a specified message movement task.
///
/// Errors: [`CancelMessageMoveTaskError`].
#[aws_operation(
    service = SQS,
    name = "CancelMessageMoveTask",
    output = "CancelMessageMoveTaskResult",
    errors(ResourceNotFoundException, RequestThrottled, InvalidAddress, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelMessageMoveTask {
    /// An identifier associated with a message movement task.
    pub task_handle: String,
}

/// The output of [`CancelMessageMoveTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelMessageMoveTaskResult {
    /// The approximate number of messages already moved to the destination queue.
    pub approximate_number_of_messages_moved: Option<i64>,
}

/// Changes the visibility timeout of a specified message in a queue to a new value.
///
/// Errors: [`ChangeMessageVisibilityError`].
#[aws_operation(
    service = SQS,
    name = "ChangeMessageVisibility",
    errors(MessageNotInflight, ReceiptHandleIsInvalid, RequestThrottled, QueueDoesNotExist, UnsupportedOperation, InvalidAddress, InvalidSecurity),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibility {
    /// The URL of the Amazon SQS queue whose message's visibility is changed.
    pub queue_url: String,
    /// The receipt handle associated with the message, whose visibility timeout is changed.
    pub receipt_handle: String,
    /// The new value for the message's visibility timeout (in seconds).
    pub visibility_timeout: i32,
}

/// The output of [`ChangeMessageVisibility`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityResponse {}

/// Changes the visibility timeout of multiple messages.
///
/// Errors: [`ChangeMessageVisibilityBatchError`].
#[aws_operation(
    service = SQS,
    name = "ChangeMessageVisibilityBatch",
    output = "ChangeMessageVisibilityBatchResult",
    errors(TooManyEntriesInBatchRequest, EmptyBatchRequest, BatchEntryIdsNotDistinct, InvalidBatchEntryId, RequestThrottled, QueueDoesNotExist, UnsupportedOperation, InvalidAddress, InvalidSecurity),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatch {
    /// The URL of the Amazon SQS queue whose messages' visibility is changed.
    pub queue_url: String,
    /// Lists the receipt handles of the messages for which the visibility timeout must be changed.
    pub entries: Vec<ChangeMessageVisibilityBatchRequestEntry>,
}

/// For each message in the batch, the response contains a ChangeMessageVisibilityBatchResultEntry tag if the message succeeds or a BatchResultErrorEntry tag if the message fails.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchResult {
    /// A list of ChangeMessageVisibilityBatchResultEntry items.
    pub successful: Vec<ChangeMessageVisibilityBatchResultEntry>,
    /// A list of BatchResultErrorEntry items.
    pub failed: Vec<BatchResultErrorEntry>,
}

/// Deletes the specified message from the specified queue.
///
/// Errors: [`DeleteMessageError`].
#[aws_operation(
    service = SQS,
    name = "DeleteMessage",
    errors(InvalidIdFormat, ReceiptHandleIsInvalid, RequestThrottled, QueueDoesNotExist, UnsupportedOperation, InvalidSecurity, InvalidAddress),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteMessage {
    /// The URL of the Amazon SQS queue from which messages are deleted.
    pub queue_url: String,
    /// The receipt handle associated with the message to delete.
    pub receipt_handle: String,
}

/// The output of [`DeleteMessage`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageResponse {}

/// Deletes up to ten messages from the specified queue.
///
/// Errors: [`DeleteMessageBatchError`].
#[aws_operation(
    service = SQS,
    name = "DeleteMessageBatch",
    output = "DeleteMessageBatchResult",
    errors(TooManyEntriesInBatchRequest, EmptyBatchRequest, BatchEntryIdsNotDistinct, InvalidBatchEntryId, RequestThrottled, QueueDoesNotExist, UnsupportedOperation, InvalidAddress, InvalidSecurity),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatch {
    /// The URL of the Amazon SQS queue from which messages are deleted.
    pub queue_url: String,
    /// Lists the receipt handles for the messages to be deleted.
    pub entries: Vec<DeleteMessageBatchRequestEntry>,
}

/// For each message in the batch, the response contains a DeleteMessageBatchResultEntry tag if the message is deleted or a BatchResultErrorEntry tag if the message can't be deleted.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResult {
    /// A list of DeleteMessageBatchResultEntry items.
    pub successful: Vec<DeleteMessageBatchResultEntry>,
    /// A list of BatchResultErrorEntry items.
    pub failed: Vec<BatchResultErrorEntry>,
}

/// Gets the most recent message movement tasks (up to 10) under a specific source queue.
///
/// Errors: [`ListMessageMoveTasksError`].
#[aws_operation(
    service = SQS,
    name = "ListMessageMoveTasks",
    output = "ListMessageMoveTasksResult",
    errors(ResourceNotFoundException, RequestThrottled, InvalidAddress, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListMessageMoveTasks {
    /// The ARN of the queue whose message movement tasks are to be listed.
    pub source_arn: String,
    /// The maximum number of results to include in the response.
    pub max_results: Option<i32>,
}

/// The output of [`ListMessageMoveTasks`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListMessageMoveTasksResult {
    /// A list of message movement tasks and their attributes.
    pub results: Option<Vec<ListMessageMoveTasksResultEntry>>,
}

/// Retrieves one or more messages (up to 10), from the specified queue.
///
/// Errors: [`ReceiveMessageError`].
#[aws_operation(
    service = SQS,
    name = "ReceiveMessage",
    output = "ReceiveMessageResult",
    errors(UnsupportedOperation, OverLimit, RequestThrottled, QueueDoesNotExist, InvalidSecurity, KmsDisabled, KmsInvalidState, KmsNotFound, KmsOptInRequired, KmsThrottled, KmsAccessDenied, KmsInvalidKeyUsage, InvalidAddress),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReceiveMessage {
    /// The URL of the Amazon SQS queue from which messages are received.
    pub queue_url: String,
    /// This parameter has been discontinued but will be supported for backward compatibility.
    pub attribute_names: Option<Vec<QueueAttributeName>>,
    /// A list of attributes that need to be returned along with each message.
    pub message_system_attribute_names: Option<Vec<MessageSystemAttributeName>>,
    /// The name of the message attribute, where N is the index.
    pub message_attribute_names: Option<Vec<String>>,
    /// The maximum number of messages to return.
    pub max_number_of_messages: Option<i32>,
    /// The duration (in seconds) that the received messages are hidden from subsequent retrieve requests after being retrieved by a ReceiveMessage request.
    pub visibility_timeout: Option<i32>,
    /// The duration (in seconds) for which the call waits for a message to arrive in the queue before returning.
    pub wait_time_seconds: Option<i32>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub receive_request_attempt_id: Option<String>,
}

/// A list of received messages.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReceiveMessageResult {
    /// A list of messages.
    pub messages: Option<Vec<Message>>,
}

/// Delivers a message to the specified queue.
///
/// Errors: [`SendMessageError`].
#[aws_operation(
    service = SQS,
    name = "SendMessage",
    output = "SendMessageResult",
    errors(InvalidMessageContents, UnsupportedOperation, RequestThrottled, QueueDoesNotExist, InvalidSecurity, KmsDisabled, KmsInvalidState, KmsNotFound, KmsOptInRequired, KmsThrottled, KmsAccessDenied, KmsInvalidKeyUsage, InvalidAddress),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendMessage {
    /// The URL of the Amazon SQS queue to which a message is sent.
    pub queue_url: String,
    /// The message to send.
    pub message_body: String,
    /// The length of time, in seconds, for which to delay a specific message.
    pub delay_seconds: Option<i32>,
    /// Each message attribute consists of a Name, Type, and Value.
    pub message_attributes: Option<BTreeMap<String, MessageAttributeValue>>,
    /// The message system attribute to send.
    pub message_system_attributes:
        Option<BTreeMap<MessageSystemAttributeNameForSends, MessageSystemAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub message_deduplication_id: Option<String>,
    /// MessageGroupId is an attribute used in Amazon SQS FIFO (First-In-First-Out) and standard queues.
    pub message_group_id: Option<String>,
}

/// The MD5OfMessageBody and MessageId elements.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendMessageResult {
    /// An MD5 digest of the non-URL-encoded message body string.
    #[aws(rename = "MD5OfMessageBody")]
    pub md5_of_message_body: Option<String>,
    /// An MD5 digest of the non-URL-encoded message attribute string.
    #[aws(rename = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// An MD5 digest of the non-URL-encoded message system attribute string.
    #[aws(rename = "MD5OfMessageSystemAttributes")]
    pub md5_of_message_system_attributes: Option<String>,
    /// An attribute containing the MessageId of the message sent to the queue.
    pub message_id: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub sequence_number: Option<String>,
}

/// You can use SendMessageBatch to send up to 10 messages to the specified queue by assigning either identical or different values to each message (or by not assigning values at all).
///
/// Errors: [`SendMessageBatchError`].
#[aws_operation(
    service = SQS,
    name = "SendMessageBatch",
    output = "SendMessageBatchResult",
    errors(TooManyEntriesInBatchRequest, EmptyBatchRequest, BatchEntryIdsNotDistinct, BatchRequestTooLong, InvalidBatchEntryId, UnsupportedOperation, RequestThrottled, QueueDoesNotExist, InvalidSecurity, KmsDisabled, KmsInvalidState, KmsNotFound, KmsOptInRequired, KmsThrottled, KmsAccessDenied, KmsInvalidKeyUsage, InvalidAddress),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatch {
    /// The URL of the Amazon SQS queue to which batched messages are sent.
    pub queue_url: String,
    /// A list of SendMessageBatchRequestEntry items.
    pub entries: Vec<SendMessageBatchRequestEntry>,
}

/// For each message in the batch, the response contains a SendMessageBatchResultEntry tag if the message succeeds or a BatchResultErrorEntry tag if the message fails.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchResult {
    /// A list of SendMessageBatchResultEntry items.
    pub successful: Vec<SendMessageBatchResultEntry>,
    /// A list of BatchResultErrorEntry items with error details about each message that can't be enqueued.
    pub failed: Vec<BatchResultErrorEntry>,
}

/// Starts an asynchronous task to move messages from a specified source queue to a specified destination queue.
///
/// Errors: [`StartMessageMoveTaskError`].
#[aws_operation(
    service = SQS,
    name = "StartMessageMoveTask",
    output = "StartMessageMoveTaskResult",
    errors(ResourceNotFoundException, RequestThrottled, InvalidAddress, InvalidSecurity, UnsupportedOperation),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartMessageMoveTask {
    /// The ARN of the queue that contains the messages to be moved to another queue.
    pub source_arn: String,
    /// The ARN of the queue that receives the moved messages.
    pub destination_arn: Option<String>,
    /// The number of messages to be moved per second (the message movement rate).
    pub max_number_of_messages_per_second: Option<i32>,
}

/// The output of [`StartMessageMoveTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartMessageMoveTaskResult {
    /// An identifier associated with a message movement task.
    pub task_handle: Option<String>,
}
