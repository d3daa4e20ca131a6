//! The one public error type: what went wrong, in one line a person can act on.

use std::convert::Infallible;
use std::error::Error as StdError;
use std::fmt;

use crate::validate::Violation;

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The service answered with an error ([`Error::service_error`] has it, typed).
    Service,
    /// The input could not be sent (it did not serialize, or failed validation); nothing was sent.
    InvalidInput,
    /// Region, endpoint or other configuration is missing or wrong; nothing was sent.
    Configuration,
    /// No credentials, or credentials the signer could not use; nothing was sent.
    Credentials,
    /// No response: the connection failed, broke, or the response was cut short.
    Transport,
    /// An attempt or the whole operation took longer than its timeout.
    Timeout,
    /// The service answered 2xx but the body is not the operation's output.
    Response,
}

/// The error of an awsop call. `E` is the operation's error enum (`<Operation>Error`);
/// configuration errors use the default, which has no service error.
pub struct Error<E = Infallible> {
    inner: Box<Inner<E>>,
}

struct Inner<E> {
    service_error: Option<E>,
    facts: Facts,
}

/// Everything of an error but its typed service error: not generic, so what reads it
/// (`Display`, the accessors) is compiled once, not per operation.
struct Facts {
    kind: ErrorKind,
    operation: Option<&'static str>,
    status: Option<u16>,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
    attempts: Option<(u32, u32)>,
    quota_exhausted: bool,
    fault: Option<String>,
    violations: Vec<Violation>,
    source: Option<Box<dyn StdError + Send + Sync>>,
}

impl<E> std::ops::Deref for Inner<E> {
    type Target = Facts;

    fn deref(&self) -> &Facts {
        &self.facts
    }
}

impl<E> std::ops::DerefMut for Inner<E> {
    fn deref_mut(&mut self) -> &mut Facts {
        &mut self.facts
    }
}

impl Facts {
    /// The input broke the model's constraints: nothing was sent.
    fn invalid_input(violations: Vec<Violation>) -> Self {
        let message = violations
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ");
        let mut facts = Facts::new(ErrorKind::InvalidInput, message);
        facts.violations = violations;
        facts
    }

    fn new(kind: ErrorKind, message: String) -> Self {
        Facts {
            kind,
            operation: None,
            status: None,
            code: None,
            message: Some(message),
            request_id: None,
            attempts: None,
            quota_exhausted: false,
            fault: None,
            violations: Vec::new(),
            source: None,
        }
    }

    fn message(&self) -> Option<&str> {
        self.message.as_deref().filter(|m| !m.is_empty())
    }
}

impl<E> Error<E> {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self::from_facts(Facts::new(kind, message.into()))
    }

    fn from_facts(facts: Facts) -> Self {
        Self {
            inner: Box::new(Inner {
                service_error: None,
                facts,
            }),
        }
    }

    pub(crate) fn service(
        error: E,
        status: u16,
        code: Option<String>,
        message: Option<String>,
        request_id: Option<String>,
    ) -> Self {
        let mut err = Self::new(ErrorKind::Service, String::new());
        err.inner.service_error = Some(error);
        err.inner.status = Some(status);
        err.inner.code = code;
        err.inner.message = message;
        err.inner.request_id = request_id;
        err
    }

    pub(crate) fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.inner.source = Some(Box::new(source));
        self
    }

    pub(crate) fn with_operation(mut self, operation: &'static str) -> Self {
        self.inner.operation = Some(operation);
        self
    }

    pub(crate) fn with_attempts(mut self, attempt: u32, max: u32) -> Self {
        self.inner.attempts = Some((attempt, max));
        self
    }

    /// An error of `kind` with `message`, for tools built on awsop (the CLI's paging).
    pub fn from_parts(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self::new(kind, message)
    }

    /// The input broke the model's constraints: nothing was sent.
    pub(crate) fn invalid_input(violations: Vec<Violation>) -> Self {
        Self::from_facts(Facts::invalid_input(violations))
    }

    pub(crate) fn with_fault(mut self, fault: &str) -> Self {
        self.inner.fault = Some(fault.to_owned());
        self
    }

    pub(crate) fn with_quota_exhausted(mut self) -> Self {
        self.inner.quota_exhausted = true;
        self
    }

    pub(crate) fn with_response(mut self, status: u16, request_id: Option<String>) -> Self {
        self.inner.status = Some(status);
        self.inner.request_id = request_id;
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The service's error code (`ConflictException`), for service errors.
    pub fn code(&self) -> Option<&str> {
        self.inner.code.as_deref()
    }

    /// The service's message, or what went wrong on this side.
    pub fn message(&self) -> Option<&str> {
        self.inner.facts.message()
    }

    /// The request id from `x-amzn-requestid`, when a response arrived: quote it to AWS support.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<u16> {
        self.inner.status
    }

    /// The attempt that failed last, and the most the call would make.
    pub fn attempts(&self) -> Option<(u32, u32)> {
        self.inner.attempts
    }

    /// The awsQuery fault (`Sender` or `Receiver`) a query-compatible service sent with the
    /// error, in `x-amzn-query-error`.
    pub fn fault(&self) -> Option<&str> {
        self.inner.fault.as_deref()
    }

    /// The constraints the input broke (for `ErrorKind::InvalidInput` from validation), each
    /// with its member path.
    pub fn violations(&self) -> &[Violation] {
        &self.inner.violations
    }

    /// True when the call stopped retrying because the client's retry quota ran out.
    pub fn retry_quota_exhausted(&self) -> bool {
        self.inner.quota_exhausted
    }

    /// The operation that failed (`CancelConnectionInvitation`).
    pub fn operation(&self) -> Option<&'static str> {
        self.inner.operation
    }

    /// The typed service error (`CancelConnectionInvitationError::ConflictException(..)`).
    pub fn service_error(&self) -> Option<&E> {
        self.inner.service_error.as_ref()
    }

    /// The typed service error, by value.
    pub fn into_service_error(self) -> Option<E> {
        self.inner.service_error
    }

    /// True for throttling errors (`ThrottlingException`, HTTP 429, ...).
    pub fn is_throttling(&self) -> bool {
        self.kind() == ErrorKind::Service
            && crate::retry::classify(self.status().unwrap_or(0), self.code())
                == Some(crate::retry::Retryable::Throttling)
    }

    /// True when a timeout ended the call.
    pub fn is_timeout(&self) -> bool {
        self.kind() == ErrorKind::Timeout
    }

    /// The same error with its service error mapped (e.g. boxed, to erase the operation).
    pub fn map_service_error<F>(self, f: impl FnOnce(E) -> F) -> Error<F> {
        let inner = *self.inner;
        Error {
            inner: Box::new(Inner {
                service_error: inner.service_error.map(f),
                facts: inner.facts,
            }),
        }
    }
}

