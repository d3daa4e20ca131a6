// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's string enums. A value the model does not list is kept (`Unknown`) when
//! read and refused by validation when sent.

awsop::string_enum! {
    /// `ActionStatus`: the values the model lists; others are kept as sent.
    pub enum ActionStatus {
        InProgress = "IN_PROGRESS",
        ClientError = "CLIENT_ERROR",
        Failed = "FAILED",
        Complete = "COMPLETE",
    }
}

awsop::string_enum! {
    /// `AnomalyDetectorStatus`: the values the model lists; others are kept as sent.
    pub enum AnomalyDetectorStatus {
        Initializing = "INITIALIZING",
        Training = "TRAINING",
        Analyzing = "ANALYZING",
        Failed = "FAILED",
        Deleted = "DELETED",
        Paused = "PAUSED",
    }
}

awsop::string_enum! {
    /// `DataProtectionStatus`: the values the model lists; others are kept as sent.
    pub enum DataProtectionStatus {
        Activated = "ACTIVATED",
        Deleted = "DELETED",
        Archived = "ARCHIVED",
        Disabled = "DISABLED",
    }
}

awsop::string_enum! {
    /// `DeliveryDestinationType`: the values the model lists; others are kept as sent.
    pub enum DeliveryDestinationType {
        S3 = "S3",
        Cwl = "CWL",
        Fh = "FH",
        Xray = "XRAY",
    }
}

awsop::string_enum! {
    /// `DeliverySourceConfigurationSchemaValueType`: the values the model lists; others are kept as sent.
    pub enum DeliverySourceConfigurationSchemaValueType {
        String = "string",
        Boolean = "boolean",
        Int = "int",
        Double = "double",
        Long = "long",
    }
}

awsop::string_enum! {
    /// `DeliverySourceStatus`: the values the model lists; others are kept as sent.
    pub enum DeliverySourceStatus {
        Active = "ACTIVE",
        Inactive = "INACTIVE",
    }
}

awsop::string_enum! {
    /// `DeliverySourceStatusReason`: the values the model lists; others are kept as sent.
    pub enum DeliverySourceStatusReason {
        ResourceDeleted = "RESOURCE_DELETED",
    }
}

awsop::string_enum! {
    /// The method used to distribute log data to the destination, which can be either random or grouped by log stream.
    pub enum Distribution {
        Random = "Random",
        ByLogStream = "ByLogStream",
    }
}

awsop::string_enum! {
    /// `EntityRejectionErrorType`: the values the model lists; others are kept as sent.
    pub enum EntityRejectionErrorType {
        InvalidEntity = "InvalidEntity",
        InvalidTypeValue = "InvalidTypeValue",
        InvalidKeyAttributes = "InvalidKeyAttributes",
        InvalidAttributes = "InvalidAttributes",
        EntitySizeTooLarge = "EntitySizeTooLarge",
        UnsupportedLogGroupType = "UnsupportedLogGroupType",
        MissingRequiredFields = "MissingRequiredFields",
    }
}

awsop::string_enum! {
    /// `EvaluationFrequency`: the values the model lists; others are kept as sent.
    pub enum EvaluationFrequency {
        OneMin = "ONE_MIN",
        FiveMin = "FIVE_MIN",
        TenMin = "TEN_MIN",
        FifteenMin = "FIFTEEN_MIN",
        ThirtyMin = "THIRTY_MIN",
        OneHour = "ONE_HOUR",
    }
}

awsop::string_enum! {
    /// `EventSource`: the values the model lists; others are kept as sent.
    pub enum EventSource {
        CloudTrail = "CloudTrail",
        Route53Resolver = "Route53Resolver",
        VPCFlow = "VPCFlow",
        EKSAudit = "EKSAudit",
        Awswaf = "AWSWAF",
    }
}

awsop::string_enum! {
    /// `ExecutionStatus`: the values the model lists; others are kept as sent.
    pub enum ExecutionStatus {
        Running = "Running",
        InvalidQuery = "InvalidQuery",
        Complete = "Complete",
        Failed = "Failed",
        Timeout = "Timeout",
    }
}

awsop::string_enum! {
    /// `ExportTaskStatusCode`: the values the model lists; others are kept as sent.
    pub enum ExportTaskStatusCode {
        Cancelled = "CANCELLED",
        Completed = "COMPLETED",
        Failed = "FAILED",
        Pending = "PENDING",
        PendingCancel = "PENDING_CANCEL",
        Running = "RUNNING",
    }
}

