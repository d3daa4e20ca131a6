// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's string enums. A value the model does not list is kept (`Unknown`) when
//! read and refused by validation when sent.

awsop::string_enum! {
    /// `ApplicationLogLevel`: the values the model lists; others are kept as sent.
    pub enum ApplicationLogLevel {
        Trace = "TRACE",
        Debug = "DEBUG",
        Info = "INFO",
        Warn = "WARN",
        Error = "ERROR",
        Fatal = "FATAL",
    }
}

awsop::string_enum! {
    /// `Architecture`: the values the model lists; others are kept as sent.
    pub enum Architecture {
        X8664 = "x86_64",
        Arm64 = "arm64",
    }
}

awsop::string_enum! {
    /// `CapacityProviderPredefinedMetricType`: the values the model lists; others are kept as sent.
    pub enum CapacityProviderPredefinedMetricType {
        LambdaCapacityProviderAverageCPUUtilization = "LambdaCapacityProviderAverageCPUUtilization",
        LambdaCapacityProviderAverageGPUUtilization = "LambdaCapacityProviderAverageGPUUtilization",
    }
}

awsop::string_enum! {
    /// `CapacityProviderScalingMode`: the values the model lists; others are kept as sent.
    pub enum CapacityProviderScalingMode {
        Auto = "Auto",
        Manual = "Manual",
    }
}

awsop::string_enum! {
    /// `CapacityProviderState`: the values the model lists; others are kept as sent.
    pub enum CapacityProviderState {
        Pending = "Pending",
        Active = "Active",
        Failed = "Failed",
        Deleting = "Deleting",
    }
}

awsop::string_enum! {
    /// `CodeSigningPolicy`: the values the model lists; others are kept as sent.
    pub enum CodeSigningPolicy {
        Warn = "Warn",
        Enforce = "Enforce",
    }
}

awsop::string_enum! {
    /// `DirectS3Read`: the values the model lists; others are kept as sent.
    pub enum DirectS3Read {
        Enabled = "ENABLED",
        Disabled = "DISABLED",
        Auto = "AUTO",
    }
}

awsop::string_enum! {
    /// `EndPointType`: the values the model lists; others are kept as sent.
    pub enum EndPointType {
        KafkaBootstrapServers = "KAFKA_BOOTSTRAP_SERVERS",
    }
}

awsop::string_enum! {
    /// `EventSourceMappingMetric`: the values the model lists; others are kept as sent.
    pub enum EventSourceMappingMetric {
        EventCount = "EventCount",
        ErrorCount = "ErrorCount",
        KafkaMetrics = "KafkaMetrics",
    }
}

awsop::string_enum! {
    /// `EventSourceMappingSystemLogLevel`: the values the model lists; others are kept as sent.
    pub enum EventSourceMappingSystemLogLevel {
        Debug = "DEBUG",
        Info = "INFO",
        Warn = "WARN",
    }
}

awsop::string_enum! {
    /// `EventSourcePosition`: the values the model lists; others are kept as sent.
    pub enum EventSourcePosition {
        TrimHorizon = "TRIM_HORIZON",
        Latest = "LATEST",
        AtTimestamp = "AT_TIMESTAMP",
    }
}

awsop::string_enum! {
    /// `EventType`: the values the model lists; others are kept as sent.
    pub enum EventType {
        ExecutionStarted = "ExecutionStarted",
        ExecutionSucceeded = "ExecutionSucceeded",
        ExecutionFailed = "ExecutionFailed",
        ExecutionTimedOut = "ExecutionTimedOut",
        ExecutionStopped = "ExecutionStopped",
        ContextStarted = "ContextStarted",
        ContextSucceeded = "ContextSucceeded",
        ContextFailed = "ContextFailed",
        WaitStarted = "WaitStarted",
        WaitSucceeded = "WaitSucceeded",
        WaitCancelled = "WaitCancelled",
        StepStarted = "StepStarted",
        StepSucceeded = "StepSucceeded",
        StepFailed = "StepFailed",
        ChainedInvokeStarted = "ChainedInvokeStarted",
        ChainedInvokeSucceeded = "ChainedInvokeSucceeded",
        ChainedInvokeFailed = "ChainedInvokeFailed",
        ChainedInvokeTimedOut = "ChainedInvokeTimedOut",
        ChainedInvokeStopped = "ChainedInvokeStopped",
        CallbackStarted = "CallbackStarted",
        CallbackSucceeded = "CallbackSucceeded",
        CallbackFailed = "CallbackFailed",
        CallbackTimedOut = "CallbackTimedOut",
        InvocationCompleted = "InvocationCompleted",
        ExecutionPaused = "ExecutionPaused",
        ExecutionResumed = "ExecutionResumed",
    }
}

