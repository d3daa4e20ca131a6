// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's structures and unions that operations share.

use std::collections::BTreeMap;

use awsop::{aws_shape, EpochSeconds};

use crate::*;

/// This structure specifies the VPC subnets and security groups for the task, and whether a public IP address is to be used.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AwsVpcConfiguration {
    /// Specifies the subnets associated with the task.
    #[aws(length(min = 1, max = 16))]
    pub subnets: Vec<String>,
    /// Specifies the security groups associated with the task.
    #[aws(length(min = 1, max = 5))]
    pub security_groups: Option<Vec<String>>,
    /// Specifies whether the task's elastic network interface receives a public IP address.
    pub assign_public_ip: Option<AssignPublicIp>,
}

/// The details of a capacity provider strategy.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderStrategyItem {
    /// The short name of the capacity provider.
    #[aws(rename = "capacityProvider", length(min = 1, max = 255))]
    pub capacity_provider: String,
    /// The weight value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider.
    #[aws(rename = "weight", range(min = 0, max = 1000))]
    pub weight: Option<i32>,
    /// The base value designates how many tasks, at a minimum, to run on the specified capacity provider.
    #[aws(rename = "base", range(min = 0, max = 100000))]
    pub base: Option<i32>,
}

/// An object that contains information about an Amazon SQS queue that EventBridge Scheduler uses as a dead-letter queue for your schedule.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeadLetterConfig {
    /// The Amazon Resource Name (ARN) of the SQS queue specified as the destination for the dead-letter queue.
    #[aws(
        length(min = 1, max = 1600),
        pattern = "arn:aws[a-z-]*:sqs:[a-z0-9\\-]+:\\d{12}:[a-zA-Z0-9\\-_]+"
    )]
    pub arn: Option<String>,
}

/// The templated target type for the Amazon ECS RunTask API operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EcsParameters {
    /// The Amazon Resource Name (ARN) of the task definition to use if the event target is an Amazon ECS task.
    #[aws(length(min = 1, max = 1600))]
    pub task_definition_arn: String,
    /// The number of tasks to create based on TaskDefinition.
    #[aws(range(min = 1, max = 10))]
    pub task_count: Option<i32>,
    /// Specifies the launch type on which your task is running.
    pub launch_type: Option<LaunchType>,
    /// This structure specifies the network configuration for an ECS task.
    pub network_configuration: Option<NetworkConfiguration>,
    /// Specifies the platform version for the task.
    #[aws(length(min = 1, max = 64))]
    pub platform_version: Option<String>,
    /// Specifies an ECS task group for the task.
    #[aws(length(min = 1, max = 255))]
    pub group: Option<String>,
    /// The capacity provider strategy to use for the task.
    #[aws(length(min = 0, max = 6))]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// Specifies whether to enable Amazon ECS managed tags for the task.
    #[aws(rename = "EnableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Whether or not to enable the execute command functionality for the containers in this task.
    pub enable_execute_command: Option<bool>,
    /// An array of placement constraint objects to use for the task.
    #[aws(length(min = 0, max = 10))]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The task placement strategy for a task or service.
    #[aws(length(min = 0, max = 5))]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// Specifies whether to propagate the tags from the task definition to the task.
    pub propagate_tags: Option<PropagateTags>,
    /// The reference ID to use for the task.
    #[aws(length(min = 0, max = 1024))]
    pub reference_id: Option<String>,
    /// The metadata that you apply to the task to help you categorize and organize them.
    #[aws(length(min = 0, max = 50))]
    pub tags: Option<Vec<BTreeMap<String, String>>>,
}

/// The templated target type for the EventBridge PutEvents API operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventBridgeParameters {
    /// A free-form string, with a maximum of 128 characters, used to decide what fields to expect in the event detail.
    #[aws(length(min = 1, max = 128))]
    pub detail_type: String,
    /// The source of the event.
    #[aws(length(min = 1, max = 256))]
    pub source: String,
}

