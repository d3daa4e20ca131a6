// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon EventBridge Scheduler (`scheduler`, restJson1, API version 2021-06-30): 12 operations declared with awsop's
//! `#[aws_operation]`, their shapes with `#[aws_shape]`, written by `awsop scaffold` from
//! the model in `model/`.
//!
//! The operations are declared in one crate per family (`awsop-scheduler-schedule`, `awsop-scheduler-other`) over one crate of shared
//! shapes (`awsop-scheduler-shapes`); this crate re-exports them all, so it is the one to depend on.
//! The split keeps a rebuild after touching one operation to its family.
#![forbid(unsafe_code)]

mod listing;

pub use awsop::{
    Blob, Client, Config, Credentials, DateTime, EpochSeconds, Error, ErrorKind, HttpDate,
    Sensitive,
};
pub use awsop_scheduler_other::*;
pub use awsop_scheduler_schedule::*;
pub use awsop_scheduler_shapes::*;
pub use listing::{DECLARED, ENUMS, ERRORS, OPERATIONS, SHAPES};
