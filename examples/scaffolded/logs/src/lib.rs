// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs (`logs`, awsJson 1.1, API version 2014-03-28): 116 operations declared with awsop's
//! `#[aws_operation]`, their shapes with `#[aws_shape]`, written by `awsop scaffold` from
//! the model in `model/`.
//!
//! The operations are declared in one crate per family (`awsop-logs-other`, `awsop-logs-delivery`, `awsop-logs-log-anomaly`, `awsop-logs-log-group`, `awsop-logs-log`, `awsop-logs-lookup`, `awsop-logs-scheduled`, `awsop-logs-other-2`, `awsop-logs-query`, `awsop-logs-resource`, `awsop-logs-other-3`, `awsop-logs-other-4`) over one crate of shared
//! shapes (`awsop-logs-shapes`); this crate re-exports them all, so it is the one to depend on.
//! The split keeps a rebuild after touching one operation to its family.
//!
//! Paginators not written (page these by hand):
//! - FilterLogEvents: its result_key is not one member.
#![forbid(unsafe_code)]

mod listing;

pub use awsop::{
    Blob, Client, Config, Credentials, DateTime, EpochSeconds, Error, ErrorKind, HttpDate,
    Sensitive,
};
pub use awsop_logs_delivery::*;
pub use awsop_logs_log::*;
pub use awsop_logs_log_anomaly::*;
pub use awsop_logs_log_group::*;
pub use awsop_logs_lookup::*;
pub use awsop_logs_other::*;
pub use awsop_logs_other_2::*;
pub use awsop_logs_other_3::*;
pub use awsop_logs_other_4::*;
pub use awsop_logs_query::*;
pub use awsop_logs_resource::*;
pub use awsop_logs_scheduled::*;
pub use awsop_logs_shapes::*;
pub use listing::{DECLARED, ENUMS, ERRORS, OPERATIONS, SHAPES};