impl Error<Infallible> {
    /// An error that has no service error, as the error of an operation's call.
    pub(crate) fn widen<F>(self) -> Error<F> {
        self.map_service_error(|never| match never {})
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.facts.fmt(f)
    }
}

impl fmt::Display for Facts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self;
        if let Some(operation) = inner.operation {
            write!(f, "{operation}: ")?;
        }
        match inner.kind {
            ErrorKind::Service => {
                f.write_str(inner.code.as_deref().unwrap_or("unknown service error"))?;
                if let Some(status) = inner.status {
                    write!(f, " (HTTP {status})")?;
                }
                if let Some(message) = self.message() {
                    write!(f, ": {message}")?;
                }
            }
            kind => {
                let what = match kind {
                    ErrorKind::InvalidInput => "invalid input",
                    ErrorKind::Configuration => "configuration error",
                    ErrorKind::Credentials => "credentials error",
                    ErrorKind::Transport => "no response",
                    ErrorKind::Timeout => "timed out",
                    _ => "unexpected response",
                };
                f.write_str(what)?;
                if let Some(status) = inner.status {
                    write!(f, " (HTTP {status})")?;
                }
                if let Some(message) = self.message() {
                    write!(f, ": {message}")?;
                }
                if let Some(source) = &inner.source {
                    write!(f, ": {source}")?;
                    let mut cause = source.source();
                    while let Some(next) = cause {
                        write!(f, ": {next}")?;
                        cause = next.source();
                    }
                }
            }
        }
        let mut notes = Vec::new();
        if let Some(id) = &inner.request_id {
            notes.push(format!("request id {id}"));
        }
        if let Some((attempt, max)) = inner.attempts {
            notes.push(format!("attempt {attempt} of {max}"));
        }
        if inner.quota_exhausted {
            notes.push("retry quota exhausted".to_owned());
        }
        if !notes.is_empty() {
            write!(f, " [{}]", notes.join(", "))?;
        }
        Ok(())
    }
}

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        let mut d = f.debug_struct("Error");
        d.field("kind", &inner.kind);
        d.field("operation", &inner.operation);
        if let Some(service_error) = &inner.service_error {
            d.field("service_error", service_error);
        }
        d.field("status", &inner.status)
            .field("code", &inner.code)
            .field("message", &inner.message)
            .field("request_id", &inner.request_id)
            .field("attempts", &inner.attempts)
            .field("quota_exhausted", &inner.quota_exhausted)
            .field("source", &inner.source)
            .finish()
    }
}

impl<E: fmt::Debug> StdError for Error<E> {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.inner
            .source
            .as_ref()
            .map(|s| &**s as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_error_display_is_one_actionable_line() {
        let err: Error<()> = Error::service(
            (),
            409,
            Some("ConflictException".into()),
            Some("invitation pacinv-1 is CANCELED, not PENDING".into()),
            Some("req-1".into()),
        )
        .with_operation("CancelConnectionInvitation")
        .with_attempts(1, 3);
        assert_eq!(
            err.to_string(),
            "CancelConnectionInvitation: ConflictException (HTTP 409): invitation pacinv-1 is CANCELED, not PENDING [request id req-1, attempt 1 of 3]"
        );
    }
}
