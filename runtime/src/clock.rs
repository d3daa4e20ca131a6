//! Time: where "now" comes from, and the skew between this clock and the service's.

use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime};

/// Where the client reads the time (signing, credential expiry). Inject a fixed or skewed one
/// in tests.
pub trait TimeSource: fmt::Debug + Send + Sync {
    /// Now.
    fn now(&self) -> SystemTime;
}

/// The system clock: the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl TimeSource for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// The system clock moved by a fixed offset: a machine whose clock is wrong.
#[derive(Debug, Clone, Copy)]
pub struct OffsetClock {
    /// Seconds added to the system clock (negative: behind).
    pub offset_seconds: i64,
}

impl TimeSource for OffsetClock {
    fn now(&self) -> SystemTime {
        shift(SystemTime::now(), self.offset_seconds.saturating_mul(1000))
    }
}

pub(crate) fn shift(time: SystemTime, millis: i64) -> SystemTime {
    let magnitude = Duration::from_millis(millis.unsigned_abs());
    if millis >= 0 {
        time + magnitude
    } else {
        time.checked_sub(magnitude)
            .unwrap_or(SystemTime::UNIX_EPOCH)
    }
}

/// The service's clock minus ours, learned from responses' `Date` headers.
#[derive(Debug, Default)]
pub(crate) struct ClockSkew(AtomicI64);

/// A difference smaller than this is noise (the `Date` header has whole seconds).
const SIGNIFICANT: i64 = 4 * 60 * 1000;

impl ClockSkew {
    /// Now, corrected by the learned skew: the time to sign with.
    pub(crate) fn corrected(&self, time: &dyn TimeSource) -> SystemTime {
        shift(time.now(), self.0.load(Ordering::Relaxed))
    }

    /// Learns from a response's `Date` header. Returns true when the correction changed
    /// by more than a few minutes: a request rejected for its time is then worth retrying.
    pub(crate) fn learn(&self, date_header: &str, time: &dyn TimeSource) -> bool {
        let Ok(server) = httpdate::parse_http_date(date_header) else {
            return false;
        };
        let local = time.now();
        let skew = match server.duration_since(local) {
            Ok(ahead) => i64::try_from(ahead.as_millis()).unwrap_or(i64::MAX),
            Err(behind) => -i64::try_from(behind.duration().as_millis()).unwrap_or(i64::MAX),
        };
        let previous = self.0.swap(skew, Ordering::Relaxed);
        (skew - previous).abs() > SIGNIFICANT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skew_is_learned_from_the_date_header() {
        let behind = OffsetClock {
            offset_seconds: -20 * 60,
        };
        let skew = ClockSkew::default();
        let server = httpdate::fmt_http_date(SystemTime::now());
        assert!(skew.learn(&server, &behind), "20 minutes is significant");
        let corrected = skew.corrected(&behind);
        let error = corrected
            .duration_since(SystemTime::now())
            .unwrap_or_else(|e| e.duration());
        assert!(error < Duration::from_secs(5), "{error:?}");
        assert!(
            !skew.learn(&server, &behind),
            "the same skew again is no news"
        );
        assert!(!skew.learn("not a date", &behind));
    }
}
