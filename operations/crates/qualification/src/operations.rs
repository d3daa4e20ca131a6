// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! Partner Central Account API: the qualification operations (GetQualificationsAssociationDetails, GetQualificationsAssociationTask, GetQualificationsDisassociationTask, StartQualificationsAssociationTask and 1 more).

use awsop::{aws_operation, aws_shape, DateTime};

use awsop_partnercentral_account_shapes::*;

/// Returns your current qualifications association status, the primary partner, and the full list of partners associated under the primary partner.
///
/// Errors: [`GetQualificationsAssociationDetailsError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetQualificationsAssociationDetails",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQualificationsAssociationDetails {
    /// The catalog in which to look up the qualifications association.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// Your partner identifier.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
}

/// The output of [`GetQualificationsAssociationDetails`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQualificationsAssociationDetailsResponse {
    /// The catalog identifier echoed from the request.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// Your unique partner identifier in the AWS Partner Network.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The current qualifications association status.
    pub status: QualificationsAssociationStatus,
    /// The primary partner's profile and account identifiers.
    pub primary_partner: Option<QualificationsAssociationPartner>,
    /// The list of all partner profile and account identifiers currently associated under the primary partner.
    #[aws(length(min = 0, max = 6))]
    pub associated_partners: Option<Vec<QualificationsAssociationPartner>>,
    /// The timestamp when the qualifications association was last updated, in ISO 8601 format.
    pub updated_at: Option<DateTime>,
}

/// Retrieves the status and details of the most recent qualifications association task for your partner account.
///
/// Errors: [`GetQualificationsAssociationTaskError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetQualificationsAssociationTask",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQualificationsAssociationTask {
    /// The catalog in which to look up the qualifications association task.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// Your partner identifier.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
}

/// The output of [`GetQualificationsAssociationTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQualificationsAssociationTaskResponse {
    /// The catalog identifier echoed from the request.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// Your unique partner identifier in the AWS Partner Network.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The unique identifier of the qualifications association task, in the format pqatask-\[a-z2-7\]{13}.
    #[aws(length(min = 1, max = 80), pattern = "pqatask-[A-Za-z0-9]{13}")]
    pub task_id: String,
    /// The current status of the qualifications association task.
    pub status: QualificationsAssociationTaskStatus,
    /// The primary partner's profile and account identifiers that the task is associating qualifications with.
    pub primary_partner: QualificationsAssociationPartner,
    /// The timestamp when the qualifications association task started, in ISO 8601 format.
    pub started_at: DateTime,
    /// The timestamp when the qualifications association task ended, in ISO 8601 format.
    pub ended_at: Option<DateTime>,
}

/// Retrieves the status and details of the most recent qualifications disassociation task for your partner account.
///
/// Errors: [`GetQualificationsDisassociationTaskError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetQualificationsDisassociationTask",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQualificationsDisassociationTask {
    /// The catalog in which to look up the qualifications disassociation task.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// Your partner identifier.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
}

/// The output of [`GetQualificationsDisassociationTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetQualificationsDisassociationTaskResponse {
    /// The catalog identifier echoed from the request.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// Your unique partner identifier in the AWS Partner Network.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The unique identifier of the qualifications disassociation task, in the format pqdtask-\[a-z2-7\]{13}.
    #[aws(length(min = 1, max = 80), pattern = "pqdtask-[A-Za-z0-9]{13}")]
    pub task_id: String,
    /// The current status of the qualifications disassociation task.
    pub status: QualificationsDisassociationTaskStatus,
    /// The primary partner's profile and account identifiers that the task is disassociating qualifications from.
    pub associated_partner: QualificationsAssociationPartner,
    /// The timestamp when the qualifications disassociation task started, in ISO 8601 format.
    pub started_at: DateTime,
    /// The timestamp when the qualifications disassociation task ended, in ISO 8601 format.
    pub ended_at: Option<DateTime>,
}

/// Initiates an asynchronous task to associate your partner qualifications with a primary account.
///
/// Errors: [`StartQualificationsAssociationTaskError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "StartQualificationsAssociationTask",
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
pub struct StartQualificationsAssociationTask {
    /// The catalog in which to perform the qualifications association.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// Your partner identifier.
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
    /// The primary (acquiring) partner's profile and account identifier to associate qualifications with.
    pub primary_partner: QualificationsAssociationPartner,
}

/// The output of [`StartQualificationsAssociationTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartQualificationsAssociationTaskResponse {
    /// The catalog identifier echoed from the request.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// Your unique partner identifier in the AWS Partner Network.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The unique identifier of the started qualifications association task, in the format pqatask-\[a-z2-7\]{13}.
    #[aws(length(min = 1, max = 80), pattern = "pqatask-[A-Za-z0-9]{13}")]
    pub task_id: String,
    /// The current status of the qualifications association task.
    pub status: QualificationsAssociationTaskStatus,
    /// The resolved primary partner's profile and account identifiers, including both ProfileId and AccountId.
    pub primary_partner: QualificationsAssociationPartner,
    /// The timestamp when the qualifications association task started, in ISO 8601 format.
    pub started_at: DateTime,
}

/// Initiates an asynchronous task to disassociate your partner qualifications from a primary account.
///
/// Errors: [`StartQualificationsDisassociationTaskError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "StartQualificationsDisassociationTask",
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
pub struct StartQualificationsDisassociationTask {
    /// The catalog in which to perform the qualifications disassociation.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// Your partner identifier.
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
    /// The primary partner's profile and account identifier that you are currently associated with and will disassociate from.
    pub associated_partner: QualificationsAssociationPartner,
}

/// The output of [`StartQualificationsDisassociationTask`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartQualificationsDisassociationTaskResponse {
    /// The catalog identifier echoed from the request.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) that uniquely identifies your partner resource.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// Your unique partner identifier in the AWS Partner Network.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The unique identifier of the started qualifications disassociation task, in the format pqdtask-\[a-z2-7\]{13}.
    #[aws(length(min = 1, max = 80), pattern = "pqdtask-[A-Za-z0-9]{13}")]
    pub task_id: String,
    /// The current status of the qualifications disassociation task.
    pub status: QualificationsDisassociationTaskStatus,
    /// The resolved primary partner's profile and account identifiers that the task is disassociating qualifications from.
    pub associated_partner: QualificationsAssociationPartner,
    /// The timestamp when the qualifications disassociation task started, in ISO 8601 format.
    pub started_at: DateTime,
}
