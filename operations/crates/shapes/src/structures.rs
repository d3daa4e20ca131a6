// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's structures and unions that operations share.

use std::collections::BTreeMap;

use awsop::{aws_shape, DateTime, Sensitive};

use crate::*;

/// Summary information about an AWS account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccountSummary {
    /// The name associated with the AWS account.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub name: String,
}

/// Contains contact information for the primary alliance lead responsible for partnership activities.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AllianceLeadContact {
    /// The first name of the alliance lead contact person.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub first_name: Sensitive<String>,
    /// The last name of the alliance lead contact person.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub last_name: Sensitive<String>,
    /// The email address of the alliance lead contact person.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub email: String,
    /// The business title or role of the alliance lead contact person.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub business_title: Sensitive<String>,
}

/// Contains information about a business rule validation error that occurred during an operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BusinessValidationError {
    /// A description of the business validation error.
    pub message: String,
    /// A code identifying the specific business validation error.
    pub code: BusinessValidationCode,
}

/// Contains the business information required for verifying a company's legal status and registration details within AWS Partner Central.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BusinessVerificationDetails {
    /// The official legal name of the business as registered with the appropriate government authorities.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub legal_name: Sensitive<String>,
    /// The unique business registration identifier assigned by the government or regulatory authority, such as a company registration number or tax identification number.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub registration_id: Sensitive<String>,
    /// The ISO 3166-1 alpha-2 country code where the business is legally registered and operates.
    #[aws(length(min = 2, max = 2), pattern = "[A-Z]{2}")]
    pub country_code: String,
    /// The specific legal jurisdiction or state where the business was incorporated or registered, providing additional location context beyond the country code.
    #[aws(length(min = 2, max = 2), pattern = "[A-Z0-9]{2}")]
    pub jurisdiction_of_incorporation: Option<String>,
}

/// Contains the response information and results from a business verification process, including any verification-specific data returned by the verification service.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BusinessVerificationResponse {
    /// The business verification details that were processed and verified, potentially including additional information discovered during the verification process.
    pub business_verification_details: BusinessVerificationDetails,
    /// A secure URL where the registrant can complete additional verification steps, such as document upload or identity confirmation through a third-party verification service.
    pub completion_url: Option<String>,
    /// The timestamp when the completion URL expires and is no longer valid for accessing the verification workflow.
    pub completion_url_expires_at: Option<DateTime>,
}

/// Base structure containing common connection properties.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Connection {
    /// The catalog identifier that the connection belongs to.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The AWS Resource Name (ARN) of the connection.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The AWS account ID of the other participant in the connection.
    #[aws(pattern = "[0-9]{12}")]
    pub other_participant_account_id: String,
    /// The timestamp when the connection was last updated.
    pub updated_at: DateTime,
    /// The type of connection.
    pub connection_types: BTreeMap<ConnectionType, ConnectionTypeDetail>,
}

/// A summary view of a connection invitation containing key information without full details.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConnectionInvitationSummary {
    /// The catalog identifier where the connection invitation exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection invitation.
    #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the connection invitation.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection-invitation/pacinv-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The identifier of the connection associated with this invitation.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub connection_id: Option<String>,
    /// The type of connection being requested in the invitation.
    pub connection_type: ConnectionType,
    /// The timestamp when the connection invitation was created.
    pub created_at: DateTime,
    /// The timestamp when the connection invitation was last updated.
    pub updated_at: DateTime,
    /// The timestamp when the connection invitation will expire.
    pub expires_at: Option<DateTime>,
    /// The identifier of the other participant in the connection invitation.
    #[aws(length(min = 1, max = 100), pattern = "[a-zA-Z0-9-]+")]
    pub other_participant_identifier: String,
    /// The type of participant (inviter or invitee) in the connection invitation.
    pub participant_type: ParticipantType,
    /// The current status of the connection invitation.
    pub status: InvitationStatus,
}

/// A summary view of an active connection between partners containing key information.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConnectionSummary {
    /// The catalog identifier where the connection exists.
    #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
    pub catalog: String,
    /// The unique identifier of the connection.
    #[aws(pattern = "pac-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The Amazon Resource Name (ARN) of the connection.
    #[aws(
        length(min = 1, max = 200),
        pattern = "arn:[a-zA-Z0-9-]+:partnercentral:[a-z0-9\\-]*::catalog/[a-zA-Z]+/connection/pac-[A-Za-z0-9]{13}"
    )]
    pub arn: String,
    /// The AWS account ID of the other participant in the connection.
    #[aws(pattern = "[0-9]{12}")]
    pub other_participant_account_id: String,
    /// The timestamp when the connection was last updated.
    pub updated_at: DateTime,
    /// A map of connection types and their summary information for this connection.
    pub connection_types: BTreeMap<ConnectionType, ConnectionTypeSummary>,
}