awsop::string_enum! {
    /// `ExecutionStatus`: the values the model lists; others are kept as sent.
    pub enum ExecutionStatus {
        Running = "RUNNING",
        Succeeded = "SUCCEEDED",
        Failed = "FAILED",
        TimedOut = "TIMED_OUT",
        Stopped = "STOPPED",
        Deleting = "DELETING",
        Pausing = "PAUSING",
        Paused = "PAUSED",
    }
}

awsop::string_enum! {
    /// `FullDocument`: the values the model lists; others are kept as sent.
    pub enum FullDocument {
        UpdateLookup = "UpdateLookup",
        Default = "Default",
    }
}

awsop::string_enum! {
    /// `FunctionResponseType`: the values the model lists; others are kept as sent.
    pub enum FunctionResponseType {
        ReportBatchItemFailures = "ReportBatchItemFailures",
    }
}

awsop::string_enum! {
    /// `FunctionUrlAuthType`: the values the model lists; others are kept as sent.
    pub enum FunctionUrlAuthType {
        None = "NONE",
        AwsIam = "AWS_IAM",
    }
}

awsop::string_enum! {
    /// `FunctionVersion`: the values the model lists; others are kept as sent.
    pub enum FunctionVersion {
        All = "ALL",
    }
}

awsop::string_enum! {
    /// `FunctionVersionLatestPublished`: the values the model lists; others are kept as sent.
    pub enum FunctionVersionLatestPublished {
        LatestPublished = "LATEST_PUBLISHED",
    }
}

awsop::string_enum! {
    /// `InvocationType`: the values the model lists; others are kept as sent.
    pub enum InvocationType {
        Event = "Event",
        RequestResponse = "RequestResponse",
        DryRun = "DryRun",
    }
}

awsop::string_enum! {
    /// `InvokeMode`: the values the model lists; others are kept as sent.
    pub enum InvokeMode {
        Buffered = "BUFFERED",
        ResponseStream = "RESPONSE_STREAM",
    }
}

awsop::string_enum! {
    /// `KafkaEventSourceMappingConsumptionMode`: the values the model lists; others are kept as sent.
    pub enum KafkaEventSourceMappingConsumptionMode {
        Stream = "Stream",
        Queue = "Queue",
    }
}

awsop::string_enum! {
    /// `KafkaSchemaRegistryAuthType`: the values the model lists; others are kept as sent.
    pub enum KafkaSchemaRegistryAuthType {
        BasicAuth = "BASIC_AUTH",
        ClientCertificateTlsAuth = "CLIENT_CERTIFICATE_TLS_AUTH",
        ServerRootCaCertificate = "SERVER_ROOT_CA_CERTIFICATE",
        OauthbearerAuth = "OAUTHBEARER_AUTH",
    }
}

awsop::string_enum! {
    /// `KafkaSchemaValidationAttribute`: the values the model lists; others are kept as sent.
    pub enum KafkaSchemaValidationAttribute {
        Key = "KEY",
        Value = "VALUE",
    }
}

awsop::string_enum! {
    /// `LastUpdateStatus`: the values the model lists; others are kept as sent.
    pub enum LastUpdateStatus {
        Successful = "Successful",
        Failed = "Failed",
        InProgress = "InProgress",
    }
}

