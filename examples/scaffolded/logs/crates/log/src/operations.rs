// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the log operations (CreateLogStream, DeleteLogStream, DescribeLogStreams, FilterLogEvents and 4 more).

use std::collections::BTreeMap;

use awsop::{aws_operation, aws_shape};

use awsop_logs_shapes::*;

/// Creates a log stream for the specified log group.
///
/// Errors: [`CreateLogStreamError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "CreateLogStream",
    errors(InvalidParameterException, ResourceAlreadyExistsException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLogStream {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The name of the log stream.
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: String,
}

/// The output of [`CreateLogStream`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLogStreamResponse {}

/// Deletes the specified log stream and permanently deletes all the archived log events associated with the log stream.
///
/// Errors: [`DeleteLogStreamError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DeleteLogStream",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException, ValidationException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLogStream {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The name of the log stream.
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: String,
}

/// The output of [`DeleteLogStream`]: the model gives it no members.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteLogStreamResponse {}

/// Lists the log streams for the specified log group.
///
/// Errors: [`DescribeLogStreamsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "DescribeLogStreams",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeLogStreams {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// The prefix to match.
    #[aws(
        rename = "logStreamNamePrefix",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name_prefix: Option<String>,
    /// If the value is LogStreamName, the results are ordered by log stream name.
    #[aws(rename = "orderBy")]
    pub order_by: Option<OrderBy>,
    /// If the value is true, results are returned in descending order.
    #[aws(rename = "descending")]
    pub descending: Option<bool>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of items returned.
    #[aws(rename = "limit", range(min = 1, max = 50))]
    pub limit: Option<i32>,
}

/// The output of [`DescribeLogStreams`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DescribeLogStreamsResponse {
    /// The log streams.
    #[aws(rename = "logStreams")]
    pub log_streams: Option<Vec<LogStream>>,
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Lists log events from the specified log group.
///
/// Errors: [`FilterLogEventsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "FilterLogEvents",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterLogEvents {
    /// The name of the log group to search.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view log events from.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// Filters the results to only logs from the log streams in this list.
    #[aws(rename = "logStreamNames", length(min = 1, max = 100))]
    pub log_stream_names: Option<Vec<String>>,
    /// Filters the results to include only events from log streams that have names starting with this prefix.
    #[aws(
        rename = "logStreamNamePrefix",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name_prefix: Option<String>,
    /// The start of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "startTime", range(min = 0))]
    pub start_time: Option<i64>,
    /// The end of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "endTime", range(min = 0))]
    pub end_time: Option<i64>,
    /// The filter pattern to use.
    #[aws(rename = "filterPattern", length(min = 0, max = 1024))]
    pub filter_pattern: Option<String>,
    /// The token for the next set of events to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of events to return.
    #[aws(rename = "limit", range(min = 1, max = 10000))]
    pub limit: Option<i32>,
    /// If the value is true, the earliest log events are returned first.
    #[aws(rename = "startFromHead")]
    pub start_from_head: Option<bool>,
    /// If the value is true, the operation attempts to provide responses that contain events from multiple log streams within the log group, interleaved in a single response.
    #[aws(rename = "interleaved")]
    pub interleaved: Option<bool>,
    /// Specify true to display the log event fields with all sensitive data unmasked and visible.
    #[aws(rename = "unmask")]
    pub unmask: Option<bool>,
}

/// The output of [`FilterLogEvents`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterLogEventsResponse {
    /// The matched events.
    #[aws(rename = "events")]
    pub events: Option<Vec<FilteredLogEvent>>,
    /// Important As of May 15, 2020, this parameter is no longer supported.
    #[aws(rename = "searchedLogStreams")]
    pub searched_log_streams: Option<Vec<SearchedLogStream>>,
    /// The token for the next set of items in the sorting direction specified by the startFromHead parameter in the first request.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
}

/// Lists log events from the specified log stream.
///
/// Errors: [`GetLogEventsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetLogEvents",
    errors(InvalidParameterException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogEvents {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view events from.
    #[aws(
        rename = "logGroupIdentifier",
        length(min = 1, max = 2048),
        pattern = "[\\w#+=/:,.@-]*"
    )]
    pub log_group_identifier: Option<String>,
    /// The name of the log stream.
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: String,
    /// The start of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "startTime", range(min = 0))]
    pub start_time: Option<i64>,
    /// The end of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[aws(rename = "endTime", range(min = 0))]
    pub end_time: Option<i64>,
    /// The token for the next set of items to return.
    #[aws(rename = "nextToken", length(min = 1))]
    pub next_token: Option<String>,
    /// The maximum number of log events returned.
    #[aws(rename = "limit", range(min = 1, max = 10000))]
    pub limit: Option<i32>,
    /// If the value is true, the earliest log events are returned first.
    #[aws(rename = "startFromHead")]
    pub start_from_head: Option<bool>,
    /// Specify true to display the log event fields with all sensitive data unmasked and visible.
    #[aws(rename = "unmask")]
    pub unmask: Option<bool>,
}

