//! Value types shared by every service's shapes: redacted secrets, timestamps and enums that
//! keep values they do not know.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;
use std::str::FromStr;
use std::time::SystemTime;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// A value the model marks `sensitive`: its `Debug` prints a fixed marker, so no `Debug` of a
/// struct holding it (ours or a user's derive) shows it. Serialized as the plain value.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sensitive<T>(pub T);

impl<T> Sensitive<T> {
    /// The value itself, for when it must be shown or sent.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Sensitive<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("** redacted **")
    }
}

impl<T> From<T> for Sensitive<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl From<&str> for Sensitive<String> {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl<T: Serialize> Serialize for Sensitive<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sensitive<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Self)
    }
}

/// A string from any deserializer, borrowed where it can be.
pub fn deserialize_str<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Cow<'de, str>, D::Error> {
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Cow<'de, str>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Cow::Borrowed(v))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_owned()))
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v))
        }
    }
    deserializer.deserialize_str(Visitor)
}

/// A point in time, sent and read as an ISO 8601 / RFC 3339 string (`2025-04-04T12:00:00Z`),
/// the `timestampFormat` of `iso8601` members. Reading accepts fractional seconds and offsets
/// (normalised to UTC), and epoch seconds as a JSON number.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(OffsetDateTime);

/// A string that is not an ISO 8601 date-time, or a time out of range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTimeError(String);

impl fmt::Display for DateTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateTimeError {}

impl DateTime {
    /// The current time.
    pub fn now() -> Self {
        Self(OffsetDateTime::now_utc())
    }

