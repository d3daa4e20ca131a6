// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda (`lambda`, restJson1, API version 2015-03-31): 90 operations declared with awsop's
//! `#[aws_operation]`, their shapes with `#[aws_shape]`, written by `awsop scaffold` from
//! the model in `model/`.
//!
//! The operations are declared in one crate per family (`awsop-lambda-layer`, `awsop-lambda-other`, `awsop-lambda-durable`, `awsop-lambda-alias`, `awsop-lambda-capacity`, `awsop-lambda-code`, `awsop-lambda-event`, `awsop-lambda-function`, `awsop-lambda-function-url`, `awsop-lambda-function-event`, `awsop-lambda-resource`, `awsop-lambda-function-2`) over one crate of shared
//! shapes (`awsop-lambda-shapes`); this crate re-exports them all, so it is the one to depend on.
//! The split keeps a rebuild after touching one operation to its family.
#![forbid(unsafe_code)]

mod listing;

pub use awsop::{
    Blob, Client, Config, Credentials, DateTime, EpochSeconds, Error, ErrorKind, HttpDate,
    Sensitive,
};
pub use awsop_lambda_alias::*;
pub use awsop_lambda_capacity::*;
pub use awsop_lambda_code::*;
pub use awsop_lambda_durable::*;
pub use awsop_lambda_event::*;
pub use awsop_lambda_function::*;
pub use awsop_lambda_function_2::*;
pub use awsop_lambda_function_event::*;
pub use awsop_lambda_function_url::*;
pub use awsop_lambda_layer::*;
pub use awsop_lambda_other::*;
pub use awsop_lambda_resource::*;
pub use awsop_lambda_shapes::*;
pub use listing::{DECLARED, ENUMS, ERRORS, OPERATIONS, SHAPES};
