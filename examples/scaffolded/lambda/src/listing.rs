// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! Every operation and structure, for callers that go by name (the CLI, the model check).

use crate::*;

/// Every operation of the service, in the model's order.
pub const OPERATIONS: &[awsop::OperationEntry] = &[
    awsop::OperationEntry::of::<AddLayerVersionPermission>(),
    awsop::OperationEntry::of::<AddPermission>(),
    awsop::OperationEntry::of::<CheckpointDurableExecution>(),
    awsop::OperationEntry::of::<CreateAlias>(),
    awsop::OperationEntry::of::<CreateCapacityProvider>(),
    awsop::OperationEntry::of::<CreateCodeSigningConfig>(),
    awsop::OperationEntry::of::<CreateEventSourceMapping>(),
    awsop::OperationEntry::of::<CreateFunction>(),
    awsop::OperationEntry::of::<CreateFunctionUrlConfig>(),
    awsop::OperationEntry::of::<DeleteAlias>(),
    awsop::OperationEntry::of::<DeleteCapacityProvider>(),
    awsop::OperationEntry::of::<DeleteCodeSigningConfig>(),
    awsop::OperationEntry::of::<DeleteDurableExecution>(),
    awsop::OperationEntry::of::<DeleteEventSourceMapping>(),
    awsop::OperationEntry::of::<DeleteFunction>(),
    awsop::OperationEntry::of::<DeleteFunctionCodeSigningConfig>(),
    awsop::OperationEntry::of::<DeleteFunctionConcurrency>(),
    awsop::OperationEntry::of::<DeleteFunctionEventInvokeConfig>(),
    awsop::OperationEntry::of::<DeleteFunctionUrlConfig>(),
    awsop::OperationEntry::of::<DeleteLayerVersion>(),
    awsop::OperationEntry::of::<DeleteProvisionedConcurrencyConfig>(),
    awsop::OperationEntry::of::<DeleteResourcePolicy>(),
    awsop::OperationEntry::of::<GetAccountSettings>(),
    awsop::OperationEntry::of::<GetAlias>(),
    awsop::OperationEntry::of::<GetCapacityProvider>(),
    awsop::OperationEntry::of::<GetCodeSigningConfig>(),
    awsop::OperationEntry::of::<GetDurableExecution>(),
    awsop::OperationEntry::of::<GetDurableExecutionHistory>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "Events",
    }),
    awsop::OperationEntry::of::<GetDurableExecutionState>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "Operations",
    }),
    awsop::OperationEntry::of::<GetEventSourceMapping>(),
    awsop::OperationEntry::of::<GetFunction>(),
    awsop::OperationEntry::of::<GetFunctionCodeSigningConfig>(),
    awsop::OperationEntry::of::<GetFunctionConcurrency>(),
    awsop::OperationEntry::of::<GetFunctionConfiguration>(),
    awsop::OperationEntry::of::<GetFunctionEventInvokeConfig>(),
    awsop::OperationEntry::of::<GetFunctionRecursionConfig>(),
    awsop::OperationEntry::of::<GetFunctionScalingConfig>(),
    awsop::OperationEntry::of::<GetFunctionUrlConfig>(),
    awsop::OperationEntry::of::<GetLayerVersion>(),
    awsop::OperationEntry::of::<GetLayerVersionByArn>(),
    awsop::OperationEntry::of::<GetLayerVersionPolicy>(),
    awsop::OperationEntry::of::<GetPolicy>(),
    awsop::OperationEntry::of::<GetProvisionedConcurrencyConfig>(),
    awsop::OperationEntry::of::<GetResourcePolicy>(),
    awsop::OperationEntry::of::<GetRuntimeManagementConfig>(),
    awsop::OperationEntry::of::<Invoke>(),
    awsop::OperationEntry::of::<InvokeAsync>(),
    awsop::OperationEntry::of::<ListAliases>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "Aliases",
    }),
    awsop::OperationEntry::of::<ListCapacityProviders>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "CapacityProviders",
    }),
    awsop::OperationEntry::of::<ListCodeSigningConfigs>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "CodeSigningConfigs",
    }),
    awsop::OperationEntry::of::<ListDurableExecutionsByFunction>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "DurableExecutions",
    }),
    awsop::OperationEntry::of::<ListEventSourceMappings>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "EventSourceMappings",
    }),
    awsop::OperationEntry::of::<ListFunctionEventInvokeConfigs>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "FunctionEventInvokeConfigs",
    }),
    awsop::OperationEntry::of::<ListFunctionUrlConfigs>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "FunctionUrlConfigs",
    }),
    awsop::OperationEntry::of::<ListFunctionVersionsByCapacityProvider>().with_pages(
        awsop::PageKeys {
            input_token: "Marker",
            output_token: "NextMarker",
            limit_key: Some("MaxItems"),
            result_key: "FunctionVersions",
        },
    ),
    awsop::OperationEntry::of::<ListFunctions>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "Functions",
    }),
    awsop::OperationEntry::of::<ListFunctionsByCodeSigningConfig>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "FunctionArns",
    }),
    awsop::OperationEntry::of::<ListLayerVersions>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "LayerVersions",
    }),
    awsop::OperationEntry::of::<ListLayers>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "Layers",
    }),
    awsop::OperationEntry::of::<ListProvisionedConcurrencyConfigs>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "ProvisionedConcurrencyConfigs",
    }),
    awsop::OperationEntry::of::<ListTags>(),
    awsop::OperationEntry::of::<ListVersionsByFunction>().with_pages(awsop::PageKeys {
        input_token: "Marker",
        output_token: "NextMarker",
        limit_key: Some("MaxItems"),
        result_key: "Versions",
    }),
    awsop::OperationEntry::of::<PauseDurableExecution>(),
    awsop::OperationEntry::of::<PublishLayerVersion>(),
    awsop::OperationEntry::of::<PublishVersion>(),
    awsop::OperationEntry::of::<PutFunctionCodeSigningConfig>(),
    awsop::OperationEntry::of::<PutFunctionConcurrency>(),
    awsop::OperationEntry::of::<PutFunctionEventInvokeConfig>(),
    awsop::OperationEntry::of::<PutFunctionRecursionConfig>(),
    awsop::OperationEntry::of::<PutFunctionScalingConfig>(),
    awsop::OperationEntry::of::<PutProvisionedConcurrencyConfig>(),
    awsop::OperationEntry::of::<PutResourcePolicy>(),
    awsop::OperationEntry::of::<PutRuntimeManagementConfig>(),
    awsop::OperationEntry::of::<RemoveLayerVersionPermission>(),
    awsop::OperationEntry::of::<RemovePermission>(),
    awsop::OperationEntry::of::<ResumeDurableExecution>(),
    awsop::OperationEntry::of::<SendDurableExecutionCallbackFailure>(),
    awsop::OperationEntry::of::<SendDurableExecutionCallbackHeartbeat>(),
    awsop::OperationEntry::of::<SendDurableExecutionCallbackSuccess>(),
    awsop::OperationEntry::of::<StopDurableExecution>(),
    awsop::OperationEntry::of::<TagResource>(),
    awsop::OperationEntry::of::<UntagResource>(),
    awsop::OperationEntry::of::<UpdateAlias>(),
    awsop::OperationEntry::of::<UpdateCapacityProvider>(),
    awsop::OperationEntry::of::<UpdateCodeSigningConfig>(),
    awsop::OperationEntry::of::<UpdateEventSourceMapping>(),
    awsop::OperationEntry::of::<UpdateFunctionCode>(),
    awsop::OperationEntry::of::<UpdateFunctionConfiguration>(),
    awsop::OperationEntry::of::<UpdateFunctionEventInvokeConfig>(),
    awsop::OperationEntry::of::<UpdateFunctionUrlConfig>(),
];

