// Written by `awsop scaffold` from the DynamoDB model (2012-08-10); edit freely: tests/model.rs
// holds the declarations to the model.
//! Amazon DynamoDB: the table operations (CreateTable, DeleteTable, DescribeTable, DescribeTableReplicaAutoScaling and 7 more).
//!
//! Part of `awsop-dynamodb`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;
mod paginators;

pub use operations::*;
