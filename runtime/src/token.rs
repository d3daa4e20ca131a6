//! Idempotency tokens: where the UUID of an operation's `ClientToken` comes from.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

/// A source of idempotency tokens. The client asks it once per call, before the first
/// attempt, for an operation whose token member the caller left empty.
pub trait IdempotencyTokens: fmt::Debug + Send + Sync {
    /// A new token.
    fn token(&self) -> String;
}

/// Random RFC 4122 version 4 UUIDs: the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct RandomTokens;

impl IdempotencyTokens for RandomTokens {
    fn token(&self) -> String {
        uuid::Uuid::new_v4().hyphenated().to_string()
    }
}

/// The same token every time: for tests that assert the exact wire body.
#[derive(Debug, Clone)]
pub struct FixedToken(pub String);

impl IdempotencyTokens for FixedToken {
    fn token(&self) -> String {
        self.0.clone()
    }
}

/// Version 4 UUIDs from a seeded generator: the same sequence for the same seed, so a test
/// run can be repeated byte for byte.
#[derive(Debug)]
pub struct SeededTokens(AtomicU64);

impl SeededTokens {
    /// A sequence that starts from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(AtomicU64::new(seed))
    }

    /// splitmix64: a tiny, well-known mixer; statistical quality is all a test needs.
    fn next(&self) -> u64 {
        let mut z = self
            .0
            .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
            .wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

impl IdempotencyTokens for SeededTokens {
    fn token(&self) -> String {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .hyphenated()
            .to_string()
    }
}

/// Fills an empty idempotency token from `tokens`; a token the caller set is kept.
pub fn fill_idempotency_token(slot: &mut Option<String>, tokens: &dyn IdempotencyTokens) {
    if slot.as_deref().is_none_or(str::is_empty) {
        *slot = Some(tokens.token());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_v4(token: &str) -> bool {
        uuid::Uuid::parse_str(token).is_ok_and(|u| u.get_version_num() == 4 && token.len() == 36)
    }

    #[test]
    fn random_and_seeded_tokens_are_v4_uuids() {
        assert!(is_v4(&RandomTokens.token()));
        let seeded = SeededTokens::new(7);
        let (a, b) = (seeded.token(), seeded.token());
        assert!(is_v4(&a) && is_v4(&b) && a != b);
        assert_eq!(SeededTokens::new(7).token(), a);
    }
}
