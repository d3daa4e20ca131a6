// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Every operation and structure, for callers that go by name (the CLI, the model check).

use crate::*;

/// Every operation of the service, in the model's order.
pub const OPERATIONS: &[awsop::OperationEntry] = &[
    awsop::OperationEntry::of::<AssociateKmsKey>(),
    awsop::OperationEntry::of::<AssociateSourceToS3TableIntegration>(),
    awsop::OperationEntry::of::<CancelExportTask>(),
    awsop::OperationEntry::of::<CancelImportTask>(),
    awsop::OperationEntry::of::<CreateDelivery>(),
    awsop::OperationEntry::of::<CreateExportTask>(),
    awsop::OperationEntry::of::<CreateImportTask>(),
    awsop::OperationEntry::of::<CreateLogAnomalyDetector>(),
    awsop::OperationEntry::of::<CreateLogGroup>(),
    awsop::OperationEntry::of::<CreateLogStream>(),
    awsop::OperationEntry::of::<CreateLookupTable>(),
    awsop::OperationEntry::of::<CreateScheduledQuery>(),
    awsop::OperationEntry::of::<DeleteAccountPolicy>(),
    awsop::OperationEntry::of::<DeleteDataProtectionPolicy>(),
    awsop::OperationEntry::of::<DeleteDelivery>(),
    awsop::OperationEntry::of::<DeleteDeliveryDestination>(),
    awsop::OperationEntry::of::<DeleteDeliveryDestinationPolicy>(),
    awsop::OperationEntry::of::<DeleteDeliverySource>(),
    awsop::OperationEntry::of::<DeleteDestination>(),
    awsop::OperationEntry::of::<DeleteIndexPolicy>(),
    awsop::OperationEntry::of::<DeleteIntegration>(),
    awsop::OperationEntry::of::<DeleteLogAnomalyDetector>(),
    awsop::OperationEntry::of::<DeleteLogGroup>(),
    awsop::OperationEntry::of::<DeleteLogStream>(),
    awsop::OperationEntry::of::<DeleteLookupTable>(),
    awsop::OperationEntry::of::<DeleteMetricFilter>(),
    awsop::OperationEntry::of::<DeleteQueryDefinition>(),
    awsop::OperationEntry::of::<DeleteResourcePolicy>(),
    awsop::OperationEntry::of::<DeleteRetentionPolicy>(),
    awsop::OperationEntry::of::<DeleteScheduledQuery>(),
    awsop::OperationEntry::of::<DeleteSubscriptionFilter>(),
    awsop::OperationEntry::of::<DeleteSyslogConfiguration>(),
    awsop::OperationEntry::of::<DeleteTransformer>(),
    awsop::OperationEntry::of::<DescribeAccountPolicies>(),
    awsop::OperationEntry::of::<DescribeConfigurationTemplates>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "configurationTemplates",
    }),
    awsop::OperationEntry::of::<DescribeDeliveries>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "deliveries",
    }),
    awsop::OperationEntry::of::<DescribeDeliveryDestinations>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "deliveryDestinations",
    }),
    awsop::OperationEntry::of::<DescribeDeliverySources>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "deliverySources",
    }),
    awsop::OperationEntry::of::<DescribeDestinations>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "destinations",
    }),
    awsop::OperationEntry::of::<DescribeExportTasks>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "exportTasks",
    }),
    awsop::OperationEntry::of::<DescribeFieldIndexes>(),
    awsop::OperationEntry::of::<DescribeImportTaskBatches>(),
    awsop::OperationEntry::of::<DescribeImportTasks>(),
    awsop::OperationEntry::of::<DescribeIndexPolicies>(),
    awsop::OperationEntry::of::<DescribeLogGroups>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "logGroups",
    }),
    awsop::OperationEntry::of::<DescribeLogStreams>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "logStreams",
    }),
    awsop::OperationEntry::of::<DescribeLookupTables>(),
    awsop::OperationEntry::of::<DescribeMetricFilters>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "metricFilters",
    }),
    awsop::OperationEntry::of::<DescribeQueries>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("maxResults"),
        result_key: "queries",
    }),
    awsop::OperationEntry::of::<DescribeQueryDefinitions>(),
    awsop::OperationEntry::of::<DescribeResourcePolicies>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "resourcePolicies",
    }),
    awsop::OperationEntry::of::<DescribeSubscriptionFilters>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "subscriptionFilters",
    }),
    awsop::OperationEntry::of::<DisassociateKmsKey>(),
    awsop::OperationEntry::of::<DisassociateSourceFromS3TableIntegration>(),
    awsop::OperationEntry::of::<FilterLogEvents>(),
    awsop::OperationEntry::of::<GetDataProtectionPolicy>(),
    awsop::OperationEntry::of::<GetDelivery>(),
    awsop::OperationEntry::of::<GetDeliveryDestination>(),
    awsop::OperationEntry::of::<GetDeliveryDestinationPolicy>(),
    awsop::OperationEntry::of::<GetDeliverySource>(),
    awsop::OperationEntry::of::<GetIntegration>(),
    awsop::OperationEntry::of::<GetLogAnomalyDetector>(),
    awsop::OperationEntry::of::<GetLogEvents>(),
    awsop::OperationEntry::of::<GetLogFields>(),
    awsop::OperationEntry::of::<GetLogGroupFields>(),
    awsop::OperationEntry::of::<GetLogRecord>(),
    awsop::OperationEntry::of::<GetLookupTable>(),
    awsop::OperationEntry::of::<GetQueryResults>(),
    awsop::OperationEntry::of::<GetScheduledQuery>(),
    awsop::OperationEntry::of::<GetScheduledQueryHistory>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("maxResults"),
        result_key: "triggerHistory",
    }),
    awsop::OperationEntry::of::<GetStorageTierPolicy>(),
    awsop::OperationEntry::of::<GetTransformer>(),
    awsop::OperationEntry::of::<ListAggregateLogGroupSummaries>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "aggregateLogGroupSummaries",
    }),
    awsop::OperationEntry::of::<ListAnomalies>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "anomalies",
    }),
    awsop::OperationEntry::of::<ListIntegrations>(),
    awsop::OperationEntry::of::<ListLogAnomalyDetectors>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("limit"),
        result_key: "anomalyDetectors",
    }),
    awsop::OperationEntry::of::<ListLogGroups>(),
    awsop::OperationEntry::of::<ListLogGroupsForQuery>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("maxResults"),
        result_key: "logGroupIdentifiers",
    }),
    awsop::OperationEntry::of::<ListScheduledQueries>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("maxResults"),
        result_key: "scheduledQueries",
    }),
    awsop::OperationEntry::of::<ListSourcesForS3TableIntegration>().with_pages(awsop::PageKeys {
        input_token: "nextToken",
        output_token: "nextToken",
        limit_key: Some("maxResults"),
        result_key: "sources",
    }),
    awsop::OperationEntry::of::<ListSyslogConfigurations>(),
    awsop::OperationEntry::of::<ListTagsForResource>(),
    awsop::OperationEntry::of::<ListTagsLogGroup>(),
    awsop::OperationEntry::of::<PutAccountPolicy>(),
    awsop::OperationEntry::of::<PutBearerTokenAuthentication>(),
    awsop::OperationEntry::of::<PutDataProtectionPolicy>(),
    awsop::OperationEntry::of::<PutDeliveryDestination>(),
    awsop::OperationEntry::of::<PutDeliveryDestinationPolicy>(),
    awsop::OperationEntry::of::<PutDeliverySource>(),
    awsop::OperationEntry::of::<PutDestination>(),
    awsop::OperationEntry::of::<PutDestinationPolicy>(),
    awsop::OperationEntry::of::<PutIndexPolicy>(),
    awsop::OperationEntry::of::<PutIntegration>(),
    awsop::OperationEntry::of::<PutLogEvents>(),
    awsop::OperationEntry::of::<PutLogGroupDeletionProtection>(),
    awsop::OperationEntry::of::<PutMetricFilter>(),
    awsop::OperationEntry::of::<PutQueryDefinition>(),
    awsop::OperationEntry::of::<PutResourcePolicy>(),
    awsop::OperationEntry::of::<PutRetentionPolicy>(),
    awsop::OperationEntry::of::<PutStorageTierPolicy>(),
    awsop::OperationEntry::of::<PutSubscriptionFilter>(),
    awsop::OperationEntry::of::<PutSyslogConfiguration>(),
    awsop::OperationEntry::of::<PutTransformer>(),
    awsop::OperationEntry::of::<StartQuery>(),
    awsop::OperationEntry::of::<StopQuery>(),
    awsop::OperationEntry::of::<TagLogGroup>(),
    awsop::OperationEntry::of::<TagResource>(),
    awsop::OperationEntry::of::<TestMetricFilter>(),
    awsop::OperationEntry::of::<TestTransformer>(),
    awsop::OperationEntry::of::<UntagLogGroup>(),
    awsop::OperationEntry::of::<UntagResource>(),
    awsop::OperationEntry::of::<UpdateAnomaly>(),
    awsop::OperationEntry::of::<UpdateDeliveryConfiguration>(),
    awsop::OperationEntry::of::<UpdateLogAnomalyDetector>(),
    awsop::OperationEntry::of::<UpdateLookupTable>(),
    awsop::OperationEntry::of::<UpdateScheduledQuery>(),
];

