// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the durable operations (CheckpointDurableExecution, DeleteDurableExecution, GetDurableExecution, GetDurableExecutionHistory and 8 more).

use awsop::{aws_operation, aws_shape, Blob, DateTime, EpochSeconds, Sensitive};

use awsop_lambda_shapes::*;

/// Saves the progress of a durable function execution during runtime.
///
/// Errors: [`CheckpointDurableExecutionError`].
#[aws_operation(
    service = LAMBDA,
    name = "CheckpointDurableExecution",
    http(method = "POST", uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint"),
    errors(InvalidParameterValueException, KMSInvalidStateException, ServiceException, TooManyRequestsException, KMSNotFoundException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckpointDurableExecution {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        label,
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// A unique token that identifies the current checkpoint state.
    #[aws(length(min = 1, max = 2048), pattern = "[A-Za-z0-9+/]+={0,2}")]
    pub checkpoint_token: String,
    /// An array of state updates to apply during this checkpoint.
    pub updates: Option<Vec<OperationUpdate>>,
    /// An optional idempotency token to ensure that duplicate checkpoint requests are handled correctly.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[\\x21-\\x7E]+"
    )]
    pub client_token: Option<String>,
}

/// The response from the CheckpointDurableExecution operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckpointDurableExecutionResponse {
    /// A new checkpoint token to use for the next checkpoint operation.
    #[aws(length(min = 1, max = 2048), pattern = "[A-Za-z0-9+/]+={0,2}")]
    pub checkpoint_token: Option<String>,
    /// Updated execution state information that includes any changes that occurred since the last checkpoint, such as completed callbacks or expired timers.
    pub new_execution_state: CheckpointUpdatedExecutionState,
}

/// Deletes a completed Lambda durable execution and its data.
///
/// Errors: [`DeleteDurableExecutionError`].
#[aws_operation(
    service = LAMBDA,
    name = "DeleteDurableExecution",
    http(method = "DELETE", uri = "/2025-12-01/durable-executions/{DurableExecutionArn}", code = 202),
    errors(InvalidParameterValueException, ResourceConflictException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDurableExecution {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        label,
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
}

/// The output of [`DeleteDurableExecution`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeleteDurableExecutionResponse {
    /// The timestamp when Lambda accepted the deletion request (ISO 8601 format).
    pub deletion_request_timestamp: EpochSeconds,
}

/// Retrieves detailed information about a specific durable execution, including its current status, input payload, result or error information, and execution metadata such as start time and usage statistics.
///
/// Errors: [`GetDurableExecutionError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetDurableExecution",
    http(method = "GET", uri = "/2025-12-01/durable-executions/{DurableExecutionArn}"),
    errors(InvalidParameterValueException, KMSInvalidStateException, ServiceException, TooManyRequestsException, KMSNotFoundException, ResourceNotFoundException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecution {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        label,
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// Specifies whether to include execution data such as input payload, result, and error information in the response.
    #[aws(query = "IncludeExecutionData")]
    pub include_execution_data: Option<bool>,
}

/// The response from the GetDurableExecution operation, containing detailed information about the durable execution.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionResponse {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// The name of the durable execution.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-_]+")]
    pub durable_execution_name: String,
    /// The Amazon Resource Name (ARN) of the Lambda function that was invoked to start this durable execution.
    #[aws(
        length(min = 0, max = 10000),
        pattern = "arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_\\.]+(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_arn: String,
    /// The JSON input payload that you provided when you started the durable execution.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub input_payload: Option<Sensitive<String>>,
    /// The JSON result returned by the durable execution if it completed successfully.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 6291456))]
    pub result: Option<Sensitive<String>>,
    /// Error information if the durable execution failed.
    pub error: Option<ErrorObject>,
    /// The date and time when the durable execution started, in Unix timestamp format.
    pub start_timestamp: EpochSeconds,
    /// The durable execution has one of the following statuses: RUNNING – The execution is running or waiting for pending operations to complete.
    pub status: ExecutionStatus,
    /// The date and time when the durable execution ended, in Unix timestamp format.
    pub end_timestamp: Option<EpochSeconds>,
    /// The version of the Lambda function that was invoked for this durable execution.
    #[aws(
        length(min = 1, max = 1024),
        pattern = "(\\$LATEST(\\.PUBLISHED)?|[0-9]+)"
    )]
    pub version: Option<String>,
    /// The trace headers associated with the durable execution.
    pub trace_header: Option<TraceHeader>,
    /// Indicates whether execution data is included in this response.
    pub execution_data_included: Option<bool>,
    /// Configuration settings for the durable execution, including execution timeout, retention period for execution history, and an optional ARN of the Key Management Service (KMS) customer managed key that is used to encrypt your durable execution's payload data, including input, output, and error payloads.
    pub durable_config: Option<DurableConfig>,
    /// The details of the pause, including when you requested it and whether it pauses the execution timeout.
    pub pause_details: Option<PauseDetails>,
    /// The date and time when the durable execution will time out, in Unix timestamp format.
    pub expected_execution_timeout_timestamp: Option<EpochSeconds>,
}

