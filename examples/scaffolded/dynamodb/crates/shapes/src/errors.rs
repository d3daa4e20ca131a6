// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's exceptions: shapes an operation's error enum holds, each with its code.

use std::collections::BTreeMap;

use awsop::aws_shape;

use crate::*;

/// There is another ongoing conflicting backup control plane operation on the table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackupInUseException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for BackupInUseException {
    const CODE: &'static str = "BackupInUseException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Backup not found for the given BackupARN.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BackupNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for BackupNotFoundException {
    const CODE: &'static str = "BackupNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// A condition specified in the operation failed to be evaluated.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConditionalCheckFailedException {
    /// The conditional request failed.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
    /// Item which caused the ConditionalCheckFailedException.
    pub item: Option<BTreeMap<String, AttributeValue>>,
}

impl awsop::ModeledError for ConditionalCheckFailedException {
    const CODE: &'static str = "ConditionalCheckFailedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Backups have not yet been enabled for this table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContinuousBackupsUnavailableException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ContinuousBackupsUnavailableException {
    const CODE: &'static str = "ContinuousBackupsUnavailableException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// There was an attempt to insert an item with the same primary key as an item that already exists in the DynamoDB table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DuplicateItemException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for DuplicateItemException {
    const CODE: &'static str = "DuplicateItemException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// There was a conflict when writing to the specified S3 bucket.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportConflictException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ExportConflictException {
    const CODE: &'static str = "ExportConflictException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified export was not found.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ExportNotFoundException {
    const CODE: &'static str = "ExportNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified global table already exists.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalTableAlreadyExistsException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for GlobalTableAlreadyExistsException {
    const CODE: &'static str = "GlobalTableAlreadyExistsException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified global table does not exist.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlobalTableNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for GlobalTableNotFoundException {
    const CODE: &'static str = "GlobalTableNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// DynamoDB rejected the request because you retried a request with a different payload but with an idempotent token that was already used.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdempotentParameterMismatchException {
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for IdempotentParameterMismatchException {
    const CODE: &'static str = "IdempotentParameterMismatchException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// There was a conflict when importing from the specified S3 source.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportConflictException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ImportConflictException {
    const CODE: &'static str = "ImportConflictException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified import was not found.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ImportNotFoundException {
    const CODE: &'static str = "ImportNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The operation tried to access a nonexistent index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for IndexNotFoundException {
    const CODE: &'static str = "IndexNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// An error occurred on the server side.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InternalServerError {
    /// The server encountered an internal error trying to fulfill the request.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InternalServerError {
    const CODE: &'static str = "InternalServerError";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified ExportTime is outside of the point in time recovery window.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidExportTimeException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidExportTimeException {
    const CODE: &'static str = "InvalidExportTimeException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// An invalid restore time was specified.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidRestoreTimeException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidRestoreTimeException {
    const CODE: &'static str = "InvalidRestoreTimeException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// An item collection is too large.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemCollectionSizeLimitExceededException {
    /// The total size of an item collection has exceeded the maximum limit of 10 gigabytes.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ItemCollectionSizeLimitExceededException {
    const CODE: &'static str = "ItemCollectionSizeLimitExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// There is no limit to the number of daily on-demand backups that can be taken.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LimitExceededException {
    /// Too many operations for a given subscriber.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for LimitExceededException {
    const CODE: &'static str = "LimitExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Point in time recovery has not yet been enabled for this source table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PointInTimeRecoveryUnavailableException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for PointInTimeRecoveryUnavailableException {
    const CODE: &'static str = "PointInTimeRecoveryUnavailableException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The operation tried to access a nonexistent resource-based policy.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for PolicyNotFoundException {
    const CODE: &'static str = "PolicyNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was denied due to request throttling.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughputExceededException {
    /// You exceeded your maximum allowed provisioned throughput.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
    /// A list of ThrottlingReason that provide detailed diagnostic information about why the request was throttled.
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}

impl awsop::ModeledError for ProvisionedThroughputExceededException {
    const CODE: &'static str = "ProvisionedThroughputExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified replica is already part of the global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaAlreadyExistsException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ReplicaAlreadyExistsException {
    const CODE: &'static str = "ReplicaAlreadyExistsException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified replica is no longer part of the global table.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ReplicaNotFoundException {
    const CODE: &'static str = "ReplicaNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was rejected because one or more items in the request are being modified by a request in another Region.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicatedWriteConflictException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ReplicatedWriteConflictException {
    const CODE: &'static str = "ReplicatedWriteConflictException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Throughput exceeds the current throughput quota for your account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestLimitExceeded {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
    /// A list of ThrottlingReason that provide detailed diagnostic information about why the request was throttled.
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}

impl awsop::ModeledError for RequestLimitExceeded {
    const CODE: &'static str = "RequestLimitExceeded";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The operation conflicts with the resource's availability.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceInUseException {
    /// The resource which is being attempted to be changed is in use.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ResourceInUseException {
    const CODE: &'static str = "ResourceInUseException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The operation tried to access a nonexistent table or index.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    /// The resource which is being requested does not exist.
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

/// A target table with the specified name already exists.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableAlreadyExistsException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for TableAlreadyExistsException {
    const CODE: &'static str = "TableAlreadyExistsException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// A target table with the specified name is either being created or deleted.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableInUseException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for TableInUseException {
    const CODE: &'static str = "TableInUseException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// A source table with the name TableName does not currently exist within the subscriber's account or the subscriber is operating in the wrong Amazon Web Services Region.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableNotFoundException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for TableNotFoundException {
    const CODE: &'static str = "TableNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request was denied due to request throttling.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThrottlingException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
    /// A list of ThrottlingReason that provide detailed diagnostic information about why the request was throttled.
    #[aws(rename = "throttlingReasons")]
    pub throttling_reasons: Option<Vec<ThrottlingReason>>,
}

impl awsop::ModeledError for ThrottlingException {
    const CODE: &'static str = "ThrottlingException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The entire transaction request was canceled.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactionCanceledException {
    #[serde(alias = "message")]
    pub message: Option<String>,
    /// A list of cancellation reasons.
    #[aws(length(min = 1, max = 100))]
    pub cancellation_reasons: Option<Vec<CancellationReason>>,
}

impl awsop::ModeledError for TransactionCanceledException {
    const CODE: &'static str = "TransactionCanceledException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Operation was rejected because there is an ongoing transaction for the item.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactionConflictException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for TransactionConflictException {
    const CODE: &'static str = "TransactionConflictException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The transaction with the given request token is already in progress.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TransactionInProgressException {
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for TransactionInProgressException {
    const CODE: &'static str = "TransactionInProgressException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}