/// Every output and nested structure with its members, by model name.
pub const SHAPES: &[(&str, &[awsop::Member])] = &[
    ("AccountPolicy", <AccountPolicy as awsop::Shape>::MEMBERS),
    ("AddKeyEntry", <AddKeyEntry as awsop::Shape>::MEMBERS),
    ("AddKeys", <AddKeys as awsop::Shape>::MEMBERS),
    (
        "AggregateLogGroupSummary",
        <AggregateLogGroupSummary as awsop::Shape>::MEMBERS,
    ),
    ("Anomaly", <Anomaly as awsop::Shape>::MEMBERS),
    (
        "AnomalyDetector",
        <AnomalyDetector as awsop::Shape>::MEMBERS,
    ),
    (
        "AssociateSourceToS3TableIntegrationResponse",
        <AssociateSourceToS3TableIntegrationResponse as awsop::Shape>::MEMBERS,
    ),
    ("CSV", <CSV as awsop::Shape>::MEMBERS),
    (
        "CancelImportTaskResponse",
        <CancelImportTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ConfigurationTemplate",
        <ConfigurationTemplate as awsop::Shape>::MEMBERS,
    ),
    (
        "ConfigurationTemplateDeliveryConfigValues",
        <ConfigurationTemplateDeliveryConfigValues as awsop::Shape>::MEMBERS,
    ),
    ("CopyValue", <CopyValue as awsop::Shape>::MEMBERS),
    ("CopyValueEntry", <CopyValueEntry as awsop::Shape>::MEMBERS),
    (
        "CreateDeliveryResponse",
        <CreateDeliveryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateExportTaskResponse",
        <CreateExportTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateImportTaskResponse",
        <CreateImportTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateLogAnomalyDetectorResponse",
        <CreateLogAnomalyDetectorResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateLookupTableResponse",
        <CreateLookupTableResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateScheduledQueryResponse",
        <CreateScheduledQueryResponse as awsop::Shape>::MEMBERS,
    ),
    ("DataSource", <DataSource as awsop::Shape>::MEMBERS),
    (
        "DataSourceFilter",
        <DataSourceFilter as awsop::Shape>::MEMBERS,
    ),
    (
        "DateTimeConverter",
        <DateTimeConverter as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteAccountPolicyResponse",
        <DeleteAccountPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteIndexPolicyResponse",
        <DeleteIndexPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteIntegrationResponse",
        <DeleteIntegrationResponse as awsop::Shape>::MEMBERS,
    ),
    ("DeleteKeys", <DeleteKeys as awsop::Shape>::MEMBERS),
    (
        "DeleteQueryDefinitionResponse",
        <DeleteQueryDefinitionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteScheduledQueryResponse",
        <DeleteScheduledQueryResponse as awsop::Shape>::MEMBERS,
    ),
    ("Delivery", <Delivery as awsop::Shape>::MEMBERS),
    (
        "DeliveryDestination",
        <DeliveryDestination as awsop::Shape>::MEMBERS,
    ),
    (
        "DeliveryDestinationConfiguration",
        <DeliveryDestinationConfiguration as awsop::Shape>::MEMBERS,
    ),
    ("DeliverySource", <DeliverySource as awsop::Shape>::MEMBERS),
    (
        "DeliverySourceConfigurationSchema",
        <DeliverySourceConfigurationSchema as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeAccountPoliciesResponse",
        <DescribeAccountPoliciesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeConfigurationTemplatesResponse",
        <DescribeConfigurationTemplatesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeDeliveriesResponse",
        <DescribeDeliveriesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeDeliveryDestinationsResponse",
        <DescribeDeliveryDestinationsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeDeliverySourcesResponse",
        <DescribeDeliverySourcesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeDestinationsResponse",
        <DescribeDestinationsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeExportTasksResponse",
        <DescribeExportTasksResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeFieldIndexesResponse",
        <DescribeFieldIndexesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeImportTaskBatchesResponse",
        <DescribeImportTaskBatchesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeImportTasksResponse",
        <DescribeImportTasksResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeIndexPoliciesResponse",
        <DescribeIndexPoliciesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeLogGroupsResponse",
        <DescribeLogGroupsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeLogStreamsResponse",
        <DescribeLogStreamsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeLookupTablesResponse",
        <DescribeLookupTablesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeMetricFiltersResponse",
        <DescribeMetricFiltersResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeQueriesResponse",
        <DescribeQueriesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeQueryDefinitionsResponse",
        <DescribeQueryDefinitionsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeResourcePoliciesResponse",
        <DescribeResourcePoliciesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeSubscriptionFiltersResponse",
        <DescribeSubscriptionFiltersResponse as awsop::Shape>::MEMBERS,
    ),
    ("Destination", <Destination as awsop::Shape>::MEMBERS),
    (
        "DestinationConfiguration",
        <DestinationConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "DisassociateSourceFromS3TableIntegrationResponse",
        <DisassociateSourceFromS3TableIntegrationResponse as awsop::Shape>::MEMBERS,
    ),
    ("DryRunResult", <DryRunResult as awsop::Shape>::MEMBERS),
    ("Entity", <Entity as awsop::Shape>::MEMBERS),
    ("ExportTask", <ExportTask as awsop::Shape>::MEMBERS),
    (
        "ExportTaskExecutionInfo",
        <ExportTaskExecutionInfo as awsop::Shape>::MEMBERS,
    ),
    (
        "ExportTaskStatus",
        <ExportTaskStatus as awsop::Shape>::MEMBERS,
    ),
    ("FieldIndex", <FieldIndex as awsop::Shape>::MEMBERS),
    (
        "FilterLogEventsResponse",
        <FilterLogEventsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "FilteredLogEvent",
        <FilteredLogEvent as awsop::Shape>::MEMBERS,
    ),
    (
        "GetDataProtectionPolicyResponse",
        <GetDataProtectionPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetDeliveryDestinationPolicyResponse",
        <GetDeliveryDestinationPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetDeliveryDestinationResponse",
        <GetDeliveryDestinationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetDeliveryResponse",
        <GetDeliveryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetDeliverySourceResponse",
        <GetDeliverySourceResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetIntegrationResponse",
        <GetIntegrationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetLogAnomalyDetectorResponse",
        <GetLogAnomalyDetectorResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetLogEventsResponse",
        <GetLogEventsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetLogFieldsResponse",
        <GetLogFieldsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetLogGroupFieldsResponse",
        <GetLogGroupFieldsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetLogRecordResponse",
        <GetLogRecordResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetLookupTableResponse",
        <GetLookupTableResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetQueryResultsResponse",
        <GetQueryResultsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetScheduledQueryHistoryResponse",
        <GetScheduledQueryHistoryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetScheduledQueryResponse",
        <GetScheduledQueryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetStorageTierPolicyResponse",
        <GetStorageTierPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetTransformerResponse",
        <GetTransformerResponse as awsop::Shape>::MEMBERS,
    ),
    ("Grok", <Grok as awsop::Shape>::MEMBERS),
    (
        "GroupingIdentifier",
        <GroupingIdentifier as awsop::Shape>::MEMBERS,
    ),
    ("Import", <Import as awsop::Shape>::MEMBERS),
    ("ImportBatch", <ImportBatch as awsop::Shape>::MEMBERS),
    ("ImportFilter", <ImportFilter as awsop::Shape>::MEMBERS),
    (
        "ImportStatistics",
        <ImportStatistics as awsop::Shape>::MEMBERS,
    ),
    ("IndexPolicy", <IndexPolicy as awsop::Shape>::MEMBERS),
    ("InputLogEvent", <InputLogEvent as awsop::Shape>::MEMBERS),
    (
        "IntegrationSummary",
        <IntegrationSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "ListAggregateLogGroupSummariesResponse",
        <ListAggregateLogGroupSummariesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListAnomaliesResponse",
        <ListAnomaliesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListIntegrationsResponse",
        <ListIntegrationsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListLogAnomalyDetectorsResponse",
        <ListLogAnomalyDetectorsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListLogGroupsForQueryResponse",
        <ListLogGroupsForQueryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListLogGroupsResponse",
        <ListLogGroupsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListScheduledQueriesResponse",
        <ListScheduledQueriesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListSourcesForS3TableIntegrationResponse",
        <ListSourcesForS3TableIntegrationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListSyslogConfigurationsResponse",
        <ListSyslogConfigurationsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListTagsForResourceResponse",
        <ListTagsForResourceResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListTagsLogGroupResponse",
        <ListTagsLogGroupResponse as awsop::Shape>::MEMBERS,
    ),
    ("ListToMap", <ListToMap as awsop::Shape>::MEMBERS),
    ("LogEvent", <LogEvent as awsop::Shape>::MEMBERS),
    ("LogFieldType", <LogFieldType as awsop::Shape>::MEMBERS),
    (
        "LogFieldsListItem",
        <LogFieldsListItem as awsop::Shape>::MEMBERS,
    ),
    ("LogGroup", <LogGroup as awsop::Shape>::MEMBERS),
    ("LogGroupField", <LogGroupField as awsop::Shape>::MEMBERS),
    ("LogGroupImpact", <LogGroupImpact as awsop::Shape>::MEMBERS),
    (
        "LogGroupSummary",
        <LogGroupSummary as awsop::Shape>::MEMBERS,
    ),
    ("LogStream", <LogStream as awsop::Shape>::MEMBERS),
    ("LookupTable", <LookupTable as awsop::Shape>::MEMBERS),
    (
        "LookupTableConfiguration",
        <LookupTableConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "LowerCaseString",
        <LowerCaseString as awsop::Shape>::MEMBERS,
    ),
    ("MetricFilter", <MetricFilter as awsop::Shape>::MEMBERS),
    (
        "MetricFilterMatchRecord",
        <MetricFilterMatchRecord as awsop::Shape>::MEMBERS,
    ),
    (
        "MetricTransformation",
        <MetricTransformation as awsop::Shape>::MEMBERS,
    ),
    ("MoveKeyEntry", <MoveKeyEntry as awsop::Shape>::MEMBERS),
    ("MoveKeys", <MoveKeys as awsop::Shape>::MEMBERS),
    (
        "OpenSearchApplication",
        <OpenSearchApplication as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchCollection",
        <OpenSearchCollection as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchDataAccessPolicy",
        <OpenSearchDataAccessPolicy as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchDataSource",
        <OpenSearchDataSource as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchEncryptionPolicy",
        <OpenSearchEncryptionPolicy as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchIntegrationDetails",
        <OpenSearchIntegrationDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchLifecyclePolicy",
        <OpenSearchLifecyclePolicy as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchNetworkPolicy",
        <OpenSearchNetworkPolicy as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchResourceConfig",
        <OpenSearchResourceConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchResourceStatus",
        <OpenSearchResourceStatus as awsop::Shape>::MEMBERS,
    ),
    (
        "OpenSearchWorkspace",
        <OpenSearchWorkspace as awsop::Shape>::MEMBERS,
    ),
    ("OutputLogEvent", <OutputLogEvent as awsop::Shape>::MEMBERS),
    (
        "ParseCloudfront",
        <ParseCloudfront as awsop::Shape>::MEMBERS,
    ),
    ("ParseJSON", <ParseJSON as awsop::Shape>::MEMBERS),
    ("ParseKeyValue", <ParseKeyValue as awsop::Shape>::MEMBERS),
    ("ParsePostgres", <ParsePostgres as awsop::Shape>::MEMBERS),
    ("ParseRoute53", <ParseRoute53 as awsop::Shape>::MEMBERS),
    ("ParseToOCSF", <ParseToOCSF as awsop::Shape>::MEMBERS),
    ("ParseVPC", <ParseVPC as awsop::Shape>::MEMBERS),
    ("ParseWAF", <ParseWAF as awsop::Shape>::MEMBERS),
    ("PatternToken", <PatternToken as awsop::Shape>::MEMBERS),
    ("Policy", <Policy as awsop::Shape>::MEMBERS),
    ("Processor", <Processor as awsop::Shape>::MEMBERS),
    (
        "PutAccountPolicyResponse",
        <PutAccountPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutDataProtectionPolicyResponse",
        <PutDataProtectionPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutDeliveryDestinationPolicyResponse",
        <PutDeliveryDestinationPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutDeliveryDestinationResponse",
        <PutDeliveryDestinationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutDeliverySourceResponse",
        <PutDeliverySourceResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutDestinationResponse",
        <PutDestinationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutIndexPolicyResponse",
        <PutIndexPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutIntegrationResponse",
        <PutIntegrationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutLogEventsResponse",
        <PutLogEventsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutQueryDefinitionResponse",
        <PutQueryDefinitionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutResourcePolicyResponse",
        <PutResourcePolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutStorageTierPolicyResponse",
        <PutStorageTierPolicyResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "QueryCompileError",
        <QueryCompileError as awsop::Shape>::MEMBERS,
    ),
    (
        "QueryCompileErrorLocation",
        <QueryCompileErrorLocation as awsop::Shape>::MEMBERS,
    ),
    (
        "QueryDefinition",
        <QueryDefinition as awsop::Shape>::MEMBERS,
    ),
    ("QueryInfo", <QueryInfo as awsop::Shape>::MEMBERS),
    ("QueryParameter", <QueryParameter as awsop::Shape>::MEMBERS),
    (
        "QueryStatistics",
        <QueryStatistics as awsop::Shape>::MEMBERS,
    ),
    ("RecordField", <RecordField as awsop::Shape>::MEMBERS),
    (
        "RejectedEntityInfo",
        <RejectedEntityInfo as awsop::Shape>::MEMBERS,
    ),
    (
        "RejectedLogEventsInfo",
        <RejectedLogEventsInfo as awsop::Shape>::MEMBERS,
    ),
    ("RenameKeyEntry", <RenameKeyEntry as awsop::Shape>::MEMBERS),
    ("RenameKeys", <RenameKeys as awsop::Shape>::MEMBERS),
    ("ResourcePolicy", <ResourcePolicy as awsop::Shape>::MEMBERS),
    ("ResultField", <ResultField as awsop::Shape>::MEMBERS),
    (
        "S3Configuration",
        <S3Configuration as awsop::Shape>::MEMBERS,
    ),
    (
        "S3DeliveryConfiguration",
        <S3DeliveryConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "S3TableIntegrationSource",
        <S3TableIntegrationSource as awsop::Shape>::MEMBERS,
    ),
    (
        "S3TablesIntegration",
        <S3TablesIntegration as awsop::Shape>::MEMBERS,
    ),
    (
        "ScheduledQueryDestination",
        <ScheduledQueryDestination as awsop::Shape>::MEMBERS,
    ),
    (
        "ScheduledQuerySummary",
        <ScheduledQuerySummary as awsop::Shape>::MEMBERS,
    ),
    (
        "SearchedLogStream",
        <SearchedLogStream as awsop::Shape>::MEMBERS,
    ),
    ("SplitString", <SplitString as awsop::Shape>::MEMBERS),
    (
        "SplitStringEntry",
        <SplitStringEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "StartQueryResponse",
        <StartQueryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "StopQueryResponse",
        <StopQueryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "SubscriptionFilter",
        <SubscriptionFilter as awsop::Shape>::MEMBERS,
    ),
    (
        "SubstituteString",
        <SubstituteString as awsop::Shape>::MEMBERS,
    ),
    (
        "SubstituteStringEntry",
        <SubstituteStringEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "SuppressionPeriod",
        <SuppressionPeriod as awsop::Shape>::MEMBERS,
    ),
    (
        "SyslogConfiguration",
        <SyslogConfiguration as awsop::Shape>::MEMBERS,
    ),
    ("TagFilter", <TagFilter as awsop::Shape>::MEMBERS),
    (
        "TestMetricFilterResponse",
        <TestMetricFilterResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "TestTransformerResponse",
        <TestTransformerResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "TransformedLogRecord",
        <TransformedLogRecord as awsop::Shape>::MEMBERS,
    ),
    (
        "TriggerHistoryRecord",
        <TriggerHistoryRecord as awsop::Shape>::MEMBERS,
    ),
    ("TrimString", <TrimString as awsop::Shape>::MEMBERS),
    ("TypeConverter", <TypeConverter as awsop::Shape>::MEMBERS),
    (
        "TypeConverterEntry",
        <TypeConverterEntry as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateDeliveryConfigurationResponse",
        <UpdateDeliveryConfigurationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateLookupTableResponse",
        <UpdateLookupTableResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateScheduledQueryResponse",
        <UpdateScheduledQueryResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "UpperCaseString",
        <UpperCaseString as awsop::Shape>::MEMBERS,
    ),
];