/// The templated target type for the EventBridge event bus v2 PutEvents API operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventBridgePutEventsV2Parameters {
    /// A free-form string, with a maximum of 128 characters, used to decide what fields to expect in the event detail.
    #[aws(length(min = 1, max = 128))]
    pub detail_type: String,
    /// The source of the event.
    #[aws(length(min = 1, max = 256))]
    pub source: String,
}

/// The templated target type for the EventBridge event bus v2 PutRawEvents API operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventBridgePutRawEventsParameters {
    /// Optional metadata key-value pairs you define.
    #[aws(length(min = 0, max = 100))]
    pub metadata: Option<BTreeMap<String, String>>,
}

/// Allows you to configure a time window during which EventBridge Scheduler invokes the schedule.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FlexibleTimeWindow {
    /// Determines whether the schedule is invoked within a flexible time window.
    pub mode: FlexibleTimeWindowMode,
    /// The maximum time window during which a schedule can be invoked.
    #[aws(range(min = 1, max = 1440))]
    pub maximum_window_in_minutes: Option<i32>,
}

/// The templated target type for the Amazon Kinesis PutRecord API operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KinesisParameters {
    /// Specifies the shard to which EventBridge Scheduler sends the event.
    #[aws(length(min = 1, max = 256))]
    pub partition_key: String,
}

/// Specifies the network configuration for an ECS task.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NetworkConfiguration {
    /// Specifies the Amazon VPC subnets and security groups for the task, and whether a public IP address is to be used.
    #[aws(rename = "awsvpcConfiguration")]
    pub awsvpc_configuration: Option<AwsVpcConfiguration>,
}

/// An object representing a constraint on task placement.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlacementConstraint {
    /// The type of constraint.
    #[aws(rename = "type")]
    pub type_: Option<PlacementConstraintType>,
    /// A cluster query language expression to apply to the constraint.
    #[aws(rename = "expression", length(min = 0, max = 2000))]
    pub expression: Option<String>,
}

/// The task placement strategy for a task or service.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlacementStrategy {
    /// The type of placement strategy.
    #[aws(rename = "type")]
    pub type_: Option<PlacementStrategyType>,
    /// The field to apply the placement strategy against.
    #[aws(rename = "field", length(min = 0, max = 255))]
    pub field: Option<String>,
}

/// A RetryPolicy object that includes information about the retry policy settings, including the maximum age of an event, and the maximum number of times EventBridge Scheduler will try to deliver the event to a target.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RetryPolicy {
    /// The maximum amount of time, in seconds, to continue to make retry attempts.
    #[aws(range(min = 60, max = 86400))]
    pub maximum_event_age_in_seconds: Option<i32>,
    /// The maximum number of retry attempts to make before the request fails.
    #[aws(range(min = 0, max = 185))]
    pub maximum_retry_attempts: Option<i32>,
}

/// The name and value pair of a parameter to use to start execution of a SageMaker Model Building Pipeline.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SageMakerPipelineParameter {
    /// Name of parameter to start execution of a SageMaker Model Building Pipeline.
    #[aws(length(min = 1, max = 256), pattern = "[A-Za-z0-9\\-_]*")]
    pub name: String,
    /// Value of parameter to start execution of a SageMaker Model Building Pipeline.
    #[aws(length(min = 1, max = 1024))]
    pub value: String,
}

/// The templated target type for the Amazon SageMaker StartPipelineExecution API operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SageMakerPipelineParameters {
    /// List of parameter names and values to use when executing the SageMaker Model Building Pipeline.
    #[aws(length(min = 0, max = 200))]
    pub pipeline_parameter_list: Option<Vec<SageMakerPipelineParameter>>,
}

