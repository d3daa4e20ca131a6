//! AWS services other than Partner Central, declared with awsop as a user would declare them
//! in their own crate: a `const` of [`awsop::Service`] per service, from its model's metadata
//! and endpoint rule set (the repository's `models/`), and the operations a program uses, each
//! an `#[aws_operation]` struct whose members follow the model.
//!
//! - [`dynamodb`]: Amazon DynamoDB (awsJson 1.0), tables and items.
//!
//! Runnable examples: `cargo run --example dynamodb` (endpoint, credentials and region from the
//! environment, as for any SDK).

pub mod dynamodb;
