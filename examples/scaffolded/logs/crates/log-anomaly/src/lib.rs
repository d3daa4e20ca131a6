// Written by `awsop scaffold` from the CloudWatch Logs model (2014-03-28); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon CloudWatch Logs: the log anomaly operations (CreateLogAnomalyDetector, DeleteLogAnomalyDetector, GetLogAnomalyDetector, ListLogAnomalyDetectors and 1 more).
//!
//! Part of `awsop-logs`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;
mod paginators;

pub use operations::*;