/// Detailed information about a specific connection type within a connection.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConnectionTypeDetail {
    /// The timestamp when this connection type was created.
    pub created_at: DateTime,
    /// The email address of the person who initiated this connection type.
    #[aws(
        length(min = 1, max = 320),
        pattern = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub inviter_email: String,
    /// The name of the person who initiated this connection type.
    ///
    /// Sensitive: redacted in `Debug`.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub inviter_name: Sensitive<String>,
    /// The current status of this connection type.
    pub status: ConnectionTypeStatus,
    /// The timestamp when this connection type was cancelled, if applicable.
    pub canceled_at: Option<DateTime>,
    /// The AWS account ID of the participant who cancelled this connection type.
    #[aws(pattern = "[0-9]{12}")]
    pub canceled_by: Option<String>,
    /// Information about the other participant in this connection type.
    pub other_participant: Participant,
}

/// Summary information about a specific connection type between partners.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConnectionTypeSummary {
    /// The current status of this connection type (active, canceled, etc.).
    pub status: ConnectionTypeStatus,
    /// Information about the other participant in this connection type.
    pub other_participant: Participant,
}

/// Contains detailed information about an error that occurred during an operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorDetail {
    /// The locale or language code for the error message.
    pub locale: String,
    /// A human-readable description of the error.
    pub message: String,
    /// A machine-readable code or reason for the error.
    pub reason: ProfileValidationErrorReason,
}

/// Contains information about a field-level validation error that occurred during an operation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldValidationError {
    /// The name of the field that failed validation.
    pub name: String,
    /// A description of the field validation error.
    pub message: String,
    /// A code identifying the specific field validation error.
    pub code: FieldValidationCode,
}

/// Contains the partner's headquarters location using International Organization for Standardization (ISO) 3166 country and subdivision codes.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Headquarters {
    /// The ISO 3166-1 alpha-2 country code of the partner's headquarters.
    #[aws(length(min = 2, max = 2), pattern = "[A-Z]{2}")]
    pub country_code: String,
    /// The subdivision portion of the ISO 3166-2 code for the partner's headquarters (for example, SP from BR-SP, NSW from AU-NSW, or 13 from JP-13 ).
    #[aws(length(min = 1, max = 3), pattern = "[A-Z0-9]{1,3}")]
    pub subdivision_code: String,
}

/// Contains localized content for a partner profile in a specific language or locale.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LocalizedContent {
    /// The localized display name for the partner.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub display_name: String,
    /// The localized description of the partner's business and services.
    #[aws(
        length(min = 1, max = 600),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub description: String,
    /// The localized website URL for the partner.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?"
    )]
    pub website_url: String,
    /// The URL to the partner's logo image for this locale.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?"
    )]
    pub logo_url: String,
    /// The locale or language code for the localized content.
    #[aws(pattern = "[a-z]{2}-[A-Z]{2}")]
    pub locale: String,
}

awsop::json_union! {
    /// Represents a participant in a partner connection, containing their profile and account information. A union: exactly one member is set.
    pub enum Participant {
        /// The partner profile information for the participant.
        PartnerProfile(PartnerProfileSummary) = "PartnerProfile",
        /// The seller profile information for the participant.
        SellerProfile(SellerProfileSummary) = "SellerProfile",
        /// The AWS account information for the participant.
        Account(AccountSummary) = "Account",
    }
}

/// Represents a verified domain associated with a partner account.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartnerDomain {
    /// The domain name that has been verified for the partner account.
    #[aws(
        length(min = 1, max = 253),
        pattern = "[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
    )]
    pub domain_name: String,
    /// The timestamp when the domain was registered and verified for the partner account.
    pub registered_at: DateTime,
}

/// Contains comprehensive profile information for a partner including public-facing details.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartnerProfile {
    /// The public display name for the partner organization.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub display_name: String,
    /// A description of the partner's business, services, and capabilities.
    #[aws(
        length(min = 1, max = 600),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub description: String,
    /// The partner's primary website URL.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?"
    )]
    pub website_url: String,
    /// The URL to the partner's logo image.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?"
    )]
    pub logo_url: String,
    /// The primary type of solution or service the partner provides.
    pub primary_solution_type: PrimarySolutionType,
    /// The industry segments or verticals that the partner serves.
    #[aws(length(min = 1, max = 3))]
    pub industry_segments: Vec<IndustrySegment>,
    /// The source locale used for automatic translation of profile content.
    #[aws(pattern = "[a-z]{2}-[A-Z]{2}")]
    pub translation_source_locale: String,
    /// A list of localized content versions for different languages and regions.
    #[aws(length(min = 0, max = 20))]
    pub localized_contents: Option<Vec<LocalizedContent>>,
    /// The ISO 3166 country and subdivision codes for the partner's headquarters location.
    pub headquarters: Option<Headquarters>,
    /// The unique identifier of the partner profile.
    #[aws(length(min = 1, max = 50), pattern = "pprofile-[A-Za-z0-9]{13}")]
    pub profile_id: Option<String>,
}

