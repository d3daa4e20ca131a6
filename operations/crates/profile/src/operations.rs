// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! Partner Central Account API: the profile operations (CancelProfileUpdateTask, GetProfileUpdateTask, GetProfileVisibility, PutProfileVisibility and 1 more).

use awsop::{aws_operation, aws_shape, DateTime};

use awsop_partnercentral_account_shapes::*;

/// Cancels an in-progress profile update task, stopping any pending changes to the partner profile.
///
/// Errors: [`CancelProfileUpdateTaskError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "CancelProfileUpdateTask",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ConflictException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelProfileUpdateTask {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
    /// The unique identifier of the profile update task to cancel.
    #[aws(length(min = 1, max = 80), pattern = "pprofiletask-[A-Za-z0-9]{13}")]
    pub task_id: String,
}

/// The output of [`CancelProfileUpdateTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CancelProfileUpdateTaskResponse {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) of the canceled profile update task.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The unique identifier of the partner account.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The unique identifier of the canceled profile update task.
    #[aws(length(min = 1, max = 80), pattern = "pprofiletask-[A-Za-z0-9]{13}")]
    pub task_id: String,
    /// The details of the profile update task that was canceled.
    pub task_details: TaskDetails,
    /// The timestamp when the profile update task was started.
    pub started_at: DateTime,
    /// The current status of the profile update task (canceled).
    pub status: ProfileTaskStatus,
    /// The timestamp when the profile update task was ended (canceled).
    pub ended_at: Option<DateTime>,
    /// A list of error details if any errors occurred during the profile update task.
    #[aws(length(min = 1, max = 50))]
    pub error_detail_list: Option<Vec<ErrorDetail>>,
}

/// Retrieves information about a specific profile update task.
///
/// Errors: [`GetProfileUpdateTaskError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetProfileUpdateTask",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProfileUpdateTask {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
}

/// The output of [`GetProfileUpdateTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProfileUpdateTaskResponse {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) of the profile update task.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The unique identifier of the partner account.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The unique identifier of the profile update task.
    #[aws(length(min = 1, max = 80), pattern = "pprofiletask-[A-Za-z0-9]{13}")]
    pub task_id: String,
    /// The details of the profile update task including what changes are being made.
    pub task_details: TaskDetails,
    /// The timestamp when the profile update task was started.
    pub started_at: DateTime,
    /// The current status of the profile update task (in progress, completed, failed, etc.).
    pub status: ProfileTaskStatus,
    /// The timestamp when the profile update task was completed or failed.
    pub ended_at: Option<DateTime>,
    /// A list of error details if any errors occurred during the profile update task.
    #[aws(length(min = 1, max = 50))]
    pub error_detail_list: Option<Vec<ErrorDetail>>,
}

/// Retrieves the visibility settings for a partner profile, determining who can see the profile information.
///
/// Errors: [`GetProfileVisibilityError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetProfileVisibility",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProfileVisibility {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
}

/// The output of [`GetProfileVisibility`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetProfileVisibilityResponse {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) of the partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The unique identifier of the partner account.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The visibility setting for the partner profile (public, private, restricted, etc.).
    pub visibility: ProfileVisibility,
    /// The unique identifier of the partner profile.
    #[aws(length(min = 1, max = 50), pattern = "pprofile-[A-Za-z0-9]{13}")]
    pub profile_id: String,
}

/// Sets the visibility level for a partner profile, controlling who can view the profile information.
///
/// Errors: [`PutProfileVisibilityError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "PutProfileVisibility",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
        ServiceQuotaExceededException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutProfileVisibility {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
    /// The visibility setting to apply to the partner profile.
    pub visibility: ProfileVisibility,
}

/// The output of [`PutProfileVisibility`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutProfileVisibilityResponse {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) of the partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The unique identifier of the partner account.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The updated visibility setting for the partner profile.
    pub visibility: ProfileVisibility,
    /// The unique identifier of the partner profile.
    #[aws(length(min = 1, max = 50), pattern = "pprofile-[A-Za-z0-9]{13}")]
    pub profile_id: String,
}

/// Initiates a profile update task to modify partner profile information asynchronously.
///
/// Errors: [`StartProfileUpdateTaskError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "StartProfileUpdateTask",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ConflictException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
        ServiceQuotaExceededException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartProfileUpdateTask {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
    /// The details of the profile updates to be performed.
    pub task_details: TaskDetails,
}

/// The output of [`StartProfileUpdateTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartProfileUpdateTaskResponse {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) of the started profile update task.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The unique identifier of the partner account.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The unique identifier of the started profile update task.
    #[aws(length(min = 1, max = 80), pattern = "pprofiletask-[A-Za-z0-9]{13}")]
    pub task_id: String,
    /// The details of the profile update task that was started.
    pub task_details: TaskDetails,
    /// The timestamp when the profile update task was started.
    pub started_at: DateTime,
    /// The current status of the profile update task (in progress).
    pub status: ProfileTaskStatus,
    /// The timestamp when the profile update task ended (null for in-progress tasks).
    pub ended_at: Option<DateTime>,
    /// A list of error details if any errors occurred during the profile update task.
    #[aws(length(min = 1, max = 50))]
    pub error_detail_list: Option<Vec<ErrorDetail>>,
}
