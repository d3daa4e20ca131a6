//! Operations called by name with JSON in and out (wire names): what the CLI dispatches on.

use std::error::Error as StdError;
use std::future::Future;
use std::pin::Pin;

use serde_json::Value;

use crate::client::Client;
use crate::error::{Error, ErrorKind};
use crate::operation::Operation;
use crate::service::Service;

/// A service error with its operation erased.
pub type DynServiceError = Box<dyn StdError + Send + Sync>;

type CallJson = for<'a> fn(
    &'a Client,
    Value,
) -> Pin<
    Box<dyn Future<Output = Result<Value, Error<DynServiceError>>> + Send + 'a>,
>;

/// One operation in a service's listing: its names and a way to call it with JSON.
#[derive(Clone, Copy)]
pub struct OperationEntry {
    service: &'static Service,
    name: &'static str,
    call: CallJson,
}

impl OperationEntry {
    /// The entry of operation `O`.
    pub const fn of<O: Operation>() -> Self {
        Self {
            service: O::SERVICE,
            name: O::NAME,
            call: call_json::<O>,
        }
    }

    /// The operation's service.
    pub fn service(&self) -> &'static Service {
        self.service
    }

    /// The operation's name in the model (`CancelConnectionInvitation`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The aws CLI's name for it (`cancel-connection-invitation`).
    pub fn cli_name(&self) -> String {
        let mut out = String::with_capacity(self.name.len() + 8);
        for (i, c) in self.name.char_indices() {
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

    /// Calls the operation with its input as JSON with wire names, and returns its output so.
    pub async fn call(
        &self,
        client: &Client,
        input: Value,
    ) -> Result<Value, Error<DynServiceError>> {
        (self.call)(client, input).await
    }
}

impl std::fmt::Debug for OperationEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
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
        let op: O = serde_json::from_value(input).map_err(|err| {
            Error::new(ErrorKind::InvalidInput, err.to_string()).with_operation(O::NAME)
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
