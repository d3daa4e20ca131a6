// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Every operation and structure, for callers that go by name (the CLI, the model check).

use crate::*;

/// Every operation of the service, in the model's order.
pub const OPERATIONS: &[awsop::OperationEntry] = &[
    awsop::OperationEntry::of::<BatchExecuteStatement>(),
    awsop::OperationEntry::of::<BatchGetItem>(),
    awsop::OperationEntry::of::<BatchWriteItem>(),
    awsop::OperationEntry::of::<CancelBulkOperation>(),
    awsop::OperationEntry::of::<CreateBackup>(),
    awsop::OperationEntry::of::<CreateGlobalTable>(),
    awsop::OperationEntry::of::<CreateTable>(),
    awsop::OperationEntry::of::<DeleteBackup>(),
    awsop::OperationEntry::of::<DeleteItem>(),
    awsop::OperationEntry::of::<DeleteResourcePolicy>(),
    awsop::OperationEntry::of::<DeleteTable>(),
    awsop::OperationEntry::of::<DescribeBackup>(),
    awsop::OperationEntry::of::<DescribeBulkOperation>(),
    awsop::OperationEntry::of::<DescribeContinuousBackups>(),
    awsop::OperationEntry::of::<DescribeContributorInsights>(),
    awsop::OperationEntry::of::<DescribeEndpoints>(),
    awsop::OperationEntry::of::<DescribeExport>(),
    awsop::OperationEntry::of::<DescribeGlobalTable>(),
    awsop::OperationEntry::of::<DescribeGlobalTableSettings>(),
    awsop::OperationEntry::of::<DescribeImport>(),
    awsop::OperationEntry::of::<DescribeKinesisStreamingDestination>(),
    awsop::OperationEntry::of::<DescribeLimits>(),
    awsop::OperationEntry::of::<DescribeTable>(),
    awsop::OperationEntry::of::<DescribeTableReplicaAutoScaling>(),
    awsop::OperationEntry::of::<DescribeTimeToLive>(),
    awsop::OperationEntry::of::<DisableKinesisStreamingDestination>(),
    awsop::OperationEntry::of::<EnableKinesisStreamingDestination>(),
    awsop::OperationEntry::of::<ExecuteStatement>(),
    awsop::OperationEntry::of::<ExecuteTransaction>(),
    awsop::OperationEntry::of::<ExportTableToPointInTime>(),
    awsop::OperationEntry::of::<GetItem>(),
    awsop::OperationEntry::of::<GetResourcePolicy>(),
    awsop::OperationEntry::of::<ImportTable>(),
    awsop::OperationEntry::of::<ListBackups>().with_pages(awsop::PageKeys {
        input_token: "ExclusiveStartBackupArn",
        output_token: "LastEvaluatedBackupArn",
        limit_key: Some("Limit"),
        result_key: "BackupSummaries",
    }),
    awsop::OperationEntry::of::<ListBulkOperations>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: Some("MaxResults"),
        result_key: "BulkOperationsSummaryList",
    }),
    awsop::OperationEntry::of::<ListContributorInsights>(),
    awsop::OperationEntry::of::<ListExports>(),
    awsop::OperationEntry::of::<ListGlobalTables>(),
    awsop::OperationEntry::of::<ListImports>(),
    awsop::OperationEntry::of::<ListTables>().with_pages(awsop::PageKeys {
        input_token: "ExclusiveStartTableName",
        output_token: "LastEvaluatedTableName",
        limit_key: Some("Limit"),
        result_key: "TableNames",
    }),
    awsop::OperationEntry::of::<ListTagsOfResource>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: None,
        result_key: "Tags",
    }),
    awsop::OperationEntry::of::<PutItem>(),
    awsop::OperationEntry::of::<PutResourcePolicy>(),
    awsop::OperationEntry::of::<Query>(),
    awsop::OperationEntry::of::<RestoreTableFromBackup>(),
    awsop::OperationEntry::of::<RestoreTableToPointInTime>(),
    awsop::OperationEntry::of::<Scan>(),
    awsop::OperationEntry::of::<SearchVectors>(),
    awsop::OperationEntry::of::<StartBulkPutItems>(),
    awsop::OperationEntry::of::<TagResource>(),
    awsop::OperationEntry::of::<TransactGetItems>(),
    awsop::OperationEntry::of::<TransactWriteItems>(),
    awsop::OperationEntry::of::<UntagResource>(),
    awsop::OperationEntry::of::<UpdateContinuousBackups>(),
    awsop::OperationEntry::of::<UpdateContributorInsights>(),
    awsop::OperationEntry::of::<UpdateGlobalTable>(),
    awsop::OperationEntry::of::<UpdateGlobalTableSettings>(),
    awsop::OperationEntry::of::<UpdateItem>(),
    awsop::OperationEntry::of::<UpdateKinesisStreamingDestination>(),
    awsop::OperationEntry::of::<UpdateTable>(),
    awsop::OperationEntry::of::<UpdateTableReplicaAutoScaling>(),
    awsop::OperationEntry::of::<UpdateTimeToLive>(),
];

