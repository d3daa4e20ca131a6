// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the enums, structures and errors its operations share, and the service.
//!
//! Part of `awsop-lambda`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod enums;
mod errors;
mod structures;

pub use enums::*;
pub use errors::*;
pub use structures::*;

/// AWS Lambda (restJson1), its endpoints from its rule set.
pub const LAMBDA: awsop::Service = awsop::Service::rest_json_1("lambda")
    .service_id("Lambda")
    .endpoint_rules(include_str!("../endpoint-rule-set-1.json"));
