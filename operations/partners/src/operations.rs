// Written by operations/codegen/generate.py from the service model; edit freely,
// tests/model.rs keeps these declarations and the model in agreement.
//! Partners, partner profiles, profile update tasks, visibility, alliance lead contact and training email domains.

use awsop::{aws_operation, aws_shape, DateTime, Sensitive};

use awsop_partnercentral_account_shapes::*;

/// Associates an email domain with AWS training and certification for the partner account, enabling automatic verification of employee certifications.
///
/// Errors: [`AssociateAwsTrainingCertificationEmailDomainError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "AssociateAwsTrainingCertificationEmailDomain",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ConflictException,
        ThrottlingException,
        ValidationException,
        ServiceQuotaExceededException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssociateAwsTrainingCertificationEmailDomain {
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
    /// The email address used to verify domain ownership for AWS training and certification association.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub email: String,
    /// The verification code sent to the email address to confirm domain ownership.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 6, max = 6), pattern = "[0-9]+")]
    pub email_verification_code: Sensitive<String>,
}

/// The output of [`AssociateAwsTrainingCertificationEmailDomain`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AssociateAwsTrainingCertificationEmailDomainResponse {}

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
        InternalServerException,
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

/// Creates a new partner account in the AWS Partner Network with the specified details and configuration.
///
/// Errors: [`CreatePartnerError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "CreatePartner",
    errors(
        AccessDeniedException,
        ConflictException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreatePartner {
    /// The catalog identifier where the partner account will be created.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    ///
    /// Autofilled with a UUID when `None`.
    #[aws(
        idempotency_token,
        length(min = 1, max = 64),
        pattern = "[A-Za-z0-9-_]+"
    )]
    pub client_token: Option<String>,
    /// The legal name of the organization becoming a partner.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub legal_name: Sensitive<String>,
    /// The primary type of solution or service the partner provides (e.g., consulting, software, managed services).
    pub primary_solution_type: PrimarySolutionType,
    /// The primary contact person for alliance and partnership matters.
    pub alliance_lead_contact: AllianceLeadContact,
    /// The verification code sent to the alliance lead contact's email to confirm account creation.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 6, max = 6), pattern = "[0-9]+")]
    pub email_verification_code: Sensitive<String>,
    /// A list of tags to associate with the partner account for organization and billing purposes.
    #[aws(length(min = 0, max = 200))]
    pub tags: Option<Vec<Tag>>,
}

/// The output of [`CreatePartner`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreatePartnerResponse {
    /// The catalog identifier where the partner account was created.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The Amazon Resource Name (ARN) of the created partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The unique identifier of the created partner account.
    #[aws(pattern = "partner-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The legal name of the partner organization.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub legal_name: Sensitive<String>,
    /// The timestamp when the partner account was created.
    pub created_at: DateTime,
    /// The partner profile information including display name, description, and other public details.
    pub profile: PartnerProfile,
    /// The list of verified email domains associated with AWS training and certification credentials for the partner organization.
    #[aws(length(min = 0, max = 100))]
    pub aws_training_certification_email_domains: Option<Vec<PartnerDomain>>,
    /// The alliance lead contact information for the partner account.
    pub alliance_lead_contact: AllianceLeadContact,
}

/// Removes the association between an email domain and AWS training and certification for the partner account.
///
/// Errors: [`DisassociateAwsTrainingCertificationEmailDomainError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "DisassociateAwsTrainingCertificationEmailDomain",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ConflictException,
        ThrottlingException,
        ValidationException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisassociateAwsTrainingCertificationEmailDomain {
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
    /// The domain name to disassociate from AWS training and certification.
    #[aws(
        length(min = 1, max = 253),
        pattern = "[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub domain_name: String,
}

/// The output of [`DisassociateAwsTrainingCertificationEmailDomain`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DisassociateAwsTrainingCertificationEmailDomainResponse {}

/// Retrieves the alliance lead contact information for a partner account.
///
/// Errors: [`GetAllianceLeadContactError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetAllianceLeadContact",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAllianceLeadContact {
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

/// The output of [`GetAllianceLeadContact`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAllianceLeadContactResponse {
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
    /// The alliance lead contact information including name, email, and business title.
    pub alliance_lead_contact: AllianceLeadContact,
}

/// Retrieves detailed information about a specific partner account.
///
/// Errors: [`GetPartnerError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "GetPartner",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetPartner {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the partner account to retrieve.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
}

/// The output of [`GetPartner`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetPartnerResponse {
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
    /// The legal name of the partner organization.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub legal_name: Sensitive<String>,
    /// The timestamp when the partner account was created.
    pub created_at: DateTime,
    /// The partner profile information including display name, description, and other public details.
    pub profile: PartnerProfile,
    /// The list of verified email domains associated with AWS training and certification credentials for the partner organization.
    #[aws(length(min = 0, max = 100))]
    pub aws_training_certification_email_domains: Option<Vec<PartnerDomain>>,
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
        InternalServerException,
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
        InternalServerException,
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

/// Lists partner accounts in the catalog, providing a summary view of all partners.
///
/// Errors: [`ListPartnersError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "ListPartners",
    errors(
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListPartners {
    /// The catalog identifier to list partners from.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The token for retrieving the next page of results in paginated responses.
    #[aws(length(min = 1, max = 2048), pattern = "[\\S]+")]
    pub next_token: Option<String>,
}

/// The output of [`ListPartners`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListPartnersResponse {
    /// A list of partner summaries including basic information about each partner account.
    #[aws(length(min = 0, max = 50))]
    pub partner_summary_list: Vec<PartnerSummary>,
    /// The token for retrieving the next page of results if more results are available.
    #[aws(length(min = 1, max = 2048), pattern = "[\\S]+")]
    pub next_token: Option<String>,
}

/// Creates or updates the alliance lead contact information for a partner account.
///
/// Errors: [`PutAllianceLeadContactError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "PutAllianceLeadContact",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException,
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutAllianceLeadContact {
    /// The catalog identifier for the partner account.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the partner account.
    #[aws(
        length(min = 1, max = 200),
        pattern = "(partner-[A-Za-z0-9]{13}|arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[A-Za-z-_]+/partner/partner-[A-Za-z0-9]{13})"
    )]
    pub identifier: String,
    /// The alliance lead contact information to set for the partner account.
    pub alliance_lead_contact: AllianceLeadContact,
    /// The verification code sent to the alliance lead contact's email to confirm the update.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(length(min = 6, max = 6), pattern = "[0-9]+")]
    pub email_verification_code: Option<Sensitive<String>>,
}

/// The output of [`PutAllianceLeadContact`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PutAllianceLeadContactResponse {
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
    /// The updated alliance lead contact information.
    pub alliance_lead_contact: AllianceLeadContact,
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
        ServiceQuotaExceededException,
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
        ServiceQuotaExceededException,
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
