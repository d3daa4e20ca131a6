// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's string enums. A value the model does not list is kept (`Unknown`) when
//! read and refused by validation when sent.

awsop::string_enum! {
    /// `ApproximateCreationDateTimePrecision`: the values the model lists; others are kept as sent.
    pub enum ApproximateCreationDateTimePrecision {
        Millisecond = "MILLISECOND",
        Microsecond = "MICROSECOND",
    }
}

awsop::string_enum! {
    /// `AttributeAction`: the values the model lists; others are kept as sent.
    pub enum AttributeAction {
        Add = "ADD",
        Put = "PUT",
        Delete = "DELETE",
    }
}

awsop::string_enum! {
    /// `BackupStatus`: the values the model lists; others are kept as sent.
    pub enum BackupStatus {
        Creating = "CREATING",
        Deleted = "DELETED",
        Available = "AVAILABLE",
    }
}

awsop::string_enum! {
    /// `BackupType`: the values the model lists; others are kept as sent.
    pub enum BackupType {
        User = "USER",
        System = "SYSTEM",
        AwsBackup = "AWS_BACKUP",
    }
}

awsop::string_enum! {
    /// `BackupTypeFilter`: the values the model lists; others are kept as sent.
    pub enum BackupTypeFilter {
        User = "USER",
        System = "SYSTEM",
        AwsBackup = "AWS_BACKUP",
        All = "ALL",
    }
}

awsop::string_enum! {
    /// `BatchStatementErrorCodeEnum`: the values the model lists; others are kept as sent.
    pub enum BatchStatementErrorCodeEnum {
        ConditionalCheckFailed = "ConditionalCheckFailed",
        ItemCollectionSizeLimitExceeded = "ItemCollectionSizeLimitExceeded",
        RequestLimitExceeded = "RequestLimitExceeded",
        ValidationError = "ValidationError",
        ProvisionedThroughputExceeded = "ProvisionedThroughputExceeded",
        TransactionConflict = "TransactionConflict",
        ThrottlingError = "ThrottlingError",
        InternalServerError = "InternalServerError",
        ResourceNotFound = "ResourceNotFound",
        AccessDenied = "AccessDenied",
        DuplicateItem = "DuplicateItem",
    }
}

awsop::string_enum! {
    /// `BillingMode`: the values the model lists; others are kept as sent.
    pub enum BillingMode {
        Provisioned = "PROVISIONED",
        PayPerRequest = "PAY_PER_REQUEST",
    }
}

awsop::string_enum! {
    /// `BulkOperationInputFormat`: the values the model lists; others are kept as sent.
    pub enum BulkOperationInputFormat {
        DynamodbJson = "DYNAMODB_JSON",
        Ion = "ION",
    }
}

awsop::string_enum! {
    /// `BulkOperationPerformanceTier`: the values the model lists; others are kept as sent.
    pub enum BulkOperationPerformanceTier {
        Standard = "STANDARD",
        Accelerated = "ACCELERATED",
    }
}

awsop::string_enum! {
    /// `BulkOperationStatus`: the values the model lists; others are kept as sent.
    pub enum BulkOperationStatus {
        InProgress = "IN_PROGRESS",
        Completed = "COMPLETED",
        CompletedWithErrors = "COMPLETED_WITH_ERRORS",
        Cancelling = "CANCELLING",
        Cancelled = "CANCELLED",
        Failed = "FAILED",
    }
}

awsop::string_enum! {
    /// `ComparisonOperator`: the values the model lists; others are kept as sent.
    pub enum ComparisonOperator {
        Eq = "EQ",
        Ne = "NE",
        In = "IN",
        Le = "LE",
        Lt = "LT",
        Ge = "GE",
        Gt = "GT",
        Between = "BETWEEN",
        NotNull = "NOT_NULL",
        Null = "NULL",
        Contains = "CONTAINS",
        NotContains = "NOT_CONTAINS",
        BeginsWith = "BEGINS_WITH",
    }
}

awsop::string_enum! {
    /// `ConditionalOperator`: the values the model lists; others are kept as sent.
    pub enum ConditionalOperator {
        And = "AND",
        Or = "OR",
    }
}

awsop::string_enum! {
    /// `ContinuousBackupsStatus`: the values the model lists; others are kept as sent.
    pub enum ContinuousBackupsStatus {
        Enabled = "ENABLED",
        Disabled = "DISABLED",
    }
}

awsop::string_enum! {
    /// `ContributorInsightsAction`: the values the model lists; others are kept as sent.
    pub enum ContributorInsightsAction {
        Enable = "ENABLE",
        Disable = "DISABLE",
    }
}

awsop::string_enum! {
    /// `ContributorInsightsMode`: the values the model lists; others are kept as sent.
    pub enum ContributorInsightsMode {
        AccessedAndThrottledKeys = "ACCESSED_AND_THROTTLED_KEYS",
        ThrottledKeys = "THROTTLED_KEYS",
    }
}

