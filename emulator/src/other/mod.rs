//! The operations the model groups as "other": partners, tags, the alliance lead contact and
//! training email domains, and verifications.

pub(crate) mod contacts;
pub(crate) mod partners;
pub(crate) mod tags;
pub(crate) mod verification;
