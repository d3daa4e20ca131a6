// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's exceptions: shapes an operation's error enum holds, each with its code.

use awsop::aws_shape;

/// Two or more batch entries in the request have the same Id.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchEntryIdsNotDistinct {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for BatchEntryIdsNotDistinct {
    const CODE: &'static str = "BatchEntryIdsNotDistinct";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The length of all the messages put together is more than the limit.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchRequestTooLong {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for BatchRequestTooLong {
    const CODE: &'static str = "BatchRequestTooLong";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The batch request doesn't contain any entries.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmptyBatchRequest {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for EmptyBatchRequest {
    const CODE: &'static str = "EmptyBatchRequest";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified ID is invalid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidAddress {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidAddress {
    const CODE: &'static str = "InvalidAddress";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified attribute doesn't exist.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidAttributeName {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidAttributeName {
    const CODE: &'static str = "InvalidAttributeName";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// A queue attribute value is invalid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidAttributeValue {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidAttributeValue {
    const CODE: &'static str = "InvalidAttributeValue";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Id of a batch entry in a batch request doesn't abide by the specification.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidBatchEntryId {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidBatchEntryId {
    const CODE: &'static str = "InvalidBatchEntryId";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified receipt handle isn't valid for the current version.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidIdFormat {}

impl awsop::ModeledError for InvalidIdFormat {
    const CODE: &'static str = "InvalidIdFormat";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The message contains characters outside the allowed set.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidMessageContents {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidMessageContents {
    const CODE: &'static str = "InvalidMessageContents";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was not made over HTTPS or did not use SigV4 for signing.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidSecurity {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidSecurity {
    const CODE: &'static str = "InvalidSecurity";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The caller doesn't have the required KMS access.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KmsAccessDenied {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KmsAccessDenied {
    const CODE: &'static str = "KmsAccessDenied";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was denied due to request throttling.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KmsDisabled {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KmsDisabled {
    const CODE: &'static str = "KmsDisabled";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was rejected for one of the following reasons: The KeyUsage value of the KMS key is incompatible with the API operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KmsInvalidKeyUsage {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KmsInvalidKeyUsage {
    const CODE: &'static str = "KmsInvalidKeyUsage";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was rejected because the state of the specified resource is not valid for this request.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KmsInvalidState {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KmsInvalidState {
    const CODE: &'static str = "KmsInvalidState";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was rejected because the specified entity or resource could not be found.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KmsNotFound {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KmsNotFound {
    const CODE: &'static str = "KmsNotFound";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was rejected because the specified key policy isn't syntactically or semantically correct.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KmsOptInRequired {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KmsOptInRequired {
    const CODE: &'static str = "KmsOptInRequired";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Amazon Web Services KMS throttles requests for the following conditions.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KmsThrottled {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KmsThrottled {
    const CODE: &'static str = "KmsThrottled";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified message isn't in flight.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageNotInflight {}

impl awsop::ModeledError for MessageNotInflight {
    const CODE: &'static str = "MessageNotInflight";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The specified action violates a limit.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OverLimit {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for OverLimit {
    const CODE: &'static str = "OverLimit";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Indicates that the specified queue previously received a PurgeQueue request within the last 60 seconds (the time it can take to delete the messages in the queue).
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PurgeQueueInProgress {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for PurgeQueueInProgress {
    const CODE: &'static str = "PurgeQueueInProgress";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// You must wait 60 seconds after deleting a queue before you can create another queue with the same name.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueDeletedRecently {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for QueueDeletedRecently {
    const CODE: &'static str = "QueueDeletedRecently";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Ensure that the QueueUrl is correct and that the queue has not been deleted.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueDoesNotExist {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for QueueDoesNotExist {
    const CODE: &'static str = "QueueDoesNotExist";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// A queue with this name already exists.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueNameExists {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for QueueNameExists {
    const CODE: &'static str = "QueueNameExists";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified receipt handle isn't valid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReceiptHandleIsInvalid {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ReceiptHandleIsInvalid {
    const CODE: &'static str = "ReceiptHandleIsInvalid";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was denied due to request throttling.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestThrottled {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for RequestThrottled {
    const CODE: &'static str = "RequestThrottled";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// One or more specified resources don't exist.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ResourceNotFoundException {
    const CODE: &'static str = "ResourceNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The batch request contains more entries than permissible.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TooManyEntriesInBatchRequest {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for TooManyEntriesInBatchRequest {
    const CODE: &'static str = "TooManyEntriesInBatchRequest";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Error code 400.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnsupportedOperation {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for UnsupportedOperation {
    const CODE: &'static str = "UnsupportedOperation";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}
