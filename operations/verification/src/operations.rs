// Written by operations/codegen/generate.py from the service model; edit freely,
// tests/model.rs keeps these declarations and the model in agreement.
//! Account verification and email verification codes.

use awsop::{aws_operation, aws_shape, DateTime};

use awsop_partnercentral_account_shapes::*;

/// Retrieves the current status and details of a verification process for a partner account.
///
/// Errors: [`GetVerificationError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetVerification",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetVerification {
    /// The type of verification to retrieve information for.
    pub verification_type: VerificationType,
}

/// The output of [`GetVerification`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetVerificationResponse {
    /// The type of verification that was requested and processed.
    pub verification_type: VerificationType,
    /// The current status of the verification process.
    pub verification_status: VerificationStatus,
    /// Additional information explaining the current verification status, particularly useful when the status indicates a failure or requires additional action.
    #[aws(
        length(min = 1, max = 200),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub verification_status_reason: Option<String>,
    /// Detailed response information specific to the type of verification performed, including any verification-specific data or results.
    pub verification_response_details: VerificationResponseDetails,
    /// The timestamp when the verification process was initiated.
    pub started_at: DateTime,
    /// The timestamp when the verification process was completed.
    pub completed_at: Option<DateTime>,
}

/// Sends an email verification code to the specified email address for account verification purposes.
///
/// Errors: [`SendEmailVerificationCodeError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "SendEmailVerificationCode",
    errors(
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
        ServiceQuotaExceededException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendEmailVerificationCode {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The email address to send the verification code to.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub email: String,
}

/// The output of [`SendEmailVerificationCode`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SendEmailVerificationCodeResponse {}

/// Initiates a new verification process for a partner account.
///
/// Errors: [`StartVerificationError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "StartVerification",
    errors(
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException,
        ServiceQuotaExceededException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartVerification {
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
    /// The specific details required for the verification process, including business information for business verification or personal information for registrant verification.
    pub verification_details: Option<VerificationDetails>,
}

/// The output of [`StartVerification`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartVerificationResponse {
    /// The type of verification that was started based on the provided verification details.
    pub verification_type: VerificationType,
    /// The initial status of the verification process after it has been started.
    pub verification_status: VerificationStatus,
    /// Additional information about the initial verification status, including any immediate feedback about the submitted verification details.
    #[aws(
        length(min = 1, max = 200),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub verification_status_reason: Option<String>,
    /// Initial response details specific to the type of verification started, which may include next steps or additional requirements.
    pub verification_response_details: VerificationResponseDetails,
    /// The timestamp when the verification process was successfully initiated.
    pub started_at: DateTime,
    /// The timestamp when the verification process was completed.
    pub completed_at: Option<DateTime>,
}
