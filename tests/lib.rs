//! Integration and trybuild tests of awsop; the tests are the crate's `[[test]]` targets.
//!
//! The README's examples run here as doctests: they use the operations crate and the
//! emulator, which `awsop` itself cannot depend on.

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
