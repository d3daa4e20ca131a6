//! awsop turns a plain request struct into a signed AWS API call with one attribute.
//!
//! Declare an operation with [`aws_operation`], send it with [`Client::send`]. Errors are one
//! [`Error`] type whose [`service_error`](Error::service_error) is the operation's typed error.
#![forbid(unsafe_code)]

pub mod bindings;
mod client;
mod clock;
mod codec;
mod compress;
mod config;
mod credentials;
mod dynamic;
pub mod endpoint;
mod error;
pub(crate) mod json;
mod member;
pub mod model;
mod operation;
mod paginate;
mod protocol;
mod retry;
pub mod service;
mod sign;
mod token;
mod transport;
mod types;
mod validate;
mod wire;

#[doc(hidden)]
pub mod __private;

pub use awsop_macros::{aws_operation, aws_shape};
pub use bindings::Http;
pub use client::Client;
pub use clock::{OffsetClock, SystemClock, TimeSource};
pub use config::{Config, ConfigBuilder};
pub use credentials::chain::DefaultChain;
pub use credentials::process::ProcessProvider;
pub use credentials::profile;
#[cfg(feature = "aws-credential-types")]
pub use credentials::AwsCredentialsProvider;
pub use credentials::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
pub use dynamic::{kebab_case, DynServiceError, OperationEntry, PageKeys, ShapeCodec};
pub use error::{Error, ErrorKind};
pub use json::{from_json_slice, from_json_value, JsonError};
pub use member::{Checks, Constraints, Facts, Location, Member, Number, Schema, TimestampFormat};
pub use operation::{
    ErrorRef, ErrorVisitor, ModeledError, Operation, OperationError, Shape, Unhandled,
};
pub use paginate::{Paginate, Paginator};
pub use retry::{Jitter, RandomJitter, RetryConfig, Sleep, TokioSleep};
pub use service::Service;
pub use token::{FixedToken, IdempotencyTokens, RandomTokens, SeededTokens};
pub use types::{DateTime, DateTimeError, Sensitive, UnknownValue};
pub use validate::{
    AsNumber, AsText, HasLength, Pattern, Validate, Validator, Violation, ViolationKind,
};
pub use wire::{Blob, EpochSeconds, HttpDate};