/// Every output and nested structure with its members, by model name.
pub const SHAPES: &[(&str, &[awsop::Member])] = &[
    (
        "AcceleratorConfig",
        <AcceleratorConfig as awsop::Shape>::MEMBERS,
    ),
    ("AccountLimit", <AccountLimit as awsop::Shape>::MEMBERS),
    ("AccountUsage", <AccountUsage as awsop::Shape>::MEMBERS),
    (
        "AddLayerVersionPermissionResponse",
        <AddLayerVersionPermissionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "AddPermissionResponse",
        <AddPermissionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "AliasConfiguration",
        <AliasConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "AliasRoutingConfiguration",
        <AliasRoutingConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "AllowedPublishers",
        <AllowedPublishers as awsop::Shape>::MEMBERS,
    ),
    (
        "AmazonManagedKafkaEventSourceConfig",
        <AmazonManagedKafkaEventSourceConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "CallbackDetails",
        <CallbackDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "CallbackFailedDetails",
        <CallbackFailedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "CallbackOptions",
        <CallbackOptions as awsop::Shape>::MEMBERS,
    ),
    (
        "CallbackStartedDetails",
        <CallbackStartedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "CallbackSucceededDetails",
        <CallbackSucceededDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "CallbackTimedOutDetails",
        <CallbackTimedOutDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProvider",
        <CapacityProvider as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProviderConfig",
        <CapacityProviderConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProviderLoggingConfig",
        <CapacityProviderLoggingConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProviderPermissionsConfig",
        <CapacityProviderPermissionsConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProviderScalingConfig",
        <CapacityProviderScalingConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProviderTelemetryConfig",
        <CapacityProviderTelemetryConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProviderVpcConfig",
        <CapacityProviderVpcConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "ChainedInvokeDetails",
        <ChainedInvokeDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ChainedInvokeFailedDetails",
        <ChainedInvokeFailedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ChainedInvokeOptions",
        <ChainedInvokeOptions as awsop::Shape>::MEMBERS,
    ),
    (
        "ChainedInvokeStartedDetails",
        <ChainedInvokeStartedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ChainedInvokeStoppedDetails",
        <ChainedInvokeStoppedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ChainedInvokeSucceededDetails",
        <ChainedInvokeSucceededDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ChainedInvokeTimedOutDetails",
        <ChainedInvokeTimedOutDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "CheckpointDurableExecutionResponse",
        <CheckpointDurableExecutionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CheckpointUpdatedExecutionState",
        <CheckpointUpdatedExecutionState as awsop::Shape>::MEMBERS,
    ),
    (
        "CodeSigningConfig",
        <CodeSigningConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "CodeSigningPolicies",
        <CodeSigningPolicies as awsop::Shape>::MEMBERS,
    ),
    ("Concurrency", <Concurrency as awsop::Shape>::MEMBERS),
    ("ContextDetails", <ContextDetails as awsop::Shape>::MEMBERS),
    (
        "ContextFailedDetails",
        <ContextFailedDetails as awsop::Shape>::MEMBERS,
    ),
    ("ContextOptions", <ContextOptions as awsop::Shape>::MEMBERS),
    (
        "ContextStartedDetails",
        <ContextStartedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ContextSucceededDetails",
        <ContextSucceededDetails as awsop::Shape>::MEMBERS,
    ),
    ("Cors", <Cors as awsop::Shape>::MEMBERS),
    (
        "CreateCapacityProviderResponse",
        <CreateCapacityProviderResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateCodeSigningConfigResponse",
        <CreateCodeSigningConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateFunctionUrlConfigResponse",
        <CreateFunctionUrlConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DeadLetterConfig",
        <DeadLetterConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteCapacityProviderResponse",
        <DeleteCapacityProviderResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteCodeSigningConfigResponse",
        <DeleteCodeSigningConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteDurableExecutionResponse",
        <DeleteDurableExecutionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteFunctionResponse",
        <DeleteFunctionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DestinationConfig",
        <DestinationConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "DocumentDBEventSourceConfig",
        <DocumentDBEventSourceConfig as awsop::Shape>::MEMBERS,
    ),
    ("DurableConfig", <DurableConfig as awsop::Shape>::MEMBERS),
    ("Environment", <Environment as awsop::Shape>::MEMBERS),
    (
        "EnvironmentError",
        <EnvironmentError as awsop::Shape>::MEMBERS,
    ),
    (
        "EnvironmentResponse",
        <EnvironmentResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "EphemeralStorage",
        <EphemeralStorage as awsop::Shape>::MEMBERS,
    ),
    ("ErrorObject", <ErrorObject as awsop::Shape>::MEMBERS),
    ("Event", <Event as awsop::Shape>::MEMBERS),
    ("EventError", <EventError as awsop::Shape>::MEMBERS),
    ("EventInput", <EventInput as awsop::Shape>::MEMBERS),
    (
        "EventPauseReason",
        <EventPauseReason as awsop::Shape>::MEMBERS,
    ),
    ("EventResult", <EventResult as awsop::Shape>::MEMBERS),
    (
        "EventResumeReason",
        <EventResumeReason as awsop::Shape>::MEMBERS,
    ),
    (
        "EventSourceMappingConfiguration",
        <EventSourceMappingConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "EventSourceMappingLoggingConfig",
        <EventSourceMappingLoggingConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "EventSourceMappingMetricsConfig",
        <EventSourceMappingMetricsConfig as awsop::Shape>::MEMBERS,
    ),
    ("Execution", <Execution as awsop::Shape>::MEMBERS),
    (
        "ExecutionDetails",
        <ExecutionDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ExecutionFailedDetails",
        <ExecutionFailedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ExecutionPausedDetails",
        <ExecutionPausedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ExecutionResumedDetails",
        <ExecutionResumedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ExecutionStartedDetails",
        <ExecutionStartedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ExecutionStoppedDetails",
        <ExecutionStoppedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ExecutionSucceededDetails",
        <ExecutionSucceededDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "ExecutionTimedOutDetails",
        <ExecutionTimedOutDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "FileSystemConfig",
        <FileSystemConfig as awsop::Shape>::MEMBERS,
    ),
    ("Filter", <Filter as awsop::Shape>::MEMBERS),
    ("FilterCriteria", <FilterCriteria as awsop::Shape>::MEMBERS),
    (
        "FilterCriteriaError",
        <FilterCriteriaError as awsop::Shape>::MEMBERS,
    ),
    ("FunctionCode", <FunctionCode as awsop::Shape>::MEMBERS),
    (
        "FunctionCodeLocation",
        <FunctionCodeLocation as awsop::Shape>::MEMBERS,
    ),
    (
        "FunctionCodeLocationError",
        <FunctionCodeLocationError as awsop::Shape>::MEMBERS,
    ),
    (
        "FunctionConfiguration",
        <FunctionConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "FunctionEventInvokeConfig",
        <FunctionEventInvokeConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "FunctionRuntimeConfig",
        <FunctionRuntimeConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "FunctionScalingConfig",
        <FunctionScalingConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "FunctionUrlConfig",
        <FunctionUrlConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "FunctionVersionsByCapacityProviderListItem",
        <FunctionVersionsByCapacityProviderListItem as awsop::Shape>::MEMBERS,
    ),
    (
        "GetAccountSettingsResponse",
        <GetAccountSettingsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetCapacityProviderResponse",
        <GetCapacityProviderResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetCodeSigningConfigResponse",
        <GetCodeSigningConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetDurableExecutionHistoryResponse",
        <GetDurableExecutionHistoryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetDurableExecutionResponse",
        <GetDurableExecutionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetDurableExecutionStateResponse",
        <GetDurableExecutionStateResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetFunctionCodeSigningConfigResponse",
        <GetFunctionCodeSigningConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetFunctionConcurrencyResponse",
        <GetFunctionConcurrencyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetFunctionRecursionConfigResponse",
        <GetFunctionRecursionConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetFunctionResponse",
        <GetFunctionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetFunctionScalingConfigResponse",
        <GetFunctionScalingConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetFunctionUrlConfigResponse",
        <GetFunctionUrlConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetLayerVersionPolicyResponse",
        <GetLayerVersionPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetLayerVersionResponse",
        <GetLayerVersionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetPolicyResponse",
        <GetPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetProvisionedConcurrencyConfigResponse",
        <GetProvisionedConcurrencyConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetResourcePolicyResponse",
        <GetResourcePolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetRuntimeManagementConfigResponse",
        <GetRuntimeManagementConfigResponse as awsop::Shape>::MEMBERS,
    ),
    ("ImageConfig", <ImageConfig as awsop::Shape>::MEMBERS),
    (
        "ImageConfigError",
        <ImageConfigError as awsop::Shape>::MEMBERS,
    ),
    (
        "ImageConfigResponse",
        <ImageConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "InstanceRequirements",
        <InstanceRequirements as awsop::Shape>::MEMBERS,
    ),
    (
        "InvocationCompletedDetails",
        <InvocationCompletedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "InvocationResponse",
        <InvocationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "InvokeAsyncResponse",
        <InvokeAsyncResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "KafkaSchemaRegistryAccessConfig",
        <KafkaSchemaRegistryAccessConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "KafkaSchemaRegistryConfig",
        <KafkaSchemaRegistryConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "KafkaSchemaValidationConfig",
        <KafkaSchemaValidationConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "LambdaManagedInstancesCapacityProviderConfig",
        <LambdaManagedInstancesCapacityProviderConfig as awsop::Shape>::MEMBERS,
    ),
    ("Layer", <Layer as awsop::Shape>::MEMBERS),
    (
        "LayerVersionContentInput",
        <LayerVersionContentInput as awsop::Shape>::MEMBERS,
    ),
    (
        "LayerVersionContentOutput",
        <LayerVersionContentOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "LayerVersionsListItem",
        <LayerVersionsListItem as awsop::Shape>::MEMBERS,
    ),
    ("LayersListItem", <LayersListItem as awsop::Shape>::MEMBERS),
    (
        "ListAliasesResponse",
        <ListAliasesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListCapacityProvidersResponse",
        <ListCapacityProvidersResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListCodeSigningConfigsResponse",
        <ListCodeSigningConfigsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListDurableExecutionsByFunctionResponse",
        <ListDurableExecutionsByFunctionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListEventSourceMappingsResponse",
        <ListEventSourceMappingsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListFunctionEventInvokeConfigsResponse",
        <ListFunctionEventInvokeConfigsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListFunctionUrlConfigsResponse",
        <ListFunctionUrlConfigsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListFunctionVersionsByCapacityProviderResponse",
        <ListFunctionVersionsByCapacityProviderResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListFunctionsByCodeSigningConfigResponse",
        <ListFunctionsByCodeSigningConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListFunctionsResponse",
        <ListFunctionsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListLayerVersionsResponse",
        <ListLayerVersionsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListLayersResponse",
        <ListLayersResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListProvisionedConcurrencyConfigsResponse",
        <ListProvisionedConcurrencyConfigsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListTagsResponse",
        <ListTagsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListVersionsByFunctionResponse",
        <ListVersionsByFunctionResponse as awsop::Shape>::MEMBERS,
    ),
    ("LoggingConfig", <LoggingConfig as awsop::Shape>::MEMBERS),
    ("OnFailure", <OnFailure as awsop::Shape>::MEMBERS),
    ("OnSuccess", <OnSuccess as awsop::Shape>::MEMBERS),
    ("Operation", <Operation as awsop::Shape>::MEMBERS),
    (
        "OperationUpdate",
        <OperationUpdate as awsop::Shape>::MEMBERS,
    ),
    ("PauseDetails", <PauseDetails as awsop::Shape>::MEMBERS),
    (
        "PauseDurableExecutionResponse",
        <PauseDurableExecutionResponse as awsop::Shape>::MEMBERS,
    ),
    ("PropagateTags", <PropagateTags as awsop::Shape>::MEMBERS),
    (
        "ProvisionedConcurrencyConfigListItem",
        <ProvisionedConcurrencyConfigListItem as awsop::Shape>::MEMBERS,
    ),
    (
        "ProvisionedPollerConfig",
        <ProvisionedPollerConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "PublishLayerVersionResponse",
        <PublishLayerVersionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutFunctionCodeSigningConfigResponse",
        <PutFunctionCodeSigningConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutFunctionRecursionConfigResponse",
        <PutFunctionRecursionConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutFunctionScalingConfigResponse",
        <PutFunctionScalingConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutProvisionedConcurrencyConfigResponse",
        <PutProvisionedConcurrencyConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutResourcePolicyResponse",
        <PutResourcePolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutRuntimeManagementConfigResponse",
        <PutRuntimeManagementConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ResolvedS3Object",
        <ResolvedS3Object as awsop::Shape>::MEMBERS,
    ),
    (
        "ResumeDurableExecutionResponse",
        <ResumeDurableExecutionResponse as awsop::Shape>::MEMBERS,
    ),
    ("RetryDetails", <RetryDetails as awsop::Shape>::MEMBERS),
    (
        "RuntimeVersionConfig",
        <RuntimeVersionConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "RuntimeVersionError",
        <RuntimeVersionError as awsop::Shape>::MEMBERS,
    ),
    ("S3FilesConfig", <S3FilesConfig as awsop::Shape>::MEMBERS),
    ("ScalingConfig", <ScalingConfig as awsop::Shape>::MEMBERS),
    (
        "SelfManagedEventSource",
        <SelfManagedEventSource as awsop::Shape>::MEMBERS,
    ),
    (
        "SelfManagedKafkaEventSourceConfig",
        <SelfManagedKafkaEventSourceConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "SendDurableExecutionCallbackFailureResponse",
        <SendDurableExecutionCallbackFailureResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "SendDurableExecutionCallbackHeartbeatResponse",
        <SendDurableExecutionCallbackHeartbeatResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "SendDurableExecutionCallbackSuccessResponse",
        <SendDurableExecutionCallbackSuccessResponse as awsop::Shape>::MEMBERS,
    ),
    ("SnapStart", <SnapStart as awsop::Shape>::MEMBERS),
    (
        "SnapStartResponse",
        <SnapStartResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "SourceAccessConfiguration",
        <SourceAccessConfiguration as awsop::Shape>::MEMBERS,
    ),
    ("StepDetails", <StepDetails as awsop::Shape>::MEMBERS),
    (
        "StepFailedDetails",
        <StepFailedDetails as awsop::Shape>::MEMBERS,
    ),
    ("StepOptions", <StepOptions as awsop::Shape>::MEMBERS),
    (
        "StepStartedDetails",
        <StepStartedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "StepSucceededDetails",
        <StepSucceededDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "StopDurableExecutionResponse",
        <StopDurableExecutionResponse as awsop::Shape>::MEMBERS,
    ),
    ("TagsError", <TagsError as awsop::Shape>::MEMBERS),
    (
        "TargetTrackingScalingPolicy",
        <TargetTrackingScalingPolicy as awsop::Shape>::MEMBERS,
    ),
    ("TenancyConfig", <TenancyConfig as awsop::Shape>::MEMBERS),
    ("TraceHeader", <TraceHeader as awsop::Shape>::MEMBERS),
    ("TracingConfig", <TracingConfig as awsop::Shape>::MEMBERS),
    (
        "TracingConfigResponse",
        <TracingConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateCapacityProviderResponse",
        <UpdateCapacityProviderResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateCodeSigningConfigResponse",
        <UpdateCodeSigningConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateFunctionUrlConfigResponse",
        <UpdateFunctionUrlConfigResponse as awsop::Shape>::MEMBERS,
    ),
    ("VpcConfig", <VpcConfig as awsop::Shape>::MEMBERS),
    (
        "VpcConfigResponse",
        <VpcConfigResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "WaitCancelledDetails",
        <WaitCancelledDetails as awsop::Shape>::MEMBERS,
    ),
    ("WaitDetails", <WaitDetails as awsop::Shape>::MEMBERS),
    ("WaitOptions", <WaitOptions as awsop::Shape>::MEMBERS),
    (
        "WaitStartedDetails",
        <WaitStartedDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "WaitSucceededDetails",
        <WaitSucceededDetails as awsop::Shape>::MEMBERS,
    ),
];

