// Written by operations/codegen/generate.py from the service model; edit freely,
// tests/model.rs keeps these declarations and the model in agreement.
//! Connections and connection preferences.
//!
//! Part of [`awsop-partnercentral-account`](https://docs.rs/awsop-partnercentral-account),
//! which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;
mod paginators;

pub use operations::*;
