// Written by `awsop scaffold` from the Scheduler model (2021-06-30); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon EventBridge Scheduler: the schedule operations (CreateSchedule, CreateScheduleGroup, DeleteSchedule, DeleteScheduleGroup and 5 more).
//!
//! Part of `awsop-scheduler`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;
mod paginators;

pub use operations::*;
