//! The traits `#[aws_operation]` implements, and the shape of an unmodeled service error.

use std::any::Any;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::bindings::{Http, HttpRequest, HttpResponse};
use crate::schema::Schema;
use crate::service::Service;
use crate::token::IdempotencyTokens;
use crate::validate::{Checks, Facts, Validate};

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

/// The error enum of one operation: a variant per modeled exception, plus `Unhandled`. The
/// attribute states the variants ([`OperationError::errors`], [`OperationError::modeled`]);
/// reading, codes and messages are this trait's.
pub trait OperationError: std::error::Error + Send + Sync + 'static {
    /// Shows `visitor` each modeled error with its variant, in the order of `errors(..)`, and
    /// then the `Unhandled` variant.
    fn errors<V: ErrorVisitor<Self>>(visitor: &mut V)
    where
        Self: Sized;

    /// The modeled error this is, or the unhandled one.
    fn modeled(&self) -> ErrorRef<'_>;

    /// The error codes the operation models, in the order of `errors(..)`.
    fn codes() -> Vec<&'static str>
    where
        Self: Sized,
    {
        struct Codes(Vec<&'static str>);
        impl<E> ErrorVisitor<E> for Codes {
            fn error<M: ModeledError>(&mut self, _: fn(M) -> E) {
                self.0.push(M::CODE);
            }
        }
        let mut codes = Codes(Vec::new());
        Self::errors(&mut codes);
        codes.0
    }

    /// Builds the error from the service's error code and body. A code the operation does not
    /// model, or a modeled body that does not parse, gives the `Unhandled` variant (`None` only
    /// if [`OperationError::errors`] shows no `Unhandled` variant).
    fn from_response(code: &str, response: &HttpResponse<'_>, unhandled: Unhandled) -> Option<Self>
    where
        Self: Sized,
    {
        struct Parse<'a, 'b, E> {
            code: &'a str,
            response: &'a HttpResponse<'b>,
            unhandled: Option<Unhandled>,
            found: Option<E>,
        }
        impl<E> ErrorVisitor<E> for Parse<'_, '_, E> {
            #[inline]
            fn error<M: ModeledError>(&mut self, wrap: fn(M) -> E) {
                if self.found.is_none() && self.code == M::CODE {
                    self.found = crate::__private::parse_modeled::<M>(self.response).map(wrap);
                }
            }
            #[inline]
            fn unhandled(&mut self, wrap: fn(Unhandled) -> E) {
                if self.found.is_none() {
                    self.found = self.unhandled.take().map(wrap);
                }
            }
        }
        let mut parse = Parse {
            code,
            response,
            unhandled: Some(unhandled),
            found: None,
        };
        Self::errors(&mut parse);
        parse.found
    }

    /// The error code (`ConflictException`), if the service sent one.
    fn code(&self) -> Option<&str>
    where
        Self: Sized,
    {
        struct Code<'a> {
            error: &'a dyn Any,
            code: Option<&'static str>,
        }
        impl<E> ErrorVisitor<E> for Code<'_> {
            fn error<M: ModeledError>(&mut self, _: fn(M) -> E) {
                if self.error.is::<M>() {
                    self.code = Some(M::CODE);
                }
            }
        }
        match self.modeled() {
            Ok(error) => {
                let mut code = Code { error, code: None };
                Self::errors(&mut code);
                code.code
            }
            Err(unhandled) => unhandled.code(),
        }
    }

    /// The error message, if the service sent one.
    fn message(&self) -> Option<&str>
    where
        Self: Sized,
    {
        struct Message<'a> {
            error: &'a dyn Any,
            message: Option<&'a str>,
        }
        impl<'a, E> ErrorVisitor<E> for Message<'a> {
            fn error<M: ModeledError>(&mut self, _: fn(M) -> E) {
                if let Some(error) = self.error.downcast_ref::<M>() {
                    self.message = error.message();
                }
            }
        }
        match self.modeled() {
            Ok(error) => {
                let mut message = Message {
                    error,
                    message: None,
                };
                Self::errors(&mut message);
                message.message
            }
            Err(unhandled) => unhandled.message(),
        }
    }
}

