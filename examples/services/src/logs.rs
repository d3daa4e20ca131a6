//! Amazon CloudWatch Logs (`Logs_20140328`, awsJson 1.1): create a log group and a stream,
//! put and get events, list groups page by page, delete the group. Declared from
//! `models/logs/service-2.json`: the members these operations need (all the model's required
//! ones among them), with the model's camelCase wire names and constraints.

use awsop::{aws_operation, aws_shape, Service};

/// CloudWatch Logs: awsJson 1.1; its `serviceId` names `AWS_ENDPOINT_URL_CLOUDWATCH_LOGS`.
pub const LOGS: Service = Service::aws_json_1_1("logs", "Logs_20140328")
    .service_id("CloudWatch Logs")
    .endpoint_rules(include_str!(
        "../../../models/logs/endpoint-rule-set-1.json"
    ));

/// An event to put: when it happened (milliseconds since the epoch) and its text.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InputLogEvent {
    #[aws(rename = "timestamp", range(min = 0))]
    pub timestamp: i64,
    #[aws(rename = "message", length(min = 1))]
    pub message: String,
}

/// An event as read back.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutputLogEvent {
    #[aws(rename = "timestamp")]
    pub timestamp: Option<i64>,
    #[aws(rename = "message")]
    pub message: Option<String>,
    #[aws(rename = "ingestionTime")]
    pub ingestion_time: Option<i64>,
}

/// A log group (the members a program usually reads).
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct LogGroup {
    #[aws(rename = "logGroupName")]
    pub log_group_name: Option<String>,
    #[aws(rename = "creationTime")]
    pub creation_time: Option<i64>,
    #[aws(rename = "retentionInDays")]
    pub retention_in_days: Option<i32>,
    #[aws(rename = "arn")]
    pub arn: Option<String>,
    #[aws(rename = "storedBytes")]
    pub stored_bytes: Option<i64>,
    #[aws(rename = "logGroupArn")]
    pub log_group_arn: Option<String>,
}

/// Events the service did not take, by index.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct RejectedLogEventsInfo {
    #[aws(rename = "tooNewLogEventStartIndex")]
    pub too_new_log_event_start_index: Option<i32>,
    #[aws(rename = "tooOldLogEventEndIndex")]
    pub too_old_log_event_end_index: Option<i32>,
    #[aws(rename = "expiredLogEventEndIndex")]
    pub expired_log_event_end_index: Option<i32>,
}

modeled_errors!(
    no_members:
    /// No log group or stream of this name.
    ResourceNotFoundException,
    /// A log group or stream of this name exists.
    ResourceAlreadyExistsException,
    /// A parameter is not valid.
    InvalidParameterException,
    /// Too many resources.
    LimitExceededException,
    /// Another operation on the resource is under way.
    OperationAbortedException,
    /// The service is not available.
    ServiceUnavailableException,
    /// The events were already accepted.
    DataAlreadyAcceptedException,
);

/// Creates a log group.
#[aws_operation(
    service = LOGS,
    name = "CreateLogGroup",
    output = "NoOutput",
    errors(
        InvalidParameterException,
        ResourceAlreadyExistsException,
        LimitExceededException,
        OperationAbortedException,
        ServiceUnavailableException
    )
)]
#[derive(Debug, Clone, Default)]
pub struct CreateLogGroup {
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    #[aws(rename = "kmsKeyId", length(max = 256))]
    pub kms_key_id: Option<String>,
    #[aws(rename = "tags", length(min = 1, max = 50))]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
}

/// Creates a log stream in a group.
#[aws_operation(
    service = LOGS,
    name = "CreateLogStream",
    output = "NoOutput",
    errors(
        InvalidParameterException,
        ResourceAlreadyExistsException,
        ResourceNotFoundException,
        ServiceUnavailableException
    )
)]
#[derive(Debug, Clone, Default)]
pub struct CreateLogStream {
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: String,
}

/// Puts a batch of events, in time order, into a stream.
#[aws_operation(
    service = LOGS,
    name = "PutLogEvents",
    errors(
        InvalidParameterException,
        DataAlreadyAcceptedException,
        ResourceNotFoundException,
        ServiceUnavailableException
    )
)]
#[derive(Debug, Clone, Default)]
pub struct PutLogEvents {
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: String,
    #[aws(rename = "logEvents", length(min = 1, max = 10000))]
    pub log_events: Vec<InputLogEvent>,
}

/// The output of [`PutLogEvents`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct PutLogEventsResponse {
    #[aws(rename = "nextSequenceToken")]
    pub next_sequence_token: Option<String>,
    #[aws(rename = "rejectedLogEventsInfo")]
    pub rejected_log_events_info: Option<RejectedLogEventsInfo>,
}

/// Reads a stream's events.
#[aws_operation(
    service = LOGS,
    name = "GetLogEvents",
    errors(
        InvalidParameterException,
        ResourceNotFoundException,
        ServiceUnavailableException
    )
)]
#[derive(Debug, Clone, Default)]
pub struct GetLogEvents {
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: String,
    #[aws(rename = "startTime", range(min = 0))]
    pub start_time: Option<i64>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    #[aws(rename = "limit", range(min = 1, max = 10000))]
    pub limit: Option<i32>,
    #[aws(rename = "startFromHead")]
    pub start_from_head: Option<bool>,
}

/// The output of [`GetLogEvents`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct GetLogEventsResponse {
    #[aws(rename = "events")]
    pub events: Option<Vec<OutputLogEvent>>,
    #[aws(rename = "nextForwardToken")]
    pub next_forward_token: Option<String>,
    #[aws(rename = "nextBackwardToken")]
    pub next_backward_token: Option<String>,
}

/// Lists log groups, a page at a time.
#[aws_operation(
    service = LOGS,
    name = "DescribeLogGroups",
    errors(InvalidParameterException, ServiceUnavailableException)
)]
#[derive(Debug, Clone, Default)]
pub struct DescribeLogGroups {
    #[aws(
        rename = "logGroupNamePrefix",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name_prefix: Option<String>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
}

/// The output of [`DescribeLogGroups`].
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct DescribeLogGroupsResponse {
    #[aws(rename = "logGroups")]
    pub log_groups: Option<Vec<LogGroup>>,
    #[aws(rename = "nextToken")]
    pub next_token: Option<String>,
}

/// The model's paginator: `nextToken`, `limit`, items `logGroups`.
impl awsop::Paginate for DescribeLogGroups {
    type Item = LogGroup;
    fn set_next_token(&mut self, token: Option<String>) {
        self.next_token = token;
    }
    fn set_page_size(&mut self, size: i32) {
        self.limit = Some(size);
    }
    fn next_token(output: &DescribeLogGroupsResponse) -> Option<&str> {
        output.next_token.as_deref()
    }
    fn items(output: DescribeLogGroupsResponse) -> Vec<LogGroup> {
        output.log_groups.unwrap_or_default()
    }
}

/// Deletes a log group and its streams.
#[aws_operation(
    service = LOGS,
    name = "DeleteLogGroup",
    output = "NoOutput",
    errors(
        InvalidParameterException,
        ResourceNotFoundException,
        OperationAbortedException,
        ServiceUnavailableException
    )
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteLogGroup {
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
}

/// The empty output of an operation the model gives none.
#[aws_shape]
#[derive(Debug, Clone, Default)]
pub struct NoOutput {}
