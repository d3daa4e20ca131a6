//! Amazon SQS (`AmazonSQS`, awsJson 1.0 with `@awsQueryCompatible`): create a queue, send,
//! receive and delete messages, delete the queue. Declared from `models/sqs/service-2.json`: the
//! members these operations need (all the model's required ones among them). Errors carry the
//! codes SQS's query clients know (`AWS.SimpleQueueService.NonExistentQueue`) in
//! [`awsop::Error::code`], and the typed error by its shape name.

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape, Blob, Service};

/// Amazon SQS: query-compatible, so requests say `x-amzn-query-mode: true`.
pub const SQS: Service = Service::aws_json_1_0("sqs", "AmazonSQS")
    .service_id("SQS")
    .query_compatible()
    .endpoint_rules(include_str!("../../../models/sqs/endpoint-rule-set-1.json"));

/// A message attribute: its data type and value.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageAttributeValue {
    pub string_value: Option<String>,
    pub binary_value: Option<Blob>,
    /// `String`, `Number`, `Binary`, or one of those with a custom suffix.
    pub data_type: String,
}

/// A message as received.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Message {
    pub message_id: Option<String>,
    /// What [`DeleteMessage`] needs: a new one each time the message is received.
    pub receipt_handle: Option<String>,
    #[aws(rename = "MD5OfBody")]
    pub md5_of_body: Option<String>,
    pub body: Option<String>,
    pub attributes: Option<BTreeMap<String, String>>,
    #[aws(rename = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    pub message_attributes: Option<BTreeMap<String, MessageAttributeValue>>,
}

modeled_errors!(
    message:
    /// No queue has this URL or name.
    QueueDoesNotExist,
    /// A queue of this name exists with other attributes.
    QueueNameExists,
    /// A queue of this name was deleted less than a minute ago.
    QueueDeletedRecently,
    /// The receipt handle is not one of this queue's.
    ReceiptHandleIsInvalid,
    /// The message holds characters SQS does not take.
    InvalidMessageContents,
    /// Too many requests.
    RequestThrottled,
);

/// Creates a queue, or returns the URL of the one of this name.
#[aws_operation(
    service = SQS,
    name = "CreateQueue",
    output = "QueueUrlResponse",
    errors(QueueNameExists, QueueDeletedRecently, RequestThrottled)
)]
#[derive(Debug, Clone, Default)]
pub struct CreateQueue {
    pub queue_name: String,
    /// Queue attributes by name (`VisibilityTimeout`, `DelaySeconds`, ...).
    pub attributes: Option<BTreeMap<String, String>>,
    #[aws(rename = "tags")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// The output of [`CreateQueue`] and [`GetQueueUrl`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct QueueUrlResponse {
    pub queue_url: Option<String>,
}

/// The URL of a queue, by name.
#[aws_operation(
    service = SQS,
    name = "GetQueueUrl",
    output = "QueueUrlResponse",
    errors(QueueDoesNotExist, RequestThrottled)
)]
#[derive(Debug, Clone, Default)]
pub struct GetQueueUrl {
    pub queue_name: String,
    #[aws(rename = "QueueOwnerAWSAccountId")]
    pub queue_owner_aws_account_id: Option<String>,
}

/// Sends a message.
#[aws_operation(
    service = SQS,
    name = "SendMessage",
    errors(QueueDoesNotExist, InvalidMessageContents, RequestThrottled)
)]
#[derive(Debug, Clone, Default)]
pub struct SendMessage {
    pub queue_url: String,
    pub message_body: String,
    pub delay_seconds: Option<i32>,
    pub message_attributes: Option<BTreeMap<String, MessageAttributeValue>>,
    pub message_deduplication_id: Option<String>,
    pub message_group_id: Option<String>,
}

/// The output of [`SendMessage`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct SendMessageResponse {
    #[aws(rename = "MD5OfMessageBody")]
    pub md5_of_message_body: Option<String>,
    #[aws(rename = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    pub message_id: Option<String>,
    pub sequence_number: Option<String>,
}

/// Receives up to `MaxNumberOfMessages` messages, waiting up to `WaitTimeSeconds` for one.
#[aws_operation(
    service = SQS,
    name = "ReceiveMessage",
    errors(QueueDoesNotExist, RequestThrottled)
)]
#[derive(Debug, Clone, Default)]
pub struct ReceiveMessage {
    pub queue_url: String,
    pub message_attribute_names: Option<Vec<String>>,
    pub max_number_of_messages: Option<i32>,
    pub visibility_timeout: Option<i32>,
    pub wait_time_seconds: Option<i32>,
}

/// The output of [`ReceiveMessage`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ReceiveMessageResponse {
    pub messages: Option<Vec<Message>>,
}

/// Deletes a received message.
#[aws_operation(
    service = SQS,
    name = "DeleteMessage",
    output = "NoOutput",
    errors(QueueDoesNotExist, ReceiptHandleIsInvalid, RequestThrottled)
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteMessage {
    pub queue_url: String,
    pub receipt_handle: String,
}

/// Deletes a queue and its messages.
#[aws_operation(
    service = SQS,
    name = "DeleteQueue",
    output = "NoOutput",
    errors(QueueDoesNotExist, RequestThrottled)
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteQueue {
    pub queue_url: String,
}

/// The empty output of an operation the model gives none.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct NoOutput {}
