// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! Every operation and structure, for callers that go by name (the CLI, the model check).

use crate::*;

/// Every operation of the service, in the model's order.
pub const OPERATIONS: &[awsop::OperationEntry] = &[
    awsop::OperationEntry::of::<AcceptConnectionInvitation>(),
    awsop::OperationEntry::of::<AssociateAwsTrainingCertificationEmailDomain>(),
    awsop::OperationEntry::of::<CancelConnection>(),
    awsop::OperationEntry::of::<CancelConnectionInvitation>(),
    awsop::OperationEntry::of::<CancelProfileUpdateTask>(),
    awsop::OperationEntry::of::<CreateConnectionInvitation>(),
    awsop::OperationEntry::of::<CreatePartner>(),
    awsop::OperationEntry::of::<DisassociateAwsTrainingCertificationEmailDomain>(),
    awsop::OperationEntry::of::<GetAllianceLeadContact>(),
    awsop::OperationEntry::of::<GetConnection>(),
    awsop::OperationEntry::of::<GetConnectionInvitation>(),
    awsop::OperationEntry::of::<GetConnectionPreferences>(),
    awsop::OperationEntry::of::<GetPartner>(),
    awsop::OperationEntry::of::<GetProfileUpdateTask>(),
    awsop::OperationEntry::of::<GetProfileVisibility>(),
    awsop::OperationEntry::of::<GetQualificationsAssociationDetails>(),
    awsop::OperationEntry::of::<GetQualificationsAssociationTask>(),
    awsop::OperationEntry::of::<GetQualificationsDisassociationTask>(),
    awsop::OperationEntry::of::<GetVerification>(),
    awsop::OperationEntry::of::<ListConnectionInvitations>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: Some("MaxResults"),
        result_key: "ConnectionInvitationSummaries",
    }),
    awsop::OperationEntry::of::<ListConnections>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: Some("MaxResults"),
        result_key: "ConnectionSummaries",
    }),
    awsop::OperationEntry::of::<ListPartners>().with_pages(awsop::PageKeys {
        input_token: "NextToken",
        output_token: "NextToken",
        limit_key: None,
        result_key: "PartnerSummaryList",
    }),
    awsop::OperationEntry::of::<ListTagsForResource>(),
    awsop::OperationEntry::of::<PutAllianceLeadContact>(),
    awsop::OperationEntry::of::<PutProfileVisibility>(),
    awsop::OperationEntry::of::<RejectConnectionInvitation>(),
    awsop::OperationEntry::of::<SendEmailVerificationCode>(),
    awsop::OperationEntry::of::<StartProfileUpdateTask>(),
    awsop::OperationEntry::of::<StartQualificationsAssociationTask>(),
    awsop::OperationEntry::of::<StartQualificationsDisassociationTask>(),
    awsop::OperationEntry::of::<StartVerification>(),
    awsop::OperationEntry::of::<TagResource>(),
    awsop::OperationEntry::of::<UntagResource>(),
    awsop::OperationEntry::of::<UpdateConnectionPreferences>(),
];

