// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! Partner Central Account API: the other operations (AssociateAwsTrainingCertificationEmailDomain, CreatePartner, DisassociateAwsTrainingCertificationEmailDomain, GetAllianceLeadContact and 9 more).

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
        ServiceQuotaExceededException
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
        InternalServerException
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
        ValidationException
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
        InternalServerException
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
        InternalServerException
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
        InternalServerException
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
        InternalServerException
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

/// Lists all tags associated with a specific AWS Partner Central Account resource.
///
/// Errors: [`ListTagsForResourceError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "ListTagsForResource",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResource {
    /// The Amazon Resource Name (ARN) of the resource to list tags for.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"
    )]
    pub resource_arn: String,
}

/// The output of [`ListTagsForResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The Amazon Resource Name (ARN) of the resource that the tags are associated with.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"
    )]
    pub resource_arn: String,
    /// A list of tags associated with the specified resource.
    #[aws(length(min = 0, max = 200))]
    pub tags: Option<Vec<Tag>>,
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
        InternalServerException
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
        ServiceQuotaExceededException
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
        ServiceQuotaExceededException
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

/// Adds or updates tags for a specified AWS Partner Central Account resource.
///
/// Errors: [`TagResourceError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "TagResource",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResource {
    /// The Amazon Resource Name (ARN) of the resource to tag.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"
    )]
    pub resource_arn: String,
    /// A list of tags to add or update for the specified resource.
    #[aws(length(min = 0, max = 200))]
    pub tags: Vec<Tag>,
}

/// The output of [`TagResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// Removes specified tags from an AWS Partner Central Account resource.
///
/// Errors: [`UntagResourceError`].
#[aws_operation(
    service = "partnercentral-account",
    name = "UntagResource",
    errors(
        ResourceNotFoundException,
        AccessDeniedException,
        ThrottlingException,
        ConflictException,
        ValidationException,
        InternalServerException
    )
)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResource {
    /// The Amazon Resource Name (ARN) of the resource to remove tags from.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9._:/-]+"
    )]
    pub resource_arn: String,
    /// A list of tag keys to remove from the specified resource.
    #[aws(length(min = 0, max = 50))]
    pub tag_keys: Vec<String>,
}

/// The output of [`UntagResource`].
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}
