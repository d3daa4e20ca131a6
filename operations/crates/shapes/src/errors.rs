// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's exceptions: shapes an operation's error enum holds, each with its code.

use awsop::aws_shape;

use crate::*;

/// The request was denied due to insufficient permissions.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccessDeniedException {
    #[serde(alias = "message")]
    pub message: String,
    /// The specific reason for the access denial.
    pub reason: AccessDeniedExceptionReason,
}

impl awsop::ModeledError for AccessDeniedException {
    const CODE: &'static str = "AccessDeniedException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// The request could not be completed due to a conflict with the current state of the resource.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConflictException {
    #[serde(alias = "message")]
    pub message: String,
    /// The specific reason for the conflict.
    pub reason: ConflictExceptionReason,
}

impl awsop::ModeledError for ConflictException {
    const CODE: &'static str = "ConflictException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// An internal server error occurred while processing the request.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InternalServerException {
    #[serde(alias = "message")]
    pub message: String,
}

impl awsop::ModeledError for InternalServerException {
    const CODE: &'static str = "InternalServerException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// The specified resource could not be found.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    #[serde(alias = "message")]
    pub message: String,
    /// The specific reason why the resource was not found.
    pub reason: ResourceNotFoundExceptionReason,
}

impl awsop::ModeledError for ResourceNotFoundException {
    const CODE: &'static str = "ResourceNotFoundException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// The request was rejected because it would exceed a service quota or limit.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceQuotaExceededException {
    #[serde(alias = "message")]
    pub message: String,
    /// The specific reason for the service quota being exceeded.
    pub reason: ServiceQuotaExceededExceptionReason,
}

impl awsop::ModeledError for ServiceQuotaExceededException {
    const CODE: &'static str = "ServiceQuotaExceededException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// The request was throttled due to too many requests being sent in a short period of time.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThrottlingException {
    #[serde(alias = "message")]
    pub message: String,
    /// The service code associated with the throttling error.
    pub service_code: Option<String>,
    /// The quota code associated with the throttling error.
    pub quota_code: Option<String>,
}

impl awsop::ModeledError for ThrottlingException {
    const CODE: &'static str = "ThrottlingException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// The request failed validation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValidationException {
    #[serde(alias = "message")]
    pub message: String,
    /// The reason for the validation failure.
    pub reason: ValidationExceptionReason,
    /// A list of detailed validation errors that occurred during request processing.
    pub error_details: Option<Vec<ValidationError>>,
}

impl awsop::ModeledError for ValidationException {
    const CODE: &'static str = "ValidationException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}
