//! AWS services other than Partner Central, declared with awsop as a user would declare them
//! in their own crate: a `const` of [`awsop::Service`] per service, from its model's metadata
//! and endpoint rule set (the repository's `models/`), and the operations a program uses, each
//! an `#[aws_operation]` struct whose members follow the model.
//!
//! - [`dynamodb`]: Amazon DynamoDB (awsJson 1.0), tables and items;
//! - [`sqs`]: Amazon SQS (awsJson 1.0, query-compatible), queues and messages;
//! - [`logs`]: Amazon CloudWatch Logs (awsJson 1.1), log groups, streams and events;
//! - [`lambda`]: AWS Lambda (restJson1), functions and their invocation;
//! - [`scheduler`]: Amazon EventBridge Scheduler (restJson1), schedule groups and schedules.
//!
//! Runnable examples: `cargo run --example dynamodb`, `sqs`, `logs`, `lambda`, `scheduler`
//! (endpoint, credentials and region from the environment, as for any SDK).

/// Declares the model's exceptions as shapes with `awsop::ModeledError`: with the model's
/// lower-case `message` member (`message:`), or with no member, the message then being the
/// error's own (`no_members:`).
macro_rules! modeled_errors {
    (message: $($(#[$doc:meta])* $shape:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[awsop::aws_shape]
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct $shape {
            /// What happened (`message`, lower case, in the model).
            #[aws(rename = "message")]
            pub message: Option<String>,
        }
        impl awsop::ModeledError for $shape {
            const CODE: &'static str = stringify!($shape);
            fn message(&self) -> Option<&str> {
                self.message.as_deref()
            }
        }
    )*};
    (no_members: $($(#[$doc:meta])* $shape:ident),* $(,)?) => {$(
        $(#[$doc])*
        /// (The model gives it no members; the message is the error's own.)
        #[awsop::aws_shape]
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct $shape {}
        impl awsop::ModeledError for $shape {
            const CODE: &'static str = stringify!($shape);
            fn message(&self) -> Option<&str> {
                None
            }
        }
    )*};
}

pub mod dynamodb;
pub mod lambda;
pub mod logs;
pub mod scheduler;
pub mod sqs;
