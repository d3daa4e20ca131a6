//! What generated code names: re-exports only, from the modules that own them. No docs, no
//! stability promise: only `#[aws_operation]`, `#[aws_shape]` and awsop's `macro_rules!` name
//! these, and nothing in the crate uses this module.

pub use serde;
pub use serde_json;

pub use crate::bindings::{HttpRequest, HttpResponse};
pub use crate::codec::{
    deserialize as read_structure, next_float, next_float_option, skip_value, ReadMembers, Writer,
};
pub use crate::member::MemberDefault;
pub use crate::operation::{
    fmt_service_error, members, needs_no_http, needs_rest_json, parse_modeled, FALLBACK,
};
pub use crate::protocol::read_response_parts as read_response;
pub use crate::token::fill_idempotency_token;
pub use crate::types::deserialize_str;
pub use crate::validate::Validator;
