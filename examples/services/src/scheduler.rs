//! Amazon EventBridge Scheduler (`2021-06-30`, restJson1): create a schedule group and
//! schedules, read one, list them page by page, update one, delete them. Declared from
//! `models/scheduler/service-2.json`: each operation's `http` trait, its members where the
//! model binds them, the idempotency tokens (`ClientToken`, autofilled), and the model's
//! constraints.

use awsop::{aws_operation, aws_shape, EpochSeconds, Service};

/// EventBridge Scheduler: restJson1; its `serviceId` names `AWS_ENDPOINT_URL_SCHEDULER`.
pub const SCHEDULER: Service = Service::rest_json_1("scheduler")
    .service_id("Scheduler")
    .endpoint_rules(include_str!(
        "../../../models/scheduler/endpoint-rule-set-1.json"
    ));

awsop::string_enum! {
    /// Whether a schedule runs.
    pub enum ScheduleState {
        Enabled = "ENABLED",
        Disabled = "DISABLED",
    }
}

awsop::string_enum! {
    /// Whether a schedule may run late, within a window.
    pub enum FlexibleTimeWindowMode {
        Off = "OFF",
        Flexible = "FLEXIBLE",
    }
}

awsop::string_enum! {
    /// What happens to a one-time schedule once it ran.
    pub enum ActionAfterCompletion {
        None = "NONE",
        Delete = "DELETE",
    }
}

/// What a schedule invokes: a target's ARN, the role it assumes, and the input it sends.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Target {
    #[aws(length(min = 1, max = 1600))]
    pub arn: String,
    #[aws(
        length(min = 1, max = 1600),
        pattern = "arn:aws[a-z-]*:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+"
    )]
    pub role_arn: String,
    #[aws(length(min = 1))]
    pub input: Option<String>,
    pub retry_policy: Option<RetryPolicy>,
}

/// How often, and for how long, a failed invocation is retried.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct RetryPolicy {
    #[aws(range(min = 60, max = 86400))]
    pub maximum_event_age_in_seconds: Option<i32>,
    #[aws(range(min = 0, max = 185))]
    pub maximum_retry_attempts: Option<i32>,
}

/// The window within which a schedule may run.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct FlexibleTimeWindow {
    pub mode: FlexibleTimeWindowMode,
    #[aws(range(min = 1, max = 1440))]
    pub maximum_window_in_minutes: Option<i32>,
}

/// A tag of a schedule group.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct Tag {
    #[aws(length(min = 1, max = 128))]
    pub key: String,
    #[aws(length(min = 1, max = 256))]
    pub value: String,
}

/// Creates a schedule; `ClientToken` is autofilled, the same on every retry.
#[aws_operation(
    service = SCHEDULER,
    name = "CreateSchedule",
    http(method = "POST", uri = "/schedules/{Name}"),
    output = "CreateScheduleOutput",
    errors(
        ServiceQuotaExceededException,
        ValidationException,
        InternalServerException,
        ConflictException,
        ThrottlingException,
        ResourceNotFoundException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct CreateSchedule {
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub group_name: Option<String>,
    #[aws(length(min = 1, max = 256))]
    pub schedule_expression: String,
    pub start_date: Option<EpochSeconds>,
    pub end_date: Option<EpochSeconds>,
    #[aws(length(max = 512))]
    pub description: Option<String>,
    #[aws(length(min = 1, max = 50))]
    pub schedule_expression_timezone: Option<String>,
    pub state: Option<ScheduleState>,
    pub target: Target,
    pub flexible_time_window: FlexibleTimeWindow,
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
    pub action_after_completion: Option<ActionAfterCompletion>,
}

/// The new schedule's ARN.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct CreateScheduleOutput {
    pub schedule_arn: String,
}

/// Reads a schedule.
#[aws_operation(
    service = SCHEDULER,
    name = "GetSchedule",
    http(method = "GET", uri = "/schedules/{Name}"),
    output = "GetScheduleOutput",
    errors(
        ValidationException,
        InternalServerException,
        ResourceNotFoundException,
        ThrottlingException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct GetSchedule {
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    #[aws(
        query = "groupName",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub group_name: Option<String>,
}

/// A schedule.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct GetScheduleOutput {
    pub arn: Option<String>,
    pub group_name: Option<String>,
    pub name: Option<String>,
    pub schedule_expression: Option<String>,
    pub start_date: Option<EpochSeconds>,
    pub end_date: Option<EpochSeconds>,
    pub description: Option<String>,
    pub schedule_expression_timezone: Option<String>,
    pub state: Option<ScheduleState>,
    pub creation_date: Option<EpochSeconds>,
    pub last_modification_date: Option<EpochSeconds>,
    pub target: Option<Target>,
    pub flexible_time_window: Option<FlexibleTimeWindow>,
    pub action_after_completion: Option<ActionAfterCompletion>,
}

