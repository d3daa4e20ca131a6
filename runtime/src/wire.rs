//! Wire forms the awsJson protocols give some values: blobs as base64, `epoch-seconds`
//! timestamps as numbers, `http-date` ones as HTTP dates, and non-finite floats as the strings
//! `NaN`, `Infinity`, `-Infinity`.

use std::fmt;

use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::types::DateTime;

/// Bytes, sent and read as base64.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Blob(pub Vec<u8>);

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl From<&str> for Blob {
    fn from(text: &str) -> Self {
        Self(text.as_bytes().to_vec())
    }
}

impl From<Vec<u8>> for Blob {
    fn from(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = crate::types::deserialize_str(deserializer)?;
        base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map(Self)
            .map_err(|err| serde::de::Error::custom(format!("a blob must be base64: {err}")))
    }
}

/// A timestamp whose wire form is seconds since the epoch (the awsJson default when the model
/// gives no `timestampFormat`); fractions are kept to the millisecond.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct EpochSeconds(pub DateTime);

impl From<i64> for EpochSeconds {
    fn from(seconds: i64) -> Self {
        Self(DateTime::from_unix_timestamp(seconds).unwrap_or_default())
    }
}

impl Serialize for EpochSeconds {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let nanos = self.0.unix_timestamp_nanos();
        if nanos % 1_000_000_000 == 0 {
            serializer.serialize_i64(self.0.unix_timestamp())
        } else {
            #[expect(
                clippy::cast_precision_loss,
                reason = "epoch seconds with milliseconds fit an f64"
            )]
            let seconds = (nanos / 1_000_000) as f64 / 1000.0;
            serializer.serialize_f64(seconds)
        }
    }
}

impl<'de> Deserialize<'de> for EpochSeconds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        DateTime::deserialize(deserializer).map(Self)
    }
}

/// A timestamp whose wire form is an HTTP date, `Sun, 02 Jan 2000 20:34:56 GMT` (members with
/// `timestampFormat: http-date`); whole seconds, as the format has no fractions.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct HttpDate(pub DateTime);

impl HttpDate {
    /// The HTTP date's text; an error for a time outside the format's 1970 to 9999.
    pub fn to_http_date(&self) -> Result<String, String> {
        // the format (and httpdate, which panics outside it) spans 1970 to 9999
        const YEAR_10000: i64 = 253_402_300_800;
        if !(0..YEAR_10000).contains(&self.0.unix_timestamp()) {
            return Err("an HTTP date must fall between 1970 and 9999".into());
        }
        Ok(httpdate::fmt_http_date(std::time::SystemTime::from(self.0)))
    }
}

impl Serialize for HttpDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.to_http_date().map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&text)
    }
}

impl<'de> Deserialize<'de> for HttpDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = crate::types::deserialize_str(deserializer)?;
        httpdate::parse_http_date(&text)
            .map(|time| Self(DateTime::from(time)))
            .map_err(|_| {
                serde::de::Error::custom(
                    "a timestamp must be an HTTP date, like `Sun, 02 Jan 2000 20:34:56 GMT`",
                )
            })
    }
}

/// `serde(with)` for `f32`/`f64` members: non-finite values as the protocol's strings.
pub mod float {
    use serde::{Deserializer, Serializer};

    /// A float the protocol can carry.
    pub trait Float: Copy {
        /// As an `f64`.
        fn to_f64(self) -> f64;
        /// From an `f64`.
        fn from_f64(value: f64) -> Self;
        /// Writes a finite value at its own precision (an `f32` 1.1 is `1.1`, not the `f64`
        /// nearest it).
        fn serialize_finite<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error>;
    }

    impl Float for f64 {
        fn to_f64(self) -> f64 {
            self
        }
        fn from_f64(value: f64) -> Self {
            value
        }
        fn serialize_finite<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_f64(self)
        }
    }

    impl Float for f32 {
        fn to_f64(self) -> f64 {
            f64::from(self)
        }
        fn serialize_finite<S: Serializer>(self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_f32(self)
        }
        #[expect(clippy::cast_possible_truncation, reason = "the wire value was an f32")]
        fn from_f64(value: f64) -> Self {
            value as f32
        }
    }

    /// Writes the float, or `"NaN"`, `"Infinity"`, `"-Infinity"`.
    pub fn serialize<T: Float, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        let v = value.to_f64();
        if v.is_nan() {
            serializer.serialize_str("NaN")
        } else if v == f64::INFINITY {
            serializer.serialize_str("Infinity")
        } else if v == f64::NEG_INFINITY {
            serializer.serialize_str("-Infinity")
        } else {
            value.serialize_finite(serializer)
        }
    }

    /// Reads a number or one of the three strings.
    pub fn deserialize<'de, T: Float, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = f64;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number, \"NaN\", \"Infinity\" or \"-Infinity\"")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<f64, E> {
                Ok(v)
            }
            #[expect(clippy::cast_precision_loss, reason = "a JSON integer read as a float")]
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<f64, E> {
                Ok(v as f64)
            }
            #[expect(clippy::cast_precision_loss, reason = "a JSON integer read as a float")]
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<f64, E> {
                Ok(v as f64)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<f64, E> {
                match v {
                    "NaN" => Ok(f64::NAN),
                    "Infinity" => Ok(f64::INFINITY),
                    "-Infinity" => Ok(f64::NEG_INFINITY),
                    other => Err(E::custom(format!("`{other}` is not a float"))),
                }
            }
        }
        deserializer.deserialize_any(Visitor).map(T::from_f64)
    }

    /// `Option<f32>`/`Option<f64>`.
    pub mod option {
        use serde::{Deserialize, Deserializer};

        use super::Float;

        #[derive(Deserialize)]
        #[serde(transparent)]
        struct Wrapped(#[serde(deserialize_with = "super::deserialize")] f64);

        /// Reads `null` as `None`, anything else as [`super::deserialize`].
        pub fn deserialize<'de, T: Float, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<T>, D::Error> {
            Option::<Wrapped>::deserialize(deserializer).map(|v| v.map(|w| T::from_f64(w.0)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_http_date_outside_its_format_is_an_error_not_a_panic() {
        let at = |seconds| HttpDate(DateTime::from_unix_timestamp(seconds).unwrap_or_default());
        assert_eq!(
            serde_json::to_string(&at(946_845_296)).ok().as_deref(),
            Some("\"Sun, 02 Jan 2000 20:34:56 GMT\"")
        );
        assert!(serde_json::to_string(&at(-1)).is_err());
        // the last second of 9999 is the last a DateTime holds, and is written
        assert!(serde_json::to_string(&at(253_402_300_799)).is_ok());
    }
}