/// Every output and nested structure with its members, by model name.
pub const SHAPES: &[(&str, &[awsop::Member])] = &[
    (
        "AcceptConnectionInvitationResponse",
        <AcceptConnectionInvitationResponse as awsop::Shape>::MEMBERS,
    ),
    ("AccountSummary", <AccountSummary as awsop::Shape>::MEMBERS),
    (
        "AllianceLeadContact",
        <AllianceLeadContact as awsop::Shape>::MEMBERS,
    ),
    (
        "AssociateAwsTrainingCertificationEmailDomainResponse",
        <AssociateAwsTrainingCertificationEmailDomainResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "BusinessValidationError",
        <BusinessValidationError as awsop::Shape>::MEMBERS,
    ),
    (
        "BusinessVerificationDetails",
        <BusinessVerificationDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "BusinessVerificationResponse",
        <BusinessVerificationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CancelConnectionInvitationResponse",
        <CancelConnectionInvitationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CancelConnectionResponse",
        <CancelConnectionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CancelProfileUpdateTaskResponse",
        <CancelProfileUpdateTaskResponse as awsop::Shape>::MEMBERS,
    ),
    ("Connection", <Connection as awsop::Shape>::MEMBERS),
    (
        "ConnectionInvitationSummary",
        <ConnectionInvitationSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "ConnectionSummary",
        <ConnectionSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "ConnectionTypeDetail",
        <ConnectionTypeDetail as awsop::Shape>::MEMBERS,
    ),
    (
        "ConnectionTypeSummary",
        <ConnectionTypeSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "CreateConnectionInvitationResponse",
        <CreateConnectionInvitationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "CreatePartnerResponse",
        <CreatePartnerResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "DisassociateAwsTrainingCertificationEmailDomainResponse",
        <DisassociateAwsTrainingCertificationEmailDomainResponse as awsop::Shape>::MEMBERS,
    ),
    ("ErrorDetail", <ErrorDetail as awsop::Shape>::MEMBERS),
    (
        "FieldValidationError",
        <FieldValidationError as awsop::Shape>::MEMBERS,
    ),
    (
        "GetAllianceLeadContactResponse",
        <GetAllianceLeadContactResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetConnectionInvitationResponse",
        <GetConnectionInvitationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetConnectionPreferencesResponse",
        <GetConnectionPreferencesResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetConnectionResponse",
        <GetConnectionResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetPartnerResponse",
        <GetPartnerResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetProfileUpdateTaskResponse",
        <GetProfileUpdateTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetProfileVisibilityResponse",
        <GetProfileVisibilityResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetQualificationsAssociationDetailsResponse",
        <GetQualificationsAssociationDetailsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetQualificationsAssociationTaskResponse",
        <GetQualificationsAssociationTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetQualificationsDisassociationTaskResponse",
        <GetQualificationsDisassociationTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "GetVerificationResponse",
        <GetVerificationResponse as awsop::Shape>::MEMBERS,
    ),
    ("Headquarters", <Headquarters as awsop::Shape>::MEMBERS),
    (
        "ListConnectionInvitationsResponse",
        <ListConnectionInvitationsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListConnectionsResponse",
        <ListConnectionsResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListPartnersResponse",
        <ListPartnersResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "ListTagsForResourceResponse",
        <ListTagsForResourceResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "LocalizedContent",
        <LocalizedContent as awsop::Shape>::MEMBERS,
    ),
    ("PartnerDomain", <PartnerDomain as awsop::Shape>::MEMBERS),
    ("PartnerProfile", <PartnerProfile as awsop::Shape>::MEMBERS),
    (
        "PartnerProfileSummary",
        <PartnerProfileSummary as awsop::Shape>::MEMBERS,
    ),
    ("PartnerSummary", <PartnerSummary as awsop::Shape>::MEMBERS),
    (
        "PutAllianceLeadContactResponse",
        <PutAllianceLeadContactResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "PutProfileVisibilityResponse",
        <PutProfileVisibilityResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "QualificationsAssociationPartner",
        <QualificationsAssociationPartner as awsop::Shape>::MEMBERS,
    ),
    (
        "RegistrantVerificationDetails",
        <RegistrantVerificationDetails as awsop::Shape>::MEMBERS,
    ),
    (
        "RegistrantVerificationResponse",
        <RegistrantVerificationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "RejectConnectionInvitationResponse",
        <RejectConnectionInvitationResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "SellerProfileSummary",
        <SellerProfileSummary as awsop::Shape>::MEMBERS,
    ),
    (
        "SendEmailVerificationCodeResponse",
        <SendEmailVerificationCodeResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "StartProfileUpdateTaskResponse",
        <StartProfileUpdateTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "StartQualificationsAssociationTaskResponse",
        <StartQualificationsAssociationTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "StartQualificationsDisassociationTaskResponse",
        <StartQualificationsDisassociationTaskResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "StartVerificationResponse",
        <StartVerificationResponse as awsop::Shape>::MEMBERS,
    ),
    ("Tag", <Tag as awsop::Shape>::MEMBERS),
    (
        "TagResourceResponse",
        <TagResourceResponse as awsop::Shape>::MEMBERS,
    ),
    ("TaskDetails", <TaskDetails as awsop::Shape>::MEMBERS),
    (
        "UntagResourceResponse",
        <UntagResourceResponse as awsop::Shape>::MEMBERS,
    ),
    (
        "UpdateConnectionPreferencesResponse",
        <UpdateConnectionPreferencesResponse as awsop::Shape>::MEMBERS,
    ),
];