/// Every modeled exception with its members, by model name.
pub const ERRORS: &[(&str, &[awsop::Member])] = &[
    (
        "AccessDeniedException",
        <AccessDeniedException as awsop::Shape>::MEMBERS,
    ),
    (
        "ConflictException",
        <ConflictException as awsop::Shape>::MEMBERS,
    ),
    (
        "DataAlreadyAcceptedException",
        <DataAlreadyAcceptedException as awsop::Shape>::MEMBERS,
    ),
    (
        "InternalServerException",
        <InternalServerException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidOperationException",
        <InvalidOperationException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidParameterException",
        <InvalidParameterException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidSequenceTokenException",
        <InvalidSequenceTokenException as awsop::Shape>::MEMBERS,
    ),
    (
        "LimitExceededException",
        <LimitExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "MalformedQueryException",
        <MalformedQueryException as awsop::Shape>::MEMBERS,
    ),
    (
        "OperationAbortedException",
        <OperationAbortedException as awsop::Shape>::MEMBERS,
    ),
    (
        "ResourceAlreadyExistsException",
        <ResourceAlreadyExistsException as awsop::Shape>::MEMBERS,
    ),
    (
        "ResourceNotFoundException",
        <ResourceNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "ServiceQuotaExceededException",
        <ServiceQuotaExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "ServiceUnavailableException",
        <ServiceUnavailableException as awsop::Shape>::MEMBERS,
    ),
    (
        "ThrottlingException",
        <ThrottlingException as awsop::Shape>::MEMBERS,
    ),
    (
        "TooManyTagsException",
        <TooManyTagsException as awsop::Shape>::MEMBERS,
    ),
    (
        "UnrecognizedClientException",
        <UnrecognizedClientException as awsop::Shape>::MEMBERS,
    ),
    (
        "ValidationException",
        <ValidationException as awsop::Shape>::MEMBERS,
    ),
];

