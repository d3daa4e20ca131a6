// Written by `awsop scaffold` from the PartnerCentral Account model (2025-04-04); edit freely: tests/model.rs
// holds the declarations to the model.
//! Partner Central Account API (`partnercentral-account`, awsJson 1.0, API version 2025-04-04): 34 operations declared with awsop's
//! `#[aws_operation]`, their shapes with `#[aws_shape]`, written by `awsop scaffold` from
//! the model in `model/`.
//!
//! The operations are declared in one crate per family (`awsop-partnercentral-account-connection`, `awsop-partnercentral-account-other`, `awsop-partnercentral-account-profile`, `awsop-partnercentral-account-qualification`) over one crate of shared
//! shapes (`awsop-partnercentral-account-shapes`); this crate re-exports them all, so it is the one to depend on.
//! The split keeps a rebuild after touching one operation to its family.
#![forbid(unsafe_code)]

mod listing;

pub use awsop::{
    Blob, Client, Config, Credentials, DateTime, EpochSeconds, Error, ErrorKind, HttpDate,
    Sensitive,
};
pub use awsop_partnercentral_account_connection::*;
pub use awsop_partnercentral_account_other::*;
pub use awsop_partnercentral_account_profile::*;
pub use awsop_partnercentral_account_qualification::*;
pub use awsop_partnercentral_account_shapes::*;
pub use listing::{DECLARED, ENUMS, ERRORS, OPERATIONS, SHAPES};
