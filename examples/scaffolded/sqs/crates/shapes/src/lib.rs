// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon Simple Queue Service: the enums, structures and errors its operations share, and the service.
//!
//! Part of `awsop-sqs`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod enums;
mod errors;
mod structures;

pub use enums::*;
pub use errors::*;
pub use structures::*;

/// Amazon Simple Queue Service (awsJson 1.0), its endpoints from its rule set.
pub const SQS: awsop::Service = awsop::Service::aws_json_1_0("sqs", "AmazonSQS")
    .service_id("SQS")
    .query_compatible()
    .endpoint_rules(include_str!("../endpoint-rule-set-1.json"));
