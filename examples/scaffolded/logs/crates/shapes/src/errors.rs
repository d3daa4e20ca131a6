// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's exceptions: shapes an operation's error enum holds, each with its code.

use awsop::aws_shape;

use crate::*;

/// You don't have sufficient permissions to perform this action.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AccessDeniedException {}

impl awsop::ModeledError for AccessDeniedException {
    const CODE: &'static str = "AccessDeniedException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// This operation attempted to create a resource that already exists.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConflictException {}

impl awsop::ModeledError for ConflictException {
    const CODE: &'static str = "ConflictException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The event was already logged.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DataAlreadyAcceptedException {
    #[aws(rename = "expectedSequenceToken", length(min = 1))]
    pub expected_sequence_token: Option<String>,
}

impl awsop::ModeledError for DataAlreadyAcceptedException {
    const CODE: &'static str = "DataAlreadyAcceptedException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// An internal server error occurred while processing the request.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InternalServerException {}

impl awsop::ModeledError for InternalServerException {
    const CODE: &'static str = "InternalServerException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The operation is not valid on the specified resource.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidOperationException {}

impl awsop::ModeledError for InvalidOperationException {
    const CODE: &'static str = "InvalidOperationException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// A parameter is specified incorrectly.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidParameterException {}

impl awsop::ModeledError for InvalidParameterException {
    const CODE: &'static str = "InvalidParameterException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The sequence token is not valid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidSequenceTokenException {
    #[aws(rename = "expectedSequenceToken", length(min = 1))]
    pub expected_sequence_token: Option<String>,
}

impl awsop::ModeledError for InvalidSequenceTokenException {
    const CODE: &'static str = "InvalidSequenceTokenException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// You have reached the maximum number of resources that can be created.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LimitExceededException {}

impl awsop::ModeledError for LimitExceededException {
    const CODE: &'static str = "LimitExceededException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The query string is not valid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MalformedQueryException {
    #[aws(rename = "queryCompileError")]
    pub query_compile_error: Option<QueryCompileError>,
}

impl awsop::ModeledError for MalformedQueryException {
    const CODE: &'static str = "MalformedQueryException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// Multiple concurrent requests to update the same resource were in conflict.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OperationAbortedException {}

impl awsop::ModeledError for OperationAbortedException {
    const CODE: &'static str = "OperationAbortedException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The specified resource already exists.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceAlreadyExistsException {}

impl awsop::ModeledError for ResourceAlreadyExistsException {
    const CODE: &'static str = "ResourceAlreadyExistsException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The specified resource does not exist.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {}

impl awsop::ModeledError for ResourceNotFoundException {
    const CODE: &'static str = "ResourceNotFoundException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// This request exceeds a service quota.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceQuotaExceededException {}

impl awsop::ModeledError for ServiceQuotaExceededException {
    const CODE: &'static str = "ServiceQuotaExceededException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The service cannot complete the request.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceUnavailableException {}

impl awsop::ModeledError for ServiceUnavailableException {
    const CODE: &'static str = "ServiceUnavailableException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// The request was throttled because of quota limits.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThrottlingException {}

impl awsop::ModeledError for ThrottlingException {
    const CODE: &'static str = "ThrottlingException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// A resource can have no more than 50 tags.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TooManyTagsException {
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
    /// The name of the resource.
    #[aws(
        rename = "resourceName",
        length(min = 1, max = 1011),
        pattern = "[\\w+=/:,.@-]*"
    )]
    pub resource_name: Option<String>,
}

impl awsop::ModeledError for TooManyTagsException {
    const CODE: &'static str = "TooManyTagsException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The most likely cause is an Amazon Web Services access key ID or secret key that's not valid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnrecognizedClientException {}

impl awsop::ModeledError for UnrecognizedClientException {
    const CODE: &'static str = "UnrecognizedClientException";
    fn message(&self) -> Option<&str> {
        None
    }
}

/// One of the parameters for the request is not valid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValidationException {}

impl awsop::ModeledError for ValidationException {
    const CODE: &'static str = "ValidationException";
    fn message(&self) -> Option<&str> {
        None
    }
}