/// Every output and nested structure with its members, by model name.
pub const SHAPES: &[(&str, &[awsop::Member])] = &[
    (
        "ArchivalSummary",
        <ArchivalSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "AttributeDefinition",
        <AttributeDefinition as awsop::Shape>::MEMBERS,
    ),
    ("AttributeValue", <AttributeValue as awsop::Shape>::MEMBERS),
    (
        "AttributeValueUpdate",
        <AttributeValueUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "AutoScalingPolicyDescription",
        <AutoScalingPolicyDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "AutoScalingPolicyUpdate",
        <AutoScalingPolicyUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "AutoScalingSettingsDescription",
        <AutoScalingSettingsDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "AutoScalingSettingsUpdate",
        <AutoScalingSettingsUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "AutoScalingTargetTrackingScalingPolicyConfigurationDescription",
        <AutoScalingTargetTrackingScalingPolicyConfigurationDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate",
        <AutoScalingTargetTrackingScalingPolicyConfigurationUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "BackupDescription",
        <BackupDescription as awsop::Shape>::MEMBERS,
    ),
    ("BackupDetails", <BackupDetails as awsop::Shape>::MEMBERS),
    ("BackupSummary", <BackupSummary as awsop::Shape>::MEMBERS),
    (
        "BatchExecuteStatementOutput",
        <BatchExecuteStatementOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "BatchGetItemOutput",
        <BatchGetItemOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "BatchStatementError",
        <BatchStatementError as awsop::Shape>::MEMBERS,
    ),
    (
        "BatchStatementRequest",
        <BatchStatementRequest as awsop::Shape>::MEMBERS,
    ),
    (
        "BatchStatementResponse",
        <BatchStatementResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "BatchWriteItemOutput",
        <BatchWriteItemOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "BillingModeSummary",
        <BillingModeSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "BulkOperationBytes",
        <BulkOperationBytes as awsop::Shape>::MEMBERS,
    ),
    (
        "BulkOperationDescription",
        <BulkOperationDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "BulkOperationSummary",
        <BulkOperationSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "BulkOperationTableDetail",
        <BulkOperationTableDetail as awsop::Shape>::MEMBERS,
    ),
    (
        "BulkOperationUsage",
        <BulkOperationUsage as awsop::Shape>::MEMBERS,
    ),
    (
        "BulkOperationVectorBytes",
        <BulkOperationVectorBytes as awsop::Shape>::MEMBERS,
    ),
    (
        "CancelBulkOperationOutput",
        <CancelBulkOperationOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "CancellationReason",
        <CancellationReason as awsop::Shape>::MEMBERS,
    ),
    ("Capacity", <Capacity as awsop::Shape>::MEMBERS),
    ("Condition", <Condition as awsop::Shape>::MEMBERS),
    ("ConditionCheck", <ConditionCheck as awsop::Shape>::MEMBERS),
    (
        "ConsumedCapacity",
        <ConsumedCapacity as awsop::Shape>::MEMBERS,
    ),
    (
        "ContinuousBackupsDescription",
        <ContinuousBackupsDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ContributorInsightsSummary",
        <ContributorInsightsSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateBackupOutput",
        <CreateBackupOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateGlobalSecondaryIndexAction",
        <CreateGlobalSecondaryIndexAction as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateGlobalTableOutput",
        <CreateGlobalTableOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateGlobalTableWitnessGroupMemberAction",
        <CreateGlobalTableWitnessGroupMemberAction as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateReplicaAction",
        <CreateReplicaAction as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateReplicationGroupMemberAction",
        <CreateReplicationGroupMemberAction as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateTableOutput",
        <CreateTableOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateVectorIndexAction",
        <CreateVectorIndexAction as awsop::Shape>::MEMBERS,
    ),
    ("CsvOptions", <CsvOptions as awsop::Shape>::MEMBERS),
    ("Delete", <Delete as awsop::Shape>::MEMBERS),
    (
        "DeleteBackupOutput",
        <DeleteBackupOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteGlobalSecondaryIndexAction",
        <DeleteGlobalSecondaryIndexAction as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteGlobalTableWitnessGroupMemberAction",
        <DeleteGlobalTableWitnessGroupMemberAction as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteItemOutput",
        <DeleteItemOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteReplicaAction",
        <DeleteReplicaAction as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteReplicationGroupMemberAction",
        <DeleteReplicationGroupMemberAction as awsop::Shape>::MEMBERS,
    ),
    ("DeleteRequest", <DeleteRequest as awsop::Shape>::MEMBERS),
    (
        "DeleteResourcePolicyOutput",
        <DeleteResourcePolicyOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteTableOutput",
        <DeleteTableOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteVectorIndexAction",
        <DeleteVectorIndexAction as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeBackupOutput",
        <DescribeBackupOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeBulkOperationOutput",
        <DescribeBulkOperationOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeContinuousBackupsOutput",
        <DescribeContinuousBackupsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeContributorInsightsOutput",
        <DescribeContributorInsightsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeEndpointsResponse",
        <DescribeEndpointsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeExportOutput",
        <DescribeExportOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeGlobalTableOutput",
        <DescribeGlobalTableOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeGlobalTableSettingsOutput",
        <DescribeGlobalTableSettingsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeImportOutput",
        <DescribeImportOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeKinesisStreamingDestinationOutput",
        <DescribeKinesisStreamingDestinationOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeLimitsOutput",
        <DescribeLimitsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeTableOutput",
        <DescribeTableOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeTableReplicaAutoScalingOutput",
        <DescribeTableReplicaAutoScalingOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DescribeTimeToLiveOutput",
        <DescribeTimeToLiveOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DisassociateReplicationGroupMemberAction",
        <DisassociateReplicationGroupMemberAction as awsop::Shape>::MEMBERS,
    ),
    (
        "EnableKinesisStreamingConfiguration",
        <EnableKinesisStreamingConfiguration as awsop::Shape>::MEMBERS,
    ),
    ("Endpoint", <Endpoint as awsop::Shape>::MEMBERS),
    (
        "ExecuteStatementOutput",
        <ExecuteStatementOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ExecuteTransactionOutput",
        <ExecuteTransactionOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ExpectedAttributeValue",
        <ExpectedAttributeValue as awsop::Shape>::MEMBERS,
    ),
    (
        "ExportDescription",
        <ExportDescription as awsop::Shape>::MEMBERS,
    ),
    ("ExportSummary", <ExportSummary as awsop::Shape>::MEMBERS),
    (
        "ExportTableToPointInTimeOutput",
        <ExportTableToPointInTimeOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "FailureException",
        <FailureException as awsop::Shape>::MEMBERS,
    ),
    (
        "FilterSpecification",
        <FilterSpecification as awsop::Shape>::MEMBERS,
    ),
    ("Get", <Get as awsop::Shape>::MEMBERS),
    ("GetItemOutput", <GetItemOutput as awsop::Shape>::MEMBERS),
    (
        "GetResourcePolicyOutput",
        <GetResourcePolicyOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalSecondaryIndex",
        <GlobalSecondaryIndex as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalSecondaryIndexAutoScalingUpdate",
        <GlobalSecondaryIndexAutoScalingUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalSecondaryIndexDescription",
        <GlobalSecondaryIndexDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalSecondaryIndexInfo",
        <GlobalSecondaryIndexInfo as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalSecondaryIndexUpdate",
        <GlobalSecondaryIndexUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalSecondaryIndexWarmThroughputDescription",
        <GlobalSecondaryIndexWarmThroughputDescription as awsop::Shape>::MEMBERS,
    ),
    ("GlobalTable", <GlobalTable as awsop::Shape>::MEMBERS),
    (
        "GlobalTableDescription",
        <GlobalTableDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalTableGlobalSecondaryIndexSettingsUpdate",
        <GlobalTableGlobalSecondaryIndexSettingsUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalTableWitnessDescription",
        <GlobalTableWitnessDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalTableWitnessGroupUpdate",
        <GlobalTableWitnessGroupUpdate as awsop::Shape>::MEMBERS,
    ),
    ("ImportSummary", <ImportSummary as awsop::Shape>::MEMBERS),
    (
        "ImportTableDescription",
        <ImportTableDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ImportTableOutput",
        <ImportTableOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "IncrementalExportSpecification",
        <IncrementalExportSpecification as awsop::Shape>::MEMBERS,
    ),
    (
        "InputFormatOptions",
        <InputFormatOptions as awsop::Shape>::MEMBERS,
    ),
    (
        "InputS3Configuration",
        <InputS3Configuration as awsop::Shape>::MEMBERS,
    ),
    (
        "ItemCollectionMetrics",
        <ItemCollectionMetrics as awsop::Shape>::MEMBERS,
    ),
    ("ItemResponse", <ItemResponse as awsop::Shape>::MEMBERS),
    (
        "KeySchemaElement",
        <KeySchemaElement as awsop::Shape>::MEMBERS,
    ),
    (
        "KeysAndAttributes",
        <KeysAndAttributes as awsop::Shape>::MEMBERS,
    ),
    (
        "KinesisDataStreamDestination",
        <KinesisDataStreamDestination as awsop::Shape>::MEMBERS,
    ),
    (
        "KinesisStreamingDestinationOutput",
        <KinesisStreamingDestinationOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListBackupsOutput",
        <ListBackupsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListBulkOperationsOutput",
        <ListBulkOperationsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListContributorInsightsOutput",
        <ListContributorInsightsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListExportsOutput",
        <ListExportsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListGlobalTablesOutput",
        <ListGlobalTablesOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListImportsOutput",
        <ListImportsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListTablesOutput",
        <ListTablesOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListTagsOfResourceOutput",
        <ListTagsOfResourceOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "LocalSecondaryIndex",
        <LocalSecondaryIndex as awsop::Shape>::MEMBERS,
    ),
    (
        "LocalSecondaryIndexDescription",
        <LocalSecondaryIndexDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "LocalSecondaryIndexInfo",
        <LocalSecondaryIndexInfo as awsop::Shape>::MEMBERS,
    ),
    (
        "OnDemandThroughput",
        <OnDemandThroughput as awsop::Shape>::MEMBERS,
    ),
    (
        "OnDemandThroughputOverride",
        <OnDemandThroughputOverride as awsop::Shape>::MEMBERS,
    ),
    (
        "OutputS3Configuration",
        <OutputS3Configuration as awsop::Shape>::MEMBERS,
    ),
    (
        "ParameterizedStatement",
        <ParameterizedStatement as awsop::Shape>::MEMBERS,
    ),
    (
        "PointInTimeRecoveryDescription",
        <PointInTimeRecoveryDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "PointInTimeRecoverySpecification",
        <PointInTimeRecoverySpecification as awsop::Shape>::MEMBERS,
    ),
    ("Projection", <Projection as awsop::Shape>::MEMBERS),
    (
        "ProvisionedThroughput",
        <ProvisionedThroughput as awsop::Shape>::MEMBERS,
    ),
    (
        "ProvisionedThroughputDescription",
        <ProvisionedThroughputDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ProvisionedThroughputOverride",
        <ProvisionedThroughputOverride as awsop::Shape>::MEMBERS,
    ),
    ("Put", <Put as awsop::Shape>::MEMBERS),
    ("PutItemOutput", <PutItemOutput as awsop::Shape>::MEMBERS),
    ("PutRequest", <PutRequest as awsop::Shape>::MEMBERS),
    (
        "PutResourcePolicyOutput",
        <PutResourcePolicyOutput as awsop::Shape>::MEMBERS,
    ),
    ("QueryOutput", <QueryOutput as awsop::Shape>::MEMBERS),
    ("Replica", <Replica as awsop::Shape>::MEMBERS),
    (
        "ReplicaAutoScalingDescription",
        <ReplicaAutoScalingDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaAutoScalingUpdate",
        <ReplicaAutoScalingUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaDescription",
        <ReplicaDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaGlobalSecondaryIndex",
        <ReplicaGlobalSecondaryIndex as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaGlobalSecondaryIndexAutoScalingDescription",
        <ReplicaGlobalSecondaryIndexAutoScalingDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaGlobalSecondaryIndexAutoScalingUpdate",
        <ReplicaGlobalSecondaryIndexAutoScalingUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaGlobalSecondaryIndexDescription",
        <ReplicaGlobalSecondaryIndexDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaGlobalSecondaryIndexSettingsDescription",
        <ReplicaGlobalSecondaryIndexSettingsDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaGlobalSecondaryIndexSettingsUpdate",
        <ReplicaGlobalSecondaryIndexSettingsUpdate as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaSettingsDescription",
        <ReplicaSettingsDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaSettingsUpdate",
        <ReplicaSettingsUpdate as awsop::Shape>::MEMBERS,
    ),
    ("ReplicaUpdate", <ReplicaUpdate as awsop::Shape>::MEMBERS),
    (
        "ReplicationGroupUpdate",
        <ReplicationGroupUpdate as awsop::Shape>::MEMBERS,
    ),
    ("RestoreSummary", <RestoreSummary as awsop::Shape>::MEMBERS),
    (
        "RestoreTableFromBackupOutput",
        <RestoreTableFromBackupOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "RestoreTableToPointInTimeOutput",
        <RestoreTableToPointInTimeOutput as awsop::Shape>::MEMBERS,
    ),
    ("S3BucketSource", <S3BucketSource as awsop::Shape>::MEMBERS),
    ("SSEDescription", <SSEDescription as awsop::Shape>::MEMBERS),
    (
        "SSESpecification",
        <SSESpecification as awsop::Shape>::MEMBERS,
    ),
    ("ScanOutput", <ScanOutput as awsop::Shape>::MEMBERS),
    (
        "SearchResultItem",
        <SearchResultItem as awsop::Shape>::MEMBERS,
    ),
    (
        "SearchSchemaElement",
        <SearchSchemaElement as awsop::Shape>::MEMBERS,
    ),
    (
        "SearchVectorsOutput",
        <SearchVectorsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "SourceTableDetails",
        <SourceTableDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "SourceTableFeatureDetails",
        <SourceTableFeatureDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "StartBulkPutItemsOutput",
        <StartBulkPutItemsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "StreamSpecification",
        <StreamSpecification as awsop::Shape>::MEMBERS,
    ),
    (
        "TableAutoScalingDescription",
        <TableAutoScalingDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "TableClassSummary",
        <TableClassSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "TableCreationParameters",
        <TableCreationParameters as awsop::Shape>::MEMBERS,
    ),
    (
        "TableDescription",
        <TableDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "TableWarmThroughputDescription",
        <TableWarmThroughputDescription as awsop::Shape>::MEMBERS,
    ),
    ("Tag", <Tag as awsop::Shape>::MEMBERS),
    (
        "ThrottlingReason",
        <ThrottlingReason as awsop::Shape>::MEMBERS,
    ),
    (
        "TimeToLiveDescription",
        <TimeToLiveDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "TimeToLiveSpecification",
        <TimeToLiveSpecification as awsop::Shape>::MEMBERS,
    ),
    (
        "TransactGetItem",
        <TransactGetItem as awsop::Shape>::MEMBERS,
    ),
    (
        "TransactGetItemsOutput",
        <TransactGetItemsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "TransactWriteItem",
        <TransactWriteItem as awsop::Shape>::MEMBERS,
    ),
    (
        "TransactWriteItemsOutput",
        <TransactWriteItemsOutput as awsop::Shape>::MEMBERS,
    ),
    ("Update", <Update as awsop::Shape>::MEMBERS),
    (
        "UpdateContinuousBackupsOutput",
        <UpdateContinuousBackupsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateContributorInsightsOutput",
        <UpdateContributorInsightsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateGlobalSecondaryIndexAction",
        <UpdateGlobalSecondaryIndexAction as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateGlobalTableOutput",
        <UpdateGlobalTableOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateGlobalTableSettingsOutput",
        <UpdateGlobalTableSettingsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateItemOutput",
        <UpdateItemOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateKinesisStreamingConfiguration",
        <UpdateKinesisStreamingConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateKinesisStreamingDestinationOutput",
        <UpdateKinesisStreamingDestinationOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateReplicationGroupMemberAction",
        <UpdateReplicationGroupMemberAction as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateTableOutput",
        <UpdateTableOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateTableReplicaAutoScalingOutput",
        <UpdateTableReplicaAutoScalingOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateTimeToLiveOutput",
        <UpdateTimeToLiveOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "VectorAttributeDefinition",
        <VectorAttributeDefinition as awsop::Shape>::MEMBERS,
    ),
    ("VectorCapacity", <VectorCapacity as awsop::Shape>::MEMBERS),
    ("VectorIndex", <VectorIndex as awsop::Shape>::MEMBERS),
    (
        "VectorIndexDescription",
        <VectorIndexDescription as awsop::Shape>::MEMBERS,
    ),
    (
        "VectorIndexInfo",
        <VectorIndexInfo as awsop::Shape>::MEMBERS,
    ),
    (
        "VectorIndexUpdate",
        <VectorIndexUpdate as awsop::Shape>::MEMBERS,
    ),
    ("WarmThroughput", <WarmThroughput as awsop::Shape>::MEMBERS),
    ("WriteRequest", <WriteRequest as awsop::Shape>::MEMBERS),
];