    /// From whole seconds since 1970-01-01T00:00:00Z.
    pub fn from_unix_timestamp(seconds: i64) -> Result<Self, DateTimeError> {
        OffsetDateTime::from_unix_timestamp(seconds)
            .map(Self)
            .map_err(|err| DateTimeError(format!("{seconds} is not a valid time: {err}")))
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    pub fn unix_timestamp(&self) -> i64 {
        self.0.unix_timestamp()
    }

    /// Nanoseconds since 1970-01-01T00:00:00Z.
    pub fn unix_timestamp_nanos(&self) -> i128 {
        self.0.unix_timestamp_nanos()
    }

    /// Parses `2025-04-04T12:00:00Z`, `2025-04-04T12:00:00.123+02:00` and the like.
    pub fn parse_iso8601(text: &str) -> Result<Self, DateTimeError> {
        OffsetDateTime::parse(text, &Rfc3339)
            .map(|t| Self(t.to_offset(time::UtcOffset::UTC)))
            .map_err(|err| DateTimeError(format!("`{text}` is not an ISO 8601 date-time: {err}")))
    }

    /// `2025-04-04T12:00:00Z`, with fractional seconds only when there are any.
    pub fn to_iso8601(&self) -> String {
        self.0
            .format(&Rfc3339)
            .unwrap_or_else(|_| self.unix_timestamp().to_string())
    }
}

impl Default for DateTime {
    /// 1970-01-01T00:00:00Z.
    fn default() -> Self {
        Self(OffsetDateTime::UNIX_EPOCH)
    }
}

impl From<SystemTime> for DateTime {
    fn from(time: SystemTime) -> Self {
        Self(OffsetDateTime::from(time))
    }
}

impl From<DateTime> for SystemTime {
    fn from(time: DateTime) -> Self {
        time.0.into()
    }
}

impl FromStr for DateTime {
    type Err = DateTimeError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse_iso8601(text)
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso8601())
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_iso8601())
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an ISO 8601 date-time string")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<DateTime, E> {
                DateTime::parse_iso8601(text).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, seconds: i64) -> Result<DateTime, E> {
                DateTime::from_unix_timestamp(seconds).map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, seconds: u64) -> Result<DateTime, E> {
                i64::try_from(seconds)
                    .map_err(|_| E::custom("time out of range"))
                    .and_then(|s| self.visit_i64(s))
            }
            fn visit_f64<E: serde::de::Error>(self, seconds: f64) -> Result<DateTime, E> {
                // whole seconds and the fraction apart, the fraction to the microsecond: an f64
                // of today's epoch seconds holds no more (946845296.123 is .123, not .123000064)
                if !seconds.is_finite() || seconds.abs() > 1e17 {
                    return Err(E::custom("time out of range"));
                }
                let whole = seconds.floor();
                let micros = ((seconds - whole) * 1e6).round();
                #[expect(clippy::cast_possible_truncation, reason = "bounded just above")]
                let nanos = i128::from(whole as i64) * 1_000_000_000 + (micros as i128) * 1_000;
                OffsetDateTime::from_unix_timestamp_nanos(nanos)
                    .map(DateTime)
                    .map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The value of an enum member this version of the model does not list, kept as the service
/// sent it. Build enum values from strings with `From<&str>` (`"PENDING".into()`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct UnknownValue(pub(crate) String);

impl UnknownValue {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    #[doc(hidden)]
    pub fn __new(value: &str) -> Self {
        Self(value.to_owned())
    }
}

/// Declares a string enum of the model that keeps values it does not know (`Unknown`),
/// serializes as the wire value and parses from it.
///
/// ```
/// awsop::string_enum! {
///     /// The status of a connection invitation.
///     pub enum InvitationStatus {
///         Pending = "PENDING",
///         Canceled = "CANCELED",
///     }
/// }
/// let status: InvitationStatus = "PENDING".into();
/// assert_eq!(status, InvitationStatus::Pending);
/// let later: InvitationStatus = "ARCHIVED".into();
/// assert_eq!(later.as_str(), "ARCHIVED");
/// ```
#[macro_export]
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$vmeta])* #[doc = concat!("`", $value, "`")] $variant, )*
            /// A value this version of the model does not list, kept as sent.
            Unknown($crate::UnknownValue),
        }

        impl $name {
            /// Every value the model lists, in its order.
            pub const VALUES: &'static [&'static str] = &[$($value),*];

            /// The wire value.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $value => Self::$variant, )*
                    other => Self::Unknown($crate::UnknownValue::__new(other)),
                }
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(Self::from(value))
            }
        }

        impl ::core::default::Default for $name {
            /// The empty unknown value: what a response that lacks a required member gets.
            fn default() -> Self {
                Self::Unknown($crate::UnknownValue::default())
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl $crate::Validate for $name {
            /// A value the model does not list cannot be sent.
            fn validate(&self, validator: &mut $crate::__private::Validator) {
                if let Self::Unknown(value) = self {
                    validator.violation($crate::ViolationKind::Enum, ::std::format!(
                        "`{}` is not one of {}",
                        value.as_str(),
                        Self::VALUES.join(", ")
                    ));
                }
            }

            fn schema() -> $crate::Schema {
                $crate::Schema::Enum(Self::VALUES)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize_str(deserializer).map(|value| Self::from(&*value))
            }
        }

        impl $crate::bindings::HttpText for $name {
            const LIST_ITEM: $crate::bindings::ListItem = $crate::bindings::ListItem::Quoted;
            fn to_text(&self) -> ::core::result::Result<::std::borrow::Cow<'_, str>, ::std::string::String> {
                ::core::result::Result::Ok(::std::borrow::Cow::Borrowed(self.as_str()))
            }
            fn from_text(text: &str) -> ::core::result::Result<Self, ::std::string::String> {
                ::core::result::Result::Ok(Self::from(text))
            }
        }

        impl $crate::bindings::Payload for $name {
            fn payload(
                &self,
                media_type: ::core::option::Option<&'static str>,
            ) -> ::core::result::Result<::core::option::Option<$crate::bindings::Body>, ::std::string::String> {
                ::core::result::Result::Ok(::core::option::Option::Some((
                    self.as_str().as_bytes().to_vec(),
                    ::std::borrow::Cow::Borrowed(media_type.unwrap_or("text/plain")),
                )))
            }
            fn from_payload(body: &[u8]) -> ::core::result::Result<Self, ::std::string::String> {
                $crate::bindings::text_payload(body)
            }
        }
    };
}

