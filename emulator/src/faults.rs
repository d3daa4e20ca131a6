//! Scripted faults: the next requests are answered with these instead of the service's answer.

use std::time::Duration;

/// What a faulted request gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultAction {
    /// The service's real answer, after the fault's delay.
    PassThrough,
    /// This status, headers and body.
    Respond {
        /// The HTTP status.
        status: u16,
        /// Extra headers.
        headers: Vec<(String, String)>,
        /// The raw body.
        body: Vec<u8>,
    },
    /// The connection is closed without a response.
    DropConnection,
    /// This status and the start of this body, announced with a longer `Content-Length`;
    /// then the connection closes: a response cut short mid-body.
    Truncate {
        /// The HTTP status.
        status: u16,
        /// The bytes sent before the connection closes.
        body: Vec<u8>,
    },
}

/// One scripted answer. Faults are used in order, one per request, after the request's
/// signature is verified (so every retry still proves its signature).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// Waited before acting.
    pub delay: Duration,
    /// What to do.
    pub action: FaultAction,
}

impl Fault {
    /// An AWS-shaped error: `__type` and `Message` in the body and the `X-Amzn-Errortype` header.
    pub fn error(status: u16, code: &str, message: &str) -> Self {
        let body = serde_json::json!({"__type": code, "Message": message});
        Self::raw(status, body.to_string().into_bytes()).with_header("x-amzn-errortype", code)
    }

    /// A response with this status and raw body (garbage welcome).
    pub fn raw(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self {
            delay: Duration::ZERO,
            action: FaultAction::Respond {
                status,
                headers: vec![("content-type".into(), "application/x-amz-json-1.0".into())],
                body: body.into(),
            },
        }
    }

    /// The connection closes without a response.
    pub fn drop_connection() -> Self {
        Self {
            delay: Duration::ZERO,
            action: FaultAction::DropConnection,
        }
    }

    /// A response that announces more body than it sends, then closes the connection.
    pub fn truncated(status: u16, body_start: impl Into<Vec<u8>>) -> Self {
        Self {
            delay: Duration::ZERO,
            action: FaultAction::Truncate {
                status,
                body: body_start.into(),
            },
        }
    }

    /// The real answer, late.
    pub fn delay(delay: Duration) -> Self {
        Self {
            delay,
            action: FaultAction::PassThrough,
        }
    }

    /// Waits `delay` before acting.
    pub fn with_delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Adds a header to a `Respond` fault.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        if let FaultAction::Respond { headers, .. } = &mut self.action {
            headers.push((name.to_owned(), value.to_owned()));
        }
        self
    }
}