awsop::string_enum! {
    /// `FlattenedElement`: the values the model lists; others are kept as sent.
    pub enum FlattenedElement {
        First = "first",
        Last = "last",
    }
}

awsop::string_enum! {
    /// `ImportStatus`: the values the model lists; others are kept as sent.
    pub enum ImportStatus {
        InProgress = "IN_PROGRESS",
        Cancelled = "CANCELLED",
        Completed = "COMPLETED",
        Failed = "FAILED",
    }
}

awsop::string_enum! {
    /// `IndexCategory`: the values the model lists; others are kept as sent.
    pub enum IndexCategory {
        Default = "DEFAULT",
        Custom = "CUSTOM",
        Auto = "AUTO",
        Inactive = "INACTIVE",
    }
}

awsop::string_enum! {
    /// `IndexSource`: the values the model lists; others are kept as sent.
    pub enum IndexSource {
        Account = "ACCOUNT",
        LogGroup = "LOG_GROUP",
    }
}

awsop::string_enum! {
    /// `IndexType`: the values the model lists; others are kept as sent.
    pub enum IndexType {
        Facet = "FACET",
        FieldIndex = "FIELD_INDEX",
    }
}

awsop::string_enum! {
    /// `InheritedProperty`: the values the model lists; others are kept as sent.
    pub enum InheritedProperty {
        AccountDataProtection = "ACCOUNT_DATA_PROTECTION",
    }
}

awsop::string_enum! {
    /// `IntegrationStatus`: the values the model lists; others are kept as sent.
    pub enum IntegrationStatus {
        Provisioning = "PROVISIONING",
        Active = "ACTIVE",
        Failed = "FAILED",
    }
}

awsop::string_enum! {
    /// `IntegrationType`: the values the model lists; others are kept as sent.
    pub enum IntegrationType {
        Opensearch = "OPENSEARCH",
    }
}

awsop::string_enum! {
    /// `ListAggregateLogGroupSummariesGroupBy`: the values the model lists; others are kept as sent.
    pub enum ListAggregateLogGroupSummariesGroupBy {
        DataSourceNameTypeAndFormat = "DATA_SOURCE_NAME_TYPE_AND_FORMAT",
        DataSourceNameAndType = "DATA_SOURCE_NAME_AND_TYPE",
    }
}

awsop::string_enum! {
    /// `LogGroupClass`: the values the model lists; others are kept as sent.
    pub enum LogGroupClass {
        Standard = "STANDARD",
        InfrequentAccess = "INFREQUENT_ACCESS",
        Delivery = "DELIVERY",
        Essentials = "ESSENTIALS",
    }
}

awsop::string_enum! {
    /// `OCSFVersion`: the values the model lists; others are kept as sent.
    pub enum OCSFVersion {
        V11 = "V1.1",
        V15 = "V1.5",
    }
}

awsop::string_enum! {
    /// `OpenSearchResourceStatusType`: the values the model lists; others are kept as sent.
    pub enum OpenSearchResourceStatusType {
        Active = "ACTIVE",
        NotFound = "NOT_FOUND",
        Error = "ERROR",
    }
}

awsop::string_enum! {
    /// `OrderBy`: the values the model lists; others are kept as sent.
    pub enum OrderBy {
        LogStreamName = "LogStreamName",
        LastEventTime = "LastEventTime",
    }
}

awsop::string_enum! {
    /// `OutputFormat`: the values the model lists; others are kept as sent.
    pub enum OutputFormat {
        Json = "json",
        Plain = "plain",
        W3c = "w3c",
        Raw = "raw",
        Parquet = "parquet",
    }
}

awsop::string_enum! {
    /// `PolicyScope`: the values the model lists; others are kept as sent.
    pub enum PolicyScope {
        Account = "ACCOUNT",
        Resource = "RESOURCE",
    }
}

awsop::string_enum! {
    /// `PolicyType`: the values the model lists; others are kept as sent.
    pub enum PolicyType {
        DataProtectionPolicy = "DATA_PROTECTION_POLICY",
        SubscriptionFilterPolicy = "SUBSCRIPTION_FILTER_POLICY",
        FieldIndexPolicy = "FIELD_INDEX_POLICY",
        TransformerPolicy = "TRANSFORMER_POLICY",
        MetricExtractionPolicy = "METRIC_EXTRACTION_POLICY",
        RetentionPolicy = "RETENTION_POLICY",
    }
}

awsop::string_enum! {
    /// `QueryLanguage`: the values the model lists; others are kept as sent.
    pub enum QueryLanguage {
        Cwli = "CWLI",
        Sql = "SQL",
        Ppl = "PPL",
    }
}

