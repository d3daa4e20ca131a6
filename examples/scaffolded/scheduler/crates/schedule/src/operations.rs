// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon EventBridge Scheduler: the schedule operations (CreateSchedule, CreateScheduleGroup, DeleteSchedule, DeleteScheduleGroup and 5 more).

use awsop::{aws_operation, aws_shape, EpochSeconds};

use awsop_scheduler_shapes::*;

/// Creates the specified schedule.
///
/// Errors: [`CreateScheduleError`].
#[aws_operation(
    service = SCHEDULER,
    name = "CreateSchedule",
    http(method = "POST", uri = "/schedules/{Name}"),
    output = "CreateScheduleOutput",
    errors(ServiceQuotaExceededException, ValidationException, InternalServerException, ConflictException, ThrottlingException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateSchedule {
    /// The name of the schedule that you are creating.
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    /// The name of the schedule group to associate with this schedule.
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub group_name: Option<String>,
    /// The expression that defines when the schedule runs.
    #[aws(length(min = 1, max = 256))]
    pub schedule_expression: String,
    /// The date, in UTC, after which the schedule can begin invoking its target.
    pub start_date: Option<EpochSeconds>,
    /// The date, in UTC, before which the schedule can invoke its target.
    pub end_date: Option<EpochSeconds>,
    /// The description you specify for the schedule.
    #[aws(length(min = 0, max = 512))]
    pub description: Option<String>,
    /// The timezone in which the scheduling expression is evaluated.
    #[aws(length(min = 1, max = 50))]
    pub schedule_expression_timezone: Option<String>,
    /// Specifies whether the schedule is enabled or disabled.
    pub state: Option<ScheduleState>,
    /// The Amazon Resource Name (ARN) for the customer managed KMS key that EventBridge Scheduler will use to encrypt and decrypt your data.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "arn:aws[a-z-]*:kms:[a-z0-9\\-]+:\\d{12}:(key|alias)\\/[0-9a-zA-Z-_]*"
    )]
    pub kms_key_arn: Option<String>,
    /// The schedule's target.
    pub target: Target,
    /// Allows you to configure a time window during which EventBridge Scheduler invokes the schedule.
    pub flexible_time_window: FlexibleTimeWindow,
    /// Unique, case-sensitive identifier you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
    /// Specifies the action that EventBridge Scheduler applies to the schedule after the schedule completes invoking the target.
    pub action_after_completion: Option<ActionAfterCompletion>,
}

/// The output of [`CreateSchedule`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateScheduleOutput {
    /// The Amazon Resource Name (ARN) of the schedule.
    #[aws(
        length(min = 1, max = 1224),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule\\/[0-9a-zA-Z-_.]+\\/[0-9a-zA-Z-_.]+"
    )]
    pub schedule_arn: String,
}

/// Creates the specified schedule group.
///
/// Errors: [`CreateScheduleGroupError`].
#[aws_operation(
    service = SCHEDULER,
    name = "CreateScheduleGroup",
    http(method = "POST", uri = "/schedule-groups/{Name}"),
    output = "CreateScheduleGroupOutput",
    errors(ServiceQuotaExceededException, ValidationException, InternalServerException, ConflictException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateScheduleGroup {
    /// The name of the schedule group that you are creating.
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    /// The list of tags to associate with the schedule group.
    #[aws(length(min = 0, max = 200))]
    pub tags: Option<Vec<Tag>>,
    /// Unique, case-sensitive identifier you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// The output of [`CreateScheduleGroup`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateScheduleGroupOutput {
    /// The Amazon Resource Name (ARN) of the schedule group.
    #[aws(
        length(min = 1, max = 1224),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule-group\\/[0-9a-zA-Z-_.]+"
    )]
    pub schedule_group_arn: String,
}