awsop::string_enum! {
    /// `ContributorInsightsStatus`: the values the model lists; others are kept as sent.
    pub enum ContributorInsightsStatus {
        Enabling = "ENABLING",
        Enabled = "ENABLED",
        Disabling = "DISABLING",
        Disabled = "DISABLED",
        Failed = "FAILED",
    }
}

awsop::string_enum! {
    /// `DestinationStatus`: the values the model lists; others are kept as sent.
    pub enum DestinationStatus {
        Enabling = "ENABLING",
        Active = "ACTIVE",
        Disabling = "DISABLING",
        Disabled = "DISABLED",
        EnableFailed = "ENABLE_FAILED",
        Updating = "UPDATING",
    }
}

awsop::string_enum! {
    /// Specifies how pending replication is handled before a replica is disassociated.
    pub enum DisassociationMode {
        WaitForReplication = "WAIT_FOR_REPLICATION",
    }
}

awsop::string_enum! {
    /// `ExportFormat`: the values the model lists; others are kept as sent.
    pub enum ExportFormat {
        DynamodbJson = "DYNAMODB_JSON",
        Ion = "ION",
    }
}

awsop::string_enum! {
    /// `ExportStatus`: the values the model lists; others are kept as sent.
    pub enum ExportStatus {
        InProgress = "IN_PROGRESS",
        Completed = "COMPLETED",
        Failed = "FAILED",
    }
}

awsop::string_enum! {
    /// `ExportType`: the values the model lists; others are kept as sent.
    pub enum ExportType {
        FullExport = "FULL_EXPORT",
        IncrementalExport = "INCREMENTAL_EXPORT",
    }
}

awsop::string_enum! {
    /// `ExportViewType`: the values the model lists; others are kept as sent.
    pub enum ExportViewType {
        NewImage = "NEW_IMAGE",
        NewAndOldImages = "NEW_AND_OLD_IMAGES",
    }
}

awsop::string_enum! {
    /// `GlobalTableSettingsReplicationMode`: the values the model lists; others are kept as sent.
    pub enum GlobalTableSettingsReplicationMode {
        Enabled = "ENABLED",
        Disabled = "DISABLED",
        EnabledWithOverrides = "ENABLED_WITH_OVERRIDES",
    }
}

awsop::string_enum! {
    /// `GlobalTableStatus`: the values the model lists; others are kept as sent.
    pub enum GlobalTableStatus {
        Creating = "CREATING",
        Active = "ACTIVE",
        Deleting = "DELETING",
        Updating = "UPDATING",
    }
}

awsop::string_enum! {
    /// `ImportStatus`: the values the model lists; others are kept as sent.
    pub enum ImportStatus {
        InProgress = "IN_PROGRESS",
        Completed = "COMPLETED",
        Cancelling = "CANCELLING",
        Cancelled = "CANCELLED",
        Failed = "FAILED",
    }
}

awsop::string_enum! {
    /// `IndexStatus`: the values the model lists; others are kept as sent.
    pub enum IndexStatus {
        Creating = "CREATING",
        Updating = "UPDATING",
        Deleting = "DELETING",
        Active = "ACTIVE",
    }
}

awsop::string_enum! {
    /// `InputCompressionType`: the values the model lists; others are kept as sent.
    pub enum InputCompressionType {
        Gzip = "GZIP",
        Zstd = "ZSTD",
        None = "NONE",
    }
}

awsop::string_enum! {
    /// `InputFormat`: the values the model lists; others are kept as sent.
    pub enum InputFormat {
        DynamodbJson = "DYNAMODB_JSON",
        Ion = "ION",
        Csv = "CSV",
    }
}

awsop::string_enum! {
    /// `KeyType`: the values the model lists; others are kept as sent.
    pub enum KeyType {
        Hash = "HASH",
        Range = "RANGE",
    }
}

awsop::string_enum! {
    /// `MultiRegionConsistency`: the values the model lists; others are kept as sent.
    pub enum MultiRegionConsistency {
        Eventual = "EVENTUAL",
        Strong = "STRONG",
    }
}

awsop::string_enum! {
    /// `OutputTypeEnum`: the values the model lists; others are kept as sent.
    pub enum OutputTypeEnum {
        Error = "ERROR",
        ConditionCheckFailure = "CONDITION_CHECK_FAILURE",
    }
}

awsop::string_enum! {
    /// `PointInTimeRecoveryStatus`: the values the model lists; others are kept as sent.
    pub enum PointInTimeRecoveryStatus {
        Enabled = "ENABLED",
        Disabled = "DISABLED",
    }
}

awsop::string_enum! {
    /// `ProjectionType`: the values the model lists; others are kept as sent.
    pub enum ProjectionType {
        All = "ALL",
        KeysOnly = "KEYS_ONLY",
        Include = "INCLUDE",
    }
}

awsop::string_enum! {
    /// `ReplicaStatus`: the values the model lists; others are kept as sent.
    pub enum ReplicaStatus {
        Creating = "CREATING",
        CreationFailed = "CREATION_FAILED",
        Updating = "UPDATING",
        Deleting = "DELETING",
        Active = "ACTIVE",
        RegionDisabled = "REGION_DISABLED",
        InaccessibleEncryptionCredentials = "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
        Archiving = "ARCHIVING",
        Archived = "ARCHIVED",
        ReplicationNotAuthorized = "REPLICATION_NOT_AUTHORIZED",
    }
}

