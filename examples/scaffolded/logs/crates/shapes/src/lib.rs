// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the enums, structures and errors its operations share, and the service.
//!
//! Part of `awsop-logs`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod enums;
mod errors;
mod structures;

pub use enums::*;
pub use errors::*;
pub use structures::*;

/// Amazon CloudWatch Logs (awsJson 1.1), its endpoints from its rule set.
pub const CLOUDWATCH_LOGS: awsop::Service = awsop::Service::aws_json_1_1("logs", "Logs_20140328")
    .service_id("CloudWatch Logs")
    .endpoint_rules(include_str!("../endpoint-rule-set-1.json"));