/// Declares a union of the model: exactly one member is set. On the wire it is an object
/// with one key; a member this version does not know is kept as `Unknown(name)`, not an
/// error, and `__type` or `null` members are ignored.
///
/// ```
/// #[awsop::aws_shape]
/// #[derive(Debug, Clone, Default, PartialEq)]
/// pub struct Field { pub name: String }
/// awsop::json_union! {
///     pub enum Detail {
///         Field(Field) = "FieldValidationError",
///     }
/// }
/// let d: Detail = serde_json::from_str(r#"{"FieldValidationError":{"Name":"Email"}}"#).unwrap();
/// assert_eq!(d, Detail::Field(Field { name: "Email".into() }));
/// let later: Detail = serde_json::from_str(r#"{"NewKind":{}}"#).unwrap();
/// assert_eq!(later, Detail::Unknown("NewKind".into()));
/// ```
#[macro_export]
macro_rules! json_union {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident($ty:ty) = $wire:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Debug)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$vmeta])* $variant($ty), )*
            /// A member this version of the model does not list: its name.
            Unknown(::std::string::String),
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                use $crate::__private::serde::ser::{Error as _, SerializeMap as _};
                let mut map = serializer.serialize_map(::core::option::Option::Some(1))?;
                match self {
                    $( Self::$variant(value) => map.serialize_entry($wire, value)?, )*
                    Self::Unknown(member) => {
                        return ::core::result::Result::Err(S::Error::custom(::std::format!(
                            "the union member `{member}` is unknown to this version and cannot be sent"
                        )))
                    }
                }
                map.end()
            }
        }

        impl ::core::default::Default for $name {
            /// The empty unknown member: what a response that lacks a required union gets.
            fn default() -> Self {
                Self::Unknown(::std::string::String::new())
            }
        }

        impl $crate::Validate for $name {
            /// Exactly one known member, itself valid.
            fn validate(&self, validator: &mut $crate::__private::Validator) {
                match self {
                    $( Self::$variant(value) => {
                        validator.enter($wire);
                        $crate::Validate::validate(value, validator);
                        validator.leave();
                    } )*
                    Self::Unknown(member) => validator.violation($crate::ViolationKind::Union, ::std::format!(
                        "the union member `{member}` is not one of {}; set exactly one of them",
                        [$($wire),*].join(", ")
                    )),
                }
            }

            fn schema() -> $crate::Schema {
                const MEMBERS: &[$crate::Member] =
                    &[$($crate::Member::of($wire, <$ty as $crate::Validate>::FACTS).in_union()),*];
                $crate::Schema::Union(MEMBERS)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                use $crate::__private::serde::de::Error as _;
                let members: $crate::__private::serde_json::Map<::std::string::String, $crate::__private::serde_json::Value> =
                    $crate::__private::serde::Deserialize::deserialize(deserializer)?;
                let mut set = members.into_iter().filter(|(k, v)| k != "__type" && !v.is_null());
                let (member, value) = set.next().ok_or_else(|| {
                    D::Error::custom(::core::concat!("a `", ::core::stringify!($name), "` union needs exactly one member set"))
                })?;
                if set.next().is_some() {
                    return ::core::result::Result::Err(D::Error::custom(::core::concat!(
                        "a `", ::core::stringify!($name), "` union needs exactly one member set, not several"
                    )));
                }
                match member.as_str() {
                    $( $wire => $crate::__private::serde_json::from_value(value).map(Self::$variant).map_err(D::Error::custom), )*
                    _ => ::core::result::Result::Ok(Self::Unknown(member)),
                }
            }
        }

        impl $crate::bindings::Payload for $name {
            fn payload(
                &self,
                media_type: ::core::option::Option<&'static str>,
            ) -> ::core::result::Result<::core::option::Option<$crate::bindings::Body>, ::std::string::String> {
                $crate::bindings::json_payload(self, media_type)
            }
            fn from_payload(body: &[u8]) -> ::core::result::Result<Self, ::std::string::String> {
                // the reader whose errors never quote a value
                $crate::from_json_slice(body).map_err(|e| e.to_string())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_reads_fractions_and_offsets() {
        let t = DateTime::parse_iso8601("2025-04-04T12:00:00.5+02:00").map_err(|e| e.to_string());
        assert_eq!(
            t.map(|t| t.to_iso8601()),
            Ok("2025-04-04T10:00:00.5Z".to_owned())
        );
        let whole = DateTime::parse_iso8601("2025-04-04T10:00:00Z").map(|t| t.to_iso8601());
        assert_eq!(whole, Ok("2025-04-04T10:00:00Z".to_owned()));
        assert!(DateTime::parse_iso8601("yesterday").is_err());
    }

    #[test]
    fn datetime_reads_epoch_numbers() {
        let t: Result<DateTime, _> = serde_json::from_str("1743768000");
        assert_eq!(
            t.map(|t| t.to_iso8601()).ok().as_deref(),
            Some("2025-04-04T12:00:00Z")
        );
    }

    #[test]
    fn sensitive_debug_is_redacted() {
        let secret = Sensitive("hunter2".to_owned());
        assert_eq!(format!("{secret:?}"), "** redacted **");
        assert_eq!(
            serde_json::to_string(&secret).ok().as_deref(),
            Some("\"hunter2\"")
        );
    }
}