/// Every modeled exception with its members, by model name.
pub const ERRORS: &[(&str, &[awsop::Member])] = &[
    (
        "AliasLimitExceededException",
        <AliasLimitExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "CallbackTimeoutException",
        <CallbackTimeoutException as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProviderLimitExceededException",
        <CapacityProviderLimitExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "CodeArtifactUserDeletedException",
        <CodeArtifactUserDeletedException as awsop::Shape>::MEMBERS,
    ),
    (
        "CodeArtifactUserFailedException",
        <CodeArtifactUserFailedException as awsop::Shape>::MEMBERS,
    ),
    (
        "CodeArtifactUserPendingException",
        <CodeArtifactUserPendingException as awsop::Shape>::MEMBERS,
    ),
    (
        "CodeSigningConfigNotFoundException",
        <CodeSigningConfigNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "CodeStorageExceededException",
        <CodeStorageExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "CodeVerificationFailedException",
        <CodeVerificationFailedException as awsop::Shape>::MEMBERS,
    ),
    (
        "DurableExecutionAlreadyStartedException",
        <DurableExecutionAlreadyStartedException as awsop::Shape>::MEMBERS,
    ),
    (
        "EC2AccessDeniedException",
        <EC2AccessDeniedException as awsop::Shape>::MEMBERS,
    ),
    (
        "EC2ThrottledException",
        <EC2ThrottledException as awsop::Shape>::MEMBERS,
    ),
    (
        "EC2UnexpectedException",
        <EC2UnexpectedException as awsop::Shape>::MEMBERS,
    ),
    ("EFSIOException", <EFSIOException as awsop::Shape>::MEMBERS),
    (
        "EFSMountConnectivityException",
        <EFSMountConnectivityException as awsop::Shape>::MEMBERS,
    ),
    (
        "EFSMountFailureException",
        <EFSMountFailureException as awsop::Shape>::MEMBERS,
    ),
    (
        "EFSMountTimeoutException",
        <EFSMountTimeoutException as awsop::Shape>::MEMBERS,
    ),
    (
        "ENILimitReachedException",
        <ENILimitReachedException as awsop::Shape>::MEMBERS,
    ),
    (
        "ENINotReadyException",
        <ENINotReadyException as awsop::Shape>::MEMBERS,
    ),
    (
        "FunctionVersionsPerCapacityProviderLimitExceededException",
        <FunctionVersionsPerCapacityProviderLimitExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidCodeSignatureException",
        <InvalidCodeSignatureException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidParameterValueException",
        <InvalidParameterValueException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidRequestContentException",
        <InvalidRequestContentException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidRuntimeException",
        <InvalidRuntimeException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidSecurityGroupIDException",
        <InvalidSecurityGroupIDException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidSubnetIDException",
        <InvalidSubnetIDException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidZipFileException",
        <InvalidZipFileException as awsop::Shape>::MEMBERS,
    ),
    (
        "KMSAccessDeniedException",
        <KMSAccessDeniedException as awsop::Shape>::MEMBERS,
    ),
    (
        "KMSDisabledException",
        <KMSDisabledException as awsop::Shape>::MEMBERS,
    ),
    (
        "KMSInvalidStateException",
        <KMSInvalidStateException as awsop::Shape>::MEMBERS,
    ),
    (
        "KMSNotFoundException",
        <KMSNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "ModeNotSupportedException",
        <ModeNotSupportedException as awsop::Shape>::MEMBERS,
    ),
    (
        "NoPublishedVersionException",
        <NoPublishedVersionException as awsop::Shape>::MEMBERS,
    ),
    (
        "PolicyLengthExceededException",
        <PolicyLengthExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "PreconditionFailedException",
        <PreconditionFailedException as awsop::Shape>::MEMBERS,
    ),
    (
        "ProvisionedConcurrencyConfigNotFoundException",
        <ProvisionedConcurrencyConfigNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "PublicPolicyException",
        <PublicPolicyException as awsop::Shape>::MEMBERS,
    ),
    (
        "RecursiveInvocationException",
        <RecursiveInvocationException as awsop::Shape>::MEMBERS,
    ),
    (
        "RequestTooLargeException",
        <RequestTooLargeException as awsop::Shape>::MEMBERS,
    ),
    (
        "ResourceConflictException",
        <ResourceConflictException as awsop::Shape>::MEMBERS,
    ),
    (
        "ResourceInUseException",
        <ResourceInUseException as awsop::Shape>::MEMBERS,
    ),
    (
        "ResourceNotFoundException",
        <ResourceNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "ResourceNotReadyException",
        <ResourceNotReadyException as awsop::Shape>::MEMBERS,
    ),
    (
        "RuntimeAliasDeletedException",
        <RuntimeAliasDeletedException as awsop::Shape>::MEMBERS,
    ),
    (
        "RuntimeVersionDeletedException",
        <RuntimeVersionDeletedException as awsop::Shape>::MEMBERS,
    ),
    (
        "S3FilesMountConnectivityException",
        <S3FilesMountConnectivityException as awsop::Shape>::MEMBERS,
    ),
    (
        "S3FilesMountFailureException",
        <S3FilesMountFailureException as awsop::Shape>::MEMBERS,
    ),
    (
        "S3FilesMountTimeoutException",
        <S3FilesMountTimeoutException as awsop::Shape>::MEMBERS,
    ),
    (
        "SerializedRequestEntityTooLargeException",
        <SerializedRequestEntityTooLargeException as awsop::Shape>::MEMBERS,
    ),
    (
        "ServiceException",
        <ServiceException as awsop::Shape>::MEMBERS,
    ),
    (
        "ServiceQuotaExceededException",
        <ServiceQuotaExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "SnapStartException",
        <SnapStartException as awsop::Shape>::MEMBERS,
    ),
    (
        "SnapStartNotReadyException",
        <SnapStartNotReadyException as awsop::Shape>::MEMBERS,
    ),
    (
        "SnapStartRegenerationFailureException",
        <SnapStartRegenerationFailureException as awsop::Shape>::MEMBERS,
    ),
    (
        "SnapStartTimeoutException",
        <SnapStartTimeoutException as awsop::Shape>::MEMBERS,
    ),
    (
        "SubnetIPAddressLimitReachedException",
        <SubnetIPAddressLimitReachedException as awsop::Shape>::MEMBERS,
    ),
    (
        "TooManyRequestsException",
        <TooManyRequestsException as awsop::Shape>::MEMBERS,
    ),
    (
        "UnsupportedMediaTypeException",
        <UnsupportedMediaTypeException as awsop::Shape>::MEMBERS,
    ),
];