/// Every modeled exception with its members, by model name.
pub const ERRORS: &[(&str, &[awsop::Member])] = &[
    (
        "BackupInUseException",
        <BackupInUseException as awsop::Shape>::MEMBERS,
    ),
    (
        "BackupNotFoundException",
        <BackupNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "ConditionalCheckFailedException",
        <ConditionalCheckFailedException as awsop::Shape>::MEMBERS,
    ),
    (
        "ContinuousBackupsUnavailableException",
        <ContinuousBackupsUnavailableException as awsop::Shape>::MEMBERS,
    ),
    (
        "DuplicateItemException",
        <DuplicateItemException as awsop::Shape>::MEMBERS,
    ),
    (
        "ExportConflictException",
        <ExportConflictException as awsop::Shape>::MEMBERS,
    ),
    (
        "ExportNotFoundException",
        <ExportNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalTableAlreadyExistsException",
        <GlobalTableAlreadyExistsException as awsop::Shape>::MEMBERS,
    ),
    (
        "GlobalTableNotFoundException",
        <GlobalTableNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "IdempotentParameterMismatchException",
        <IdempotentParameterMismatchException as awsop::Shape>::MEMBERS,
    ),
    (
        "ImportConflictException",
        <ImportConflictException as awsop::Shape>::MEMBERS,
    ),
    (
        "ImportNotFoundException",
        <ImportNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "IndexNotFoundException",
        <IndexNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "InternalServerError",
        <InternalServerError as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidExportTimeException",
        <InvalidExportTimeException as awsop::Shape>::MEMBERS,
    ),
    (
        "InvalidRestoreTimeException",
        <InvalidRestoreTimeException as awsop::Shape>::MEMBERS,
    ),
    (
        "ItemCollectionSizeLimitExceededException",
        <ItemCollectionSizeLimitExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "LimitExceededException",
        <LimitExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "PointInTimeRecoveryUnavailableException",
        <PointInTimeRecoveryUnavailableException as awsop::Shape>::MEMBERS,
    ),
    (
        "PolicyNotFoundException",
        <PolicyNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "ProvisionedThroughputExceededException",
        <ProvisionedThroughputExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaAlreadyExistsException",
        <ReplicaAlreadyExistsException as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicaNotFoundException",
        <ReplicaNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "ReplicatedWriteConflictException",
        <ReplicatedWriteConflictException as awsop::Shape>::MEMBERS,
    ),
    (
        "RequestLimitExceeded",
        <RequestLimitExceeded as awsop::Shape>::MEMBERS,
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
        "TableAlreadyExistsException",
        <TableAlreadyExistsException as awsop::Shape>::MEMBERS,
    ),
    (
        "TableInUseException",
        <TableInUseException as awsop::Shape>::MEMBERS,
    ),
    (
        "TableNotFoundException",
        <TableNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "ThrottlingException",
        <ThrottlingException as awsop::Shape>::MEMBERS,
    ),
    (
        "TransactionCanceledException",
        <TransactionCanceledException as awsop::Shape>::MEMBERS,
    ),
    (
        "TransactionConflictException",
        <TransactionConflictException as awsop::Shape>::MEMBERS,
    ),
    (
        "TransactionInProgressException",
        <TransactionInProgressException as awsop::Shape>::MEMBERS,
    ),
];

