// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! The model's exceptions: shapes an operation's error enum holds, each with its code.

use awsop::aws_shape;

use crate::*;

/// Lambda couldn't create the alias because your Amazon Web Services account has exceeded the maximum number of aliases allowed per Lambda function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AliasLimitExceededException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for AliasLimitExceededException {
    const CODE: &'static str = "AliasLimitExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The callback ID token has either expired or the callback associated with the token has already been closed.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallbackTimeoutException {
    /// The exception type.
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for CallbackTimeoutException {
    const CODE: &'static str = "CallbackTimeoutException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The maximum number of capacity providers for your account has been exceeded.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderLimitExceededException {
    /// The exception type.
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for CapacityProviderLimitExceededException {
    const CODE: &'static str = "CapacityProviderLimitExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function couldn't be invoked because its code artifact user has been deleted.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodeArtifactUserDeletedException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for CodeArtifactUserDeletedException {
    const CODE: &'static str = "CodeArtifactUserDeletedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function couldn't be invoked because provisioning of its code artifact user failed.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodeArtifactUserFailedException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for CodeArtifactUserFailedException {
    const CODE: &'static str = "CodeArtifactUserFailedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function couldn't be invoked because its code artifact user is still being provisioned.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodeArtifactUserPendingException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for CodeArtifactUserPendingException {
    const CODE: &'static str = "CodeArtifactUserPendingException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified code signing configuration does not exist.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodeSigningConfigNotFoundException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for CodeSigningConfigNotFoundException {
    const CODE: &'static str = "CodeSigningConfigNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Your Amazon Web Services account has exceeded its maximum total code size.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodeStorageExceededException {
    /// The exception type.
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for CodeStorageExceededException {
    const CODE: &'static str = "CodeStorageExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The code signature failed one or more of the validation checks for signature mismatch or expiry, and the code signing policy is set to ENFORCE.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodeVerificationFailedException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for CodeVerificationFailedException {
    const CODE: &'static str = "CodeVerificationFailedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The durable execution with the specified name has already been started.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DurableExecutionAlreadyStartedException {
    /// The exception type.
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for DurableExecutionAlreadyStartedException {
    const CODE: &'static str = "DurableExecutionAlreadyStartedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Need additional permissions to configure VPC settings.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EC2AccessDeniedException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for EC2AccessDeniedException {
    const CODE: &'static str = "EC2AccessDeniedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Amazon EC2 throttled Lambda during Lambda function initialization using the execution role provided for the function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EC2ThrottledException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for EC2ThrottledException {
    const CODE: &'static str = "EC2ThrottledException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda received an unexpected Amazon EC2 client exception while setting up for the Lambda function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EC2UnexpectedException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
    #[aws(rename = "EC2ErrorCode")]
    pub ec2_error_code: Option<String>,
}

impl awsop::ModeledError for EC2UnexpectedException {
    const CODE: &'static str = "EC2UnexpectedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// An error occurred when reading from or writing to a connected file system.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EFSIOException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for EFSIOException {
    const CODE: &'static str = "EFSIOException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function couldn't make a network connection to the configured file system.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EFSMountConnectivityException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for EFSMountConnectivityException {
    const CODE: &'static str = "EFSMountConnectivityException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function couldn't mount the configured file system due to a permission or configuration issue.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EFSMountFailureException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for EFSMountFailureException {
    const CODE: &'static str = "EFSMountFailureException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function made a network connection to the configured file system, but the mount operation timed out.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EFSMountTimeoutException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for EFSMountTimeoutException {
    const CODE: &'static str = "EFSMountTimeoutException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't create an elastic network interface in the VPC, specified as part of Lambda function configuration, because the limit for network interfaces has been reached.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ENILimitReachedException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ENILimitReachedException {
    const CODE: &'static str = "ENILimitReachedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't invoke the Lambda function because the elastic network interface (ENI) configured for its VPC connection isn't ready yet.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ENINotReadyException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ENINotReadyException {
    const CODE: &'static str = "ENINotReadyException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The maximum number of function versions that can be associated with a single capacity provider has been exceeded.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionVersionsPerCapacityProviderLimitExceededException {
    /// The exception type.
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for FunctionVersionsPerCapacityProviderLimitExceededException {
    const CODE: &'static str = "FunctionVersionsPerCapacityProviderLimitExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The code signature failed the integrity check.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidCodeSignatureException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidCodeSignatureException {
    const CODE: &'static str = "InvalidCodeSignatureException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// One of the parameters in the request is not valid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidParameterValueException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidParameterValueException {
    const CODE: &'static str = "InvalidParameterValueException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request body could not be parsed as JSON, or a request header is invalid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidRequestContentException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidRequestContentException {
    const CODE: &'static str = "InvalidRequestContentException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The runtime or runtime version specified is not supported.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidRuntimeException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidRuntimeException {
    const CODE: &'static str = "InvalidRuntimeException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The security group ID provided in the Lambda function VPC configuration is not valid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidSecurityGroupIDException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidSecurityGroupIDException {
    const CODE: &'static str = "InvalidSecurityGroupIDException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The subnet ID provided in the Lambda function VPC configuration is not valid.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidSubnetIDException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidSubnetIDException {
    const CODE: &'static str = "InvalidSubnetIDException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda could not unzip the deployment package.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvalidZipFileException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for InvalidZipFileException {
    const CODE: &'static str = "InvalidZipFileException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't decrypt the environment variables because KMS access was denied.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KMSAccessDeniedException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KMSAccessDeniedException {
    const CODE: &'static str = "KMSAccessDeniedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't decrypt the environment variables because the KMS key used is disabled.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KMSDisabledException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KMSDisabledException {
    const CODE: &'static str = "KMSDisabledException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't decrypt the environment variables because the state of the KMS key used is not valid for Decrypt.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KMSInvalidStateException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KMSInvalidStateException {
    const CODE: &'static str = "KMSInvalidStateException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't decrypt the environment variables because the KMS key was not found.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KMSNotFoundException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for KMSNotFoundException {
    const CODE: &'static str = "KMSNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function doesn't support the invocation mode requested.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ModeNotSupportedException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ModeNotSupportedException {
    const CODE: &'static str = "ModeNotSupportedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The function has no published versions available.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NoPublishedVersionException {
    /// The exception type.
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for NoPublishedVersionException {
    const CODE: &'static str = "NoPublishedVersionException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The permissions policy for the resource is too large.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyLengthExceededException {
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for PolicyLengthExceededException {
    const CODE: &'static str = "PolicyLengthExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The RevisionId provided does not match the latest RevisionId for the Lambda function or alias.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PreconditionFailedException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for PreconditionFailedException {
    const CODE: &'static str = "PreconditionFailedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The specified configuration does not exist.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProvisionedConcurrencyConfigNotFoundException {
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ProvisionedConcurrencyConfigNotFoundException {
    const CODE: &'static str = "ProvisionedConcurrencyConfigNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The resource-based policy you tried to add to the Lambda resource would grant public access to it, which isn't allowed.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PublicPolicyException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for PublicPolicyException {
    const CODE: &'static str = "PublicPolicyException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda has detected your function being invoked in a recursive loop with other Amazon Web Services resources and stopped your function's invocation.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecursiveInvocationException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for RecursiveInvocationException {
    const CODE: &'static str = "RecursiveInvocationException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request payload exceeded the Invoke request body JSON input quota.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestTooLargeException {
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for RequestTooLargeException {
    const CODE: &'static str = "RequestTooLargeException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The resource already exists, or another operation is in progress.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceConflictException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ResourceConflictException {
    const CODE: &'static str = "ResourceConflictException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The operation conflicts with the resource's availability.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceInUseException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ResourceInUseException {
    const CODE: &'static str = "ResourceInUseException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The resource specified in the request does not exist.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotFoundException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ResourceNotFoundException {
    const CODE: &'static str = "ResourceNotFoundException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The function is inactive and its VPC connection is no longer available.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceNotReadyException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ResourceNotReadyException {
    const CODE: &'static str = "ResourceNotReadyException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The runtime alias for your function is no longer available.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuntimeAliasDeletedException {
    /// Indicates the exception type for a deleted runtime alias.
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for RuntimeAliasDeletedException {
    const CODE: &'static str = "RuntimeAliasDeletedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The runtime version used by your function is no longer available.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuntimeVersionDeletedException {
    /// Indicates the exception type for a deleted runtime version.
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for RuntimeVersionDeletedException {
    const CODE: &'static str = "RuntimeVersionDeletedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function couldn't make a network connection to the configured S3 Files access point.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3FilesMountConnectivityException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for S3FilesMountConnectivityException {
    const CODE: &'static str = "S3FilesMountConnectivityException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function couldn't mount the configured S3 Files access point due to a permission or configuration issue.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3FilesMountFailureException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for S3FilesMountFailureException {
    const CODE: &'static str = "S3FilesMountFailureException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda function made a network connection to the configured S3 Files access point, but the mount operation timed out.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3FilesMountTimeoutException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for S3FilesMountTimeoutException {
    const CODE: &'static str = "S3FilesMountTimeoutException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request payload exceeded the maximum allowed size for serialized request entities.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SerializedRequestEntityTooLargeException {
    /// The error type.
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for SerializedRequestEntityTooLargeException {
    const CODE: &'static str = "SerializedRequestEntityTooLargeException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The Lambda service encountered an internal error.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ServiceException {
    const CODE: &'static str = "ServiceException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request would exceed a service quota.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceQuotaExceededException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for ServiceQuotaExceededException {
    const CODE: &'static str = "ServiceQuotaExceededException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The afterRestore() runtime hook encountered an error.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SnapStartException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for SnapStartException {
    const CODE: &'static str = "SnapStartException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda is initializing your function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SnapStartNotReadyException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for SnapStartNotReadyException {
    const CODE: &'static str = "SnapStartNotReadyException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't regenerate the SnapStart snapshot for the function.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SnapStartRegenerationFailureException {
    /// The exception type.
    pub type_: Option<String>,
    /// The exception message.
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for SnapStartRegenerationFailureException {
    const CODE: &'static str = "SnapStartRegenerationFailureException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't restore the snapshot within the timeout limit.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SnapStartTimeoutException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for SnapStartTimeoutException {
    const CODE: &'static str = "SnapStartTimeoutException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// Lambda couldn't set up VPC access for the Lambda function because one or more configured subnets has no available IP addresses.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SubnetIPAddressLimitReachedException {
    pub type_: Option<String>,
    #[serde(alias = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for SubnetIPAddressLimitReachedException {
    const CODE: &'static str = "SubnetIPAddressLimitReachedException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The request throughput limit was exceeded.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TooManyRequestsException {
    /// The number of seconds the caller should wait before retrying.
    #[aws(rename = "retryAfterSeconds", header = "Retry-After")]
    pub retry_after_seconds: Option<String>,
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
    pub reason: Option<ThrottleReason>,
}

impl awsop::ModeledError for TooManyRequestsException {
    const CODE: &'static str = "TooManyRequestsException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

/// The content type of the Invoke request body is not JSON.
#[aws_shape]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnsupportedMediaTypeException {
    pub type_: Option<String>,
    #[serde(alias = "Message")]
    #[aws(rename = "message")]
    pub message: Option<String>,
}

impl awsop::ModeledError for UnsupportedMediaTypeException {
    const CODE: &'static str = "UnsupportedMediaTypeException";
    fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}
