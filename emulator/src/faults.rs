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
    /// The service does the request first (a create creates, its ClientToken is kept) and
    /// then loses the answer to the action: what an idempotency token is for.
    pub after_commit: bool,
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
            after_commit: false,
        }
    }

    /// The connection closes without a response.
    pub fn drop_connection() -> Self {
        Self {
            delay: Duration::ZERO,
            action: FaultAction::DropConnection,
            after_commit: false,
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
            after_commit: false,
        }
    }

    /// The real answer, late.
    pub fn delay(delay: Duration) -> Self {
        Self {
            delay,
            action: FaultAction::PassThrough,
            after_commit: false,
        }
    }

    /// Waits `delay` before acting.
    pub fn with_delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// The request is done first (its state change kept), then its answer is lost to this
    /// fault: `Fault::drop_connection().after_commit()` is a create that succeeded and whose
    /// response never arrived.
    pub fn after_commit(mut self) -> Self {
        self.after_commit = true;
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

/// Faults drawn at random for requests no scripted fault answers: a fraction throttled, a
/// fraction dropped, and a delay for all. Seeded, so a run can be repeated.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Chaos {
    /// The share of requests answered with a `ThrottlingException` (0.0 to 1.0).
    pub throttle_fraction: f64,
    /// The share of requests whose connection is dropped without an answer.
    pub drop_fraction: f64,
    /// Waited before every answer.
    pub delay: Duration,
    /// The seed of the draws.
    pub seed: u64,
}

impl Chaos {
    /// The fault for request number `n`, if any.
    pub(crate) fn draw(&self, n: u64) -> Option<Fault> {
        let uniform = |salt: u64| {
            let mut z = self.seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            #[expect(
                clippy::cast_precision_loss,
                reason = "a uniform fraction needs no more than 53 bits"
            )]
            let fraction = (z ^ (z >> 31)) as f64 / u64::MAX as f64;
            fraction
        };
        let fault = if uniform(1) < self.throttle_fraction {
            Fault::error(400, "ThrottlingException", "Rate exceeded (emulator chaos)")
        } else if uniform(2) < self.drop_fraction {
            Fault::drop_connection()
        } else if !self.delay.is_zero() {
            Fault::delay(self.delay)
        } else {
            return None;
        };
        Some(fault.with_delay(self.delay))
    }
}

/// A fault as JSON (`POST /__awsop/faults`): `{"Status": 500, "ErrorType": "..", "Message":
/// "..", "Body": "..", "DelayMs": 100, "Drop": true, "Truncate": true, "AfterCommit": true}`,
/// each member optional (`Truncate` cuts the `Body` short with status `Status`, 200 if none).
pub(crate) fn from_json(value: &serde_json::Value) -> Result<Fault, String> {
    let delay = Duration::from_millis(value["DelayMs"].as_u64().unwrap_or(0));
    let commit = |fault: Fault| {
        if value["AfterCommit"].as_bool() == Some(true) {
            fault.after_commit()
        } else {
            fault
        }
    };
    if value["Drop"].as_bool() == Some(true) {
        return Ok(commit(Fault::drop_connection().with_delay(delay)));
    }
    let status = match value["Status"].as_u64() {
        Some(status) => Some(
            u16::try_from(status).map_err(|_| format!("Status {status} is not an HTTP status"))?,
        ),
        None => None,
    };
    let body = value["Body"].as_str();
    if value["Truncate"].as_bool() == Some(true) {
        let fault = Fault::truncated(status.unwrap_or(200), body.unwrap_or("").as_bytes());
        return Ok(commit(fault.with_delay(delay)));
    }
    let Some(status) = status else {
        return Ok(commit(Fault::delay(delay)));
    };
    let fault = match (value["ErrorType"].as_str(), body) {
        (Some(code), _) => Fault::error(status, code, value["Message"].as_str().unwrap_or("")),
        (None, Some(body)) => Fault::raw(status, body.as_bytes().to_vec()),
        (None, None) => Fault::raw(status, Vec::new()),
    };
    Ok(commit(fault.with_delay(delay)))
}
