// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! Partner Central Account API: the connection operations (AcceptConnectionInvitation, CancelConnection, CancelConnectionInvitation, CreateConnectionInvitation and 7 more).
//!
//! Part of `awsop-partnercentral-account`, which re-exports it: depend on that crate, not on this one.
#![forbid(unsafe_code)]

mod operations;
mod paginators;

pub use operations::*;
