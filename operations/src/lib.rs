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
#![forbid(unsafe_code)]

mod connections;
mod enums;
mod errors;
mod invitations;
mod listing;
mod paginators;
mod partners;
mod qualifications;
mod shapes;
mod tags;
mod verification;

pub use awsop::{Client, Config, Credentials, DateTime, Error, ErrorKind, Sensitive};
pub use connections::*;
pub use enums::*;
pub use errors::*;
pub use invitations::*;
pub use listing::{ENUMS, OPERATIONS, SHAPES};
pub use partners::*;
pub use qualifications::*;
pub use shapes::*;
pub use tags::*;
pub use verification::*;
