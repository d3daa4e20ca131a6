// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's structures and unions that operations share.

use std::collections::BTreeMap;

use awsop::{aws_shape, Blob};

use crate::*;

/// Gives a detailed description of the result of an action on each entry in the request.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchResultErrorEntry {
    /// The Id of an entry in a batch request.
    pub id: String,
    /// Specifies whether the error happened due to the caller of the batch API action.
    pub sender_fault: bool,
    /// An error code representing why the action failed on this entry.
    pub code: String,
    /// A message explaining why the action failed on this entry.
    pub message: Option<String>,
}

/// Encloses a receipt handle and an entry ID for each message in ChangeMessageVisibilityBatch.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchRequestEntry {
    /// An identifier for this particular receipt handle used to communicate the result.
    pub id: String,
    /// A receipt handle.
    pub receipt_handle: String,
    /// The new value (in seconds) for the message's visibility timeout.
    pub visibility_timeout: Option<i32>,
}

/// Encloses the Id of an entry in ChangeMessageVisibilityBatch.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchResultEntry {
    /// Represents a message whose visibility timeout has been changed successfully.
    pub id: String,
}

/// Encloses a receipt handle and an identifier for it.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchRequestEntry {
    /// The identifier for this particular receipt handle.
    pub id: String,
    /// A receipt handle.
    pub receipt_handle: String,
}

/// Encloses the Id of an entry in DeleteMessageBatch.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResultEntry {
    /// Represents a successfully deleted message.
    pub id: String,
}

/// Contains the details of a message movement task.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListMessageMoveTasksResultEntry {
    /// An identifier associated with a message movement task.
    pub task_handle: Option<String>,
    /// The status of the message movement task.
    pub status: Option<String>,
    /// The ARN of the queue that contains the messages to be moved to another queue.
    pub source_arn: Option<String>,
    /// The ARN of the destination queue if it has been specified in the StartMessageMoveTask request.
    pub destination_arn: Option<String>,
    /// The number of messages to be moved per second (the message movement rate), if it has been specified in the StartMessageMoveTask request.
    pub max_number_of_messages_per_second: Option<i32>,
    /// The approximate number of messages already moved to the destination queue.
    pub approximate_number_of_messages_moved: Option<i64>,
    /// The number of messages to be moved from the source queue.
    pub approximate_number_of_messages_to_move: Option<i64>,
    /// The task failure reason (only included if the task status is FAILED).
    pub failure_reason: Option<String>,
    /// The timestamp of starting the message movement task.
    pub started_timestamp: Option<i64>,
}

/// An Amazon SQS message.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Message {
    /// A unique identifier for the message.
    pub message_id: Option<String>,
    /// An identifier associated with the act of receiving the message.
    pub receipt_handle: Option<String>,
    /// An MD5 digest of the non-URL-encoded message body string.
    #[aws(rename = "MD5OfBody")]
    pub md5_of_body: Option<String>,
    /// The message's contents (not URL-encoded).
    pub body: Option<String>,
    /// A map of the attributes requested in ReceiveMessage to their respective values.
    pub attributes: Option<BTreeMap<MessageSystemAttributeName, String>>,
    /// An MD5 digest of the non-URL-encoded message attribute string.
    #[aws(rename = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// Each message attribute consists of a Name, Type, and Value.
    pub message_attributes: Option<BTreeMap<String, MessageAttributeValue>>,
}

/// The user-specified message attribute value.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageAttributeValue {
    /// Strings are Unicode with UTF-8 binary encoding.
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, such as compressed data, encrypted data, or images.
    pub binary_value: Option<Blob>,
    /// Not implemented.
    pub string_list_values: Option<Vec<String>>,
    /// Not implemented.
    pub binary_list_values: Option<Vec<Blob>>,
    /// Amazon SQS supports the following logical data types: String, Number, and Binary.
    pub data_type: String,
}

/// The user-specified message system attribute value.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageSystemAttributeValue {
    /// Strings are Unicode with UTF-8 binary encoding.
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, such as compressed data, encrypted data, or images.
    pub binary_value: Option<Blob>,
    /// Not implemented.
    pub string_list_values: Option<Vec<String>>,
    /// Not implemented.
    pub binary_list_values: Option<Vec<Blob>>,
    /// Amazon SQS supports the following logical data types: String, Number, and Binary.
    pub data_type: String,
}

/// Contains the details of a single Amazon SQS message along with an Id.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchRequestEntry {
    /// An identifier for a message in this batch used to communicate the result.
    pub id: String,
    /// The body of the message.
    pub message_body: String,
    /// The length of time, in seconds, for which a specific message is delayed.
    pub delay_seconds: Option<i32>,
    /// Each message attribute consists of a Name, Type, and Value.
    pub message_attributes: Option<BTreeMap<String, MessageAttributeValue>>,
    /// The message system attribute to send Each message system attribute consists of a Name, Type, and Value.
    pub message_system_attributes:
        Option<BTreeMap<MessageSystemAttributeNameForSends, MessageSystemAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub message_deduplication_id: Option<String>,
    /// MessageGroupId is an attribute used in Amazon SQS FIFO (First-In-First-Out) and standard queues.
    pub message_group_id: Option<String>,
}

/// Encloses a MessageId for a successfully-enqueued message in a SendMessageBatch.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchResultEntry {
    /// An identifier for the message in this batch.
    pub id: String,
    /// An identifier for the message.
    pub message_id: String,
    /// An MD5 digest of the non-URL-encoded message body string.
    #[aws(rename = "MD5OfMessageBody")]
    pub md5_of_message_body: String,
    /// An MD5 digest of the non-URL-encoded message attribute string.
    #[aws(rename = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// An MD5 digest of the non-URL-encoded message system attribute string.
    #[aws(rename = "MD5OfMessageSystemAttributes")]
    pub md5_of_message_system_attributes: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub sequence_number: Option<String>,
}
