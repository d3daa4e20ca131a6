//! The model's string enums used by the declared operations. Values the model does not list
//! are kept (`Unknown`), never rejected.

awsop::string_enum! {
    /// The type of a connection (`ConnectionType`).
    pub enum ConnectionType {
        OpportunityCollaboration = "OPPORTUNITY_COLLABORATION",
        Subsidiary = "SUBSIDIARY",
    }
}

awsop::string_enum! {
    /// The status of a connection invitation (`InvitationStatus`).
    pub enum InvitationStatus {
        Pending = "PENDING",
        Accepted = "ACCEPTED",
        Rejected = "REJECTED",
        Canceled = "CANCELED",
        Expired = "EXPIRED",
    }
}

awsop::string_enum! {
    /// Which side of an invitation the caller is on (`ParticipantType`).
    pub enum ParticipantType {
        Sender = "SENDER",
        Receiver = "RECEIVER",
    }
}

awsop::string_enum! {
    /// Why access was denied (`AccessDeniedExceptionReason`).
    pub enum AccessDeniedExceptionReason {
        AccessDenied = "ACCESS_DENIED",
        IncompatibleBenefitAwsPartnerState = "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE",
    }
}

awsop::string_enum! {
    /// Why a request conflicts with the current state (`ConflictExceptionReason`).
    pub enum ConflictExceptionReason {
        ConflictClientToken = "CONFLICT_CLIENT_TOKEN",
        DuplicatePartner = "DUPLICATE_PARTNER",
        IncompatibleProfileState = "INCOMPATIBLE_PROFILE_STATE",
        IncompatiblePartnerProfileTaskState = "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE",
        DuplicateConnectionInvitation = "DUPLICATE_CONNECTION_INVITATION",
        IncompatibleConnectionInvitationState = "INCOMPATIBLE_CONNECTION_INVITATION_STATE",
        IncompatibleConnectionInvitationReceiver = "INCOMPATIBLE_CONNECTION_INVITATION_RECEIVER",
        DuplicateConnection = "DUPLICATE_CONNECTION",
        IncompatibleConnectionState = "INCOMPATIBLE_CONNECTION_STATE",
        IncompatibleConnectionPreferencesRevision = "INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION",
        AccountAlreadyVerified = "ACCOUNT_ALREADY_VERIFIED",
        VerificationAlreadyInProgress = "VERIFICATION_ALREADY_IN_PROGRESS",
        IncompatibleQualificationsAssociationTaskState = "INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE",
    }
}

awsop::string_enum! {
    /// Which resource was not found (`ResourceNotFoundExceptionReason`).
    pub enum ResourceNotFoundExceptionReason {
        PartnerNotFound = "PARTNER_NOT_FOUND",
        PartnerProfileNotFound = "PARTNER_PROFILE_NOT_FOUND",
        PartnerProfileTaskNotFound = "PARTNER_PROFILE_TASK_NOT_FOUND",
        PartnerDomainNotFound = "PARTNER_DOMAIN_NOT_FOUND",
        SenderProfileNotFound = "SENDER_PROFILE_NOT_FOUND",
        ReceiverProfileNotFound = "RECEIVER_PROFILE_NOT_FOUND",
        ConnectionInvitationNotFound = "CONNECTION_INVITATION_NOT_FOUND",
        ConnectionNotFound = "CONNECTION_NOT_FOUND",
        VerificationNotFound = "VERIFICATION_NOT_FOUND",
        QualificationsAssociationTaskNotFound = "QUALIFICATIONS_ASSOCIATION_TASK_NOT_FOUND",
        QualificationsDisassociationTaskNotFound = "QUALIFICATIONS_DISASSOCIATION_TASK_NOT_FOUND",
    }
}

awsop::string_enum! {
    /// Which quota was exceeded (`ServiceQuotaExceededExceptionReason`).
    pub enum ServiceQuotaExceededExceptionReason {
        LimitExceededNumberOfEmail = "LIMIT_EXCEEDED_NUMBER_OF_EMAIL",
        LimitExceededNumberOfDomain = "LIMIT_EXCEEDED_NUMBER_OF_DOMAIN",
        LimitExceededNumberOfConnectionInvitationPerDay = "LIMIT_EXCEEDED_NUMBER_OF_CONNECTION_INVITATION_PER_DAY",
        LimitExceededNumberOfActiveConnection = "LIMIT_EXCEEDED_NUMBER_OF_ACTIVE_CONNECTION",
        LimitExceededNumberOfOpenConnectionInvitation = "LIMIT_EXCEEDED_NUMBER_OF_OPEN_CONNECTION_INVITATION",
        LimitExceededNumberOfProfileUpdatePerDay = "LIMIT_EXCEEDED_NUMBER_OF_PROFILE_UPDATE_PER_DAY",
        LimitExceededNumberOfProfileVisibilityUpdatePerDay = "LIMIT_EXCEEDED_NUMBER_OF_PROFILE_VISIBILITY_UPDATE_PER_DAY",
    }
}

awsop::string_enum! {
    /// Whether validation failed on the request's form or on business rules (`ValidationExceptionReason`).
    pub enum ValidationExceptionReason {
        RequestValidationFailed = "REQUEST_VALIDATION_FAILED",
        BusinessValidationFailed = "BUSINESS_VALIDATION_FAILED",
    }
}

awsop::string_enum! {
    /// What is wrong with a field (`FieldValidationCode`).
    pub enum FieldValidationCode {
        RequiredFieldMissing = "REQUIRED_FIELD_MISSING",
        DuplicateValue = "DUPLICATE_VALUE",
        InvalidValue = "INVALID_VALUE",
        InvalidStringFormat = "INVALID_STRING_FORMAT",
        TooManyValues = "TOO_MANY_VALUES",
        ActionNotPermitted = "ACTION_NOT_PERMITTED",
        InvalidEnumValue = "INVALID_ENUM_VALUE",
    }
}

awsop::string_enum! {
    /// Which business rule a request broke (`BusinessValidationCode`).
    pub enum BusinessValidationCode {
        IncompatibleConnectionInvitationRequest = "INCOMPATIBLE_CONNECTION_INVITATION_REQUEST",
        IncompatibleLegalName = "INCOMPATIBLE_LEGAL_NAME",
        IncompatibleKnowYourBusinessStatus = "INCOMPATIBLE_KNOW_YOUR_BUSINESS_STATUS",
        IncompatibleIdentityVerificationStatus = "INCOMPATIBLE_IDENTITY_VERIFICATION_STATUS",
        InvalidAccountLinkingStatus = "INVALID_ACCOUNT_LINKING_STATUS",
        InvalidAccountState = "INVALID_ACCOUNT_STATE",
        IncompatibleDomain = "INCOMPATIBLE_DOMAIN",
        IneligibleAccountTier = "INELIGIBLE_ACCOUNT_TIER",
        MissingActiveSubsidiaryConnection = "MISSING_ACTIVE_SUBSIDIARY_CONNECTION",
        IncompatibleSubsidiaryConnection = "INCOMPATIBLE_SUBSIDIARY_CONNECTION",
        IncompatiblePrimaryPartner = "INCOMPATIBLE_PRIMARY_PARTNER",
        QualificationsAssociationLimitExceeded = "QUALIFICATIONS_ASSOCIATION_LIMIT_EXCEEDED",
        QualificationsAssociationNotFound = "QUALIFICATIONS_ASSOCIATION_NOT_FOUND",
        QualificationsAssociationExists = "QUALIFICATIONS_ASSOCIATION_EXISTS",
    }
}