/// Every enum with its values, by model name.
pub const ENUMS: &[(&str, &[&str])] = &[
    ("ActionStatus", ActionStatus::VALUES),
    ("AnomalyDetectorStatus", AnomalyDetectorStatus::VALUES),
    ("DataProtectionStatus", DataProtectionStatus::VALUES),
    ("DeliveryDestinationType", DeliveryDestinationType::VALUES),
    (
        "DeliverySourceConfigurationSchemaValueType",
        DeliverySourceConfigurationSchemaValueType::VALUES,
    ),
    ("DeliverySourceStatus", DeliverySourceStatus::VALUES),
    (
        "DeliverySourceStatusReason",
        DeliverySourceStatusReason::VALUES,
    ),
    ("Distribution", Distribution::VALUES),
    ("EntityRejectionErrorType", EntityRejectionErrorType::VALUES),
    ("EvaluationFrequency", EvaluationFrequency::VALUES),
    ("EventSource", EventSource::VALUES),
    ("ExecutionStatus", ExecutionStatus::VALUES),
    ("ExportTaskStatusCode", ExportTaskStatusCode::VALUES),
    ("FlattenedElement", FlattenedElement::VALUES),
    ("ImportStatus", ImportStatus::VALUES),
    ("IndexCategory", IndexCategory::VALUES),
    ("IndexSource", IndexSource::VALUES),
    ("IndexType", IndexType::VALUES),
    ("InheritedProperty", InheritedProperty::VALUES),
    ("IntegrationStatus", IntegrationStatus::VALUES),
    ("IntegrationType", IntegrationType::VALUES),
    (
        "ListAggregateLogGroupSummariesGroupBy",
        ListAggregateLogGroupSummariesGroupBy::VALUES,
    ),
    ("LogGroupClass", LogGroupClass::VALUES),
    ("OCSFVersion", OCSFVersion::VALUES),
    (
        "OpenSearchResourceStatusType",
        OpenSearchResourceStatusType::VALUES,
    ),
    ("OrderBy", OrderBy::VALUES),
    ("OutputFormat", OutputFormat::VALUES),
    ("PolicyScope", PolicyScope::VALUES),
    ("PolicyType", PolicyType::VALUES),
    ("QueryLanguage", QueryLanguage::VALUES),
    ("QueryStatus", QueryStatus::VALUES),
    (
        "S3TableIntegrationSourceStatus",
        S3TableIntegrationSourceStatus::VALUES,
    ),
    ("ScheduleType", ScheduleType::VALUES),
    (
        "ScheduledQueryDestinationType",
        ScheduledQueryDestinationType::VALUES,
    ),
    ("ScheduledQueryState", ScheduledQueryState::VALUES),
    ("Scope", Scope::VALUES),
    ("StandardUnit", StandardUnit::VALUES),
    ("State", State::VALUES),
    ("StorageTier", StorageTier::VALUES),
    ("SuppressionState", SuppressionState::VALUES),
    ("SuppressionType", SuppressionType::VALUES),
    ("SuppressionUnit", SuppressionUnit::VALUES),
    ("SyslogSourceType", SyslogSourceType::VALUES),
    ("Type", Type::VALUES),
];

/// All of the above, for `awsop::model::check`.
pub const DECLARED: awsop::model::Declared = awsop::model::Declared {
    operations: OPERATIONS,
    shapes: SHAPES,
    errors: ERRORS,
    enums: ENUMS,
};