/// The output of [`GetLogEvents`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogEventsResponse {
    /// The events.
    #[aws(rename = "events")]
    pub events: Option<Vec<OutputLogEvent>>,
    /// The token for the next set of items in the forward direction.
    #[aws(rename = "nextForwardToken", length(min = 1))]
    pub next_forward_token: Option<String>,
    /// The token for the next set of items in the backward direction.
    #[aws(rename = "nextBackwardToken", length(min = 1))]
    pub next_backward_token: Option<String>,
}

/// Discovers available fields for a specific data source and type.
///
/// Errors: [`GetLogFieldsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetLogFields",
    errors(InvalidParameterException, ResourceNotFoundException, OperationAbortedException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogFields {
    /// The name of the data source to retrieve log fields for.
    #[aws(rename = "dataSourceName")]
    pub data_source_name: String,
    /// The type of the data source to retrieve log fields for.
    #[aws(rename = "dataSourceType")]
    pub data_source_type: String,
}

/// The output of [`GetLogFields`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogFieldsResponse {
    /// The list of log fields for the specified data source, including field names and their data types.
    #[aws(rename = "logFields")]
    pub log_fields: Option<Vec<LogFieldsListItem>>,
}

/// Retrieves all of the fields and values of a single log event.
///
/// Errors: [`GetLogRecordError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "GetLogRecord",
    errors(InvalidParameterException, LimitExceededException, ResourceNotFoundException, ServiceUnavailableException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogRecord {
    /// The pointer corresponding to the log event record you want to retrieve.
    #[aws(rename = "logRecordPointer")]
    pub log_record_pointer: String,
    /// Specify true to display the log event fields with all sensitive data unmasked and visible.
    #[aws(rename = "unmask")]
    pub unmask: Option<bool>,
}

/// The output of [`GetLogRecord`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetLogRecordResponse {
    /// The requested log event, as a JSON string.
    #[aws(rename = "logRecord")]
    pub log_record: Option<BTreeMap<String, String>>,
}

/// Uploads a batch of log events to the specified log stream.
///
/// Errors: [`PutLogEventsError`].
#[aws_operation(
    service = CLOUDWATCH_LOGS,
    name = "PutLogEvents",
    errors(InvalidParameterException, InvalidSequenceTokenException, DataAlreadyAcceptedException, ResourceNotFoundException, ServiceUnavailableException, UnrecognizedClientException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutLogEvents {
    /// The name of the log group.
    #[aws(
        rename = "logGroupName",
        length(min = 1, max = 512),
        pattern = "[\\.\\-_/#A-Za-z0-9]+"
    )]
    pub log_group_name: String,
    /// The name of the log stream.
    #[aws(
        rename = "logStreamName",
        length(min = 1, max = 512),
        pattern = "[^:*]*"
    )]
    pub log_stream_name: String,
    /// The log events.
    #[aws(rename = "logEvents", length(min = 1, max = 10000))]
    pub log_events: Vec<InputLogEvent>,
    /// The sequence token obtained from the response of the previous PutLogEvents call.
    #[aws(rename = "sequenceToken", length(min = 1))]
    pub sequence_token: Option<String>,
    /// The entity associated with the log events.
    #[aws(rename = "entity")]
    pub entity: Option<Entity>,
}

/// The output of [`PutLogEvents`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutLogEventsResponse {
    /// The next sequence token.
    #[aws(rename = "nextSequenceToken", length(min = 1))]
    pub next_sequence_token: Option<String>,
    /// The rejected events.
    #[aws(rename = "rejectedLogEventsInfo")]
    pub rejected_log_events_info: Option<RejectedLogEventsInfo>,
    /// Information about why the entity is rejected when calling PutLogEvents.
    #[aws(rename = "rejectedEntityInfo")]
    pub rejected_entity_info: Option<RejectedEntityInfo>,
}
