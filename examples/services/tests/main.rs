//! The example services' tests, one binary with a module per service over one model server
//! (`support`): five binaries each linked the same stack.

mod support;

mod dynamodb;
mod lambda;
mod logs;
mod scheduler;
mod sqs;