/// Retrieves the execution history for a durable execution, showing all the steps, callbacks, and events that occurred during the execution.
///
/// Errors: [`GetDurableExecutionHistoryError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetDurableExecutionHistory",
    http(method = "GET", uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/history"),
    errors(InvalidParameterValueException, KMSInvalidStateException, ServiceException, TooManyRequestsException, KMSNotFoundException, ResourceNotFoundException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionHistory {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        label,
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// Specifies whether to include execution data such as step results and callback payloads in the history events.
    #[aws(query = "IncludeExecutionData")]
    pub include_execution_data: Option<bool>,
    /// The maximum number of history events to return per call.
    #[aws(query = "MaxItems", range(min = 0, max = 1000))]
    pub max_items: Option<i32>,
    /// If NextMarker was returned from a previous request, use this value to retrieve the next page of results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// When set to true, returns the history events in reverse chronological order (newest first).
    #[aws(query = "ReverseOrder")]
    pub reverse_order: Option<bool>,
}

/// The response from the GetDurableExecutionHistory operation, containing the execution history and events.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionHistoryResponse {
    /// An array of execution history events, ordered chronologically unless ReverseOrder is set to true.
    pub events: Vec<Event>,
    /// If present, indicates that more history events are available.
    pub next_marker: Option<String>,
}

/// Retrieves the current execution state required for the replay process during durable function execution.
///
/// Errors: [`GetDurableExecutionStateError`].
#[aws_operation(
    service = LAMBDA,
    name = "GetDurableExecutionState",
    http(method = "GET", uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/state"),
    errors(InvalidParameterValueException, KMSInvalidStateException, ServiceException, TooManyRequestsException, KMSNotFoundException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionState {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        label,
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// A checkpoint token that identifies the current state of the execution.
    #[aws(
        query = "CheckpointToken",
        length(min = 1, max = 2048),
        pattern = "[A-Za-z0-9+/]+={0,2}"
    )]
    pub checkpoint_token: String,
    /// If NextMarker was returned from a previous request, use this value to retrieve the next page of operations.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of operations to return per call.
    #[aws(query = "MaxItems", range(min = 0, max = 1000))]
    pub max_items: Option<i32>,
}

/// The response from the GetDurableExecutionState operation, containing the current execution state for replay.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionStateResponse {
    /// An array of operations that represent the current state of the durable execution.
    pub operations: Vec<Operation>,
    /// If present, indicates that more operations are available.
    pub next_marker: Option<String>,
}

/// Returns a list of durable executions for a specified Lambda function.
///
/// Errors: [`ListDurableExecutionsByFunctionError`].
#[aws_operation(
    service = LAMBDA,
    name = "ListDurableExecutionsByFunction",
    http(method = "GET", uri = "/2025-12-01/functions/{FunctionName}/durable-executions"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListDurableExecutionsByFunction {
    /// The name or ARN of the Lambda function.
    #[aws(
        label,
        length(min = 1, max = 256),
        pattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"
    )]
    pub function_name: String,
    /// The function version to filter executions by.
    #[aws(
        query = "Qualifier",
        length(min = 1, max = 128),
        pattern = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"
    )]
    pub qualifier: Option<String>,
    /// Filter executions by name.
    #[aws(
        query = "DurableExecutionName",
        length(min = 1, max = 64),
        pattern = "[a-zA-Z0-9-_]+"
    )]
    pub durable_execution_name: Option<String>,
    /// Filters the executions by status.
    #[aws(query = "Statuses", length(min = 1, max = 10))]
    pub statuses: Option<Vec<ExecutionStatus>>,
    /// Filter executions that started after this timestamp (ISO 8601 format).
    #[aws(query = "StartedAfter")]
    pub started_after: Option<DateTime>,
    /// Filter executions that started before this timestamp (ISO 8601 format).
    #[aws(query = "StartedBefore")]
    pub started_before: Option<DateTime>,
    /// Set to true to return results in chronological order (oldest first).
    #[aws(query = "ReverseOrder")]
    pub reverse_order: Option<bool>,
    /// Pagination token from a previous request to continue retrieving results.
    #[aws(query = "Marker")]
    pub marker: Option<String>,
    /// Maximum number of executions to return (1-1000).
    #[aws(query = "MaxItems", range(min = 0, max = 1000))]
    pub max_items: Option<i32>,
}

/// The response from the ListDurableExecutionsByFunction operation, containing a list of durable executions and pagination information.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListDurableExecutionsByFunctionResponse {
    /// List of durable execution summaries matching the filter criteria.
    pub durable_executions: Option<Vec<Execution>>,
    /// Pagination token for retrieving additional results.
    pub next_marker: Option<String>,
}

/// Pauses a running durable execution.
///
/// Errors: [`PauseDurableExecutionError`].
#[aws_operation(
    service = LAMBDA,
    name = "PauseDurableExecution",
    http(method = "POST", uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/pause", code = 202),
    errors(InvalidParameterValueException, KMSInvalidStateException, ResourceConflictException, ServiceException, TooManyRequestsException, KMSNotFoundException, ResourceNotFoundException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PauseDurableExecution {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        label,
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// A unique, case-sensitive identifier that you provide so that the request completes no more than one time.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[\\x21-\\x7E]+"
    )]
    pub client_token: Option<String>,
    /// A description of why you're pausing the execution.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 1024))]
    pub reason: Option<Sensitive<String>>,
    /// Specifies whether to pause the execution timeout while the execution is paused.
    pub execution_timeout_paused: Option<bool>,
}