/// What [`OperationError::modeled`] gives: the modeled error (one of the types
/// [`OperationError::errors`] shows), or the unhandled one.
pub type ErrorRef<'a> = Result<&'a (dyn Any + Send + Sync), &'a Unhandled>;

/// What [`OperationError::errors`] shows each modeled error to.
pub trait ErrorVisitor<E> {
    /// The modeled error `M`, which `wrap` makes the operation's error.
    fn error<M: ModeledError>(&mut self, wrap: fn(M) -> E);
    /// The variant for any other error, shown last.
    fn unhandled(&mut self, wrap: fn(Unhandled) -> E) {
        let _ = wrap;
    }
}

/// A member of a structure, as the model check and the CLI read it. The attribute builds it
/// with [`Member::required`], [`Member::optional`] or [`Member::float`] from the type's
/// [`Validate::FACTS`] and the builder methods below.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
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
    /// Which constraints the member's type can be held to.
    pub checks: Checks,
}

impl Member {
    /// A member of a type with these facts, in the body under its name.
    pub const fn of(name: &'static str, facts: Facts) -> Self {
        Self {
            name,
            required: !facts.optional,
            idempotency_token: false,
            sensitive: facts.sensitive,
            schema: facts.schema,
            constraints: Constraints::NONE,
            doc: "",
            location: Location::Body(name),
            checks: facts.checks,
        }
    }

    /// A member written without `Option<..>` or a float type: its type (`facts`) must be
    /// neither, or the attribute, which reads those by their spelling, would send it wrongly.
    pub const fn required(name: &'static str, facts: Facts) -> Self {
        if facts.optional {
            panic!("this member's type is an `Option` under another name, which #[aws_operation] cannot see; write `Option<..>` itself");
        }
        Self::optional(name, facts)
    }

    /// A member written `Option<..>` (of no float type).
    pub const fn optional(name: &'static str, facts: Facts) -> Self {
        if facts.float {
            panic!("this member's type is `f32` or `f64` under another name, which #[aws_operation] cannot see; write `f32` or `f64` itself");
        }
        Self::of(name, facts)
    }

    /// A member written `f32`, `f64` or an `Option` of one.
    pub const fn float(name: &'static str, facts: Facts) -> Self {
        Self::of(name, facts)
    }

    /// A union's member: never required, as only one is set.
    pub const fn in_union(mut self) -> Self {
        self.required = false;
        self
    }

    /// The member autofilled with a UUID.
    pub const fn token(mut self) -> Self {
        self.idempotency_token = true;
        self
    }

    /// The first paragraph of the member's doc comment.
    pub const fn doc(mut self, doc: &'static str) -> Self {
        self.doc = doc;
        self
    }

    /// Bound elsewhere than the body under its name.
    pub const fn at(mut self, location: Location<'static>) -> Self {
        self.location = location;
        self
    }

    /// `length(min = ..)`.
    pub const fn min_length(mut self, min: u64) -> Self {
        self.needs(self.checks.length);
        self.constraints.length.0 = Some(min);
        self
    }

    /// `length(max = ..)`.
    pub const fn max_length(mut self, max: u64) -> Self {
        self.needs(self.checks.length);
        self.constraints.length.1 = Some(max);
        self
    }

    /// `range(min = ..)`.
    pub const fn min(mut self, min: i64) -> Self {
        self.needs_range();
        self.constraints.range.0 = Some(min);
        self
    }

    /// `range(max = ..)`.
    pub const fn max(mut self, max: i64) -> Self {
        self.needs_range();
        self.constraints.range.1 = Some(max);
        self
    }

    /// `pattern = ".."`.
    pub const fn pattern(mut self, pattern: &'static str) -> Self {
        if !self.checks.pattern {
            panic!("a `pattern` constraint needs a string member (`String`, or an `Option` or `Sensitive` of one)");
        }
        self.constraints.pattern = Some(pattern);
        self
    }

    const fn needs(&self, length: bool) {
        if !length {
            panic!("a `length` constraint needs a string, list, map or blob member (or an `Option` or `Sensitive` of one)");
        }
    }

    const fn needs_range(&self) {
        if !self.checks.range {
            panic!("a `range` constraint needs a whole-number member (`i8` to `i64`, `u8` to `u32`, or an `Option` or `Sensitive` of one)");
        }
    }
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
