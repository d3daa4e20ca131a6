// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB (`dynamodb`, awsJson 1.0, API version 2012-08-10): 62 operations declared with awsop's
//! `#[aws_operation]`, their shapes with `#[aws_shape]`, written by `awsop scaffold` from
//! the model in `model/`.
//!
//! The operations are declared in one crate per family (`awsop-dynamodb-other`, `awsop-dynamodb-item`, `awsop-dynamodb-global`, `awsop-dynamodb-table`, `awsop-dynamodb-resource`, `awsop-dynamodb-other-2`) over one crate of shared
//! shapes (`awsop-dynamodb-shapes`); this crate re-exports them all, so it is the one to depend on.
//! The split keeps a rebuild after touching one operation to its family.
//!
//! Paginators not written (page these by hand):
//! - Query: its result_key is not one member.
//! - Scan: its result_key is not one member.
#![forbid(unsafe_code)]

mod listing;

pub use awsop::{
    Blob, Client, Config, Credentials, DateTime, EpochSeconds, Error, ErrorKind, HttpDate,
    Sensitive,
};
pub use awsop_dynamodb_global::*;
pub use awsop_dynamodb_item::*;
pub use awsop_dynamodb_other::*;
pub use awsop_dynamodb_other_2::*;
pub use awsop_dynamodb_resource::*;
pub use awsop_dynamodb_shapes::*;
pub use awsop_dynamodb_table::*;
pub use listing::{DECLARED, ENUMS, ERRORS, OPERATIONS, SHAPES};