/// Every modeled exception with its members, by model name.
pub const ERRORS: &[(&str, &[awsop::Member])] = &[
    (
        "AccessDeniedException",
        <AccessDeniedException as awsop::Shape>::MEMBERS,
    ),
    (
        "ConflictException",
        <ConflictException as awsop::Shape>::MEMBERS,
    ),
    (
        "InternalServerException",
        <InternalServerException as awsop::Shape>::MEMBERS,
    ),
    (
        "ResourceNotFoundException",
        <ResourceNotFoundException as awsop::Shape>::MEMBERS,
    ),
    (
        "ServiceQuotaExceededException",
        <ServiceQuotaExceededException as awsop::Shape>::MEMBERS,
    ),
    (
        "ThrottlingException",
        <ThrottlingException as awsop::Shape>::MEMBERS,
    ),
    (
        "ValidationException",
        <ValidationException as awsop::Shape>::MEMBERS,
    ),
];

/// Every enum with its values, by model name.
pub const ENUMS: &[(&str, &[&str])] = &[
    (
        "AccessDeniedExceptionReason",
        AccessDeniedExceptionReason::VALUES,
    ),
    ("AccessType", AccessType::VALUES),
    ("BusinessValidationCode", BusinessValidationCode::VALUES),
    ("ConflictExceptionReason", ConflictExceptionReason::VALUES),
    ("ConnectionType", ConnectionType::VALUES),
    ("ConnectionTypeStatus", ConnectionTypeStatus::VALUES),
    ("FieldValidationCode", FieldValidationCode::VALUES),
    ("IndustrySegment", IndustrySegment::VALUES),
    ("InvitationStatus", InvitationStatus::VALUES),
    ("ParticipantType", ParticipantType::VALUES),
    ("PrimarySolutionType", PrimarySolutionType::VALUES),
    ("ProfileTaskStatus", ProfileTaskStatus::VALUES),
    (
        "ProfileValidationErrorReason",
        ProfileValidationErrorReason::VALUES,
    ),
    ("ProfileVisibility", ProfileVisibility::VALUES),
    (
        "QualificationsAssociationStatus",
        QualificationsAssociationStatus::VALUES,
    ),
    (
        "QualificationsAssociationTaskStatus",
        QualificationsAssociationTaskStatus::VALUES,
    ),
    (
        "QualificationsDisassociationTaskStatus",
        QualificationsDisassociationTaskStatus::VALUES,
    ),
    (
        "ResourceNotFoundExceptionReason",
        ResourceNotFoundExceptionReason::VALUES,
    ),
    (
        "ServiceQuotaExceededExceptionReason",
        ServiceQuotaExceededExceptionReason::VALUES,
    ),
    (
        "ValidationExceptionReason",
        ValidationExceptionReason::VALUES,
    ),
    ("VerificationStatus", VerificationStatus::VALUES),
    ("VerificationType", VerificationType::VALUES),
];

/// All of the above, for `awsop::model::check`.
pub const DECLARED: awsop::model::Declared = awsop::model::Declared {
    operations: OPERATIONS,
    shapes: SHAPES,
    errors: ERRORS,
    enums: ENUMS,
};
