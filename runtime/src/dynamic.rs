//! Operations called by name with JSON in and out (wire names): what the CLI dispatches on.

use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::member::Member;
use crate::operation::{OperationError, Shape};
use crate::validate::{Validator, Violation};

use crate::client::Client;
use crate::error::{Error, ErrorKind};
use crate::operation::Operation;
use crate::service::Service;

/// A model name as the aws CLI writes it: `CancelConnectionInvitation` →
/// `cancel-connection-invitation`, `ClientToken` → `client-token`.
pub fn kebab_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    for (i, c) in name.char_indices() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A service error with its operation erased.
pub type DynServiceError = Box<dyn StdError + Send + Sync>;

type CallJson = for<'a> fn(
    &'a Client,
    Value,
) -> Pin<
    Box<dyn Future<Output = Result<Value, Error<DynServiceError>>> + Send + 'a>,
>;

/// A structure's members and what can be done with its JSON form without knowing its type:
/// read and write it back, show its `Debug`, validate it.
#[derive(Clone, Copy)]
pub struct ShapeCodec {
    /// The members, as declared.
    pub members: &'static [Member],
    roundtrip: fn(Value) -> Result<Value, String>,
    debug: fn(Value) -> Result<String, String>,
    validate: fn(Value) -> Result<Vec<Violation>, String>,
}

impl ShapeCodec {
    /// The codec of shape `S`.
    pub const fn of<S: Shape + Serialize + DeserializeOwned + fmt::Debug>() -> Self {
        Self {
            members: S::MEMBERS,
            roundtrip: |value| {
                let shape: S = crate::json::from_json_value(&value).map_err(|e| e.to_string())?;
                serde_json::to_value(&shape).map_err(|e| e.to_string())
            },
            debug: |value| {
                let shape: S = crate::json::from_json_value(&value).map_err(|e| e.to_string())?;
                Ok(format!("{shape:?} {shape:#?}"))
            },
            validate: |value| {
                let shape: S = crate::json::from_json_value(&value).map_err(|e| e.to_string())?;
                let mut validator = Validator::new();
                shape.validate(&mut validator);
                Ok(validator.finish().err().unwrap_or_default())
            },
        }
    }

    /// Reads the JSON (wire names) into the shape and writes it back.
    pub fn roundtrip(&self, value: Value) -> Result<Value, String> {
        (self.roundtrip)(value)
    }

    /// The shape's `Debug` (plain and pretty) for the JSON.
    pub fn debug(&self, value: Value) -> Result<String, String> {
        (self.debug)(value)
    }

    /// The constraints the JSON's values break.
    pub fn validate(&self, value: Value) -> Result<Vec<Violation>, String> {
        (self.validate)(value)
    }
}

impl fmt::Debug for ShapeCodec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ShapeCodec")
            .field("members", &self.members.len())
            .finish_non_exhaustive()
    }
}

/// One operation in a service's listing: its names, its shapes and errors as declared, and a
/// way to call it with JSON.
#[derive(Clone, Copy)]
pub struct OperationEntry {
    service: &'static Service,
    name: &'static str,
    call: CallJson,
    /// The input's codec.
    pub input: ShapeCodec,
    /// The output's codec.
    pub output: ShapeCodec,
    errors: fn() -> Vec<&'static str>,
    /// The operation's documentation (first paragraph).
    pub doc: &'static str,
    /// The model's paginator, for operations that page.
    pub pages: Option<PageKeys>,
    /// restJson1: the method, URI pattern and success code (`POST /` for awsJson).
    pub http: crate::bindings::Http,
    /// The operation is sent unsigned ([`Operation::NO_AUTH`]).
    pub no_auth: bool,
    /// [`Operation::OPERATION_CONTEXT_PARAMS`].
    pub operation_context_params: &'static [(&'static str, &'static str)],
}

/// A paginator's keys (`paginators-1.json`), by wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageKeys {
    /// The input member that takes the token.
    pub input_token: &'static str,
    /// The output member that carries the next token.
    pub output_token: &'static str,
    /// The input member that limits the page size, if any.
    pub limit_key: Option<&'static str>,
    /// The output list of results.
    pub result_key: &'static str,
}

impl OperationEntry {
    /// The entry of operation `O`.
    pub const fn of<O: Operation + fmt::Debug>() -> Self {
        Self {
            service: O::SERVICE,
            name: O::NAME,
            call: call_json::<O>,
            input: ShapeCodec::of::<O>(),
            output: ShapeCodec::of::<O::Output>(),
            errors: <O::Error as OperationError>::codes,
            doc: O::DOC,
            pages: None,
            http: O::HTTP,
            no_auth: O::NO_AUTH,
            operation_context_params: O::OPERATION_CONTEXT_PARAMS,
        }
    }

    /// The same entry, with the model's paginator.
    pub const fn with_pages(mut self, pages: PageKeys) -> Self {
        self.pages = Some(pages);
        self
    }

    /// The operation's service.
    pub fn service(&self) -> &'static Service {
        self.service
    }

    /// The operation's name in the model (`CancelConnectionInvitation`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The error codes the operation models, in the order of its `errors(..)`.
    pub fn errors(&self) -> Vec<&'static str> {
        (self.errors)()
    }

    /// The aws CLI's name for it (`cancel-connection-invitation`).
    pub fn cli_name(&self) -> String {
        kebab_case(self.name)
    }

    /// Calls the operation with its input as JSON with wire names, and returns its output so.
    pub async fn call(
        &self,
        client: &Client,
        input: Value,
    ) -> Result<Value, Error<DynServiceError>> {
        (self.call)(client, input).await
    }
}

impl fmt::Debug for OperationEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OperationEntry")
            .field("service", &self.service.id)
            .field("name", &self.name)
            .finish()
    }
}

fn call_json<O: Operation>(
    client: &Client,
    input: Value,
) -> Pin<Box<dyn Future<Output = Result<Value, Error<DynServiceError>>> + Send + '_>> {
    Box::pin(async move {
        let op: O = crate::json::from_json_value(&input).map_err(|err| {
            Error::new(ErrorKind::InvalidInput, format!("the input: {err}"))
                .with_source(err)
                .with_operation(O::NAME)
        })?;
        let output = client
            .send(op)
            .await
            .map_err(|err| err.map_service_error(|e| Box::new(e) as DynServiceError))?;
        serde_json::to_value(&output).map_err(|err| {
            Error::new(ErrorKind::Response, "the output did not serialize")
                .with_source(err)
                .with_operation(O::NAME)
        })
    })
}
