//! The traits `#[aws_operation]` implements, and the shape of an unmodeled service error.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::bindings::{json_payload, Body, Http, HttpRequest, HttpResponse, Payload};
use crate::member::Member;
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

    /// The operation takes no authentication (the model's `authtype: none`, Smithy's
    /// `@auth([])` / `smithy.api#noAuth`): it is sent unsigned, and no credentials are looked
    /// up, so it works before any are configured (Cognito Identity's `GetId`, say).
    const NO_AUTH: bool = false;

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

    /// The model's `operationContextParams`: rule-set parameters read from the input by a
    /// JMESPath expression, by parameter name (`("ResourceArnList", "keys(RequestItems)")`).
    /// They are read from the request's JSON body, which for awsJson is the whole input
    /// (restJson1 binds members elsewhere: `awsop scaffold` refuses them there);
    /// [`crate::endpoint::context`] says which expressions awsop evaluates.
    const OPERATION_CONTEXT_PARAMS: &'static [(&'static str, &'static str)] = &[];

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

    /// Builds the error from the service's error code and body (`body`: parsed once, by the
    /// caller). A code the operation does not
    /// model, or a modeled body that does not parse, gives the `Unhandled` variant (`None` only
    /// if [`OperationError::errors`] shows no `Unhandled` variant).
    fn from_response(
        code: &str,
        response: &HttpResponse<'_>,
        body: Option<&serde_json::Value>,
        unhandled: Unhandled,
    ) -> Option<Self>
    where
        Self: Sized,
    {
        struct Parse<'a, 'b, E> {
            code: &'a str,
            response: &'a HttpResponse<'b>,
            body: Option<&'a serde_json::Value>,
            unhandled: Option<Unhandled>,
            found: Option<E>,
        }
        impl<E> ErrorVisitor<E> for Parse<'_, '_, E> {
            #[inline]
            fn error<M: ModeledError>(&mut self, wrap: fn(M) -> E) {
                if self.found.is_none() && self.code == M::CODE {
                    self.found = parse_modeled::<M>(self.response, self.body).map(wrap);
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
            body,
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
        match self.modeled() {
            Ok(error) => code_and_message::<Self>(error).map(|(code, _)| code),
            Err(unhandled) => unhandled.code(),
        }
    }

    /// The error message, if the service sent one.
    fn message(&self) -> Option<&str>
    where
        Self: Sized,
    {
        match self.modeled() {
            Ok(error) => code_and_message::<Self>(error).and_then(|(_, message)| message),
            Err(unhandled) => unhandled.message(),
        }
    }
}

/// The code and message of `error`, found among the modeled errors of `E` by its type.
fn code_and_message<E: OperationError>(error: &dyn Any) -> Option<(&'static str, Option<&str>)> {
    struct Find<'a> {
        error: &'a dyn Any,
        found: Option<(&'static str, Option<&'a str>)>,
    }
    impl<E> ErrorVisitor<E> for Find<'_> {
        fn error<M: ModeledError>(&mut self, _: fn(M) -> E) {
            if let Some(error) = self.error.downcast_ref::<M>() {
                self.found = Some((M::CODE, error.message()));
            }
        }
    }
    let mut find = Find { error, found: None };
    E::errors(&mut find);
    find.found
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

/// The service of an operation whose declaration has a mistake: what the attribute's
/// fallback impls stand on, so that the mistake is its one compile error.
#[doc(hidden)]
pub const FALLBACK: Service = Service::aws_json_1_0("fallback", "Fallback");

/// A modeled error's members (from the body, and restJson1's bound headers), or `None` when
/// the response is not that shape.
pub fn parse_modeled<T: ModeledError>(
    response: &HttpResponse<'_>,
    body: Option<&serde_json::Value>,
) -> Option<T> {
    let mut error = T::deserialize(body?).ok()?;
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

/// Evaluates the shape's members where it is declared, so a member whose type contradicts
/// its declaration ([`Member::required`](crate::Member::required) and the constraint
/// builders) is an error there, not only in a crate that sends it.
pub const fn members<S: Shape>() {
    let _ = S::MEMBERS.len();
}

/// The check an operation without `http(..)` makes: its service must not be restJson1, whose
/// operations each need their method and URI, and its output must not read members from the
/// response's status or headers, which awsJson does not bind.
pub const fn needs_no_http<O: Operation>() {
    members::<O>();
    if matches!(O::SERVICE.protocol, crate::service::Protocol::RestJson1) {
        panic!("a restJson1 operation needs its `http(method = \"..\", uri = \"..\")` in #[aws_operation(..)]");
    }
    if <O::Output as Shape>::HTTP_BOUND {
        panic!("this operation's output binds members to the response's status, headers or payload, which only restJson1 has; an awsJson output is read from the body alone");
    }
}

/// The check an operation with `http(..)` makes: its service is restJson1 (the awsJson
/// protocols send every operation as `POST /` and would ignore it).
pub const fn needs_rest_json<O: Operation>() {
    members::<O>();
    if !matches!(O::SERVICE.protocol, crate::service::Protocol::RestJson1) {
        panic!("`http(..)` and member bindings are restJson1's; this operation's service speaks awsJson, which sends every member in the body of `POST /`: remove them");
    }
}

/// A shape in a restJson1 payload: its members as a JSON object.
impl<T: Shape + Serialize + DeserializeOwned> Payload for T {
    fn payload(&self, media_type: Option<&'static str>) -> Result<Option<Body>, String> {
        json_payload(self, media_type)
    }
    fn unset() -> Option<Body> {
        Some((b"{}".to_vec(), Cow::Borrowed("application/json")))
    }
    fn from_payload(body: &[u8]) -> Result<Self, String> {
        crate::json::from_json_slice(crate::json::output_body(body)).map_err(|e| e.to_string())
    }
}