awsop::string_enum! {
    /// `LastUpdateStatusReasonCode`: the values the model lists; others are kept as sent.
    pub enum LastUpdateStatusReasonCode {
        EniLimitExceeded = "EniLimitExceeded",
        InsufficientRolePermissions = "InsufficientRolePermissions",
        InvalidConfiguration = "InvalidConfiguration",
        InternalError = "InternalError",
        SubnetOutOfIPAddresses = "SubnetOutOfIPAddresses",
        InvalidSubnet = "InvalidSubnet",
        InvalidSecurityGroup = "InvalidSecurityGroup",
        ImageDeleted = "ImageDeleted",
        ImageAccessDenied = "ImageAccessDenied",
        InvalidImage = "InvalidImage",
        KMSKeyAccessDenied = "KMSKeyAccessDenied",
        KMSKeyNotFound = "KMSKeyNotFound",
        InvalidStateKMSKey = "InvalidStateKMSKey",
        DisabledKMSKey = "DisabledKMSKey",
        EFSIOError = "EFSIOError",
        EFSMountConnectivityError = "EFSMountConnectivityError",
        EFSMountFailure = "EFSMountFailure",
        EFSMountTimeout = "EFSMountTimeout",
        InvalidRuntime = "InvalidRuntime",
        InvalidZipFileException = "InvalidZipFileException",
        FunctionError = "FunctionError",
        ServiceQuotaExceededException = "ServiceQuotaExceededException",
        VcpuLimitExceeded = "VcpuLimitExceeded",
        CapacityProviderScalingLimitExceeded = "CapacityProviderScalingLimitExceeded",
        InsufficientCapacity = "InsufficientCapacity",
        EC2RequestLimitExceeded = "EC2RequestLimitExceeded",
        FunctionErrorInitTimeout = "FunctionError.InitTimeout",
        FunctionErrorRuntimeInitError = "FunctionError.RuntimeInitError",
        FunctionErrorExtensionInitError = "FunctionError.ExtensionInitError",
        FunctionErrorInvalidEntryPoint = "FunctionError.InvalidEntryPoint",
        FunctionErrorInvalidWorkingDirectory = "FunctionError.InvalidWorkingDirectory",
        FunctionErrorPermissionDenied = "FunctionError.PermissionDenied",
        FunctionErrorTooManyExtensions = "FunctionError.TooManyExtensions",
        FunctionErrorInitResourceExhausted = "FunctionError.InitResourceExhausted",
        DisallowedByVpcEncryptionControl = "DisallowedByVpcEncryptionControl",
        IncompatibleAcceleratorInstanceTypes = "IncompatibleAcceleratorInstanceTypes",
        DependencyError = "DependencyError",
    }
}

awsop::string_enum! {
    /// `LogFormat`: the values the model lists; others are kept as sent.
    pub enum LogFormat {
        Json = "JSON",
        Text = "Text",
    }
}

awsop::string_enum! {
    /// `LogType`: the values the model lists; others are kept as sent.
    pub enum LogType {
        None = "None",
        Tail = "Tail",
    }
}

awsop::string_enum! {
    /// `OperationAction`: the values the model lists; others are kept as sent.
    pub enum OperationAction {
        Start = "START",
        Succeed = "SUCCEED",
        Fail = "FAIL",
        Retry = "RETRY",
        Cancel = "CANCEL",
    }
}

awsop::string_enum! {
    /// `OperationStatus`: the values the model lists; others are kept as sent.
    pub enum OperationStatus {
        Started = "STARTED",
        Pending = "PENDING",
        Ready = "READY",
        Succeeded = "SUCCEEDED",
        Failed = "FAILED",
        Cancelled = "CANCELLED",
        TimedOut = "TIMED_OUT",
        Stopped = "STOPPED",
    }
}

awsop::string_enum! {
    /// `OperationType`: the values the model lists; others are kept as sent.
    pub enum OperationType {
        Execution = "EXECUTION",
        Context = "CONTEXT",
        Step = "STEP",
        Wait = "WAIT",
        Callback = "CALLBACK",
        ChainedInvoke = "CHAINED_INVOKE",
    }
}

awsop::string_enum! {
    /// `PackageType`: the values the model lists; others are kept as sent.
    pub enum PackageType {
        Zip = "Zip",
        Image = "Image",
    }
}

awsop::string_enum! {
    /// `PropagateTagsMode`: the values the model lists; others are kept as sent.
    pub enum PropagateTagsMode {
        None = "None",
        Explicit = "Explicit",
    }
}

awsop::string_enum! {
    /// `ProvisionedConcurrencyStatusEnum`: the values the model lists; others are kept as sent.
    pub enum ProvisionedConcurrencyStatusEnum {
        InProgress = "IN_PROGRESS",
        Ready = "READY",
        Failed = "FAILED",
    }
}

awsop::string_enum! {
    /// `RecursiveLoop`: the values the model lists; others are kept as sent.
    pub enum RecursiveLoop {
        Allow = "Allow",
        Terminate = "Terminate",
    }
}

