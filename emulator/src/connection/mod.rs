//! The connection family: invitations between two accounts, the connections accepting one
//! makes, and each account's connection preferences.

pub(crate) mod connections;
pub(crate) mod invitations;
pub(crate) mod preferences;
