// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon Simple Queue Service (`sqs`, awsJson 1.0, API version 2012-11-05): 23 operations declared with awsop's
//! `#[aws_operation]`, their shapes with `#[aws_shape]`, written by `awsop scaffold` from
//! the model in `model/`.
//!
//! The operations are declared in one crate per family (`awsop-sqs-other`, `awsop-sqs-message`, `awsop-sqs-queue`) over one crate of shared
//! shapes (`awsop-sqs-shapes`); this crate re-exports them all, so it is the one to depend on.
//! The split keeps a rebuild after touching one operation to its family.
#![forbid(unsafe_code)]

mod listing;

pub use awsop::{
    Blob, Client, Config, Credentials, DateTime, EpochSeconds, Error, ErrorKind, HttpDate,
    Sensitive,
};
pub use awsop_sqs_message::*;
pub use awsop_sqs_other::*;
pub use awsop_sqs_queue::*;
pub use awsop_sqs_shapes::*;
pub use listing::{DECLARED, ENUMS, ERRORS, OPERATIONS, SHAPES};
