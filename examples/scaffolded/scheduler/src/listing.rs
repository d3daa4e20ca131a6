// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! Every operation and structure, for callers that go by name (the CLI, the model check).

use crate::*;

/// Every operation of the service, in the model's order.
pub const OPERATIONS: &[awsop::OperationEntry] = &[
    awsop::OperationEntry::of::<CreateSchedule>(),
    awsop::OperationEntry::of::<CreateScheduleGroup>(),
    awsop::OperationEntry::of::<DeleteSchedule>(),
    awsop::OperationEntry::of::<DeleteScheduleGroup>(),
    awsop::OperationEntry::of::<GetSchedule>(),
    awsop::OperationEntry::of::<GetScheduleGroup>(),
    awsop::OperationEntry::of::<ListScheduleGroups>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: Some("MaxResults"),
        result_key: "ScheduleGroups",
    }),
    awsop::OperationEntry::of::<ListSchedules>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: Some("MaxResults"),
        result_key: "Schedules",
    }),
    awsop::OperationEntry::of::<ListTagsForResource>(),
    awsop::OperationEntry::of::<TagResource>(),
    awsop::OperationEntry::of::<UntagResource>(),
    awsop::OperationEntry::of::<UpdateSchedule>(),
];

/// Every output and nested structure with its members, by model name.
pub const SHAPES: &[(&str, &[awsop::Member])] = &[
    (
        "AwsVpcConfiguration",
        <AwsVpcConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "CapacityProviderStrategyItem",
        <CapacityProviderStrategyItem as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateScheduleGroupOutput",
        <CreateScheduleGroupOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateScheduleOutput",
        <CreateScheduleOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DeadLetterConfig",
        <DeadLetterConfig as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteScheduleGroupOutput",
        <DeleteScheduleGroupOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "DeleteScheduleOutput",
        <DeleteScheduleOutput as awsop::Shape>::MEMBERS,
    ),
    ("EcsParameters", <EcsParameters as awsop::Shape>::MEMBERS),
    (
        "EventBridgeParameters",
        <EventBridgeParameters as awsop::Shape>::MEMBERS,
    ),
    (
        "EventBridgePutEventsV2Parameters",
        <EventBridgePutEventsV2Parameters as awsop::Shape>::MEMBERS,
    ),
    (
        "EventBridgePutRawEventsParameters",
        <EventBridgePutRawEventsParameters as awsop::Shape>::MEMBERS,
    ),
    (
        "FlexibleTimeWindow",
        <FlexibleTimeWindow as awsop::Shape>::MEMBERS,
    ),
    (
        "GetScheduleGroupOutput",
        <GetScheduleGroupOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "GetScheduleOutput",
        <GetScheduleOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "KinesisParameters",
        <KinesisParameters as awsop::Shape>::MEMBERS,
    ),
    (
        "ListScheduleGroupsOutput",
        <ListScheduleGroupsOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListSchedulesOutput",
        <ListSchedulesOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "ListTagsForResourceOutput",
        <ListTagsForResourceOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "NetworkConfiguration",
        <NetworkConfiguration as awsop::Shape>::MEMBERS,
    ),
    (
        "PlacementConstraint",
        <PlacementConstraint as awsop::Shape>::MEMBERS,
    ),
    (
        "PlacementStrategy",
        <PlacementStrategy as awsop::Shape>::MEMBERS,
    ),
    ("RetryPolicy", <RetryPolicy as awsop::Shape>::MEMBERS),
    (
        "SageMakerPipelineParameter",
        <SageMakerPipelineParameter as awsop::Shape>::MEMBERS,
    ),
    (
        "SageMakerPipelineParameters",
        <SageMakerPipelineParameters as awsop::Shape>::MEMBERS,
    ),
    (
        "ScheduleGroupSummary",
        <ScheduleGroupSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "ScheduleSummary",
        <ScheduleSummary as awsop::Shape>::MEMBERS,
    ),
    ("SqsParameters", <SqsParameters as awsop::Shape>::MEMBERS),
    ("Tag", <Tag as awsop::Shape>::MEMBERS),
    (
        "TagResourceOutput",
        <TagResourceOutput as awsop::Shape>::MEMBERS,
    ),
    ("Target", <Target as awsop::Shape>::MEMBERS),
    ("TargetSummary", <TargetSummary as awsop::Shape>::MEMBERS),
    (
        "UntagResourceOutput",
        <UntagResourceOutput as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateScheduleOutput",
        <UpdateScheduleOutput as awsop::Shape>::MEMBERS,
    ),
];

/// Every modeled exception with its members, by model name.
pub const ERRORS: &[(&str, &[awsop::Member])] = &[
    (
        "ConflictException",
        <ConflictException as awsop::Shape>::MEMBERS,
    ),
    (
        "InternalServerException",
        <InternalServerException as awsop::Shape>::MEMBERS,
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
        "ThrottlingException",
        <ThrottlingException as awsop::Shape>::MEMBERS,
    ),
    (
        "ValidationException",
        <ValidationException as awsop::Shape>::MEMBERS,
    ),
];

/// Every enum with its values, by model name.
pub const ENUMS: &[(&str, &[&str])] = &[
    ("ActionAfterCompletion", ActionAfterCompletion::VALUES),
    ("AssignPublicIp", AssignPublicIp::VALUES),
    ("FlexibleTimeWindowMode", FlexibleTimeWindowMode::VALUES),
    ("LaunchType", LaunchType::VALUES),
    ("PlacementConstraintType", PlacementConstraintType::VALUES),
    ("PlacementStrategyType", PlacementStrategyType::VALUES),
    ("PropagateTags", PropagateTags::VALUES),
    ("ScheduleGroupState", ScheduleGroupState::VALUES),
    ("ScheduleState", ScheduleState::VALUES),
];

/// All of the above, for `awsop::model::check`.
pub const DECLARED: awsop::model::Declared = awsop::model::Declared {
    operations: OPERATIONS,
    shapes: SHAPES,
    errors: ERRORS,
    enums: ENUMS,
};
