//! The AWS Partner Central Account API (`partnercentral-account`, awsJson 1.0), declared with
//! awsop's `#[aws_operation]`.
//!
//! ```no_run
//! use awsop_partnercentral_account::{CancelConnectionInvitation, Client};
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::from_env()?;
//! let out = client
//!     .send(CancelConnectionInvitation {
//!         catalog: "AWS".into(),
//!         identifier: "pacinv-0123456789abc".into(),
//!         client_token: None, // autofilled
//!     })
//!     .await?;
//! println!("{} is now {}", out.id, out.status);
//! # Ok(()) }
//! ```
#![forbid(unsafe_code)]

mod enums;
mod errors;
mod invitations;

pub use awsop::{Client, Config, Credentials, DateTime, Error, ErrorKind, Sensitive};
pub use enums::*;
pub use errors::*;
pub use invitations::*;

/// Every declared operation, for callers that dispatch by name (the `awsop` CLI).
pub const OPERATIONS: &[awsop::OperationEntry] = &[
    awsop::OperationEntry::of::<CancelConnectionInvitation>(),
    awsop::OperationEntry::of::<CreateConnectionInvitation>(),
    awsop::OperationEntry::of::<GetConnectionInvitation>(),
];
