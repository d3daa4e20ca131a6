//! The AWS Partner Central Account API (`partnercentral-account`, awsJson 1.0): all 34
//! operations declared with awsop's `#[aws_operation]`, their shapes with `#[aws_shape]`.
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
//!
//! The operations are declared in one crate per family (`awsop-partnercentral-account-invitations`,
//! `-connections`, `-partners`, `-qualifications`, `-verification`, `-tags`) over one crate of
//! shared enums, structures and errors (`-shapes`); this crate re-exports them all, so it is the
//! one to depend on. The split keeps a rebuild after touching one operation to its family.
#![forbid(unsafe_code)]

mod listing;

pub use awsop::{Client, Config, Credentials, DateTime, Error, ErrorKind, Sensitive};
pub use awsop_partnercentral_account_connections::*;
pub use awsop_partnercentral_account_invitations::*;
pub use awsop_partnercentral_account_partners::*;
pub use awsop_partnercentral_account_qualifications::*;
pub use awsop_partnercentral_account_shapes::*;
pub use awsop_partnercentral_account_tags::*;
pub use awsop_partnercentral_account_verification::*;
pub use listing::{ENUMS, ERRORS, OPERATIONS, SHAPES};
