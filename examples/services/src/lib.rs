//! AWS services other than Partner Central, declared with awsop as a user would declare them
//! in their own crate: a `const` of [`awsop::Service`] per service, from its model's metadata
//! and endpoint rule set (the repository's `models/`), and the operations a program uses, each
//! an `#[aws_operation]` struct whose members follow the model.
//!
//! - [`dynamodb`]: Amazon DynamoDB (awsJson 1.0), tables and items;
//! - [`sqs`]: Amazon SQS (awsJson 1.0, query-compatible), queues and messages;
//! - [`logs`]: Amazon CloudWatch Logs (awsJson 1.1), log groups, streams and events.
//!
//! Runnable examples: `cargo run --example dynamodb`, `sqs`, `logs` (endpoint, credentials and region from the
//! environment, as for any SDK).

pub mod dynamodb;
pub mod logs;
pub mod sqs;
