// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the other 4 operations (ListAggregateLogGroupSummaries, ListAnomalies, ListTagsForResource, ListTagsLogGroup and 3 more).
//!
//! Part of `awsop-logs`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;
mod paginators;

pub use operations::*;
