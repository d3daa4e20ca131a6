//! The integration tests, one binary: each module was its own test binary, and each linked the
//! whole stack (runtime, emulator, operations) again, which on two cores cost more than the
//! tests. Four stay apart (tests/Cargo.toml says why): `ui`, `proxy`, `observability` and
//! `concurrency`.

mod architecture;
mod config;
mod conformance;
mod endpoints;
mod families;
mod faults;
mod invitations;
mod lints;
mod model;
mod paginators;
mod standalone;
mod trust;
mod validation;