awsop::string_enum! {
    /// `QueryStatus`: the values the model lists; others are kept as sent.
    pub enum QueryStatus {
        Scheduled = "Scheduled",
        Running = "Running",
        Complete = "Complete",
        Failed = "Failed",
        Cancelled = "Cancelled",
        Timeout = "Timeout",
        UnknownValue = "Unknown",
    }
}

awsop::string_enum! {
    /// `S3TableIntegrationSourceStatus`: the values the model lists; others are kept as sent.
    pub enum S3TableIntegrationSourceStatus {
        Active = "ACTIVE",
        Unhealthy = "UNHEALTHY",
        Failed = "FAILED",
        DataSourceDeleteInProgress = "DATA_SOURCE_DELETE_IN_PROGRESS",
    }
}

awsop::string_enum! {
    /// `ScheduleType`: the values the model lists; others are kept as sent.
    pub enum ScheduleType {
        CustomerManaged = "CUSTOMER_MANAGED",
        AwsManaged = "AWS_MANAGED",
    }
}

awsop::string_enum! {
    /// `ScheduledQueryDestinationType`: the values the model lists; others are kept as sent.
    pub enum ScheduledQueryDestinationType {
        S3 = "S3",
        LookupTable = "LOOKUP_TABLE",
    }
}

awsop::string_enum! {
    /// `ScheduledQueryState`: the values the model lists; others are kept as sent.
    pub enum ScheduledQueryState {
        Enabled = "ENABLED",
        Disabled = "DISABLED",
    }
}

awsop::string_enum! {
    /// `Scope`: the values the model lists; others are kept as sent.
    pub enum Scope {
        All = "ALL",
    }
}

awsop::string_enum! {
    /// `StandardUnit`: the values the model lists; others are kept as sent.
    pub enum StandardUnit {
        Seconds = "Seconds",
        Microseconds = "Microseconds",
        Milliseconds = "Milliseconds",
        Bytes = "Bytes",
        Kilobytes = "Kilobytes",
        Megabytes = "Megabytes",
        Gigabytes = "Gigabytes",
        Terabytes = "Terabytes",
        Bits = "Bits",
        Kilobits = "Kilobits",
        Megabits = "Megabits",
        Gigabits = "Gigabits",
        Terabits = "Terabits",
        Percent = "Percent",
        Count = "Count",
        BytesSecond = "Bytes/Second",
        KilobytesSecond = "Kilobytes/Second",
        MegabytesSecond = "Megabytes/Second",
        GigabytesSecond = "Gigabytes/Second",
        TerabytesSecond = "Terabytes/Second",
        BitsSecond = "Bits/Second",
        KilobitsSecond = "Kilobits/Second",
        MegabitsSecond = "Megabits/Second",
        GigabitsSecond = "Gigabits/Second",
        TerabitsSecond = "Terabits/Second",
        CountSecond = "Count/Second",
        None = "None",
    }
}

awsop::string_enum! {
    /// `State`: the values the model lists; others are kept as sent.
    pub enum State {
        Active = "Active",
        Suppressed = "Suppressed",
        Baseline = "Baseline",
    }
}

awsop::string_enum! {
    /// `StorageTier`: the values the model lists; others are kept as sent.
    pub enum StorageTier {
        Standard = "STANDARD",
        IntelligentTiering = "INTELLIGENT_TIERING",
    }
}

awsop::string_enum! {
    /// `SuppressionState`: the values the model lists; others are kept as sent.
    pub enum SuppressionState {
        Suppressed = "SUPPRESSED",
        Unsuppressed = "UNSUPPRESSED",
    }
}

awsop::string_enum! {
    /// `SuppressionType`: the values the model lists; others are kept as sent.
    pub enum SuppressionType {
        Limited = "LIMITED",
        Infinite = "INFINITE",
    }
}

awsop::string_enum! {
    /// `SuppressionUnit`: the values the model lists; others are kept as sent.
    pub enum SuppressionUnit {
        Seconds = "SECONDS",
        Minutes = "MINUTES",
        Hours = "HOURS",
    }
}

awsop::string_enum! {
    /// `SyslogSourceType`: the values the model lists; others are kept as sent.
    pub enum SyslogSourceType {
        Vpce = "VPCE",
    }
}

awsop::string_enum! {
    /// `Type`: the values the model lists; others are kept as sent.
    pub enum Type {
        Boolean = "boolean",
        Integer = "integer",
        Double = "double",
        String = "string",
    }
}
