//! What generated code calls. No docs, no stability promise: only `#[aws_operation]` and
//! `awsop::string_enum!` name these.

use std::borrow::Cow;
use std::fmt;

pub use serde;
pub use serde_json;

pub use crate::validate::{Pattern, Validator};
pub use crate::wire::float;

use crate::operation::OperationError;
use crate::token::IdempotencyTokens;

/// Fills an empty idempotency token from `tokens`; a token the caller set is kept.
pub fn fill_idempotency_token(slot: &mut Option<String>, tokens: &dyn IdempotencyTokens) {
    if slot.as_deref().is_none_or(str::is_empty) {
        *slot = Some(tokens.token());
    }
}

/// A modeled error's members, or `None` when the body is not that shape.
pub fn parse_modeled<T: serde::de::DeserializeOwned>(body: &[u8]) -> Option<T> {
    serde_json::from_slice(crate::json::output_body(body)).ok()
}

/// `Code: message`, the `Display` of every operation error enum.
pub fn fmt_service_error(error: &impl OperationError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str(error.code().unwrap_or("unknown service error"))?;
    if let Some(message) = error.message() {
        write!(f, ": {message}")?;
    }
    Ok(())
}

/// A string from any deserializer, borrowed where it can be.
pub fn deserialize_str<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Cow<'de, str>, D::Error> {
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Cow<'de, str>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Cow::Borrowed(v))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_owned()))
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v))
        }
    }
    deserializer.deserialize_str(Visitor)
}

/// Reads a response as the client does after an attempt, without a network: for fuzzing the
/// response and error-body parsers (`fuzz/`).
pub fn read_response<O: crate::Operation>(
    status: u16,
    errortype: Option<&str>,
    query_error: Option<&str>,
    body: &[u8],
) -> Result<O::Output, crate::Error<O::Error>> {
    crate::protocol::read_response::<O>(status, errortype, query_error, None, body)
}