/// Every enum with its values, by model name.
pub const ENUMS: &[(&str, &[&str])] = &[
    ("ApplicationLogLevel", ApplicationLogLevel::VALUES),
    ("Architecture", Architecture::VALUES),
    (
        "CapacityProviderPredefinedMetricType",
        CapacityProviderPredefinedMetricType::VALUES,
    ),
    (
        "CapacityProviderScalingMode",
        CapacityProviderScalingMode::VALUES,
    ),
    ("CapacityProviderState", CapacityProviderState::VALUES),
    ("CodeSigningPolicy", CodeSigningPolicy::VALUES),
    ("DirectS3Read", DirectS3Read::VALUES),
    ("EndPointType", EndPointType::VALUES),
    ("EventSourceMappingMetric", EventSourceMappingMetric::VALUES),
    (
        "EventSourceMappingSystemLogLevel",
        EventSourceMappingSystemLogLevel::VALUES,
    ),
    ("EventSourcePosition", EventSourcePosition::VALUES),
    ("EventType", EventType::VALUES),
    ("ExecutionStatus", ExecutionStatus::VALUES),
    ("FullDocument", FullDocument::VALUES),
    ("FunctionResponseType", FunctionResponseType::VALUES),
    ("FunctionUrlAuthType", FunctionUrlAuthType::VALUES),
    ("FunctionVersion", FunctionVersion::VALUES),
    (
        "FunctionVersionLatestPublished",
        FunctionVersionLatestPublished::VALUES,
    ),
    ("InvocationType", InvocationType::VALUES),
    ("InvokeMode", InvokeMode::VALUES),
    (
        "KafkaEventSourceMappingConsumptionMode",
        KafkaEventSourceMappingConsumptionMode::VALUES,
    ),
    (
        "KafkaSchemaRegistryAuthType",
        KafkaSchemaRegistryAuthType::VALUES,
    ),
    (
        "KafkaSchemaValidationAttribute",
        KafkaSchemaValidationAttribute::VALUES,
    ),
    ("LastUpdateStatus", LastUpdateStatus::VALUES),
    (
        "LastUpdateStatusReasonCode",
        LastUpdateStatusReasonCode::VALUES,
    ),
    ("LogFormat", LogFormat::VALUES),
    ("LogType", LogType::VALUES),
    ("OperationAction", OperationAction::VALUES),
    ("OperationStatus", OperationStatus::VALUES),
    ("OperationType", OperationType::VALUES),
    ("PackageType", PackageType::VALUES),
    ("PropagateTagsMode", PropagateTagsMode::VALUES),
    (
        "ProvisionedConcurrencyStatusEnum",
        ProvisionedConcurrencyStatusEnum::VALUES,
    ),
    ("RecursiveLoop", RecursiveLoop::VALUES),
    ("Runtime", Runtime::VALUES),
    ("S3ObjectStorageMode", S3ObjectStorageMode::VALUES),
    (
        "SchemaRegistryEventRecordFormat",
        SchemaRegistryEventRecordFormat::VALUES,
    ),
    ("SnapStartApplyOn", SnapStartApplyOn::VALUES),
    (
        "SnapStartOptimizationStatus",
        SnapStartOptimizationStatus::VALUES,
    ),
    ("SourceAccessType", SourceAccessType::VALUES),
    ("State", State::VALUES),
    ("StateReasonCode", StateReasonCode::VALUES),
    ("SystemLogLevel", SystemLogLevel::VALUES),
    ("TenantIsolationMode", TenantIsolationMode::VALUES),
    ("ThrottleReason", ThrottleReason::VALUES),
    ("TracingMode", TracingMode::VALUES),
    ("UpdateRuntimeOn", UpdateRuntimeOn::VALUES),
];

/// All of the above, for `awsop::model::check`.
pub const DECLARED: awsop::model::Declared = awsop::model::Declared {
    operations: OPERATIONS,
    shapes: SHAPES,
    errors: ERRORS,
    enums: ENUMS,
};
