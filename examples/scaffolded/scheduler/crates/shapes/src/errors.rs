// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's exceptions: shapes an operation's error enum holds, each with its code.

use awsop::aws_shape;

/// Updating or deleting the resource can cause an inconsistent state.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConflictException {
    #[serde(alias = "message")]
    pub message: String,
}

impl awsop::ModeledError for ConflictException {
    const CODE: &'static str = "ConflictException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// Unexpected error encountered while processing the request.
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

/// The request references a resource which does not exist.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    #[serde(alias = "message")]
    pub message: String,
}

impl awsop::ModeledError for ResourceNotFoundException {
    const CODE: &'static str = "ResourceNotFoundException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// The request exceeds a service quota.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceQuotaExceededException {
    #[serde(alias = "message")]
    pub message: String,
}

impl awsop::ModeledError for ServiceQuotaExceededException {
    const CODE: &'static str = "ServiceQuotaExceededException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// The request was denied due to request throttling.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThrottlingException {
    #[serde(alias = "message")]
    pub message: String,
}

impl awsop::ModeledError for ThrottlingException {
    const CODE: &'static str = "ThrottlingException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}

/// The input fails to satisfy the constraints specified by an Amazon Web Services service.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValidationException {
    #[serde(alias = "message")]
    pub message: String,
}

impl awsop::ModeledError for ValidationException {
    const CODE: &'static str = "ValidationException";
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str()).filter(|m| !m.is_empty())
    }
}