/// Deletes the specified schedule.
///
/// Errors: [`DeleteScheduleError`].
#[aws_operation(
    service = SCHEDULER,
    name = "DeleteSchedule",
    http(method = "DELETE", uri = "/schedules/{Name}"),
    output = "DeleteScheduleOutput",
    errors(ServiceQuotaExceededException, ValidationException, InternalServerException, ConflictException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteSchedule {
    /// The name of the schedule to delete.
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    /// The name of the schedule group associated with this schedule.
    #[aws(
        query = "groupName",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub group_name: Option<String>,
    /// Unique, case-sensitive identifier you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        query = "clientToken",
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// The output of [`DeleteSchedule`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteScheduleOutput {}

/// Deletes the specified schedule group.
///
/// Errors: [`DeleteScheduleGroupError`].
#[aws_operation(
    service = SCHEDULER,
    name = "DeleteScheduleGroup",
    http(method = "DELETE", uri = "/schedule-groups/{Name}"),
    output = "DeleteScheduleGroupOutput",
    errors(ValidationException, InternalServerException, ConflictException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteScheduleGroup {
    /// The name of the schedule group to delete.
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    /// Unique, case-sensitive identifier you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        query = "clientToken",
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// The output of [`DeleteScheduleGroup`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteScheduleGroupOutput {}

/// Retrieves the specified schedule.
///
/// Errors: [`GetScheduleError`].
#[aws_operation(
    service = SCHEDULER,
    name = "GetSchedule",
    http(method = "GET", uri = "/schedules/{Name}"),
    output = "GetScheduleOutput",
    errors(ServiceQuotaExceededException, ValidationException, InternalServerException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetSchedule {
    /// The name of the schedule to retrieve.
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    /// The name of the schedule group associated with this schedule.
    #[aws(
        query = "groupName",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub group_name: Option<String>,
}

/// The output of [`GetSchedule`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetScheduleOutput {
    /// The Amazon Resource Name (ARN) of the schedule.
    #[aws(
        length(min = 1, max = 1224),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule\\/[0-9a-zA-Z-_.]+\\/[0-9a-zA-Z-_.]+"
    )]
    pub arn: Option<String>,
    /// The name of the schedule group associated with this schedule.
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub group_name: Option<String>,
    /// The name of the schedule.
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: Option<String>,
    /// The expression that defines when the schedule runs.
    #[aws(length(min = 1, max = 256))]
    pub schedule_expression: Option<String>,
    /// The date, in UTC, after which the schedule can begin invoking its target.
    pub start_date: Option<EpochSeconds>,
    /// The date, in UTC, before which the schedule can invoke its target.
    pub end_date: Option<EpochSeconds>,
    /// The description of the schedule.
    #[aws(length(min = 0, max = 512))]
    pub description: Option<String>,
    /// The timezone in which the scheduling expression is evaluated.
    #[aws(length(min = 1, max = 50))]
    pub schedule_expression_timezone: Option<String>,
    /// Specifies whether the schedule is enabled or disabled.
    pub state: Option<ScheduleState>,
    /// The time at which the schedule was created.
    pub creation_date: Option<EpochSeconds>,
    /// The time at which the schedule was last modified.
    pub last_modification_date: Option<EpochSeconds>,
    /// The ARN for a customer managed KMS Key that is be used to encrypt and decrypt your data.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "arn:aws[a-z-]*:kms:[a-z0-9\\-]+:\\d{12}:(key|alias)\\/[0-9a-zA-Z-_]*"
    )]
    pub kms_key_arn: Option<String>,
    /// The schedule target.
    pub target: Option<Target>,
    /// Allows you to configure a time window during which EventBridge Scheduler invokes the schedule.
    pub flexible_time_window: Option<FlexibleTimeWindow>,
    /// Indicates the action that EventBridge Scheduler applies to the schedule after the schedule completes invoking the target.
    pub action_after_completion: Option<ActionAfterCompletion>,
}

