//! The `#[aws_operation]` attribute of [awsop](https://docs.rs/awsop). Use it through the
//! `awsop` crate, which re-exports it and documents it: `use awsop::aws_operation;`.
//!
//! parse (`attr`, `ast`) → validate (`validate`) → expand (`expand`); this file only wires them.

mod ast;
mod attr;
mod errors;
mod expand;
mod services;
mod validate;

use proc_macro::TokenStream;

/// Turns a plain request struct into a signed awsJson 1.0 call: its JSON with the model's wire
/// names (`Serialize`, and a strict `Deserialize` for tools), validation of its constraints,
/// idempotency-token autofill, the `<Struct>Error` enum of the modeled errors and
/// `awsop::Operation`. The struct must implement `Default` (derive it): it is what a
/// request is built from with `..Default::default()`, and what it is read into.
///
/// Arguments of `#[aws_operation(..)]`:
/// - `service = "partnercentral-account"` — the service id (its facts live in `awsop::service`);
/// - `name = "CancelConnectionInvitation"` — the operation's name in the model;
/// - `output = "CancelConnectionInvitationResponse"` — the output type (default `<name>Response`);
/// - `errors(ConflictException, ..)` — the modeled errors, each an `awsop::ModeledError`;
/// - `host_prefix = "foo.{Label}."` — the endpoint trait, `{Member}` from a required field;
/// - `request_compression = "gzip"` — compress large bodies (cargo feature `compression`);
/// - `checksum_required` — send `Content-MD5` (the model's `httpChecksumRequired`);
/// - `no_auth` — the model's `authtype: none`: sent unsigned, with no credentials looked up;
/// - `operation_context_params(ResourceArnList = "keys(RequestItems)")` — the model's
///   `operationContextParams`: endpoint rule-set parameters read from the input's JSON.
///
/// Arguments of a field's `#[aws(..)]` (also on `#[aws_shape]` fields):
/// - `rename = "Wire"` — the wire name when it is not the field name in PascalCase;
/// - `idempotency_token` — an `Option<String>` filled with a UUID when left `None`;
/// - `endpoint_url` — a `String` (or `Option<String>`) that is the URL the request goes to,
///   instead of the resolved endpoint (Machine Learning's `Predict`);
/// - `context_param = "ResourceArn"` — the member feeds this parameter of the service's
///   endpoint rule set (the model's `contextParam`);
/// - `length(min = 1, max = 64)`, `range(min = 1, max = 100)`, `pattern = "[a-z]+"` — the
///   model's constraints, checked before sending;
/// - `default = "hi"` / `default = 1` / bare `default` / `default_json = "{}"` — the model's
///   default for a member the wire may leave out.
///
/// ```
/// use awsop::{aws_operation, aws_shape};
///
/// #[aws_shape]
/// #[derive(Debug, Clone, Default)]
/// pub struct ConflictException {
///     #[aws(rename = "Message")]
///     pub message: Option<String>,
/// }
///
/// impl awsop::ModeledError for ConflictException {
///     const CODE: &'static str = "ConflictException";
///     fn message(&self) -> Option<&str> {
///         self.message.as_deref()
///     }
/// }
///
/// #[aws_shape]
/// #[derive(Debug, Clone, Default)]
/// pub struct CancelConnectionInvitationResponse {
///     pub id: String,
///     pub status: String,
/// }
///
/// /// Cancels a pending connection invitation.
/// #[aws_operation(
///     service = "partnercentral-account",
///     name = "CancelConnectionInvitation",
///     errors(ConflictException)
/// )]
/// #[derive(Debug, Clone, Default)]
/// pub struct CancelConnectionInvitation {
///     #[aws(length(min = 1, max = 64), pattern = "[a-zA-Z0-9-]+")]
///     pub catalog: String,
///     #[aws(pattern = "pacinv-[A-Za-z0-9]{13}")]
///     pub identifier: String,
///     #[aws(idempotency_token)]
///     pub client_token: Option<String>,
/// }
///
/// use awsop::Operation as _;
/// assert_eq!(CancelConnectionInvitation::NAME, "CancelConnectionInvitation");
/// assert_eq!(CancelConnectionInvitation::DOC, "Cancels a pending connection invitation.");
/// let json = serde_json::to_string(&CancelConnectionInvitation {
///     catalog: "AWS".into(),
///     identifier: "pacinv-0123456789abc".into(),
///     client_token: Some("t-1".into()),
/// })
/// .unwrap();
/// assert_eq!(json, r#"{"Catalog":"AWS","Identifier":"pacinv-0123456789abc","ClientToken":"t-1"}"#);
/// ```
#[proc_macro_attribute]
pub fn aws_operation(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::aws_operation(args.into(), item.into()).into()
}

/// Derives its JSON with wire names (unknown members ignored, missing ones defaulted), validation of
/// the fields' constraints and member metadata for a model structure that is not an
/// operation's input: outputs and nested structures. Fields take the `#[aws(..)]` arguments
/// listed on [`macro@aws_operation`], but `idempotency_token`. The struct must implement
/// `Default` (derive it).
///
/// ```
/// #[awsop::aws_shape]
/// #[derive(Debug, Clone, Default, PartialEq)]
/// pub struct Tag {
///     #[aws(length(min = 1, max = 128))]
///     pub key: String,
///     pub value: Option<String>,
/// }
///
/// let tag: Tag = serde_json::from_str(r#"{"Key":"team","Unknown":1}"#).unwrap();
/// assert_eq!(tag, Tag { key: "team".into(), value: None });
/// ```
#[proc_macro_attribute]
pub fn aws_shape(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::aws_shape(args.into(), item.into()).into()
}
