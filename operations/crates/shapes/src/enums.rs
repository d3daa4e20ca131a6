// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's string enums. A value the model does not list is kept (`Unknown`) when
//! read and refused by validation when sent.

awsop::string_enum! {
    /// `AccessDeniedExceptionReason`: the values the model lists; others are kept as sent.
    pub enum AccessDeniedExceptionReason {
        AccessDenied = "ACCESS_DENIED",
        IncompatibleBenefitAwsPartnerState = "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE",
    }
}

awsop::string_enum! {
    /// `AccessType`: the values the model lists; others are kept as sent.
    pub enum AccessType {
        AllowAll = "ALLOW_ALL",
        DenyAll = "DENY_ALL",
        AllowByDefaultDenySome = "ALLOW_BY_DEFAULT_DENY_SOME",
    }
}

awsop::string_enum! {
    /// `BusinessValidationCode`: the values the model lists; others are kept as sent.
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

awsop::string_enum! {
    /// `ConflictExceptionReason`: the values the model lists; others are kept as sent.
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
    /// `ConnectionType`: the values the model lists; others are kept as sent.
    pub enum ConnectionType {
        OpportunityCollaboration = "OPPORTUNITY_COLLABORATION",
        Subsidiary = "SUBSIDIARY",
    }
}

awsop::string_enum! {
    /// `ConnectionTypeStatus`: the values the model lists; others are kept as sent.
    pub enum ConnectionTypeStatus {
        Active = "ACTIVE",
        Canceled = "CANCELED",
    }
}

awsop::string_enum! {
    /// `FieldValidationCode`: the values the model lists; others are kept as sent.
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
    /// `IndustrySegment`: the values the model lists; others are kept as sent.
    pub enum IndustrySegment {
        AgricultureMining = "AGRICULTURE_MINING",
        Biotechnology = "BIOTECHNOLOGY",
        BusinessConsumerServices = "BUSINESS_CONSUMER_SERVICES",
        BusinessServ = "BUSINESS_SERV",
        Communications = "COMMUNICATIONS",
        ComputerHardware = "COMPUTER_HARDWARE",
        ComputersElectronics = "COMPUTERS_ELECTRONICS",
        ComputerSoftware = "COMPUTER_SOFTWARE",
        ConsumerGoods = "CONSUMER_GOODS",
        ConsumerRelated = "CONSUMER_RELATED",
        Education = "EDUCATION",
        EnergyUtilities = "ENERGY_UTILITIES",
        FinancialServices = "FINANCIAL_SERVICES",
        Gaming = "GAMING",
        Government = "GOVERNMENT",
        GovernmentEducationPublicServices = "GOVERNMENT_EDUCATION_PUBLIC_SERVICES",
        Healthcare = "HEALTHCARE",
        HealthcarePharmaceuticalsBiotech = "HEALTHCARE_PHARMACEUTICALS_BIOTECH",
        IndustrialEnergy = "INDUSTRIAL_ENERGY",
        InternetSpecific = "INTERNET_SPECIFIC",
        LifeSciences = "LIFE_SCIENCES",
        Manufacturing = "MANUFACTURING",
        MediaEntertainmentLeisure = "MEDIA_ENTERTAINMENT_LEISURE",
        MediaEntertainment = "MEDIA_ENTERTAINMENT",
        MedicalHealth = "MEDICAL_HEALTH",
        NonProfitOrganization = "NON_PROFIT_ORGANIZATION",
        Other = "OTHER",
        ProfessionalServices = "PROFESSIONAL_SERVICES",
        RealEstateConstruction = "REAL_ESTATE_CONSTRUCTION",
        Retail = "RETAIL",
        RetailWholesaleDistribution = "RETAIL_WHOLESALE_DISTRIBUTION",
        SemiconductorElectr = "SEMICONDUCTOR_ELECTR",
        SoftwareInternet = "SOFTWARE_INTERNET",
        Telecommunications = "TELECOMMUNICATIONS",
        TransportationLogistics = "TRANSPORTATION_LOGISTICS",
        TravelHospitality = "TRAVEL_HOSPITALITY",
        WholesaleDistribution = "WHOLESALE_DISTRIBUTION",
    }
}

awsop::string_enum! {
    /// `InvitationStatus`: the values the model lists; others are kept as sent.
    pub enum InvitationStatus {
        Pending = "PENDING",
        Accepted = "ACCEPTED",
        Rejected = "REJECTED",
        Canceled = "CANCELED",
        Expired = "EXPIRED",
    }
}

awsop::string_enum! {
    /// `ParticipantType`: the values the model lists; others are kept as sent.
    pub enum ParticipantType {
        Sender = "SENDER",
        Receiver = "RECEIVER",
    }
}

awsop::string_enum! {
    /// `PrimarySolutionType`: the values the model lists; others are kept as sent.
    pub enum PrimarySolutionType {
        SoftwareProducts = "SOFTWARE_PRODUCTS",
        ConsultingServices = "CONSULTING_SERVICES",
        ProfessionalServices = "PROFESSIONAL_SERVICES",
        ManagedServices = "MANAGED_SERVICES",
        HardwareProducts = "HARDWARE_PRODUCTS",
        CommunicationServices = "COMMUNICATION_SERVICES",
        ValueAddedResaleAwsServices = "VALUE_ADDED_RESALE_AWS_SERVICES",
        TrainingServices = "TRAINING_SERVICES",
    }
}

awsop::string_enum! {
    /// `ProfileTaskStatus`: the values the model lists; others are kept as sent.
    pub enum ProfileTaskStatus {
        InProgress = "IN_PROGRESS",
        Canceled = "CANCELED",
        Succeeded = "SUCCEEDED",
        Failed = "FAILED",
    }
}

awsop::string_enum! {
    /// `ProfileValidationErrorReason`: the values the model lists; others are kept as sent.
    pub enum ProfileValidationErrorReason {
        InvalidContent = "INVALID_CONTENT",
        DuplicateProfile = "DUPLICATE_PROFILE",
        InvalidLogo = "INVALID_LOGO",
        InvalidLogoUrl = "INVALID_LOGO_URL",
        InvalidLogoFile = "INVALID_LOGO_FILE",
        InvalidLogoSize = "INVALID_LOGO_SIZE",
        InvalidWebsiteUrl = "INVALID_WEBSITE_URL",
    }
}

awsop::string_enum! {
    /// `ProfileVisibility`: the values the model lists; others are kept as sent.
    pub enum ProfileVisibility {
        Private = "PRIVATE",
        Public = "PUBLIC",
    }
}

awsop::string_enum! {
    /// The current state of a partner qualifications association.
    pub enum QualificationsAssociationStatus {
        Associated = "ASSOCIATED",
        NotAssociated = "NOT_ASSOCIATED",
    }
}

awsop::string_enum! {
    /// The current status of a qualifications association task.
    pub enum QualificationsAssociationTaskStatus {
        InProgress = "IN_PROGRESS",
        Succeeded = "SUCCEEDED",
    }
}

awsop::string_enum! {
    /// The current status of a qualifications disassociation task.
    pub enum QualificationsDisassociationTaskStatus {
        InProgress = "IN_PROGRESS",
        Succeeded = "SUCCEEDED",
    }
}

awsop::string_enum! {
    /// `ResourceNotFoundExceptionReason`: the values the model lists; others are kept as sent.
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
    /// `ServiceQuotaExceededExceptionReason`: the values the model lists; others are kept as sent.
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
    /// `ValidationExceptionReason`: the values the model lists; others are kept as sent.
    pub enum ValidationExceptionReason {
        RequestValidationFailed = "REQUEST_VALIDATION_FAILED",
        BusinessValidationFailed = "BUSINESS_VALIDATION_FAILED",
    }
}

awsop::string_enum! {
    /// `VerificationStatus`: the values the model lists; others are kept as sent.
    pub enum VerificationStatus {
        PendingCustomerAction = "PENDING_CUSTOMER_ACTION",
        InProgress = "IN_PROGRESS",
        Failed = "FAILED",
        Succeeded = "SUCCEEDED",
        Rejected = "REJECTED",
    }
}

awsop::string_enum! {
    /// `VerificationType`: the values the model lists; others are kept as sent.
    pub enum VerificationType {
        BusinessVerification = "BUSINESS_VERIFICATION",
        RegistrantVerification = "REGISTRANT_VERIFICATION",
    }
}
