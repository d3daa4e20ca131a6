//! Which failures are retried, how long to wait between attempts, and how to wait.

use std::collections::hash_map::RandomState;
use std::fmt;
use std::future::Future;
use std::hash::{BuildHasher, Hasher};
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// How many attempts a call makes and how it backs off between them (the standard mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryConfig {
    /// Attempts in all, the first included (default 3). 1 turns retries off.
    pub max_attempts: u32,
    /// The backoff ceiling of the first retry (default 1 s); it doubles each retry.
    pub initial_backoff: Duration,
    /// The most any backoff can be (default 20 s).
    pub max_backoff: Duration,
    /// The retry quota's capacity: a client's retries draw from it (5 a retry, 10 after a
    /// timeout) and successes refill it, so a struggling service is not hammered (default 500).
    pub quota: u32,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
            quota: 500,
        }
    }
}

impl RetryConfig {
    /// The wait before retry number `retry` (1 = the first retry): full jitter, a uniform
    /// fraction `jitter` in [0, 1) of `min(max_backoff, initial_backoff * 2^(retry-1))`.
    pub fn backoff(&self, retry: u32, jitter: f64) -> Duration {
        let exp = 2f64.powi(i32::try_from(retry.saturating_sub(1)).unwrap_or(i32::MAX));
        let ceiling =
            (self.initial_backoff.as_secs_f64() * exp).min(self.max_backoff.as_secs_f64());
        Duration::from_secs_f64(ceiling * jitter.clamp(0.0, 1.0))
    }
}

/// What a retry costs the quota.
pub(crate) const RETRY_COST: u32 = 5;
/// What a retry after a timeout costs the quota.
pub(crate) const TIMEOUT_RETRY_COST: u32 = 10;
/// What a first-attempt success gives back.
pub(crate) const SUCCESS_REFILL: u32 = 1;

/// The standard mode's token bucket, one per client.
#[derive(Debug)]
pub(crate) struct RetryQuota {
    available: AtomicU32,
    capacity: u32,
}

impl RetryQuota {
    pub(crate) fn new(capacity: u32) -> Self {
        Self {
            available: AtomicU32::new(capacity),
            capacity,
        }
    }

    /// Takes `cost` if the quota has it.
    pub(crate) fn acquire(&self, cost: u32) -> bool {
        self.available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(cost))
            .is_ok()
    }

    /// Gives back `amount`, up to the capacity.
    pub(crate) fn release(&self, amount: u32) {
        let _ = self
            .available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                Some(n.saturating_add(amount).min(self.capacity))
            });
    }

    #[cfg(test)]
    pub(crate) fn available(&self) -> u32 {
        self.available.load(Ordering::Acquire)
    }
}

/// Why a failed attempt may be tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Retryable {
    Throttling,
    Transient,
    /// A timeout: retried, at a higher cost to the quota.
    Timeout,
}

const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "InternalServerException",
    "InternalFailure",
    "ServiceUnavailable",
];

/// Codes a service answers when the request's time is off; retried once the client has
/// learned the skew from the response's `Date` header.
pub(crate) const CLOCK_SKEW_CODES: &[&str] = &[
    "RequestTimeTooSkewed",
    "RequestExpired",
    "RequestInTheFuture",
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "AuthFailure",
];

/// Classifies a service error response. `ThrottlingException` is throttling even though
/// this service's model says `throttling: false`, as the official SDKs treat it.
pub(crate) fn classify(status: u16, code: Option<&str>) -> Option<Retryable> {
    if let Some(code) = code {
        if THROTTLING_CODES.contains(&code) {
            return Some(Retryable::Throttling);
        }
        if TRANSIENT_CODES.contains(&code) {
            return Some(Retryable::Transient);
        }
    }
    match status {
        429 => Some(Retryable::Throttling),
        500 | 502 | 503 | 504 => Some(Retryable::Transient),
        _ => None,
    }
}

/// Where backoff jitter comes from: a fraction in [0, 1) per retry. Inject a fixed one in
/// tests to know the waits exactly.
pub trait Jitter: fmt::Debug + Send + Sync {
    /// The fraction of the backoff ceiling to wait (values outside [0, 1] are clamped).
    fn fraction(&self) -> f64;
}

/// Uniform random fractions: the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct RandomJitter;

impl Jitter for RandomJitter {
    /// From the standard library's randomly keyed hasher: jitter needs spread, not
    /// cryptographic quality.
    fn fraction(&self) -> f64 {
        let bits = RandomState::new().build_hasher().finish() >> 11;
        #[expect(
            clippy::cast_precision_loss,
            reason = "53 bits fit an f64 mantissa exactly"
        )]
        let fraction = bits as f64 / (1u64 << 53) as f64;
        fraction
    }
}

/// Waits between attempts. Inject one that records and returns at once in tests.
pub trait Sleep: fmt::Debug + Send + Sync {
    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>>;
}

/// `tokio::time::sleep`: the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokioSleep;

impl Sleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(tokio::time::sleep(duration))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttling_and_transient_errors_are_retried_others_not() {
        assert_eq!(
            classify(400, Some("ThrottlingException")),
            Some(Retryable::Throttling)
        );
        assert_eq!(classify(429, None), Some(Retryable::Throttling));
        assert_eq!(
            classify(500, Some("InternalServerException")),
            Some(Retryable::Transient)
        );
        assert_eq!(classify(503, None), Some(Retryable::Transient));
        for code in [
            "ValidationException",
            "ConflictException",
            "AccessDeniedException",
            "ResourceNotFoundException",
        ] {
            assert_eq!(classify(400, Some(code)), None, "{code}");
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let config = RetryConfig::default();
        assert_eq!(config.backoff(1, 1.0), Duration::from_secs(1));
        assert_eq!(config.backoff(3, 1.0), Duration::from_secs(4));
        assert_eq!(config.backoff(10, 1.0), Duration::from_secs(20));
        assert_eq!(config.backoff(2, 0.5), Duration::from_secs(1));
        assert_eq!(config.backoff(1, 0.25), Duration::from_millis(250));
        assert_eq!(config.backoff(4, 0.25), Duration::from_secs(2));
        assert_eq!(config.backoff(3, 0.0), Duration::ZERO);
        assert_eq!(config.backoff(3, 7.0), Duration::from_secs(4), "clamped");
    }

    #[test]
    fn random_jitter_spreads_over_the_whole_interval() {
        // 4,000 draws: each tenth of [0, 1) holds 400 on average; a tenth with fewer than 250
        // happens with a probability far below 1e-12 for a uniform source
        let mut tenths = [0u32; 10];
        for _ in 0..4_000 {
            let f = RandomJitter.fraction();
            assert!((0.0..1.0).contains(&f), "{f}");
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "f is in [0, 1)"
            )]
            let tenth = (f * 10.0) as usize;
            tenths[tenth] += 1;
        }
        assert!(tenths.iter().all(|&n| n >= 250), "{tenths:?}");
    }

    #[test]
    fn the_quota_drains_by_cost_and_refills_to_capacity() {
        let quota = RetryQuota::new(12);
        assert!(quota.acquire(RETRY_COST) && quota.acquire(RETRY_COST));
        assert!(!quota.acquire(RETRY_COST), "2 left");
        quota.release(RETRY_COST);
        assert_eq!(quota.available(), 7);
        quota.release(100);
        assert_eq!(quota.available(), 12);
        assert!(!quota.acquire(13));
    }
}
