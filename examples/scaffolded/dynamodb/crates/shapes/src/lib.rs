// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB: the enums, structures and errors its operations share, and the service.
//!
//! Part of `awsop-dynamodb`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod enums;
mod errors;
mod structures;

pub use enums::*;
pub use errors::*;
pub use structures::*;

/// Amazon DynamoDB (awsJson 1.0), its endpoints from its rule set.
pub const DYNAMODB: awsop::Service = awsop::Service::aws_json_1_0("dynamodb", "DynamoDB_20120810")
    .service_id("DynamoDB")
    .endpoint_rules(include_str!("../endpoint-rule-set-1.json"));