/// Lists schedules, filtered by group, name prefix and state, up to 100 a page.
#[aws_operation(
    service = SCHEDULER,
    name = "ListSchedules",
    http(method = "GET", uri = "/schedules"),
    output = "ListSchedulesOutput",
    errors(
        ValidationException,
        InternalServerException,
        ResourceNotFoundException,
        ThrottlingException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct ListSchedules {
    #[aws(
        query = "ScheduleGroup",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub group_name: Option<String>,
    #[aws(
        query = "NamePrefix",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub name_prefix: Option<String>,
    #[aws(query = "State")]
    pub state: Option<ScheduleState>,
    #[aws(query = "NextToken", length(min = 1, max = 2048))]
    pub next_token: Option<String>,
    #[aws(query = "MaxResults", range(min = 1, max = 100))]
    pub max_results: Option<i32>,
}

/// A page of schedules.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ListSchedulesOutput {
    pub next_token: Option<String>,
    pub schedules: Vec<ScheduleSummary>,
}

/// A schedule as listed.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct ScheduleSummary {
    pub arn: Option<String>,
    pub name: Option<String>,
    pub group_name: Option<String>,
    pub state: Option<ScheduleState>,
    pub creation_date: Option<EpochSeconds>,
    pub last_modification_date: Option<EpochSeconds>,
    pub target: Option<TargetSummary>,
}

/// A schedule's target as listed.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct TargetSummary {
    pub arn: String,
}

impl awsop::Paginate for ListSchedules {
    type Item = ScheduleSummary;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.max_results = Some(size);
    }
    fn next_token(output: &ListSchedulesOutput) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: ListSchedulesOutput) -> Vec<ScheduleSummary> {
        output.schedules
    }
}

/// Replaces a schedule's settings (every required one is sent again).
#[aws_operation(
    service = SCHEDULER,
    name = "UpdateSchedule",
    http(method = "PUT", uri = "/schedules/{Name}"),
    output = "UpdateScheduleOutput",
    errors(
        ServiceQuotaExceededException,
        ValidationException,
        InternalServerException,
        ConflictException,
        ResourceNotFoundException,
        ThrottlingException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct UpdateSchedule {
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    #[aws(length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub group_name: Option<String>,
    #[aws(length(min = 1, max = 256))]
    pub schedule_expression: String,
    #[aws(length(max = 512))]
    pub description: Option<String>,
    pub state: Option<ScheduleState>,
    pub target: Target,
    pub flexible_time_window: FlexibleTimeWindow,
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// The schedule's ARN.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct UpdateScheduleOutput {
    pub schedule_arn: String,
}

/// Deletes a schedule; its `clientToken` goes in the query string, autofilled.
#[aws_operation(
    service = SCHEDULER,
    name = "DeleteSchedule",
    http(method = "DELETE", uri = "/schedules/{Name}"),
    output = "DeleteScheduleOutput",
    errors(
        ServiceQuotaExceededException,
        ValidationException,
        InternalServerException,
        ConflictException,
        ResourceNotFoundException,
        ThrottlingException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteSchedule {
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    #[aws(
        query = "groupName",
        length(min = 1, max = 64),
        pattern = "[0-9a-zA-Z-_.]+"
    )]
    pub group_name: Option<String>,
    #[aws(
        query = "clientToken",
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// Nothing.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct DeleteScheduleOutput {}

/// Creates a schedule group.
#[aws_operation(
    service = SCHEDULER,
    name = "CreateScheduleGroup",
    http(method = "POST", uri = "/schedule-groups/{Name}"),
    output = "CreateScheduleGroupOutput",
    errors(
        ServiceQuotaExceededException,
        ValidationException,
        InternalServerException,
        ConflictException,
        ThrottlingException,
    )
)]
#[derive(Debug, Clone, Default)]
pub struct CreateScheduleGroup {
    #[aws(label, length(min = 1, max = 64), pattern = "[0-9a-zA-Z-_.]+")]
    pub name: String,
    #[aws(length(max = 200))]
    pub tags: Option<Vec<Tag>>,
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub client_token: Option<String>,
}

/// The new group's ARN.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct CreateScheduleGroupOutput {
    pub schedule_group_arn: String,
}

macro_rules! scheduler_errors {
    ($($(#[$doc:meta])* $shape:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[aws_shape]
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct $shape {
            /// What happened.
            pub message: String,
        }
        impl awsop::ModeledError for $shape {
            const CODE: &'static str = stringify!($shape);
            fn message(&self) -> Option<&str> {
                Some(&self.message)
            }
        }
    )*};
}

scheduler_errors!(
    /// A quota would be exceeded.
    ServiceQuotaExceededException,
    /// The input is not valid.
    ValidationException,
    /// The service failed.
    InternalServerException,
    /// The resource exists already, or changed meanwhile.
    ConflictException,
    /// Too many requests.
    ThrottlingException,
    /// No such schedule or group.
    ResourceNotFoundException,
);