awsop::string_enum! {
    /// Determines the level of detail about either provisioned or on-demand throughput consumption that is returned in the response: INDEXES - The response includes the aggregate ConsumedCapacity for the operation, together with ConsumedCapacity for each table and secondary index that was accessed.
    pub enum ReturnConsumedCapacity {
        Indexes = "INDEXES",
        Total = "TOTAL",
        None = "NONE",
    }
}

awsop::string_enum! {
    /// `ReturnItemCollectionMetrics`: the values the model lists; others are kept as sent.
    pub enum ReturnItemCollectionMetrics {
        Size = "SIZE",
        None = "NONE",
    }
}

awsop::string_enum! {
    /// `ReturnValue`: the values the model lists; others are kept as sent.
    pub enum ReturnValue {
        None = "NONE",
        AllOld = "ALL_OLD",
        UpdatedOld = "UPDATED_OLD",
        AllNew = "ALL_NEW",
        UpdatedNew = "UPDATED_NEW",
    }
}

awsop::string_enum! {
    /// `ReturnValuesOnConditionCheckFailure`: the values the model lists; others are kept as sent.
    pub enum ReturnValuesOnConditionCheckFailure {
        AllOld = "ALL_OLD",
        None = "NONE",
    }
}

awsop::string_enum! {
    /// `S3SseAlgorithm`: the values the model lists; others are kept as sent.
    pub enum S3SseAlgorithm {
        Aes256 = "AES256",
        Kms = "KMS",
    }
}

awsop::string_enum! {
    /// `SSEStatus`: the values the model lists; others are kept as sent.
    pub enum SSEStatus {
        Enabling = "ENABLING",
        Enabled = "ENABLED",
        Disabling = "DISABLING",
        Disabled = "DISABLED",
        Updating = "UPDATING",
    }
}

awsop::string_enum! {
    /// `SSEType`: the values the model lists; others are kept as sent.
    pub enum SSEType {
        Aes256 = "AES256",
        Kms = "KMS",
    }
}

awsop::string_enum! {
    /// `ScalarAttributeType`: the values the model lists; others are kept as sent.
    pub enum ScalarAttributeType {
        S = "S",
        N = "N",
        B = "B",
    }
}

awsop::string_enum! {
    /// `SearchSchemaElementType`: the values the model lists; others are kept as sent.
    pub enum SearchSchemaElementType {
        Hash = "HASH",
        InlineFilter = "INLINE_FILTER",
    }
}

awsop::string_enum! {
    /// `Select`: the values the model lists; others are kept as sent.
    pub enum Select {
        AllAttributes = "ALL_ATTRIBUTES",
        AllProjectedAttributes = "ALL_PROJECTED_ATTRIBUTES",
        SpecificAttributes = "SPECIFIC_ATTRIBUTES",
        Count = "COUNT",
    }
}

awsop::string_enum! {
    /// `StreamViewType`: the values the model lists; others are kept as sent.
    pub enum StreamViewType {
        NewImage = "NEW_IMAGE",
        OldImage = "OLD_IMAGE",
        NewAndOldImages = "NEW_AND_OLD_IMAGES",
        KeysOnly = "KEYS_ONLY",
    }
}

awsop::string_enum! {
    /// `TableClass`: the values the model lists; others are kept as sent.
    pub enum TableClass {
        Standard = "STANDARD",
        StandardInfrequentAccess = "STANDARD_INFREQUENT_ACCESS",
    }
}

awsop::string_enum! {
    /// `TableStatus`: the values the model lists; others are kept as sent.
    pub enum TableStatus {
        Creating = "CREATING",
        Updating = "UPDATING",
        Deleting = "DELETING",
        Active = "ACTIVE",
        InaccessibleEncryptionCredentials = "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
        Archiving = "ARCHIVING",
        Archived = "ARCHIVED",
        ReplicationNotAuthorized = "REPLICATION_NOT_AUTHORIZED",
    }
}

awsop::string_enum! {
    /// `TimeToLiveStatus`: the values the model lists; others are kept as sent.
    pub enum TimeToLiveStatus {
        Enabling = "ENABLING",
        Disabling = "DISABLING",
        Enabled = "ENABLED",
        Disabled = "DISABLED",
    }
}

awsop::string_enum! {
    /// `VectorDistanceFunction`: the values the model lists; others are kept as sent.
    pub enum VectorDistanceFunction {
        Cosine = "COSINE",
        DotProduct = "DOT_PRODUCT",
        Euclidean = "EUCLIDEAN",
    }
}

awsop::string_enum! {
    /// `WitnessStatus`: the values the model lists; others are kept as sent.
    pub enum WitnessStatus {
        Creating = "CREATING",
        Deleting = "DELETING",
        Active = "ACTIVE",
    }
}
