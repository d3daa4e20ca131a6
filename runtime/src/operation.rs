//! The traits `#[aws_operation]` implements, and the shape of an unmodeled service error.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::bindings::{Http, HttpRequest, HttpResponse};
use crate::schema::Schema;
use crate::service::Service;
use crate::token::IdempotencyTokens;
use crate::validate::Validate;

/// A request struct that `#[aws_operation]` turned into an API call. Send it with
/// [`Client::send`](crate::Client::send).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an AWS operation",
    note = "declare it with `#[awsop::aws_operation(service = \"..\", name = \"..\")]`"
)]
pub trait Operation: Shape + Serialize + DeserializeOwned + Send + Sync + 'static {
    /// The operation's output shape.
    type Output: Shape + Serialize + DeserializeOwned + fmt::Debug + Send + Sync + 'static;
    /// The per-operation error enum the attribute generates (`<Operation>Error`).
    type Error: OperationError;
    /// The service the operation belongs to.
    const SERVICE: &'static Service;
    /// The operation's name in the model (the part of `X-Amz-Target` after the dot).
    const NAME: &'static str;
    /// The first paragraph of the operation's doc comment (the CLI's help).
    const DOC: &'static str = "";

    /// The `requestCompression` trait: large bodies are sent gzip-compressed.
    const REQUEST_COMPRESSION: bool = false;

    /// The `httpChecksumRequired` trait: the request carries `Content-MD5`.
    const CHECKSUM_REQUIRED: bool = false;

    /// restJson1: the operation's method, URI pattern and success code (the `http` trait).
    const HTTP: Http = Http::POST_ROOT;

    /// restJson1: writes the members bound to URI labels, the query string, headers and the
    /// body (its payload member, or its body members as JSON).
    fn http_request<'a>(&'a self, request: &mut HttpRequest<'a>) {
        let _ = request;
    }

    /// The endpoint trait's host prefix for this request (`foo.` + host labels), if any.
    fn host_prefix(&self) -> Option<String> {
        None
    }

    /// Whether [`Operation::context_params`] gives any: the endpoint then depends on the input.
    const HAS_CONTEXT_PARAMS: bool = false;

    /// The input's members that the service's endpoint rule set reads, by the rule set's
    /// parameter name (`#[aws(context_param = "ResourceArn")]`).
    fn context_params<'a>(&'a self, params: &mut Vec<(&'static str, &'a str)>) {
        let _ = params;
    }

    /// The URL this request goes to instead of the service's resolved endpoint, from the member
    /// marked `#[aws(endpoint_url)]` (a customisation some services have, such as Machine
    /// Learning's `Predict` and its `PredictEndpoint`).
    fn endpoint_url(&self) -> Option<&str> {
        None
    }

    /// Fills the member the model marks `idempotencyToken` when the caller left it empty.
    /// Called once per call, before the first attempt.
    fn fill_idempotency_token(&mut self, tokens: &dyn IdempotencyTokens) {
        let _ = tokens;
    }
}

/// The error enum of one operation: a variant per modeled exception, plus `Unhandled`.
pub trait OperationError: std::error::Error + Send + Sync + 'static {
    /// The error codes the operation models, in the order of `errors(..)`.
    const CODES: &'static [&'static str];
    /// Builds the error from the service's error code and body. A code the operation does not
    /// model, or a modeled body that does not parse, gives the `Unhandled` variant.
    fn from_response(code: &str, response: &HttpResponse<'_>, unhandled: Unhandled) -> Self;
    /// The error code (`ConflictException`), if the service sent one.
    fn code(&self) -> Option<&str>;
    /// The error message, if the service sent one.
    fn message(&self) -> Option<&str>;
}

/// A member of a structure, as the model check and the CLI read it.
#[derive(Debug, Clone, Copy)]
pub struct Member {
    /// The wire name.
    pub name: &'static str,
    /// A plain field (not `Option`): the model requires it.
    pub required: bool,
    /// The member autofilled with a UUID.
    pub idempotency_token: bool,
    /// The type is `Sensitive<..>`: redacted in `Debug`.
    pub sensitive: bool,
    /// What the value is on the wire, from the member's type.
    pub schema: fn() -> Schema,
    /// The model's constraints, as declared with `#[aws(length, range, pattern)]`.
    pub constraints: Constraints,
    /// The first paragraph of the member's doc comment.
    pub doc: &'static str,
    /// Where the member goes in the request or comes from in the response.
    pub location: Location<'static>,
}

/// Where a member is bound: the JSON body (by its key there), or, in restJson1, a part of the
/// HTTP message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location<'a> {
    /// The JSON body, under this key (the member's name, or its `json_name`).
    Body(&'a str),
    /// The URI label of this name.
    Label(&'a str),
    /// The query parameter of this name.
    Query(&'a str),
    /// A map of query parameters.
    QueryParams,
    /// The header of this name.
    Header(&'a str),
    /// Headers with this prefix, as a map.
    PrefixHeaders(&'a str),
    /// The whole body.
    Payload,
    /// The response's status code.
    ResponseCode,
}

/// The model's constraints on a member's value: what the member's checks enforce, as data
/// for tools and the model check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Constraints {
    /// The least and most length (characters, items or entries).
    pub length: (Option<u64>, Option<u64>),
    /// The least and most value of a number.
    pub range: (Option<i64>, Option<i64>),
    /// The regular expression a string matches.
    pub pattern: Option<&'static str>,
}

impl Constraints {
    /// No constraint.
    pub const NONE: Self = Self {
        length: (None, None),
        range: (None, None),
        pattern: None,
    };
}

/// A structure declared with `#[aws_operation]` or `#[aws_shape]`: validation and members.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an awsop shape",
    note = "declare it with `#[awsop::aws_shape]` (outputs and nested structures) or `#[awsop::aws_operation]` (inputs)"
)]
pub trait Shape: Validate {
    /// The members, in declaration order.
    const MEMBERS: &'static [Member];

    /// restJson1: members are read from the response's status, headers or payload
    /// ([`Shape::read_http`] does something).
    const HTTP_BOUND: bool = false;

    /// restJson1: a member is the response's whole payload, so the body is not read as this
    /// structure's members.
    const HTTP_PAYLOAD: bool = false;

    /// restJson1: reads the members bound to the response's status, headers and payload;
    /// an error says which header or payload did not read, never its value.
    fn read_http(&mut self, response: &HttpResponse<'_>) -> Result<(), String> {
        let _ = response;
        Ok(())
    }
}

/// A modeled exception shape (`ConflictException`, ...), listed in `errors(..)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a modeled error shape",
    note = "declare it with `#[awsop::aws_shape]` and implement `awsop::ModeledError` for it (its `CODE` is the shape's name in the model)"
)]
pub trait ModeledError: Shape + DeserializeOwned + fmt::Debug + Send + Sync + 'static {
    /// The error code the service sends for this shape: the shape's name in the model.
    const CODE: &'static str;
    /// The shape's `Message` member.
    fn message(&self) -> Option<&str>;
}

/// A service error the operation does not model, kept with what the service said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unhandled {
    pub(crate) code: Option<String>,
    pub(crate) message: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) status: u16,
}

impl Unhandled {
    /// The error code the service sent, without namespace or `:` suffix.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }
    /// The error message the service sent.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    /// The request id from `x-amzn-requestid`.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }
}

impl fmt::Display for Unhandled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code().unwrap_or("unknown error"))?;
        if let Some(message) = self.message() {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Unhandled {}
