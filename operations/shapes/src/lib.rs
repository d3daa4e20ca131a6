//! The AWS Partner Central Account API's enums, the structures its operations share, and its
//! modeled errors.
//!
//! Part of [`awsop-partnercentral-account`](https://docs.rs/awsop-partnercentral-account),
//! which re-exports it: depend on that crate, not on this one. The operations live in one
//! crate per family beside this one, so that touching one operation recompiles its family,
//! not all 34.
#![forbid(unsafe_code)]

mod enums;
mod errors;
mod shapes;

pub use enums::*;
pub use errors::*;
pub use shapes::*;