/// The details of a schedule group.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScheduleGroupSummary {
    /// The Amazon Resource Name (ARN) of the schedule group.
    #[aws(
        length(min = 1, max = 1224),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule-group\\/[0-9a-zA-Z-_.]+"
    )]
    pub arn: Option<String>,
    /// The name of the schedule group.
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: Option<String>,
    /// Specifies the state of the schedule group.
    pub state: Option<ScheduleGroupState>,
    /// The time at which the schedule group was created.
    pub creation_date: Option<EpochSeconds>,
    /// The time at which the schedule group was last modified.
    pub last_modification_date: Option<EpochSeconds>,
}

/// The details of a schedule.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScheduleSummary {
    /// The Amazon Resource Name (ARN) of the schedule.
    #[aws(
        length(min = 1, max = 1224),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule\\/[0-9a-zA-Z-_.]+\\/[0-9a-zA-Z-_.]+"
    )]
    pub arn: Option<String>,
    /// The name of the schedule.
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: Option<String>,
    /// The name of the schedule group associated with this schedule.
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub group_name: Option<String>,
    /// Specifies whether the schedule is enabled or disabled.
    pub state: Option<ScheduleState>,
    /// The time at which the schedule was created.
    pub creation_date: Option<EpochSeconds>,
    /// The time at which the schedule was last modified.
    pub last_modification_date: Option<EpochSeconds>,
    /// The schedule's target details.
    pub target: Option<TargetSummary>,
}

/// The templated target type for the Amazon SQS SendMessage API operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SqsParameters {
    /// The FIFO message group ID to use as the target.
    #[aws(length(min = 1, max = 128))]
    pub message_group_id: Option<String>,
}

/// Tag to associate with a schedule group.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key for the tag.
    #[aws(length(min = 1, max = 128))]
    pub key: String,
    /// The value for the tag.
    #[aws(length(min = 1, max = 256))]
    pub value: String,
}

/// The schedule's target.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Target {
    /// The Amazon Resource Name (ARN) of the target.
    #[aws(length(min = 1, max = 1600))]
    pub arn: String,
    /// The Amazon Resource Name (ARN) of the IAM role that EventBridge Scheduler will use for this target when the schedule is invoked.
    #[aws(
        length(min = 1, max = 1600),
        pattern = "arn:aws[a-z-]*:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+"
    )]
    pub role_arn: String,
    /// An object that contains information about an Amazon SQS queue that EventBridge Scheduler uses as a dead-letter queue for your schedule.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// A RetryPolicy object that includes information about the retry policy settings, including the maximum age of an event, and the maximum number of times EventBridge Scheduler will try to deliver the event to a target.
    pub retry_policy: Option<RetryPolicy>,
    /// The text, or well-formed JSON, passed to the target.
    #[aws(length(min = 1))]
    pub input: Option<String>,
    /// The templated target type for the Amazon ECS RunTask API operation.
    pub ecs_parameters: Option<EcsParameters>,
    /// The templated target type for the EventBridge PutEvents API operation.
    pub event_bridge_parameters: Option<EventBridgeParameters>,
    /// The templated target type for the EventBridge event bus v2 PutEvents API operation.
    pub event_bridge_put_events_v2_parameters: Option<EventBridgePutEventsV2Parameters>,
    /// The templated target type for the EventBridge event bus v2 PutRawEvents API operation.
    pub event_bridge_put_raw_events_parameters: Option<EventBridgePutRawEventsParameters>,
    /// The templated target type for the Amazon Kinesis PutRecord API operation.
    pub kinesis_parameters: Option<KinesisParameters>,
    /// The templated target type for the Amazon SageMaker StartPipelineExecution API operation.
    pub sage_maker_pipeline_parameters: Option<SageMakerPipelineParameters>,
    /// The templated target type for the Amazon SQS SendMessage API operation.
    pub sqs_parameters: Option<SqsParameters>,
}

/// The details of a target.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TargetSummary {
    /// The Amazon Resource Name (ARN) of the target.
    #[aws(length(min = 1, max = 1600))]
    pub arn: String,
}