/// Retrieves the specified schedule group.
///
/// Errors: [`GetScheduleGroupError`].
#[aws_operation(
    service = SCHEDULER,
    name = "GetScheduleGroup",
    http(method = "GET", uri = "/schedule-groups/{Name}"),
    output = "GetScheduleGroupOutput",
    errors(ValidationException, InternalServerException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetScheduleGroup {
    /// The name of the schedule group to retrieve.
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
}

/// The output of [`GetScheduleGroup`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetScheduleGroupOutput {
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

/// Returns a paginated list of your schedule groups.
///
/// Errors: [`ListScheduleGroupsError`].
#[aws_operation(
    service = SCHEDULER,
    name = "ListScheduleGroups",
    http(method = "GET", uri = "/schedule-groups"),
    output = "ListScheduleGroupsOutput",
    errors(ValidationException, InternalServerException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListScheduleGroups {
    /// The name prefix that you can use to return a filtered list of your schedule groups.
    #[aws(
        query = "NamePrefix",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub name_prefix: Option<String>,
    /// The token returned by a previous call to retrieve the next set of results.
    #[aws(query = "NextToken", length(min = 1, max = 2048))]
    pub next_token: Option<String>,
    /// If specified, limits the number of results returned by this operation.
    #[aws(query = "MaxResults", range(min = 1, max = 100))]
    pub max_results: Option<i32>,
}

/// The output of [`ListScheduleGroups`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListScheduleGroupsOutput {
    /// Indicates whether there are additional results to retrieve.
    #[aws(length(min = 1, max = 2048))]
    pub next_token: Option<String>,
    /// The schedule groups that match the specified criteria.
    pub schedule_groups: Vec<ScheduleGroupSummary>,
}

/// Returns a paginated list of your EventBridge Scheduler schedules.
///
/// Errors: [`ListSchedulesError`].
#[aws_operation(
    service = SCHEDULER,
    name = "ListSchedules",
    http(method = "GET", uri = "/schedules"),
    output = "ListSchedulesOutput",
    errors(ValidationException, InternalServerException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSchedules {
    /// If specified, only lists the schedules whose associated schedule group matches the given filter.
    #[aws(
        query = "ScheduleGroup",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub group_name: Option<String>,
    /// Schedule name prefix to return the filtered list of resources.
    #[aws(
        query = "NamePrefix",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub name_prefix: Option<String>,
    /// If specified, only lists the schedules whose current state matches the given filter.
    #[aws(query = "State")]
    pub state: Option<ScheduleState>,
    /// The token returned by a previous call to retrieve the next set of results.
    #[aws(query = "NextToken", length(min = 1, max = 2048))]
    pub next_token: Option<String>,
    /// If specified, limits the number of results returned by this operation.
    #[aws(query = "MaxResults", range(min = 1, max = 100))]
    pub max_results: Option<i32>,
}

/// The output of [`ListSchedules`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSchedulesOutput {
    /// Indicates whether there are additional results to retrieve.
    #[aws(length(min = 1, max = 2048))]
    pub next_token: Option<String>,
    /// The schedules that match the specified criteria.
    pub schedules: Vec<ScheduleSummary>,
}

/// Updates the specified schedule.
///
/// Errors: [`UpdateScheduleError`].
#[aws_operation(
    service = SCHEDULER,
    name = "UpdateSchedule",
    http(method = "PUT", uri = "/schedules/{Name}"),
    output = "UpdateScheduleOutput",
    errors(ServiceQuotaExceededException, ValidationException, InternalServerException, ConflictException, ResourceNotFoundException, ThrottlingException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateSchedule {
    /// The name of the schedule that you are updating.
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    /// The name of the schedule group with which the schedule is associated.
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub group_name: Option<String>,
    /// The expression that defines when the schedule runs.
    #[aws(length(min = 1, max = 256))]
    pub schedule_expression: String,
    /// The date, in UTC, after which the schedule can begin invoking its target.
    pub start_date: Option<EpochSeconds>,
    /// The date, in UTC, before which the schedule can invoke its target.
    pub end_date: Option<EpochSeconds>,
    /// The description you specify for the schedule.
    #[aws(length(min = 0, max = 512))]
    pub description: Option<String>,
    /// The timezone in which the scheduling expression is evaluated.
    #[aws(length(min = 1, max = 50))]
    pub schedule_expression_timezone: Option<String>,
    /// Specifies whether the schedule is enabled or disabled.
    pub state: Option<ScheduleState>,
    /// The ARN for the customer managed KMS key that that you want EventBridge Scheduler to use to encrypt and decrypt your data.
    #[aws(
        length(min = 1, max = 2048),
        pattern = "arn:aws[a-z-]*:kms:[a-z0-9\\-]+:\\d{12}:(key|alias)\\/[0-9a-zA-Z-_]*"
    )]
    pub kms_key_arn: Option<String>,
    /// The schedule target.
    pub target: Target,
    /// Allows you to configure a time window during which EventBridge Scheduler invokes the schedule.
    pub flexible_time_window: FlexibleTimeWindow,
    /// Unique, case-sensitive identifier you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
    /// Specifies the action that EventBridge Scheduler applies to the schedule after the schedule completes invoking the target.
    pub action_after_completion: Option<ActionAfterCompletion>,
}

/// The output of [`UpdateSchedule`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateScheduleOutput {
    /// The Amazon Resource Name (ARN) of the schedule that you updated.
    #[aws(
        length(min = 1, max = 1224),
        pattern = "arn:aws[a-z-]*:scheduler:[a-z0-9\\-]+:\\d{12}:schedule\\/[0-9a-zA-Z-_.]+\\/[0-9a-zA-Z-_.]+"
    )]
    pub schedule_arn: String,
}
