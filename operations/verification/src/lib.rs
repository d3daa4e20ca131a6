// Written by operations/codegen/generate.py from the service model; edit freely,
// tests/model.rs keeps these declarations and the model in agreement.
//! Account verification and email verification codes.
//!
//! Part of [`awsop-partnercentral-account`](https://docs.rs/awsop-partnercentral-account),
//! which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;

pub use operations::*;
