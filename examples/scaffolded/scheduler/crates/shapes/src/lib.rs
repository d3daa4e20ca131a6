// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon EventBridge Scheduler: the enums, structures and errors its operations share, and the service.
//!
//! Part of `awsop-scheduler`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod enums;
mod errors;
mod structures;

pub use enums::*;
pub use errors::*;
pub use structures::*;

/// Amazon EventBridge Scheduler (restJson1), its endpoints from its rule set.
pub const SCHEDULER: awsop::Service = awsop::Service::rest_json_1("scheduler")
    .service_id("Scheduler")
    .endpoint_rules(include_str!("../endpoint-rule-set-1.json"));