/// A summary view of a partner profile containing basic identifying information.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartnerProfileSummary {
    /// The unique identifier of the partner profile.
    #[aws(length(min = 1, max = 50), pattern = "pprofile-[A-Za-z0-9]{13}")]
    pub id: String,
    /// The display name of the partner.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub name: String,
}

/// A summary view of a partner account containing basic information for listing purposes.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartnerSummary {
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
}

/// Identifies a partner in a qualifications association group.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QualificationsAssociationPartner {
    /// The unique identifier for the partner profile, in the format pprofile-*.
    #[aws(length(min = 1, max = 50), pattern = "pprofile-[A-Za-z0-9]{13}")]
    pub profile_id: Option<String>,
    /// The 12-digit AWS account ID linked to the partner profile.
    #[aws(pattern = "[0-9]{12}")]
    pub account_id: Option<String>,
}

/// Contains the personal information required for verifying an individual's identity as part of the partner registration process in AWS Partner Central.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegistrantVerificationDetails {}

/// Contains the response information from a registrant verification process, including any verification-specific data and next steps for the individual verification workflow.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegistrantVerificationResponse {
    /// A secure URL where the registrant can complete additional verification steps, such as document upload or identity confirmation through a third-party verification service.
    pub completion_url: String,
    /// The timestamp when the completion URL expires and is no longer valid for accessing the verification workflow.
    pub completion_url_expires_at: DateTime,
}

/// A summary view of a seller profile containing basic identifying information.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SellerProfileSummary {
    /// The unique identifier of the seller profile.
    #[aws(length(min = 1, max = 50), pattern = "[a-zA-Z0-9-]+")]
    pub id: String,
    /// The display name of the seller.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub name: String,
}

/// A key-value pair used to associate metadata with AWS Partner Central Account resources.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key name of the tag.
    #[aws(length(min = 1, max = 128))]
    pub key: String,
    /// The value associated with the tag key.
    #[aws(length(min = 0, max = 256))]
    pub value: String,
}

/// Contains detailed information about a profile update task including the changes to be made.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskDetails {
    /// The updated display name for the partner profile.
    #[aws(
        length(min = 1, max = 80),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub display_name: String,
    /// The updated description for the partner profile.
    #[aws(
        length(min = 1, max = 600),
        pattern = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]+"
    )]
    pub description: String,
    /// The updated website URL for the partner profile.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?"
    )]
    pub website_url: String,
    /// The updated logo URL for the partner profile.
    #[aws(
        length(min = 1, max = 256),
        pattern = "(https|HTTPS):\\/\\/[^\\/\\s]+(\\/\\S*)?"
    )]
    pub logo_url: String,
    /// The updated primary solution type for the partner profile.
    pub primary_solution_type: PrimarySolutionType,
    /// The updated industry segments for the partner profile.
    #[aws(length(min = 1, max = 3))]
    pub industry_segments: Vec<IndustrySegment>,
    /// The updated translation source locale for the partner profile.
    #[aws(pattern = "[a-z]{2}-[A-Z]{2}")]
    pub translation_source_locale: String,
    /// The updated localized content for the partner profile.
    #[aws(length(min = 0, max = 20))]
    pub localized_contents: Option<Vec<LocalizedContent>>,
    /// The ISO 3166 country and subdivision codes for the partner's headquarters location.
    pub headquarters: Option<Headquarters>,
}

awsop::json_union! {
    /// Contains information about a validation error, which can be either a field-level or business rule validation error. A union: exactly one member is set.
    pub enum ValidationError {
        /// Details about a field-level validation error, if applicable.
        FieldValidationError(FieldValidationError) = "FieldValidationError",
        /// Details about a business rule validation error, if applicable.
        BusinessValidationError(BusinessValidationError) = "BusinessValidationError",
    }
}

awsop::json_union! {
    /// A union structure containing the specific details required for different types of verification processes supported by AWS Partner Central. A union: exactly one member is set.
    pub enum VerificationDetails {
        /// The business verification details to be used when starting a business verification process.
        BusinessVerificationDetails(BusinessVerificationDetails) = "BusinessVerificationDetails",
        /// The registrant verification details to be used when starting an individual identity verification process.
        RegistrantVerificationDetails(RegistrantVerificationDetails) = "RegistrantVerificationDetails",
    }
}

awsop::json_union! {
    /// A union structure containing the response details specific to different types of verification processes, providing type-specific information and results. A union: exactly one member is set.
    pub enum VerificationResponseDetails {
        /// The response details from a business verification process, including verification results and any additional business information discovered.
        BusinessVerificationResponse(BusinessVerificationResponse) = "BusinessVerificationResponse",
        /// The response details from a registrant verification process, including verification results and any additional steps required for identity confirmation.
        RegistrantVerificationResponse(RegistrantVerificationResponse) = "RegistrantVerificationResponse",
    }
}
