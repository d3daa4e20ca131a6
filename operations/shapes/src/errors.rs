//! The service's modeled exceptions, declared as shapes (so the model check reaches them). A
//! response lacking a member the model requires gets the member's default (error correction),
//! so a typed error is never lost to a missing `Reason`; `message` is read in either case.

use crate::{
    AccessDeniedExceptionReason, BusinessValidationCode, ConflictExceptionReason,
    FieldValidationCode, ResourceNotFoundExceptionReason, ServiceQuotaExceededExceptionReason,
    ValidationExceptionReason,
};

/// Implements `awsop::ModeledError` for exception shapes whose `Message` member is `message`.
macro_rules! modeled_errors {
    ($($shape:ident),* $(,)?) => {$(
        impl awsop::ModeledError for $shape {
            const CODE: &'static str = stringify!($shape);
            fn message(&self) -> Option<&str> {
                Some(self.message.as_str()).filter(|m| !m.is_empty())
            }
        }
        impl std::fmt::Display for $shape {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}: {}", stringify!($shape), self.message)
            }
        }
        impl std::error::Error for $shape {}
    )*};
}

modeled_errors!(
    AccessDeniedException,
    ConflictException,
    InternalServerException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ThrottlingException,
    ValidationException,
);

/// The caller may not perform this action.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccessDeniedException {
    /// What was denied.
    #[serde(alias = "message")]
    pub message: String,
    /// Why access was denied.
    pub reason: AccessDeniedExceptionReason,
}

/// The request conflicts with the resource's current state.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConflictException {
    /// What conflicts.
    #[serde(alias = "message")]
    pub message: String,
    /// The kind of conflict.
    pub reason: ConflictExceptionReason,
}

/// The service failed; retried by the client.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InternalServerException {
    /// What failed.
    #[serde(alias = "message")]
    pub message: String,
}

/// The resource does not exist.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    /// What was not found.
    #[serde(alias = "message")]
    pub message: String,
    /// Which kind of resource was not found.
    pub reason: ResourceNotFoundExceptionReason,
}

/// A service quota would be exceeded.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceQuotaExceededException {
    /// Which quota.
    #[serde(alias = "message")]
    pub message: String,
    /// The quota's reason code.
    pub reason: ServiceQuotaExceededExceptionReason,
}

/// The request was throttled; retried by the client.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThrottlingException {
    /// What was throttled.
    #[serde(alias = "message")]
    pub message: String,
    /// The code of the service that throttled.
    pub service_code: Option<String>,
    /// The code of the quota that was exceeded.
    pub quota_code: Option<String>,
}

/// The input is not valid; `error_details` names the fields.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValidationException {
    /// What is wrong.
    #[serde(alias = "message")]
    pub message: String,
    /// Whether the request's form or a business rule failed.
    pub reason: ValidationExceptionReason,
    /// One entry per problem.
    pub error_details: Option<Vec<ValidationError>>,
}

awsop::json_union! {
    /// One validation problem (`ValidationError`, a union).
    pub enum ValidationError {
        /// A field's value is wrong.
        FieldValidationError(FieldValidationError) = "FieldValidationError",
        /// A business rule is broken.
        BusinessValidationError(BusinessValidationError) = "BusinessValidationError",
    }
}

/// A field whose value is wrong.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldValidationError {
    /// The field's wire name.
    pub name: String,
    /// What is wrong with it.
    pub message: String,
    /// The kind of problem.
    pub code: FieldValidationCode,
}

/// A business rule the request broke.
#[awsop::aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BusinessValidationError {
    /// What is wrong.
    pub message: String,
    /// Which rule.
    pub code: BusinessValidationCode,
}