/// Every enum with its values, by model name.
pub const ENUMS: &[(&str, &[&str])] = &[
    (
        "ApproximateCreationDateTimePrecision",
        ApproximateCreationDateTimePrecision::VALUES,
    ),
    ("AttributeAction", AttributeAction::VALUES),
    ("BackupStatus", BackupStatus::VALUES),
    ("BackupType", BackupType::VALUES),
    ("BackupTypeFilter", BackupTypeFilter::VALUES),
    (
        "BatchStatementErrorCodeEnum",
        BatchStatementErrorCodeEnum::VALUES,
    ),
    ("BillingMode", BillingMode::VALUES),
    ("BulkOperationInputFormat", BulkOperationInputFormat::VALUES),
    (
        "BulkOperationPerformanceTier",
        BulkOperationPerformanceTier::VALUES,
    ),
    ("BulkOperationStatus", BulkOperationStatus::VALUES),
    ("ComparisonOperator", ComparisonOperator::VALUES),
    ("ConditionalOperator", ConditionalOperator::VALUES),
    ("ContinuousBackupsStatus", ContinuousBackupsStatus::VALUES),
    (
        "ContributorInsightsAction",
        ContributorInsightsAction::VALUES,
    ),
    ("ContributorInsightsMode", ContributorInsightsMode::VALUES),
    (
        "ContributorInsightsStatus",
        ContributorInsightsStatus::VALUES,
    ),
    ("DestinationStatus", DestinationStatus::VALUES),
    ("DisassociationMode", DisassociationMode::VALUES),
    ("ExportFormat", ExportFormat::VALUES),
    ("ExportStatus", ExportStatus::VALUES),
    ("ExportType", ExportType::VALUES),
    ("ExportViewType", ExportViewType::VALUES),
    (
        "GlobalTableSettingsReplicationMode",
        GlobalTableSettingsReplicationMode::VALUES,
    ),
    ("GlobalTableStatus", GlobalTableStatus::VALUES),
    ("ImportStatus", ImportStatus::VALUES),
    ("IndexStatus", IndexStatus::VALUES),
    ("InputCompressionType", InputCompressionType::VALUES),
    ("InputFormat", InputFormat::VALUES),
    ("KeyType", KeyType::VALUES),
    ("MultiRegionConsistency", MultiRegionConsistency::VALUES),
    ("OutputTypeEnum", OutputTypeEnum::VALUES),
    (
        "PointInTimeRecoveryStatus",
        PointInTimeRecoveryStatus::VALUES,
    ),
    ("ProjectionType", ProjectionType::VALUES),
    ("ReplicaStatus", ReplicaStatus::VALUES),
    ("ReturnConsumedCapacity", ReturnConsumedCapacity::VALUES),
    (
        "ReturnItemCollectionMetrics",
        ReturnItemCollectionMetrics::VALUES,
    ),
    ("ReturnValue", ReturnValue::VALUES),
    (
        "ReturnValuesOnConditionCheckFailure",
        ReturnValuesOnConditionCheckFailure::VALUES,
    ),
    ("S3SseAlgorithm", S3SseAlgorithm::VALUES),
    ("SSEStatus", SSEStatus::VALUES),
    ("SSEType", SSEType::VALUES),
    ("ScalarAttributeType", ScalarAttributeType::VALUES),
    ("SearchSchemaElementType", SearchSchemaElementType::VALUES),
    ("Select", Select::VALUES),
    ("StreamViewType", StreamViewType::VALUES),
    ("TableClass", TableClass::VALUES),
    ("TableStatus", TableStatus::VALUES),
    ("TimeToLiveStatus", TimeToLiveStatus::VALUES),
    ("VectorDistanceFunction", VectorDistanceFunction::VALUES),
    ("WitnessStatus", WitnessStatus::VALUES),
];

/// All of the above, for `awsop::model::check`.
pub const DECLARED: awsop::model::Declared = awsop::model::Declared {
    operations: OPERATIONS,
    shapes: SHAPES,
    errors: ERRORS,
    enums: ENUMS,
};
