//! What generated code calls. No docs, no stability promise: only `#[aws_operation]` and
//! `awsop::string_enum!` name these.

use std::borrow::Cow;
use std::fmt;

pub use serde;
pub use serde_json;

pub use crate::bindings::{HttpRequest, HttpResponse};
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

/// Whether an optional member is unset (serde's `skip_serializing_if`).
#[inline]
pub fn is_none<T>(value: &Option<T>) -> bool {
    value.is_none()
}

/// The default of member `N` of a shape, for serde's `default = ".."`: a trait, so the
/// declared type gets no method of ours.
pub trait MemberDefault<const N: usize> {
    /// The member's type.
    type Value;
    /// The model's default.
    fn value() -> Self::Value;
}

/// A modeled error's members (from the body, and restJson1's bound headers), or `None` when
/// the response is not that shape.
pub fn parse_modeled<T: crate::ModeledError>(response: &HttpResponse<'_>) -> Option<T> {
    let mut error: T = serde_json::from_slice(crate::json::output_body(response.body)).ok()?;
    error.read_http(response).ok()?;
    Some(error)
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
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<O::Output, crate::Error<O::Error>> {
    let response = HttpResponse {
        status,
        headers,
        body,
    };
    crate::protocol::read_response::<O>(&response, None)
}

/// Evaluates the shape's members where it is declared, so a member whose type contradicts
/// its declaration ([`Member::required`](crate::Member::required) and the constraint
/// builders) is an error there, not only in a crate that sends it.
pub const fn members<S: crate::Shape>() {
    let _ = S::MEMBERS.len();
}

/// The check an operation without `http(..)` makes: its service must not be restJson1, whose
/// operations each need their method and URI, and its output must not read members from the
/// response's status or headers, which awsJson does not bind.
pub const fn needs_no_http<O: crate::Operation>() {
    members::<O>();
    if matches!(O::SERVICE.protocol, crate::service::Protocol::RestJson1) {
        panic!("a restJson1 operation needs its `http(method = \"..\", uri = \"..\")` in #[aws_operation(..)]");
    }
    if <O::Output as crate::Shape>::HTTP_BOUND {
        panic!("this operation's output binds members to the response's status, headers or payload, which only restJson1 has; an awsJson output is read from the body alone");
    }
}

/// The check an operation with `http(..)` makes: its service is restJson1 (the awsJson
/// protocols send every operation as `POST /` and would ignore it).
pub const fn needs_rest_json<O: crate::Operation>() {
    members::<O>();
    if !matches!(O::SERVICE.protocol, crate::service::Protocol::RestJson1) {
        panic!("`http(..)` and member bindings are restJson1's; this operation's service speaks awsJson, which sends every member in the body of `POST /`: remove them");
    }
}