awsop::string_enum! {
    /// `Runtime`: the values the model lists; others are kept as sent.
    pub enum Runtime {
        Nodejs = "nodejs",
        Nodejs43 = "nodejs4.3",
        Nodejs610 = "nodejs6.10",
        Nodejs810 = "nodejs8.10",
        Nodejs10X = "nodejs10.x",
        Nodejs12X = "nodejs12.x",
        Nodejs14X = "nodejs14.x",
        Nodejs16X = "nodejs16.x",
        Nodejs18X = "nodejs18.x",
        Nodejs20X = "nodejs20.x",
        Nodejs22X = "nodejs22.x",
        Nodejs24X = "nodejs24.x",
        Java8 = "java8",
        Java8Al2 = "java8.al2",
        Java11 = "java11",
        Java17 = "java17",
        Java21 = "java21",
        Java25 = "java25",
        Python27 = "python2.7",
        Python36 = "python3.6",
        Python37 = "python3.7",
        Python38 = "python3.8",
        Python39 = "python3.9",
        Python310 = "python3.10",
        Python311 = "python3.11",
        Python312 = "python3.12",
        Python313 = "python3.13",
        Python314 = "python3.14",
        Dotnetcore10 = "dotnetcore1.0",
        Dotnetcore20 = "dotnetcore2.0",
        Dotnetcore21 = "dotnetcore2.1",
        Dotnetcore31 = "dotnetcore3.1",
        Dotnet6 = "dotnet6",
        Dotnet8 = "dotnet8",
        Dotnet10 = "dotnet10",
        Nodejs43Edge = "nodejs4.3-edge",
        Go1X = "go1.x",
        Ruby25 = "ruby2.5",
        Ruby27 = "ruby2.7",
        Ruby32 = "ruby3.2",
        Ruby33 = "ruby3.3",
        Ruby34 = "ruby3.4",
        Ruby40 = "ruby4.0",
        Provided = "provided",
        ProvidedAl2 = "provided.al2",
        ProvidedAl2023 = "provided.al2023",
        Nodejs26X = "nodejs26.x",
        Python315 = "python3.15",
        Java8Al2023 = "java8.al2023",
        Java11Al2023 = "java11.al2023",
        Java17Al2023 = "java17.al2023",
        Custom = "custom",
    }
}

awsop::string_enum! {
    /// The method Lambda uses to store a function's deployment package — either by copying the package into Lambda-managed storage ( COPY ) or by referencing it directly from the source Amazon S3 bucket ( REFERENCE ).
    pub enum S3ObjectStorageMode {
        Copy = "COPY",
        Reference = "REFERENCE",
    }
}

awsop::string_enum! {
    /// `SchemaRegistryEventRecordFormat`: the values the model lists; others are kept as sent.
    pub enum SchemaRegistryEventRecordFormat {
        Json = "JSON",
        Source = "SOURCE",
    }
}

awsop::string_enum! {
    /// `SnapStartApplyOn`: the values the model lists; others are kept as sent.
    pub enum SnapStartApplyOn {
        PublishedVersions = "PublishedVersions",
        None = "None",
    }
}

awsop::string_enum! {
    /// `SnapStartOptimizationStatus`: the values the model lists; others are kept as sent.
    pub enum SnapStartOptimizationStatus {
        On = "On",
        Off = "Off",
    }
}

awsop::string_enum! {
    /// `SourceAccessType`: the values the model lists; others are kept as sent.
    pub enum SourceAccessType {
        BasicAuth = "BASIC_AUTH",
        VpcSubnet = "VPC_SUBNET",
        VpcSecurityGroup = "VPC_SECURITY_GROUP",
        SaslScram512Auth = "SASL_SCRAM_512_AUTH",
        SaslScram256Auth = "SASL_SCRAM_256_AUTH",
        VirtualHost = "VIRTUAL_HOST",
        ClientCertificateTlsAuth = "CLIENT_CERTIFICATE_TLS_AUTH",
        ServerRootCaCertificate = "SERVER_ROOT_CA_CERTIFICATE",
        OauthbearerAuth = "OAUTHBEARER_AUTH",
        OauthbearerScope = "OAUTHBEARER_SCOPE",
        OauthbearerAudience = "OAUTHBEARER_AUDIENCE",
        OauthbearerLogicalCluster = "OAUTHBEARER_LOGICAL_CLUSTER",
        OauthbearerIdentityPool = "OAUTHBEARER_IDENTITY_POOL",
        IamAuth = "IAM_AUTH",
        IamOauthbearerAuth = "IAM_OAUTHBEARER_AUTH",
    }
}

awsop::string_enum! {
    /// `State`: the values the model lists; others are kept as sent.
    pub enum State {
        Pending = "Pending",
        Active = "Active",
        Inactive = "Inactive",
        Failed = "Failed",
        Deactivating = "Deactivating",
        Deactivated = "Deactivated",
        ActiveNonInvocable = "ActiveNonInvocable",
        Deleting = "Deleting",
    }
}