/// The output of [`PauseDurableExecution`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PauseDurableExecutionResponse {}

/// Resumes a paused durable execution.
///
/// Errors: [`ResumeDurableExecutionError`].
#[aws_operation(
    service = LAMBDA,
    name = "ResumeDurableExecution",
    http(method = "POST", uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/resume", code = 202),
    errors(InvalidParameterValueException, KMSInvalidStateException, ResourceConflictException, ServiceException, TooManyRequestsException, KMSNotFoundException, ResourceNotFoundException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResumeDurableExecution {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        label,
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// A unique, case-sensitive identifier that you provide so that the request completes no more than one time.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[\\x21-\\x7E]+"
    )]
    pub client_token: Option<String>,
    /// A description of why you're resuming the execution.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 0, max = 1024))]
    pub reason: Option<Sensitive<String>>,
}

/// The output of [`ResumeDurableExecution`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResumeDurableExecutionResponse {}

/// Sends a failure response for a callback operation in a durable execution.
///
/// Errors: [`SendDurableExecutionCallbackFailureError`].
#[aws_operation(
    service = LAMBDA,
    name = "SendDurableExecutionCallbackFailure",
    http(method = "POST", uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail"),
    errors(InvalidParameterValueException, KMSInvalidStateException, ServiceException, TooManyRequestsException, KMSNotFoundException, ResourceNotFoundException, CallbackTimeoutException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackFailure {
    /// The unique identifier for the callback operation.
    #[aws(label, length(min = 1, max = 1024), pattern = "[A-Za-z0-9+/]+={0,2}")]
    pub callback_id: String,
    /// Error details describing why the callback operation failed.
    #[aws(payload)]
    pub error: Option<ErrorObject>,
}

/// The output of [`SendDurableExecutionCallbackFailure`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackFailureResponse {}

/// Sends a heartbeat signal for a long-running callback operation to prevent timeout.
///
/// Errors: [`SendDurableExecutionCallbackHeartbeatError`].
#[aws_operation(
    service = LAMBDA,
    name = "SendDurableExecutionCallbackHeartbeat",
    http(method = "POST", uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat"),
    errors(InvalidParameterValueException, ServiceException, TooManyRequestsException, ResourceNotFoundException, CallbackTimeoutException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackHeartbeat {
    /// The unique identifier for the callback operation.
    #[aws(label, length(min = 1, max = 1024), pattern = "[A-Za-z0-9+/]+={0,2}")]
    pub callback_id: String,
}

/// The output of [`SendDurableExecutionCallbackHeartbeat`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackHeartbeatResponse {}

/// Sends a successful completion response for a callback operation in a durable execution.
///
/// Errors: [`SendDurableExecutionCallbackSuccessError`].
#[aws_operation(
    service = LAMBDA,
    name = "SendDurableExecutionCallbackSuccess",
    http(method = "POST", uri = "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed"),
    errors(InvalidParameterValueException, KMSInvalidStateException, ServiceException, TooManyRequestsException, KMSNotFoundException, ResourceNotFoundException, CallbackTimeoutException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackSuccess {
    /// The unique identifier for the callback operation.
    #[aws(label, length(min = 1, max = 1024), pattern = "[A-Za-z0-9+/]+={0,2}")]
    pub callback_id: String,
    /// The result data from the successful callback operation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(payload, length(min = 0, max = 1048576))]
    pub result: Option<Sensitive<Blob>>,
}

/// The output of [`SendDurableExecutionCallbackSuccess`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackSuccessResponse {}

/// Stops a running or paused durable execution.
///
/// Errors: [`StopDurableExecutionError`].
#[aws_operation(
    service = LAMBDA,
    name = "StopDurableExecution",
    http(method = "POST", uri = "/2025-12-01/durable-executions/{DurableExecutionArn}/stop"),
    errors(InvalidParameterValueException, KMSInvalidStateException, ServiceException, TooManyRequestsException, KMSNotFoundException, ResourceNotFoundException, KMSAccessDeniedException, KMSDisabledException),
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StopDurableExecution {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[aws(
        label,
        length(min = 1, max = 1024),
        pattern = "arn:([a-zA-Z0-9-]+):lambda:([a-zA-Z0-9-]+):(\\d{12}):function:([a-zA-Z0-9_-]+):(\\$LATEST(?:\\.PUBLISHED)?|[0-9]+)/durable-execution/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)"
    )]
    pub durable_execution_arn: String,
    /// Optional error details explaining why the execution is being stopped.
    #[aws(payload)]
    pub error: Option<ErrorObject>,
}

/// The output of [`StopDurableExecution`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StopDurableExecutionResponse {
    /// The timestamp when the execution was stopped (ISO 8601 format).
    pub stop_timestamp: EpochSeconds,
}
