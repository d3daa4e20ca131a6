// Written by `awsop scaffold` from the Lambda model (2015-03-31); edit freely: tests/model.rs
// holds the declarations to the model.
//! AWS Lambda: the durable operations (CheckpointDurableExecution, DeleteDurableExecution, GetDurableExecution, GetDurableExecutionHistory and 8 more).
//!
//! Part of `awsop-lambda`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;
mod paginators;

pub use operations::*;