awsop::string_enum! {
    /// `StateReasonCode`: the values the model lists; others are kept as sent.
    pub enum StateReasonCode {
        Idle = "Idle",
        Creating = "Creating",
        Restoring = "Restoring",
        EniLimitExceeded = "EniLimitExceeded",
        InsufficientRolePermissions = "InsufficientRolePermissions",
        InvalidConfiguration = "InvalidConfiguration",
        InternalError = "InternalError",
        SubnetOutOfIPAddresses = "SubnetOutOfIPAddresses",
        InvalidSubnet = "InvalidSubnet",
        InvalidSecurityGroup = "InvalidSecurityGroup",
        ImageDeleted = "ImageDeleted",
        ImageAccessDenied = "ImageAccessDenied",
        InvalidImage = "InvalidImage",
        KMSKeyAccessDenied = "KMSKeyAccessDenied",
        KMSKeyNotFound = "KMSKeyNotFound",
        InvalidStateKMSKey = "InvalidStateKMSKey",
        DisabledKMSKey = "DisabledKMSKey",
        EFSIOError = "EFSIOError",
        EFSMountConnectivityError = "EFSMountConnectivityError",
        EFSMountFailure = "EFSMountFailure",
        EFSMountTimeout = "EFSMountTimeout",
        InvalidRuntime = "InvalidRuntime",
        InvalidZipFileException = "InvalidZipFileException",
        FunctionError = "FunctionError",
        ServiceQuotaExceededException = "ServiceQuotaExceededException",
        VcpuLimitExceeded = "VcpuLimitExceeded",
        CapacityProviderScalingLimitExceeded = "CapacityProviderScalingLimitExceeded",
        InsufficientCapacity = "InsufficientCapacity",
        EC2RequestLimitExceeded = "EC2RequestLimitExceeded",
        FunctionErrorInitTimeout = "FunctionError.InitTimeout",
        FunctionErrorRuntimeInitError = "FunctionError.RuntimeInitError",
        FunctionErrorExtensionInitError = "FunctionError.ExtensionInitError",
        FunctionErrorInvalidEntryPoint = "FunctionError.InvalidEntryPoint",
        FunctionErrorInvalidWorkingDirectory = "FunctionError.InvalidWorkingDirectory",
        FunctionErrorPermissionDenied = "FunctionError.PermissionDenied",
        FunctionErrorTooManyExtensions = "FunctionError.TooManyExtensions",
        FunctionErrorInitResourceExhausted = "FunctionError.InitResourceExhausted",
        DisallowedByVpcEncryptionControl = "DisallowedByVpcEncryptionControl",
        DrainingDurableExecutions = "DrainingDurableExecutions",
        IncompatibleAcceleratorInstanceTypes = "IncompatibleAcceleratorInstanceTypes",
        DependencyError = "DependencyError",
    }
}

awsop::string_enum! {
    /// `SystemLogLevel`: the values the model lists; others are kept as sent.
    pub enum SystemLogLevel {
        Debug = "DEBUG",
        Info = "INFO",
        Warn = "WARN",
    }
}

awsop::string_enum! {
    /// `TenantIsolationMode`: the values the model lists; others are kept as sent.
    pub enum TenantIsolationMode {
        PerTenant = "PER_TENANT",
    }
}

awsop::string_enum! {
    /// `ThrottleReason`: the values the model lists; others are kept as sent.
    pub enum ThrottleReason {
        ConcurrentInvocationLimitExceeded = "ConcurrentInvocationLimitExceeded",
        FunctionInvocationRateLimitExceeded = "FunctionInvocationRateLimitExceeded",
        ReservedFunctionConcurrentInvocationLimitExceeded = "ReservedFunctionConcurrentInvocationLimitExceeded",
        ReservedFunctionInvocationRateLimitExceeded = "ReservedFunctionInvocationRateLimitExceeded",
        CallerRateLimitExceeded = "CallerRateLimitExceeded",
        ConcurrentSnapshotCreateLimitExceeded = "ConcurrentSnapshotCreateLimitExceeded",
    }
}

awsop::string_enum! {
    /// `TracingMode`: the values the model lists; others are kept as sent.
    pub enum TracingMode {
        Active = "Active",
        PassThrough = "PassThrough",
    }
}

awsop::string_enum! {
    /// `UpdateRuntimeOn`: the values the model lists; others are kept as sent.
    pub enum UpdateRuntimeOn {
        Auto = "Auto",
        Manual = "Manual",
        FunctionUpdate = "FunctionUpdate",
    }
}
