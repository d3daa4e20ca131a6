// Written by `awsop scaffold` from the SQS model (2012-11-05); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon Simple Queue Service: the message operations (CancelMessageMoveTask, ChangeMessageVisibility, ChangeMessageVisibilityBatch, DeleteMessage and 6 more).
//!
//! Part of `awsop-sqs`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;

pub use operations::*;
